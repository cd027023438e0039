"""The simple-HTTP transport: every bad request gets its HTTP status and EI code; good ones reach the role."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from aiohttp.test_utils import TestServer

from energyinterop.openadr import EiResponse, OadrPoll, OadrResponse, openadr_codec
from energyinterop.transport.simple_http import OPENADR_PATH, Peer, SimpleHttpClient, vtn_application

CODEC = openadr_codec()
POLL = CODEC.encode_message(OadrPoll(ven_id="ven-00123", schema_version="2.0b"))


async def answer_poll(service: str, message: Any, peer: Peer) -> OadrResponse:
    assert service == "OadrPoll" and isinstance(message, OadrPoll) and peer.remote
    return OadrResponse(ei_response=EiResponse(response_code="200", request_id=""), ven_id=message.ven_id)


def run(scenario) -> None:
    async def main() -> None:
        server = TestServer(vtn_application(answer_poll, CODEC, max_body=64 * 1024))
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                await scenario(server, session)
        finally:
            await server.close()

    asyncio.run(main())


async def post(session: aiohttp.ClientSession, url: str, body: bytes, content_type: str = "application/xml",
               method: str = "POST") -> tuple[int, OadrResponse]:
    async with session.request(method, url, data=body, headers={"Content-Type": content_type}) as response:
        return response.status, CODEC.decode_message(await response.read())


def test_a_good_request_reaches_the_handler_and_the_answer_validates() -> None:
    async def scenario(server: TestServer, session: aiohttp.ClientSession) -> None:
        client = SimpleHttpClient(str(server.make_url("")), CODEC, session)
        answer = await client.send("OadrPoll", OadrPoll(ven_id="ven-00123", schema_version="2.0b"))
        assert answer.ven_id == "ven-00123" and answer.ei_response.response_code == "200"

    run(scenario)


def test_bad_requests_get_their_status_and_code_and_the_server_keeps_serving() -> None:
    async def scenario(server: TestServer, session: aiohttp.ClientSession) -> None:
        url = str(server.make_url(f"{OPENADR_PATH}/OadrPoll"))
        cases = [
            (dict(body=POLL, method="GET"), 405, "405"),
            (dict(body=POLL, content_type="application/json"), 415, "400"),
            (dict(body=POLL + b" " * (64 * 1024)), 413, "400"),
            (dict(body=b"<oadrPayload"), 400, "400"),
            (dict(body=POLL.replace(b"ei:venID", b"ei:venId")), 400, "454"),
            (dict(body=b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>'), 400, "400"),
        ]
        for arguments, status, code in cases:
            got_status, answer = await post(session, url, **arguments)
            assert (got_status, answer.ei_response.response_code) == (status, code), arguments
            good_status, good = await post(session, url, POLL)  # still serving everyone else
            assert good_status == 200 and good.ei_response.response_code == "200"
        status, answer = await post(session, str(server.make_url(f"{OPENADR_PATH}/EiNothing")), POLL)
        assert (status, answer.ei_response.response_code) == (404, "404")

    run(scenario)

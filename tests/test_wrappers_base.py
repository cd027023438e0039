"""The wrapper seam: stack order, refusal with a code, holding, and release, over simple HTTP."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import aiohttp
from aiohttp.test_utils import TestServer

from energyinterop.openadr import EiResponse, OadrPoll, OadrResponse, openadr_codec
from energyinterop.transport.simple_http import SimpleHttpClient, TransportError, vtn_application
from energyinterop.wrappers.base import Binding, Direction, Exchange, Held, WrapperStack
from energyinterop.xml.errors import CodecError, ResponseCode

CODEC = openadr_codec()
NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


class Refused(CodecError):
    code = ResponseCode.NOT_REGISTERED_OR_AUTHORIZED
    http_status = 403


class Tagging:
    """Records the order it saw documents in and marks outgoing ones with a header; refuses
    a request carrying ``X-Deny``; holds one carrying ``X-Hold`` and releases it on the next."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log
        self.held: list[tuple[bytes, Exchange]] = []

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes | Held:
        self.log.append(f"{self.name} out {exchange.service}")
        exchange.headers[f"X-{self.name}"] = exchange.direction
        return document

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
        self.log.append(f"{self.name} in {exchange.service}")
        if "X-Deny" in exchange.headers:
            raise Refused("denied by the test wrapper")
        if "X-Hold" in exchange.headers:
            self.held.append((document, exchange))
            return Held(reply=b"held", status=202)
        return document


def test_a_stack_passes_outgoing_inner_first_and_incoming_outer_first() -> None:
    log: list[str] = []
    stack = WrapperStack([Tagging("inner", log), Tagging("outer", log)])

    async def main() -> None:
        exchange = Exchange(Binding.SIMPLE_HTTP, Direction.OUTGOING, "EiEvent", NOW)
        assert await stack.outgoing(b"<d/>", exchange) == b"<d/>"
        await stack.incoming(b"<d/>", Exchange(Binding.SIMPLE_HTTP, Direction.INCOMING, "EiEvent", NOW))
        assert exchange.headers == {"X-inner": "outgoing", "X-outer": "outgoing"}

    asyncio.run(main())
    assert log == ["inner out EiEvent", "outer out EiEvent", "outer in EiEvent", "inner in EiEvent"]
    assert len(stack) == 2 and not WrapperStack()


def test_signer_identity_wins_over_the_tls_peer() -> None:
    exchange = Exchange(Binding.SOAP, Direction.INCOMING, "EiEvent", NOW, tls_fingerprint="aa")
    assert exchange.fingerprint == "aa"
    exchange.signer_fingerprint = "bb"
    assert exchange.fingerprint == "bb"


def run(server_stack: WrapperStack, client_stack: WrapperStack, scenario: Any, seen: list[Any]) -> None:
    async def handler(service: str, message: Any, peer: Any) -> OadrResponse:
        seen.append(message)
        return OadrResponse(ei_response=EiResponse(response_code="200", request_id=""), ven_id=message.ven_id)

    async def main() -> None:
        server = TestServer(vtn_application(handler, CODEC, wrappers=server_stack))
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                await scenario(server, session)
        finally:
            await server.close()

    asyncio.run(main())


def test_over_http_both_sides_wrap_and_refusals_carry_their_code() -> None:
    log: list[str] = []
    server_wrapper, seen = Tagging("server", log), []
    poll = OadrPoll(ven_id="ven-1", schema_version="2.0b")

    async def scenario(server: TestServer, session: aiohttp.ClientSession) -> None:
        client = SimpleHttpClient(str(server.make_url("")), CODEC, session,
                                  wrappers=WrapperStack([Tagging("client", log)]))
        answer = await client.send("OadrPoll", poll)
        assert answer.ven_id == "ven-1"
        # Refused by the server's wrapper: 403 and EI code 463 on the wire, the role never sees it.
        async with session.post(client.url("OadrPoll"), data=CODEC.encode_message(poll),
                                headers={"Content-Type": "application/xml", "X-Deny": "1"}) as response:
            refused = CODEC.decode_message(await response.read())
            assert response.status == 403 and refused.ei_response.response_code == "463"
        # Held: the peer gets the wrapper's reply; released later through onward, the role answers.
        async with session.post(client.url("OadrPoll"), data=CODEC.encode_message(poll),
                                headers={"Content-Type": "application/xml", "X-Hold": "1"}) as response:
            assert (response.status, await response.read()) == (202, b"held")
        assert len(seen) == 1
        document, exchange = server_wrapper.held.pop()
        assert exchange.onward is not None
        released = CODEC.decode_message(await exchange.onward(document))
        assert released.ven_id == "ven-1" and len(seen) == 2

    run(WrapperStack([server_wrapper]), WrapperStack(), scenario, seen)
    assert log[:4] == ["client out OadrPoll", "server in OadrPoll", "server out OadrPoll", "client in OadrPoll"]


def test_a_client_wrapper_refusing_the_answer_raises_its_error() -> None:
    class RefuseAnswers(Tagging):
        async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
            raise Refused("answer not trusted")

    class HoldAnswers(Tagging):
        async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
            return Held()

    async def scenario(server: TestServer, session: aiohttp.ClientSession) -> None:
        url, poll = str(server.make_url("")), OadrPoll(ven_id="ven-1", schema_version="2.0b")
        try:
            await SimpleHttpClient(url, CODEC, session, wrappers=WrapperStack([RefuseAnswers("c", [])])).send(
                "OadrPoll", poll)
        except Refused as error:
            assert error.code == ResponseCode.NOT_REGISTERED_OR_AUTHORIZED
        else:
            raise AssertionError("the refusal was swallowed")
        try:
            await SimpleHttpClient(url, CODEC, session, wrappers=WrapperStack([HoldAnswers("c", [])])).send(
                "OadrPoll", poll)
        except TransportError as error:
            assert "held" in str(error)
        else:
            raise AssertionError("a held answer was returned")

    run(WrapperStack(), WrapperStack(), scenario, [])


def test_a_released_document_passes_the_wrappers_inside_the_one_that_held_it() -> None:
    """An outer wrapper holds a document and releases it on the next request; the inner
    wrapper (a stand-in for a signature check) refuses the forged one, so the role sees
    only what the inner wrapper let through."""
    log: list[str] = []

    class Checking(Tagging):
        async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
            log.append("checked")
            if b"FORGED" in document:
                raise Refused("not signed")
            return document

    class Releasing(Tagging):
        async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
            if "X-Hold" in exchange.headers:
                self.held.append((document, exchange))
                return Held(reply=b"held")
            for held, _ in self.held:
                assert exchange.onward is not None
                log.append(f"released -> {await exchange.onward(held)!r}"[:40])
            self.held.clear()
            return document

    seen: list[Any] = []
    poll = CODEC.encode_message(OadrPoll(ven_id="ven-1", schema_version="2.0b"))
    forged = poll.replace(b"<oadr:oadrSignedObject", b"<!--FORGED--><oadr:oadrSignedObject")
    genuine = CODEC.encode_message(OadrPoll(ven_id="ven-2", schema_version="2.0b"))

    async def scenario(server: TestServer, session: aiohttp.ClientSession) -> None:
        url = str(server.make_url("")) + "/OpenADR2/Simple/2.0b/OadrPoll"
        for body, hold in ((forged, True), (genuine, True), (poll, False)):
            headers = {"Content-Type": "application/xml", **({"X-Hold": "1"} if hold else {})}
            async with session.post(url, data=body, headers=headers) as response:
                assert response.status == (202 if hold else 200)

    run(WrapperStack([Checking("inner", []), Releasing("outer", [])]), WrapperStack(), scenario, seen)
    # The forged one was checked and refused (None), the genuine one checked and answered.
    assert log[:2] == ["checked", "released -> None"]
    assert log[2] == "checked" and log[3].startswith("released -> b'<?xml")
    assert [message.ven_id for message in seen] == ["ven-2", "ven-1"]

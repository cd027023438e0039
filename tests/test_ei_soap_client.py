"""EI calls over SOAP from the party's side, against the VTN server's SOAP endpoints."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from energyinterop.ei import ei_codec
from energyinterop.store import MemoryStore
from energyinterop.transport.soap import SoapVersion
from energyinterop.ven.soap import EiSoapClient, SoapCallFailed, SoapUnreachable
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app
from energyinterop.wrappers.base import WrapperStack
from energyinterop.wrappers.reliable import Backoff, soap_form
from energyinterop.wrappers.reliable.wrapper import ReliableConfig, ReliableMessaging

GOLDEN = Path(__file__).parent / "data" / "golden" / "ei"


def golden(name: str):
    return ei_codec().decode((GOLDEN / f"{name}.xml").read_bytes())


@pytest.mark.parametrize("version", list(SoapVersion), ids=lambda v: v.name)
def test_register_then_call_market_services(version: SoapVersion) -> None:
    async def go() -> None:
        app = build_app(ServerConfig(vtn_id="VTN-SOAP", auto_accept_vens=True), MemoryStore())
        server = TestServer(app)
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                client = EiSoapClient(str(server.make_url("")), session, version=version)
                created = await client.call(golden("eiCreatePartyRegistration"))
                assert type(created).__name__ == "EiCreatedPartyRegistration"
                assert created.ei_response.response_code == "200" and created.registration_id
                # No market hosted yet (the micromarket is the next issue): a clear 453.
                context = await client.call(golden("eiRequestEiMarketContext"))
                assert type(context).__name__ == "EiReplyEiMarketContext"
                # A one-way distribute is accepted with no answer.
                assert await client.call(golden("eiDistributeEvent")) is None
        finally:
            await server.close()

    asyncio.run(go())


def test_a_fault_raises_with_its_ei_code() -> None:
    async def go() -> None:
        app = build_app(ServerConfig(vtn_id="VTN-SOAP"), MemoryStore())
        server = TestServer(app)
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                client = EiSoapClient(str(server.make_url("")), session)
                payload = golden("eiRequestTender")
                payload.request_id = "x\udcff"  # a lone surrogate: the encoder refuses it first
                with pytest.raises(Exception) as raised:
                    await client.call(payload)
                assert "XML cannot carry" in str(raised.value)
                with pytest.raises(ValueError):
                    await client.call(golden("eiCreatedTender"))  # a response, not a request
                unreachable = EiSoapClient("http://127.0.0.1:9", session)
                with pytest.raises(SoapCallFailed):
                    await unreachable.call(golden("eiRequestTender"))
        finally:
            await server.close()

    asyncio.run(go())


def test_the_servers_fault_is_read_back_with_its_ei_code() -> None:
    from energyinterop.transport.soap import parse_envelope
    from energyinterop.ven.soap import _failure

    async def go() -> None:
        server = TestServer(build_app(ServerConfig(vtn_id="VTN-SOAP"), MemoryStore()))
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                envelope = (b'<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
                            b'<pyld:eiRequestTender xmlns:pyld="http://docs.oasis-open.org/ns/energyinterop/201110/'
                            b'payloads"><pyld:bogus/></pyld:eiRequestTender></soap:Body></soap:Envelope>')
                async with session.post(server.make_url("/soap/EiTender"), data=envelope,
                                        headers={"Content-Type": "text/xml; charset=utf-8"}) as response:
                    status, data = response.status, await response.read()
                fault = parse_envelope(data, parser=ei_codec().parser).payload
                failure = _failure(fault, "RequestTender", status)
                assert failure.ei_code == 454 and failure.http_status == 500 and "bogus" in failure.reason
        finally:
            await server.close()

    asyncio.run(go())


def test_reliable_messaging_retransmits_a_call_whose_answer_was_lost() -> None:
    """A proxy drops the VTN's first answer (holds it past the client's timeout): with the RM
    wrapper the client sends the same message again (same sequence and number), and the VTN
    answers the copy with the answer it kept; without RM the call fails at once."""
    async def go() -> None:
        vtn = TestServer(build_app(ServerConfig.load(reliable={}, vtn_id="VTN-SOAP", auto_accept_vens=True),
                                   MemoryStore()))
        await vtn.start_server()
        seen: list[tuple[bytes, bytes]] = []  # (request, the VTN's answer) as the proxy forwarded them

        async def flaky(request: web.Request) -> web.Response:
            body = await request.read()
            async with aiohttp.ClientSession() as upstream:
                async with upstream.post(vtn.make_url(request.path), data=body, headers={
                        k: v for k, v in request.headers.items() if k.lower() in ("content-type", "soapaction")}) as answer:
                    status, data, kind = answer.status, await answer.read(), answer.headers["Content-Type"]
            seen.append((body, data))
            if len(seen) == 1:
                await asyncio.sleep(2)  # the first answer is lost: the client gives up waiting
            return web.Response(body=data, status=status, headers={"Content-Type": kind})

        proxy_app = web.Application()
        proxy_app.router.add_post("/soap/{service}", flaky)
        proxy = TestServer(proxy_app)
        await proxy.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                plain = EiSoapClient(str(proxy.make_url("")), session, timeout=0.3)
                with pytest.raises(SoapUnreachable):
                    await plain.call(golden("eiCreatePartyRegistration"))
                assert len(seen) == 1
                seen.clear()

                reliable = ReliableMessaging(MemoryStore(), ReliableConfig(backoff=Backoff(
                    initial=timedelta(milliseconds=50), attempts=5)))
                client = EiSoapClient(str(proxy.make_url("")), session, timeout=0.3,
                                      wrappers=WrapperStack([reliable]))
                created = await client.call(golden("eiCreatePartyRegistration"))
                assert created.ei_response.response_code == "200"
                assert len(seen) == 2
                (first, lost), (copy, kept) = seen
                sent = [soap_form.read(request)[0].sequence for request in (first, copy)]
                assert sent[0] == sent[1] and sent[0].number == 1  # the same message again
                answered = [soap_form.read(answer) for answer in (lost, kept)]
                assert answered[0][0].sequence == answered[1][0].sequence  # answer 1 of the offered sequence
                assert answered[0][1] == answered[1][1]  # the kept answer: one registration, not two
                assert created.registration_id.encode() in answered[1][1]
        finally:
            await proxy.close()
            await vtn.close()

    asyncio.run(go())

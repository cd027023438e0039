"""Reliable messaging on the SOAP binding: wsrm header blocks, kept answers for duplicates,
faults as SOAP faults with the EI code, and the header blocks' round trip."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer
from lxml import etree

from energyinterop.ei import ei_codec
from energyinterop.store import MemoryStore
from energyinterop.transport.soap import SoapVersion, build_envelope, http_headers
from energyinterop.ven.soap import EiSoapClient
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app
from energyinterop.wrappers.base import WrapperStack
from energyinterop.wrappers.reliable import soap_form
from energyinterop.wrappers.reliable.messages import (
    NAMESPACE,
    CreateSequence,
    RmHeaders,
    SequenceAcknowledgement,
    SequenceHeader,
)
from energyinterop.wrappers.reliable.source import Backoff
from energyinterop.wrappers.reliable.wrapper import ReliableConfig, ReliableMessaging

GOLDEN = Path(__file__).parent / "data" / "golden" / "ei"
SOAP_ACTION = "http://docs.oasis-open.org/ns/energyinterop/201110/wsdl/EiRegisterParty/CreatePartyRegistration"


@asynccontextmanager
async def soap_vtn_with_rm() -> AsyncIterator[tuple[TestServer, ReliableMessaging]]:
    """Our VTN with reliable messaging on its SOAP endpoints, served on loopback."""
    server_rm = ReliableMessaging(MemoryStore())
    app = build_app(ServerConfig(vtn_id="VTN-SOAP", auto_accept_vens=True), MemoryStore(),
                    soap_wrappers=WrapperStack([server_rm]))
    server = TestServer(app)
    await server.start_server()
    try:
        yield server, server_rm
    finally:
        await server.close()


def test_header_blocks_round_trip_and_are_stripped_before_the_role() -> None:
    rm = RmHeaders(create=CreateSequence("urn:uuid:a", "urn:uuid:b"), sequence=SequenceHeader("urn:uuid:a", 3),
                   acks=[SequenceAcknowledgement("urn:uuid:b", ((1, 2), (4, 4)), (3,), final=True)])
    envelope = soap_form.add_headers(build_envelope(SoapVersion.V12, b"<x:y xmlns:x='urn:x'/>"), rm)
    root = etree.fromstring(envelope)
    names = [etree.QName(e).localname for e in root[0]]
    assert names == ["CreateSequence", "Sequence", "SequenceAcknowledgement", "SequenceAcknowledgement"]
    assert all(etree.QName(e).namespace == NAMESPACE for e in root[0])
    read, stripped = soap_form.read(envelope)
    assert read.create == rm.create and read.sequence == rm.sequence and read.acks == rm.acks
    assert b"wsrm" not in stripped and b"urn:x" in stripped


def test_soap_calls_in_a_sequence_duplicates_and_faults() -> None:
    payload = (GOLDEN / "eiCreatePartyRegistration.xml").read_bytes()

    async def go() -> None:
        async with soap_vtn_with_rm() as (server, _), aiohttp.ClientSession() as session:
            client = EiSoapClient(str(server.make_url("")), session,
                                  wrappers=WrapperStack([ReliableMessaging(MemoryStore())]))
            first = await client.call(ei_codec().decode(payload))
            second = await client.call(ei_codec().decode(payload))
            assert first.ei_response.response_code == "200" and second.registration_id

            url = str(server.make_url("/soap/EiRegisterParty"))
            envelope = soap_form.add_headers(build_envelope(SoapVersion.V11, payload), RmHeaders(
                create=CreateSequence("urn:uuid:s", "urn:uuid:o"), sequence=SequenceHeader("urn:uuid:s", 1)))
            answers = []
            for _ in range(2):
                async with session.post(url, data=envelope,
                                        headers=http_headers(SoapVersion.V11, SOAP_ACTION)) as answer:
                    answers.append((answer.status, await answer.read()))
            assert answers[0][0] == answers[1][0] == 200
            kept, again = (soap_form.read(body)[0] for _, body in answers)
            assert kept.sequence == again.sequence == SequenceHeader("urn:uuid:o", 1)
            assert soap_form.read(answers[0][1])[1] == soap_form.read(answers[1][1])[1]  # the same answer

            unknown = soap_form.add_headers(build_envelope(SoapVersion.V11, payload),
                                            RmHeaders(sequence=SequenceHeader("urn:uuid:none", 1)))
            async with session.post(url, data=unknown,
                                    headers=http_headers(SoapVersion.V11, SOAP_ACTION)) as answer:
                body = await answer.read()
                assert answer.status == 500  # SOAP 1.1 faults travel with HTTP 500
            fault = etree.fromstring(body)
            assert "wsrm:UnknownSequence" in fault.findtext(".//faultstring")
            assert fault.findtext(".//{http://docs.oasis-open.org/ns/energyinterop/201110}responseCode") == "452"

    asyncio.run(go())


def test_one_way_operations_in_a_sequence_are_recorded_and_acknowledged() -> None:
    """DistributeEvent has no answer: its 202 carries an envelope with an empty Body, on
    which reliable messaging records and acknowledges the delivery. Without that, the
    source would keep every one-way message (WindowFull past 64) and the destination would
    deliver each again once its busy timeout passed."""
    registration = ei_codec().decode((GOLDEN / "eiCreatePartyRegistration.xml").read_bytes())
    event = ei_codec().decode((GOLDEN / "eiDistributeEvent.xml").read_bytes())
    one_way = (GOLDEN / "eiDistributeEvent.xml").read_bytes()

    async def go() -> None:
        async with soap_vtn_with_rm() as (server, server_rm), aiohttp.ClientSession() as session:
            # Retransmissions bounded: a regression fails in a second instead of retrying on.
            client_rm = ReliableMessaging(MemoryStore(), ReliableConfig(backoff=Backoff(
                initial=timedelta(milliseconds=10), maximum=timedelta(milliseconds=50), attempts=20)))
            client = EiSoapClient(str(server.make_url("")), session, wrappers=WrapperStack([client_rm]))
            await client.call(registration)
            for _ in range(70):  # past the window of 64 unacknowledged messages
                assert await client.call(event) is None
            (source,) = client_rm._sources.values()
            # Every answer came; the last request is forgotten on disk with the next batch.
            assert not source.unacked and source.answered.format() == "1-70"
            (destination,) = server_rm._destinations.values()
            assert destination.delivered_set.format() == "1-71" and not destination.busy

            url = str(server.make_url("/soap/EiEvent"))
            envelope = soap_form.add_headers(build_envelope(SoapVersion.V11, one_way), RmHeaders(
                create=CreateSequence("urn:uuid:s1", "urn:uuid:o1"), sequence=SequenceHeader("urn:uuid:s1", 1)))
            answers = []
            for _ in range(2):
                async with session.post(url, data=envelope, headers=http_headers(SoapVersion.V11)) as answer:
                    answers.append((answer.status, await answer.read()))
            assert [status for status, _ in answers] == [202, 200]  # the copy gets the kept answer
            kept, again = (soap_form.read(body) for _, body in answers)
            assert kept[0].sequence == again[0].sequence == SequenceHeader("urn:uuid:o1", 1)
            body = etree.fromstring(kept[1]).find("{http://schemas.xmlsoap.org/soap/envelope/}Body")
            assert body is not None and len(body) == 0  # nothing but the acknowledgement
            assert server_rm._destinations["urn:uuid:s1"].delivered_set.format() == "1"

    asyncio.run(go())

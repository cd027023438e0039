"""Reliable messaging on the SOAP binding: wsrm header blocks, kept answers for duplicates,
faults as SOAP faults with the EI code, and the header blocks' round trip."""

from __future__ import annotations

import asyncio
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
from energyinterop.wrappers.reliable.wrapper import ReliableMessaging

GOLDEN = Path(__file__).parent / "data" / "golden" / "ei"
SOAP_ACTION = "http://docs.oasis-open.org/ns/energyinterop/201110/wsdl/EiRegisterParty/CreatePartyRegistration"


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
        server_rm = ReliableMessaging(MemoryStore())
        app = build_app(ServerConfig(vtn_id="VTN-SOAP", auto_accept_vens=True), MemoryStore(),
                        soap_wrappers=WrapperStack([server_rm]))
        server = TestServer(app)
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
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
        finally:
            await server.close()

    asyncio.run(go())

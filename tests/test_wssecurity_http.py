"""WS-Security over HTTP: a VTN signing its answers and requiring signed requests, our EI SOAP
client signing requests and verifying answers, and what unsigned or badly signed callers get."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import urllib.request
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import zeep
from aiohttp.test_utils import TestServer
from lxml import etree
from zeep.exceptions import Fault

from conformance.peers.processes import free_port
from energyinterop.ei import ei_codec
from energyinterop.security.certs import Issued, TestCa
from energyinterop.store import MemoryStore
from energyinterop.store.base import VenRecord
from energyinterop.transport.soap import SoapVersion
from energyinterop.ven.soap import EiSoapClient, SoapCallFailed
from energyinterop.vtn.config import ConfigError, ServerConfig
from energyinterop.vtn.server import STORE, build_app
from energyinterop.wrappers.base import Exchange, WrapperStack
from energyinterop.wrappers.wssecurity import WsSecurity
from energyinterop.wrappers.wssecurity_sign import Credentials
from energyinterop.wrappers.wssecurity_trust import CertificateTrust, RegisteredParties

GOLDEN = Path(__file__).parent / "data" / "golden" / "ei"
PARTY = "VEN-00042"  # the registreePartyID of the golden eiCreatePartyRegistration


class Pki:
    def __init__(self) -> None:
        self.ca = TestCa.create("wss-http-root")
        self.vtn = self.ca.issue("vtn", "ecc")
        self.ven = self.ca.issue("ven", "rsa")
        self.other = self.ca.issue("other", "ecc")
        self.rogue = TestCa.create("rogue").issue("ven", "rsa")
        self.trust = CertificateTrust([self.ca.cert])


@pytest.fixture(scope="module")
def pki() -> Pki:
    return Pki()


def golden(name: str, **changes: Any) -> Any:
    payload = ei_codec().decode((GOLDEN / f"{name}.xml").read_bytes())
    for field, value in changes.items():
        setattr(payload, field, value)
    return payload


class Wire:
    """Outermost client wrapper: records the bytes on the wire and can alter what is sent."""

    def __init__(self, alter: Callable[[bytes], bytes] = lambda b: b) -> None:
        self.alter = alter
        self.sent: list[bytes] = []
        self.received: list[bytes] = []

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes:
        self.sent.append(self.alter(document))
        return self.sent[-1]

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes:
        self.received.append(document)
        return document


def client_security(pki: Pki, signer: Issued, vtn_fingerprint: str | None = None) -> WsSecurity:
    return WsSecurity.for_client(Credentials(signer.key, signer.cert), pki.trust,
                                 vtn_fingerprint or pki.vtn.fingerprint)


def with_vtn(pki: Pki, scenario: Callable[[str, aiohttp.ClientSession], Awaitable[None]]) -> None:
    vtn_security = WsSecurity(Credentials(pki.vtn.key, pki.vtn.cert), pki.trust, RegisteredParties())
    app = build_app(ServerConfig(vtn_id="VTN-WSS", auto_accept_vens=True), MemoryStore(),
                    soap_wrappers=WrapperStack([vtn_security]))

    async def go() -> None:
        server = TestServer(app)
        await server.start_server()
        try:
            await app[STORE].put_ven(VenRecord(ven_id=PARTY, ven_name=PARTY, fingerprint=pki.ven.fingerprint))
            async with aiohttp.ClientSession() as session:
                await scenario(str(server.make_url("")), session)
        finally:
            await server.close()

    asyncio.run(go())


@pytest.mark.parametrize("version", list(SoapVersion), ids=lambda v: v.name)
def test_signed_ei_exchanges_both_ways(pki: Pki, version: SoapVersion) -> None:
    async def scenario(url: str, session: aiohttp.ClientSession) -> None:
        wire = Wire()
        client = EiSoapClient(url, session, version=version,
                              wrappers=WrapperStack([client_security(pki, pki.ven), wire]))
        created = await client.call(golden("eiCreatePartyRegistration"))
        assert type(created).__name__ == "EiCreatedPartyRegistration"
        assert created.ei_response.response_code == "200" and created.registration_id
        events = await client.call(golden("eiRequestEvent", ven_id=PARTY, request_id="REQ-2"))
        assert type(events).__name__ == "EiReplyEvent" and events.ei_response.response_code == "200"
        tender = await client.call(golden("eiCreateTender", party_id=PARTY, request_id="REQ-3"))
        assert type(tender).__name__ == "EiCreatedTender"
        # every request and every answer crossed the wire signed, the answers by the VTN
        assert len(wire.sent) == len(wire.received) == 3
        for document in wire.sent + wire.received:
            assert document.count(b"<wsse:Security ") == 1 and b"<ds:SignatureValue>" in document
        assert all(pki.vtn.cert_pem.split(b"\n")[1] in d for d in wire.received)

    with_vtn(pki, scenario)


def expect_fault(pki: Pki, wrappers: list[Any], code: int, reason: str, version: SoapVersion = SoapVersion.V11,
                 payload: Any = None) -> None:
    async def scenario(url: str, session: aiohttp.ClientSession) -> None:
        client = EiSoapClient(url, session, version=version, wrappers=WrapperStack(wrappers))
        with pytest.raises(SoapCallFailed) as raised:
            await client.call(payload or golden("eiRequestEvent", ven_id=PARTY))
        assert raised.value.ei_code == code, raised.value
        assert raised.value.http_status == (500 if version is SoapVersion.V11 else 400)
        assert reason in str(raised.value)

    with_vtn(pki, scenario)


@pytest.mark.parametrize("version", list(SoapVersion), ids=lambda v: v.name)
def test_an_unsigned_request_gets_a_fault_with_the_ei_code(pki: Pki, version: SoapVersion) -> None:
    expect_fault(pki, [], 459, "no wsse:Security header", version)


def test_a_tampered_request_gets_459(pki: Pki) -> None:
    tamper = Wire(lambda document: document.replace(b"REQ-00123", b"REQ-00666"))
    expect_fault(pki, [client_security(pki, pki.ven), tamper], 459, "altered after signing")


def test_an_untrusted_signer_gets_463(pki: Pki) -> None:
    expect_fault(pki, [client_security(pki, pki.rogue)], 463, "not trusted")


def test_a_signer_that_is_not_the_registered_party_gets_463(pki: Pki) -> None:
    expect_fault(pki, [client_security(pki, pki.other)], 463, "not the one registered")


def test_the_client_refuses_an_answer_not_signed_by_its_vtn(pki: Pki) -> None:
    async def scenario(url: str, session: aiohttp.ClientSession) -> None:
        client = EiSoapClient(url, session, wrappers=WrapperStack([client_security(pki, pki.ven, pki.other.fingerprint)]))
        with pytest.raises(SoapCallFailed) as raised:
            await client.call(golden("eiRequestEvent", ven_id=PARTY))
        assert raised.value.ei_code == 463 and "answer refused" in str(raised.value)

    with_vtn(pki, scenario)


# --- the configured server, and a stock client without WS-Security ------------------------------


@pytest.fixture(scope="module")
def configured_vtn(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("wss-vtn")
    pki.vtn.save(folder, "vtn")
    pki.ca.save(folder, "ca")
    (folder / "vtn.toml").write_text(
        '[vtn]\nvtn_id = "VTN-WSS"\nauto_accept_vens = true\n\n'
        '[vtn.soap_security]\nkey = "vtn.key"\ncert = "vtn.crt"\ntrusted_cas = ["ca.crt"]\n'
        'allow_unregistered = true\n')
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "energyinterop.vtn", "serve", "--port", str(port),
                                "--store", f"sqlite:///{folder / 'vtn.sqlite3'}", "--config", str(folder / "vtn.toml")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base, folder
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_stock_zeep_client_without_ws_security_gets_a_fault(configured_vtn: Any) -> None:
    base, _ = configured_vtn
    client = zeep.Client(f"{base}/soap/EiEvent?wsdl", settings=zeep.Settings(strict=True, forbid_dtd=True))
    operation = next(o for o in client.wsdl.services["EiEventService"].ports["EiEventSoap11Port"].binding
                     ._operations.values() if o.name == "RequestEvent")
    request = client.get_element(etree.QName(operation.input.body.qname).text).parse(
        etree.parse(str(GOLDEN / "eiRequestEvent.xml")).getroot(), client.wsdl.types)
    with pytest.raises(Fault) as raised:
        client.bind("EiEventService", "EiEventSoap11Port").RequestEvent(**{key: request[key] for key in request})
    detail = raised.value.detail
    assert detail.findtext("{http://docs.oasis-open.org/ns/energyinterop/201110}responseCode") == "459"
    assert "wsse:Security" in raised.value.message


def test_the_configured_vtn_signs_and_verifies(pki: Pki, configured_vtn: Any) -> None:
    base, _ = configured_vtn

    async def go() -> None:
        async with aiohttp.ClientSession() as session:
            client = EiSoapClient(base, session, wrappers=WrapperStack([client_security(pki, pki.other)]))
            created = await client.call(golden("eiCreatePartyRegistration", registree_party_id="VEN-CONFIGURED"))
            assert created.ei_response.response_code == "200"
            rogue = EiSoapClient(base, session, wrappers=WrapperStack([client_security(pki, pki.rogue)]))
            with pytest.raises(SoapCallFailed) as raised:
                await rogue.call(golden("eiCreatePartyRegistration", registree_party_id="VEN-ROGUE"))
            assert raised.value.ei_code == 463

    asyncio.run(go())


def test_the_soap_security_table_is_read(tmp_path: Path) -> None:
    config_file = tmp_path / "vtn.toml"
    config_file.write_text('[vtn]\n[vtn.soap_security]\nkey = "k.pem"\ncert = "/etc/c.pem"\ntrusted_cas = "ca.pem"\n'
                           'require_signatures = false\nwindow_s = 60\n')
    settings = ServerConfig.load(config_file).soap_security
    assert settings is not None and settings.key == tmp_path / "k.pem" and settings.cert == Path("/etc/c.pem")
    assert settings.trusted_cas == (tmp_path / "ca.pem",) and not settings.require_signatures
    assert settings.sign_answers and settings.window_s == 60
    assert ServerConfig.load(None).soap_security is None
    for table, message in (('key = "k"\ncert = "c"\n', "needs trusted_cas"),
                           ('key = "k"\ncert = "c"\ntrusted_cas = []\nsign = true\n', "unknown soap_security"),
                           ('key = "k"\ncert = "c"\ntrusted_cas = []\nwindow_s = 0\n', "must be positive")):
        config_file.write_text(f"[vtn.soap_security]\n{table}")
        with pytest.raises(ConfigError, match=message):
            ServerConfig.load(config_file)


def test_a_one_way_call_is_answered_202_with_a_signed_empty_envelope(pki: Pki) -> None:
    """DistributeEvent has no answer payload: its 202 carries the envelope the wrappers filled
    in, here the VTN's signature over an empty Body, which the client verifies."""
    async def scenario(url: str, session: aiohttp.ClientSession) -> None:
        wire = Wire()
        client = EiSoapClient(url, session, wrappers=WrapperStack([client_security(pki, pki.ven), wire]))
        await client.call(golden("eiCreatePartyRegistration"))
        # From our VEN's party, and addressed to it.
        event = ei_codec().decode((GOLDEN / "eiDistributeEvent.xml").read_bytes().replace(b"0000ven042", PARTY.encode()))
        event.vtn_id = PARTY
        assert await client.call(event) is None
        answer = wire.received[-1]
        assert answer.count(b"<wsse:Security ") == 1 and pki.vtn.cert_pem.split(b"\n")[1] in answer
        body = etree.fromstring(answer).find("{http://schemas.xmlsoap.org/soap/envelope/}Body")
        assert body is not None and len(body) == 0

    with_vtn(pki, scenario)

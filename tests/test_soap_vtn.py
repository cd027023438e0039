"""A stock zeep client against the VTN server's SOAP endpoints, over loopback.

zeep loads each service's WSDL from ``<endpoint>?wsdl`` (and the XSDs it imports from the
server), then calls the operations: every call reaches the EI VTN role and comes back as
a schema-valid response payload, or as a SOAP fault with the EI code in its detail.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import zeep
from lxml import etree
from zeep.exceptions import Fault, ValidationError

from conformance.peers.processes import free_port
from energyinterop.transport.soap import wsdl_registry

GOLDEN = Path(__file__).parent / "data" / "golden" / "ei"
# zeep cannot read this golden request (xCal members); arguments written out instead.
EXPLICIT_ARGS = {
    "CreateDelivery": dict(requestID="REQ-1", requestorPartyID="P-1", eiDelivery=dict(
        components={}, uid="TXN-1-D1", injection=False, eiDeliveryID="DLV-1",
        createdDateTime="2024-07-16T18:05:00Z", schemaVersion="1.0")),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("soap-vtn")
    (folder / "vtn.toml").write_text('[vtn]\nvtn_id = "VTN-SOAP"\nauto_accept_vens = true\n')
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
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def client_for(base: str, service: str) -> zeep.Client:
    return zeep.Client(f"{base}/soap/{service}?wsdl", settings=zeep.Settings(strict=True, forbid_dtd=True))


def test_the_served_wsdl_points_at_the_server(server: str) -> None:
    for service in wsdl_registry().services:
        client = client_for(server, service)
        for port in client.wsdl.services[f"{service}Service"].ports.values():
            assert port.binding_options["address"] == f"{server}/soap/{service}"


def test_zeep_calls_the_operations_of_every_service(server: str) -> None:
    called: dict[str, list[str]] = {}
    unbuildable: list[str] = []
    for service, description in wsdl_registry().services.items():
        client = client_for(server, service)
        for name, operation in description.operations.items():
            golden = GOLDEN / f"{etree.QName(operation.request).localname}.xml"
            arguments = EXPLICIT_ARGS.get(name)
            if arguments is None:
                try:  # zeep 4 cannot read xCal substitution-group members (e.g. xcal:dtstart)
                    value = client.get_element(operation.request).parse(etree.parse(str(golden)).getroot(),
                                                                        client.wsdl.types)
                except Exception:
                    unbuildable.append(name)
                    continue
                arguments = {key: value[key] for key in value}
            proxy = client.bind(f"{service}Service", f"{service}Soap11Port")
            try:
                answer = getattr(proxy, name)(**arguments)
            except ValidationError:  # zeep refuses to write back what it read (client side)
                unbuildable.append(name)
                continue
            except Fault as fault:  # a refusal must still be a proper EI fault
                assert fault.code and fault.detail is not None, (name, fault.message)
                called.setdefault(service, []).append(name)
                continue
            if operation.one_way:
                assert answer is None
            else:
                # eiResponse, or eiEventResponse (canceled/created event); zeep unwraps a
                # response that is nothing but an eiResponse (eiReplyPendingEvent)
                codes = [answer[key]["responseCode"] for key in answer
                         if key in ("eiResponse", "eiEventResponse") and answer[key] is not None]
                if "responseCode" in answer:
                    codes.append(answer["responseCode"])
                assert len(codes) == 1 and len(codes[0]) == 3, (name, answer)
            called.setdefault(service, []).append(name)
    assert sorted(called) == sorted(wsdl_registry().services), f"services never called: {called}"
    total = sum(len(d.operations) for d in wsdl_registry().services.values())
    assert sum(len(v) for v in called.values()) + len(unbuildable) == total
    print(f"called {total - len(unbuildable)} of {total} operations; zeep could not build: {sorted(unbuildable)}")


def test_an_invalid_payload_is_a_fault_with_the_ei_code(server: str) -> None:
    envelope = (b'<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
                b'<pyld:eiRequestTender xmlns:pyld="http://docs.oasis-open.org/ns/energyinterop/201110/payloads">'
                b'<pyld:bogus/></pyld:eiRequestTender></soap:Body></soap:Envelope>')
    request = urllib.request.Request(f"{server}/soap/EiTender", data=envelope, method="POST",
                                     headers={"Content-Type": "text/xml; charset=utf-8"})
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=10)
    body = raised.value.read()
    assert raised.value.code == 500 and b"Fault" in body and b"454" in body

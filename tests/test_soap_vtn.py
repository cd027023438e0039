"""A stock zeep client against the VTN server's SOAP endpoints, over loopback.

zeep loads each service's WSDL from ``<endpoint>?wsdl`` (and the XSDs it imports from the
server), then calls the operations: every call reaches the EI VTN role and comes back as
a schema-valid response payload, or as a SOAP fault with the EI code in its detail.

zeep has no support for substitution groups (python-zeep PR #433, open since 2017), and
EI payloads use them throughout (xCal properties such as ``xcal:dtstart``, EMIX items,
interfaces and terms). So zeep reads each golden request leniently, dropping the members
it cannot represent, builds the operation's envelope from what it kept (members it dropped
are skipped with ``xsd.SkipValue``), and a zeep egress plugin, zeep's documented hook for
changing an outgoing envelope, puts the complete golden payload into the Body it built.
Everything else stays zeep's: the served WSDL, the binding, the address, the SOAPAction,
the envelope, the HTTP exchange and the parsing of the answer.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import copy
import re
from typing import Any

import pytest
import zeep
from lxml import etree
from zeep.exceptions import Fault, ValidationError
from zeep.xsd import SkipValue
from zeep.xsd.valueobjects import CompoundValue

from conformance.peers.processes import free_port
from energyinterop.transport.soap import wsdl_registry

GOLDEN = Path(__file__).parent / "data" / "golden" / "ei"
SOAP11_BODY = "{http://schemas.xmlsoap.org/soap/envelope/}Body"


class CompletePayload(zeep.Plugin):
    """Puts the complete request payload into the Body of the envelope zeep built."""

    def __init__(self) -> None:
        self.payload: etree._Element | None = None

    def egress(self, envelope: Any, http_headers: Any, operation: Any, binding_options: Any) -> Any:
        body = envelope.find(SOAP11_BODY)
        assert self.payload is not None and len(body) == 1
        assert etree.QName(body[0]).localname == etree.QName(self.payload).localname  # zeep's own operation
        body[:] = [copy.deepcopy(self.payload)]
        return envelope, http_headers


def skip_dropped(value: Any, name: str) -> int:
    """Mark the required element ``name`` that zeep dropped (None) as skipped; how many."""
    marked = 0
    if isinstance(value, CompoundValue):
        for key in value:
            if key == name and value[key] is None:
                value[key] = SkipValue
                marked += 1
            else:
                marked += skip_dropped(value[key], name)
    elif isinstance(value, list):
        marked += sum(skip_dropped(item, name) for item in value)
    return marked


def zeep_arguments(client: zeep.Client, request: etree._Element) -> dict[str, Any]:
    """The golden request as zeep's own objects, with what zeep cannot represent skipped."""
    value = client.get_element(request.tag).parse(request, client.wsdl.types)
    binding = client.bind(*next((s.name, p) for s in client.wsdl.services.values() for p in s.ports))
    operation = etree.QName(request).localname
    name = next(o for o in binding._binding._operations.values() if o.input.body.qname == request.tag).name
    for _ in range(20):
        try:
            client.create_message(binding, name, **{key: value[key] for key in value})
            return {key: value[key] for key in value}
        except ValidationError as error:
            missing = re.match(r"Missing element (\w+)", error.message)
            if missing is None or not skip_dropped(value, missing.group(1)):
                raise AssertionError(f"zeep cannot build {operation}: {error.message}") from None
    raise AssertionError(f"zeep cannot build {operation}")


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


def client_for(base: str, service: str, plugins: list[zeep.Plugin] | None = None) -> zeep.Client:
    # strict=False: zeep skips the substitution-group members it cannot read (see above).
    return zeep.Client(f"{base}/soap/{service}?wsdl", plugins=plugins or [],
                       settings=zeep.Settings(strict=False, forbid_dtd=True))


def test_the_served_wsdl_points_at_the_server(server: str) -> None:
    for service in wsdl_registry().services:
        client = client_for(server, service)
        for port in client.wsdl.services[f"{service}Service"].ports.values():
            assert port.binding_options["address"] == f"{server}/soap/{service}"


def test_zeep_calls_the_operations_of_every_service(server: str) -> None:
    called: dict[str, list[str]] = {}
    faults: list[str] = []
    for service, description in wsdl_registry().services.items():
        complete = CompletePayload()
        client = client_for(server, service, [complete])
        for name, operation in description.operations.items():
            complete.payload = etree.parse(str(GOLDEN / f"{etree.QName(operation.request).localname}.xml")).getroot()
            arguments = zeep_arguments(client, complete.payload)
            proxy = client.bind(f"{service}Service", f"{service}Soap11Port")
            try:
                answer = getattr(proxy, name)(**arguments)
            except Fault as fault:  # a refusal must still be a proper EI fault
                assert fault.code and fault.detail is not None, (name, fault.message)
                code = fault.detail.findtext(".//{http://docs.oasis-open.org/ns/energyinterop/201110}responseCode")
                assert code not in (None, "400", "454"), (name, code, fault.message)  # never a schema refusal
                faults.append(f"{name}:{code}")
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
    assert {service: len(names) for service, names in called.items()} == {
        service: len(description.operations) for service, description in wsdl_registry().services.items()}
    # The golden requests are valid and their parties unknown to this fresh VTN or known:
    # a fault is a proper refusal, never a schema failure of what zeep sent.
    print(f"called all {sum(len(v) for v in called.values())} operations; EI faults: {sorted(faults)}")


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

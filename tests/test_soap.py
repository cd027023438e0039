"""SOAP transport (sans-IO) and the EI 1.0 WSDL files, checked with a stock SOAP client (zeep)."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from lxml import etree

from energyinterop.codec import ei_codec
from energyinterop.transport.soap import (
    ADDRESS_PLACEHOLDER,
    EI_NS,
    PYLD_NS,
    SOAP11_NS,
    SOAP12_NS,
    SoapFault,
    WSDL_TNS,
    SoapVersion,
    action_of,
    build_envelope,
    build_fault,
    http_headers,
    operation_of,
    parse_envelope,
    serve_wsdl,
    wsdl_registry,
)
from energyinterop.xml.errors import CodecError, ResponseCode
from energyinterop.xml.schemaset import schemas_root

zeep = pytest.importorskip("zeep")
from zeep.transports import Transport  # noqa: E402

WSDL_DIR = schemas_root() / "wsdl"
GOLDEN = Path(__file__).parent / "data" / "golden" / "ei"
XSD = "{http://www.w3.org/2001/XMLSchema}"
V11, V12 = SoapVersion.V11, SoapVersion.V12

# File stem -> the EI service it describes (the choices are recorded in schemas/README.md).
SERVICES = {
    "Avail": "EiAvail", "Delivery": "EiDelivery", "Enroll": "EiEnroll", "Event": "EiEvent",
    "MarketContext": "EiMarketContext", "Opt": "EiOpt", "PartyRegistration": "EiRegisterParty",
    "Quote": "EiQuote", "Report": "EiReport", "Tender": "EiTender", "Transaction": "EiTransaction",
}
# One operation per service that zeep can build; its arguments come from the golden
# request (zeep does not follow substitution groups such as xcal:baseProperty, so the
# operations carrying calendars are out of its reach), or are given here.
REPRESENTATIVE = {
    "Avail": "CancelAvail", "Delivery": "CreateDelivery", "Enroll": "CancelEnroll", "Event": "RequestEvent",
    "MarketContext": "RequestEiMarketContext", "Opt": "CancelOpt", "PartyRegistration": "CancelPartyRegistration",
    "Quote": "RequestQuote", "Report": "RequestHistorian", "Tender": "CancelTender",
    "Transaction": "RequestTransaction",
}
EXPLICIT_ARGS = {
    "CreateDelivery": dict(requestID="REQ-1", requestorPartyID="P-1", eiDelivery=dict(
        components={}, uid="TXN-1-D1", injection=False, eiDeliveryID="DLV-1",
        createdDateTime="2024-07-16T18:05:00Z", schemaVersion="1.0")),
}


class LocalOnlyTransport(Transport):
    """A zeep transport that reads files of the schema folder and refuses anything else."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []

    def load(self, url: str) -> bytes:
        parsed = urlparse(url)
        if parsed.scheme not in ("", "file"):
            raise AssertionError(f"zeep tried the network: {url}")
        path = Path(parsed.path if parsed.scheme else url).resolve()
        self.loaded.append(str(path))
        return path.read_bytes()


def zeep_client(path: Path) -> tuple[zeep.Client, LocalOnlyTransport]:
    transport = LocalOnlyTransport()
    settings = zeep.Settings(strict=True, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    return zeep.Client(str(path), settings=settings, transport=transport), transport


def hardened_parser():
    return ei_codec().parser


def golden(name: str) -> bytes:
    return (GOLDEN / f"{name}.xml").read_bytes()


def fault_parts(envelope: bytes) -> tuple[str, str, list[str]]:
    """(fault code local name, reason, [EI response code, description]) of a fault envelope."""
    root = etree.fromstring(envelope)
    fault = root.find(".//{*}Fault")
    code = fault.findtext("faultcode") or fault.findtext(f"{{{SOAP12_NS}}}Code/{{{SOAP12_NS}}}Value")
    reason = fault.findtext("faultstring") or fault.findtext(f"{{{SOAP12_NS}}}Reason/{{{SOAP12_NS}}}Text")
    detail = fault.find("detail")
    if detail is None:
        detail = fault.find(f"{{{SOAP12_NS}}}Detail")
    values = [] if detail is None else [child.text for child in detail]
    return code.partition(":")[2], reason, values


# ---------------------------------------------------------------------------------------
# WSDL files


def test_one_wsdl_per_ei_service() -> None:
    assert sorted(p.name for p in WSDL_DIR.glob("*.wsdl")) == sorted(f"EnergyInterop-{s}.wsdl" for s in SERVICES)
    assert sorted(wsdl_registry().services) == sorted(SERVICES.values())


@pytest.mark.parametrize("stem", sorted(SERVICES))
def test_wsdl_loads_in_zeep_offline(stem: str) -> None:
    client, transport = zeep_client(WSDL_DIR / f"EnergyInterop-{stem}.wsdl")
    service = SERVICES[stem]
    # Everything zeep read is a file of the schema folder.
    root = schemas_root().resolve()
    assert transport.loaded and all(Path(p).is_relative_to(root) for p in transport.loaded)
    assert str((root / "ei" / "EiPayloads.xsd")) in transport.loaded
    assert list(client.wsdl.services) == [f"{service}Service"]
    ports = client.wsdl.services[f"{service}Service"].ports
    assert sorted(ports) == [f"{service}Soap11Port", f"{service}Soap12Port"]
    assert type(ports[f"{service}Soap11Port"].binding).__name__ == "Soap11Binding"
    assert type(ports[f"{service}Soap12Port"].binding).__name__ == "Soap12Binding"
    for port in ports.values():
        assert port.binding_options["address"] == f"{ADDRESS_PLACEHOLDER}/{service}"
        # zeep's view of the operations is the registry's.
        registry = wsdl_registry().service(service).operations
        assert sorted(port.binding._operations) == sorted(registry)
        for name, operation in port.binding._operations.items():
            assert operation.soapaction == registry[name].soap_action
            assert operation.input.body.qname.text == registry[name].request
            if registry[name].one_way:
                assert operation.output is None
            else:
                assert operation.output.body.qname.text == registry[name].response


@pytest.mark.parametrize("version", [V11, V12], ids=["soap11", "soap12"])
@pytest.mark.parametrize("stem", sorted(SERVICES))
def test_zeep_builds_valid_messages(stem: str, version: SoapVersion) -> None:
    client, _ = zeep_client(WSDL_DIR / f"EnergyInterop-{stem}.wsdl")
    service = SERVICES[stem]
    name = REPRESENTATIVE[stem]
    operation = wsdl_registry().service(service).operations[name]
    kwargs = EXPLICIT_ARGS.get(name)
    if kwargs is None:  # let zeep read the golden request into its own objects
        element = client.get_element(operation.request)
        value = element.parse(etree.fromstring(golden(etree.QName(operation.request).localname)), client.wsdl.types)
        kwargs = {key: value[key] for key in value}
    port = f"{service}Soap{'11' if version is V11 else '12'}Port"
    proxy = client.bind(f"{service}Service", port)
    envelope, headers = proxy._binding._create(name, (), kwargs, client=client)
    data = etree.tostring(envelope)
    # The body validates against the EI schema set ...
    body = envelope.find(f"{{{version.namespace}}}Body")[0]
    assert ei_codec().schema.validate(body), ei_codec().schema.error_log
    # ... and our side reads zeep's envelope and HTTP headers as the same operation.
    request = parse_envelope(data, parser=hardened_parser(), content_type=headers["Content-Type"])
    assert request.version is version
    assert operation_of(service, request.payload_qname, action_of(version, headers)) == operation
    assert SoapVersion.of_content_type(headers["Content-Type"]) is version


def payload_elements() -> set[str]:
    """Every global element of EiPayloads.xsd except the three shared fields."""
    tree = etree.parse(str(schemas_root() / "ei" / "EiPayloads.xsd"))
    names = {e.get("name") for e in tree.getroot().iterchildren(f"{XSD}element")}
    fields = {"requestID", "replyLimit", "reportToFollow"}
    assert fields <= names
    return {f"{{{PYLD_NS}}}{name}" for name in names - fields}


def test_every_payload_element_is_in_exactly_one_operation() -> None:
    used: list[str] = []
    for service in wsdl_registry().services.values():
        for operation in service.operations.values():
            used += [operation.request] + ([operation.response] if operation.response else [])
    assert len(used) == len(set(used))
    assert set(used) == payload_elements()
    assert len(used) == 73


def test_naming_rules() -> None:
    for service in wsdl_registry().services.values():
        for name, operation in service.operations.items():
            assert etree.QName(operation.request).localname == "ei" + name
            assert operation.soap_action == f"{WSDL_TNS}/{service.name}/{name}"
            assert operation.one_way == name.startswith("Distribute")


def test_schema_readme_lists_every_wsdl() -> None:
    readme = (schemas_root() / "README.md").read_text()
    assert "\n## WSDL\n" in readme
    for path in WSDL_DIR.glob("*.wsdl"):
        assert f"`wsdl/{path.name}`" in readme, path


def test_wsdl_imports_are_relative_and_local() -> None:
    for path in WSDL_DIR.glob("*.wsdl"):
        for imported in etree.parse(str(path)).iter(f"{XSD}import"):
            location = imported.get("schemaLocation")
            assert location.startswith("../ei/") and (path.parent / location).is_file()


# ---------------------------------------------------------------------------------------
# Serving ?wsdl


def test_serve_wsdl_rewrites_the_placeholder(tmp_path: Path) -> None:
    served = serve_wsdl("EiTender", "https://vtn.example.com/ei/")
    assert f'location="{ADDRESS_PLACEHOLDER}'.encode() not in served
    assert served.count(b'location="https://vtn.example.com/ei/EiTender"') == 2
    assert served.startswith(b"<?xml") and b"<!--" in served  # the header comment stays
    # The served document still loads in zeep (next to a copy of the schemas).
    copy = tmp_path / "schemas"
    shutil.copytree(schemas_root(), copy)
    (copy / "wsdl" / "EnergyInterop-Tender.wsdl").write_bytes(served)
    client, _ = zeep_client(copy / "wsdl" / "EnergyInterop-Tender.wsdl")
    assert client.service._binding_options["address"] == "https://vtn.example.com/ei/EiTender"


def test_serve_wsdl_with_published_schemas() -> None:
    served = etree.fromstring(serve_wsdl("EiEvent", "http://vtn:8080", "http://vtn:8080/schemas/"))
    locations = {e.get("schemaLocation") for e in served.iter(f"{XSD}import")}
    assert locations == {"http://vtn:8080/schemas/ei/EiPayloads.xsd", "http://vtn:8080/schemas/ei/EiClasses.xsd"}


@pytest.mark.parametrize("base", ["vtn.example.com", "ftp://vtn/", "/relative", ""])
def test_serve_wsdl_wants_an_absolute_http_url(base: str) -> None:
    with pytest.raises(ValueError):
        serve_wsdl("EiTender", base)


def test_serve_wsdl_unknown_service() -> None:
    with pytest.raises(KeyError):
        serve_wsdl("EiNothing", "https://vtn")


# ---------------------------------------------------------------------------------------
# Envelopes


@pytest.mark.parametrize("version", [V11, V12], ids=["soap11", "soap12"])
@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.xml")), ids=lambda p: p.stem)
def test_envelope_round_trip(path: Path, version: SoapVersion) -> None:
    payload = path.read_bytes()
    header = b'<?xml version="1.0"?>\n<h:trace xmlns:h="urn:example:trace">42</h:trace>'
    data = build_envelope(version, payload, [header])
    request = parse_envelope(data, parser=hardened_parser(), content_type=http_headers(version)["Content-Type"])
    assert request.version is version
    assert [h.tag for h in request.headers] == ["{urn:example:trace}trace"]
    ei_codec().validate(request.payload)
    original = etree.fromstring(payload)
    assert etree.tostring(etree.fromstring(request.payload_bytes()), method="c14n") == etree.tostring(
        original, method="c14n")
    if operation := wsdl_registry().find(request.payload_qname):  # requests name an operation
        assert operation_of(operation.service, request.payload_qname) is operation


def test_build_envelope_is_string_level() -> None:
    body = b'<?xml version="1.0" encoding="UTF-8"?>\n<p:x xmlns:p="urn:p"><!-- kept --></p:x>\n'
    assert build_envelope(V11, body) == (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="' + SOAP11_NS.encode() +
        b'"><soap:Body><p:x xmlns:p="urn:p"><!-- kept --></p:x></soap:Body></soap:Envelope>')
    # A body using the envelope's own prefix for another namespace keeps its meaning.
    data = build_envelope(V12, b'<env:x xmlns:env="urn:other"/>')
    assert parse_envelope(data, parser=hardened_parser()).payload_qname == "{urn:other}x"


@pytest.mark.parametrize("body", [
    b"<!DOCTYPE x><x/>", b"<?pi?><x/>", b"text", b'<?xml version="1.0" encoding="ISO-8859-1"?><x/>'])
def test_build_envelope_refuses_other_prologs(body: bytes) -> None:
    with pytest.raises(ValueError):
        build_envelope(V11, body)


def test_content_types_and_actions() -> None:
    action = "http://docs.oasis-open.org/ns/energyinterop/201110/wsdl/EiTender/CreateTender"
    h11, h12 = http_headers(V11, action), http_headers(V12, action)
    assert h11 == {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{action}"'}
    assert h12 == {"Content-Type": f'application/soap+xml; charset=utf-8; action="{action}"'}
    assert action_of(V11, h11) == action and action_of(V12, h12) == action
    assert http_headers(V12) == {"Content-Type": "application/soap+xml; charset=utf-8"}
    assert action_of(V11, {"SOAPAction": '""'}) is None
    assert SoapVersion.of_content_type("Text/XML;charset=UTF-8") is V11
    assert SoapVersion.of_content_type("application/soap+xml") is V12
    assert SoapVersion.of_content_type("application/xml") is None


# ---------------------------------------------------------------------------------------
# Faults

CANCEL = golden("eiCancelTender")


def envelope_text(version: SoapVersion, inner: str) -> bytes:
    return f'<e:Envelope xmlns:e="{version.namespace}">{inner}</e:Envelope>'.encode()


def body_text(payload: bytes = CANCEL) -> str:
    return "<e:Body>" + payload.split(b"?>", 1)[1].decode() + "</e:Body>"


def expect_fault(data: bytes, code11: str, code12: str, *, content_type: str | None = None,
                 understood: tuple[str, ...] = ()) -> SoapFault:
    with pytest.raises(SoapFault) as raised:
        parse_envelope(data, parser=hardened_parser(), content_type=content_type, understood=understood)
    fault = raised.value
    expected = code11 if fault.answer_version() is V11 else code12
    code, reason, _ = fault_parts(fault.envelope())
    assert code == expected and reason == fault.reason
    return fault


@pytest.mark.parametrize("version", [V11, V12], ids=["soap11", "soap12"])
class TestFaults:
    def test_malformed(self, version: SoapVersion) -> None:
        data = envelope_text(version, "<e:Body><x>")
        fault = expect_fault(data, "Client", "Sender", content_type=http_headers(version)["Content-Type"])
        assert fault.version is version  # told by the Content-Type: the envelope is unreadable
        assert fault_parts(fault.envelope())[2][0] == "400"
        assert fault.http_status() == (500 if version is V11 else 400)

    def test_doctype(self, version: SoapVersion) -> None:
        data = b"<!DOCTYPE e [<!ENTITY x 'y'>]>" + envelope_text(version, body_text())
        expect_fault(data, "Client", "Sender")

    def test_not_an_envelope(self, version: SoapVersion) -> None:
        expect_fault(CANCEL, "Client", "Sender", content_type=http_headers(version)["Content-Type"])

    def test_two_body_children(self, version: SoapVersion) -> None:
        payload = CANCEL.split(b"?>", 1)[1].decode()
        fault = expect_fault(envelope_text(version, f"<e:Body>{payload}{payload}</e:Body>"), "Client", "Sender")
        assert "exactly one" in fault.reason and fault.version is version

    @pytest.mark.parametrize("inner", [
        "<e:Body/>",
        "<e:Body>loose text</e:Body>",
        "<e:Header/>",
        "<e:Body><x/></e:Body><e:Header/>",
        "<e:Header/><e:Body><x/></e:Body><e:Body><x/></e:Body>",
        "<e:Body><x/></e:Body><trailer/>",
        '<e:Body e:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><x/></e:Body>',
        "<e:Header><unqualified/></e:Header><e:Body><x/></e:Body>",
    ], ids=["empty-body", "text", "no-body", "header-last", "two-bodies", "trailer", "encoded", "unqualified-header"])
    def test_bad_structure(self, version: SoapVersion, inner: str) -> None:
        expect_fault(envelope_text(version, inner), "Client", "Sender")

    def test_must_understand(self, version: SoapVersion) -> None:
        flag = "1" if version is V11 else "true"
        header = f'<e:Header><s:sec xmlns:s="urn:example:security" e:mustUnderstand="{flag}"/></e:Header>'
        data = envelope_text(version, header + body_text())
        fault = expect_fault(data, "MustUnderstand", "MustUnderstand")
        assert fault.not_understood == ("{urn:example:security}sec",)
        assert fault.http_status() == 500
        envelope = etree.fromstring(fault.envelope())
        if version is V12:
            block = envelope.find(f"{{{SOAP12_NS}}}Header/{{{SOAP12_NS}}}NotUnderstood")
            prefix, _, local = block.get("qname").partition(":")
            assert (block.nsmap[prefix], local) == ("urn:example:security", "sec")
        else:
            assert envelope.find(".//detail") is None  # 1.1: detail is for Body errors only
        # Understood, or not mandatory, or targeted elsewhere: accepted.
        request = parse_envelope(data, parser=hardened_parser(), understood={"{urn:example:security}sec"})
        assert len(request.headers) == 1
        optional = header.replace(f'mustUnderstand="{flag}"', 'mustUnderstand="0"')
        parse_envelope(envelope_text(version, optional + body_text()), parser=hardened_parser())
        target = 'e:actor="urn:elsewhere"' if version is V11 else 'e:role="urn:elsewhere"'
        elsewhere = header.replace("e:mustUnderstand", f"{target} e:mustUnderstand")
        parse_envelope(envelope_text(version, elsewhere + body_text()), parser=hardened_parser())

    def test_bad_must_understand_value(self, version: SoapVersion) -> None:
        header = '<e:Header><s:sec xmlns:s="urn:s" e:mustUnderstand="yes"/></e:Header>'
        expect_fault(envelope_text(version, header + body_text()), "Client", "Sender")

    def test_invalid_payload(self, version: SoapVersion) -> None:
        invalid = CANCEL.replace(b"<pyld:requestID>REQ-00123</pyld:requestID>", b"")
        request = parse_envelope(build_envelope(version, invalid), parser=hardened_parser())
        with pytest.raises(CodecError) as raised:
            ei_codec().validate(request.payload)
        fault = SoapFault.from_codec_error(raised.value, request.version)
        code, _, detail = fault_parts(fault.envelope())
        assert code == version.client_code
        assert detail[0] == "454" and "requestID" in detail[1]
        # The detail is made of EI elements and validates against the EI schema.
        for element in etree.fromstring(fault.envelope()).find(".//{*}Fault")[-1]:
            assert etree.QName(element).namespace == EI_NS
            ei_codec().validate(element)

    def test_server_error(self, version: SoapVersion) -> None:
        from energyinterop.xml.errors import EncodeError

        fault = SoapFault.from_codec_error(EncodeError("cannot encode"), version)
        code, _, detail = fault_parts(fault.envelope())
        assert code == version.server_code and detail[0] == str(int(ResponseCode.OTHER_ERROR))
        assert fault.http_status() == 500

    def test_wrong_operation(self, version: SoapVersion) -> None:
        request = parse_envelope(build_envelope(version, CANCEL), parser=hardened_parser())
        with pytest.raises(SoapFault) as raised:
            operation_of("EiEvent", request.payload_qname)
        assert "EiTender" in raised.value.reason
        assert fault_parts(raised.value.envelope(version))[2][0] == "453"
        with pytest.raises(SoapFault):
            operation_of("EiTender", request.payload_qname, action="urn:not-this-one")


def test_version_mismatch() -> None:
    fault = expect_fault(b'<e:Envelope xmlns:e="urn:soap:99"><e:Body/></e:Envelope>',
                         "VersionMismatch", "VersionMismatch")
    assert fault.version is None
    # A SOAP 1.2 envelope sent as SOAP 1.1 is answered in 1.1.
    fault = expect_fault(envelope_text(V12, body_text()), "VersionMismatch", "VersionMismatch",
                         content_type="text/xml; charset=utf-8")
    assert fault.version is V11


def test_build_fault_codes_belong_to_their_version() -> None:
    with pytest.raises(ValueError):
        build_fault(V11, "Sender", "x")
    with pytest.raises(ValueError):
        build_fault(V12, "Client", "x")
    fault = build_fault(V11, "Server", "bad \x00 char", None)
    assert fault_parts(fault) == ("Server", "bad \ufffd char", [])

"""SOAP 1.1 and 1.2 for the EI 1.0 services, sans-IO: envelopes, faults, HTTP headers, WSDL.

Nothing here touches a socket. A server reads the HTTP body and headers, calls
:func:`parse_envelope`, looks the payload up with :func:`operation_of`, hands it to the
strict codec, and answers with :func:`build_envelope` or, for any :class:`SoapFault`,
with :meth:`SoapFault.envelope` and :meth:`SoapFault.http_status`.

- Versions are told apart by the envelope namespace; the HTTP ``Content-Type``
  (``text/xml`` for 1.1, ``application/soap+xml`` for 1.2) must agree with it.
- Envelopes are strict: ``Header?`` then ``Body``, nothing else; the Body carries
  exactly one element (document/literal); a header block targeted at us with
  ``mustUnderstand`` that we do not understand is a MustUnderstand fault.
- Faults carry the EI response code in their detail as ``ei:responseCode`` and
  ``ei:responseDescription`` (two global elements of the EI schema, so a detail
  validates against it). A codec error with a 4xx HTTP status is a Client (1.1) /
  Sender (1.2) fault, anything else Server / Receiver.
- The WSDL files in ``schemas/wsdl`` are parsed once into a :class:`WsdlRegistry`
  (service -> operation -> request / response element and soapAction); their port
  addresses hold the placeholder :data:`ADDRESS_PLACEHOLDER`, which :func:`serve_wsdl`
  replaces with the server's real base URL.
"""

from __future__ import annotations

import posixpath
import re
from copy import deepcopy as copy_element
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

from lxml import etree

from energyinterop.xml.errors import CodecError, ResponseCode
from energyinterop.xml.parser import HardenedParser
from energyinterop.xml.schemaset import schemas_root

SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope"
EI_NS = "http://docs.oasis-open.org/ns/energyinterop/201110"
PYLD_NS = "http://docs.oasis-open.org/ns/energyinterop/201110/payloads"
WSDL_TNS = "http://docs.oasis-open.org/ns/energyinterop/201110/wsdl"
ADDRESS_PLACEHOLDER = "https://endpoint.invalid"
"""Base of every port address in ``schemas/wsdl`` (``.invalid`` never resolves, RFC 2606)."""

_WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
_WSDL_SOAP11_NS = "http://schemas.xmlsoap.org/wsdl/soap/"
_WSDL_SOAP12_NS = "http://schemas.xmlsoap.org/wsdl/soap12/"
_XSD_NS = "http://www.w3.org/2001/XMLSchema"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Header targeting: the blocks addressed to us (we are the ultimate receiver and play no
# other role). 1.1: no actor, or the "next" actor; 1.2: no role, "next" or "ultimateReceiver".
_ACTOR_NEXT_11 = "http://schemas.xmlsoap.org/soap/actor/next"
_ROLES_12 = frozenset({SOAP12_NS + "/role/next", SOAP12_NS + "/role/ultimateReceiver"})

_XML_DECLARATION = re.compile(rb"^<\?xml\s[^>]*\?>")
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class SoapVersion(Enum):
    """SOAP 1.1 or 1.2, with what differs between them on the wire."""

    V11 = "1.1"
    V12 = "1.2"

    @property
    def namespace(self) -> str:
        return SOAP11_NS if self is SoapVersion.V11 else SOAP12_NS

    @property
    def media_type(self) -> str:
        return "text/xml" if self is SoapVersion.V11 else "application/soap+xml"

    @property
    def prefix(self) -> str:
        return "soap" if self is SoapVersion.V11 else "env"

    @property
    def client_code(self) -> str:
        return "Client" if self is SoapVersion.V11 else "Sender"

    @property
    def server_code(self) -> str:
        return "Server" if self is SoapVersion.V11 else "Receiver"

    @property
    def fault_codes(self) -> frozenset[str]:
        if self is SoapVersion.V11:
            return frozenset({"VersionMismatch", "MustUnderstand", "Client", "Server"})
        return frozenset({"VersionMismatch", "MustUnderstand", "DataEncodingUnknown", "Sender", "Receiver"})

    @classmethod
    def of_namespace(cls, namespace: str | None) -> SoapVersion | None:
        return {SOAP11_NS: cls.V11, SOAP12_NS: cls.V12}.get(namespace or "")

    @classmethod
    def of_content_type(cls, content_type: str | None) -> SoapVersion | None:
        """The version a ``Content-Type`` announces; None when it is not a SOAP media type."""
        media_type, _ = parse_content_type(content_type or "")
        return {"text/xml": cls.V11, "application/soap+xml": cls.V12}.get(media_type)


def parse_content_type(value: str) -> tuple[str, dict[str, str]]:
    """``("application/soap+xml", {"charset": "utf-8", "action": "..."})``: lower-case media
    type and parameter names, parameter values unquoted."""
    media_type, *params = value.split(";")
    parsed: dict[str, str] = {}
    for param in params:
        name, sep, val = param.partition("=")
        if sep:
            parsed[name.strip().lower()] = val.strip().strip('"')
    return media_type.strip().lower(), parsed


def http_headers(version: SoapVersion, action: str | None = None) -> dict[str, str]:
    """HTTP headers for a SOAP message: 1.1 names the action in ``SOAPAction``, 1.2 in the
    ``action`` parameter of ``Content-Type``. Responses pass no action."""
    if version is SoapVersion.V11:
        headers = {"Content-Type": "text/xml; charset=utf-8"}
        if action is not None:
            headers["SOAPAction"] = f'"{action}"'
        return headers
    action_param = f'; action="{action}"' if action else ""
    return {"Content-Type": f"application/soap+xml; charset=utf-8{action_param}"}


def action_of(version: SoapVersion, headers: Mapping[str, str]) -> str | None:
    """The action a request names (None when it names none). ``headers`` must look names up
    case-insensitively (aiohttp's and http.client's header maps do)."""
    if version is SoapVersion.V11:
        value = headers.get("SOAPAction")
        return None if value is None else value.strip().strip('"') or None
    return parse_content_type(headers.get("Content-Type", ""))[1].get("action") or None


# ---------------------------------------------------------------------------------------
# Faults


@dataclass(frozen=True, slots=True)
class FaultDetail:
    """What a fault detail carries: an EI response code and its description."""

    code: int
    description: str


class SoapFault(Exception):
    """A request that must be answered with a SOAP fault.

    ``code`` is version-neutral: ``Client`` / ``Server`` (written ``Sender`` / ``Receiver``
    in 1.2), ``VersionMismatch`` or ``MustUnderstand``. ``version`` is the version to answer
    in when the request made it known; ``not_understood`` lists the Clark names of the
    header blocks behind a MustUnderstand fault.
    """

    def __init__(self, code: str, reason: str, detail: FaultDetail | None = None, *,
                 version: SoapVersion | None = None, not_understood: Sequence[str] = ()) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.detail = detail
        self.version = version
        self.not_understood = tuple(not_understood)

    @classmethod
    def client(cls, reason: str, code: ResponseCode = ResponseCode.BAD_REQUEST,
               version: SoapVersion | None = None) -> SoapFault:
        return cls("Client", reason, FaultDetail(int(code), reason), version=version)

    @classmethod
    def from_codec_error(cls, error: CodecError, version: SoapVersion | None = None) -> SoapFault:
        """The sender's fault when the error's HTTP status is 4xx (malformed, hostile, too
        large, invalid, not recognized), ours otherwise (an EncodeError: EI 469, HTTP 500)."""
        code = "Client" if 400 <= error.http_status < 500 else "Server"
        description = error.describe()
        return cls(code, description, FaultDetail(int(error.code), description), version=version)

    def answer_version(self, fallback: SoapVersion = SoapVersion.V11) -> SoapVersion:
        return self.version or fallback

    def envelope(self, version: SoapVersion | None = None) -> bytes:
        """The fault envelope, in ``version`` or else the request's version (else 1.1)."""
        version = version or self.answer_version()
        return build_fault(version, _versioned_code(version, self.code), self.reason, self.detail,
                           not_understood=self.not_understood)

    def http_status(self, version: SoapVersion | None = None) -> int:
        version = version or self.answer_version()
        return fault_http_status(version, _versioned_code(version, self.code))


def _versioned_code(version: SoapVersion, code: str) -> str:
    if code == "Client":
        return version.client_code
    if code == "Server":
        return version.server_code
    return code


def fault_http_status(version: SoapVersion, code: str) -> int:
    """SOAP 1.1 over HTTP answers every fault with 500 (WS-I Basic Profile); the SOAP 1.2
    HTTP binding answers Sender faults with 400 and the others with 500."""
    return 400 if version is SoapVersion.V12 and code == "Sender" else 500


def build_fault(version: SoapVersion, code: str, reason: str, detail: FaultDetail | None = None, *,
                not_understood: Sequence[str] = ()) -> bytes:
    """A fault envelope. ``code`` is one of ``version.fault_codes`` (Client/Server in 1.1,
    Sender/Receiver in 1.2); ``not_understood`` adds SOAP 1.2 ``NotUnderstood`` header
    blocks (1.1 has no equivalent; its MustUnderstand faults carry no detail either, as
    detail is reserved for Body errors)."""
    if code not in version.fault_codes:
        raise ValueError(f"{code!r} is not a SOAP {version.value} fault code")
    ns, p = version.namespace, version.prefix
    envelope = etree.Element(f"{{{ns}}}Envelope", nsmap={p: ns})
    if not_understood and version is SoapVersion.V12:
        header = etree.SubElement(envelope, f"{{{ns}}}Header")
        for clark in not_understood:
            qname = etree.QName(clark)
            block = etree.SubElement(header, f"{{{ns}}}NotUnderstood", nsmap={"nu": qname.namespace})
            block.set("qname", f"nu:{qname.localname}")
    fault = etree.SubElement(etree.SubElement(envelope, f"{{{ns}}}Body"), f"{{{ns}}}Fault")
    text = _NOT_XML_CHAR.sub("\ufffd", reason)
    if version is SoapVersion.V11:
        etree.SubElement(fault, "faultcode").text = f"{p}:{code}"
        etree.SubElement(fault, "faultstring", {_XML_LANG: "en"}).text = text
        detail_tag = "detail"
    else:
        etree.SubElement(etree.SubElement(fault, f"{{{ns}}}Code"), f"{{{ns}}}Value").text = f"{p}:{code}"
        etree.SubElement(etree.SubElement(fault, f"{{{ns}}}Reason"), f"{{{ns}}}Text", {_XML_LANG: "en"}).text = text
        detail_tag = f"{{{ns}}}Detail"
    if detail is not None:
        detail_element = etree.SubElement(fault, detail_tag)
        ei = {"ei": EI_NS}
        etree.SubElement(detail_element, f"{{{EI_NS}}}responseCode", nsmap=ei).text = f"{detail.code:03d}"
        etree.SubElement(detail_element, f"{{{EI_NS}}}responseDescription", nsmap=ei).text = (
            _NOT_XML_CHAR.sub("\ufffd", detail.description))
    return etree.tostring(envelope, xml_declaration=True, encoding="UTF-8")


# ---------------------------------------------------------------------------------------
# Envelopes


@dataclass(frozen=True, slots=True)
class SoapRequest:
    """A checked envelope: its version, its one payload element and its header blocks.

    ``payload`` stays inside the parsed envelope (validate it with ``schema.validate``, which
    treats an element as a document root); :meth:`payload_bytes` serialises it on its own.
    """

    version: SoapVersion
    payload: etree._Element
    headers: tuple[etree._Element, ...] = ()

    @property
    def payload_qname(self) -> str:
        return self.payload.tag

    def payload_bytes(self) -> bytes:
        """The payload as a document of its own, without the envelope's namespace
        declaration (every other in-scope prefix stays: xsi:type values may use them)."""
        copy = copy_element(self.payload)
        keep = [p for p, ns in self.payload.nsmap.items() if p and ns != self.version.namespace]
        etree.cleanup_namespaces(copy, keep_ns_prefixes=keep)
        return etree.tostring(copy, encoding="UTF-8", xml_declaration=True)


def parse_envelope(data: bytes, *, parser: HardenedParser, content_type: str | None = None,
                   understood: Collection[str] = ()) -> SoapRequest:
    """Parse and check a SOAP envelope, or raise :class:`SoapFault`.

    ``parser`` is the hardened parser (size, depth, DOCTYPE and encoding checks; remember
    the envelope adds two levels of depth). ``content_type``, when given, must name the
    same version as the envelope namespace. ``understood`` holds the Clark names of the
    header blocks the caller processes; every other block targeted at us with
    ``mustUnderstand`` raises a MustUnderstand fault.
    """
    announced = SoapVersion.of_content_type(content_type) if content_type is not None else None
    try:
        root = parser.parse(data)
    except CodecError as error:
        raise SoapFault.from_codec_error(error, announced) from None
    tag = etree.QName(root)
    version = SoapVersion.of_namespace(tag.namespace)
    if tag.localname != "Envelope":
        raise SoapFault.client(f"the root element is {root.tag}, not a SOAP Envelope", version=announced or version)
    if version is None:
        raise SoapFault("VersionMismatch", f"unknown SOAP envelope namespace {tag.namespace!r}", version=announced)
    if content_type is not None and announced is not version:
        raise SoapFault("VersionMismatch", f"a SOAP {version.value} envelope sent as {content_type!r}",
                        version=announced or version)
    ns = version.namespace

    def fault(reason: str) -> SoapFault:
        return SoapFault.client(reason, version=version)

    children = _element_children(root, fault)
    header = children[0] if children and children[0].tag == f"{{{ns}}}Header" else None
    rest = children[1:] if header is not None else children
    if len(rest) != 1 or rest[0].tag != f"{{{ns}}}Body":
        names = ", ".join(etree.QName(c).localname for c in children) or "nothing"
        raise fault(f"an Envelope holds an optional Header and one Body, found: {names}")
    body = rest[0]
    payloads = _element_children(body, fault)
    if len(payloads) != 1:
        raise fault(f"the Body must carry exactly one payload element, found {len(payloads)}")
    payload = payloads[0]
    for element in (root, body, payload):
        if element.get(f"{{{ns}}}encodingStyle") is not None:
            raise fault("SOAP encoding is not supported: EI services are document/literal")
    blocks = tuple(_element_children(header, fault)) if header is not None else ()
    _check_header_blocks(version, blocks, frozenset(understood))
    return SoapRequest(version, payload, blocks)


def _element_children(element: etree._Element, fault: Callable[[str], SoapFault]) -> list[etree._Element]:
    """The element children; text other than whitespace between them is refused (the
    hardened parser already dropped comments and processing instructions)."""
    if element.text and element.text.strip():
        raise fault(f"text is not allowed in {etree.QName(element).localname}")
    children = []
    for child in element:
        if child.tail and child.tail.strip():
            raise fault(f"text is not allowed in {etree.QName(element).localname}")
        children.append(child)
    return children


def _check_header_blocks(version: SoapVersion, blocks: Iterable[etree._Element], understood: frozenset[str]) -> None:
    ns = version.namespace
    flags = {"0": False, "1": True} if version is SoapVersion.V11 else {
        "0": False, "1": True, "false": False, "true": True}
    not_understood = []
    for block in blocks:
        if not etree.QName(block).namespace:
            raise SoapFault.client("header blocks must be namespace-qualified", version=version)
        raw = block.get(f"{{{ns}}}mustUnderstand")
        if raw is not None and raw.strip() not in flags:
            raise SoapFault.client(f"mustUnderstand={raw!r} is not a SOAP {version.value} boolean", version=version)
        if not flags.get((raw or "0").strip()) or block.tag in understood:
            continue
        if version is SoapVersion.V11:
            targeted = block.get(f"{{{ns}}}actor", _ACTOR_NEXT_11) == _ACTOR_NEXT_11
        else:
            role = block.get(f"{{{ns}}}role")
            targeted = role is None or role in _ROLES_12
        if targeted:
            not_understood.append(block.tag)
    if not_understood:
        raise SoapFault("MustUnderstand", f"header blocks not understood: {', '.join(not_understood)}",
                        version=version, not_understood=not_understood)


def build_envelope(version: SoapVersion, body: bytes, headers: Sequence[bytes] = ()) -> bytes:
    """Wrap a payload document (and optional header-block documents) in an envelope; an
    empty ``body`` leaves the Body empty (a one-way operation's answer).

    String-level: each document is inserted as it is, without its XML declaration and
    without a second parse. Each must be a UTF-8 document whose prolog holds at most an XML
    declaration (what the codec's ``encode`` returns); its namespace declarations sit on its
    own root, so the envelope's prefix cannot capture its names.
    """
    p, ns = version.prefix, version.namespace
    parts = [b'<?xml version="1.0" encoding="UTF-8"?>\n', f'<{p}:Envelope xmlns:{p}="{ns}">'.encode()]
    if headers:
        parts += [f"<{p}:Header>".encode(), *map(_fragment, headers), f"</{p}:Header>".encode()]
    parts += [f"<{p}:Body>".encode(), _fragment(body) if body else b"", f"</{p}:Body></{p}:Envelope>".encode()]
    return b"".join(parts)


def _fragment(document: bytes) -> bytes:
    """A document without its BOM, XML declaration and surrounding whitespace."""
    fragment = document.removeprefix(b"\xef\xbb\xbf").lstrip()
    declaration = _XML_DECLARATION.match(fragment)
    if declaration:
        encoding = re.search(rb"""encoding\s*=\s*["']([^"']+)["']""", declaration.group())
        if encoding and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
            raise ValueError("only UTF-8 documents can be wrapped in an envelope")
        fragment = fragment[declaration.end():].lstrip()
    if not fragment.startswith(b"<") or fragment.startswith((b"<!", b"<?")):
        raise ValueError("a payload must be a document whose prolog is at most an XML declaration")
    return fragment.rstrip()


# ---------------------------------------------------------------------------------------
# WSDL registry


@dataclass(frozen=True, slots=True)
class Operation:
    """One WSDL operation: the payload element (Clark name) it takes and answers with."""

    service: str
    name: str
    request: str
    response: str | None  # None: one-way (the EiDistribute* payloads)
    soap_action: str

    @property
    def one_way(self) -> bool:
        return self.response is None


@dataclass(frozen=True)
class ServiceDescription:
    """One ``EnergyInterop-<file>.wsdl``: the EI service it describes and its operations."""

    name: str  # the EI service, e.g. EiTender
    path: Path
    operations: Mapping[str, Operation]
    by_request: Mapping[str, Operation] = field(repr=False)


class WsdlError(RuntimeError):
    """A WSDL file of the project is inconsistent (a bug in schemas/wsdl, not in a peer)."""


class WsdlRegistry:
    """Every EI service of the WSDL files in one folder, parsed once."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
        self.services: dict[str, ServiceDescription] = {}
        self._texts: dict[str, bytes] = {}
        for path in sorted(directory.glob("*.wsdl")):
            text = path.read_bytes()
            service = self._read(path, etree.fromstring(text, self._parser))
            if service.name in self.services:
                raise WsdlError(f"{path.name}: service {service.name} is described twice")
            self.services[service.name] = service
            self._texts[service.name] = text
        self._by_request = {qname: op for s in self.services.values() for qname, op in s.by_request.items()}

    def service(self, name: str) -> ServiceDescription:
        try:
            return self.services[name]
        except KeyError:
            raise KeyError(f"no EI service {name!r}; known: {', '.join(self.services)}") from None

    def operation_of(self, service: str, payload: str, action: str | None = None) -> Operation:
        """The operation of ``service`` whose request is the payload element (Clark name);
        when the request named an action, it must be that operation's soapAction. Raises a
        Client :class:`SoapFault` (EI 453, not recognized) otherwise."""
        operation = self.service(service).by_request.get(payload)
        if operation is None:
            elsewhere = self._by_request.get(payload)
            hint = f" (it belongs to {elsewhere.service})" if elsewhere else ""
            raise SoapFault.client(f"{payload} is not a request of {service}{hint}", ResponseCode.NOT_RECOGNIZED)
        if action and action != operation.soap_action:
            raise SoapFault.client(f"action {action!r} does not match {operation.name} ({operation.soap_action})",
                                   ResponseCode.NOT_RECOGNIZED)
        return operation

    def find(self, payload: str) -> Operation | None:
        """The operation, in any service, whose request is the payload element."""
        return self._by_request.get(payload)

    def serve_wsdl(self, service: str, base_url: str, schema_base_url: str | None = None) -> bytes:
        """The service's WSDL with every port address ``ADDRESS_PLACEHOLDER/<service>``
        rewritten to ``<base_url>/<service>``; with ``schema_base_url`` (where the server
        publishes the ``schemas/`` folder) the relative schemaLocations become absolute."""
        for url in (base_url, schema_base_url) if schema_base_url is not None else (base_url,):
            if urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc:
                raise ValueError(f"not an absolute http(s) URL: {url!r}")
        root = etree.fromstring(self._texts[self.service(service).name], self._parser)
        for address in root.iter(f"{{{_WSDL_SOAP11_NS}}}address", f"{{{_WSDL_SOAP12_NS}}}address"):
            location = address.get("location", "")
            if location.startswith(ADDRESS_PLACEHOLDER):
                address.set("location", base_url.rstrip("/") + location[len(ADDRESS_PLACEHOLDER):])
        if schema_base_url:
            for imported in root.iter(f"{{{_XSD_NS}}}import"):
                relative = posixpath.normpath(posixpath.join("wsdl", imported.get("schemaLocation", "")))
                imported.set("schemaLocation", f"{schema_base_url.rstrip('/')}/{relative}")
        return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")

    @staticmethod
    def _read(path: Path, root: etree._Element) -> ServiceDescription:
        """Messages -> port type -> bindings: one Operation per port-type operation, with the
        soapAction both bindings (SOAP 1.1 and 1.2) must agree on."""
        w = f"{{{_WSDL_NS}}}"

        def resolve(element: etree._Element, attribute: str) -> str:
            prefix, _, local = element.get(attribute, "").rpartition(":")
            return f"{{{element.nsmap.get(prefix or None, '')}}}{local}"

        messages = {}
        for message in root.iter(f"{w}message"):
            part = message.find(f"{w}part")
            messages[f"{{{WSDL_TNS}}}{message.get('name')}"] = resolve(part, "element")
        port_types = root.findall(f"{w}portType")
        if len(port_types) != 1 or not port_types[0].get("name", "").endswith("PortType"):
            raise WsdlError(f"{path.name}: expected one <Service>PortType")
        service = port_types[0].get("name", "").removesuffix("PortType")
        actions: dict[str, set[tuple[str, str]]] = {}
        for binding in root.iter(f"{w}binding"):
            for op in binding.iter(f"{w}operation"):
                for soap_ns in (_WSDL_SOAP11_NS, _WSDL_SOAP12_NS):
                    soap_op = op.find(f"{{{soap_ns}}}operation")
                    if soap_op is not None:
                        actions.setdefault(op.get("name", ""), set()).add((soap_ns, soap_op.get("soapAction", "")))
        operations: dict[str, Operation] = {}
        for op in port_types[0].iter(f"{w}operation"):
            name = op.get("name", "")
            bound = actions.get(name, set())
            if {ns for ns, _ in bound} != {_WSDL_SOAP11_NS, _WSDL_SOAP12_NS} or len({a for _, a in bound}) != 1:
                raise WsdlError(f"{path.name}: {name} needs one soapAction in both SOAP bindings")
            output = op.find(f"{w}output")
            operations[name] = Operation(
                service=service, name=name,
                request=messages[resolve(op.find(f"{w}input"), "message")],
                response=None if output is None else messages[resolve(output, "message")],
                soap_action=next(iter(bound))[1])
        by_request = {op.request: op for op in operations.values()}
        return ServiceDescription(service, path, operations, by_request)


@cache
def wsdl_registry() -> WsdlRegistry:
    """The registry of ``schemas/wsdl`` (parsed once)."""
    return WsdlRegistry(schemas_root() / "wsdl")


def operation_of(service: str, payload: str, action: str | None = None) -> Operation:
    """:meth:`WsdlRegistry.operation_of` on the shipped WSDL files."""
    return wsdl_registry().operation_of(service, payload, action)


def serve_wsdl(service: str, base_url: str, schema_base_url: str | None = None) -> bytes:
    """:meth:`WsdlRegistry.serve_wsdl` on the shipped WSDL files."""
    return wsdl_registry().serve_wsdl(service, base_url, schema_base_url)

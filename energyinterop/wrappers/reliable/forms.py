"""How the wrapper reads and writes RM elements on each binding, and answers without the
role (bare acknowledgements, kept answers, faults)."""

from __future__ import annotations

from functools import cache
from typing import Protocol

from energyinterop.openadr import EiResponse, OadrResponse
from energyinterop.transport.soap import FaultDetail, SoapFault, SoapVersion, http_headers
from energyinterop.wrappers.base import Exchange, Held
from energyinterop.wrappers.reliable import http_form, soap_form
from energyinterop.wrappers.reliable.faults import RmFault
from energyinterop.wrappers.reliable.messages import FaultReport, RmHeaders

XML = {"Content-Type": "application/xml"}


class Form(Protocol):
    def read(self, document: bytes, exchange: Exchange) -> tuple[RmHeaders, bytes]: ...
    def write(self, rm: RmHeaders, document: bytes, exchange: Exchange) -> bytes: ...
    def bare(self, rm: RmHeaders, status: int, text: str, exchange: Exchange) -> Held: ...
    def again(self, rm: RmHeaders, document: bytes, exchange: Exchange) -> Held: ...
    def fault(self, fault: RmFault, exchange: Exchange) -> Held: ...


@cache
def _oadr_response(code: int, description: str) -> bytes:
    from energyinterop.codec import openadr_codec  # built once, on first use

    return openadr_codec().encode_message(OadrResponse(
        ei_response=EiResponse(response_code=str(code), response_description=description, request_id=""),
        schema_version="2.0b"))


class HttpForm:
    """Simple HTTP: RM elements in HTTP headers; answers without the role carry an
    oadrResponse (code 200, or the fault's code) so every peer can read them."""

    def read(self, document: bytes, exchange: Exchange) -> tuple[RmHeaders, bytes]:
        return http_form.decode(exchange.headers), document

    def write(self, rm: RmHeaders, document: bytes, exchange: Exchange) -> bytes:
        http_form.encode(rm, exchange.headers)
        return document

    def bare(self, rm: RmHeaders, status: int, text: str, exchange: Exchange) -> Held:
        return Held(_oadr_response(200, text), status, {**XML, **http_form.encode(rm)})

    def again(self, rm: RmHeaders, document: bytes, exchange: Exchange) -> Held:
        return Held(document, 200, {**XML, **http_form.encode(rm)})

    def fault(self, fault: RmFault, exchange: Exchange) -> Held:
        rm = RmHeaders(fault=FaultReport(fault.subcode, fault.identifier, fault.describe()))
        # Not cached: the description names the sequence.
        body = _oadr_response.__wrapped__(int(fault.code), f"{fault.subcode}: {fault.describe()}")
        return Held(body, fault.http_status, {**XML, **http_form.encode(rm)})


class SoapForm:
    """SOAP: RM elements as wsrm header blocks (and CreateSequence, CloseSequence,
    TerminateSequence alone in a Body); faults as SOAP faults with the EI code."""

    def read(self, document: bytes, exchange: Exchange) -> tuple[RmHeaders, bytes]:
        return soap_form.read(document)

    def write(self, rm: RmHeaders, document: bytes, exchange: Exchange) -> bytes:
        return soap_form.add_headers(document, rm)

    def bare(self, rm: RmHeaders, status: int, text: str, exchange: Exchange) -> Held:
        version = _version(exchange)
        return Held(soap_form.protocol_envelope(version, rm), status, http_headers(version))

    def again(self, rm: RmHeaders, document: bytes, exchange: Exchange) -> Held:
        return Held(soap_form.add_headers(document, rm), 200, http_headers(_version(exchange)))

    def fault(self, fault: RmFault, exchange: Exchange) -> Held:
        version = _version(exchange)
        reason = f"wsrm:{fault.subcode}: {fault.describe()}"
        code = "Client" if 400 <= fault.http_status < 500 else "Server"
        soap = SoapFault(code, reason, FaultDetail(int(fault.code), reason), version=version)
        return Held(soap.envelope(version), soap.http_status(version), http_headers(version))


def _version(exchange: Exchange) -> SoapVersion:
    content_type = next((v for k, v in exchange.headers.items() if k.lower() == "content-type"), None)
    return SoapVersion.of_content_type(content_type) or SoapVersion.V11

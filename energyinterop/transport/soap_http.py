"""SOAP 1.1 and 1.2 over HTTP on aiohttp: one endpoint per EI service, each with its WSDL.

    POST <prefix>/<Service>          a SOAP envelope carrying one EI payload
    GET  <prefix>/<Service>?wsdl     the service's WSDL, its address pointing here
    GET  <schemas>/...               the XSD files the WSDLs import (zeep fetches them)

The transport checks the envelope and the operation, validates and decodes the payload
with the full EI codec, hands the typed payload to a handler (the EI VTN role) and wraps
its answer. Every failure is a SOAP fault carrying the EI response code in its detail.
One-way operations (the EiDistribute* payloads) are answered 202 with no body.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from energyinterop.codec import EICodec
from energyinterop.transport.soap import (
    SoapFault,
    SoapVersion,
    action_of,
    build_envelope,
    http_headers,
    parse_envelope,
    wsdl_registry,
)
from energyinterop.store.base import Store
from energyinterop.transport.simple_http import FINGERPRINT_KEY, Clock, Peer, utc_now
from energyinterop.wrappers.base import ATOMIC, Binding, DeliveryUnit, Direction, Exchange, Held, WrapperStack
from energyinterop.xml.errors import CodecError, ResponseCode
from energyinterop.xml.schemaset import schemas_root

log = logging.getLogger("energyinterop.soap")

SOAP_PREFIX = "/soap"
SCHEMAS_PREFIX = "/schemas"

# The EI role: (service, decoded payload, peer) -> the response payload (None for one-way).
PayloadHandler = Callable[[str, Any, Peer], Awaitable[Any]]


def soap_routes(handler: PayloadHandler, codec: EICodec, *, prefix: str = SOAP_PREFIX,
                schemas: str = SCHEMAS_PREFIX, wrappers: WrapperStack | None = None,
                store: Store | None = None, clock: Clock = utc_now) -> web.RouteTableDef:
    """The SOAP endpoints; ``wrappers`` (WS-Security, reliable messaging) see each whole
    envelope: the request before it is parsed, the answer once it is built."""
    registry = wsdl_registry()
    routes = web.RouteTableDef()
    stack = wrappers or WrapperStack()

    def fault_response(fault: SoapFault, version: SoapVersion | None) -> web.Response:
        answer = fault.answer_version(version or SoapVersion.V11)
        return web.Response(body=fault.envelope(answer), status=fault.http_status(answer),
                            headers=http_headers(answer))

    async def wsdl(request: web.Request) -> web.Response:
        service = request.match_info["service"]
        if "wsdl" not in request.query or service not in registry.services:
            raise web.HTTPNotFound(text=f"no WSDL {service}")
        origin = f"{request.scheme}://{request.host}"
        body = registry.serve_wsdl(service, origin + prefix, schema_base_url=origin + schemas)
        return web.Response(body=body, content_type="text/xml", charset="utf-8")

    async def call(request: web.Request) -> web.Response:
        service = request.match_info["service"]
        content_type = request.headers.get("Content-Type")
        version = SoapVersion.of_content_type(content_type)
        incoming = Exchange(Binding.SOAP, Direction.INCOMING, service, clock(), store, request.remote,
                            request.get(FINGERPRINT_KEY), headers=dict(request.headers), atomic=store is not None)
        try:
            if service not in registry.services:
                raise SoapFault.client(f"no EI service {service}", ResponseCode.NOT_RECOGNIZED, version=version)
            unwrapped = await stack.incoming(await request.read(), incoming)
            unit_request = incoming.notes.pop(ATOMIC, None)  # taken even if the envelope is refused below
            if isinstance(unwrapped, Held):
                return web.Response(body=unwrapped.reply, status=unwrapped.status, headers=unwrapped.headers)
            envelope = parse_envelope(unwrapped, parser=codec.parser, content_type=content_type)
            version = envelope.version
            operation = registry.operation_of(service, envelope.payload_qname,
                                              action_of(version, request.headers))
            codec.validate(envelope.payload)
            payload = codec.decode_tree(envelope.payload)
        except SoapFault as fault:
            return fault_response(fault, version)
        except CodecError as error:
            return fault_response(SoapFault.from_codec_error(error, version), version)
        outgoing = Exchange(Binding.SOAP, Direction.OUTGOING, service, clock(), store, request.remote,
                            incoming.tls_fingerprint, incoming.signer_fingerprint, notes=incoming.notes,
                            atomic=incoming.atomic)
        try:
            # The role's writes and the wrappers' records of its answer commit together when a
            # wrapper asked (reliable messaging); the answer leaves after the commit.
            async with DeliveryUnit(incoming, unit_request):
                answer = await handler(service, payload, Peer(incoming.remote, incoming.fingerprint, incoming.party))
                if operation.one_way and not stack:
                    return web.Response(status=202)
                # A one-way operation's answer is an envelope with an empty Body, which only the
                # wrappers fill in: reliable messaging records the delivery and acknowledges it
                # there (the back channel WS-RM uses for one-way messages). Still 202.
                body = b"" if operation.one_way else codec.encode(answer, operation.response)
                wrapped = await stack.outgoing(build_envelope(version, body), outgoing)
        except CodecError as error:  # the role built something the schema refuses, or a wrapper refused
            log.exception("invalid %s answer", operation.name)
            return fault_response(SoapFault.from_codec_error(error, version), version)
        except Exception:
            log.exception("internal error answering %s", operation.name)
            fault = SoapFault("Server", "internal error", version=version)
            return fault_response(fault, version)
        if isinstance(wrapped, Held):
            return web.Response(body=wrapped.reply, status=wrapped.status, headers=wrapped.headers)
        return web.Response(body=wrapped, status=202 if operation.one_way else 200,
                            headers={**http_headers(version, operation.soap_action), **outgoing.headers})

    routes.get(prefix + "/{service}")(wsdl)
    routes.post(prefix + "/{service}")(call)
    routes.static(schemas, schemas_root(), follow_symlinks=False)
    return routes

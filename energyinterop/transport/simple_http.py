"""OpenADR 2.0b simple HTTP on aiohttp: the VTN's endpoints and the VEN's client.

The transport only moves documents: it checks the HTTP envelope (method, content type,
size), decodes with the strict codec, hands the typed message to a handler (a role),
and encodes what the handler answers. Every failure becomes an HTTP status plus an
``oadrResponse`` carrying the EI response code, so a peer always gets a readable answer
and nothing from a bad request reaches the store.

Paths: ``<prefix>/OpenADR2/Simple/2.0b/<service>`` for the OpenADR services
(EiRegisterParty, EiEvent, EiReport, EiOpt, OadrPoll).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from energyinterop.codec import OpenADRCodec
from energyinterop.openadr import EiResponse, OadrResponse
from energyinterop.xml.errors import CodecError, ResponseCode

OPENADR_PATH = "/OpenADR2/Simple/2.0b"
SERVICES = ("EiRegisterParty", "EiEvent", "EiReport", "EiOpt", "OadrPoll")
CONTENT_TYPES = frozenset({"application/xml", "text/xml"})
DEFAULT_MAX_BODY = 1024 * 1024

log = logging.getLogger("energyinterop.http")


@dataclass(frozen=True, slots=True)
class Peer:
    """What the transport knows of the sender: its address and, under TLS, its certificate
    fingerprint (the identity the roles compare with the registration)."""

    remote: str | None
    fingerprint: str | None = None


# A role: (service, decoded message, peer) -> the message to answer with, or a document
# already encoded (a queued message delivered by oadrPoll goes out byte for byte).
Handler = Callable[[str, Any, Peer], Awaitable[Any]]


class TransportError(Exception):
    """An HTTP exchange failed (network, status, or an undecodable answer)."""


def error_response(code: int, description: str) -> OadrResponse:
    return OadrResponse(ei_response=EiResponse(response_code=str(code), response_description=description,
                                               request_id=""), schema_version="2.0b")


def openadr_routes(handler: Handler, codec: OpenADRCodec, *, max_body: int = DEFAULT_MAX_BODY) -> web.RouteTableDef:
    """The VTN's simple-HTTP endpoints, answering every request with an oadrPayload."""
    routes = web.RouteTableDef()

    def reply(message: Any, status: int = 200) -> web.Response:
        body = message if isinstance(message, bytes) else codec.encode_message(message)
        return web.Response(body=body, status=status, content_type="application/xml")

    async def serve(request: web.Request) -> web.Response:
        service = request.match_info["service"]
        if service not in SERVICES:
            return reply(error_response(404, f"no service {service}"), 404)
        if request.method != "POST":
            return reply(error_response(405, "use POST"), 405)
        # The HTTP status says what was wrong with the envelope; the EI code stays in
        # the OpenADR table (400) so every peer can read it.
        if request.content_type not in CONTENT_TYPES:
            return reply(error_response(ResponseCode.BAD_REQUEST,
                                        f"Content-Type must be application/xml, not {request.content_type}"), 415)
        too_large = error_response(ResponseCode.BAD_REQUEST, f"body over {max_body} bytes")
        if request.content_length is not None and request.content_length > max_body:
            return reply(too_large, 413)
        try:
            body = await request.content.read(max_body + 1)
            if len(body) > max_body:
                return reply(too_large, 413)
            message = codec.decode_message(body)
        except CodecError as error:
            log.info("refused %s from %s: %s", service, request.remote, error)
            return reply(error_response(int(error.code), error.describe()), error.http_status)
        peer = Peer(remote=request.remote, fingerprint=request.get("fingerprint"))
        try:
            return reply(await handler(service, message, peer))
        except Exception:  # a bug or a failed store: logged, answered, and the server goes on
            log.exception("internal error answering %s", service)
            return reply(error_response(ResponseCode.OTHER_ERROR, "internal error"), 500)

    routes.route("*", OPENADR_PATH + "/{service}")(serve)
    return routes


class SimpleHttpClient:
    """The VEN's side: POST a message to a service of the VTN and decode the answer.

    ``vtn_url`` is the VTN's URL as deployments publish it, ending in
    ``/OpenADR2/Simple/2.0b``, or the server's root, to which that path is added.
    """

    def __init__(self, vtn_url: str, codec: OpenADRCodec, session: aiohttp.ClientSession,
                 *, timeout: float = 30.0) -> None:
        base = vtn_url.rstrip("/")
        self.base_url = base if base.endswith(OPENADR_PATH) else base + OPENADR_PATH
        self.codec = codec
        self.session = session
        self.timeout = aiohttp.ClientTimeout(total=timeout)

    def url(self, service: str) -> str:
        return f"{self.base_url}/{service}"

    async def send(self, service: str, message: Any) -> Any:
        body = self.codec.encode_message(message)
        try:
            async with self.session.post(self.url(service), data=body, timeout=self.timeout,
                                         headers={"Content-Type": "application/xml"}) as response:
                data = await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise TransportError(f"{service}: {exc.__class__.__name__}: {exc}") from None
        try:
            answer = self.codec.decode_message(data)
        except CodecError as error:
            raise TransportError(f"{service}: HTTP {response.status}, undecodable answer: {error}") from None
        return answer


def vtn_application(handler: Handler, codec: OpenADRCodec, *, max_body: int = DEFAULT_MAX_BODY) -> web.Application:
    """An aiohttp application serving the OpenADR endpoints (the VTN server adds the rest)."""
    app = web.Application(client_max_size=max_body + 1024)
    app.add_routes(openadr_routes(handler, codec, max_body=max_body))
    return app


__all__ = [
    "CONTENT_TYPES",
    "Handler",
    "OPENADR_PATH",
    "Peer",
    "SERVICES",
    "SimpleHttpClient",
    "TransportError",
    "error_response",
    "openadr_routes",
    "vtn_application",
]


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

import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiohttp
from aiohttp import web

from energyinterop.codec import OpenADRCodec
from energyinterop.openadr import EiResponse, OadrResponse
# Where a TLS-terminating middleware leaves the peer certificate's fingerprint on a request.
from energyinterop.security.tls import FINGERPRINT_KEY
from energyinterop.store.base import Store
from energyinterop.wrappers.base import (
    ATOMIC,
    DECODED,
    Binding,
    Deliver,
    DeliveryUnit,
    Direction,
    Exchange,
    Held,
    WrapperStack,
    retrying,
)
from energyinterop.xml.errors import CodecError, ResponseCode

OPENADR_PATH = "/OpenADR2/Simple/2.0b"
SERVICES = ("EiRegisterParty", "EiEvent", "EiReport", "EiOpt", "OadrPoll")
CONTENT_TYPES = frozenset({"application/xml", "text/xml"})
DEFAULT_MAX_BODY = 1024 * 1024

log = logging.getLogger("energyinterop.http")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Peer:
    """What the transport knows of the sender: its address and its certificate fingerprint
    (the signer's, when a wrapper verified a signature, else the TLS peer's): the identity
    the roles compare with the registration."""

    remote: str | None
    fingerprint: str | None = None
    # The party a wrapper authenticated (e.g. WS-Security: the signer's registered party).
    party: str | None = None


# A role: (service, decoded message, peer) -> the message to answer with, or a document
# already encoded (a queued message delivered by oadrPoll goes out byte for byte).
Handler = Callable[[str, Any, Peer], Awaitable[Any]]


class TransportError(Exception):
    """An HTTP exchange failed (network, status, or an undecodable answer)."""


def error_response(code: int, description: str) -> OadrResponse:
    return OadrResponse(ei_response=EiResponse(response_code=str(code), response_description=description,
                                               request_id=""), schema_version="2.0b")


def openadr_routes(handler: Handler, codec: OpenADRCodec, *, max_body: int = DEFAULT_MAX_BODY,
                   wrappers: WrapperStack | None = None, store: Store | None = None,
                   clock: Clock = utc_now) -> web.RouteTableDef:
    """The simple-HTTP endpoints (of a VTN, or of a push VEN), answering every request with an
    oadrPayload. ``wrappers`` see each request before it is decoded and each answer after it
    is encoded (refusals from the codec and the envelope checks are answered unwrapped)."""
    routes = web.RouteTableDef()
    stack = wrappers or WrapperStack()

    def reply(message: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        body = message if isinstance(message, bytes) else codec.encode_message(message)
        return web.Response(body=body, status=status, content_type="application/xml", headers=headers)

    def refusal(error: CodecError) -> web.Response:
        return reply(error_response(int(error.code), error.describe()), error.http_status)

    async def handled(service: str, message: Any, peer: Peer) -> bytes:
        answered = await handler(service, message, peer)
        return answered if isinstance(answered, bytes) else codec.encode_message(answered)

    async def answer(service: str, document: bytes, incoming: Exchange) -> web.Response:
        """Decode, hand to the role, and send its answer out through the stack."""
        unit_request = incoming.notes.pop(ATOMIC, None)  # taken even if decoding fails below
        # A verifier already decoded what it verified: the role gets exactly that, decoded once.
        decoded = incoming.notes.pop(DECODED, None)
        if decoded is not None and decoded[0] == document:
            message = decoded[1]
        else:
            try:
                message = codec.decode_message(document)
            except CodecError as error:
                log.info("refused %s from %s: %s", service, incoming.remote, error)
                return refusal(error)
        try:
            # The role's writes and the wrappers' records of its answer commit together when a
            # wrapper asked (reliable messaging); the answer leaves after the commit.
            async with DeliveryUnit(incoming, unit_request):
                body = await handled(service, message, Peer(incoming.remote, incoming.fingerprint, incoming.party))
                outgoing = Exchange(Binding.SIMPLE_HTTP, Direction.OUTGOING, service, clock(), store,
                                    incoming.remote, incoming.tls_fingerprint, incoming.signer_fingerprint,
                                    notes=incoming.notes, atomic=incoming.atomic)
                wrapped = await stack.outgoing(body, outgoing)
        except CodecError as error:  # the handler refused (e.g. 463 to an authenticated peer), or a
            # wrapper refused our own answer (e.g. a signing key problem)
            log.info("answered %s from %s with %s: %s", service, incoming.remote, int(error.code), error)
            return refusal(error)
        except Exception:  # a bug or a failed store: logged, answered, and the server goes on
            log.exception("internal error answering %s", service)
            return reply(error_response(ResponseCode.OTHER_ERROR, "internal error"), 500)
        if isinstance(wrapped, Held):
            return web.Response(body=wrapped.reply, status=wrapped.status, headers=wrapped.headers)
        return reply(wrapped, headers=outgoing.headers or None)

    async def answer_plainly(service: str, document: bytes, request: web.Request) -> web.Response:
        """:func:`answer` for an empty stack: nothing to wrap, so no exchange to describe."""
        try:
            message = codec.decode_message(document)
            return reply(await handled(service, message, Peer(request.remote, request.get(FINGERPRINT_KEY))))
        except CodecError as error:  # the codec refused the request, or the handler refused it
            log.info("refused %s from %s: %s", service, request.remote, error)
            return refusal(error)
        except Exception:  # a bug or a failed store: logged, answered, and the server goes on
            log.exception("internal error answering %s", service)
            return reply(error_response(ResponseCode.OTHER_ERROR, "internal error"), 500)

    def envelope_refusal(request: web.Request) -> web.Response | None:
        """The answer to a request whose HTTP envelope is wrong, or None when it is right."""
        if request.method != "POST":
            return reply(error_response(405, "use POST"), 405)
        # The HTTP status says what was wrong with the envelope; the EI code stays in
        # the OpenADR table (400) so every peer can read it.
        if request.content_type not in CONTENT_TYPES:
            return reply(error_response(ResponseCode.BAD_REQUEST,
                                        f"Content-Type must be application/xml, not {request.content_type}"), 415)
        if request.content_length is not None and request.content_length > max_body:
            return reply(error_response(ResponseCode.BAD_REQUEST, f"body over {max_body} bytes"), 413)
        return None

    async def serve(service: str, request: web.Request) -> web.Response:
        refused = envelope_refusal(request)
        if refused is not None:
            return refused
        body = await request.content.read(max_body + 1)
        if len(body) > max_body:
            return reply(error_response(ResponseCode.BAD_REQUEST, f"body over {max_body} bytes"), 413)
        if not stack:
            return await answer_plainly(service, body, request)
        incoming = Exchange(Binding.SIMPLE_HTTP, Direction.INCOMING, service, clock(), store, request.remote,
                            request.get(FINGERPRINT_KEY), headers=dict(request.headers), deliver=delivers[service],
                            atomic=store is not None)
        try:
            unwrapped = await stack.incoming(body, incoming)
        except CodecError as error:
            log.info("refused %s from %s: %s", service, request.remote, error)
            return refusal(error)
        if isinstance(unwrapped, Held):
            return web.Response(body=unwrapped.reply, status=unwrapped.status, headers=unwrapped.headers)
        return await answer(service, unwrapped, incoming)

    def delivery(service: str) -> Deliver:
        async def deliver(document: bytes, arrived: Exchange) -> bytes | None:
            # A document a wrapper held and now releases, past the wrappers inside it.
            response = await answer(service, document, arrived)
            return response.body if isinstance(response.body, bytes) else None
        return deliver

    delivers = {service: delivery(service) for service in SERVICES}

    # One plain route per service (aiohttp finds those by a dict lookup), then a catch-all
    # answering any other service under the prefix with an oadrResponse too.
    for service in SERVICES:
        routes.route("*", f"{OPENADR_PATH}/{service}")(functools.partial(serve, service))

    async def unknown(request: web.Request) -> web.Response:
        return reply(error_response(404, f"no service {request.match_info['service']}"), 404)

    routes.route("*", OPENADR_PATH + "/{service}")(unknown)
    return routes


class SimpleHttpClient:
    """The VEN's side: POST a message to a service of the VTN and decode the answer.

    ``vtn_url`` is the VTN's URL as deployments publish it, ending in
    ``/OpenADR2/Simple/2.0b``, or the server's root, to which that path is added.
    """

    def __init__(self, vtn_url: str, codec: OpenADRCodec, session: aiohttp.ClientSession,
                 *, timeout: float = 30.0, wrappers: WrapperStack | None = None, store: Store | None = None,
                 clock: Clock = utc_now, max_body: int = DEFAULT_MAX_BODY, ssl: Any = None) -> None:
        base = vtn_url.rstrip("/")
        self.base_url = base if base.endswith(OPENADR_PATH) else base + OPENADR_PATH
        self.codec = codec
        self.session = session
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.wrappers = wrappers or WrapperStack()
        self.store = store
        self.clock = clock
        self.max_body = max_body
        self.ssl = ssl  # an ssl.SSLContext for https (mutual TLS), or None for aiohttp's default

    def url(self, service: str) -> str:
        return f"{self.base_url}/{service}"

    async def send(self, service: str, message: Any) -> Any:
        status, data = await self.post(service, self.codec.encode_message(message))
        if data is None:
            raise TransportError(f"{service}: HTTP {status}, the answer was held by a wrapper")
        try:
            return self.codec.decode_message(data)
        except CodecError as error:
            raise TransportError(f"{service}: HTTP {status}, undecodable answer: {error}") from None

    async def post(self, service: str, document: bytes, *,
                   notes: dict[str, Any] | None = None) -> tuple[int, bytes | None]:
        """POST an encoded document through the wrappers; the HTTP status and the unwrapped
        answer (None when a wrapper held it). Wrapper refusals of the answer raise their
        :class:`CodecError`; network failures :class:`TransportError`. ``notes`` seed the
        exchange's notes (e.g. reliable messaging's "resend message n"). When a wrapper set
        ``Exchange.retry``, failed exchanges (network, or a wrapper's :class:`Retry`) are run
        again after the delay it gives."""
        outgoing = Exchange(Binding.SIMPLE_HTTP, Direction.OUTGOING, service, self.clock(), self.store,
                            remote=self.base_url, notes=dict(notes or {}))
        return await retrying(lambda: self._attempt(service, document, outgoing), outgoing, self.clock,
                              TransportError, service)

    async def _attempt(self, service: str, document: bytes, outgoing: Exchange) -> tuple[int, bytes | None]:
        outgoing.headers = {}
        wrapped = await self.wrappers.outgoing(document, outgoing)
        if isinstance(wrapped, Held):
            return 0, None
        headers = {**outgoing.headers, "Content-Type": "application/xml"}
        try:
            async with self.session.post(self.url(service), data=wrapped, timeout=self.timeout, headers=headers,
                                         allow_redirects=False, ssl=self.ssl) as response:
                status = response.status
                data = await response.content.read(self.max_body + 1)
                received = dict(response.headers)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise TransportError(f"{service}: {exc.__class__.__name__}: {exc}") from None
        if len(data) > self.max_body:
            raise TransportError(f"{service}: HTTP {status}, answer over {self.max_body} bytes")
        if not self.wrappers or not data.strip():
            return status, data
        incoming = Exchange(Binding.SIMPLE_HTTP, Direction.INCOMING, service, self.clock(), self.store,
                            remote=self.base_url, headers=received, notes=outgoing.notes)
        unwrapped = await self.wrappers.incoming(data, incoming)
        return status, None if isinstance(unwrapped, Held) else unwrapped


def vtn_application(handler: Handler, codec: OpenADRCodec, *, max_body: int = DEFAULT_MAX_BODY,
                    wrappers: WrapperStack | None = None) -> web.Application:
    """An aiohttp application serving the OpenADR endpoints (the VTN server adds the rest)."""
    app = web.Application(client_max_size=max_body + 1024)
    app.add_routes(openadr_routes(handler, codec, max_body=max_body, wrappers=wrappers))
    return app


__all__ = [
    "CONTENT_TYPES",
    "FINGERPRINT_KEY",
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


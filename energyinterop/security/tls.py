"""Mutual-TLS contexts for VTN and VEN, and the peer fingerprint the VTN checks.

OpenADR 2.0b requires client authentication in both directions. The certification harness
speaks TLS 1.2 with exactly two cipher suites, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256 and
TLS_RSA_WITH_AES_128_CBC_SHA256; Python >= 3.10 disables both by default (CBC, and no forward
secrecy for the RSA one), so they are enabled here explicitly. By default TLS 1.3 and the
modern ECDHE AEAD suites stay available; ``tls12_openadr_only=True`` pins TLS 1.2 and the two
suites for certification runs.
"""

from __future__ import annotations

import os
import ssl
import weakref
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from aiohttp import web

from energyinterop.security.fingerprint import fingerprint_der

# Where the transports read the TLS peer's fingerprint (energyinterop.transport.simple_http).
FINGERPRINT_KEY = web.RequestKey("fingerprint", str)

# OpenSSL names of TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256 and TLS_RSA_WITH_AES_128_CBC_SHA256.
OPENADR_TLS12_CIPHERS = "ECDHE-ECDSA-AES128-SHA256:AES128-SHA256"
# Forward-secret AEAD suites first, so two modern peers never fall back to CBC.
DEFAULT_TLS12_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:" + OPENADR_TLS12_CIPHERS

StrPath = str | os.PathLike[str]


def _configure(
    context: ssl.SSLContext, cert_file: StrPath, key_file: StrPath, ca_file: StrPath, tls12_openadr_only: bool
) -> ssl.SSLContext:
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if tls12_openadr_only:
        context.maximum_version = ssl.TLSVersion.TLSv1_2
        context.set_ciphers(OPENADR_TLS12_CIPHERS)
    else:
        context.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED
        context.set_ciphers(DEFAULT_TLS12_CIPHERS)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_cert_chain(certfile=cert_file, keyfile=key_file)
    # Only the given CA: the system store must not vouch for OpenADR peers.
    context.load_verify_locations(cafile=ca_file)
    return context


def server_context(
    cert_file: StrPath, key_file: StrPath, ca_file: StrPath, *, tls12_openadr_only: bool = False
) -> ssl.SSLContext:
    """A server context that requires a client certificate issued by ``ca_file``."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    # A connection keeps the client certificate it was opened with: the identity is read
    # once per connection (peer_fingerprint_middleware), so no renegotiation may swap it.
    context.options |= ssl.OP_NO_RENEGOTIATION
    return _configure(context, cert_file, key_file, ca_file, tls12_openadr_only)


def client_context(
    cert_file: StrPath, key_file: StrPath, ca_file: StrPath, *, tls12_openadr_only: bool = False
) -> ssl.SSLContext:
    """A client context presenting ``cert_file`` and trusting only servers issued by ``ca_file``.

    The server's host name is checked against its certificate (PROTOCOL_TLS_CLIENT default).
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return _configure(context, cert_file, key_file, ca_file, tls12_openadr_only)


class _HasExtraInfo(Protocol):
    def get_extra_info(self, name: str, default: Any = None) -> Any: ...


class _HasTransport(Protocol):
    @property
    def transport(self) -> _HasExtraInfo | None: ...


def peer_certificate_der(source: _HasExtraInfo | _HasTransport | None) -> bytes | None:
    """The peer's DER certificate from an asyncio transport or an aiohttp request, else None.

    None means no TLS, or no verified client certificate: callers must treat it as
    unauthenticated, never as a match.
    """
    transport: Any = source
    # aiohttp's web.Request forwards get_extra_info to its transport; other wrappers may not.
    if transport is not None and not hasattr(transport, "get_extra_info"):
        transport = getattr(transport, "transport", None)
    if transport is None:
        return None
    ssl_object = transport.get_extra_info("ssl_object")
    if ssl_object is None:
        return None
    der: bytes | None = ssl_object.getpeercert(binary_form=True)
    return der or None


def peer_fingerprint(source: _HasExtraInfo | _HasTransport | None) -> str | None:
    """The OpenADR 2.0b fingerprint of the TLS peer's certificate, or None without one."""
    der = peer_certificate_der(source)
    return fingerprint_der(der) if der is not None else None


Middleware = Callable[[web.Request, Callable[[web.Request], Awaitable[web.StreamResponse]]],
                      Awaitable[web.StreamResponse]]


def peer_fingerprint_middleware() -> Middleware:
    """A middleware leaving the TLS client certificate's fingerprint on each request
    (``request[FINGERPRINT_KEY]``, the key the simple-HTTP and SOAP transports read), or None
    without one. The server's context requires a verified client certificate, so a
    fingerprint here is authenticated.

    A keep-alive connection carries many requests with one certificate (the server context
    refuses renegotiation), so the fingerprint is computed once per connection and
    remembered for as long as the connection's TLS object lives.
    """
    known: weakref.WeakKeyDictionary[ssl.SSLObject, str | None] = weakref.WeakKeyDictionary()

    @web.middleware
    async def middleware(request: web.Request,
                         handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
        transport = request.transport
        ssl_object = transport.get_extra_info("ssl_object") if transport is not None else None
        if ssl_object is None:
            request[FINGERPRINT_KEY] = None
        else:
            try:
                fingerprint = known[ssl_object]
            except KeyError:
                fingerprint = known[ssl_object] = peer_fingerprint(transport)
            request[FINGERPRINT_KEY] = fingerprint
        return await handler(request)
    return middleware

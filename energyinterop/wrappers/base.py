"""The wrapper interface: protections that compose around any transport and either role.

A wrapper sees every document a transport sends or receives, as bytes, with an
:class:`Exchange` describing it (binding, service, peer identity, HTTP headers, time, store).
It may

* pass it on, transformed or not (a signer adds a ``ds:Signature``; a verifier strips
  nothing but records who signed);
* refuse it by raising a :class:`~energyinterop.xml.errors.CodecError` subclass, whose EI
  response code and HTTP status the transport answers with;
* hold it by returning :class:`Held` (reliable messaging keeping an out-of-order message
  until the gap is filled); the transport then answers the peer with ``Held.reply`` and does
  not hand the document to the role. A wrapper releases held documents later through
  ``Exchange.onward``.

A :class:`WrapperStack` lists wrappers from the innermost (next to the role) to the
outermost (next to the wire): an outgoing document passes them in that order, an incoming
one in the reverse order, so a stack ``[signing, reliable]`` signs the payload and then
numbers the signed document, and on receipt checks the number before the signature.
Simple HTTP wrappers see the ``oadrPayload``; SOAP wrappers see the whole envelope.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from energyinterop.store.base import Store


class Binding(StrEnum):
    SIMPLE_HTTP = "simple-http"
    SOAP = "soap"


class Direction(StrEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


# The note an authenticating wrapper sets to the party the signer's certificate is
# registered for; transports pass it to the roles as the authenticated party.
PARTY = "party"

# The note an incoming wrapper sets to ``(document, message)``: the message it decoded from
# exactly what it verified, and the document it passed on. The transport hands that message
# to the role instead of decoding again, but only for that very document (one released later
# through ``onward``, or changed by an inner wrapper, is decoded as usual).
DECODED = "decoded"

# Hands a released document to the rest of the incoming path (the inner wrappers, then the
# role) and answers what the role answered, as bytes, or None.
Onward = Callable[[bytes], Awaitable[bytes | None]]


@dataclass(slots=True)
class Exchange:
    """One document passing through a stack, and what the transport knows about it."""

    binding: Binding
    direction: Direction
    service: str
    now: datetime
    store: Store | None = None
    remote: str | None = None
    # The fingerprint of the peer's TLS certificate, when the connection has one.
    tls_fingerprint: str | None = None
    # The fingerprint of the certificate that signed the document, once a verifier checked it.
    signer_fingerprint: str | None = None
    # HTTP headers: those received (incoming) or those to send (outgoing; wrappers add).
    headers: dict[str, str] = field(default_factory=dict)
    # For a wrapper that releases held documents later; set by transports that support it.
    onward: Onward | None = None
    # Notes wrappers leave for each other and for the transport (e.g. a sequence number).
    notes: dict[str, Any] = field(default_factory=dict)
    # Set by a wrapper on a client's outgoing exchange that wants failed exchanges sent again
    # (reliable messaging): failures so far -> seconds to wait, or None to give up. The
    # client transport then runs the whole exchange again on this same Exchange.
    retry: Callable[[int], float | None] | None = None

    @property
    def party(self) -> str | None:
        """The party a wrapper authenticated the document as (see :data:`PARTY`), if any."""
        party = self.notes.get(PARTY)
        return party if isinstance(party, str) else None

    @property
    def fingerprint(self) -> str | None:
        """The identity the roles compare with a registration: the signer's certificate if
        the document was signed, else the TLS peer's."""
        return self.signer_fingerprint or self.tls_fingerprint


class Retry(Exception):
    """Raised by a wrapper reading an answer: the exchange did not complete (the peer holds
    the message, or is busy with it); the client transport runs it again if
    ``Exchange.retry`` says so, else reports a transport failure."""


@dataclass(frozen=True, slots=True)
class Held:
    """The wrapper keeps the document; ``reply`` (if any) answers the peer now."""

    reply: bytes | None = None
    status: int = 202
    headers: dict[str, str] = field(default_factory=dict)


@runtime_checkable
class Wrapper(Protocol):
    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes | Held: ...
    async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held: ...


class WrapperStack:
    """Wrappers in order, innermost first. An empty stack passes documents unchanged."""

    def __init__(self, wrappers: Sequence[Wrapper] = ()) -> None:
        self.wrappers: tuple[Wrapper, ...] = tuple(wrappers)

    def __bool__(self) -> bool:
        return bool(self.wrappers)

    def __len__(self) -> int:
        return len(self.wrappers)

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes | Held:
        return await self._through(self.wrappers, document, exchange, "outgoing")

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
        return await self._through(reversed(self.wrappers), document, exchange, "incoming")

    def inner(self, wrapper: Wrapper) -> WrapperStack:
        """The wrappers inside ``wrapper`` (what a released document still has to pass)."""
        return WrapperStack(self.wrappers[:self.wrappers.index(wrapper)])

    @staticmethod
    async def _through(wrappers: Any, document: bytes, exchange: Exchange, direction: str) -> bytes | Held:
        for wrapper in wrappers:
            result = await getattr(wrapper, direction)(document, exchange)
            if isinstance(result, Held):
                return result
            document = result
        return document


__all__ = ["DECODED", "PARTY", "Binding", "Direction", "Exchange", "Held", "Onward", "Wrapper", "WrapperStack"]

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
  ``Exchange.onward``, which passes them through the wrappers inside it (a signature
  inside reliable messaging is still checked) and then to the role.

A :class:`WrapperStack` lists wrappers from the innermost (next to the role) to the
outermost (next to the wire): an outgoing document passes them in that order, an incoming
one in the reverse order, so a stack ``[signing, reliable]`` signs the payload and then
numbers the signed document, and on receipt checks the number before the signature.
Simple HTTP wrappers see the ``oadrPayload``; SOAP wrappers see the whole envelope.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from types import TracebackType
from typing import Any, Protocol, TypeVar, runtime_checkable

from energyinterop.store.base import Store
from energyinterop.xml.errors import CodecError

log = logging.getLogger("energyinterop.wrappers")


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

# The note a wrapper sets on an incoming exchange to have the transport run the role and the
# outgoing stack as one unit of the exchange's store: ``(namespace, marker)``, the arguments
# of ``Store.atomic`` (reliable messaging: the role's writes and the delivery record commit
# together). Only transports that say so (``Exchange.atomic``) honour it; they put the
# unit, a ``store.base.Unit``, in the note :data:`UNIT` while it runs.
ATOMIC = "atomic"
UNIT = "unit"

# Hands a released document to the rest of the incoming path (the inner wrappers, then the
# role) and answers what the role answered, as bytes, or None.
Onward = Callable[[bytes], Awaitable[bytes | None]]
# The transport's last step for a document every wrapper passed: decode, the role, the
# answer out through the stack. Given the exchange the document arrived with.
Deliver = Callable[[bytes, "Exchange"], Awaitable[bytes | None]]


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
    # For a wrapper that releases held documents later: set by the stack for each wrapper it
    # calls, when the transport gave ``deliver``.
    onward: Onward | None = None
    deliver: Deliver | None = None
    # Notes wrappers leave for each other and for the transport (e.g. a sequence number).
    notes: dict[str, Any] = field(default_factory=dict)
    # Set by a server transport that runs the role in ``store.atomic`` when a wrapper asks
    # (the :data:`ATOMIC` note).
    atomic: bool = False
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


class DeliveryUnit:
    """What a server transport runs the role and the outgoing stack in: the store unit a
    wrapper asked for (``request``, the :data:`ATOMIC` note the transport took off the
    exchange), shown to the wrappers as :data:`UNIT` while it runs; or nothing. (A class: a
    generator-based context manager costs a few microseconds more on every delivery.)"""

    __slots__ = ("exchange", "unit", "outer")

    def __init__(self, exchange: Exchange, request: tuple[str, dict[str, bytes]] | None) -> None:
        self.exchange = exchange
        self.unit = exchange.store.atomic(*request) if request is not None and exchange.store is not None else None
        self.outer: Any = None

    async def __aenter__(self) -> None:
        if self.unit is not None:
            unit = await self.unit.__aenter__()
            notes = self.exchange.notes
            self.outer = notes.get(UNIT)  # a released delivery runs inside the releaser's
            notes[UNIT] = unit

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        if self.unit is not None:
            self.exchange.notes[UNIT] = self.outer
            await self.unit.__aexit__(kind, error, traceback)


class Retry(Exception):
    """Raised by a wrapper reading an answer: the exchange did not complete (the peer holds
    the message, or is busy with it); the client transport runs it again if
    ``Exchange.retry`` says so, else reports a transport failure."""


T = TypeVar("T")


async def retrying(attempt: Callable[[], Awaitable[T]], exchange: Exchange, clock: Callable[[], datetime],
                   unreachable: type[Exception], what: str) -> T:
    """Run a client's exchange; when the peer was unreachable or a wrapper raised
    :class:`Retry`, run it again after the delay ``exchange.retry`` gives, for as long as it
    gives one (no ``retry``: the first failure stands). Gives up with ``unreachable``."""
    failures = 0
    while True:
        try:
            return await attempt()
        except (unreachable, Retry) as failure:
            failures += 1
            delay = exchange.retry(failures) if exchange.retry is not None else None
            if delay is None:
                if isinstance(failure, unreachable):
                    raise
                raise unreachable(f"{what}: {failure}") from None
            await asyncio.sleep(delay)
            exchange.now = clock()


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

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
        for index in range(len(self.wrappers) - 1, -1, -1):
            # What this wrapper releases later still has the wrappers inside it to pass.
            exchange.onward = self._onward(self.wrappers[:index], exchange) if exchange.deliver else None
            result = await self.wrappers[index].incoming(document, exchange)
            if isinstance(result, Held):
                return result
            document = result
        return document

    @staticmethod
    def _onward(inner: tuple[Wrapper, ...], arrived: Exchange) -> Onward:
        async def onward(document: bytes) -> bytes | None:
            # The released document is checked on its own (its signer, not the one of the
            # document that released it); notes stay shared, they carry the releaser's state.
            released = replace(arrived, signer_fingerprint=None, onward=None)
            try:
                result = await WrapperStack(inner).incoming(document, released)
            except CodecError as error:  # refused on its own merits: it never reaches the role
                log.info("a released %s document was refused: %s", arrived.service, error)
                return None
            if isinstance(result, Held):
                return result.reply
            assert arrived.deliver is not None
            return await arrived.deliver(result, released)

        return onward

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes | Held:
        for wrapper in self.wrappers:
            result = await wrapper.outgoing(document, exchange)
            if isinstance(result, Held):
                return result
            document = result
        return document


__all__ = ["ATOMIC", "DECODED", "PARTY", "UNIT", "Binding", "Deliver", "DeliveryUnit", "Direction", "Exchange", "Held",
           "Onward", "Retry", "Wrapper", "WrapperStack", "retrying"]

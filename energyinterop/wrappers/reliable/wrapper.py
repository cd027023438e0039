"""The reliable-messaging wrapper: one object per party, acting as the RM source on the
exchanges it starts (a VEN's requests, a VTN's pushes) and as the RM destination on those
it serves; answers travel back on the sequence the client offered, numbered as their
requests, so a duplicate request is answered with the answer kept from the first.

Client side (``outgoing`` of a request, ``incoming`` of its answer):
  the request is numbered and kept in the store *before* it leaves (one batch, which also
  carries the forgetting of answered requests); the exchange is retried, same number, with
  exponential backoff until its answer comes back (``Exchange.retry``). A request is
  forgotten once answered, lazily, in the next batch: a crash before that sends it again
  after the restart, and its kept answer comes back a second time (answers are at least
  once; see docs/reliable-messaging.md). The answer is acknowledged to the server only once
  that forgetting is on disk, so a request sent again always finds its answer kept. After a
  restart, :meth:`ReliableMessaging.orphans` lists the requests to send again
  (``client.post(service, document, notes=resend(n))``).

Server side (``incoming`` of a request, ``outgoing`` of the answer):
  CreateSequence (piggybacked on the first request) creates the destination and the offered
  answer sequence; a new in-order message is handed on; its answer is recorded together
  with the delivery (one batch) before it leaves; a duplicate gets the kept answer; an early
  message (InOrder) is kept and acknowledged. With ``ReliableConfig.release``, once the gap
  before it is filled it goes to the role through ``Exchange.onward`` and its answer is kept
  for the client's retransmission; otherwise that retransmission delivers it. Faults are
  answered with their code.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from energyinterop.store.base import Store
from energyinterop.wrappers.base import ATOMIC, UNIT, Binding, Exchange, Held, Onward, Retry
from energyinterop.wrappers.reliable import keys
from energyinterop.wrappers.reliable.destination import Action, Destination
from energyinterop.wrappers.reliable.faults import (
    CreateSequenceRefused,
    NotAcknowledged,
    RmFault,
    UnknownSequence,
    WsrmRequired,
    fault_of,
)
from energyinterop.wrappers.reliable.forms import Form, HttpForm, SoapForm
from energyinterop.wrappers.reliable.journal import Journal
from energyinterop.wrappers.reliable.messages import (
    MAX_NUMBER,
    Assurance,
    CloseSequenceResponse,
    CreateSequence,
    CreateSequenceResponse,
    RmHeaders,
    SequenceAcknowledgement,
    SequenceHeader,
    TerminateSequenceResponse,
)
from energyinterop.wrappers.reliable.source import Backoff, Source

NOTE = "reliable"  # Exchange.notes key: this wrapper's note on the exchange
RESEND = "reliable.resend"  # notes key for post(): send kept message n again, not a new one
MESSAGE = "reliable.message"  # notes key for inner wrappers: (sequence, number) being delivered
IN_DOUBT = "reliable.in_doubt"  # notes key: True when that delivery may have happened before a crash
# The note on a served exchange whose request came outside any sequence: its answer goes out
# plain too (it must not open a sequence towards a peer that does not speak RM).
PLAIN = "plain"


def resend(number: int) -> dict[str, Any]:
    """The notes for ``SimpleHttpClient.post`` that send kept request ``number`` again."""
    return {RESEND: number}


@dataclass(frozen=True, slots=True)
class ReliableConfig:
    """``assurance``: what the destination promises; ``window``: the most messages a source
    keeps unacknowledged ahead of the oldest, and a destination holds; ``backoff``: the
    client's retransmission delays; ``required``: refuse messages outside a sequence
    (WSRMRequired); ``max_sequences``: destinations this process creates before refusing
    (CreateSequenceRefused); ``busy_timeout``: how long a delivery may take before a copy of
    the message is delivered again (the role failed on it); ``release``: when a gap fills, hand
    the held messages now next to the role at once through ``Exchange.onward`` (which passes
    them through the wrappers inside this one first) instead of waiting for their
    retransmission (docs/reliable-messaging.md)."""

    assurance: Assurance = Assurance.EXACTLY_ONCE | Assurance.IN_ORDER
    window: int = 64
    backoff: Backoff = Backoff()
    required: bool = False
    max_sequences: int = 10_000
    busy_timeout: timedelta = timedelta(seconds=60)
    max_number: int = MAX_NUMBER
    release: bool = True


@dataclass(slots=True)
class _ClientNote:
    source: Source
    number: int


@dataclass(slots=True)
class _ServerNote:
    destination: Destination
    number: int
    created: bool
    pending: keys.Writes  # writes that ride with the delivery record
    onward: Onward | None = None  # to release held messages once this one is recorded


class ReliableMessaging:
    """The wrapper (see the module docstring). ``store`` keeps the sequences; one process
    owns a sequence at a time (states are cached in memory)."""

    def __init__(self, store: Store, config: ReliableConfig = ReliableConfig(), *,
                 namespace: str = keys.NAMESPACE) -> None:
        self.config = config
        self.journal = Journal(store, namespace)
        self.forms: dict[Binding, Form] = {Binding.SIMPLE_HTTP: HttpForm(), Binding.SOAP: SoapForm()}
        self._sources: dict[str, Source] = {}
        self._destinations: dict[str, Destination] = {}
        self._clients: dict[str, Source] = {}  # remote -> its current source
        self._locks: dict[str, asyncio.Lock] = {}
        self._created = 0

    # ================================================================ the Wrapper protocol

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes | Held:
        note = exchange.notes.get(NOTE)
        if isinstance(note, _ServerNote):
            return await self._answer(document, exchange, note)
        if note == PLAIN:
            return document
        return await self._request(document, exchange, note)

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
        note = exchange.notes.get(NOTE)
        if isinstance(note, _ClientNote):
            return await self._answered(document, exchange, note)
        return await self._serve(document, exchange)

    # ================================================================ client: requests

    async def _request(self, document: bytes, exchange: Exchange, note: _ClientNote | None) -> bytes:
        resend = exchange.notes.get(RESEND)
        if note is None:  # a new exchange (a retry keeps its note, its number)
            remote = exchange.remote or ""
            source = self._clients.get(remote)
            if source is None or source.closed or source.terminated:
                source = await self._client_source(remote)
            async with self._lock(source.identifier):
                number = resend
                if number is None:
                    number, writes = source.send(exchange.service, document)
                    # One batch: this request, and the forgetting of those answered since the last.
                    answered, forgetting = source.forgetting()
                    await self.journal.write({**forgetting, **writes})
                    source.forgotten(answered)  # on disk: their answers may be acknowledged now
                elif number not in source.unacked:
                    raise ValueError(f"message {number} of {source.identifier} is not kept: nothing to resend")
            note = exchange.notes[NOTE] = _ClientNote(source, number)
        source = note.source
        if resend is not None:
            document = source.unacked[note.number].document
        source.transmitted(note.number, exchange.now)
        rm = RmHeaders(sequence=SequenceHeader(source.identifier, note.number),
                       acks=[SequenceAcknowledgement(source.offer or "", source.answered.ranges)]
                       if source.answered and source.offer else [])
        if not source.accepted:
            rm.create = CreateSequence(source.identifier, source.offer)
        exchange.retry = self._retry_delay
        return self.forms[exchange.binding].write(rm, document, exchange)

    def _retry_delay(self, failures: int) -> float | None:
        delay = self.config.backoff.delay(failures)
        return None if delay is None else delay.total_seconds()

    async def _client_source(self, remote: str) -> Source:
        """The sequence towards ``remote`` when none is open in memory: the one kept in the
        store (after a restart), or a new one."""
        identifier = await self.journal.client_sequence(remote)
        if identifier is not None and (source := await self._source(identifier)) is not None \
                and not (source.closed or source.terminated):
            self._clients[remote] = source
            return source
        source = Source(f"urn:uuid:{uuid.uuid4()}", offer=f"urn:uuid:{uuid.uuid4()}", remote=remote,
                        window=self.config.window, backoff=self.config.backoff, max_number=self.config.max_number)
        await self.journal.write({**source.meta_writes(), keys.client(remote): source.identifier.encode()})
        self._sources[source.identifier] = self._clients[remote] = source
        return source

    async def _answered(self, document: bytes, exchange: Exchange, note: _ClientNote) -> bytes:
        rm, document = self.forms[exchange.binding].read(document, exchange)
        source = note.source
        if rm.fault is not None:
            raise fault_of(rm.fault.subcode, rm.fault.reason or f"the peer answered {rm.fault.subcode}",
                           rm.fault.identifier)
        if rm.create_response is not None and rm.create_response.identifier == source.identifier \
                and not source.accepted:
            source.accepted = True
            await self.journal.write(source.meta_writes())  # once per sequence
        for ack in rm.acks:
            if ack.identifier == source.identifier:
                source.on_ack(ack, exchange.now, forget=False)
        answer = rm.sequence
        if answer is not None and answer.identifier == source.offer and answer.number == note.number:
            source.answer_received(note.number)  # forgotten in the next request's batch
            return document
        if not rm:
            raise NotAcknowledged(f"{exchange.service}: the answer to message {note.number} of "
                                  f"{source.identifier} carries no reliable-messaging header")
        raise Retry(f"message {note.number} of {source.identifier} not answered yet")

    async def orphans(self, remote: str) -> list[tuple[str, int, bytes]]:
        """The requests kept for ``remote`` that were never answered (after a restart):
        (service, number, document), oldest first; send each again with :func:`resend`."""
        identifier = await self.journal.client_sequence(remote)
        source = await self._source(identifier) if identifier is not None else None
        if source is None:
            return []
        self._clients[remote] = source
        return [(source.unacked[n].service, n, source.unacked[n].document) for n in sorted(source.unacked)]

    async def last_number(self, remote: str) -> int:
        """The number of the last request accepted for ``remote`` (0: none yet)."""
        identifier = await self.journal.client_sequence(remote)
        source = await self._source(identifier) if identifier is not None else None
        return 0 if source is None else source.next_number - 1

    # ================================================================ server: requests

    async def _serve(self, document: bytes, exchange: Exchange) -> bytes | Held:
        form = self.forms[exchange.binding]
        try:
            rm, document = form.read(document, exchange)
            if not rm:
                if self.config.required:
                    raise WsrmRequired(f"{exchange.service} only accepts messages in a reliable sequence")
                exchange.notes[NOTE] = PLAIN
                return document
            return await self._serve_rm(rm, document, exchange, form)
        except RmFault as fault:
            return form.fault(fault, exchange)

    async def _serve_rm(self, rm: RmHeaders, document: bytes, exchange: Exchange, form: Form) -> bytes | Held:
        created = False
        if rm.create is not None:
            created = await self._create(rm.create, exchange)
        writes: keys.Writes = {}
        acks_out: list[SequenceAcknowledgement] = []
        for ack in rm.acks:  # the client acknowledges answers it got: forget our copies
            answers = self._sources.get(ack.identifier) or await self._source(ack.identifier)
            if answers is None:
                raise UnknownSequence(f"no sequence {ack.identifier}", ack.identifier)
            _, forgotten = answers.on_ack(ack, exchange.now)
            writes.update(forgotten)
        reply = RmHeaders()
        if rm.create is not None:
            reply.create_response = CreateSequenceResponse(rm.create.identifier or "", rm.create.offer)
        for request in rm.ack_requested:
            acks_out.append((await self._owned(request.identifier, exchange)).ack())
        if rm.close is not None:
            destination = await self._owned(rm.close.identifier, exchange)
            writes.update(destination.close(rm.close.last_number))
            reply.close_response = CloseSequenceResponse(destination.identifier)
            acks_out.append(destination.ack())
        if rm.terminate is not None:
            destination = await self._owned(rm.terminate.identifier, exchange)
            acks_out.append(destination.ack())
            writes.update(destination.terminate())
            reply.terminate_response = TerminateSequenceResponse(destination.identifier)
        if rm.sequence is None:  # protocol messages only
            await self.journal.write(writes)
            reply.acks = acks_out[:1] if exchange.binding is Binding.SIMPLE_HTTP else acks_out
            return form.bare(reply, 200, "reliable messaging", exchange)
        destination = await self._owned(rm.sequence.identifier, exchange)
        number = rm.sequence.number
        async with self._lock(destination.identifier):
            receipt = destination.receive(number, document, exchange.now, exchange.service)
            if receipt.action is Action.DELIVER:
                # Acks of answers need no write of their own: they ride with the delivery.
                pending = await self._delivering(receipt.writes, writes, exchange)
                note = _ServerNote(destination, number, created, pending,
                                   exchange.onward if self.config.release else None)
                exchange.notes[NOTE] = note
                exchange.notes[MESSAGE] = (destination.identifier, number)
                exchange.notes[IN_DOUBT] = receipt.in_doubt
                return document
            await self.journal.write({**writes, **receipt.writes})
        reply.acks = [destination.ack()]
        kept = self._sources.get(destination.offer or "")
        answer = kept.unacked.get(number) if kept is not None else None
        if receipt.action is Action.DUPLICATE and answer is not None:
            reply.sequence = SequenceHeader(kept.identifier, number)  # type: ignore[union-attr]
            return form.again(reply, answer.document, exchange)
        status = 200 if receipt.action is Action.DUPLICATE else 202
        return form.bare(reply, status, f"reliable messaging: {receipt.action.value}", exchange)

    async def _answer(self, document: bytes, exchange: Exchange, note: _ServerNote) -> bytes:
        """The role's answer to a delivered request: recorded with the delivery, then sent."""
        destination, number = note.destination, note.number
        del exchange.notes[NOTE]  # one answer per delivery
        unit = exchange.notes.get(UNIT)
        # A unit not split never wrote the marker.
        delivery = destination.delivered(number, marked=unit is None or unit.split)
        writes = {**note.pending, **delivery}
        reply = RmHeaders(acks=[destination.ack()])
        if destination.offer is not None:
            answers = self._sources.get(destination.offer) or await self._source(destination.offer)
            if answers is not None:
                writes.update(answers.put(number, exchange.service, document))
                reply.sequence = SequenceHeader(answers.identifier, number)
        if note.created:
            reply.create_response = CreateSequenceResponse(destination.identifier, destination.offer)
        await self.journal.write(writes)
        if unit is not None:
            unit.settle()  # recorded: a split from now on needs no marker
        if note.onward is not None and destination.held:
            await self._release(destination, exchange, note.onward)
        return self.forms[exchange.binding].write(reply, document, exchange)

    async def _release(self, destination: Destination, exchange: Exchange, onward: Onward) -> None:
        """Hand the held messages that are next now to the role, in order, each through the
        transport's onward (the whole delivery path: the role, then this wrapper's
        :meth:`_answer` recording it with its kept answer). The client collects each answer
        with its retransmission (a duplicate, answered from the kept answer)."""
        notes = exchange.notes
        current = notes.get(MESSAGE), notes.get(IN_DOUBT)
        ready = destination.ready(exchange.now)
        try:
            while ready:
                number, service, document, receipt = ready[0]
                if service != exchange.service:  # onward serves this exchange's service only
                    break
                note = notes[NOTE] = _ServerNote(destination, number, False,
                                                 await self._delivering(receipt.writes, {}, exchange))
                notes[MESSAGE], notes[IN_DOUBT] = (destination.identifier, number), receipt.in_doubt
                try:
                    await onward(document)
                finally:
                    notes.pop(ATOMIC, None)  # not taken if an inner wrapper refused the document
                    if notes.get(NOTE) is note:  # not recorded: the role (or its codec) failed
                        del notes[NOTE]
                if number not in destination.delivered_set:
                    break
                ready.pop(0)
        finally:
            for number, *_ in ready:  # left held, for their retransmissions
                destination.abandoned(number)
            notes[MESSAGE], notes[IN_DOUBT] = current

    async def _delivering(self, marker: keys.Writes, writes: keys.Writes, exchange: Exchange) -> keys.Writes:
        """Make the delivery's ``marker`` durable as the role's writes need (destination.py):
        handed to the transport's unit when it runs one on our store, so that it is written
        only if the unit is split; otherwise written now, with ``writes``. Returns the writes
        left to ride with the delivery record."""
        if exchange.atomic and exchange.store is self.journal.store:
            exchange.notes[ATOMIC] = (self.journal.namespace, marker)
            return writes
        await self.journal.write({**writes, **marker})
        return {}

    async def _create(self, create: CreateSequence, exchange: Exchange) -> bool:
        """Create the destination (and the offered answer sequence) unless it exists."""
        identifier = create.identifier or f"urn:uuid:{uuid.uuid4()}"
        existing = await self._destination(identifier)
        if existing is not None:
            if existing.offer != create.offer or (existing.owner and existing.owner != exchange.fingerprint):
                raise CreateSequenceRefused(f"sequence {identifier} exists already", identifier)
            return False
        if self._created >= self.config.max_sequences:
            raise CreateSequenceRefused(f"over {self.config.max_sequences} sequences", identifier)
        if create.offer is not None and await self._source(create.offer) is not None:
            raise CreateSequenceRefused(f"offered sequence {create.offer} exists already", identifier)
        destination = Destination(identifier, assurance=self.config.assurance, offer=create.offer,
                                  owner=exchange.fingerprint, window=self.config.window,
                                  max_number=self.config.max_number, busy_timeout=self.config.busy_timeout)
        writes = destination.meta_writes()
        if create.offer is not None:
            answers = Source(create.offer, answers_to=identifier, window=self.config.window,
                             backoff=self.config.backoff, max_number=self.config.max_number)
            answers.accepted = True
            self._sources[answers.identifier] = answers
            writes.update(answers.meta_writes())
        await self.journal.write(writes)
        self._destinations[identifier] = destination
        self._created += 1
        return True

    async def _owned(self, identifier: str, exchange: Exchange) -> Destination:
        """The destination, if this peer may use it (its creator's identity, when known)."""
        destination = self._destinations.get(identifier) or await self._destination(identifier)
        if destination is None or (destination.owner is not None and destination.owner != exchange.fingerprint):
            raise UnknownSequence(f"no sequence {identifier}", identifier)
        return destination

    # ================================================================ state

    # The hot paths look in ``_sources`` and ``_destinations`` before calling these: a
    # coroutine call on every message costs more than the lookup.

    async def _source(self, identifier: str) -> Source | None:
        source = self._sources.get(identifier)
        if source is None:
            source = await self.journal.source(identifier, window=self.config.window, backoff=self.config.backoff,
                                               max_number=self.config.max_number)
            if source is not None:
                source = self._sources.setdefault(identifier, source)
        return source

    async def _destination(self, identifier: str) -> Destination | None:
        destination = self._destinations.get(identifier)
        if destination is None:
            destination = await self.journal.destination(
                identifier, window=self.config.window, max_number=self.config.max_number,
                busy_timeout=self.config.busy_timeout)
            if destination is not None:
                destination = self._destinations.setdefault(identifier, destination)
        return destination

    def _lock(self, identifier: str) -> asyncio.Lock:
        lock = self._locks.get(identifier)
        if lock is None:
            lock = self._locks[identifier] = asyncio.Lock()
        return lock


__all__ = ["IN_DOUBT", "MESSAGE", "NOTE", "RESEND", "ReliableConfig", "ReliableMessaging", "resend"]

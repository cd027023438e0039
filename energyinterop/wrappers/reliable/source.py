"""The RM source, sans-IO: numbers messages, keeps them until acknowledged, says when to
retransmit (exponential backoff on a clock passed in), bounds the unacknowledged window.

Every state change returns the store writes that make it durable (:data:`keys.Writes`);
the caller persists them *before* the message leaves (send) or whenever convenient (acks:
forgetting an acknowledged message late only costs a harmless retransmission).

Sending writes the message alone: the meta record (JSON) is written when the sequence is
created, accepted, closed or terminated, not per message. The next number is restored as one
past the highest message kept (a message is only forgotten in the batch that keeps a newer
one), and, on the client, the answered numbers as those below it that are not kept.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from energyinterop.wrappers.reliable import keys
from energyinterop.wrappers.reliable.faults import (
    InvalidAcknowledgement,
    MessageNumberRollover,
    SequenceClosed,
    SequenceTerminated,
    WindowFull,
)
from energyinterop.wrappers.reliable.ranges import RangeSet
from energyinterop.wrappers.reliable.messages import (
    MAX_NUMBER,
    AckRequested,
    CloseSequence,
    SequenceAcknowledgement,
    TerminateSequence,
)


@dataclass(frozen=True, slots=True)
class Backoff:
    """Retransmission delays: ``initial``, then times ``factor`` per attempt, capped at
    ``maximum``; ``attempts`` transmissions at most (None: until acknowledged)."""

    initial: timedelta = timedelta(seconds=1)
    factor: float = 2.0
    maximum: timedelta = timedelta(minutes=1)
    attempts: int | None = None

    def delay(self, attempt: int) -> timedelta | None:
        """The wait after transmission number ``attempt`` (1-based); None: give up."""
        if self.attempts is not None and attempt >= self.attempts:
            return None
        # Grow until the cap, never past it: factor ** attempt overflows a timedelta after
        # some fifty attempts, and retrying until acknowledged may take thousands.
        delay = self.initial
        for _ in range(attempt - 1):
            if delay >= self.maximum:
                break
            delay = delay * self.factor
        return min(delay, self.maximum)


@dataclass(slots=True)
class Pending:
    """A message sent (or to send) and not acknowledged yet."""

    service: str
    document: bytes
    attempts: int = 0  # transmissions so far
    due: datetime | None = None  # next retransmission; None: never transmitted, or given up
    sent_at: datetime | None = None
    hurried: bool = False  # a Nack already advanced this copy's retransmission


class Source:
    """One outbound sequence. ``offer`` is the reverse sequence the answers come back on;
    ``remote`` the peer it goes to (for the client side's lookup after a restart);
    ``answers_to``: on a server, the inbound sequence whose requests these messages answer
    (numbered as them), whose delivery record then gives the next number after a restart."""

    def __init__(self, identifier: str, *, offer: str | None = None, remote: str | None = None,
                 answers_to: str | None = None, window: int = 64, backoff: Backoff = Backoff(),
                 max_number: int = MAX_NUMBER) -> None:
        self.identifier = identifier
        self.offer = offer
        self.remote = remote
        self.answers_to = answers_to
        self.window = window
        self.backoff = backoff
        self.max_number = max_number
        self.next_number = 1  # everything below it that is not in ``unacked`` is acknowledged
        # Request/response: the numbers whose answers came back on the offered sequence and
        # whose requests are forgotten on disk; only these are acknowledged to the peer, which
        # then drops its copies of the answers (a request still on disk may be sent again
        # after a restart, and must find its answer kept).
        self.answered = RangeSet()
        self.unsaved: list[int] = []  # answered, the request not forgotten on disk yet
        self.unacked: dict[int, Pending] = {}
        self.accepted = False  # the destination answered CreateSequence
        self.closed = False
        self.terminated = False

    # ------------------------------------------------------------ sending

    def send(self, service: str, document: bytes) -> tuple[int, keys.Writes]:
        """Number a new message. Raises WindowFull, SequenceClosed, SequenceTerminated or
        MessageNumberRollover. The writes must be persisted before the message leaves."""
        self._check_open()
        number = self.next_number
        if not self.can_send():
            raise WindowFull(f"message {number} is a window ({self.window}) past the oldest unacknowledged "
                             f"on {self.identifier}")
        if number > self.max_number:
            raise MessageNumberRollover(f"sequence {self.identifier} used all its numbers", self.identifier)
        return number, self.put(number, service, document)

    def can_send(self) -> bool:
        """A sliding window: the next number stays within ``window`` of the oldest
        unacknowledged one, so the destination never has to hold more than ``window``."""
        return not self.unacked or self.next_number < min(self.unacked) + self.window

    def put(self, number: int, service: str, document: bytes) -> keys.Writes:
        """Keep message ``number`` (numbered by the caller: an answer takes its request's number)."""
        self.unacked[number] = Pending(service, document)
        if number >= self.next_number:
            self.next_number = number + 1
        return {keys.message(self.identifier, number): keys.encode_message(service, document)}

    def transmitted(self, number: int, now: datetime) -> None:
        """Message ``number`` just left: schedule its retransmission."""
        pending = self.unacked.get(number)
        if pending is None:
            return
        pending.attempts += 1
        pending.sent_at = now
        pending.hurried = False
        delay = self.backoff.delay(pending.attempts)
        pending.due = None if delay is None else now + delay

    def due(self, now: datetime) -> list[int]:
        """The numbers to retransmit now, oldest first."""
        return sorted(n for n, p in self.unacked.items() if p.due is not None and p.due <= now)

    def untransmitted(self) -> list[int]:
        """Messages kept but not sent in this process's life (restored after a restart)."""
        return sorted(n for n, p in self.unacked.items() if not p.attempts)

    def next_due(self) -> datetime | None:
        return min((p.due for p in self.unacked.values() if p.due is not None), default=None)

    def ack_requested(self) -> AckRequested:
        return AckRequested(self.identifier)

    # ------------------------------------------------------------ acknowledgements

    def on_ack(self, ack: SequenceAcknowledgement, now: datetime, *,
               forget: bool = True) -> tuple[list[int], keys.Writes]:
        """Forget what the destination has; retransmit Nacked numbers early. Raises
        InvalidAcknowledgement for numbers never sent. A Nack of a number acknowledged
        already is a stale acknowledgement overtaken by a newer one: ignored. ``forget=False``
        (request/response) keeps acknowledged messages until their answer (:meth:`answer_received`)."""
        usual = len(ack.ranges) == 1 and not ack.nacks  # one range (1-n), no Nack
        highest = ack.ranges[0][1] if usual else max([u for _, u in ack.ranges] + list(ack.nacks), default=0)
        if highest >= self.next_number or (ack.nacks and min(ack.nacks) < 1):
            raise InvalidAcknowledgement(f"acknowledgement of numbers never sent on {self.identifier} "
                                         f"(highest sent: {self.next_number - 1})", self.identifier)
        if usual:
            lower, upper = ack.ranges[0]
            newly = [n for n in self.unacked if lower <= n <= upper]
        else:
            received = ack.received
            newly = [n for n in self.unacked if n in received]
        newly.sort()
        writes: keys.Writes = self.forget(*newly) if forget else {}
        for number in ack.nacks:
            # Missing at the destination: retransmit early, once per copy, and not before half
            # the initial delay since that copy left (it may still be on its way).
            pending = self.unacked.get(number)
            if pending is not None and pending.sent_at is not None and not pending.hurried:
                early = max(now, pending.sent_at + self.backoff.initial / 2)
                pending.due = early if pending.due is None else min(pending.due, early)
                pending.hurried = True
        return newly, writes

    def answer_received(self, number: int) -> None:
        """Request/response: the answer to ``number`` came; forget the request in the next
        batch (:meth:`forgetting`), acknowledge the answer once that batch is on disk."""
        if self.unacked.pop(number, None) is not None:
            self.unsaved.append(number)

    def forgetting(self) -> tuple[list[int], keys.Writes]:
        """The requests answered since the last batch and the writes forgetting them; once
        persisted, pass the numbers to :meth:`forgotten`."""
        numbers, self.unsaved = self.unsaved, []
        writes: keys.Writes = {keys.message(self.identifier, n): None for n in numbers}
        return numbers, self._keep_next(writes, numbers)

    def forgotten(self, numbers: Iterable[int]) -> None:
        for number in numbers:
            self.answered.add(number)

    def forget(self, *numbers: int) -> keys.Writes:
        """Drop messages that need no retransmission any more."""
        writes: keys.Writes = {}
        for number in numbers:
            if self.unacked.pop(number, None) is not None:
                writes[keys.message(self.identifier, number)] = None
        return self._keep_next(writes, numbers)

    def _keep_next(self, writes: keys.Writes, forgotten: Collection[int]) -> keys.Writes:
        """Forgetting the highest message sent loses the record of the next number: the meta
        keeps it then (one-way sequences; a client's batch always keeps a newer request, an
        answer sequence's next number comes from its requests' delivery record)."""
        if self.answers_to is None and self.next_number - 1 in forgotten:
            writes.update(self.meta_writes())
        return writes

    # ------------------------------------------------------------ ending

    def close(self) -> tuple[CloseSequence, keys.Writes]:
        self._check_open()
        self.closed = True
        return CloseSequence(self.identifier, self.next_number - 1), self.meta_writes()

    def terminate(self) -> tuple[TerminateSequence, keys.Writes]:
        """End the sequence: whatever is still unacknowledged is given up."""
        if self.terminated:
            raise SequenceTerminated(f"sequence {self.identifier} is terminated", self.identifier)
        self.terminated = True
        writes: keys.Writes = {keys.message(self.identifier, n): None for n in self.unacked}
        self.unacked.clear()
        return TerminateSequence(self.identifier, self.next_number - 1), {**writes, **self.meta_writes()}

    def _check_open(self) -> None:
        if self.terminated:
            raise SequenceTerminated(f"sequence {self.identifier} is terminated", self.identifier)
        if self.closed:
            raise SequenceClosed(f"sequence {self.identifier} is closed", self.identifier)

    # ------------------------------------------------------------ persistence

    def meta_writes(self) -> keys.Writes:
        meta = {"offer": self.offer, "remote": self.remote, "for": self.answers_to, "next": self.next_number,
                "accepted": self.accepted, "closed": self.closed, "terminated": self.terminated}
        return {keys.source(self.identifier): json.dumps(meta, separators=(",", ":")).encode()}

    @classmethod
    def restore(cls, identifier: str, meta: bytes, messages: Iterable[tuple[str, bytes]], *,
                window: int = 64, backoff: Backoff = Backoff(), max_number: int = MAX_NUMBER,
                at_least: int = 1) -> Source:
        """A source as persisted. Its unacknowledged messages come back untransmitted
        (:meth:`untransmitted`): they may never have left before the crash. ``at_least``: a
        next number known from elsewhere (an answer sequence: one past its requests delivered)."""
        values = json.loads(meta)
        source = cls(identifier, offer=values["offer"], remote=values["remote"], answers_to=values["for"],
                     window=window, backoff=backoff, max_number=max_number)
        source.accepted, source.closed, source.terminated = values["accepted"], values["closed"], values["terminated"]
        for key, value in messages:
            service, document = keys.decode_message(value)
            source.unacked[keys.number_of(key)] = Pending(service, document)
        source.next_number = max(values["next"], at_least, max(source.unacked, default=0) + 1)
        # Below the next number, what is not kept was answered and forgotten on disk.
        lower = 1
        for number in sorted(source.unacked):
            if number > lower:
                source.answered.add_range(lower, number - 1)
            lower = number + 1
        if lower < source.next_number:
            source.answered.add_range(lower, source.next_number - 1)
        return source

"""The RM destination, sans-IO: decides for each arriving message whether to deliver it,
hold it (InOrder, a gap before it), or drop it as a duplicate; builds acknowledgements.

Durability protocol (the caller persists each step's writes before the next step):

1. ``receive`` -> DELIVER, whose writes are the delivery's *marker*; or HOLD, with writes
   keeping the document (only then may it be acknowledged);
2. the caller hands the document to the role (a held one once ``ready`` lists it), the marker
   in the store wherever the role's writes may be kept in part;
3. ``delivered`` -> writes recording the delivery (the delivered ranges, one small record)
   and removing the marker, to be committed together with whatever must survive with it (the
   kept answer).

Where the role's writes and step 3 commit as one unit of the store (the transport runs them
in ``Store.atomic`` with the marker), the marker is written only if the unit is split, and a
crash keeps either everything or nothing of the delivery. Otherwise the caller writes the
marker before step 2. Either way a restored destination flags as *in doubt* exactly the
first delivery of the numbers whose marker it finds: those the role may have acted on in
part before the process died. A message is never lost: it was not acknowledged before step
3, so it comes again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from energyinterop.wrappers.reliable import keys
from energyinterop.wrappers.reliable.faults import (
    MalformedRmHeader,
    MessageNumberRollover,
    SequenceClosed,
    SequenceTerminated,
)
from energyinterop.wrappers.reliable.messages import MAX_NUMBER, Assurance, SequenceAcknowledgement
from energyinterop.wrappers.reliable.ranges import RangeSet


class Action(Enum):
    DELIVER = "deliver"  # hand it to the role now
    HOLD = "hold"  # kept (persisted) until the gap before it is filled
    DUPLICATE = "duplicate"  # delivered (or held) already: not again
    BUSY = "busy"  # being delivered right now (a copy raced the first): ask again later
    REFUSED = "refused"  # no room to hold it: not kept, not acknowledged; it will come again


@dataclass(slots=True)
class Receipt:
    action: Action
    writes: keys.Writes = field(default_factory=dict)
    in_doubt: bool = False  # a redelivery after a crash in the middle of its delivery


class Destination:
    """One inbound sequence. ``owner``: the identity (certificate fingerprint) of the party
    that created it, when known; ``offer``: the reverse sequence for answers."""

    def __init__(self, identifier: str, *, assurance: Assurance = Assurance.EXACTLY_ONCE | Assurance.IN_ORDER,
                 offer: str | None = None, owner: str | None = None, window: int = 64,
                 max_number: int = MAX_NUMBER, busy_timeout: timedelta = timedelta(seconds=60)) -> None:
        self.identifier = identifier
        self.assurance = assurance
        self.offer = offer
        self.owner = owner
        self.window = window
        self.max_number = max_number
        self.busy_timeout = busy_timeout
        self.delivered_set = RangeSet()
        self.held: dict[int, tuple[str, bytes]] = {}  # number -> (service, document)
        self.busy: dict[int, datetime] = {}  # handed to the role, delivery not recorded yet
        self.doubtful: set[int] = set()  # after a restore: numbers whose marker was found
        self.closed_at: int | None = None  # the last number, once closed
        self.terminated = False

    @property
    def next_expected(self) -> int:
        return self.delivered_set.through + 1

    # ------------------------------------------------------------ arrival

    def receive(self, number: int, document: bytes, now: datetime, service: str = "") -> Receipt:
        if self.terminated:
            raise SequenceTerminated(f"sequence {self.identifier} is terminated", self.identifier)
        if number < 1:
            raise MalformedRmHeader(f"message number {number} on {self.identifier}", self.identifier)
        if number > self.max_number:
            raise MessageNumberRollover(f"message number {number} above {self.max_number} on {self.identifier}",
                                        self.identifier)
        if self.closed_at is not None and number not in self.delivered_set and number not in self.held:
            raise SequenceClosed(f"sequence {self.identifier} is closed at {self.closed_at}", self.identifier)
        started = self.busy.get(number)
        if started is not None and now - started < self.busy_timeout:
            return Receipt(Action.BUSY)
        if number in self.delivered_set and self.assurance.dedupe:
            return Receipt(Action.DUPLICATE)
        if number > self.next_expected and Assurance.IN_ORDER in self.assurance:
            if number in self.held:
                return Receipt(Action.DUPLICATE)
            if len(self.held) >= self.window:
                return Receipt(Action.REFUSED)
            self.held[number] = (service, document)
            return Receipt(Action.HOLD, {keys.held(self.identifier, number): keys.encode_message(service, document)})
        return self._start(number, now)

    def _start(self, number: int, now: datetime) -> Receipt:
        self.busy[number] = now
        return Receipt(Action.DELIVER, {keys.in_progress(self.identifier, number): b""}, number in self.doubtful)

    def ready(self, now: datetime) -> list[tuple[int, str, bytes, Receipt]]:
        """Held messages that are next now (InOrder), in order, each marked in progress:
        (number, service, document, receipt); deliver each, then record it with
        :meth:`delivered` (or give it back with :meth:`abandoned`)."""
        out = []
        number = self.next_expected
        while number in self.held and number not in self.busy:
            service, document = self.held[number]
            out.append((number, service, document, self._start(number, now)))
            number += 1
        return out

    def delivered(self, number: int, *, marked: bool = True) -> keys.Writes:
        """The role has the message: record it (persist with the answer, if any).
        ``marked``: the delivery's marker may be in the store (then the record removes it)."""
        self.busy.pop(number, None)
        self.doubtful.discard(number)
        self.delivered_set.add(number)
        writes: keys.Writes = {keys.delivered(self.identifier): self.delivered_set.format().encode()}
        if marked:
            writes[keys.in_progress(self.identifier, number)] = None
        if self.held.pop(number, None) is not None:
            writes[keys.held(self.identifier, number)] = None
        return writes

    def abandoned(self, number: int) -> None:
        """The role failed on the message: it may be delivered again when it comes again."""
        self.busy.pop(number, None)

    # ------------------------------------------------------------ acknowledgement

    def ack(self) -> SequenceAcknowledgement:
        """What is safe with us (delivered or held), and the gaps below the highest."""
        final = self.closed_at is not None or self.terminated
        delivered = self.delivered_set.ranges
        if not self.held and (not delivered or (len(delivered) == 1 and delivered[0][0] == 1)):
            return SequenceAcknowledgement(self.identifier, delivered, (), final)  # the usual case: 1-n
        ranges = [list(r) for r in delivered]
        for number in sorted(self.held):  # held only exists under InOrder: all above the delivered
            if ranges and number <= ranges[-1][1] + 1:
                ranges[-1][1] = max(ranges[-1][1], number)
            else:
                ranges.append([number, number])
        nacks, expected = [], 1
        for lower, upper in ranges:
            nacks.extend(range(expected, lower))
            expected = upper + 1
        return SequenceAcknowledgement(self.identifier, tuple((lo, hi) for lo, hi in ranges), tuple(nacks), final)

    # ------------------------------------------------------------ ending

    def close(self, last_number: int) -> keys.Writes:
        if self.terminated:
            raise SequenceTerminated(f"sequence {self.identifier} is terminated", self.identifier)
        self.closed_at = last_number
        return self.meta_writes()

    def terminate(self) -> keys.Writes:
        """Forget the sequence but a tombstone (later messages get SequenceTerminated)."""
        writes: keys.Writes = {keys.held(self.identifier, n): None for n in self.held}
        self.held.clear()
        self.busy.clear()
        self.terminated = True
        return {**writes, **self.meta_writes()}

    # ------------------------------------------------------------ persistence

    def meta_writes(self) -> keys.Writes:
        meta = {"assurance": self.assurance.value, "offer": self.offer, "owner": self.owner,
                "closed": self.closed_at, "terminated": self.terminated}
        return {keys.destination(self.identifier): json.dumps(meta, separators=(",", ":")).encode()}

    @classmethod
    def restore(cls, identifier: str, meta: bytes, entries: Iterable[tuple[str, bytes]], *, window: int = 64,
                max_number: int = MAX_NUMBER, busy_timeout: timedelta = timedelta(seconds=60)) -> Destination:
        """A destination as persisted; ``entries``: its delivery record (``r``), held
        messages (``h`` keys) and delivery markers (``p`` keys)."""
        values = json.loads(meta)
        destination = cls(identifier, assurance=Assurance(values["assurance"]), offer=values["offer"],
                          owner=values["owner"], window=window, max_number=max_number,
                          busy_timeout=busy_timeout)
        destination.closed_at, destination.terminated = values["closed"], values["terminated"]
        markers = []
        for key, value in entries:
            if key.endswith(":r"):
                destination.delivered_set = RangeSet.parse(value.decode())
            elif key[-22:-20] == "p:":
                markers.append(keys.number_of(key))
            else:
                destination.held[keys.number_of(key)] = keys.decode_message(value)
        destination.doubtful = {n for n in markers if n not in destination.delivered_set}
        return destination

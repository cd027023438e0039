"""The sans-IO RM source and destination through a seeded lossy network.

The network drops 30% of the messages in each direction, duplicates 30% of what it lets
through and delays 30% of the copies by up to 40 round trips (so they overtake later
ones). Time is virtual; a run of 10,000 messages takes a second or two of real time.
Crashes are simulated by rebuilding a side from the key/value writes it persisted.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from energyinterop.wrappers.reliable import Action, Assurance, Backoff, Destination, Source
from energyinterop.wrappers.reliable import keys
from energyinterop.wrappers.reliable.messages import SequenceAcknowledgement

T0 = datetime(2026, 11, 24, 12, tzinfo=UTC)
LATENCY = 0.01  # one way, seconds of virtual time


class LossyChannel:
    """One direction: drop, duplicate, reorder (each with its own probability)."""

    def __init__(self, rng: random.Random, drop: float, duplicate: float, reorder: float) -> None:
        self.rng, self.drop, self.duplicate, self.reorder = rng, drop, duplicate, reorder
        self.sent = self.dropped = self.duplicated = self.reordered = 0

    def copies(self) -> list[float]:
        """The delays of the copies that arrive (none when dropped)."""
        self.sent += 1
        if self.rng.random() < self.drop:
            self.dropped += 1
            return []
        count = 2 if self.rng.random() < self.duplicate else 1
        self.duplicated += count - 1
        delays = []
        for _ in range(count):
            delay = LATENCY
            if self.rng.random() < self.reorder:
                self.reordered += 1
                delay += self.rng.uniform(0, 40 * 2 * LATENCY)
            delays.append(delay)
        return delays


@dataclass
class Run:
    delivered: list[int] = field(default_factory=list)
    transmissions: int = 0
    crashes: int = 0
    in_doubt: int = 0
    elapsed: float = 0.0


class Simulation:
    """One sequence, source -> destination, acks back, both over lossy channels."""

    def __init__(self, count: int, assurance: Assurance, *, seed: int, loss: float = 0.3,
                 retransmit: bool = True, crash_every: int = 0, window: int = 64) -> None:
        # crash_every: every that many events, one side dies (alternately) and restarts from
        # its writes; the destination also dies once in every that many deliveries right
        # after the application took the message and before the delivery was recorded.
        self.rng = random.Random(seed)
        self.count, self.assurance, self.retransmit, self.window = count, assurance, retransmit, window
        self.crash_every = crash_every
        self.forward = LossyChannel(self.rng, loss, loss, loss)
        self.backward = LossyChannel(self.rng, loss, loss, loss)
        backoff = Backoff(initial=timedelta(seconds=0.2), maximum=timedelta(seconds=3.2),
                          attempts=None if retransmit else 1)
        self.backoff = backoff
        self.source = Source("urn:uuid:s", window=window, backoff=backoff)
        self.destination = Destination("urn:uuid:s", assurance=assurance, window=window)
        self.source_kv: dict[str, bytes] = {}
        self.destination_kv: dict[str, bytes] = {}
        self.apply(self.source_kv, self.source.meta_writes())
        self.apply(self.destination_kv, self.destination.meta_writes())
        self.events: list[tuple[float, int, str, Any]] = []
        self.order = 0
        self.now = 0.0
        self.submitted = 0
        self.tick_at: float | None = None
        self.run = Run()
        self.log: set[int] = set()  # the application's own record, for in-doubt checks

    @staticmethod
    def apply(kv: dict[str, bytes], writes: keys.Writes) -> None:
        for key, value in writes.items():
            if value is None:
                kv.pop(key, None)
            else:
                kv[key] = value

    def clock(self) -> datetime:
        return T0 + timedelta(seconds=self.now)

    def push(self, at: float, kind: str, payload: Any) -> None:
        self.order += 1
        heapq.heappush(self.events, (at, self.order, kind, payload))

    # ------------------------------------------------------------ source side

    def transmit(self, number: int) -> None:
        pending = self.source.unacked[number]
        self.run.transmissions += 1
        for delay in self.forward.copies():
            self.push(self.now + delay, "data", (number, pending.document))
        self.source.transmitted(number, self.clock())

    def pump(self) -> None:
        while self.submitted < self.count and self.source.can_send():
            self.submitted += 1
            number, writes = self.source.send("EiEvent", b"message %d" % self.submitted)
            self.apply(self.source_kv, writes)  # persisted before it leaves
            self.transmit(number)
        self.schedule_tick()

    def schedule_tick(self) -> None:
        due = self.source.next_due()
        if due is None:
            return
        at = (due - T0).total_seconds()
        if self.tick_at is None or at < self.tick_at or self.tick_at <= self.now:
            self.tick_at = at
            self.push(at, "tick", None)

    def tick(self) -> None:
        for number in self.source.due(self.clock()):
            self.transmit(number)
        self.schedule_tick()

    def on_ack(self, ack: SequenceAcknowledgement) -> None:
        _, writes = self.source.on_ack(ack, self.clock())
        self.apply(self.source_kv, writes)
        self.pump()

    # ------------------------------------------------------------ destination side

    def on_data(self, number: int, document: bytes) -> None:
        receipt = self.destination.receive(number, document, self.clock())
        # After a restart, a held message may be next already: any arrival releases it.
        ready = ([(number, "", document, receipt)] if receipt.action is Action.DELIVER
                 else self.destination.ready(self.clock()))
        if receipt.action is Action.HOLD:
            self.apply(self.destination_kv, receipt.writes)
        while ready:
            for n, _, doc, each in ready:
                self.apply(self.destination_kv, each.writes)  # "in progress", before the application
                self.deliver(n, doc, each.in_doubt)
                if self.crash_every and len(self.run.delivered) % self.crash_every == 0 and not each.in_doubt:
                    self.crash("destination")  # the delivery was never recorded
                    return
                self.apply(self.destination_kv, self.destination.delivered(n))
            ready = self.destination.ready(self.clock())
        ack = self.destination.ack()
        for delay in self.backward.copies():
            self.push(self.now + delay, "ack", ack)

    def deliver(self, number: int, document: bytes, in_doubt: bool) -> None:
        assert document == b"message %d" % number
        if in_doubt:
            self.run.in_doubt += 1
            if number in self.log:  # the one check the in-doubt flag asks for
                return
        self.log.add(number)
        self.run.delivered.append(number)

    # ------------------------------------------------------------ crashes

    def crash(self, side: str) -> None:
        """Rebuild one side from what it persisted (memory state is lost)."""
        self.run.crashes += 1
        if side == "source":
            kv = self.source_kv
            messages = [(k, v) for k, v in sorted(kv.items()) if k.startswith("s:urn:uuid:s:m:")]
            self.source = Source.restore("urn:uuid:s", kv["s:urn:uuid:s"], messages, window=self.window,
                                         backoff=self.backoff)
            for number in self.source.untransmitted():
                self.transmit(number)
            self.schedule_tick()
        else:
            kv = self.destination_kv
            entries = [(k, v) for k, v in sorted(kv.items()) if k.startswith("d:urn:uuid:s:")]
            self.destination = Destination.restore("urn:uuid:s", kv["d:urn:uuid:s"], entries, window=self.window)

    # ------------------------------------------------------------ the loop

    def go(self) -> Run:
        self.pump()
        handled = 0
        while self.events:
            self.now, _, kind, payload = heapq.heappop(self.events)
            if kind == "data":
                self.on_data(*payload)
            elif kind == "ack":
                self.on_ack(payload)
            else:
                self.tick()
            handled += 1
            if self.crash_every and handled % self.crash_every == 0:
                self.crash("source" if handled // self.crash_every % 2 else "destination")
            if self.submitted == self.count and not self.source.unacked:
                break
        self.run.elapsed = self.now
        return self.run


def test_ten_thousand_messages_arrive_exactly_once_and_in_order() -> None:
    simulation = Simulation(10_000, Assurance.EXACTLY_ONCE | Assurance.IN_ORDER, seed=4)
    run = simulation.go()
    assert run.delivered == list(range(1, 10_001))
    # The network really was that bad, both ways.
    for channel in (simulation.forward, simulation.backward):
        assert 0.27 < channel.dropped / channel.sent < 0.33
        assert 0.27 < channel.duplicated / (channel.sent - channel.dropped) < 0.33
        assert channel.reordered > 0.25 * channel.sent
    assert run.transmissions > 10_000 * 1.3
    assert simulation.source_kv.keys() == {"s:urn:uuid:s"}  # nothing left unacknowledged
    # Nothing held, nothing in doubt: the meta and the delivery record.
    assert simulation.destination_kv.keys() == {"d:urn:uuid:s", "d:urn:uuid:s:r"}
    assert simulation.destination_kv["d:urn:uuid:s:r"] == b"1-10000"


def test_at_least_once_delivers_everything_and_duplicates_show() -> None:
    run = Simulation(2_000, Assurance.AT_LEAST_ONCE, seed=5).go()
    assert set(run.delivered) == set(range(1, 2_001))
    assert len(run.delivered) > 2_000  # duplicates are allowed through, and there were some


def test_at_most_once_without_retransmission_loses_but_never_duplicates() -> None:
    run = Simulation(2_000, Assurance.AT_MOST_ONCE, seed=6, retransmit=False).go()
    assert len(run.delivered) == len(set(run.delivered))
    assert 1_200 < len(run.delivered) < 2_000  # about 30% lost for good
    assert run.delivered != sorted(run.delivered)  # and no order promised


def test_at_most_once_with_retransmission_loses_nothing() -> None:
    run = Simulation(2_000, Assurance.AT_MOST_ONCE, seed=7).go()
    assert sorted(run.delivered) == list(range(1, 2_001))


def test_in_order_alone_delivers_in_send_order() -> None:
    run = Simulation(2_000, Assurance.IN_ORDER, seed=8).go()
    assert run.delivered == sorted(run.delivered) and len(set(run.delivered)) == len(run.delivered)
    assert run.delivered == list(range(1, 2_001))  # with retransmission nothing is missing either


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_crashes_of_either_side_lose_nothing_and_deliver_nothing_twice(seed: int) -> None:
    simulation = Simulation(3_000, Assurance.EXACTLY_ONCE | Assurance.IN_ORDER, seed=seed, crash_every=997)
    run = simulation.go()
    assert run.crashes >= 5
    assert run.in_doubt >= 3  # each crash in the middle of a delivery came back flagged
    assert run.delivered == list(range(1, 3_001))


def test_backoff_grows_to_its_cap_and_never_overflows() -> None:
    backoff = Backoff(initial=timedelta(seconds=1), factor=2.0, maximum=timedelta(minutes=1))
    assert [backoff.delay(n) for n in (1, 2, 3, 7)] == [timedelta(seconds=s) for s in (1, 2, 4, 60)]
    # Retrying until acknowledged: thousands of attempts stay at the cap.
    assert backoff.delay(10_000) == timedelta(minutes=1)
    assert Backoff(attempts=3).delay(3) is None


def test_the_window_bounds_what_is_sent_past_the_oldest_unacknowledged_message() -> None:
    """Flow control: a source numbers at most ``window`` messages from the oldest one not
    acknowledged; the next is refused (WindowFull) until that one is acknowledged."""
    from energyinterop.wrappers.reliable.faults import WindowFull

    source = Source("urn:uuid:w", window=3, backoff=Backoff())
    assert [source.send("EiEvent", b"<m/>")[0] for _ in range(3)] == [1, 2, 3]
    with pytest.raises(WindowFull):
        source.send("EiEvent", b"<m/>")
    source.on_ack(SequenceAcknowledgement("urn:uuid:w", ranges=((2, 3),)), datetime.now(UTC))
    with pytest.raises(WindowFull):  # 1 is still the oldest unacknowledged
        source.send("EiEvent", b"<m/>")
    source.on_ack(SequenceAcknowledgement("urn:uuid:w", ranges=((1, 3),)), datetime.now(UTC))
    assert source.send("EiEvent", b"<m/>")[0] == 4

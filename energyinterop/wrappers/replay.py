"""Replay protection for signed OpenADR 2.0b payloads (``dsp:ReplayProtect``).

A message is accepted once: its timestamp must lie within ``window`` of ``now`` on either
side, and its nonce must not have been seen while that timestamp was acceptable.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from energyinterop.xml.errors import CodecError, ResponseCode


class ReplayError(CodecError):
    """The ReplayProtect property of a signed payload is missing, stale or reused.

    Answered with 459 (compliance error): the signature itself may be fine, but the message
    breaks the replay-protection rule of the 2.0b security profile.
    """

    code = ResponseCode.COMPLIANCE_ERROR


class MissingTimestamp(ReplayError):
    """No (or an unreadable) ``dsp:timestamp``."""


class EmptyNonce(ReplayError):
    """No, or an empty, ``dsp:nonce``."""


class TimestampTooOld(ReplayError):
    """The timestamp is older than the window (or older than the memory can vouch for)."""


class TimestampInFuture(ReplayError):
    """The timestamp is further ahead of ``now`` than the window."""


class ReplayedNonce(ReplayError):
    """The nonce was already used within the window."""


@dataclass(frozen=True)
class ReplaySnapshot:
    """The guard's state, for persistence: remembered ``(nonce, timestamp)`` pairs in
    arrival order, and the horizon below which timestamps are refused."""

    entries: tuple[tuple[str, datetime], ...]
    horizon: datetime | None


class ReplayGuard:
    """Bounded nonce memory with amortised O(1) work per message.

    Nonces sit in an insertion-ordered dict with their timestamp; expired entries are
    popped from the front (each entry is popped once, hence amortised O(1)). Arrival order
    is not timestamp order, so an unexpired entry at the front may keep later expired ones
    alive a little longer: that only errs on the safe side.

    When the memory is full the oldest entry is evicted; its timestamp raises ``horizon``
    and any later message stamped at or before the horizon is refused, so an evicted nonce
    can never be replayed (fail closed rather than forget).
    """

    def __init__(self, window: timedelta, capacity: int) -> None:
        if window <= timedelta(0):
            raise ValueError("window must be positive")
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.window = window
        self.capacity = capacity
        self._seen: OrderedDict[str, datetime] = OrderedDict()
        self._horizon: datetime | None = None

    def __len__(self) -> int:
        return len(self._seen)

    def check(self, nonce: str | None, timestamp: datetime | None, now: datetime) -> None:
        """Accept (and remember) the message or raise a :class:`ReplayError`."""
        if timestamp is None:
            raise MissingTimestamp("ReplayProtect has no timestamp")
        if nonce is None or not nonce.strip():
            raise EmptyNonce("ReplayProtect nonce is empty")
        if timestamp < now - self.window:
            raise TimestampTooOld(
                f"timestamp {timestamp.isoformat()} is more than {self.window} before {now.isoformat()}"
            )
        if timestamp > now + self.window:
            raise TimestampInFuture(
                f"timestamp {timestamp.isoformat()} is more than {self.window} after {now.isoformat()}"
            )
        self._expire(now)
        if nonce in self._seen:
            raise ReplayedNonce(f"nonce {nonce!r} was already used")
        if self._horizon is not None and timestamp <= self._horizon:
            raise TimestampTooOld(
                f"timestamp {timestamp.isoformat()} is not after {self._horizon.isoformat()}, "
                "the oldest time the full nonce memory can still vouch for"
            )
        while len(self._seen) >= self.capacity:
            _, evicted = self._seen.popitem(last=False)
            if evicted + self.window >= now and (self._horizon is None or evicted > self._horizon):
                self._horizon = evicted
        self._seen[nonce] = timestamp

    def _expire(self, now: datetime) -> None:
        cutoff = now - self.window
        while self._seen:
            nonce, stamp = next(iter(self._seen.items()))
            if stamp >= cutoff:
                break
            del self._seen[nonce]
        if self._horizon is not None and self._horizon < cutoff:
            self._horizon = None  # the window itself now refuses anything that old

    def snapshot(self) -> ReplaySnapshot:
        return ReplaySnapshot(entries=tuple(self._seen.items()), horizon=self._horizon)

    def restore(self, snapshot: ReplaySnapshot) -> None:
        """Replace the state with a snapshot (the newest ``capacity`` entries are kept)."""
        entries = snapshot.entries[-self.capacity:]
        self._seen = OrderedDict(entries)
        self._horizon = snapshot.horizon
        dropped = snapshot.entries[: len(snapshot.entries) - len(entries)]
        for _, stamp in dropped:  # dropped entries are forgotten: fail closed on their times
            if self._horizon is None or stamp > self._horizon:
                self._horizon = stamp

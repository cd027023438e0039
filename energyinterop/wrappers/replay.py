"""Replay protection for signed OpenADR 2.0b payloads (``dsp:ReplayProtect``).

A message is accepted once: its timestamp must lie within ``window`` of ``now`` on either
side, and its nonce must not have been seen while that timestamp was acceptable.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from energyinterop.store.base import Store
from energyinterop.xml.errors import CodecError, ResponseCode


class ReplayError(CodecError):
    """The ReplayProtect property of a signed payload is missing, stale or reused.

    Answered with 459 (compliance error): the signature itself may be fine, but the message
    breaks the replay-protection rule of the 2.0b security profile.
    """

    code = ResponseCode.COMPLIANCE_ERROR

    def describe(self) -> str:  # the class names the refusal on the wire too
        return f"{type(self).__name__}: {super().describe()}"


class MissingTimestamp(ReplayError):
    """No (or an unreadable) ``dsp:timestamp``."""


class EmptyNonce(ReplayError):
    """No, or an empty, ``dsp:nonce``."""


class OversizedNonce(ReplayError):
    """A nonce longer than :data:`MAX_NONCE_LENGTH` characters (kept in memory and in the store)."""


MAX_NONCE_LENGTH = 256


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

    def check(self, nonce: str | None, timestamp: datetime | None, now: datetime) -> tuple[str, ...]:
        """Accept (and remember) the message or raise a :class:`ReplayError`; answers the
        nonces forgotten meanwhile (expired or evicted), for a persistent copy to drop."""
        if timestamp is None:
            raise MissingTimestamp("ReplayProtect has no timestamp")
        if nonce is None or not nonce.strip():
            raise EmptyNonce("ReplayProtect nonce is empty")
        if len(nonce) > MAX_NONCE_LENGTH:
            raise OversizedNonce(f"ReplayProtect nonce is longer than {MAX_NONCE_LENGTH} characters")
        if timestamp < now - self.window:
            raise TimestampTooOld(
                f"timestamp {timestamp.isoformat()} is more than {self.window} before {now.isoformat()}"
            )
        if timestamp > now + self.window:
            raise TimestampInFuture(
                f"timestamp {timestamp.isoformat()} is more than {self.window} after {now.isoformat()}"
            )
        forgotten = self._expire(now)
        if nonce in self._seen:
            raise ReplayedNonce(f"nonce {nonce!r} was already used")
        if self._horizon is not None and timestamp <= self._horizon:
            raise TimestampTooOld(
                f"timestamp {timestamp.isoformat()} is not after {self._horizon.isoformat()}, "
                "the oldest time the full nonce memory can still vouch for"
            )
        while len(self._seen) >= self.capacity:
            old, evicted = self._seen.popitem(last=False)
            forgotten.append(old)
            if evicted + self.window >= now and (self._horizon is None or evicted > self._horizon):
                self._horizon = evicted
        self._seen[nonce] = timestamp
        return tuple(forgotten)

    @property
    def horizon(self) -> datetime | None:
        return self._horizon

    def _expire(self, now: datetime) -> list[str]:
        cutoff = now - self.window
        expired = []
        while self._seen:
            nonce, stamp = next(iter(self._seen.items()))
            if stamp >= cutoff:
                break
            del self._seen[nonce]
            expired.append(nonce)
        if self._horizon is not None and self._horizon < cutoff:
            self._horizon = None  # the window itself now refuses anything that old
        return expired

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


# Event-loop turns a pending commit waits at most for more nonces to join it (see
# StoredReplayGuard): each turn costs a request in hand no more than that turn's work.
GATHER_TURNS = 4


class StoredReplayGuard:
    """A :class:`ReplayGuard` whose memory is also kept in a store (key/value namespace), so a
    restart, or a crash, forgets no nonce that was accepted.

    Write-through with group commit: each accepted nonce is written, with the nonces
    forgotten meanwhile deleted, before :meth:`check` returns and the message goes on to the
    role. Nonces accepted while a commit is pending join it: one ``put_values`` transaction for
    all of them, and each caller waits for the commit that holds its own nonce. The commit
    waits while its batch grows, a turn of the event loop at a time and :data:`GATHER_TURNS` at
    most: requests read from the network in one turn reach the guard a turn or two later, so
    those in hand all join (with 16 VENs polling, 16 nonces a commit rather than about 8), and
    each step of their work then runs back to back, caches warm. A steady stream cannot hold a
    commit back beyond the bound. So whatever the role acted on is in the store;
    a crash can lose only nonces of messages that were never answered, whose senders retry
    with new nonces anyway. The memory is read back from the store on first use. Work per
    message stays O(1) amortised: one write, and each forgotten nonce deleted once.

    With several server processes sharing one store, each keeps its own memory (loaded at
    start): a replay sent to another process within the window is caught only by the
    timestamp window, not by the nonce. Run one VTN process per store, or keep the window short.
    """

    NONCE_PREFIX = "n:"
    HORIZON_KEY = "h"

    def __init__(self, guard: ReplayGuard, store: Store | None = None, namespace: str = "signing.replay") -> None:
        self.guard = guard
        self.namespace = namespace
        self._store = store
        self._loaded: Store | None = None
        self._lock = asyncio.Lock()
        # Group commit: the changes not yet written, a future per caller waiting for them, the
        # commit they will go out with, and a lock that keeps commits in order (a nonce deleted
        # then reused is written last).
        self._pending: dict[str, bytes | None] = {}
        self._waiters: list[asyncio.Future[None]] = []
        self._commit: asyncio.Task[None] | None = None
        self._commit_order = asyncio.Lock()

    async def check(self, nonce: str | None, timestamp: datetime | None, now: datetime,
                    store: Store | None = None) -> None:
        """:meth:`ReplayGuard.check`, persisted in ``store`` (the one given at construction
        wins; neither: memory only)."""
        store = self._store or store
        if store is not None and self._loaded is not store:
            await self._load(store)
        horizon = self.guard.horizon
        forgotten = self.guard.check(nonce, timestamp, now)
        if store is None:
            return
        assert nonce is not None and timestamp is not None  # check() refused them otherwise
        items: dict[str, bytes | None] = {self.NONCE_PREFIX + old: None for old in forgotten}
        items[self.NONCE_PREFIX + nonce] = timestamp.isoformat().encode()
        if self.guard.horizon != horizon:
            stamp = self.guard.horizon
            items[self.HORIZON_KEY] = stamp.isoformat().encode() if stamp is not None else None
        self._pending.update(items)
        # A future of its own: a caller that gives up cancels it alone, not the others' commit.
        waiter = asyncio.get_running_loop().create_future()
        if self._commit is None:
            self._waiters = []
            self._commit = asyncio.ensure_future(self._write(store, self._waiters))
        self._waiters.append(waiter)
        await waiter

    async def _write(self, store: Store, waiters: list[asyncio.Future[None]]) -> None:
        """Write the pending changes for the callers in ``waiters`` (a list that grows while the
        commit gathers), then let each go on, or give each the failure."""
        try:
            size = 0
            for _ in range(GATHER_TURNS):  # while requests in hand still add their nonces
                await asyncio.sleep(0)
                if len(self._pending) == size:
                    break
                size = len(self._pending)
            async with self._commit_order:
                batch, self._pending, self._commit = self._pending, {}, None
                await store.put_values(self.namespace, batch)
        except Exception as exc:  # none of the callers goes on to its role
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(exc)
            return
        except BaseException:  # cancelled (the loop is closing): so are the callers
            if self._commit is asyncio.current_task():  # their changes go with the next commit
                self._commit = None
            for waiter in waiters:
                waiter.cancel()
            raise
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _load(self, store: Store) -> None:
        async with self._lock:
            if self._loaded is store:
                return
            stored = await store.list_values(self.namespace, self.NONCE_PREFIX)
            entries = sorted(((key[len(self.NONCE_PREFIX):], datetime.fromisoformat(value.decode()))
                              for key, value in stored), key=lambda entry: entry[1])
            horizon = await store.get_value(self.namespace, self.HORIZON_KEY)
            # Merge: nonces this process accepted before the load stay remembered too.
            merged = dict(entries)
            merged.update(self.guard.snapshot().entries)
            current = self.guard.horizon
            loaded = datetime.fromisoformat(horizon.decode()) if horizon else None
            self.guard.restore(ReplaySnapshot(
                entries=tuple(sorted(merged.items(), key=lambda entry: entry[1])),
                horizon=max((h for h in (current, loaded) if h is not None), default=None)))
            kept = {nonce for nonce, _ in self.guard.snapshot().entries}
            # Entries beyond the capacity are dropped; the horizon now covers them.
            changes: dict[str, bytes | None] = {self.NONCE_PREFIX + n: None for n, _ in entries if n not in kept}
            if self.guard.horizon is not None and self.guard.horizon != loaded:
                changes[self.HORIZON_KEY] = self.guard.horizon.isoformat().encode()
            if changes:
                await store.put_values(self.namespace, changes)
            self._loaded = store

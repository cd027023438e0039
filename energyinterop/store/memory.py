"""The in-memory backend: the reference behaviour of :class:`Store`, for tests and embedding.

Nothing survives the process; SQLite is the embedded default when state must persist.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import datetime

from energyinterop.store.base import (
    Conflict,
    EventRecord,
    OptResponse,
    OptSchedule,
    QueuedMessage,
    ReportData,
    ReportRegistration,
    ReportRequest,
    StoreStats,
    Unit,
    VenRecord,
    WholeUnit,
)

SCHEMA_VERSION = 3  # the SQL stores' migrations.LATEST, whose tables this mirrors


def _check_aware(name: str, value: object) -> None:
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def _aware(record: object) -> None:
    """Refuse naive datetimes, as the SQL backends must (they store instants)."""
    for name in getattr(record, "__slots__", ()):
        _check_aware(name, getattr(record, name))


class MemoryStore:
    """Dicts keyed like the database tables' primary keys."""

    def __init__(self) -> None:
        self._vens: dict[str, VenRecord] = {}
        self._events: dict[str, EventRecord] = {}
        self._opt_responses: dict[tuple[str, str], OptResponse] = {}
        self._opts: dict[str, OptSchedule] = {}
        self._registrations: dict[tuple[str, str], ReportRegistration] = {}
        self._requests: dict[str, ReportRequest] = {}
        self._data: list[ReportData] = []
        self._queues: dict[str, deque[QueuedMessage]] = {}
        self._values: dict[tuple[str, str], bytes] = {}
        self._logs: dict[str, list[bytes]] = {}
        self._sequence = 0

    async def open(self) -> None:
        return None

    @asynccontextmanager
    async def atomic(self, namespace: str, marker: Mapping[str, bytes]) -> AsyncIterator[Unit]:
        # A crash keeps nothing at all here; an exception keeps what was written before it.
        yield WholeUnit()

    async def close(self) -> None:
        return None

    async def schema_version(self) -> int:
        return SCHEMA_VERSION

    async def add_ven(self, ven: VenRecord) -> None:
        if ven.ven_id in self._vens:
            raise Conflict(f"a VEN with id {ven.ven_id!r} exists")
        await self.put_ven(ven)

    async def put_ven(self, ven: VenRecord) -> None:
        _aware(ven)
        if any(v.ven_name == ven.ven_name and v.ven_id != ven.ven_id for v in self._vens.values()):
            raise Conflict(f"another VEN is named {ven.ven_name!r}")
        self._vens[ven.ven_id] = ven

    async def get_ven(self, ven_id: str) -> VenRecord | None:
        return self._vens.get(ven_id)

    async def find_ven_by_name(self, ven_name: str) -> VenRecord | None:
        return next((v for v in self._vens.values() if v.ven_name == ven_name), None)

    async def find_ven_by_registration(self, registration_id: str) -> VenRecord | None:
        return next((v for v in self._vens.values() if v.registration_id == registration_id), None)

    async def find_ven_by_fingerprint(self, fingerprint: str) -> VenRecord | None:
        return next((v for v in self._vens.values() if v.fingerprint == fingerprint), None)

    async def list_vens(self) -> list[VenRecord]:
        return sorted(self._vens.values(), key=lambda v: v.ven_id)

    async def delete_ven(self, ven_id: str) -> bool:
        self._queues.pop(ven_id, None)
        return self._vens.pop(ven_id, None) is not None

    async def put_event(self, event: EventRecord) -> None:
        _aware(event)
        self._events[event.event_id] = event

    async def get_event(self, event_id: str) -> EventRecord | None:
        return self._events.get(event_id)

    async def list_events(self, *, include_cancelled: bool = True) -> list[EventRecord]:
        events = sorted(self._events.values(), key=lambda e: (e.start, e.event_id))
        return [e for e in events if include_cancelled or not e.cancelled]

    async def put_opt_response(self, response: OptResponse) -> None:
        _aware(response)
        self._opt_responses[(response.event_id, response.ven_id)] = response

    async def list_opt_responses(self, event_id: str | None = None) -> list[OptResponse]:
        responses = sorted(self._opt_responses.values(), key=lambda r: (r.event_id, r.ven_id))
        return [r for r in responses if event_id is None or r.event_id == event_id]

    async def put_opt(self, opt: OptSchedule) -> None:
        _aware(opt)
        self._opts[opt.opt_id] = opt

    async def get_opt(self, opt_id: str) -> OptSchedule | None:
        return self._opts.get(opt_id)

    async def list_opts(self, ven_id: str | None = None) -> list[OptSchedule]:
        opts = sorted(self._opts.values(), key=lambda o: o.opt_id)
        return [o for o in opts if ven_id is None or o.ven_id == ven_id]

    async def put_report_registration(self, registration: ReportRegistration) -> None:
        _aware(registration)
        self._registrations[(registration.ven_id, registration.report_specifier_id)] = registration

    async def list_report_registrations(self, ven_id: str | None = None) -> list[ReportRegistration]:
        found = sorted(self._registrations.values(), key=lambda r: (r.ven_id, r.report_specifier_id))
        return [r for r in found if ven_id is None or r.ven_id == ven_id]

    async def put_report_request(self, request: ReportRequest) -> None:
        _aware(request)
        self._requests[request.report_request_id] = request

    async def get_report_request(self, report_request_id: str) -> ReportRequest | None:
        return self._requests.get(report_request_id)

    async def list_report_requests(self, ven_id: str | None = None) -> list[ReportRequest]:
        found = sorted(self._requests.values(), key=lambda r: r.report_request_id)
        return [r for r in found if ven_id is None or r.ven_id == ven_id]

    async def add_report_data(self, data: list[ReportData]) -> None:
        for item in data:
            _aware(item)
        self._data.extend(data)

    async def list_report_data(self, ven_id: str | None = None,
                               report_request_id: str | None = None) -> list[ReportData]:
        return [d for d in self._data
                if (ven_id is None or d.ven_id == ven_id)
                and (report_request_id is None or d.report_request_id == report_request_id)]

    async def enqueue(self, ven_id: str, document: bytes, now: datetime) -> int:
        _check_aware("now", now)
        self._sequence += 1
        self._queues.setdefault(ven_id, deque()).append(QueuedMessage(self._sequence, ven_id, document, now))
        return self._sequence

    async def dequeue(self, ven_id: str) -> QueuedMessage | None:
        queue = self._queues.get(ven_id)
        return queue.popleft() if queue else None

    async def peek(self, ven_id: str) -> QueuedMessage | None:
        queue = self._queues.get(ven_id)
        return queue[0] if queue else None

    async def remove(self, ven_id: str, sequence: int) -> bool:
        queue = self._queues.get(ven_id, deque())
        for message in queue:
            if message.sequence == sequence:
                queue.remove(message)
                return True
        return False

    async def pending(self, ven_id: str) -> int:
        return len(self._queues.get(ven_id, ()))

    async def put_value(self, namespace: str, key: str, value: bytes) -> None:
        self._values[(namespace, key)] = value

    async def get_value(self, namespace: str, key: str) -> bytes | None:
        return self._values.get((namespace, key))

    async def put_values(self, namespace: str, items: Mapping[str, bytes | None]) -> None:
        for key, value in items.items():
            if value is None:
                self._values.pop((namespace, key), None)
            else:
                self._values[(namespace, key)] = value

    async def delete_value(self, namespace: str, key: str) -> bool:
        return self._values.pop((namespace, key), None) is not None

    async def list_values(self, namespace: str, prefix: str = "") -> list[tuple[str, bytes]]:
        return sorted((key, value) for (space, key), value in self._values.items()
                      if space == namespace and key.startswith(prefix))

    async def append_log(self, stream: str, entries: Sequence[bytes]) -> list[int]:
        log = self._logs.setdefault(stream, [])
        first = len(log) + 1
        log.extend(entries)
        return list(range(first, first + len(entries)))

    async def read_log(self, stream: str, after: int = 0) -> list[tuple[int, bytes]]:
        log = self._logs.get(stream, [])
        return list(enumerate(log[after:], start=after + 1)) if after >= 0 else []

    async def stats(self) -> StoreStats:
        return StoreStats(
            vens=len(self._vens),
            registered=sum(1 for v in self._vens.values() if v.registration_id),
            events=len(self._events),
            queued=sum(len(q) for q in self._queues.values()),
        )

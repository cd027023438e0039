"""The one storage interface of the VTN and VEN: records, and the protocol every backend keeps.

Message content is stored as the bytes our codec writes (an ``ei:eiEvent``, a report,
an opt schedule...), next to the few columns that are searched: the schema sets stay the
single description of the content, and a stored document reads back through the same
strict decoder as one that arrived on the wire.

Backends: :mod:`energyinterop.store.memory` (tests, embedding), SQLite (the embedded
default) and PostgreSQL (several VTN workers share one). Every method is a coroutine so
a network database never blocks the event loop; each call is atomic on its own.
Datetimes must be timezone-aware (naive ones are refused with ``ValueError``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol


class StoreError(RuntimeError):
    """The store could not do what was asked (a constraint, a lost connection)."""


class Conflict(StoreError):
    """A record with that key exists already (e.g. a VEN name registered twice)."""


@dataclass(frozen=True, slots=True)
class VenRecord:
    """A VEN known to the VTN: provisioned by the operator or created at registration."""

    ven_id: str
    ven_name: str
    registration_id: str | None = None  # None until registered, and after cancellation
    fingerprint: str | None = None  # certificate fingerprint, when TLS identifies the VEN
    transport_name: str = "simpleHttp"
    transport_address: str | None = None  # where the VTN pushes; None for pull
    http_pull_model: bool = True
    report_only: bool = False
    xml_signature: bool = False
    profile: str = "2.0b"
    poll_frequency: timedelta = timedelta(seconds=10)
    group_ids: tuple[str, ...] = ()
    resource_ids: tuple[str, ...] = ()
    party_ids: tuple[str, ...] = ()
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One event at its latest modification; ``document`` is the encoded ``ei:eiEvent``."""

    event_id: str
    modification_number: int
    market_context: str
    start: datetime
    duration: timedelta
    document: bytes
    response_required: bool = True
    cancelled: bool = False
    created_at: datetime | None = None
    # Targets, to select VENs without decoding the document.
    ven_ids: tuple[str, ...] = ()
    group_ids: tuple[str, ...] = ()
    resource_ids: tuple[str, ...] = ()
    party_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OptResponse:
    """A VEN's answer to one modification of one event (oadrCreatedEvent)."""

    event_id: str
    ven_id: str
    modification_number: int
    opt_type: str  # optIn / optOut
    response_code: str
    received_at: datetime


@dataclass(frozen=True, slots=True)
class OptSchedule:
    """An opt schedule (oadrCreateOpt) created by either side; ``document`` is the message."""

    opt_id: str
    ven_id: str
    created_by: str  # "ven" or "vtn"
    document: bytes
    event_id: str | None = None
    cancelled: bool = False
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReportRegistration:
    """A report a party offers (one oadrReportDescription set, from oadrRegisterReport)."""

    ven_id: str
    report_specifier_id: str
    report_name: str
    document: bytes  # the encoded oadrReport (metadata)
    registered_at: datetime


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """A report the VTN asked for (oadrCreateReport / piggy-backed in oadrRegisteredReport)."""

    report_request_id: str
    ven_id: str
    report_specifier_id: str
    document: bytes  # the encoded oadrReportRequest
    created_at: datetime
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class ReportData:
    """One value of one report interval (from oadrUpdateReport)."""

    ven_id: str
    report_request_id: str
    r_id: str
    start: datetime
    duration: timedelta | None
    value: str  # the payload's lexical value, exactly as received
    received_at: datetime


@dataclass(frozen=True, slots=True)
class QueuedMessage:
    """A message waiting in a VEN's poll queue (exact bytes to deliver)."""

    sequence: int
    ven_id: str
    document: bytes
    enqueued_at: datetime


@dataclass(slots=True)
class StoreStats:
    """Counts, for the operator API and the health endpoint."""

    vens: int = 0
    registered: int = 0
    events: int = 0
    queued: int = 0
    extra: dict[str, int] = field(default_factory=dict)


class Unit(Protocol):
    """One block of :meth:`Store.atomic`, as its caller sees it."""

    @property
    def split(self) -> bool:
        """The marker is in the store: the block's writes may become durable piecemeal."""
        ...

    def settle(self) -> None:
        """The block's outcome is written (in the block): its marker is not needed any more,
        and is no longer written if the block has to be split later."""
        ...


class WholeUnit:
    """A :class:`Unit` that is never split: its backend holds the whole block back (a
    transaction of its own), or keeps nothing across a crash anyway (memory)."""

    split = False

    def settle(self) -> None:
        return None


class Store(Protocol):
    """What the roles and the server need from a database."""

    # -- lifecycle
    async def open(self) -> None: ...
    async def close(self) -> None: ...
    async def schema_version(self) -> int: ...

    # -- VENs and registrations
    async def add_ven(self, ven: VenRecord) -> None: ...  # Conflict when ven_id or ven_name exists
    async def put_ven(self, ven: VenRecord) -> None: ...  # insert or replace by ven_id; Conflict on a name clash
    async def get_ven(self, ven_id: str) -> VenRecord | None: ...
    async def find_ven_by_name(self, ven_name: str) -> VenRecord | None: ...
    async def find_ven_by_registration(self, registration_id: str) -> VenRecord | None: ...
    async def find_ven_by_fingerprint(self, fingerprint: str) -> VenRecord | None: ...
    async def list_vens(self) -> list[VenRecord]: ...
    async def delete_ven(self, ven_id: str) -> bool: ...

    # -- events and opt responses
    async def put_event(self, event: EventRecord) -> None: ...  # insert or replace by event_id
    async def get_event(self, event_id: str) -> EventRecord | None: ...
    async def list_events(self, *, include_cancelled: bool = True) -> list[EventRecord]: ...
    async def put_opt_response(self, response: OptResponse) -> None: ...  # replace per (event, ven)
    async def list_opt_responses(self, event_id: str | None = None) -> list[OptResponse]: ...

    # -- opt schedules
    async def put_opt(self, opt: OptSchedule) -> None: ...
    async def get_opt(self, opt_id: str) -> OptSchedule | None: ...
    async def list_opts(self, ven_id: str | None = None) -> list[OptSchedule]: ...

    # -- reports
    async def put_report_registration(self, registration: ReportRegistration) -> None: ...
    async def list_report_registrations(self, ven_id: str | None = None) -> list[ReportRegistration]: ...
    async def put_report_request(self, request: ReportRequest) -> None: ...
    async def get_report_request(self, report_request_id: str) -> ReportRequest | None: ...
    async def list_report_requests(self, ven_id: str | None = None) -> list[ReportRequest]: ...
    async def add_report_data(self, data: list[ReportData]) -> None: ...
    async def list_report_data(self, ven_id: str | None = None,
                               report_request_id: str | None = None) -> list[ReportData]: ...

    # -- poll queues (pull model): FIFO per VEN, each message delivered once
    async def enqueue(self, ven_id: str, document: bytes, now: datetime) -> int: ...
    async def dequeue(self, ven_id: str) -> QueuedMessage | None: ...  # atomic pop of the oldest
    # Push delivery reads the oldest, and removes it only once the VEN answered.
    async def peek(self, ven_id: str) -> QueuedMessage | None: ...
    async def remove(self, ven_id: str, sequence: int) -> bool: ...  # False when gone already
    async def pending(self, ven_id: str) -> int: ...

    # -- key/value state of other components (e.g. the market), by namespace
    async def put_value(self, namespace: str, key: str, value: bytes) -> None: ...
    async def get_value(self, namespace: str, key: str) -> bytes | None: ...
    # Several keys of one namespace in one transaction; ``None`` deletes the key.
    async def put_values(self, namespace: str, items: Mapping[str, bytes | None]) -> None: ...
    async def delete_value(self, namespace: str, key: str) -> bool: ...  # False when absent
    # The keys starting with ``prefix``, ordered by key (code point order).
    async def list_values(self, namespace: str, prefix: str = "") -> list[tuple[str, bytes]]: ...

    # -- append-only logs (e.g. the market's audit chain): entries are never changed
    # Appends in one transaction and answers the sequence number of each entry (1, 2, ...).
    async def append_log(self, stream: str, entries: Sequence[bytes]) -> list[int]: ...
    async def read_log(self, stream: str, after: int = 0) -> list[tuple[int, bytes]]: ...  # ordered by number

    async def stats(self) -> StoreStats: ...

    # -- units of work: what a crash keeps of a block of writes
    # The writes the calling task makes inside the block commit together at its end, or roll
    # back if it raises. A backend that cannot hold them back (SQLite, when another task uses
    # the store meanwhile; PostgreSQL, which keeps every call its own transaction) commits the
    # key/value ``marker`` (in ``namespace``) no later than the first of them, unless the
    # block was settled: after a crash the marker is there wherever the block's writes may be
    # partial, and absent when none of them was kept. Blocks nest (savepoints where held back).
    def atomic(self, namespace: str, marker: Mapping[str, bytes]) -> AbstractAsyncContextManager[Unit]: ...

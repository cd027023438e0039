"""The SQLite backend: the embedded default, one file, one VTN process.

One connection, owned by the store, in WAL mode with ``synchronous=NORMAL``: a commit survives
the process crashing at any moment; on power loss or an OS crash the last commits before the
next WAL sync may be rolled back, but the file never corrupts. That trade is the usual one for
WAL (commits do not wait for an fsync) and fits a VTN, whose peers retry.

Calls run directly inside the coroutine instead of on a worker thread: each is one short
transaction on a local file (measured: about 70 us for an enqueue or a dequeue, while the
hand-off to a worker thread alone costs 150-200 us), and the store is the only writer, so
there is no lock to wait for. The one exception is another process (a CLI, a backup) holding
the write lock: the busy timeout then bounds the stall.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, get_args, get_origin, get_type_hints

from energyinterop.store import migrations
from energyinterop.store.base import (
    Conflict,
    EventRecord,
    OptResponse,
    OptSchedule,
    QueuedMessage,
    ReportData,
    ReportRegistration,
    ReportRequest,
    StoreError,
    StoreStats,
    VenRecord,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _encode(value: object) -> object:
    """A record field as a column value (see :mod:`migrations` for the conventions)."""
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError(f"the store keeps aware datetimes only, got naive {value!r}")
        return (value - _EPOCH) // _MICROSECOND
    if isinstance(value, timedelta):
        return value // _MICROSECOND
    if isinstance(value, tuple):
        return json.dumps(value)
    return value


def _decoder(hint: Any) -> Callable[[Any], Any]:
    """How to read back a column of a field annotated ``hint`` (``X | None`` reads as ``X``)."""
    if get_origin(hint) is UnionType:
        hint = next(arg for arg in get_args(hint) if arg is not NoneType)
    if hint is datetime:
        return lambda micros: _EPOCH + micros * _MICROSECOND
    if hint is timedelta:
        return lambda micros: micros * _MICROSECOND
    if hint is bool:
        return bool
    if get_origin(hint) is tuple:
        return lambda text: tuple(json.loads(text))
    return lambda value: value


class _Table:
    """A record type and its table: columns are the record's fields, in order."""

    def __init__(self, name: str, record: type, key: tuple[str, ...], order: str) -> None:
        hints = get_type_hints(record)
        self.record = record
        self.columns = tuple(f.name for f in fields(record))
        self.decoders = tuple(_decoder(hints[column]) for column in self.columns)
        self.select = f"SELECT {', '.join(self.columns)} FROM {name}"
        self.order = f" ORDER BY {order}"
        updates = ", ".join(f"{c} = excluded.{c}" for c in self.columns if c not in key)
        # An upsert, not INSERT OR REPLACE: that would also delete rows clashing on other
        # unique columns (a VEN renamed to another VEN's name must be a Conflict instead).
        self.insert = (f"INSERT INTO {name} ({', '.join(self.columns)}) "
                       f"VALUES ({', '.join('?' * len(self.columns))})")
        # No key: rows are only ever appended.
        self.upsert = f"{self.insert} ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}" if key else ""

    def row(self, record: Any) -> tuple[object, ...]:
        return tuple(_encode(getattr(record, column)) for column in self.columns)

    def load(self, row: tuple[Any, ...]) -> Any:
        return self.record(*(None if value is None else decode(value)
                             for decode, value in zip(self.decoders, row, strict=True)))


_VEN = _Table("ven", VenRecord, ("ven_id",), "ven_id")
_EVENT = _Table("event", EventRecord, ("event_id",), "start, event_id")
_OPT_RESPONSE = _Table("opt_response", OptResponse, ("event_id", "ven_id"), "event_id, ven_id")
_OPT = _Table("opt_schedule", OptSchedule, ("opt_id",), "opt_id")
_REGISTRATION = _Table("report_registration", ReportRegistration,
                       ("ven_id", "report_specifier_id"), "ven_id, report_specifier_id")
_REQUEST = _Table("report_request", ReportRequest, ("report_request_id",), "report_request_id")
_DATA = _Table("report_data", ReportData, (), "id")  # appended only, in arrival order


def _where(**filters: str | None) -> tuple[str, tuple[str, ...]]:
    """``WHERE`` on the filters that are given (``None`` means any)."""
    given = {column: value for column, value in filters.items() if value is not None}
    clause = " AND ".join(f"{column} = ?" for column in given)
    return (f" WHERE {clause}" if clause else ""), tuple(given.values())


@contextmanager
def _translated() -> Iterator[None]:
    """sqlite3 errors as the store's errors."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise Conflict(str(exc)) from exc
    except sqlite3.Error as exc:
        raise StoreError(str(exc)) from exc


class SqliteStore:
    """The :class:`~energyinterop.store.base.Store` protocol on one SQLite file."""

    def __init__(self, path: str | Path, *, busy_timeout: float = 5.0) -> None:
        self._path = str(path)
        self._busy_timeout = busy_timeout
        self._db: sqlite3.Connection | None = None

    # -- lifecycle

    async def open(self) -> None:
        if self._db is not None:
            return
        with _translated():
            # isolation_level=None: no implicit transactions, each call says BEGIN itself.
            db = sqlite3.connect(self._path, timeout=self._busy_timeout, isolation_level=None)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                with self._transaction(db):
                    db.execute(migrations.VERSION_TABLE)
                    (current,) = db.execute(migrations.CURRENT_VERSION).fetchone()
                    for migration in migrations.pending(current):
                        for statement in migration.sqlite:
                            db.execute(statement)
                        db.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)",
                                   (migration.version, migration.description))
            except BaseException:
                db.close()
                raise
        self._db = db

    async def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    async def schema_version(self) -> int:
        (version,) = self._read(migrations.CURRENT_VERSION)[0]
        return int(version)

    # -- plumbing

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError("the SQLite store is not open")
        return self._db

    @staticmethod
    @contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front: no deadlock upgrading a read lock.
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with _translated(), self._transaction(self._connection()) as db:
            yield db

    def _read(self, sql: str, parameters: tuple[object, ...] = ()) -> list[Any]:
        with _translated():
            return self._connection().execute(sql, parameters).fetchall()

    def _one(self, table: _Table, where: str, parameters: tuple[object, ...]) -> Any:
        rows = self._read(f"{table.select} WHERE {where}{table.order} LIMIT 1", parameters)
        return table.load(rows[0]) if rows else None

    def _list(self, table: _Table, **filters: str | None) -> list[Any]:
        where, parameters = _where(**filters)
        return [table.load(row) for row in self._read(table.select + where + table.order, parameters)]

    def _put(self, table: _Table, record: Any) -> None:
        with self._write() as db:
            db.execute(table.upsert, table.row(record))

    # -- VENs and registrations

    async def add_ven(self, ven: VenRecord) -> None:
        with self._write() as db:
            db.execute(_VEN.insert, _VEN.row(ven))

    async def put_ven(self, ven: VenRecord) -> None:
        self._put(_VEN, ven)

    async def get_ven(self, ven_id: str) -> VenRecord | None:
        return self._one(_VEN, "ven_id = ?", (ven_id,))

    async def find_ven_by_name(self, ven_name: str) -> VenRecord | None:
        return self._one(_VEN, "ven_name = ?", (ven_name,))

    async def find_ven_by_registration(self, registration_id: str) -> VenRecord | None:
        return self._one(_VEN, "registration_id = ?", (registration_id,))

    async def find_ven_by_fingerprint(self, fingerprint: str) -> VenRecord | None:
        return self._one(_VEN, "fingerprint = ?", (fingerprint,))

    async def list_vens(self) -> list[VenRecord]:
        return self._list(_VEN)

    async def delete_ven(self, ven_id: str) -> bool:
        with self._write() as db:
            db.execute("DELETE FROM poll_queue WHERE ven_id = ?", (ven_id,))
            return db.execute("DELETE FROM ven WHERE ven_id = ?", (ven_id,)).rowcount > 0

    # -- events and opt responses

    async def put_event(self, event: EventRecord) -> None:
        self._put(_EVENT, event)

    async def get_event(self, event_id: str) -> EventRecord | None:
        return self._one(_EVENT, "event_id = ?", (event_id,))

    async def list_events(self, *, include_cancelled: bool = True) -> list[EventRecord]:
        where = "" if include_cancelled else " WHERE NOT cancelled"
        return [_EVENT.load(row) for row in self._read(_EVENT.select + where + _EVENT.order)]

    async def put_opt_response(self, response: OptResponse) -> None:
        self._put(_OPT_RESPONSE, response)

    async def list_opt_responses(self, event_id: str | None = None) -> list[OptResponse]:
        return self._list(_OPT_RESPONSE, event_id=event_id)

    # -- opt schedules

    async def put_opt(self, opt: OptSchedule) -> None:
        self._put(_OPT, opt)

    async def get_opt(self, opt_id: str) -> OptSchedule | None:
        return self._one(_OPT, "opt_id = ?", (opt_id,))

    async def list_opts(self, ven_id: str | None = None) -> list[OptSchedule]:
        return self._list(_OPT, ven_id=ven_id)

    # -- reports

    async def put_report_registration(self, registration: ReportRegistration) -> None:
        self._put(_REGISTRATION, registration)

    async def list_report_registrations(self, ven_id: str | None = None) -> list[ReportRegistration]:
        return self._list(_REGISTRATION, ven_id=ven_id)

    async def put_report_request(self, request: ReportRequest) -> None:
        self._put(_REQUEST, request)

    async def get_report_request(self, report_request_id: str) -> ReportRequest | None:
        return self._one(_REQUEST, "report_request_id = ?", (report_request_id,))

    async def list_report_requests(self, ven_id: str | None = None) -> list[ReportRequest]:
        return self._list(_REQUEST, ven_id=ven_id)

    async def add_report_data(self, data: list[ReportData]) -> None:
        with self._write() as db:
            db.executemany(_DATA.insert, [_DATA.row(item) for item in data])

    async def list_report_data(self, ven_id: str | None = None,
                               report_request_id: str | None = None) -> list[ReportData]:
        return self._list(_DATA, ven_id=ven_id, report_request_id=report_request_id)

    # -- poll queues

    async def enqueue(self, ven_id: str, document: bytes, now: datetime) -> int:
        with self._write() as db:
            cursor = db.execute("INSERT INTO poll_queue (ven_id, document, enqueued_at) VALUES (?, ?, ?)",
                                (ven_id, document, _encode(now)))
            return int(cursor.lastrowid or 0)

    async def dequeue(self, ven_id: str) -> QueuedMessage | None:
        with self._write() as db:
            rows = db.execute(
                "DELETE FROM poll_queue WHERE seq = (SELECT seq FROM poll_queue WHERE ven_id = ? "
                "ORDER BY seq LIMIT 1) RETURNING seq, ven_id, document, enqueued_at", (ven_id,)).fetchall()
        if not rows:
            return None
        sequence, ven, document, enqueued_at = rows[0]
        return QueuedMessage(sequence, ven, document, _EPOCH + enqueued_at * _MICROSECOND)

    async def pending(self, ven_id: str) -> int:
        return int(self._read("SELECT COUNT(*) FROM poll_queue WHERE ven_id = ?", (ven_id,))[0][0])

    # -- key/value

    async def put_value(self, namespace: str, key: str, value: bytes) -> None:
        with self._write() as db:
            db.execute("INSERT INTO kv (namespace, key, value) VALUES (?, ?, ?) "
                       "ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value",
                       (namespace, key, value))

    async def get_value(self, namespace: str, key: str) -> bytes | None:
        rows = self._read("SELECT value FROM kv WHERE namespace = ? AND key = ?", (namespace, key))
        return rows[0][0] if rows else None

    async def stats(self) -> StoreStats:
        (vens, registered, events, queued), = self._read(
            "SELECT (SELECT COUNT(*) FROM ven), "
            "(SELECT COUNT(*) FROM ven WHERE registration_id IS NOT NULL AND registration_id <> ''), "
            "(SELECT COUNT(*) FROM event), (SELECT COUNT(*) FROM poll_queue)")
        return StoreStats(vens=vens, registered=registered, events=events, queued=queued)

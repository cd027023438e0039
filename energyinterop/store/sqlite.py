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

Checkpoints (copying the WAL back into the database file) are the one step that waits for the
disk: two fsyncs. SQLite's automatic checkpoint would run them inside whichever commit crossed
the threshold, stalling the event loop for milliseconds every few hundred commits; instead
the store turns it off and runs a PASSIVE checkpoint on its own connection in a worker thread
after every :data:`CHECKPOINT_EVERY` commits. PASSIVE never blocks readers or the writer, and
the durability rules above are unchanged. SQLite writes the WAL from its start again only when
a transaction begins with every frame copied back, which under a steady stream of commits
never happens by itself (the commits made during the thread's checkpoint are left over), and
the WAL would grow without bound (measured: a gigabyte in five seconds of small commits, each
commit slower as the file grew). So once the thread is done, the store copies those
left-over frames on its own connection, between two transactions: a few pages and the two
fsyncs, about 0.6 ms on the development VM. :data:`WAL_SIZE_LIMIT` bounds what the file
keeps after a burst.

Units (:meth:`SqliteStore.atomic`): the unit's task holds one transaction open on the
connection, its nested blocks as savepoints. No other
task ever waits for a unit to end (a unit's task may itself wait on another task, such as the
replay guard's commit or a market's lock, and would deadlock): the first store call of
another task while a unit is open commits the unit's writes so far, with the markers of its
unsettled blocks, and the unit goes on unprotected (split). So other tasks never read
uncommitted writes, and a unit whose task does not yield to another store user, the usual
case (store calls never suspend), stays whole.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from energyinterop.store import migrations
from energyinterop.store._sql import EPOCH, MICROSECOND, Dialect, Table, Tables
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
    Unit,
    VenRecord,
)

_DIALECT = Dialect(placeholder="?", datetimes_as_micros=True)
_TABLES = Tables.of(_DIALECT)
CHECKPOINT_EVERY = 1000  # commits between background checkpoints (SQLite's own default: 1000 pages)
WAL_SIZE_LIMIT = 16 * 1024 * 1024  # bytes the WAL file keeps when it starts over (journal_size_limit)
_UPSERT_VALUE = ("INSERT INTO kv (namespace, key, value) VALUES (?, ?, ?) "
                 "ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value")


@contextmanager
def _translated() -> Iterator[None]:
    """sqlite3 errors as the store's errors."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise Conflict(str(exc)) from exc
    except sqlite3.Error as exc:
        raise StoreError(str(exc)) from exc


class _Block:
    """One block of a unit: the outermost, or a savepoint inside it (the :class:`Unit` its
    caller holds)."""

    __slots__ = ("unit", "namespace", "marker", "settled")

    def __init__(self, unit: _Unit, namespace: str, marker: Mapping[str, bytes]) -> None:
        self.unit, self.namespace, self.marker, self.settled = unit, namespace, dict(marker), False

    @property
    def split(self) -> bool:
        return self.unit.split

    def settle(self) -> None:
        self.settled = True


class _Unit:
    """The transaction one task holds open on the connection, and its open blocks."""

    __slots__ = ("task", "blocks", "split")

    def __init__(self, task: asyncio.Task[Any] | None) -> None:
        self.task = task
        self.blocks: list[_Block] = []
        self.split = False


class _Atomic:
    """:meth:`SqliteStore.atomic` (a class: a generator-based context manager costs a few
    microseconds more, on every reliable delivery)."""

    __slots__ = ("store", "namespace", "marker", "unit", "depth")

    def __init__(self, store: SqliteStore, namespace: str, marker: Mapping[str, bytes]) -> None:
        self.store, self.namespace, self.marker = store, namespace, marker
        self.unit: _Unit | None = None
        self.depth = 0

    async def __aenter__(self) -> Unit:
        store = self.store
        task = asyncio.current_task()
        unit = store._units.get(task)
        if unit is None:
            unit = store._units[task] = _Unit(task)
            try:
                store._begin(unit)
            except BaseException:
                del store._units[task]
                raise
        self.unit, self.depth = unit, len(unit.blocks)
        block = _Block(unit, self.namespace, self.marker)
        if unit.split:  # nothing is held back any more: the marker goes first
            await store.put_values(self.namespace, self.marker)
        elif self.depth:
            store._execute_translated(f"SAVEPOINT unit_{self.depth}")
        unit.blocks.append(block)
        return block

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        unit = self.unit
        assert unit is not None
        del unit.blocks[self.depth:]
        try:
            self.store._end(unit, self.depth, failed=kind is not None)
        finally:
            if self.depth == 0:
                del self.store._units[unit.task]


class _Write:
    """One protocol write (``with store._write() as cursor``): inside the task's unit when
    one holds the transaction, else in a transaction of its own; sqlite3 errors come out as
    the store's. (A class: every write passes here, and a generator-based context manager
    costs a microsecond more.)"""

    __slots__ = ("store", "cursor", "own")

    def __init__(self, store: SqliteStore) -> None:
        self.store = store

    def __enter__(self) -> sqlite3.Cursor:
        store = self.store
        cursor = store._writer
        if cursor is None:
            raise StoreError("the SQLite store is not open")
        store._guard()
        # Inside the task's own unit: no savepoint per call. SQLite undoes a failed statement
        # itself, and the calls of several statements fail only on errors no role recovers
        # from (I/O), which roll the whole unit back.
        self.cursor, self.own = cursor, store._unit is None
        if self.own:  # the write lock up front: no deadlock upgrading a read lock
            store._execute_translated("BEGIN IMMEDIATE")
        return cursor

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self.own:
            if kind is None:
                try:
                    self.cursor.execute("COMMIT")
                except sqlite3.Error as failed:
                    error = failed
                else:
                    self.store._committed()
                    return
            if self.cursor.connection.in_transaction:  # a failed COMMIT (e.g. busy) leaves it open too
                self.store._execute_translated("ROLLBACK")
        if isinstance(error, sqlite3.IntegrityError):
            raise Conflict(str(error)) from error
        if isinstance(error, sqlite3.Error):
            raise StoreError(str(error)) from error


class SqliteStore:
    """The :class:`~energyinterop.store.base.Store` protocol on one SQLite file."""

    def __init__(self, path: str | Path, *, busy_timeout: float = 5.0) -> None:
        self._path = str(path)
        self._busy_timeout = busy_timeout
        self._db: sqlite3.Connection | None = None
        # One cursor for every write transaction: Connection.execute makes a cursor per
        # statement, and a reliable-messaging batch runs four or five statements.
        self._writer: sqlite3.Cursor | None = None
        # Every request looks its VEN up: the records are cached, which is safe because this
        # store is the only writer of its file (one VTN process per SQLite file).
        self._vens: dict[str, VenRecord] = {}
        # Signed and mutual-TLS requests look their VEN up by certificate fingerprint: the
        # answers are cached too, and forgotten whenever any VEN is written.
        self._by_fingerprint: dict[str, VenRecord] = {}
        # VENs whose poll queue is known to be empty (the same premise): most polls find
        # nothing, and then cost no SQL at all. Enqueueing for a VEN forgets it.
        self._idle: set[str] = set()
        self._commits = 0
        self._checkpoint: asyncio.Task[None] | None = None
        # Units: the one whose transaction is open on the connection (None once split), and
        # each task's own (open or split) while its blocks run.
        self._unit: _Unit | None = None
        self._units: dict[asyncio.Task[Any] | None, _Unit] = {}

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
                db.execute("PRAGMA wal_autocheckpoint=0")  # see the module doc: checkpoints off the loop
                db.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
                self._db, self._writer = db, db.cursor()
                with self._write():
                    db.execute(migrations.VERSION_TABLE)
                    (current,) = db.execute(migrations.CURRENT_VERSION).fetchone()
                    for migration in migrations.pending(current):
                        for statement in migration.sqlite:
                            db.execute(statement)
                        db.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)",
                                   (migration.version, migration.description))
            except BaseException:
                self._db = self._writer = None
                db.close()
                raise

    async def close(self) -> None:
        if self._checkpoint is not None:
            await self._checkpoint
        self._unit = None  # closing rolls an open unit back
        self._units.clear()
        self._vens.clear()
        self._by_fingerprint.clear()
        self._idle.clear()
        if self._db is not None:
            self._db.close()
            self._db = self._writer = None

    async def schema_version(self) -> int:
        (version,) = self._read(migrations.CURRENT_VERSION)[0]
        return int(version)

    # -- plumbing

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError("the SQLite store is not open")
        return self._db

    def _write(self) -> _Write:
        return _Write(self)

    def _committed(self) -> None:
        self._commits += 1
        if self._commits >= CHECKPOINT_EVERY and self._checkpoint is None:
            self._commits = 0
            self._checkpoint = asyncio.get_running_loop().create_task(self._checkpoint_in_background())

    # -- units

    def atomic(self, namespace: str, marker: Mapping[str, bytes]) -> AbstractAsyncContextManager[Unit]:
        return _Atomic(self, namespace, marker)

    def _begin(self, unit: _Unit) -> None:
        if self._unit is not None:  # another task's unit holds the transaction
            self._split()
        self._execute_translated("BEGIN IMMEDIATE")
        self._unit = unit

    def _end(self, unit: _Unit, depth: int, *, failed: bool) -> None:
        """Close block ``depth`` of ``unit``: commit or roll back (the outermost), release or
        roll back to its savepoint (the others); a split unit has nothing held back."""
        if unit.split:
            return
        if depth == 0:
            self._unit = None
            if failed:
                self._rolled_back("ROLLBACK")
                return
            try:
                self._execute_translated("COMMIT")
            except StoreError:  # e.g. busy: the transaction is still open, and must not stay so
                self._rolled_back("ROLLBACK")
                raise
            self._committed()
        elif failed:
            self._rolled_back(f"ROLLBACK TO unit_{depth}", f"RELEASE unit_{depth}")
        else:
            self._execute_translated(f"RELEASE unit_{depth}")

    def _rolled_back(self, *statements: str) -> None:
        # The caches may hold what was rolled back (a VEN read inside the unit, a queue seen
        # empty after a pop): forget them.
        self._vens.clear()
        self._by_fingerprint.clear()
        self._idle.clear()
        if self._writer is not None and self._writer.connection.in_transaction:
            for statement in statements:
                self._execute_translated(statement)

    def _split(self) -> None:
        """Another task is about to use the store while a unit holds the transaction: commit
        the unit's writes so far with the markers of its unsettled blocks; the unit goes on
        unprotected."""
        unit, self._unit = self._unit, None
        assert unit is not None and self._writer is not None
        unit.split = True
        db = self._writer
        with _translated():
            try:
                for block in unit.blocks:
                    if not block.settled:
                        for key, value in block.marker.items():
                            db.execute(_UPSERT_VALUE, (block.namespace, key, value))
                db.execute("COMMIT")  # releases the savepoints too
            except BaseException:
                if db.connection.in_transaction:
                    db.execute("ROLLBACK")
                raise
        self._committed()

    def _guard(self) -> None:
        """Before any call of a task other than the open unit's: split the unit, so that no
        uncommitted unit write leaks out (a cache read included) and nobody waits."""
        unit = self._unit
        if unit is not None and unit.task is not asyncio.current_task():
            self._split()

    def _execute_translated(self, statement: str) -> None:
        if self._writer is None:
            raise StoreError("the SQLite store is not open")
        try:
            self._writer.execute(statement)
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc

    async def _checkpoint_in_background(self) -> None:
        try:
            await asyncio.to_thread(self._checkpoint_now)
            self._catch_up()
        except sqlite3.Error:  # e.g. the file went away: the WAL keeps everything meanwhile
            pass
        finally:
            self._checkpoint = None

    def _catch_up(self) -> None:
        """Copy back the frames committed while the thread checkpointed, so that the next
        write starts the WAL over (see the module doc). Not while a unit holds a transaction
        open (SQLite refuses a checkpoint inside one): the next checkpoint tries again."""
        db = self._writer
        if db is not None and not db.connection.in_transaction:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _checkpoint_now(self) -> None:
        # Its own connection: a connection belongs to one thread.
        db = sqlite3.connect(self._path, timeout=self._busy_timeout, isolation_level=None)
        try:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            db.close()

    def _read(self, sql: str, parameters: tuple[object, ...] = ()) -> list[Any]:
        self._guard()
        with _translated():
            return self._connection().execute(sql, parameters).fetchall()

    def _one(self, table: Table, where: str, parameters: tuple[object, ...]) -> Any:
        rows = self._read(f"{table.select} WHERE {where}{table.order} LIMIT 1", parameters)
        return table.load(rows[0]) if rows else None

    def _list(self, table: Table, **filters: str | None) -> list[Any]:
        where, parameters = _DIALECT.where(**filters)
        return [table.load(row) for row in self._read(table.select + where + table.order, parameters)]

    def _put(self, table: Table, record: Any) -> None:
        with self._write() as db:
            db.execute(table.upsert, table.row(record))

    # -- VENs and registrations

    async def add_ven(self, ven: VenRecord) -> None:
        self._vens.pop(ven.ven_id, None)
        self._by_fingerprint.clear()
        with self._write() as db:
            db.execute(_TABLES.ven.insert, _TABLES.ven.row(ven))

    async def put_ven(self, ven: VenRecord) -> None:
        self._vens.pop(ven.ven_id, None)
        self._by_fingerprint.clear()
        self._put(_TABLES.ven, ven)

    async def get_ven(self, ven_id: str) -> VenRecord | None:
        self._guard()
        cached = self._vens.get(ven_id)
        if cached is None:
            cached = self._one(_TABLES.ven, "ven_id = ?", (ven_id,))
            if cached is not None:
                self._vens[ven_id] = cached
        return cached

    async def find_ven_by_name(self, ven_name: str) -> VenRecord | None:
        return self._one(_TABLES.ven, "ven_name = ?", (ven_name,))

    async def find_ven_by_registration(self, registration_id: str) -> VenRecord | None:
        return self._one(_TABLES.ven, "registration_id = ?", (registration_id,))

    async def find_ven_by_fingerprint(self, fingerprint: str) -> VenRecord | None:
        self._guard()
        cached = self._by_fingerprint.get(fingerprint)
        if cached is None:
            cached = self._one(_TABLES.ven, "fingerprint = ?", (fingerprint,))
            if cached is not None:
                self._by_fingerprint[fingerprint] = cached
        return cached

    async def list_vens(self) -> list[VenRecord]:
        return self._list(_TABLES.ven)

    async def delete_ven(self, ven_id: str) -> bool:
        self._vens.pop(ven_id, None)
        self._by_fingerprint.clear()
        with self._write() as db:
            db.execute("DELETE FROM poll_queue WHERE ven_id = ?", (ven_id,))
            return db.execute("DELETE FROM ven WHERE ven_id = ?", (ven_id,)).rowcount > 0

    # -- events and opt responses

    async def put_event(self, event: EventRecord) -> None:
        self._put(_TABLES.event, event)

    async def get_event(self, event_id: str) -> EventRecord | None:
        return self._one(_TABLES.event, "event_id = ?", (event_id,))

    async def list_events(self, *, include_cancelled: bool = True) -> list[EventRecord]:
        where = "" if include_cancelled else " WHERE NOT cancelled"
        return [_TABLES.event.load(row) for row in self._read(_TABLES.event.select + where + _TABLES.event.order)]

    async def put_opt_response(self, response: OptResponse) -> None:
        self._put(_TABLES.opt_response, response)

    async def list_opt_responses(self, event_id: str | None = None) -> list[OptResponse]:
        return self._list(_TABLES.opt_response, event_id=event_id)

    # -- opt schedules

    async def put_opt(self, opt: OptSchedule) -> None:
        self._put(_TABLES.opt, opt)

    async def get_opt(self, opt_id: str) -> OptSchedule | None:
        return self._one(_TABLES.opt, "opt_id = ?", (opt_id,))

    async def list_opts(self, ven_id: str | None = None) -> list[OptSchedule]:
        return self._list(_TABLES.opt, ven_id=ven_id)

    # -- reports

    async def put_report_registration(self, registration: ReportRegistration) -> None:
        self._put(_TABLES.registration, registration)

    async def list_report_registrations(self, ven_id: str | None = None) -> list[ReportRegistration]:
        return self._list(_TABLES.registration, ven_id=ven_id)

    async def put_report_request(self, request: ReportRequest) -> None:
        self._put(_TABLES.request, request)

    async def get_report_request(self, report_request_id: str) -> ReportRequest | None:
        return self._one(_TABLES.request, "report_request_id = ?", (report_request_id,))

    async def list_report_requests(self, ven_id: str | None = None) -> list[ReportRequest]:
        return self._list(_TABLES.request, ven_id=ven_id)

    async def add_report_data(self, data: list[ReportData]) -> None:
        with self._write() as db:
            db.executemany(_TABLES.data.insert, [_TABLES.data.row(item) for item in data])

    async def list_report_data(self, ven_id: str | None = None,
                               report_request_id: str | None = None) -> list[ReportData]:
        return self._list(_TABLES.data, ven_id=ven_id, report_request_id=report_request_id)

    # -- poll queues

    async def enqueue(self, ven_id: str, document: bytes, now: datetime) -> int:
        with self._write() as db:
            sequence = db.execute("INSERT INTO poll_queue (ven_id, document, enqueued_at) VALUES (?, ?, ?)",
                                  (ven_id, document, _DIALECT.encode(now))).lastrowid
        self._idle.discard(ven_id)  # after the commit: a failed insert leaves the queue as it was
        return int(sequence or 0)

    async def dequeue(self, ven_id: str) -> QueuedMessage | None:
        self._guard()
        if ven_id in self._idle:
            return None
        # Not known to be idle: a read says whether anything waits, without the write lock.
        if not self._read("SELECT 1 FROM poll_queue WHERE ven_id = ? LIMIT 1", (ven_id,)):
            self._idle.add(ven_id)
            return None
        with self._write() as db:
            rows = db.execute(
                "DELETE FROM poll_queue WHERE seq = (SELECT seq FROM poll_queue WHERE ven_id = ? "
                "ORDER BY seq LIMIT 1) RETURNING seq, ven_id, document, enqueued_at", (ven_id,)).fetchall()
        if not rows:
            return None
        sequence, ven, document, enqueued_at = rows[0]
        return QueuedMessage(sequence, ven, document, EPOCH + enqueued_at * MICROSECOND)

    async def peek(self, ven_id: str) -> QueuedMessage | None:
        rows = self._read("SELECT seq, ven_id, document, enqueued_at FROM poll_queue WHERE ven_id = ? "
                          "ORDER BY seq LIMIT 1", (ven_id,))
        if not rows:
            return None
        sequence, ven, document, enqueued_at = rows[0]
        return QueuedMessage(sequence, ven, document, EPOCH + enqueued_at * MICROSECOND)

    async def remove(self, ven_id: str, sequence: int) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM poll_queue WHERE ven_id = ? AND seq = ?",
                              (ven_id, sequence)).rowcount > 0

    async def pending(self, ven_id: str) -> int:
        self._guard()
        if ven_id in self._idle:
            return 0
        return int(self._read("SELECT COUNT(*) FROM poll_queue WHERE ven_id = ?", (ven_id,))[0][0])

    # -- key/value

    async def put_value(self, namespace: str, key: str, value: bytes) -> None:
        with self._write() as db:
            db.execute(_UPSERT_VALUE, (namespace, key, value))

    async def get_value(self, namespace: str, key: str) -> bytes | None:
        rows = self._read("SELECT value FROM kv WHERE namespace = ? AND key = ?", (namespace, key))
        return rows[0][0] if rows else None

    async def put_values(self, namespace: str, items: Mapping[str, bytes | None]) -> None:
        with self._write() as db:
            for key, value in items.items():
                if value is None:
                    db.execute("DELETE FROM kv WHERE namespace = ? AND key = ?", (namespace, key))
                else:
                    db.execute(_UPSERT_VALUE, (namespace, key, value))

    async def delete_value(self, namespace: str, key: str) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM kv WHERE namespace = ? AND key = ?", (namespace, key)).rowcount > 0

    async def list_values(self, namespace: str, prefix: str = "") -> list[tuple[str, bytes]]:
        # substr, not LIKE: a prefix may hold % or _, and LIKE ignores case.
        return [(key, value) for key, value in self._read(
            "SELECT key, value FROM kv WHERE namespace = ? AND substr(key, 1, ?) = ? ORDER BY key",
            (namespace, len(prefix), prefix))]

    # -- append-only logs

    async def append_log(self, stream: str, entries: Sequence[bytes]) -> list[int]:
        with self._write() as db:
            (last,) = db.execute("SELECT COALESCE(MAX(seq), 0) FROM log WHERE stream = ?", (stream,)).fetchone()
            numbers = list(range(last + 1, last + 1 + len(entries)))
            db.executemany("INSERT INTO log (stream, seq, entry) VALUES (?, ?, ?)",
                           [(stream, number, entry) for number, entry in zip(numbers, entries, strict=True)])
        return numbers

    async def read_log(self, stream: str, after: int = 0) -> list[tuple[int, bytes]]:
        return [(seq, entry) for seq, entry in self._read(
            "SELECT seq, entry FROM log WHERE stream = ? AND seq > ? ORDER BY seq", (stream, after))]

    async def stats(self) -> StoreStats:
        (vens, registered, events, queued), = self._read(
            "SELECT (SELECT COUNT(*) FROM ven), "
            "(SELECT COUNT(*) FROM ven WHERE registration_id IS NOT NULL AND registration_id <> ''), "
            "(SELECT COUNT(*) FROM event), (SELECT COUNT(*) FROM poll_queue)")
        return StoreStats(vens=vens, registered=registered, events=events, queued=queued)

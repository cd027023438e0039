"""The PostgreSQL backend: several VTN workers share one database.

psycopg 3 in async mode through a connection pool; each protocol call borrows a connection
for one transaction, except inside a unit (:meth:`PostgresStore.atomic`): the unit's task
keeps one connection in a transaction and its calls are savepoints on it; other tasks use
other connections and never see its writes. A unit holds its connection while its role
runs; units hold at most ``max_size - 1`` connections at once, one always left to the calls
they may wait on; a lock a unit holds makes others wait at most ``lock_timeout``
(:data:`LOCK_TIMEOUT_MS`). Sessions run in UTC, so datetimes read back aware and in UTC. The poll
queue is popped with ``FOR UPDATE SKIP LOCKED``: concurrent workers never deliver a message
twice and never wait on each other's rows. ``schema=`` puts the tables in their own PostgreSQL
schema (created on open), e.g. one per test session or per tenant.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from types import TracebackType
from typing import Any

import psycopg
from psycopg import sql
from psycopg_pool import AsyncConnectionPool

from energyinterop.store import migrations
from energyinterop.store._sql import Dialect, Table, Tables
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
    WholeUnit,
)

# Serializes migrations of workers opening at the same time (an arbitrary constant key).
_MIGRATION_LOCK = 0x45_49_5F_53_54_4F_52_45  # "EI_STORE"

LOCK_TIMEOUT_MS = 10_000
_DIALECT = Dialect(placeholder="%s", datetimes_as_micros=False)
_TABLES = Tables.of(_DIALECT)
_UPSERT_VALUE = ("INSERT INTO kv (namespace, key, value) VALUES (%s, %s, %s) "
                 "ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value")


class _Atomic:
    """:meth:`PostgresStore.atomic`: the unit's task keeps one pooled connection in a
    transaction; its store calls use it, each a savepoint; a nested block is a savepoint.

    Units hold one connection fewer than the pool has (``PostgresStore._unit_slots``): a
    unit's task may wait on another task's store call (a released message's replay check
    waits on the replay guard's group commit), and that call must always find a connection
    instead of waiting for the pool's timeout behind units that wait on it."""

    __slots__ = ("store", "task", "pooled", "slots", "transaction")

    def __init__(self, store: PostgresStore) -> None:
        self.store = store
        self.task: asyncio.Task[Any] | None = None
        self.pooled: AbstractAsyncContextManager[psycopg.AsyncConnection[Any]] | None = None
        self.slots: asyncio.Semaphore | None = None
        self.transaction: AbstractAsyncContextManager[Any] | None = None

    async def __aenter__(self) -> Unit:
        store, self.task = self.store, asyncio.current_task()
        conn = store._units.get(self.task)
        if conn is None:
            conn = await self._take_connection()
        try:
            self.transaction = conn.transaction()
            await self.transaction.__aenter__()
        except psycopg.Error as exc:
            await self._release(type(exc), exc)
            raise StoreError(str(exc)) from exc
        except BaseException as exc:
            await self._release(type(exc), exc)
            raise
        return WholeUnit()  # other tasks use other connections: never split

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        try:
            assert self.transaction is not None
            await self.transaction.__aexit__(kind, error, traceback)  # commit, or roll back
        except psycopg.Error as exc:
            await self._release(type(exc), exc)
            raise StoreError(str(exc)) from exc
        await self._release(kind, error)

    async def _take_connection(self) -> psycopg.AsyncConnection[Any]:
        """The outermost block's connection, taken within the units' share of the pool."""
        store, slots = self.store, self.store._unit_slots
        if store._pool is None or slots is None:
            raise StoreError("the PostgreSQL store is not open")
        await slots.acquire()
        pooled = store._pool.connection()
        try:
            conn = await pooled.__aenter__()
        except BaseException as exc:
            slots.release()
            if isinstance(exc, psycopg.Error):  # e.g. the pool's timeout
                raise StoreError(str(exc)) from exc
            raise
        self.pooled, self.slots, store._units[self.task] = pooled, slots, conn
        return conn

    async def _release(self, kind: type[BaseException] | None, error: BaseException | None) -> None:
        if self.pooled is not None:  # the outermost block: the connection goes back
            del self.store._units[self.task]
            pooled, self.pooled = self.pooled, None
            try:
                await pooled.__aexit__(kind, error, None)
            finally:
                assert self.slots is not None
                self.slots.release()  # the semaphore it was taken from, even if reopened since


class PostgresStore:
    """The :class:`~energyinterop.store.base.Store` protocol on a shared PostgreSQL database."""

    def __init__(self, url: str, *, schema: str | None = None, min_size: int = 1, max_size: int = 4,
                 connect_timeout: float = 10.0) -> None:
        self._url = url
        self._schema = schema
        self._min_size = min_size
        self._max_size = max_size
        self._connect_timeout = connect_timeout
        self._pool: AsyncConnectionPool | None = None
        self._units: dict[asyncio.Task[Any] | None, psycopg.AsyncConnection[Any]] = {}  # task -> its unit's
        if max_size < 2:
            raise ValueError("max_size must be at least 2: units leave one connection to the other calls")
        self._unit_slots: asyncio.Semaphore | None = None  # see _Atomic; made on open()

    # -- lifecycle

    async def open(self) -> None:
        if self._pool is not None:
            return
        pool = AsyncConnectionPool(self._url, min_size=self._min_size, max_size=self._max_size,
                                   configure=self._configure, open=False)
        try:
            await pool.open(wait=True, timeout=self._connect_timeout)
            async with pool.connection() as conn:  # one transaction: all migrations or none
                await self._migrate(conn)
        except BaseException as exc:
            await pool.close()
            if isinstance(exc, psycopg.Error):
                raise StoreError(f"cannot open the PostgreSQL store: {exc}") from exc
            raise
        # Bound to this event loop once it makes a caller wait: one per opening.
        self._unit_slots = asyncio.Semaphore(self._max_size - 1)
        self._pool = pool

    async def _configure(self, conn: psycopg.AsyncConnection[Any]) -> None:
        await conn.execute("SET TIME ZONE 'UTC'")
        # A call waiting on a row or advisory lock held by a unit (whose task may itself be
        # waiting on that caller's task, through an application lock) fails after this
        # instead of hanging: the longest a unit may keep others waiting.
        await conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_MS}ms'")
        if self._schema is not None:
            await conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(self._schema)))
        await conn.commit()  # the pool wants connections back idle

    async def _migrate(self, conn: psycopg.AsyncConnection[Any]) -> None:
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        if self._schema is not None:
            await conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self._schema)))
        await conn.execute(migrations.VERSION_TABLE)
        row = await (await conn.execute(migrations.CURRENT_VERSION)).fetchone()
        for migration in migrations.pending(row[0] if row else 0):
            for statement in migration.postgres:
                await conn.execute(statement)  # type: ignore[arg-type]  # constant SQL text
            await conn.execute("INSERT INTO schema_version (version, description) VALUES (%s, %s)",
                               (migration.version, migration.description))

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def schema_version(self) -> int:
        return int(await self._scalar(migrations.CURRENT_VERSION))

    def atomic(self, namespace: str, marker: Mapping[str, bytes]) -> AbstractAsyncContextManager[Unit]:
        # Held back in full: the marker is never needed.
        return _Atomic(self)

    # -- plumbing

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        """A pooled connection for one transaction, committed on exit; errors as store errors."""
        if self._pool is None:
            raise StoreError("the PostgreSQL store is not open")
        unit = self._units.get(asyncio.current_task()) if self._units else None
        try:
            if unit is not None:  # inside the task's unit: a savepoint keeps the call whole
                async with unit.transaction():
                    yield unit
                return
            async with self._pool.connection() as conn:
                yield conn
        except psycopg.errors.UniqueViolation as exc:
            raise Conflict(str(exc)) from exc
        except psycopg.Error as exc:
            raise StoreError(str(exc)) from exc

    async def _fetch(self, query: str, parameters: tuple[object, ...] = ()) -> list[Any]:
        async with self._connection() as conn:
            return await (await conn.execute(query, parameters)).fetchall()  # type: ignore[arg-type]

    async def _scalar(self, query: str, parameters: tuple[object, ...] = ()) -> Any:
        return (await self._fetch(query, parameters))[0][0]

    async def _execute(self, query: str, parameters: tuple[object, ...]) -> int:
        async with self._connection() as conn:
            return (await conn.execute(query, parameters)).rowcount  # type: ignore[arg-type]

    async def _one(self, table: Table, where: str, parameters: tuple[object, ...]) -> Any:
        rows = await self._fetch(f"{table.select} WHERE {where}{table.order} LIMIT 1", parameters)
        return table.load(rows[0]) if rows else None

    async def _list(self, table: Table, **filters: str | None) -> list[Any]:
        where, parameters = _DIALECT.where(**filters)
        return [table.load(row) for row in await self._fetch(table.select + where + table.order, parameters)]

    # -- VENs and registrations

    async def add_ven(self, ven: VenRecord) -> None:
        await self._execute(_TABLES.ven.insert, _TABLES.ven.row(ven))

    async def put_ven(self, ven: VenRecord) -> None:
        await self._execute(_TABLES.ven.upsert, _TABLES.ven.row(ven))

    async def get_ven(self, ven_id: str) -> VenRecord | None:
        return await self._one(_TABLES.ven, "ven_id = %s", (ven_id,))

    async def find_ven_by_name(self, ven_name: str) -> VenRecord | None:
        return await self._one(_TABLES.ven, "ven_name = %s", (ven_name,))

    async def find_ven_by_registration(self, registration_id: str) -> VenRecord | None:
        return await self._one(_TABLES.ven, "registration_id = %s", (registration_id,))

    async def find_ven_by_fingerprint(self, fingerprint: str) -> VenRecord | None:
        return await self._one(_TABLES.ven, "fingerprint = %s", (fingerprint,))

    async def list_vens(self) -> list[VenRecord]:
        return await self._list(_TABLES.ven)

    async def delete_ven(self, ven_id: str) -> bool:
        async with self._connection() as conn:
            await conn.execute("DELETE FROM poll_queue WHERE ven_id = %s", (ven_id,))
            return (await conn.execute("DELETE FROM ven WHERE ven_id = %s", (ven_id,))).rowcount > 0

    # -- events and opt responses

    async def put_event(self, event: EventRecord) -> None:
        await self._execute(_TABLES.event.upsert, _TABLES.event.row(event))

    async def get_event(self, event_id: str) -> EventRecord | None:
        return await self._one(_TABLES.event, "event_id = %s", (event_id,))

    async def list_events(self, *, include_cancelled: bool = True) -> list[EventRecord]:
        where = "" if include_cancelled else " WHERE NOT cancelled"
        return [_TABLES.event.load(row) for row in await self._fetch(_TABLES.event.select + where + _TABLES.event.order)]

    async def put_opt_response(self, response: OptResponse) -> None:
        await self._execute(_TABLES.opt_response.upsert, _TABLES.opt_response.row(response))

    async def list_opt_responses(self, event_id: str | None = None) -> list[OptResponse]:
        return await self._list(_TABLES.opt_response, event_id=event_id)

    # -- opt schedules

    async def put_opt(self, opt: OptSchedule) -> None:
        await self._execute(_TABLES.opt.upsert, _TABLES.opt.row(opt))

    async def get_opt(self, opt_id: str) -> OptSchedule | None:
        return await self._one(_TABLES.opt, "opt_id = %s", (opt_id,))

    async def list_opts(self, ven_id: str | None = None) -> list[OptSchedule]:
        return await self._list(_TABLES.opt, ven_id=ven_id)

    # -- reports

    async def put_report_registration(self, registration: ReportRegistration) -> None:
        await self._execute(_TABLES.registration.upsert, _TABLES.registration.row(registration))

    async def list_report_registrations(self, ven_id: str | None = None) -> list[ReportRegistration]:
        return await self._list(_TABLES.registration, ven_id=ven_id)

    async def put_report_request(self, request: ReportRequest) -> None:
        await self._execute(_TABLES.request.upsert, _TABLES.request.row(request))

    async def get_report_request(self, report_request_id: str) -> ReportRequest | None:
        return await self._one(_TABLES.request, "report_request_id = %s", (report_request_id,))

    async def list_report_requests(self, ven_id: str | None = None) -> list[ReportRequest]:
        return await self._list(_TABLES.request, ven_id=ven_id)

    async def add_report_data(self, data: list[ReportData]) -> None:
        async with self._connection() as conn, conn.cursor() as cursor:
            await cursor.executemany(_TABLES.data.insert, [_TABLES.data.row(item) for item in data])  # type: ignore[arg-type]

    async def list_report_data(self, ven_id: str | None = None,
                               report_request_id: str | None = None) -> list[ReportData]:
        return await self._list(_TABLES.data, ven_id=ven_id, report_request_id=report_request_id)

    # -- poll queues

    async def enqueue(self, ven_id: str, document: bytes, now: datetime) -> int:
        return int(await self._scalar(
            "INSERT INTO poll_queue (ven_id, document, enqueued_at) VALUES (%s, %s, %s) RETURNING seq",
            (ven_id, document, _DIALECT.encode(now))))

    async def dequeue(self, ven_id: str) -> QueuedMessage | None:
        # SKIP LOCKED: a row another worker is popping is skipped, not waited for nor re-read.
        rows = await self._fetch(
            "DELETE FROM poll_queue WHERE seq = (SELECT seq FROM poll_queue WHERE ven_id = %s "
            "ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING seq, ven_id, document, enqueued_at",
            (ven_id,))
        return QueuedMessage(*rows[0]) if rows else None

    async def peek(self, ven_id: str) -> QueuedMessage | None:
        rows = await self._fetch("SELECT seq, ven_id, document, enqueued_at FROM poll_queue WHERE ven_id = %s "
                                 "ORDER BY seq LIMIT 1", (ven_id,))
        return QueuedMessage(*rows[0]) if rows else None

    async def remove(self, ven_id: str, sequence: int) -> bool:
        return bool(await self._fetch("DELETE FROM poll_queue WHERE ven_id = %s AND seq = %s RETURNING seq",
                                      (ven_id, sequence)))

    async def pending(self, ven_id: str) -> int:
        return int(await self._scalar("SELECT COUNT(*) FROM poll_queue WHERE ven_id = %s", (ven_id,)))

    # -- key/value

    async def put_value(self, namespace: str, key: str, value: bytes) -> None:
        await self._execute(_UPSERT_VALUE, (namespace, key, value))

    async def get_value(self, namespace: str, key: str) -> bytes | None:
        rows = await self._fetch("SELECT value FROM kv WHERE namespace = %s AND key = %s", (namespace, key))
        return rows[0][0] if rows else None

    async def put_values(self, namespace: str, items: Mapping[str, bytes | None]) -> None:
        async with self._connection() as conn:
            for key, value in items.items():
                if value is None:
                    await conn.execute("DELETE FROM kv WHERE namespace = %s AND key = %s", (namespace, key))
                else:
                    await conn.execute(_UPSERT_VALUE, (namespace, key, value))

    async def delete_value(self, namespace: str, key: str) -> bool:
        return await self._execute("DELETE FROM kv WHERE namespace = %s AND key = %s", (namespace, key)) > 0

    async def list_values(self, namespace: str, prefix: str = "") -> list[tuple[str, bytes]]:
        return [(key, bytes(value)) for key, value in await self._fetch(
            "SELECT key, value FROM kv WHERE namespace = %s AND left(key, %s) = %s ORDER BY key",
            (namespace, len(prefix), prefix))]

    # -- append-only logs

    async def append_log(self, stream: str, entries: Sequence[bytes]) -> list[int]:
        async with self._connection() as conn:
            # The advisory lock serialises appenders of one stream across workers, so numbers
            # never collide and never leave gaps.
            await conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (stream,))
            (last,) = await (await conn.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM log WHERE stream = %s", (stream,))).fetchone()  # type: ignore[misc]
            numbers = list(range(last + 1, last + 1 + len(entries)))
            async with conn.cursor() as cursor:
                await cursor.executemany("INSERT INTO log (stream, seq, entry) VALUES (%s, %s, %s)",
                                         [(stream, n, e) for n, e in zip(numbers, entries, strict=True)])
        return numbers

    async def read_log(self, stream: str, after: int = 0) -> list[tuple[int, bytes]]:
        return [(seq, bytes(entry)) for seq, entry in await self._fetch(
            "SELECT seq, entry FROM log WHERE stream = %s AND seq > %s ORDER BY seq", (stream, after))]

    async def stats(self) -> StoreStats:
        (vens, registered, events, queued), = await self._fetch(
            "SELECT (SELECT COUNT(*) FROM ven), "
            "(SELECT COUNT(*) FROM ven WHERE registration_id IS NOT NULL AND registration_id <> ''), "
            "(SELECT COUNT(*) FROM event), (SELECT COUNT(*) FROM poll_queue)")
        return StoreStats(vens=vens, registered=registered, events=events, queued=queued)

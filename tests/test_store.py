"""The store protocol, one behavioural suite over every backend (memory, SQLite, PostgreSQL).

PostgreSQL runs when 127.0.0.1:5432 answers (or ``EI_TEST_POSTGRES_URL``): each test gets a
fresh schema, dropped afterwards. Without a server that parameter is skipped, with the reason.
"""

from __future__ import annotations

import asyncio
import functools
import os
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from psycopg import sql

from energyinterop.store import (
    Conflict,
    EventRecord,
    MemoryStore,
    OptResponse,
    OptSchedule,
    ReportData,
    ReportRegistration,
    ReportRequest,
    Store,
    StoreError,
    VenRecord,
)
from energyinterop.store import migrations
from energyinterop.store.factory import open_store
from energyinterop.store.migrations import SchemaTooNew
from energyinterop.store.postgres import PostgresStore
from energyinterop.store.sqlite import SqliteStore

POSTGRES_URL = os.environ.get("EI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
EST = timezone(timedelta(hours=-5))
T0 = datetime(2024, 6, 1, 12, 30, 15, 123456, tzinfo=EST)


def asynctest(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run a coroutine test in its own event loop (pytest resolves fixtures through ``wraps``)."""
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))
    return run


# -- backends


@dataclass
class Backend:
    name: str
    make: Callable[[], Store]  # a new, unopened store on the same database

    @asynccontextmanager
    async def opened(self) -> AsyncIterator[Store]:
        store = self.make()
        await store.open()
        try:
            yield store
        finally:
            await store.close()


def _postgres_unreachable() -> str | None:
    address = urlsplit(POSTGRES_URL)
    try:
        socket.create_connection((address.hostname or "127.0.0.1", address.port or 5432), timeout=1).close()
    except OSError as exc:
        return f"PostgreSQL is not reachable at {address.hostname}:{address.port}: {exc}"
    return None


@pytest.fixture(scope="session")
def postgres_reason() -> str | None:
    return _postgres_unreachable()


@pytest.fixture
def postgres_schema(postgres_reason: str | None) -> Iterator[str]:
    """A fresh schema name; the store creates it on open, the teardown drops it."""
    if postgres_reason:
        pytest.skip(postgres_reason)
    schema = f"ei_test_store_{uuid.uuid4().hex[:12]}"
    yield schema
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def _backend(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if kind == "memory":
        memory = MemoryStore()  # one instance: "reopening" it keeps its content
        return Backend(kind, lambda: memory)
    if kind == "sqlite":
        return Backend(kind, lambda: SqliteStore(tmp_path / "store.db"))
    schema = request.getfixturevalue("postgres_schema")
    return Backend(kind, lambda: PostgresStore(POSTGRES_URL, schema=schema))


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    return _backend(request.param, request, tmp_path)


@pytest.fixture(params=["sqlite", "postgres"])
def durable(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """The backends whose content must survive a restart."""
    return _backend(request.param, request, tmp_path)


# -- records


def ven(ven_id: str = "ven-1", name: str = "VEN One", **changes: Any) -> VenRecord:
    full = VenRecord(
        ven_id=ven_id, ven_name=name, registration_id=f"reg-{ven_id}", fingerprint=f"fp:{ven_id}",
        transport_name="xmpp", transport_address="https://ven.example/oadr", http_pull_model=False,
        report_only=True, xml_signature=True, profile="2.0a", poll_frequency=timedelta(seconds=7, microseconds=3),
        group_ids=("g1", "g2"), resource_ids=("r1",), party_ids=("p1", "p2", "p3"), created_at=T0)
    return replace(full, **changes)


def event(event_id: str = "ev-1", start: datetime = T0, **changes: Any) -> EventRecord:
    full = EventRecord(
        event_id=event_id, modification_number=3, market_context="http://market.example/ctx", start=start,
        duration=timedelta(hours=1, microseconds=1), document=b"<ei:eiEvent>\x00\xff</ei:eiEvent>",
        response_required=False, cancelled=False, created_at=T0 + timedelta(seconds=1),
        ven_ids=("ven-1", "ven-2"), group_ids=("g",), resource_ids=(), party_ids=("p",))
    return replace(full, **changes)


def report_data(n: int, ven_id: str = "ven-1", request_id: str = "rr-1") -> ReportData:
    return ReportData(ven_id=ven_id, report_request_id=request_id, r_id=f"r{n}", start=T0 + timedelta(minutes=n),
                      duration=timedelta(minutes=1) if n % 2 else None, value=f"{n}.50", received_at=T0)


async def fill(store: Store) -> None:
    """One of everything, for the persistence tests."""
    await store.add_ven(ven())
    await store.add_ven(ven("ven-2", "VEN Two", registration_id=None, fingerprint=None, created_at=None))
    await store.put_event(event())
    await store.put_event(event("ev-2", T0 - timedelta(days=1), cancelled=True, created_at=None))
    await store.put_opt_response(OptResponse("ev-1", "ven-1", 3, "optIn", "200", T0))
    await store.put_opt(OptSchedule("opt-1", "ven-1", "ven", b"<opt/>", event_id="ev-1", cancelled=True, created_at=T0))
    await store.put_opt(OptSchedule("opt-2", "ven-2", "vtn", b"<opt2/>"))
    await store.put_report_registration(ReportRegistration("ven-1", "spec-1", "METADATA_TELEMETRY_USAGE", b"<r/>", T0))
    await store.put_report_request(ReportRequest("rr-1", "ven-1", "spec-1", b"<rr/>", T0, cancelled=True))
    await store.add_report_data([report_data(n) for n in range(3)])
    await store.enqueue("ven-1", b"first", T0)
    await store.enqueue("ven-1", b"second", T0)
    await store.put_value("market", "tenders", b"\x00\x01")


async def snapshot(store: Store) -> tuple[Any, ...]:
    return (
        await store.list_vens(), await store.list_events(), await store.list_opt_responses(),
        await store.list_opts(), await store.list_report_registrations(), await store.list_report_requests(),
        await store.list_report_data(), await store.pending("ven-1"), await store.get_value("market", "tenders"),
        await store.stats(), await store.schema_version(),
    )


async def pop(store: Store, ven_id: str) -> bytes:
    message = await store.dequeue(ven_id)
    assert message is not None
    return message.document


# -- VENs


@asynctest
async def test_ven_round_trip_and_lookups(backend: Backend) -> None:
    async with backend.opened() as store:
        one, two = ven(), ven("ven-0", "VEN Zero", registration_id=None, fingerprint=None, created_at=None,
                              group_ids=(), transport_address=None)
        await store.add_ven(one)
        await store.add_ven(two)
        assert await store.get_ven("ven-1") == one  # aware == naive is False: the offset survives
        assert await store.get_ven("ven-0") == two
        assert await store.find_ven_by_name("VEN One") == one
        assert await store.find_ven_by_registration("reg-ven-1") == one
        assert await store.find_ven_by_fingerprint("fp:ven-1") == one
        assert await store.list_vens() == [two, one]
        for missing in (store.get_ven("nope"), store.find_ven_by_name("nope"),
                        store.find_ven_by_registration("nope"), store.find_ven_by_fingerprint("nope")):
            assert await missing is None


@asynctest
async def test_fingerprint_lookups_follow_every_change(backend: Backend) -> None:
    async with backend.opened() as store:
        await store.add_ven(ven())
        assert (await store.find_ven_by_fingerprint("fp:ven-1")).ven_name == "VEN One"
        await store.put_ven(ven(name="VEN One renamed"))  # a cached answer must not survive
        assert (await store.find_ven_by_fingerprint("fp:ven-1")).ven_name == "VEN One renamed"
        await store.put_ven(ven(fingerprint="fp:new"))
        assert await store.find_ven_by_fingerprint("fp:ven-1") is None
        assert (await store.find_ven_by_fingerprint("fp:new")).ven_id == "ven-1"
        await store.delete_ven("ven-1")
        assert await store.find_ven_by_fingerprint("fp:new") is None


@asynctest
async def test_add_ven_conflicts_on_id_and_name(backend: Backend) -> None:
    async with backend.opened() as store:
        await store.add_ven(ven())
        with pytest.raises(Conflict):
            await store.add_ven(ven(name="another name"))
        with pytest.raises(Conflict):
            await store.add_ven(ven("ven-2"))
        assert await store.list_vens() == [ven()]


@asynctest
async def test_put_ven_inserts_or_replaces(backend: Backend) -> None:
    async with backend.opened() as store:
        await store.put_ven(ven())
        cancelled = ven(registration_id=None, name="renamed", poll_frequency=timedelta(minutes=1))
        await store.put_ven(cancelled)
        assert await store.list_vens() == [cancelled]
        assert await store.find_ven_by_registration("reg-ven-1") is None
        assert await store.find_ven_by_name("VEN One") is None


@asynctest
async def test_delete_ven_removes_its_queue_only(backend: Backend) -> None:
    async with backend.opened() as store:
        await store.add_ven(ven())
        await store.add_ven(ven("ven-2", "VEN Two"))
        await store.enqueue("ven-1", b"a", T0)
        await store.enqueue("ven-2", b"b", T0)
        assert await store.delete_ven("ven-1") is True
        assert await store.delete_ven("ven-1") is False
        assert await store.get_ven("ven-1") is None
        assert await store.pending("ven-1") == 0
        assert await store.pending("ven-2") == 1


# -- events and opts


@asynctest
async def test_events_round_trip_replace_and_order(backend: Backend) -> None:
    async with backend.opened() as store:
        late, early = event("ev-a", T0 + timedelta(hours=2)), event("ev-b", T0.astimezone(UTC))
        await store.put_event(late)
        await store.put_event(early)
        assert await store.get_event("ev-a") == late
        assert await store.get_event("nope") is None
        assert await store.list_events() == [early, late]
        modified = replace(late, modification_number=4, cancelled=True, document=b"<modified/>")
        await store.put_event(modified)
        assert await store.list_events() == [early, modified]
        assert await store.list_events(include_cancelled=False) == [early]


@asynctest
async def test_opt_responses_are_replaced_per_event_and_ven(backend: Backend) -> None:
    async with backend.opened() as store:
        first = OptResponse("ev-1", "ven-1", 1, "optIn", "200", T0)
        other = OptResponse("ev-1", "ven-2", 1, "optOut", "200", T0)
        later = OptResponse("ev-2", "ven-1", 0, "optIn", "200", T0)
        for response in (later, other, first):
            await store.put_opt_response(response)
        changed = replace(first, modification_number=2, opt_type="optOut", received_at=T0 + timedelta(seconds=5))
        await store.put_opt_response(changed)
        assert await store.list_opt_responses() == [changed, other, later]
        assert await store.list_opt_responses("ev-1") == [changed, other]
        assert await store.list_opt_responses("nope") == []


@asynctest
async def test_opt_schedules(backend: Backend) -> None:
    async with backend.opened() as store:
        mine = OptSchedule("opt-2", "ven-1", "ven", b"<a/>", event_id="ev-1", created_at=T0)
        theirs = OptSchedule("opt-1", "ven-2", "vtn", b"<b/>")
        await store.put_opt(mine)
        await store.put_opt(theirs)
        assert await store.get_opt("opt-2") == mine
        assert await store.get_opt("nope") is None
        cancelled = replace(mine, cancelled=True)
        await store.put_opt(cancelled)
        assert await store.list_opts() == [theirs, cancelled]
        assert await store.list_opts("ven-1") == [cancelled]


# -- reports


@asynctest
async def test_report_registrations_and_requests(backend: Backend) -> None:
    async with backend.opened() as store:
        registration = ReportRegistration("ven-1", "spec-b", "METADATA_TELEMETRY_STATUS", b"<r/>", T0)
        other = ReportRegistration("ven-1", "spec-a", "METADATA_HISTORY_USAGE", b"<h/>", T0)
        await store.put_report_registration(registration)
        await store.put_report_registration(other)
        again = replace(registration, document=b"<r2/>", registered_at=T0 + timedelta(hours=1))
        await store.put_report_registration(again)
        await store.put_report_registration(ReportRegistration("ven-2", "spec-a", "X", b"", T0))
        assert (await store.list_report_registrations("ven-1")) == [other, again]
        assert len(await store.list_report_registrations()) == 3

        request = ReportRequest("rr-2", "ven-1", "spec-b", b"<rr/>", T0)
        await store.put_report_request(request)
        await store.put_report_request(ReportRequest("rr-1", "ven-2", "spec-a", b"<x/>", T0))
        assert await store.get_report_request("rr-2") == request
        assert await store.get_report_request("nope") is None
        await store.put_report_request(replace(request, cancelled=True))
        assert await store.list_report_requests("ven-1") == [replace(request, cancelled=True)]
        assert [r.report_request_id for r in await store.list_report_requests()] == ["rr-1", "rr-2"]


@asynctest
async def test_report_data_keeps_arrival_order_and_filters(backend: Backend) -> None:
    async with backend.opened() as store:
        data = [report_data(n, request_id="rr-9" if n == 2 else "rr-1") for n in (5, 1, 2, 4)]
        await store.add_report_data(data[:2])
        await store.add_report_data(data[2:] + [report_data(0, ven_id="ven-2")])
        await store.add_report_data([])
        assert await store.list_report_data("ven-1") == data
        assert await store.list_report_data("ven-1", "rr-1") == [data[0], data[1], data[3]]
        assert await store.list_report_data(report_request_id="rr-9") == [data[2]]
        assert len(await store.list_report_data()) == 5


# -- poll queues


@asynctest
async def test_poll_queues_are_fifo_per_ven(backend: Backend) -> None:
    async with backend.opened() as store:
        sequences = [await store.enqueue(f"ven-{n % 2}", f"m{n}".encode(), T0 + timedelta(seconds=n))
                     for n in range(6)]
        assert sequences == sorted(set(sequences))
        assert (await store.pending("ven-0"), await store.pending("ven-1"), await store.pending("x")) == (3, 3, 0)
        first = await store.dequeue("ven-1")
        assert first is not None
        assert (first.sequence, first.ven_id, first.document, first.enqueued_at) == (
            sequences[1], "ven-1", b"m1", T0 + timedelta(seconds=1))
        assert [await pop(store, "ven-1") for _ in range(2)] == [b"m3", b"m5"]
        assert await store.dequeue("ven-1") is None
        assert await store.pending("ven-0") == 3
        later = await store.enqueue("ven-1", b"again", T0)
        assert later > max(sequences)  # a popped sequence number is never handed out again
        # A queue found empty (which SQLite then remembers) still delivers what comes next.
        assert await store.pending("ven-1") == 1
        assert await pop(store, "ven-1") == b"again"
        assert (await store.dequeue("ven-1"), await store.pending("ven-1")) == (None, 0)
        await store.enqueue("ven-1", b"once more", T0)
        assert (await store.pending("ven-1"), await pop(store, "ven-1")) == (1, b"once more")


@asynctest
async def test_concurrent_consumers_never_get_a_message_twice(backend: Backend) -> None:
    async with backend.opened() as producer, backend.opened() as other:
        # Two stores (two pools on PostgreSQL) when the backend allows a second opener.
        second = producer if backend.name == "sqlite" else other
        expected = {await producer.enqueue("ven-1", f"{n}".encode(), T0) for n in range(200)}

        async def drain(store: Store) -> list[int]:
            taken = []
            while (message := await store.dequeue("ven-1")) is not None:
                taken.append(message.sequence)
                await asyncio.sleep(0)
            return taken

        first_half, second_half = await asyncio.gather(drain(producer), drain(second))
        assert len(first_half) + len(second_half) == 200
        assert set(first_half) | set(second_half) == expected
        assert await producer.pending("ven-1") == 0


# -- key/value and stats


@asynctest
async def test_key_value(backend: Backend) -> None:
    async with backend.opened() as store:
        assert await store.get_value("market", "k") is None
        await store.put_value("market", "k", b"\x00v1")
        await store.put_value("other", "k", b"")
        await store.put_value("market", "k", b"v2")
        assert (await store.get_value("market", "k"), await store.get_value("other", "k")) == (b"v2", b"")


@asynctest
async def test_key_value_batches_listing_and_deletes(backend: Backend) -> None:
    async with backend.opened() as store:
        await store.put_values("rm", {"seq/a%": b"1", "seq/a_2": b"2", "seq/b": b"3", "Seq/c": b"4", "x": b"5"})
        await store.put_value("other", "seq/z", b"6")
        # Prefixes are literal (no LIKE wildcards) and case-sensitive; listings are key-ordered.
        assert await store.list_values("rm", "seq/a") == [("seq/a%", b"1"), ("seq/a_2", b"2")]
        assert await store.list_values("rm", "seq/a%") == [("seq/a%", b"1")]
        assert [k for k, _ in await store.list_values("rm")] == ["Seq/c", "seq/a%", "seq/a_2", "seq/b", "x"]
        await store.put_values("rm", {"seq/a%": None, "seq/b": b"3b", "new": b"7"})
        assert await store.list_values("rm", "seq/") == [("seq/a_2", b"2"), ("seq/b", b"3b")]
        assert await store.delete_value("rm", "x") is True
        assert await store.delete_value("rm", "x") is False
        assert await store.get_value("rm", "x") is None
        assert await store.get_value("rm", "new") == b"7"
        assert await store.list_values("other") == [("seq/z", b"6")]


@asynctest
async def test_append_only_logs(backend: Backend) -> None:
    async with backend.opened() as store:
        assert await store.read_log("market") == []
        assert await store.append_log("market", [b"a", b"b"]) == [1, 2]
        assert await store.append_log("other", [b"x"]) == [1]
        assert await store.append_log("market", [b"\x00c"]) == [3]
        assert await store.append_log("market", []) == []
        assert await store.read_log("market") == [(1, b"a"), (2, b"b"), (3, b"\x00c")]
        assert await store.read_log("market", after=2) == [(3, b"\x00c")]
        assert await store.read_log("other") == [(1, b"x")]


@asynctest
async def test_values_and_logs_survive_a_restart(durable: Backend) -> None:
    async with durable.opened() as store:
        await store.put_values("rm", {"a": b"1", "b": b"2"})
        await store.append_log("market", [b"e1", b"e2"])
    async with durable.opened() as store:
        assert await store.list_values("rm") == [("a", b"1"), ("b", b"2")]
        assert await store.append_log("market", [b"e3"]) == [3]
        assert [entry for _, entry in await store.read_log("market")] == [b"e1", b"e2", b"e3"]


@asynctest
async def test_stats(backend: Backend) -> None:
    async with backend.opened() as store:
        assert (await store.stats()).vens == 0
        await fill(store)
        await store.put_ven(ven("ven-3", "VEN Three", registration_id=""))
        stats = await store.stats()
        assert (stats.vens, stats.registered, stats.events, stats.queued, stats.extra) == (3, 1, 2, 2, {})


# -- persistence and migrations


@asynctest
async def test_a_restart_loses_nothing(durable: Backend) -> None:
    async with durable.opened() as store:
        await fill(store)
        before = await snapshot(store)
    async with durable.opened() as store:
        assert await snapshot(store) == before
        assert await pop(store, "ven-1") == b"first"
    async with durable.opened() as store:
        assert await pop(store, "ven-1") == b"second"


def _raw(store: Store, statement: str = "SELECT version FROM schema_version") -> list[Any]:
    """A statement run on the database behind ``store``, beside the store."""
    if isinstance(store, SqliteStore):
        with sqlite3.connect(store._path) as db:
            return db.execute(statement).fetchall()
    assert isinstance(store, PostgresStore)
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(store._schema or "public")))
        cursor = conn.execute(statement)  # type: ignore[arg-type]  # test-made SQL text
        return cursor.fetchall() if cursor.description else []


@asynctest
async def test_sqlite_kv_migrates_to_clustered_rows_keeping_them(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as db:  # a database as version 2 left it, with values in kv
        db.execute(migrations.VERSION_TABLE)
        for migration in migrations.MIGRATIONS[:2]:
            for statement in migration.sqlite:
                db.execute(statement)
            db.execute("INSERT INTO schema_version VALUES (?, ?)", (migration.version, migration.description))
        db.executemany("INSERT INTO kv VALUES (?, ?, ?)", [("wsrm", "s:a", b"1"), ("wsrm", "s:b", b"2")])
    store = SqliteStore(path)
    await store.open()
    try:
        assert await store.schema_version() == migrations.LATEST
        assert await store.list_values("wsrm") == [("s:a", b"1"), ("s:b", b"2")]
        (table,), = _raw(store, "SELECT sql FROM sqlite_master WHERE name = 'kv'")
        assert table.endswith("WITHOUT ROWID")
    finally:
        await store.close()


@asynctest
async def test_migrations_fresh_idempotent_and_refusing_newer(durable: Backend) -> None:
    async with durable.opened() as store:
        assert await store.schema_version() == migrations.LATEST
    async with durable.opened() as store:
        assert await store.schema_version() == migrations.LATEST
    assert _raw(store) == [(m.version,) for m in migrations.MIGRATIONS]
    _raw(store, f"INSERT INTO schema_version VALUES ({migrations.LATEST + 1}, 'from the future')")
    newer = durable.make()
    with pytest.raises(SchemaTooNew, match=f"version {migrations.LATEST + 1}, newer than"):
        await newer.open()
    with pytest.raises(StoreError, match="not open"):
        await newer.get_ven("ven-1")


def test_migration_list_is_ordered_and_complete() -> None:
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    # A migration may concern one dialect only (3: SQLite's clustered kv), never neither.
    assert all(m.sqlite or m.postgres for m in migrations.MIGRATIONS)
    assert migrations.pending(0) == migrations.MIGRATIONS
    assert migrations.pending(migrations.LATEST) == ()
    with pytest.raises(SchemaTooNew):
        migrations.pending(migrations.LATEST + 1)


@asynctest
async def test_naive_datetimes_are_refused(backend: Backend) -> None:
    async with backend.opened() as store:
        with pytest.raises(ValueError, match="aware"):
            await store.enqueue("ven-1", b"x", datetime(2024, 1, 1))
        with pytest.raises(ValueError, match="aware"):
            await store.put_ven(ven(created_at=datetime(2024, 1, 1)))


@asynctest
async def test_put_ven_with_another_vens_name_conflicts(backend: Backend) -> None:
    async with backend.opened() as store:
        await store.add_ven(ven())
        await store.add_ven(ven("ven-2", "VEN Two"))
        with pytest.raises(Conflict):
            await store.put_ven(ven("ven-2", "VEN One"))
        assert await store.find_ven_by_name("VEN Two") == ven("ven-2", "VEN Two")


@asynctest
async def test_unreachable_postgres_is_a_store_error() -> None:
    store = PostgresStore("postgresql://postgres@127.0.0.1:1/test", connect_timeout=0.3)
    with pytest.raises(StoreError, match="cannot open"):
        await store.open()


@settings(max_examples=60, deadline=None)
@given(start=st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31),
                          timezones=st.sampled_from([UTC, EST, timezone(timedelta(hours=5, minutes=45))])),
       duration=st.timedeltas(min_value=timedelta(days=-99999), max_value=timedelta(days=99999)))
def test_sqlite_keeps_datetimes_and_durations_exactly(start: datetime, duration: timedelta) -> None:
    async def round_trip() -> None:
        store = SqliteStore(":memory:")
        await store.open()
        stored = event(start=start, duration=duration)
        await store.put_event(stored)
        assert await store.get_event(stored.event_id) == stored
        await store.close()
    asyncio.run(round_trip())


# -- factory


def test_open_store_urls(tmp_path: Path) -> None:
    assert isinstance(open_store("memory://"), MemoryStore)
    assert open_store("sqlite:///relative/store.db")._path == "relative/store.db"  # type: ignore[attr-defined]
    assert open_store(f"sqlite:///{tmp_path}/store.db")._path == f"{tmp_path}/store.db"  # type: ignore[attr-defined]
    assert open_store("sqlite:///:memory:")._path == ":memory:"  # type: ignore[attr-defined]
    assert isinstance(open_store("postgresql://u@h/db"), PostgresStore)
    assert isinstance(open_store("postgres://u@h/db"), PostgresStore)
    for bad in ("", "memory", "memory://x", "sqlite://", "sqlite:///", "sqlite://host/db", "mysql://h/db", "/tmp/x.db"):
        with pytest.raises(ValueError, match="store URL"):
            open_store(bad)


@asynctest
async def test_open_store_sqlite_memory_works() -> None:
    store = open_store("sqlite:///:memory:")
    await store.open()
    await store.put_value("n", "k", b"v")
    assert await store.get_value("n", "k") == b"v"
    await store.close()


@asynctest
async def test_peek_leaves_the_message_and_remove_takes_it_once(backend: Backend) -> None:
    async with backend.opened() as store:
        first = await store.enqueue("ven-1", b"<one/>", T0)
        await store.enqueue("ven-1", b"<two/>", T0)
        peeked = await store.peek("ven-1")
        assert peeked is not None and (peeked.sequence, peeked.document) == (first, b"<one/>")
        assert await store.pending("ven-1") == 2  # still there
        assert await store.remove("ven-1", first) is True
        assert await store.remove("ven-1", first) is False  # gone already
        assert await store.remove("ven-2", first + 1) is False  # another VEN's sequence
        after = await store.peek("ven-1")
        assert after is not None and after.document == b"<two/>"
        assert await store.peek("ven-2") is None


@asynctest
async def test_sqlite_checkpoints_in_the_background_and_loses_nothing(tmp_path: Path) -> None:
    """SQLite's own checkpoint is off (it would stall a commit on two fsyncs); the store runs
    a PASSIVE one on a worker thread every CHECKPOINT_EVERY commits: the WAL's pages reach the
    database file, and every value is still there after a reopen."""
    from energyinterop.store import sqlite as sqlite_store

    path = tmp_path / "store.db"
    store = SqliteStore(path)
    await store.open()
    empty = path.stat().st_size
    for n in range(sqlite_store.CHECKPOINT_EVERY):
        await store.put_values("bulk", {f"k{n}": b"x" * 500})
    pending = store._checkpoint
    assert pending is not None  # started by the commit that reached the count
    await pending
    assert path.stat().st_size > empty + 100 * 500  # the pages were copied into the file
    await store.close()
    reopened = SqliteStore(path)
    await reopened.open()
    try:
        assert len(await reopened.list_values("bulk")) == sqlite_store.CHECKPOINT_EVERY
    finally:
        await reopened.close()


@asynctest
async def test_sqlite_wal_starts_over_under_a_steady_stream_of_commits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commits keep coming while the thread checkpoints (held open here, so some surely do):
    the store copies those left over, the WAL starts over instead of growing round after
    round, and nothing is lost."""
    from energyinterop.store import sqlite as sqlite_store

    thread_checkpoint = SqliteStore._checkpoint_now

    def slow_checkpoint(self: SqliteStore) -> None:
        thread_checkpoint(self)
        time.sleep(0.05)  # the loop goes on committing meanwhile

    monkeypatch.setattr(SqliteStore, "_checkpoint_now", slow_checkpoint)
    path = tmp_path / "store.db"
    wal = tmp_path / "store.db-wal"
    store = SqliteStore(path)
    await store.open()
    sizes: list[int] = []  # the WAL file's size after each round
    written = during = 0
    try:
        for _ in range(4):
            for _ in range(sqlite_store.CHECKPOINT_EVERY):
                await store.put_values("bulk", {f"k{written}": b"x" * 500, f"k{written - 1}": None})
                written += 1
            pending = store._checkpoint
            assert pending is not None
            while not pending.done():
                await store.put_values("bulk", {f"k{written}": b"x" * 500, f"k{written - 1}": None})
                written, during = written + 1, during + 1
                await asyncio.sleep(0.001)
            sizes.append(wal.stat().st_size)
        assert during >= 4  # commits did land while the thread checkpointed
        # Without the catch-up each round appends to the file: 4 rounds, about 4 times round 1.
        assert sizes[-1] <= sizes[0] * 1.5, sizes
        assert await store.list_values("bulk") == [(f"k{written - 1}", b"x" * 500)]
    finally:
        await store.close()


# -- units of work (Store.atomic)


@asynccontextmanager
async def _sqlite(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    store = SqliteStore(tmp_path / "unit.sqlite3")
    await store.open()
    try:
        yield store
    finally:
        await store.close()


@asynctest
async def test_after_a_unit_its_marker_is_there_exactly_when_it_was_split(backend: Backend) -> None:
    async with backend.opened() as store:
        async with store.atomic("unit-test", {"marker": b"m"}) as unit:
            await store.put_value("unit-test", "a", b"1")
        assert await store.get_value("unit-test", "a") == b"1"
        assert (await store.get_value("unit-test", "marker") == b"m") is unit.split
        assert not unit.split  # nobody else used the store meanwhile


@asynctest
async def test_sqlite_unit_is_unseen_until_it_ends_and_rolls_back_on_an_error(tmp_path: Path) -> None:
    async with _sqlite(tmp_path) as store:
        async with store.atomic("unit-test", {"marker": b"m"}) as unit:
            await store.put_value("unit-test", "a", b"1")
            assert _raw(store, "SELECT key FROM kv WHERE namespace = 'unit-test'") == []  # another reader
            assert await store.get_value("unit-test", "a") == b"1"  # its own task reads its writes
        assert not unit.split
        assert _raw(store, "SELECT key FROM kv WHERE namespace = 'unit-test'") == [("a",)]
        with pytest.raises(RuntimeError):
            async with store.atomic("unit-test", {"marker": b"m"}):
                await store.put_value("unit-test", "b", b"2")
                await store.enqueue("ven-1", b"queued", T0)
                raise RuntimeError("the role failed")
        assert await store.get_value("unit-test", "b") is None
        assert await store.dequeue("ven-1") is None
        assert _raw(store, "SELECT key FROM kv WHERE namespace = 'unit-test'") == [("a",)]


@asynctest
async def test_sqlite_unit_split_by_another_task_commits_its_writes_with_the_marker(tmp_path: Path) -> None:
    async with _sqlite(tmp_path) as store:
        async with store.atomic("unit-test", {"marker": b"m"}) as unit:
            await store.put_value("unit-test", "a", b"1")
            # Another task never waits for the unit, and never reads what it may roll back.
            assert await asyncio.create_task(store.get_value("unit-test", "a")) == b"1"
            assert unit.split
            assert sorted(_raw(store, "SELECT key FROM kv WHERE namespace = 'unit-test'")) == [("a",), ("marker",)]
            await store.put_value("unit-test", "b", b"2")  # unprotected now: committed at once
            assert ("b",) in _raw(store, "SELECT key FROM kv WHERE namespace = 'unit-test'")
        async with store.atomic("unit-test", {"settled": b"m"}) as unit:
            await store.put_value("unit-test", "c", b"3")
            unit.settle()  # its outcome is written: a split no longer needs the marker
            await asyncio.create_task(store.put_value("unit-test", "d", b"4"))
            assert unit.split
        assert await store.get_value("unit-test", "settled") is None
        assert await store.get_value("unit-test", "c") == b"3"


@asynctest
async def test_a_nested_unit_rolls_back_alone(durable: Backend) -> None:
    async with durable.opened() as store:
        async with store.atomic("unit-test", {"outer": b"m"}):
            await store.put_value("unit-test", "a", b"1")
            with pytest.raises(RuntimeError):
                async with store.atomic("unit-test", {"inner": b"m"}):
                    await store.put_value("unit-test", "b", b"2")
                    raise RuntimeError("a released message failed")
            await store.put_value("unit-test", "c", b"3")
        assert [key for key, _ in await store.list_values("unit-test")] == ["a", "c"]


_DYING_UNIT = """
import asyncio, os, sys
sys.path.insert(0, {root!r})
from energyinterop.store.sqlite import SqliteStore

async def main():
    store = SqliteStore({path!r})
    await store.open()
    await store.put_value("unit-test", "before", b"0")
    async with store.atomic("unit-test", {{"marker": b"m"}}):
        await store.put_value("unit-test", "a", b"1")
        if {split!r}:
            await asyncio.create_task(store.get_value("unit-test", "before"))
        await store.put_value("unit-test", "b", b"2")
        os._exit(137)  # as abrupt as kill -9, in the middle of the unit

asyncio.run(main())
"""


@pytest.mark.parametrize("split", [False, True])
def test_a_process_dying_in_a_unit_keeps_none_of_it_or_its_marker(tmp_path: Path, split: bool) -> None:
    path = tmp_path / "dying.sqlite3"
    script = _DYING_UNIT.format(root=str(Path(__file__).resolve().parents[1]), path=str(path), split=split)
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == 137
    with sqlite3.connect(path) as db:
        kept = sorted(key for (key,) in db.execute("SELECT key FROM kv WHERE namespace = 'unit-test'"))
    assert kept == (["a", "b", "before", "marker"] if split else ["before"])


@asynctest
async def test_postgres_unit_hides_its_writes_from_other_tasks_and_rolls_back(postgres_schema: str) -> None:
    store = PostgresStore(POSTGRES_URL, schema=postgres_schema)
    await store.open()
    try:
        async with store.atomic("unit-test", {"marker": b"m"}) as unit:
            await store.put_value("unit-test", "a", b"1")
            assert await store.get_value("unit-test", "a") == b"1"  # its own task reads its writes
            # Another task uses another connection: it neither waits nor sees the writes.
            assert await asyncio.create_task(store.get_value("unit-test", "a")) is None
        assert not unit.split
        assert [key for key, _ in await store.list_values("unit-test")] == ["a"]
        with pytest.raises(RuntimeError):
            async with store.atomic("unit-test", {"marker": b"m"}):
                await store.put_value("unit-test", "b", b"2")
                await store.enqueue("ven-1", b"queued", T0)
                raise RuntimeError("the role failed")
        assert [key for key, _ in await store.list_values("unit-test")] == ["a"]
        assert await store.dequeue("ven-1") is None
    finally:
        await store.close()


@asynctest
async def test_postgres_units_leave_a_connection_to_the_calls_they_wait_on(postgres_schema: str) -> None:
    """Units whose tasks each wait on another task's store call (a released message's replay
    check waits on the replay guard's group commit) never take every pooled connection: the
    calls they wait on go through, and a unit over the units' share waits its turn."""
    store = PostgresStore(POSTGRES_URL, schema=postgres_schema, max_size=2)
    await store.open()
    order: list[str] = []

    async def delivery(name: str) -> None:
        async with store.atomic("unit-test", {"marker": b"m"}):
            await store.put_value("unit-test", name, b"role")
            # Another task's write, awaited inside the unit (it needs a connection of its own).
            await asyncio.create_task(store.put_value("unit-test", f"nonce-{name}", b"n"))
            order.append(name)

    try:
        await asyncio.wait_for(asyncio.gather(delivery("a"), delivery("b")), timeout=10)
        assert sorted(order) == ["a", "b"]
        assert [key for key, _ in await store.list_values("unit-test")] == ["a", "b", "nonce-a", "nonce-b"]
    finally:
        await store.close()
    with pytest.raises(ValueError):
        PostgresStore(POSTGRES_URL, max_size=1)


_DYING_POSTGRES_UNIT = """
import asyncio, os, sys
sys.path.insert(0, {root!r})
from energyinterop.store.postgres import PostgresStore

async def main():
    store = PostgresStore({url!r}, schema={schema!r})
    await store.open()
    await store.put_value("unit-test", "before", b"0")
    async with store.atomic("unit-test", {{"marker": b"m"}}):
        await store.put_value("unit-test", "a", b"1")
        await store.put_value("unit-test", "b", b"2")
        os._exit(137)  # as abrupt as kill -9, in the middle of the unit

asyncio.run(main())
"""


def test_a_process_dying_in_a_postgres_unit_keeps_none_of_it(postgres_schema: str) -> None:
    script = _DYING_POSTGRES_UNIT.format(root=str(Path(__file__).resolve().parents[1]), url=POSTGRES_URL,
                                         schema=postgres_schema)
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == 137
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(postgres_schema)))
        kept = sorted(key for (key,) in conn.execute("SELECT key FROM kv WHERE namespace = 'unit-test'"))
    assert kept == ["before"]

"""kill -9 of the VTN process, and of a VEN process, in the middle of a reliable sequence;
restart; nothing lost, nothing delivered twice. Real processes (tests/rm_processes), real
SQLite files (and the VTN on PostgreSQL for the sharpest case); deliveries are counted where
the role writes them, in the VTN's store: the role's writes and the delivery record commit
as one unit, so a kill at any instant leaves each message handled once, without any check
by the application."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

HERE = Path(__file__).resolve().parent / "rm_processes"
COUNT = 800


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


Query = Callable[[str], list[tuple[Any, ...]]]  # a read-only look into the VTN's store


def sqlite_query(path: Path) -> Query:
    def query(statement: str) -> list[tuple[Any, ...]]:
        if not path.exists():
            return []
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
                return db.execute(statement).fetchall()
        except sqlite3.OperationalError:  # the tables are not there yet
            return []
    return query


def postgres_query(url: str, schema: str) -> Query:
    def query(statement: str) -> list[tuple[Any, ...]]:
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(schema)))
                return conn.execute(statement).fetchall()  # type: ignore[arg-type]  # test-made SQL text
        except psycopg.errors.UndefinedTable:  # the tables are not there yet
            return []
    return query


def deliveries(query: Query) -> list[str]:
    """The requestIDs the VTN's role logged, in order."""
    rows = query("SELECT entry FROM log WHERE stream = 'deliveries' ORDER BY seq")
    return [bytes(entry).decode() for (entry,) in rows]


def sequences(query: Query) -> dict[str, bytes]:
    """The VTN's reliable-messaging records: destination keys and their values."""
    return {key: bytes(value) for key, value in
            query("SELECT key, value FROM kv WHERE namespace = 'wsrm' AND key LIKE 'd:%'")}


class Processes:
    def __init__(self, tmp: Path, vtn_store: str | None = None, query: Query | None = None) -> None:
        self.port = free_port()
        self.vtn_store, self.ven_store = vtn_store or str(tmp / "vtn.sqlite3"), tmp / "ven.sqlite3"
        self.query = query or sqlite_query(tmp / "vtn.sqlite3")
        self.vtn: subprocess.Popen[bytes] | None = None
        self.ven: subprocess.Popen[bytes] | None = None

    def start_vtn(self, *crash: str) -> None:
        self.vtn = subprocess.Popen([sys.executable, str(HERE / "vtn.py"), str(self.port), str(self.vtn_store), *crash],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start_ven(self) -> None:
        self.ven = subprocess.Popen([sys.executable, str(HERE / "ven.py"), f"http://127.0.0.1:{self.port}",
                                     str(self.ven_store), str(COUNT)], stderr=subprocess.PIPE)

    def wait_for(self, delivered: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while len(deliveries(self.query)) < delivered:
            assert time.monotonic() < deadline, f"fewer than {delivered} deliveries after {timeout}s"
            time.sleep(0.01)

    @staticmethod
    def kill(process: subprocess.Popen[bytes] | None) -> None:
        assert process is not None
        os.kill(process.pid, signal.SIGKILL)
        process.wait()

    def finish(self) -> list[str]:
        assert self.ven is not None
        _, errors = self.ven.communicate(timeout=120)
        assert self.ven.returncode == 0, errors.decode()[-2000:]
        return deliveries(self.query)

    def stop(self) -> None:
        for process in (self.ven, self.vtn):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()


@pytest.fixture
def processes(tmp_path: Path):  # type: ignore[no-untyped-def]
    running = Processes(tmp_path)
    try:
        yield running
    finally:
        running.stop()


def assert_exactly_once_in_order(log: list[str], query: Query) -> None:
    assert log == [f"m{i}" for i in range(COUNT)]
    records = sequences(query)
    delivered = [value for key, value in records.items() if key.endswith(":r")]
    assert delivered == [f"1-{COUNT}".encode()]  # one sequence, every number delivered
    assert not [key for key in records if ":p:" in key]  # no delivery left in doubt


def test_kill_the_vtn_in_the_middle_of_a_sequence(processes: Processes) -> None:
    processes.start_vtn()
    processes.start_ven()
    for point in (200, 400, 600):
        processes.wait_for(point)
        processes.kill(processes.vtn)  # the VEN keeps retrying, with backoff
        time.sleep(0.2)
        processes.start_vtn()
    assert_exactly_once_in_order(processes.finish(), processes.query)


def test_kill_the_ven_in_the_middle_of_a_sequence(processes: Processes) -> None:
    processes.start_vtn()
    processes.start_ven()
    for point in (200, 400, 600):
        processes.wait_for(point)
        processes.kill(processes.ven)
        processes.start_ven()  # sends again what was never answered, then goes on
    assert_exactly_once_in_order(processes.finish(), processes.query)


POSTGRES_URL = os.environ.get("EI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def postgres_processes(tmp_path: Path) -> Iterator[Processes]:
    """Processes whose VTN keeps its state in a schema of its own on PostgreSQL."""
    schema = f"ei_test_kill_{uuid.uuid4().hex[:12]}"
    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is not reachable: {exc}")
    running = Processes(tmp_path, f"pg:{schema}", postgres_query(POSTGRES_URL, schema))
    try:
        yield running
    finally:
        running.stop()
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_a_vtn_dying_between_the_role_and_the_delivery_record_hands_the_message_over_once(
        store: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """The most fragile instant, hit on purpose: the role has written its record of m300, the
    delivery record and the answer are not written yet, and the process dies. The role's
    write dies with it (one unit), so the retransmission hands m300 over once more, and once."""
    processes: Processes = request.getfixturevalue("processes" if store == "sqlite" else "postgres_processes")
    processes.start_vtn("m300", str(tmp_path / "crashed"))
    processes.start_ven()
    assert processes.vtn is not None
    processes.vtn.wait(timeout=60)  # it dies at m300
    assert (tmp_path / "crashed").exists()
    processes.start_vtn()
    assert_exactly_once_in_order(processes.finish(), processes.query)

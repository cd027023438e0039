"""kill -9 of the VTN process, and of a VEN process, in the middle of a reliable sequence;
restart; nothing lost, nothing delivered twice. Real processes (tests/rm_processes), real
SQLite files; deliveries are counted in the VTN's store (its delivery log)."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "rm_processes"
COUNT = 800


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def deliveries(path: Path) -> list[tuple[str, int, str]]:
    if not path.exists():
        return []
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            rows = db.execute("SELECT entry FROM log WHERE stream = 'deliveries' ORDER BY seq").fetchall()
    except sqlite3.OperationalError:  # the table is not there yet
        return []
    out = []
    for (entry,) in rows:
        sequence, number, request_id = entry.decode().split()
        out.append((sequence, int(number), request_id))
    return out


class Processes:
    def __init__(self, tmp: Path) -> None:
        self.port = free_port()
        self.vtn_store, self.ven_store = tmp / "vtn.sqlite3", tmp / "ven.sqlite3"
        self.vtn: subprocess.Popen[bytes] | None = None
        self.ven: subprocess.Popen[bytes] | None = None

    def start_vtn(self) -> None:
        self.vtn = subprocess.Popen([sys.executable, str(HERE / "vtn.py"), str(self.port), str(self.vtn_store)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start_ven(self) -> None:
        self.ven = subprocess.Popen([sys.executable, str(HERE / "ven.py"), f"http://127.0.0.1:{self.port}",
                                     str(self.ven_store), str(COUNT)], stderr=subprocess.PIPE)

    def wait_for(self, delivered: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while len(deliveries(self.vtn_store)) < delivered:
            assert time.monotonic() < deadline, f"fewer than {delivered} deliveries after {timeout}s"
            time.sleep(0.01)

    @staticmethod
    def kill(process: subprocess.Popen[bytes] | None) -> None:
        assert process is not None
        os.kill(process.pid, signal.SIGKILL)
        process.wait()

    def finish(self) -> list[tuple[str, int, str]]:
        assert self.ven is not None
        _, errors = self.ven.communicate(timeout=120)
        assert self.ven.returncode == 0, errors.decode()[-2000:]
        return deliveries(self.vtn_store)

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


def assert_exactly_once_in_order(log: list[tuple[str, int, str]]) -> None:
    assert [request_id for _, _, request_id in log] == [f"m{i}" for i in range(COUNT)]
    assert [number for _, number, _ in log] == list(range(1, COUNT + 1))
    assert len({sequence for sequence, _, _ in log}) == 1


def test_kill_the_vtn_in_the_middle_of_a_sequence(processes: Processes) -> None:
    processes.start_vtn()
    processes.start_ven()
    for point in (200, 400, 600):
        processes.wait_for(point)
        processes.kill(processes.vtn)  # the VEN keeps retrying, with backoff
        time.sleep(0.2)
        processes.start_vtn()
    assert_exactly_once_in_order(processes.finish())


def test_kill_the_ven_in_the_middle_of_a_sequence(processes: Processes) -> None:
    processes.start_vtn()
    processes.start_ven()
    for point in (200, 400, 600):
        processes.wait_for(point)
        processes.kill(processes.ven)
        processes.start_ven()  # sends again what was never answered, then goes on
    assert_exactly_once_in_order(processes.finish())

"""``ei-vtn``, end to end: a real server process, driven by the CLI as subprocesses.

Covers the operator subcommands against the live API, the documented exit codes
(0 ok, 1 refused, 2 usage, 3 unreachable), a graceful SIGTERM, and a restart on the same
SQLite file that finds every VEN and event again.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

TOKEN = "test-operator-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("EI_VTN_TOKEN", None)  # each test says which token it uses
    return env


@dataclass
class Server:
    """One ``python -m energyinterop.vtn serve`` process on a SQLite file."""

    port: int
    db: Path
    config: Path
    log: Path
    process: subprocess.Popen[bytes] | None = None
    options: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "energyinterop.vtn", "serve", "--port", str(self.port),
                 "--store", f"sqlite:///{self.db}", "--config", str(self.config), *self.options],
                stdout=subprocess.PIPE, stderr=log, env=_env())
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.05)
        raise AssertionError(f"the server did not become healthy:\n{self.log.read_text()}")

    def stop(self) -> tuple[int, bytes]:
        """SIGTERM, then the exit code and what the server printed on stdout."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        stdout, _ = self.process.communicate(timeout=15)
        return self.process.returncode, stdout

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def make_server(tmp: Path) -> Server:
    config = tmp / "vtn.toml"
    config.write_text(f'[vtn]\nvtn_id = "test-vtn"\noperator_token = "{TOKEN}"\n')
    return Server(port=free_port(), db=tmp / "vtn.sqlite3", config=config, log=tmp / "server.log")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = make_server(tmp_path_factory.mktemp("vtn"))
    running.start()
    try:
        yield running
    finally:
        running.kill()


def cli(*args: str, url: str | None = None, token: str | None = TOKEN) -> subprocess.CompletedProcess[str]:
    """Run ``python -m energyinterop.vtn ARGS`` (token through the environment, as operators do)."""
    env = _env()
    if token is not None:
        env["EI_VTN_TOKEN"] = token
    command = [sys.executable, "-m", "energyinterop.vtn", *args, *(("--url", url) if url else ())]
    return subprocess.run(command, check=False, capture_output=True, text=True, timeout=30, env=env)


def cli_json(*args: str, url: str) -> Any:
    result = cli(*args, "--json", url=url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def create_event(url: str, event_id: str, ven_id: str, start: datetime) -> subprocess.CompletedProcess[str]:
    return cli("event", "create", "--target-ven", ven_id, "--signal-name", "SIMPLE", "--signal-type", "level",
               "--values", "1", "2", "3", "--interval", "PT15M", "--start", start.isoformat(),
               "--event-id", event_id, url=url)


FUTURE = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)


# ------------------------------------------------------------------ operator subcommands

def test_ven_add_then_list(server: Server) -> None:
    added = cli("ven", "add", "building-7", "--ven-id", "ven-b7", url=server.url)
    assert added.returncode == 0, added.stderr
    assert added.stdout == "provisioned VEN ven-b7 (building-7)\n"

    generated = cli_json("ven", "add", "building-8", url=server.url)
    assert generated["ven_name"] == "building-8" and generated["ven_id"] and not generated["registered"]

    table = cli("ven", "list", url=server.url)
    assert table.returncode == 0, table.stderr
    header, *rows = table.stdout.splitlines()
    assert header.split()[:3] == ["VEN_ID", "NAME", "REGISTERED"]
    assert any(row.split()[:3] == ["ven-b7", "building-7", "no"] for row in rows)
    listed = {ven["ven_id"]: ven for ven in cli_json("ven", "list", url=server.url)}
    assert listed["ven-b7"]["ven_name"] == "building-7" and generated["ven_id"] in listed


def test_duplicate_ven_is_refused_with_exit_1(server: Server) -> None:
    assert cli("ven", "add", "dup", "--ven-id", "ven-dup", url=server.url).returncode == 0
    again = cli("ven", "add", "dup", "--ven-id", "ven-dup", url=server.url)
    assert again.returncode == 1
    assert "HTTP 409" in again.stderr and again.stdout == ""


def test_event_create_list_cancel(server: Server) -> None:
    assert cli("ven", "add", "event-target", "--ven-id", "ven-ev", url=server.url).returncode == 0
    created = create_event(server.url, "evt-1", "ven-ev", FUTURE)
    assert created.returncode == 0, created.stderr
    assert created.stdout.startswith("created event evt-1 ")

    events = {e["event_id"]: e for e in cli_json("event", "list", url=server.url)}
    event = events["evt-1"]
    assert event["status"] == "far" and event["modification_number"] == 0
    assert event["ven_ids"] == ["ven-ev"] and event["duration_s"] == 45 * 60
    assert event["start"] == FUTURE.isoformat()
    table = cli("event", "list", url=server.url)
    assert table.returncode == 0 and any(row.split()[:4] == ["evt-1", "0", "far", FUTURE.isoformat()]
                                         for row in table.stdout.splitlines())

    cancelled = cli("event", "cancel", "evt-1", url=server.url)
    assert cancelled.returncode == 0, cancelled.stderr
    assert cancelled.stdout == "cancelled event evt-1\n"
    event = {e["event_id"]: e for e in cli_json("event", "list", url=server.url)}["evt-1"]
    assert event["status"] == "cancelled" and event["modification_number"] == 1

    missing = cli("event", "cancel", "no-such-event", url=server.url)
    assert missing.returncode == 1 and "no event no-such-event" in missing.stderr


def test_event_create_with_seconds_and_group_target(server: Server) -> None:
    result = cli("event", "create", "--target-group", "feeder-3", "--signal-name", "ELECTRICITY_PRICE",
                 "--signal-type", "price", "--values", "0.12", "0.3", "--interval", "900",
                 "--start", "2031-01-01T00:00:00Z", "--market-context", "http://market.example/rt",
                 "--no-response-required", "--json", url=server.url)
    assert result.returncode == 0, result.stderr
    event_id = json.loads(result.stdout)["event_id"]
    event = {e["event_id"]: e for e in cli_json("event", "list", url=server.url)}[event_id]
    assert event["group_ids"] == ["feeder-3"] and event["duration_s"] == 1800
    assert event["market_context"] == "http://market.example/rt"


def test_report_list(server: Server) -> None:
    assert cli_json("report", "list", url=server.url) == []
    assert cli_json("report", "list", "--ven-id", "ven-b7", url=server.url) == []
    table = cli("report", "list", url=server.url)
    assert table.returncode == 0 and table.stdout == "no report data\n"


def test_wrong_or_missing_token_exits_1_with_the_message(server: Server) -> None:
    for token in ("wrong", None):
        result = cli("ven", "list", url=server.url, token=token)
        assert result.returncode == 1
        assert "missing or wrong bearer token" in result.stderr and "HTTP 401" in result.stderr
    # --token wins over the environment
    assert cli("ven", "list", "--token", TOKEN, url=server.url, token="wrong").returncode == 0


def test_api_validation_errors_exit_1(server: Server) -> None:
    result = cli("event", "create", "--target-ven", "ven-b7", "--signal-name", "SIMPLE", "--signal-type",
                 "level", "--values", "1", "--interval", "PT1M", "--start", "2031-01-01T00:00:00Z",
                 "--market-context", "", url=server.url)
    assert result.returncode == 1 and "market_context" in result.stderr and "HTTP 400" in result.stderr


def test_unreachable_server_exits_3() -> None:
    result = cli("ven", "list", url=f"http://127.0.0.1:{free_port()}")
    assert result.returncode == 3
    assert "cannot reach the VTN" in result.stderr


@pytest.mark.parametrize("args", [
    (),                                                    # no command
    ("ven",),                                              # no action
    ("fly",),                                              # unknown command
    ("ven", "add"),                                        # NAME missing
    ("event", "cancel"),                                   # EVENT_ID missing
    ("ven", "list", "--url", "not-a-url"),
    ("serve", "--port", "eighty"),
    ("event", "create", "--target-ven", "v", "--signal-name", "S", "--signal-type", "level", "--values", "1",
     "--interval", "P1M", "--start", "2031-01-01T00:00:00Z"),  # months have no fixed length
    ("event", "create", "--target-ven", "v", "--signal-name", "S", "--signal-type", "level", "--values", "x",
     "--interval", "60", "--start", "2031-01-01T00:00:00Z"),
    ("event", "create", "--target-ven", "v", "--signal-name", "S", "--signal-type", "level", "--values", "1",
     "--interval", "60", "--start", "2031-01-01T00:00:00"),   # no UTC offset
    ("event", "create", "--signal-name", "S", "--signal-type", "level", "--values", "1",
     "--interval", "60", "--start", "2031-01-01T00:00:00Z"),  # no target
])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    # The URL names no server: a usage error is caught before any request.
    result = cli(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "error" in result.stderr and result.stdout == ""


# ------------------------------------------------------------------ lifecycle

@pytest.mark.parametrize(("options", "loop"), [((), "uvloop"), (("--loop", "asyncio"), "asyncio")])
def test_sigterm_is_graceful_and_a_restart_loses_nothing(tmp_path: Path, options: tuple[str, ...], loop: str) -> None:
    """On either event loop (uvloop by default, where installed; asyncio's on request)."""
    server = make_server(tmp_path)
    server.options = options
    server.start()
    try:
        assert cli("ven", "add", "survivor", "--ven-id", "ven-s", url=server.url).returncode == 0
        assert create_event(server.url, "evt-s", "ven-s", FUTURE).returncode == 0
        assert create_event(server.url, "evt-c", "ven-s", FUTURE).returncode == 0
        assert cli("event", "cancel", "evt-c", url=server.url).returncode == 0
        before = (cli_json("ven", "list", url=server.url), cli_json("event", "list", url=server.url))

        code, stdout = server.stop()
        assert code == 0 and stdout == b""  # graceful, and nothing printed but logs
        logs = [json.loads(line) for line in server.log.read_text().splitlines()]  # JSON lines only
        assert [entry["message"] for entry in logs][-2:] == ["store closed", "stopped"]
        assert [entry["event_loop"] for entry in logs if entry["message"] == "starting"] == [loop]

        server.start()
        after = (cli_json("ven", "list", url=server.url), cli_json("event", "list", url=server.url))
        assert after == before
        assert {e["event_id"]: e["status"] for e in after[1]} == {"evt-s": "far", "evt-c": "cancelled"}
    finally:
        server.kill()


@pytest.mark.parametrize("enabled", [False, True])
def test_access_log_only_when_configured(tmp_path: Path, enabled: bool) -> None:
    server = make_server(tmp_path)
    server.config.write_text(server.config.read_text() + f"access_log = {str(enabled).lower()}\n")
    server.start()
    try:
        assert cli("ven", "list", url=server.url).returncode == 0
    finally:
        assert server.stop()[0] == 0
    logs = [json.loads(line) for line in server.log.read_text().splitlines()]
    access = [entry["message"] for entry in logs if entry["logger"] == "aiohttp.access"]
    assert any('"GET /api/v1/vens HTTP/1.1" 200' in line for line in access) is enabled
    assert bool(access) is enabled


def test_bad_configuration_exits_2(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[vtn]\nno_such_setting = 1\n')
    result = subprocess.run([sys.executable, "-m", "energyinterop.vtn", "serve", "--config", str(config)],
                            check=False, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and result.stdout == ""
    assert "no_such_setting" in json.loads(result.stderr.splitlines()[-1])["error"]

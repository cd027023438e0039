"""``ei-ven run`` against ``ei-vtn serve``: two real processes on loopback; and the VEN's
reliable messaging (``--reliable``, ``VenClient(reliable=...)``) against a served VTN."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
from aiohttp import web

from conformance.peers.processes import free_port
from energyinterop.openadr import OadrQueryRegistration, openadr_codec
from energyinterop.roles.effects import Registered
from energyinterop.roles.ven import VenConfig
from energyinterop.store import MemoryStore
from energyinterop.transport.simple_http import SimpleHttpClient, TransportError
from energyinterop.ven.client import VenClient
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app
from energyinterop.wrappers.base import WrapperStack
from energyinterop.wrappers.reliable import Backoff
from energyinterop.wrappers.reliable.wrapper import ReliableConfig, ReliableMessaging

TOKEN = "cli-token"


def wait_for_line(process: subprocess.Popen[str], needle: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if needle in line:
            return line
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"no line with {needle!r}")


def operator(base: str, method: str, path: str, body: dict | None = None) -> object:
    request = urllib.request.Request(f"{base}/api/v1{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_simulated_device_registers_prints_events_and_reports(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    config = tmp_path / "vtn.toml"
    config.write_text(f'[vtn]\noperator_token = "{TOKEN}"\nauto_accept_vens = true\npoll_frequency_s = 1\n'
                      f'report_interval_s = 1\n')
    server = subprocess.Popen([sys.executable, "-m", "energyinterop.vtn", "serve", "--port", str(port),
                               "--store", f"sqlite:///{tmp_path / 'vtn.sqlite3'}", "--config", str(config)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    device = None
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        device = subprocess.Popen([sys.executable, "-m", "energyinterop.ven.cli", "run", "--vtn", base,
                                   "--ven-name", "heat-pump-3", "--opt", "optIn", "--power-kw", "2.25",
                                   "--state", str(tmp_path / "ven.json")],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                  env={**os.environ, "PYTHONUNBUFFERED": "1"})
        registered = wait_for_line(device, "registered with")
        ven_id = registered.split(" as ")[1].split()[0]
        start = datetime.now(UTC) + timedelta(minutes=5)
        created = operator(base, "POST", "/events", {
            "targets": {"ven_ids": [ven_id]}, "signal_name": "SIMPLE", "signal_type": "level", "values": [1],
            "interval_s": 600, "start": start.isoformat(), "market_context": "http://market.example"})
        assert created["event_id"] in wait_for_line(device, f"event {created['event_id']}")
        for _ in range(100):
            reports = operator(base, "GET", f"/reports?ven_id={ven_id}")
            if reports:
                break
            time.sleep(0.1)
        assert reports and reports[0]["value"] == "2.25"
        device.send_signal(signal.SIGTERM)
        assert device.wait(timeout=10) == 0
        assert json.loads((tmp_path / "ven.json").read_bytes())  # the registration is kept
    finally:
        for process in (device, server):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=10)


def wait_healthy(base: str) -> None:
    for _ in range(150):
        try:
            urllib.request.urlopen(f"{base}/health", timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{base} did not become healthy")


def test_reliable_device_registers_with_a_vtn_that_requires_reliable_messaging(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    config = tmp_path / "vtn.toml"
    # required: a request outside a sequence is refused (WSRMRequired), so registering proves RM.
    config.write_text('[vtn]\nauto_accept_vens = true\npoll_frequency_s = 1\n[vtn.reliable]\nrequired = true\n')
    server = subprocess.Popen([sys.executable, "-m", "energyinterop.vtn", "serve", "--port", str(port),
                               "--store", f"sqlite:///{tmp_path / 'vtn.sqlite3'}", "--config", str(config)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    device = None
    try:
        wait_healthy(base)
        device = subprocess.Popen([sys.executable, "-m", "energyinterop.ven.cli", "run", "--vtn", base,
                                   "--ven-name", "meter-9", "--reliable", "--state", str(tmp_path / "ven.json")],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                  env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert "registered with" in wait_for_line(device, "registered with")
        device.send_signal(signal.SIGTERM)
        assert device.wait(timeout=10) == 0
        assert (tmp_path / "ven.rm.sqlite3").stat().st_size > 0  # the sequence is kept next to the state
    finally:
        for process in (device, server):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=10)


def test_rm_store_without_reliable_is_a_usage_error() -> None:
    done = subprocess.run([sys.executable, "-m", "energyinterop.ven.cli", "run", "--vtn", "http://127.0.0.1:9",
                           "--ven-name", "x", "--rm-store", "rm.sqlite3"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.strip() == "ei-ven: --rm-store needs --reliable"


def test_on_start_the_ven_resends_what_reliable_messaging_kept_unanswered() -> None:
    """A request numbered and kept while the VTN was down is sent first, under its own
    number, when the VEN starts against the VTN; the sequence then carries on."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    fast = ReliableConfig(backoff=Backoff(initial=timedelta(milliseconds=20), maximum=timedelta(milliseconds=200)))
    seen: list[tuple[str, bytes]] = []  # (EI-RM-Sequence, answer) of each request the VTN got

    @web.middleware
    async def record(request: web.Request, handler):  # type: ignore[no-untyped-def]
        response = await handler(request)
        if "/OpenADR2/" in request.path:
            seen.append((request.headers.get("EI-RM-Sequence", ""), response.body))
        return response

    async def go() -> None:
        store = MemoryStore()  # the VEN's: what it kept survives its "restart" (a new wrapper)
        async with aiohttp.ClientSession() as session:
            down = SimpleHttpClient(base, openadr_codec(), session, wrappers=WrapperStack([ReliableMessaging(
                store, ReliableConfig(backoff=Backoff(attempts=1)))]))
            query = OadrQueryRegistration(request_id="orphan-1", schema_version="2.0b")
            try:
                await down.post("EiRegisterParty", openadr_codec().encode_message(query))
                raise AssertionError("nothing listens yet")
            except TransportError:
                pass
        app = build_app(ServerConfig.load(reliable={}, auto_accept_vens=True), MemoryStore())
        app.middlewares.append(record)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        registered = asyncio.Event()
        try:
            ven = VenClient(VenConfig(ven_name="meter-10"), base, reliable=ReliableMessaging(store, fast),
                            on_effect=lambda effect: registered.set() if isinstance(effect, Registered) else None)
            async with ven:
                await asyncio.wait_for(registered.wait(), 20)
        finally:
            await runner.cleanup()
        sequence, body = seen[0]
        assert sequence.endswith("; n=1") and b"requestID>orphan-1<" in body  # its answer
        assert [s for s, _ in seen[1:3]] == [sequence.replace("n=1", "n=2"), sequence.replace("n=1", "n=3")]

    asyncio.run(go())

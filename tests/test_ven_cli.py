"""``ei-ven run`` against ``ei-vtn serve``: two real processes on loopback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conformance.peers.processes import free_port

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

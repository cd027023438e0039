"""The real openleadr VEN (its own process and venv) against our VTN server, pull mode.

It registers, receives an event created through the operator API, opts in, and sends
telemetry that the VTN stores: every step crosses a real HTTP socket on loopback.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from conformance.peers.processes import free_port, openleadr_ven
from energyinterop.store import open_store
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app

pytestmark = pytest.mark.peer
TOKEN = "operator-secret"


def test_openleadr_ven_registers_opts_in_and_reports(openleadr_peer, tmp_path: Path) -> None:
    asyncio.run(scenario(tmp_path / "vtn.sqlite3"))


async def scenario(database: Path) -> None:
    port = free_port()
    config = ServerConfig.load(port=port, auto_accept_vens=True, poll_frequency_s=1, report_interval_s=2,
                               operator_token=TOKEN, store=f"sqlite:///{database}")
    store = open_store(config.store)
    runner = web.AppRunner(build_app(config, store))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    try:
        async with openleadr_ven(f"{base}/OpenADR2/Simple/2.0b", "thermostat-7") as ven, \
                aiohttp.ClientSession(headers=headers) as operator:
            registered = await ven.wait_for("registered", timeout=30)
            ven_id = registered["ven_id"]
            async with operator.get(f"{base}/api/v1/vens") as response:
                assert [v["ven_id"] for v in await response.json() if v["registered"]] == [ven_id]

            start = datetime.now(UTC) + timedelta(seconds=30)
            async with operator.post(f"{base}/api/v1/events", json={
                "targets": {"ven_ids": [ven_id]}, "signal_name": "simple", "signal_type": "level",
                "values": [1, 2, 3], "interval_s": 60, "start": start.isoformat(),
                "market_context": "http://market.example/building-7"}) as response:
                assert response.status == 201, await response.text()
                event_id = (await response.json())["event_id"]

            event = await ven.wait_for("event", timeout=30, predicate=lambda line: line["event_id"] == event_id)
            assert [i["value"] for i in event["signals"][0]["intervals"]] == [1.0, 2.0, 3.0]
            assert event["opt_type"] == "optIn"
            report = await ven.wait_for("report_sent", timeout=30)

            async def stored() -> tuple[list[dict], list[dict]]:
                async with operator.get(f"{base}/api/v1/events") as events, \
                        operator.get(f"{base}/api/v1/reports", params={"ven_id": ven_id}) as reports:
                    return await events.json(), await reports.json()

            for _ in range(50):  # the VEN's POSTs may still be in flight: wait until stored
                events, reports = await stored()
                if events[0]["opts"] and reports:
                    break
                await asyncio.sleep(0.2)
            assert events[0]["status"] == "far"
            assert events[0]["opts"] == [{"ven_id": ven_id, "opt_type": "optIn", "modification_number": 0}]
            assert any(r["r_id"] == report["r_id"] and float(r["value"]) == report["value"] for r in reports)
    finally:
        await runner.cleanup()

"""The VEN library against our VTN server over loopback HTTP: register, event, opt, telemetry,
and a restart that resumes the saved registration."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from aiohttp import web

from conformance.peers.processes import free_port
from energyinterop.roles import events
from energyinterop.roles.effects import EventReceived, Registered
from energyinterop.store import open_store
from energyinterop.ven import VenClient, VenConfig, telemetry_report
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import VTN, build_app


async def wait_until(condition, timeout: float = 15.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if await condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_ven_library_registers_opts_reports_and_resumes(tmp_path: Path) -> None:
    asyncio.run(scenario(tmp_path))


async def scenario(tmp_path: Path) -> None:
    port = free_port()
    config = ServerConfig.load(port=port, auto_accept_vens=True, poll_frequency_s=1, report_interval_s=1,
                               store=f"sqlite:///{tmp_path / 'vtn.sqlite3'}")
    store = open_store(config.store)
    app = build_app(config, store)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    seen: list[Any] = []
    ven_config = VenConfig(ven_name="battery-3", reports=(telemetry_report(
        "battery-3-telemetry", {"power": "usage"}, min_period=timedelta(seconds=1), max_period=timedelta(minutes=5)),))
    state = tmp_path / "ven-state.json"

    def client() -> VenClient:
        return VenClient(ven_config, f"http://127.0.0.1:{port}", decide=lambda event: "optOut",
                         readings=lambda schedule, now: {r_id: Decimal("4.2") for r_id in schedule.r_ids},
                         on_effect=seen.append, state_path=state)

    try:
        async with client() as ven:
            await wait_until(lambda: _true(any(isinstance(e, Registered) for e in seen)))
            ven_id = ven.ven.ven_id
            now = datetime.now(UTC)
            await app[VTN].create_event(
                now=now, store=store, market_context="http://market.example", start=now + timedelta(minutes=5),
                duration=timedelta(minutes=15), signals=[events.signal("SIMPLE", "level", [(timedelta(minutes=15), 2)])],
                target=events.target(ven_ids=[ven_id]))
            await wait_until(lambda: _true(any(isinstance(e, EventReceived) for e in seen)))
            await wait_until(lambda: _any(store.list_opt_responses()))
            assert [(o.ven_id, o.opt_type) for o in await store.list_opt_responses()] == [(ven_id, "optOut")]
            await wait_until(lambda: _any(store.list_report_data(ven_id)))
            assert {d.value for d in await store.list_report_data(ven_id)} == {"4.2"}
        # A restart resumes the saved registration: no new registration, same venID.
        seen.clear()
        async with client() as ven:
            assert ven.ven.registered and ven.ven.ven_id == ven_id
            await asyncio.sleep(0.5)
            assert not any(isinstance(e, Registered) for e in seen)
        assert [v.ven_id for v in await store.list_vens()] == [ven_id]
    finally:
        await runner.cleanup()


async def _true(value: bool) -> bool:
    return value


async def _any(listing) -> bool:
    return bool(await listing)

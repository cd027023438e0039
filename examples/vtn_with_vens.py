"""A VTN and three simulated devices on loopback, in one process, with SQLite.

    python examples/vtn_with_vens.py [--store sqlite:///demo.sqlite3]

A battery, a thermostat and an EV charger register with the VTN (provisioned by the
operator first, as a utility would), the operator creates a load-dispatch event through
the operator API, each device decides its opt, and telemetry flows back. It prints what
happened, then shuts everything down cleanly.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from conformance.peers.processes import free_port
from energyinterop.roles.effects import EventReceived, Registered, ReportScheduled
from energyinterop.store import open_store
from energyinterop.ven import VenClient, VenConfig, telemetry_report
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app

TOKEN = "demo-operator-token"
MARKET = "http://microgrid.example/building-7/dr"


class Device:
    """A simulated device: an opt policy and a power reading."""

    def __init__(self, name: str, opt: str, power_kw: Callable[[datetime], Decimal]) -> None:
        self.name, self.opt, self.power_kw = name, opt, power_kw
        self.log: list[str] = []

    def decide(self, event: Any) -> str:
        return self.opt

    def readings(self, schedule: Any, now: datetime) -> dict[str, Decimal]:
        return {r_id: self.power_kw(now) for r_id in schedule.r_ids}

    def on_effect(self, effect: Any) -> None:
        if isinstance(effect, Registered):
            self.log.append(f"registered as {effect.ven_id} (poll every {effect.poll_frequency_seconds:g} s)")
        elif isinstance(effect, EventReceived):
            self.log.append(f"received event {effect.event_id} ({effect.status}), answered {effect.opt_type}")
        elif isinstance(effect, ReportScheduled):
            self.log.append(f"asked for telemetry {', '.join(effect.r_ids)}")


def devices() -> list[Device]:
    def sine(base: str, swing: str) -> Callable[[datetime], Decimal]:
        return lambda now: Decimal(base) + Decimal(swing) * (now.second % 4)

    return [Device("battery-1", "optIn", sine("-3.0", "0.5")),     # discharging into the building
            Device("thermostat-4", "optIn", sine("1.2", "0.1")),
            Device("ev-charger-2", "optOut", sine("7.4", "0.0"))]  # a driver is waiting: opts out


async def main(store_url: str) -> None:
    logging.getLogger("energyinterop").setLevel(logging.WARNING)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    config = ServerConfig.load(port=port, store=store_url, operator_token=TOKEN, poll_frequency_s=1,
                               report_interval_s=1, vtn_id="vtn-building-7")
    store = open_store(config.store)
    runner = web.AppRunner(build_app(config, store))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print(f"VTN vtn-building-7 listening on {base}/OpenADR2/Simple/2.0b, store {store_url}")
    fleet = devices()
    headers = {"Authorization": f"Bearer {TOKEN}"}
    stack: list[VenClient] = []  # started clients, stopped whatever happens
    try:
        async with aiohttp.ClientSession(headers=headers) as operator:
            for device in fleet:  # the operator provisions each device before it registers
                async with operator.post(f"{base}/api/v1/vens", json={"ven_name": device.name}) as response:
                    response.raise_for_status()
            clients = [VenClient(VenConfig(ven_name=d.name, reports=(telemetry_report(
                f"{d.name}-telemetry", {"power": "usage"}, min_period=timedelta(seconds=1),
                max_period=timedelta(minutes=15)),)), base, decide=d.decide, readings=d.readings,
                on_effect=d.on_effect) for d in fleet]
            for client in clients:
                await client.start()
            stack.extend(clients)
            await wait_for(lambda: registered(clients), "registration")
            print("\n1. registration")
            for device, client in zip(fleet, clients):
                print(f"   {device.name:<13} {device.log[0]}")

            start = (datetime.now(UTC) + timedelta(minutes=10)).replace(microsecond=0)
            event = {"targets": {"ven_ids": [c.ven.ven_id for c in clients]}, "signal_name": "LOAD_DISPATCH",
                     "signal_type": "delta", "values": [-2, -3, -2], "interval_s": 900,
                     "start": start.isoformat(), "market_context": MARKET}
            async with operator.post(f"{base}/api/v1/events", json=event) as response:
                created = await response.json()
            print(f"\n2. the operator creates event {created['event_id']}: LOAD_DISPATCH delta -2/-3/-2 kW,"
                  f" 3 x 15 min from {start:%H:%M} UTC, for {len(created['ven_ids'])} VENs")

            await wait_for(lambda: opts_from_all(store, len(fleet)), "opts")
            async with operator.get(f"{base}/api/v1/events") as response:
                listed = (await response.json())[0]
            names = {c.ven.ven_id: d.name for d, c in zip(fleet, clients)}
            print(f"\n3. opts (event status: {listed['status']})")
            for opt in sorted(listed["opts"], key=lambda o: names[o["ven_id"]]):
                print(f"   {names[opt['ven_id']]:<13} {opt['opt_type']}")

            await wait_for(lambda: reports_from_all(store, len(fleet)), "telemetry")
            async with operator.get(f"{base}/api/v1/reports") as response:
                reports = await response.json()
            print(f"\n4. telemetry received ({len(reports)} values so far)")
            for ven_id, name in sorted(names.items(), key=lambda item: item[1]):
                latest = [r for r in reports if r["ven_id"] == ven_id][-1]
                print(f"   {name:<13} power {latest['value']:>5} kW at {latest['start'][11:19]} UTC")
        print("\nVENs stopping; VTN shutting down (the store keeps everything for the next start)")
    finally:
        for client in stack:
            await client.stop()
        await runner.cleanup()


async def registered(clients: list[VenClient]) -> bool:
    return all(client.ven.registered for client in clients)


async def opts_from_all(store: Any, count: int) -> bool:
    return len(await store.list_opt_responses()) == count


async def reports_from_all(store: Any, count: int) -> bool:
    return len({d.ven_id for d in await store.list_report_data()}) == count


async def wait_for(condition: Callable[[], Awaitable[bool]], what: str, timeout: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if await condition():
            return
        await asyncio.sleep(0.1)
    raise SystemExit(f"gave up waiting for {what}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="store URL (default: a fresh SQLite file in a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(main(args.store or f"sqlite:///{Path(folder) / 'vtn.sqlite3'}"))

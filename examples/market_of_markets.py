"""A building market of many devices under a neighbourhood market, over EI SOAP on loopback.

    python examples/market_of_markets.py [--devices 60]

Two VTNs in one process (memory stores): the neighbourhood VTN hosts a micromarket where
a wind farm and two other buildings trade; the building VTN hosts a micromarket where
many devices (loads, PV, batteries) trade, and takes part in the neighbourhood market as
one party, ``building-7-market``, through its own EI client. For one interval, the
building's gate closes first: its unmatched residual goes up as tenders; the
neighbourhood clears; the parent's transactions come back into the building's clearing.
It prints both clearings and checks that the building's net import equals its upstream
transactions.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import aiohttp
from aiohttp import web

from conformance.peers.processes import free_port
from energyinterop.market import MarketRegistry
from energyinterop.market.micromarket import MarketSpec, MicroMarket
from energyinterop.market.micromarket.party import TradingParty, net_bought
from energyinterop.market.micromarket.uplink import Uplink
from energyinterop.store.memory import MemoryStore
from energyinterop.ven.soap import EiSoapClient
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app

INTERVAL = timedelta(minutes=15)
NEIGHBOURHOOD = MarketSpec("urn:market:neighbourhood", "Neighbourhood market", "neighbourhood", INTERVAL,
                           Decimal("0.01"), Decimal("0.5"), price_cap=Decimal("1.00"), gate_closure=timedelta(minutes=5))
BUILDING = MarketSpec("urn:market:building-7", "Building 7 market", "building-7", INTERVAL, Decimal("0.001"),
                      Decimal("0.1"), price_cap=Decimal("1.000"), gate_closure=timedelta(minutes=10))


async def serve(market: MicroMarket, store: MemoryStore, clock: object) -> tuple[web.AppRunner, str]:
    port = free_port()
    config = ServerConfig.load(port=port, store="memory://", vtn_id=market.spec.microgrid, auto_accept_vens=True)
    runner = web.AppRunner(build_app(config, store, clock, markets=MarketRegistry({market.spec.market_context: market}),
                                     market_period_s=3600))  # this demo drives the clearings itself
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


async def main(devices: int) -> None:
    logging.getLogger("energyinterop").setLevel(logging.WARNING)
    start = BUILDING.interval_of(datetime.now(UTC)) + timedelta(hours=1)
    now = start - timedelta(minutes=30)
    parent_store, child_store = MemoryStore(), MemoryStore()
    parent = MicroMarket(NEIGHBOURHOOD, parent_store)
    parent_runner, parent_url = await serve(parent, parent_store, lambda: now)
    runners = [parent_runner]
    try:
        async with aiohttp.ClientSession() as session:
            seat = TradingParty(EiSoapClient(parent_url, session), "building-7-market")
            await seat.join(NEIGHBOURHOOD.microgrid)
            requests = itertools.count(1)
            child = MicroMarket(BUILDING, child_store, hooks=Uplink(seat.client, seat.party_id, NEIGHBOURHOOD, BUILDING,
                                                                    lambda: f"uplink-{next(requests)}"))
            child_runner, child_url = await serve(child, child_store, lambda: now)
            runners.append(child_runner)

            for name, side, price, kw in (("wind-farm", "sell", "0.08", "6"), ("building-3", "buy", "0.35", "2.5"),
                                          ("building-9", "sell", "0.30", "1.5")):
                party = TradingParty(EiSoapClient(parent_url, session), name)
                await party.join(NEIGHBOURHOOD.microgrid)
                await party.tender(party.power(NEIGHBOURHOOD, f"{name}-1", side, start, price, kw))

            rng = random.Random(7)
            demand = supply = Decimal(0)
            for n in range(devices):
                kind = ("load", "pv", "battery")[n % 3]
                party = TradingParty(EiSoapClient(child_url, session), f"{kind}-{n}")
                await party.join(BUILDING.microgrid)
                if kind == "load":
                    side, price, kw = "buy", Decimal(rng.randint(150, 600)) / 1000, Decimal(rng.randint(3, 20)) / 10
                    demand += kw
                elif kind == "pv":
                    side, price, kw = "sell", Decimal(rng.randint(10, 60)) / 1000, Decimal(rng.randint(2, 8)) / 10
                    supply += kw
                else:
                    side, price, kw = "sell", Decimal(rng.randint(200, 400)) / 1000, Decimal(rng.randint(5, 10)) / 10
                    supply += kw
                await party.tender(party.power(BUILDING, f"{kind}-{n}-1", side, start, price, kw))
            print(f"building 7: {devices} devices offer {demand} kW of demand and {supply} kW of supply "
                  f"for {start:%H:%M} UTC")

            now = BUILDING.gate(start)
            await child.run_due(now)
            sent = (await child.ledger()).upstream[start.isoformat()]["sent"]
            for tender in sent:
                print(f"building gate {now:%H:%M}: residual sent upward: {tender['side']} "
                      f"{NEIGHBOURHOOD.quantity(tender['units'])} kW at {NEIGHBOURHOOD.price(tender['price'])}")
            now = NEIGHBOURHOOD.gate(start)
            [up] = await parent.run_due(now)
            print(f"neighbourhood gate {now:%H:%M}: cleared {up.volume} kW at {up.price} USD/kWh")
            [local] = await child.run_due(now)
            print(f"building clearing: {local.volume} kW at {local.price} USD/kWh")
            positions = await child.positions(start)
            imported = -positions.get("upstream:building-7-market", Decimal(0))
            upstream = net_bought(await seat.transactions(), start)
            print(f"building net import {imported} kW; its upstream transactions {upstream} kW; "
                  f"positions add up to {sum(positions.values())} kW over {len(positions)} parties")
            if imported != upstream:
                raise SystemExit("tier conservation broken")
    finally:
        for runner in reversed(runners):
            await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=60, help="devices in the building market (default 60)")
    asyncio.run(main(parser.parse_args().devices))

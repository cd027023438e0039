"""A VTN with a micromarket and six simulated devices on loopback, in one process, with SQLite.

    python examples/vtn_with_vens.py [--store sqlite:///demo.sqlite3] [--plot market.png]

The building's micromarket (15-minute intervals, a price tick of 0.001 USD/kWh, 0.1 kW
units, a cap of 1.000 USD/kWh) trades the next four hours. A battery, a PV array, an EV
charger (flexible load), two fixed loads and the grid connection register and enroll
over EI SOAP, discover the market's terms, and tender for every interval. The market's
clock (simulated) passes each gate closure, the market clears, every device reads its
transactions; after the first two intervals the devices send meter data and the market
records imbalances. It prints prices, positions and imbalances, checks that every
interval's positions add up to zero, and plots supply, demand and price to a PNG.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import aiohttp
from aiohttp import web

from conformance.peers.processes import free_port
from energyinterop.market import MarketRegistry
from energyinterop.market.micromarket import MarketSpec, MicroMarket
from energyinterop.market.micromarket.delivery import meter_delivery
from energyinterop.market.micromarket.party import TradingParty, net_bought
from energyinterop.store import open_store
from energyinterop.ven.soap import EiSoapClient
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app

TOKEN = "demo-operator-token"
MICROGRID = "building-7"
SPEC = MarketSpec("urn:market:building-7", "Building 7 micromarket", MICROGRID, timedelta(minutes=15),
                  Decimal("0.001"), Decimal("0.1"), currency="USD", price_cap=Decimal("1.000"),
                  gate_closure=timedelta(minutes=5), horizon=timedelta(hours=6))
HOURS = 4
Q = Decimal("0.1")


@dataclass(frozen=True)
class Bid:
    side: str
    price: str
    quantity: Decimal


@dataclass(frozen=True)
class Device:
    """A simulated device: its tenders for interval ``n`` and what its meter will read."""

    name: str
    bids: Callable[[int], list[Bid]]
    metered: Callable[[int, Decimal], Decimal]  # interval, position (kW) -> mean net import (kW)


def pv_kw(n: int) -> Decimal:  # a sunny late morning: rising output, one cloud in interval 1
    return (Decimal("2.0") + Decimal("0.4") * n).quantize(Q)


def devices() -> list[Device]:
    return [
        Device("pv-roof", lambda n: [Bid("sell", "0.020", pv_kw(n))],
               lambda n, pos: pos + (Decimal("1.5") if n == 1 else 0)),     # a cloud: 1.5 kW short
        Device("battery-1", lambda n: [Bid("sell", "0.180", Decimal("2.5")), Bid("buy", "0.080", Decimal("2.5"))],
               lambda n, pos: pos),
        Device("ev-charger", lambda n: [Bid("buy", "0.150", Decimal("3.6")), Bid("buy", "0.060", Decimal("3.6"))],
               lambda n, pos: pos),
        Device("fixed-load-office", lambda n: [Bid("buy", "1.000", Decimal("4.2"))],
               lambda n, pos: pos + Decimal("0.3")),                       # a kettle nobody forecast
        Device("fixed-load-lifts", lambda n: [Bid("buy", "1.000", Decimal("1.5") + (n % 3) * Decimal("0.5"))],
               lambda n, pos: pos),
        Device("grid-connection", lambda n: [Bid("sell", "0.240" if 2 <= n < 6 else "0.120", Decimal("10"))],
               lambda n, pos: pos),
    ]


class SimClock:
    """The market's clock: simulated time, moved by the demo (the server reads it)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def main(store_url: str, plot: Path) -> None:
    logging.getLogger("energyinterop").setLevel(logging.WARNING)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    start0 = SPEC.interval_of(datetime.now(UTC)) + timedelta(hours=1)
    clock = SimClock(start0 - timedelta(minutes=30))
    config = ServerConfig.load(port=port, store=store_url, operator_token=TOKEN, vtn_id="vtn-building-7")
    store = open_store(config.store)
    market = MicroMarket(SPEC, store)
    runner = web.AppRunner(build_app(config, store, clock, markets=MarketRegistry({SPEC.market_context: market}),
                                     market_period_s=0.05))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print(f"VTN vtn-building-7 at {base}/soap, store {store_url}, hosting {SPEC.market_context}")
    fleet = devices()
    starts = [start0 + SPEC.interval * n for n in range(HOURS * 4)]
    try:
        async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as session:
            for device in fleet:  # the operator provisions each device
                async with session.post(f"{base}/api/v1/vens", json={"ven_name": device.name,
                                                                      "ven_id": device.name}) as response:
                    response.raise_for_status()
            parties = [TradingParty(EiSoapClient(base, session), d.name) for d in fleet]
            for party in parties:
                await party.join(MICROGRID)
            [spec] = await parties[0].discover()
            print(f"\n1. discovery: {spec.name}: {spec.interval.seconds // 60}-min intervals at microgrid "
                  f"{spec.microgrid}, tick {spec.price_tick} {spec.currency}/{spec.scale}Wh, unit {spec.quantity_unit} "
                  f"{spec.scale}W, cap {spec.price_cap}, gate {spec.gate_closure.seconds // 60} min before start")

            offered = {start: [Decimal(0), Decimal(0)] for start in starts}  # demand, supply
            for device, party in zip(fleet, parties):
                tenders = []
                for n, start in enumerate(starts):
                    for k, bid in enumerate(device.bids(n)):
                        tenders.append(party.power(spec, f"{device.name}-{n}-{k}", bid.side, start, bid.price,
                                                   bid.quantity))
                        offered[start][bid.side == "sell"] += bid.quantity
                answers = await party.tender(*tenders)
                assert all(code == 200 for code, _ in answers.values()), answers
            print(f"\n2. {sum(len(d.bids(0)) for d in fleet) * len(starts)} tenders for {len(starts)} intervals "
                  f"from {starts[0]:%H:%M} to {starts[-1] + SPEC.interval:%H:%M} UTC")

            clock.now = spec.gate(starts[-1])  # time passes every gate closure: the scheduler clears
            ledger = await market.ledger()
            while len(ledger.clearings) < len(starts):
                await asyncio.sleep(0.05)
                ledger = await market.ledger()
            print("\n3. clearing (uniform price per interval, USD/kWh; demand and supply offered, kW)")
            print("   interval  demand  supply  cleared  price")
            cleared = {}
            for start in starts:
                record = ledger.clearings[start.isoformat()]
                price = None if record["price"] is None else spec.price(record["price"])
                cleared[start] = (spec.quantity(record["volume"]), price)
                demand, supply = offered[start]
                print(f"   {start:%H:%M}     {demand:>5}   {supply:>5}   {cleared[start][0]:>6}  {price}")

            print("\n4. positions from each device's transactions (kW bought, negative: sold), first 4 intervals")
            print("   " + "device".ljust(18) + "".join(f"{s:%H:%M}".rjust(8) for s in starts[:4]))
            positions = {}
            for device, party in zip(fleet, parties):
                txs = await party.transactions()
                positions[device.name] = [net_bought(txs, s) for s in starts]
                print(f"   {device.name:<18}" + "".join(f"{p:>8}" for p in positions[device.name][:4]))
            sums = {sum(positions[d.name][n] for d in fleet) for n in range(len(starts))}
            print(f"   conservation: positions add up to {sorted(sums)} kW in each of the {len(starts)} intervals")

            clock.now = starts[2]  # the first two intervals are over: meters report
            for device, party in zip(fleet, parties):
                for n, start in enumerate(starts[:2]):
                    mean = device.metered(n, positions[device.name][n])
                    halves = [abs(mean) * spec.interval.seconds / 3600 / 2] * 2  # kWh per 7.5-min half
                    await party.deliver(meter_delivery(spec, f"{device.name}-meter-{n}", spec.market_context, start,
                                                       halves, clock.now, injection=mean < 0))
            ledger = await market.ledger()
            print("\n5. delivery check (metered vs position, kW; settled at the interval's price)")
            for imbalance in sorted(ledger.imbalances.values(), key=lambda i: (i.start, i.party)):
                if Decimal(imbalance.deviation):
                    price = spec.price(imbalance.price) if imbalance.price is not None else None
                    print(f"   {imbalance.start[11:16]}  {imbalance.party:<18} position "
                          f"{spec.quantity(imbalance.position):>5}  deviation {Decimal(imbalance.deviation):+.2f}"
                          f"  settled at {price}")
            balanced = sum(1 for i in ledger.imbalances.values() if not Decimal(i.deviation))
            print(f"   {balanced} of {len(ledger.imbalances)} deliveries matched their positions exactly")

            write_plot(plot, starts, offered, cleared)
            print(f"\n6. plot of supply, demand and price: {plot}")
        print("\nVTN shutting down (the store and the market's hash-chained log keep everything)")
    finally:
        await runner.cleanup()


def write_plot(path: Path, starts: list[datetime], offered: dict[datetime, list[Decimal]],
               cleared: dict[datetime, tuple[Decimal, Decimal | None]]) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display: write the file only
    import matplotlib.pyplot as plt

    labels = [f"{s:%H:%M}" for s in starts]
    x = range(len(starts))
    figure, volume_axis = plt.subplots(figsize=(10, 4.5))
    volume_axis.bar([i - 0.2 for i in x], [float(offered[s][0]) for s in starts], 0.4, label="demand offered (kW)")
    volume_axis.bar([i + 0.2 for i in x], [float(offered[s][1]) for s in starts], 0.4, label="supply offered (kW)")
    volume_axis.plot(list(x), [float(cleared[s][0]) for s in starts], "k.-", label="cleared (kW)")
    volume_axis.set_ylabel("kW")
    volume_axis.set_xticks(list(x), labels, rotation=45)
    price_axis = volume_axis.twinx()
    price_axis.step(list(x), [float(cleared[s][1] or 0) for s in starts], "r-", where="mid", label="price (USD/kWh)")
    price_axis.set_ylabel("USD/kWh", color="r")
    price_axis.set_ylim(bottom=0)
    handles = volume_axis.get_legend_handles_labels()
    more = price_axis.get_legend_handles_labels()
    volume_axis.legend(handles[0] + more[0], handles[1] + more[1], loc="upper left", fontsize=8)
    volume_axis.set_title("Building 7 micromarket: supply, demand and clearing price per interval")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="store URL (default: a fresh SQLite file in a temporary folder)")
    parser.add_argument("--plot", type=Path, default=Path(tempfile.gettempdir()) / "micromarket.png",
                        help="where to write the PNG (default: micromarket.png in the temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(main(args.store or f"sqlite:///{Path(folder) / 'vtn.sqlite3'}", args.plot))

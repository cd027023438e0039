"""End to end over HTTP: SOAP on loopback against build_app. VENs join, discover, tender;
the server's scheduler clears at gate closure; both sides read their transactions and
deliveries are checked. Then markets of markets: a building market trading its residual
in a neighbourhood market through its own EI client."""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta
from decimal import Decimal
from typing import Any

import aiohttp
from aiohttp import web
from test_micromarket import NOW, SPEC, START, run

from conformance.peers.processes import free_port
from energyinterop.market import MarketRegistry
from energyinterop.market.micromarket import MarketSpec, MicroMarket
from energyinterop.market.micromarket.delivery import meter_delivery
from energyinterop.market.micromarket.party import TradingError, TradingParty, net_bought
from energyinterop.market.micromarket.uplink import Uplink
from energyinterop.store.memory import MemoryStore
from energyinterop.ven.soap import EiSoapClient
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import SCHEDULER, build_app


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> Any:
        return self.now


async def serve(*markets: MicroMarket, clock: Clock, store: MemoryStore) -> tuple[web.AppRunner, str, web.Application]:
    port = free_port()
    config = ServerConfig.load(port=port, store="memory://", vtn_id="vtn", auto_accept_vens=True)
    app = build_app(config, store, clock, markets=MarketRegistry({m.spec.market_context: m for m in markets}),
                    market_period_s=0.02)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}", app


async def until(condition: Any, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if await condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timed out")


def test_vens_tender_over_soap_and_both_sides_receive_transactions() -> None:
    async def scenario() -> None:
        clock, store = Clock(), MemoryStore()
        market = MicroMarket(SPEC, store)
        runner, url, app = await serve(market, clock=clock, store=store)
        try:
            async with aiohttp.ClientSession() as session:
                buyer, seller, stranger = (TradingParty(EiSoapClient(url, session), name)
                                           for name in ("heat-pump", "pv", "stranger"))
                for party in (buyer, seller):
                    await party.join(SPEC.microgrid)
                [spec] = await buyer.discover()
                assert spec == SPEC
                await stranger.join("another-microgrid")
                try:
                    await stranger.tender(stranger.power(spec, "X", "buy", START, "0.5", "1"))
                    raise AssertionError("only enrolled parties tender")
                except TradingError as error:
                    assert (error.code, str(error)) == ("463", "tender: 463 market rule ENROLLMENT: 'stranger' is "
                                                               "not enrolled in microgrid 'building-7'")
                assert await buyer.tender(buyer.power(spec, "HP-1", "buy", START, "0.45", "2.0")) == {"HP-1": (200, "OK")}
                assert await seller.tender(seller.power(spec, "PV-1", "sell", START, "0.05", "1.2"),
                                           seller.power(spec, "PV-2", "sell", START, "0.15", "1.0")) == {
                    "PV-1": (200, "OK"), "PV-2": (200, "OK")}
                clock.now = spec.gate(START)  # the server's scheduler clears at gate closure
                await until(lambda: _cleared(market))
                bought, sold = await buyer.transactions(), await seller.transactions()
                assert [(t.transaction_id, net_bought([t], START)) for t in bought] == [("HP-1-tx", Decimal("2.0"))]
                assert sorted((t.transaction_id, net_bought([t], START)) for t in sold) == [
                    ("PV-1-tx", Decimal("-1.2")), ("PV-2-tx", Decimal("-0.8"))]
                assert await app[SCHEDULER].tick() == []  # nothing cleared twice
                clock.now = START + spec.interval
                # The heat pump ran at 2.0 kW then 2.4 kW: 0.25 + 0.30 kWh; the PV gave its 2.0 kW.
                await buyer.deliver(meter_delivery(spec, "HP-D", "HP-1-tx", START,
                                                   [Decimal("0.25"), Decimal("0.30")], clock.now))
                await seller.deliver(meter_delivery(spec, "PV-D", spec.market_context, START,
                                                    [Decimal("0.25"), Decimal("0.25")], clock.now, injection=True))
                try:
                    await seller.deliver(meter_delivery(spec, "PV-D", spec.market_context, START, [Decimal(1)],
                                                        clock.now))
                    raise AssertionError("a delivery ID is used once")
                except TradingError as error:
                    assert error.code == "452"
                imbalances = (await market.ledger()).imbalances
                assert {i: (m.deviation, m.transaction_id) for i, m in imbalances.items()} == {
                    "HP-D": ("0.20", "HP-D-settle"), "PV-D": ("0.00", None)}
        finally:
            await runner.cleanup()
    run(scenario())


async def _cleared(market: MicroMarket) -> bool:
    return bool((await market.ledger()).clearings)


PARENT = MarketSpec("urn:market:neighbourhood", "Neighbourhood", "neighbourhood", SPEC.interval, Decimal("0.01"),
                    Decimal("0.5"), price_cap=Decimal("1.00"), gate_closure=timedelta(minutes=5),
                    horizon=timedelta(hours=6))


def test_a_building_market_trades_its_residual_in_the_neighbourhood_market() -> None:
    async def scenario() -> None:
        clock = Clock()
        parent_store, child_store = MemoryStore(), MemoryStore()
        parent = MicroMarket(PARENT, parent_store)
        parent_runner, parent_url, _ = await serve(parent, clock=clock, store=parent_store)
        try:
            async with aiohttp.ClientSession() as session:
                seat = TradingParty(EiSoapClient(parent_url, session), "building-7-market")
                await seat.join(PARENT.microgrid)
                counter = itertools.count(1)
                child = MicroMarket(SPEC, child_store, hooks=Uplink(seat.client, seat.party_id, PARENT, SPEC,
                                                                    lambda: f"up-{next(counter)}"))
                child_runner, child_url, _ = await serve(child, clock=clock, store=child_store)
                try:
                    wind = TradingParty(EiSoapClient(parent_url, session), "wind-farm")
                    await wind.join(PARENT.microgrid)
                    await wind.tender(wind.power(PARENT, "W1", "sell", START, "0.10", "5"))
                    load, pv = (TradingParty(EiSoapClient(child_url, session), n) for n in ("loads", "pv"))
                    for party in (load, pv):
                        await party.join(SPEC.microgrid)
                    await load.tender(load.power(SPEC, "L1", "buy", START, "0.60", "3.3"))
                    await pv.tender(pv.power(SPEC, "P1", "sell", START, "0.02", "1.0"))
                    # The child gate: the residual (2.3 kW wanted at 0.60) goes up as 2.0 kW (whole 0.5 units).
                    assert await child.run_due(SPEC.gate(START)) == []
                    sent = (await child.ledger()).upstream[START.isoformat()]["sent"]
                    assert sent == [{"tender_id": f"building-7-market:{START.isoformat()}:buy:60", "side": "buy",
                                     "price": 60, "units": 4}]
                    assert await child.run_due(PARENT.gate(START) - timedelta(seconds=1)) == []  # parent still open
                    [up] = await parent.run_due(PARENT.gate(START))
                    assert (up.price, up.volume) == (Decimal("0.10"), Decimal("2.0"))  # the wind farm's price
                    [local] = await child.run_due(PARENT.gate(START))
                    positions = await child.positions(START)
                    imported = -positions["upstream:building-7-market"]
                    upstream = net_bought(await seat.transactions(), START)
                    assert imported == upstream == Decimal("2.0")  # tier conservation
                    assert positions == {"loads": Decimal("3.0"), "pv": Decimal("-1.0"),
                                         "upstream:building-7-market": Decimal("-2.0")}
                    # Locally the imported 2.0 kW and the PV meet the loads' 3.3 kW bid: 3.0 kW at 0.60.
                    assert sum(positions.values()) == 0 and (local.price, local.volume) == (Decimal("0.60"),
                                                                                            Decimal("3.0"))
                finally:
                    await child_runner.cleanup()
        finally:
            await parent_runner.cleanup()
    run(scenario())

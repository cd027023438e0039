"""Quotes pushed after each clearing, end to end over SOAP on loopback: build_app's
scheduler clears at gate closure and sends the market's quote as an eiDistributeQuote
to each subscribed party's QuoteListener; nobody else gets it, and a dead subscriber
stops nothing."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import aiohttp
import pytest
from test_micromarket import SPEC, START, run
from test_micromarket_http import Clock, serve, until

from conformance.peers.processes import free_port
from energyinterop.codec import ei_codec
from energyinterop.ei import EiDistributeQuote, EiQuote, EiRequestQuote
from energyinterop.market.micromarket import MicroMarket
from energyinterop.market.micromarket.artifacts import description_of
from energyinterop.market.micromarket.listener import QuoteListener
from energyinterop.market.micromarket.party import TradingParty
from energyinterop.store.memory import MemoryStore
from energyinterop.ven.soap import EiSoapClient, SoapCallFailed


def prices(quote: EiQuote) -> list[tuple[datetime, Decimal, Decimal]]:
    """(interval start, price, quantity) per product."""
    found = []
    for product in quote.emix_base:
        interval = product.components.vcalendar_contained_component[0].properties.base_property[0]
        description = description_of(product)
        found.append((interval.date_time, description.price.value, description.quantity))
    return found


def test_each_clearing_pushes_the_quote_to_subscribers_only() -> None:
    async def scenario() -> None:
        clock, store = Clock(), MemoryStore()
        market = MicroMarket(SPEC, store)
        runner, url, _ = await serve(market, clock=clock, store=store)
        heard: list[EiDistributeQuote] = []
        unheard: list[EiDistributeQuote] = []
        try:
            async with aiohttp.ClientSession() as session, QuoteListener(heard.append) as listener, \
                    QuoteListener(unheard.append):  # running, never subscribed
                buyer, seller = (TradingParty(EiSoapClient(url, session), n) for n in ("heat-pump", "pv"))
                for party in (buyer, seller):
                    await party.join(SPEC.microgrid)
                await market.subscribe("heat-pump", listener.url)
                dead = f"http://127.0.0.1:{free_port()}/soap"  # nobody listens there
                await market.subscribe("pv", dead)
                # Kept in the store: the market of a restarted VTN pushes to the same parties.
                assert await MicroMarket(SPEC, store).subscribers() == {"heat-pump": listener.url, "pv": dead}
                await buyer.tender(buyer.power(SPEC, "HP-1", "buy", START, "0.45", "2.0"))
                await seller.tender(seller.power(SPEC, "PV-1", "sell", START, "0.05", "1.2"),
                                    seller.power(SPEC, "PV-2", "sell", START, "0.15", "1.0"))
                later = START + SPEC.interval  # still open: an indicative price
                await buyer.tender(buyer.power(SPEC, "HP-2", "buy", later, "0.40", "1.0"))
                await seller.tender(seller.power(SPEC, "PV-3", "sell", later, "0.20", "1.0"))
                assert heard == []  # nothing before a clearing
                clock.now = SPEC.gate(START)
                await until(lambda: _heard(heard))
                [pushed] = heard
                assert pushed.publisher_party_id == "vtn"  # the VTN publishes its market's quote
                assert pushed.request_id == f"{market.quote_id}@{clock.now.isoformat()}"
                [quote] = pushed.ei_quote
                got = prices(quote)
                # The clearing just computed: 2.0 kW, the partly filled PV-2 sets the price.
                cleared = (await market.ledger()).clearings[START.isoformat()]
                assert (SPEC.price(cleared["price"]), SPEC.quantity(cleared["volume"])) == (Decimal("0.15"),
                                                                                          Decimal("2.0"))
                assert got[0] == (START, Decimal("0.15"), Decimal("2.0"))
                # The open book crosses: the midpoint of [0.20, 0.40].
                assert got[1] == (later, Decimal("0.30"), Decimal("1.0"))
                # Every other open interval (gate after 10:50, start within 6 h) at the last price, 0 kW.
                assert len(got) == 24 and got[-1][0] == datetime.fromisoformat("2026-03-02T16:45:00+00:00")
                assert [p[0] for p in got[1:]] == [later + n * SPEC.interval for n in range(23)]
                assert all(p[1:] == (Decimal("0.15"), Decimal("0.0")) for p in got[2:])
                # The very quote eiRequestQuote answers at that instant.
                reply = await buyer.client.call(EiRequestQuote(request_id="q", requestor_party_id="heat-pump",
                                                               quote_id=[market.quote_id]))
                assert ei_codec().encode(reply.ei_quote[0]) == ei_codec().encode(quote)

                # The dead subscriber stopped nothing: the next interval clears and is pushed too.
                clock.now = SPEC.gate(later)
                await until(lambda: _heard(heard, 2))
                assert prices(heard[1].ei_quote[0])[0] == (later, Decimal("0.30"), Decimal("1.0"))
                assert len((await market.ledger()).clearings) == 2
                assert unheard == []  # not subscribed: nothing
        finally:
            await runner.cleanup()
    run(scenario())


def test_the_listener_refuses_anything_but_distributions() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session, QuoteListener(lambda q: None) as listener:
            with pytest.raises(SoapCallFailed) as failure:
                await EiSoapClient(listener.url, session).call(
                    EiRequestQuote(request_id="q", requestor_party_id="vtn", quote_id=[]))
            assert (failure.value.ei_code, failure.value.http_status) == (453, 500)
            assert await EiSoapClient(listener.url, session).call(
                EiDistributeQuote(request_id="d", publisher_party_id="vtn", ei_quote=[])) is None
    run(scenario())


def test_subscriptions_are_http_addresses_and_can_be_withdrawn() -> None:
    async def scenario() -> None:
        market = MicroMarket(SPEC, MemoryStore())
        with pytest.raises(ValueError, match="is not an http"):
            await market.subscribe("p", "mailto:p@example.com")
        await market.subscribe("p", "http://127.0.0.1:9/soap")
        assert (await market.unsubscribe("p"), await market.unsubscribe("p")) == (True, False)
        assert await market.subscribers() == {}
    run(scenario())


async def _heard(heard: list[EiDistributeQuote], count: int = 1) -> bool:
    return len(heard) >= count



def test_the_operator_manages_quote_subscriptions() -> None:
    from aiohttp.test_utils import TestClient, TestServer

    from energyinterop.market import MarketRegistry
    from energyinterop.vtn.config import ServerConfig
    from energyinterop.vtn.server import build_app

    async def scenario() -> None:
        store = MemoryStore()
        market = MicroMarket(SPEC, store)
        config = ServerConfig.load(store="memory://", vtn_id="vtn", operator_token="secret")
        app = build_app(config, store, Clock(), markets=MarketRegistry({SPEC.market_context: market}))
        async with TestClient(TestServer(app)) as client:
            auth = {"Authorization": "Bearer secret"}

            async def call(method: str, body: dict[str, str] | None = None) -> tuple[int, object]:
                path = "/api/v1/markets" if body is None else "/api/v1/markets/subscriptions"
                response = await client.request(method, path, json=body, headers=auth)
                return response.status, await response.json()

            subscription = {"context": SPEC.market_context, "party_id": "heat-pump", "url": "http://10.0.0.7:8080/soap"}
            assert (await call("PUT", subscription))[0] == 200
            assert await market.subscribers() == {"heat-pump": "http://10.0.0.7:8080/soap"}
            assert await call("GET") == (200, [{"context": SPEC.market_context,
                                                "subscribers": {"heat-pump": "http://10.0.0.7:8080/soap"}}])
            status, error = await call("PUT", {**subscription, "url": "ftp://10.0.0.7/quotes"})
            assert status == 400 and "http" in error["error"]
            status, error = await call("PUT", {**subscription, "context": "urn:market:nowhere"})
            assert status == 404 and "nowhere" in error["error"]
            assert (await call("DELETE", {"context": SPEC.market_context, "party_id": "heat-pump"}))[0] == 200
            assert (await call("DELETE", {"context": SPEC.market_context, "party_id": "heat-pump"}))[0] == 404
            assert await market.subscribers() == {}

    run(scenario())

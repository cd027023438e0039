"""The reference micromarket behind the EI VTN role: discovery, binding, tenders and their
rules, clearing into transactions, options, quotes, deliveries, audit and restarts.
Payloads go through ``EiVtn.handle`` (the codes are those on the wire) unless a test is
about the market alone."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from emix.temix import accept_tender, create_tender, temix_option_tender, temix_power_tender, validate
from energyinterop.ei import (
    ArrayOfProperties,
    ArrayOfVcalendarContainedComponents,
    DtstartProp,
    Duration,
    EiCancelTender,
    EiCreateDelivery,
    EiCreateTender,
    EiCreateTransaction,
    EiDelivery,
    EiDistributeQuote,
    EiRequestTender,
    EiRequestTransaction,
    EnergyReal,
    Measurement,
    SiScaleCode,
    TransactiveState,
    WsCalendarAttach,
    WsCalendarInterval,
    ei_codec,
)
from energyinterop.market import Market, MarketRegistry, ScheduledMarket
from energyinterop.market.micromarket import MarketSpec, MarketStateError, MicroMarket
from energyinterop.market.micromarket.audit import TamperedLog
from energyinterop.market.micromarket.binding import enrollment
from energyinterop.market.micromarket.discovery import discover
from energyinterop.market.micromarket.replay import replay
from energyinterop.market.micromarket.spec import SpecError
from energyinterop.roles.ei import EiVtn, EiVtnConfig
from energyinterop.roles.ids import SequentialIds
from energyinterop.store.base import Store, VenRecord
from energyinterop.store.memory import MemoryStore
from energyinterop.store.sqlite import SqliteStore
from energyinterop.vtn.cli import main as vtn_cli

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
START = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)  # an interval of the grid, an hour ahead
URI = "urn:market:building-7"
SPEC = MarketSpec(URI, "Building 7", "building-7", timedelta(minutes=15), Decimal("0.01"), Decimal("0.1"),
                  currency="USD", price_cap=Decimal("1.00"), gate_closure=timedelta(minutes=10),
                  horizon=timedelta(hours=6))


def run(coroutine: Awaitable[Any]) -> Any:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


def power(tender_id: str, side: str, price: str, quantity: str, start: datetime = START, *,
          spec: MarketSpec = SPEC, **extra: Any) -> Any:
    return temix_power_tender(tender_id, side, start, spec.interval, price, quantity, spec.market_context,
                              interface=spec.interface(), **extra)


class Env:
    """A VTN hosting the micromarket, its store, and registered, enrolled parties."""

    def __init__(self, store: Store | None = None, spec: MarketSpec = SPEC, **options: Any) -> None:
        self.store = store or MemoryStore()
        self.spec = spec
        self.market = MicroMarket(spec, self.store, **options)
        self.vtn = EiVtn(EiVtnConfig("vtn-1", ids=SequentialIds()), MarketRegistry({spec.market_context: self.market}))
        self.requests = 0

    def request_id(self) -> str:
        self.requests += 1
        return f"R{self.requests}"

    async def party(self, party_id: str, *, enrolled: bool = True) -> None:
        await self.store.put_ven(VenRecord(ven_id=party_id, ven_name=party_id, registration_id=f"REG-{party_id}"))
        if enrolled:
            reply = (await self.handle(enrollment(self.request_id(), party_id, self.spec.microgrid))).reply
            assert reply.ei_response.response_code == "200"

    async def handle(self, payload: Any, now: datetime = NOW) -> Any:
        # Through the codec both ways: what the wire carries, schema-checked.
        decoded = ei_codec().decode(ei_codec().encode(payload))
        outcome = await self.vtn.handle(decoded, now=now, store=self.store)
        if outcome.reply is not None:
            ei_codec().decode(ei_codec().encode(outcome.reply))
        return outcome

    async def tender(self, party_id: str, *tenders: Any, now: datetime = NOW) -> dict[str, tuple[str, str]]:
        """Item code and description per tender ID."""
        reply = (await self.handle(create_tender(self.request_id(), party_id, "vtn-1", *tenders), now)).reply
        return {r.ref_id.value: (r.response_code, r.response_description) for r in reply.responses.response}

    async def transactions(self, party_id: str) -> list[Any]:
        reply = (await self.handle(EiRequestTransaction(request_id=self.request_id(), transaction_id=[],
                                                        requestor_party_id=party_id))).reply
        assert reply.ei_response.response_code == "200"
        for tx in reply.ei_transaction:
            validate(tx)  # every transaction is TEMIX-valid
        return reply.ei_transaction

    async def setup(self, *parties: str) -> Env:
        await self.store.open()
        for party in parties:
            await self.party(party)
        return self


def terms(tx: Any) -> tuple[str, Decimal, Decimal]:
    description = tx.emix_base.components.vcalendar_contained_component[0].properties.base_property[2].items[0]
    return tx.emix_base.side.value, description.price.value, description.quantity


# ------------------------------------------------------------------ the plug-in and discovery

def test_micromarket_is_a_scheduled_market() -> None:
    market = MicroMarket(SPEC, MemoryStore())
    assert isinstance(market, Market) and isinstance(market, ScheduledMarket)


def test_context_carries_every_term_in_schema_valid_emix() -> None:
    context = run(MicroMarket(SPEC, MemoryStore()).market_context())
    data = ei_codec().encode(context)
    assert b"<emix:marketGranularity>" in data and b"<xcal:granularity>" in data and b"<power:serviceDeliveryPoint>" in data
    assert MarketSpec.from_context(ei_codec().decode(data)) == SPEC


def test_spec_refuses_what_it_cannot_hold() -> None:
    with pytest.raises(SpecError):
        dataclasses.replace(SPEC, gate_closure=timedelta(hours=7))
    with pytest.raises(SpecError):
        dataclasses.replace(SPEC, price_cap=Decimal("1.005"))


def test_a_ven_discovers_markets_and_their_terms_without_configuration() -> None:
    async def scenario() -> None:
        env = await Env().setup("a")
        other = MarketSpec("urn:market:pv-park", "PV park", "pv-park", timedelta(hours=1), Decimal("0.001"),
                           Decimal("1"), currency="EUR")
        env.vtn = EiVtn(EiVtnConfig("vtn-1"), MarketRegistry({URI: env.market, other.market_context:
                                                             MicroMarket(other, env.store)}))

        class Caller:
            async def call(self, payload: Any) -> Any:
                return (await env.handle(payload)).reply

        found = await discover(Caller(), "a", env.request_id)
        assert found == [SPEC, other]
    run(scenario())


# ------------------------------------------------------------------ binding and tender rules

def test_only_parties_enrolled_in_the_microgrid_may_tender() -> None:
    async def scenario() -> None:
        env = await Env().setup("a")
        await env.party("outsider", enrolled=False)
        await env.party("elsewhere", enrolled=False)
        await env.handle(enrollment(env.request_id(), "elsewhere", "another-microgrid"))
        for party in ("outsider", "elsewhere"):
            code, description = (await env.tender(party, power(f"T-{party}", "buy", "0.30", "1")))[f"T-{party}"]
            assert code == "463" and "market rule ENROLLMENT" in description and "building-7" in description
        assert (await env.tender("a", power("T-a", "buy", "0.30", "1")))["T-a"][0] == "200"
    run(scenario())


@pytest.mark.parametrize("tender, code, rule", [
    (lambda: power("X", "buy", "0.305", "1"), "459", "PRICE_TICK"),
    (lambda: power("X", "buy", "0.30", "1.05"), "459", "QUANTITY_UNIT"),
    (lambda: power("X", "buy", "0.30", "0"), "459", "QUANTITY_UNIT"),
    (lambda: power("X", "buy", "0.30", "1", START + timedelta(minutes=5)), "459", "INTERVAL_GRID"),
    (lambda: power("X", "buy", "0.30", "1", NOW + timedelta(minutes=0)), "459", "GATE_CLOSED"),
    (lambda: power("X", "buy", "0.30", "1", NOW + timedelta(hours=7)), "459", "HORIZON"),
    (lambda: power("X", "buy", "0.30", "1", currency="EUR"), "459", "CURRENCY"),
    (lambda: power("X", "buy", "0.30", "1", expiration=NOW - timedelta(minutes=1)), "459", "EXPIRED"),
    (lambda: temix_power_tender("X", "buy", START, SPEC.interval, "0.30", "1", URI, interface="PNODE-9"),
     "459", "MICROGRID"),
])
def test_market_rules_are_named_in_the_refusal(tender: Any, code: str, rule: str) -> None:
    async def scenario() -> None:
        env = await Env().setup("a")
        got_code, description = (await env.tender("a", tender()))["X"]
        assert (got_code, description.split(":")[0]) == (code, f"market rule {rule}")
        assert (await env.market.ledger()).orders == {}
    run(scenario())


def test_temix_rule_is_named_before_the_market_sees_the_tender() -> None:
    async def scenario() -> None:
        env = await Env().setup("a")
        bad = power("X", "buy", "0.30", "1")
        bad.emix_base.components.vcalendar_contained_component[0].properties.base_property[2].items[0].quantity = \
            Decimal(-1)
        reply = (await env.handle(EiCreateTender(request_id="R-bad", party_id="a", counter_party_id="vtn-1",
                                                 ei_tender=[bad]))).reply
        assert reply.ei_response.response_code == "459"
        assert "TEMIX rule NON_NEGATIVE_QUANTITY" in reply.ei_response.response_description
        assert (await env.market.ledger()).orders == {}
    run(scenario())


def test_a_tender_id_is_used_once() -> None:
    async def scenario() -> None:
        env = await Env().setup("a", "b")
        assert (await env.tender("a", power("T1", "buy", "0.30", "1")))["T1"][0] == "200"
        assert (await env.tender("b", power("T1", "sell", "0.20", "1")))["T1"][0] == "452"
    run(scenario())


# ------------------------------------------------------------------ clearing into transactions

def test_clearing_at_gate_closure_sends_transactions_to_both_sides() -> None:
    async def scenario() -> None:
        env = await Env().setup("buyer", "seller", "late")
        assert (await env.tender("buyer", power("B1", "buy", "0.40", "1.5"), power("B2", "buy", "0.25", "1")))
        await env.tender("seller", power("S1", "sell", "0.20", "1.0"), power("S2", "sell", "0.30", "2"))
        gate = START - SPEC.gate_closure
        assert await env.market.run_due(gate - timedelta(seconds=1)) == []  # not yet
        assert (await env.tender("late", power("L1", "sell", "0.10", "1"), now=gate))["L1"][1].startswith(
            "market rule GATE_CLOSED")
        [summary] = await env.market.run_due(gate)
        # Buys 1.5@0.40, 1@0.25; sells 1@0.20, 2@0.30: 1.5 units cross; W = [0.30, 0.30].
        assert (summary.price, summary.volume, summary.buys, summary.sells) == (Decimal("0.30"), Decimal("1.5"), 2, 2)
        assert await env.market.run_due(gate + timedelta(minutes=1)) == []  # cleared once
        buyer = {tx.transaction_id: terms(tx) for tx in await env.transactions("buyer")}
        seller = {tx.transaction_id: terms(tx) for tx in await env.transactions("seller")}
        assert buyer == {"B1-tx": ("buy", Decimal("0.30"), Decimal("1.5"))}
        assert seller == {"S1-tx": ("sell", Decimal("0.30"), Decimal("1.0")),
                          "S2-tx": ("sell", Decimal("0.30"), Decimal("0.5"))}
        assert await env.market.positions(START) == {"buyer": Decimal("1.5"), "seller": Decimal("-1.5")}
        tx = (await env.transactions("buyer"))[0]
        assert tx.tender_id == "B1" and tx.emix_base.transactive_state == TransactiveState.transaction
    run(scenario())


@pytest.mark.parametrize("buys, sells, price, volume", [
    ([], [], None, "0"),                                       # empty book
    ([("0.50", "1")], [], None, "0"),                           # one side only
    ([("0.20", "1")], [("0.30", "1")], None, "0"),              # no crossing
    ([("5.00", "1")], [("0.90", "1")], "0.95", "1"),            # the buy is read at the cap (1.00)
    ([("5.00", "1")], [("1.20", "1")], None, "0"),              # a sell above the cap cannot trade
])
def test_edge_books(buys: list[tuple[str, str]], sells: list[tuple[str, str]], price: str | None, volume: str) -> None:
    async def scenario() -> None:
        env = await Env().setup("a", "b")
        for n, (p, q) in enumerate(buys):
            await env.tender("a", power(f"B{n}", "buy", p, q))
        for n, (p, q) in enumerate(sells):
            await env.tender("b", power(f"S{n}", "sell", p, q))
        if not buys and not sells:  # an interval with only a cancelled tender still clears, empty
            await env.tender("a", power("C", "buy", "0.30", "1"))
            await env.handle(EiCancelTender(request_id="RC", party_id="a", counter_party_id="vtn-1", tender_id=["C"]))
        [summary] = await env.market.run_due(START)
        assert summary.price == (None if price is None else Decimal(price))
        assert summary.volume == Decimal(volume)
    run(scenario())


def test_all_or_none_and_expired_tenders() -> None:
    async def scenario() -> None:
        env = await Env().setup("a", "b")
        gate = START - SPEC.gate_closure
        await env.tender("a", power("AON", "buy", "0.50", "2", integral_only=True),
                         power("LAPSED", "buy", "0.90", "5", expiration=gate - timedelta(minutes=1)),
                         power("B", "buy", "0.40", "1"))
        await env.tender("b", power("S", "sell", "0.10", "1.5"))
        [summary] = await env.market.run_due(gate)
        # LAPSED is out; AON (2) cannot be filled from 1.5 and is skipped; B takes 1, and the
        # rest of S (0.5 at 0.10) sets the price: W = [0.10, 0.10].
        assert (summary.price, summary.volume) == (Decimal("0.10"), Decimal("1.0"))
        ledger = await env.market.ledger()
        assert {i: (o.status, o.filled) for i, o in ledger.orders.items()} == {
            "AON": ("cleared", 0), "LAPSED": ("expired", 0), "B": ("cleared", 10), "S": ("cleared", 10)}
    run(scenario())


def test_cancel_and_request_tenders() -> None:
    async def scenario() -> None:
        env = await Env().setup("a")
        await env.tender("a", power("T1", "buy", "0.30", "1"), power("T2", "buy", "0.31", "1"))
        reply = (await env.handle(EiCancelTender(request_id="RC", party_id="a", counter_party_id="vtn-1", tender_id=["T1", "nope"]))).reply
        assert {r.ref_id.value: r.response_code for r in reply.responses.response} == {"T1": "200", "nope": "452"}
        listed = (await env.handle(EiRequestTender(request_id="RT", requestor_party_id="a", tender_id=[]))).reply
        assert [t.tender_id for t in listed.ei_tender] == ["T2"]
        assert terms(listed.ei_tender[0]) == ("buy", Decimal("0.31"), Decimal("1.0"))
        late = START - SPEC.gate_closure
        reply = (await env.handle(EiCancelTender(request_id="RC2", party_id="a", counter_party_id="vtn-1", tender_id=["T2"]), late)).reply
        assert reply.responses.response[0].response_code == "459"
        assert "GATE_CLOSED" in reply.responses.response[0].response_description
    run(scenario())


def test_a_replayed_request_returns_the_same_reply_and_creates_nothing() -> None:
    async def scenario() -> None:
        env = await Env().setup("a")
        payload = create_tender("SAME", "a", "vtn-1", power("T1", "buy", "0.30", "1"))
        first = ei_codec().encode((await env.handle(payload)).reply)
        count = (await env.store.read_log(env.market.stream))[-1][0]
        again = await env.handle(payload)
        assert ei_codec().encode(again.reply) == first
        assert (await env.store.read_log(env.market.stream))[-1][0] == count
    run(scenario())


# ------------------------------------------------------------------ options

def test_options_are_taken_and_exercised_into_positions() -> None:
    async def scenario() -> None:
        env = await Env().setup("writer", "holder", "other")
        expiry = START - timedelta(minutes=20)
        call = temix_option_tender("OPT1", "sell", START, SPEC.interval, "0.35", "0.02", "2", URI, "call", expiry,
                                   interface=SPEC.interface())
        assert (await env.tender("writer", call))["OPT1"][0] == "200"
        take = EiCreateTransaction(request_id="RX1", party_id="holder", counter_party_id="writer",
                                   ei_transaction=[accept_tender(call, "TAKE1")])
        reply = (await env.handle(take)).reply
        assert reply.ei_response.response_code == "200"
        exercise = accept_tender(call, "EX1")
        exercise.emix_base.transactive_state = TransactiveState.exercise
        stranger = dataclasses.replace(take, request_id="RX2", party_id="other",
                                       ei_transaction=[dataclasses.replace(exercise, transaction_id="EX0")])
        refused = (await env.handle(stranger)).reply.responses.response[0]
        assert (refused.response_code, refused.response_description.split(":")[0]) == ("459", "market rule OPTION")
        late = dataclasses.replace(take, request_id="RX3", ei_transaction=[exercise])
        assert (await env.handle(late, expiry + timedelta(seconds=1))).reply.responses.response[0] \
            .response_description.startswith("market rule EXPIRED")
        assert (await env.handle(dataclasses.replace(late, request_id="RX4"))).reply.ei_response.response_code == "200"
        assert await env.market.positions(START) == {"holder": Decimal("2.0"), "writer": Decimal("-2.0")}
        holder = {tx.transaction_id: terms(tx) for tx in await env.transactions("holder")}
        assert holder == {"TAKE1": ("buy", Decimal("0.35"), Decimal("2.0")),
                          "EX1": ("buy", Decimal("0.35"), Decimal("2.0"))}
        premium = next(tx for tx in await env.transactions("writer") if tx.transaction_id == "OPT1-tx")
        assert premium.emix_base.option_premium.value == Decimal("0.02")
    run(scenario())


def test_power_tenders_are_not_taken_bilaterally() -> None:
    async def scenario() -> None:
        env = await Env().setup("a", "b")
        offer = power("T1", "sell", "0.30", "1")
        await env.tender("a", offer)
        take = EiCreateTransaction(request_id="RX", party_id="b", counter_party_id="a",
                                   ei_transaction=[accept_tender(offer, "X1")])
        item = (await env.handle(take)).reply.responses.response[0]
        assert item.response_description.startswith("market rule CALL_MARKET")
    run(scenario())


# ------------------------------------------------------------------ quotes

def test_quotes_give_the_last_clearing_price_and_indicative_prices() -> None:
    async def scenario() -> None:
        env = await Env().setup("a", "b")
        await env.tender("a", power("B1", "buy", "0.40", "1"))
        await env.tender("b", power("S1", "sell", "0.20", "1"))
        await env.market.run_due(START - SPEC.gate_closure)
        later = START + SPEC.interval
        await env.tender("a", power("B2", "buy", "0.60", "2", later))
        await env.tender("b", power("S2", "sell", "0.50", "2", later))
        now = START - timedelta(minutes=5)
        [quote] = await env.market.quotes("a", [], now)
        rows = [(p.components.vcalendar_contained_component[0].properties.base_property[0].date_time, terms(
            dataclasses.replace(p, side=p.side) and type("T", (), {"emix_base": p})())[1:]) for p in quote.emix_base]
        assert rows[0] == (START, (Decimal("0.30"), Decimal("1.0")))       # last clearing
        assert rows[1] == (later, (Decimal("0.55"), Decimal("2.0")))       # the book as it stands
        assert rows[2] == (later + SPEC.interval, (Decimal("0.30"), Decimal("0.0")))  # no book: last price
        assert len(rows) == 1 + 23  # the last clearing, then every open interval of the 6 h horizon
        assert all(p.transactive_state == TransactiveState.publication for p in quote.emix_base)
        distribute = EiDistributeQuote(request_id="DQ", publisher_party_id="vtn-1", ei_quote=[quote])
        assert ei_codec().decode(ei_codec().encode(distribute)).ei_quote[0].quote_id == f"{URI}#quote"
    run(scenario())


# ------------------------------------------------------------------ deliveries

def delivery(delivery_id: str, uid: str, kwh: list[str], injection: bool = False, start: datetime = START) -> Any:
    seconds = 900 // len(kwh)
    components = [WsCalendarInterval(properties=ArrayOfProperties(base_property=[
        Duration(duration=timedelta(seconds=seconds)),
        WsCalendarAttach(items=[Measurement(quantity=Decimal(q), item_base=EnergyReal(
            item_description="RealEnergy", item_units="Wh", si_scale_code=SiScaleCode.k))])])) for q in kwh]
    return EiDelivery(properties=ArrayOfProperties(base_property=[DtstartProp(date_time=start),
                                                                  Duration(duration=timedelta(minutes=15))]),
                      components=ArrayOfVcalendarContainedComponents(vcalendar_contained_component=components),
                      uid=uid, injection=injection, ei_delivery_id=delivery_id, created_date_time=START)


def test_deliveries_are_compared_with_positions() -> None:
    async def scenario() -> None:
        env = await Env().setup("a", "b")
        await env.tender("a", power("B1", "buy", "0.40", "1"))
        await env.tender("b", power("S1", "sell", "0.20", "1"))
        await env.market.run_due(START - SPEC.gate_closure)  # price 0.30, 1 kW each way
        after = START + SPEC.interval
        # a bought 1 kW and took 0.15 + 0.35 kWh in two 7.5-min halves: 1.2 and 2.8 kW, mean 2 kW.
        reply = (await env.handle(EiCreateDelivery(request_id="D1", requestor_party_id="a",
                                                   ei_delivery=delivery("DLV-a", "B1-tx", ["0.15", "0.35"])),
                                  after)).reply
        assert reply.ei_response.response_code == "200"
        # b sold 1 kW and injected exactly 0.25 kWh: no deviation.
        await env.handle(EiCreateDelivery(request_id="D2", requestor_party_id="b",
                                          ei_delivery=delivery("DLV-b", URI, ["0.25"], injection=True)), after)
        imbalances = (await env.market.ledger()).imbalances
        assert (imbalances["DLV-a"].position, imbalances["DLV-a"].deviation) == (10, "1.00")
        assert [s[2] for s in imbalances["DLV-a"].samples] == ["1.20", "2.80"]
        assert (imbalances["DLV-b"].deviation, imbalances["DLV-b"].transaction_id) == ("0.00", None)
        settle = {tx.transaction_id: terms(tx) for tx in await env.transactions("a")}["DLV-a-settle"]
        assert settle == ("buy", Decimal("0.30"), Decimal("1.0"))
        again = (await env.handle(EiCreateDelivery(request_id="D3", requestor_party_id="a",
                                                   ei_delivery=delivery("DLV-a", "B1-tx", ["0.25"])), after)).reply
        assert again.responses.response[0].response_code == "452"
        short = (await env.handle(EiCreateDelivery(request_id="D4", requestor_party_id="a",
                                                   ei_delivery=dataclasses.replace(delivery("DLV-x", "B1-tx", ["0.2"]),
                                                   components=ArrayOfVcalendarContainedComponents(
                                                       vcalendar_contained_component=[])))
                                  , after)).reply
        assert short.responses.response[0].response_description.startswith("market rule DELIVERY")
    run(scenario())


# ------------------------------------------------------------------ audit, restart

def test_restart_rebuilds_the_market_from_its_log() -> None:
    async def scenario() -> None:
        env = await Env().setup("a", "b")
        await env.tender("a", power("B1", "buy", "0.40", "1"))
        await env.tender("b", power("S1", "sell", "0.20", "1"))
        await env.market.run_due(START)
        again = MicroMarket(SPEC, env.store)
        assert (await again.ledger()).rows() == (await env.market.ledger()).rows()
        assert [tx.transaction_id for tx in await again.transactions("a", [])] == ["B1-tx"]
        with pytest.raises(MarketStateError):
            await MicroMarket(dataclasses.replace(SPEC, price_tick=Decimal("0.05")), env.store).ledger()
    run(scenario())


def test_replay_rebuilds_the_ledger_and_finds_tampering(tmp_path: Any) -> None:
    path = tmp_path / "vtn.sqlite3"

    async def scenario() -> None:
        store = SqliteStore(str(path))
        env = await Env(store).setup("a", "b")
        await env.tender("a", power("B1", "buy", "0.40", "1"), power("B2", "buy", "0.35", "2"))
        await env.tender("b", power("S1", "sell", "0.20", "2"))
        await env.market.run_due(START)
        result = await replay(store, URI)
        assert result.ok and result.entries == 5 and result.ledger.rows() == (await env.market.ledger()).rows()
        await store.close()
    run(scenario())
    assert vtn_cli(["market", "replay", "--store", f"sqlite:///{path}"]) == 0
    with sqlite3.connect(path) as db:  # someone doubles B2's quantity in the log (entry 3)
        entry = db.execute("SELECT entry FROM log WHERE seq = 3").fetchone()[0]
        assert b'"units":20' in entry
        db.execute("UPDATE log SET entry = ? WHERE seq = 3", (entry.replace(b'"units":20', b'"units":40'),))
    assert vtn_cli(["market", "replay", "--store", f"sqlite:///{path}", "--market", URI]) == 1

    async def tampered() -> None:
        store = SqliteStore(str(path))
        await store.open()
        result = await replay(store, URI)
        assert result.problems == ["tampered log: entry 3: its content does not match its hash"]
        with pytest.raises(TamperedLog, match="entry 3"):
            await MicroMarket(SPEC, store).ledger()  # the market does not trust it either
        await store.close()
    run(tampered())

"""Market-level properties (hypothesis): conservation per interval, individual rationality,
all-or-none and expiry honoured, the audit rebuild equal to the live state, replayed
requests creating nothing, and tier conservation across a parent market."""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_micromarket import NOW, SPEC, START, Env, power, run

from emix.temix import create_tender
from energyinterop.ei import ei_codec
from energyinterop.market.micromarket import MicroMarket
from energyinterop.market.micromarket.replay import replay
from energyinterop.market.micromarket.uplink import Uplink
from test_micromarket_http import PARENT

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GATE = START - SPEC.gate_closure
PARTIES = ("a", "b", "c")

orders = st.lists(st.tuples(st.sampled_from(PARTIES), st.sampled_from(("buy", "sell")), st.integers(1, 120),
                            st.integers(1, 40), st.booleans(), st.booleans()), max_size=14)


def tender_of(n: int, side: str, ticks: int, units: int, aon: bool, lapsed: bool, start: Any = START) -> Any:
    expiration = GATE - timedelta(minutes=1) if lapsed else None
    return power(f"T{n}", side, str(SPEC.price(ticks)), str(SPEC.quantity(units)), start,
                 integral_only=aon, expiration=expiration)


@PROPERTY
@given(orders, st.booleans())
def test_clearing_conserves_and_the_audit_rebuilds_it(book: list[Any], second_interval: bool) -> None:
    async def scenario() -> None:
        env = await Env().setup(*PARTIES)
        starts = [START, START + SPEC.interval] if second_interval else [START]
        for n, (party, side, ticks, units, aon, lapsed) in enumerate(book):
            [result] = await env.market.create_tenders(
                party, [tender_of(n, side, ticks, units, aon, lapsed, starts[n % len(starts)])], NOW)
            assert result.code == 200
        await env.market.run_due(starts[-1])
        ledger = await env.market.ledger()
        for start in starts:
            key = start.isoformat()
            if key not in ledger.clearings:
                continue
            clearing = ledger.clearings[key]
            assert sum(ledger.net_positions(key).values()) == 0  # conservation, exactly
            filled = [o for o in ledger.orders.values() if o.start == key]
            assert sum(o.filled for o in filled if o.side == "buy") == clearing["volume"]
            assert sum(o.filled for o in filled if o.side == "sell") == clearing["volume"]
            for order in filled:
                assert 0 <= order.filled <= order.units
                if order.aon:
                    assert order.filled in (0, order.units)
                if order.expiration is not None:
                    assert order.filled == 0 and order.status == "expired"
                if order.filled:  # individual rationality, within the cap (100 ticks)
                    assert (clearing["price"] <= order.price) if order.side == "buy" else (
                        clearing["price"] >= order.price)
                    assert clearing["price"] <= 100
        rebuilt = await replay(env.store, SPEC.market_context)
        assert rebuilt.ok, rebuilt.problems
        assert rebuilt.ledger.rows() == ledger.rows()
    run(scenario())


@PROPERTY
@given(st.lists(st.tuples(st.sampled_from(PARTIES), st.sampled_from(("buy", "sell")), st.integers(1, 120),
                          st.integers(1, 40)), min_size=1, max_size=6), st.data())
def test_replayed_requests_return_the_same_reply_and_create_nothing(book: list[Any], data: Any) -> None:
    async def scenario() -> None:
        env = await Env().setup(*PARTIES)
        payloads = [create_tender(f"REQ-{n}", party, "vtn-1", tender_of(n, side, ticks, units, False, False))
                    for n, (party, side, ticks, units) in enumerate(book)]
        replies = [ei_codec().encode((await env.handle(p)).reply) for p in payloads]
        entries = len(await env.store.read_log(env.market.stream))
        rows = (await env.market.ledger()).rows()
        for n in data.draw(st.lists(st.integers(0, len(payloads) - 1), min_size=1, max_size=8)):
            assert ei_codec().encode((await env.handle(payloads[n])).reply) == replies[n]
        assert len(await env.store.read_log(env.market.stream)) == entries
        assert (await env.market.ledger()).rows() == rows
        again = MicroMarket(SPEC, env.store)  # and after a restart
        assert (await again.ledger()).rows() == rows
    run(scenario())


class InProcess:
    """An EI client that hands payloads (through the codec) to a VTN role in this process."""

    def __init__(self, env: Env) -> None:
        self.env = env

    async def call(self, payload: Any) -> Any:
        return (await self.env.handle(payload, self.env.now)).reply


@PROPERTY
@given(st.lists(st.tuples(st.sampled_from(("buy", "sell")), st.integers(1, 100), st.integers(1, 40)), max_size=10),
       st.integers(1, 100), st.integers(1, 20), st.sampled_from(("buy", "sell")))
def test_a_childs_net_import_equals_its_upstream_transactions(book: list[Any], outside_price: int,
                                                             outside_units: int, outside_side: str) -> None:
    async def scenario() -> None:
        parent = await Env(spec=PARENT).setup("seat", "outside")
        parent.now = NOW
        counter = itertools.count(1)
        child = await Env(hooks=Uplink(InProcess(parent), "seat", PARENT, SPEC, lambda: f"up-{next(counter)}")
                          ).setup("a", "b")
        await parent.market.create_tenders("outside", [power(
            "O1", outside_side, str(PARENT.price(outside_price)), str(PARENT.quantity(outside_units)), spec=PARENT)], NOW)
        for n, (side, ticks, units) in enumerate(book):
            await child.market.create_tenders("ab"[n % 2], [tender_of(n, side, ticks, units, False, False)], NOW)
        await child.market.run_due(GATE)
        parent.now = PARENT.gate(START)
        await parent.market.run_due(parent.now)
        await child.market.run_due(parent.now)
        ledger = await child.market.ledger()
        assert (START.isoformat() in ledger.clearings) == bool(book)
        positions = ledger.net_positions(START.isoformat())
        assert sum(positions.values()) == 0
        imported = SPEC.quantity(-positions.get("upstream:seat", 0))
        upstream = SPEC.quantity(0) + sum(
            (1 if t.side == "buy" else -1) * PARENT.quantity(t.units)
            for t in (await parent.market.ledger()).trades.values() if t.party == "seat")
        assert imported == upstream
        assert (await replay(child.store, SPEC.market_context)).ok
    run(scenario())

"""The reference micromarket: one market context, a periodic call auction per interval.

What it receives (through the EI roles, see :class:`energyinterop.market.Market`): TEMIX
power tenders and options, cancels, option acceptances and exercises, quotes, deliveries.
What it returns: one :class:`ItemResult` per item (200, or the refusing rule's code and
name), and on request its context, quotes, open tenders and transactions. How it is
scheduled: :meth:`MicroMarket.run_due` clears every interval whose gate closure has
passed at ``now`` (a :class:`~.scheduler.MarketScheduler` calls it inside the VTN server).

State. Every change is one entry of the hash-chained audit log (:mod:`.audit`), folded
by :class:`~.ledger.Ledger`; the fold's rows are mirrored in the key/value store (namespace
``market.<context>``) in the same step. The log is the truth: on first use the market
re-reads it (checking the chain), so a restart loses nothing. One writer per market: a
lock orders its changes, so run one VTN process per market context.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import urlsplit

from emix.temix import TemixViolation, validate_transaction
from energyinterop.ei import (
    EiDelivery,
    EiMarketContext,
    EiQuote,
    EiTender,
    EiTransaction,
    TransactiveState,
    ei_codec,
)
from energyinterop.market.interface import ItemResult
from energyinterop.market.micromarket import artifacts
from energyinterop.market.micromarket.audit import AuditLog, Head, read_chain
from energyinterop.market.micromarket.auction import auction, transaction_id
from energyinterop.market.micromarket.binding import enrolled
from energyinterop.market.micromarket.delivery import delivery_interval, deviation, samples
from energyinterop.market.micromarket.ledger import OPEN, TAKEN, Ledger, Option, Trade, dumps
from energyinterop.market.micromarket.rules import MarketRule, Refused
from energyinterop.market.micromarket.spec import MarketSpec
from energyinterop.store.base import Store

MARKETS = "market.index"  # key/value namespace: market context -> its stream and namespace
T = TypeVar("T")


class MarketStateError(RuntimeError):
    """The stored market is not this one (another spec) or its log cannot be trusted."""


@dataclass(frozen=True, slots=True)
class ClearingSummary:
    start: datetime
    price: Decimal | None
    volume: Decimal
    buys: int
    sells: int


def _opposite(side: str) -> str:
    return "sell" if side == "buy" else "buy"


def streams_of(market_context: str) -> tuple[str, str]:
    """The audit stream and key/value namespace of a market context."""
    return f"market:{market_context}", f"market.{market_context}"


class MicroMarket:
    """The micromarket of ``spec.market_context``; ``settle_imbalances`` turns each delivery
    deviation into a settling transaction at the interval's clearing price (or the cap)."""

    def __init__(self, spec: MarketSpec, store: Store, *, settle_imbalances: bool = True,
                 hooks: ClearingHooks | None = None) -> None:
        self.spec, self.store, self.settle_imbalances = spec, store, settle_imbalances
        self.stream, self.namespace = streams_of(spec.market_context)
        self.quote_id = f"{spec.market_context}#quote"
        self.subscriptions = f"{self.namespace}.subscribers"  # key/value: party ID -> push address
        self.hooks = hooks
        self._lock = asyncio.Lock()
        self._ledger: Ledger | None = None
        self._log: AuditLog | None = None

    # ------------------------------------------------------------------ state

    async def _state(self) -> Ledger:
        """The ledger, read from the log on first use (call under the lock)."""
        if self._ledger is None:
            changes, head = await read_chain(self.store, self.stream)
            ledger = Ledger()
            for change in changes:
                ledger.apply(change)
            self._ledger, self._log = ledger, AuditLog(self.store, self.stream, head)
            if ledger.spec is None:
                await self.store.put_value(MARKETS, self.spec.market_context, dumps([self.stream, self.namespace]))
                await self._commit([{"kind": "open", "spec": self.spec.to_json()}])
            elif ledger.spec != self.spec.to_json():
                self._ledger = None
                raise MarketStateError(f"{self.spec.market_context}: the store holds a market with other terms")
            elif await self.store.get_value(self.namespace, "head") != dumps([head.count, head.hash]):
                # A crash between the log append and the mirror: rebuild the mirror from the log.
                await self._mirror(set(ledger.keys()), head)
        return self._ledger

    async def _commit(self, changes: list[dict[str, Any]]) -> None:
        """Fold, append to the chain, mirror: all of ``changes`` or (after a failure) a reload."""
        assert self._ledger is not None and self._log is not None
        touched: set[str] = set()
        try:
            for change in changes:
                touched |= self._ledger.apply(change)
            head = await self._log.append(changes)
        except BaseException:
            self._ledger = None  # the next call re-reads the log: it holds what really happened
            raise
        await self._mirror(touched, head)

    async def _mirror(self, keys: set[str], head: Head) -> None:
        assert self._ledger is not None
        rows: dict[str, bytes | None] = {key: self._ledger.row(key) for key in keys}
        rows["head"] = dumps([head.count, head.hash])
        await self.store.put_values(self.namespace, rows)

    async def _locked(self, action: Callable[[Ledger], Awaitable[T]]) -> T:
        async with self._lock:
            return await action(await self._state())

    async def _admitted(self, party_id: str) -> Refused | None:
        if await enrolled(self.store, party_id, self.spec.interface()):
            return None
        return Refused(MarketRule.ENROLLMENT, f"{party_id!r} is not enrolled in microgrid {self.spec.microgrid!r}")

    # ------------------------------------------------------------------ context and quotes

    async def market_context(self) -> EiMarketContext:
        return self.spec.market_context_object()

    async def market_quote(self, now: datetime) -> EiQuote:
        """The market's own quote at ``now`` (what eiDistributeQuote pushes to subscribers)."""
        async def read(ledger: Ledger) -> EiQuote:
            return self._quote(ledger, now)
        return await self._locked(read)

    async def quotes(self, party_id: str, quote_ids: Sequence[str], now: datetime) -> list[EiQuote]:
        async def read(ledger: Ledger) -> list[EiQuote]:
            found = [self._quote(ledger, now)]
            found += [ei_codec().decode(q["document"].encode()) for q in ledger.quotes.values()]
            return [q for q in found if not quote_ids or q.quote_id in quote_ids]
        return await self._locked(read)

    def _quote(self, ledger: Ledger, now: datetime) -> EiQuote:
        """The last cleared interval at its clearing price, then every interval still open
        for trading at its indicative price: what the book would clear at now (when it
        crosses), else the last clearing price with volume 0 (0 before any clearing)."""
        priced = [start for start, clearing in ledger.clearings.items() if clearing["price"] is not None]
        last = max(priced, default=None)
        last_price = ledger.clearings[last]["price"] if last else 0
        prices = [] if last is None else [(datetime.fromisoformat(last), last_price, ledger.clearings[last]["volume"])]
        start = self.spec.interval_of(now)
        while start - now <= self.spec.horizon:
            if now < self.spec.gate(start):
                result = auction(ledger.open_orders(artifacts.iso(start)), artifacts.iso(start), self.spec.gate(start),
                                 self.spec.cap_ticks())
                volume = result["volume"] if result["price"] is not None else 0
                prices.append((start, result["price"] if volume else last_price, volume))
            start += self.spec.interval
        return artifacts.market_quote(self.spec, self.quote_id, prices)

    async def publish_quotes(self, party_id: str, quotes: Sequence[EiQuote], now: datetime) -> list[ItemResult]:
        async def publish(ledger: Ledger) -> list[ItemResult]:
            refused = await self._admitted(party_id)
            results, changes = [], []
            for quote in quotes:
                if refused is not None:
                    results.append(refused.result(quote.quote_id))
                elif quote.quote_id in ledger.quotes or quote.quote_id == self.quote_id or any(
                        c["quote_id"] == quote.quote_id for c in changes):
                    results.append(Refused(MarketRule.ID_IN_USE, "the quote ID is in use").result(quote.quote_id))
                else:
                    changes.append({"kind": "quote", "at": now.isoformat(), "party": party_id,
                                    "quote_id": quote.quote_id, "document": ei_codec().encode(quote).decode()})
                    results.append(ItemResult(quote.quote_id))
            if changes:
                await self._commit(changes)
            return results
        return await self._locked(publish)

    async def cancel_quotes(self, party_id: str, quote_ids: Sequence[str], now: datetime) -> list[ItemResult]:
        async def cancel(ledger: Ledger) -> list[ItemResult]:
            mine = [q for q in dict.fromkeys(quote_ids) if ledger.quotes.get(q, {}).get("party") == party_id]
            if mine:
                await self._commit([{"kind": "quote_cancel", "at": now.isoformat(), "ids": mine}])
            return [ItemResult(q) for q in mine]
        return await self._locked(cancel)

    # ------------------------------------------------------------------ quote subscribers

    async def subscribe(self, party_id: str, url: str) -> None:
        """Push this market's quote to ``url`` (the party's SOAP endpoint, e.g. a
        :class:`~.listener.QuoteListener`) after every clearing; replaces the party's
        previous address. Kept in the store, outside the audit log: who listens is not
        market state, and a restart keeps it."""
        parsed = urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"{url!r} is not an http(s) address")
        await self.store.put_value(self.subscriptions, party_id, url.encode())

    async def unsubscribe(self, party_id: str) -> bool:
        """False when the party was not subscribed."""
        return await self.store.delete_value(self.subscriptions, party_id)

    async def subscribers(self) -> dict[str, str]:
        """Party ID -> the address its quotes are pushed to."""
        return {party: url.decode() for party, url in await self.store.list_values(self.subscriptions)}

    # ------------------------------------------------------------------ tenders

    async def create_tenders(self, party_id: str, tenders: Sequence[EiTender], now: datetime) -> list[ItemResult]:
        async def create(ledger: Ledger) -> list[ItemResult]:
            refused = await self._admitted(party_id)
            results, changes, taken = [], [], set()
            for tender in tenders:
                try:
                    if refused is not None:
                        raise refused
                    if tender.tender_id in ledger.orders or tender.tender_id in ledger.options or (
                            tender.tender_id in taken):
                        raise Refused(MarketRule.ID_IN_USE, f"tender {tender.tender_id!r} exists already")
                    changes.append({**artifacts.read_tender(self.spec, tender, party_id, now,
                                                            ledger.next_arrival + len(changes)),
                                    "at": now.isoformat()})
                    taken.add(tender.tender_id)
                    results.append(ItemResult(tender.tender_id))
                except Refused as refusal:
                    results.append(refusal.result(tender.tender_id))
            if changes:
                await self._commit(changes)
            return results
        return await self._locked(create)

    async def cancel_tenders(self, party_id: str, tender_ids: Sequence[str], now: datetime) -> list[ItemResult]:
        async def cancel(ledger: Ledger) -> list[ItemResult]:
            results, cancelled = [], []
            for tender_id in dict.fromkeys(tender_ids):
                record = ledger.orders.get(tender_id) or ledger.options.get(tender_id)
                if record is None or record.party != party_id:
                    continue  # another market's (or party's): not ours to answer
                if record.status != OPEN:
                    reason = Refused(MarketRule.GATE_CLOSED, f"tender {tender_id!r} is {record.status}")
                    results.append(reason.result(tender_id))
                elif isinstance(record, Option) or now < self.spec.gate(datetime.fromisoformat(record.start)):
                    cancelled.append(tender_id)
                    results.append(ItemResult(tender_id))
                else:
                    results.append(Refused(MarketRule.GATE_CLOSED, f"trading for {record.start} has closed")
                                   .result(tender_id))
            if cancelled:
                await self._commit([{"kind": "cancel", "at": now.isoformat(), "party": party_id, "ids": cancelled}])
            return results
        return await self._locked(cancel)

    async def tenders(self, party_id: str, tender_ids: Sequence[str]) -> list[EiTender]:
        async def read(ledger: Ledger) -> list[EiTender]:
            found: list[EiTender] = []
            for order in ledger.orders.values():
                if order.party == party_id and order.status == OPEN and (not tender_ids or order.tender_id in tender_ids):
                    expiration = None if order.expiration is None else datetime.fromisoformat(order.expiration)
                    found.append(EiTender(tender_id=order.tender_id, emix_base=artifacts.power_product(
                        self.spec, order.tender_id, TransactiveState.tender, order.side,
                        datetime.fromisoformat(order.start), self.spec.price(order.price),
                        self.spec.quantity(order.units), expiration_date=expiration, integral_only=order.aon)))
            for option in ledger.options.values():
                if option.party == party_id and option.status == OPEN and (
                        not tender_ids or option.tender_id in tender_ids):
                    found.append(ei_codec().decode(option.document.encode()))
            return found
        return await self._locked(read)

    # ------------------------------------------------------------------ transactions: options

    async def create_transactions(self, party_id: str, transactions: Sequence[EiTransaction],
                                  now: datetime) -> list[ItemResult]:
        """Taking an open option tender (state ``transaction``) or exercising a held one
        (state ``exercise``); power tenders trade only in the auction (CALL_MARKET)."""
        async def create(ledger: Ledger) -> list[ItemResult]:
            refused = await self._admitted(party_id)
            results, changes = [], []
            for tx in transactions:
                try:
                    if refused is not None:
                        raise refused
                    if tx.transaction_id in ledger.trades or any(
                            t["transaction_id"] == tx.transaction_id for c in changes for t in c["trades"]):
                        raise Refused(MarketRule.ID_IN_USE, f"transaction {tx.transaction_id!r} exists already")
                    if tx.tender_id in ledger.orders:
                        raise Refused(MarketRule.CALL_MARKET, "power tenders trade in the auction at gate closure")
                    option = ledger.options.get(tx.tender_id or "")
                    if option is None:
                        results.append(ItemResult(tx.transaction_id, 452, f"unknown tender {tx.tender_id!r}"))
                        continue
                    change = self._exercise(option, tx, party_id, now) if (
                        tx.emix_base.transactive_state == TransactiveState.exercise) else self._take(
                        option, tx, party_id, now)
                    if any(c["tender_id"] == option.tender_id for c in changes):
                        raise Refused(MarketRule.OPTION, "one change per option per request")
                    changes.append({**change, "at": now.isoformat()})
                    results.append(ItemResult(tx.transaction_id))
                except Refused as refusal:
                    results.append(refusal.result(tx.transaction_id))
            if changes:
                await self._commit(changes)
            return results
        return await self._locked(create)

    def _take(self, option: Option, tx: EiTransaction, party_id: str, now: datetime) -> dict[str, Any]:
        if option.status != OPEN or option.party == party_id:
            raise Refused(MarketRule.OPTION, f"option {option.tender_id!r} is not open to {party_id!r}")
        if now > datetime.fromisoformat(option.expiration):
            raise Refused(MarketRule.EXPIRED, f"option {option.tender_id!r} expired at {option.expiration}")
        try:
            validate_transaction(tx, ei_codec().decode(option.document.encode()))
        except TemixViolation as violation:
            raise Refused(MarketRule.OPTION, f"TEMIX rule {violation.rule.value}: {violation.detail}") from None
        taker_side = _opposite(option.side)
        holder, writer = (party_id, option.party) if taker_side == "buy" else (option.party, party_id)
        trades = [Trade(tx.transaction_id, party_id, option.tender_id, taker_side, option.start, option.premium,
                        option.units, "premium"),
                  Trade(transaction_id(option.tender_id), option.party, option.tender_id, option.side, option.start,
                        option.premium, option.units, "premium")]
        return {"kind": "option_taken", "tender_id": option.tender_id, "holder": holder, "writer": writer,
                "trades": [_fields(t) for t in trades]}

    def _exercise(self, option: Option, tx: EiTransaction, party_id: str, now: datetime) -> dict[str, Any]:
        if option.status != TAKEN or option.holder != party_id:
            raise Refused(MarketRule.OPTION, f"{party_id!r} holds no exercisable option {option.tender_id!r}")
        if now > datetime.fromisoformat(option.expiration):
            raise Refused(MarketRule.EXPIRED, f"option {option.tender_id!r} expired at {option.expiration}")
        quantity = artifacts.description_of(tx.emix_base).quantity
        if self.spec.units(quantity) != option.units:
            raise Refused(MarketRule.OPTION, f"an exercise is for the whole option ({self.spec.quantity(option.units)})")
        assert option.writer is not None
        trades = [Trade(tx.transaction_id, party_id, option.tender_id, option.holder_side, option.start, option.strike,
                        option.units, "exercise"),
                  Trade(f"{option.tender_id}-exercise", option.writer, option.tender_id,
                        _opposite(option.holder_side), option.start, option.strike, option.units, "exercise")]
        return {"kind": "exercise", "tender_id": option.tender_id, "trades": [_fields(t) for t in trades]}

    async def transactions(self, party_id: str, transaction_ids: Sequence[str]) -> list[EiTransaction]:
        async def read(ledger: Ledger) -> list[EiTransaction]:
            wanted = set(transaction_ids)
            found = [artifacts.transaction(self.spec, trade, ledger.options.get(trade.tender_id or ""))
                     for trade in ledger.trades.values() if trade.party == party_id and (
                         not wanted or trade.transaction_id in wanted)]
            for imbalance in ledger.imbalances.values():
                if imbalance.party == party_id and imbalance.transaction_id and (
                        not wanted or imbalance.transaction_id in wanted):
                    found.append(self._settlement(imbalance.transaction_id, imbalance.start,
                                                  Decimal(imbalance.deviation), imbalance.price or 0))
            return found
        return await self._locked(read)

    def _settlement(self, tx_id: str, start: str, deviation_units: Decimal, price: int) -> EiTransaction:
        """The settling transaction of a deviation: the party buys what it took beyond its
        position (sells what it gave), at the settling price, for the whole interval."""
        product = artifacts.power_product(self.spec, tx_id, TransactiveState.transaction,
                                          "buy" if deviation_units > 0 else "sell", datetime.fromisoformat(start),
                                          self.spec.price(price), abs(deviation_units))
        return EiTransaction(transaction_id=tx_id, tender_id=None, emix_base=product)

    # ------------------------------------------------------------------ deliveries

    async def deliveries(self, party_id: str, deliveries: Sequence[EiDelivery], now: datetime) -> list[ItemResult]:
        async def deliver(ledger: Ledger) -> list[ItemResult]:
            results, changes = [], []
            for delivery in deliveries:
                ours, start = self._delivered_interval(ledger, party_id, delivery)
                if not ours:
                    continue  # names nothing of this market
                try:
                    refused = await self._admitted(party_id)
                    if refused is not None:
                        raise refused
                    if delivery.ei_delivery_id in ledger.imbalances or any(
                            c["imbalance"]["delivery_id"] == delivery.ei_delivery_id for c in changes):
                        raise Refused(MarketRule.ID_IN_USE, f"delivery {delivery.ei_delivery_id!r} exists already")
                    changes.append({"kind": "delivery", "at": now.isoformat(),
                                    "imbalance": self._imbalance(ledger, party_id, delivery, start)})
                    results.append(ItemResult(delivery.ei_delivery_id))
                except Refused as refusal:
                    results.append(refusal.result(delivery.ei_delivery_id))
            if changes:
                await self._commit(changes)
            return results
        return await self._locked(deliver)

    def _delivered_interval(self, ledger: Ledger, party_id: str, delivery: EiDelivery) -> tuple[bool, datetime | None]:
        """Whether a delivery is for this market, and for which interval: its uid is one of
        the party's transactions here, or this market's context (then its own dtstart says)."""
        trade = ledger.trades.get(delivery.uid)
        if trade is not None and trade.party == party_id:
            return True, datetime.fromisoformat(trade.start)
        if delivery.uid == self.spec.market_context:
            stated = delivery_interval(delivery)
            return True, None if stated is None else stated[0]
        return False, None

    def _imbalance(self, ledger: Ledger, party_id: str, delivery: EiDelivery, start: datetime | None
                   ) -> dict[str, Any]:
        stated = delivery_interval(delivery)
        if start is None or (stated is not None and stated[0] != start):
            raise Refused(MarketRule.DELIVERY, "the delivery has no dtstart, or not the one of the interval it names")
        self.spec.check_interval(start, stated[1] if stated else self.spec.interval)
        key = artifacts.iso(start)
        position = ledger.net_positions(key).get(party_id, 0)
        found = samples(self.spec, delivery, start)
        off = deviation(found, self.spec.quantity(position))
        clearing = ledger.clearings.get(key)
        price = clearing["price"] if clearing and clearing["price"] is not None else self.spec.cap_ticks()
        settled = self.settle_imbalances and off != 0 and price is not None
        return {"delivery_id": delivery.ei_delivery_id, "party": party_id, "start": key, "position": position,
                "samples": [[artifacts.iso(s.start), int(s.duration.total_seconds()), str(s.net_import)]
                            for s in found],
                "deviation": str(off), "price": price if settled else None,
                "transaction_id": f"{delivery.ei_delivery_id}-settle" if settled else None}

    # ------------------------------------------------------------------ clearing

    async def run_due(self, now: datetime) -> list[ClearingSummary]:
        """Clear every interval whose gate closure is at or before ``now`` (in start order)."""
        async def run(ledger: Ledger) -> list[ClearingSummary]:
            done = []
            for key in sorted(start for start in ledger.book if self.spec.gate(datetime.fromisoformat(start)) <= now):
                start = datetime.fromisoformat(key)
                if self.hooks is not None and not await self.hooks.before_clearing(self, ledger, start, now):
                    continue  # waiting for the parent market
                change = auction(ledger.open_orders(key), key, self.spec.gate(start), self.spec.cap_ticks())
                await self._commit([{**change, "at": now.isoformat()}])
                price = change["price"]
                done.append(ClearingSummary(start, None if price is None else self.spec.price(price),
                                            self.spec.quantity(change["volume"]), change["buys"], change["sells"]))
            return done
        return await self._locked(run)

    # ------------------------------------------------------------------ reading the ledger (operators, demos)

    async def ledger(self) -> Ledger:
        """The current state (for reports: do not change it)."""
        return await self._locked(_itself)

    async def positions(self, start: datetime) -> dict[str, Decimal]:
        ledger = await self.ledger()
        return {party: self.spec.quantity(units) for party, units in ledger.net_positions(artifacts.iso(start)).items()}

    async def append_upstream(self, changes: list[dict[str, Any]]) -> None:
        """Record the parent market's side of a clearing (for :mod:`.uplink`; call from a hook)."""
        await self._commit(changes)


async def _itself(ledger: Ledger) -> Ledger:
    return ledger


def _fields(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in type(record).__slots__}


class ClearingHooks:
    """What a market taking part in a parent market does before it clears (see :mod:`.uplink`)."""

    async def before_clearing(self, market: MicroMarket, ledger: Ledger, start: datetime, now: datetime) -> bool:
        """True when the interval may clear now; called under the market's lock."""
        return True


__all__ = ["MARKETS", "ClearingHooks", "ClearingSummary", "MarketStateError", "MicroMarket", "streams_of"]

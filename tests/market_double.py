"""A tiny in-memory Market for the EI role tests (test-only: no clearing, no rules).

It accepts every tender with a new ID, echoes each open tender as an accepted
transaction when asked for transactions, keeps directly created transactions, takes
deliveries whose emix:uid starts with one of the party's transaction IDs, and answers a
fixed market context and the quotes published to it. ``calls`` records every mutating
call, so tests can check nothing was created twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from emix.temix import accept_tender
from energyinterop.ei import (
    EiDelivery,
    EiMarketContext,
    EiQuote,
    EiTender,
    EiTransaction,
)
from energyinterop.market import ItemResult


class MarketDouble:
    def __init__(self, market_context: str, name: str = "Test market") -> None:
        self.context = EiMarketContext(market_context=market_context, market_name=name)
        self.quotes_held: dict[str, tuple[str, EiQuote]] = {}
        self.tenders_held: dict[str, tuple[str, EiTender]] = {}
        self.transactions_held: dict[str, tuple[str, EiTransaction]] = {}
        self.deliveries_held: dict[str, tuple[str, EiDelivery]] = {}
        self.calls: list[tuple[str, str, tuple[str, ...]]] = []

    async def market_context(self) -> EiMarketContext:
        return self.context

    async def quotes(self, party_id: str, quote_ids: Sequence[str], now: datetime) -> list[EiQuote]:
        return [q for _, q in self.quotes_held.values() if not quote_ids or q.quote_id in quote_ids]

    async def publish_quotes(self, party_id: str, quotes: Sequence[EiQuote], now: datetime) -> list[ItemResult]:
        self.calls.append(("publish_quotes", party_id, tuple(q.quote_id for q in quotes)))
        return [self._add(self.quotes_held, q.quote_id, party_id, q) for q in quotes]

    async def cancel_quotes(self, party_id: str, quote_ids: Sequence[str], now: datetime) -> list[ItemResult]:
        return self._remove(self.quotes_held, party_id, quote_ids)

    async def create_tenders(self, party_id: str, tenders: Sequence[EiTender], now: datetime) -> list[ItemResult]:
        self.calls.append(("create_tenders", party_id, tuple(t.tender_id for t in tenders)))
        return [self._add(self.tenders_held, t.tender_id, party_id, t) for t in tenders]

    async def cancel_tenders(self, party_id: str, tender_ids: Sequence[str], now: datetime) -> list[ItemResult]:
        return self._remove(self.tenders_held, party_id, tender_ids)

    async def tenders(self, party_id: str, tender_ids: Sequence[str]) -> list[EiTender]:
        return [t for owner, t in self.tenders_held.values()
                if owner == party_id and (not tender_ids or t.tender_id in tender_ids)]

    async def create_transactions(self, party_id: str, transactions: Sequence[EiTransaction],
                                  now: datetime) -> list[ItemResult]:
        self.calls.append(("create_transactions", party_id, tuple(t.transaction_id for t in transactions)))
        return [self._add(self.transactions_held, t.transaction_id, party_id, t) for t in transactions]

    async def transactions(self, party_id: str, transaction_ids: Sequence[str]) -> list[EiTransaction]:
        echoed = [accept_tender(t, f"TX-{t.tender_id}") for t in await self.tenders(party_id, ())]
        direct = [t for owner, t in self.transactions_held.values() if owner == party_id]
        return [t for t in direct + echoed if not transaction_ids or t.transaction_id in transaction_ids]

    async def deliveries(self, party_id: str, deliveries: Sequence[EiDelivery], now: datetime) -> list[ItemResult]:
        ours = {t.transaction_id for t in await self.transactions(party_id, ())}
        taken = [d for d in deliveries if any(d.uid.startswith(t) for t in ours)]
        self.calls.append(("deliveries", party_id, tuple(d.ei_delivery_id for d in taken)))
        return [self._add(self.deliveries_held, d.ei_delivery_id, party_id, d) for d in taken]

    @staticmethod
    def _add(held: dict, key: str, party_id: str, item: object) -> ItemResult:
        if key in held:
            return ItemResult(key, 452, "ID in use")
        held[key] = (party_id, item)
        return ItemResult(key)

    @staticmethod
    def _remove(held: dict, party_id: str, ids: Sequence[str]) -> list[ItemResult]:
        found = [i for i in ids if i in held and held[i][0] == party_id]
        for i in found:
            del held[i]
        return [ItemResult(i) for i in found]

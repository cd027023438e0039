"""The Market protocol: what a market receives from the VTN's EI services and returns.

A VTN hosts one market per market context (an ``emix:marketContext`` URI); the
:class:`MarketRegistry` maps each URI to its market. The EI roles (``energyinterop.roles.ei``)
are the only callers: they authenticate the party, check the TEMIX rules and find the
market by the payload's market context before calling it, so a market sees only valid
artifacts from known, registered parties.

Scheduling. Every method answers at once: a market *records* what it receives (tenders,
transactions, deliveries) and answers from what it holds. Clearing tenders into
transactions is the market's own job and happens outside these calls: a
:class:`ScheduledMarket` does it in :meth:`~ScheduledMarket.run_due`, which the VTN
server's scheduler calls on its clock (e.g. at each interval's gate closure), and parties
learn the result by asking (``eiRequestTransaction``, ``eiRequestQuote``). ``now`` is passed
in, never read from a clock, so markets stay testable and sans-IO like the roles.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Protocol, runtime_checkable

from energyinterop.ei import (
    EiDelivery,
    EiMarketContext,
    EiQuote,
    EiTender,
    EiTransaction,
)


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What a market did with one item (a tender, quote, transaction or delivery).

    ``ref_id`` is the item's ID; ``code`` an EI response code (200 accepted; e.g. 452
    unknown ID, 454 invalid data, 459 a market rule refused it).
    """

    ref_id: str
    code: int = 200
    description: str | None = None

    @property
    def accepted(self) -> bool:
        return 200 <= self.code < 300


# The names the EI services use; one shape serves them all.
TenderResult = ItemResult
TransactionResult = ItemResult
DeliveryResult = ItemResult


@runtime_checkable
class Market(Protocol):
    """One market (one market context). All methods are coroutines; none raises for a
    refused item (it answers a non-2xx :class:`ItemResult`).

    Methods that take IDs only (cancel, query) answer for the IDs this market holds
    and ignore the others: the VTN asks every market it hosts, since those payloads
    carry no market context.
    """

    async def market_context(self) -> EiMarketContext:
        """The published context: URI, name, standard terms, report specifiers."""
        ...

    async def quotes(self, party_id: str, quote_ids: Sequence[str], now: datetime) -> list[EiQuote]:
        """Current quotes visible to ``party_id`` (all of them when ``quote_ids`` is empty);
        ``now`` dates indicative prices."""
        ...

    async def publish_quotes(self, party_id: str, quotes: Sequence[EiQuote], now: datetime) -> list[ItemResult]:
        """Quotes a party publishes into this market (eiCreateQuote / eiDistributeQuote)."""
        ...

    async def cancel_quotes(self, party_id: str, quote_ids: Sequence[str], now: datetime) -> list[ItemResult]:
        ...

    async def create_tenders(self, party_id: str, tenders: Sequence[EiTender], now: datetime) -> list[TenderResult]:
        """Accept or refuse each (TEMIX-valid) tender; one result per tender, in order."""
        ...

    async def cancel_tenders(self, party_id: str, tender_ids: Sequence[str], now: datetime) -> list[TenderResult]:
        ...

    async def tenders(self, party_id: str, tender_ids: Sequence[str]) -> list[EiTender]:
        """The party's open tenders (all of them when ``tender_ids`` is empty)."""
        ...

    async def create_transactions(self, party_id: str, transactions: Sequence[EiTransaction],
                                  now: datetime) -> list[TransactionResult]:
        """A party accepting tenders directly (each transaction names the tender it takes)."""
        ...

    async def transactions(self, party_id: str, transaction_ids: Sequence[str]) -> list[EiTransaction]:
        """The party's transactions (all of them when ``transaction_ids`` is empty)."""
        ...

    async def deliveries(self, party_id: str, deliveries: Sequence[EiDelivery],
                         now: datetime) -> list[DeliveryResult]:
        """Metered deliveries against this market's transactions; an empty list means
        none of them belongs to this market."""
        ...


@runtime_checkable
class ScheduledMarket(Protocol):
    """A market that does work on a clock (e.g. clearing at gate closure). The VTN server's
    scheduler calls :meth:`run_due` periodically with its clock's ``now``."""

    async def run_due(self, now: datetime) -> Sequence[object]:
        """Do whatever is due at ``now`` (clear intervals whose gate has closed); what was done."""
        ...


class MarketRegistry:
    """The markets a VTN hosts, by market context URI. Immutable once built."""

    def __init__(self, markets: Mapping[str, Market] | None = None) -> None:
        self._markets: Mapping[str, Market] = MappingProxyType(dict(markets or {}))

    def get(self, market_context: str | None) -> Market | None:
        return self._markets.get(market_context) if market_context else None

    def contexts(self) -> tuple[str, ...]:
        return tuple(self._markets)

    def markets(self) -> tuple[Market, ...]:
        """Each market once, even when it serves several contexts."""
        seen: dict[int, Market] = {}
        for market in self._markets.values():
            seen.setdefault(id(market), market)
        return tuple(seen.values())

    def __contains__(self, market_context: object) -> bool:
        return market_context in self._markets

    def __iter__(self) -> Iterator[str]:
        return iter(self._markets)

    def __len__(self) -> int:
        return len(self._markets)

"""The market's state as a pure fold over its audit log entries.

Every change the market makes is one log entry (a JSON object with a ``kind``);
:meth:`Ledger.apply` folds it into the state and names the key/value rows it touched.
The live market and ``ei-vtn market replay`` run the same fold, so a rebuilt ledger is
the live one byte for byte (:meth:`Ledger.rows`). Prices are ticks and quantities units
(integers) throughout; the :class:`~.spec.MarketSpec` turns them back into EMIX decimals.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

# Statuses of a power order and of an option.
OPEN, CANCELLED, CLEARED, EXPIRED = "open", "cancelled", "cleared", "expired"
TAKEN, EXERCISED = "taken", "exercised"
# Trades that move a party's physical position (premiums and imbalance settlements do not).
POSITION_KINDS = frozenset({"clearing", "exercise"})


def dumps(value: Any) -> bytes:
    """The one canonical JSON form (rows and log entries): sorted keys, no spaces."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(slots=True)
class Order:
    """A power tender in the book (one interval, one side)."""

    tender_id: str
    party: str
    side: str  # "buy" | "sell"
    start: str  # ISO 8601 UTC start of the interval
    price: int  # limit, ticks
    units: int
    aon: bool  # integralOnly
    arrival: int
    expiration: str | None = None
    status: str = OPEN
    filled: int = 0


@dataclass(slots=True)
class Option:
    """An option tender (call / put on power for one interval) and who holds it."""

    tender_id: str
    party: str  # the tenderer
    side: str  # the tenderer's side on the option (sell: writes it)
    option_type: str
    holder_side: str  # the holder's side on exercise
    start: str
    strike: int
    premium: int
    units: int
    expiration: str
    arrival: int
    document: str  # the eiTender as received (to check an acceptance against it)
    status: str = OPEN
    holder: str | None = None
    writer: str | None = None


@dataclass(frozen=True, slots=True)
class Trade:
    """One side of a transaction: what ``party`` bought or sold, at what price."""

    transaction_id: str
    party: str
    tender_id: str | None
    side: str
    start: str
    price: int
    units: int
    kind: str  # clearing | premium | exercise | upstream


@dataclass(frozen=True, slots=True)
class Imbalance:
    """A delivery compared with a position: per sub-interval metered power and deviation."""

    delivery_id: str
    party: str
    start: str
    position: int  # units bought (negative: sold)
    samples: tuple[tuple[str, int, str], ...]  # (sub-interval start, seconds, metered net import, decimal text)
    deviation: str  # energy-weighted mean deviation over the interval, in power units (decimal text)
    price: int | None  # settling price, ticks (None: not settled)
    transaction_id: str | None


@dataclass(slots=True)
class Ledger:
    spec: dict[str, Any] | None = None
    orders: dict[str, Order] = field(default_factory=dict)
    options: dict[str, Option] = field(default_factory=dict)
    trades: dict[str, Trade] = field(default_factory=dict)
    positions: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    clearings: dict[str, dict[str, Any]] = field(default_factory=dict)
    imbalances: dict[str, Imbalance] = field(default_factory=dict)
    quotes: dict[str, dict[str, str]] = field(default_factory=dict)
    upstream: dict[str, dict[str, Any]] = field(default_factory=dict)
    book: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # start -> open order IDs
    next_arrival: int = 1

    # ------------------------------------------------------------------ the fold

    def apply(self, entry: dict[str, Any]) -> set[str]:
        """Fold one entry; the row keys it touched."""
        handler = getattr(self, f"_on_{entry['kind']}", None)
        if handler is None:
            raise ValueError(f"unknown market log entry kind {entry['kind']!r}")
        return handler(entry)

    def _on_open(self, entry: dict[str, Any]) -> set[str]:
        self.spec = entry["spec"]
        return {"spec"}

    def _on_tender(self, entry: dict[str, Any]) -> set[str]:
        if "order" in entry:
            order = Order(**entry["order"])
            self.orders[order.tender_id] = order
            self.book[order.start].append(order.tender_id)
            self.next_arrival = max(self.next_arrival, order.arrival + 1)
            return {f"order/{order.tender_id}"}
        option = Option(**entry["option"])
        self.options[option.tender_id] = option
        self.next_arrival = max(self.next_arrival, option.arrival + 1)
        return {f"option/{option.tender_id}"}

    def _on_cancel(self, entry: dict[str, Any]) -> set[str]:
        touched = set()
        for tender_id in entry["ids"]:
            if tender_id in self.orders:
                order = self.orders[tender_id]
                order.status = CANCELLED
                self.book[order.start].remove(tender_id)
                touched.add(f"order/{tender_id}")
            else:
                self.options[tender_id].status = CANCELLED
                touched.add(f"option/{tender_id}")
        return touched

    def _on_upstream_filled(self, entry: dict[str, Any]) -> set[str]:
        """The parent market's fills, as one firm order of the upstream party in this book."""
        touched = self._on_tender(entry) if "order" in entry else set()
        record = self.upstream.setdefault(entry["start"], {"sent": [], "filled": []})
        record["filled"] = entry["transactions"]
        return touched | {f"upstream/{entry['start']}"}

    def _on_upstream_sent(self, entry: dict[str, Any]) -> set[str]:
        self.upstream[entry["start"]] = {"sent": entry["tenders"], "filled": []}
        return {f"upstream/{entry['start']}"}

    def _on_clearing(self, entry: dict[str, Any]) -> set[str]:
        start = entry["start"]
        fills = dict(entry["fills"])
        expired = set(entry["expired"])
        touched = {f"clearing/{start}"}
        for tender_id in self.book.pop(start, []):
            order = self.orders[tender_id]
            order.status = EXPIRED if tender_id in expired else CLEARED
            order.filled = fills.get(tender_id, 0)
            touched.add(f"order/{tender_id}")
        self.clearings[start] = {key: entry[key] for key in ("price", "volume", "cap", "buys", "sells")}
        return touched | self._trades(entry["trades"])

    def _on_option_taken(self, entry: dict[str, Any]) -> set[str]:
        option = self.options[entry["tender_id"]]
        option.status, option.holder, option.writer = TAKEN, entry["holder"], entry["writer"]
        return {f"option/{option.tender_id}"} | self._trades(entry["trades"])

    def _on_exercise(self, entry: dict[str, Any]) -> set[str]:
        option = self.options[entry["tender_id"]]
        option.status = EXERCISED
        return {f"option/{option.tender_id}"} | self._trades(entry["trades"])

    def _on_delivery(self, entry: dict[str, Any]) -> set[str]:
        data = dict(entry["imbalance"])
        data["samples"] = tuple(tuple(sample) for sample in data["samples"])
        imbalance = Imbalance(**data)
        self.imbalances[imbalance.delivery_id] = imbalance
        return {f"imbalance/{imbalance.delivery_id}"}

    def _on_quote(self, entry: dict[str, Any]) -> set[str]:
        self.quotes[entry["quote_id"]] = {"party": entry["party"], "document": entry["document"]}
        return {f"quote/{entry['quote_id']}"}

    def _on_quote_cancel(self, entry: dict[str, Any]) -> set[str]:
        for quote_id in entry["ids"]:
            del self.quotes[quote_id]
        return {f"quote/{quote_id}" for quote_id in entry["ids"]}

    def _trades(self, trades: Iterable[dict[str, Any]]) -> set[str]:
        touched = set()
        for data in trades:
            trade = Trade(**data)
            self.trades[trade.transaction_id] = trade
            touched.add(f"trade/{trade.transaction_id}")
            if trade.kind in POSITION_KINDS:
                held = self.positions[trade.start]
                held[trade.party] = held.get(trade.party, 0) + (trade.units if trade.side == "buy" else -trade.units)
                touched.add(f"position/{trade.start}/{trade.party}")
        return touched

    # ------------------------------------------------------------------ rows (the key/value image)

    def row(self, key: str) -> bytes | None:
        """The stored form of one row; None when the row no longer exists."""
        kind, _, name = key.partition("/")
        if kind == "spec":
            return dumps(self.spec)
        if kind == "position":
            start, _, party = name.partition("/")
            units = self.positions.get(start, {}).get(party)
            return None if units is None else dumps(units)
        table: dict[str, Any] = {"order": self.orders, "option": self.options, "trade": self.trades,
                                 "clearing": self.clearings, "imbalance": self.imbalances, "quote": self.quotes,
                                 "upstream": self.upstream}[kind]
        value = table.get(name)
        if value is None:
            return None
        return dumps(value if isinstance(value, dict) else asdict(value))

    def keys(self) -> Iterator[str]:
        if self.spec is not None:
            yield "spec"
        for prefix, table in (("order", self.orders), ("option", self.options), ("trade", self.trades),
                              ("clearing", self.clearings), ("imbalance", self.imbalances), ("quote", self.quotes),
                              ("upstream", self.upstream)):
            for name in table:
                yield f"{prefix}/{name}"
        for start, held in self.positions.items():
            for party in held:
                yield f"position/{start}/{party}"

    def rows(self) -> dict[str, bytes]:
        """Every row, as the market stores them."""
        return {key: row for key in self.keys() if (row := self.row(key)) is not None}

    # ------------------------------------------------------------------ queries

    def open_orders(self, start: str) -> list[Order]:
        return [self.orders[i] for i in self.book.get(start, [])]

    def net_positions(self, start: str) -> dict[str, int]:
        return dict(self.positions.get(start, {}))

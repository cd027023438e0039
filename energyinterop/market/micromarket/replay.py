"""The audit rebuild: ledger and positions from the hash-chained log alone, compared byte
for byte with what the market stores, every clearing re-run and compared with the log.

A broken chain raises nothing here: it is a finding (:attr:`Replay.problems`, the first
bad entry named), and nothing after it is trusted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from energyinterop.market.micromarket.audit import TamperedLog, read_chain
from energyinterop.market.micromarket.auction import auction
from energyinterop.market.micromarket.ledger import Ledger, dumps
from energyinterop.market.micromarket.market import MARKETS, streams_of
from energyinterop.market.micromarket.spec import MarketSpec
from energyinterop.store.base import Store


@dataclass(slots=True)
class Replay:
    market_context: str
    entries: int = 0
    ledger: Ledger = field(default_factory=Ledger)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


async def hosted(store: Store) -> list[str]:
    """The market contexts that have a log in ``store``."""
    return [key for key, _ in await store.list_values(MARKETS)]


async def replay(store: Store, market_context: str) -> Replay:
    result = Replay(market_context)
    stream, namespace = streams_of(market_context)
    try:
        changes, head = await read_chain(store, stream)
    except TamperedLog as tampered:
        result.problems.append(f"tampered log: entry {tampered.number}: {tampered.reason}")
        return result
    result.entries = head.count
    for number, change in enumerate(changes, start=1):
        if change["kind"] == "clearing" and result.ledger.spec is not None:
            problem = _recleared(result.ledger, change)
            if problem:
                result.problems.append(f"entry {number}: {problem}")
        result.ledger.apply(change)
    stored = dict(await store.list_values(namespace))
    if stored.pop("head", None) != dumps([head.count, head.hash]):
        result.problems.append(f"the stored head is not the log's ({head.count} entries): entries were cut or added")
    rebuilt = result.ledger.rows()
    for key in sorted(set(stored) | set(rebuilt)):
        if stored.get(key) != rebuilt.get(key):
            what = "missing" if key not in stored else "not in the log" if key not in rebuilt else "differs"
            result.problems.append(f"stored row {key!r} {what}")
    return result


def _recleared(ledger: Ledger, change: dict) -> str | None:
    """Re-run a logged clearing on the book the log had built; the difference, if any."""
    assert ledger.spec is not None
    spec = MarketSpec.from_json(ledger.spec)
    start = change["start"]
    again = auction(ledger.open_orders(start), start, spec.gate(datetime.fromisoformat(start)), change["cap"])
    logged = {key: value for key, value in change.items() if key != "at"}
    if json.loads(dumps(again)) != logged:
        return f"the clearing of {start} does not follow from the book"
    return None

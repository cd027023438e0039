"""One interval's call auction: the open book in, the clearing log entry out (pure).

The book is the interval's open orders; those whose expiration is before the gate
closure are excluded (they lapsed before trading closed). :func:`energyinterop.market.clearing.clear`
prices and fills the rest; every fill becomes a trade for the order's party with the
market as counterparty (transaction ID ``<tenderID>-tx``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np

from energyinterop.market.clearing import Orders, clear
from energyinterop.market.micromarket.ledger import Order, Trade


def transaction_id(tender_id: str) -> str:
    return f"{tender_id}-tx"


def _side(orders: list[Order]) -> Orders:
    return Orders(price=np.array([o.price for o in orders], dtype=np.int64),
                  quantity=np.array([o.units for o in orders], dtype=np.int64),
                  all_or_none=np.array([o.aon for o in orders], dtype=bool),
                  arrival=np.array([o.arrival for o in orders], dtype=np.int64))


def auction(orders: list[Order], start: str, gate: datetime, cap: int | None) -> dict[str, Any]:
    """The ``clearing`` change for the interval starting at ``start`` (ISO text)."""
    expired = [o for o in orders if o.expiration is not None and datetime.fromisoformat(o.expiration) < gate]
    lapsed = {o.tender_id for o in expired}
    live = [o for o in orders if o.tender_id not in lapsed]
    buys = [o for o in live if o.side == "buy"]
    sells = [o for o in live if o.side == "sell"]
    result = clear(_side(buys) if buys else Orders.empty(), _side(sells) if sells else Orders.empty(), price_cap=cap)
    fills = [(o, int(f)) for side, filled in ((buys, result.buy_fills), (sells, result.sell_fills))
             for o, f in zip(side, filled.tolist()) if f]
    trades = [Trade(transaction_id(o.tender_id), o.party, o.tender_id, o.side, start, int(result.price or 0), units,
                    "clearing") for o, units in fills]
    return {"kind": "clearing", "start": start, "price": result.price, "volume": int(result.volume), "cap": cap,
            "buys": len(buys), "sells": len(sells), "fills": [[o.tender_id, units] for o, units in fills],
            "expired": sorted(lapsed), "trades": [_trade(t) for t in trades]}


def _trade(trade: Trade) -> dict[str, Any]:
    return {name: getattr(trade, name) for name in Trade.__slots__}

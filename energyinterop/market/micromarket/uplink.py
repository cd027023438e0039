"""Markets of markets: a micromarket taking part in a parent market as one party.

The child market has a seat at the parent VTN: a party ID registered and enrolled there,
and an EI client (``EiSoapClient``). For each interval, at the child's gate closure (which
must come before the parent's), :class:`Uplink`:

1. pre-clears the child's book without committing it, and sends what stays unmatched
   (the net residual) upward as TEMIX tenders, one per side and price level (divisible
   residual only: an all-or-none remainder stays local), prices rounded onto the parent's
   tick in the tenderer's favour (buys down, sells up), quantities down to its unit;
2. after the parent's gate, once those tenders are no longer open there (the parent has
   cleared), reads the parent's transactions for them (``eiRequestTransaction``) and puts
   the net import into the child's book as one firm order of the upstream party
   (``upstream:<party>``) at the parent's price with the earliest arrival: a sell when the
   child bought upstream, a buy when it sold;
3. lets the child clear. The upstream order is priced at the parent's clearing price P,
   and every local order it meets was in the money at P in the pre-clearing, so for a
   divisible book it fills whole: the child's net import equals its upstream transactions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any

from emix.temix import temix_power_tender
from energyinterop.ei import EiCreateTender, EiRequestTender, EiRequestTransaction
from energyinterop.market.micromarket.artifacts import description_of, iso
from energyinterop.market.micromarket.auction import auction
from energyinterop.market.micromarket.discovery import EiCaller
from energyinterop.market.micromarket.ledger import Ledger, Order
from energyinterop.market.micromarket.market import ClearingHooks
from energyinterop.market.micromarket.spec import MarketSpec

if TYPE_CHECKING:
    from energyinterop.market.micromarket.market import MicroMarket


class Uplink(ClearingHooks):
    def __init__(self, client: EiCaller, party_id: str, parent: MarketSpec, child: MarketSpec,
                 new_request_id: Callable[[], str]) -> None:
        if (parent.quantity_unit % child.quantity_unit or parent.price_tick % child.price_tick
                or parent.scale != child.scale or parent.interval != child.interval):
            raise ValueError("the parent's unit and tick must be whole multiples of the child's, on the same grid")
        if child.gate_closure <= parent.gate_closure:
            raise ValueError("the child's gate must close before the parent's")
        self.client, self.party_id, self.parent, self.child = client, party_id, parent, child
        self.new_request_id = new_request_id
        self.upstream_party = f"upstream:{party_id}"

    async def before_clearing(self, market: MicroMarket, ledger: Ledger, start: datetime, now: datetime) -> bool:
        key = iso(start)
        record = ledger.upstream.get(key)
        if record is None:
            sent = self._residual(ledger.open_orders(key), start)
            if not sent:
                return True
            tenders = [temix_power_tender(t["tender_id"], t["side"], start, self.parent.interval,
                                          self.parent.price(t["price"]), self.parent.quantity(t["units"]),
                                          self.parent.market_context, currency=self.parent.currency,
                                          interface=self.parent.interface()) for t in sent]
            await self.client.call(EiCreateTender(request_id=self.new_request_id(), party_id=self.party_id,
                                                  counter_party_id=self.parent.market_context, ei_tender=tenders))
            await market.append_upstream([{"kind": "upstream_sent", "at": now.isoformat(), "start": key,
                                           "tenders": sent}])
            return False
        if record["filled"] or not record["sent"]:
            return True
        if now < self.parent.gate(start):
            return False
        ids = [t["tender_id"] for t in record["sent"]]
        still_open = await self.client.call(EiRequestTender(request_id=self.new_request_id(),
                                                            requestor_party_id=self.party_id, tender_id=[]))
        if any(t.tender_id in ids for t in still_open.ei_tender):
            return False  # the parent has not cleared yet
        reply = await self.client.call(EiRequestTransaction(request_id=self.new_request_id(), transaction_id=[],
                                                            requestor_party_id=self.party_id))
        filled = [tx for tx in reply.ei_transaction if tx.tender_id in ids]
        await market.append_upstream([self._filled(key, filled, now)])
        return True

    def _residual(self, orders: list[Order], start: datetime) -> list[dict[str, Any]]:
        """What the pre-clearing leaves unmatched, as parent tenders (one per side and price)."""
        pre = auction(orders, iso(start), self.child.gate(start), self.child.cap_ticks())
        fills, expired = dict(pre["fills"]), set(pre["expired"])
        levels: dict[tuple[str, int], Decimal] = defaultdict(Decimal)
        for order in orders:
            left = order.units - fills.get(order.tender_id, 0)
            if left and not order.aon and order.tender_id not in expired:
                rounding = ROUND_FLOOR if order.side == "buy" else ROUND_CEILING
                price = int((self.child.price(order.price) / self.parent.price_tick).to_integral_value(rounding))
                levels[(order.side, price)] += self.child.quantity(left)
        sent = []
        for (side, price), quantity in sorted(levels.items()):
            units = int(quantity // self.parent.quantity_unit)
            if units:
                sent.append({"tender_id": f"{self.party_id}:{iso(start)}:{side}:{price}", "side": side,
                             "price": price, "units": units})
        return sent

    def _filled(self, key: str, transactions: list[Any], now: datetime) -> dict[str, Any]:
        net = Decimal(0)  # bought upstream, in power units
        price = None
        for tx in transactions:
            description = description_of(tx.emix_base)
            net += description.quantity if tx.emix_base.side.value == "buy" else -description.quantity
            price = self.child.ticks(description.price.value)
        change: dict[str, Any] = {"kind": "upstream_filled", "at": now.isoformat(), "start": key,
                                  "transactions": sorted(tx.transaction_id for tx in transactions)}
        units = self.child.units(abs(net)) if net else 0
        if units and price is not None:
            change["order"] = {"tender_id": f"{self.upstream_party}:{key}", "party": self.upstream_party,
                               "side": "sell" if net > 0 else "buy", "start": key, "price": price, "units": units,
                               "aon": False, "arrival": 0, "expiration": None, "status": "open", "filled": 0}
        return change

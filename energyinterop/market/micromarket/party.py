"""The VEN side of trading: one party (a device, a building) talking EI to a VTN's markets.

    party = TradingParty(EiSoapClient(vtn_url, session), "battery-1")
    await party.join("building-7")                # register, enroll in the microgrid
    [spec] = await party.discover()               # the market's terms
    await party.tender(party.power(spec, "T1", "sell", start, "0.28", "2"))
    for tx in await party.transactions(): ...     # what cleared

Every call raises :class:`TradingError` when the VTN answers with an error code.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from decimal import Decimal
from typing import Any

from emix.temix import DecimalLike, create_tender, temix_power_tender
from energyinterop.ei import (
    EiCreateDelivery,
    EiCreatePartyRegistration,
    EiDelivery,
    EiRegistrationInfo,
    EiRequestTransaction,
    EiTender,
    EiTransaction,
    Product,
)
from energyinterop.market.micromarket.artifacts import description_of
from energyinterop.market.micromarket.binding import enrollment
from energyinterop.market.micromarket.discovery import EiCaller, discover
from energyinterop.market.micromarket.spec import MarketSpec


class TradingError(RuntimeError):
    def __init__(self, what: str, code: str, description: str | None) -> None:
        super().__init__(f"{what}: {code} {description}")
        self.code = code


def _ok(what: str, reply: Any) -> Any:
    response = reply.ei_response
    if not response.response_code.startswith("2"):
        raise TradingError(what, response.response_code, response.response_description)
    return reply


class TradingParty:
    def __init__(self, client: EiCaller, party_id: str) -> None:
        self.client, self.party_id = client, party_id
        self._requests = itertools.count(1)

    def request_id(self) -> str:
        return f"{self.party_id}-{next(self._requests)}"

    async def join(self, microgrid: str) -> None:
        """Register (the party must be provisioned, or the VTN auto-accept) and enroll."""
        _ok("register", await self.client.call(EiCreatePartyRegistration(
            request_id=self.request_id(), registree_party_id=self.party_id, ei_registration_info=EiRegistrationInfo())))
        _ok("enroll", await self.client.call(enrollment(self.request_id(), self.party_id, microgrid)))

    async def discover(self) -> list[MarketSpec]:
        return await discover(self.client, self.party_id, self.request_id)

    @staticmethod
    def power(spec: MarketSpec, tender_id: str, side: str, start: datetime, price: DecimalLike,
              quantity: DecimalLike, **extra: Any) -> EiTender:
        """A power tender for one interval of ``spec``'s market."""
        return temix_power_tender(tender_id, side, start, spec.interval, price, quantity, spec.market_context,
                                  currency=spec.currency, interface=spec.interface(), **extra)

    async def tender(self, *tenders: EiTender) -> dict[str, tuple[int, str | None]]:
        """Code and description per tender ID (the request itself must be accepted)."""
        reply = _ok("tender", await self.client.call(create_tender(self.request_id(), self.party_id, "vtn",
                                                                   *tenders)))
        return {r.ref_id.value: (int(r.response_code), r.response_description) for r in reply.responses.response}

    async def transactions(self) -> list[EiTransaction]:
        reply = await self.client.call(EiRequestTransaction(request_id=self.request_id(), transaction_id=[],
                                                            requestor_party_id=self.party_id))
        return list(_ok("transactions", reply).ei_transaction)

    async def deliver(self, delivery: EiDelivery) -> None:
        _ok("delivery", await self.client.call(EiCreateDelivery(request_id=self.request_id(),
                                                                requestor_party_id=self.party_id,
                                                                ei_delivery=delivery)))


def net_bought(transactions: list[EiTransaction], start: datetime) -> Decimal:
    """What the power transactions for the interval at ``start`` add up to (bought minus sold)."""
    total = Decimal(0)
    for tx in transactions:
        interval = tx.emix_base.components.vcalendar_contained_component[0].properties.base_property[0]
        if interval.date_time == start and type(tx.emix_base) is Product:
            quantity = description_of(tx.emix_base).quantity
            total += quantity if tx.emix_base.side.value == "buy" else -quantity
    return total

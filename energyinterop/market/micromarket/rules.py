"""The micromarket's own rules (beyond TEMIX): each refusal names one, with the EI code."""

from __future__ import annotations

from enum import Enum

from energyinterop.market.interface import ItemResult
from energyinterop.roles.errors import Code


class MarketRule(str, Enum):
    """A rule of the reference micromarket; the value is its stable name."""

    PRODUCT = "PRODUCT"  # TEMIX power, or an option on it, at this market's microgrid
    MICROGRID = "MICROGRID"  # the artifact's interface is the market's microgrid
    ENROLLMENT = "ENROLLMENT"  # the party is enrolled (EiEnroll) in that microgrid
    CURRENCY = "CURRENCY"  # the context's currency, when one is named
    UNITS = "UNITS"  # the context's power and energy units, when named
    INTERVAL_GRID = "INTERVAL_GRID"  # one whole interval of the context's grid
    GATE_CLOSED = "GATE_CLOSED"  # before the interval's gate closure
    HORIZON = "HORIZON"  # not further ahead than the trading horizon
    PRICE_TICK = "PRICE_TICK"  # a whole number of price ticks
    QUANTITY_UNIT = "QUANTITY_UNIT"  # a whole, positive number of quantity units
    EXPIRED = "EXPIRED"  # not expired when it arrives
    ID_IN_USE = "ID_IN_USE"  # a tender, transaction or delivery ID is used once
    CALL_MARKET = "CALL_MARKET"  # power tenders trade in the auction, not bilaterally
    OPTION = "OPTION"  # taking and exercising options: who, when, how much
    DELIVERY = "DELIVERY"  # meter data that can be compared with a position

    def __str__(self) -> str:
        return self.value


_CODES = {MarketRule.ENROLLMENT: Code.NOT_REGISTERED_OR_AUTHORIZED, MarketRule.ID_IN_USE: Code.INVALID_ID}


class Refused(Exception):
    """An item the market refuses; ``result`` answers it (459 unless the rule says otherwise)."""

    def __init__(self, rule: MarketRule, detail: str) -> None:
        super().__init__(f"market rule {rule.value}: {detail}")
        self.rule, self.detail = rule, detail
        self.code = _CODES.get(rule, Code.COMPLIANCE_ERROR)

    def result(self, ref_id: str) -> ItemResult:
        return ItemResult(ref_id, int(self.code), str(self))

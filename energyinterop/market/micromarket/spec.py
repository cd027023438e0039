"""What a micromarket is (its context): products, grid, tick, units, currency, schedule, cap.

:class:`MarketSpec` is the typed form; :meth:`MarketSpec.market_context` writes it as EMIX
standard terms (``ei:eiMarketContext``) and :meth:`MarketSpec.terms` as the
``emix:terms`` every product of the market's quote carries, so a VEN reads the same facts
back with :meth:`MarketSpec.from_context` or :meth:`MarketSpec.from_quote`. Where EMIX
has a slot, the fact is in it; the rest is carried as documented in docs/market.md
("Discovery"):

===================  ==========================================================
interval length      ``xcal:granularity`` (context) / the products' ``duration``
interval grid        intervals start at whole multiples of the length since
                     1970-01-01T00:00:00Z (``xcal:tzid`` is ``UTC``)
microgrid            the product description's ``emix:emixInterface``
                     (a ``power:serviceDeliveryPoint`` naming the microgrid)
units                the description's ``power:powerItem`` / ``power:energyItem``
quantity unit        ``emix:marketGranularity`` (smallest quantity traded)
gate closure         ``emix:minimumNotificationDuration`` (lead before the start)
trading horizon      ``emix:maximumNotificationDuration``
price tick, cap      ``resource:offerCurve``: segment 1's price is the tick,
                     segment 2's (absent: no cap) the cap; EMIX has no price term
currency             ``emix:currency``
rules                ``emix:nonStandardTermsHandling`` = reject
===================  ==========================================================
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from emix.temix import real_energy, real_power
from energyinterop.ei import (
    ArrayOfTerms,
    Duration,
    EiMarketContext,
    EiQuote,
    Granularity,
    MarketGranularity,
    MaximumNotificationDuration,
    MinimumNotificationDuration,
    NonStandardTermsHandling,
    OfferCurve,
    OfferSegment,
    Price,
    Product,
    ServiceDeliveryPoint,
    SiScaleCode,
    StandardTerms,
    StandardTermsSet,
    TemixPower,
    TzidParam,
    WsCalendarAttach,
)
from energyinterop.market.micromarket.rules import MarketRule, Refused

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# int64 holds the clearing's prices and units; refuse what would not fit with room to add.
_LIMIT = 2**62


class SpecError(ValueError):
    """A market context that cannot be read as a micromarket's (a missing or broken term)."""


@dataclass(frozen=True, slots=True)
class MarketSpec:
    """One micromarket's context. Prices are per ``scale``Wh, quantities in ``scale``W."""

    market_context: str  # the URI
    name: str
    microgrid: str  # the service delivery point it balances
    interval: timedelta
    price_tick: Decimal
    quantity_unit: Decimal
    currency: str = "USD"
    price_cap: Decimal | None = None
    gate_closure: timedelta = timedelta(minutes=5)  # lead before an interval's start
    horizon: timedelta = timedelta(days=1)
    scale: str = "k"  # SI scale of W and Wh

    def __post_init__(self) -> None:
        if self.interval <= timedelta(0) or self.interval.microseconds:
            raise SpecError(f"the interval must be positive whole seconds, not {self.interval}")
        if self.price_tick <= 0 or self.quantity_unit <= 0:
            raise SpecError("the price tick and the quantity unit must be positive")
        if self.gate_closure < timedelta(0) or self.horizon <= self.gate_closure:
            raise SpecError("the gate closure lead must be >= 0 and below the horizon")
        try:
            self.cap_ticks()  # on the tick grid
            SiScaleCode(self.scale)
        except (Refused, ValueError) as exc:
            raise SpecError(str(exc)) from None

    # ------------------------------------------------------------------ grid and integers

    def ticks(self, price: Decimal, what: str = "price") -> int:
        """A price as a whole number of ticks; off the grid is refused (PRICE_TICK)."""
        return _whole(price, self.price_tick, MarketRule.PRICE_TICK, what)

    def units(self, quantity: Decimal) -> int:
        """A quantity as a whole, positive number of units (QUANTITY_UNIT)."""
        units = _whole(quantity, self.quantity_unit, MarketRule.QUANTITY_UNIT, "quantity")
        if units <= 0:
            raise Refused(MarketRule.QUANTITY_UNIT, f"the quantity {quantity} is below one unit ({self.quantity_unit})")
        return units

    def price(self, ticks: int) -> Decimal:
        return self.price_tick * ticks

    def quantity(self, units: int) -> Decimal:
        return self.quantity_unit * units

    def cap_ticks(self) -> int | None:
        return None if self.price_cap is None else self.ticks(self.price_cap, "price cap")

    def check_interval(self, start: datetime, duration: timedelta) -> None:
        """One whole interval of the grid (INTERVAL_GRID)."""
        if duration != self.interval or (start - EPOCH) % self.interval:
            raise Refused(MarketRule.INTERVAL_GRID, f"{start.isoformat()} + {duration} is not one interval of the "
                                                    f"{self.interval} grid")

    def gate(self, start: datetime) -> datetime:
        """When trading for the interval starting at ``start`` closes (and it clears)."""
        return start - self.gate_closure

    def interval_of(self, moment: datetime) -> datetime:
        """The start of the interval holding ``moment``."""
        return moment - (moment - EPOCH) % self.interval

    # ------------------------------------------------------------------ EMIX

    def interface(self) -> ServiceDeliveryPoint:
        return ServiceDeliveryPoint(node=self.microgrid)

    def description(self, price: Decimal, quantity: Decimal) -> TemixPower:
        """A TEMIX power description at the microgrid, in the market's units."""
        return TemixPower(emix_interface=self.interface(), price=Price(value=price), power_item=real_power(self.scale),
                          energy_item=real_energy(self.scale), quantity=quantity)

    def terms(self) -> ArrayOfTerms:
        power = real_power(self.scale)
        segments = [OfferSegment(segment=1, price=Price(value=self.price_tick), quantity=self.quantity_unit,
                                 power_item=power, energy_item=real_energy(self.scale), integral_only=False)]
        if self.price_cap is not None:
            segments.append(OfferSegment(segment=2, price=Price(value=self.price_cap), quantity=self.quantity_unit,
                                         power_item=power, energy_item=real_energy(self.scale), integral_only=False))
        return ArrayOfTerms(base_term=[
            MarketGranularity(quantity=self.quantity_unit, item_base=power),
            MinimumNotificationDuration(duration=Duration(duration=self.gate_closure)),
            MaximumNotificationDuration(duration=Duration(duration=self.horizon)),
            OfferCurve(offer_segment=segments),
        ])

    def market_context_object(self) -> EiMarketContext:
        """The published ``ei:eiMarketContext``: everything in its standard terms."""
        return EiMarketContext(market_context=self.market_context, market_name=self.name, standard_terms=StandardTerms(
            market_context=self.market_context, market_context_name=self.name,
            standard_terms_set=[StandardTermsSet(terms=self.terms(),
                                                 non_standard_terms_handling=NonStandardTermsHandling.reject)],
            product_description=self.description(self.price_tick, self.quantity_unit),
            granularity=Granularity(duration=self.interval), tzid=TzidParam(text="UTC"), currency=self.currency,
            non_standard_terms_handling=NonStandardTermsHandling.reject))

    @classmethod
    def from_context(cls, context: EiMarketContext) -> MarketSpec:
        terms = context.standard_terms
        if terms is None or not terms.standard_terms_set or terms.granularity is None:
            raise SpecError(f"{context.market_context}: no standard terms with a set and a granularity")
        description = terms.product_description
        if not isinstance(description, TemixPower):
            raise SpecError(f"{context.market_context}: the standard product is not power:temixPower")
        return _from_parts(context.market_context, context.market_name or context.market_context, description,
                           terms.standard_terms_set[0].terms, terms.currency, terms.granularity.duration)

    @classmethod
    def from_quote(cls, quote: EiQuote, name: str | None = None) -> MarketSpec:
        """From the market's quote (see :mod:`.quotes`): its first product carries the terms."""
        products = [p for p in quote.emix_base if isinstance(p, Product) and p.terms is not None]
        if not products:
            raise SpecError(f"quote {quote.quote_id!r} carries no product with terms")
        product = products[0]
        try:
            properties = product.components.vcalendar_contained_component[0].properties.base_property
            description = next(i for p in properties if isinstance(p, WsCalendarAttach) for i in p.items)
            duration = next(p.duration for p in properties if type(p) is Duration)
        except (IndexError, AttributeError, StopIteration):
            raise SpecError(f"quote {quote.quote_id!r}: its first product has no interval with a description") from None
        return _from_parts(product.market_context, name or product.market_context, description, product.terms,
                           product.currency, duration)

    # ------------------------------------------------------------------ JSON (the audit log's first entry)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, timedelta):
                data[key] = int(value.total_seconds())
            elif isinstance(value, Decimal):
                data[key] = str(value)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MarketSpec:
        values = dict(data)
        for key in ("interval", "gate_closure", "horizon"):
            values[key] = timedelta(seconds=values[key])
        for key in ("price_tick", "quantity_unit", "price_cap"):
            values[key] = None if values[key] is None else Decimal(values[key])
        return cls(**values)

    def fingerprint(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True)


def _whole(value: Decimal, step: Decimal, rule: MarketRule, what: str) -> int:
    try:
        ratio = Decimal(value) / step
        whole = ratio.to_integral_value()
    except (InvalidOperation, TypeError, ValueError):
        raise Refused(rule, f"the {what} {value!r} is not a number") from None
    if ratio != whole:
        raise Refused(rule, f"the {what} {value} is not a whole multiple of {step}")
    if abs(whole) >= _LIMIT:
        raise Refused(rule, f"the {what} {value} is out of range")
    return int(whole)


def _from_parts(uri: str, name: str, description: Any, terms: ArrayOfTerms | None, currency: Any,
                interval: timedelta) -> MarketSpec:
    if not isinstance(description, TemixPower) or not isinstance(description.emix_interface, ServiceDeliveryPoint):
        raise SpecError(f"{uri}: the product is not power:temixPower at a power:serviceDeliveryPoint")
    found = {type(term): term for term in (terms.base_term if terms else [])}
    try:
        segments = sorted(found[OfferCurve].offer_segment, key=lambda s: s.segment)
        scale = description.power_item.si_scale_code if description.power_item else SiScaleCode.k
        return MarketSpec(
            market_context=uri, name=name, microgrid=description.emix_interface.node, interval=interval,
            price_tick=segments[0].price.value, quantity_unit=found[MarketGranularity].quantity,
            currency=str(getattr(currency, "value", currency) or "USD"),
            price_cap=segments[1].price.value if len(segments) > 1 else None,
            gate_closure=found[MinimumNotificationDuration].duration.duration,
            horizon=found[MaximumNotificationDuration].duration.duration,
            scale=getattr(scale, "value", scale))
    except (KeyError, IndexError, AttributeError, Refused) as exc:
        raise SpecError(f"{uri}: the terms are incomplete: {exc}") from None

"""EMIX in and out of the micromarket: tenders read into integer orders (every market
rule checked, each refusal naming its rule), trades and quotes written as TEMIX."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from emix.temix import OptionType, TemixProductKind, TemixViolation, terms_of
from energyinterop.ei import (
    ArrayOfProperties,
    ArrayOfVcalendarContainedComponents,
    DtstartProp,
    Duration,
    EiQuote,
    EiTender,
    EiTransaction,
    EmixOption,
    Price,
    Product,
    Side,
    TemixPower,
    TransactiveState,
    WsCalendarAttach,
    WsCalendarInterval,
    ei_codec,
)
from energyinterop.market.micromarket.ledger import Option, Order, Trade
from energyinterop.market.micromarket.rules import MarketRule, Refused
from energyinterop.market.micromarket.spec import MarketSpec


def iso(moment: datetime) -> str:
    return moment.isoformat()


def description_of(artifact: Any) -> TemixPower:
    """The one product description of a TEMIX-valid artifact."""
    interval = artifact.components.vcalendar_contained_component[0]
    return next(i for p in interval.properties.base_property if isinstance(p, WsCalendarAttach) for i in p.items)


def read_tender(spec: MarketSpec, tender: EiTender, party: str, now: datetime, arrival: int) -> dict[str, Any]:
    """The ``tender`` change for a tender this market accepts; :class:`Refused` otherwise."""
    try:
        terms = terms_of(tender)
    except TemixViolation as violation:
        raise Refused(MarketRule.PRODUCT, f"TEMIX rule {violation.rule.value} violated: {violation.detail}") from None
    if terms.kind not in (TemixProductKind.POWER, TemixProductKind.OPTION_POWER):
        raise Refused(MarketRule.PRODUCT, f"this market trades power and options on power, not {terms.kind.value}")
    if terms.interface != spec.interface():
        raise Refused(MarketRule.MICROGRID, f"the interface is not this market's microgrid {spec.microgrid!r}")
    if terms.currency is not None and terms.currency.value != spec.currency:
        raise Refused(MarketRule.CURRENCY, f"prices are in {spec.currency}, not {terms.currency.value}")
    _check_units(spec, description_of(tender.emix_base))
    spec.check_interval(terms.start, terms.duration)
    if now >= spec.gate(terms.start):
        raise Refused(MarketRule.GATE_CLOSED, f"trading for {iso(terms.start)} closed at {iso(spec.gate(terms.start))}")
    if terms.start - now > spec.horizon:
        raise Refused(MarketRule.HORIZON, f"{iso(terms.start)} is more than {spec.horizon} ahead")
    if terms.expiration is not None and terms.expiration <= now:
        raise Refused(MarketRule.EXPIRED, f"the tender expired at {iso(terms.expiration)}")
    expiration = None if terms.expiration is None else iso(terms.expiration)
    units = spec.units(terms.quantity)
    if terms.kind is TemixProductKind.POWER:
        order = Order(tender.tender_id, party, terms.side.value, iso(terms.start), spec.ticks(terms.price), units,
                      terms.integral_only, arrival, expiration)
        return {"kind": "tender", "order": _fields(order)}
    assert terms.option_type is not None and terms.holder_side is not None and terms.premium is not None
    option = Option(tender.tender_id, party, terms.side.value, terms.option_type.value, terms.holder_side.value,
                    iso(terms.start), spec.ticks(terms.price, "strike price"), spec.ticks(terms.premium, "premium"),
                    units, expiration or "", arrival, ei_codec().encode(tender).decode())
    return {"kind": "tender", "option": _fields(option)}


def _check_units(spec: MarketSpec, description: TemixPower) -> None:
    """Units, when named, are the market's W and Wh at its scale."""
    for item, what in ((description.power_item, "W"), (description.energy_item, "Wh")):
        if item is None:
            continue
        units = getattr(item, "item_units", None)
        scale = getattr(getattr(item, "si_scale_code", None), "value", None)
        if getattr(units, "value", units) != what or scale != spec.scale:
            raise Refused(MarketRule.UNITS, f"quantities are in {spec.scale}W and prices per {spec.scale}Wh, "
                                            f"not {scale}{getattr(units, 'value', units)}")


def _fields(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in type(record).__slots__}


def _schedule(start: datetime, duration: timedelta, description: TemixPower) -> ArrayOfVcalendarContainedComponents:
    properties = [DtstartProp(date_time=start), Duration(duration=duration), WsCalendarAttach(items=[description])]
    return ArrayOfVcalendarContainedComponents(vcalendar_contained_component=[
        WsCalendarInterval(properties=ArrayOfProperties(base_property=properties))])


def power_product(spec: MarketSpec, uid: str, state: TransactiveState, side: str, start: datetime, price: Decimal,
                  quantity: Decimal, **extra: Any) -> Product:
    return Product(components=_schedule(start, spec.interval, spec.description(price, quantity)), uid=uid,
                   transactive_state=state, currency=spec.currency, market_context=spec.market_context,
                   side=Side(side), **extra)


def transaction(spec: MarketSpec, trade: Trade, option: Option | None = None) -> EiTransaction:
    """The EiTransaction a party receives for one of its trades (TEMIX-valid)."""
    start = datetime.fromisoformat(trade.start)
    if trade.kind == "premium" and option is not None:
        artifact: Product | EmixOption = EmixOption(
            components=_schedule(start, spec.interval, spec.description(spec.price(option.strike),
                                                                        spec.quantity(option.units))),
            uid=trade.transaction_id, transactive_state=TransactiveState.transaction,
            expiration_date=datetime.fromisoformat(option.expiration), option_holder_side=Side(option.holder_side),
            option_premium=Price(value=spec.price(option.premium)), option_strike_price=Price(value=spec.price(option.strike)),
            option_type=OptionType(option.option_type).value, side=Side(trade.side),
            market_context=spec.market_context, currency=spec.currency)
    else:
        artifact = power_product(spec, trade.transaction_id, TransactiveState.transaction, trade.side, start,
                                 spec.price(trade.price), spec.quantity(trade.units))
    return EiTransaction(transaction_id=trade.transaction_id, tender_id=trade.tender_id, emix_base=artifact)


def market_quote(spec: MarketSpec, quote_id: str, prices: list[tuple[datetime, int, int]]) -> EiQuote:
    """The market's quote: one product in state ``publication`` per interval, at its
    (last clearing or indicative) price and volume; the first carries the market's terms."""
    products = [power_product(spec, f"{quote_id}/{iso(start)}", TransactiveState.publication, "sell", start,
                              spec.price(price), spec.quantity(volume), expiration_date=spec.gate(start),
                              terms=spec.terms() if n == 0 else None)
                for n, (start, price, volume) in enumerate(prices)]
    return EiQuote(quote_id=quote_id, emix_base=products)

"""TEMIX rules (emix.temix): every rule caught by name, builders valid on the wire."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from emix import (
    ArrayOfProperties,
    Delivery,
    DtendProp,
    DtstartProp,
    Duration,
    EiCreateTender,
    EiCreateTransaction,
    EiTender,
    EmixOption,
    EnergyReal,
    ISO3AlphaCurrencyCodeContent,
    Measurement,
    OptionType,
    Price,
    PriceRelative,
    Product,
    Side,
    SiScaleCode,
    TemixPower,
    TemixProductKind,
    TemixRule,
    TemixViolation,
    TransactiveState,
    TransportInterface,
    TransportProductDescription,
    WsCalendarAttach,
    WsCalendarGluon,
    WsCalendarInterval,
    accept_tender,
    create_tender,
    real_energy,
    real_power,
    temix_option_tender,
    temix_power_tender,
    temix_transport_tender,
    terms_of,
    validate,
    validate_create_tender,
    validate_create_transaction,
    validate_product,
    validate_tender,
    validate_transaction,
    violations,
)
from energyinterop.ei import ei_codec
from energyinterop.ei._model import ArrayOfGluonContainedComponents, ArrayOfTransportCharges, XEiRampUp
from energyinterop.xml.errors import CodecError, ResponseCode

START = datetime(2026, 3, 1, 15, 0, tzinfo=timezone.utc)
HOUR = timedelta(hours=1)
MARKET = "http://market.example.com/day-ahead"


# ----------------------------------------------------------------------------- valid tenders


def power_tender() -> EiTender:
    return temix_power_tender(
        "T-1", Side.buy, START, HOUR, Decimal("42.50"), Decimal("1.5"), MARKET,
        expiration=START - timedelta(minutes=5), interface="NODE-7",
        power_unit=real_power(SiScaleCode.M), energy_unit=real_energy(SiScaleCode.M),
    )


def option_tender() -> EiTender:
    return temix_option_tender(
        "O-1", Side.sell, START, timedelta(minutes=15), strike_price="55", premium="2.25", quantity=3,
        market_context=MARKET, option_type=OptionType.put, expiration=START - HOUR, interface="NODE-7",
    )


def transport_tender() -> EiTender:
    return temix_transport_tender(
        "X-1", "sell", START, HOUR, "1.10", 5, MARKET, point_of_receipt="HUB-A", point_of_delivery="HUB-B",
    )


def artifact(tender: EiTender) -> Product | EmixOption:
    return tender.emix_base  # type: ignore[return-value]


def interval(tender: EiTender) -> WsCalendarInterval:
    return artifact(tender).components.vcalendar_contained_component[0]  # type: ignore[return-value]


def props(tender: EiTender) -> list:
    return interval(tender).properties.base_property  # type: ignore[union-attr]


def description(tender: EiTender) -> TemixPower:
    attach = next(p for p in props(tender) if isinstance(p, WsCalendarAttach))
    return attach.items[0]  # type: ignore[return-value]


def replace_prop(tender: EiTender, kind: type, new: object | None) -> None:
    """Replace (or, with None, remove) the interval property of class ``kind``."""
    items = props(tender)
    index = next(i for i, p in enumerate(items) if type(p) is kind)
    if new is None:
        del items[index]
    else:
        items[index] = new


def rules(obj: object) -> list[TemixRule]:
    return [v.rule for v in violations(obj)]


@pytest.mark.parametrize("make", [power_tender, option_tender, transport_tender])
def test_valid_tenders_pass(make: Callable[[], EiTender]) -> None:
    tender = make()
    assert violations(tender) == []
    validate_tender(tender)
    validate(tender)
    validate_product(tender.emix_base)


def test_terms_of_reads_the_four_kinds() -> None:
    power = terms_of(power_tender())
    assert power.kind is TemixProductKind.POWER
    assert (power.side, power.price, power.quantity, power.start, power.end) == (
        Side.buy, Decimal("42.50"), Decimal("1.5"), START, START + HOUR)
    assert power.currency is ISO3AlphaCurrencyCodeContent.USD
    option = terms_of(option_tender())
    assert option.kind is TemixProductKind.OPTION_POWER
    assert (option.option_type, option.holder_side, option.premium, option.strike_price) == (
        OptionType.put, Side.sell, Decimal("2.25"), Decimal("55"))
    assert terms_of(transport_tender()).kind is TemixProductKind.TRANSPORT
    transport_option = temix_option_tender(
        "O-2", "buy", START, HOUR, 10, 1, 1, MARKET, "call", START,
        interface=TransportInterface(point_of_receipt="A", point_of_delivery="B"),
    )
    assert terms_of(transport_option).kind is TemixProductKind.OPTION_TRANSPORT
    assert terms_of(transport_option).holder_side is Side.buy  # a call's holder buys on exercise


# ----------------------------------------------------------------------------- each rule broken


def _second_interval(t: EiTender) -> None:
    components = artifact(t).components.vcalendar_contained_component
    components.append(copy.deepcopy(components[0]))


def _gluon(t: EiTender) -> None:
    artifact(t).components.vcalendar_contained_component[0] = WsCalendarGluon(
        properties=interval(t).properties, components=ArrayOfGluonContainedComponents())


def _second_description(t: EiTender) -> None:
    attach = next(p for p in props(t) if isinstance(p, WsCalendarAttach))
    attach.items.append(copy.deepcopy(attach.items[0]))


def _description_on_calendar(t: EiTender) -> None:
    attach = next(p for p in props(t) if isinstance(p, WsCalendarAttach))
    props(t).remove(attach)
    artifact(t).properties = ArrayOfProperties(base_property=[attach])


def _measurement(t: EiTender) -> None:
    d = description(t)
    attach = next(p for p in props(t) if isinstance(p, WsCalendarAttach))
    attach.items[0] = Measurement(quantity=d.quantity, item_base=real_power())


def _transport_description(t: EiTender) -> None:
    d = description(t)
    attach = next(p for p in props(t) if isinstance(p, WsCalendarAttach))
    attach.items[0] = TransportProductDescription(
        product_type="transport", emix_interface=d.emix_interface, price=d.price,
        transport_charges=ArrayOfTransportCharges())


def _delivery(t: EiTender) -> None:
    a = artifact(t)
    t.emix_base = Delivery(components=a.components, uid=a.uid, injection=True)


def _set(getter: Callable[[EiTender], object], name: str, value: object) -> Callable[[EiTender], None]:
    return lambda t: setattr(getter(t), name, value)


# (test id, rule, valid tender to start from, minimal change)
BREAKS: list[tuple[str, TemixRule, Callable[[], EiTender], Callable[[EiTender], None]]] = [
    ("delivery-artifact", TemixRule.PRODUCT_KIND, power_tender, _delivery),
    ("measurement-description", TemixRule.PRODUCT_KIND, power_tender, _measurement),
    ("empty-tender-id", TemixRule.IDENTIFIER, power_tender, lambda t: setattr(t, "tender_id", "")),
    ("empty-uid", TemixRule.IDENTIFIER, power_tender, _set(artifact, "uid", " ")),
    ("state-transaction", TemixRule.TRANSACTIVE_STATE, power_tender,
     _set(artifact, "transactive_state", TransactiveState.transaction)),
    ("state-unknown", TemixRule.TRANSACTIVE_STATE, option_tender, _set(artifact, "transactive_state", "offer")),
    ("no-side", TemixRule.SIDE_REQUIRED, power_tender, _set(artifact, "side", None)),
    ("bad-side", TemixRule.SIDE_REQUIRED, option_tender, _set(artifact, "side", "hold")),
    ("no-market-context", TemixRule.MARKET_CONTEXT, power_tender, _set(artifact, "market_context", "")),
    ("lower-case-currency", TemixRule.CURRENCY, power_tender, _set(artifact, "currency", "usd")),
    ("unknown-currency", TemixRule.CURRENCY, option_tender, _set(artifact, "currency", "XYZ")),
    ("two-intervals", TemixRule.ONE_INTERVAL, power_tender, _second_interval),
    ("gluon", TemixRule.ONE_INTERVAL, power_tender, _gluon),
    ("no-interval", TemixRule.ONE_INTERVAL, option_tender,
     lambda t: artifact(t).components.vcalendar_contained_component.clear()),
    ("no-dtstart", TemixRule.INTERVAL_START, power_tender, lambda t: replace_prop(t, DtstartProp, None)),
    ("date-dtstart", TemixRule.INTERVAL_START, power_tender,
     lambda t: replace_prop(t, DtstartProp, DtstartProp(date=date(2026, 3, 1)))),
    ("floating-dtstart", TemixRule.INTERVAL_START, power_tender,
     lambda t: replace_prop(t, DtstartProp, DtstartProp(date_time=datetime(2026, 3, 1, 15)))),
    ("zero-duration", TemixRule.INTERVAL_DURATION, power_tender,
     lambda t: replace_prop(t, Duration, Duration(duration=timedelta(0)))),
    ("negative-duration", TemixRule.INTERVAL_DURATION, option_tender,
     lambda t: replace_prop(t, Duration, Duration(duration=-HOUR))),
    ("fractional-duration", TemixRule.INTERVAL_DURATION, power_tender,
     lambda t: replace_prop(t, Duration, Duration(duration=timedelta(seconds=1.5)))),
    ("no-duration", TemixRule.INTERVAL_DURATION, power_tender, lambda t: replace_prop(t, Duration, None)),
    ("dtend-instead", TemixRule.INTERVAL_DURATION, power_tender,
     lambda t: replace_prop(t, Duration, DtendProp(date_time=START + HOUR))),
    ("two-descriptions", TemixRule.ONE_DESCRIPTION, power_tender, _second_description),
    ("no-description", TemixRule.ONE_DESCRIPTION, power_tender, lambda t: replace_prop(t, WsCalendarAttach, None)),
    ("description-on-calendar", TemixRule.ONE_DESCRIPTION, option_tender, _description_on_calendar),
    ("ramp", TemixRule.CONSTANT_POWER, power_tender,
     lambda t: props(t).append(XEiRampUp(duration=timedelta(minutes=5)))),
    ("energy-quantity", TemixRule.CONSTANT_POWER, power_tender, _set(description, "power_item", None)),
    ("no-price", TemixRule.ONE_PRICE, power_tender, _set(description, "price", None)),
    ("nan-price", TemixRule.ONE_PRICE, power_tender, _set(description, "price", Price(value=Decimal("NaN")))),
    ("relative-price", TemixRule.ONE_PRICE, power_tender,
     _set(description, "price", PriceRelative(value=Decimal(1)))),
    ("strike-differs", TemixRule.ONE_PRICE, option_tender, _set(description, "price", Price(value=Decimal(54)))),
    ("no-quantity", TemixRule.ONE_QUANTITY, power_tender, _set(description, "quantity", None)),
    ("infinite-quantity", TemixRule.ONE_QUANTITY, option_tender, _set(description, "quantity", Decimal("Infinity"))),
    ("quantity-beyond-float", TemixRule.ONE_QUANTITY, power_tender, _set(description, "quantity", Decimal("1E39"))),
    ("transport-description", TemixRule.ONE_QUANTITY, transport_tender, _transport_description),
    ("negative-quantity", TemixRule.NON_NEGATIVE_QUANTITY, power_tender, _set(description, "quantity", Decimal(-1))),
    ("expires-after-start", TemixRule.EXPIRATION, power_tender,
     _set(artifact, "expiration_date", START + timedelta(seconds=1))),
    ("option-expires-after-start", TemixRule.EXPIRATION, option_tender,
     _set(artifact, "expiration_date", START + HOUR)),
    ("naive-expiration", TemixRule.EXPIRATION, power_tender,
     _set(artifact, "expiration_date", datetime(2026, 3, 1, 14))),
    ("no-holder-side", TemixRule.OPTION_TERMS, option_tender, _set(artifact, "option_holder_side", None)),
    ("negative-premium", TemixRule.OPTION_TERMS, option_tender,
     _set(artifact, "option_premium", Price(value=Decimal("-0.01")))),
    ("no-strike", TemixRule.OPTION_TERMS, option_tender, _set(artifact, "option_strike_price", None)),
    ("option-no-expiration", TemixRule.OPTION_TERMS, option_tender, _set(artifact, "expiration_date", None)),
    ("extension-option-type", TemixRule.OPTION_TYPE, option_tender, _set(artifact, "option_type", "x-swing")),
    ("upper-case-option-type", TemixRule.OPTION_TYPE, option_tender, _set(artifact, "option_type", "CALL")),
]


@pytest.mark.parametrize(("rule", "make", "change"), [b[1:] for b in BREAKS], ids=[b[0] for b in BREAKS])
def test_each_rule_caught_by_name(
    rule: TemixRule, make: Callable[[], EiTender], change: Callable[[EiTender], None]
) -> None:
    tender = make()
    change(tender)
    assert rules(tender) == [rule]
    with pytest.raises(TemixViolation) as caught:
        validate_tender(tender)
    violation = caught.value
    assert violation.rule is rule
    assert isinstance(violation, CodecError)
    assert violation.code is ResponseCode.COMPLIANCE_ERROR == 459
    assert rule.value in str(violation) and f"tenderID={tender.tender_id or '?'}" in str(violation)


def test_every_rule_has_a_breaking_case() -> None:
    covered = {b[1] for b in BREAKS} | {TemixRule.ACCEPTS_TENDER}  # tested with transactions below
    assert covered == set(TemixRule)


def test_violations_lists_all_and_validate_raises_the_first() -> None:
    tender = option_tender()
    artifact(tender).side = None
    artifact(tender).option_type = "x-swing"
    description(tender).quantity = Decimal(-2)
    assert rules(tender) == [TemixRule.SIDE_REQUIRED, TemixRule.NON_NEGATIVE_QUANTITY, TemixRule.OPTION_TYPE]
    with pytest.raises(TemixViolation) as caught:
        validate(tender)
    assert caught.value.rule is TemixRule.SIDE_REQUIRED


def test_violation_locates_the_element() -> None:
    tender = power_tender()
    description(tender).quantity = Decimal(-1)
    payload = EiCreateTender(request_id="R-9", party_id="a", counter_party_id="b", ei_tender=[tender])
    with pytest.raises(TemixViolation) as caught:
        validate_create_tender(payload)
    assert caught.value.where == (
        "pyld:eiCreateTender[requestID=R-9]/ei:eiTender[tenderID=T-1]/emix:emixBase"
        "/xcal:components/xcal:interval/xcal:x-wsCalendar-attach/power:temixPower")
    assert str(caught.value).startswith(caught.value.where + ": TEMIX rule NON_NEGATIVE_QUANTITY")


def test_product_accepts_any_emix_state_but_tender_does_not() -> None:
    tender = power_tender()
    artifact(tender).transactive_state = TransactiveState.publication
    validate_product(tender.emix_base)
    assert rules(tender) == [TemixRule.TRANSACTIVE_STATE]


def test_unsupported_objects_are_reported() -> None:
    assert rules(object()) == [TemixRule.PRODUCT_KIND]
    with pytest.raises(TemixViolation):
        validate_create_tender(power_tender())  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- transactions


def test_accepting_a_tender_makes_a_valid_transaction() -> None:
    tender = option_tender()
    transaction = accept_tender(tender, "TX-1")
    assert transaction.tender_id == "O-1"
    assert artifact(tender).transactive_state is TransactiveState.tender  # the tender is left alone
    validate_transaction(transaction, tender)
    payload = EiCreateTransaction(request_id="R-1", party_id="a", counter_party_id="b", ei_transaction=[transaction])
    validate_create_transaction(payload)
    transaction.emix_base.transactive_state = TransactiveState.exercise  # an option may be exercised
    validate_transaction(transaction)


def test_transaction_rules() -> None:
    tender = power_tender()
    transaction = accept_tender(tender, "TX-1")
    transaction.emix_base.transactive_state = TransactiveState.tender
    assert rules(transaction) == [TemixRule.TRANSACTIVE_STATE]
    transaction.emix_base.transactive_state = TransactiveState.exercise  # not for a plain product
    assert rules(transaction) == [TemixRule.TRANSACTIVE_STATE]


def test_transaction_needs_an_id() -> None:
    with pytest.raises(TemixViolation) as caught:
        accept_tender(power_tender(), "")
    assert caught.value.rule is TemixRule.IDENTIFIER


def test_transaction_must_accept_its_tender() -> None:
    tender = power_tender()
    partial = accept_tender(tender, "TX-1")
    description(partial).quantity = Decimal("0.5")  # partial acceptance needs a counter-tender
    validate_transaction(partial)  # a valid transaction on its own
    with pytest.raises(TemixViolation) as caught:
        validate_transaction(partial, tender)
    assert caught.value.rule is TemixRule.ACCEPTS_TENDER and "quantity" in caught.value.detail
    other = accept_tender(tender, "TX-2")
    other.tender_id = "T-other"
    with pytest.raises(TemixViolation) as caught:
        validate_transaction(other, tender)
    assert caught.value.rule is TemixRule.ACCEPTS_TENDER


def test_builders_refuse_what_breaks_a_rule() -> None:
    with pytest.raises(TemixViolation) as caught:
        temix_power_tender("T", "buy", START, HOUR, 1, 1, MARKET, expiration=START + HOUR, interface="N")
    assert caught.value.rule is TemixRule.EXPIRATION
    with pytest.raises(TemixViolation) as caught:
        temix_power_tender("T", "bid", START, HOUR, 1, 1, MARKET, interface="N")
    assert caught.value.rule is TemixRule.SIDE_REQUIRED
    with pytest.raises(TemixViolation) as caught:
        temix_power_tender("T", "buy", datetime(2026, 1, 1), HOUR, 1, 1, MARKET, interface="N")
    assert caught.value.rule is TemixRule.INTERVAL_START
    with pytest.raises(TemixViolation) as caught:
        temix_option_tender("O", "buy", START, HOUR, 1, 1, 1, MARKET, "swing", START, interface="N")
    assert caught.value.rule is TemixRule.OPTION_TYPE


# ----------------------------------------------------------------------------- on the wire


def wire_round_trip(tender: EiTender) -> EiCreateTender:
    """Encode inside eiCreateTender, check the bytes against the schema, decode."""
    codec = ei_codec()
    payload = create_tender("R-1", "party-a", "party-b", tender)
    data = codec.encode(payload)
    root = etree.fromstring(data)
    assert codec.schema.validate(root), codec.schema.error_log
    decoded = codec.decode(data)
    assert decoded == payload
    return decoded


@pytest.mark.parametrize("make", [power_tender, option_tender, transport_tender])
def test_builder_output_is_schema_valid_and_round_trips(make: Callable[[], EiTender]) -> None:
    decoded = wire_round_trip(make())
    validate_create_tender(decoded)
    assert b'xsi:type="emix:' in ei_codec().encode(decoded)


def test_rule_breaks_beyond_the_schema_survive_the_wire() -> None:
    """Two intervals are valid XSD but not TEMIX: caught after decoding."""
    tender = power_tender()
    _second_interval(tender)
    payload = EiCreateTender(request_id="R-2", party_id="a", counter_party_id="b", ei_tender=[tender])
    decoded = ei_codec().decode(ei_codec().encode(payload))  # decode validates against the schema
    assert rules(decoded) == [TemixRule.ONE_INTERVAL]


def test_non_utc_start_is_carried_in_utc() -> None:
    plus_two = timezone(timedelta(hours=2))
    tender = temix_power_tender("T-9", "sell", START.astimezone(plus_two), HOUR, 1, 1, MARKET, interface="N")
    decoded = wire_round_trip(tender)
    assert terms_of(decoded.ei_tender[0]).start == START


# ----------------------------------------------------------------------------- property


_moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31),
    timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9, minutes=30))]),
)
_durations = st.integers(min_value=1, max_value=7 * 24 * 3600).map(lambda s: timedelta(seconds=s))
_prices = st.decimals(min_value=-10_000, max_value=10_000, places=4, allow_nan=False, allow_infinity=False)
_quantities = st.decimals(min_value=0, max_value=1_000_000, places=3, allow_nan=False, allow_infinity=False)
_leads = st.none() | st.integers(min_value=0, max_value=30 * 24 * 3600).map(lambda s: timedelta(seconds=s))
_ids = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", min_size=1, max_size=12)


@st.composite
def built_tenders(draw: st.DrawFn) -> EiTender:
    start = draw(_moments)
    lead = draw(_leads)
    common = dict(
        start=start, duration=draw(_durations), quantity=draw(_quantities), market_context=MARKET,
        currency=draw(st.sampled_from([None, "USD", ISO3AlphaCurrencyCodeContent.EUR, "JPY"])),
        integral_only=draw(st.booleans()),
        interface=draw(st.sampled_from(["NODE-1", TransportInterface(point_of_receipt="A", point_of_delivery="B")])),
    )
    if draw(st.booleans()):  # units: both (price per kWh, quantity in kW) or none
        common.update(power_unit=real_power(SiScaleCode.k), energy_unit=EnergyReal(si_scale_code=SiScaleCode.k))
    side = draw(st.sampled_from(list(Side)))
    if draw(st.booleans()):
        return temix_power_tender(
            draw(_ids), side, price=draw(_prices), expiration=None if lead is None else start - lead, **common)
    return temix_option_tender(
        draw(_ids), side, strike_price=draw(_prices), premium=abs(draw(_prices)),
        option_type=draw(st.sampled_from(list(OptionType))), expiration=start - (lead or timedelta(0)), **common)


@settings(max_examples=60, derandomize=True, deadline=None)
@given(built_tenders())
def test_builder_outputs_always_satisfy_the_rules(tender: EiTender) -> None:
    validate_tender(tender)
    decoded = wire_round_trip(tender)
    validate_tender(decoded.ei_tender[0])

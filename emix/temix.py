"""TEMIX (Transactive EMIX) rules that the XML Schema cannot express, and builders.

TEMIX is the transactive profile of EMIX 1.0. It trades four kinds of product
(:class:`TemixProductKind`): power, transport, option on power and option on
transport. Every one is a commitment to **constant power over one delivery
interval** (``dtstart`` + ``duration``), and a tender carries exactly one interval,
one price, one quantity and one side.

On the wire (``schemas/ei``) a TEMIX artifact is an ``emix:emixBase`` carried by
``ei:eiTender`` / ``ei:eiTransaction`` with ``xsi:type`` naming
``emix:ProductType`` (power, transport) or ``emix:EmixOptionType`` (options). The
artifact is a WS-Calendar ``vcalendar``: its single ``xcal:interval`` has the
``dtstart`` and ``duration`` properties and an ``xcal:x-wsCalendar-attach``
property carrying the product description, a ``power:temixPower``::

    EiTender(tender_id, emix_base=Product(
        components=[WsCalendarInterval(properties=[
            DtstartProp, Duration, WsCalendarAttach(items=[TemixPower(interface, price, quantity)])])],
        uid, transactive_state, expiration_date?, integral_only?, currency?,
        market_context, side))

Choices this module makes where the standard leaves room (each names its rule):

* TRANSPORT. ``power:TransportProductDescriptionType`` has no quantity, so it
  cannot state the single quantity every TEMIX tender has. A TEMIX transport
  product is therefore a ``power:temixPower`` whose interface is a
  ``power:transportInterface`` (point of receipt -> point of delivery); a
  ``transportProductDescription`` is reported under ``ONE_QUANTITY``.
* CONSTANT_POWER. The quantity is a constant rate of power: when a unit is
  named, ``power:powerItem`` names it (``power:energyItem`` may name the unit the
  price is per); an energy item with no power item, or a ramp (``x-eiRampUp``,
  ``x-eiRecovery``) on the interval, makes the power non-constant.
* INTERVAL_START / EXPIRATION. Instants must be absolute: ``dtstart`` is a UTC
  (timezone-aware) date-time, never a floating time or a bare date; an
  ``expirationDate`` must be aware too, and **not after the interval start**: a
  tender (or an option's right to exercise) cannot outlive the start of the
  delivery it is for.
* TRANSACTIVE_STATE. A tender is in state ``tender``; a transaction in state
  ``transaction`` (an option transaction may also be in ``exercise``); a bare
  product may be in any EMIX state.
* ONE_PRICE. The single price is an absolute ``emix:price`` with a finite value
  (negative prices are allowed: power markets have them). An option's
  description price *is* its strike price: a different value would be a second
  price.
* NON_NEGATIVE_QUANTITY. Zero is allowed; the side, not the sign, tells buying
  from selling.
* OPTION_TYPE. Only ``call`` and ``put``: the schema's private ``x-`` option
  types are not TEMIX.

Use :func:`validate` (or the typed ``validate_*``) to raise the first
:class:`TemixViolation`, :func:`violations` to list them all, :func:`terms_of` to
read a valid tender's terms as plain values, and the ``temix_*`` builders to make
valid tenders.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeAlias

from energyinterop.ei._model import (
    AggregatedPnode,
    ArrayOfProperties,
    ArrayOfVcalendarContainedComponents,
    DtendProp,
    DtstartProp,
    Duration,
    EiCreateTender,
    EiCreateTransaction,
    EiDistributeTender,
    EiReplyTender,
    EiReplyTransaction,
    EiTender,
    EiTransaction,
    EmixBase,
    EmixOption,
    EndDeviceAsset,
    EnergyApparent,
    EnergyItem,
    EnergyReactive,
    EnergyReal,
    ISO3AlphaCurrencyCodeContent,
    ItemUnits,
    MeterAsset,
    Pnode,
    PowerApparent,
    PowerAttributes,
    PowerItem,
    PowerReactive,
    PowerReal,
    Price,
    Product,
    ProductDescription,
    ServiceArea,
    ServiceDeliveryPoint,
    ServiceLocation,
    Side,
    SiScaleCode,
    TemixPower,
    TransactiveState,
    TransportInterface,
    TransportProductDescription,
    WsCalendarAttach,
    WsCalendarInterval,
    XEiRampUp,
    XEiRecovery,
)
from energyinterop.xml.errors import CodecError, ResponseCode

__all__ = [
    "DecimalLike",
    "EmixInterfaceKind",
    "EnergyUnit",
    "OptionType",
    "PowerUnit",
    "TemixProductKind",
    "TemixRule",
    "TemixTerms",
    "TemixViolation",
    "accept_tender",
    "create_tender",
    "real_energy",
    "real_power",
    "temix_option_tender",
    "temix_power_tender",
    "temix_transport_tender",
    "terms_of",
    "validate",
    "validate_create_tender",
    "validate_create_transaction",
    "validate_product",
    "validate_tender",
    "validate_transaction",
    "violations",
]

# Every concrete member of emix:emixInterface (where a product is delivered).
EmixInterfaceKind: TypeAlias = (
    AggregatedPnode | EndDeviceAsset | MeterAsset | Pnode | ServiceDeliveryPoint
    | ServiceLocation | TransportInterface | ServiceArea
)
# Units a TEMIX quantity (a rate of power) and its price (per energy) may name.
PowerUnit: TypeAlias = PowerItem | PowerApparent | PowerReactive | PowerReal
EnergyUnit: TypeAlias = EnergyItem | EnergyApparent | EnergyReactive | EnergyReal
# What the builders accept for a price or quantity (floats go through str()).
DecimalLike: TypeAlias = Decimal | int | float | str

# Largest finite xs:float: emix:quantity is an emix:QuantityType (xs:float).
_XS_FLOAT_MAX = Decimal("3.4028234663852886e38")


# ----------------------------------------------------------------------------- rules


class TemixRule(str, Enum):
    """A TEMIX rule; the value is its stable name (used in messages and logs)."""

    #: The artifact is an ``emix:ProductType`` or ``emix:EmixOptionType`` (not a
    #: delivery or a derived option such as an ancillary service) and its
    #: description a ``power:temixPower`` (or a transport product description).
    PRODUCT_KIND = "PRODUCT_KIND"
    #: ``tenderID`` / ``transactionID`` / ``emix:uid`` are present and non-empty.
    IDENTIFIER = "IDENTIFIER"
    #: The transactive state is an EMIX state, and the one the message requires.
    TRANSACTIVE_STATE = "TRANSACTIVE_STATE"
    #: The artifact says which side (buy or sell) it is on.
    SIDE_REQUIRED = "SIDE_REQUIRED"
    #: The artifact names its market context (a non-empty URI).
    MARKET_CONTEXT = "MARKET_CONTEXT"
    #: A currency, when given, is an ISO 4217 alphabetic code.
    CURRENCY = "CURRENCY"
    #: The schedule is exactly one ``xcal:interval`` (no gluon, no second interval).
    ONE_INTERVAL = "ONE_INTERVAL"
    #: The interval has exactly one ``dtstart``, an absolute (UTC) date-time.
    INTERVAL_START = "INTERVAL_START"
    #: The interval has exactly one positive ``duration`` in whole seconds, no ``dtend``.
    INTERVAL_DURATION = "INTERVAL_DURATION"
    #: Exactly one product description, attached to the interval.
    ONE_DESCRIPTION = "ONE_DESCRIPTION"
    #: The quantity is a constant rate of power over the whole interval.
    CONSTANT_POWER = "CONSTANT_POWER"
    #: Exactly one absolute, finite price (an option's equals its strike price).
    ONE_PRICE = "ONE_PRICE"
    #: Exactly one finite quantity (representable as an ``xs:float``).
    ONE_QUANTITY = "ONE_QUANTITY"
    #: The quantity is not negative.
    NON_NEGATIVE_QUANTITY = "NON_NEGATIVE_QUANTITY"
    #: An expiration date is absolute and not after the interval start.
    EXPIRATION = "EXPIRATION"
    #: An option has a holder side, a non-negative premium, a strike price and an expiration date.
    OPTION_TERMS = "OPTION_TERMS"
    #: An option's type is ``call`` or ``put``.
    OPTION_TYPE = "OPTION_TYPE"
    #: A transaction accepts its tender: same tender ID and the same terms.
    ACCEPTS_TENDER = "ACCEPTS_TENDER"

    def __str__(self) -> str:
        return self.value


class TemixViolation(CodecError):
    """A schema-valid EMIX artifact that breaks a TEMIX rule.

    ``rule`` names the rule, ``where`` locates the element (``tenderID`` included),
    ``detail`` says what is wrong. Answered with response code 459 (compliance error).
    """

    code = ResponseCode.COMPLIANCE_ERROR
    http_status = 400

    def __init__(self, rule: TemixRule, detail: str, *, where: str | None = None) -> None:
        self.rule = rule
        self.detail = detail
        self.where = where
        super().__init__(f"TEMIX rule {rule.value} violated: {detail}", path=where)


class TemixProductKind(str, Enum):
    """The four TEMIX products."""

    POWER = "power"
    TRANSPORT = "transport"
    OPTION_POWER = "optionPower"
    OPTION_TRANSPORT = "optionTransport"

    @property
    def is_option(self) -> bool:
        return self in (TemixProductKind.OPTION_POWER, TemixProductKind.OPTION_TRANSPORT)


class OptionType(str, Enum):
    """``emix:optionType`` values TEMIX uses: the right to buy (call) or to sell (put)."""

    call = "call"
    put = "put"


@dataclass(frozen=True, slots=True)
class TemixTerms:
    """The terms of one valid TEMIX artifact, as plain values (see :func:`terms_of`)."""

    kind: TemixProductKind
    uid: str
    state: TransactiveState
    side: Side
    market_context: str
    start: datetime
    duration: timedelta
    price: Decimal
    quantity: Decimal
    interface: EmixInterfaceKind
    currency: ISO3AlphaCurrencyCodeContent | None = None
    integral_only: bool = False
    expiration: datetime | None = None
    # Options only.
    option_type: OptionType | None = None
    holder_side: Side | None = None
    premium: Decimal | None = None
    strike_price: Decimal | None = None

    @property
    def end(self) -> datetime:
        """The end of the delivery interval."""
        return self.start + self.duration


# ----------------------------------------------------------------------------- checking


@dataclass(slots=True)
class _Parts:
    """What the checks found in an artifact, for :func:`terms_of`."""

    start: datetime | None = None
    duration: timedelta | None = None
    description: TemixPower | None = None


def _components_of(artifact: EmixBase) -> list[Any]:
    """The components of the artifact's calendar (a list, possibly empty)."""
    components = getattr(artifact, "components", None)
    return list(getattr(components, "vcalendar_contained_component", None) or [])


def _properties_of(component: Any) -> list[Any]:
    properties = getattr(component, "properties", None)
    return list(getattr(properties, "base_property", None) or [])


def _descriptions(properties: list[Any]) -> list[Any]:
    """The product descriptions (artifacts) attached by x-wsCalendar-attach properties."""
    return [
        item
        for prop in properties
        if isinstance(prop, WsCalendarAttach)
        for item in prop.items
        if isinstance(item, ProductDescription)
    ]


def _is_absolute(moment: Any) -> bool:
    return isinstance(moment, datetime) and moment.tzinfo is not None and moment.utcoffset() is not None


def _finite(value: Any) -> Decimal | None:
    """``value`` as a finite Decimal, or None (floats, though not the model's type, are read too)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, float)):
        return None
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    return number if number.is_finite() else None


def _number(value: Any) -> Decimal:
    """A number the checks have already found finite."""
    number = _finite(value)
    assert number is not None, value
    return number


def _state(value: Any) -> TransactiveState | None:
    try:
        return TransactiveState(value)
    except ValueError:
        return None


def _side(value: Any) -> Side | None:
    try:
        return Side(value)
    except ValueError:
        return None


# Makes a violation of a rule, located below the artifact: broken(rule, detail, at).
_Broken: TypeAlias = Callable[..., TemixViolation]


def _check_artifact(
    artifact: Any,
    where: str,
    states: frozenset[TransactiveState] | None,
    parts: _Parts,
) -> Iterator[TemixViolation]:
    """Every violation of one EMIX artifact, in rule order.

    ``states`` is the set of transactive states the carrying message allows (None:
    any EMIX state). ``parts`` is filled with what later steps need.
    """

    def broken(rule: TemixRule, detail: str, at: str = "") -> TemixViolation:
        return TemixViolation(rule, detail, where=f"{where}{at}")

    # Kind of artifact: only a plain product or a plain option is TEMIX.
    if type(artifact) not in (Product, EmixOption):
        yield broken(
            TemixRule.PRODUCT_KIND,
            f"a TEMIX artifact is an emix:ProductType or emix:EmixOptionType, not {type(artifact).__name__}",
        )
        return
    is_option = type(artifact) is EmixOption

    if not isinstance(artifact.uid, str) or not artifact.uid.strip():
        yield broken(TemixRule.IDENTIFIER, "emix:uid is empty", "/emix:uid")

    state = _state(artifact.transactive_state)
    if state is None:
        yield broken(
            TemixRule.TRANSACTIVE_STATE,
            f"{artifact.transactive_state!r} is not an EMIX transactive state",
            "/emix:transactiveState",
        )
    elif states is not None and state not in states:
        allowed = " or ".join(sorted(s.value for s in states))
        yield broken(
            TemixRule.TRANSACTIVE_STATE,
            f"the transactive state is {state.value!r}; this message requires {allowed}",
            "/emix:transactiveState",
        )

    if _side(artifact.side) is None:
        yield broken(TemixRule.SIDE_REQUIRED, f"side must be buy or sell, not {artifact.side!r}", "/emix:side")

    if not isinstance(artifact.market_context, str) or not artifact.market_context.strip():
        yield broken(TemixRule.MARKET_CONTEXT, "emix:marketContext is empty", "/emix:marketContext")

    if artifact.currency is not None:
        try:
            ISO3AlphaCurrencyCodeContent(artifact.currency)
        except ValueError:
            yield broken(
                TemixRule.CURRENCY,
                f"{artifact.currency!r} is not an ISO 4217 alphabetic currency code",
                "/emix:currency",
            )

    # One interval.
    components = _components_of(artifact)
    if len(components) != 1 or type(components[0]) is not WsCalendarInterval:
        names = ", ".join(type(c).__name__ for c in components) or "nothing"
        yield broken(
            TemixRule.ONE_INTERVAL,
            f"the schedule must be exactly one xcal:interval; it holds {names}",
            "/xcal:components",
        )
        return
    at_interval = "/xcal:components/xcal:interval"
    properties = _properties_of(components[0])

    # dtstart: exactly one, an absolute date-time.
    starts = [p for p in properties if isinstance(p, DtstartProp)]
    if len(starts) != 1:
        yield broken(TemixRule.INTERVAL_START, f"the interval has {len(starts)} dtstart, not one", at_interval)
    elif not _is_absolute(starts[0].date_time):
        what = "a date" if starts[0].date_time is None else "a floating (naive) time"
        yield broken(
            TemixRule.INTERVAL_START,
            f"dtstart is {what}; a TEMIX interval starts at a UTC date-time",
            f"{at_interval}/xcal:dtstart",
        )
    else:
        parts.start = starts[0].date_time

    # duration: exactly one, positive, whole seconds; no dtend.
    durations = [p for p in properties if type(p) is Duration]
    ends = [p for p in properties if isinstance(p, DtendProp)]
    if ends:
        yield broken(
            TemixRule.INTERVAL_DURATION,
            "the interval has a dtend; a TEMIX interval is dtstart + duration",
            f"{at_interval}/xcal:dtend",
        )
    elif len(durations) != 1:
        yield broken(TemixRule.INTERVAL_DURATION, f"the interval has {len(durations)} duration, not one", at_interval)
    else:
        length = durations[0].duration
        if not isinstance(length, timedelta) or length <= timedelta(0) or length.microseconds:
            yield broken(
                TemixRule.INTERVAL_DURATION,
                f"duration must be positive whole seconds, not {length!r}",
                f"{at_interval}/xcal:duration",
            )
        else:
            parts.duration = length

    # One product description, on the interval.
    descriptions = _descriptions(properties)
    stray = _descriptions(_properties_of(artifact))
    if stray:
        yield broken(
            TemixRule.ONE_DESCRIPTION,
            "the product description is attached to the calendar, not to the interval",
            "/xcal:properties",
        )
        return
    if len(descriptions) != 1:
        yield broken(
            TemixRule.ONE_DESCRIPTION,
            f"the interval attaches {len(descriptions)} product descriptions, not one",
            f"{at_interval}/xcal:x-wsCalendar-attach",
        )
        return
    description = descriptions[0]
    at_description = f"{at_interval}/xcal:x-wsCalendar-attach/{_element_name(description)}"
    if not isinstance(description, (TemixPower, TransportProductDescription)):
        yield broken(
            TemixRule.PRODUCT_KIND,
            f"a TEMIX product is described by power:temixPower, not {type(description).__name__}",
            at_description,
        )
        return

    # Constant power: no ramps, and the quantity is power (not energy).
    ramps = [p for p in properties if isinstance(p, (XEiRampUp, XEiRecovery))]
    if ramps:
        yield broken(
            TemixRule.CONSTANT_POWER,
            f"the interval has {_element_name(ramps[0])}; TEMIX power is constant over the interval",
            at_interval,
        )
    if isinstance(description, TemixPower) and description.energy_item is not None and description.power_item is None:
        yield broken(
            TemixRule.CONSTANT_POWER,
            "the quantity is counted in an energy item; TEMIX quantities are a constant rate of power "
            "(name the unit with power:powerItem)",
            at_description,
        )

    # One price.
    price = getattr(description, "price", None)
    price_value = _finite(getattr(price, "value", None)) if type(price) is Price else None
    if price_value is None:
        yield broken(
            TemixRule.ONE_PRICE, f"the price must be an emix:price with a finite value, not {price!r}", at_description
        )
    elif isinstance(description, TransportProductDescription) and description.unit_energy_price is not None:
        yield broken(TemixRule.ONE_PRICE, "a second price (power:unitEnergyPrice) is given", at_description)
    elif is_option:
        strike = _finite(getattr(artifact.option_strike_price, "value", None))
        if strike is not None and strike != price_value:
            yield broken(
                TemixRule.ONE_PRICE,
                f"the description price {price_value} differs from the strike price {strike}",
                at_description,
            )

    # One quantity, not negative.
    if isinstance(description, TransportProductDescription):
        yield broken(
            TemixRule.ONE_QUANTITY,
            "power:transportProductDescription carries no quantity; describe TEMIX transport with "
            "power:temixPower at a power:transportInterface",
            at_description,
        )
        return
    quantity = _finite(description.quantity)
    if quantity is None or abs(quantity) > _XS_FLOAT_MAX:
        yield broken(
            TemixRule.ONE_QUANTITY,
            f"the quantity must be a finite number (an xs:float), not {description.quantity!r}",
            at_description,
        )
    elif quantity < 0:
        yield broken(TemixRule.NON_NEGATIVE_QUANTITY, f"the quantity {quantity} is negative", at_description)
    else:
        parts.description = description

    # Expiration: absolute and not after the start of delivery.
    expiration = artifact.expiration_date
    if expiration is not None:
        if not _is_absolute(expiration):
            yield broken(TemixRule.EXPIRATION, "the expiration date has no time zone", "/emix:expirationDate")
        elif parts.start is not None and expiration > parts.start:
            yield broken(
                TemixRule.EXPIRATION,
                f"the expiration date {expiration.isoformat()} is after the interval start {parts.start.isoformat()}",
                "/emix:expirationDate",
            )

    if is_option:
        yield from _check_option(artifact, broken)


def _check_option(option: EmixOption, broken: _Broken) -> Iterator[TemixViolation]:
    """The option terms: call/put, holder side, premium, strike price, expiration."""
    if option.option_type not in (OptionType.call.value, OptionType.put.value):
        yield broken(
            TemixRule.OPTION_TYPE,
            f"the option type must be call or put, not {option.option_type!r}",
            "/emix:optionType",
        )
    if _side(option.option_holder_side) is None:
        yield broken(
            TemixRule.OPTION_TERMS,
            f"optionHolderSide must be buy or sell, not {option.option_holder_side!r}",
            "/emix:optionHolderSide",
        )
    premium = option.option_premium
    premium_value = _finite(premium.value) if type(premium) is Price else None
    if premium_value is None or premium_value < 0:
        yield broken(
            TemixRule.OPTION_TERMS,
            f"the option premium must be a finite, non-negative price, not {premium!r}",
            "/emix:optionPremium",
        )
    strike = option.option_strike_price
    if type(strike) is not Price or _finite(strike.value) is None:
        yield broken(
            TemixRule.OPTION_TERMS,
            f"the strike price must be a finite price, not {strike!r}",
            "/emix:optionStrikePrice",
        )
    if option.expiration_date is None:
        yield broken(TemixRule.OPTION_TERMS, "an option needs an expiration date", "/emix:expirationDate")


_ELEMENT_NAMES = {
    TemixPower: "power:temixPower",
    TransportProductDescription: "power:transportProductDescription",
    XEiRampUp: "ei:x-eiRampUp",
    XEiRecovery: "ei:x-eiRecovery",
}


def _element_name(obj: Any) -> str:
    return _ELEMENT_NAMES.get(type(obj), type(obj).__name__)


def _id_label(value: Any) -> str:
    """An identifier as shown in a location ("?" when it is missing)."""
    return value if isinstance(value, str) and value else "?"


def _artifact_where(artifact: Any) -> str:
    """The location of a bare artifact, named by its emix:uid."""
    return f"emix:emixBase[uid={_id_label(getattr(artifact, 'uid', None))}]"


def _check_tender(tender: Any, where: str, parts: _Parts) -> Iterator[TemixViolation]:
    where = f"{where}ei:eiTender[tenderID={_id_label(getattr(tender, 'tender_id', None))}]"
    if not isinstance(tender, EiTender):
        yield TemixViolation(TemixRule.PRODUCT_KIND, f"expected an EiTender, not {type(tender).__name__}", where=where)
        return
    if not isinstance(tender.tender_id, str) or not tender.tender_id.strip():
        yield TemixViolation(TemixRule.IDENTIFIER, "ei:tenderID is empty", where=f"{where}/ei:tenderID")
    yield from _check_artifact(tender.emix_base, f"{where}/emix:emixBase", _TENDER_STATES, parts)


def _check_transaction(
    transaction: Any, where: str, parts: _Parts, tender: EiTender | None = None
) -> Iterator[TemixViolation]:
    where = f"{where}ei:eiTransaction[transactionID={_id_label(getattr(transaction, 'transaction_id', None))}]"
    if not isinstance(transaction, EiTransaction):
        yield TemixViolation(
            TemixRule.PRODUCT_KIND, f"expected an EiTransaction, not {type(transaction).__name__}", where=where
        )
        return
    if not isinstance(transaction.transaction_id, str) or not transaction.transaction_id.strip():
        yield TemixViolation(TemixRule.IDENTIFIER, "ei:transactionID is empty", where=f"{where}/ei:transactionID")
    states = _OPTION_TRANSACTION_STATES if type(transaction.emix_base) is EmixOption else _TRANSACTION_STATES
    found = list(_check_artifact(transaction.emix_base, f"{where}/emix:emixBase", states, parts))
    yield from found
    if tender is not None and not found:
        yield from _check_acceptance(transaction, tender, where)


def _check_acceptance(transaction: EiTransaction, tender: EiTender, where: str) -> Iterator[TemixViolation]:
    """A transaction accepts a tender: its tender ID, and the tender's terms but the state."""
    if transaction.tender_id is not None and transaction.tender_id != tender.tender_id:
        yield TemixViolation(
            TemixRule.ACCEPTS_TENDER,
            f"the transaction names tender {transaction.tender_id!r}, not {tender.tender_id!r}",
            where=f"{where}/ei:tenderID",
        )
        return
    invalid = violations(tender)
    if invalid:
        yield TemixViolation(
            TemixRule.ACCEPTS_TENDER, f"the accepted tender is not valid: {invalid[0]}", where=where
        )
        return
    offered = terms_of(tender)
    agreed = terms_of(transaction)
    # What an acceptance changes: the state, the artifact's own ID and the expiration
    # (which bounds the tender, not the agreement).
    ignored = {"state", "uid", "expiration"}
    differ = [
        f.name for f in dataclasses.fields(TemixTerms)
        if f.name not in ignored and getattr(offered, f.name) != getattr(agreed, f.name)
    ]
    if differ:
        yield TemixViolation(
            TemixRule.ACCEPTS_TENDER,
            f"the transaction's {', '.join(differ)} differ from tender {tender.tender_id!r} "
            "(a partial or changed acceptance needs a counter-tender)",
            where=f"{where}/emix:emixBase",
        )


_TENDER_STATES = frozenset({TransactiveState.tender})
_TRANSACTION_STATES = frozenset({TransactiveState.transaction})
_OPTION_TRANSACTION_STATES = frozenset({TransactiveState.transaction, TransactiveState.exercise})


def _check(obj: Any) -> Iterator[TemixViolation]:
    """Every violation of any supported object (dispatch on its class)."""
    if isinstance(obj, EiTender):
        yield from _check_tender(obj, "", _Parts())
    elif isinstance(obj, EiTransaction):
        yield from _check_transaction(obj, "", _Parts())
    elif isinstance(obj, EiCreateTender):
        for tender in obj.ei_tender:
            yield from _check_tender(
                tender, f"pyld:eiCreateTender[requestID={_id_label(obj.request_id)}]/", _Parts()
            )
    elif isinstance(obj, EiCreateTransaction):
        for transaction in obj.ei_transaction:
            yield from _check_transaction(
                transaction, f"pyld:eiCreateTransaction[requestID={_id_label(obj.request_id)}]/", _Parts()
            )
    elif isinstance(obj, EiDistributeTender):
        for tender in obj.ei_tender:
            yield from _check_tender(
                tender, f"pyld:eiDistributeTender[requestID={_id_label(obj.request_id)}]/", _Parts()
            )
    elif isinstance(obj, EiReplyTender):
        for tender in obj.ei_tender:
            yield from _check_tender(tender, "pyld:eiReplyTender/", _Parts())
    elif isinstance(obj, EiReplyTransaction):
        for transaction in obj.ei_transaction:
            yield from _check_transaction(transaction, "pyld:eiReplyTransaction/", _Parts())
    elif isinstance(obj, EmixBase):
        yield from _check_artifact(obj, _artifact_where(obj), None, _Parts())
    else:
        yield TemixViolation(TemixRule.PRODUCT_KIND, f"{type(obj).__name__} carries no TEMIX artifact")


# ----------------------------------------------------------------------------- public checks


def violations(obj: Any) -> list[TemixViolation]:
    """Every TEMIX violation of ``obj``, in rule order (empty when it is valid).

    ``obj`` is an :class:`EiTender`, :class:`EiTransaction`, an EMIX artifact
    (:class:`Product`, :class:`EmixOption`) or a payload carrying tenders or
    transactions (``EiCreateTender``, ``EiCreateTransaction``, ``EiDistributeTender``,
    ``EiReplyTender``, ``EiReplyTransaction``). Checks that depend on a broken part
    (e.g. the price when there is no single interval) are skipped.
    """
    return list(_check(obj))


def _first(found: Iterator[TemixViolation]) -> None:
    violation = next(found, None)
    if violation is not None:
        raise violation


def validate(obj: Any) -> None:
    """Raise the first :class:`TemixViolation` of ``obj`` (any object :func:`violations` takes)."""
    _first(_check(obj))


def validate_product(product: Product | EmixOption) -> None:
    """Raise the first violation of a bare EMIX artifact; any EMIX transactive state is allowed."""
    _first(_check_artifact(product, _artifact_where(product), None, _Parts()))


def validate_tender(tender: EiTender) -> None:
    """Raise the first violation of a tender (its artifact must be in state ``tender``)."""
    _first(_check_tender(tender, "", _Parts()))


def validate_transaction(transaction: EiTransaction, tender: EiTender | None = None) -> None:
    """Raise the first violation of a transaction (state ``transaction``; ``exercise`` for an option).

    With ``tender``, also check that the transaction accepts it (``ACCEPTS_TENDER``):
    the same tender ID (when the transaction names one) and the same terms.
    """
    _first(_check_transaction(transaction, "", _Parts(), tender))


def _expect(obj: Any, cls: type) -> None:
    """Refuse an object of the wrong class (a caller's mistake, reported as PRODUCT_KIND)."""
    if not isinstance(obj, cls):
        raise TemixViolation(TemixRule.PRODUCT_KIND, f"expected an {cls.__name__}, not {type(obj).__name__}")


def validate_create_tender(payload: EiCreateTender) -> None:
    """Raise the first violation of the tender an ``eiCreateTender`` carries."""
    _expect(payload, EiCreateTender)
    _first(_check(payload))


def validate_create_transaction(payload: EiCreateTransaction) -> None:
    """Raise the first violation of the transaction an ``eiCreateTransaction`` carries."""
    _expect(payload, EiCreateTransaction)
    _first(_check(payload))


def terms_of(obj: EiTender | EiTransaction | Product | EmixOption) -> TemixTerms:
    """The terms of a valid tender, transaction or artifact; raises its first violation."""
    parts = _Parts()
    if isinstance(obj, EiTender):
        found, artifact = _check_tender(obj, "", parts), obj.emix_base
    elif isinstance(obj, EiTransaction):
        found, artifact = _check_transaction(obj, "", parts), obj.emix_base
    else:
        found, artifact = _check_artifact(obj, _artifact_where(obj), None, parts), obj
    _first(found)
    description = parts.description
    assert description is not None and parts.start is not None and parts.duration is not None
    is_option = isinstance(artifact, EmixOption)
    transport = isinstance(description.emix_interface, TransportInterface)
    kind = {
        (False, False): TemixProductKind.POWER,
        (False, True): TemixProductKind.TRANSPORT,
        (True, False): TemixProductKind.OPTION_POWER,
        (True, True): TemixProductKind.OPTION_TRANSPORT,
    }[(is_option, transport)]
    return TemixTerms(
        kind=kind,
        uid=artifact.uid,
        state=TransactiveState(artifact.transactive_state),
        side=Side(artifact.side),
        market_context=artifact.market_context,
        start=parts.start,
        duration=parts.duration,
        price=_number(description.price.value),
        quantity=_number(description.quantity),
        interface=description.emix_interface,
        currency=None if artifact.currency is None else ISO3AlphaCurrencyCodeContent(artifact.currency),
        integral_only=bool(artifact.integral_only),
        expiration=artifact.expiration_date,
        option_type=OptionType(artifact.option_type) if is_option else None,
        holder_side=Side(artifact.option_holder_side) if is_option else None,
        premium=_number(artifact.option_premium.value) if is_option else None,
        strike_price=_number(artifact.option_strike_price.value) if is_option else None,
    )


# ----------------------------------------------------------------------------- builders


def real_power(
    scale: SiScaleCode | str = SiScaleCode.M,
    *,
    hertz: DecimalLike = 60,
    voltage: DecimalLike = 120,
    ac: bool = True,
) -> PowerReal:
    """A real-power unit (W scaled by ``scale``, e.g. MW) for a tender's quantity."""
    return PowerReal(
        item_units=ItemUnits.W,
        si_scale_code=SiScaleCode(scale),
        power_attributes=PowerAttributes(hertz=_decimal(hertz), voltage=_decimal(voltage), ac=ac),
    )


def real_energy(scale: SiScaleCode | str = SiScaleCode.M) -> EnergyReal:
    """A real-energy unit (Wh scaled by ``scale``, e.g. MWh) that a tender's price is per."""
    return EnergyReal(si_scale_code=SiScaleCode(scale))


def _decimal(value: DecimalLike) -> Any:
    """A Decimal from an int, str, float (through its shortest repr) or Decimal.

    A value that is no number is returned as it is, for the validator to report.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return value


def _enum_or_raw(enum: type[Enum], value: Any) -> Any:
    """``enum(value)``, or ``value`` unchanged (reported later by the validator)."""
    try:
        return enum(value)
    except ValueError:
        return value


def _utc(moment: datetime | None) -> datetime | None:
    """An aware datetime in UTC (what xcal:date-time carries); naive ones are left for the validator."""
    if moment is None or not _is_absolute(moment):
        return moment
    return moment.astimezone(timezone.utc)


def _interface(interface: EmixInterfaceKind | str) -> EmixInterfaceKind:
    """A string names a pricing node (``power:pnode``)."""
    return Pnode(node=interface) if isinstance(interface, str) else interface


def _schedule(start: datetime, duration: timedelta, description: TemixPower) -> ArrayOfVcalendarContainedComponents:
    """One interval: dtstart, duration and the attached description."""
    interval = WsCalendarInterval(
        properties=ArrayOfProperties(
            base_property=[
                DtstartProp(date_time=_utc(start)),
                Duration(duration=duration),
                WsCalendarAttach(items=[description]),
            ]
        )
    )
    return ArrayOfVcalendarContainedComponents(vcalendar_contained_component=[interval])


def _description(
    price: DecimalLike,
    quantity: DecimalLike,
    interface: EmixInterfaceKind | str,
    power_unit: PowerUnit | None,
    energy_unit: EnergyUnit | None,
) -> TemixPower:
    return TemixPower(
        emix_interface=_interface(interface),
        price=Price(value=_decimal(price)),
        power_item=power_unit,
        energy_item=energy_unit,
        quantity=_decimal(quantity),
    )


def temix_power_tender(
    tender_id: str,
    side: Side | str,
    start: datetime,
    duration: timedelta,
    price: DecimalLike,
    quantity: DecimalLike,
    market_context: str,
    currency: ISO3AlphaCurrencyCodeContent | str | None = "USD",
    integral_only: bool = False,
    expiration: datetime | None = None,
    *,
    interface: EmixInterfaceKind | str,
    uid: str | None = None,
    power_unit: PowerUnit | None = None,
    energy_unit: EnergyUnit | None = None,
) -> EiTender:
    """A valid TEMIX power tender: ``quantity`` of constant power from ``start`` for ``duration``.

    ``side`` is buy or sell; ``price`` is per unit of energy (``energy_unit``, e.g.
    :func:`real_energy`), ``quantity`` a rate of power (``power_unit``, e.g.
    :func:`real_power`); units are omitted when not given, and then set by the market
    context. An ``energy_unit`` needs a ``power_unit`` too (``CONSTANT_POWER``: without
    one the quantity would read as energy). ``interface`` is where the power is delivered: an EMIX interface, or a
    string naming a pricing node. ``uid`` (the EMIX artifact ID) defaults to the
    tender ID. Datetimes must be timezone-aware; they are carried in UTC.

    Raises :class:`TemixViolation` when the result would break a TEMIX rule (e.g. a
    negative quantity or an expiration after the start).
    """
    description = _description(price, quantity, interface, power_unit, energy_unit)
    product = Product(
        components=_schedule(start, duration, description),
        uid=tender_id if uid is None else uid,
        transactive_state=TransactiveState.tender,
        expiration_date=_utc(expiration),
        integral_only=integral_only,
        currency=None if currency is None else _enum_or_raw(ISO3AlphaCurrencyCodeContent, currency),
        market_context=market_context,
        side=_enum_or_raw(Side, side),
    )
    tender = EiTender(tender_id=tender_id, emix_base=product)
    validate_tender(tender)
    return tender


def temix_transport_tender(
    tender_id: str,
    side: Side | str,
    start: datetime,
    duration: timedelta,
    price: DecimalLike,
    quantity: DecimalLike,
    market_context: str,
    currency: ISO3AlphaCurrencyCodeContent | str | None = "USD",
    integral_only: bool = False,
    expiration: datetime | None = None,
    *,
    point_of_receipt: str,
    point_of_delivery: str,
    uid: str | None = None,
    power_unit: PowerUnit | None = None,
    energy_unit: EnergyUnit | None = None,
) -> EiTender:
    """A valid TEMIX transport tender: moving constant power from ``point_of_receipt`` to
    ``point_of_delivery`` (a ``power:temixPower`` at a ``power:transportInterface``).

    The other arguments are those of :func:`temix_power_tender`.
    """
    return temix_power_tender(
        tender_id, side, start, duration, price, quantity, market_context, currency, integral_only, expiration,
        interface=TransportInterface(point_of_receipt=point_of_receipt, point_of_delivery=point_of_delivery),
        uid=uid, power_unit=power_unit, energy_unit=energy_unit,
    )


def temix_option_tender(
    tender_id: str,
    side: Side | str,
    start: datetime,
    duration: timedelta,
    strike_price: DecimalLike,
    premium: DecimalLike,
    quantity: DecimalLike,
    market_context: str,
    option_type: OptionType | str,
    expiration: datetime,
    currency: ISO3AlphaCurrencyCodeContent | str | None = "USD",
    integral_only: bool = False,
    *,
    interface: EmixInterfaceKind | str,
    holder_side: Side | str | None = None,
    uid: str | None = None,
    power_unit: PowerUnit | None = None,
    energy_unit: EnergyUnit | None = None,
) -> EiTender:
    """A valid TEMIX option tender (option on power, or on transport when ``interface``
    is a :class:`TransportInterface`).

    ``side`` is the side this tender takes on the option (buy or sell the option);
    ``premium`` is the price of the option, ``strike_price`` the price of the
    underlying power if the option is exercised (it is also the description's
    price). ``option_type`` is call (right to buy) or put (right to sell);
    ``holder_side``, the side the holder takes on exercise, defaults to buy for a
    call and sell for a put. ``expiration`` (required) is the last moment to
    exercise, not after ``start``.
    """
    kind = _enum_or_raw(OptionType, option_type)
    if holder_side is None and isinstance(kind, OptionType):
        holder_side = Side.buy if kind is OptionType.call else Side.sell
    description = _description(strike_price, quantity, interface, power_unit, energy_unit)
    option = EmixOption(
        components=_schedule(start, duration, description),
        uid=tender_id if uid is None else uid,
        transactive_state=TransactiveState.tender,
        expiration_date=_utc(expiration),
        integral_only=integral_only,
        option_holder_side=_enum_or_raw(Side, holder_side),
        option_premium=Price(value=_decimal(premium)),
        option_strike_price=Price(value=_decimal(strike_price)),
        option_type=kind.value if isinstance(kind, OptionType) else kind,
        side=_enum_or_raw(Side, side),
        market_context=market_context,
        currency=None if currency is None else _enum_or_raw(ISO3AlphaCurrencyCodeContent, currency),
    )
    tender = EiTender(tender_id=tender_id, emix_base=option)
    validate_tender(tender)
    return tender


def accept_tender(tender: EiTender, transaction_id: str, *, uid: str | None = None) -> EiTransaction:
    """The transaction that accepts ``tender`` whole: a copy of its artifact in state
    ``transaction`` (``uid`` defaults to the tender's artifact uid). The tender is
    validated first and left unchanged."""
    validate_tender(tender)
    artifact = copy.deepcopy(tender.emix_base)
    artifact.transactive_state = TransactiveState.transaction
    if uid is not None:
        artifact.uid = uid
    transaction = EiTransaction(transaction_id=transaction_id, tender_id=tender.tender_id, emix_base=artifact)
    validate_transaction(transaction, tender)
    return transaction


def create_tender(request_id: str, party_id: str, counter_party_id: str, *tenders: EiTender) -> EiCreateTender:
    """The ``eiCreateTender`` payload that sends ``tenders`` from ``party_id`` to ``counter_party_id``."""
    if not tenders:
        raise ValueError("an eiCreateTender carries at least one tender")
    for tender in tenders:
        validate_tender(tender)
    return EiCreateTender(request_id=request_id, party_id=party_id, counter_party_id=counter_party_id,
                          ei_tender=list(tenders))

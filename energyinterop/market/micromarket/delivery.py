"""Meter data of an eiDelivery, read per sub-interval and compared with a position.

An eiDelivery covers one interval of the market's grid (its ``dtstart`` / ``duration``
properties, or the interval of the transaction its ``emix:uid`` names). Its components
are consecutive sub-intervals, each with a ``duration`` and one ``emix:measurement``:
energy (``power:energyItem``, e.g. kWh) or mean power (``power:powerItem``). ``injection``
true means the metered flow went into the grid. Each sample becomes a mean net import in
the market's power units; the deviation from the position (units bought) is their
duration-weighted mean minus the position.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from energyinterop.ei import (
    ArrayOfProperties,
    ArrayOfVcalendarContainedComponents,
    DtstartProp,
    Duration,
    EiDelivery,
    EnergyReal,
    Measurement,
    SiScaleCode,
    WsCalendarAttach,
    WsCalendarInterval,
)
from energyinterop.market.micromarket.rules import MarketRule, Refused
from energyinterop.market.micromarket.spec import MarketSpec

_EXPONENT = {"p": -12, "n": -9, "micro": -6, "m": -3, "c": -2, "d": -1, "none": 0, "k": 3, "M": 6, "G": 9, "T": 12}


@dataclass(frozen=True, slots=True)
class Sample:
    start: datetime
    duration: timedelta
    net_import: Decimal  # mean power, in the market's units (e.g. kW)


def delivery_interval(delivery: EiDelivery) -> tuple[datetime, timedelta] | None:
    properties = delivery.properties.base_property if delivery.properties else []
    starts = [p.date_time for p in properties if isinstance(p, DtstartProp)]
    durations = [p.duration for p in properties if type(p) is Duration]
    return (starts[0], durations[0]) if starts and durations and starts[0] is not None else None


def samples(spec: MarketSpec, delivery: EiDelivery, start: datetime) -> list[Sample]:
    """The metered sub-intervals of ``delivery`` over the interval at ``start``; refused
    (DELIVERY) when they do not tile the interval or carry no usable measurement."""
    found, at = [], start
    for component in delivery.components.vcalendar_contained_component:
        properties = component.properties.base_property if getattr(component, "properties", None) else []
        duration = next((p.duration for p in properties if type(p) is Duration), None)
        begins = next((p.date_time for p in properties if isinstance(p, DtstartProp)), at)
        measured = [i for p in properties if isinstance(p, WsCalendarAttach) for i in p.items
                    if isinstance(i, Measurement)]
        if duration is None or duration <= timedelta(0) or begins != at or len(measured) != 1:
            raise Refused(MarketRule.DELIVERY, f"sub-interval {len(found) + 1} needs one duration, one measurement "
                                               f"and to start where the one before ended ({at.isoformat()})")
        power = _mean_power(spec, measured[0], duration)
        found.append(Sample(at, duration, -power if delivery.injection else power))
        at += duration
    if not found or at != start + spec.interval:
        raise Refused(MarketRule.DELIVERY, f"the sub-intervals cover {at - start}, not the interval of {spec.interval}")
    return found


def _mean_power(spec: MarketSpec, measurement: Measurement, duration: timedelta) -> Decimal:
    item: Any = measurement.item_base
    units = str(getattr(item.item_units, "value", item.item_units))
    scale = str(getattr(item.si_scale_code, "value", item.si_scale_code))
    factor = Decimal(10) ** (_EXPONENT[scale] - _EXPONENT[spec.scale])
    value = Decimal(measurement.quantity) * factor
    if units == "W":
        return value
    if units == "Wh":
        return value * Decimal(3600) / Decimal(int(duration.total_seconds()))
    raise Refused(MarketRule.DELIVERY, f"a measurement in {units} is neither power (W) nor energy (Wh)")


def deviation(found: list[Sample], position: Decimal) -> Decimal:
    """The duration-weighted mean of (metered net import - position), in power units."""
    seconds = sum(int(s.duration.total_seconds()) for s in found)
    return sum((s.net_import - position) * int(s.duration.total_seconds()) for s in found) / seconds


def meter_delivery(spec: MarketSpec, delivery_id: str, uid: str, start: datetime, energy: list[Decimal],
                   created: datetime, *, injection: bool = False) -> EiDelivery:
    """The eiDelivery of metered ``energy`` (in the market's Wh scale) over equal sub-intervals
    of the interval at ``start`` (the VEN side of this module)."""
    step = spec.interval / len(energy)
    unit = EnergyReal(item_description="RealEnergy", item_units="Wh", si_scale_code=SiScaleCode(spec.scale))
    components = [WsCalendarInterval(properties=ArrayOfProperties(base_property=[
        Duration(duration=step), WsCalendarAttach(items=[Measurement(quantity=value, item_base=unit)])]))
        for value in energy]
    return EiDelivery(properties=ArrayOfProperties(base_property=[DtstartProp(date_time=start),
                                                                  Duration(duration=spec.interval)]),
                      components=ArrayOfVcalendarContainedComponents(vcalendar_contained_component=components),
                      uid=uid, injection=injection, ei_delivery_id=delivery_id, created_date_time=created)

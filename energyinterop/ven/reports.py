"""Declaring the telemetry a device offers (the METADATA reports of oadrRegisterReport)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from energyinterop.openadr import (
    DurationProp,
    ItemUnits,
    OadrReport,
    OadrReportDescription,
    OadrSamplingRate,
    PowerAttributes,
    PowerReal,
    SiScaleCode,
)

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # metadata needs a createdDateTime; it has no meaning here


def real_power_kw(voltage: int = 230, hertz: int = 50) -> PowerReal:
    """What a power reading measures: real power in kW, AC at the given voltage and frequency."""
    return PowerReal(item_units=ItemUnits.W, si_scale_code=SiScaleCode.k,
                     power_attributes=PowerAttributes(hertz=Decimal(hertz), voltage=Decimal(voltage), ac=True))


def telemetry_report(specifier_id: str, points: Mapping[str, str], *, min_period: timedelta,
                     max_period: timedelta, item: object | None = None,
                     reading_type: str = "Direct Read") -> OadrReport:
    """A METADATA_TELEMETRY_USAGE report: ``points`` maps each rID to its reportType
    (e.g. ``{"power": "usage"}``), sampled between the periods; ``item`` says what is
    measured (default: real power in kW; peers such as openleadr require one)."""
    measured = item if item is not None else real_power_kw()
    rate = OadrSamplingRate(oadr_min_period=min_period, oadr_max_period=max_period, oadr_on_change=False)
    descriptions = [OadrReportDescription(r_id=r_id, report_type=report_type, reading_type=reading_type,
                                          item_base=measured, oadr_sampling_rate=rate)
                    for r_id, report_type in points.items()]
    return OadrReport(duration=DurationProp(duration=timedelta(0)), ei_report_id=f"{specifier_id}-metadata",
                      oadr_report_description=descriptions, report_request_id="0",
                      report_specifier_id=specifier_id, report_name="METADATA_TELEMETRY_USAGE",
                      created_date_time=EPOCH)

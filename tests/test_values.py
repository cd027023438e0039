"""Lexical <-> Python rules: exact, lossless, or refused with a typed error."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from energyinterop.xml.errors import EncodeError, UnsupportedValue
from energyinterop.xml.values import (
    format_datetime,
    format_decimal,
    format_duration,
    format_float,
    parse_datetime,
    parse_decimal,
    parse_duration,
)

UTC = timezone.utc


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-23T12:00:00Z", datetime(2026, 11, 23, 12, tzinfo=UTC)),
    ("2026-11-23T12:00:00.000000Z", datetime(2026, 11, 23, 12, tzinfo=UTC)),
    ("2026-11-23T12:00:00.5Z", datetime(2026, 11, 23, 12, 0, 0, 500000, tzinfo=UTC)),
    ("2026-11-23T12:00:00", datetime(2026, 11, 23, 12, tzinfo=UTC)),  # no zone: UTC
    ("2026-11-23T14:00:00+02:00", datetime(2026, 11, 23, 12, tzinfo=UTC)),
    ("2026-11-23T24:00:00Z", datetime(2026, 11, 24, 0, tzinfo=UTC)),
    ("2026-11-23T12:00:00.1234560Z", datetime(2026, 11, 23, 12, 0, 0, 123456, tzinfo=UTC)),
])
def test_datetimes_parse_to_aware_values(text: str, expected: datetime) -> None:
    value = parse_datetime(text)
    assert value == expected and value.tzinfo is not None


def test_sub_microsecond_precision_is_refused_not_truncated() -> None:
    with pytest.raises(UnsupportedValue, match="sub-microsecond"):
        parse_datetime("2026-11-23T12:00:00.1234567Z")


def test_naive_datetimes_are_refused_on_output() -> None:
    with pytest.raises(EncodeError, match="timezone-aware"):
        format_datetime(datetime(2026, 1, 1))


@given(st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 30),
                    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-7)), timezone(timedelta(minutes=330))])))
@settings(derandomize=True)
def test_datetime_round_trip(value: datetime) -> None:
    text = format_datetime(value)
    assert text.endswith("Z")
    assert parse_datetime(text) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("PT15M", timedelta(minutes=15)), ("P1D", timedelta(days=1)), ("-PT1H", timedelta(hours=-1)),
    ("P2W", timedelta(weeks=2)), ("PT1.5S", timedelta(seconds=1.5)), ("P1DT2H3M4S", timedelta(days=1, hours=2, minutes=3, seconds=4)),
    ("PT0S", timedelta(0)),
])
def test_durations(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["P1M", "P1Y", "P1Y2M"])
def test_calendar_durations_are_refused(text: str) -> None:
    with pytest.raises(UnsupportedValue, match="calendar"):
        parse_duration(text)


@given(st.timedeltas(min_value=timedelta(days=-9999), max_value=timedelta(days=9999)))
@settings(derandomize=True)
def test_duration_round_trip(value: timedelta) -> None:
    assert parse_duration(format_duration(value)) == value


@pytest.mark.parametrize(("value", "text"), [(timedelta(minutes=15), "PT15M"), (timedelta(days=1), "P1D"),
                                             (timedelta(0), "PT0S"), (timedelta(hours=-1), "-PT1H")])
def test_durations_are_written_in_the_shortest_form(value: timedelta, text: str) -> None:
    assert format_duration(value) == text


def test_decimals_keep_their_text_exactly() -> None:
    assert str(parse_decimal("0.210")) == "0.210"
    assert format_decimal(parse_decimal("1E5")) == "100000"  # xs:decimal has no exponent
    assert format_float(parse_decimal("1E5")) == "1E5"
    assert format_float(parse_decimal("-INF")) == "-INF" and format_float(parse_decimal("NaN")) == "NaN"
    with pytest.raises(EncodeError):
        format_decimal(Decimal("Infinity"))
    with pytest.raises(EncodeError):
        format_decimal(0.1)  # a float would not be exact: refused

"""Lexical <-> Python conversion of XSD simple values.

Each converter is a pair ``(parse, format)``. ``parse`` sees text that the schema already
accepted; it raises :class:`UnsupportedValue` only for values that are valid XML but
would lose information in Python. ``format`` raises :class:`EncodeError` for Python
values that would not produce a valid lexical form.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from energyinterop.xml.errors import EncodeError, UnsupportedValue

Parse = Callable[[str], Any]
Format = Callable[[Any], str]

# Characters XML 1.0 cannot carry at all.
_ILLEGAL_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def check_text(value: str) -> str:
    if not isinstance(value, str):
        raise EncodeError(f"expected str, got {type(value).__name__}")
    if _ILLEGAL_XML_CHARS.search(value):
        raise EncodeError(f"text contains a character XML cannot carry: {value!r}")
    return value


def parse_bool(text: str) -> bool:
    return text.strip() in ("true", "1")


def format_bool(value: Any) -> str:
    if not isinstance(value, bool):
        raise EncodeError(f"expected bool, got {type(value).__name__}")
    return "true" if value else "false"


def parse_int(text: str) -> int:
    return int(text)  # int() skips the surrounding whitespace XSD allows


def format_int(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise EncodeError(f"expected int, got {type(value).__name__}")
    return str(value)


def parse_decimal(text: str) -> Decimal:
    # Decimal() skips surrounding whitespace and reads INF, -INF and NaN as XSD means
    # them; every other form it accepts (Infinity, 1_0) is one the schema already refused.
    try:
        return Decimal(text)
    except InvalidOperation:
        raise UnsupportedValue(f"not a number: {text!r}") from None


def _check_decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise EncodeError(f"expected Decimal, got {type(value).__name__}")
    return Decimal(value)


def format_decimal(value: Any) -> str:
    """xs:decimal has no exponent and no special values."""
    if value.__class__ is Decimal and value.is_finite():
        return format(value, "f")
    number = _check_decimal(value)
    if not number.is_finite():
        raise EncodeError(f"xs:decimal cannot carry {number}")
    return format(number, "f")


def format_float(value: Any) -> str:
    """xs:float / xs:double: exponents allowed, and INF, -INF, NaN."""
    if value.__class__ is Decimal and value.is_finite():
        return str(value).replace("E+", "E")
    number = _check_decimal(value)
    if number.is_nan():
        return "NaN"
    if number.is_infinite():
        return "INF" if number > 0 else "-INF"
    return str(number).replace("E+", "E")


# dateTime: the lexical space of xs:dateTime; a missing zone designator means UTC
# (OpenADR 2.0b and EI exchange UTC; a local time without an offset is ambiguous).
_DATETIME = re.compile(
    r"\s*(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?\s*"
)


def _fraction_to_micros(fraction: str | None) -> int:
    if not fraction:
        return 0
    if len(fraction) > 6 and fraction[6:].strip("0"):
        raise UnsupportedValue(f"sub-microsecond precision is not supported: .{fraction}")
    return int(fraction[:6].ljust(6, "0"))


def _zone(designator: str | None) -> timezone:
    if not designator or designator == "Z":
        return timezone.utc
    sign = -1 if designator[0] == "-" else 1
    hours, minutes = int(designator[1:3]), int(designator[4:6])
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_datetime(text: str) -> datetime:
    # Fast path for the UTC form peers send, with at most microsecond digits; C parser.
    size = len(text)
    if text[-1:] == "Z" and (size == 20 or 22 <= size <= 27):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass  # e.g. 24:00:00; the full parser below handles it
    match = _DATETIME.fullmatch(text)
    if match is None:
        raise UnsupportedValue(f"not a dateTime this codec can represent: {text!r}")
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micros = _fraction_to_micros(fraction)
    try:
        if hour == "24":  # 24:00:00 is the end of the day, allowed by XSD
            base = datetime(int(year), int(month), int(day), tzinfo=_zone(zone))
            return base + timedelta(days=1)
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                        micros, tzinfo=_zone(zone))
    except ValueError as exc:
        raise UnsupportedValue(f"dateTime out of range: {text!r} ({exc})") from None


def format_datetime(value: Any) -> str:
    """Always UTC with a ``Z``: the one form every schema profile of EI accepts."""
    if value.__class__ is not datetime:
        if not isinstance(value, datetime):
            raise EncodeError(f"expected datetime, got {type(value).__name__}")
    if value.tzinfo is not timezone.utc:
        if value.tzinfo is None or value.utcoffset() is None:
            raise EncodeError(f"datetime must be timezone-aware: {value!r}")
        value = value.astimezone(timezone.utc)
    return value.isoformat()[:-6] + "Z"  # isoformat pads the year to four digits


_DATE = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)(Z|[+-]\d\d:\d\d)?\s*")


def parse_date(text: str) -> date:
    match = _DATE.fullmatch(text)
    if match is None or match.group(4):
        raise UnsupportedValue(f"not a date this codec can represent: {text!r}")
    return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def format_date(value: Any) -> str:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise EncodeError(f"expected date, got {type(value).__name__}")
    return value.isoformat()


def parse_time(text: str) -> time:
    try:
        return time.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UnsupportedValue(f"not a time this codec can represent: {text!r}") from None


def format_time(value: Any) -> str:
    if not isinstance(value, time):
        raise EncodeError(f"expected time, got {type(value).__name__}")
    return value.isoformat()


# ISO 8601 durations as XSD and xCal write them. Years and months have no fixed length,
# so they cannot become a timedelta without inventing one: such values are refused.
_DURATION = re.compile(
    r"\s*([+-])?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?"
    r"(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d+))?S)?)?\s*"
)


def parse_duration(text: str) -> timedelta:
    match = _DURATION.fullmatch(text)
    if match is None or text.strip().endswith(("P", "T")):
        raise UnsupportedValue(f"not a duration: {text!r}")
    sign, years, months, weeks, days, hours, minutes, seconds, fraction = match.groups()
    if years or months:
        raise UnsupportedValue(
            f"calendar durations (years, months) have no fixed length: {text!r}"
        )
    result = timedelta(
        weeks=int(weeks or 0), days=int(days or 0), hours=int(hours or 0),
        minutes=int(minutes or 0), seconds=int(seconds or 0),
        microseconds=_fraction_to_micros(fraction),
    )
    return -result if sign == "-" else result


def format_duration(value: Any) -> str:
    """Shortest ``PnDTnHnMnS`` form, e.g. ``PT15M``, ``P1D``, ``-PT1H``, ``PT0S``."""
    if not isinstance(value, timedelta):
        raise EncodeError(f"expected timedelta, got {type(value).__name__}")
    sign = "-" if value < timedelta(0) else ""
    total = abs(value)
    days, rest = total.days, total.seconds
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = ""
    if hours:
        clock += f"{hours}H"
    if minutes:
        clock += f"{minutes}M"
    if seconds or total.microseconds:
        frac = f".{total.microseconds:06d}".rstrip("0") if total.microseconds else ""
        clock += f"{seconds}{frac}S"
    text = f"{sign}P"
    if days:
        text += f"{days}D"
    if clock:
        text += "T" + clock
    elif not days:
        text += "T0S"
    return text


def parse_base64(text: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except ValueError:
        raise UnsupportedValue("invalid base64 content") from None


def format_base64(value: Any) -> str:
    if not isinstance(value, (bytes, bytearray)):
        raise EncodeError(f"expected bytes, got {type(value).__name__}")
    return base64.b64encode(value).decode("ascii")


def parse_hex(text: str) -> bytes:
    return bytes.fromhex(text.strip())


def format_hex(value: Any) -> str:
    if not isinstance(value, (bytes, bytearray)):
        raise EncodeError(f"expected bytes, got {type(value).__name__}")
    return value.hex().upper()


def parse_str(text: str) -> str:
    return text


CONVERTERS: dict[str, tuple[Parse, Format]] = {
    "str": (parse_str, check_text),
    "bool": (parse_bool, format_bool),
    "int": (parse_int, format_int),
    "decimal": (parse_decimal, format_decimal),
    "float": (parse_decimal, format_float),
    "datetime": (parse_datetime, format_datetime),
    "date": (parse_date, format_date),
    "time": (parse_time, format_time),
    "duration": (parse_duration, format_duration),
    "base64": (parse_base64, format_base64),
    "hex": (parse_hex, format_hex),
}

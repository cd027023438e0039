"""Simple values on the way out: lexical formatting, XML escaping and facet checks."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from lxml import etree

from energyinterop.xml.errors import EncodeError
from energyinterop.xml.specs import SimpleSpec
from energyinterop.xml.values import CONVERTERS


_ESCAPE_NEEDED = re.compile("[&<>\r\"\n\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def escape(text: str) -> str:
    """Escape for both text and double-quoted attributes; refuse what XML cannot carry."""
    if _ESCAPE_NEEDED.search(text) is None:
        return text
    if _ILLEGAL.search(text):
        raise EncodeError(f"text contains a character XML cannot carry: {text!r}")
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
        .replace("\t", "&#9;")
    )


def compile_simple(spec: SimpleSpec) -> tuple[Callable[[str], Any], Callable[[Any], str]]:
    """Return (parse, format) for a simple type.

    ``format`` checks the value against every facet and returns text that is already
    escaped for element content and double-quoted attributes alike.
    """
    if spec.kind == "enum":
        return _compile_enum(spec)
    if spec.kind == "list":
        return _compile_list(spec)
    parse, base_format = CONVERTERS[spec.kind]
    if spec.members:
        return parse, _compile_union(spec)
    check = _facet_check(spec, len if spec.kind in ("str", "base64", "hex") else None)
    # Only strings can hold markup; every other lexical form is digits, letters and -+.:/=
    if spec.kind == "str":
        # escape() also refuses what XML cannot carry: the one scan a string needs.
        if check is _no_check:
            return parse, format_text

        def format_checked_text(value: Any) -> str:
            text = _expect_str(value)
            check(value, text)
            return escape(text)

        return parse, format_checked_text
    if check is _no_check:
        return parse, base_format

    def format_checked(value: Any) -> str:
        text = base_format(value)
        check(value, text)
        return text

    return parse, format_checked


def _expect_str(value: Any) -> str:
    """The value as an exact str (a str subclass, an enum member say, may format itself
    differently in an f-string)."""
    if value.__class__ is str:
        return value
    if not isinstance(value, str):
        raise EncodeError(f"expected str, got {type(value).__name__}")
    return str.__str__(value)


def format_text(value: Any) -> str:
    """A string without facets: checked, escaped."""
    if value.__class__ is not str:
        value = _expect_str(value)
    if _ESCAPE_NEEDED.search(value) is None:
        return value
    return escape(value)


def _compile_enum(spec: SimpleSpec) -> tuple[Callable[[str], Any], Callable[[Any], str]]:
    enum = spec.enum
    assert enum is not None
    texts = {member.value: escape(member.value) for member in enum}
    members = {member.value: member for member in enum}

    def parse_enum(text: str) -> Any:
        member = members.get(text)  # the schema accepted it: mostly the exact value
        return member if member is not None else enum(text.strip())

    def format_enum(value: Any) -> str:
        # A member, or a plain string equal to a member's value.
        text = texts.get(value._value_ if value.__class__ is enum else value) if isinstance(value, str) else None
        if text is None:
            allowed = ", ".join(member.value for member in enum)
            raise EncodeError(f"{value!r} is not one of {enum.__name__}: {allowed}")
        return text

    return parse_enum, format_enum


def _compile_list(spec: SimpleSpec) -> tuple[Callable[[str], Any], Callable[[Any], str]]:
    assert spec.item is not None
    item_parse, item_format = compile_simple(spec.item)
    check = _facet_check(spec, len)

    def parse_list(text: str) -> list[Any]:
        return [item_parse(token) for token in text.split()]

    def format_list(value: Any) -> str:
        if not isinstance(value, (list, tuple)):
            raise EncodeError(f"expected a list, got {type(value).__name__}")
        check(value, "")
        return " ".join(item_format(item) for item in value)

    return parse_list, format_list


def _compile_union(spec: SimpleSpec) -> Callable[[Any], str]:
    member_formats = [compile_simple(member)[1] for member in spec.members]

    def format_union(value: Any) -> str:
        reasons = []
        for member_format in member_formats:
            try:
                return member_format(value)
            except EncodeError as exc:
                reasons.append(exc.reason)
        raise EncodeError(f"{value!r} fits no member of the union: {'; '.join(reasons)}")

    return format_union


def _libxml2_check(builtin: str, label: str, remembered: int = 1024) -> Callable[[Any, str], None]:
    """libxml2 has its own rules for some built-ins (XML 1.0 4th-edition name characters,
    its URI parser: ``::`` fails, a space passes), so ask libxml2 itself, once per
    distinct value (IDs and market-context URIs repeat)."""
    known: dict[str, bool] = {}
    schema = _builtin_schema(builtin)

    def check_builtin(value: Any, text: str) -> None:
        valid = known.get(text)
        if valid is None:
            element = etree.Element("v")
            element.text = text
            valid = schema.validate(element)
            if len(known) >= remembered:
                known.clear()
            known[text] = valid
        if not valid:
            raise EncodeError(f"{text!r} is not a valid xs:{builtin} ({label})")

    return check_builtin


@cache
def _builtin_schema(builtin: str) -> etree.XMLSchema:
    """A one-element schema of one XSD built-in type (compiled once; it never changes)."""
    return etree.XMLSchema(etree.fromstring(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        f'<xs:element name="v" type="xs:{builtin}"/></xs:schema>'))


def _no_check(value: Any, text: str) -> None:
    return None


def _facet_check(spec: SimpleSpec, length_of: Callable[[Any], int] | None) -> Callable[[Any, str], None]:
    checks: list[Callable[[Any, str], None]] = []
    label = spec.name or spec.kind
    if spec.builtin:
        checks.append(_libxml2_check(spec.builtin, label))
    for alternatives in spec.patterns:
        # The alternatives of one derivation step as one regex: a single match call.
        compiled = re.compile("|".join(f"(?:{pattern})" for pattern in alternatives))

        def check_pattern(value: Any, text: str, match: Callable[[str], Any] = compiled.fullmatch) -> None:
            if match(text) is None:
                raise EncodeError(f"{text!r} does not match the pattern of {label}")

        checks.append(check_pattern)
    if spec.values:
        allowed = frozenset(spec.values)

        def check_values(value: Any, text: str) -> None:
            if text not in allowed:
                raise EncodeError(f"{text!r} is not an allowed value of {label}")

        checks.append(check_values)
    if length_of is not None and (spec.min_length is not None or spec.max_length is not None):
        low, high = spec.min_length, spec.max_length

        def check_length(value: Any, text: str) -> None:
            size = length_of(value)
            if (low is not None and size < low) or (high is not None and size > high):
                raise EncodeError(f"length {size} of {value!r} is outside {low}..{high} ({label})")

        checks.append(check_length)
    bounds = (spec.min_inclusive, spec.max_inclusive, spec.min_exclusive, spec.max_exclusive)
    if any(bound is not None for bound in bounds):

        def check_bounds(value: Any, text: str) -> None:
            lo_in, hi_in, lo_ex, hi_ex = bounds
            if ((lo_in is not None and value < lo_in) or (hi_in is not None and value > hi_in)
                    or (lo_ex is not None and value <= lo_ex) or (hi_ex is not None and value >= hi_ex)):
                raise EncodeError(f"{value!r} is out of the range of {label}")

        checks.append(check_bounds)
    if not checks:
        return _no_check
    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any, text: str) -> None:
        for check in checks:
            check(value, text)

    return check_all

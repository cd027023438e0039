"""Hypothesis strategies built from the generated binding tables.

:class:`StrategyBuilder` reads a :class:`~energyinterop.xml.specs.BindingSpec` (the
tables ``tools/codegen`` writes for a schema set) and builds, for any global element
or class of the set, a strategy of *schema-valid* typed objects:

* occurrences: repeated fields are lists of ``min..min+2`` items (fewer deeper down),
  optional fields are sometimes ``None``;
* ``xs:choice``: exactly one member set (at most one when the choice is optional);
* union fields (several elements for one field, e.g. a substitution group): one
  element is picked and its class or per-element wrapper class is built;
* ``xsi:type``: an instance of a concrete derived class sometimes stands in for the
  declared class; abstract types and abstract elements are never produced;
* opaque elements (``AnyElement``): a small fixed, valid element for the name the
  schema expects, or a foreign-namespace element for an ``xs:any`` wildcard;
* simple values by converter kind and facets: enumerations, ``values``, patterns
  (every derivation step), lengths, bounds, plus the value space of the XSD built-in
  type the simple type derives from (``xs:unsignedInt`` ranges, ``xs:ID`` as NCName
  and unique per document, ``xs:anyURI``...), which the binding tables do not carry.

Recursion is bounded: deeper than ``max_depth`` optional fields are ``None``/``[]``,
lists have their minimum length, and every choice among classes takes the one that
needs the least nesting, so every draw terminates.

The abstract flags and the built-in ancestry of simple types come from the schema set
itself, read once per schema set with ``xmlschema`` (local files only).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from functools import cache
from typing import Any

import xmlschema
from hypothesis import strategies as st
from lxml import etree

from energyinterop.xml.anyelement import AnyElement
from energyinterop.xml.binding import iter_class_specs
from energyinterop.xml.schemaset import SchemaSet, ei_schema_set, openadr_schema_set
from energyinterop.xml.specs import BindingSpec, ClassSpec, ElementSpec, FieldSpec, SimpleSpec
from energyinterop.xml.values import CONVERTERS

XS = "http://www.w3.org/2001/XMLSchema"
INFINITE = 10**9  # "cannot be built" in the nesting-cost table

# --------------------------------------------------------------------------- schema facts


@dataclass(frozen=True)
class SchemaFacts:
    """What the binding tables leave out and the strategies need to stay valid."""

    abstract_types: frozenset[str]
    abstract_elements: frozenset[str]
    builtin_of: dict[str, str]  # simple type qname -> local name of its nearest XSD built-in

    def builtin(self, qname: str | None) -> str | None:
        return self.builtin_of.get(qname) if qname else None


def load_facts(schema_set: SchemaSet) -> SchemaFacts:
    """Abstract types/elements and built-in ancestry of every global simple type."""
    schema = xmlschema.XMLSchema10(str(schema_set.entry_path), allow="local")
    maps = schema.maps
    abstract_types = frozenset(
        name for name, xsd_type in maps.types.items()
        if getattr(xsd_type, "abstract", False) and not name.startswith(f"{{{XS}}}")
    )
    abstract_elements = frozenset(name for name, element in maps.elements.items() if element.abstract)
    builtin_of: dict[str, str] = {}
    for name, xsd_type in maps.types.items():
        current = xsd_type
        while current is not None:
            if current.is_global() and current.target_namespace == XS:
                builtin_of[name] = current.local_name
                break
            current = getattr(current, "base_type", None)
    return SchemaFacts(abstract_types, abstract_elements, builtin_of)


@cache
def openadr_facts() -> SchemaFacts:
    return load_facts(openadr_schema_set())


@cache
def ei_facts() -> SchemaFacts:
    return load_facts(ei_schema_set())


# --------------------------------------------------------------------------- simple values

# XML 1.0 Char minus what the codec cannot or should not carry: C0 controls other than
# tab/newline, U+FFFE/U+FFFF and surrogates are illegal; '\r' is legal but a parser
# normalises a literal CR, so generated text never contains it (the encoder escapes it,
# but patterns such as [^\r\n] still need it in the regex alphabet, hence the filter).
_ILLEGAL = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])) + "\ufffe\uffff"
_REGEX_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters=_ILLEGAL)
_TEXT_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters=_ILLEGAL + "\r")
_MAX_TEXT = 12

# Integer value spaces of the XSD built-ins; unbounded ones are capped to keep text short.
_BIG = 10**18
_INT_RANGES: dict[str, tuple[int, int]] = {
    "integer": (-_BIG, _BIG), "long": (-2**63, 2**63 - 1), "int": (-2**31, 2**31 - 1),
    "short": (-2**15, 2**15 - 1), "byte": (-128, 127),
    "nonNegativeInteger": (0, _BIG), "positiveInteger": (1, _BIG),
    "nonPositiveInteger": (-_BIG, 0), "negativeInteger": (-_BIG, -1),
    "unsignedLong": (0, 2**64 - 1), "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1), "unsignedByte": (0, 255),
}

# Lexical forms for string built-ins that are narrower than xs:string.
_NCNAME = r"[A-Za-z_][A-Za-z0-9_.\-]{0,10}"
_STRING_BUILTINS: dict[str, str] = {
    "ID": _NCNAME, "IDREF": _NCNAME, "NCName": _NCNAME, "ENTITY": _NCNAME,
    "Name": r"[A-Za-z_:][A-Za-z0-9_.:\-]{0,10}",
    "NMTOKEN": r"[A-Za-z0-9_.:\-]{1,10}",
    "anyURI": r"(urn:example:[a-z0-9]{1,8}|https://example\.com/[A-Za-z0-9_.~\-/]{0,12}|[a-z]{1,8})",
    "language": r"[a-z]{2}(-[A-Z]{2})?",
    "QName": r"[a-z]{1,8}",
}

_ZONES = st.sampled_from([timezone.utc, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30)),
                          timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))])


def _aware_datetimes() -> st.SearchStrategy[datetime]:
    """Timezone-aware, microsecond precision; the UTC instant stays within years 1000..9999
    so the encoder's UTC form is a plain four-digit year."""
    naive = st.datetimes(min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30))
    return st.tuples(naive, _ZONES).map(lambda pair: pair[0].replace(tzinfo=timezone.utc).astimezone(pair[1]))


def _numbers(digits: int, exponents: tuple[int, int]) -> st.SearchStrategy[Decimal]:
    """Decimals ``m * 10**e`` with at most ``digits`` digits: short lexical forms."""
    mantissa = st.integers(min_value=-(10**digits - 1), max_value=10**digits - 1)
    exponent = st.integers(min_value=exponents[0], max_value=exponents[1])
    return st.builds(lambda m, e: Decimal(m).scaleb(e), mantissa, exponent)


def _durations(whole_seconds: bool) -> st.SearchStrategy[timedelta]:
    """Typical values, seconds up to ~30 years, and the whole ``timedelta`` range."""
    small = st.sampled_from([timedelta(0), timedelta(minutes=15), timedelta(hours=1), timedelta(days=1)])
    seconds = st.integers(min_value=-(10**9), max_value=10**9).map(lambda s: timedelta(seconds=s))
    full = st.timedeltas()
    if whole_seconds:
        full = full.map(lambda t: t - timedelta(microseconds=t.microseconds))
    return st.one_of(small, seconds, full)


def _matches_all(spec: SimpleSpec) -> Callable[[str], bool]:
    """The XSD pattern rule: the text matches one alternative of every derivation step."""
    steps = [[re.compile(p) for p in step] for step in spec.patterns]
    return lambda text: all(any(p.fullmatch(text) for p in step) for step in steps)


class _SimpleStrategies:
    """Strategies of Python values for :class:`SimpleSpec`, cached per spec."""

    def __init__(self, binding: BindingSpec, facts: SchemaFacts) -> None:
        self.binding = binding
        self.facts = facts
        self._cache: dict[int, st.SearchStrategy[Any]] = {}

    def qname(self, spec: SimpleSpec) -> str | None:
        """``xs:unsignedInt`` -> ``{XS}unsignedInt``; names with a suffix such as
        ``xs:string fixed to 'V'`` are read up to the first space."""
        name = spec.name.split(" ", 1)[0]
        prefix, colon, local = name.rpartition(":")
        if not colon:
            return None
        namespace = XS if prefix == "xs" else self.binding.prefixes.get(prefix)
        return f"{{{namespace}}}{local}" if namespace else None

    def builtin(self, spec: SimpleSpec) -> str | None:
        return spec.builtin or self.facts.builtin(self.qname(spec))

    def is_id(self, spec: SimpleSpec) -> bool:
        return self.builtin(spec) == "ID"

    def __call__(self, spec: SimpleSpec, *, in_union: bool = False) -> st.SearchStrategy[Any]:
        key = id(spec) * 2 + in_union
        strategy = self._cache.get(key)
        if strategy is None:
            strategy = self._cache[key] = self._build(spec, in_union)
        return strategy

    def _build(self, spec: SimpleSpec, in_union: bool) -> st.SearchStrategy[Any]:
        if spec.members:
            # A union decodes as the text of whichever member matched: a plain str.
            return st.one_of([self(member, in_union=True) for member in spec.members])
        if spec.kind == "enum":
            assert spec.enum is not None
            members = list(spec.enum)
            return st.sampled_from([m.value for m in members] if in_union else members)
        if spec.kind == "list":
            assert spec.item is not None
            low = spec.min_length or 0
            high = spec.max_length if spec.max_length is not None else low + 4
            return st.lists(self(spec.item), min_size=low, max_size=high)
        parse, fmt = CONVERTERS[spec.kind]
        if spec.values:
            return st.sampled_from([parse(text) for text in spec.values])
        if spec.kind == "str":
            return self._strings(spec)
        base = self._base(spec)
        if spec.patterns:
            matches = _matches_all(spec)
            base = base.filter(lambda value: matches(fmt(value)))
        return base

    def _strings(self, spec: SimpleSpec) -> st.SearchStrategy[str]:
        low, high = spec.min_length or 0, spec.max_length
        lexical = _STRING_BUILTINS.get(self.builtin(spec) or "")
        if spec.patterns and lexical is None:
            matches = _matches_all(spec)
            first = st.one_of([st.from_regex(p, fullmatch=True, alphabet=_REGEX_ALPHABET) for p in spec.patterns[0]])
            return first.filter(
                lambda s: "\r" not in s and matches(s) and len(s) >= low and (high is None or len(s) <= high)
            )
        if lexical is not None:
            # A compact form of the built-in (the binding's own pattern for it, e.g. the
            # full Unicode NCName class, is far too slow to draw from), checked against
            # every pattern step the binding enforces.
            strategy = st.from_regex(lexical, fullmatch=True)
            if spec.patterns:
                strategy = strategy.filter(_matches_all(spec))
            if low or high is not None:
                strategy = strategy.filter(lambda s: len(s) >= low and (high is None or len(s) <= high))
            return strategy
        return st.text(_TEXT_ALPHABET, min_size=low, max_size=high if high is not None else max(low, _MAX_TEXT))

    def _base(self, spec: SimpleSpec) -> st.SearchStrategy[Any]:
        kind = spec.kind
        if kind == "bool":
            return st.booleans()
        if kind == "int":
            low, high = _INT_RANGES.get(self.builtin(spec) or "", _INT_RANGES["int"])
            if spec.min_inclusive is not None:
                low = max(low, int(spec.min_inclusive))
            if spec.min_exclusive is not None:
                low = max(low, int(spec.min_exclusive) + 1)
            if spec.max_inclusive is not None:
                high = min(high, int(spec.max_inclusive))
            if spec.max_exclusive is not None:
                high = min(high, int(spec.max_exclusive) - 1)
            return st.integers(min_value=low, max_value=high)
        if kind in ("decimal", "float"):
            return self._decimals(spec)
        if kind == "datetime":
            return _aware_datetimes()
        if kind == "date":
            return st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
        if kind == "time":
            return st.times(max_value=time(23, 59, 59, 999999))
        if kind == "duration":
            # When the pattern forbids fractions of a second (xcal:DurationValueType),
            # draw whole seconds rather than filtering most draws away.
            fmt = CONVERTERS["duration"][1]
            whole = bool(spec.patterns) and not _matches_all(spec)(fmt(timedelta(microseconds=500000)))
            return _durations(whole)
        if kind in ("base64", "hex"):
            low = spec.min_length or 0
            return st.binary(min_size=low, max_size=spec.max_length if spec.max_length is not None else low + 8)
        raise ValueError(f"no strategy for simple kind {kind!r} ({spec.name})")

    def _decimals(self, spec: SimpleSpec) -> st.SearchStrategy[Decimal]:
        bounds = (spec.min_inclusive, spec.max_inclusive, spec.min_exclusive, spec.max_exclusive)
        if any(b is not None for b in bounds):
            low = spec.min_inclusive if spec.min_inclusive is not None else spec.min_exclusive
            high = spec.max_inclusive if spec.max_inclusive is not None else spec.max_exclusive
            strategy = st.decimals(min_value=low, max_value=high, places=3, allow_nan=False, allow_infinity=False)
            return strategy.filter(lambda v: (spec.min_exclusive is None or v > spec.min_exclusive)
                                   and (spec.max_exclusive is None or v < spec.max_exclusive))
        if spec.kind == "decimal":
            return _numbers(12, (-6, 6))
        # xs:float / xs:double: stay well inside the float range; the infinities are
        # valid lexical values. NaN is left out: it never equals itself.
        specials = st.sampled_from([Decimal("Infinity"), Decimal("-Infinity")])
        return st.one_of(_numbers(7, (-20, 20)), specials)


# --------------------------------------------------------------------------- opaque elements


def _canonical(xml: str) -> AnyElement:
    """As the decoder returns it: exclusive C14N of the element."""
    return AnyElement.from_element(etree.fromstring(xml))


# Small valid instances of the elements the bindings keep opaque (AnyElement).
_OPAQUE_SAMPLES: dict[str, tuple[str, ...]] = {
    "{http://www.w3.org/2000/09/xmldsig#}Signature": (
        '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
        '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
        '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"/>'
        '<ds:Reference URI="#signedObject"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
        "<ds:DigestValue>AAECAw==</ds:DigestValue></ds:Reference></ds:SignedInfo>"
        "<ds:SignatureValue>BAUGBw==</ds:SignatureValue></ds:Signature>",
    ),
    "{http://www.w3.org/2005/Atom}feed": (
        '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:id>urn:example:feed</atom:id>'
        "<atom:title>usage</atom:title><atom:updated>2024-01-01T00:00:00Z</atom:updated></atom:feed>",
    ),
    "{urn:ietf:params:xml:ns:icalendar-2.0}components": (
        '<xcal:components xmlns:xcal="urn:ietf:params:xml:ns:icalendar-2.0"/>',
        '<xcal:components xmlns:xcal="urn:ietf:params:xml:ns:icalendar-2.0">'
        '<x:any xmlns:x="urn:example" x:a="1">text</x:any></xcal:components>',
    ),
}
# What an xs:any wildcard field gets: an element in a namespace no schema declares.
_FOREIGN = ('<x:any xmlns:x="urn:example"/>', '<x:any xmlns:x="urn:example"><x:child>1</x:child></x:any>')


def opaque_strategy(qname: str | None) -> st.SearchStrategy[AnyElement]:
    """Valid content for an opaque element; ``None`` stands for a wildcard."""
    if qname is None:
        samples = _FOREIGN
    else:
        samples = _OPAQUE_SAMPLES.get(qname) or (f'<n:{qname.partition("}")[2]} xmlns:n="{qname[1:].partition("}")[0]}"/>',)
    return st.sampled_from([_canonical(xml) for xml in samples])


# --------------------------------------------------------------------------- classes


def all_derived(class_spec: ClassSpec) -> list[ClassSpec]:
    """Every type derived from ``class_spec``, transitively, each once."""
    found: list[ClassSpec] = []
    stack = list(class_spec.derived)
    while stack:
        derived = stack.pop(0)
        if all(derived is not f for f in found):
            found.append(derived)
            stack.extend(derived.derived)
    return found


class StrategyBuilder:
    """Strategies of valid objects for the elements and classes of one schema set."""

    def __init__(self, binding: BindingSpec, facts: SchemaFacts, max_depth: int = 4) -> None:
        self.binding = binding
        self.facts = facts
        self.max_depth = max_depth
        self.simple = _SimpleStrategies(binding, facts)
        self.specs = list(iter_class_specs(binding))
        self._spec_of_class: dict[type, ClassSpec] = {}
        for class_spec in self.specs:
            self._spec_of_class.setdefault(class_spec.cls, class_spec)
        self._cost = self._nesting_costs()
        self._exact: dict[tuple[int, int], st.SearchStrategy[Any]] = {}
        self._values: dict[tuple[int, int], st.SearchStrategy[Any]] = {}

    # ------------------------------------------------------------- public

    def for_element(self, qname: str) -> st.SearchStrategy[Any]:
        """Objects to encode as the global element ``qname`` (IDs unique per document)."""
        if qname in self.facts.abstract_elements:
            raise ValueError(f"{qname} is abstract: no document can have it as its root")
        return self.value_of(self.binding.roots[qname], 0).map(self.unique_ids)

    def value_of(self, class_spec: ClassSpec, depth: int) -> st.SearchStrategy[Any]:
        """An instance of the class or of a concrete class derived from it (xsi:type)."""
        depth = min(depth, self.max_depth + 1)
        key = (id(class_spec), depth)
        strategy = self._values.get(key)
        if strategy is None:
            options = self._concrete(class_spec)
            if not options:
                raise ValueError(f"{class_spec.cls.__name__}: no concrete class can stand for it")
            if depth > self.max_depth:
                options = self._cheapest(options, self._exact_cost)
            strategy = st.one_of([self.exact(option, depth) for option in options])
            self._values[key] = strategy
        return strategy

    def exact(self, class_spec: ClassSpec, depth: int) -> st.SearchStrategy[Any]:
        """An instance of exactly ``class_spec.cls`` (built lazily: types may recurse)."""
        depth = min(depth, self.max_depth + 1)
        key = (id(class_spec), depth)
        strategy = self._exact.get(key)
        if strategy is None:
            strategy = self._exact[key] = st.deferred(lambda: self._build_exact(class_spec, depth))
        return strategy

    def unique_ids(self, obj: Any) -> Any:
        """Make every ``xs:ID`` value of a generated document unique (``id-1``, ``id-2``...),
        as the schema requires. Mutates and returns ``obj`` (freshly generated)."""
        counter = iter(range(1, 1 << 30))
        for holder, name, value in self._id_slots(obj):
            unique = f"{value}-{next(counter)}"
            if isinstance(holder, list):
                holder[name] = unique
            else:
                object.__setattr__(holder, name, unique)
        return obj

    # ------------------------------------------------------------- building

    def _build_exact(self, class_spec: ClassSpec, depth: int) -> st.SearchStrategy[Any]:
        deep = depth > self.max_depth
        plain: dict[str, st.SearchStrategy[Any]] = {}
        for attribute in class_spec.attributes:
            value = self.simple(attribute.simple)
            plain[attribute.name] = value if attribute.required else st.none() | value
        if class_spec.text is not None:
            plain["value"] = self.simple(class_spec.text)
        in_choice = {name for choice in class_spec.choices for name in choice.fields}
        fields = {f.name: f for f in class_spec.fields}
        for field_spec in class_spec.fields:
            if field_spec.name not in in_choice:
                plain[field_spec.name] = self._field(field_spec, depth, deep)
        choices = [self._choice(choice.fields, choice.min_occurs, fields, depth, deep) for choice in class_spec.choices]
        cls = class_spec.cls

        def build(parts: tuple[Any, ...]) -> Any:
            kwargs = dict(parts[0])
            for chosen in parts[1:]:
                kwargs.update(chosen)
            return cls(**kwargs)

        return st.tuples(st.fixed_dictionaries(plain), *choices).map(build)

    def _choice(self, names: tuple[str, ...], min_occurs: int, fields: dict[str, FieldSpec],
                depth: int, deep: bool) -> st.SearchStrategy[dict[str, Any]]:
        """One member of an xs:choice set (none, when optional), the others empty."""
        members = [fields[name] for name in names if self._field_cost(fields[name]) < INFINITE]
        if deep:
            members = self._cheapest(members, self._field_cost)
        empty = {f.name: ([] if f.repeated else None) for f in (fields[name] for name in names)}

        def with_member(field_spec: FieldSpec) -> st.SearchStrategy[dict[str, Any]]:
            # A chosen member is present: at least one item even when its own minOccurs is 0.
            value = self._field(field_spec, depth, deep, at_least=1)
            return value.map(lambda v, name=field_spec.name: {**empty, name: v})

        options = [with_member(f) for f in members]
        if not min_occurs:
            options.insert(0, st.just(empty))
        return st.one_of(options)

    def _field(self, field_spec: FieldSpec, depth: int, deep: bool, at_least: int = 0) -> st.SearchStrategy[Any]:
        low = max(field_spec.min_occurs, at_least)
        if not low and self._field_cost(field_spec) >= INFINITE:
            # e.g. an abstract head no type in the set derives from: only absence is valid
            return st.just([]) if field_spec.repeated else st.none()
        item = self._item(field_spec, depth, deep)
        if field_spec.repeated:
            extra = 0 if deep else (2 if depth < 2 else 1)
            high = low + extra if field_spec.max_occurs is None else min(low + extra, field_spec.max_occurs)
            return st.lists(item, min_size=low, max_size=high)
        if low:
            return item
        return st.none() if deep else st.none() | item

    def _item(self, field_spec: FieldSpec, depth: int, deep: bool) -> st.SearchStrategy[Any]:
        if field_spec.wildcard:
            return opaque_strategy(None)
        elements = [e for e in field_spec.elements if self._element_cost(e) < INFINITE]
        if not elements:
            raise ValueError(f"field {field_spec.name}: no element can be built")
        if deep:
            elements = self._cheapest(elements, self._element_cost)
        return st.one_of([self._element_value(e, depth) for e in elements])

    def _element_value(self, element: ElementSpec, depth: int) -> st.SearchStrategy[Any]:
        target = element.target
        if target is None:
            return opaque_strategy(element.qname)
        if isinstance(target, SimpleSpec):
            value = self.simple(target)
            wrapper = element.cls
            return value if wrapper is None else value.map(lambda v: wrapper(value=v))
        if element.cls is not None and element.cls is not target.cls:
            raise ValueError(f"{element.qname}: element class {element.cls.__name__} is not its target's class")
        return self.value_of(target, depth + 1)

    # ------------------------------------------------------------- abstractness and cost

    def _is_concrete(self, class_spec: ClassSpec) -> bool:
        """Instantiable: not an abstract XSD type."""
        return class_spec.type_qname is None or class_spec.type_qname not in self.facts.abstract_types

    def _concrete(self, class_spec: ClassSpec) -> list[ClassSpec]:
        candidates = [class_spec, *all_derived(class_spec)]
        return [c for c in candidates if self._is_concrete(c) and self._exact_cost(c) < INFINITE]

    @staticmethod
    def _cheapest(options: list[Any], cost: Callable[[Any], int]) -> list[Any]:
        best = min(cost(option) for option in options)
        return [option for option in options if cost(option) == best]

    def _nesting_costs(self) -> dict[int, int]:
        """Least nesting depth a valid instance of each class needs (fixed point)."""
        self._cost = {id(spec): INFINITE for spec in self.specs}
        changed = True
        while changed:
            changed = False
            for spec in self.specs:
                cost = self._compute_exact_cost(spec)
                if cost < self._cost[id(spec)]:
                    self._cost[id(spec)] = cost
                    changed = True
        return self._cost

    def _compute_exact_cost(self, class_spec: ClassSpec) -> int:
        fields = {f.name: f for f in class_spec.fields}
        in_choice = {name for choice in class_spec.choices for name in choice.fields}
        needs = [self._field_cost(f) for f in class_spec.fields if f.min_occurs and f.name not in in_choice]
        for choice in class_spec.choices:
            if choice.min_occurs:
                needs.append(min((self._field_cost(fields[name]) for name in choice.fields), default=INFINITE))
        worst = max(needs, default=0)
        return INFINITE if worst >= INFINITE else worst + 1

    def _exact_cost(self, class_spec: ClassSpec) -> int:
        return self._cost.get(id(class_spec), INFINITE)

    def _value_cost(self, class_spec: ClassSpec) -> int:
        candidates = [class_spec, *all_derived(class_spec)]
        return min((self._exact_cost(c) for c in candidates if self._is_concrete(c)), default=INFINITE)

    def _element_cost(self, element: ElementSpec) -> int:
        if element.qname in self.facts.abstract_elements:
            return INFINITE
        if isinstance(element.target, ClassSpec):
            return self._value_cost(element.target)
        return 0

    def _field_cost(self, field_spec: FieldSpec) -> int:
        if field_spec.wildcard:
            return 0
        return min((self._element_cost(e) for e in field_spec.elements), default=INFINITE)

    # ------------------------------------------------------------- ID walk

    def _id_slots(self, obj: Any) -> Iterator[tuple[Any, Any, str]]:
        """(holder, attribute name or list index, value) of every xs:ID value in ``obj``."""
        class_spec = self._spec_of_class.get(type(obj))
        if class_spec is None:
            return
        for attribute in class_spec.attributes:
            value = getattr(obj, attribute.name)
            if value is not None and self.simple.is_id(attribute.simple):
                yield obj, attribute.name, value
        for field_spec in class_spec.fields:
            value = getattr(obj, field_spec.name)
            holders: list[tuple[Any, Any, Any]] = (
                [(value, index, item) for index, item in enumerate(value)] if isinstance(value, list)
                else [(obj, field_spec.name, value)]
            )
            id_elements = [e for e in field_spec.elements
                           if isinstance(e.target, SimpleSpec) and self.simple.is_id(e.target)]
            for holder, slot, item in holders:
                if item is None:
                    continue
                if dataclasses.is_dataclass(item) and type(item) in self._spec_of_class:
                    yield from self._id_slots(item)
                for element in id_elements:
                    if element.cls is None and isinstance(item, str):
                        yield holder, slot, item
                    elif element.cls is not None and type(item) is element.cls:
                        yield item, "value", item.value


@cache
def openadr_builder() -> StrategyBuilder:
    """The builder for the OpenADR 2.0b set (its strategies are cached)."""
    from energyinterop.openadr._binding import BINDING

    return StrategyBuilder(BINDING, openadr_facts())


@cache
def ei_builder() -> StrategyBuilder:
    """The builder for the EI 1.0 / EMIX / WS-Calendar set (its strategies are cached)."""
    from energyinterop.ei._binding import BINDING

    return StrategyBuilder(BINDING, ei_facts())


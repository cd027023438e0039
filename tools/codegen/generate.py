"""Generate the typed model and binding tables of a schema set from its XSD files.

    python -m tools.codegen            # regenerate every set
    python -m tools.codegen --check    # exit 1 when a generated file is out of date

The schemas are the truth; the Python model follows them. For each set this writes
``<package>/_model.py`` (dataclasses and enums) and ``<package>/_binding.py`` (the
tables read by :mod:`energyinterop.xml.binding`). Structures the engine cannot bind
faithfully stop generation with an error rather than producing a lossy model.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import xmlschema
from xmlschema.validators import (
    XsdAnyElement,
    XsdAtomicBuiltin,
    XsdComplexType,
    XsdElement,
    XsdGroup,
    XsdList,
    XsdSimpleType,
    XsdUnion,
)

XSD = "http://www.w3.org/2001/XMLSchema"

# Primitive XSD types -> converter kinds of energyinterop.xml.values.
_PRIMITIVE_KINDS = {
    "string": "str", "anyURI": "str", "QName": "str", "NOTATION": "str",
    "boolean": "bool", "decimal": "decimal", "float": "float", "double": "float",
    "dateTime": "datetime", "date": "date", "time": "time", "duration": "duration",
    "base64Binary": "base64", "hexBinary": "hex",
    "gYear": "str", "gYearMonth": "str", "gMonth": "str", "gMonthDay": "str", "gDay": "str",
}
# Value spaces XSD's derived built-in types imply; the encoder must enforce them too.
_BUILTIN_BOUNDS = {
    "nonNegativeInteger": (0, None), "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0), "negativeInteger": (None, -1),
    "unsignedLong": (0, 2**64 - 1), "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1), "unsignedByte": (0, 2**8 - 1),
    "long": (-(2**63), 2**63 - 1), "int": (-(2**31), 2**31 - 1),
    "short": (-(2**15), 2**15 - 1), "byte": (-(2**7), 2**7 - 1),
}
# String built-ins whose lexical rules libxml2 applies in its own way (XML 1.0 4th
# edition name characters, its URI parser): the encoder asks libxml2 about them.
_LIBXML2_CHECKED = frozenset({"anyURI", "ID", "IDREF", "NCName", "ENTITY", "Name", "NMTOKEN", "language"})

_PY_TYPES = {
    "str": "str", "bool": "bool", "int": "int", "decimal": "Decimal", "float": "Decimal",
    "datetime": "datetime", "date": "date", "time": "time", "duration": "timedelta",
    "base64": "bytes", "hex": "bytes",
}


@dataclass(frozen=True)
class SetConfig:
    """How one schema set becomes one Python package."""

    name: str
    entry: str  # path of the entry schema, relative to the repository root
    package: str  # dotted package that receives _model.py and _binding.py
    prefixes: dict[str, str]  # prefix -> namespace, in declaration order
    # Simple types whose lexical space is a duration or dateTime though XSD says string.
    kind_overrides: dict[str, str] = field(default_factory=dict)
    # Elements carried as AnyElement instead of being mapped (content left to other specs).
    opaque: frozenset[str] = frozenset()
    # Namespaces declared for prefixes only: their types get classes only when reachable.
    unmapped: frozenset[str] = frozenset()


# ---------------------------------------------------------------------- naming


def snake(name: str) -> str:
    name = name.replace("-", "_").replace(".", "_")
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    name = re.sub(r"(?<=[A-Z])([A-Z][a-z])", r"_\1", name)
    name = re.sub(r"_+", "_", name).lower().strip("_")
    if keyword.iskeyword(name):
        name += "_"
    return name or "field_"


def pascal(name: str) -> str:
    parts = re.split(r"[-_.\s]+", name)
    result = "".join(part[:1].upper() + part[1:] for part in parts if part)
    if not result or not result[0].isalpha():
        result = "T" + result
    return result


def enum_member(value: str, used: set[str]) -> str:
    name = re.sub(r"\W+", "_", value).strip("_") or "empty"
    if name[0].isdigit():
        name = "v" + name
    if keyword.iskeyword(name) or name in ("name", "value", "mro"):
        name += "_"
    base, number = name, 2
    while name in used:
        name = f"{base}_{number}"
        number += 1
    used.add(name)
    return name


def local(qname: str) -> str:
    return qname.rsplit("}", 1)[-1]


def namespace(qname: str) -> str:
    return qname[1:].split("}", 1)[0] if qname.startswith("{") else ""


# ------------------------------------------------------------------ collected model


@dataclass
class SimpleInfo:
    var: str
    kind: str
    enum_class: str | None = None
    item: SimpleInfo | None = None
    members: list[SimpleInfo] = field(default_factory=list)
    patterns: list[list[str]] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    facets: dict[str, Any] = field(default_factory=dict)
    label: str = ""
    fixed: str | None = None  # set when an element fixes the value: it is the default
    builtin: str = ""  # the XSD built-in the type derives from, where the encoder needs it

    @property
    def py_type(self) -> str:
        if self.kind == "enum":
            assert self.enum_class
            return self.enum_class
        if self.kind == "list":
            assert self.item
            return f"list[{self.item.py_type}]"
        return _PY_TYPES[self.kind]


@dataclass
class ElementInfo:
    qname: str
    target: SimpleInfo | ClassInfo | None  # None: opaque
    wrapper: str | None = None  # class standing for this element in a union


@dataclass
class FieldInfo:
    name: str
    elements: list[ElementInfo]
    min_occurs: int
    max_occurs: int | None
    choice: int | None = None
    wildcard: bool = False

    @property
    def repeated(self) -> bool:
        return self.max_occurs is None or self.max_occurs > 1


@dataclass
class AttrInfo:
    name: str
    qname: str
    simple: SimpleInfo
    required: bool


@dataclass
class ClassInfo:
    name: str
    xsd: XsdComplexType | None  # None for element wrapper classes
    type_qname: str | None
    doc: str
    base: ClassInfo | None = None
    fields: list[FieldInfo] = field(default_factory=list)
    attributes: list[AttrInfo] = field(default_factory=list)
    text: SimpleInfo | None = None
    choices: list[tuple[int, list[str], int]] = field(default_factory=list)
    derived: list[ClassInfo] = field(default_factory=list)
    abstract: bool = False
    built: bool = False


@dataclass
class EnumInfo:
    name: str
    doc: str
    values: list[str]


# ------------------------------------------------------------------ the generator


class Generator:
    def __init__(self, config: SetConfig, schema: xmlschema.XMLSchemaBase) -> None:
        self.config = config
        self.schema = schema
        self.maps = schema.maps
        self.namespaces = set(config.prefixes.values())
        self.mapped = self.namespaces - config.unmapped
        self.classes: dict[int, ClassInfo] = {}  # id(XsdComplexType) -> class
        self.class_list: list[ClassInfo] = []
        self.wrappers: dict[str, ClassInfo] = {}  # element qname -> wrapper class
        self.enums: dict[int, EnumInfo] = {}
        self.simples: dict[int, SimpleInfo] = {}
        self.simple_list: list[SimpleInfo] = []
        self.used_names: set[str] = set()
        self.choice_counter = 0

    # -- entry

    def run(self) -> tuple[str, str]:
        self.shared = self.elements_sharing_a_type()
        for qname, xsd_type in sorted(self.maps.types.items()):
            if namespace(qname) in self.mapped and isinstance(xsd_type, XsdComplexType):
                self.class_for(xsd_type, pascal_type_name(local(qname)))
        roots: dict[str, ClassInfo] = {}
        for qname, element in sorted(self.maps.elements.items()):
            if namespace(qname) not in self.mapped or self.is_opaque(element):
                continue
            if isinstance(element.type, XsdComplexType):
                roots[qname] = self.class_for(element.type, pascal(local(qname)))
        pending = True
        while pending:
            pending = False
            for info in list(self.class_list):
                if not info.built:
                    self.build(info)
                    pending = True
        self.link_derived()
        # A global element with a class of its own is that class at the root too.
        for qname in roots:
            wrapper = self.wrappers.get(qname)
            if wrapper is not None and wrapper.text is None:
                roots[qname] = wrapper
        return self.render_model(), self.render_binding(roots)

    # -- classes

    def unique(self, wanted: str, prefix: str = "") -> str:
        name = wanted
        if name in self.used_names and prefix:
            name = pascal(prefix) + wanted
        base, number = name, 2
        while name in self.used_names:
            name = f"{base}{number}"
            number += 1
        self.used_names.add(name)
        return name

    def prefix_of(self, qname: str) -> str:
        ns = namespace(qname)
        if ns == XSD:
            return "xs"
        for prefix, uri in self.config.prefixes.items():
            if uri == ns:
                return prefix
        return "x"

    def class_for(self, xsd_type: XsdComplexType, wanted: str, context: str = "") -> ClassInfo:
        info = self.classes.get(id(xsd_type))
        if info is not None:
            return info
        type_qname = xsd_type.name if xsd_type.name and namespace(xsd_type.name) in self.namespaces else None
        prefix = self.prefix_of(type_qname) if type_qname else context
        name = self.unique(wanted, prefix)
        doc = f"XSD type {self.prefixed(type_qname)}" if type_qname else f"anonymous type of {wanted}"
        info = ClassInfo(name=name, xsd=xsd_type, type_qname=type_qname, doc=doc,
                         abstract=bool(getattr(xsd_type, "abstract", False)))
        self.classes[id(xsd_type)] = info
        self.class_list.append(info)
        return info

    def prefixed(self, qname: str | None) -> str:
        if not qname:
            return ""
        return f"{self.prefix_of(qname)}:{local(qname)}"

    def build(self, info: ClassInfo) -> None:
        info.built = True
        xsd_type = info.xsd
        assert xsd_type is not None
        base = xsd_type.base_type
        if (isinstance(base, XsdComplexType) and xsd_type.derivation == "extension"
                and base.name and namespace(base.name) in self.namespaces):
            info.base = self.class_for(base, pascal_type_name(local(base.name)))
            if not info.base.built:
                self.build(info.base)
        for attribute in xsd_type.attributes.values():
            if attribute.name is None or not hasattr(attribute, "type"):
                continue  # xs:anyAttribute: attributes the schema leaves open are not mapped
            qname = attribute.name
            info.attributes.append(AttrInfo(
                name=snake(local(qname)), qname=qname,
                simple=self.simple_for(attribute.type, f"{info.name}.{local(qname)}"),
                required=attribute.use == "required"))
        if xsd_type.has_simple_content():
            info.text = self.simple_for(xsd_type.content, f"{info.name} content")
            for attribute in info.attributes:  # the text is the field "value"
                if attribute.name == "value":
                    attribute.name = "value_attr"
            return
        if xsd_type.mixed and not xsd_type.is_empty():
            raise SystemExit(f"{info.name}: mixed content cannot be bound; mark its element opaque")
        if isinstance(xsd_type.content, XsdGroup):
            self.walk(info, xsd_type.content, 1, 1, None)
        names = [f.name for f in info.fields] + [a.name for a in info.attributes]
        for attribute in info.attributes:
            if names.count(attribute.name) > 1:
                attribute.name += "_attr"
        for f in info.fields:
            if [g.name for g in info.fields].count(f.name) > 1:
                qname = f.elements[0].qname if f.elements else ""
                f.name = snake(self.prefix_of(qname)) + "_" + f.name
        if len({f.name for f in info.fields}) != len(info.fields):
            raise SystemExit(f"{info.name}: duplicate field names {[f.name for f in info.fields]}")

    def walk(self, info: ClassInfo, group: XsdGroup, low: int, high: int | None,
             choice: int | None) -> None:
        group_low = low * group.min_occurs
        group_high = None if high is None or group.max_occurs is None else high * group.max_occurs
        if group.model == "choice" and len(group) > 1 and (group.max_occurs is None or group.max_occurs > 1):
            self.repeated_choice(info, group, group_low, group_high)
            return
        if group.model == "choice" and len(group) > 1:
            self.choice_counter += 1
            number = self.choice_counter
            before = len(info.fields)
            for particle in group:
                self.walk_particle(info, particle, 0, group_high, number)
            names = [f.name for f in info.fields[before:]]
            info.choices.append((number, names, group_low))
            return
        if (group.max_occurs is None or group.max_occurs > 1) and len(group) > 1:
            raise SystemExit(f"{info.name}: repeated xs:sequence of several particles is not supported")
        for particle in group:
            self.walk_particle(info, particle, group_low, group_high, choice)

    def repeated_choice(self, info: ClassInfo, group: XsdGroup, low: int, high: int | None) -> None:
        """(a | b | c)* keeps its order: one list field whose items' classes name the elements."""
        elements: list[ElementInfo] = []
        least = None
        for particle in group:
            if not isinstance(particle, XsdElement) or (particle.max_occurs or 2) > 1:
                raise SystemExit(f"{info.name}: a repeated choice may only hold single elements")
            head = particle.ref if particle.ref is not None else particle
            elements += [self.element_info(element, info) for element in self.allowed_elements(head)]
            least = particle.min_occurs if least is None else min(least, particle.min_occurs)
        self.ensure_distinct(elements)
        info.fields.append(FieldInfo("items", elements, low * (least or 0), high))

    def walk_particle(self, info: ClassInfo, particle: Any, low: int, high: int | None,
                      choice: int | None) -> None:
        if isinstance(particle, XsdGroup):
            self.walk(info, particle, low, high, choice)
            return
        p_low = low * particle.min_occurs
        p_high = None if high is None or particle.max_occurs is None else high * particle.max_occurs
        if isinstance(particle, XsdAnyElement):
            info.fields.append(FieldInfo("any_elements", [], p_low, p_high, choice, wildcard=True))
            return
        assert isinstance(particle, XsdElement)
        head = particle.ref if particle.ref is not None else particle
        allowed = self.allowed_elements(head)
        if not allowed:
            raise SystemExit(f"{info.name}: {particle.name} is abstract and has no members")
        elements = [self.element_info(element, info) for element in allowed]
        if len(elements) > 1:
            self.ensure_distinct(elements)
        info.fields.append(FieldInfo(snake(local(particle.name)), elements, p_low, p_high, choice))

    def elements_sharing_a_type(self) -> set[str]:
        """Complex-typed elements that share their type with another member of one
        substitution family: each gets a class of its own, wherever it appears, so the
        class of a value always names its element."""
        shared: set[str] = set()
        for head_name in self.maps.substitution_groups:
            family = self.allowed_elements(self.maps.elements[head_name])
            by_type: dict[int, list[XsdElement]] = {}
            for element in family:
                if isinstance(element.type, XsdComplexType) and not self.is_opaque(element):
                    by_type.setdefault(id(element.type), []).append(element)
            for members in by_type.values():
                if len(members) > 1:
                    shared.update(member.name for member in members)
        return shared

    def allowed_elements(self, head: XsdElement) -> list[XsdElement]:
        """The element itself (unless abstract) and every member of its substitution group."""
        found: list[XsdElement] = []
        stack = [head]
        seen: set[str] = set()
        while stack:
            element = stack.pop(0)
            if element.name in seen:
                continue
            seen.add(element.name)
            if not element.abstract:
                found.append(element)
            stack.extend(sorted(self.maps.substitution_groups.get(element.name, ()),
                                key=lambda e: e.name))
        return found

    def is_opaque(self, element: XsdElement) -> bool:
        """Opaque by configuration, or typed xs:anyType (any content at all)."""
        return element.name in self.config.opaque or element.type.name == f"{{{XSD}}}anyType"

    def element_info(self, element: XsdElement, owner: ClassInfo) -> ElementInfo:
        if self.is_opaque(element):
            return ElementInfo(element.name, None)
        if element.nillable:
            # A nilled element has none of the content its type requires, and the
            # decoders take a required child without looking: carry it opaque instead.
            raise SystemExit(f"{owner.name}: {element.name} is nillable; mark it opaque")
        xsd_type = element.type
        if isinstance(xsd_type, XsdComplexType):
            wanted = pascal(local(element.name))
            target: SimpleInfo | ClassInfo = self.class_for(
                xsd_type, wanted if xsd_type.name is None else pascal_type_name(local(xsd_type.name)),
                context=owner.name)
            info = ElementInfo(element.name, target)
            if element.name in self.shared:
                info.wrapper = self.wrapper_for(info).name
            return info
        target = self.simple_for(xsd_type, local(element.name))
        if element.fixed is not None:
            target = self.fixed_simple(target, str(element.fixed))
        return ElementInfo(element.name, target)

    def fixed_simple(self, base: SimpleInfo, fixed: str) -> SimpleInfo:
        """A simple type narrowed to the one value an element fixes."""
        info = SimpleInfo(var=f"S{len(self.simple_list)}", kind=base.kind, enum_class=base.enum_class,
                          item=base.item, members=list(base.members), patterns=list(base.patterns),
                          values=[fixed] if base.kind != "enum" else [], facets=dict(base.facets),
                          label=f"{base.label} fixed to {fixed!r}", fixed=fixed, builtin=base.builtin)
        self.simple_list.append(info)
        return info

    def ensure_distinct(self, elements: list[ElementInfo]) -> None:
        """A union field names its element by the value's class: give shared ones their own.

        Simple values are always wrapped in a union: a str could stand for any element."""
        counts: dict[int, int] = {}
        for element in elements:
            counts[id(element.target)] = counts.get(id(element.target), 0) + 1
        for element in elements:
            unique_class = isinstance(element.target, ClassInfo) and counts[id(element.target)] == 1
            if element.wrapper or unique_class:
                continue
            element.wrapper = self.wrapper_for(element).name

    def wrapper_for(self, element: ElementInfo) -> ClassInfo:
        existing = self.wrappers.get(element.qname)
        if existing is not None:
            return existing
        name = self.unique(pascal(local(element.qname)), self.prefix_of(element.qname))
        info = ClassInfo(name=name, xsd=None, type_qname=None, built=True,
                         doc=f"the element {self.prefixed(element.qname)}")
        if isinstance(element.target, ClassInfo):
            info.base = element.target
        else:
            assert element.target is not None
            info.text = element.target
        self.wrappers[element.qname] = info
        self.class_list.append(info)
        return info

    def link_derived(self) -> None:
        by_qname = {c.type_qname: c for c in self.class_list if c.type_qname}
        for info in self.class_list:
            if info.xsd is None or info.type_qname is None:
                continue
            base = info.xsd.base_type
            if isinstance(base, XsdComplexType) and base.name in by_qname:
                by_qname[base.name].derived.append(info)

    # -- simple types

    def simple_for(self, xsd_type: XsdSimpleType, label: str) -> SimpleInfo:
        info = self.simples.get(id(xsd_type))
        if info is not None:
            return info
        var = f"S{len(self.simple_list)}"
        name = xsd_type.name or ""
        info = SimpleInfo(var=var, kind="str", label=self.prefixed(name) if name else label)
        self.simples[id(xsd_type)] = info
        self.simple_list.append(info)
        override = self.config.kind_overrides.get(name)
        if isinstance(xsd_type, XsdList):
            info.kind = "list"
            info.item = self.simple_for(xsd_type.item_type, f"{label} item")
            self.collect_facets(info, xsd_type)
            return info
        if isinstance(xsd_type, XsdUnion) or isinstance(getattr(xsd_type, "base_type", None), XsdUnion):
            union = xsd_type if isinstance(xsd_type, XsdUnion) else xsd_type.base_type
            info.kind = "str"
            info.members = [self.simple_for(member, f"{label} member") for member in union.member_types]
            if union is not xsd_type:
                self.collect_facets(info, xsd_type)
            return info
        info.kind = override or self.primitive_kind(xsd_type)
        self.collect_facets(info, xsd_type)
        if info.kind == "str" and info.values and override is None:
            info.kind = "enum"
            info.enum_class = self.enum_for(xsd_type, label).name
            info.values = []
        return info

    def primitive_kind(self, xsd_type: XsdSimpleType) -> str:
        current: Any = xsd_type
        while current is not None:
            if isinstance(current, XsdAtomicBuiltin) and current.name == f"{{{XSD}}}integer":
                return "int"
            if current.name and namespace(current.name) == XSD and local(current.name) in _PRIMITIVE_KINDS:
                return _PRIMITIVE_KINDS[local(current.name)]
            current = getattr(current, "base_type", None)
        return "str"

    def collect_facets(self, info: SimpleInfo, xsd_type: Any) -> None:
        current = xsd_type
        enumeration_seen = False
        while current is not None and not (current.name and namespace(current.name) == XSD):
            patterns = getattr(current, "patterns", None)
            if patterns:
                info.patterns.append([p.pattern for p in patterns.patterns])
            enumeration = getattr(current, "enumeration", None)
            if enumeration and not enumeration_seen:
                enumeration_seen = True  # the most derived enumeration is the one that binds
                info.values = [str(v) for v in enumeration]
            facets = getattr(current, "facets", {}) or {}
            for key, facet in facets.items():
                if key is None:
                    continue
                short = local(key)
                if short in ("minLength", "maxLength", "length", "minInclusive", "maxInclusive",
                             "minExclusive", "maxExclusive") and short not in info.facets:
                    info.facets[short] = facet.value
            current = getattr(current, "base_type", None)
            if isinstance(current, XsdUnion):
                return
        self.collect_builtin_facets(info, current)

    def collect_builtin_facets(self, info: SimpleInfo, builtin: Any) -> None:
        """The value space of the nearest derived built-in: integer ranges, name forms."""
        while builtin is not None and builtin.name and namespace(builtin.name) == XSD:
            name = local(builtin.name)
            if name in _BUILTIN_BOUNDS:
                low, high = _BUILTIN_BOUNDS[name]
                if low is not None:
                    info.facets["minInclusive"] = max(low, info.facets.get("minInclusive", low))
                if high is not None:
                    info.facets["maxInclusive"] = min(high, info.facets.get("maxInclusive", high))
                return
            if name in _LIBXML2_CHECKED:
                info.builtin = name
                return
            builtin = getattr(builtin, "base_type", None)

    def enum_for(self, xsd_type: XsdSimpleType, label: str) -> EnumInfo:
        info = self.enums.get(id(xsd_type))
        if info is not None:
            return info
        values: list[str] = []
        current: Any = xsd_type
        while current is not None and not values:
            values = [str(v) for v in (getattr(current, "enumeration", None) or [])]
            current = getattr(current, "base_type", None)
        if xsd_type.name:
            wanted = pascal_type_name(local(xsd_type.name))
            prefix = self.prefix_of(xsd_type.name)
        else:
            wanted, prefix = pascal(label.replace(".", "_").replace(" ", "_")), ""
        name = self.unique(wanted, prefix)
        info = EnumInfo(name=name, doc=f"XSD type {self.prefixed(xsd_type.name)}" if xsd_type.name
                        else f"values of {label}", values=values)
        self.enums[id(xsd_type)] = info
        return info

    # -- rendering

    def annotation(self, f: FieldInfo) -> str:
        if f.wildcard:
            inner = "AnyElement"
        else:
            options: list[str] = []
            for element in f.elements:
                if element.wrapper:
                    option = element.wrapper
                elif element.target is None:
                    option = "AnyElement"
                elif isinstance(element.target, ClassInfo):
                    option = element.target.name
                else:
                    option = element.target.py_type
                if option not in options:
                    options.append(option)
            inner = " | ".join(options)
        if f.repeated:
            return f"list[{inner}]"
        if f.min_occurs == 0 or f.choice is not None:
            return f"{inner} | None"
        return inner

    def render_model(self) -> str:
        out = [
            f'"""Typed model of the {self.config.name} schema set.',
            "",
            f"Generated from {self.config.entry} by tools/codegen; do not edit by hand.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "from dataclasses import dataclass, field",
            "from datetime import date, datetime, time, timedelta",
            "from decimal import Decimal",
            "from enum import Enum",
            "",
            "from energyinterop.xml.anyelement import AnyElement",
            "",
            "__all__ = [",
        ]
        names = sorted([e.name for e in self.enums.values()] + [c.name for c in self.class_list])
        out += [f'    "{name}",' for name in names]
        out += ["]", ""]
        for enum in sorted(self.enums.values(), key=lambda e: e.name):
            out += ["", f"class {enum.name}(str, Enum):", f'    """{enum.doc}"""', ""]
            used: set[str] = set()
            for value in enum.values:
                out.append(f"    {enum_member(value, used)} = {value!r}")
            out.append("")
        for info in self.ordered_classes():
            out += self.render_class(info)
        return "\n".join(out).rstrip() + "\n"

    def ordered_classes(self) -> Iterator[ClassInfo]:
        done: set[str] = set()

        def visit(info: ClassInfo) -> Iterator[ClassInfo]:
            if info.name in done:
                return
            if info.base is not None:
                yield from visit(info.base)
            done.add(info.name)
            yield info

        for info in sorted(self.class_list, key=lambda c: c.name):
            yield from visit(info)

    def own_fields(self, info: ClassInfo) -> list[tuple[str, str, bool, str | None]]:
        """(name, annotation, required, default) of the fields this class adds to its base."""
        inherited: set[str] = set()
        base = info.base
        while base is not None:
            inherited |= {f.name for f in base.fields} | {a.name for a in base.attributes}
            if base.text is not None:
                inherited.add("value")
            base = base.base
        result: list[tuple[str, str, bool, str | None]] = []
        if info.text is not None and "value" not in inherited:
            result.append(("value", info.text.py_type, True, self.default_of(info.text)))
        for f in info.fields:
            if f.name not in inherited:
                required = f.min_occurs > 0 and not f.repeated and f.choice is None
                fixed = f.elements[0].target if len(f.elements) == 1 and not f.elements[0].wrapper else None
                default = self.default_of(fixed) if isinstance(fixed, SimpleInfo) else None
                result.append((f.name, self.annotation(f), required, default))
        for a in info.attributes:
            if a.name not in inherited:
                annotation = a.simple.py_type + ("" if a.required else " | None")
                result.append((a.name, annotation, a.required, self.default_of(a.simple)))
        return result

    def default_of(self, simple: SimpleInfo) -> str | None:
        """Python source of a fixed value, used as the field's default."""
        if simple.fixed is None:
            return None
        if simple.kind == "enum":
            enum = next(e for e in self.enums.values() if e.name == simple.enum_class)
            used: set[str] = set()
            members = {value: enum_member(value, used) for value in enum.values}
            return f"{simple.enum_class}.{members[simple.fixed]}"
        if simple.kind == "str":
            return repr(simple.fixed)
        return None

    def render_class(self, info: ClassInfo) -> list[str]:
        base = f"({info.base.name})" if info.base else ""
        out = ["", "@dataclass(slots=True, kw_only=True)", f"class {info.name}{base}:", f'    """{info.doc}"""', ""]
        fields = self.own_fields(info)
        for name, annotation, required, default in fields:
            if annotation.startswith("list["):
                out.append(f"    {name}: {annotation} = field(default_factory=list)")
            elif default is not None:
                out.append(f"    {name}: {annotation} = {default}")
            elif required:
                out.append(f"    {name}: {annotation}")
            else:
                out.append(f"    {name}: {annotation} = None")
        if not fields:
            out.pop()  # the docstring is body enough
        return out

    def render_binding(self, roots: dict[str, ClassInfo]) -> str:
        out = [
            f'"""Binding tables of the {self.config.name} schema set.',
            "",
            f"Generated from {self.config.entry} by tools/codegen; do not edit by hand.",
            '"""',
            "",
            "from decimal import Decimal",
            "",
            "from energyinterop.xml.specs import (",
            "    AttrSpec,",
            "    BindingSpec,",
            "    ChoiceSpec,",
            "    ClassSpec,",
            "    ElementSpec,",
            "    FieldSpec,",
            "    SimpleSpec,",
            ")",
            "",
            f"from {self.config.package} import _model as m",
            "",
        ]
        for info in self.simples_in_dependency_order():
            out.append(self.render_simple(info))
        out.append("")
        spec_var = {id(c): f"C_{c.name}" for c in self.class_list}
        for info in self.class_list:
            type_qname = repr(info.type_qname) if info.type_qname else "None"
            out.append(f"{spec_var[id(info)]} = ClassSpec(m.{info.name}, {type_qname})")
        out.append("")
        for info in self.class_list:
            var = spec_var[id(info)]
            fields, attributes, text, choices = self.effective(info)
            if fields:
                out.append(f"{var}.fields = (")
                for f in fields:
                    out.append(f"    {self.render_field(f, spec_var)},")
                out.append(")")
            if attributes:
                out.append(f"{var}.attributes = (")
                for a in attributes:
                    out.append(f"    AttrSpec({a.name!r}, {a.qname!r}, {a.simple.var}, {a.required}),")
                out.append(")")
            if text is not None:
                out.append(f"{var}.text = {text.var}")
            if choices:
                rendered = ", ".join(f"ChoiceSpec({n}, {tuple(names)!r}, {low})" for n, names, low in choices)
                out.append(f"{var}.choices = ({rendered},)")
            if info.derived:
                out.append(f"{var}.derived = ({', '.join(spec_var[id(d)] for d in info.derived)},)")
        out += ["", "BINDING = BindingSpec(", f"    name={self.config.name!r},", "    prefixes={"]
        for prefix, uri in self.config.prefixes.items():
            out.append(f"        {prefix!r}: {uri!r},")
        out += ["    },", "    roots={"]
        for qname, info in roots.items():
            out.append(f"        {qname!r}: {spec_var[id(info)]},")
        out += ["    },", "    element_of_class={"]
        counts: dict[int, int] = {}
        for info in roots.values():
            counts[id(info)] = counts.get(id(info), 0) + 1
        for qname, info in roots.items():
            if counts[id(info)] == 1:
                out.append(f"        m.{info.name}: {qname!r},")
        out += ["    },", ")", ""]
        return "\n".join(out)

    def simples_in_dependency_order(self) -> Iterator[SimpleInfo]:
        done: set[str] = set()

        def visit(info: SimpleInfo) -> Iterator[SimpleInfo]:
            if info.var in done:
                return
            done.add(info.var)
            for dependency in ([info.item] if info.item else []) + info.members:
                yield from visit(dependency)
            yield info

        for info in self.simple_list:
            yield from visit(info)

    def effective(self, info: ClassInfo) -> tuple[list[FieldInfo], list[AttrInfo], SimpleInfo | None, list[Any]]:
        """Wrapper classes encode like the class they stand for."""
        source = info
        while source.xsd is None and source.base is not None:
            source = source.base
        return source.fields, source.attributes, info.text or source.text, source.choices

    def render_field(self, f: FieldInfo, spec_var: dict[int, str]) -> str:
        elements = []
        for element in f.elements:
            if element.target is None:
                target = "None"
            elif isinstance(element.target, ClassInfo):
                target = spec_var[id(element.target)]
            else:
                target = element.target.var
            if element.wrapper:
                wrapper_info = next(c for c in self.class_list if c.name == element.wrapper)
                if wrapper_info.text is None:
                    target = spec_var[id(wrapper_info)]
                elements.append(f"ElementSpec({element.qname!r}, {target}, m.{element.wrapper})")
            else:
                elements.append(f"ElementSpec({element.qname!r}, {target})")
        rendered = "(" + ", ".join(elements) + ("," if len(elements) == 1 else "") + ")"
        extra = ""
        if f.choice is not None:
            extra += f", choice={f.choice}"
        if f.wildcard:
            extra += ", wildcard=True"
        return f"FieldSpec({f.name!r}, {rendered}, {f.min_occurs}, {f.max_occurs}{extra})"

    def render_simple(self, info: SimpleInfo) -> str:
        args = [repr(info.kind)]
        if info.enum_class:
            args.append(f"enum=m.{info.enum_class}")
        if info.item:
            args.append(f"item={info.item.var}")
        if info.members:
            args.append(f"members=({', '.join(m.var for m in info.members)},)")
        if info.patterns:
            args.append(f"patterns={tuple(tuple(p) for p in info.patterns)!r}")
        if info.values:
            args.append(f"values={tuple(info.values)!r}")
        names = {"minLength": "min_length", "maxLength": "max_length", "minInclusive": "min_inclusive",
                 "maxInclusive": "max_inclusive", "minExclusive": "min_exclusive",
                 "maxExclusive": "max_exclusive"}
        for key, value in info.facets.items():
            if key == "length":
                args += [f"min_length={value}", f"max_length={value}"]
            elif key in names:
                rendered = repr(value) if isinstance(value, int) else f"Decimal({str(value)!r})"
                if isinstance(value, Decimal):
                    rendered = f"Decimal({str(value)!r})"
                args.append(f"{names[key]}={rendered}")
        if info.builtin:
            args.append(f"builtin={info.builtin!r}")
        if info.label:
            args.append(f"name={info.label!r}")
        return f"{info.var} = SimpleSpec({', '.join(args)})"


def pascal_type_name(name: str) -> str:
    stem = name[:-4] if name.endswith("Type") and len(name) > 4 else name
    return pascal(stem)

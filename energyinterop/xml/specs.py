"""The tables that describe how a schema set maps to Python classes.

``tools/codegen`` writes them (one ``_binding`` module per schema set);
:mod:`energyinterop.xml.binding` compiles them into decoders and encoders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


@dataclass(eq=False)
class SimpleSpec:
    """A simple type: the converter kind plus the facets the encoder must enforce.

    ``patterns`` holds one tuple per derivation step; a value matches a step when it
    matches any pattern of it, and must match every step (XSD semantics).
    ``members`` is set for unions: the value must satisfy one member.
    """

    kind: str
    enum: type[Enum] | None = None
    item: SimpleSpec | None = None
    members: tuple[SimpleSpec, ...] = ()
    patterns: tuple[tuple[str, ...], ...] = ()
    values: tuple[str, ...] = ()
    min_length: int | None = None
    max_length: int | None = None
    min_inclusive: Decimal | None = None
    max_inclusive: Decimal | None = None
    min_exclusive: Decimal | None = None
    max_exclusive: Decimal | None = None
    builtin: str = ""  # e.g. "anyURI", "ID": the lexical form is checked by libxml2 itself
    name: str = ""


@dataclass(eq=False)
class AttrSpec:
    name: str
    qname: str
    simple: SimpleSpec
    required: bool


@dataclass(eq=False)
class ElementSpec:
    """One element name that may fill a field, and what it carries."""

    qname: str
    target: SimpleSpec | ClassSpec | None  # None: an opaque element kept as AnyElement
    cls: type | None = None  # the Python class standing for this element in a union field


@dataclass(eq=False)
class FieldSpec:
    name: str
    elements: tuple[ElementSpec, ...]
    min_occurs: int
    max_occurs: int | None  # None is unbounded
    choice: int | None = None  # fields of one xs:choice share a number
    wildcard: bool = False  # xs:any: any element, kept as AnyElement

    @property
    def repeated(self) -> bool:
        return self.max_occurs is None or self.max_occurs > 1


@dataclass(eq=False)
class ChoiceSpec:
    number: int
    fields: tuple[str, ...]
    min_occurs: int


@dataclass(eq=False)
class ClassSpec:
    cls: type
    type_qname: str | None = None  # named XSD type, for xsi:type
    fields: tuple[FieldSpec, ...] = ()
    attributes: tuple[AttrSpec, ...] = ()
    text: SimpleSpec | None = None
    choices: tuple[ChoiceSpec, ...] = ()
    derived: tuple[ClassSpec, ...] = ()  # types that may stand in via xsi:type


@dataclass(eq=False)
class BindingSpec:
    """Everything generated for one schema set."""

    name: str
    prefixes: dict[str, str]  # prefix -> namespace; a root declares those its document uses
    roots: dict[str, ClassSpec]  # global element -> class
    element_of_class: dict[type, str] = field(default_factory=dict)

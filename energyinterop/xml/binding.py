"""The data binding engine: generated tables in, fast decode and encode functions out.

``tools/codegen`` reads a schema set and writes two modules per set: ``_model`` (the
dataclasses and enums) and ``_binding`` (a :class:`BindingSpec` listing, for every
class, its fields in schema order with the element names, occurrences and simple types
they carry). :class:`Binding` compiles that description into one Python function per
class and direction, the way :mod:`dataclasses` writes ``__init__``: straight-line code
with no per-field interpretation left at run time. Small non-recursive child classes are
written inline in their parent's function (see :data:`INLINE_BUDGET`), so a typical
message costs a handful of calls rather than one per element.

Decoding trusts the schema: it only runs on trees the compiled schema accepted, and it
walks them as one flat document-order stream (``iter()``), each decoder taking exactly
``len(element)`` children from it, which is far cheaper in lxml than nested iteration.
The children are matched to the fields in schema order, as the sequence dictates: a
required single element is taken without looking at its tag, and an optional or
repeated one by comparing the next child's tag with the names it may carry (XSD's
Unique Particle Attribution makes that first match the only one). A tag costs more
than anything else read here (lxml builds a string for it), so where the number of
children left decides, no tag is read: the last field of one element name takes all of
them, an optional element is absent when the required ones after it need every child
left, and names whose numbers of children differ are told apart by ``len()``. Values go
to locals and each object is built once, at the end, without running ``__init__``.

Encoding trusts nothing: required fields, occurrence bounds, classes, choices,
enumerations and the lexical facets of every simple value are checked, so what it
writes is valid against the schema. The text of a value of one exact class whose equal
values always have equal texts (strings, integers, enumeration members, durations, UTC
timestamps) is remembered, a bounded number per simple type: a repeated ID or code then
costs a dictionary lookup. Every encoder also returns a bit mask of the namespace
prefixes it wrote, so a root element declares only the namespaces its document uses (a
poll is then a few hundred bytes, not a kilobyte of declarations).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

from lxml import etree

from energyinterop.xml.anyelement import AnyElement
from energyinterop.xml.errors import DocumentTooLarge, EncodeError, NotRecognized
from energyinterop.xml.simple import compile_simple
from energyinterop.xml.specs import BindingSpec, ChoiceSpec, ClassSpec, ElementSpec, FieldSpec, SimpleSpec

XSI = "http://www.w3.org/2001/XMLSchema-instance"
XSI_TYPE = f"{{{XSI}}}type"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

# (element, the flat document-order stream of what follows it) -> decoded value
Decoder = Callable[[etree._Element, Iterator[etree._Element]], Any]
# (object, prefixed tag, output pieces, extra start-tag text) -> mask of prefixes written
Encoder = Callable[[Any, str, list[str], str], int]

# How many fields (counted through nested classes) a child class may bring into its
# parent's generated function. Beyond it the child keeps a function of its own: the
# whole OpenADR payload inlined would be one huge function compiled for every message.
INLINE_BUDGET = 40
# Nesting bound for inlined classes (each level may add a loop to the function).
INLINE_DEPTH = 6
# Union members up to this many are told apart by comparing tags; more by a table.
TAG_CHAIN = 6


class _Source:
    """The lines of one generated function and the objects its code names.

    Encoders also gather output here: :meth:`text` queues an f-string fragment and
    :meth:`flush` writes the queue as one ``a(...)`` call, so the constant markup and
    the values of a run of straight-line code go out in a single append.
    """

    def __init__(self, env: dict[str, Any]) -> None:
        self.lines: list[str] = []
        self.env = env
        self.pending: list[str] = []
        self._names: dict[int, str] = {}
        self._locals = 0

    def name(self, value: Any, stem: str) -> str:
        """A global name standing for ``value`` in the generated code."""
        name = self._names.get(id(value))
        if name is None:
            name = self._names[id(value)] = f"{stem}{len(self._names)}"
            self.env[name] = value  # kept alive here, so its id is never reused
        return name

    def local(self) -> str:
        """A fresh local name (queued fragments may still refer to older ones)."""
        self._locals += 1
        return f"s{self._locals}"

    def add(self, indent: int, *lines: str) -> None:
        self.lines.extend("    " * indent + line for line in lines)

    def text(self, fragment: str) -> None:
        """Queue output: constant markup, with ``{local}`` fields for values."""
        self.pending.append(fragment)

    def take(self) -> list[str]:
        pending, self.pending = self.pending, []
        return pending

    def flush(self, indent: int) -> None:
        if self.pending:
            joined = "".join(self.take())
            assert "'" not in joined and "\\" not in joined  # names and markup only
            self.add(indent, f"a(f'{joined}')" if "{" in joined else f"a('{joined}')")


class _Walk:
    """A decoder going through one element's children as it writes the class's fields:
    in the generated code ``n`` counts the children not yet taken, ``c`` holds the child
    in hand and ``t`` its tag ('' when none is left: a str, so comparing it stays a fast
    str compare)."""

    def __init__(self, class_spec: ClassSpec, depth: int, chain: tuple[ClassSpec, ...]) -> None:
        self.cls = class_spec.cls
        self.fields = class_spec.fields
        self.depth, self.chain = depth, chain
        self.n, self.c, self.t = f"n{depth}", f"c{depth}", f"t{depth}"
        # A direct field is a required single element: simply the next child.
        self.direct = [_is_direct(f) for f in self.fields]
        # Whether a field from this position on is not direct, so that n must be kept.
        self.counting = [not all(self.direct[position:]) for position in range(len(self.fields) + 1)]
        self.looked = False  # whether c and t hold a child not yet taken

    def look(self) -> list[str]:
        """Take the next child, if any, and read its tag."""
        n, c, t = self.n, self.c, self.t
        return [f"if {n}:", f"    {n} -= 1", f"    {c} = next(it)", f"    {t} = {c}.tag", "else:", f"    {t} = ''"]

    def take(self, position: int) -> list[str]:
        """Take the next child, known to be there (``n`` kept while a field from
        ``position`` on still counts on it)."""
        return [f"{self.n} -= 1"] * self.counting[position] + [f"{self.c} = next(it)"]

    def after(self, position: int) -> list[str]:
        """What follows a single element of the field at ``position``: a look at the next
        child, or just taking it when the next field is direct, or nothing after the last."""
        if position + 1 == len(self.fields):
            return []
        if self.direct[position + 1]:
            return self.take(position + 2)
        return self.look()


class Binding:
    """Decode validated trees and encode objects for one schema set."""

    def __init__(self, spec: BindingSpec, opaque_depth_cap: int | None = None) -> None:
        """``opaque_depth_cap``: refuse opaque content nested deeper than this (counting
        the root as 1), for trees whose depth the parser did not check."""
        self.spec = spec
        self._depth_cap = opaque_depth_cap
        self._deeper_than: dict[int, etree.XPath] = {}
        self._prefix_of = {namespace: prefix for prefix, namespace in spec.prefixes.items()}
        self._bit_of = {namespace: 1 << index for index, namespace in enumerate(spec.prefixes.values())}
        self._class_specs: dict[type, ClassSpec] = {}
        self._simple: dict[int, tuple[Callable[[str], Any], Callable[[Any], str]]] = {}
        # Per simple type, texts already parsed (memo, enum values): looked up inline.
        self._known: dict[int, dict[str, Any] | None] = {}
        # Per simple type, texts already formatted and the one class they are kept for.
        self._texts: dict[int, tuple[dict[Any, str], type]] = {}
        # Compiled functions, filled lazily: a class is compiled the first time it is met.
        self._decoders: dict[int, Decoder] = {}
        self._encoders: dict[int, Encoder] = {}
        self._inline_costs: dict[int, int | None] = {}
        self._declarations: dict[int, str] = {}
        self._any_masks: dict[str, int] = {}
        for class_spec in spec.roots.values():
            self._register(class_spec)

    # ------------------------------------------------------------------ names

    def prefixed(self, qname: str) -> str:
        if not qname.startswith("{"):
            return qname
        namespace, _, local = qname[1:].partition("}")
        return f"{self._prefix_of[namespace]}:{local}"

    def bit(self, qname: str) -> int:
        """The mask bit of a qualified name's prefix (0 for an unqualified name)."""
        return self._bit_of[qname[1:].partition("}")[0]] if qname.startswith("{") else 0

    def _register(self, class_spec: ClassSpec) -> None:
        stack = [class_spec]
        while stack:
            current = stack.pop()
            if self._class_specs.get(current.cls) is current:
                continue
            self._class_specs.setdefault(current.cls, current)
            stack.extend(current.derived)
            for field_spec in current.fields:
                stack.extend(e.target for e in field_spec.elements if isinstance(e.target, ClassSpec))

    def _formats(self, spec: SimpleSpec) -> tuple[Callable[[str], Any], Callable[[Any], str]]:
        """(parse, format) for a simple type, compiled once per binding; format escapes."""
        compiled = self._simple.get(id(spec))
        if compiled is None:
            parse, fmt = compile_simple(spec)
            known = _known_texts(spec)
            if spec.kind in _REMEMBERED:
                known = {}
                parse = _memoized(parse, known)
            cls = spec.enum if spec.kind == "enum" else _TEXT_CLASSES.get(spec.kind)
            if cls is not None:
                texts: dict[Any, str] = {}
                fmt = _memoized_utc(fmt, texts) if spec.kind == "datetime" else _remembered(fmt, cls, texts)
                self._texts[id(spec)] = (texts, cls)
            self._known[id(spec)] = known
            compiled = self._simple[id(spec)] = (parse, fmt)
        return compiled

    def _inline_cost(self, class_spec: ClassSpec) -> int | None:
        """Fields a class brings when written inline, or None when it never is
        (xsi:type may replace it, or it is recursive)."""
        key = id(class_spec)
        if key in self._inline_costs:
            return self._inline_costs[key]
        self._inline_costs[key] = None  # while counting: a cycle is never inlined
        cost: int | None = None
        if not class_spec.derived:
            cost = len(class_spec.fields) + len(class_spec.attributes) + 1
            for field_spec in class_spec.fields:
                for element in field_spec.elements:
                    if isinstance(element.target, ClassSpec):
                        inner = self._inline_cost(element.target)
                        if inner is None:
                            if self._reaches(element.target, class_spec):
                                cost = None  # recursive: its own function, always
                                break
                        elif inner <= INLINE_BUDGET:
                            cost += inner
                if cost is None:
                    break
        self._inline_costs[key] = cost
        return cost

    def _reaches(self, start: ClassSpec, goal: ClassSpec) -> bool:
        seen: set[int] = set()
        stack = [start]
        while stack:
            current = stack.pop()
            if current is goal:
                return True
            if id(current) in seen:
                continue
            seen.add(id(current))
            stack.extend(current.derived)
            for field_spec in current.fields:
                stack.extend(e.target for e in field_spec.elements if isinstance(e.target, ClassSpec))
        return False

    def _inlined(self, target: ClassSpec, chain: tuple[ClassSpec, ...]) -> bool:
        """Whether ``target`` is written inline in the function of ``chain[0]`` (the
        classes already inlined there, outermost first, are ``chain``)."""
        cost = self._inline_cost(target)
        return cost is not None and cost <= INLINE_BUDGET and len(chain) < INLINE_DEPTH

    # --------------------------------------------------------------- decoding

    def decode_root(self, root: etree._Element) -> Any:
        """Decode a validated element of one of the set's global elements: the document's
        root, or such an element within it."""
        class_spec = self.spec.roots.get(root.tag)
        if class_spec is None:
            raise NotRecognized(f"{root.tag} is not a document of the {self.spec.name} schema set")
        stream = root.iter()
        next(stream)  # the root itself
        return self._decoder(class_spec)(root, stream)

    def _decoder(self, class_spec: ClassSpec) -> Decoder:
        decoder = self._decoders.get(id(class_spec))
        if decoder is None:
            # A trampoline stands in while compiling, so recursive types can refer to it.
            def trampoline(element: etree._Element, it: Iterator[etree._Element]) -> Any:
                return self._decoders[id(class_spec)](element, it)

            self._decoders[id(class_spec)] = trampoline
            decoder = self._decoders[id(class_spec)] = self._compile_decoder(class_spec)
        return decoder

    def _compile_decoder(self, class_spec: ClassSpec) -> Decoder:
        src = _Source({"NEW": object.__new__, "opaque": self._opaque})
        src.add(0, "def decode(el, it):")
        derived = {d.type_qname: d for d in _all_derived(class_spec) if d.type_qname}
        if derived:
            src.env["resolve"] = self._xsi_resolver(class_spec, derived)
            src.add(1, f"x = el.get({XSI_TYPE!r})",
                    "if x is not None:",
                    "    other = resolve(el, x)",
                    "    if other is not None:",
                    "        return other(el, it)")
        self._decode_class(src, class_spec, "el", "o", 0, 1, (class_spec,))
        src.add(1, "return o")
        return _exec(src.lines, src.env, "decode", class_spec.cls.__name__)

    def _decode_class(self, src: _Source, class_spec: ClassSpec, el: str, target: str, depth: int,
                      indent: int, chain: tuple[ClassSpec, ...]) -> None:
        """Statements decoding element ``el`` of ``class_spec`` into the local ``target``."""
        values: dict[str, str] = {}
        if class_spec.attributes:
            self._decode_attributes(src, class_spec, el, depth, indent, values)
        if class_spec.text is not None:
            values["value"] = self._text_value(src, class_spec.text, el, indent)
        else:
            self._decode_fields(src, class_spec, el, depth, indent, chain, values)
        # Every slot set once, as __init__ would (the generator gives each dataclass field
        # an attribute, a child field or the text).
        src.add(indent, f"{target} = NEW({src.name(class_spec.cls, 'K')})")
        for item in dataclasses.fields(class_spec.cls):
            src.add(indent, f"{target}.{item.name} = {values[item.name]}")

    def _decode_attributes(self, src: _Source, class_spec: ClassSpec, el: str, depth: int, indent: int,
                           values: dict[str, str]) -> None:
        """The attributes, from one pass over the element's (mostly none or one): an
        absent attribute then costs no lookup of its name."""
        names = [f"a{depth}_{number}" for number in range(len(class_spec.attributes))]
        src.add(indent, " = ".join(names) + " = None", f"for k, v in {el}.items():")
        for number, (attribute, local) in enumerate(zip(class_spec.attributes, names)):
            src.add(indent + 1, f"{'elif' if number else 'if'} k == {attribute.qname!r}:", f"    {local} = v")
        for attribute, local in zip(class_spec.attributes, names):
            if attribute.simple.kind != "str":  # already valid: the text is the value
                parse = src.name(self._formats(attribute.simple)[0], "P")
                src.add(indent, f"if {local} is not None:", f"    {local} = {parse}({local})")
            default = self._default(src, class_spec.cls, attribute.name)
            if default != "None":
                src.add(indent, f"if {local} is None:", f"    {local} = {default}")
            values[attribute.name] = local

    def _decode_fields(self, src: _Source, class_spec: ClassSpec, el: str, depth: int, indent: int,
                       chain: tuple[ClassSpec, ...], values: dict[str, str]) -> None:
        """Children to fields in schema order (see :class:`_Walk`). A tag is read only
        where the field it decides needs it."""
        walk = _Walk(class_spec, depth, chain)
        if walk.counting[0]:
            src.add(indent, f"{walk.n} = len({el})")
        for position, field_spec in enumerate(class_spec.fields):
            local = values[field_spec.name] = f"v{depth}_{position}"
            if walk.direct[position]:
                if not walk.looked:
                    src.add(indent, *walk.take(position + 1))
                walk.looked = False
                value = self._element_value(src, field_spec.elements[0], walk.c, depth, indent, chain)
                src.add(indent, f"{local} = {value}")
            elif walk.looked or not self._decode_untagged(src, walk, position, local, indent):
                self._decode_tagged(src, walk, position, local, indent)

    def _decode_untagged(self, src: _Source, walk: _Walk, position: int, local: str, indent: int) -> bool:
        """A field decided by the count of children left, no tag read, where one of these
        applies (none looked at yet); False when none does."""
        field_spec, last = walk.fields[position], position + 1 == len(walk.fields)
        if last and _is_counted(field_spec):
            self._decode_rest(src, walk, position, local, indent)
            return True
        if not last and walk.direct[position + 1] and _is_optional_single(field_spec):
            least = sum(f.min_occurs for f in walk.fields[position + 1:])
            if least:
                self._decode_if_room(src, walk, position, local, least, indent)
                return True
        if field_spec.min_occurs or last:
            limits = _count_limits(field_spec)
            if limits is not None:
                self._decode_by_count(src, walk, position, local, limits, indent)
                return True
        return False

    def _decode_rest(self, src: _Source, walk: _Walk, position: int, local: str, indent: int) -> None:
        """The last field, of one element name, takes every child left: their count says
        how many there are."""
        field_spec, n, c = walk.fields[position], walk.n, walk.c
        if field_spec.repeated:
            src.add(indent, f"{local} = []", f"for _ in range({n}):", f"    {c} = next(it)")
            value = self._element_value(src, field_spec.elements[0], c, walk.depth, indent + 1, walk.chain)
            src.add(indent + 1, f"{local}.append({value})")
        else:
            src.add(indent, f"{local} = {self._default(src, walk.cls, field_spec.name)}", f"if {n}:",
                    f"    {c} = next(it)")
            value = self._element_value(src, field_spec.elements[0], c, walk.depth, indent + 1, walk.chain)
            src.add(indent + 1, f"{local} = {value}")

    def _decode_if_room(self, src: _Source, walk: _Walk, position: int, local: str, least: int, indent: int) -> None:
        """An optional element before a required one, when the fields after it need at
        least ``least`` children: with no more left than that, it is absent (no tag read).
        Either way ``c`` then holds the required element's child."""
        field_spec, n, c = walk.fields[position], walk.n, walk.c
        take = walk.take(position + 2)
        src.add(indent, f"{local} = {self._default(src, walk.cls, field_spec.name)}",
                f"if {n} > {least}:", f"    {n} -= 1", f"    {c} = next(it)",
                f"    if {c}.tag == {field_spec.elements[0].qname!r}:")
        value = self._element_value(src, field_spec.elements[0], c, walk.depth, indent + 2, walk.chain)
        src.add(indent + 2, f"{local} = {value}", *take)
        src.add(indent, "else:", *(f"    {line}" for line in take))
        walk.looked = True

    def _decode_by_count(self, src: _Source, walk: _Walk, position: int, local: str, limits: list[int],
                         indent: int) -> None:
        """A single element of several names whose numbers of children differ (``limits``:
        the lower ends of their ranges but the first): a len() costs far less than a tag.
        Optional only as the last field, where any child left is it."""
        field_spec, c, k = walk.fields[position], walk.c, f"k{walk.depth}"
        src.add(indent, f"{local} = {self._default(src, walk.cls, field_spec.name)}")
        take = walk.take(position + 1)
        if not field_spec.min_occurs:  # the last field: n is not needed after it
            src.add(indent, f"if {walk.n}:")
            indent, take = indent + 1, [f"{c} = next(it)"]
        src.add(indent, *take, f"{k} = len({c})")
        elements = sorted(field_spec.elements, key=lambda e: _child_range(e.target)[0])
        tests = [f"if {k} < {limits[0]}:", *(f"elif {k} < {limit}:" for limit in limits[1:]), "else:"]
        for element, test in zip(elements, tests):
            src.add(indent, test)
            value = self._element_value(src, element, c, walk.depth, indent + 1, walk.chain)
            src.add(indent + 1, f"{local} = {value}")

    def _decode_tagged(self, src: _Source, walk: _Walk, position: int, local: str, indent: int) -> None:
        """An optional or repeated field, matched by the tags of the children in turn."""
        field_spec, c, t, depth = walk.fields[position], walk.c, walk.t, walk.depth
        if field_spec.repeated:
            if not walk.looked and field_spec.min_occurs and _is_counted(field_spec):
                # Its first element is surely the next child: taken without reading its tag.
                src.add(indent, *walk.take(position))
                value = self._element_value(src, field_spec.elements[0], c, depth, indent, walk.chain)
                src.add(indent, f"{local} = [{value}]")
            else:
                src.add(indent, f"{local} = []")
            store = f"{local}.append({{}})"
        else:
            src.add(indent, f"{local} = {self._default(src, walk.cls, field_spec.name)}")
            store = f"{local} = {{}}"
        if not walk.looked:
            src.add(indent, *walk.look())
            walk.looked = True
        if field_spec.wildcard:
            # xs:any takes every child up to the first one a later field names.
            later = frozenset(e.qname for f in walk.fields[position + 1:] for e in f.elements)
            src.add(indent, f"while {t} and {t} not in {src.name(later, 'N')}:",
                    f"    {store.format(f'opaque({c}, it)')}")
            src.add(indent + 1, *walk.look())
        else:
            self._match_tags(src, walk, position, store, indent)

    def _match_tags(self, src: _Source, walk: _Walk, position: int, store: str, indent: int) -> None:
        """Statements matching the child in hand, by its tag, to the element names of a
        field (looping while they match, for a repeated one); ``store`` keeps a value."""
        field_spec, c, t, depth = walk.fields[position], walk.c, walk.t, walk.depth
        elements = field_spec.elements
        if len(elements) > TAG_CHAIN:
            table = {e.qname: number for number, e in enumerate(elements)}
            src.add(indent, f"k{depth} = {src.name(table, 'T')}.get({t})" if not field_spec.repeated else
                    f"while (k{depth} := {src.name(table, 'T')}.get({t})) is not None:")
            tests = [f"k{depth} == {number}" for number in range(len(elements))]
            if not field_spec.repeated:
                src.add(indent, f"if k{depth} is not None:")
        else:
            tests = [f"{t} == {e.qname!r}" for e in elements]
            if field_spec.repeated:
                src.add(indent, f"while {tests[0]}:" if len(elements) == 1 else "while True:")
        inner = indent + 1 if field_spec.repeated or len(elements) > TAG_CHAIN else indent
        then = walk.look() if field_spec.repeated else walk.after(position)
        if len(elements) == 1:
            if not field_spec.repeated:
                src.add(inner, f"if {tests[0]}:")
                inner += 1
            value = self._element_value(src, elements[0], c, depth, inner, walk.chain)
            src.add(inner, store.format(value), *then)
            return
        for number, (element, test) in enumerate(zip(elements, tests)):
            src.add(inner, f"{'if' if number == 0 else 'elif'} {test}:")
            value = self._element_value(src, element, c, depth, inner + 1, walk.chain)
            src.add(inner + 1, store.format(value))
            if not field_spec.repeated:
                src.add(inner + 1, *then)
        if field_spec.repeated:
            if len(elements) <= TAG_CHAIN:
                src.add(inner, "else:", "    break")
            src.add(inner, *walk.look())

    def _element_value(self, src: _Source, element: ElementSpec, c: str, depth: int, indent: int,
                       chain: tuple[ClassSpec, ...]) -> str:
        """An expression giving the decoded value of child ``c`` (statements it needs first)."""
        target = element.target
        if target is None:
            return f"opaque({c}, it)"
        if isinstance(target, ClassSpec):
            if self._inlined(target, chain):
                self._decode_class(src, target, c, f"o{depth + 1}", depth + 1, indent, chain + (target,))
                return f"o{depth + 1}"
            return f"{src.name(self._decoder(target), 'D')}({c}, it)"
        text = self._text_value(src, target, c, indent)
        if element.cls is not None:
            return f"{src.name(element.cls, 'W')}(value={text})"
        return text

    def _text_value(self, src: _Source, simple: SimpleSpec, el: str, indent: int) -> str:
        """An expression giving the value of ``el``'s text (statements it needs first)."""
        if simple.kind == "str":  # already valid: the text is the value
            return f"({el}.text or '')"
        if simple.kind == "int":  # int() skips the surrounding whitespace XSD allows
            return f"int({el}.text or '')"
        parse = src.name(self._formats(simple)[0], "P")
        known = self._known[id(simple)]
        if known is None:
            return f"{parse}({el}.text or '')"
        # A text met before is a dictionary lookup away, without a call.
        text, value = src.local(), src.local()
        src.add(indent, f"{text} = {el}.text or ''", f"{value} = {src.name(known, 'T')}.get({text})",
                f"if {value} is None:", f"    {value} = {parse}({text})")
        return value

    @staticmethod
    def _default(src: _Source, cls: type, name: str) -> str:
        """Source of a field's default: None, or the fixed value the class declares."""
        default = next(f.default for f in dataclasses.fields(cls) if f.name == name)
        if default is dataclasses.MISSING or default is None:
            return "None"
        return src.name(default, "V")

    def _opaque(self, element: etree._Element, it: Iterator[etree._Element]) -> AnyElement:
        """Keep an element whole, and move the flat stream past its descendants."""
        if len(element):
            if self._depth_cap is not None:
                self._check_opaque_depth(element, self._depth_cap)
            for _ in element.iterdescendants():
                next(it)
        return AnyElement.from_element(element)

    def check_opaque(self, element: etree._Element) -> None:
        """What decoding checks of opaque content, for an opaque element left undecoded."""
        if self._depth_cap is not None and len(element):
            self._check_opaque_depth(element, self._depth_cap)

    def _check_opaque_depth(self, element: etree._Element, cap: int) -> None:
        """Opaque content is the one place a valid document may nest without bound."""
        depth = 1
        for _ in element.iterancestors():
            depth += 1
        room = cap - depth  # levels allowed below the element
        deeper = self._deeper_than.get(room)
        if deeper is None:
            deeper = self._deeper_than[room] = etree.XPath("boolean(" + "/".join(["*"] * (room + 1)) + ")")
        if room < 1 or deeper(element):
            raise DocumentTooLarge(f"elements nested deeper than {cap} levels")

    def _xsi_resolver(self, class_spec: ClassSpec, derived: dict[str, ClassSpec]) -> Callable[..., Any]:
        def resolve(element: etree._Element, xsi_type: str) -> Decoder | None:
            prefix, _, local = xsi_type.strip().rpartition(":")
            qname = f"{{{element.nsmap.get(prefix or None)}}}{local}"
            if qname == class_spec.type_qname:
                return None
            target = derived.get(qname)
            if target is None:
                raise NotRecognized(f"xsi:type {xsi_type} is not derived from {class_spec.type_qname}")
            return self._decoder(target)

        return resolve

    # --------------------------------------------------------------- encoding

    def encode_root(self, obj: Any, element: str | None = None) -> bytes:
        qname = element or self.spec.element_of_class.get(type(obj))
        if qname is None:
            raise EncodeError(f"{type(obj).__name__} is not the type of one global element; name the element")
        class_spec = self.spec.roots.get(qname)
        if class_spec is None:
            raise EncodeError(f"{qname} is not a global element of the {self.spec.name} schema set")
        tag = self.prefixed(qname)
        out = [XML_DECLARATION]
        mask = self._encode_any_class(obj, class_spec, tag, out, "") | self.bit(qname)
        # out[1] is the root's start tag, "<" + tag first: the declarations go after it.
        out[1] = f"<{tag}{self.declare(mask)}{out[1][len(tag) + 1:]}"
        return "".join(out).encode("utf-8")

    def declare(self, mask: int) -> str:
        """The xmlns declarations of the prefixes in ``mask``, in the set's order."""
        declarations = self._declarations.get(mask)
        if declarations is None:
            if len(self._declarations) >= 256:  # opaque content can make any mask: bounded
                self._declarations.clear()
            declarations = self._declarations[mask] = "".join(
                f' xmlns:{prefix}="{namespace}"' for index, (prefix, namespace) in enumerate(self.spec.prefixes.items())
                if mask >> index & 1)
        return declarations

    def field_emitter(self, class_spec: ClassSpec, name: str) -> Callable[[Any, list[str]], int]:
        """Writes a value of one field of a class as its element, checked as the class's
        encoder checks it, and returns the mask of the prefixes written: for callers
        that write the class's own markup themselves."""
        field_spec = next(f for f in class_spec.fields if f.name == name)
        return self._field_emitter(field_spec, class_spec.cls.__name__)

    def formatter(self, simple: SimpleSpec) -> Callable[[Any], str]:
        """Checked, escaped text of a simple value (as the encoders write it)."""
        return self._formats(simple)[1]

    def _any_mask(self, value: AnyElement) -> int:
        """Prefixes opaque content might lean on. Its exclusive C14N form declares every
        prefix its names use, but a QName in a value (an xsi:type) may still rely on the
        document's: any "prefix:" in the text keeps that declaration on the root."""
        xml = value.xml
        mask = self._any_masks.get(xml)
        if mask is None:
            mask = 0
            for prefix, namespace in self.spec.prefixes.items():
                if f"{prefix}:" in xml:
                    mask |= self._bit_of[namespace]
            if len(self._any_masks) >= 256:
                self._any_masks.clear()
            self._any_masks[xml] = mask
        return mask

    def _encode_any_class(self, obj: Any, declared: ClassSpec, tag: str, out: list[str], extra: str) -> int:
        """Encode an instance of the declared class or of a type derived from it (xsi:type)."""
        if type(obj) is declared.cls:
            return self._encoder(declared)(obj, tag, out, extra)
        actual = self._class_specs.get(type(obj))
        if actual is None or actual not in _all_derived(declared) or actual.type_qname is None:
            raise EncodeError(f"<{tag}> takes a {declared.cls.__name__}, got {type(obj).__name__}")
        extra += f' xsi:type="{self.prefixed(actual.type_qname)}"'
        mask = self.bit(actual.type_qname)
        if "xsi" in self.spec.prefixes:
            mask |= self._bit_of[XSI]
        else:
            extra += f' xmlns:xsi="{XSI}"'
        return self._encoder(actual)(obj, tag, out, extra) | mask

    def _encoder(self, class_spec: ClassSpec) -> Encoder:
        encoder = self._encoders.get(id(class_spec))
        if encoder is None:
            def trampoline(obj: Any, tag: str, out: list[str], extra: str) -> int:
                return self._encoders[id(class_spec)](obj, tag, out, extra)

            self._encoders[id(class_spec)] = trampoline
            encoder = self._encoders[id(class_spec)] = self._compile_encoder(class_spec)
        return encoder

    def _compile_encoder(self, class_spec: ClassSpec) -> Encoder:
        """One try block per function: an error names the class and field it came from
        (``f`` holds "Class.field" of whatever is being written, inlined classes too;
        values are formatted into locals as soon as ``f`` names them)."""
        owner = class_spec.cls.__name__
        src = _Source({"EncodeError": EncodeError, "as_list": _as_list, "owner": owner,
                       "any_mask": self._any_mask})
        sure = self._sure_mask(class_spec)
        src.add(0, "def encode(obj, tag, out, extra):", "    f = None", "    try:")
        src.add(2, "a = out.append", f"m = {sure}")
        self._encode_class(src, class_spec, "obj", None, 0, 2, (class_spec,), sure)
        src.flush(2)
        src.add(2, "return m")
        src.add(1, "except EncodeError as exc:",
                "    if exc.path is not None:",
                "        raise",
                "    raise EncodeError(exc.reason, path=f or owner) from None",
                "except AttributeError as exc:",
                "    raise EncodeError(f'{type(obj).__name__} is not a {owner}: {exc}', path=owner) from None")
        return _exec(src.lines, src.env, "encode", owner)

    def _sure_mask(self, class_spec: ClassSpec) -> int:
        """Prefixes an encoder of this class always writes (if it writes anything)."""
        mask = 0
        for attribute in class_spec.attributes:
            if attribute.required:
                mask |= self.bit(attribute.qname)
        for field_spec in class_spec.fields:
            if field_spec.min_occurs and field_spec.choice is None and not field_spec.wildcard:
                bits = {self.bit(e.qname) for e in field_spec.elements}
                if len(bits) == 1:
                    mask |= bits.pop()
        return mask

    @staticmethod
    def _mark(src: _Source, indent: int, bits: int, sure: int) -> None:
        if bits & ~sure:
            src.add(indent, f"m |= {bits & ~sure}")

    def _encode_class(self, src: _Source, class_spec: ClassSpec, obj: str, tag: str | None, depth: int,
                      indent: int, chain: tuple[ClassSpec, ...], sure: int) -> None:
        """Statements writing ``obj``, of exactly ``class_spec``; ``tag`` is the element's
        prefixed name, or None for the function's own ``tag`` and ``extra`` arguments.
        Output is queued in ``src``: the caller flushes it."""
        owner = class_spec.cls.__name__
        start, end = ("{tag}{extra}", "{tag}") if tag is None else (tag, tag)
        closed = not class_spec.attributes and class_spec.text is None
        src.text(f"<{start}>" if closed else f"<{start}")
        value = f"x{depth}"
        for attribute in class_spec.attributes:
            label = self.prefixed(attribute.qname)
            src.add(indent, f"f = '{owner}.{attribute.name}'", f"{value} = {obj}.{attribute.name}")
            if attribute.required:
                src.add(indent, f"if {value} is None:", "    raise EncodeError('is required')")
                text = self._formatted(src, attribute.simple, value, indent)
                src.text(f' {label}="{{{text}}}"')
                self._mark(src, indent, self.bit(attribute.qname), sure)
            else:
                src.flush(indent)
                src.add(indent, f"if {value} is not None:")
                text = self._formatted(src, attribute.simple, value, indent + 1)
                src.add(indent + 1, f"a(f' {label}=\"{{{text}}}\"')")
                self._mark(src, indent + 1, self.bit(attribute.qname), sure)
        if class_spec.text is not None:
            src.add(indent, f"f = '{owner}.value'", f"{value} = {obj}.value",
                    f"if {value} is None:", "    raise EncodeError('is required')")
            text = self._formatted(src, class_spec.text, value, indent)
            src.text(f">{{{text}}}</{end}>")
            return
        if not closed:
            src.text(">")
        repeated = {f.name for f in class_spec.fields if f.repeated}
        for choice in class_spec.choices:
            # Count the members set inline; only a broken choice pays for the message.
            check = src.name(_choice_check(choice), "CH")
            count = " + ".join(f"(len({obj}.{name} or ()) > 0)" if name in repeated else f"({obj}.{name} is not None)"
                               for name in choice.fields)
            allowed = "n != 1" if choice.min_occurs else "n > 1"
            src.add(indent, f"f = '{owner}.{'/'.join(choice.fields)}'", f"n = {count}", f"if {allowed}:",
                    f"    {check}({obj})")
        for field_spec in class_spec.fields:
            src.add(indent, f"f = '{owner}.{field_spec.name}'", f"{value} = {obj}.{field_spec.name}")
            if field_spec.repeated:
                low, high = field_spec.min_occurs, field_spec.max_occurs
                src.add(indent, f"if type({value}) is not list:", f"    {value} = as_list({value})")
                if low or high is not None:
                    bound = f"len({value}) < {low}" + (f" or len({value}) > {high}" if high is not None else "")
                    allowed = f"{low}..{high if high is not None else 'unbounded'}"
                    src.add(indent, f"if {bound}:",
                            f"    raise EncodeError(f'has {{len({value})}} items; the schema allows {allowed}')")
                src.flush(indent)
                loop = indent
                if not low:  # an empty list, the usual case of an optional one, costs no loop
                    src.add(indent, f"if {value}:")
                    loop += 1
                src.add(loop, f"for y{depth} in {value}:")
                self._emit_value(src, field_spec, f"y{depth}", depth, loop + 1, chain, sure)
                src.flush(loop + 1)
            elif field_spec.min_occurs and field_spec.choice is None:
                src.add(indent, f"if {value} is None:", "    raise EncodeError('is required')")
                self._emit_value(src, field_spec, value, depth, indent, chain, sure)
            else:
                src.flush(indent)
                src.add(indent, f"if {value} is not None:")
                self._emit_value(src, field_spec, value, depth, indent + 1, chain, sure)
                src.flush(indent + 1)
        src.text(f"</{end}>")

    def _emit_value(self, src: _Source, field_spec: FieldSpec, value: str, depth: int, indent: int,
                    chain: tuple[ClassSpec, ...], sure: int) -> None:
        """Statements writing one value of a field. Values of the expected class are written
        inline; anything else goes to the field's generic emitter, which handles stand-ins
        (xsi:type) and names what is wrong. Queued output continues into the expected
        branch; the others write it first."""
        owner = chain[-1].cls.__name__
        generic = f"m |= {src.name(self._field_emitter(field_spec, owner), 'X')}({value}, out)"
        elements = field_spec.elements
        if field_spec.wildcard:
            src.flush(indent)
            src.add(indent, generic)
            return
        if len(elements) == 1 and elements[0].cls is None and isinstance(elements[0].target, SimpleSpec):
            element = elements[0]
            text, tag = self._formatted(src, element.target, value, indent), self.prefixed(element.qname)
            src.text(f"<{tag}>{{{text}}}</{tag}>")
            self._mark(src, indent, self.bit(element.qname), sure)
            return
        carried = src.take()
        keyword = "if"
        if len(elements) == 1 and elements[0].cls is None:
            element = elements[0]
            if isinstance(element.target, ClassSpec):
                src.add(indent, f"if type({value}) is {src.name(element.target.cls, 'C')}:")
                src.pending = list(carried)
                self._emit_object(src, element, element.target, value, depth, indent + 1, chain, sure)
            else:  # opaque: the text already is XML, with its own declarations
                text = src.local()
                src.add(indent, f"if type({value}) is {src.name(AnyElement, 'C')}:",
                        f"    {text} = {value}.xml", f"    m |= any_mask({value})")
                src.pending = list(carried)
                src.text(f"{{{text}}}")
            src.flush(indent + 1)
            keyword = "elif"
        else:  # a union: the Python class of the value names the element
            src.add(indent, f"k{depth} = type({value})")
            for element in elements:
                if isinstance(element.target, ClassSpec):
                    src.add(indent, f"{keyword} k{depth} is {src.name(element.cls or element.target.cls, 'C')}:")
                    src.pending = list(carried)
                    self._emit_object(src, element, element.target, value, depth, indent + 1, chain, sure)
                elif isinstance(element.target, SimpleSpec) and element.cls is not None:
                    src.add(indent, f"{keyword} k{depth} is {src.name(element.cls, 'C')}:")
                    text = self._formatted(src, element.target, f"{value}.value", indent + 1)
                    tag = self.prefixed(element.qname)
                    src.pending = list(carried)
                    src.text(f"<{tag}>{{{text}}}</{tag}>")
                    self._mark(src, indent + 1, self.bit(element.qname), sure)
                else:
                    continue
                src.flush(indent + 1)
                keyword = "elif"
        if keyword == "elif":
            src.add(indent, "else:")
            indent += 1
        src.pending = carried
        src.flush(indent)
        src.add(indent, generic)

    def _formatted(self, src: _Source, simple: SimpleSpec, value: str, indent: int) -> str:
        """A local holding the checked, escaped text of ``value`` (statements first). A
        value of the kept class formatted before is a dictionary lookup away, no call."""
        fmt, text = src.name(self._formats(simple)[1], "F"), src.local()
        kept = self._texts.get(id(simple))
        if kept is None:
            src.add(indent, f"{text} = {fmt}({value})")
            return text
        texts, cls = src.name(kept[0], "T"), src.name(kept[1], "C")
        src.add(indent, f"{text} = {texts}.get({value}) if type({value}) is {cls} else None",
                f"if {text} is None:", f"    {text} = {fmt}({value})")
        return text

    def _emit_object(self, src: _Source, element: ElementSpec, target: ClassSpec, value: str, depth: int,
                     indent: int, chain: tuple[ClassSpec, ...], sure: int) -> None:
        tag = self.prefixed(element.qname)
        if self._inlined(target, chain):
            # The element's prefix and what the class always writes, marked once.
            bits = self.bit(element.qname) | self._sure_mask(target)
            self._mark(src, indent, bits, sure)
            self._encode_class(src, target, value, tag, depth + 1, indent, chain + (target,), sure | bits)
        else:
            self._mark(src, indent, self.bit(element.qname), sure)
            src.flush(indent)
            src.add(indent, f"m |= {src.name(self._encoder(target), 'N')}({value}, '{tag}', out, '')")

    def _field_emitter(self, field_spec: FieldSpec, owner: str) -> Callable[[Any, list[str]], int]:
        label = f"{owner}.{field_spec.name}"
        elements = field_spec.elements
        if field_spec.wildcard:
            return self._emit_any(label)
        if len(elements) == 1 and elements[0].cls is None:
            return self._element_emitter(elements[0], label)
        # A union: the Python class of the value names the element.
        by_class: dict[type, Callable[[Any, list[str]], int]] = {}
        for element in elements:
            cls = element.cls or (element.target.cls if isinstance(element.target, ClassSpec) else None)
            if cls is not None:
                by_class.setdefault(cls, self._element_emitter(element, label))
        # Instances of a member's type (or a type derived from it) stand in for the
        # member, written with xsi:type when derived; a lone element also takes its
        # plain type class in place of its own element class.
        stand_ins = [(e.target.cls, self._element_emitter(e, label))
                     for e in elements
                     if isinstance(e.target, ClassSpec) and (e.cls is None or len(elements) == 1)]

        def emit_union(value: Any, out: list[str]) -> int:
            emit = by_class.get(type(value))
            if emit is None:  # a type derived from a member's type: written with xsi:type
                emit = next((e for cls, e in stand_ins if isinstance(value, cls)), None)
            if emit is None:
                allowed = ", ".join(sorted(cls.__name__ for cls in by_class))
                raise EncodeError(f"{label} takes one of {allowed}; got {type(value).__name__}")
            return emit(value, out)

        return emit_union

    def _element_emitter(self, element: ElementSpec, label: str) -> Callable[[Any, list[str]], int]:
        tag = self.prefixed(element.qname)
        bit = self.bit(element.qname)
        target = element.target
        if target is None:
            return self._emit_any(label)
        if isinstance(target, ClassSpec):
            cls, encode_any = target.cls, self._encode_any_class
            encoder = self._encoder(target)
            # An element with a class of its own also takes an instance of the plain type.
            plain = cls.__bases__[0] if element.cls is not None else cls

            def emit_object(value: Any, out: list[str]) -> int:
                if type(value) is cls or type(value) is plain:
                    return encoder(value, tag, out, "") | bit
                return encode_any(value, target, tag, out, "") | bit

            return emit_object
        fmt = self._formats(target)[1]
        open_tag, close_tag = f"<{tag}>", f"</{tag}>"
        wrapper = element.cls

        def emit_simple(value: Any, out: list[str]) -> int:
            if wrapper is not None:
                if type(value) is not wrapper:
                    raise EncodeError(f"{label} takes {wrapper.__name__}, got {type(value).__name__}")
                value = value.value
            out.append(open_tag + fmt(value) + close_tag)
            return bit

        return emit_simple

    def _emit_any(self, label: str) -> Callable[[Any, list[str]], int]:
        any_mask = self._any_mask

        def emit(value: Any, out: list[str]) -> int:
            if not isinstance(value, AnyElement):
                raise EncodeError(f"{label} takes an AnyElement, got {type(value).__name__}")
            out.append(value.xml)
            return any_mask(value)

        return emit


def _is_direct(field_spec: FieldSpec) -> bool:
    """A field whose element is always the next child: one name, exactly once."""
    return (field_spec.min_occurs >= 1 and field_spec.max_occurs == 1 and len(field_spec.elements) == 1
            and not field_spec.wildcard and field_spec.choice is None)


def _is_optional_single(field_spec: FieldSpec) -> bool:
    """A field of one element name, at most once, that may be absent."""
    return (field_spec.min_occurs == 0 and field_spec.max_occurs == 1 and len(field_spec.elements) == 1
            and not field_spec.wildcard)


def _is_counted(field_spec: FieldSpec) -> bool:
    """A field whose children, when it is the last one, are all the children left."""
    return len(field_spec.elements) == 1 and not field_spec.wildcard


def _child_range(target: SimpleSpec | ClassSpec | None) -> tuple[int, int | None]:
    """How many children an element of this target may have in a valid document (any
    type that may stand in by xsi:type included); None as the upper end: unbounded."""
    if target is None:
        return 0, None  # opaque: anything
    if isinstance(target, SimpleSpec):
        return 0, 0
    low: int | None = None
    high: int | None = 0
    for variant in (target, *_all_derived(target)):
        # Members of a choice count as optional: a lower bound is all that is needed.
        least = sum(f.min_occurs for f in variant.fields)
        most = None if any(f.max_occurs is None for f in variant.fields) else sum(f.max_occurs for f in variant.fields)
        low = least if low is None else min(low, least)
        high = None if high is None or most is None else max(high, most)
    return low or 0, high


def _count_limits(field_spec: FieldSpec) -> list[int] | None:
    """For a single element of several names whose ranges of children are disjoint, the
    lower ends of the ranges but the first, in order; None when the ranges overlap."""
    if field_spec.repeated or field_spec.wildcard or len(field_spec.elements) < 2:
        return None
    ranges = sorted((_child_range(e.target) for e in field_spec.elements), key=lambda bounds: bounds[0])
    for (_, high), (low, _) in zip(ranges, ranges[1:]):
        if high is None or high >= low:
            return None
    return [low for low, _ in ranges[1:]]


def _memoized(convert: Callable[[Any], Any], cache: dict[Any, Any], size: int = 256) -> Callable[[Any], Any]:
    """Durations, timestamps and numbers repeat (PT15M, an event's start, a level of 1):
    remember a bounded number of conversions in ``cache``."""

    def convert_cached(value: Any) -> Any:
        result = cache.get(value)
        if result is None:
            result = convert(value)
            if len(cache) >= size:
                cache.clear()
            cache[value] = result
        return result

    return convert_cached


# Simple kinds whose parsed values are remembered (immutable values: sharing is safe).
_REMEMBERED = frozenset({"datetime", "duration", "decimal", "float"})
# Simple kinds whose formatted texts are remembered, by the one class kept (a Decimal is
# not: 1 and 1.0 are equal, their texts are not). Enumerations keep their own class.
_TEXT_CLASSES: dict[str, type] = {"str": str, "int": int, "bool": bool, "duration": timedelta, "datetime": datetime}
_LONGEST_REMEMBERED = 256


def _known_texts(spec: SimpleSpec) -> dict[str, Any] | None:
    """Texts whose value is known before parsing: an enumeration's values, the booleans."""
    if spec.kind == "enum" and spec.enum is not None:
        return {member.value: member for member in spec.enum}
    if spec.kind == "bool":
        return {"true": True, "false": False, "1": True, "0": False}
    return None


def _remembered(fmt: Callable[[Any], str], cls: type, cache: dict[Any, str], size: int = 256) -> Callable[[Any], str]:
    """Texts of values of exactly ``cls`` repeat (IDs, names, codes, enumerations), and
    equal values of it always have equal texts, checks passed included: remember a bounded
    number of them in ``cache`` (long free text, rarely repeated, is not kept)."""

    def format_remembered(value: Any) -> str:
        if type(value) is not cls:
            return fmt(value)
        text = cache.get(value)
        if text is None:
            text = fmt(value)
            if len(text) <= _LONGEST_REMEMBERED:
                if len(cache) >= size:
                    cache.clear()
                cache[value] = text
        return text

    return format_remembered


def _memoized_utc(fmt: Callable[[Any], str], cache: dict[datetime, str], size: int = 256) -> Callable[[Any], str]:
    """Timestamps repeat too: an event's start and creation times go out again in every
    distribution until it ends. Only UTC datetimes are remembered: aware datetimes
    sharing one zone compare equal across a DST fold, UTC ones only when their text is.
    (Looking one up is safe: an aware datetime equal to a UTC one is the same instant.)"""

    def format_cached(value: Any) -> str:
        if value.__class__ is not datetime or value.tzinfo is not timezone.utc:
            return fmt(value)
        text = cache.get(value)
        if text is None:
            text = fmt(value)
            if len(cache) >= size:
                cache.clear()
            cache[value] = text
        return text

    return format_cached


def _exec(lines: list[str], env: dict[str, Any], name: str, owner: str) -> Any:
    source = "\n".join(lines) + "\n"
    code = compile(source, f"<{name} {owner}>", "exec")
    namespace: dict[str, Any] = {}
    exec(code, env, namespace)  # noqa: S102 - source built above from generated tables only
    return namespace[name]


def max_valid_depth(spec: BindingSpec) -> int | None:
    """How deep a valid document of the set can nest outside opaque content (the root
    is 1; an opaque element counts, its content does not), or None when recursive types
    leave it unbounded. Substitutes by xsi:type count with the type they replace."""
    depths: dict[int, int | None] = {}

    def depth(class_spec: ClassSpec, active: set[int]) -> int | None:
        if id(class_spec) in depths:
            return depths[id(class_spec)]
        if id(class_spec) in active:
            return None
        active.add(id(class_spec))
        deepest: int | None = 1
        for variant in (class_spec, *_all_derived(class_spec)):
            for field_spec in variant.fields:
                if field_spec.wildcard and deepest is not None:
                    deepest = max(deepest, 2)  # the element xs:any takes is opaque
                for element in field_spec.elements:
                    inner = depth(element.target, active) if isinstance(element.target, ClassSpec) else 1
                    deepest = None if inner is None or deepest is None else max(deepest, inner + 1)
        active.discard(id(class_spec))
        depths[id(class_spec)] = deepest
        return deepest

    found = [depth(class_spec, set()) for class_spec in spec.roots.values()]
    return None if None in found else max(found, default=1)


def _as_list(value: Any) -> list[Any] | tuple[Any, ...]:
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)):
        raise EncodeError(f"must be a list, got {type(value).__name__}")
    return value


def _choice_check(choice: ChoiceSpec) -> Callable[[Any], None]:
    names = choice.fields

    def check(obj: Any) -> None:
        present = [name for name in names if getattr(obj, name) not in (None, [], ())]
        if len(present) > 1:
            raise EncodeError(f"only one of {', '.join(names)} may be set; got {', '.join(present)}")
        if not present and choice.min_occurs:
            raise EncodeError(f"one of {', '.join(names)} is required")

    return check


def _all_derived(class_spec: ClassSpec) -> list[ClassSpec]:
    found: list[ClassSpec] = []
    stack = list(class_spec.derived)
    while stack:
        derived = stack.pop()
        if derived not in found:
            found.append(derived)
            stack.extend(derived.derived)
    return found


def iter_class_specs(spec: BindingSpec) -> Iterator[ClassSpec]:
    """Every class reachable from the roots of a set, once (used by tests and tools)."""
    seen: set[int] = set()
    stack = list(spec.roots.values())
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend(current.derived)
        for field_spec in current.fields:
            stack.extend(e.target for e in field_spec.elements if isinstance(e.target, ClassSpec))

"""The data binding engine: generated tables in, fast decode and encode functions out.

``tools/codegen`` reads a schema set and writes two modules per set: ``_model`` (the
dataclasses and enums) and ``_binding`` (a :class:`BindingSpec` listing, for every
class, its fields in schema order with the element names, occurrences and simple types
they carry). :class:`Binding` compiles that description into one small Python function
per class and direction, the way :mod:`dataclasses` writes ``__init__``: straight-line
code with no per-field interpretation left at run time.

Decoding trusts the schema: it only runs on trees the compiled schema accepted, and it
walks them as one flat document-order stream (``iter()``), each decoder taking exactly
``len(element)`` children from it, which is far cheaper in lxml than nested iteration.
Encoding trusts nothing: required fields, occurrence bounds, classes, choices,
enumerations and the lexical facets of every simple value are checked, so what it
writes is valid against the schema.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

from energyinterop.xml.anyelement import AnyElement
from energyinterop.xml.errors import EncodeError, NotRecognized
from energyinterop.xml.simple import compile_simple
from energyinterop.xml.specs import BindingSpec, ChoiceSpec, ClassSpec, ElementSpec, FieldSpec, SimpleSpec

XSI = "http://www.w3.org/2001/XMLSchema-instance"
XSI_TYPE = f"{{{XSI}}}type"

Decoder = Callable[[etree._Element, Callable[[], etree._Element]], Any]
Encoder = Callable[[Any, str, list[str], str], None]


class Binding:
    """Decode validated trees and encode objects for one schema set."""

    def __init__(self, spec: BindingSpec) -> None:
        self.spec = spec
        self._prefix_of = {namespace: prefix for prefix, namespace in spec.prefixes.items()}
        self._xmlns = "".join(f' xmlns:{p}="{ns}"' for p, ns in spec.prefixes.items())
        self._class_specs: dict[type, ClassSpec] = {}
        self._simple: dict[int, tuple[Callable[[str], Any], Callable[[Any], str]]] = {}
        # Compiled functions, filled lazily: a class is compiled the first time it is met.
        self._decoders: dict[int, Decoder] = {}
        self._encoders: dict[int, Encoder] = {}
        for class_spec in spec.roots.values():
            self._register(class_spec)

    # ------------------------------------------------------------------ names

    def prefixed(self, qname: str) -> str:
        if not qname.startswith("{"):
            return qname
        namespace, _, local = qname[1:].partition("}")
        return f"{self._prefix_of[namespace]}:{local}"

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
            if spec.kind == "duration":
                parse, fmt = _memoized(parse), _memoized(fmt)
            compiled = self._simple[id(spec)] = (parse, fmt)
        return compiled

    # --------------------------------------------------------------- decoding

    def decode_root(self, root: etree._Element) -> Any:
        class_spec = self.spec.roots.get(root.tag)
        if class_spec is None:
            raise NotRecognized(f"{root.tag} is not a document of the {self.spec.name} schema set")
        stream = root.iter()
        next(stream)  # the root itself
        return self._decoder(class_spec)(root, stream.__next__)

    def _decoder(self, class_spec: ClassSpec) -> Decoder:
        decoder = self._decoders.get(id(class_spec))
        if decoder is None:
            # A trampoline stands in while compiling, so recursive types can refer to it.
            def trampoline(element: etree._Element, nxt: Callable[[], etree._Element]) -> Any:
                return self._decoders[id(class_spec)](element, nxt)

            self._decoders[id(class_spec)] = trampoline
            decoder = self._decoders[id(class_spec)] = self._compile_decoder(class_spec)
        return decoder

    def _compile_decoder(self, class_spec: ClassSpec) -> Decoder:
        cls = class_spec.cls
        env: dict[str, Any] = {"NEW": object.__new__, "CLS": cls, "NotRecognized": NotRecognized,
                               "opaque": _opaque}
        lines = ["def decode(el, nxt):"]
        derived = {d.type_qname: d for d in _all_derived(class_spec) if d.type_qname}
        if derived:
            env["resolve"] = self._xsi_resolver(class_spec, derived)
            env["XSI_TYPE"] = XSI_TYPE
            lines += ["    x = el.get(XSI_TYPE)",
                      "    if x is not None:",
                      "        other = resolve(el, x)",
                      "        if other is not None:",
                      "            return other(el, nxt)"]
        # Every slot is set here, as __init__ would (defaults, fresh lists), then filled.
        lines.append("    o = NEW(CLS)")
        for index, item in enumerate(dataclasses.fields(cls)):
            if item.default_factory is not dataclasses.MISSING:
                lines.append(f"    o.{item.name} = []")
            elif item.default is not dataclasses.MISSING and item.default is not None:
                env[f"DEF{index}"] = item.default
                lines.append(f"    o.{item.name} = DEF{index}")
            else:
                lines.append(f"    o.{item.name} = None")
        for index, attribute in enumerate(class_spec.attributes):
            env[f"PA{index}"] = self._formats(attribute.simple)[0]
            lines += [f"    v = el.get({attribute.qname!r})",
                      "    if v is not None:",
                      f"        o.{attribute.name} = PA{index}(v)"]
        if class_spec.text is not None:
            env["PT"] = self._formats(class_spec.text)[0]
            lines.append("    o.value = PT(el.text or '')")
        # Which fields each element name may fill, in schema order. A name that may fill
        # several (a substitution member beside its own field) goes to the first field
        # the sequence has not passed yet: valid documents are unambiguous that way.
        candidates: dict[str, list[tuple[int, FieldSpec, ElementSpec]]] = {}
        for position, field_spec in enumerate(class_spec.fields):
            for element in field_spec.elements:
                candidates.setdefault(element.qname, []).append((position, field_spec, element))
        ambiguous = any(len(options) > 1 for options in candidates.values())
        if ambiguous:
            lines.append("    pos = 0")
        table: dict[str, int] = {}
        branches: list[str] = []
        wildcard = next((f.name for f in class_spec.fields if f.wildcard), None)
        for index, (qname, options) in enumerate(candidates.items()):
            table[qname] = index
            branches.append(f"        {'if' if index == 0 else 'elif'} k == {index}:")
            for number, (position, field_spec, element) in enumerate(options):
                key = f"{index}_{number}"
                target = element.target
                if isinstance(target, ClassSpec) and element.cls is None and _is_leaf(target):
                    prepare, value = self._inline_leaf_decoder(target, key, env), "l"
                else:
                    prepare, value = [], self._element_value_source(element, key, env)
                store = prepare + [f"o.{field_spec.name}.append({value})" if field_spec.repeated
                                   else f"o.{field_spec.name} = {value}"]
                if not ambiguous:
                    branches += [f"            {line}" for line in store]
                    continue
                free = "" if field_spec.repeated else f" and o.{field_spec.name} is None"
                keyword = "if" if number == 0 else "elif"
                branches += [f"            {keyword} pos <= {position}{free}:"]
                branches += [f"                {line}" for line in store]
                branches += [f"                pos = {position}"]
            if ambiguous and len(options) > 1:
                branches += ["            else:",
                             f"                raise NotRecognized('no field left for {qname}')"]
        env["T"] = table
        if branches or wildcard:
            lines += ["    for _ in range(len(el)):",
                      "        c = nxt()",
                      "        k = T.get(c.tag)",
                      "        if k is None:"]
            if wildcard:
                lines += [f"            o.{wildcard}.append(opaque(c, nxt))", "            continue"]
            else:
                lines.append("            raise NotRecognized(f'unexpected element {c.tag}')")
            lines += branches
        lines.append("    return o")
        return _exec(lines, env, "decode", cls.__name__)

    def _inline_leaf_decoder(self, leaf: ClassSpec, key: str, env: dict[str, Any]) -> list[str]:
        """Statements decoding child ``c``, an element of a leaf class, into ``l`` inline."""
        env[f"L{key}"] = leaf.cls
        lines = [f"l = NEW(L{key})"]
        defaults = {item.name: item.default for item in dataclasses.fields(leaf.cls)}
        for number, field_spec in enumerate(leaf.fields):
            default = defaults.get(field_spec.name)
            if default is not dataclasses.MISSING and default is not None:
                env[f"LD{key}_{number}"] = default
                lines.append(f"l.{field_spec.name} = LD{key}_{number}")
            else:
                lines.append(f"l.{field_spec.name} = None")
        values = []
        for number, field_spec in enumerate(leaf.fields):
            simple = field_spec.elements[0].target
            assert isinstance(simple, SimpleSpec)
            if simple.kind == "str":
                values.append("(g.text or '')")
            else:
                env[f"LP{key}_{number}"] = self._formats(simple)[0]
                values.append(f"LP{key}_{number}(g.text or '')")
        if len(leaf.fields) == 1 and leaf.fields[0].min_occurs:
            # The one required child is there: the schema said so.
            return lines + ["g = nxt()", f"l.{leaf.fields[0].name} = {values[0]}"]
        env[f"LT{key}"] = {f.elements[0].qname: n for n, f in enumerate(leaf.fields)}
        lines += ["for _ in range(len(c)):", "    g = nxt()", f"    j = LT{key}[g.tag]"]
        for number, (field_spec, value) in enumerate(zip(leaf.fields, values)):
            lines += [f"    {'if' if number == 0 else 'elif'} j == {number}:",
                      f"        l.{field_spec.name} = {value}"]
        return lines

    def _element_value_source(self, element: ElementSpec, index: int | str, env: dict[str, Any]) -> str:
        """A Python expression giving the decoded value of child ``c``."""
        target = element.target
        if target is None:
            env["opaque"] = _opaque
            return "opaque(c, nxt)"
        if isinstance(target, ClassSpec):
            env[f"D{index}"] = self._decoder(target)
            return f"D{index}(c, nxt)"
        if target.kind == "str":  # already valid: the text is the value
            text = "(c.text or '')"
        else:
            env[f"P{index}"] = self._formats(target)[0]
            text = f"P{index}(c.text or '')"
        if element.cls is not None:
            env[f"W{index}"] = element.cls
            return f"W{index}(value={text})"
        return text

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
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
        self._encode_any_class(obj, class_spec, self.prefixed(qname), out, self._xmlns)
        return "".join(out).encode("utf-8")

    def _encode_any_class(self, obj: Any, declared: ClassSpec, tag: str, out: list[str], extra: str) -> None:
        """Encode an instance of the declared class or of a type derived from it (xsi:type)."""
        if type(obj) is declared.cls:
            self._encoder(declared)(obj, tag, out, extra)
            return
        actual = self._class_specs.get(type(obj))
        if actual is None or actual not in _all_derived(declared) or actual.type_qname is None:
            raise EncodeError(f"<{tag}> takes a {declared.cls.__name__}, got {type(obj).__name__}")
        extra += f' xsi:type="{self.prefixed(actual.type_qname)}"'
        if "xsi" not in self.spec.prefixes:
            extra += f' xmlns:xsi="{XSI}"'
        self._encoder(actual)(obj, tag, out, extra)

    def _encoder(self, class_spec: ClassSpec) -> Encoder:
        encoder = self._encoders.get(id(class_spec))
        if encoder is None:
            def trampoline(obj: Any, tag: str, out: list[str], extra: str) -> None:
                self._encoders[id(class_spec)](obj, tag, out, extra)

            self._encoders[id(class_spec)] = trampoline
            encoder = self._encoders[id(class_spec)] = self._compile_encoder(class_spec)
        return encoder

    def _compile_encoder(self, class_spec: ClassSpec) -> Encoder:
        owner = class_spec.cls.__name__
        env: dict[str, Any] = {"EncodeError": EncodeError, "as_list": _as_list}
        body = ["a = out.append"]
        if not class_spec.attributes:
            body.append("a('<' + tag + extra + '>')" if class_spec.text is None else "a('<' + tag + extra)")
        else:
            body.append("a('<' + tag + extra)")
        for index, attribute in enumerate(class_spec.attributes):
            env[f"FA{index}"] = self._formats(attribute.simple)[1]
            label = self.prefixed(attribute.qname)
            body += [f"f = {attribute.name!r}",
                     f"v = obj.{attribute.name}",
                     "if v is not None:",
                     f"    a(' {label}=\"' + FA{index}(v) + '\"')"]
            if attribute.required:
                body += ["else:", "    raise EncodeError('is required')"]
        if class_spec.text is not None:
            env["FT"] = self._formats(class_spec.text)[1]
            body += ["f = 'value'",
                     "v = obj.value",
                     "if v is None:",
                     "    raise EncodeError('is required')",
                     "a('>' + FT(v) + '</' + tag + '>')"]
            return self._wrap_encoder(body, env, owner)
        if class_spec.attributes:
            body.append("a('>')")
        repeated = {f.name for f in class_spec.fields if f.repeated}
        for number, choice in enumerate(class_spec.choices):
            # Count the members set inline; only a broken choice pays for the message.
            env[f"CH{number}"] = _choice_check(choice)
            count = " + ".join(f"(len(obj.{name} or ()) > 0)" if name in repeated else f"(obj.{name} is not None)"
                               for name in choice.fields)
            allowed = "n != 1" if choice.min_occurs else "n > 1"
            body += [f"f = {'/'.join(choice.fields)!r}", f"n = {count}", f"if {allowed}:", f"    CH{number}(obj)"]
        for index, field_spec in enumerate(class_spec.fields):
            emit = self._emit_source(field_spec, index, env, owner)
            body += [f"f = {field_spec.name!r}", f"v = obj.{field_spec.name}"]
            if field_spec.repeated:
                low, high = field_spec.min_occurs, field_spec.max_occurs
                body.append("if v.__class__ is not list:")
                body.append("    v = as_list(v)")
                if low or high is not None:
                    bound = f"len(v) < {low}" + (f" or len(v) > {high}" if high is not None else "")
                    allowed = f"{low}..{high if high is not None else 'unbounded'}"
                    body += [f"if {bound}:",
                             f"    raise EncodeError(f'has {{len(v)}} items; the schema allows {allowed}')"]
                body += ["for v in v:"] + [f"    {line}" for line in emit]
            else:
                body += ["if v is not None:"] + [f"    {line}" for line in emit]
                if field_spec.min_occurs and field_spec.choice is None:
                    body += ["else:", "    raise EncodeError('is required')"]
        body.append("a('</' + tag + '>')")
        return self._wrap_encoder(body, env, owner)

    def _wrap_encoder(self, body: list[str], env: dict[str, Any], owner: str) -> Encoder:
        """One try block per class: an error names the class and field it came from."""
        env["owner"] = owner
        lines = ["def encode(obj, tag, out, extra):", "    f = None", "    try:"]
        lines += [f"        {line}" for line in body]
        lines += ["    except EncodeError as exc:",
                  "        if exc.path is not None:",
                  "            raise",
                  "        raise EncodeError(exc.reason, path=owner + ('.' + f if f else '')) from None",
                  "    except AttributeError as exc:",
                  "        raise EncodeError(f'{type(obj).__name__} is not a {owner}: {exc}', path=owner) from None"]
        return _exec(lines, env, "encode", owner)

    def _emit_source(self, field_spec: FieldSpec, index: int, env: dict[str, Any], owner: str) -> list[str]:
        """Statements writing the value ``v`` of a field: simple values, and objects of
        leaf classes (simple single fields only), are written inline."""
        elements = field_spec.elements
        if len(elements) == 1 and elements[0].cls is None and not field_spec.wildcard:
            element = elements[0]
            tag = self.prefixed(element.qname)
            if isinstance(element.target, SimpleSpec):
                env[f"F{index}"] = self._formats(element.target)[1]
                return [f"a('<{tag}>' + F{index}(v) + '</{tag}>')"]
            if isinstance(element.target, ClassSpec):
                target = element.target
                env[f"C{index}"] = target.cls
                env[f"S{index}"] = target
                env["encode_any"] = self._encode_any_class
                fallback = f"encode_any(v, S{index}, '{tag}', out, '')"
                if _is_leaf(target):
                    return self._inline_leaf(target, tag, index, env) + ["else:", f"    {fallback}"]
                env[f"N{index}"] = self._encoder(target)
                return [f"N{index}(v, '{tag}', out, '') if v.__class__ is C{index} else {fallback}"]
        env[f"X{index}"] = self._field_emitter(field_spec, owner)
        return [f"X{index}(v, out)"]

    def _inline_leaf(self, leaf: ClassSpec, tag: str, index: int, env: dict[str, Any]) -> list[str]:
        """The body of a leaf class's encoder, written in its parent's (no call, no try)."""
        name = leaf.cls.__name__
        lines = [f"if v.__class__ is C{index}:", f"    a('<{tag}>')"]
        for number, field_spec in enumerate(leaf.fields):
            element = field_spec.elements[0]
            child = self.prefixed(element.qname)
            assert isinstance(element.target, SimpleSpec)
            env[f"F{index}_{number}"] = self._formats(element.target)[1]
            lines += [f"    w = v.{field_spec.name}",
                      "    if w is not None:",
                      f"        a('<{child}>' + F{index}_{number}(w) + '</{child}>')"]
            if field_spec.min_occurs:
                lines += ["    else:", f"        raise EncodeError({f'{name}.{field_spec.name} is required'!r})"]
        lines.append(f"    a('</{tag}>')")
        return lines

    def _field_emitter(self, field_spec: FieldSpec, owner: str) -> Callable[[Any, list[str]], None]:
        label = f"{owner}.{field_spec.name}"
        elements = field_spec.elements
        if field_spec.wildcard:
            return _emit_any(label)
        if len(elements) == 1 and elements[0].cls is None:
            return self._element_emitter(elements[0], label)
        # A union: the Python class of the value names the element.
        by_class: dict[type, Callable[[Any, list[str]], None]] = {}
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

        def emit_union(value: Any, out: list[str]) -> None:
            emit = by_class.get(type(value))
            if emit is None:  # a type derived from a member's type: written with xsi:type
                emit = next((e for cls, e in stand_ins if isinstance(value, cls)), None)
            if emit is None:
                allowed = ", ".join(sorted(cls.__name__ for cls in by_class))
                raise EncodeError(f"{label} takes one of {allowed}; got {type(value).__name__}")
            emit(value, out)

        return emit_union

    def _element_emitter(self, element: ElementSpec, label: str) -> Callable[[Any, list[str]], None]:
        tag = self.prefixed(element.qname)
        target = element.target
        if target is None:
            return _emit_any(label)
        if isinstance(target, ClassSpec):
            cls, encode_any = target.cls, self._encode_any_class
            encoder = self._encoder(target)
            # An element with a class of its own also takes an instance of the plain type.
            plain = cls.__bases__[0] if element.cls is not None else cls

            def emit_object(value: Any, out: list[str]) -> None:
                if type(value) is cls or type(value) is plain:
                    encoder(value, tag, out, "")
                else:
                    encode_any(value, target, tag, out, "")

            return emit_object
        fmt = self._formats(target)[1]
        open_tag, close_tag = f"<{tag}>", f"</{tag}>"
        wrapper = element.cls

        def emit_simple(value: Any, out: list[str]) -> None:
            if wrapper is not None:
                if type(value) is not wrapper:
                    raise EncodeError(f"{label} takes {wrapper.__name__}, got {type(value).__name__}")
                value = value.value
            out.append(open_tag + fmt(value) + close_tag)

        return emit_simple


def _memoized(convert: Callable[[Any], Any], size: int = 256) -> Callable[[Any], Any]:
    """Durations repeat (PT15M, PT1H...): remember a bounded number of conversions."""
    cache: dict[Any, Any] = {}

    def convert_cached(value: Any) -> Any:
        result = cache.get(value)
        if result is None:
            result = convert(value)
            if len(cache) >= size:
                cache.clear()
            cache[value] = result
        return result

    return convert_cached


def _exec(lines: list[str], env: dict[str, Any], name: str, owner: str) -> Any:
    source = "\n".join(lines) + "\n"
    code = compile(source, f"<{name} {owner}>", "exec")
    namespace: dict[str, Any] = {}
    exec(code, env, namespace)  # noqa: S102 - source built above from generated tables only
    return namespace[name]


def _opaque(element: etree._Element, nxt: Callable[[], etree._Element]) -> AnyElement:
    """Keep an element whole, and move the flat stream past its descendants."""
    for _ in element.iterdescendants():
        nxt()
    return AnyElement.from_element(element)


def _is_leaf(class_spec: ClassSpec) -> bool:
    """A class whose fields are single simple elements, and nothing else."""
    return (not class_spec.attributes and class_spec.text is None and not class_spec.derived
            and not class_spec.choices and bool(class_spec.fields)
            and all(len(f.elements) == 1 and isinstance(f.elements[0].target, SimpleSpec)
                    and f.elements[0].cls is None and not f.repeated and not f.wildcard
                    for f in class_spec.fields))


def _as_list(value: Any) -> list[Any] | tuple[Any, ...]:
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)):
        raise EncodeError(f"must be a list, got {type(value).__name__}")
    return value


def _emit_any(label: str) -> Callable[[Any, list[str]], None]:
    def emit(value: Any, out: list[str]) -> None:
        if not isinstance(value, AnyElement):
            raise EncodeError(f"{label} takes an AnyElement, got {type(value).__name__}")
        out.append(value.xml)

    return emit


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

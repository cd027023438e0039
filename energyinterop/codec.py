"""Strict codecs: bytes -> validated tree -> typed object, and typed object -> valid bytes.

Every inbound document is parsed by the hardened parser and validated against the
compiled schema set before a single value is read; an invalid one raises
:class:`SchemaViolation` with line, element path and the schema's reason. There is no
second, untyped parse.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import attrgetter
from typing import Any

from lxml import etree

from energyinterop.xml.binding import XML_DECLARATION, Binding, max_valid_depth
from energyinterop.xml.errors import EncodeError, NotRecognized
from energyinterop.xml.parser import HardenedParser, ParseLimits, schema_violation
from energyinterop.xml.schemaset import SchemaSet, ei_schema_set, openadr_schema_set
from energyinterop.xml.specs import BindingSpec, ClassSpec

OADR_NS = "http://openadr.org/oadr-2.0b/2012/07"
_PAYLOAD = f"{{{OADR_NS}}}oadrPayload"
EI_NAMESPACES = frozenset({
    "http://docs.oasis-open.org/ns/energyinterop/201110",
    "http://docs.oasis-open.org/ns/energyinterop/201110/payloads",
    "http://docs.oasis-open.org/ns/energyinterop/201110/enroll",
})
EMIX_NAMESPACES = frozenset({
    "http://docs.oasis-open.org/ns/emix/2011/06",
    "http://docs.oasis-open.org/ns/emix/2011/06/power",
    "http://docs.oasis-open.org/ns/emix/2011/06/power/resource",
})


class Codec:
    """Decode and encode the documents of one schema set."""

    def __init__(self, schema_set: SchemaSet, binding: BindingSpec, limits: ParseLimits = ParseLimits()) -> None:
        self.schema_set = schema_set
        self.schema = schema_set.compile()
        # When no valid document can nest deeper than the cap outside opaque content,
        # decode() skips the parser's depth check (an XPath over the whole tree) and
        # the binding checks the opaque content it meets instead.
        depth = max_valid_depth(binding)
        self._depth_bounded = depth is not None and depth <= limits.max_depth
        self.binding = Binding(binding, opaque_depth_cap=limits.max_depth if self._depth_bounded else None)
        self.parser = HardenedParser(limits, self.schema)

    def parse(self, data: bytes) -> etree._Element:
        """Hardened parse plus schema validation; the tree is safe to read."""
        return self.parser.parse_valid(data)

    def validate(self, root: etree._Element) -> None:
        if not self.schema.validate(root):
            raise schema_violation(self.schema.error_log)

    def decode(self, data: bytes) -> Any:
        return self.binding.decode_root(self.parser.parse_valid(data, check_depth=not self._depth_bounded))

    def decode_tree(self, root: etree._Element) -> Any:
        """Decode a tree that :meth:`parse` returned."""
        return self.binding.decode_root(root)

    def encode(self, obj: Any, element: str | None = None) -> bytes:
        """Encode an object as a document; ``element`` names the root when its class is
        the type of several global elements."""
        return self.binding.encode_root(obj, element)


class OpenADRCodec(Codec):
    """The OpenADR 2.0b profile: documents are ``oadrPayload`` envelopes."""

    def __init__(self, limits: ParseLimits = ParseLimits()) -> None:
        from energyinterop.openadr._binding import BINDING, C_OadrSignedObject

        super().__init__(openadr_schema_set(), BINDING, limits)
        self._envelope = _Envelope(self.binding, C_OadrSignedObject)

    def decode_message(self, data: bytes) -> Any:
        """The one message inside ``oadrPayload/oadrSignedObject``, decoded from its own
        element: the envelope is not mapped (its ds:Signature, the signing wrappers'
        business, only gets the check all opaque content gets)."""
        root = self.parser.parse_valid(data, check_depth=not self._depth_bounded)
        if root.tag != _PAYLOAD:
            raise NotRecognized(f"{root.tag} is not an oadrPayload")
        if len(root) > 1:
            self.binding.check_opaque(root[0])
        return self.binding.decode_root(root[-1][0])  # the signed object holds exactly one message

    def encode_message(self, message: Any, signed_object_id: str | None = None) -> bytes:
        """Wrap a message in ``oadrSignedObject`` and ``oadrPayload`` and encode it."""
        return self._envelope.encode(message, signed_object_id)


def message_of(payload: Any) -> Any:
    """The message an ``OadrPayload`` carries (exactly one: the schema's choice)."""
    for message in _SIGNED_OBJECT_MEMBERS(payload.oadr_signed_object):
        if message is not None:
            return message
    raise NotRecognized("oadrSignedObject carries no message")


class _Envelope:
    """Writes ``oadrPayload/oadrSignedObject`` around a message itself: the bytes the
    binding writes for the three objects, without building the two envelope objects or
    looking through the signed object's 23-way choice for the member that is set."""

    def __init__(self, binding: Binding, signed: ClassSpec) -> None:
        # Message class -> writer of its element, checked as the signed object's encoder
        # checks it; by class name too, so that a look-alike class gets the same error.
        self._by_class = {f.elements[0].target.cls: binding.field_emitter(signed, f.name) for f in signed.fields}
        self._by_name = {cls.__name__: emit for cls, emit in self._by_class.items()}
        (attribute,) = signed.attributes
        self._format_id = binding.formatter(attribute.simple)
        self._declare = binding.declare
        self._bit = binding.bit(_PAYLOAD)
        self._payload, self._signed = binding.prefixed(_PAYLOAD), binding.prefixed(f"{{{OADR_NS}}}oadrSignedObject")
        self._id = binding.prefixed(attribute.qname)
        self._end = f"</{self._signed}></{self._payload}>"

    def encode(self, message: Any, signed_object_id: str | None) -> bytes:
        emit = self._by_class.get(type(message)) or self._by_name.get(type(message).__name__)
        if emit is None:
            raise NotRecognized(f"{type(message).__name__} is not an OpenADR 2.0b message")
        out = ["", self._start(signed_object_id)]
        mask = emit(message, out) | self._bit
        out[0] = f"{XML_DECLARATION}<{self._payload}{self._declare(mask)}>"
        out.append(self._end)
        return "".join(out).encode("utf-8")

    def _start(self, signed_object_id: str | None) -> str:
        if signed_object_id is None:
            return f"<{self._signed}>"
        try:
            return f'<{self._signed} {self._id}="{self._format_id(signed_object_id)}">'
        except EncodeError as exc:
            raise EncodeError(exc.reason, path=exc.path or "OadrSignedObject.id") from None


def _signed_object_members() -> Callable[[Any], tuple[Any, ...]]:
    """The values of the signed object's 23 message fields, in one call.
    (Read once: the openadr package imports this module, so not at its top.)"""
    from energyinterop.openadr._binding import C_OadrSignedObject

    return attrgetter(*(f.name for f in C_OadrSignedObject.fields))


class EICodec(Codec):
    """Full EI 1.0 payloads, EMIX 1.0 products and WS-Calendar documents."""

    def __init__(self, limits: ParseLimits = ParseLimits()) -> None:
        from energyinterop.ei._binding import BINDING

        super().__init__(ei_schema_set(), BINDING, limits)


@cache
def openadr_codec() -> OpenADRCodec:
    """A shared codec with default limits (its compiled state never changes after use)."""
    return OpenADRCodec()


@cache
def ei_codec() -> EICodec:
    """A shared codec with default limits (its compiled state never changes after use)."""
    return EICodec()


def kind_of(root: etree._Element) -> str:
    """``openadr``, ``ei`` or ``emix``, told apart by the root element's namespace."""
    namespace = etree.QName(root).namespace
    if namespace == OADR_NS:
        return "openadr"
    if namespace in EI_NAMESPACES:
        return "ei"
    if namespace in EMIX_NAMESPACES:
        return "emix"
    raise NotRecognized(f"root element {root.tag} is not an OpenADR, EI or EMIX document")


def codec_for(kind: str) -> Codec:
    return openadr_codec() if kind == "openadr" else ei_codec()


def decode(data: bytes) -> Any:
    """Decode any OpenADR, EI or EMIX document, choosing the schema set by its root."""
    root = openadr_codec().parser.parse(data)
    codec = codec_for(kind_of(root))
    codec.validate(root)
    return codec.decode_tree(root)


_SIGNED_OBJECT_MEMBERS = _signed_object_members()

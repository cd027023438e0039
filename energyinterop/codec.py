"""Strict codecs: bytes -> validated tree -> typed object, and typed object -> valid bytes.

Every inbound document is parsed by the hardened parser and validated against the
compiled schema set before a single value is read; an invalid one raises
:class:`SchemaViolation` with line, element path and the schema's reason. There is no
second, untyped parse.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from lxml import etree

from energyinterop.xml.binding import Binding, max_valid_depth
from energyinterop.xml.errors import NotRecognized
from energyinterop.xml.parser import HardenedParser, ParseLimits, schema_violation
from energyinterop.xml.schemaset import SchemaSet, ei_schema_set, openadr_schema_set
from energyinterop.xml.specs import BindingSpec

OADR_NS = "http://openadr.org/oadr-2.0b/2012/07"
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
        from energyinterop.openadr._binding import BINDING

        super().__init__(openadr_schema_set(), BINDING, limits)

    def decode_message(self, data: bytes) -> Any:
        """The one message inside ``oadrPayload/oadrSignedObject``."""
        return message_of(self.decode(data))

    def encode_message(self, message: Any, signed_object_id: str | None = None) -> bytes:
        """Wrap a message in ``oadrSignedObject`` and ``oadrPayload`` and encode it."""
        field = _SIGNED_OBJECT_FIELDS.get(type(message).__name__)
        if field is None:
            raise NotRecognized(f"{type(message).__name__} is not an OpenADR 2.0b message")
        signed = _SIGNED_OBJECT(id=signed_object_id, **{field: message})
        return self.encode(_PAYLOAD(oadr_signed_object=signed))


def message_of(payload: Any) -> Any:
    """The message an ``OadrPayload`` carries (exactly one: the schema's choice)."""
    signed = payload.oadr_signed_object
    for field in _SIGNED_OBJECT_FIELDS.values():
        message = getattr(signed, field)
        if message is not None:
            return message
    raise NotRecognized("oadrSignedObject carries no message")


def _signed_object_fields() -> tuple[dict[str, str], type, type]:
    """Message class name -> its oadrSignedObject field; the two envelope classes.
    (Read once: the openadr package imports this module, so not at its top.)"""
    from energyinterop.openadr._binding import BINDING, C_OadrSignedObject

    fields = {f.elements[0].target.cls.__name__: f.name for f in C_OadrSignedObject.fields}
    return fields, C_OadrSignedObject.cls, BINDING.roots[f"{{{OADR_NS}}}oadrPayload"].cls


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


_SIGNED_OBJECT_FIELDS, _SIGNED_OBJECT, _PAYLOAD = _signed_object_fields()

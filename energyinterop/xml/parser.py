"""Hardened XML parsing: what arrives from a peer is bytes, what leaves here is a checked tree.

libxml2 is told never to load a DTD, expand an entity or touch the network, but a DOCTYPE
still parses (and stays visible in ``docinfo``), so any DOCTYPE is refused outright before
libxml2 sees the document. Only UTF-8 is accepted: the standards' peers all send it and a
second encoding is a second attack surface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from energyinterop.xml.errors import DocumentTooLarge, HostileDocument, MalformedDocument, SchemaViolation

DEFAULT_MAX_BYTES = 1024 * 1024
DEFAULT_MAX_DEPTH = 64

# An XML declaration naming an encoding other than UTF-8 (or its ASCII subset).
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_UTF8_NAMES = frozenset({b"utf-8", b"utf8", b"us-ascii", b"ascii"})
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_PROLOG_SKIPS = ((b"<?", b"?>"), (b"<!--", b"-->"))
# The prolog nearly every peer sends: an optional UTF-8 BOM and XML declaration, then
# the root element's start tag. No DOCTYPE can follow a start tag and none of the
# UTF-16 / UTF-32 forms can match, so only the declared encoding is left to check;
# any other prolog takes the full checks below.
_PLAIN_PROLOG = re.compile(
    rb"(?:\xef\xbb\xbf)?"
    rb"""(?:<\?xml[ \t\r\n](?:[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["'])?[^>]*\?>)?"""
    rb"[ \t\r\n]*<[^!?\x00]"
)
# The most common case of that prolog, the one our encoder writes: one cheap match (a
# literal prefix) before the general pattern, whose lazy scan for "encoding" costs more.
_UTF8_PROLOG = re.compile(rb'<\?xml version="1\.0" encoding="UTF-8"\?>[ \t\r\n]*<[^!?\x00]')


def _has_doctype(data: bytes) -> bool:
    """Whether the prolog (the only place XML allows one) holds a DOCTYPE declaration.

    Entities can only be declared inside a DOCTYPE, so refusing it refuses them all;
    a ``<!DOCTYPE`` anywhere else is not well-formed and libxml2 rejects it.
    """
    position = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while position < len(data) and data[position] in b" \t\r\n":
            position += 1
        for start, end in _PROLOG_SKIPS:
            if data.startswith(start, position):
                close = data.find(end, position + len(start))
                if close < 0:
                    return False  # unterminated: libxml2 reports it as malformed
                position = close + len(end)
                break
        else:
            return data.startswith(b"<!DOCTYPE", position)


def schema_violation(log: etree._ListErrorLog) -> SchemaViolation:
    """The first error of a validation log, located, with a count of the others."""
    first = log[0]
    more = len(log) - 1
    reason = first.message + (f" (and {more} more error{'s' if more > 1 else ''})" if more else "")
    return SchemaViolation(reason, line=first.line or None, path=first.path or None)


# libxml2 refuses nesting beyond 256 levels on its own (without XML_PARSE_HUGE).
LIBXML2_MAX_DEPTH = 255


@dataclass(frozen=True, slots=True)
class ParseLimits:
    """Caps applied to every inbound document."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH

    def __post_init__(self) -> None:
        if not 1 <= self.max_depth <= LIBXML2_MAX_DEPTH:
            raise ValueError(f"max_depth must be within 1..{LIBXML2_MAX_DEPTH}, got {self.max_depth}")
        if self.max_bytes < 1:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")


_PARSER_OPTIONS = dict(
    encoding="utf-8",
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
)


class HardenedParser:
    """Parses untrusted bytes into an lxml tree, or raises a typed :class:`CodecError`.

    Given a schema, :meth:`parse_valid` also validates the tree. (libxml2 can validate
    while parsing, but measured slower here than parse-then-validate, and its streaming
    errors carry no line or path.)
    """

    def __init__(self, limits: ParseLimits = ParseLimits(), schema: etree.XMLSchema | None = None) -> None:
        self.limits = limits
        self.schema = schema
        self._parser = etree.XMLParser(**_PARSER_OPTIONS)
        # True when any element sits deeper than the cap (the root is depth 1).
        self._too_deep = etree.XPath("boolean(/" + "/".join(["*"] * (limits.max_depth + 1)) + ")")

    def parse(self, data: bytes) -> etree._Element:
        """Well-formed and within the limits; not validated."""
        return self._parse(data, self._parser)

    def parse_valid(self, data: bytes, *, check_depth: bool = True) -> etree._Element:
        """Well-formed, within the limits and valid against the schema.

        ``check_depth=False`` leaves the depth of *valid* documents to the caller, which
        must know that the schema keeps them within the cap outside opaque content and
        check the opaque content it reads (see ``max_valid_depth`` in the binding). An
        invalid document is still refused as too deep before it is refused as invalid.
        """
        if self.schema is None:
            raise ValueError("this parser has no schema")
        root = self._parse(data, self._parser, check_depth)
        if not self.schema(root):
            if not check_depth:
                self.check_depth(root)
            raise schema_violation(self.schema.error_log)
        return root

    def check_depth(self, root: etree._Element) -> None:
        if self._too_deep(root):
            raise DocumentTooLarge(f"elements nested deeper than {self.limits.max_depth} levels")

    def _parse(self, data: bytes, parser: etree.XMLParser, check_depth: bool = True) -> etree._Element:
        if data.__class__ is not bytes:
            if not isinstance(data, (bytes, bytearray, memoryview)):
                raise MalformedDocument(f"expected bytes, got {type(data).__name__}")
            data = bytes(data)
        if not data or data.isspace():
            raise MalformedDocument("empty document")
        if len(data) > self.limits.max_bytes:
            raise DocumentTooLarge(
                f"document is {len(data)} bytes, over the cap of {self.limits.max_bytes}"
            )
        if _UTF8_PROLOG.match(data) is None:
            self._check_prolog(data)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as exc:
            line = exc.lineno if exc.lineno else None
            if "Excessive depth" in exc.msg:
                raise DocumentTooLarge(f"elements nested deeper than {self.limits.max_depth} levels",
                                       line=line) from None
            raise MalformedDocument(f"not well-formed XML: {exc.msg}", line=line) from None
        if root is None:
            raise MalformedDocument("no root element")
        if root.getroottree().docinfo.internalDTD is not None:  # defence in depth: the prolog scan missed it
            raise HostileDocument("DOCTYPE and entity declarations are not accepted")
        if check_depth:
            self.check_depth(root)
        return root

    @classmethod
    def _check_prolog(cls, data: bytes) -> None:
        """No DOCTYPE, and no encoding but UTF-8: the prolog is where either would be."""
        plain = _PLAIN_PROLOG.match(data)
        if plain is None:
            cls._check_encoding(data)
            if _has_doctype(data):
                raise HostileDocument("DOCTYPE and entity declarations are not accepted")
        elif plain.group(1) is not None and plain.group(1).lower() not in _UTF8_NAMES:
            declared = plain.group(1).decode("ascii")
            raise MalformedDocument(f"only UTF-8 documents are accepted (declared {declared})")

    @staticmethod
    def _check_encoding(data: bytes) -> None:
        if data.startswith(_UTF32_BOMS) or data[:4] in (b"<\x00\x00\x00", b"\x00\x00\x00<"):
            raise MalformedDocument("only UTF-8 documents are accepted (found UTF-32)")
        if data.startswith(_UTF16_BOMS) or data[:2] in (b"<\x00", b"\x00<"):
            raise MalformedDocument("only UTF-8 documents are accepted (found UTF-16)")
        start = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        match = _DECLARED_ENCODING.match(start[:200])
        if match and match.group(1).lower() not in _UTF8_NAMES:
            raise MalformedDocument(
                f"only UTF-8 documents are accepted (declared {match.group(1).decode('ascii')})"
            )
        # Invalid UTF-8 bytes: the parser is told the encoding and refuses them itself.

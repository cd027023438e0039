"""Content the schema leaves open (xs:any) or that the codec carries without mapping."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

# A start tag of C14N output: attribute values are quoted and hold no raw '"'.
_START_TAG = re.compile(r'<[^\s/>!?]+(?:\s+[^\s=>]+="[^"]*")*\s*>')
_NAMESPACE_DECLARATION = re.compile(r'(\sxmlns(?::[^\s=]+)?=")([^"]*)"')


@dataclass(frozen=True, slots=True)
class AnyElement:
    """One element kept as serialized XML, with the namespace declarations it needs.

    The text is exclusive C14N, so equal content compares equal whatever the namespace
    declarations of the document it came from.
    """

    xml: str

    @classmethod
    def from_element(cls, element: etree._Element) -> AnyElement:
        if not element.text and len(element) == 0 and not element.values():
            return cls(_empty_c14n(element))  # the common empty case, without a C14N pass
        canonical = etree.tostring(element, method="c14n", exclusive=True, with_comments=False).decode("utf-8")
        return cls(_escaped_namespaces(canonical) if "&" in canonical else canonical)


def _escaped_namespaces(canonical: str) -> str:
    """libxml2's C14N writes namespace URIs without escaping '&' (C14N 1.0 escapes them as
    attribute values), which is not well-formed XML; every other '&' it writes is escaped
    already. lxml refuses URIs with '<', '"' or control characters, so '&' is the only fix."""
    def tag(start: re.Match[str]) -> str:
        return _NAMESPACE_DECLARATION.sub(lambda d: d[1] + d[2].replace("&", "&amp;") + '"', start[0])

    return _START_TAG.sub(tag, canonical)


def _empty_c14n(element: etree._Element) -> str:
    """Exclusive C14N of an empty element without attributes: its one namespace, if any."""
    tag = element.tag
    if tag[0] != "{":
        return f"<{tag}></{tag}>"
    namespace, _, local = tag[1:].partition("}")
    namespace = namespace.replace("&", "&amp;")  # the one character a namespace URI may need escaped
    prefix = element.prefix
    if not prefix:
        return f'<{local} xmlns="{namespace}"></{local}>'
    return f'<{prefix}:{local} xmlns:{prefix}="{namespace}"></{prefix}:{local}>'

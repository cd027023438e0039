"""Content the schema leaves open (xs:any) or that the codec carries without mapping."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree


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
        canonical = etree.tostring(element, method="c14n", exclusive=True, with_comments=False)
        return cls(canonical.decode("utf-8"))


def _empty_c14n(element: etree._Element) -> str:
    """Exclusive C14N of an empty element without attributes: its one namespace, if any."""
    tag = element.tag
    if tag[0] != "{":
        return f"<{tag}></{tag}>"
    namespace, _, local = tag[1:].partition("}")
    prefix = element.prefix
    if not prefix:
        return f'<{local} xmlns="{namespace}"></{local}>'
    return f'<{prefix}:{local} xmlns:{prefix}="{namespace}"></{prefix}:{local}>'

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
        canonical = etree.tostring(element, method="c14n", exclusive=True, with_comments=False)
        return cls(canonical.decode("utf-8"))

    def to_element(self) -> etree._Element:
        return etree.fromstring(self.xml)

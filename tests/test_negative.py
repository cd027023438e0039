"""Invalid documents: every one raises SchemaViolation, located by line and element path.

The corpus is made here from the golden documents: each case applies one mutation kind to
one element (found by XPath) of one golden, so the documents stay realistic apart from the
single defect. A few defects that are not simple mutations are stored in tests/data/negative.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from energyinterop.codec import Codec, decode, ei_codec, openadr_codec
from energyinterop.xml.errors import ResponseCode, SchemaViolation

DATA = Path(__file__).parent / "data"
NS = {
    "oadr": "http://openadr.org/oadr-2.0b/2012/07",
    "pyld": "http://docs.oasis-open.org/ns/energyinterop/201110/payloads",
    "ei": "http://docs.oasis-open.org/ns/energyinterop/201110",
    "emix": "http://docs.oasis-open.org/ns/emix/2011/06",
    "power": "http://docs.oasis-open.org/ns/emix/2011/06/power",
    "xcal": "urn:ietf:params:xml:ns:icalendar-2.0",
}

Mutation = Callable[[etree._Element], None]


def remove(target: etree._Element) -> None:
    target.getparent().remove(target)


def swap_with_next(target: etree._Element) -> None:
    target.getnext().addnext(target)  # moves the target (with its tail) after its sibling


def set_text(value: str) -> Mutation:
    def mutate(target: etree._Element) -> None:
        target.text = value
    return mutate


def move_to(namespace: str) -> Mutation:
    def mutate(target: etree._Element) -> None:
        target.tag = etree.QName(namespace, etree.QName(target).localname).text
    return mutate


def add_unknown(target: etree._Element) -> None:
    unknown = etree.Element(etree.QName(etree.QName(target).namespace, "unknownNote").text)
    unknown.text = "not in the schema"
    unknown.tail = target.tail
    target.addnext(unknown)


def duplicate(target: etree._Element) -> None:
    target.addnext(copy.deepcopy(target))


# kind -> (mutation, [(golden, XPath of the element to mutate)])
CASES: dict[str, list[tuple[Mutation, str, str]]] = {
    "required-removed": [
        (remove, "openadr/oadrDistributeEvent", "//oadr:oadrDistributeEvent/ei:vtnID"),
        (remove, "openadr/oadrCreatedEvent", "(//ei:eventResponse)[1]/ei:optType"),
        (remove, "openadr/oadrUpdateReport", "//oadr:oadrReport/ei:createdDateTime"),
        (remove, "openadr/oadrCreatePartyRegistration", "//oadr:oadrProfileName"),
        (remove, "ei/eiCreateTender", "(//ei:eiTender)[1]/ei:tenderID"),
        (remove, "ei/eiCreateEvent", "//ei:eventDescriptor/ei:eventID"),
        (remove, "ei/eiUpdateReport", "//ei:eiReport/ei:reportRequestID"),
        (remove, "emix/product", "/emix:product/emix:side"),
    ],
    "siblings-swapped": [
        (swap_with_next, "openadr/oadrDistributeEvent", "//oadr:oadrDistributeEvent/pyld:requestID"),
        (swap_with_next, "openadr/oadrCreatePartyRegistration", "//oadr:oadrReportOnly"),
        (swap_with_next, "openadr/oadrUpdateReport", "//oadr:oadrReport/ei:reportRequestID"),
        (swap_with_next, "ei/eiCreateTender", "/pyld:eiCreateTender/ei:partyID"),
        (swap_with_next, "ei/eiCreateEvent", "//ei:eventDescriptor/ei:eventID"),
        (swap_with_next, "emix/product", "/emix:product/emix:marketContext"),
    ],
    "bad-enum": [
        (set_text("sometimes"), "openadr/oadrDistributeEvent", "(//oadr:oadrResponseRequired)[1]"),
        (set_text("maybe"), "openadr/oadrCreatedEvent", "(//ei:optType)[1]"),
        (set_text("carrierPigeon"), "openadr/oadrCreatePartyRegistration", "//oadr:oadrTransportName"),
        (set_text("handshake"), "ei/eiCreateTender", "(//emix:transactiveState)[1]"),
        (set_text("imminent"), "ei/eiCreateEvent", "//ei:eventStatus"),
        (set_text("both"), "emix/product", "/emix:product/emix:side"),
    ],
    "bad-datetime": [
        (set_text("2024-07-15 16:00:00"), "openadr/oadrDistributeEvent", "(//ei:createdDateTime)[1]"),
        (set_text("2024-02-30T25:00:00Z"), "openadr/oadrUpdateReport", "(//xcal:date-time)[1]"),
        (set_text("tomorrow"), "ei/eiCreateTender", "(//emix:expirationDate)[1]"),
        (set_text("2024-07-16T17:45:00+2"), "ei/eiUpdateReport", "//ei:snap/ei:statusDateTime"),
    ],
    "bad-duration": [
        (set_text("3 hours"), "openadr/oadrDistributeEvent", "(//xcal:duration/xcal:duration)[1]"),
        (set_text("10s"), "openadr/oadrCreatedPartyRegistration", "//oadr:oadrRequestedOadrPollFreq/*"),
        (set_text("PT1.5H"), "ei/eiCreateEvent", "(//ei:x-eiNotification/xcal:duration)[1]"),
        (set_text("1H"), "emix/product", "(//xcal:duration/xcal:duration)[1]"),
    ],
    "wrong-namespace": [
        (move_to(NS["oadr"]), "openadr/oadrPoll", "//ei:venID"),
        (move_to(NS["ei"]), "openadr/oadrDistributeEvent", "//oadr:oadrDistributeEvent/pyld:requestID"),
        (move_to(NS["ei"]), "ei/eiCreateTender", "/pyld:eiCreateTender/pyld:requestID"),
        (move_to(NS["pyld"]), "ei/eiCreateEvent", "//ei:eventDescriptor/ei:eventID"),
        (move_to(NS["power"]), "emix/product", "/emix:product/emix:uid"),
    ],
    "unknown-element": [
        (add_unknown, "openadr/oadrPoll", "//ei:venID"),
        (add_unknown, "openadr/oadrUpdateReport", "(//ei:interval)[1]/xcal:uid"),
        (add_unknown, "ei/eiCreateTender", "(//ei:eiTender)[1]/ei:tenderID"),
        (add_unknown, "ei/eiUpdateReport", "(//ei:reportPayload)[1]/ei:rID"),
        (add_unknown, "emix/delivery", "/emix:delivery/emix:injection"),
    ],
    "singleton-duplicated": [
        (duplicate, "openadr/oadrDistributeEvent", "//oadr:oadrDistributeEvent/ei:vtnID"),
        (duplicate, "openadr/oadrCreatedEvent", "//pyld:eiCreatedEvent/ei:venID"),
        (duplicate, "openadr/oadrCreateOpt", "//oadr:oadrCreateOpt/ei:optID"),
        (duplicate, "ei/eiCreateTender", "(//ei:eiTender)[1]/ei:tenderID"),
        (duplicate, "ei/eiCreateEvent", "//ei:eiEvent/ei:eventDescriptor"),
        (duplicate, "emix/emixOption", "//emix:optionType"),
    ],
}
# Mutations that change only a value or a name: the error is on the target's own line.
IN_PLACE = {"bad-enum", "bad-datetime", "bad-duration", "wrong-namespace"}

MUTATION_CASES = [
    pytest.param(kind, mutation, golden, xpath, id=f"{kind}:{golden}:{xpath}")
    for kind, cases in CASES.items()
    for mutation, golden, xpath in cases
]


def codec_for(golden: str) -> Codec:
    return openadr_codec() if golden.startswith("openadr/") else ei_codec()


def mutated(golden: str, xpath: str, mutation: Mutation) -> tuple[bytes, int]:
    """The golden with one mutation applied, and the target's line in the original."""
    original = (DATA / "golden" / f"{golden}.xml").read_bytes()
    root = etree.fromstring(original)
    (target,) = root.xpath(xpath, namespaces=NS)
    line = target.sourceline
    mutation(target)
    # keep the prolog (declaration, comments) byte for byte so that lines do not move
    prolog = b"".join(original.splitlines(keepends=True)[: root.sourceline - 1])
    return prolog + etree.tostring(root, encoding="UTF-8", xml_declaration=False), line


def assert_located(exc: SchemaViolation, data: bytes) -> None:
    assert type(exc) is SchemaViolation
    assert exc.code == ResponseCode.INVALID_DATA == 454
    assert isinstance(exc.line, int) and 1 <= exc.line <= data.count(b"\n") + 1
    assert isinstance(exc.path, str) and exc.path.startswith("/")
    assert exc.reason.strip()
    assert f"line {exc.line}" in str(exc)


@pytest.mark.parametrize(("kind", "mutation", "golden", "xpath"), MUTATION_CASES)
def test_mutation_is_a_located_schema_violation(kind: str, mutation: Mutation, golden: str, xpath: str):
    data, target_line = mutated(golden, xpath, mutation)
    with pytest.raises(SchemaViolation) as info:
        codec_for(golden).decode(data)
    exc = info.value
    assert_located(exc, data)
    root = etree.fromstring(data)
    assert exc.path.split("/")[1] == root.prefix + ":" + etree.QName(root).localname
    if kind in IN_PLACE:
        assert exc.line == target_line
    # the codec that picks the schema set by root element fails the same way
    with pytest.raises(SchemaViolation) as again:
        decode(data)
    assert (again.value.line, again.value.path) == (exc.line, exc.path)


def test_every_kind_hits_both_schema_sets():
    for kind, cases in CASES.items():
        families = {golden.split("/")[0] for _, golden, _ in cases}
        assert "openadr" in families and families & {"ei", "emix"}, kind


def test_openadr_decode_message_raises_the_same():
    data, _ = mutated("openadr/oadrPoll", "//ei:venID", remove)
    with pytest.raises(SchemaViolation) as info:
        openadr_codec().decode_message(data)
    assert_located(info.value, data)


STORED = sorted((DATA / "negative").glob("*/*.xml"))


@pytest.mark.parametrize("path", STORED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_stored_negative_is_a_located_schema_violation(path: Path):
    data = path.read_bytes()
    codec = openadr_codec() if path.parent.name == "openadr" else ei_codec()
    with pytest.raises(SchemaViolation) as info:
        codec.decode(data)
    assert_located(info.value, data)

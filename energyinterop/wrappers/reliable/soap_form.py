"""Reliable messaging over SOAP: WS-RM 1.2 header blocks in the wsrm namespace.

Plain header blocks (no ``wsu:Id`` games), so a WS-Security wrapper outside this one can
sign them like any other block. Sequence, AckRequested and SequenceAcknowledgement are
header blocks; CreateSequence, CloseSequence and TerminateSequence travel in the Body when
sent alone (with their ``wsa:Action``), and CreateSequence may also ride as a header block
on the first message, carrying the identifier the source proposes in ``eirm:Identifier``
(an extension element, which WS-RM allows). A SequenceAcknowledgement with both ranges and
Nacks is written as two blocks (the schema allows ranges or Nacks in one, not both).
"""

from __future__ import annotations

from lxml import etree

from energyinterop.transport.soap import SOAP11_NS, SOAP12_NS, SoapVersion
from energyinterop.wrappers.reliable.faults import MalformedRmHeader
from energyinterop.wrappers.reliable.messages import (
    NAMESPACE,
    AckRequested,
    CloseSequence,
    CloseSequenceResponse,
    CreateSequence,
    CreateSequenceResponse,
    FaultReport,
    RmHeaders,
    SequenceAcknowledgement,
    SequenceHeader,
    TerminateSequence,
    TerminateSequenceResponse,
    check_identifier,
)
from energyinterop.wrappers.reliable.ranges import RangeSet
from energyinterop.xml.parser import HardenedParser

WSA_NS = "http://www.w3.org/2005/08/addressing"
EIRM_NS = "urn:energyinterop:reliable-messaging"
ANONYMOUS = WSA_NS + "/anonymous"
ACTION = NAMESPACE + "/"  # + CreateSequence, CloseSequence, ...
_SOAP = (SOAP11_NS, SOAP12_NS)
_PARSER = HardenedParser()


def _q(name: str, ns: str = NAMESPACE) -> str:
    return f"{{{ns}}}{name}"


# ------------------------------------------------------------------ writing


def _sub(parent: etree._Element, name: str, text: str | None = None, ns: str = NAMESPACE) -> etree._Element:
    element = etree.SubElement(parent, _q(name, ns))
    if text is not None:
        element.text = text
    return element


def _element(name: str, identifier: str | None = None) -> etree._Element:
    element = etree.Element(_q(name), nsmap={"wsrm": NAMESPACE})
    if identifier is not None:
        _sub(element, "Identifier", identifier)
    return element


def _endpoint(parent: etree._Element, name: str) -> None:
    _sub(_sub(parent, name), "Address", ANONYMOUS, WSA_NS)


def elements(rm: RmHeaders) -> tuple[list[etree._Element], list[etree._Element]]:
    """(header blocks, body elements) for these RM elements."""
    blocks: list[etree._Element] = []
    body: list[etree._Element] = []
    if rm.create is not None:
        create = _element("CreateSequence")
        _endpoint(create, "AcksTo")
        if rm.create.offer:
            offer = _sub(create, "Offer")
            _sub(offer, "Identifier", rm.create.offer)
            _endpoint(offer, "Endpoint")
        if rm.create.identifier:
            _sub(create, "Identifier", rm.create.identifier, EIRM_NS)
        (blocks if rm.create.identifier else body).append(create)
    if rm.create_response is not None:
        response = _element("CreateSequenceResponse", rm.create_response.identifier)
        if rm.create_response.accepted_offer:
            _endpoint(_sub(response, "Accept"), "AcksTo")
        blocks.append(response)
    if rm.sequence is not None:
        sequence = _element("Sequence", rm.sequence.identifier)
        _sub(sequence, "MessageNumber", str(rm.sequence.number))
        blocks.append(sequence)
    blocks.extend(_element("AckRequested", request.identifier) for request in rm.ack_requested)
    for ack in rm.acks:
        element = _element("SequenceAcknowledgement", ack.identifier)
        for lower, upper in ack.ranges:
            _sub(element, "AcknowledgementRange").attrib.update({"Upper": str(upper), "Lower": str(lower)})
        if not ack.ranges:
            _sub(element, "None")
        if ack.final:
            _sub(element, "Final")
        blocks.append(element)
        if ack.nacks:
            nacks = _element("SequenceAcknowledgement", ack.identifier)
            for number in ack.nacks:
                _sub(nacks, "Nack", str(number))
            blocks.append(nacks)
    for item, name in ((rm.close, "CloseSequence"), (rm.terminate, "TerminateSequence")):
        if item is not None:
            element = _element(name, item.identifier)
            _sub(element, "LastMsgNumber", str(item.last_number))
            body.append(element)
    for item, name in ((rm.close_response, "CloseSequenceResponse"),
                       (rm.terminate_response, "TerminateSequenceResponse")):
        if item is not None:
            blocks.append(_element(name, item.identifier))
    return blocks, body


def add_headers(envelope: bytes, rm: RmHeaders) -> bytes:
    """The envelope with the RM header blocks added."""
    root = _parse(envelope)
    ns = etree.QName(root).namespace
    blocks, _ = elements(rm)
    if blocks:
        header = root.find(f"{{{ns}}}Header")
        if header is None:
            header = etree.Element(f"{{{ns}}}Header")
            root.insert(0, header)
        for block in blocks:
            header.append(block)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def protocol_envelope(version: SoapVersion, rm: RmHeaders) -> bytes:
    """An envelope carrying only RM elements (the Body holds the protocol message, if any)."""
    ns = version.namespace
    root = etree.Element(f"{{{ns}}}Envelope", nsmap={version.prefix: ns})
    header = etree.SubElement(root, f"{{{ns}}}Header")
    body = etree.SubElement(root, f"{{{ns}}}Body")
    blocks, payloads = elements(rm)
    action = next((etree.QName(p).localname for p in payloads), None)
    if action is not None:
        _sub(header, "Action", ACTION + action, WSA_NS)
    for block in blocks:
        header.append(block)
    for payload in payloads:
        body.append(payload)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


# ------------------------------------------------------------------ reading


def read(envelope: bytes) -> tuple[RmHeaders, bytes]:
    """The RM elements of an envelope, and the envelope without its RM header blocks
    (unchanged bytes when it had none)."""
    root = _parse(envelope)
    ns = etree.QName(root).namespace
    rm = RmHeaders()
    header = root.find(f"{{{ns}}}Header")
    found = [block for block in header if etree.QName(block).namespace in (NAMESPACE, WSA_NS)] \
        if header is not None else []
    for block in found:
        if etree.QName(block).namespace == NAMESPACE:
            _read_element(block, rm, in_header=True)
    body = root.find(f"{{{ns}}}Body")
    payload = body[0] if body is not None and len(body) else None
    if payload is not None and etree.QName(payload).namespace == NAMESPACE:
        _read_element(payload, rm, in_header=False)
    elif payload is not None and etree.QName(payload).localname == "Fault":
        reason = " ".join(t.strip() for t in payload.itertext() if t.strip())
        marker = reason.find("wsrm:")
        if marker >= 0:
            subcode = reason[marker + 5:].split(":", 1)[0].strip()
            rm.fault = FaultReport(subcode, None, reason)
    if not found:
        return rm, envelope
    for block in found:
        header.remove(block)  # type: ignore[union-attr]
    return rm, etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _read_element(element: etree._Element, rm: RmHeaders, *, in_header: bool) -> None:
    name = etree.QName(element).localname
    if name == "Sequence" and in_header:
        rm.sequence = SequenceHeader(_identifier(element), _number(element, "MessageNumber"))
    elif name == "AckRequested" and in_header:
        rm.ack_requested.append(AckRequested(_identifier(element)))
    elif name == "SequenceAcknowledgement" and in_header:
        _merge_ack(rm, _ack(element))
    elif name == "CreateSequence":
        offer = element.find(_q("Offer"))
        proposed = element.findtext(_q("Identifier", EIRM_NS))
        rm.create = CreateSequence(check_identifier(proposed.strip()) if proposed else None,
                                   _identifier(offer) if offer is not None else None)
    elif name == "CreateSequenceResponse":
        accepted = element.find(_q("Accept")) is not None
        rm.create_response = CreateSequenceResponse(_identifier(element), None if not accepted else "accepted")
    elif name == "CloseSequence":
        rm.close = CloseSequence(_identifier(element), _number(element, "LastMsgNumber", zero=True))
    elif name == "TerminateSequence":
        rm.terminate = TerminateSequence(_identifier(element), _number(element, "LastMsgNumber", zero=True))
    elif name == "CloseSequenceResponse":
        rm.close_response = CloseSequenceResponse(_identifier(element))
    elif name == "TerminateSequenceResponse":
        rm.terminate_response = TerminateSequenceResponse(_identifier(element))
    else:
        raise MalformedRmHeader(f"wsrm:{name} is not understood here")


def _ack(element: etree._Element) -> SequenceAcknowledgement:
    identifier = _identifier(element)
    ranges = RangeSet()
    for item in element.iterfind(_q("AcknowledgementRange")):
        lower, upper = item.get("Lower", ""), item.get("Upper", "")
        if not (lower.isdigit() and upper.isdigit()) or not 1 <= int(lower) <= int(upper):
            raise MalformedRmHeader(f"AcknowledgementRange {lower!r}-{upper!r}", identifier)
        ranges.add_range(int(lower), int(upper))
    nacks = tuple(_digits(item.text, "Nack") for item in element.iterfind(_q("Nack")))
    return SequenceAcknowledgement(identifier, ranges.ranges, nacks, element.find(_q("Final")) is not None)


def _merge_ack(rm: RmHeaders, ack: SequenceAcknowledgement) -> None:
    for index, earlier in enumerate(rm.acks):
        if earlier.identifier == ack.identifier:
            ranges = RangeSet(earlier.ranges + ack.ranges)
            rm.acks[index] = SequenceAcknowledgement(ack.identifier, ranges.ranges, earlier.nacks + ack.nacks,
                                                     earlier.final or ack.final)
            return
    rm.acks.append(ack)


def _identifier(element: etree._Element) -> str:
    text = element.findtext(_q("Identifier"))
    if text is None:
        raise MalformedRmHeader(f"wsrm:{etree.QName(element).localname} without an Identifier")
    return check_identifier(text.strip())


def _number(element: etree._Element, name: str, *, zero: bool = False) -> int:
    number = _digits(element.findtext(_q(name)), name)
    if number < (0 if zero else 1):
        raise MalformedRmHeader(f"wsrm:{name} must be at least {0 if zero else 1}")
    return number


def _digits(text: str | None, name: str) -> int:
    text = (text or "").strip()
    if not text.isdigit() or len(text) > 19:
        raise MalformedRmHeader(f"wsrm:{name} is not a message number: {text[:30]!r}")
    return int(text)


def _parse(envelope: bytes) -> etree._Element:
    root = _PARSER.parse(envelope)
    if etree.QName(root).namespace not in _SOAP or etree.QName(root).localname != "Envelope":
        raise MalformedRmHeader("not a SOAP envelope")
    return root

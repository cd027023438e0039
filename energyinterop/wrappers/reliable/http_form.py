"""Reliable messaging over simple HTTP: the WS-RM elements as HTTP headers.

The OpenADR body stays byte for byte what the role (or the signer) wrote, so signatures,
schema validation and peers without reliable messaging are unaffected; headers cost no XML
parse. One header per element, ``;``-separated parameters (docs/reliable-messaging.md)::

    EI-RM-CreateSequence: urn:uuid:A; offer=urn:uuid:B
    EI-RM-CreateSequenceResponse: urn:uuid:A; accept=urn:uuid:B
    EI-RM-Sequence: urn:uuid:A; n=7
    EI-RM-AckRequested: urn:uuid:A
    EI-RM-Ack: urn:uuid:A; ranges=1-5,7; nack=6; final
    EI-RM-Close: urn:uuid:A; last=9           EI-RM-CloseResponse: urn:uuid:A
    EI-RM-Terminate: urn:uuid:A; last=9       EI-RM-TerminateResponse: urn:uuid:A
    EI-RM-Fault: UnknownSequence; id=urn:uuid:A
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from energyinterop.wrappers.reliable.faults import MalformedRmHeader
from energyinterop.wrappers.reliable.messages import (
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
from energyinterop.wrappers.reliable.ranges import RangeSet, format_ranges

PREFIX = "ei-rm-"
CREATE, CREATE_RESPONSE, SEQUENCE = "EI-RM-CreateSequence", "EI-RM-CreateSequenceResponse", "EI-RM-Sequence"
ACK_REQUESTED, ACK, FAULT = "EI-RM-AckRequested", "EI-RM-Ack", "EI-RM-Fault"
CLOSE, CLOSE_RESPONSE = "EI-RM-Close", "EI-RM-CloseResponse"
TERMINATE, TERMINATE_RESPONSE = "EI-RM-Terminate", "EI-RM-TerminateResponse"
_MAX_HEADER = 8192
# The forms every exchange carries, read without the general parser (which reads the rest).
_ID = r"([A-Za-z0-9:._~/@+=-]{1,200})"  # as messages.check_identifier
_PLAIN_SEQUENCE = re.compile(_ID + r"; n=([1-9][0-9]{0,18})")
_PLAIN_ACK = re.compile(_ID + r"; ranges=([1-9][0-9]{0,18})(?:-([1-9][0-9]{0,18}))?")


def encode(rm: RmHeaders, headers: dict[str, str] | None = None) -> dict[str, str]:
    """The RM elements as HTTP headers, added to ``headers`` (or to a new dict) and returned."""
    if headers is None:
        headers = {}
    if rm.create is not None:
        assert rm.create.identifier is not None, "over simple HTTP the source proposes the identifier"
        headers[CREATE] = rm.create.identifier + (f"; offer={rm.create.offer}" if rm.create.offer else "")
    if rm.create_response is not None:
        offer = rm.create_response.accepted_offer
        headers[CREATE_RESPONSE] = rm.create_response.identifier + (f"; accept={offer}" if offer else "")
    if rm.sequence is not None:
        headers[SEQUENCE] = f"{rm.sequence.identifier}; n={rm.sequence.number}"
    if rm.ack_requested:
        headers[ACK_REQUESTED] = ", ".join(a.identifier for a in rm.ack_requested)
    if rm.acks:
        if len(rm.acks) > 1:
            raise ValueError("simple HTTP carries one acknowledgement per message")
        ack = rm.acks[0]
        value = f"{ack.identifier}; ranges={format_ranges(ack.ranges)}"
        if ack.nacks:
            value += "; nack=" + ",".join(map(str, ack.nacks))
        headers[ACK] = value + ("; final" if ack.final else "")
    if rm.close is not None:
        headers[CLOSE] = f"{rm.close.identifier}; last={rm.close.last_number}"
    if rm.close_response is not None:
        headers[CLOSE_RESPONSE] = rm.close_response.identifier
    if rm.terminate is not None:
        headers[TERMINATE] = f"{rm.terminate.identifier}; last={rm.terminate.last_number}"
    if rm.terminate_response is not None:
        headers[TERMINATE_RESPONSE] = rm.terminate_response.identifier
    if rm.fault is not None:
        headers[FAULT] = rm.fault.subcode + (f"; id={rm.fault.identifier}" if rm.fault.identifier else "")
    return headers


def decode(headers: Mapping[str, str]) -> RmHeaders:
    """The RM elements among HTTP headers (any case); MalformedRmHeader when one is unreadable."""
    rm = RmHeaders()
    for name, value in headers.items():
        # Most headers are not ours: their first letter says so without a lowered copy.
        if name[:1] not in "eE" or name[:6].lower() != PREFIX:
            continue
        reader = _READERS.get(name.lower())
        if reader is None:
            raise MalformedRmHeader(f"unknown reliable-messaging header {name}")
        if len(value) > _MAX_HEADER:
            raise MalformedRmHeader(f"{name} is over {_MAX_HEADER} characters")
        reader(rm, value)
    return rm


def _create(rm: RmHeaders, value: str) -> None:
    identifier, params = _split(value, CREATE, {"offer"})
    rm.create = CreateSequence(identifier, _identifier(params["offer"]) if "offer" in params else None)


def _create_response(rm: RmHeaders, value: str) -> None:
    identifier, params = _split(value, CREATE_RESPONSE, {"accept"})
    rm.create_response = CreateSequenceResponse(identifier, _identifier(params["accept"])
                                                if "accept" in params else None)


def _sequence(rm: RmHeaders, value: str) -> None:
    plain = _PLAIN_SEQUENCE.fullmatch(value)
    if plain is not None:
        rm.sequence = SequenceHeader(plain[1], int(plain[2]))
        return
    identifier, params = _split(value, SEQUENCE, {"n"})
    rm.sequence = SequenceHeader(identifier, _number(params.get("n"), SEQUENCE))


def _ack_requested(rm: RmHeaders, value: str) -> None:
    rm.ack_requested = [AckRequested(_identifier(part.strip())) for part in value.split(",")]


def _acks(rm: RmHeaders, value: str) -> None:
    rm.acks = [_ack(value)]


def _close(rm: RmHeaders, value: str) -> None:
    identifier, params = _split(value, CLOSE, {"last"})
    rm.close = CloseSequence(identifier, _number(params.get("last"), CLOSE, zero=True))


def _close_response(rm: RmHeaders, value: str) -> None:
    rm.close_response = CloseSequenceResponse(_split(value, CLOSE_RESPONSE, set())[0])


def _terminate(rm: RmHeaders, value: str) -> None:
    identifier, params = _split(value, TERMINATE, {"last"})
    rm.terminate = TerminateSequence(identifier, _number(params.get("last"), TERMINATE, zero=True))


def _terminate_response(rm: RmHeaders, value: str) -> None:
    rm.terminate_response = TerminateSequenceResponse(_split(value, TERMINATE_RESPONSE, set())[0])


def _fault(rm: RmHeaders, value: str) -> None:
    subcode, _, rest = value.partition(";")
    params = _params(rest, FAULT, {"id"})
    rm.fault = FaultReport(subcode.strip(), _identifier(params["id"]) if "id" in params else None, "")


_READERS: dict[str, Callable[[RmHeaders, str], None]] = {
    CREATE.lower(): _create, CREATE_RESPONSE.lower(): _create_response, SEQUENCE.lower(): _sequence,
    ACK_REQUESTED.lower(): _ack_requested, ACK.lower(): _acks, CLOSE.lower(): _close,
    CLOSE_RESPONSE.lower(): _close_response, TERMINATE.lower(): _terminate,
    TERMINATE_RESPONSE.lower(): _terminate_response, FAULT.lower(): _fault}


def _ack(value: str) -> SequenceAcknowledgement:
    plain = _PLAIN_ACK.fullmatch(value)  # one range, no Nack, not final
    if plain is not None:
        lower = int(plain[2])
        upper = lower if plain[3] is None else int(plain[3])
        if lower <= upper:
            return SequenceAcknowledgement(plain[1], ((lower, upper),))
    identifier, params = _split(value, ACK, {"ranges", "nack", "final"})
    try:
        ranges = RangeSet.parse(params.get("ranges", ""))
        nacks = RangeSet.parse(params.get("nack", ""))
    except ValueError as error:
        raise MalformedRmHeader(f"{ACK}: {error}", identifier) from None
    if any(n in ranges for n in nacks):
        raise MalformedRmHeader(f"{ACK}: a number both acknowledged and missing", identifier)
    return SequenceAcknowledgement(identifier, ranges.ranges, tuple(nacks), final="final" in params)


def _split(value: str, header: str, allowed: set[str]) -> tuple[str, dict[str, str]]:
    head, _, rest = value.partition(";")
    return _identifier(head.strip()), _params(rest, header, allowed)


def _params(text: str, header: str, allowed: set[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if key not in allowed or key in params:
            raise MalformedRmHeader(f"{header}: unexpected parameter {key!r}")
        params[key] = value.strip()
    return params


def _identifier(text: str) -> str:
    return check_identifier(text)


def _number(text: str | None, header: str, *, zero: bool = False) -> int:
    if text is None or not text.isdigit() or len(text) > 19:
        raise MalformedRmHeader(f"{header}: not a message number: {text!r}")
    number = int(text)
    if number < (0 if zero else 1):
        raise MalformedRmHeader(f"{header}: message numbers start at 1")
    return number

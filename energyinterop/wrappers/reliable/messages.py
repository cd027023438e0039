"""The WS-RM 1.2 protocol elements, binding-neutral, and the bundle one transport message
carries. :mod:`.http_form` and :mod:`.soap_form` write and read them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Flag

from energyinterop.wrappers.reliable.faults import MalformedRmHeader
from energyinterop.wrappers.reliable.ranges import RangeSet

NAMESPACE = "http://docs.oasis-open.org/ws-rx/wsrm/200702"
# Identifiers travel in HTTP headers and XML text: URI characters without separators.
_IDENTIFIER = re.compile(r"[A-Za-z0-9:._~/@+=-]{1,200}")
MAX_NUMBER = 2**63 - 1  # WS-RM's MessageNumber is an unsignedLong capped at 2^63 - 1


def check_identifier(identifier: str) -> str:
    if not _IDENTIFIER.fullmatch(identifier):
        raise MalformedRmHeader(f"not a sequence identifier: {identifier[:60]!r}")
    return identifier


class Assurance(Flag):
    """Delivery assurances (WS-RM Policy): combine with ``|``."""

    AT_LEAST_ONCE = 1  # every message is delivered (retransmission), duplicates allowed
    AT_MOST_ONCE = 2  # never delivered twice, losses allowed
    IN_ORDER = 4  # delivered in the order sent
    EXACTLY_ONCE = AT_LEAST_ONCE | AT_MOST_ONCE

    @property
    def dedupe(self) -> bool:
        """Duplicates are dropped (AtMostOnce, or InOrder: an old number is never delivered again)."""
        return bool(self & (Assurance.AT_MOST_ONCE | Assurance.IN_ORDER))


@dataclass(frozen=True, slots=True)
class CreateSequence:
    """Piggybacked on the first message (the source proposes ``identifier``), or sent alone
    (SOAP body; then the destination chooses it). ``offer``: the identifier of the reverse
    sequence that carries the answers."""

    identifier: str | None
    offer: str | None = None


@dataclass(frozen=True, slots=True)
class CreateSequenceResponse:
    identifier: str
    accepted_offer: str | None = None


# SequenceHeader and SequenceAcknowledgement are values, but not frozen: each message builds
# and reads several, and a frozen dataclass's __init__ costs three times as much.
@dataclass(slots=True)
class SequenceHeader:
    identifier: str
    number: int


@dataclass(frozen=True, slots=True)
class AckRequested:
    identifier: str


@dataclass(slots=True)
class SequenceAcknowledgement:
    """Ranges received, numbers missing (Nack), and whether the ranges are final (closed)."""

    identifier: str
    ranges: tuple[tuple[int, int], ...] = ()
    nacks: tuple[int, ...] = ()
    final: bool = False

    @property
    def received(self) -> RangeSet:
        return RangeSet(self.ranges)


@dataclass(frozen=True, slots=True)
class CloseSequence:
    identifier: str
    last_number: int


@dataclass(frozen=True, slots=True)
class CloseSequenceResponse:
    identifier: str


@dataclass(frozen=True, slots=True)
class TerminateSequence:
    identifier: str
    last_number: int


@dataclass(frozen=True, slots=True)
class TerminateSequenceResponse:
    identifier: str


@dataclass(frozen=True, slots=True)
class FaultReport:
    """A fault as written on the wire: the WS-RM subcode, the sequence, a reason."""

    subcode: str
    identifier: str | None
    reason: str


@dataclass(slots=True)
class RmHeaders:
    """Everything reliable messaging adds to one transport message."""

    create: CreateSequence | None = None
    create_response: CreateSequenceResponse | None = None
    sequence: SequenceHeader | None = None
    ack_requested: list[AckRequested] = field(default_factory=list)
    acks: list[SequenceAcknowledgement] = field(default_factory=list)
    close: CloseSequence | None = None
    close_response: CloseSequenceResponse | None = None
    terminate: TerminateSequence | None = None
    terminate_response: TerminateSequenceResponse | None = None
    fault: FaultReport | None = None

    def __bool__(self) -> bool:
        return any((self.create, self.create_response, self.sequence, self.ack_requested, self.acks,
                    self.close, self.close_response, self.terminate, self.terminate_response, self.fault))

"""What happened while a role handled a message: typed records for logs, metrics and tests.

Effects never drive the protocol (the reply and the store do); they describe it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of handling one message or one operator call.

    ``reply`` is the message object to answer with, or ``None`` when the exchange has no
    payload to answer (e.g. the VEN's oadrResponse acknowledging a pushed message: the
    transport answers with an empty HTTP 200). ``reply_document``, when set, is the exact
    bytes of ``reply`` as queued (a polled message): the transport sends those bytes.
    """

    reply: Any | None = None
    effects: tuple[Any, ...] = ()
    reply_document: bytes | None = None

    def of(self, kind: type) -> list[Any]:
        """The effects of one type, in order (convenient in tests and logs)."""
        return [e for e in self.effects if isinstance(e, kind)]


# ----------------------------------------------------------------- both roles

@dataclass(frozen=True, slots=True)
class Rejected:
    """A message answered with an error code."""

    message_type: str
    code: int
    description: str
    ven_id: str | None = None


@dataclass(frozen=True, slots=True)
class ResponseReceived:
    """An oadrResponse (or an acknowledgement with no other content) arrived."""

    ven_id: str | None
    code: str
    request_id: str


# ----------------------------------------------------------------- VTN: registration

@dataclass(frozen=True, slots=True)
class VenRegistered:
    ven_id: str
    registration_id: str
    ven_name: str
    new_ven: bool  # created now (auto-accept), not provisioned by the operator
    reregistration: bool  # the VEN was registered already


@dataclass(frozen=True, slots=True)
class RegistrationCancelled:
    ven_id: str
    registration_id: str
    by: str  # "ven" or "vtn"


@dataclass(frozen=True, slots=True)
class ReregistrationRequested:
    ven_id: str


@dataclass(frozen=True, slots=True)
class MessageQueued:
    """A VTN-initiated message waits in the VEN's queue (poll) or for a push driver."""

    ven_id: str
    sequence: int
    message: Any


@dataclass(frozen=True, slots=True)
class MessageDelivered:
    ven_id: str
    sequence: int


# ----------------------------------------------------------------- VTN: events and opts

@dataclass(frozen=True, slots=True)
class EventPublished:
    """An event was created, modified or cancelled and queued for the targeted VENs."""

    event_id: str
    modification_number: int
    change: str  # "created", "modified", "cancelled"
    ven_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventOptReceived:
    event_id: str
    ven_id: str
    modification_number: int
    opt_type: str


@dataclass(frozen=True, slots=True)
class EventsDistributed:
    ven_id: str
    event_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OptCreated:
    ven_id: str
    opt_id: str
    opt_type: str
    created_by: str
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class OptCancelled:
    ven_id: str
    opt_id: str
    cancelled_by: str


# ----------------------------------------------------------------- VTN: reports

@dataclass(frozen=True, slots=True)
class ReportsRegistered:
    ven_id: str
    report_specifier_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReportRequested:
    ven_id: str
    report_request_id: str
    report_specifier_id: str


@dataclass(frozen=True, slots=True)
class ReportRequestsAcknowledged:
    ven_id: str
    pending: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReportDataReceived:
    ven_id: str
    report_request_id: str
    values: int


@dataclass(frozen=True, slots=True)
class ReportCancelled:
    ven_id: str
    report_request_ids: tuple[str, ...]
    report_to_follow: bool
    by: str  # "ven" or "vtn"


@dataclass(frozen=True, slots=True)
class ReportsRequestedByVen:
    """The VEN asked for reports the VTN offers (oadrCreateReport sent to the VTN)."""

    ven_id: str
    report_request_ids: tuple[str, ...]


# ----------------------------------------------------------------- VEN

@dataclass(frozen=True, slots=True)
class Registered:
    ven_id: str
    registration_id: str
    vtn_id: str
    poll_frequency_seconds: float | None


@dataclass(frozen=True, slots=True)
class RegistrationLost:
    """The VEN is no longer registered (cancelled by either side, or refused)."""

    reason: str
    code: int | None = None


@dataclass(frozen=True, slots=True)
class EventReceived:
    """A new event, or a new modification of one, with the opt the VEN chose."""

    event_id: str
    modification_number: int
    status: str
    opt_type: str
    response_required: bool


@dataclass(frozen=True, slots=True)
class EventRemoved:
    """The VTN stopped listing an event (implicit cancellation) or the VEN dropped it."""

    event_id: str


@dataclass(frozen=True, slots=True)
class ReportScheduled:
    report_request_id: str
    report_specifier_id: str
    r_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class ReportUnscheduled:
    report_request_id: str
    report_to_follow: bool

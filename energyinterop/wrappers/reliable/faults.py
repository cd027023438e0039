"""The WS-ReliableMessaging 1.2 faults, as typed errors with their EI response code.

Each is a :class:`~energyinterop.xml.errors.CodecError`, so every transport already
answers it with ``code`` (in the oadrResponse or the SOAP fault detail) and
``http_status``; ``subcode`` is the WS-RM fault name written on the wire
(``EI-RM-Fault`` header, or the SOAP fault's reason and ``wsrm:SequenceFault`` header).
"""

from __future__ import annotations

from energyinterop.xml.errors import CodecError, ResponseCode


class RmFault(CodecError):
    """A WS-RM fault. ``identifier`` is the sequence it concerns, when known."""

    subcode: str = "InvalidMessage"
    code = ResponseCode.BAD_REQUEST
    http_status = 400

    def __init__(self, reason: str, identifier: str | None = None) -> None:
        self.identifier = identifier
        super().__init__(reason)


class UnknownSequence(RmFault):
    """No such sequence here (never created, or created by another party)."""

    subcode = "UnknownSequence"
    code = ResponseCode.INVALID_ID
    http_status = 404


class SequenceTerminated(RmFault):
    """The sequence was terminated; nothing more is accepted on it."""

    subcode = "SequenceTerminated"
    code = ResponseCode.NOT_ALLOWED
    http_status = 409


class SequenceClosed(RmFault):
    """The sequence is closed: numbers it did not receive before closing are refused."""

    subcode = "SequenceClosed"
    code = ResponseCode.NOT_ALLOWED
    http_status = 409


class InvalidAcknowledgement(RmFault):
    """An acknowledgement of numbers that were never sent, or that contradicts an earlier one."""

    subcode = "InvalidAcknowledgement"
    code = ResponseCode.INVALID_DATA


class MessageNumberRollover(RmFault):
    """A message number above the sequence's maximum."""

    subcode = "MessageNumberRollover"
    code = ResponseCode.OUT_OF_SEQUENCE
    http_status = 409


class CreateSequenceRefused(RmFault):
    """The destination will not create the sequence (too many open, identifier in use)."""

    subcode = "CreateSequenceRefused"
    code = ResponseCode.NOT_ALLOWED
    http_status = 503


class WsrmRequired(RmFault):
    """This endpoint only accepts messages sent in a reliable sequence."""

    subcode = "WSRMRequired"
    code = ResponseCode.COMPLIANCE_ERROR


class MalformedRmHeader(RmFault):
    """A reliable-messaging header that cannot be read (wsrm:InvalidMessage)."""


class NotAcknowledged(RmFault):
    """The peer answered without acknowledging the message (it does not run reliable
    messaging, or a proxy stripped the headers): raised by the source, never sent."""

    code = ResponseCode.OTHER_ERROR
    http_status = 502


class WindowFull(Exception):
    """The source holds ``window`` unacknowledged messages: wait for acknowledgements.
    Local back-pressure, not a wire fault."""


FAULTS: dict[str, type[RmFault]] = {cls.subcode: cls for cls in (
    UnknownSequence, SequenceTerminated, SequenceClosed, InvalidAcknowledgement,
    MessageNumberRollover, CreateSequenceRefused, WsrmRequired, MalformedRmHeader)}


def fault_of(subcode: str, reason: str, identifier: str | None = None) -> RmFault:
    """The typed fault a peer reported (an unknown subcode reads as InvalidMessage)."""
    return FAULTS.get(subcode, MalformedRmHeader)(reason, identifier)

"""WS-ReliableMessaging 1.2 for both bindings: a sans-IO source and destination
(:mod:`.source`, :mod:`.destination`), their wire forms (:mod:`.http_form` for simple HTTP,
:mod:`.soap_form` for SOAP), persistence in the store (:mod:`.journal`) and the wrapper
(:mod:`.wrapper`). See docs/reliable-messaging.md."""

from energyinterop.wrappers.reliable.destination import Action, Destination, Receipt
from energyinterop.wrappers.reliable.faults import (
    CreateSequenceRefused,
    InvalidAcknowledgement,
    MalformedRmHeader,
    MessageNumberRollover,
    NotAcknowledged,
    RmFault,
    SequenceClosed,
    SequenceTerminated,
    UnknownSequence,
    WindowFull,
    WsrmRequired,
)
from energyinterop.wrappers.reliable.messages import Assurance
from energyinterop.wrappers.reliable.ranges import RangeSet
from energyinterop.wrappers.reliable.source import Backoff, Source

__all__ = [
    "Action",
    "Assurance",
    "Backoff",
    "CreateSequenceRefused",
    "Destination",
    "InvalidAcknowledgement",
    "MalformedRmHeader",
    "MessageNumberRollover",
    "NotAcknowledged",
    "RangeSet",
    "Receipt",
    "RmFault",
    "SequenceClosed",
    "SequenceTerminated",
    "Source",
    "UnknownSequence",
    "WindowFull",
    "WsrmRequired",
]

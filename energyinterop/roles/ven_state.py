"""The VEN's state: what it must remember across restarts, as plain JSON bytes.

Only protocol state lives here (registration, events and their opt, report schedules,
opts); the application's own data stays with the application.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import Any

FORMAT = 1


@dataclass(slots=True)
class EventState:
    """One event as last distributed, and the opt the VEN answered with."""

    event_id: str
    modification_number: int
    status: str
    start: datetime
    duration: timedelta
    opt_type: str
    response_required: bool
    market_context: str = ""
    ramp_up: timedelta | None = None
    recovery: timedelta | None = None


@dataclass(slots=True)
class ReportSchedule:
    """A report the VTN requested: what to send and when the next one is due."""

    report_request_id: str
    report_specifier_id: str
    r_ids: list[str]
    granularity: timedelta
    report_back: timedelta
    start: datetime
    end: datetime | None  # None: until cancelled
    next_due: datetime
    final: bool = False  # cancelled with reportToFollow: one last report, then done


@dataclass(slots=True)
class OptState:
    opt_id: str
    opt_type: str
    created_by: str  # "ven" or "vtn"
    event_id: str | None = None
    acknowledged: bool = False
    cancelled: bool = False


@dataclass(slots=True)
class VenState:
    ven_id: str | None = None
    registration_id: str | None = None
    vtn_id: str | None = None
    poll_frequency: timedelta | None = None
    queried: bool = False  # oadrQueryRegistration answered
    reregister: bool = False  # the VTN asked for a new registration
    stopped: bool = False  # registration ended or refused; wait for Ven.register_again()
    reports_registered: bool = False
    events_requested: bool = False
    poll_again: bool = False  # the last poll returned a message: more may be queued
    last_poll: datetime | None = None
    vtn_report_ids: list[str] = field(default_factory=list)
    events: dict[str, EventState] = field(default_factory=dict)
    reports: dict[str, ReportSchedule] = field(default_factory=dict)
    opts: dict[str, OptState] = field(default_factory=dict)

    @property
    def registered(self) -> bool:
        return self.registration_id is not None

    def forget_registration(self) -> None:
        """What a registration carried ends with it (events, schedules, handshake progress)."""
        self.registration_id = None
        self.queried = self.reregister = self.reports_registered = self.events_requested = False
        self.poll_again = False
        self.events.clear()
        self.reports.clear()

    # ------------------------------------------------------------ JSON

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "state": _dump(self)}, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> VenState:
        document = json.loads(data.decode("utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError(f"unknown VEN state format {document.get('format')!r}")
        raw = document["state"]
        state = _load(cls, raw, skip=frozenset({"events", "reports", "opts"}))
        state.events = {k: _load(EventState, v) for k, v in raw["events"].items()}
        state.reports = {k: _load(ReportSchedule, v) for k, v in raw["reports"].items()}
        state.opts = {k: _load(OptState, v) for k, v in raw["opts"].items()}
        return state


# datetimes as ISO 8601 strings, durations as seconds: tagged so loading needs no schema.
def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, timedelta):
        return {"td": value.total_seconds()}
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return _dump(value)
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and value.keys() == {"dt"}:
        return datetime.fromisoformat(value["dt"])
    if isinstance(value, dict) and value.keys() == {"td"}:
        return timedelta(seconds=value["td"])
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def _dump(obj: Any) -> dict[str, Any]:
    return {f.name: _encode(getattr(obj, f.name)) for f in fields(obj)}


def _load(cls: type, raw: dict[str, Any], skip: frozenset[str] = frozenset()) -> Any:
    return cls(**{f.name: _decode(raw[f.name]) for f in fields(cls) if f.name in raw and f.name not in skip})

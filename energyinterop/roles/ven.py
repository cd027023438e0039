"""The VEN role, sans-IO: a client state machine an async driver runs.

Driver loop (pull model)::

    while True:
        request = ven.next_request(now)          # None: nothing due; sleep until ven.next_wakeup()
        reply = send(service_of(request), request)
        outcome = ven.handle(reply, now=now)
        while outcome.reply is not None:          # e.g. oadrCreatedEvent for a polled event
            answer = send(service_of(outcome.reply, answering=reply), outcome.reply)
            reply, outcome = answer, ven.handle(answer, now=now)

In the push model a message the VTN POSTs goes to :meth:`Ven.handle` too, and
``outcome.reply`` is the HTTP response body. Telemetry: :meth:`due_reports` says what is
due, :meth:`update_report` builds the oadrUpdateReport from the application's readings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from energyinterop.openadr import (
    Dtstart,
    DurationProp,
    EiCreatedEvent,
    EiEvent,
    EiRequestEvent,
    EiTarget,
    EventResponse,
    EventResponses,
    Interval,
    Intervals,
    OadrCanceledOpt,
    OadrCanceledPartyRegistration,
    OadrCanceledReport,
    OadrCancelOpt,
    OadrCancelPartyRegistration,
    OadrCreatedEvent,
    OadrCreatedOpt,
    OadrCreatedPartyRegistration,
    OadrCreatedReport,
    OadrCreateOpt,
    OadrCreatePartyRegistration,
    OadrEvent,
    OadrPendingReports,
    OadrPoll,
    OadrProfile,
    OadrQueryRegistration,
    OadrRegisteredReport,
    OadrRegisterReport,
    OadrReport,
    OadrReportPayload,
    OadrReportRequest,
    OadrRequestEvent,
    OadrTransport,
    OadrUpdateReport,
    OptType,
    PayloadFloat,
    QualifiedEventID,
    ResponseRequired,
    Uid,
)
from energyinterop.roles.effects import (
    EventReceived,
    EventRemoved,
    OptCancelled,
    OptCreated,
    Outcome,
    Registered,
    RegistrationLost,
    Rejected,
    ReportScheduled,
    ReportUnscheduled,
    ResponseReceived,
)
from energyinterop.roles.errors import Code, ProtocolError
from energyinterop.roles.events import event_status
from energyinterop.roles.ids import IdFactory, random_ids
from energyinterop.roles.messages import (
    SCHEMA_VERSION,
    ei_response,
    error_reply,
    oadr_response,
    request_id_of,
    response_code_of,
)
from energyinterop.roles.opts import availability
from energyinterop.roles.ven_state import EventState, OptState, ReportSchedule, VenState

# The application's opt decision for a new event or a new modification of one.
Decide = Callable[[EiEvent], OptType | str]

METADATA_SPECIFIER = "METADATA"  # a VTN's oadrCreateReport for it asks the VEN to register again
# What the VTN sends on its own initiative (pushed, or returned by a poll): errors in these
# are answered; errors in replies to the VEN's own requests are only noted.
SERVER_INITIATED = frozenset({
    "OadrDistributeEvent", "OadrCancelPartyRegistration", "OadrRequestReregistration", "OadrRegisterReport",
    "OadrCreateReport", "OadrCancelReport", "OadrCreateOpt", "OadrCancelOpt"})
_LOST = {str(int(Code.INVALID_ID)), str(int(Code.NOT_REGISTERED_OR_AUTHORIZED))}


@dataclass(frozen=True)
class VenConfig:
    ven_name: str
    ven_id: str | None = None  # pre-allocated by the VTN operator
    vtn_id: str | None = None  # expected vtnID: messages naming another VTN are refused
    profile: str = "2.0b"
    transport: str = "simpleHttp"
    transport_address: str | None = None  # where the VTN pushes (push model only)
    http_pull_model: bool = True
    report_only: bool = False
    xml_signature: bool = False
    reports: tuple[OadrReport, ...] = ()  # metadata of the reports the VEN offers
    default_opt: str = "optIn"  # when no decision is passed to handle()
    request_events_after_registration: bool = True
    ids: IdFactory = field(default=random_ids)


class Ven:
    def __init__(self, config: VenConfig, state: VenState | None = None) -> None:
        self.config = config
        self.state = state or VenState(ven_id=config.ven_id)

    # ------------------------------------------------------------ state

    @property
    def registered(self) -> bool:
        return self.state.registered

    @property
    def ven_id(self) -> str | None:
        return self.state.ven_id

    @property
    def registration_id(self) -> str | None:
        return self.state.registration_id

    @property
    def poll_frequency(self) -> timedelta | None:
        return self.state.poll_frequency

    def to_bytes(self) -> bytes:
        return self.state.to_bytes()

    @classmethod
    def from_bytes(cls, config: VenConfig, data: bytes) -> Ven:
        return cls(config, VenState.from_bytes(data))

    def event_statuses(self, now: datetime) -> dict[str, str]:
        """Every known event's status at ``now``, by the VEN's own clock."""
        return {e.event_id: (e.status if e.status == "cancelled" else event_status(
            start=e.start, duration=e.duration, now=now, ramp_up=e.ramp_up, recovery=e.recovery).value)
            for e in self.state.events.values()}

    def active_events(self, now: datetime) -> list[str]:
        return [i for i, s in self.event_statuses(now).items() if s == "active"]

    def due_reports(self, now: datetime) -> list[ReportSchedule]:
        return [r for r in self.state.reports.values() if r.next_due <= now]

    def next_wakeup(self) -> datetime | None:
        """When a poll or report falls due next (None: nothing scheduled)."""
        times = [r.next_due for r in self.state.reports.values()]
        if self.state.registered and self.config.http_pull_model and self.state.last_poll and self.state.poll_frequency:
            times.append(self.state.last_poll + self.state.poll_frequency)
        return min(times) if times else None

    def register_again(self) -> None:
        """Leave the stopped state (after a cancellation or refusal): register on next_request."""
        self.state.stopped = False
        self.state.queried = False

    # ------------------------------------------------------------ requests

    def _rid(self) -> str:
        return self.config.ids("request")

    def _ven_id(self) -> str:
        """The venID of a registered VEN (requests that need one are only made then)."""
        if self.state.ven_id is None:
            raise ValueError("no venID: the VEN is not registered")
        return self.state.ven_id

    def next_request(self, now: datetime) -> Any | None:
        """The next message to send, or None when nothing is due. Call it again only after
        the reply to the previous one went through :meth:`handle`."""
        s = self.state
        if s.stopped:
            return None
        if not s.registered:
            if not s.queried:
                return OadrQueryRegistration(request_id=self._rid(), schema_version=SCHEMA_VERSION)
            return self._create_party_registration()
        if s.reregister:
            return self._create_party_registration()
        if not s.reports_registered:
            return OadrRegisterReport(request_id=self._rid(), oadr_report=list(self.config.reports),
                                      ven_id=s.ven_id, schema_version=SCHEMA_VERSION)
        if self.config.request_events_after_registration and not s.events_requested:
            return OadrRequestEvent(ei_request_event=EiRequestEvent(request_id=self._rid(), ven_id=self._ven_id()),
                                    schema_version=SCHEMA_VERSION)
        if self.config.http_pull_model:
            due = s.last_poll is None or s.poll_frequency is None or now >= s.last_poll + s.poll_frequency
            if s.poll_again or due:
                s.poll_again = False
                s.last_poll = now
                return OadrPoll(ven_id=self._ven_id(), schema_version=SCHEMA_VERSION)
        return None

    def _create_party_registration(self) -> OadrCreatePartyRegistration:
        c, s = self.config, self.state
        return OadrCreatePartyRegistration(
            request_id=self._rid(), registration_id=s.registration_id, ven_id=s.ven_id,
            oadr_profile_name=OadrProfile(c.profile), oadr_transport_name=OadrTransport(c.transport),
            oadr_transport_address=c.transport_address, oadr_report_only=c.report_only,
            oadr_xml_signature=c.xml_signature, oadr_ven_name=c.ven_name, oadr_http_pull_model=c.http_pull_model,
            schema_version=SCHEMA_VERSION)

    def cancel_registration(self) -> OadrCancelPartyRegistration:
        """The VEN's own oadrCancelPartyRegistration (state changes on the VTN's answer)."""
        if self.state.registration_id is None:
            raise ValueError("not registered")
        return OadrCancelPartyRegistration(request_id=self._rid(), registration_id=self.state.registration_id,
                                           ven_id=self.state.ven_id, schema_version=SCHEMA_VERSION)

    def create_opt(self, opt_type: str, opt_reason: str, *, now: datetime,
                   windows: Sequence[tuple[datetime, timedelta]] = (), event_id: str | None = None,
                   market_context: str | None = None, target: EiTarget | None = None) -> OadrCreateOpt:
        """An opt schedule (availability windows), or an opt on one event."""
        qualified = None
        if event_id is not None:
            known = self.state.events.get(event_id)
            qualified = QualifiedEventID(event_id=event_id, modification_number=known.modification_number if known else 0)
        opt_id = self.config.ids("opt")
        self.state.opts[opt_id] = OptState(opt_id, opt_type, "ven", event_id)
        return OadrCreateOpt(
            opt_id=opt_id, opt_type=OptType(opt_type), opt_reason=opt_reason, market_context=market_context,
            ven_id=self._ven_id(), vavailability=availability(windows), created_date_time=now,
            schema_version=SCHEMA_VERSION, request_id=self._rid(), qualified_event_id=qualified,
            ei_target=target or EiTarget(ven_id=[self._ven_id()]))

    def cancel_opt(self, opt_id: str) -> OadrCancelOpt:
        return OadrCancelOpt(request_id=self._rid(), opt_id=opt_id, ven_id=self._ven_id(),
                             schema_version=SCHEMA_VERSION)

    def update_report(self, report_request_id: str,
                      readings: Sequence[tuple[datetime, timedelta, Mapping[str, Decimal | float | int]]], *,
                      now: datetime) -> OadrUpdateReport:
        """An oadrUpdateReport with one interval per reading ``(start, duration, {rID: value})``;
        the schedule moves to its next report (or ends: one-shot, past its end, final)."""
        schedule = self.state.reports[report_request_id]
        intervals = [Interval(dtstart=Dtstart(date_time=start), duration=DurationProp(duration=length),
                              uid=Uid(text=str(i)),
                              stream_payload_base=[OadrReportPayload(r_id=r_id, payload_base=PayloadFloat(
                                  value=Decimal(str(value)))) for r_id, value in values.items()])
                     for i, (start, length, values) in enumerate(readings)]
        first = readings[0][0] if readings else now
        report = OadrReport(
            dtstart=Dtstart(date_time=first), duration=DurationProp(duration=sum((r[1] for r in readings), timedelta())),
            intervals=Intervals(interval=intervals), ei_report_id=self.config.ids("report"),
            report_request_id=report_request_id, report_specifier_id=schedule.report_specifier_id,
            report_name=self._report_name(schedule.report_specifier_id), created_date_time=now)
        schedule.next_due = max(schedule.next_due, now) + schedule.report_back
        if schedule.final or not schedule.report_back or (schedule.end and schedule.next_due > schedule.end):
            del self.state.reports[report_request_id]
        return OadrUpdateReport(request_id=self._rid(), oadr_report=[report], ven_id=self.state.ven_id,
                                schema_version=SCHEMA_VERSION)

    def _report_name(self, specifier_id: str) -> str | None:
        for report in self.config.reports:
            if report.report_specifier_id == specifier_id and report.report_name:
                return report.report_name.removeprefix("METADATA_")
        return None

    # ------------------------------------------------------------ inbound

    def handle(self, message: Any, *, now: datetime, decide: Decide | Mapping[str, str] | None = None) -> Outcome:
        """Consume a reply or a VTN-initiated message; ``Outcome.reply`` is what to answer.

        ``decide`` chooses the opt for new or modified events (a callable, or a mapping by
        eventID); absent, the configured default applies.
        """
        name = type(message).__name__
        handler = getattr(self, f"_on_{name}", None)
        try:
            if handler is None:
                raise ProtocolError(Code.NOT_RECOGNIZED, f"{name} is not a message a VEN handles")
            self._check_ids(message, ven_id=name != "OadrCreatedPartyRegistration")
            return handler(message, now, decide) if name == "OadrDistributeEvent" else handler(message, now)
        except ProtocolError as error:
            rejected = Rejected(name, int(error.code), error.description, self.state.ven_id)
            if name not in SERVER_INITIATED:  # a bad reply is noted, never answered
                return Outcome(None, (rejected,))
            reply = error_reply(message, error.code, error.description, vtn_id=self.state.vtn_id or "",
                                ven_id=self.state.ven_id, request_id=request_id_of(message) or self._rid())
            return Outcome(reply, (rejected,))

    def _check_ids(self, message: Any, *, ven_id: bool = True) -> None:
        """A message naming another VEN or another VTN is refused (case-sensitive, 452)."""
        vtn_id = getattr(message, "vtn_id", None)
        expected = self.config.vtn_id or (self.state.vtn_id if self.state.registered else None)
        if vtn_id is not None and expected is not None and vtn_id != expected:
            raise ProtocolError(Code.INVALID_ID, f"vtnID {vtn_id!r} is not this VEN's VTN")
        claimed = getattr(message, "ven_id", None) if ven_id else None
        if isinstance(claimed, str) and self.state.ven_id is not None and claimed != self.state.ven_id:
            raise ProtocolError(Code.INVALID_ID, f"venID {claimed!r} is not this VEN")

    def _refused(self, message: Any) -> Outcome | None:
        code = response_code_of(message)
        if code is None or code == "200":
            return None
        return Outcome(None, (Rejected(type(message).__name__, int(code),
                                       message.ei_response.response_description or ""),))

    # -- registration

    def _on_OadrCreatedPartyRegistration(self, m: OadrCreatedPartyRegistration, now: datetime) -> Outcome:
        s = self.state
        refused = self._refused(m)
        if refused is not None:
            s.stopped = True  # a refused registration is not retried blindly: see register_again()
            return Outcome(None, (*refused.effects, RegistrationLost("registration refused",
                                                                     int(m.ei_response.response_code))))
        s.queried = True
        s.vtn_id = m.vtn_id
        if m.oadr_requested_oadr_poll_freq is not None:
            s.poll_frequency = m.oadr_requested_oadr_poll_freq.duration
        if not m.registration_id or not m.ven_id:  # a query's answer (some VTNs send them empty)
            return Outcome()
        if self.config.ven_id is not None and m.ven_id != self.config.ven_id:
            s.stopped = True
            return Outcome(None, (Rejected(type(m).__name__, int(Code.INVALID_ID),
                                           "VTN assigned another venID than the pre-allocated one"),))
        changed = m.registration_id != s.registration_id
        s.ven_id, s.registration_id, s.reregister = m.ven_id, m.registration_id, False
        if changed:  # a new registration starts the handshake over: reports, events
            s.reports_registered = s.events_requested = False
        seconds = s.poll_frequency.total_seconds() if s.poll_frequency else None
        return Outcome(None, (Registered(m.ven_id, m.registration_id, m.vtn_id, seconds),))

    def _on_OadrCanceledPartyRegistration(self, m: OadrCanceledPartyRegistration, now: datetime) -> Outcome:
        refused = self._refused(m)
        if refused is not None:
            return refused
        self.state.forget_registration()
        self.state.stopped = True
        return Outcome(None, (RegistrationLost("cancelled by the VEN"),))

    def _on_OadrCancelPartyRegistration(self, m: OadrCancelPartyRegistration, now: datetime) -> Outcome:
        s = self.state
        if m.registration_id != s.registration_id:
            raise ProtocolError(Code.INVALID_ID, "registrationID is not this VEN's")
        reply = OadrCanceledPartyRegistration(ei_response=ei_response(m.request_id), registration_id=m.registration_id,
                                              ven_id=s.ven_id, schema_version=SCHEMA_VERSION)
        s.forget_registration()
        s.stopped = True
        return Outcome(reply, (RegistrationLost("cancelled by the VTN"),))

    def _on_OadrRequestReregistration(self, m: Any, now: datetime) -> Outcome:
        self.state.reregister = True
        self.state.poll_again = False
        return Outcome(oadr_response("", self.state.ven_id), (RegistrationLost("reregistration requested"),))

    def _on_OadrResponse(self, m: Any, now: datetime) -> Outcome:
        code = m.ei_response.response_code
        effects: list = [ResponseReceived(m.ven_id, code, m.ei_response.request_id)]
        if code in _LOST and self.state.registered:
            # The VTN no longer knows this registration: start over with a new one.
            self.state.forget_registration()
            effects.append(RegistrationLost("VTN answered " + code, int(code)))
        return Outcome(None, tuple(effects))

    # -- events

    def _on_OadrDistributeEvent(self, m: Any, now: datetime, decide: Decide | Mapping[str, str] | None) -> Outcome:
        s = self.state
        if m.ei_response is not None and m.ei_response.response_code != "200":
            return Outcome(None, (Rejected("OadrDistributeEvent", int(m.ei_response.response_code),
                                           m.ei_response.response_description or ""),))
        s.events_requested = True
        s.poll_again = True
        effects: list = []
        responses = []
        listed = set()
        for oadr_event in m.oadr_event:
            event = oadr_event.ei_event
            d = event.event_descriptor
            listed.add(d.event_id)
            known = s.events.get(d.event_id)
            if known is not None and known.modification_number == d.modification_number:
                known.status = d.event_status.value
                continue
            opt = self._decide(event, decide)
            required = oadr_event.oadr_response_required is ResponseRequired.always
            s.events[d.event_id] = self._event_state(oadr_event, opt)
            effects.append(EventReceived(d.event_id, d.modification_number, d.event_status.value, opt, required))
            if required:
                responses.append(EventResponse(
                    response_code="200", response_description="OK", request_id=m.request_id,
                    qualified_event_id=QualifiedEventID(event_id=d.event_id,
                                                        modification_number=d.modification_number),
                    opt_type=OptType(opt)))
        for event_id in [e for e in s.events if e not in listed]:  # implicit cancellation
            del s.events[event_id]
            effects.append(EventRemoved(event_id))
        if not responses:
            return Outcome(None, tuple(effects))
        reply = OadrCreatedEvent(ei_created_event=EiCreatedEvent(
            ei_response=ei_response(m.request_id), event_responses=EventResponses(event_response=responses),
            ven_id=self._ven_id()), schema_version=SCHEMA_VERSION)
        return Outcome(reply, tuple(effects))

    def _decide(self, event: EiEvent, decide: Decide | Mapping[str, str] | None) -> str:
        if decide is None:
            return self.config.default_opt
        if callable(decide):
            choice = decide(event)
        else:
            choice = decide.get(event.event_descriptor.event_id, self.config.default_opt)
        return choice.value if isinstance(choice, OptType) else OptType(choice).value

    @staticmethod
    def _event_state(oadr_event: OadrEvent, opt: str) -> EventState:
        e = oadr_event.ei_event
        d, props = e.event_descriptor, e.ei_active_period.properties
        return EventState(
            event_id=d.event_id, modification_number=d.modification_number, status=d.event_status.value,
            start=props.dtstart.date_time, duration=props.duration.duration, opt_type=opt,
            response_required=oadr_event.oadr_response_required is ResponseRequired.always,
            market_context=d.ei_market_context.market_context,
            ramp_up=props.x_ei_ramp_up.duration if props.x_ei_ramp_up else None,
            recovery=props.x_ei_recovery.duration if props.x_ei_recovery else None)

    # -- reports

    def _on_OadrRegisterReport(self, m: OadrRegisterReport, now: datetime) -> Outcome:
        """The VTN's own report metadata: acknowledged, noted; the VEN requests none of it."""
        self.state.poll_again = True
        self.state.vtn_report_ids = [r.report_specifier_id for r in m.oadr_report]
        return Outcome(OadrRegisteredReport(ei_response=ei_response(m.request_id), ven_id=self.state.ven_id,
                                            schema_version=SCHEMA_VERSION))

    def _on_OadrRegisteredReport(self, m: OadrRegisteredReport, now: datetime) -> Outcome:
        refused = self._refused(m)
        if refused is not None:
            return refused
        self.state.reports_registered = True
        if not m.oadr_report_request:
            return Outcome()
        effects = self._schedule(m.oadr_report_request, now)
        # Piggy-backed requests are acknowledged with oadrCreatedReport, like oadrCreateReport.
        return Outcome(self._created_report(request_id_of(m)), tuple(effects))

    def _on_OadrCreateReport(self, m: Any, now: datetime) -> Outcome:
        self.state.poll_again = True
        if any(r.report_specifier.report_specifier_id == METADATA_SPECIFIER for r in m.oadr_report_request):
            self.state.reports_registered = False  # the VTN asks the VEN to register its reports again
            return Outcome(self._created_report(m.request_id))
        effects = self._schedule(m.oadr_report_request, now)
        return Outcome(self._created_report(m.request_id), tuple(effects))

    def _created_report(self, request_id: str) -> OadrCreatedReport:
        return OadrCreatedReport(ei_response=ei_response(request_id), oadr_pending_reports=self._pending(),
                                 ven_id=self.state.ven_id, schema_version=SCHEMA_VERSION)

    def _pending(self) -> OadrPendingReports:
        return OadrPendingReports(report_request_id=sorted(self.state.reports))

    def _schedule(self, requests: Sequence[OadrReportRequest], now: datetime) -> list:
        """Check every request against the offered reports, then schedule them all."""
        offered = {r.report_specifier_id: {d.r_id for d in r.oadr_report_description} for r in self.config.reports}
        for request in requests:
            specifier = request.report_specifier
            if specifier.report_specifier_id not in offered:
                raise ProtocolError(Code.INVALID_ID, f"no report {specifier.report_specifier_id!r} on this VEN")
            unknown = {p.r_id for p in specifier.specifier_payload} - offered[specifier.report_specifier_id]
            if unknown:
                raise ProtocolError(Code.REPORT_NOT_SUPPORTED, f"no data point {min(unknown)!r}")
        effects = []
        for request in requests:
            specifier = request.report_specifier
            interval = specifier.report_interval
            start = interval.properties.dtstart.date_time if interval else now
            length = interval.properties.duration.duration if interval else timedelta(0)
            back = specifier.report_back_duration.duration
            r_ids = [p.r_id for p in specifier.specifier_payload]
            self.state.reports[request.report_request_id] = ReportSchedule(
                request.report_request_id, specifier.report_specifier_id, r_ids, specifier.granularity.duration,
                back, start, start + length if length else None, max(start, now) + back)
            effects.append(ReportScheduled(request.report_request_id, specifier.report_specifier_id, tuple(r_ids)))
        return effects

    def _cancel_reports(self, ids: Sequence[str], report_to_follow: bool) -> list:
        effects = []
        for request_id in ids:
            schedule = self.state.reports.get(request_id)
            if schedule is None:
                continue
            if report_to_follow:
                schedule.final = True
            else:
                del self.state.reports[request_id]
            effects.append(ReportUnscheduled(request_id, report_to_follow))
        return effects

    def _on_OadrCancelReport(self, m: Any, now: datetime) -> Outcome:
        self.state.poll_again = True
        effects = self._cancel_reports(m.report_request_id, m.report_to_follow)
        pending = OadrPendingReports(report_request_id=sorted(r for r, s in self.state.reports.items() if not s.final))
        reply = OadrCanceledReport(ei_response=ei_response(m.request_id), oadr_pending_reports=pending,
                                   ven_id=self.state.ven_id, schema_version=SCHEMA_VERSION)
        return Outcome(reply, tuple(effects))

    def _on_OadrUpdatedReport(self, m: Any, now: datetime) -> Outcome:
        refused = self._refused(m)
        if refused is not None:
            return refused
        if m.oadr_cancel_report is not None:  # piggy-backed cancellation
            return Outcome(None, tuple(self._cancel_reports(m.oadr_cancel_report.report_request_id,
                                                            m.oadr_cancel_report.report_to_follow)))
        return Outcome()

    def _on_OadrCreatedReport(self, m: Any, now: datetime) -> Outcome:
        return self._refused(m) or Outcome()

    def _on_OadrCanceledReport(self, m: Any, now: datetime) -> Outcome:
        return self._refused(m) or Outcome()

    # -- opts

    def _on_OadrCreateOpt(self, m: OadrCreateOpt, now: datetime) -> Outcome:
        self.state.poll_again = True
        event_id = m.qualified_event_id.event_id if m.qualified_event_id else None
        self.state.opts[m.opt_id] = OptState(m.opt_id, m.opt_type.value, "vtn", event_id, acknowledged=True)
        reply = OadrCreatedOpt(ei_response=ei_response(m.request_id), opt_id=m.opt_id, schema_version=SCHEMA_VERSION)
        return Outcome(reply, (OptCreated(self.state.ven_id or "", m.opt_id, m.opt_type.value, "vtn", event_id),))

    def _on_OadrCancelOpt(self, m: OadrCancelOpt, now: datetime) -> Outcome:
        self.state.poll_again = True
        opt = self.state.opts.get(m.opt_id)
        if opt is None:
            raise ProtocolError(Code.INVALID_ID, f"unknown optID {m.opt_id!r}")
        opt.cancelled = True
        reply = OadrCanceledOpt(ei_response=ei_response(m.request_id), opt_id=m.opt_id, schema_version=SCHEMA_VERSION)
        return Outcome(reply, (OptCancelled(self.state.ven_id or "", m.opt_id, "vtn"),))

    def _on_OadrCreatedOpt(self, m: OadrCreatedOpt, now: datetime) -> Outcome:
        refused = self._refused(m)
        if refused is not None:
            self.state.opts.pop(m.opt_id, None)
            return refused
        if m.opt_id in self.state.opts:
            self.state.opts[m.opt_id].acknowledged = True
        return Outcome()

    def _on_OadrCanceledOpt(self, m: OadrCanceledOpt, now: datetime) -> Outcome:
        refused = self._refused(m)
        if refused is not None:
            return refused
        if m.opt_id in self.state.opts:
            self.state.opts[m.opt_id].cancelled = True
        return Outcome()


__all__ = ["Decide", "Ven", "VenConfig", "VenState"]

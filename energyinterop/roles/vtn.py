"""The VTN role, sans-IO: a decoded message (or its bytes), ``now`` and the store go in;
an :class:`Outcome` (the reply and typed effects) comes out.

VTN-initiated messages (events, report requests, registration cancel...) come from the
operator methods; each is queued for its VEN in the store (``MessageQueued`` effects tell a
push driver what to deliver; pull VENs collect them with oadrPoll).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from energyinterop.openadr import (
    EiEventSignal,
    EiTarget,
    ReportSpecifier,
    openadr_codec,
)
from energyinterop.roles import events, opts, poll, registration, reports
from energyinterop.roles.context import VtnConfig, VtnContext, authorized_ven
from energyinterop.roles.effects import Outcome, Rejected, ResponseReceived
from energyinterop.roles.errors import Code, ProtocolError
from energyinterop.roles.messages import (
    error_reply,
    oadr_response,
    request_id_of,
    ven_id_of,
)
from energyinterop.store.base import Store
from energyinterop.xml.errors import CodecError

Handler = Callable[[VtnContext, Any], Awaitable[Outcome]]


async def _response(ctx: VtnContext, message: Any) -> Outcome:
    """An oadrResponse from the VEN (e.g. to oadrRequestReregistration): nothing to answer."""
    ven = await authorized_ven(ctx, message.ven_id, registered=False)
    return Outcome(None, (ResponseReceived(ven.ven_id, message.ei_response.response_code,
                                           message.ei_response.request_id),))


_HANDLERS: dict[str, Handler] = {
    "OadrQueryRegistration": registration.query_registration,
    "OadrCreatePartyRegistration": registration.create_party_registration,
    "OadrCancelPartyRegistration": registration.cancel_party_registration,
    "OadrCanceledPartyRegistration": registration.canceled_party_registration,
    "OadrRequestEvent": events.request_event,
    "OadrCreatedEvent": events.created_event,
    "OadrRegisterReport": reports.register_report,
    "OadrRegisteredReport": reports.registered_report,
    "OadrCreateReport": reports.create_report,
    "OadrCreatedReport": reports.created_report,
    "OadrUpdateReport": reports.update_report,
    "OadrCancelReport": reports.cancel_report_from_ven,
    "OadrCanceledReport": reports.canceled_report,
    "OadrCreateOpt": opts.create_opt,
    "OadrCancelOpt": opts.cancel_opt,
    "OadrCreatedOpt": opts.opt_acknowledged,
    "OadrCanceledOpt": opts.opt_acknowledged,
    "OadrPoll": poll.poll,
    "OadrResponse": _response,
}


class Vtn:
    """One VTN. Holds only its configuration; all state lives in the store handed in."""

    def __init__(self, config: VtnConfig) -> None:
        self.config = config

    def _ctx(self, store: Store, now: datetime, fingerprint: str | None = None) -> VtnContext:
        return VtnContext(self.config, store, now, fingerprint)

    # ------------------------------------------------------------ inbound

    async def handle(self, message: Any, *, now: datetime, store: Store, fingerprint: str | None = None) -> Outcome:
        """Answer one message from a VEN. Protocol errors become error replies with their
        code; only programming errors (and store failures) raise."""
        ctx = self._ctx(store, now, fingerprint)
        name = type(message).__name__
        handler = _HANDLERS.get(name)
        if handler is None:
            description = f"{name} is not a request a VTN handles"
            reply = oadr_response(request_id_of(message), ven_id_of(message), Code.NOT_RECOGNIZED, description)
            return Outcome(reply, (Rejected(name, int(Code.NOT_RECOGNIZED), description, ven_id_of(message)),))
        try:
            return await handler(ctx, message)
        except ProtocolError as error:
            return self._rejection(ctx, message, error.code, error.description)

    async def handle_document(self, data: bytes, *, now: datetime, store: Store,
                              fingerprint: str | None = None) -> Outcome:
        """Decode then :meth:`handle`; a document the codec refuses is answered with an
        oadrResponse carrying the codec's code (400, 453, 454...)."""
        try:
            message = openadr_codec().decode_message(data)
        except CodecError as error:
            code = Code(int(error.code))
            reply = oadr_response("", None, code, error.reason[:200])
            return Outcome(reply, (Rejected("document", int(code), error.reason),))
        return await self.handle(message, now=now, store=store, fingerprint=fingerprint)

    def _rejection(self, ctx: VtnContext, message: Any, code: Code, description: str) -> Outcome:
        ven_id = ven_id_of(message)
        reply = error_reply(message, code, description, vtn_id=self.config.vtn_id, ven_id=ven_id,
                            request_id=request_id_of(message) or ctx.new_id("request"),
                            profile=self.config.profile, transports=self.config.transports)
        return Outcome(reply, (Rejected(type(message).__name__, int(code), description, ven_id),))

    # ------------------------------------------------------------ operator: registration

    async def cancel_registration(self, ven_id: str, *, now: datetime, store: Store) -> Outcome:
        return await registration.cancel_registration(self._ctx(store, now), ven_id)

    async def request_reregistration(self, ven_id: str, *, now: datetime, store: Store) -> Outcome:
        return await registration.request_reregistration(self._ctx(store, now), ven_id)

    # ------------------------------------------------------------ operator: events

    async def create_event(self, *, now: datetime, store: Store, market_context: str, start: datetime,
                           duration: timedelta, signals: Sequence[EiEventSignal], target: EiTarget,
                           event_id: str | None = None, priority: int | None = None,
                           response_required: bool = True, notification: timedelta | None = None,
                           ramp_up: timedelta | None = None, recovery: timedelta | None = None,
                           start_after: timedelta | None = None, test_event: str | None = None,
                           vtn_comment: str | None = None) -> Outcome:
        return await events.create_event(
            self._ctx(store, now), market_context=market_context, start=start, duration=duration,
            signals=signals, target=target, event_id=event_id, priority=priority,
            response_required=response_required, notification=notification, ramp_up=ramp_up,
            recovery=recovery, start_after=start_after, test_event=test_event, vtn_comment=vtn_comment)

    async def modify_event(self, event_id: str, *, now: datetime, store: Store,
                           signals: Sequence[EiEventSignal] | None = None, start: datetime | None = None,
                           duration: timedelta | None = None, target: EiTarget | None = None,
                           priority: int | None = None, response_required: bool | None = None,
                           reason: str | None = None, vtn_comment: str | None = None) -> Outcome:
        return await events.modify_event(
            self._ctx(store, now), event_id, signals=signals, start=start, duration=duration, target=target,
            priority=priority, response_required=response_required, reason=reason, vtn_comment=vtn_comment)

    async def cancel_event(self, event_id: str, *, now: datetime, store: Store, reason: str | None = None) -> Outcome:
        return await events.cancel_event(self._ctx(store, now), event_id, reason=reason)

    async def event_status(self, event_id: str, *, now: datetime, store: Store) -> str | None:
        """The status an event has at ``now`` (None when unknown)."""
        record = await store.get_event(event_id)
        if record is None:
            return None
        return events.status_of(events.decode_event(record.document), record.cancelled, now, self.config).value

    # ------------------------------------------------------------ operator: reports and opts

    async def create_report_request(self, ven_id: str, specifiers: Sequence[ReportSpecifier], *,
                                    now: datetime, store: Store) -> Outcome:
        return await reports.request_reports(self._ctx(store, now), ven_id, specifiers)

    async def cancel_report(self, ven_id: str, report_request_ids: Sequence[str], *, now: datetime, store: Store,
                            report_to_follow: bool = False) -> Outcome:
        return await reports.cancel_reports(self._ctx(store, now), ven_id, report_request_ids,
                                            report_to_follow=report_to_follow)

    async def create_opt(self, ven_id: str, *, now: datetime, store: Store, opt_type: str, opt_reason: str,
                         windows: Sequence[tuple[datetime, timedelta]] = (), event_id: str | None = None,
                         market_context: str | None = None) -> Outcome:
        return await opts.vtn_create_opt(self._ctx(store, now), ven_id, opt_type=opt_type, opt_reason=opt_reason,
                                         windows=windows, event_id=event_id, market_context=market_context)

    async def cancel_opt(self, opt_id: str, *, now: datetime, store: Store) -> Outcome:
        return await opts.vtn_cancel_opt(self._ctx(store, now), opt_id)


__all__ = ["Vtn", "VtnConfig"]

"""EiReport on the VTN, with historians and projections.

A party asks the VTN for reports (``eiCreateReport``), projections (``eiCreateProjection``)
or a standing history (``eiCreateHistorian``); the VTN records each report request, whose
data it delivers later. A party sends report data (``eiUpdateReport``), which is kept by
eiReportID. Queries and cancels act on the requestor's own requests and historians.
``partyID`` (whose data is asked for) may be the requestor itself or this VTN.
"""

from __future__ import annotations

from energyinterop.ei import (
    EiCanceledHistorian,
    EiCanceledReport,
    EiCancelHistorian,
    EiCancelReport,
    EiCreatedHistorian,
    EiCreatedProjection,
    EiCreatedReport,
    EiCreateHistorian,
    EiCreateProjection,
    EiCreateReport,
    EiReplyHistorian,
    EiReplyReport,
    EiReportID,
    EiReportRequest,
    EiRequestHistorian,
    EiRequestReport,
    EiResponse,
    EiUpdatedReport,
    EiUpdateReport,
    HistorianID,
    ReportRequestID,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    check_vtn,
    ei_response,
    item_response,
    responses,
    summary,
)
from energyinterop.roles.ei.documents import Collection
from energyinterop.roles.ei.effects import Recorded
from energyinterop.roles.errors import Code, ProtocolError


def _requests(ctx: EiContext) -> Collection:
    return Collection(ctx.store, "report_request")


def _reports(ctx: EiContext) -> Collection:
    return Collection(ctx.store, "report")


def _historians(ctx: EiContext) -> Collection:
    return Collection(ctx.store, "historian")


def _subject(ctx: EiContext, vtn_id: str | None, party_id: str | None) -> None:
    check_vtn(ctx, vtn_id)
    if party_id not in (None, ctx.party_id, ctx.vtn_id):
        raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED, f"{ctx.party_id!r} may not ask for reports of {party_id!r}")


async def _record(ctx: EiContext, requests: list[EiReportRequest]) -> tuple[list[EiResponse], tuple[str, ...]]:
    """Store each new report request of the party; one response per request."""
    store, items, taken = _requests(ctx), [], []
    for request in requests:
        ref = ReportRequestID(value=request.report_request_id)
        existing = await store.get(request.report_request_id)
        if existing is not None and (existing.owner != ctx.party_id or not existing.cancelled):
            items.append(item_response(ref, Code.INVALID_ID, "reportRequestID in use"))
            continue
        await store.put(request.report_request_id, ctx.party_id, request)
        taken.append(request.report_request_id)
        items.append(item_response(ref))
    return items, tuple(taken)


def _effects(ctx: EiContext, action: str, ids: tuple[str, ...]) -> tuple[Recorded, ...]:
    return (Recorded("EiReport", action, ctx.party_id, ids),) if ids else ()


def _created(p: EiCreateReport, response: EiResponse, vtn_id: str) -> EiCreatedReport:
    return EiCreatedReport(ei_response=response)


async def create(ctx: EiContext, p: EiCreateReport) -> Outcome:
    _subject(ctx, p.vtn_id, p.party_id)
    items, taken = await _record(ctx, p.ei_report_request)
    reply = EiCreatedReport(ei_response=summary(p.request_id, items, ctx.now), responses=responses(items))
    return Outcome(reply, _effects(ctx, "created", taken))


def _created_projection(p: EiCreateProjection, response: EiResponse, vtn_id: str) -> EiCreatedProjection:
    return EiCreatedProjection(ei_response=response)


async def create_projection(ctx: EiContext, p: EiCreateProjection) -> Outcome:
    _subject(ctx, p.vtn_id, p.party_id)
    items, taken = await _record(ctx, p.ei_report_request)
    reply = EiCreatedProjection(ei_response=summary(p.request_id, items, ctx.now), responses=responses(items))
    return Outcome(reply, _effects(ctx, "created", taken))


def _reply(p: EiRequestReport, response: EiResponse, vtn_id: str) -> EiReplyReport:
    return EiReplyReport(ei_response=response)


async def request(ctx: EiContext, p: EiRequestReport) -> Outcome:
    """The reports held for the requestor's report requests (all, or those named)."""
    _subject(ctx, p.vtn_id, p.party_id)
    mine = {s.key for s in await _requests(ctx).all(owner=ctx.party_id)}
    wanted = p.report_request_id or sorted(mine)
    items = [item_response(ReportRequestID(value=r), Code.INVALID_ID, "unknown reportRequestID")
             for r in wanted if r not in mine]
    report_ids = [s.key for s in await _reports(ctx).all() if s.obj.report_request_id in wanted and
                  s.obj.report_request_id in mine]
    return Outcome(EiReplyReport(ei_response=ei_response(p.request_id, now=ctx.now), ei_report_id=report_ids,
                                 responses=responses(items)))


def _updated(p: EiUpdateReport, response: EiResponse, vtn_id: str) -> EiUpdatedReport:
    return EiUpdatedReport(ei_response=response)


async def update(ctx: EiContext, p: EiUpdateReport) -> Outcome:
    """Keep each report the party sends (eiUpdateReport names no party: the transport's)."""
    reports, items, taken = _reports(ctx), [], []
    for report in p.ei_report:
        existing = await reports.get(report.ei_report_id)
        if existing is not None and existing.owner != ctx.party_id:
            items.append(item_response(EiReportID(value=report.ei_report_id), Code.INVALID_ID, "eiReportID in use"))
            continue
        await reports.put(report.ei_report_id, ctx.party_id, report)
        taken.append(report.ei_report_id)
        items.append(item_response(EiReportID(value=report.ei_report_id)))
    return Outcome(EiUpdatedReport(ei_response=summary(p.request_id, items, ctx.now)),
                   _effects(ctx, "received", tuple(taken)))


def _canceled(p: EiCancelReport, response: EiResponse, vtn_id: str) -> EiCanceledReport:
    return EiCanceledReport(ei_response=response)


async def cancel(ctx: EiContext, p: EiCancelReport) -> Outcome:
    store, items, cancelled = _requests(ctx), [], []
    for report_request_id in p.report_request_id:
        ref = ReportRequestID(value=report_request_id)
        stored = await store.owned(report_request_id, ctx.party_id)
        if stored is None:
            items.append(item_response(ref, Code.INVALID_ID, "unknown reportRequestID"))
            continue
        await store.cancel(stored)
        cancelled.append(report_request_id)
        items.append(item_response(ref))
    reply = EiCanceledReport(ei_response=summary(p.request_id, items, ctx.now), ei_report_id=list(p.ei_report_id),
                             report_request_id=cancelled, responses=responses(items))
    return Outcome(reply, _effects(ctx, "cancelled", tuple(cancelled)))


def _created_historian(p: EiCreateHistorian, response: EiResponse, vtn_id: str) -> EiCreatedHistorian:
    return EiCreatedHistorian(ei_response=response)


async def create_historian(ctx: EiContext, p: EiCreateHistorian) -> Outcome:
    """A historian is a standing set of report requests whose data the VTN keeps."""
    _subject(ctx, p.vtn_id, p.party_id)
    items, taken = await _record(ctx, p.ei_report_request)
    overall = summary(p.request_id, items, ctx.now)
    if not taken:
        return Outcome(EiCreatedHistorian(ei_response=overall, responses=responses(items)))
    historian_id = ctx.new_id("historian")
    await _historians(ctx).put(historian_id, ctx.party_id, p)
    reply = EiCreatedHistorian(ei_response=overall, historian_id=historian_id, responses=responses(items))
    return Outcome(reply, (Recorded("EiReport", "created", ctx.party_id, (historian_id, *taken)),))


def _reply_historian(p: EiRequestHistorian, response: EiResponse, vtn_id: str) -> EiReplyHistorian:
    return EiReplyHistorian(ei_response=response)


async def request_historian(ctx: EiContext, p: EiRequestHistorian) -> Outcome:
    _subject(ctx, p.vtn_id, p.party_id)
    mine = [s.key for s in await _historians(ctx).all(owner=ctx.party_id)]
    return Outcome(EiReplyHistorian(ei_response=ei_response(p.request_id, now=ctx.now), historian_id=mine))


def _canceled_historian(p: EiCancelHistorian, response: EiResponse, vtn_id: str) -> EiCanceledHistorian:
    return EiCanceledHistorian(ei_response=response, historian_id=p.historian_id)


async def cancel_historian(ctx: EiContext, p: EiCancelHistorian) -> Outcome:
    """Cancel a historian and its report requests (no requestID, no party: the
    historianID is the reference, the transport names the party)."""
    historians = _historians(ctx)
    stored = await historians.owned(p.historian_id, ctx.party_id)
    if stored is None:
        raise ProtocolError(Code.INVALID_ID, f"unknown historianID {p.historian_id!r}")
    await historians.cancel(stored)
    requests = _requests(ctx)
    for request in stored.obj.ei_report_request:
        held = await requests.owned(request.report_request_id, ctx.party_id)
        if held is not None:
            await requests.cancel(held)
    reply = _canceled_historian(p, ei_response(HistorianID(value=p.historian_id), now=ctx.now), ctx.vtn_id)
    return Outcome(reply, _effects(ctx, "cancelled", (p.historian_id,)))


def _requestor(p: EiCreateReport | EiCreateProjection | EiRequestReport | EiCreateHistorian | EiRequestHistorian
               ) -> tuple[str]:
    return (p.requestor_party_id,)


OPERATIONS: dict[type, Operation] = {
    EiCreateReport: Operation(create, _requestor, _created, by_request_id),
    EiCreateProjection: Operation(create_projection, _requestor, _created_projection, by_request_id),
    EiRequestReport: Operation(request, _requestor, _reply, by_request_id),
    EiUpdateReport: Operation(update, lambda p: (), _updated, by_request_id),
    EiCancelReport: Operation(cancel, lambda p: (p.party_id,), _canceled, by_request_id),
    EiCreateHistorian: Operation(create_historian, _requestor, _created_historian, by_request_id),
    EiRequestHistorian: Operation(request_historian, _requestor, _reply_historian, by_request_id),
    EiCancelHistorian: Operation(cancel_historian, lambda p: (), _canceled_historian, lambda p: p.historian_id),
}

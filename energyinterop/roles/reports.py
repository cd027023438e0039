"""EiReport on the VTN: the VEN's report registrations, requests the VTN makes
(piggy-backed on oadrRegisteredReport, or oadrCreateReport), report data, cancellation.

Stored documents: ReportRegistration.document is the encoded oadrReport (metadata);
ReportRequest.document the encoded oadrReportRequest; ReportData.value the lexical value
of a payloadFloat, or the encoded oadrPayloadResourceStatus for a status report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from energyinterop.openadr import (
    DurationProp,
    OadrCanceledReport,
    OadrCancelReport,
    OadrCreatedReport,
    OadrCreateReport,
    OadrPendingReports,
    OadrRegisteredReport,
    OadrRegisterReport,
    OadrReport,
    OadrReportPayload,
    OadrReportRequest,
    OadrUpdatedReport,
    OadrUpdateReport,
    PayloadFloat,
    ReportSpecifier,
    SpecifierPayload,
    openadr_codec,
)
from energyinterop.roles.context import VtnContext, authorized_ven
from energyinterop.roles.effects import (
    Outcome,
    ReportCancelled,
    ReportDataReceived,
    ReportRequested,
    ReportRequestsAcknowledged,
    ReportsRegistered,
    ReportsRequestedByVen,
    ResponseReceived,
)
from energyinterop.roles.errors import Code, OperatorError, ProtocolError
from energyinterop.roles.messages import SCHEMA_VERSION, ei_response, oadr_response
from energyinterop.roles.poll import enqueue
from energyinterop.store.base import ReportData, ReportRegistration, ReportRequest

METADATA = "METADATA_"


def offered_granularity(report: OadrReport, wanted: timedelta) -> timedelta:
    """The granularity nearest ``wanted`` that every data point's offered sampling rate
    allows: a VEN refuses a request outside [oadrMinPeriod, oadrMaxPeriod]."""
    low, high = timedelta(0), timedelta.max
    for description in report.oadr_report_description:
        rate = description.oadr_sampling_rate
        if rate is not None:
            low, high = max(low, rate.oadr_min_period), min(high, rate.oadr_max_period)
    if low > high:  # no common rate: ask for the slowest any point offers
        return low
    return min(max(wanted, low), high)


def specifier_for(report: OadrReport, granularity: timedelta, report_back: timedelta) -> ReportSpecifier:
    """A request for every data point of a registered (metadata) report, at a granularity
    the report offers (and reported back no less often than that)."""
    granularity = offered_granularity(report, granularity)
    report_back = max(report_back, granularity) if granularity else report_back
    return ReportSpecifier(
        report_specifier_id=report.report_specifier_id,
        granularity=DurationProp(duration=granularity),
        report_back_duration=DurationProp(duration=report_back),
        specifier_payload=[SpecifierPayload(r_id=d.r_id, reading_type=d.reading_type)
                           for d in report.oadr_report_description])


async def _store_request(ctx: VtnContext, ven_id: str, specifier: ReportSpecifier) -> OadrReportRequest:
    request = OadrReportRequest(report_request_id=ctx.new_id("report_request"), report_specifier=specifier)
    await ctx.store.put_report_request(ReportRequest(
        request.report_request_id, ven_id, specifier.report_specifier_id,
        openadr_codec().encode(request), ctx.now))
    return request


async def register_report(ctx: VtnContext, message: OadrRegisterReport) -> Outcome:
    ven = await authorized_ven(ctx, message.ven_id)
    cfg = ctx.config
    codec = openadr_codec()
    for report in message.oadr_report:
        await ctx.store.put_report_registration(ReportRegistration(
            ven.ven_id, report.report_specifier_id, report.report_name or "", codec.encode(report), ctx.now))
    effects: list = [ReportsRegistered(ven.ven_id, tuple(r.report_specifier_id for r in message.oadr_report))]
    requests = []
    for report in message.oadr_report:
        name = report.report_name or ""
        if name.startswith(METADATA) and name[len(METADATA):] in cfg.requested_reports:
            specifier = specifier_for(report, cfg.report_granularity, cfg.report_back_duration)
            request = await _store_request(ctx, ven.ven_id, specifier)
            requests.append(request)
            effects.append(ReportRequested(ven.ven_id, request.report_request_id, report.report_specifier_id))
    reply = OadrRegisteredReport(ei_response=ei_response(message.request_id), oadr_report_request=requests,
                                 ven_id=ven.ven_id, schema_version=SCHEMA_VERSION)
    return Outcome(reply, tuple(effects))


async def created_report(ctx: VtnContext, message: OadrCreatedReport) -> Outcome:
    ven = await authorized_ven(ctx, message.ven_id)
    pending = tuple(message.oadr_pending_reports.report_request_id)
    return Outcome(oadr_response(message.ei_response.request_id, ven.ven_id),
                   (ReportRequestsAcknowledged(ven.ven_id, pending),))


def _values(report: OadrReport, ven_id: str, ctx: VtnContext) -> list[ReportData]:
    """One ReportData per (interval, payload); intervals without dtstart follow each other
    from the report's dtstart."""
    codec = openadr_codec()
    data = []
    offset = report.dtstart.date_time if report.dtstart else report.created_date_time
    for interval in report.intervals.interval if report.intervals else []:
        start = interval.dtstart.date_time if interval.dtstart else offset
        duration = interval.duration.duration if interval.duration else None
        offset = start + (duration or timedelta(0))
        for payload in interval.stream_payload_base:
            if not isinstance(payload, OadrReportPayload):
                continue
            base = payload.payload_base
            value = str(base.value) if isinstance(base, PayloadFloat) else codec.encode(base).decode("utf-8")
            data.append(ReportData(ven_id, report.report_request_id, payload.r_id, start, duration, value, ctx.now))
    return data


async def update_report(ctx: VtnContext, message: OadrUpdateReport) -> Outcome:
    ven = await authorized_ven(ctx, message.ven_id)
    batches = []
    for report in message.oadr_report:
        request = await ctx.store.get_report_request(report.report_request_id)
        if request is None or request.ven_id != ven.ven_id:
            raise ProtocolError(Code.INVALID_ID, f"unknown reportRequestID {report.report_request_id!r}")
        batches.append((report.report_request_id, _values(report, ven.ven_id, ctx)))
    effects = []
    for request_id, data in batches:
        await ctx.store.add_report_data(data)
        effects.append(ReportDataReceived(ven.ven_id, request_id, len(data)))
    reply = OadrUpdatedReport(ei_response=ei_response(message.request_id), ven_id=ven.ven_id,
                              schema_version=SCHEMA_VERSION)
    return Outcome(reply, tuple(effects))


async def canceled_report(ctx: VtnContext, message: OadrCanceledReport) -> Outcome:
    ven = await authorized_ven(ctx, message.ven_id)
    effect = ResponseReceived(ven.ven_id, message.ei_response.response_code, message.ei_response.request_id)
    return Outcome(oadr_response(message.ei_response.request_id, ven.ven_id), (effect,))


async def registered_report(ctx: VtnContext, message: OadrRegisteredReport) -> Outcome:
    """The VEN's answer to the VTN's own oadrRegisterReport; requests in it are the VEN's
    interest in the VTN's reports, surfaced to the application as an effect."""
    ven = await authorized_ven(ctx, message.ven_id)
    effects: list = [ResponseReceived(ven.ven_id, message.ei_response.response_code, message.ei_response.request_id)]
    if message.oadr_report_request:
        effects.append(ReportsRequestedByVen(ven.ven_id, tuple(r.report_request_id for r in message.oadr_report_request)))
    return Outcome(oadr_response(message.ei_response.request_id, ven.ven_id), tuple(effects))


async def create_report(ctx: VtnContext, message: OadrCreateReport) -> Outcome:
    """The VEN asks for a report the VTN offers (its METADATA from the VTN's registration)."""
    ven = await authorized_ven(ctx, message.ven_id)
    offered = {r.report_specifier_id for r in ctx.config.reports}
    for request in message.oadr_report_request:
        if request.report_specifier.report_specifier_id not in offered:
            raise ProtocolError(Code.INVALID_ID,
                                f"no report {request.report_specifier.report_specifier_id!r} on this VTN")
    ids = [r.report_request_id for r in message.oadr_report_request]
    reply = OadrCreatedReport(ei_response=ei_response(message.request_id),
                              oadr_pending_reports=OadrPendingReports(report_request_id=ids), ven_id=ven.ven_id,
                              schema_version=SCHEMA_VERSION)
    return Outcome(reply, (ReportsRequestedByVen(ven.ven_id, tuple(ids)),))


async def cancel_report_from_ven(ctx: VtnContext, message: OadrCancelReport) -> Outcome:
    """The VEN stops a report it asked of the VTN; nothing of it is pending afterwards."""
    ven = await authorized_ven(ctx, message.ven_id)
    reply = OadrCanceledReport(ei_response=ei_response(message.request_id),
                               oadr_pending_reports=OadrPendingReports(), ven_id=ven.ven_id,
                               schema_version=SCHEMA_VERSION)
    return Outcome(reply, (ReportCancelled(ven.ven_id, tuple(message.report_request_id),
                                           message.report_to_follow, "ven"),))


# ------------------------------------------------------------------ operator

async def _registered(ctx: VtnContext, ven_id: str):
    ven = await ctx.store.get_ven(ven_id)
    if ven is None or ven.registration_id is None:
        raise OperatorError(f"VEN {ven_id!r} is not registered")
    return ven


async def request_reports(ctx: VtnContext, ven_id: str, specifiers: Sequence[ReportSpecifier]) -> Outcome:
    """Operator: oadrCreateReport to a VEN, each request stored before it is queued."""
    await _registered(ctx, ven_id)
    offered = {r.report_specifier_id for r in await ctx.store.list_report_registrations(ven_id)}
    for specifier in specifiers:
        # "METADATA" asks the VEN to register its reports again (it answers oadrRegisterReport).
        if specifier.report_specifier_id not in offered and specifier.report_specifier_id != "METADATA":
            raise OperatorError(f"VEN {ven_id!r} has not registered report {specifier.report_specifier_id!r}")
    requests = [await _store_request(ctx, ven_id, s) for s in specifiers]
    message = OadrCreateReport(request_id=ctx.new_id("request"), oadr_report_request=requests, ven_id=ven_id,
                               schema_version=SCHEMA_VERSION)
    effects = [ReportRequested(ven_id, r.report_request_id, r.report_specifier.report_specifier_id) for r in requests]
    return Outcome(None, (await enqueue(ctx, ven_id, message), *effects))


async def cancel_reports(ctx: VtnContext, ven_id: str, report_request_ids: Sequence[str], *,
                         report_to_follow: bool = False) -> Outcome:
    """Operator: oadrCancelReport; with ``report_to_follow`` the VEN sends one last report."""
    await _registered(ctx, ven_id)
    for request_id in report_request_ids:
        request = await ctx.store.get_report_request(request_id)
        if request is None or request.ven_id != ven_id:
            raise OperatorError(f"no report request {request_id!r} for VEN {ven_id!r}")
        await ctx.store.put_report_request(replace(request, cancelled=True))
    message = OadrCancelReport(request_id=ctx.new_id("request"), report_request_id=list(report_request_ids),
                               report_to_follow=report_to_follow, ven_id=ven_id, schema_version=SCHEMA_VERSION)
    return Outcome(None, (await enqueue(ctx, ven_id, message),
                          ReportCancelled(ven_id, tuple(report_request_ids), report_to_follow, "vtn")))

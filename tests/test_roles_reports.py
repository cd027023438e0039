"""EiReport between the roles: registration with piggy-backed requests, oadrCreateReport,
telemetry updates, cancellation with and without reportToFollow, negative cases."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from test_roles_support import T0, Harness, effects, run

from energyinterop.openadr import (
    DurationProp,
    OadrCreatedReport,
    OadrRegisteredReport,
    OadrReport,
    OadrReportDescription,
    OadrSamplingRate,
    OadrUpdatedReport,
    ReportSpecifier,
    SpecifierPayload,
)
from energyinterop.roles import OperatorError
from energyinterop.roles.effects import (
    ReportCancelled,
    ReportDataReceived,
    ReportRequested,
    ReportRequestsAcknowledged,
    ReportScheduled,
    ReportsRegistered,
    ReportUnscheduled,
)


def metadata(specifier_id: str = "TELEMETRY-1", name: str = "METADATA_TELEMETRY_USAGE") -> OadrReport:
    def point(r_id: str) -> OadrReportDescription:
        return OadrReportDescription(r_id=r_id, report_type="usage", reading_type="Direct Read",
                                     oadr_sampling_rate=OadrSamplingRate(oadr_min_period=timedelta(minutes=1),
                                                                         oadr_max_period=timedelta(hours=1),
                                                                         oadr_on_change=False))
    return OadrReport(duration=DurationProp(duration=timedelta(hours=1)), ei_report_id="RPT-META",
                      oadr_report_description=[point("energy"), point("power")], report_request_id="0",
                      report_specifier_id=specifier_id, report_name=name, created_date_time=T0)


def specifier(r_ids: tuple[str, ...] = ("energy",), back: timedelta = timedelta(minutes=5),
              specifier_id: str = "TELEMETRY-1") -> ReportSpecifier:
    return ReportSpecifier(report_specifier_id=specifier_id, granularity=DurationProp(duration=timedelta(minutes=1)),
                           report_back_duration=DurationProp(duration=back),
                           specifier_payload=[SpecifierPayload(r_id=r, reading_type="Direct Read") for r in r_ids])


async def setup(requested: tuple[str, ...] = ("TELEMETRY_USAGE",)):
    h = Harness({"auto_accept": True, "requested_reports": requested,
                 "report_back_duration": timedelta(minutes=2)})
    ven = h.ven(reports=(metadata(),))
    outcomes = await h.settle(ven)
    assert ven.registered
    return h, ven, outcomes


def readings(at: datetime, n: int, **values: float):
    return [(at + timedelta(minutes=i), timedelta(minutes=1), values) for i in range(n)]


def test_register_report_with_piggy_backed_request() -> None:
    async def go() -> None:
        h, ven, outcomes = await setup()
        assert effects(outcomes, ReportsRegistered)[0].report_specifier_ids == ("TELEMETRY-1",)
        requested = effects(outcomes, ReportRequested)[0]
        registered = next(o.reply for o in outcomes if isinstance(o.reply, OadrRegisteredReport))
        assert registered.oadr_report_request[0].report_request_id == requested.report_request_id
        assert [p.r_id for p in registered.oadr_report_request[0].report_specifier.specifier_payload] == \
            ["energy", "power"]
        # the VEN acknowledges the piggy-backed request with oadrCreatedReport
        assert effects(outcomes, ReportRequestsAcknowledged)[0].pending == (requested.report_request_id,)
        assert list(ven.state.reports) == [requested.report_request_id]
        stored = await h.store.list_report_registrations(ven.ven_id)
        assert [(r.report_specifier_id, r.report_name) for r in stored] == [("TELEMETRY-1", "METADATA_TELEMETRY_USAGE")]
        assert [r.report_request_id for r in await h.store.list_report_requests(ven.ven_id)] == \
            [requested.report_request_id]

    run(go())


def test_no_request_when_vtn_wants_none() -> None:
    async def go() -> None:
        h, ven, outcomes = await setup(requested=())
        assert effects(outcomes, ReportRequested) == [] and ven.state.reports == {}
        assert "OadrCreatedReport" not in [n for d, n in h.log]

    run(go())


def test_telemetry_updates_are_stored() -> None:
    async def go() -> None:
        h, ven, _ = await setup()
        (request_id,) = ven.state.reports
        assert ven.due_reports(h.now) == []
        h.advance(timedelta(minutes=2))
        assert [r.report_request_id for r in ven.due_reports(h.now)] == [request_id]
        update = ven.update_report(request_id, readings(T0, 2, energy=1.5, power=3), now=h.now)
        out = await h.to_vtn(update)
        assert isinstance(out.reply, OadrUpdatedReport) and out.reply.ei_response.response_code == "200"
        assert out.of(ReportDataReceived)[0].values == 4
        data = await h.store.list_report_data(ven.ven_id, request_id)
        assert [(d.r_id, d.start, d.value) for d in data[:2]] == [("energy", T0, "1.5"), ("power", T0, "3")]
        assert data[2].start == T0 + timedelta(minutes=1) and data[2].duration == timedelta(minutes=1)
        assert ven.due_reports(h.now) == []  # next one in report_back_duration
        h.advance(timedelta(minutes=2))
        assert ven.due_reports(h.now)
        assert update.oadr_report[0].report_name == "TELEMETRY_USAGE"

    run(go())


def test_update_for_unknown_request_is_452() -> None:
    async def go() -> None:
        h, ven, _ = await setup()
        (request_id,) = ven.state.reports
        update = ven.update_report(request_id, readings(T0, 1, energy=1), now=h.now)
        update.oadr_report[0].report_request_id = "nope"
        out = await h.to_vtn(update)
        assert out.reply.ei_response.response_code == "452"
        assert await h.store.list_report_data(ven.ven_id) == []

    run(go())


def test_vtn_create_report_request_through_poll() -> None:
    async def go() -> None:
        h, ven, _ = await setup(requested=())
        out = await h.operator(h.vtn.create_report_request(ven.ven_id, [specifier(("power",), timedelta(0))],
                                                           now=h.now, store=h.store))
        request_id = out.of(ReportRequested)[0].report_request_id
        h.advance(timedelta(seconds=10))
        outcomes = await h.settle(ven)
        assert ("vtn->ven", "OadrCreateReport") in h.log and ("ven->vtn", "OadrCreatedReport") in h.log
        assert effects(outcomes, ReportScheduled)[0].r_ids == ("power",)
        assert effects(outcomes, ReportRequestsAcknowledged)[0].pending == (request_id,)
        # a one-shot report (reportBackDuration 0) is due at once and done after one update
        assert [r.report_request_id for r in ven.due_reports(h.now)] == [request_id]
        await h.to_vtn(ven.update_report(request_id, readings(h.now, 1, power=7), now=h.now))
        assert ven.state.reports == {}
        with pytest.raises(OperatorError):
            await h.vtn.create_report_request(ven.ven_id, [specifier(specifier_id="unknown")], now=h.now,
                                              store=h.store)

    run(go())


def test_ven_refuses_unknown_data_point() -> None:
    async def go() -> None:
        h, ven, _ = await setup(requested=())
        await h.vtn.create_report_request(ven.ven_id, [specifier(("energy",))], now=h.now, store=h.store)
        # tamper with the queued request on its way: ask for a data point the VEN never offered
        queued = await h.to_vtn(poll_of(ven))
        queued.reply.oadr_report_request[0].report_specifier.specifier_payload[0].r_id = "nope"
        out = h.to_ven(ven, queued.reply)
        assert isinstance(out.reply, OadrCreatedReport) and out.reply.ei_response.response_code == "461"
        assert ven.state.reports == {}

    run(go())


def poll_of(ven):
    from energyinterop.openadr import OadrPoll

    return OadrPoll(ven_id=ven.ven_id, schema_version="2.0b")


@pytest.mark.parametrize("report_to_follow", [True, False])
def test_cancel_report(report_to_follow: bool) -> None:
    async def go() -> None:
        h, ven, _ = await setup()
        (request_id,) = ven.state.reports
        out = await h.operator(h.vtn.cancel_report(ven.ven_id, [request_id], now=h.now, store=h.store,
                                                   report_to_follow=report_to_follow))
        assert out.of(ReportCancelled)[0].report_to_follow is report_to_follow
        assert (await h.store.get_report_request(request_id)).cancelled
        h.advance(timedelta(seconds=10))
        outcomes = await h.settle(ven)
        assert effects(outcomes, ReportUnscheduled) == [ReportUnscheduled(request_id, report_to_follow)]
        canceled = next(o.reply for o in outcomes if type(o.reply).__name__ == "OadrCanceledReport")
        assert canceled.oadr_pending_reports.report_request_id == []
        if report_to_follow:  # one last report, then the schedule is gone
            h.advance(timedelta(minutes=2))
            assert ven.due_reports(h.now)
            reply = await h.to_vtn(ven.update_report(request_id, readings(T0, 1, energy=2), now=h.now))
            assert reply.reply.ei_response.response_code == "200"
        assert ven.state.reports == {}

    run(go())


def test_metadata_request_makes_ven_register_again() -> None:
    async def go() -> None:
        h, ven, _ = await setup(requested=())
        metadata_request = specifier(("METADATA",), timedelta(0), specifier_id="METADATA")
        await h.operator(h.vtn.create_report_request(ven.ven_id, [metadata_request], now=h.now, store=h.store))
        poll = await h.to_vtn(poll_of(ven))
        seen = h.to_ven(ven, poll.reply)
        assert isinstance(seen.reply, OadrCreatedReport) and not ven.state.reports_registered
        outcomes = await h.settle(ven)
        assert effects(outcomes, ReportsRegistered)

    run(go())


def test_ven_requests_vtn_report() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True, "reports": (metadata("VTN-PRICES", "METADATA_HISTORY_USAGE"),)})
        ven = h.ven()
        await h.settle(ven)
        assert ven.state.vtn_report_ids == ["VTN-PRICES"]
        from energyinterop.openadr import (
            OadrCancelReport,
            OadrCreateReport,
            OadrReportRequest,
        )

        ok = await h.to_vtn(OadrCreateReport(request_id="c1", oadr_report_request=[OadrReportRequest(
            report_request_id="V-1", report_specifier=specifier(specifier_id="VTN-PRICES"))], ven_id=ven.ven_id,
            schema_version="2.0b"))
        assert ok.reply.oadr_pending_reports.report_request_id == ["V-1"]
        bad = await h.to_vtn(OadrCreateReport(request_id="c2", oadr_report_request=[OadrReportRequest(
            report_request_id="V-2", report_specifier=specifier(specifier_id="NOPE"))], ven_id=ven.ven_id,
            schema_version="2.0b"))
        assert bad.reply.ei_response.response_code == "452"
        cancel = await h.to_vtn(OadrCancelReport(request_id="c3", report_request_id=["V-1"], report_to_follow=False,
                                                 ven_id=ven.ven_id, schema_version="2.0b"))
        assert cancel.reply.ei_response.response_code == "200"

    run(go())


"""EiEvent between the roles: targeting, distribution through the poll, modification and
cancellation, the status clock, opt responses and responseRequired."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from test_roles_support import T0, Harness, effects, run

from energyinterop.openadr import (
    EiCreatedEvent,
    EiRequestEvent,
    EiResponse,
    EventResponse,
    EventResponses,
    OadrCreatedEvent,
    OadrDistributeEvent,
    OadrRequestEvent,
    OptType,
    QualifiedEventID,
)
from energyinterop.roles import OperatorError, event_status, signal, target
from energyinterop.roles.effects import (
    EventOptReceived,
    EventPublished,
    EventReceived,
    EventRemoved,
    Rejected,
)

MARKET = "http://market.example.com/dr"
SIMPLE = [signal("SIMPLE", "level", [(timedelta(minutes=30), 1), (timedelta(minutes=30), 2)])]


async def registered(h: Harness, *names_and_records: tuple[str, dict]) -> dict:
    """Provision and register VENs; returns name -> Ven."""
    vens = {}
    for name, fields in names_and_records:
        await h.provision(f"ID-{name}", name, **fields)
        ven = h.ven(name)
        await h.settle(ven)
        assert ven.registered
        vens[name] = ven
    return vens


async def create(h: Harness, **kw):
    spec = {"market_context": MARKET, "start": T0 + timedelta(hours=2), "duration": timedelta(hours=1),
            "signals": SIMPLE, "target": target(ven_ids=["ID-a"])}
    spec.update(kw)
    return await h.operator(h.vtn.create_event(now=h.now, store=h.store, **spec))


@pytest.mark.parametrize("kind", ["ven_ids", "group_ids", "resource_ids", "party_ids"])
def test_targeting_reaches_only_targeted_vens(kind: str) -> None:
    async def go() -> None:
        h = Harness()
        vens = await registered(h, ("a", {"group_ids": ("G1",), "resource_ids": ("R1",), "party_ids": ("P1",)}),
                                ("b", {"group_ids": ("G2",), "resource_ids": ("R2",), "party_ids": ("P2",)}))
        value = {"ven_ids": "ID-a", "group_ids": "G1", "resource_ids": "R1", "party_ids": "P1"}[kind]
        out = await create(h, target=target(**{kind: [value]}), event_id="E1")
        assert out.of(EventPublished)[0].ven_ids == ("ID-a",)
        h.advance(timedelta(seconds=10))
        a = await h.settle(vens["a"])
        b = await h.settle(vens["b"])
        assert [e.event_id for e in effects(a, EventReceived)] == ["E1"]
        assert effects(b, EventReceived) == []
        assert [o.ven_id for o in await h.store.list_opt_responses("E1")] == ["ID-a"]

    run(go())


def test_untargeted_event_is_a_broadcast() -> None:
    async def go() -> None:
        h = Harness()
        await registered(h, ("a", {}), ("b", {}))
        out = await create(h, target=target())
        assert out.of(EventPublished)[0].ven_ids == ("ID-a", "ID-b")

    run(go())


def test_unregistered_ven_gets_nothing_queued() -> None:
    async def go() -> None:
        h = Harness()
        await h.provision("ID-z", "z")
        await create(h, target=target(ven_ids=["ID-z"]))
        assert await h.store.pending("ID-z") == 0

    run(go())


def test_opt_in_and_opt_out_are_stored() -> None:
    async def go() -> None:
        h = Harness()
        vens = await registered(h, ("a", {"group_ids": ("G",)}), ("b", {"group_ids": ("G",)}))
        await create(h, target=target(group_ids=["G"]), event_id="E1")
        h.advance(timedelta(seconds=10))
        await h.settle(vens["a"], decide=lambda event: OptType.optIn)
        out = await h.settle(vens["b"], decide={"E1": "optOut"})
        assert effects(out, EventOptReceived)[0].opt_type == "optOut"
        stored = {(r.ven_id, r.opt_type, r.modification_number) for r in await h.store.list_opt_responses("E1")}
        assert stored == {("ID-a", "optIn", 0), ("ID-b", "optOut", 0)}
        assert vens["b"].state.events["E1"].opt_type == "optOut"

    run(go())


def test_response_required_never_produces_no_created_event() -> None:
    async def go() -> None:
        h = Harness()
        vens = await registered(h, ("a", {}))
        await create(h, event_id="E1", response_required=False)
        h.advance(timedelta(seconds=10))
        out = await h.settle(vens["a"])
        received = effects(out, EventReceived)
        assert received[0].event_id == "E1" and not received[0].response_required
        assert "OadrCreatedEvent" not in [n for d, n in h.log if d == "ven->vtn"]
        assert await h.store.list_opt_responses("E1") == []

    run(go())


def test_modification_reaches_ven_and_is_answered() -> None:
    async def go() -> None:
        h = Harness()
        vens = await registered(h, ("a", {}))
        await create(h, event_id="E1")
        h.advance(timedelta(seconds=10))
        await h.settle(vens["a"])
        new = [signal("SIMPLE", "level", [(timedelta(hours=1), 3)])]
        out = await h.operator(h.vtn.modify_event("E1", now=h.now, store=h.store, signals=new, reason="more"))
        assert out.of(EventPublished)[0].modification_number == 1
        h.advance(timedelta(seconds=10))
        got = await h.settle(vens["a"])
        assert [(e.event_id, e.modification_number) for e in effects(got, EventReceived)] == [("E1", 1)]
        assert [r.modification_number for r in await h.store.list_opt_responses("E1")] == [1]
        record = await h.store.get_event("E1")
        assert record.modification_number == 1

    run(go())


def test_modification_retargets_and_old_target_sees_the_event_go() -> None:
    async def go() -> None:
        h = Harness()
        vens = await registered(h, ("a", {}), ("b", {}))
        await create(h, event_id="E1")
        h.advance(timedelta(seconds=10))
        await h.settle(vens["a"])
        out = await h.operator(h.vtn.modify_event("E1", now=h.now, store=h.store, target=target(ven_ids=["ID-b"])))
        assert out.of(EventPublished)[0].ven_ids == ("ID-a", "ID-b")
        h.advance(timedelta(seconds=10))
        a = await h.settle(vens["a"])
        b = await h.settle(vens["b"])
        assert effects(a, EventRemoved) == [EventRemoved("E1")]  # implicit cancellation
        assert effects(b, EventReceived)[0].modification_number == 1

    run(go())


def test_cancellation_reaches_ven() -> None:
    async def go() -> None:
        h = Harness()
        vens = await registered(h, ("a", {}))
        await create(h, event_id="E1")
        h.advance(timedelta(seconds=10))
        await h.settle(vens["a"])
        await h.operator(h.vtn.cancel_event("E1", now=h.now, store=h.store))
        h.advance(timedelta(seconds=10))
        got = await h.settle(vens["a"])
        received = effects(got, EventReceived)
        assert [(e.status, e.modification_number) for e in received] == [("cancelled", 1)]
        assert vens["a"].event_statuses(h.now) == {"E1": "cancelled"}
        assert await h.vtn.event_status("E1", now=h.now, store=h.store) == "cancelled"
        with pytest.raises(OperatorError):
            await h.vtn.cancel_event("E1", now=h.now, store=h.store)
        # once its window has passed, a cancelled event is no longer listed
        h.advance(timedelta(hours=4))
        out = await h.to_vtn(OadrRequestEvent(ei_request_event=EiRequestEvent(request_id="r", ven_id="ID-a"),
                                              schema_version="2.0b"))
        assert out.reply.oadr_event == []

    run(go())


def test_status_progression_by_the_clock() -> None:
    start, hour = T0 + timedelta(hours=2), timedelta(hours=1)

    def status(at: timedelta, **kw) -> str:
        return event_status(start=start, duration=hour, now=start + at, **kw).value

    ramp, recovery = timedelta(minutes=15), timedelta(minutes=30)
    assert status(-timedelta(minutes=16), ramp_up=ramp) == "far"
    assert status(-timedelta(minutes=15), ramp_up=ramp) == "near"
    assert status(timedelta(0), ramp_up=ramp) == "active"
    assert status(hour + timedelta(minutes=29), recovery=recovery) == "active"
    assert status(hour + recovery, recovery=recovery) == "completed"
    assert status(hour) == "completed"
    assert status(-timedelta(minutes=5)) == "far"
    assert status(-timedelta(minutes=5), near_window=timedelta(minutes=10)) == "near"
    assert event_status(start=start, duration=timedelta(0), now=start + 1000 * hour).value == "active"
    assert status(timedelta(0), cancelled=True) == "cancelled"


def test_distributed_status_and_current_value_follow_the_clock() -> None:
    async def go() -> None:
        h = Harness()
        vens = await registered(h, ("a", {}))
        await create(h, event_id="E1", ramp_up=timedelta(minutes=15), recovery=timedelta(minutes=30),
                     notification=timedelta(hours=1), start_after=timedelta(minutes=5))
        request = OadrRequestEvent(ei_request_event=EiRequestEvent(request_id="r", ven_id="ID-a"),
                                   schema_version="2.0b")
        seen = []
        for at in (timedelta(0), timedelta(hours=1, minutes=50), timedelta(hours=2, minutes=40),
                   timedelta(hours=3, minutes=10), timedelta(hours=3, minutes=31)):
            h.now = T0 + at
            reply = (await h.to_vtn(request)).reply
            assert isinstance(reply, OadrDistributeEvent) and reply.ei_response.request_id == "r"
            events = reply.oadr_event
            seen.append((events[0].ei_event.event_descriptor.event_status.value,
                         events[0].ei_event.ei_event_signals.ei_event_signal[0].current_value.payload_float.value)
                        if events else None)
        assert seen == [("far", Decimal(0)), ("near", Decimal(0)), ("active", Decimal(2)),
                        ("active", Decimal(0)), None]
        assert vens["a"].active_events(T0 + timedelta(hours=2)) == []  # the VEN saw nothing yet

    run(go())


def test_request_event_orders_active_first_and_honours_reply_limit() -> None:
    async def go() -> None:
        h = Harness()
        await registered(h, ("a", {}))
        await create(h, event_id="LATER", start=T0 + timedelta(hours=5))
        await create(h, event_id="SOON", start=T0 + timedelta(hours=1))
        await create(h, event_id="NOW", start=T0 - timedelta(minutes=5))
        request = OadrRequestEvent(ei_request_event=EiRequestEvent(request_id="r", ven_id="ID-a"),
                                   schema_version="2.0b")
        reply = (await h.to_vtn(request)).reply
        assert [e.ei_event.event_descriptor.event_id for e in reply.oadr_event] == ["NOW", "SOON", "LATER"]
        request.ei_request_event.reply_limit = 1
        reply = (await h.to_vtn(request)).reply
        assert [e.ei_event.event_descriptor.event_id for e in reply.oadr_event] == ["NOW"]

    run(go())


def test_ven_tracks_active_events_by_its_clock() -> None:
    async def go() -> None:
        h = Harness()
        vens = await registered(h, ("a", {}))
        await create(h, event_id="E1")
        h.advance(timedelta(seconds=10))
        await h.settle(vens["a"])
        assert vens["a"].active_events(T0 + timedelta(hours=2, minutes=1)) == ["E1"]
        assert vens["a"].event_statuses(T0 + timedelta(hours=3, minutes=1)) == {"E1": "completed"}

    run(go())


def created(ven_id: str, event_id: str, modification: int, opt: str = "optIn") -> OadrCreatedEvent:
    return OadrCreatedEvent(ei_created_event=EiCreatedEvent(
        ei_response=EiResponse(response_code="200", request_id="x"),
        event_responses=EventResponses(event_response=[EventResponse(
            response_code="200", request_id="x", qualified_event_id=QualifiedEventID(
                event_id=event_id, modification_number=modification), opt_type=OptType(opt))]),
        ven_id=ven_id), schema_version="2.0b")


def test_created_event_negative_cases() -> None:
    async def go() -> None:
        h = Harness()
        await registered(h, ("a", {}), ("b", {}))
        await create(h, event_id="E1")
        cases = {("ID-a", "NOPE", 0): "452", ("ID-b", "E1", 0): "462", ("ID-a", "E1", 5): "450",
                 ("ID-a", "E1", 0): "200"}
        for (ven_id, event_id, modification), code in cases.items():
            out = await h.to_vtn(created(ven_id, event_id, modification))
            assert out.reply.ei_response.response_code == code, (ven_id, event_id, modification)
        assert len(await h.store.list_opt_responses("E1")) == 1

    run(go())


def test_ven_refuses_distribution_from_another_vtn() -> None:
    h = Harness()
    ven = h.ven()
    ven.state.ven_id, ven.state.registration_id = "ID-a", "reg"
    message = OadrDistributeEvent(request_id="d1", vtn_id="OTHER", schema_version="2.0b")
    out = h.to_ven(ven, message)
    assert isinstance(out.reply, OadrCreatedEvent)
    assert out.reply.ei_created_event.ei_response.response_code == "452"
    assert out.of(Rejected)[0].code == 452


def test_operator_errors() -> None:
    async def go() -> None:
        h = Harness()
        with pytest.raises(OperatorError):
            await h.vtn.modify_event("missing", now=h.now, store=h.store)
        await create(h, event_id="E1")
        with pytest.raises(OperatorError):
            await create(h, event_id="E1")
        h.advance(timedelta(hours=5))
        with pytest.raises(OperatorError):  # completed
            await h.vtn.modify_event("E1", now=h.now, store=h.store)

    run(go())

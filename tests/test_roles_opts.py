"""EiOpt between the roles: opt schedules from the VEN (new, open-ended, on an event,
cancelled), opts the VTN sends, and the negative cases."""

from __future__ import annotations

from datetime import timedelta

from test_roles_support import T0, Harness, effects, run

from energyinterop.openadr import (
    OadrCanceledOpt,
    OadrCancelOpt,
    OadrCreatedOpt,
    openadr_codec,
)
from energyinterop.roles import signal, target
from energyinterop.roles.effects import OptCancelled, OptCreated
from energyinterop.store.base import OptSchedule

WINDOWS = [(T0 + timedelta(days=1), timedelta(hours=8)), (T0 + timedelta(days=2), timedelta(hours=8))]


async def registered(h: Harness, name: str = "a"):
    ven = h.ven(name)
    await h.settle(ven)
    return ven


def test_ven_creates_and_cancels_an_opt_schedule() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = await registered(h)
        create = ven.create_opt("optOut", "x-schedule", now=h.now, windows=WINDOWS,
                                market_context="http://market.example.com/dr")
        outcomes = await h.exchange(ven, create)
        assert isinstance(outcomes[0].reply, OadrCreatedOpt) and outcomes[0].reply.ei_response.response_code == "200"
        assert effects(outcomes, OptCreated)[0] == OptCreated(ven.ven_id, create.opt_id, "optOut", "ven", None)
        assert ven.state.opts[create.opt_id].acknowledged
        stored = await h.store.get_opt(create.opt_id)
        assert stored.created_by == "ven" and not stored.cancelled
        assert await h.store.list_opts(ven.ven_id) == [stored]
        assert openadr_codec().decode_message(stored.document) == create  # the stored document is the message
        outcomes = await h.exchange(ven, ven.cancel_opt(create.opt_id))
        assert isinstance(outcomes[0].reply, OadrCanceledOpt)
        assert (await h.store.get_opt(create.opt_id)).cancelled and ven.state.opts[create.opt_id].cancelled
        assert effects(outcomes, OptCancelled)[0].cancelled_by == "ven"

    run(go())


def test_open_ended_opt_on_an_event() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = await registered(h)
        await h.vtn.create_event(now=h.now, store=h.store, market_context="http://m", start=T0 + timedelta(hours=1),
                                 duration=timedelta(hours=1), event_id="E1",
                                 signals=[signal("SIMPLE", "level", [(timedelta(hours=1), 1)])],
                                 target=target(ven_ids=[ven.ven_id]))
        h.advance(timedelta(seconds=10))
        await h.settle(ven)
        create = ven.create_opt("optOut", "emergency", now=h.now, event_id="E1")
        assert create.vavailability is None and create.qualified_event_id.event_id == "E1"
        outcomes = await h.exchange(ven, create)
        assert effects(outcomes, OptCreated)[0].event_id == "E1"
        assert (await h.store.get_opt(create.opt_id)).event_id == "E1"

    run(go())


def test_opt_negative_cases() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        a = await registered(h, "a")
        b = await registered(h, "b")
        bad_event = a.create_opt("optIn", "economic", now=h.now, event_id="NOPE")
        assert (await h.to_vtn(bad_event)).reply.ei_response.response_code == "452"
        unknown = await h.to_vtn(OadrCancelOpt(request_id="r", opt_id="NOPE", ven_id=a.ven_id, schema_version="2.0b"))
        assert isinstance(unknown.reply, OadrCanceledOpt) and unknown.reply.ei_response.response_code == "452"
        mine = a.create_opt("optIn", "economic", now=h.now, windows=WINDOWS[:1])
        await h.exchange(a, mine)
        theirs = await h.to_vtn(OadrCancelOpt(request_id="r", opt_id=mine.opt_id, ven_id=b.ven_id,
                                              schema_version="2.0b"))
        assert theirs.reply.ei_response.response_code == "452"
        stolen = b.create_opt("optIn", "economic", now=h.now)
        stolen.opt_id = mine.opt_id
        assert (await h.to_vtn(stolen)).reply.ei_response.response_code == "452"
        unregistered = a.create_opt("optIn", "economic", now=h.now)
        unregistered.ven_id = "SOMEONE"
        reply = (await h.to_vtn(unregistered)).reply
        assert reply.ei_response.response_code == "452" and reply.opt_id == unregistered.opt_id

    run(go())


def test_vtn_creates_and_cancels_an_opt() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = await registered(h)
        out = await h.operator(h.vtn.create_opt(ven.ven_id, now=h.now, store=h.store, opt_type="optIn",
                                                opt_reason="participating", windows=WINDOWS))
        opt_id = out.of(OptCreated)[0].opt_id
        h.advance(timedelta(seconds=10))
        await h.settle(ven)
        assert ("vtn->ven", "OadrCreateOpt") in h.log and ("ven->vtn", "OadrCreatedOpt") in h.log
        assert ven.state.opts[opt_id].created_by == "vtn"
        stored = await h.store.get_opt(opt_id)
        assert stored == OptSchedule(opt_id, ven.ven_id, "vtn", stored.document, created_at=T0)
        await h.operator(h.vtn.cancel_opt(opt_id, now=h.now, store=h.store))
        h.advance(timedelta(seconds=10))
        await h.settle(ven)
        assert ven.state.opts[opt_id].cancelled and (await h.store.get_opt(opt_id)).cancelled

    run(go())

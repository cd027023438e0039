"""OadrPoll and the plumbing around it: queued messages in order then oadrResponse, the
exact bytes delivered, documents the codec refuses, and the VEN's persisted state."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from test_roles_support import T0, Harness, run, wire

from energyinterop.openadr import (
    OadrDistributeEvent,
    OadrPoll,
    OadrResponse,
    openadr_codec,
)
from energyinterop.roles import Ven, service_of, signal, target
from energyinterop.roles.effects import MessageDelivered, MessageQueued, Rejected
from energyinterop.roles.ven_state import VenState
from energyinterop.store.base import VenRecord


def poll(ven_id: str) -> OadrPoll:
    return OadrPoll(ven_id=ven_id, schema_version="2.0b")


def test_poll_returns_queued_messages_in_order_then_response() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven()
        await h.settle(ven)
        queued = []
        for event_id in ("E1", "E2"):
            out = await h.vtn.create_event(now=h.now, store=h.store, market_context="http://m",
                                           start=T0 + timedelta(hours=1), duration=timedelta(hours=1),
                                           signals=[signal("SIMPLE", "level", [(timedelta(hours=1), 1)])],
                                           target=target(ven_ids=[ven.ven_id]), event_id=event_id)
            queued += out.of(MessageQueued)
        out = await h.vtn.request_reregistration(ven.ven_id, now=h.now, store=h.store)
        queued += out.of(MessageQueued)
        assert [q.sequence for q in queued] == sorted(q.sequence for q in queued)
        replies = []
        for _ in range(4):
            out = await h.to_vtn(poll(ven.ven_id))
            replies.append(out)
        names = [type(o.reply).__name__ for o in replies]
        assert names == ["OadrDistributeEvent", "OadrDistributeEvent", "OadrRequestReregistration", "OadrResponse"]
        # every distribution lists all current events: the second one has both
        assert [len(o.reply.oadr_event) for o in replies[:2]] == [1, 2]
        assert [o.of(MessageDelivered)[0].sequence for o in replies[:3]] == [q.sequence for q in queued]
        for o, q in zip(replies, queued):
            assert o.reply_document == openadr_codec().encode_message(q.message)
        assert replies[3].reply.ei_response.response_code == "200" and replies[3].reply_document is None
        assert await h.store.pending(ven.ven_id) == 0

    run(go())


def test_ven_polls_again_while_messages_keep_coming() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven()
        await h.settle(ven)
        for n in range(3):
            await h.vtn.create_event(now=h.now, store=h.store, market_context="http://m",
                                     start=T0 + timedelta(hours=1 + n), duration=timedelta(hours=1),
                                     signals=[signal("SIMPLE", "level", [(timedelta(hours=1), 1)])],
                                     target=target(ven_ids=[ven.ven_id]))
        h.advance(timedelta(seconds=10))
        await h.settle(ven)  # one poll frequency: the VEN drains the whole queue
        assert await h.store.pending(ven.ven_id) == 0 and len(ven.state.events) == 3
        assert [n for d, n in h.log if d == "ven->vtn"].count("OadrPoll") >= 4

    run(go())


def test_documents_the_codec_refuses_get_its_code() -> None:
    async def go() -> None:
        h = Harness()
        for data, code in ((b"not xml", "400"), (b"<oadrPayload/>", "453")):
            out = await h.vtn.handle_document(data, now=h.now, store=h.store)
            h.check(out)
            assert isinstance(out.reply, OadrResponse), data
            assert out.of(Rejected)
        valid_but_wrong = openadr_codec().encode_message(poll("x")).replace(b"<ei:venID>x</ei:venID>", b"")
        out = await h.vtn.handle_document(valid_but_wrong, now=h.now, store=h.store)
        assert out.reply.ei_response.response_code == "454"
        good = await h.vtn.handle_document(openadr_codec().encode_message(poll("x")), now=h.now, store=h.store)
        assert good.reply.ei_response.response_code == "452"

    run(go())


def test_vtn_answers_messages_it_does_not_handle_with_453() -> None:
    async def go() -> None:
        h = Harness()
        out = await h.to_vtn(OadrDistributeEvent(request_id="d", vtn_id="X", schema_version="2.0b"))
        assert isinstance(out.reply, OadrResponse) and out.reply.ei_response.response_code == "453"

    run(go())


def test_ven_state_survives_a_restart() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True, "requested_reports": ("TELEMETRY_USAGE",)})
        from test_roles_reports import metadata

        ven = h.ven(reports=(metadata(),))
        await h.settle(ven)
        await h.vtn.create_event(now=h.now, store=h.store, market_context="http://m", start=T0 + timedelta(hours=1),
                                 duration=timedelta(hours=1), ramp_up=timedelta(minutes=5),
                                 signals=[signal("SIMPLE", "level", [(timedelta(hours=1), 1)])],
                                 target=target(ven_ids=[ven.ven_id]), event_id="E1")
        h.advance(timedelta(seconds=10))
        await h.settle(ven)
        data = ven.to_bytes()
        restored = Ven.from_bytes(ven.config, data)
        assert restored.state == ven.state and restored.to_bytes() == data
        assert restored.registered and restored.registration_id == ven.registration_id
        assert list(restored.state.reports) == list(ven.state.reports)
        assert restored.state.events["E1"].ramp_up == timedelta(minutes=5)
        # the restored VEN carries on: no new registration, just polls
        h.advance(timedelta(seconds=10))
        assert isinstance(restored.next_request(h.now), OadrPoll)
        assert VenState.from_bytes(VenState().to_bytes()) == VenState()

    run(go())


def test_service_of_every_message() -> None:
    assert service_of(poll("x")) == "OadrPoll"
    assert service_of(OadrResponse(ei_response=None)) == "EiEvent"  # type: ignore[arg-type]


GOLDEN = sorted((Path(__file__).parent / "data" / "golden" / "openadr").glob("*.xml"))


def test_every_golden_message_gets_a_valid_answer_from_both_roles() -> None:
    """No message escapes as an exception: each one is answered (or deliberately not) with
    schema-valid replies, by a VTN that knows the golden VEN and by that VEN itself."""
    async def go() -> None:
        h = Harness()
        await h.store.put_ven(VenRecord(ven_id="0000ven042", ven_name="golden", registration_id="REG-0099"))
        ven = h.ven("golden")
        ven.state = VenState(ven_id="0000ven042", registration_id="REG-0099", vtn_id="VTN-SCE-001")
        ven.config = type(ven.config)(ven_name="golden", vtn_id="VTN-SCE-001", ids=ven.config.ids)
        for path in GOLDEN:
            data = path.read_bytes()
            out = await h.vtn.handle_document(data, now=h.now, store=h.store)
            h.check(out)
            # only the VEN's oadrResponse (an acknowledgement) gets no answer
            assert (out.reply is None) == (path.stem == "oadrResponse"), path.name
            seen = ven.handle(openadr_codec().decode_message(data), now=h.now)
            if seen.reply is not None:
                wire(seen.reply)

    run(go())

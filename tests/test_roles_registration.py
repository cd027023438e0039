"""EiRegisterParty between the roles: happy path, pre-allocated venID, cancel from either
side, reregistration and the negative cases of the 2.0b certification themes."""

from __future__ import annotations

from datetime import timedelta

from test_roles_support import Harness, effects, run

from energyinterop.openadr import (
    EiRequestEvent,
    OadrCanceledPartyRegistration,
    OadrCreatedPartyRegistration,
    OadrPoll,
    OadrQueryRegistration,
    OadrRegisterReport,
    OadrRequestEvent,
    OadrResponse,
)
from energyinterop.roles.effects import (
    Registered,
    RegistrationCancelled,
    RegistrationLost,
    Rejected,
    VenRegistered,
)


def test_happy_path_auto_accept() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True, "poll_frequency": timedelta(seconds=30)})
        ven = h.ven()
        outcomes = await h.settle(ven)
        assert ven.registered and ven.ven_id == "vtn-ven-1" and ven.registration_id == "vtn-registration-1"
        assert ven.poll_frequency == timedelta(seconds=30)
        assert effects(outcomes, VenRegistered)[0].new_ven
        assert effects(outcomes, Registered)[0].vtn_id == "VTN-1"
        record = await h.store.get_ven("vtn-ven-1")
        assert record.registration_id == "vtn-registration-1" and record.ven_name == "ven-a"
        sent = [name for direction, name in h.log if direction == "ven->vtn"]
        assert sent[:5] == ["OadrQueryRegistration", "OadrCreatePartyRegistration", "OadrRegisterReport",
                            "OadrRequestEvent", "OadrPoll"]
        # the VTN's own oadrRegisterReport comes through the poll and is acknowledged
        assert ("vtn->ven", "OadrRegisterReport") in h.log and ("ven->vtn", "OadrRegisteredReport") in h.log
        assert await h.store.pending("vtn-ven-1") == 0
        assert ven.next_request(h.now) is None  # idle until the poll frequency elapses
        h.advance(timedelta(seconds=30))
        assert isinstance(ven.next_request(h.now), OadrPoll)

    run(go())


def test_query_registration_reports_vtn_info() -> None:
    async def go() -> None:
        h = Harness({"poll_frequency": timedelta(seconds=15)})
        out = await h.to_vtn(OadrQueryRegistration(request_id="q1", schema_version="2.0b"))
        reply = out.reply
        assert isinstance(reply, OadrCreatedPartyRegistration)
        assert reply.ei_response.response_code == "200" and reply.ei_response.request_id == "q1"
        assert reply.vtn_id == "VTN-1" and reply.ven_id is None and reply.registration_id is None
        assert reply.oadr_profiles.oadr_profile[0].oadr_profile_name.value == "2.0b"
        assert reply.oadr_requested_oadr_poll_freq.duration == timedelta(seconds=15)

    run(go())


def test_query_while_registered_returns_ids_for_known_certificate() -> None:
    async def go() -> None:
        h = Harness()
        await h.provision("VEN-7", "ven-a", fingerprint="fp:7")
        ven = h.ven()
        await h.settle(ven, fingerprint="fp:7")
        assert ven.ven_id == "VEN-7"
        out = await h.to_vtn(OadrQueryRegistration(request_id="q2", schema_version="2.0b"), fingerprint="fp:7")
        assert out.reply.ven_id == "VEN-7" and out.reply.registration_id == ven.registration_id

    run(go())


def test_unknown_ven_refused_without_auto_accept() -> None:
    async def go() -> None:
        h = Harness()
        ven = h.ven()
        outcomes = await h.settle(ven)
        assert not ven.registered and ven.state.stopped
        rejected = effects(outcomes, Rejected)
        assert rejected[0].code == 463
        assert effects(outcomes, RegistrationLost)[0].code == 463
        assert await h.store.list_vens() == []

    run(go())


def test_pre_allocated_ven_id() -> None:
    async def go() -> None:
        h = Harness()
        await h.provision("PRE-0001", "provisioned-name")
        ven = h.ven("ven-b", ven_id="PRE-0001")
        outcomes = await h.settle(ven)
        assert ven.registered and ven.ven_id == "PRE-0001"
        registered = effects(outcomes, VenRegistered)[0]
        assert registered.ven_id == "PRE-0001" and not registered.new_ven
        assert (await h.store.get_ven("PRE-0001")).registration_id == ven.registration_id

    run(go())


def test_provisioned_by_name() -> None:
    async def go() -> None:
        h = Harness()
        await h.provision("PRE-0002", "ven-a")
        ven = h.ven()
        await h.settle(ven)
        assert ven.ven_id == "PRE-0002"

    run(go())


def test_pre_allocated_ven_id_is_case_sensitive() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        await h.provision("PRE-abc", "ven-x")
        ven = h.ven("ven-x", ven_id="PRE-ABC")
        outcomes = await h.settle(ven)
        assert not ven.registered
        assert effects(outcomes, Rejected)[0].code == 452

    run(go())


def test_payload_with_wrong_case_ven_id_gets_452() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven()
        await h.settle(ven)
        out = await h.to_vtn(OadrPoll(ven_id=ven.ven_id.upper(), schema_version="2.0b"))
        assert isinstance(out.reply, OadrResponse) and out.reply.ei_response.response_code == "452"
        out = await h.to_vtn(OadrRequestEvent(ei_request_event=EiRequestEvent(
            request_id="r1", ven_id=ven.ven_id.upper()), schema_version="2.0b"))
        assert out.reply.ei_response.response_code == "452" and out.reply.ei_response.request_id == "r1"

    run(go())


def test_unknown_and_unregistered_payloads() -> None:
    async def go() -> None:
        h = Harness()
        await h.provision("VEN-9", "ven-9")  # known, never registered
        unknown = await h.to_vtn(OadrPoll(ven_id="NOPE", schema_version="2.0b"))
        assert unknown.reply.ei_response.response_code == "452"
        unregistered = await h.to_vtn(OadrPoll(ven_id="VEN-9", schema_version="2.0b"))
        assert unregistered.reply.ei_response.response_code == "463"
        report = await h.to_vtn(OadrRegisterReport(request_id="rr", ven_id="VEN-9", schema_version="2.0b"))
        assert type(report.reply).__name__ == "OadrRegisteredReport"
        assert report.reply.ei_response.response_code == "463"
        assert report.of(Rejected)[0].code == 463

    run(go())


def test_certificate_bound_to_another_ven() -> None:
    async def go() -> None:
        h = Harness()
        await h.provision("VEN-A", "a", fingerprint="fp:a")
        await h.provision("VEN-B", "b", fingerprint="fp:b")
        ven = h.ven("a")
        await h.settle(ven, fingerprint="fp:a")
        out = await h.to_vtn(OadrPoll(ven_id="VEN-A", schema_version="2.0b"), fingerprint="fp:b")
        # Authenticated, but not as the VEN it claims to be: not authorised.
        assert out.reply.ei_response.response_code == "463"

    run(go())


def test_cancel_from_ven() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven()
        await h.settle(ven)
        registration_id = ven.registration_id
        outcomes = await h.exchange(ven, ven.cancel_registration())
        reply = outcomes[0].reply
        assert isinstance(reply, OadrCanceledPartyRegistration) and reply.registration_id == registration_id
        assert effects(outcomes, RegistrationCancelled)[0].by == "ven"
        assert not ven.registered and ven.state.stopped and ven.next_request(h.now) is None
        assert (await h.store.get_ven("vtn-ven-1")).registration_id is None
        after = await h.to_vtn(OadrPoll(ven_id="vtn-ven-1", schema_version="2.0b"))
        assert after.reply.ei_response.response_code == "463"
        # registering again keeps the venID, with a new registration
        ven.register_again()
        await h.settle(ven)
        assert ven.ven_id == "vtn-ven-1" and ven.registration_id not in (None, registration_id)

    run(go())


def test_cancel_with_wrong_registration_id() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven()
        await h.settle(ven)
        cancel = ven.cancel_registration()
        cancel.registration_id = "not-mine"
        out = await h.to_vtn(cancel)
        assert isinstance(out.reply, OadrCanceledPartyRegistration)
        assert out.reply.ei_response.response_code == "452"
        assert (await h.store.get_ven(ven.ven_id)).registration_id == ven.registration_id

    run(go())


def test_cancel_from_vtn_reaches_ven_through_poll() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven()
        await h.settle(ven)
        out = await h.operator(h.vtn.cancel_registration(ven.ven_id, now=h.now, store=h.store))
        assert out.of(RegistrationCancelled)[0].by == "vtn"
        h.advance(timedelta(seconds=10))
        outcomes = await h.settle(ven)
        assert ("vtn->ven", "OadrCancelPartyRegistration") in h.log
        assert ("ven->vtn", "OadrCanceledPartyRegistration") in h.log
        assert effects(outcomes, RegistrationLost)[0].reason == "cancelled by the VTN"
        assert not ven.registered and ven.state.stopped
        poll = await h.to_vtn(OadrPoll(ven_id=ven.ven_id, schema_version="2.0b"))
        assert poll.reply.ei_response.response_code == "463"

    run(go())


def test_reregistration_requested_by_vtn() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven()
        await h.settle(ven)
        first = ven.registration_id
        await h.operator(h.vtn.request_reregistration(ven.ven_id, now=h.now, store=h.store))
        h.advance(timedelta(seconds=10))
        outcomes = await h.settle(ven)
        assert ("vtn->ven", "OadrRequestReregistration") in h.log
        registered = effects(outcomes, VenRegistered)
        assert registered and registered[0].reregistration
        # the VEN named its registration, so it keeps it
        assert ven.registered and ven.registration_id == first and ven.ven_id == "vtn-ven-1"

    run(go())


def test_new_registration_while_registered_replaces_it() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven()
        await h.settle(ven)
        first = ven.registration_id
        request = ven._create_party_registration()
        request.registration_id = None  # a fresh registration, not a renewal
        outcomes = await h.exchange(ven, request)
        assert outcomes[0].reply.ei_response.response_code == "200"
        assert ven.registration_id != first and ven.ven_id == "vtn-ven-1"
        assert (await h.store.get_ven("vtn-ven-1")).registration_id == ven.registration_id

    run(go())


def test_unsupported_profile_is_a_compliance_error() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven(profile="2.0a")
        outcomes = await h.settle(ven)
        assert effects(outcomes, Rejected)[0].code == 459 and not ven.registered

    run(go())


def test_ven_refuses_another_vtn() -> None:
    async def go() -> None:
        h = Harness({"auto_accept": True})
        ven = h.ven(vtn_id="SOME-OTHER-VTN")
        request = ven.next_request(h.now)
        out = await h.to_vtn(request)
        seen = h.to_ven(ven, out.reply)
        assert seen.of(Rejected)[0].code == 452 and seen.reply is None
        assert not ven.state.queried

    run(go())

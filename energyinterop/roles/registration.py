"""EiRegisterParty on the VTN: query, create, cancel, and VTN-initiated cancel / reregistration."""

from __future__ import annotations

from dataclasses import replace

from energyinterop.openadr import (
    DurationProp,
    OadrCanceledPartyRegistration,
    OadrCancelPartyRegistration,
    OadrCreatedPartyRegistration,
    OadrCreatePartyRegistration,
    OadrQueryRegistration,
    OadrRegisterReport,
    OadrRequestReregistration,
)
from energyinterop.roles.context import VtnContext, authorized_ven, same_fingerprint
from energyinterop.roles.effects import (
    Outcome,
    RegistrationCancelled,
    ReregistrationRequested,
    ResponseReceived,
    VenRegistered,
)
from energyinterop.roles.errors import Code, OperatorError, ProtocolError
from energyinterop.roles.messages import (
    SCHEMA_VERSION,
    ei_response,
    oadr_response,
    profiles,
)
from energyinterop.roles.poll import drain, enqueue
from energyinterop.store.base import VenRecord


def _created(ctx: VtnContext, request_id: str, ven: VenRecord | None) -> OadrCreatedPartyRegistration:
    cfg = ctx.config
    return OadrCreatedPartyRegistration(
        ei_response=ei_response(request_id),
        registration_id=ven.registration_id if ven else None,
        ven_id=ven.ven_id if ven else None,
        vtn_id=cfg.vtn_id,
        oadr_profiles=profiles(cfg.profile, cfg.transports),
        oadr_requested_oadr_poll_freq=DurationProp(duration=cfg.poll_frequency),
        schema_version=SCHEMA_VERSION,
    )


async def query_registration(ctx: VtnContext, message: OadrQueryRegistration) -> Outcome:
    """Answer with the VTN's profiles and poll frequency; a VEN the certificate identifies
    and that is registered also gets its venID and registrationID back."""
    ven = await ctx.store.find_ven_by_fingerprint(ctx.fingerprint) if ctx.fingerprint else None
    return Outcome(_created(ctx, message.request_id, ven if ven and ven.registration_id else None))


async def _identify(ctx: VtnContext, message: OadrCreatePartyRegistration) -> tuple[VenRecord, bool]:
    """The VEN record a registration request is for, and whether it was created now."""
    store = ctx.store
    if message.ven_id is not None:
        named = await authorized_ven(ctx, message.ven_id, registered=False, binding=True)
        if message.registration_id is not None and message.registration_id != named.registration_id:
            raise ProtocolError(Code.INVALID_ID, "registrationID does not match the venID")
        return named, False
    ven: VenRecord | None = None
    if message.registration_id is not None:
        ven = await store.find_ven_by_registration(message.registration_id)
        if ven is None:
            raise ProtocolError(Code.INVALID_ID, "unknown registrationID")
    if ven is None and ctx.fingerprint:
        ven = await store.find_ven_by_fingerprint(ctx.fingerprint)
    if ven is None and message.oadr_ven_name:
        ven = await store.find_ven_by_name(message.oadr_ven_name)
    if ven is not None:
        if ctx.fingerprint and ven.fingerprint and not same_fingerprint(ven.fingerprint, ctx.fingerprint):
            raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED, "the certificate is not the one registered")
        if ctx.fingerprint and ven.fingerprint is None and await store.find_ven_by_fingerprint(ctx.fingerprint):
            raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED, "the certificate is registered for another VEN")
        return ven, False
    if not ctx.config.auto_accept:
        raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED, "VEN not provisioned on this VTN")
    ven_id = ctx.new_id("ven")
    return VenRecord(ven_id=ven_id, ven_name=message.oadr_ven_name or ven_id, created_at=ctx.now), True


async def create_party_registration(ctx: VtnContext, message: OadrCreatePartyRegistration) -> Outcome:
    cfg = ctx.config
    if message.oadr_profile_name.value != cfg.profile:
        raise ProtocolError(Code.COMPLIANCE_ERROR, f"profile {message.oadr_profile_name.value} not supported")
    if message.oadr_transport_name.value not in cfg.transports:
        raise ProtocolError(Code.COMPLIANCE_ERROR, f"transport {message.oadr_transport_name.value} not supported")
    pull = message.oadr_http_pull_model is not False  # absent: pull, the only model needing no address
    if not pull and not message.oadr_transport_address:
        raise ProtocolError(Code.INVALID_DATA, "push model without oadrTransportAddress")
    ven, new = await _identify(ctx, message)
    was_registered = ven.registration_id is not None
    # A registration that names its current registrationID keeps it; any other starts anew.
    keep = was_registered and message.registration_id == ven.registration_id
    registration_id = ven.registration_id if keep and ven.registration_id else ctx.new_id("registration")
    ven = replace(
        ven,
        registration_id=registration_id,
        fingerprint=ven.fingerprint or ctx.fingerprint,
        transport_name=message.oadr_transport_name.value,
        transport_address=message.oadr_transport_address,
        http_pull_model=pull,
        report_only=message.oadr_report_only,
        xml_signature=message.oadr_xml_signature,
        profile=message.oadr_profile_name.value,
        poll_frequency=cfg.poll_frequency,
        created_at=ven.created_at or ctx.now,
    )
    await ctx.store.put_ven(ven)
    effects: list = [VenRegistered(ven.ven_id, registration_id, ven.ven_name, new, was_registered)]
    if cfg.register_reports_after_registration:
        # The profile has the VTN register its own reports (METADATA) with every new VEN.
        effects.append(await enqueue(ctx, ven.ven_id, OadrRegisterReport(
            request_id=ctx.new_id("request"), oadr_report=list(cfg.reports), ven_id=ven.ven_id,
            schema_version=SCHEMA_VERSION)))
    return Outcome(_created(ctx, message.request_id, ven), tuple(effects))


async def cancel_party_registration(ctx: VtnContext, message: OadrCancelPartyRegistration) -> Outcome:
    """The VEN ends its registration: forget it, and drop what was queued for it."""
    ven = await authorized_ven(ctx, message.ven_id)
    if message.registration_id != ven.registration_id:
        raise ProtocolError(Code.INVALID_ID, "registrationID does not match the venID")
    await ctx.store.put_ven(replace(ven, registration_id=None))
    await drain(ctx, ven.ven_id)
    reply = OadrCanceledPartyRegistration(ei_response=ei_response(message.request_id),
                                          registration_id=message.registration_id, ven_id=ven.ven_id,
                                          schema_version=SCHEMA_VERSION)
    return Outcome(reply, (RegistrationCancelled(ven.ven_id, message.registration_id, "ven"),))


async def canceled_party_registration(ctx: VtnContext, message: OadrCanceledPartyRegistration) -> Outcome:
    """The VEN acknowledges a VTN-initiated cancellation (it is no longer registered)."""
    ven = await authorized_ven(ctx, message.ven_id, registered=False)
    effect = ResponseReceived(ven.ven_id, message.ei_response.response_code, message.ei_response.request_id)
    return Outcome(oadr_response(message.ei_response.request_id, ven.ven_id), (effect,))


async def cancel_registration(ctx: VtnContext, ven_id: str) -> Outcome:
    """Operator: end a VEN's registration. It takes effect now; the VEN hears of it
    through its queue (the only message left there), and may poll once to collect it."""
    ven = await ctx.store.get_ven(ven_id)
    if ven is None or ven.registration_id is None:
        raise OperatorError(f"VEN {ven_id!r} is not registered")
    await drain(ctx, ven_id)
    message = OadrCancelPartyRegistration(request_id=ctx.new_id("request"), registration_id=ven.registration_id,
                                          ven_id=ven_id, schema_version=SCHEMA_VERSION)
    queued = await enqueue(ctx, ven_id, message)
    await ctx.store.put_ven(replace(ven, registration_id=None))
    return Outcome(None, (queued, RegistrationCancelled(ven_id, ven.registration_id, "vtn")))


async def request_reregistration(ctx: VtnContext, ven_id: str) -> Outcome:
    """Operator: ask a VEN to register again (it answers oadrResponse, then registers)."""
    ven = await ctx.store.get_ven(ven_id)
    if ven is None or ven.registration_id is None:
        raise OperatorError(f"VEN {ven_id!r} is not registered")
    queued = await enqueue(ctx, ven_id, OadrRequestReregistration(ven_id=ven_id, schema_version=SCHEMA_VERSION))
    return Outcome(None, (queued, ReregistrationRequested(ven_id)))

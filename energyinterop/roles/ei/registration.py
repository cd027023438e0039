"""EiRegisterParty on the VTN: a party registers, cancels its registration, or asks about it.

Parties are the store's VenRecords (``ven_id`` is the partyID); the VTN is the registrar.
"""

from __future__ import annotations

from dataclasses import replace

from energyinterop.ei import (
    EiCanceledPartyRegistration,
    EiCancelPartyRegistration,
    EiCreatedPartyRegistration,
    EiCreatePartyRegistration,
    EiRegistration,
    EiRegistrationInfo,
    EiReplyPartyRegistration,
    EiRequestPartyRegistration,
    EiResponse,
    RegistrationID,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    ei_response,
    item_response,
    only_self,
    responses,
    summary,
)
from energyinterop.roles.ei.effects import Recorded
from energyinterop.roles.errors import Code, ProtocolError
from energyinterop.store.base import VenRecord


def _created(p: EiCreatePartyRegistration, response: EiResponse, vtn_id: str) -> EiCreatedPartyRegistration:
    return EiCreatedPartyRegistration(ei_response=response, registree_party_id=p.registree_party_id,
                                      registrar_party_id=vtn_id)


async def create(ctx: EiContext, p: EiCreatePartyRegistration) -> Outcome:
    """Register the party. A registered party registering again keeps its registrationID
    (registration is idempotent); an unknown one is created only with auto-accept."""
    party = await ctx.store.get_ven(p.registree_party_id)
    if party is None:
        if not ctx.config.auto_accept:
            raise ProtocolError(Code.INVALID_ID, f"party {p.registree_party_id!r} is not provisioned on this VTN")
        party = VenRecord(ven_id=p.registree_party_id, ven_name=p.registree_party_id, created_at=ctx.now)
    registration_id = party.registration_id or ctx.new_id("registration")
    await ctx.store.put_ven(replace(party, registration_id=registration_id))
    reply = replace(_created(p, ei_response(p.request_id, now=ctx.now), ctx.vtn_id), registration_id=registration_id)
    return Outcome(reply, (Recorded("EiRegisterParty", "created", party.ven_id, (registration_id,)),))


def _canceled(p: EiCancelPartyRegistration, response: EiResponse, vtn_id: str) -> EiCanceledPartyRegistration:
    return EiCanceledPartyRegistration(ei_response=response, registree_party_id=p.registree_party_id,
                                       registrar_party_id=vtn_id, responding_party_id=vtn_id)


async def cancel(ctx: EiContext, p: EiCancelPartyRegistration) -> Outcome:
    if p.registrar_party_id != ctx.vtn_id:
        raise ProtocolError(Code.INVALID_ID, f"registrarPartyID {p.registrar_party_id!r} is not this VTN")
    party = await ctx.store.get_ven(ctx.party_id)
    assert party is not None  # authorized by the dispatcher
    items = [item_response(RegistrationID(value=r)) if r == party.registration_id
             else item_response(RegistrationID(value=r), Code.INVALID_ID, "not this party's registration")
             for r in p.registration_id]
    cancelled = tuple(r for r in p.registration_id if r == party.registration_id)
    if cancelled:
        await ctx.store.put_ven(replace(party, registration_id=None))
    reply = replace(_canceled(p, summary(p.request_id, items, ctx.now), ctx.vtn_id), responses=responses(items))
    return Outcome(reply, (Recorded("EiRegisterParty", "cancelled", party.ven_id, cancelled),) if cancelled else ())


def _reply(p: EiRequestPartyRegistration, response: EiResponse, vtn_id: str) -> EiReplyPartyRegistration:
    return EiReplyPartyRegistration(ei_response=response)


async def request(ctx: EiContext, p: EiRequestPartyRegistration) -> Outcome:
    """A party reads its own registration (an unregistered one gets an empty list)."""
    only_self(ctx, p.registree_party_id, "registrations")
    party = await ctx.store.get_ven(ctx.party_id)
    current = party.registration_id if party is not None else None
    mine = current is not None and (p.registrar_party_id in (None, ctx.vtn_id)) and (
        not p.registration_id or current in p.registration_id)
    items = [item_response(RegistrationID(value=r), Code.INVALID_ID, "unknown registrationID")
             for r in p.registration_id if r != current]
    registrations = [EiRegistration(registree_party_id=[ctx.party_id], registrar_party_id=ctx.vtn_id,
                                    ei_registration_info=EiRegistrationInfo())] if mine else []
    reply = EiReplyPartyRegistration(ei_response=ei_response(p.request_id, now=ctx.now), responses=responses(items),
                                     ei_registration=registrations)
    return Outcome(reply)


OPERATIONS: dict[type, Operation] = {
    EiCreatePartyRegistration: Operation(create, lambda p: (p.registree_party_id,), _created, by_request_id,
                                         requires="nothing"),
    EiCancelPartyRegistration: Operation(cancel, lambda p: (p.registree_party_id,), _canceled, by_request_id),
    EiRequestPartyRegistration: Operation(request, lambda p: (p.requestor_party_id,), _reply, by_request_id,
                                          requires="known"),
}

"""EiAvail on the VTN: a VEN states when its resources are available (or not) to a
market context it trades in; it cancels and reads its availability.

``eiCreateAvail`` and ``eiCancelAvail`` have no requestID (EI payload choice 18): the availID
identifies a repeated request and is the refID of the answer.
"""

from __future__ import annotations

from energyinterop.ei import (
    AvailID,
    EiCancelAvail,
    EiCanceledAvail,
    EiCreateAvail,
    EiCreatedAvail,
    EiReplyAvail,
    EiRequestAvail,
    EiResponse,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    ei_response,
    only_self,
)
from energyinterop.roles.ei.documents import Collection
from energyinterop.roles.ei.effects import Recorded
from energyinterop.roles.errors import Code, ProtocolError


def _avails(ctx: EiContext) -> Collection:
    return Collection(ctx.store, "avail")


def _created(p: EiCreateAvail, response: EiResponse, vtn_id: str) -> EiCreatedAvail:
    return EiCreatedAvail(ei_response=response, avail_id=p.ei_avail.avail_id)


async def create(ctx: EiContext, p: EiCreateAvail) -> Outcome:
    avail = p.ei_avail
    ctx.market(avail.market_context)  # 453 unless the VTN hosts the context
    avails = _avails(ctx)
    existing = await avails.get(avail.avail_id)
    if existing is not None and not existing.cancelled:
        raise ProtocolError(Code.INVALID_ID, f"availID {avail.avail_id!r} is in use")
    await avails.put(avail.avail_id, ctx.party_id, avail)
    reply = _created(p, ei_response(AvailID(value=avail.avail_id), now=ctx.now), ctx.vtn_id)
    return Outcome(reply, (Recorded("EiAvail", "created", ctx.party_id, (avail.avail_id,)),))


def _canceled(p: EiCancelAvail, response: EiResponse, vtn_id: str) -> EiCanceledAvail:
    return EiCanceledAvail(ei_response=response, avail_id=p.avail_id)


async def cancel(ctx: EiContext, p: EiCancelAvail) -> Outcome:
    avails = _avails(ctx)
    stored = await avails.owned(p.avail_id, ctx.party_id)
    if stored is None:
        raise ProtocolError(Code.INVALID_ID, f"unknown availID {p.avail_id!r}")
    await avails.cancel(stored)
    reply = _canceled(p, ei_response(AvailID(value=p.avail_id), now=ctx.now), ctx.vtn_id)
    return Outcome(reply, (Recorded("EiAvail", "cancelled", ctx.party_id, (p.avail_id,)),))


def _reply(p: EiRequestAvail, response: EiResponse, vtn_id: str) -> EiReplyAvail:
    return EiReplyAvail(ei_response=response, ven_id=p.ven_id or p.requestor_party_id, vtn_id=vtn_id)


async def request(ctx: EiContext, p: EiRequestAvail) -> Outcome:
    """The requestor's live availability (those named, when any)."""
    only_self(ctx, p.ven_id, "availability")
    found = [s.obj for s in await _avails(ctx).all(owner=ctx.party_id)
             if not p.avail_id or s.key in p.avail_id]
    return Outcome(EiReplyAvail(ei_response=ei_response(p.request_id, now=ctx.now), ven_id=ctx.party_id,
                              vtn_id=ctx.vtn_id, ei_avail=found))


OPERATIONS: dict[type, Operation] = {
    EiCreateAvail: Operation(create, lambda p: tuple(p.ei_avail.ven_id), _created, lambda p: p.ei_avail.avail_id),
    EiCancelAvail: Operation(cancel, lambda p: (p.ven_id,), _canceled, lambda p: p.avail_id),
    EiRequestAvail: Operation(request, lambda p: (p.requestor_party_id,), _reply, by_request_id),
}

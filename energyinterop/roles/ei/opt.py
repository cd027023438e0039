"""EiOpt on the VTN: a VEN states when it will (optIn) or will not (optOut) respond, for a
market context it trades in; it cancels and reads its opts.

``eiCreateOpt`` and ``eiCancelOpt`` have no requestID (EI payload choice 18): the optID
identifies a repeated request and is the refID of the answer.
"""

from __future__ import annotations

from energyinterop.ei import (
    EiCanceledOpt,
    EiCancelOpt,
    EiCreatedOpt,
    EiCreateOpt,
    EiReplyOpt,
    EiRequestOpt,
    EiResponse,
    OptID,
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


def _opts(ctx: EiContext) -> Collection:
    return Collection(ctx.store, "opt")


def _created(p: EiCreateOpt, response: EiResponse, vtn_id: str) -> EiCreatedOpt:
    return EiCreatedOpt(ei_response=response, opt_id=p.ei_opt.opt_id)


async def create(ctx: EiContext, p: EiCreateOpt) -> Outcome:
    opt = p.ei_opt
    if opt.market_context is not None:
        ctx.market(opt.market_context)  # 453 unless the VTN hosts the context
    opts = _opts(ctx)
    existing = await opts.get(opt.opt_id)
    if existing is not None and not existing.cancelled:
        raise ProtocolError(Code.INVALID_ID, f"optID {opt.opt_id!r} is in use")
    await opts.put(opt.opt_id, ctx.party_id, opt)
    reply = _created(p, ei_response(OptID(value=opt.opt_id), now=ctx.now), ctx.vtn_id)
    return Outcome(reply, (Recorded("EiOpt", "created", ctx.party_id, (opt.opt_id,)),))


def _canceled(p: EiCancelOpt, response: EiResponse, vtn_id: str) -> EiCanceledOpt:
    return EiCanceledOpt(ei_response=response, opt_id=p.opt_id)


async def cancel(ctx: EiContext, p: EiCancelOpt) -> Outcome:
    opts = _opts(ctx)
    stored = await opts.owned(p.opt_id, ctx.party_id)
    if stored is None:
        raise ProtocolError(Code.INVALID_ID, f"unknown optID {p.opt_id!r}")
    await opts.cancel(stored)
    reply = _canceled(p, ei_response(OptID(value=p.opt_id), now=ctx.now), ctx.vtn_id)
    return Outcome(reply, (Recorded("EiOpt", "cancelled", ctx.party_id, (p.opt_id,)),))


def _reply(p: EiRequestOpt, response: EiResponse, vtn_id: str) -> EiReplyOpt:
    return EiReplyOpt(ei_response=response, ven_id=p.ven_id or p.requestor_party_id, vtn_id=vtn_id)


async def request(ctx: EiContext, p: EiRequestOpt) -> Outcome:
    """The requestor's live opts, filtered by optID and market context."""
    only_self(ctx, p.ven_id, "opts")
    found = [s.obj for s in await _opts(ctx).all(owner=ctx.party_id)
             if (not p.opt_id or s.key in p.opt_id) and p.market_context in (None, s.obj.market_context)]
    return Outcome(EiReplyOpt(ei_response=ei_response(p.request_id, now=ctx.now), ven_id=ctx.party_id,
                              vtn_id=ctx.vtn_id, ei_opt=found))


OPERATIONS: dict[type, Operation] = {
    EiCreateOpt: Operation(create, lambda p: tuple(p.ei_opt.ven_id), _created, lambda p: p.ei_opt.opt_id),
    EiCancelOpt: Operation(cancel, lambda p: (p.ven_id,), _canceled, lambda p: p.opt_id),
    EiRequestOpt: Operation(request, lambda p: (p.requestor_party_id,), _reply, by_request_id),
}

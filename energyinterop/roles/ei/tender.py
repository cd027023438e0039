"""EiTender on the VTN: a party submits, cancels and reads tenders in the markets it hosts.

Tenders are checked against TEMIX first (459) and go to the market of their product's
market context (453 when not hosted); the market accepts or refuses each one.
"""

from __future__ import annotations

from energyinterop.ei import (
    EiCanceledTender,
    EiCancelTender,
    EiCreatedTender,
    EiCreateTender,
    EiDistributeTender,
    EiReplyTender,
    EiRequestTender,
    EiResponse,
    EiTender,
    TenderID,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    ei_response,
    only_self,
    responses,
    summary,
)
from energyinterop.roles.ei.effects import Recorded
from energyinterop.roles.ei.trading import (
    accepted,
    context_of,
    for_ids,
    gather,
    missing,
    submit,
    temix_check,
)


async def _submit(ctx: EiContext, payload: EiCreateTender | EiDistributeTender) -> list[EiResponse]:
    temix_check(payload)
    return await submit(ctx, payload.ei_tender, lambda t: t.tender_id, lambda t: context_of(t.emix_base), TenderID,
                        lambda market, tenders: market.create_tenders(ctx.party_id, tenders, ctx.now))


def _recorded(ctx: EiContext, action: str, ids: tuple[str, ...]) -> tuple[Recorded, ...]:
    return (Recorded("EiTender", action, ctx.party_id, ids),) if ids else ()


def _created(p: EiCreateTender, response: EiResponse, vtn_id: str) -> EiCreatedTender:
    return EiCreatedTender(ei_response=response, party_id=p.party_id, counter_party_id=p.counter_party_id)


async def create(ctx: EiContext, p: EiCreateTender) -> Outcome:
    items = await _submit(ctx, p)
    reply = EiCreatedTender(ei_response=summary(p.request_id, items, ctx.now),
                            tender_id=p.ei_tender[0].tender_id if len(p.ei_tender) == 1 else None,
                            responses=responses(items), party_id=p.party_id, counter_party_id=p.counter_party_id)
    return Outcome(reply, _recorded(ctx, "created", accepted(items)))


async def distribute(ctx: EiContext, p: EiDistributeTender) -> Outcome:
    """One-way: the same as eiCreateTender, with nothing to answer."""
    items = await _submit(ctx, p)
    return Outcome(None, _recorded(ctx, "created", accepted(items)))


def _canceled(p: EiCancelTender, response: EiResponse, vtn_id: str) -> EiCanceledTender:
    return EiCanceledTender(ei_response=response, party_id=p.party_id, counter_party_id=p.counter_party_id)


async def cancel(ctx: EiContext, p: EiCancelTender) -> Outcome:
    items = await for_ids(ctx, p.tender_id, TenderID,
                          lambda market: market.cancel_tenders(ctx.party_id, p.tender_id, ctx.now))
    cancelled = accepted(items)
    reply = EiCanceledTender(ei_response=summary(p.request_id, items, ctx.now), responses=responses(items),
                             party_id=p.party_id, counter_party_id=p.counter_party_id)
    return Outcome(reply, _recorded(ctx, "cancelled", cancelled))


def _reply(p: EiRequestTender, response: EiResponse, vtn_id: str) -> EiReplyTender:
    return EiReplyTender(ei_response=response)


async def request(ctx: EiContext, p: EiRequestTender) -> Outcome:
    """The requestor's own tenders (all, or those named) from every hosted market."""
    only_self(ctx, p.party_id, "tenders")
    found: list[EiTender] = await gather(ctx, lambda market: market.tenders(ctx.party_id, p.tender_id))
    items = missing(p.tender_id, {t.tender_id for t in found}, TenderID)
    return Outcome(EiReplyTender(ei_response=ei_response(p.request_id, now=ctx.now), responses=responses(items),
                                 ei_tender=found))


OPERATIONS: dict[type, Operation] = {
    EiCreateTender: Operation(create, lambda p: (p.party_id,), _created, by_request_id),
    EiCancelTender: Operation(cancel, lambda p: (p.party_id,), _canceled, by_request_id),
    EiRequestTender: Operation(request, lambda p: (p.requestor_party_id,), _reply, by_request_id),
    EiDistributeTender: Operation(distribute, lambda p: (p.party_id,), None, by_request_id),
}

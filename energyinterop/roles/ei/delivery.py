"""EiDelivery on the VTN: a party reports what it delivered (metered quantities) against a
transaction. An eiDelivery names no market context, so it is offered to each hosted
market in turn; the first that recognises it (by its transaction) takes it."""

from __future__ import annotations

from energyinterop.ei import (
    EiCreatedDelivery,
    EiCreateDelivery,
    EiDeliveryID,
    EiResponse,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    from_result,
    responses,
    summary,
)
from energyinterop.roles.ei.effects import Recorded
from energyinterop.roles.errors import Code, ProtocolError


def _created(p: EiCreateDelivery, response: EiResponse, vtn_id: str) -> EiCreatedDelivery:
    return EiCreatedDelivery(ei_response=response)


async def create(ctx: EiContext, p: EiCreateDelivery) -> Outcome:
    for market in ctx.markets.markets():
        results = await market.deliveries(ctx.party_id, [p.ei_delivery], ctx.now)
        if results:
            items = [from_result(r, EiDeliveryID) for r in results]
            ok = all(r.accepted for r in results)
            reply = EiCreatedDelivery(ei_response=summary(p.request_id, items, ctx.now), responses=responses(items),
                                      ei_delivery=[p.ei_delivery] if ok else [])
            effects = (Recorded("EiDelivery", "created", ctx.party_id, (p.ei_delivery.ei_delivery_id,)),) if ok else ()
            return Outcome(reply, effects)
    raise ProtocolError(Code.NOT_RECOGNIZED, "no hosted market recognises this delivery")


OPERATIONS: dict[type, Operation] = {
    EiCreateDelivery: Operation(create, lambda p: (p.requestor_party_id,), _created, by_request_id),
}

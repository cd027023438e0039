"""EiMarketContext on the VTN: which market contexts a party may trade in.

``eiReplyEiMarketContext`` has no element for a market context (EI payload choice 18), so
the reply lists each hosted context as one entry of ``ei:responses``: its URI as the
``refID`` and its market name as the description.
"""

from __future__ import annotations

from energyinterop.ei import (
    EiReplyEiMarketContext,
    EiRequestEiMarketContext,
    EiResponse,
    RefID,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    check_vtn,
    ei_response,
    item_response,
    responses,
)
from energyinterop.roles.errors import Code


def _reply(p: EiRequestEiMarketContext, response: EiResponse, vtn_id: str) -> EiReplyEiMarketContext:
    return EiReplyEiMarketContext(ei_response=response)


async def request(ctx: EiContext, p: EiRequestEiMarketContext) -> Outcome:
    """Every hosted context: contexts are public, so ``partyID`` and ``resourceID`` do not filter."""
    check_vtn(ctx, p.vtn_id)
    items = []
    for uri in ctx.markets:
        context = await ctx.market(uri).market_context()
        items.append(item_response(RefID(value=context.market_context), Code.OK, context.market_name or "OK"))
    return Outcome(EiReplyEiMarketContext(ei_response=ei_response(p.request_id, now=ctx.now),
                                          responses=responses(items)))


OPERATIONS: dict[type, Operation] = {
    EiRequestEiMarketContext: Operation(request, lambda p: (p.ven_id,), _reply, by_request_id),
}

"""EiQuote on the VTN: parties publish quotes (indicative prices) into a hosted market,
withdraw them, and read the quotes the markets offer.

Quotes are not TEMIX tenders (a quote may price many intervals), so no TEMIX rule
applies; every artifact of one quote must name the same market context.
"""

from __future__ import annotations

from energyinterop.ei import (
    EiCanceledQuote,
    EiCancelQuote,
    EiCreatedQuote,
    EiCreateQuote,
    EiDistributeQuote,
    EiQuote,
    EiReplyQuote,
    EiRequestQuote,
    EiResponse,
    QuoteID,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    ei_response,
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
)
from energyinterop.roles.errors import Code, ProtocolError


def _context(quote: EiQuote) -> str | None:
    contexts = {context_of(artifact) for artifact in quote.emix_base}
    if len(contexts) != 1:
        raise ProtocolError(Code.INVALID_DATA, f"quote {quote.quote_id!r} must name exactly one market context")
    return contexts.pop()


async def _publish(ctx: EiContext, quotes: list[EiQuote]) -> list[EiResponse]:
    return await submit(ctx, quotes, lambda q: q.quote_id, _context, QuoteID,
                        lambda market, group: market.publish_quotes(ctx.party_id, group, ctx.now))


def _recorded(ctx: EiContext, action: str, ids: tuple[str, ...]) -> tuple[Recorded, ...]:
    return (Recorded("EiQuote", action, ctx.party_id, ids),) if ids else ()


def _created(p: EiCreateQuote, response: EiResponse, vtn_id: str) -> EiCreatedQuote:
    return EiCreatedQuote(ei_response=response, publisher_party_id=p.publisher_party_id,
                          subscriber_party_id=p.subscriber_party_id)


async def create(ctx: EiContext, p: EiCreateQuote) -> Outcome:
    items = await _publish(ctx, p.ei_quote)
    reply = EiCreatedQuote(ei_response=summary(p.request_id, items, ctx.now),
                           quote_id=p.ei_quote[0].quote_id if len(p.ei_quote) == 1 else None,
                           responses=responses(items), publisher_party_id=p.publisher_party_id,
                           subscriber_party_id=p.subscriber_party_id)
    return Outcome(reply, _recorded(ctx, "created", accepted(items)))


async def distribute(ctx: EiContext, p: EiDistributeQuote) -> Outcome:
    """One-way: publish, nothing to answer."""
    items = await _publish(ctx, p.ei_quote)
    return Outcome(None, _recorded(ctx, "created", accepted(items)))


def _canceled(p: EiCancelQuote, response: EiResponse, vtn_id: str) -> EiCanceledQuote:
    return EiCanceledQuote(ei_response=response, publisher_party_id=p.publisher_party_id,
                           subscriber_party_id=p.subscriber_party_id)


async def cancel(ctx: EiContext, p: EiCancelQuote) -> Outcome:
    items = await for_ids(ctx, p.quote_id, QuoteID,
                          lambda market: market.cancel_quotes(ctx.party_id, p.quote_id, ctx.now))
    reply = EiCanceledQuote(ei_response=summary(p.request_id, items, ctx.now), responses=responses(items),
                            publisher_party_id=p.publisher_party_id, subscriber_party_id=p.subscriber_party_id)
    return Outcome(reply, _recorded(ctx, "cancelled", accepted(items)))


def _reply(p: EiRequestQuote, response: EiResponse, vtn_id: str) -> EiReplyQuote:
    return EiReplyQuote(ei_response=response)


async def request(ctx: EiContext, p: EiRequestQuote) -> Outcome:
    """The quotes every hosted market shows the requestor (all, or those named).
    EiQuote does not carry its publisher, so ``publisherPartyID`` cannot filter."""
    found: list[EiQuote] = await gather(ctx, lambda market: market.quotes(ctx.party_id, p.quote_id, ctx.now))
    items = missing(p.quote_id, {q.quote_id for q in found}, QuoteID)
    return Outcome(EiReplyQuote(ei_response=ei_response(p.request_id, now=ctx.now), responses=responses(items),
                                ei_quote=found))


OPERATIONS: dict[type, Operation] = {
    EiCreateQuote: Operation(create, lambda p: (p.publisher_party_id,), _created, by_request_id),
    EiCancelQuote: Operation(cancel, lambda p: (p.publisher_party_id,), _canceled, by_request_id),
    EiRequestQuote: Operation(request, lambda p: (p.requestor_party_id,), _reply, by_request_id),
    EiDistributeQuote: Operation(distribute, lambda p: (p.publisher_party_id,), None, by_request_id),
}

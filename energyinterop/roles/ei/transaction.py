"""EiTransaction on the VTN: a party accepts tenders directly (``eiCreateTransaction``) and
reads its transactions, including those the market cleared for it.

Transactions are checked against TEMIX (459) and go to the market of their product's
market context (453 when not hosted).
"""

from __future__ import annotations

from energyinterop.ei import (
    EiCreatedTransaction,
    EiCreateTransaction,
    EiReplyTransaction,
    EiRequestTransaction,
    EiResponse,
    EiTransaction,
    TransactionID,
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
    gather,
    missing,
    submit,
    temix_check,
)


def _created(p: EiCreateTransaction, response: EiResponse, vtn_id: str) -> EiCreatedTransaction:
    return EiCreatedTransaction(ei_response=response, party_id=p.party_id, counter_party_id=p.counter_party_id)


async def create(ctx: EiContext, p: EiCreateTransaction) -> Outcome:
    temix_check(p)
    items = await submit(ctx, p.ei_transaction, lambda t: t.transaction_id, lambda t: context_of(t.emix_base),
                         TransactionID,
                         lambda market, transactions: market.create_transactions(ctx.party_id, transactions, ctx.now))
    single = p.ei_transaction[0].transaction_id if len(p.ei_transaction) == 1 else None
    reply = EiCreatedTransaction(ei_response=summary(p.request_id, items, ctx.now), transaction_id=single,
                                 responses=responses(items), party_id=p.party_id, counter_party_id=p.counter_party_id)
    done = accepted(items)
    return Outcome(reply, (Recorded("EiTransaction", "created", ctx.party_id, done),) if done else ())


def _reply(p: EiRequestTransaction, response: EiResponse, vtn_id: str) -> EiReplyTransaction:
    return EiReplyTransaction(ei_response=response)


async def request(ctx: EiContext, p: EiRequestTransaction) -> Outcome:
    """The requestor's transactions (all, or those named) from every hosted market."""
    only_self(ctx, p.party_id, "transactions")
    found: list[EiTransaction] = await gather(ctx, lambda market: market.transactions(ctx.party_id, p.transaction_id))
    items = missing(p.transaction_id, {t.transaction_id for t in found}, TransactionID)
    return Outcome(EiReplyTransaction(ei_response=ei_response(p.request_id, now=ctx.now), responses=responses(items),
                                      ei_transaction=found))


OPERATIONS: dict[type, Operation] = {
    EiCreateTransaction: Operation(create, lambda p: (p.party_id,), _created, by_request_id),
    EiRequestTransaction: Operation(request, lambda p: (p.requestor_party_id,), _reply, by_request_id),
}

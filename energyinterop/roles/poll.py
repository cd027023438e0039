"""OadrPoll: the VEN's queue of VTN-initiated messages (pull model), and queueing itself.

The queue keeps the exact bytes; a poll answers with the decoded message *and* those
bytes (``Outcome.reply_document``), which the transport sends unchanged.
"""

from __future__ import annotations

from typing import Any

from energyinterop.openadr import OadrPoll
from energyinterop.roles.context import VtnContext, authorized_ven
from energyinterop.roles.effects import MessageDelivered, MessageQueued, Outcome
from energyinterop.roles.errors import Code, ProtocolError
from energyinterop.roles.messages import decode, encode, oadr_response


async def enqueue(ctx: VtnContext, ven_id: str, message: Any) -> MessageQueued:
    """Queue a VTN-initiated message for a VEN. Push deployments deliver it from the
    MessageQueued effect (or drain the same queue); pull deployments wait for oadrPoll."""
    sequence = await ctx.store.enqueue(ven_id, encode(message), ctx.now)
    return MessageQueued(ven_id, sequence, message)


async def drain(ctx: VtnContext, ven_id: str) -> int:
    """Drop everything queued for a VEN (its registration ended); returns how many."""
    dropped = 0
    while await ctx.store.dequeue(ven_id) is not None:
        dropped += 1
    return dropped


async def poll(ctx: VtnContext, message: OadrPoll) -> Outcome:
    # A VEN whose registration the VTN cancelled may still collect that cancellation.
    ven = await authorized_ven(ctx, message.ven_id, registered=False)
    if ven.registration_id is None and not await ctx.store.pending(ven.ven_id):
        raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED, "VEN not registered")
    queued = await ctx.store.dequeue(ven.ven_id)
    if queued is None:
        return Outcome(oadr_response("", ven.ven_id))
    return Outcome(decode(queued.document), (MessageDelivered(ven.ven_id, queued.sequence),), queued.document)

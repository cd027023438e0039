"""EiEvent as the VTN sees it.

Two directions meet here. Downstream, a registered VEN reads the events meant for it
(``eiRequestEvent``, ``eiRequestPendingEvent``). Upstream, EI is recursive: a party acting
as a VTN towards this one (it names itself in ``vtnID``) creates, changes, cancels or
distributes events here; this VTN stores them for its own VENs and opts in (it relays),
answering as the VEN of that exchange (``venID`` is this VTN's party ID).
"""

from __future__ import annotations

from dataclasses import replace

from energyinterop.ei import (
    ArrayofEventResponses,
    EiCanceledEvent,
    EiCancelEvent,
    EiChangedEvent,
    EiChangeEvent,
    EiCreatedEvent,
    EiCreateEvent,
    EiDistributeEvent,
    EiEvent,
    EiEventResponse,
    EiReplyEvent,
    EiReplyPendingEvent,
    EiRequestEvent,
    EiRequestPendingEvent,
    EiResponse,
    OptType,
    QualifiedEventID,
    RefID,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    ei_response,
    summary,
)
from energyinterop.roles.ei.documents import Collection, Stored
from energyinterop.roles.ei.effects import Recorded
from energyinterop.roles.errors import DESCRIPTIONS, Code, ProtocolError
from energyinterop.store.base import VenRecord


def _events(ctx: EiContext) -> Collection:
    return Collection(ctx.store, "event")


def _event_response(request_id: str, event_id: str, modification: int | None, code: Code = Code.OK,
                    description: str | None = None) -> EiEventResponse:
    return EiEventResponse(response_code=str(int(code)), response_description=description or DESCRIPTIONS[code],
                           ref_id=RefID(value=request_id),
                           qualified_event_id=QualifiedEventID(event_id=event_id, modification_number=modification),
                           opt_type=OptType.optIn)


def _as_event_response(response: EiResponse, event_id: str, modification: int | None = None) -> EiEventResponse:
    return EiEventResponse(response_code=response.response_code, response_description=response.response_description,
                           ref_id=response.ref_id, created_date_time=response.created_date_time,
                           qualified_event_id=QualifiedEventID(event_id=event_id, modification_number=modification),
                           opt_type=OptType.optIn)


async def _store_event(ctx: EiContext, request_id: str, event: EiEvent, *, change: bool) -> EiEventResponse:
    """Store one upstream event; its response says whether it was taken.

    A new event must be new (else 454: change it instead); a change must name a known
    event of the same party with a higher modificationNumber (else 452 / 450).
    """
    descriptor = event.event_descriptor
    event_id, modification = descriptor.event_id, descriptor.modification_number
    events = _events(ctx)
    stored = await events.get(event_id)
    if stored is not None and stored.owner != ctx.party_id:
        return _event_response(request_id, event_id, modification, Code.INVALID_ID, "event of another party")
    if change and (stored is None or stored.cancelled):
        return _event_response(request_id, event_id, modification, Code.INVALID_ID, "unknown eventID")
    if stored is not None and not change and not stored.cancelled:
        return _event_response(request_id, event_id, modification, Code.INVALID_DATA, "event exists: change it")
    if stored is not None and modification <= stored.obj.event_descriptor.modification_number:
        return _event_response(request_id, event_id, modification, Code.OUT_OF_SEQUENCE,
                               "modificationNumber is not newer than the stored one")
    await events.put(event_id, ctx.party_id, event)
    return _event_response(request_id, event_id, modification)


def _taken(responses: list[EiEventResponse]) -> tuple[str, ...]:
    return tuple(r.qualified_event_id.event_id for r in responses if r.response_code.startswith("2"))


def _created(p: EiCreateEvent, response: EiResponse, vtn_id: str) -> EiCreatedEvent:
    return EiCreatedEvent(ei_response=response, ven_id=vtn_id)


async def create(ctx: EiContext, p: EiCreateEvent) -> Outcome:
    item = await _store_event(ctx, p.request_id, p.ei_event, change=False)
    reply = EiCreatedEvent(ei_response=summary(p.request_id, [item], ctx.now),
                           event_responses=ArrayofEventResponses(event_response=[item]), ven_id=ctx.vtn_id)
    taken = _taken([item])
    return Outcome(reply, (Recorded("EiEvent", "created", ctx.party_id, taken),) if taken else ())


def _changed(p: EiChangeEvent, response: EiResponse, vtn_id: str) -> EiChangedEvent:
    return EiChangedEvent(ei_response=response, ven_id=vtn_id)


async def change(ctx: EiContext, p: EiChangeEvent) -> Outcome:
    item = await _store_event(ctx, p.request_id, p.ei_event, change=True)
    reply = EiChangedEvent(ei_response=summary(p.request_id, [item], ctx.now),
                           event_responses=ArrayofEventResponses(event_response=[item]), ven_id=ctx.vtn_id)
    taken = _taken([item])
    return Outcome(reply, (Recorded("EiEvent", "changed", ctx.party_id, taken),) if taken else ())


def _canceled(p: EiCancelEvent, response: EiResponse, vtn_id: str) -> EiCanceledEvent:
    # The overall response of this payload is an eiEventResponse: it names the first event.
    return EiCanceledEvent(ei_event_response=_as_event_response(response, p.event_id[0] if p.event_id else ""))


async def cancel(ctx: EiContext, p: EiCancelEvent) -> Outcome:
    """Cancel the acting party's events (eiCancelEvent names no party: the transport's)."""
    if not p.event_id:
        raise ProtocolError(Code.INVALID_DATA, "no eventID")
    events = _events(ctx)
    items, cancelled = [], []
    for event_id in p.event_id:
        stored = await events.owned(event_id, ctx.party_id)
        if stored is None:
            items.append(_event_response(p.request_id, event_id, None, Code.INVALID_ID, "unknown eventID"))
            continue
        await events.cancel(stored)
        cancelled.append(event_id)
        items.append(_event_response(p.request_id, event_id, stored.obj.event_descriptor.modification_number))
    overall = summary(p.request_id, items, ctx.now)
    reply = EiCanceledEvent(ei_event_response=_as_event_response(overall, p.event_id[0]),
                            event_responses=ArrayofEventResponses(event_response=items))
    return Outcome(reply, (Recorded("EiEvent", "cancelled", ctx.party_id, tuple(cancelled)),) if cancelled else ())


async def distribute(ctx: EiContext, p: EiDistributeEvent) -> Outcome:
    """One-way: store each event, new or a newer modification; nothing is answered."""
    items = []
    for event in p.ei_event:
        stored = await _events(ctx).get(event.event_descriptor.event_id)
        items.append(await _store_event(ctx, p.request_id, event, change=stored is not None and not stored.cancelled))
    taken = _taken(items)
    return Outcome(None, (Recorded("EiEvent", "received", ctx.party_id, taken),) if taken else ())


def _targets(event: EiEvent, party: VenRecord) -> bool:
    """Whether an event is for a party: by venID, partyID, resourceID or groupID; an event
    with no target is for everyone."""
    t = event.ei_target
    if t is None or not (t.ven_id or t.party_id or t.resource_id or t.group_id):
        return True
    return (party.ven_id in t.ven_id or party.ven_id in t.party_id or bool(set(party.party_ids) & set(t.party_id))
            or bool(set(party.resource_ids) & set(t.resource_id)) or bool(set(party.group_ids) & set(t.group_id)))


async def _for_party(ctx: EiContext) -> list[Stored]:
    party = await ctx.store.get_ven(ctx.party_id)
    assert party is not None  # authorized by the dispatcher
    return [s for s in await _events(ctx).all() if _targets(s.obj, party)]


def _reply(p: EiRequestEvent, response: EiResponse, vtn_id: str) -> EiReplyEvent:
    return EiReplyEvent(ei_response=response, ven_id=p.ven_id, vtn_id=vtn_id)


async def request(ctx: EiContext, p: EiRequestEvent) -> Outcome:
    """The live events meant for the VEN (those named, when any), at most ``replyLimit``."""
    found = [s.obj for s in await _for_party(ctx) if not p.event_id or s.key in p.event_id]
    if p.reply_limit is not None:
        found = found[:p.reply_limit]
    return Outcome(replace(_reply(p, ei_response(p.request_id, now=ctx.now), ctx.vtn_id), ei_event=found))


def _pending_reply(p: EiRequestPendingEvent, response: EiResponse, vtn_id: str) -> EiReplyPendingEvent:
    return EiReplyPendingEvent(ei_response=response)


async def request_pending(ctx: EiContext, p: EiRequestPendingEvent) -> Outcome:
    """eiReplyPendingEvent carries only an eiResponse: its description gives the count of
    live events for the VEN, which it then reads with eiRequestEvent."""
    count = len(await _for_party(ctx))
    if p.reply_limit is not None:
        count = min(count, p.reply_limit)
    return Outcome(EiReplyPendingEvent(ei_response=ei_response(p.request_id, Code.OK, f"{count} pending", ctx.now)))


OPERATIONS: dict[type, Operation] = {
    EiCreateEvent: Operation(create, lambda p: (p.vtn_id,), _created, by_request_id),
    EiChangeEvent: Operation(change, lambda p: (p.vtn_id,), _changed, by_request_id),
    EiCancelEvent: Operation(cancel, lambda p: (), _canceled, by_request_id),
    EiDistributeEvent: Operation(distribute, lambda p: (p.vtn_id,), None, by_request_id),
    EiRequestEvent: Operation(request, lambda p: (p.ven_id,), _reply, by_request_id),
    EiRequestPendingEvent: Operation(request_pending, lambda p: (p.ven_id,), _pending_reply, by_request_id),
}

"""EiEvent on the VTN: the operator's create / modify / cancel, the event status clock,
targeting, oadrRequestEvent and the VENs' opt responses (oadrCreatedEvent).

Stored document: ``EventRecord.document`` is the encoded ``ei:eiEvent`` (no oadrEvent
wrapper: responseRequired has its own column). Its eventStatus and currentValue are
recomputed from ``now`` every time the event is distributed, never trusted from storage.
2.0b VENs treat an event missing from a distribution as cancelled, so every
oadrDistributeEvent lists *all* the VEN's current events, not just the one that changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from energyinterop.openadr import (
    CurrentValue,
    Dtstart,
    DurationProp,
    EiActivePeriod,
    EiEvent,
    EiEventSignal,
    EiEventSignals,
    EiMarketContext,
    EiTarget,
    EventDescriptor,
    EventStatusEnumerated,
    Interval,
    Intervals,
    OadrCreatedEvent,
    OadrDistributeEvent,
    OadrEvent,
    OadrRequestEvent,
    PayloadFloat,
    Properties,
    ResponseRequired,
    SignalPayload,
    SignalTypeEnumerated,
    Tolerance,
    Tolerate,
    Uid,
    openadr_codec,
)
from energyinterop.roles.context import VtnConfig, VtnContext, authorized_ven
from energyinterop.roles.effects import (
    EventOptReceived,
    EventPublished,
    EventsDistributed,
    Outcome,
    ResponseReceived,
)
from energyinterop.roles.errors import Code, OperatorError, ProtocolError
from energyinterop.roles.messages import SCHEMA_VERSION, ei_response, oadr_response
from energyinterop.roles.poll import enqueue
from energyinterop.store.base import EventRecord, OptResponse, VenRecord
from energyinterop.xml.anyelement import AnyElement

Status = EventStatusEnumerated

# eiActivePeriod requires xcal:components; 2.0b always sends it nil.
NIL_COMPONENTS = AnyElement(
    '<xcal:components xmlns:xcal="urn:ietf:params:xml:ns:icalendar-2.0" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"></xcal:components>')


# ------------------------------------------------------------------ building blocks

def signal(name: str, signal_type: str, values: Sequence[tuple[timedelta, Decimal | float | int]], *,
           signal_id: str = "SIG-0", target: EiTarget | None = None, item_base: Any = None) -> EiEventSignal:
    """An eiEventSignal with back-to-back intervals of ``(duration, value)``."""
    intervals = [Interval(duration=DurationProp(duration=d), uid=Uid(text=str(i)),
                          stream_payload_base=[SignalPayload(payload_base=PayloadFloat(value=Decimal(str(v))))])
                 for i, (d, v) in enumerate(values)]
    return EiEventSignal(intervals=Intervals(interval=intervals), ei_target=target, signal_name=name,
                         signal_type=SignalTypeEnumerated(signal_type), signal_id=signal_id, item_base=item_base,
                         current_value=CurrentValue(payload_float=PayloadFloat(value=Decimal(0))))


def target(*, ven_ids: Sequence[str] = (), group_ids: Sequence[str] = (), resource_ids: Sequence[str] = (),
           party_ids: Sequence[str] = ()) -> EiTarget:
    return EiTarget(ven_id=list(ven_ids), group_id=list(group_ids), resource_id=list(resource_ids),
                    party_id=list(party_ids))


def event_status(*, start: datetime, duration: timedelta, now: datetime, cancelled: bool = False,
                 ramp_up: timedelta | None = None, recovery: timedelta | None = None,
                 near_window: timedelta | None = None) -> Status:
    """far -> near (ramp-up, or the configured window) -> active (through recovery) -> completed.

    A zero duration is open-ended: the event stays active until cancelled.
    """
    if cancelled:
        return Status.cancelled
    if now < start:
        lead = ramp_up or near_window
        return Status.near if lead and now >= start - lead else Status.far
    if duration and now >= start + duration + (recovery or timedelta(0)):
        return Status.completed
    return Status.active


def _durations(props: Properties) -> tuple[timedelta | None, timedelta | None]:
    ramp = props.x_ei_ramp_up.duration if props.x_ei_ramp_up else None
    recovery = props.x_ei_recovery.duration if props.x_ei_recovery else None
    return ramp, recovery


def status_of(event: EiEvent, cancelled: bool, now: datetime, config: VtnConfig) -> Status:
    props = event.ei_active_period.properties
    ramp, recovery = _durations(props)
    return event_status(start=props.dtstart.date_time, duration=props.duration.duration, now=now,
                        cancelled=cancelled, ramp_up=ramp, recovery=recovery, near_window=config.near_window)


def _current_value(sig: EiEventSignal, start: datetime, status: Status, now: datetime) -> Decimal:
    """The payload of the interval running now while active (before any recovery), else 0."""
    if status is not Status.active:
        return Decimal(0)
    offset = start
    for interval in sig.intervals.interval:
        begin = interval.dtstart.date_time if interval.dtstart else offset
        length = interval.duration.duration if interval.duration else timedelta(0)
        offset = begin + length
        if begin <= now < offset or (not length and begin <= now):
            for payload in interval.stream_payload_base:
                if isinstance(payload, SignalPayload) and isinstance(payload.payload_base, PayloadFloat):
                    return payload.payload_base.value
    return Decimal(0)


def refresh(event: EiEvent, cancelled: bool, now: datetime, config: VtnConfig) -> EiEvent:
    """The event as it is to be sent at ``now``: its status and current values."""
    status = status_of(event, cancelled, now, config)
    event.event_descriptor.event_status = status
    start = event.ei_active_period.properties.dtstart.date_time
    for sig in event.ei_event_signals.ei_event_signal:
        sig.current_value = CurrentValue(payload_float=PayloadFloat(value=_current_value(sig, start, status, now)))
    return event


def decode_event(document: bytes) -> EiEvent:
    return openadr_codec().decode(document)


def targets(record: EventRecord, ven: VenRecord) -> bool:
    """Whether an event is for a VEN: by venID, groupID, resourceID or partyID. An event
    with no target at all is for every VEN (a broadcast to the market context)."""
    if not (record.ven_ids or record.group_ids or record.resource_ids or record.party_ids):
        return True
    return (ven.ven_id in record.ven_ids or bool(set(ven.group_ids) & set(record.group_ids))
            or bool(set(ven.resource_ids) & set(record.resource_ids))
            or bool(set(ven.party_ids) & set(record.party_ids)))


def _record(ctx: VtnContext, event: EiEvent, *, response_required: bool, cancelled: bool,
            created_at: datetime) -> EventRecord:
    d, props, t = event.event_descriptor, event.ei_active_period.properties, event.ei_target
    return EventRecord(
        event_id=d.event_id, modification_number=d.modification_number,
        market_context=d.ei_market_context.market_context, start=props.dtstart.date_time,
        duration=props.duration.duration, document=openadr_codec().encode(event),
        response_required=response_required, cancelled=cancelled, created_at=created_at,
        ven_ids=tuple(t.ven_id), group_ids=tuple(t.group_id), resource_ids=tuple(t.resource_id),
        party_ids=tuple(t.party_id))


def _listed(record: EventRecord, event: EiEvent, status: Status, now: datetime, config: VtnConfig) -> bool:
    """Completed events are no longer sent; cancelled ones until they would have ended."""
    if status is Status.completed:
        return False
    if status is Status.cancelled:
        _, recovery = _durations(event.ei_active_period.properties)
        if record.duration:
            return now < record.start + record.duration + (recovery or timedelta(0))
        since = event.event_descriptor.modification_date_time or event.event_descriptor.created_date_time
        return now < since + config.cancelled_retention
    return True


def _order(item: tuple[EventRecord, EiEvent]) -> tuple:
    """Active events first, by priority (lower number first, 0 / none last), then by start."""
    record, event = item
    active = event.event_descriptor.event_status is Status.active
    priority = event.event_descriptor.priority or 1 << 31
    return (0 if active else 1, priority if active else 0, record.start, record.event_id)


async def distribution(ctx: VtnContext, ven: VenRecord, *, request_id: str,
                       answering: str | None = None, limit: int | None = None) -> OadrDistributeEvent:
    """The oadrDistributeEvent listing every current event of one VEN."""
    chosen = []
    for record in await ctx.store.list_events():
        if not targets(record, ven):
            continue
        event = refresh(decode_event(record.document), record.cancelled, ctx.now, ctx.config)
        if _listed(record, event, event.event_descriptor.event_status, ctx.now, ctx.config):
            chosen.append((record, event))
    chosen.sort(key=_order)
    if limit:
        chosen = chosen[:limit]
    return OadrDistributeEvent(
        ei_response=ei_response(answering) if answering is not None else None,
        request_id=request_id, vtn_id=ctx.config.vtn_id, schema_version=SCHEMA_VERSION,
        oadr_event=[OadrEvent(ei_event=event, oadr_response_required=(
            ResponseRequired.always if record.response_required else ResponseRequired.never))
            for record, event in chosen])


async def _publish(ctx: VtnContext, records: Sequence[EventRecord], change: str) -> Outcome:
    """Queue a fresh distribution for every registered VEN any of ``records`` targets."""
    effects: list = []
    sent: list[str] = []
    for ven in await ctx.store.list_vens():
        if ven.registration_id is None or not any(targets(r, ven) for r in records):
            continue
        message = await distribution(ctx, ven, request_id=ctx.new_id("request"))
        effects.append(await enqueue(ctx, ven.ven_id, message))
        sent.append(ven.ven_id)
    latest = records[-1]
    effects.insert(0, EventPublished(latest.event_id, latest.modification_number, change, tuple(sent)))
    return Outcome(None, tuple(effects))


# ------------------------------------------------------------------ operator

async def create_event(ctx: VtnContext, *, market_context: str, start: datetime, duration: timedelta,
                       signals: Sequence[EiEventSignal], target: EiTarget, event_id: str | None = None,
                       priority: int | None = None, response_required: bool = True,
                       notification: timedelta | None = None, ramp_up: timedelta | None = None,
                       recovery: timedelta | None = None, start_after: timedelta | None = None,
                       test_event: str | None = None, vtn_comment: str | None = None) -> Outcome:
    event_id = event_id or ctx.new_id("event")
    if await ctx.store.get_event(event_id) is not None:
        raise OperatorError(f"event {event_id!r} exists")
    props = Properties(
        dtstart=Dtstart(date_time=start), duration=DurationProp(duration=duration),
        tolerance=Tolerance(tolerate=Tolerate(startafter=start_after)) if start_after else None,
        x_ei_notification=DurationProp(duration=notification) if notification is not None else None,
        x_ei_ramp_up=DurationProp(duration=ramp_up) if ramp_up is not None else None,
        x_ei_recovery=DurationProp(duration=recovery) if recovery is not None else None)
    event = EiEvent(
        event_descriptor=EventDescriptor(
            event_id=event_id, modification_number=0, priority=priority,
            ei_market_context=EiMarketContext(market_context=market_context), created_date_time=ctx.now,
            event_status=Status.none, test_event=test_event, vtn_comment=vtn_comment),
        ei_active_period=EiActivePeriod(properties=props, components=NIL_COMPONENTS),
        ei_event_signals=EiEventSignals(ei_event_signal=list(signals)), ei_target=target)
    refresh(event, False, ctx.now, ctx.config)
    record = _record(ctx, event, response_required=response_required, cancelled=False, created_at=ctx.now)
    await ctx.store.put_event(record)
    return await _publish(ctx, [record], "created")


async def _current(ctx: VtnContext, event_id: str) -> tuple[EventRecord, EiEvent]:
    record = await ctx.store.get_event(event_id)
    if record is None:
        raise OperatorError(f"no event {event_id!r}")
    event = decode_event(record.document)
    if record.cancelled or status_of(event, False, ctx.now, ctx.config) is Status.completed:
        raise OperatorError(f"event {event_id!r} is {'cancelled' if record.cancelled else 'completed'}")
    return record, event


def _next_modification(event: EiEvent, now: datetime, reason: str | None) -> None:
    d = event.event_descriptor
    d.modification_number += 1
    d.modification_date_time = now
    d.modification_reason = reason


async def modify_event(ctx: VtnContext, event_id: str, *, signals: Sequence[EiEventSignal] | None = None,
                       start: datetime | None = None, duration: timedelta | None = None,
                       target: EiTarget | None = None, priority: int | None = None,
                       response_required: bool | None = None, reason: str | None = None,
                       vtn_comment: str | None = None) -> Outcome:
    """A new modification (modificationNumber + 1) reaching old and new targets alike."""
    old, event = await _current(ctx, event_id)
    _next_modification(event, ctx.now, reason)
    props = event.ei_active_period.properties
    if start is not None:
        props.dtstart = Dtstart(date_time=start)
    if duration is not None:
        props.duration = DurationProp(duration=duration)
    if signals is not None:
        event.ei_event_signals = EiEventSignals(ei_event_signal=list(signals))
    if target is not None:
        event.ei_target = target
    if priority is not None:
        event.event_descriptor.priority = priority
    if vtn_comment is not None:
        event.event_descriptor.vtn_comment = vtn_comment
    refresh(event, False, ctx.now, ctx.config)
    required = old.response_required if response_required is None else response_required
    record = _record(ctx, event, response_required=required, cancelled=False, created_at=old.created_at or ctx.now)
    await ctx.store.put_event(record)
    return await _publish(ctx, [old, record], "modified")


async def cancel_event(ctx: VtnContext, event_id: str, *, reason: str | None = None) -> Outcome:
    """Cancellation is a modification too: modificationNumber + 1, status cancelled."""
    old, event = await _current(ctx, event_id)
    _next_modification(event, ctx.now, reason)
    refresh(event, True, ctx.now, ctx.config)
    record = _record(ctx, event, response_required=old.response_required, cancelled=True,
                     created_at=old.created_at or ctx.now)
    await ctx.store.put_event(record)
    return await _publish(ctx, [record], "cancelled")


# ------------------------------------------------------------------ VEN requests

async def request_event(ctx: VtnContext, message: OadrRequestEvent) -> Outcome:
    request = message.ei_request_event
    ven = await authorized_ven(ctx, request.ven_id)
    reply = await distribution(ctx, ven, request_id=ctx.new_id("request"), answering=request.request_id,
                               limit=request.reply_limit)
    ids = tuple(e.ei_event.event_descriptor.event_id for e in reply.oadr_event)
    return Outcome(reply, (EventsDistributed(ven.ven_id, ids),))


async def created_event(ctx: VtnContext, message: OadrCreatedEvent) -> Outcome:
    """Store one OptResponse per (event, VEN); the whole message is checked before any is."""
    created = message.ei_created_event
    ven = await authorized_ven(ctx, created.ven_id)
    responses = created.event_responses.event_response if created.event_responses else []
    accepted = []
    for response in responses:
        qualified = response.qualified_event_id
        record = await ctx.store.get_event(qualified.event_id)
        if record is None:
            raise ProtocolError(Code.INVALID_ID, f"unknown eventID {qualified.event_id!r}")
        if not targets(record, ven):
            raise ProtocolError(Code.TARGET_MISMATCH, f"event {qualified.event_id!r} is not for this VEN")
        if qualified.modification_number > record.modification_number:
            raise ProtocolError(Code.OUT_OF_SEQUENCE, f"event {qualified.event_id!r} has no modification "
                                                      f"{qualified.modification_number}")
        accepted.append(OptResponse(qualified.event_id, ven.ven_id, qualified.modification_number,
                                    response.opt_type.value, response.response_code, ctx.now))
    for opt in accepted:
        await ctx.store.put_opt_response(opt)
    effects: list = [EventOptReceived(o.event_id, o.ven_id, o.modification_number, o.opt_type) for o in accepted]
    if not responses:  # an eiCreatedEvent without responses reports on the distribution itself
        effects.append(ResponseReceived(ven.ven_id, created.ei_response.response_code, created.ei_response.request_id))
    return Outcome(oadr_response(created.ei_response.request_id, ven.ven_id), tuple(effects))


__all__ = ["cancel_event", "create_event", "created_event", "distribution", "event_status", "modify_event",
           "refresh", "request_event", "signal", "status_of", "target", "targets"]

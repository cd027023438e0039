"""EiOpt on the VTN: opt schedules the VEN creates and cancels, and opts the VTN records
for a VEN (sent as oadrCreateOpt: EI 1.0 lets either party create one; the 2.0b
certification only exercises the VEN's side).

Stored document: OptSchedule.document is the encoded oadrCreateOpt message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from energyinterop.openadr import (
    ArrayOfVavailabilityContainedComponents,
    Available,
    Dtstart,
    DurationProp,
    EiTarget,
    OadrCanceledOpt,
    OadrCancelOpt,
    OadrCreatedOpt,
    OadrCreateOpt,
    OptType,
    Properties,
    QualifiedEventID,
    Vavailability,
)
from energyinterop.roles.context import VtnContext, authorized_ven
from energyinterop.roles.effects import (
    OptCancelled,
    OptCreated,
    Outcome,
    ResponseReceived,
)
from energyinterop.roles.errors import Code, OperatorError, ProtocolError
from energyinterop.roles.messages import (
    SCHEMA_VERSION,
    ei_response,
    encode,
    oadr_response,
)
from energyinterop.roles.poll import enqueue
from energyinterop.store.base import OptSchedule


def availability(windows: Sequence[tuple[datetime, timedelta]]) -> Vavailability | None:
    """The xcal:vavailability of an opt schedule: the windows it applies to."""
    if not windows:
        return None
    return Vavailability(components=ArrayOfVavailabilityContainedComponents(available=[
        Available(properties=Properties(dtstart=Dtstart(date_time=start), duration=DurationProp(duration=length)))
        for start, length in windows]))


async def create_opt(ctx: VtnContext, message: OadrCreateOpt) -> Outcome:
    ven = await authorized_ven(ctx, message.ven_id)
    event_id = message.qualified_event_id.event_id if message.qualified_event_id else None
    if event_id is not None and await ctx.store.get_event(event_id) is None:
        raise ProtocolError(Code.INVALID_ID, f"unknown eventID {event_id!r}")
    existing = await ctx.store.get_opt(message.opt_id)
    if existing is not None and existing.ven_id != ven.ven_id:
        raise ProtocolError(Code.INVALID_ID, f"optID {message.opt_id!r} belongs to another VEN")
    await ctx.store.put_opt(OptSchedule(message.opt_id, ven.ven_id, "ven", encode(message), event_id,
                                        created_at=ctx.now))
    reply = OadrCreatedOpt(ei_response=ei_response(message.request_id), opt_id=message.opt_id,
                           schema_version=SCHEMA_VERSION)
    return Outcome(reply, (OptCreated(ven.ven_id, message.opt_id, message.opt_type.value, "ven", event_id),))


async def cancel_opt(ctx: VtnContext, message: OadrCancelOpt) -> Outcome:
    ven = await authorized_ven(ctx, message.ven_id)
    opt = await ctx.store.get_opt(message.opt_id)
    if opt is None or opt.ven_id != ven.ven_id:
        raise ProtocolError(Code.INVALID_ID, f"unknown optID {message.opt_id!r}")
    await ctx.store.put_opt(replace(opt, cancelled=True))
    reply = OadrCanceledOpt(ei_response=ei_response(message.request_id), opt_id=message.opt_id,
                            schema_version=SCHEMA_VERSION)
    return Outcome(reply, (OptCancelled(ven.ven_id, message.opt_id, "ven"),))


async def opt_acknowledged(ctx: VtnContext, message: OadrCreatedOpt | OadrCanceledOpt) -> Outcome:
    """The VEN's answer to an opt the VTN sent (these carry no venID: the opt tells)."""
    opt = await ctx.store.get_opt(message.opt_id) if message.opt_id else None
    ven = await authorized_ven(ctx, opt.ven_id if opt else None)
    effect = ResponseReceived(ven.ven_id, message.ei_response.response_code, message.ei_response.request_id)
    return Outcome(oadr_response(message.ei_response.request_id, ven.ven_id), (effect,))


# ------------------------------------------------------------------ operator

async def vtn_create_opt(ctx: VtnContext, ven_id: str, *, opt_type: str, opt_reason: str,
                         windows: Sequence[tuple[datetime, timedelta]] = (), event_id: str | None = None,
                         market_context: str | None = None, target: EiTarget | None = None) -> Outcome:
    ven = await ctx.store.get_ven(ven_id)
    if ven is None or ven.registration_id is None:
        raise OperatorError(f"VEN {ven_id!r} is not registered")
    qualified = None
    if event_id is not None:
        record = await ctx.store.get_event(event_id)
        if record is None:
            raise OperatorError(f"no event {event_id!r}")
        qualified = QualifiedEventID(event_id=event_id, modification_number=record.modification_number)
    message = OadrCreateOpt(
        opt_id=ctx.new_id("opt"), opt_type=OptType(opt_type), opt_reason=opt_reason, market_context=market_context,
        ven_id=ven_id, vavailability=availability(windows), created_date_time=ctx.now,
        schema_version=SCHEMA_VERSION, request_id=ctx.new_id("request"), qualified_event_id=qualified,
        ei_target=target or EiTarget(ven_id=[ven_id]))
    await ctx.store.put_opt(OptSchedule(message.opt_id, ven_id, "vtn", encode(message), event_id, created_at=ctx.now))
    return Outcome(None, (await enqueue(ctx, ven_id, message),
                          OptCreated(ven_id, message.opt_id, opt_type, "vtn", event_id)))


async def vtn_cancel_opt(ctx: VtnContext, opt_id: str) -> Outcome:
    opt = await ctx.store.get_opt(opt_id)
    if opt is None or opt.cancelled:
        raise OperatorError(f"no current opt {opt_id!r}")
    await ctx.store.put_opt(replace(opt, cancelled=True))
    message = OadrCancelOpt(request_id=ctx.new_id("request"), opt_id=opt_id, ven_id=opt.ven_id,
                            schema_version=SCHEMA_VERSION)
    return Outcome(None, (await enqueue(ctx, opt.ven_id, message), OptCancelled(opt.ven_id, opt_id, "vtn")))

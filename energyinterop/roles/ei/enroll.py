"""EiEnroll on the VTN: a party enrolls (a resource, a program), cancels enrollments, reads them.

The VTN is the enrollment administrator. A new enrollment gets an ID from the VTN unless
the party proposes a free one; an enrollment naming one of the party's own IDs replaces it
(a modification).
"""

from __future__ import annotations

from dataclasses import replace

from energyinterop.ei import (
    ArrayofEnrollmentResponses,
    EiCanceledEnroll,
    EiCancelEnroll,
    EiCreatedEnroll,
    EiCreateEnroll,
    EiEnrollmentResponse,
    EiReplyEnroll,
    EiRequestEnroll,
    EiResponse,
    EnrollmentID,
)
from energyinterop.roles.effects import Outcome
from energyinterop.roles.ei.common import (
    EiContext,
    Operation,
    by_request_id,
    ei_response,
    item_response,
    only_self,
    responses,
    summary,
)
from energyinterop.roles.ei.documents import Collection
from energyinterop.roles.ei.effects import Recorded
from energyinterop.roles.errors import DESCRIPTIONS, Code, ProtocolError


def _enrollments(ctx: EiContext) -> Collection:
    return Collection(ctx.store, "enrollment")


def _enrollment_response(enrollment_id: str, code: Code = Code.OK, description: str | None = None
                         ) -> EiEnrollmentResponse:
    return EiEnrollmentResponse(response_code=str(int(code)), response_description=description or DESCRIPTIONS[code],
                                ref_id=EnrollmentID(value=enrollment_id), enrollment_id=enrollment_id)


def _created(p: EiCreateEnroll, response: EiResponse, vtn_id: str) -> EiCreatedEnroll:
    return EiCreatedEnroll(ei_response=response, enroll_admin_party_id=vtn_id)


async def create(ctx: EiContext, p: EiCreateEnroll) -> Outcome:
    enrollment = p.ei_enrollment
    if enrollment.enrollee_party_id != p.enrollee_party_id:
        raise ProtocolError(Code.INVALID_DATA, "the enrollment's enrolleePartyID differs from the payload's")
    if enrollment.enroll_admin_party_id not in (None, ctx.vtn_id):
        raise ProtocolError(Code.INVALID_ID, f"enrollAdminPartyID {enrollment.enroll_admin_party_id!r} is not this VTN")
    enrollments = _enrollments(ctx)
    enrollment_id = enrollment.enrollment_id or ctx.new_id("enrollment")
    existing = await enrollments.get(enrollment_id)
    if existing is not None and existing.owner != ctx.party_id:
        raise ProtocolError(Code.INVALID_ID, f"enrollmentID {enrollment_id!r} belongs to another party")
    stored = replace(enrollment, enrollment_id=enrollment_id, enroll_admin_party_id=ctx.vtn_id)
    await enrollments.put(enrollment_id, ctx.party_id, stored)
    reply = replace(_created(p, ei_response(p.request_id, now=ctx.now), ctx.vtn_id), enrollment_id=enrollment_id,
                    enrollment_responses=ArrayofEnrollmentResponses(enrollment_response=[_enrollment_response(enrollment_id)]))
    action = "changed" if existing is not None and not existing.cancelled else "created"
    return Outcome(reply, (Recorded("EiEnroll", action, ctx.party_id, (enrollment_id,)),))


def _canceled(p: EiCancelEnroll, response: EiResponse, vtn_id: str) -> EiCanceledEnroll:
    return EiCanceledEnroll(ei_response=response)


async def cancel(ctx: EiContext, p: EiCancelEnroll) -> Outcome:
    enrollments = _enrollments(ctx)
    items, cancelled = [], []
    for enrollment_id in p.enrollment_id:
        stored = await enrollments.owned(enrollment_id, ctx.party_id)
        if stored is None:
            items.append(item_response(EnrollmentID(value=enrollment_id), Code.INVALID_ID, "unknown enrollmentID"))
            continue
        await enrollments.cancel(stored)
        cancelled.append(enrollment_id)
        items.append(item_response(EnrollmentID(value=enrollment_id)))
    reply = EiCanceledEnroll(ei_response=summary(p.request_id, items, ctx.now), responses=responses(items))
    return Outcome(reply, (Recorded("EiEnroll", "cancelled", ctx.party_id, tuple(cancelled)),) if cancelled else ())


def _reply(p: EiRequestEnroll, response: EiResponse, vtn_id: str) -> EiReplyEnroll:
    return EiReplyEnroll(ei_response=response)


async def request(ctx: EiContext, p: EiRequestEnroll) -> Outcome:
    """The requestor's own enrollments (all, or those named)."""
    only_self(ctx, p.enrollee_party_id, "enrollments")
    mine = [] if p.enroll_admin_party_id not in (None, ctx.vtn_id) else await _enrollments(ctx).all(owner=ctx.party_id)
    found = {s.key: s.obj for s in mine}
    wanted = p.enrollment_id or list(found)
    missing = [_enrollment_response(e, Code.INVALID_ID, "unknown enrollmentID") for e in wanted if e not in found]
    reply = EiReplyEnroll(ei_response=ei_response(p.request_id, now=ctx.now),
                          enrollment_responses=ArrayofEnrollmentResponses(enrollment_response=missing) if missing else None,
                          ei_enrollment=[found[e] for e in wanted if e in found])
    return Outcome(reply)


OPERATIONS: dict[type, Operation] = {
    EiCreateEnroll: Operation(create, lambda p: (p.enrollee_party_id,), _created, by_request_id),
    EiCancelEnroll: Operation(cancel, lambda p: (p.enrollee_party_id,), _canceled, by_request_id),
    EiRequestEnroll: Operation(request, lambda p: (p.requestor_party_id,), _reply, by_request_id),
}

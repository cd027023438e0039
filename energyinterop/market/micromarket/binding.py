"""Binding a market to its microgrid: only parties enrolled there (EiEnroll) may trade.

A party is enrolled in the microgrid when one of its live enrollments (kept by the EI
VTN's EiEnroll service) has a resource located at the microgrid's service delivery point
(``enrl:location``, or the resource description's ``emix:emixInterface``).
:func:`enrollment` builds such an enrollment for a party to send.
"""

from __future__ import annotations

import json
from decimal import Decimal

from energyinterop.ei import (
    EiCreateEnroll,
    EiEnrollment,
    Enrollee,
    PowerResponse,
    Resource,
    ServiceDeliveryPoint,
    ei_codec,
)
from energyinterop.roles.ei.documents import INDEX, Collection
from energyinterop.store.base import Store

ENROLLMENTS = Collection.namespace_of("enrollment")


async def enrolled(store: Store, party_id: str, interface: ServiceDeliveryPoint) -> bool:
    # Only the party's own live documents are decoded (the owner is a plain JSON field).
    for key, raw in await store.list_values(ENROLLMENTS):
        record = json.loads(raw) if key != INDEX else None
        if not isinstance(record, dict) or record["owner"] != party_id or record["cancelled"]:
            continue
        for resource in ei_codec().decode(record["doc"].encode()).resource:
            if interface in (resource.location, getattr(resource.resource, "emix_interface", None)):
                return True
    return False


def enrollment(request_id: str, party_id: str, microgrid: str, *, name: str | None = None) -> EiCreateEnroll:
    """The eiCreateEnroll that enrolls ``party_id`` (one responsive resource) in ``microgrid``."""
    where = ServiceDeliveryPoint(node=microgrid)
    resource = Resource(party_id=party_id, name=name or party_id, location=where,
                        resource=PowerResponse(mrid=party_id, emix_interface=where, minimum_response=Decimal(0)))
    return EiCreateEnroll(request_id=request_id, enrollee_party_id=party_id, ei_enrollment=EiEnrollment(
        enrollee_party_id=party_id, enrollee=Enrollee(party_id=party_id, name=name or party_id),
        enrollment_name=f"{microgrid} market", resource=[resource]))

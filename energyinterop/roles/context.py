"""The VTN's configuration and the per-call context its services work in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from energyinterop.openadr import OadrReport
from energyinterop.roles.errors import Code, ProtocolError
from energyinterop.roles.ids import IdFactory, random_ids
from energyinterop.security.fingerprint import normalize_fingerprint
from energyinterop.store.base import Store, VenRecord


@dataclass(frozen=True)
class VtnConfig:
    """What an operator decides about a VTN. Defaults follow the 2.0b profile."""

    vtn_id: str
    auto_accept: bool = False  # register VENs the operator did not provision
    poll_frequency: timedelta = timedelta(seconds=10)
    profile: str = "2.0b"
    transports: tuple[str, ...] = ("simpleHttp",)
    # The VTN's own report metadata, sent in its oadrRegisterReport after each registration.
    reports: tuple[OadrReport, ...] = ()
    register_reports_after_registration: bool = True
    # Report names (e.g. "TELEMETRY_USAGE") the VTN asks for, piggy-backed on
    # oadrRegisteredReport, whenever a VEN registers the matching METADATA_ report.
    requested_reports: tuple[str, ...] = ()
    report_granularity: timedelta = timedelta(minutes=1)
    report_back_duration: timedelta = timedelta(minutes=1)
    # An event is "near" during its ramp-up period; events without one are "near" this
    # long before their start (None: straight from far to active).
    near_window: timedelta | None = None
    # How long a cancelled open-ended event is still listed (so every VEN sees the cancel).
    cancelled_retention: timedelta = timedelta(days=1)
    ids: IdFactory = field(default=random_ids)


@dataclass(frozen=True, slots=True)
class VtnContext:
    """Everything one call may use: no clock, no socket, nothing global."""

    config: VtnConfig
    store: Store
    now: datetime
    # The authenticated identity of the sender: the signing certificate's fingerprint,
    # else the TLS client certificate's; None when neither authenticates the request.
    fingerprint: str | None = None

    def new_id(self, kind: str) -> str:
        return self.config.ids(kind)


def same_fingerprint(a: str | None, b: str | None) -> bool:
    """Whether two recorded fingerprints name the same certificate (case and separators aside)."""
    if a is None or b is None:
        return False
    if a == b:  # both recorded in canonical form: the usual case
        return True
    try:
        return normalize_fingerprint(a) == normalize_fingerprint(b)
    except ValueError:  # not a 10-byte fingerprint: only an exact match counts
        return a == b


async def authorized_ven(ctx: VtnContext, claimed: str | None, *, registered: bool = True,
                         binding: bool = False) -> VenRecord:
    """The VEN a message comes from, or ProtocolError with the code the profile expects.

    venIDs compare case-sensitively (452 on a case mismatch), whatever the backend's
    collation; an unknown venID is 452; a known VEN that is not registered is 463.

    Identity: when the request is authenticated (``ctx.fingerprint``: the signer's
    certificate, else the TLS client's), that fingerprint must be the one registered for the
    claimed venID, else 463. A VEN with no fingerprint on record is refused too, except by a
    registration (``binding``), which records it (see registration.py).
    """
    bound = await ctx.store.find_ven_by_fingerprint(ctx.fingerprint) if ctx.fingerprint else None
    ven_id = claimed if claimed is not None else (bound.ven_id if bound is not None else None)
    if not ven_id:
        raise ProtocolError(Code.INVALID_ID, "venID missing")
    ven = await ctx.store.get_ven(ven_id)
    if ven is None or ven.ven_id != ven_id:
        raise ProtocolError(Code.INVALID_ID, f"unknown venID {ven_id!r}")
    if ctx.fingerprint:
        if ven.fingerprint is not None and not same_fingerprint(ven.fingerprint, ctx.fingerprint):
            raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED,
                                "the certificate is not the one registered for this venID")
        if ven.fingerprint is None and not binding:
            raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED,
                                "no certificate is registered for this venID: register again")
        if ven.fingerprint is None and bound is not None and bound.ven_id != ven_id:
            raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED,
                                "the certificate is registered for another venID")
    if registered and ven.registration_id is None:
        raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED, "VEN not registered")
    return ven

"""The EI VTN's configuration, the per-call context, and the helpers every service shares:
party checks, eiResponse builders and the operation table entry."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from energyinterop.ei import ArrayofResponses, EiResponse, RefID
from energyinterop.market import ItemResult, Market, MarketRegistry
from energyinterop.roles.effects import Outcome
from energyinterop.roles.errors import DESCRIPTIONS, Code, ProtocolError
from energyinterop.roles.ids import IdFactory, random_ids
from energyinterop.store.base import Store, VenRecord


@dataclass(frozen=True)
class EiVtnConfig:
    """What an operator decides about an EI VTN.

    ``vtn_id`` is the VTN's own party ID: registrar, enrollment administrator, responding
    party and ``vtnID`` in its replies.
    """

    vtn_id: str
    auto_accept: bool = False  # register parties the operator did not provision
    ids: IdFactory = field(default=random_ids)


@dataclass(frozen=True, slots=True)
class EiContext:
    """Everything one call may use; ``party_id`` is the acting party, already checked."""

    config: EiVtnConfig
    markets: MarketRegistry
    store: Store
    now: datetime
    party_id: str

    @property
    def vtn_id(self) -> str:
        return self.config.vtn_id

    def new_id(self, kind: str) -> str:
        return self.config.ids(kind)

    def market(self, market_context: str | None) -> Market:
        """The market of a context; 453 when the VTN hosts none for it."""
        market = self.markets.get(market_context)
        if market is None:
            raise ProtocolError(Code.NOT_RECOGNIZED, f"no market for market context {market_context!r}")
        return market


Ref = Any  # one of the ei identifier classes (RefID, TenderID, ...): all have ``value``
Claims = Callable[[Any], Sequence[str | None]]
Handler = Callable[[EiContext, Any], Awaitable[Outcome]]
ReplyBuilder = Callable[[Any, EiResponse, str], Any]


@dataclass(frozen=True, slots=True)
class Operation:
    """One WSDL operation as the VTN serves it.

    ``claims`` lists the parties the payload says it comes from (empty: the payload names
    none, the transport's identity is used); ``reply`` builds the response payload around
    an eiResponse (used for errors too; ``None`` for one-way operations); ``key`` is what
    makes a repeated request recognisable (its requestID, or the object ID for the few
    payloads without one).
    """

    handle: Handler
    claims: Claims
    reply: ReplyBuilder | None
    key: Callable[[Any], str | None]
    # What the acting party must be: registered (most), merely known, or nothing yet
    # (a party registering may be created by auto-accept).
    requires: Literal["registered", "known", "nothing"] = "registered"

    @property
    def one_way(self) -> bool:
        return self.reply is None


def by_request_id(payload: Any) -> str | None:
    return getattr(payload, "request_id", None)


def ei_response(ref: str | Ref, code: Code | int = Code.OK, description: str | None = None,
                now: datetime | None = None) -> EiResponse:
    """An eiResponse; ``ref`` is the requestID answered (or a typed identifier)."""
    code = Code(int(code))
    return EiResponse(response_code=str(int(code)), response_description=description or DESCRIPTIONS.get(code, code.name),
                      ref_id=RefID(value=ref) if isinstance(ref, str) else ref, created_date_time=now)


def item_response(ref: Ref, code: Code | int = Code.OK, description: str | None = None) -> EiResponse:
    """One entry of ``ei:responses``: the outcome for one item, named by its typed ID."""
    return ei_response(ref, code, description)


def from_result(result: ItemResult, ref_class: type) -> EiResponse:
    return item_response(ref_class(value=result.ref_id), result.code, result.description)


def responses(items: Sequence[EiResponse]) -> ArrayofResponses | None:
    return ArrayofResponses(response=list(items)) if items else None


def summary(ref: str | Ref, items: Sequence[EiResponse], now: datetime) -> EiResponse:
    """The overall eiResponse of a batch: 200 when any item succeeded (the items tell which),
    otherwise the first item's error. A batch with no items is 200."""
    ok = [i for i in items if i.response_code.startswith("2")]
    if ok or not items:
        description = None if len(ok) == len(items) else f"{len(ok)} of {len(items)} accepted"
        return ei_response(ref, Code.OK, description, now)
    first = items[0]
    return ei_response(ref, int(first.response_code), first.response_description, now)


async def authorize(store: Store, party_id: str, *, registered: bool) -> VenRecord:
    """The record of a known party: 452 when unknown, 463 when not registered (as required)."""
    record = await store.get_ven(party_id)
    if record is None or record.ven_id != party_id:
        raise ProtocolError(Code.INVALID_ID, f"unknown party {party_id!r}")
    if registered and record.registration_id is None:
        raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED, f"party {party_id!r} is not registered")
    return record


def only_self(ctx: EiContext, filter_party: str | None, what: str) -> None:
    """Queries show a party its own objects only; naming another party is refused (463)."""
    if filter_party is not None and filter_party != ctx.party_id:
        raise ProtocolError(Code.NOT_REGISTERED_OR_AUTHORIZED, f"{ctx.party_id!r} may not read {what} of {filter_party!r}")


def check_vtn(ctx: EiContext, vtn_id: str | None) -> None:
    """A payload addressed to another VTN is refused (452)."""
    if vtn_id is not None and vtn_id != ctx.vtn_id:
        raise ProtocolError(Code.INVALID_ID, f"vtnID {vtn_id!r} is not this VTN ({ctx.vtn_id!r})")

"""What the market services (quote, tender, transaction, delivery) share: finding the
market of each artifact, asking every market about IDs, and the TEMIX check."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from emix.temix import TemixViolation, violations
from energyinterop.ei import EiResponse
from energyinterop.market import ItemResult, Market
from energyinterop.roles.ei.common import EiContext, from_result, item_response
from energyinterop.roles.errors import Code, ProtocolError

T = TypeVar("T")


def temix_check(payload: Any) -> None:
    """Refuse the whole payload on its first TEMIX violation (459, naming the rule): a
    market only ever sees valid artifacts, and nothing of a broken batch is created."""
    found = violations(payload)
    if found:
        first: TemixViolation = found[0]
        where = f" at {first.where}" if first.where else ""
        raise ProtocolError(Code.COMPLIANCE_ERROR, f"TEMIX rule {first.rule.value} violated: {first.detail}{where}")


def by_market(ctx: EiContext, items: Sequence[T], context_of: Callable[[T], str | None]
              ) -> list[tuple[Market, list[T]]]:
    """Group items by the market of their market context, in first-seen order; refuse the
    whole payload when an item names none (454) or one the VTN does not host (453)."""
    groups: dict[int, tuple[Market, list[T]]] = {}
    for item in items:
        uri = context_of(item)
        if not uri:
            raise ProtocolError(Code.INVALID_DATA, "an artifact names no market context")
        market = ctx.market(uri)
        groups.setdefault(id(market), (market, []))[1].append(item)
    return list(groups.values())


async def submit(ctx: EiContext, items: Sequence[T], id_of: Callable[[T], str], market_of: Callable[[T], str | None],
                 ref_class: type, call: Callable[[Market, list[T]], Awaitable[list[ItemResult]]]
                 ) -> list[EiResponse]:
    """Hand new items to their markets; one response per item, in order. A batch naming
    an ID twice is refused (454): the answers would be ambiguous."""
    ids = [id_of(item) for item in items]
    if len(set(ids)) != len(ids):
        raise ProtocolError(Code.INVALID_DATA, "an ID appears twice in the payload")
    results: dict[str, ItemResult] = {}
    for market, group in by_market(ctx, items, market_of):
        for result in await call(market, group):
            results[result.ref_id] = result
    return [from_result(results[i], ref_class) if i in results
            else item_response(ref_class(value=i), Code.OTHER_ERROR, "the market gave no answer") for i in ids]


def accepted(items: Sequence[EiResponse]) -> tuple[str, ...]:
    """The IDs of the items that succeeded."""
    return tuple(i.ref_id.value for i in items if i.response_code.startswith("2"))


async def for_ids(ctx: EiContext, ids: Sequence[str], ref_class: type,
                  call: Callable[[Market], Awaitable[list[ItemResult]]]) -> list[EiResponse]:
    """Ask every market about IDs (ID-only payloads carry no market context); an ID no
    market answers for is unknown (452)."""
    answered: dict[str, ItemResult] = {}
    for market in ctx.markets.markets():
        for result in await call(market):
            answered.setdefault(result.ref_id, result)
    return [from_result(answered[i], ref_class) if i in answered
            else item_response(ref_class(value=i), Code.INVALID_ID, "unknown ID") for i in ids]


async def gather(ctx: EiContext, call: Callable[[Market], Awaitable[list[T]]]) -> list[T]:
    """The concatenated answers of every hosted market to a query."""
    found: list[T] = []
    for market in ctx.markets.markets():
        found.extend(await call(market))
    return found


def missing(ids: Sequence[str], found_ids: set[str], ref_class: type) -> list[EiResponse]:
    """One 452 response per asked ID that no market returned."""
    return [item_response(ref_class(value=i), Code.INVALID_ID, "unknown ID") for i in ids if i not in found_ids]


def context_of(artifact: Any) -> str | None:
    """The market context of an EMIX artifact (products and options carry one)."""
    return getattr(artifact, "market_context", None)

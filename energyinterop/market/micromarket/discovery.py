"""The VEN side of discovery: which markets a VTN hosts and their terms, without configuration.

``eiRequestEiMarketContext`` answers each hosted context (its URI as ``refID``, its name
as the description: the reply has no element for a market context); ``eiRequestQuote``
answers each market's quote, whose first product carries the market's terms. Together
they give a :class:`~.spec.MarketSpec` per market.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from energyinterop.ei import EiRequestEiMarketContext, EiRequestQuote
from energyinterop.market.micromarket.spec import MarketSpec, SpecError


class EiCaller(Protocol):
    """What sends an EI payload and returns the answer (e.g. ``EiSoapClient``)."""

    async def call(self, payload: Any) -> Any: ...


async def discover(client: EiCaller, party_id: str, new_request_id: Callable[[], str]) -> list[MarketSpec]:
    """The markets ``party_id`` may trade at the VTN behind ``client``, in the VTN's order.

    A context whose quote carries no readable terms (a market that is not a micromarket)
    is left out.
    """
    reply = await client.call(EiRequestEiMarketContext(request_id=new_request_id(), ven_id=party_id))
    names = {r.ref_id.value: r.response_description for r in (reply.responses.response if reply.responses else [])
             if r.response_code.startswith("2")}
    quotes = await client.call(EiRequestQuote(request_id=new_request_id(), quote_id=[], requestor_party_id=party_id))
    found: dict[str, MarketSpec] = {}
    for quote in quotes.ei_quote:
        try:
            spec = MarketSpec.from_quote(quote)
        except SpecError:
            continue
        if spec.market_context in names and spec.market_context not in found:
            found[spec.market_context] = MarketSpec.from_quote(quote, names[spec.market_context])
    return [found[uri] for uri in names if uri in found]

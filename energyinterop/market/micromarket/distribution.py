"""The VTN side of quote distribution: after a clearing, each market's quote goes to its
subscribers as a one-way ``eiDistributeQuote`` (publisher: the market's VTN).

The quote is the one ``eiRequestQuote`` returns at that instant (last clearing price, then
the indicative price of every open interval). A quote is state, not an event: the next
one supersedes it, so a subscriber that cannot be reached is logged and simply gets the
next clearing's quote; nothing is queued and the clearing never waits for a push.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol, runtime_checkable

import aiohttp

from energyinterop.ei import EiDistributeQuote, EiQuote
from energyinterop.market.micromarket.discovery import EiCaller
from energyinterop.market.micromarket.spec import MarketSpec
from energyinterop.ven.soap import EiSoapClient

log = logging.getLogger("energyinterop.market")

# A client for one subscriber's address (the default: EiSoapClient on a shared session).
ClientFor = Callable[[str], EiCaller]


@runtime_checkable
class QuotePublisher(Protocol):
    """A market whose quote can be pushed (:class:`~.market.MicroMarket`)."""

    spec: MarketSpec

    async def subscribers(self) -> dict[str, str]: ...

    async def market_quote(self, now: datetime) -> EiQuote: ...


class QuoteDistribution:
    """Pushes quotes over SOAP; ``publisher_id`` names the VTN (None: the market context
    stands for it), ``timeout`` bounds each push so a stalled subscriber costs little."""

    def __init__(self, publisher_id: str | None = None, *, timeout: float = 5.0,
                 client_for: ClientFor | None = None) -> None:
        self.publisher_id, self.timeout = publisher_id, timeout
        self._client_for = client_for
        self._session: aiohttp.ClientSession | None = None

    async def distribute(self, market: QuotePublisher, now: datetime) -> dict[str, bool]:
        """Push the market's quote at ``now`` to every subscriber: whether each took it."""
        subscribers = await market.subscribers()
        if not subscribers:
            return {}
        quote = await market.market_quote(now)
        payload = EiDistributeQuote(request_id=f"{quote.quote_id}@{now.isoformat()}",
                                    publisher_party_id=self.publisher_id or market.spec.market_context,
                                    ei_quote=[quote])
        sent = await asyncio.gather(*(self._send(party, url, payload) for party, url in subscribers.items()))
        return dict(zip(subscribers, sent, strict=True))

    async def _send(self, party_id: str, url: str, payload: EiDistributeQuote) -> bool:
        try:
            await self._client(url).call(payload)
        except Exception as error:  # the next clearing's quote is the retry
            log.warning("quote not delivered", extra={"effect": {"party": party_id, "url": url,
                                                                  "error": f"{type(error).__name__}: {error}"}})
            return False
        return True

    def _client(self, url: str) -> EiCaller:
        if self._client_for is not None:
            return self._client_for(url)
        if self._session is None:
            self._session = aiohttp.ClientSession()
        return EiSoapClient(url, self._session, timeout=self.timeout)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


__all__ = ["ClientFor", "QuoteDistribution", "QuotePublisher"]

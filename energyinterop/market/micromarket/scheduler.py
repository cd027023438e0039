"""Runs the markets a VTN hosts on its clock: every ``period`` seconds, each scheduled
market (:class:`energyinterop.market.ScheduledMarket`) clears what is due at ``clock()``.

The clock is given in, so a test or a simulation can drive time; :meth:`tick` runs one
round at once. A market that fails is logged and retried next round: one broken market
never stops the others, nor the server.

After a market clears, its quote is pushed to its subscribers (:mod:`.distribution`) in
the background: a slow or dead subscriber never delays a clearing. A push still running
when the market clears again is cancelled, since the new quote supersedes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from energyinterop.market.interface import MarketRegistry, ScheduledMarket
from energyinterop.market.micromarket.distribution import QuoteDistribution, QuotePublisher

log = logging.getLogger("energyinterop.market")


class MarketScheduler:
    def __init__(self, markets: MarketRegistry, clock: Callable[[], datetime], period: float = 1.0,
                 distribution: QuoteDistribution | None = None) -> None:
        self.markets, self.clock, self.period = markets, clock, period
        self.distribution = distribution or QuoteDistribution()
        self._task: asyncio.Task[None] | None = None
        self._pushes: dict[str, asyncio.Task[None]] = {}  # market context -> its push in flight

    def scheduled(self) -> list[ScheduledMarket]:
        return [m for m in self.markets.markets() if isinstance(m, ScheduledMarket)]

    async def tick(self) -> list[Any]:
        """One round: what every scheduled market cleared."""
        done: list[Any] = []
        for market in self.scheduled():
            now = self.clock()
            try:
                cleared = await market.run_due(now)
            except Exception:  # logged and retried next round
                log.exception("market clearing failed")
                continue
            done.extend(cleared)
            if cleared and isinstance(market, QuotePublisher):
                self._push(market, now)
        for summary in done:
            log.info("cleared", extra={"effect": {"start": str(summary.start), "price": str(summary.price),
                                                  "volume": str(summary.volume)}})
        return done

    def _push(self, market: QuotePublisher, now: datetime) -> None:
        context = market.spec.market_context
        previous = self._pushes.get(context)
        if previous is not None:
            previous.cancel()  # superseded by this quote
        self._pushes[context] = asyncio.create_task(self._distribute(market, now), name=f"quote-push {context}")

    async def _distribute(self, market: QuotePublisher, now: datetime) -> None:
        try:
            await self.distribution.distribute(market, now)
        except Exception:  # e.g. the store: the next clearing pushes again
            log.exception("quote distribution failed")

    async def start(self) -> None:
        if self._task is None and self.scheduled():
            self._task = asyncio.create_task(self._run(), name="market-scheduler")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for push in self._pushes.values():
            push.cancel()
        await asyncio.gather(*self._pushes.values(), return_exceptions=True)
        self._pushes.clear()
        await self.distribution.close()

    async def _run(self) -> None:
        while True:
            await self.tick()
            await asyncio.sleep(self.period)

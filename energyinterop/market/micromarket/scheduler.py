"""Runs the markets a VTN hosts on its clock: every ``period`` seconds, each scheduled
market (:class:`energyinterop.market.ScheduledMarket`) clears what is due at ``clock()``.

The clock is given in, so a test or a simulation can drive time; :meth:`tick` runs one
round at once. A market that fails is logged and retried next round: one broken market
never stops the others, nor the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from energyinterop.market.interface import MarketRegistry, ScheduledMarket

log = logging.getLogger("energyinterop.market")


class MarketScheduler:
    def __init__(self, markets: MarketRegistry, clock: Callable[[], datetime], period: float = 1.0) -> None:
        self.markets, self.clock, self.period = markets, clock, period
        self._task: asyncio.Task[None] | None = None

    def scheduled(self) -> list[ScheduledMarket]:
        return [m for m in self.markets.markets() if isinstance(m, ScheduledMarket)]

    async def tick(self) -> list[Any]:
        """One round: what every scheduled market cleared."""
        done: list[Any] = []
        for market in self.scheduled():
            try:
                done.extend(await market.run_due(self.clock()))
            except Exception:  # logged and retried next round
                log.exception("market clearing failed")
        for summary in done:
            log.info("cleared", extra={"effect": {"start": str(summary.start), "price": str(summary.price),
                                                  "volume": str(summary.volume)}})
        return done

    async def start(self) -> None:
        if self._task is None and self.scheduled():
            self._task = asyncio.create_task(self._run(), name="market-scheduler")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            await self.tick()
            await asyncio.sleep(self.period)

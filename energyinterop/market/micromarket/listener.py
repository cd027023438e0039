"""The VEN side of quote distribution: the small SOAP endpoint a trading party runs to
receive what a VTN's markets push (``eiDistributeQuote``, ``eiDistributeTender``).

    async with QuoteListener(quotes.append) as listener:
        await market.subscribe("battery-1", listener.url)   # on the VTN (see docs/market.md)

Envelopes are checked, validated and decoded exactly as on the VTN (the same
``soap_routes``); each distribution is answered 202 as the one-way operations it is. Any
other EI payload is refused with a SOAP fault carrying EI code 453: a party hosts no
VTN services.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Self

from aiohttp import web

from energyinterop.codec import ei_codec
from energyinterop.ei import EiDistributeQuote, EiDistributeTender
from energyinterop.transport.simple_http import Peer
from energyinterop.transport.soap_http import SOAP_PREFIX, soap_routes
from energyinterop.xml.errors import CodecError, ResponseCode

log = logging.getLogger("energyinterop.market.listener")


class NotDistributed(CodecError):
    """A payload that is no distribution: a party answers no requests."""

    code = ResponseCode.NOT_RECOGNIZED


class QuoteListener:
    """Calls ``on_quote`` with each ``eiDistributeQuote`` received (and ``on_tender``, when
    given, with each ``eiDistributeTender``; without it those are refused). ``port=0``:
    any free port; ``public_url`` is the address the VTN reaches when not the bound one."""

    def __init__(self, on_quote: Callable[[EiDistributeQuote], None], host: str = "127.0.0.1", port: int = 0, *,
                 on_tender: Callable[[EiDistributeTender], None] | None = None,
                 public_url: str | None = None) -> None:
        self.on_quote, self.on_tender = on_quote, on_tender
        self.host, self.port, self.public_url = host, port, public_url
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        """The address to subscribe (known once started when port=0)."""
        if self.public_url is not None:
            return self.public_url
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{SOAP_PREFIX}"

    async def _serve(self, service: str, payload: Any, peer: Peer) -> None:
        if isinstance(payload, EiDistributeQuote):
            self.on_quote(payload)
        elif isinstance(payload, EiDistributeTender) and self.on_tender is not None:
            self.on_tender(payload)
        else:
            raise NotDistributed(f"{type(payload).__name__}: this endpoint only receives distributions")

    def application(self) -> web.Application:
        app = web.Application()
        app.add_routes(soap_routes(self._serve, ei_codec()))
        return app

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("already started")
        runner = web.AppRunner(self.application(), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, self.host, self.port).start()
        self._runner = runner
        if runner.addresses:  # the port actually bound (port=0)
            self.host, self.port = runner.addresses[0][:2]
        log.info("quote listener at %s", self.url)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


__all__ = ["NotDistributed", "QuoteListener"]

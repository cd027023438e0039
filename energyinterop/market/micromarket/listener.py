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
from typing import Any

from aiohttp import web

from energyinterop.codec import ei_codec
from energyinterop.ei import EiDistributeQuote, EiDistributeTender
from energyinterop.transport.endpoint import Endpoint
from energyinterop.transport.simple_http import Peer
from energyinterop.transport.soap_http import SOAP_PREFIX, soap_routes
from energyinterop.xml.errors import CodecError, ResponseCode

log = logging.getLogger("energyinterop.market.listener")


class NotDistributed(CodecError):
    """A payload that is no distribution: a party answers no requests."""

    code = ResponseCode.NOT_RECOGNIZED


class QuoteListener(Endpoint):
    """Calls ``on_quote`` with each ``eiDistributeQuote`` received (and ``on_tender``, when
    given, with each ``eiDistributeTender``; without it those are refused). ``port=0``:
    any free port; ``public_url`` is the address the VTN reaches when not the bound one.
    :attr:`url` is the address to subscribe."""

    path = SOAP_PREFIX
    label = "quote listener"

    def __init__(self, on_quote: Callable[[EiDistributeQuote], None], host: str = "127.0.0.1", port: int = 0, *,
                 on_tender: Callable[[EiDistributeTender], None] | None = None,
                 public_url: str | None = None) -> None:
        super().__init__(host, port, public_url=public_url)
        self.on_quote, self.on_tender = on_quote, on_tender

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


__all__ = ["NotDistributed", "QuoteListener"]

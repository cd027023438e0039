"""A small served endpoint: an aiohttp application on ``host:port`` (``port=0``: any free
port) or on a bound socket, started and stopped with the object (``async with``). The VEN's
push endpoint and a trading party's quote listener are such endpoints."""

from __future__ import annotations

import logging
import socket
from typing import Self

from aiohttp import web

log = logging.getLogger("energyinterop.endpoint")


class Endpoint:
    """Subclasses give :meth:`application` and a ``path`` (what :attr:`url` ends with)."""

    path = ""
    label = "endpoint"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, sock: socket.socket | None = None,
                 public_url: str | None = None) -> None:
        self.host, self.port, self.sock, self.public_url = host, port, sock, public_url
        self._runner: web.AppRunner | None = None

    def application(self) -> web.Application:
        raise NotImplementedError

    @property
    def url(self) -> str:
        """The address peers reach (known once started when port=0): ``public_url`` when the
        bound one is not reachable as such (``0.0.0.0``, NAT)."""
        if self.public_url is not None:
            return self.public_url
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self.path}"

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("already started")
        runner = web.AppRunner(self.application(), access_log=None)
        await runner.setup()
        site: web.BaseSite
        if self.sock is not None:
            site = web.SockSite(runner, self.sock)
        else:
            site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        if runner.addresses:  # the address actually bound (port=0, or a socket given)
            self.host, self.port = runner.addresses[0][:2]
        log.info("%s at %s", self.label, self.url)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


__all__ = ["Endpoint"]

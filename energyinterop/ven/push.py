"""OpenADR 2.0b push model, VEN side: the small HTTP endpoint the VTN POSTs to.

The VEN registers with ``VenConfig(http_pull_model=False, transport_address=server.url)``
(registration itself goes VEN -> VTN as in the pull model); the VTN then POSTs its
messages (oadrDistributeEvent, oadrCreateReport...) to
``<transport_address>/<service>``. Each goes to :meth:`Ven.handle`, and
``outcome.reply`` (e.g. oadrCreatedEvent) is the HTTP answer; a message that needs no
reply is acknowledged with an oadrResponse 200. Bad input (method, content type, size,
schema) is refused exactly as on the VTN side: the same ``openadr_routes``.

    async with VenPushServer(ven_client, "0.0.0.0", 8081) as server:
        ...   # server.url is the transport address to register
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from energyinterop.codec import openadr_codec
from energyinterop.roles.effects import Outcome
from energyinterop.roles.errors import Code
from energyinterop.roles.messages import oadr_response, request_id_of
from energyinterop.roles.ven import Decide, Ven
from energyinterop.transport.simple_http import (
    DEFAULT_MAX_BODY,
    OPENADR_PATH,
    Peer,
    error_response,
    openadr_routes,
)
from energyinterop.transport.endpoint import Endpoint
from energyinterop.wrappers.base import WrapperStack
from energyinterop.ven.client import VenClient

log = logging.getLogger("energyinterop.ven.push")

Clock = Callable[[], datetime]
PUSH_SERVICES = ("EiEvent", "EiReport", "EiRegisterParty", "EiOpt")  # no OadrPoll on a VEN


def utc_now() -> datetime:
    return datetime.now(UTC)


class VenPushServer(Endpoint):
    """Serves ``/OpenADR2/Simple/2.0b/{EiEvent,EiReport,EiRegisterParty,EiOpt}`` for one VEN.

    ``target`` is a :class:`VenClient` (its ``decide``, ``on_effect`` and saved state apply)
    or a bare :class:`Ven` role (then ``decide`` and ``clock`` here apply). Pass ``sock``, a
    bound socket, to serve on it instead of ``host``/``port`` (``port=0``: any free port).
    ``public_url`` is the address the VTN reaches, when not the bound one (``0.0.0.0``, NAT);
    :attr:`url` is the transport address to register.
    """

    path = OPENADR_PATH
    label = "VEN push endpoint"

    def __init__(self, target: VenClient | Ven, host: str = "127.0.0.1", port: int = 0, *,
                 sock: socket.socket | None = None, decide: Decide | Mapping[str, str] | None = None,
                 clock: Clock = utc_now, max_body: int = DEFAULT_MAX_BODY,
                 public_url: str | None = None, wrappers: WrapperStack | None = None) -> None:
        super().__init__(host, port, sock=sock, public_url=public_url)
        self.target = target
        self.wrappers = wrappers
        self.decide = decide
        self.clock = clock
        self.max_body = max_body

    @property
    def ven(self) -> Ven:
        return self.target.ven if isinstance(self.target, VenClient) else self.target

    # ------------------------------------------------------------ handling

    def handle(self, message: Any) -> Outcome:
        """One pushed message through the role (and the client's bookkeeping)."""
        if isinstance(self.target, VenClient):
            return self.target.handle_pushed(message)  # its effects, decide, and saved state
        return self.target.handle(message, now=self.clock(), decide=self.decide)

    async def _serve(self, service: str, message: Any, peer: Peer) -> Any:
        outcome = self.handle(message)
        if outcome.reply is not None:
            return outcome.reply
        # Acknowledge with an oadrResponse naming this VEN (the VTN reads it as a response).
        return oadr_response(request_id_of(message), self.ven.ven_id)

    def application(self) -> web.Application:
        codec = openadr_codec()
        app = web.Application(client_max_size=self.max_body + 1024)

        async def no_poll(request: web.Request) -> web.Response:
            body = codec.encode_message(error_response(int(Code.NOT_RECOGNIZED), "a VEN serves no OadrPoll"))
            return web.Response(body=body, status=404, content_type="application/xml")

        app.router.add_route("*", f"{OPENADR_PATH}/OadrPoll", no_poll)  # before the generic route
        app.add_routes(openadr_routes(self._serve, codec, max_body=self.max_body, wrappers=self.wrappers,
                                      clock=self.clock))
        return app


__all__ = ["PUSH_SERVICES", "VenPushServer"]

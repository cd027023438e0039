"""OpenADR 2.0b push model end to end over loopback: the VTN server (build_app, MemoryStore,
auto-accept) with PushDelivery, and push VENs (the sans-IO role behind VenPushServer).

Registration goes VEN -> VTN over HTTP as in the pull model; after that the VEN never
polls: the VTN POSTs its queue to the VEN's endpoint and stores what the VEN answers.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from energyinterop.openadr import OadrRequestReregistration, OadrResponse, openadr_codec
from energyinterop.roles import SequentialIds, Ven, VenConfig, service_of
from energyinterop.store import MemoryStore
from energyinterop.transport.push import PushDelivery
from energyinterop.transport.simple_http import OPENADR_PATH, SimpleHttpClient
from energyinterop.ven.push import VenPushServer
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import PUSH, VTN, build_app

CODEC = openadr_codec()
VTN_ID = "VTN-PUSH"
TOKEN = "operator-secret"
FAST: dict[str, Any] = {"backoff_initial": 0.05, "backoff_max": 0.2}


# ------------------------------------------------------------------ harness


@dataclass
class Vtn:
    """A started VTN server with its push delivery."""

    server: TestServer
    store: MemoryStore
    delivery: PushDelivery
    session: aiohttp.ClientSession

    @property
    def client(self) -> SimpleHttpClient:
        return SimpleHttpClient(str(self.server.make_url("")), CODEC, self.session)

    async def create_event(self, ven_id: str, event_id: str) -> None:
        start = datetime.now(UTC) + timedelta(hours=1)
        body = {"targets": {"ven_ids": [ven_id]}, "signal_name": "simple", "signal_type": "level",
                "values": [1], "interval_s": 600, "start": start.isoformat(), "event_id": event_id,
                "market_context": "http://market.example/push"}
        async with self.session.post(self.server.make_url("/api/v1/events"), json=body,
                                     headers={"Authorization": f"Bearer {TOKEN}"}) as response:
            assert response.status == 201, await response.text()

    async def opts(self, ven_id: str) -> dict[str, str]:
        return {o.event_id: o.opt_type for o in await self.store.list_opt_responses() if o.ven_id == ven_id}


@asynccontextmanager
async def vtn(store: MemoryStore, **delivery: Any) -> AsyncIterator[Vtn]:
    """The server as the CLI runs it, with its own push delivery (tuned to be quick)."""
    app = build_app(ServerConfig(vtn_id=VTN_ID, operator_token=TOKEN, auto_accept_vens=True), store,
                    push_options={"sweep_interval": 60.0, **FAST, **delivery})
    push = app[PUSH]
    server = TestServer(app)
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as session:
            yield Vtn(server, store, push, session)
    finally:
        await server.close()


@dataclass
class PushVen:
    """A push VEN: the role, and what its endpoint received, in order."""

    ven: Ven
    received: list[Any] = field(default_factory=list)

    def endpoint(self, **options: Any) -> VenPushServer:
        received = self.received

        class Recording(VenPushServer):
            def handle(self, message: Any) -> Any:
                received.append(message)
                return super().handle(message)

        return Recording(self.ven, decide=lambda event: "optOut", **options)

    def pushed(self) -> list[tuple[str, tuple[str, ...]]]:
        """(message type, event IDs) of every message pushed, in arrival order."""
        return [(type(m).__name__, tuple(e.ei_event.event_descriptor.event_id for e in getattr(m, "oadr_event", [])))
                for m in self.received]


def push_ven(name: str, address: str) -> PushVen:
    return PushVen(Ven(VenConfig(ven_name=name, vtn_id=VTN_ID, http_pull_model=False, transport_address=address,
                                 ids=SequentialIds(f"{name}-"))))


async def register(run: Vtn, ven: Ven) -> str:
    """The VEN's own requests (registration, reports, events) until it has nothing due:
    the pull model's driver, minus the polls a push VEN never makes."""
    for _ in range(20):
        request, answering = ven.next_request(datetime.now(UTC)), None
        if request is None:
            assert ven.registered and ven.ven_id
            return ven.ven_id
        while request is not None:
            reply = await run.client.send(service_of(request, answering), request)
            request, answering = ven.handle(reply, now=datetime.now(UTC)).reply, reply
    raise AssertionError("the VEN never went idle")


async def wait_until(condition: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


def bound_socket() -> socket.socket:
    """A bound socket that does not listen yet: connections to it are refused until the
    endpoint starts serving on it (no race for the port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


# ------------------------------------------------------------------ 1. pushed without a poll


def test_event_is_pushed_without_poll_and_the_answer_is_stored_as_the_opt() -> None:
    async def go() -> None:
        store = MemoryStore()
        async with vtn(store) as run:
            pv = push_ven("ven-push", "http://placeholder")
            async with pv.endpoint() as endpoint:
                pv.ven.config = replace(pv.ven.config, transport_address=endpoint.url)
                ven_id = await register(run, pv.ven)
                assert (await store.get_ven(ven_id)).transport_address == endpoint.url  # type: ignore[union-attr]
                assert pv.ven.next_request(datetime.now(UTC)) is None  # a push VEN has no poll due, ever

                await run.create_event(ven_id, "EV-1")
                # The sweep is a minute away: only the MessageQueued wake-up can deliver this.
                await wait_until(lambda: _true(("OadrDistributeEvent", ("EV-1",)) in pv.pushed()))
                await wait_until(lambda: _eq(run.opts(ven_id), {"EV-1": "optOut"}))
                assert pv.ven.state.events["EV-1"].opt_type == "optOut"
                assert await store.pending(ven_id) == 0
                # The VTN's oadrRegisterReport, queued at registration, was pushed first.
                assert [t for t, _ in pv.pushed()] == ["OadrRegisterReport", "OadrDistributeEvent"]

    asyncio.run(go())


# ------------------------------------------------------------------ 2. down, then up


def test_an_endpoint_down_at_first_gets_everything_after_it_comes_up_in_order_once() -> None:
    async def go() -> None:
        store = MemoryStore()
        async with vtn(store) as run:
            sock = bound_socket()
            port = sock.getsockname()[1]
            pv = push_ven("ven-late", f"http://127.0.0.1:{port}")  # a root URL: the OpenADR path is added
            ven_id = await register(run, pv.ven)
            await run.create_event(ven_id, "EV-1")
            await run.create_event(ven_id, "EV-2")
            await asyncio.sleep(0.4)  # several refused attempts, backing off
            assert pv.received == [] and await run.opts(ven_id) == {}
            assert await store.pending(ven_id) == 3  # nothing leaves the queue unanswered

            async with pv.endpoint(sock=sock):
                expected = [("OadrRegisterReport", ()), ("OadrDistributeEvent", ("EV-1",)),
                            ("OadrDistributeEvent", ("EV-1", "EV-2"))]
                await wait_until(lambda: _eq(run.opts(ven_id), {"EV-1": "optOut", "EV-2": "optOut"}))
                await asyncio.sleep(0.3)  # time for any duplicate to show up
                assert pv.pushed() == expected  # in order, each once
                assert await store.pending(ven_id) == 0

    asyncio.run(go())


# ------------------------------------------------------------------ 3. retries of the same bytes


def test_server_errors_are_retried_with_the_same_bytes_and_spoofed_answers_are_ignored() -> None:
    async def go() -> None:
        store = MemoryStore()
        bodies: list[bytes] = []
        ven = push_ven("ven-flaky", "http://placeholder").ven

        async def flaky(request: web.Request) -> web.Response:
            body = await request.read()
            bodies.append(body)
            if len(bodies) <= 2:
                return web.Response(status=503, text="busy")
            reply = ven.handle(CODEC.decode_message(body), now=datetime.now(UTC)).reply
            return web.Response(body=CODEC.encode_message(reply), content_type="application/xml")

        app = web.Application()
        app.router.add_post(OPENADR_PATH + "/{service}", flaky)
        ven_server = TestServer(app)
        await ven_server.start_server()
        try:
            async with vtn(store) as run:
                address = str(ven_server.make_url(OPENADR_PATH))
                ven.config = replace(ven.config, transport_address=address)
                ven_id = await register(run, ven)
                await wait_until(lambda: _true(len(bodies) >= 3))  # the oadrRegisterReport, third time lucky
                assert bodies[0] == bodies[1] == bodies[2]
                await wait_until(lambda: _eq(store.pending(ven_id), 0))

                await run.create_event(ven_id, "EV-1")
                await wait_until(lambda: _eq(run.opts(ven_id), {"EV-1": "optIn"}))
                queued_document = bodies[-1]
                assert type(CODEC.decode_message(queued_document)).__name__ == "OadrDistributeEvent"

                # The answer to a push to one VEN that claims another venID is not handed to the role.
                other = await register(run, Ven(VenConfig(ven_name="ven-pull", vtn_id=VTN_ID)))  # pull: no pushes
                await run.create_event(other, "EV-2")
                spoofed = _created_event_for(other, "EV-2")
                await run.delivery._feed(ven_id, spoofed)
                assert await run.opts(other) == {}
                await run.delivery._feed(other, spoofed)  # the control: from its own push
                assert await run.opts(other) == {"EV-2": "optIn"}
        finally:
            await ven_server.close()

    asyncio.run(go())


# ------------------------------------------------------------------ 4. shutdown and restart


def test_stop_is_prompt_and_what_was_not_answered_is_delivered_after_a_restart() -> None:
    async def go() -> None:
        store = MemoryStore()
        async with vtn(store, backoff_initial=30.0, backoff_max=30.0) as run:
            sock = bound_socket()
            pv = push_ven("ven-restart", f"http://127.0.0.1:{sock.getsockname()[1]}")
            ven_id = await register(run, pv.ven)
            await run.create_event(ven_id, "EV-1")
            await asyncio.sleep(0.2)  # refused, now sleeping 30 s
            started = time.monotonic()
            await run.delivery.stop()
            assert time.monotonic() - started < 1.0
            assert await store.pending(ven_id) == 2  # nothing lost

            async with pv.endpoint(sock=sock):
                restarted = PushDelivery(store, run.server.app[VTN], sweep_interval=60.0, **FAST)
                async with restarted:  # the first sweep finds the queue: no wake-up needed
                    await wait_until(lambda: _eq(run.opts(ven_id), {"EV-1": "optOut"}))
                assert pv.pushed() == [("OadrRegisterReport", ()), ("OadrDistributeEvent", ("EV-1",))]

    asyncio.run(go())


# ------------------------------------------------------------------ 5. the VEN endpoint's input handling


def test_the_ven_endpoint_refuses_bad_input_like_the_vtn() -> None:
    async def go() -> None:
        ven = Ven(VenConfig(ven_name="ven-edge", vtn_id=VTN_ID, http_pull_model=False,
                            transport_address="http://x", ven_id="VEN-EDGE"))
        async with VenPushServer(ven, max_body=4096) as endpoint, aiohttp.ClientSession() as session:
            async def post(service: str, body: bytes, content_type: str = "application/xml",
                           method: str = "POST") -> tuple[int, Any]:
                async with session.request(method, f"{endpoint.url}/{service}", data=body,
                                           headers={"Content-Type": content_type}) as response:
                    return response.status, CODEC.decode_message(await response.read())

            def code(message: Any) -> str:
                return message.ei_response.response_code

            status, answer = await post("EiEvent", b"<not-openadr/>")
            assert status == 400 and isinstance(answer, OadrResponse)
            status, answer = await post("EiEvent", b"<x/>", content_type="text/plain")
            assert status == 415
            status, answer = await post("EiEvent", b"x" * 5000)
            assert status == 413
            status, answer = await post("EiEvent", b"", method="GET")
            assert status == 405
            status, answer = await post("OadrPoll", b"")
            assert status == 404 and code(answer) == "453"
            status, answer = await post("Nowhere", b"")
            assert status == 404

            # A message for another VEN is answered with an error by the role.
            def reregistration(ven_id: str) -> bytes:
                return CODEC.encode_message(OadrRequestReregistration(ven_id=ven_id, schema_version="2.0b"))

            status, answer = await post("EiRegisterParty", reregistration("VEN-OTHER"))
            assert status == 200 and code(answer) == "452" and not ven.state.reregister
            status, answer = await post("EiRegisterParty", reregistration("VEN-EDGE"))
            assert status == 200 and code(answer) == "200" and answer.ven_id == "VEN-EDGE"
            assert ven.state.reregister

    asyncio.run(go())


# ------------------------------------------------------------------ helpers


async def _true(value: bool) -> bool:
    return value


async def _eq(value: Awaitable[Any], expected: Any) -> bool:
    return await value == expected


def _created_event_for(ven_id: str, event_id: str) -> Any:
    from energyinterop.openadr import (
        EiCreatedEvent,
        EventResponse,
        EventResponses,
        OadrCreatedEvent,
        OptType,
        QualifiedEventID,
    )
    from energyinterop.roles.messages import ei_response

    return OadrCreatedEvent(ei_created_event=EiCreatedEvent(
        ei_response=ei_response("spoof"), ven_id=ven_id, event_responses=EventResponses(event_response=[
            EventResponse(response_code="200", request_id="spoof", opt_type=OptType.optIn,
                          qualified_event_id=QualifiedEventID(event_id=event_id, modification_number=0))])),
        schema_version="2.0b")

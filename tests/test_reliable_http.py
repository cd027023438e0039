"""Reliable messaging over real simple HTTP on loopback: a lossy proxy between the VEN's
client and the server, duplicates answered from the kept answer, and every fault on the
wire with its code."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from energyinterop.openadr import EiResponse, OadrQueryRegistration, OadrResponse, openadr_codec
from energyinterop.store.memory import MemoryStore
from energyinterop.store.sqlite import SqliteStore
from energyinterop.transport.simple_http import (
    OPENADR_PATH,
    SimpleHttpClient,
    TransportError,
    openadr_routes,
    vtn_application,
)
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app, role_config
from energyinterop.wrappers.base import WrapperStack
from energyinterop.wrappers.reliable import Assurance, Backoff, MalformedRmHeader, UnknownSequence
from energyinterop.wrappers.reliable.wrapper import IN_DOUBT, MESSAGE, ReliableConfig, ReliableMessaging
from rm_processes.vtn import STREAM as LOG_STREAM
from rm_processes.vtn import LoggingVtn

CODEC = openadr_codec()
FAST = ReliableConfig(backoff=Backoff(initial=timedelta(milliseconds=5), maximum=timedelta(milliseconds=80)))


def query(i: int) -> bytes:
    return CODEC.encode_message(OadrQueryRegistration(request_id=f"m{i}", schema_version="2.0b"))


class Recorder:
    """The innermost server wrapper: what the role was handed, with its RM number."""

    def __init__(self) -> None:
        self.seen: list[tuple[Any, bool]] = []

    async def outgoing(self, document: bytes, exchange: Any) -> bytes:
        return document

    async def incoming(self, document: bytes, exchange: Any) -> bytes:
        self.seen.append((exchange.notes.get(MESSAGE), exchange.notes.get(IN_DOUBT)))
        return document


async def echo(service: str, message: Any, peer: Any) -> OadrResponse:
    return OadrResponse(ei_response=EiResponse(response_code="200", request_id=message.request_id),
                        schema_version="2.0b")


class LossyProxy:
    """Forwards POSTs to ``target``; in each direction drops 30% (the request never reaches
    the server, or its answer never reaches the client: the connection is cut), duplicates
    30% of requests (the server gets two copies) and delays 30% (reordering concurrent ones)."""

    def __init__(self, target: str, seed: int, rate: float = 0.3) -> None:
        self.target, self.rng, self.rate = target, random.Random(seed), rate
        self.counts = {"requests": 0, "dropped": 0, "answers_dropped": 0, "duplicated": 0, "delayed": 0}
        self.session: aiohttp.ClientSession | None = None

    def chance(self) -> bool:
        return self.rng.random() < self.rate

    @staticmethod
    def cut(request: web.Request) -> web.Response:
        """Close the connection without answering: the client sees it disconnect."""
        assert request.transport is not None
        request.transport.abort()
        return web.Response(status=599)  # never reaches the wire

    async def handle(self, request: web.Request) -> web.StreamResponse:
        assert self.session is not None
        self.counts["requests"] += 1
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower().startswith(("ei-rm-", "content-type"))}
        if self.chance():
            self.counts["dropped"] += 1
            return self.cut(request)
        if self.chance():
            self.counts["delayed"] += 1
            await asyncio.sleep(self.rng.uniform(0, 0.02))
        copies = 2 if self.chance() else 1
        self.counts["duplicated"] += copies - 1
        for _ in range(copies):
            async with self.session.post(self.target + request.path, data=body, headers=headers) as answer:
                status, data = answer.status, await answer.read()
                answer_headers = {k: v for k, v in answer.headers.items()
                                  if k.lower().startswith(("ei-rm-", "content-type"))}
        if self.chance():
            self.counts["answers_dropped"] += 1
            return self.cut(request)
        return web.Response(body=data, status=status, headers=answer_headers)


async def lossy_front(server: TestServer, session: aiohttp.ClientSession, seed: int) -> tuple[LossyProxy, TestServer]:
    """A :class:`LossyProxy` in front of ``server``, started (close the returned server)."""
    proxy = LossyProxy(str(server.make_url("")).rstrip("/"), seed=seed)
    proxy.session = session
    app = web.Application()
    app.router.add_post(OPENADR_PATH + "/{service}", proxy.handle)
    front = TestServer(app)
    await front.start_server()
    return proxy, front


def run(scenario: Callable[..., Awaitable[None]], *, server_config: ReliableConfig = FAST) -> None:
    async def main() -> None:
        recorder = Recorder()
        server_rm = ReliableMessaging(MemoryStore(), server_config)
        server = TestServer(vtn_application(echo, CODEC, wrappers=WrapperStack([recorder, server_rm])))
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                await scenario(server, session, recorder, server_rm)
        finally:
            await server.close()

    asyncio.run(main())


def test_through_a_lossy_proxy_every_request_is_delivered_once_in_order_and_answered() -> None:
    async def scenario(server: TestServer, session: aiohttp.ClientSession, recorder: Recorder, _: Any) -> None:
        proxy, front = await lossy_front(server, session, seed=11)
        try:
            # A window past the 200 messages: this scenario is about delivery through loss; on a
            # loaded machine one unlucky message can otherwise stay unacknowledged while the
            # other senders number 64 more (flow control, WindowFull, is tested on its own).
            client = SimpleHttpClient(str(front.make_url("")), CODEC, session,
                                      wrappers=WrapperStack([ReliableMessaging(MemoryStore(),
                                                                               replace(FAST, window=256))]))
            answers: dict[int, str] = {}

            async def sender(first: int) -> None:  # 4 concurrent senders on one sequence
                for i in range(first, 200, 4):
                    status, data = await client.post("EiRegisterParty", query(i))
                    assert status == 200 and data is not None
                    answers[i] = CODEC.decode_message(data).ei_response.request_id

            await asyncio.gather(*(sender(k) for k in range(4)))
        finally:
            await front.close()
        assert answers == {i: f"m{i}" for i in range(200)}  # each its own answer
        numbers = [message[1] for message, _ in recorder.seen]
        assert numbers == list(range(1, 201))  # once each, in sequence order
        assert not any(doubt for _, doubt in recorder.seen)
        counts = proxy.counts
        assert counts["dropped"] > 30 and counts["answers_dropped"] > 20 and counts["duplicated"] > 20
        assert counts["delayed"] > 20

    run(scenario)


def test_a_duplicate_gets_the_kept_answer_and_the_role_sees_it_once() -> None:
    async def scenario(server: TestServer, session: aiohttp.ClientSession, recorder: Recorder, _: Any) -> None:
        url = str(server.make_url("")).rstrip("/") + OPENADR_PATH + "/EiRegisterParty"
        create = {"Content-Type": "application/xml", "EI-RM-CreateSequence": "urn:uuid:a; offer=urn:uuid:b",
                  "EI-RM-Sequence": "urn:uuid:a; n=1"}
        bodies = []
        for _ in range(2):
            async with session.post(url, data=query(1), headers=create) as answer:
                bodies.append((answer.status, await answer.read(), answer.headers.get("EI-RM-Sequence"),
                               answer.headers.get("EI-RM-Ack")))
        assert bodies[0] == bodies[1]
        assert bodies[0][0] == 200 and bodies[0][2] == "urn:uuid:b; n=1" and bodies[0][3] == "urn:uuid:a; ranges=1"
        assert len(recorder.seen) == 1
        # Message 3 before 2 (InOrder): kept, acknowledged, Nack for 2, answered 202.
        async with session.post(url, data=query(3), headers={"Content-Type": "application/xml",
                                                             "EI-RM-Sequence": "urn:uuid:a; n=3"}) as answer:
            assert answer.status == 202
            assert answer.headers["EI-RM-Ack"] == "urn:uuid:a; ranges=1,3; nack=2"
            assert CODEC.decode_message(await answer.read()).ei_response.response_code == "200"
        assert len(recorder.seen) == 1
        # The client acknowledges answer 1: the server forgets its copy.
        async with session.post(url, data=query(2), headers={"Content-Type": "application/xml",
                                                             "EI-RM-Sequence": "urn:uuid:a; n=2",
                                                             "EI-RM-Ack": "urn:uuid:b; ranges=1"}) as answer:
            assert answer.status == 200 and answer.headers["EI-RM-Sequence"] == "urn:uuid:b; n=2"
        async with session.post(url, data=query(3), headers={"Content-Type": "application/xml",
                                                             "EI-RM-Sequence": "urn:uuid:a; n=3"}) as answer:
            assert answer.status == 200 and answer.headers["EI-RM-Ack"] == "urn:uuid:a; ranges=1-3"
        assert [m for m, _ in recorder.seen] == [("urn:uuid:a", 1), ("urn:uuid:a", 2), ("urn:uuid:a", 3)]

    run(scenario)


def faults_config() -> ReliableConfig:
    return ReliableConfig(max_number=10, max_sequences=2, required=True,
                          backoff=Backoff(initial=timedelta(milliseconds=5), attempts=3))


def test_faults_are_answered_on_the_wire_with_their_code() -> None:
    async def scenario(server: TestServer, session: aiohttp.ClientSession, recorder: Recorder, _: Any) -> None:
        url = str(server.make_url("")).rstrip("/") + OPENADR_PATH + "/EiRegisterParty"

        async def post(**headers: str) -> tuple[int, str | None, str]:
            async with session.post(url, data=query(1), headers={"Content-Type": "application/xml",
                                                                 **headers}) as answer:
                body = CODEC.decode_message(await answer.read())
                return answer.status, answer.headers.get("EI-RM-Fault"), body.ei_response.response_code

        rm = "EI-RM-Sequence"
        assert await post() == (400, "WSRMRequired", "459")
        assert await post(**{rm: "urn:uuid:nope; n=1"}) == (404, "UnknownSequence; id=urn:uuid:nope", "452")
        assert (await post(**{rm: "urn:uuid:x; n=1", "EI-RM-CreateSequence": "urn:uuid:x; offer=urn:uuid:y"}))[0] == 200
        assert await post(**{rm: "urn:uuid:x; n=11"}) == (409, "MessageNumberRollover; id=urn:uuid:x", "450")
        assert await post(**{rm: "urn:uuid:x; n=2", "EI-RM-Ack": "urn:uuid:y; ranges=1-5"}) == (
            400, "InvalidAcknowledgement; id=urn:uuid:y", "454")
        assert (await post(**{"EI-RM-Close": "urn:uuid:x; last=1"}))[0] == 200
        assert await post(**{rm: "urn:uuid:x; n=2"}) == (409, "SequenceClosed; id=urn:uuid:x", "451")
        assert (await post(**{"EI-RM-Terminate": "urn:uuid:x; last=1"}))[0] == 200
        assert await post(**{rm: "urn:uuid:x; n=1"}) == (409, "SequenceTerminated; id=urn:uuid:x", "451")
        assert (await post(**{rm: "urn:uuid:z; n=0"}))[1:] == ("InvalidMessage", "400")
        assert (await post(**{rm: "urn:uuid:z; n=1; x=2"}))[1:] == ("InvalidMessage", "400")
        assert (await post(**{rm: "urn:uuid:p; n=1", "EI-RM-CreateSequence": "urn:uuid:p; offer=urn:uuid:q"}))[0] == 200
        assert await post(**{rm: "urn:uuid:r; n=1", "EI-RM-CreateSequence": "urn:uuid:r; offer=urn:uuid:s"}) == (
            503, "CreateSequenceRefused; id=urn:uuid:r", "451")
        assert len(recorder.seen) == 2  # only the two good first messages reached the role

    run(scenario, server_config=faults_config())


def test_the_client_raises_the_fault_the_server_answered() -> None:
    async def scenario(server: TestServer, session: aiohttp.ClientSession, recorder: Recorder, _: Any) -> None:
        client_rm = ReliableMessaging(MemoryStore(), faults_config())
        client = SimpleHttpClient(str(server.make_url("")), CODEC, session, wrappers=WrapperStack([client_rm]))
        for i in range(10):
            assert (await client.post("EiRegisterParty", query(i)))[0] == 200
        try:
            await client.post("EiRegisterParty", query(10))
        except Exception as error:  # the client's own source refuses number 11 before sending
            assert type(error).__name__ == "MessageNumberRollover"
        else:
            raise AssertionError("number 11 was sent")
        try:
            await SimpleHttpClient(str(server.make_url("")), CODEC, session).post("EiRegisterParty", query(0))
        except TransportError:
            raise AssertionError("a plain request is answered, with a fault") from None
        assert len(recorder.seen) == 10

    run(scenario, server_config=faults_config())


def test_a_server_that_is_down_is_retried_until_it_answers() -> None:
    async def scenario(server: TestServer, session: aiohttp.ClientSession, recorder: Recorder, _: Any) -> None:
        port = server.port
        await server.close()
        client = SimpleHttpClient(f"http://127.0.0.1:{port}", CODEC, session,
                                  wrappers=WrapperStack([ReliableMessaging(MemoryStore(), FAST)]))
        pending = asyncio.create_task(client.post("EiRegisterParty", query(7)))
        await asyncio.sleep(0.2)
        assert not pending.done()  # retrying with backoff, not failing
        again = TestServer(server.app, port=port)
        await again.start_server()
        try:
            status, data = await asyncio.wait_for(pending, 5)
        finally:
            await again.close()
        assert status == 200 and data is not None and CODEC.decode_message(data).ei_response.request_id == "m7"
        assert [m[1] for m, _ in recorder.seen] == [1]

    run(scenario)


def test_malformed_headers_are_refused_with_invalid_message() -> None:
    for value in ("", "urn:uuid:a", "urn:uuid:a; n=x", "urn uuid; n=1", "urn:uuid:a; n=99999999999999999999"):
        try:
            from energyinterop.wrappers.reliable.http_form import decode
            decode({"EI-RM-Sequence": value})
        except MalformedRmHeader as error:
            assert error.code == 400 and error.subcode == "InvalidMessage"
        else:
            raise AssertionError(f"{value!r} was read")
    assert UnknownSequence("x").code == 452 and Assurance.EXACTLY_ONCE.dedupe


def test_a_held_message_is_released_to_the_role_when_the_gap_fills() -> None:
    """Message 3 arrives before 2 (real HTTP, the server's gate holds 2 back until 3 got its
    202). With ``release``, 2's arrival hands 2 then 3 to the role before 2 is answered, with
    no retransmission of 3; the client then collects 3's kept answer, once."""
    slow = ReliableConfig(backoff=Backoff(initial=timedelta(milliseconds=400), maximum=timedelta(seconds=1)))
    role_log: list[str] = []
    copies: dict[int, list[int]] = {}  # number -> HTTP status of each copy the server answered
    at_two: list[Any] = []  # what the role had seen, and the copies of 3, when 2 was answered
    three_held = asyncio.Event()

    async def role(service: str, message: Any, peer: Any) -> OadrResponse:
        role_log.append(message.request_id)
        return await echo(service, message, peer)

    @web.middleware
    async def gate(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                   ) -> web.StreamResponse:
        number = int(request.headers["EI-RM-Sequence"].rsplit("=", 1)[1])
        if number == 2 and not copies.get(2):
            await three_held.wait()
        response = await handler(request)
        copies.setdefault(number, []).append(response.status)
        if number == 3:
            three_held.set()
        if number == 2:
            at_two.append((list(role_log), list(copies.get(3, []))))
        return response

    async def main() -> None:
        server_rm = ReliableMessaging(MemoryStore(), ReliableConfig(release=True))
        app = web.Application(middlewares=[gate])
        app.add_routes(openadr_routes(role, CODEC, wrappers=WrapperStack([server_rm])))
        server = TestServer(app)
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                client = SimpleHttpClient(str(server.make_url("")), CODEC, session,
                                          wrappers=WrapperStack([ReliableMessaging(MemoryStore(), slow)]))
                assert (await client.post("EiRegisterParty", query(0)))[0] == 200  # number 1
                answers = await asyncio.gather(client.post("EiRegisterParty", query(1)),  # number 2
                                               client.post("EiRegisterParty", query(2)))  # number 3
        finally:
            await server.close()
        assert [(status, CODEC.decode_message(data).ei_response.request_id) for status, data in answers] == [
            (200, "m1"), (200, "m2")]
        assert at_two == [(["m0", "m1", "m2"], [202])]  # 2 then 3, before any copy of 3 came again
        assert copies == {1: [200], 2: [200], 3: [202, 200]}  # the retransmission of 3: its kept answer
        assert role_log == ["m0", "m1", "m2"]

    asyncio.run(main())


def test_many_vens_through_a_lossy_proxy_reach_the_vtn_role_once_each_in_order(tmp_path: Path) -> None:
    """Our VTN on SQLite, its role logging in the store each message it handles (no duplicate
    check of its own), 8 VENs each with its own sequence and SQLite file, all through the
    lossy proxy at once. Each delivery runs in a store unit while the others run beside it
    (splitting it, when they touch the store while it yields): the log holds every message
    once, each VEN's in order, and no delivery is left in doubt."""
    async def main() -> None:
        store = SqliteStore(tmp_path / "vtn.sqlite3")
        config = ServerConfig(vtn_id="VTN-RM", auto_accept_vens=True)
        server = TestServer(build_app(config, store, vtn=LoggingVtn(role_config(config)),
                                      wrappers=WrapperStack([ReliableMessaging(store, FAST)])))
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                proxy, front = await lossy_front(server, session, seed=5)

                async def ven(name: str) -> None:
                    ven_store = SqliteStore(tmp_path / f"{name}.sqlite3")
                    await ven_store.open()
                    client = SimpleHttpClient(str(front.make_url("")), CODEC, session,
                                              wrappers=WrapperStack([ReliableMessaging(ven_store, FAST)]))
                    for i in range(40):
                        document = CODEC.encode_message(OadrQueryRegistration(request_id=f"{name}-{i}",
                                                                              schema_version="2.0b"))
                        status, data = await client.post("EiRegisterParty", document)
                        assert status == 200 and data is not None
                    await ven_store.close()

                try:
                    await asyncio.gather(*(ven(f"ven{k}") for k in range(8)))
                finally:
                    await front.close()
            log = [entry.decode() for _, entry in await store.read_log(LOG_STREAM)]
            for k in range(8):
                assert [e for e in log if e.startswith(f"ven{k}-")] == [f"ven{k}-{i}" for i in range(40)]
            assert len(log) == 8 * 40
            assert not [key for key, _ in await store.list_values("wsrm") if ":p:" in key]  # no doubt left
            assert proxy.counts["dropped"] > 10 and proxy.counts["duplicated"] > 10
        finally:
            await server.close()

    asyncio.run(main())

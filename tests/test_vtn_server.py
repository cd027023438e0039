"""The VTN reference server end to end: the aiohttp app of energyinterop.vtn.server, its store,
sans-IO VENs talking to it over real HTTP (aiohttp's TestServer), and the operator API.

Covers bad input on every OpenADR endpoint (status, EI code, nothing stored, everyone else
still served), persistence across a restart (SQLite, and PostgreSQL when reachable), the
health endpoint, operator-API authentication and validation, and provisioning with
auto-accept off.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import socket
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import psycopg
import pytest
from aiohttp.test_utils import TestServer
from psycopg import sql

from energyinterop.openadr import (
    DurationProp,
    EiCreatedEvent,
    EventResponse,
    EventResponses,
    OadrCanceledPartyRegistration,
    OadrCreatedEvent,
    OadrCreatedOpt,
    OadrCreatedPartyRegistration,
    OadrDistributeEvent,
    OadrPoll,
    OadrReport,
    OadrReportDescription,
    OadrResponse,
    OadrSamplingRate,
    OadrUpdatedReport,
    OptType,
    QualifiedEventID,
    openadr_codec,
)
from energyinterop.roles import SequentialIds, Ven, VenConfig, service_of
from energyinterop.roles.messages import ei_response, response_code_of
from energyinterop.store import MemoryStore, Store, open_store
from energyinterop.store.postgres import PostgresStore
from energyinterop.transport.simple_http import OPENADR_PATH, SERVICES, SimpleHttpClient
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app

CODEC = openadr_codec()
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
VTN_ID = "VTN-1"
TOKEN = "operator-secret"
MAX_BODY = 16 * 1024
POSTGRES_URL = os.environ.get("EI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


# ------------------------------------------------------------------ harness


class Clock:
    """The server's clock, moved by hand; the VENs read the same one."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@dataclass
class Running:
    """One started server, a client session and what the tests look at."""

    server: TestServer
    session: aiohttp.ClientSession
    store: Store
    clock: Clock

    def url(self, path: str) -> str:
        return str(self.server.make_url(path))

    @property
    def client(self) -> SimpleHttpClient:
        return SimpleHttpClient(self.url(""), CODEC, self.session)

    async def raw(self, service: str, body: Any, *, content_type: str = "application/xml",
                  method: str = "POST") -> tuple[int, Any]:
        """Any request to an OpenADR endpoint; the answer must always be a readable payload."""
        async with self.session.request(method, self.url(f"{OPENADR_PATH}/{service}"), data=body,
                                        headers={"Content-Type": content_type}) as response:
            return response.status, CODEC.decode_message(await response.read())

    async def api(self, method: str, path: str, body: Any = None, *, token: str | None = TOKEN,
                  data: bytes | None = None) -> tuple[int, Any]:
        """The operator API (JSON in, JSON out)."""
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        async with self.session.request(method, self.url(f"/api/v1/{path}"), json=body, data=data,
                                        headers=headers) as response:
            return response.status, await response.json()


@asynccontextmanager
async def serving(store: Store, clock: Clock | None = None, **settings: Any) -> AsyncIterator[Running]:
    """The server on ``store``; leaving stops it (aiohttp cleanup closes the store)."""
    config = ServerConfig(**{"vtn_id": VTN_ID, "operator_token": TOKEN, "max_body_bytes": MAX_BODY, **settings})
    clock = clock or Clock()
    server = TestServer(build_app(config, store, clock=clock))
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as session:
            yield Running(server, session, store, clock)
    finally:
        await server.close()


def new_ven(name: str, **config: Any) -> Ven:
    return Ven(VenConfig(**{"ven_name": name, "vtn_id": VTN_ID, "ids": SequentialIds(f"{name}-"), **config}))


async def converse(run: Running, ven: Ven, request: Any) -> list[Any]:
    """Send a VEN request and keep answering what the VTN answers, pull model; the replies."""
    replies, answering = [], None
    while request is not None:
        reply = await run.client.send(service_of(request, answering), request)
        replies.append(reply)
        request, answering = ven.handle(reply, now=run.clock()).reply, reply
    return replies


async def settle(run: Running, ven: Ven, limit: int = 20) -> list[Any]:
    """Run the VEN until it has nothing due at the current time."""
    replies: list[Any] = []
    for _ in range(limit):
        request = ven.next_request(run.clock())
        if request is None:
            return replies
        replies += await converse(run, ven, request)
    raise AssertionError("the VEN never went idle")


async def poll(run: Running, ven: Ven) -> list[Any]:
    """Let a poll fall due and run it (and whatever it leads to)."""
    run.clock.advance(ven.poll_frequency or timedelta(seconds=10))
    request = ven.next_request(run.clock())
    assert isinstance(request, OadrPoll), request
    return await converse(run, ven, request)


def event_body(ven_id: str, start: datetime, **changes: Any) -> dict[str, Any]:
    return {"targets": {"ven_ids": [ven_id]}, "signal_name": "simple", "signal_type": "level",
            "values": [1, 2], "interval_s": 600, "start": start.isoformat(),
            "market_context": "http://market.example/building-7", **changes}


async def create_event(run: Running, ven_id: str, start: datetime) -> str:
    status, body = await run.api("POST", "events", event_body(ven_id, start))
    assert status == 201, body
    assert body["ven_ids"] == [ven_id]
    return body["event_id"]


def telemetry_metadata() -> OadrReport:
    """What a VEN offers: METADATA_TELEMETRY_USAGE, which this server asks for."""
    point = OadrReportDescription(r_id="energy", report_type="usage", reading_type="Direct Read",
                                  oadr_sampling_rate=OadrSamplingRate(oadr_min_period=timedelta(minutes=1),
                                                                      oadr_max_period=timedelta(hours=1),
                                                                      oadr_on_change=False))
    return OadrReport(duration=DurationProp(duration=timedelta(hours=1)), ei_report_id="RPT-META",
                      oadr_report_description=[point], report_request_id="0", report_specifier_id="TELEMETRY-1",
                      report_name="METADATA_TELEMETRY_USAGE", created_date_time=T0)


async def snapshot(store: Store, ven_ids: list[str]) -> tuple[Any, ...]:
    """Everything a request could have changed."""
    return (await store.stats(), await store.list_vens(), await store.list_events(),
            await store.list_opt_responses(), await store.list_opts(), await store.list_report_registrations(),
            await store.list_report_requests(), await store.list_report_data(),
            {ven_id: await store.pending(ven_id) for ven_id in ven_ids})


def postgres_unreachable() -> str | None:
    address = urlsplit(POSTGRES_URL)
    try:
        socket.create_connection((address.hostname or "127.0.0.1", address.port or 5432), timeout=1).close()
    except OSError as exc:
        return f"PostgreSQL is not reachable at {address.hostname}:{address.port}: {exc}"
    return None


@pytest.fixture
def postgres_schema() -> Iterator[str]:
    """A fresh schema (the store creates it on open), dropped afterwards."""
    reason = postgres_unreachable()
    if reason:
        pytest.skip(reason)
    schema = f"ei_test_vtn_{uuid.uuid4().hex[:12]}"
    yield schema
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


# ------------------------------------------------------------------ 1. bad input


@dataclass
class World:
    """A server with two registered VENs: ``a`` has an event it opted into, a telemetry
    report requested, and one more distribution waiting in its queue; ``b`` is everyone else."""

    run: Running
    a: Ven
    b: Ven
    event_id: str
    report_request_id: str

    def samples(self) -> dict[str, Any]:
        """One valid message of ``a`` per endpoint, each of which would change the store."""
        now, a = self.run.clock(), self.a
        opt_out = OadrCreatedEvent(ei_created_event=EiCreatedEvent(
            ei_response=ei_response("req-opt-out"), ven_id=a.ven_id,
            event_responses=EventResponses(event_response=[EventResponse(
                response_code="200", request_id="req-opt-out", opt_type=OptType.optOut,
                qualified_event_id=QualifiedEventID(event_id=self.event_id, modification_number=0))])),
            schema_version="2.0b")
        return {
            "EiRegisterParty": a.cancel_registration(),  # unregisters a and drains its queue
            "EiEvent": opt_out,  # replaces a's optIn
            "EiReport": a.update_report(self.report_request_id,
                                        [(now, timedelta(minutes=1), {"energy": 1.5})], now=now),
            "EiOpt": a.create_opt("optOut", "economic", now=now, windows=[(now + timedelta(hours=1),
                                                                           timedelta(hours=1))]),
            "OadrPoll": OadrPoll(ven_id=a.ven_id, schema_version="2.0b"),  # pops the queued event
        }

    async def state(self) -> tuple[Any, ...]:
        return await snapshot(self.run.store, [self.a.ven_id, self.b.ven_id])

    async def others_still_served(self) -> None:
        reply = await self.run.client.send("OadrPoll", OadrPoll(ven_id=self.b.ven_id, schema_version="2.0b"))
        assert isinstance(reply, OadrResponse) and reply.ei_response.response_code == "200"


@asynccontextmanager
async def world(store: Store) -> AsyncIterator[World]:
    async with serving(store, auto_accept_vens=True) as run:
        a, b = new_ven("ven-a", reports=(telemetry_metadata(),)), new_ven("ven-b")
        await settle(run, a)
        await settle(run, b)
        assert a.registered and b.registered
        assert list(a.state.reports), "the server asks for TELEMETRY_USAGE"
        event_id = await create_event(run, a.ven_id, T0 + timedelta(hours=2))
        replies = await poll(run, a)
        assert any(isinstance(r, OadrDistributeEvent) for r in replies)
        assert [o.opt_type for o in await store.list_opt_responses(event_id)] == ["optIn"]
        await create_event(run, a.ven_id, T0 + timedelta(hours=3))  # stays queued
        assert await store.pending(a.ven_id) == 1
        yield World(run, a, b, event_id, next(iter(a.state.reports)))


def bad_requests(document: bytes) -> list[tuple[str, dict[str, Any], int, str]]:
    """(case, raw() arguments, HTTP status, EI code) for one valid document."""
    async def chunked() -> AsyncIterator[bytes]:  # no Content-Length: the server must count
        for _ in range(MAX_BODY // 1024 + 2):
            yield b" " * 1024
    return [
        ("truncated", {"body": document[: len(document) // 2]}, 400, "400"),
        ("empty", {"body": b""}, 400, "400"),
        ("not utf-8", {"body": document.replace(b"2.0b", b"2.0\xff")}, 400, "400"),
        ("doctype", {"body": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>'}, 400, "400"),
        ("schema-invalid", {"body": document.replace(b"ei:venID", b"ei:venId")}, 400, "454"),
        ("oversized", {"body": document + b" " * MAX_BODY}, 413, "400"),
        ("oversized, chunked", {"body": chunked()}, 413, "400"),
        ("json content type", {"body": document, "content_type": "application/json"}, 415, "400"),
        ("no xml content type", {"body": document, "content_type": "text/plain"}, 415, "400"),
        ("GET", {"body": b"", "method": "GET"}, 405, "405"),
        ("PUT", {"body": document, "method": "PUT"}, 405, "405"),
    ]


# The reply type that carries the error code, per endpoint sample.
REPLY_TYPES = {"EiRegisterParty": OadrCanceledPartyRegistration, "EiEvent": OadrResponse,
               "EiReport": OadrUpdatedReport, "EiOpt": OadrCreatedOpt, "OadrPoll": OadrResponse}


@pytest.mark.parametrize("backend", ["memory", "sqlite", "postgres"])
def test_bad_requests_get_status_and_code_store_nothing_and_others_are_served(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    store = MemoryStore() if backend == "memory" else store_factory(backend, tmp_path, request)()

    async def go() -> None:
        async with world(store) as w:
            samples = w.samples()
            assert set(samples) == set(SERVICES)
            for service, message in samples.items():
                document = CODEC.encode_message(message)
                for case, arguments, status, code in bad_requests(document):
                    before = await w.state()
                    got, answer = await w.run.raw(service, **arguments)
                    assert (got, type(answer), answer.ei_response.response_code) == \
                        (status, OadrResponse, code), (service, case, answer)
                    assert await w.state() == before, (service, case)
                    await w.others_still_served()

                for case, claimed in (("unknown", "ven-unknown"), ("case differs", w.a.ven_id.upper())):
                    assert claimed != w.a.ven_id
                    forged = document.replace(f">{w.a.ven_id}<".encode(), f">{claimed}<".encode())
                    assert forged != document
                    before = await w.state()
                    got, answer = await w.run.raw(service, forged)
                    assert (got, type(answer), response_code_of(answer)) == \
                        (200, REPLY_TYPES[service], "452"), (service, case, answer)
                    assert await w.state() == before, (service, case)
                    await w.others_still_served()

            # Not vacuous: each valid sample does change the store, and a's queue is intact.
            for service in ("OadrPoll", "EiEvent", "EiReport", "EiOpt", "EiRegisterParty"):
                before = await w.state()
                answer = await w.run.client.send(service, samples[service])
                assert response_code_of(answer) in ("200", None), (service, answer)
                assert await w.state() != before, service
                if service == "OadrPoll":
                    assert isinstance(answer, OadrDistributeEvent) and len(answer.oadr_event) == 2
            assert (await store.get_ven(w.a.ven_id)).registration_id is None
            await w.others_still_served()

    asyncio.run(go())


def test_unknown_service_is_404_and_stores_nothing() -> None:
    async def go() -> None:
        async with world(MemoryStore()) as w:
            document = CODEC.encode_message(OadrPoll(ven_id=w.a.ven_id, schema_version="2.0b"))
            for service in ("EiNothing", "oadrpoll", "OadrPoll.xsd"):
                before = await w.state()
                got, answer = await w.run.raw(service, document)
                assert (got, answer.ei_response.response_code) == (404, "404"), service
                assert await w.state() == before
            await w.others_still_served()

    asyncio.run(go())


def test_envelope_edges_are_accepted_or_refused_as_they_should() -> None:
    async def go() -> None:
        async with world(MemoryStore()) as w:
            document = CODEC.encode_message(OadrPoll(ven_id=w.b.ven_id, schema_version="2.0b"))
            for content_type in ("text/xml", "application/xml; charset=utf-8", "Application/XML"):
                got, answer = await w.run.raw("OadrPoll", document, content_type=content_type)
                assert (got, answer.ei_response.response_code) == (200, "200"), content_type
            exactly = document + b" " * (MAX_BODY - len(document))
            got, answer = await w.run.raw("OadrPoll", exactly)  # the cap itself is allowed
            assert (got, answer.ei_response.response_code) == (200, "200")
            got, answer = await w.run.raw("OadrPoll", exactly + b" ")
            assert (got, answer.ei_response.response_code) == (413, "400")
            # a small gzip body inflating far past the cap is cut off, not inflated
            before = await w.state()
            bomb = gzip.compress(document + b" " * (20 * 1024 * 1024))
            async with w.run.session.post(w.run.url(f"{OPENADR_PATH}/OadrPoll"), data=bomb, headers={
                    "Content-Type": "application/xml", "Content-Encoding": "gzip"}) as response:
                answer = CODEC.decode_message(await response.read())
                assert (response.status, answer.ei_response.response_code) == (413, "400")
            assert await w.state() == before
            await w.others_still_served()

    asyncio.run(go())


def test_a_registration_with_an_unknown_ven_id_creates_nothing() -> None:
    async def go() -> None:
        async with world(MemoryStore()) as w:
            stranger = new_ven("stranger", ven_id="ven-never-provisioned")
            before = await w.state()
            replies = await settle(w.run, stranger)
            assert isinstance(replies[-1], OadrCreatedPartyRegistration)
            assert replies[-1].ei_response.response_code == "452" and not stranger.registered
            assert await w.state() == before
            await w.others_still_served()

    asyncio.run(go())


def test_bad_requests_in_parallel_with_good_ones() -> None:
    async def go() -> None:
        async with world(MemoryStore()) as w:
            good = CODEC.encode_message(OadrPoll(ven_id=w.b.ven_id, schema_version="2.0b"))
            before = await w.state()
            bad = [w.run.raw("OadrPoll", good + b" " * MAX_BODY) for _ in range(10)]
            bad += [w.run.raw("EiEvent", good[:40]) for _ in range(10)]
            fine = [w.run.raw("OadrPoll", good) for _ in range(10)]
            answers = await asyncio.gather(*bad, *fine)
            assert [status for status, _ in answers] == [413] * 10 + [400] * 10 + [200] * 10
            assert all(a.ei_response.response_code == "200" for _, a in answers[20:])
            assert await w.state() == before

    asyncio.run(go())


# ------------------------------------------------------------------ 2. persistence


def store_factory(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[], Store]:
    """A new, unopened store on the same database each call."""
    if kind == "sqlite":
        return lambda: open_store(f"sqlite:///{tmp_path / 'vtn.sqlite3'}")
    schema = request.getfixturevalue("postgres_schema")
    return lambda: PostgresStore(POSTGRES_URL, schema=schema)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_restart_loses_nothing_and_delivers_once(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    make_store = store_factory(kind, tmp_path, request)
    clock = Clock()
    ven = new_ven("ven-a")

    async def go() -> None:
        async with serving(make_store(), clock, auto_accept_vens=True) as run:
            await settle(run, ven)
            assert ven.registered and await run.store.pending(ven.ven_id) == 0
            event_id = await create_event(run, ven.ven_id, T0 + timedelta(hours=1))
            assert await run.store.pending(ven.ven_id) == 1
        # stopped: the store is closed; a new app on the same database
        async with serving(make_store(), clock, auto_accept_vens=True) as run:
            status, vens = await run.api("GET", "vens")
            assert status == 200
            assert [(v["ven_id"], v["ven_name"], v["registered"], v["registration_id"]) for v in vens] == \
                [(ven.ven_id, "ven-a", True, ven.registration_id)]
            status, events = await run.api("GET", "events")
            assert status == 200
            assert [(e["event_id"], e["status"], e["ven_ids"]) for e in events] == [(event_id, "far", [ven.ven_id])]

            replies = await poll(run, ven)
            assert isinstance(replies[0], OadrDistributeEvent)
            assert [e.ei_event.event_descriptor.event_id for e in replies[0].oadr_event] == [event_id]
            assert isinstance(replies[1], OadrResponse)  # the VEN's optIn, acknowledged
            second = await run.client.send("OadrPoll", OadrPoll(ven_id=ven.ven_id, schema_version="2.0b"))
            assert isinstance(second, OadrResponse) and second.ei_response.response_code == "200"
            status, events = await run.api("GET", "events")
            assert events[0]["opts"] == [{"ven_id": ven.ven_id, "opt_type": "optIn", "modification_number": 0}]

    asyncio.run(go())


# ------------------------------------------------------------------ 3. health and operator API


def test_health_counts() -> None:
    async def go() -> None:
        async with serving(MemoryStore(), auto_accept_vens=True) as run:
            async def health() -> dict[str, Any]:
                async with run.session.get(run.url("/health")) as response:
                    assert response.status == 200
                    return await response.json()

            assert await health() == {"status": "ok", "vens": 0, "registered": 0, "events": 0, "queued": 0}
            status, _ = await run.api("POST", "vens", {"ven_name": "provisioned-only"})
            assert status == 201
            ven = new_ven("ven-a")
            await settle(run, ven)
            await create_event(run, ven.ven_id, T0 + timedelta(hours=1))
            assert await health() == {"status": "ok", "vens": 2, "registered": 1, "events": 1, "queued": 1}

    asyncio.run(go())


def test_operator_api_refuses_everything_without_a_configured_token() -> None:
    async def go() -> None:
        async with serving(MemoryStore(), operator_token=None) as run:
            for method, path, body in (("GET", "vens", None), ("POST", "vens", {"ven_name": "x"}),
                                       ("GET", "events", None), ("GET", "reports", None)):
                for token in (None, TOKEN, ""):
                    status, answer = await run.api(method, path, body, token=token)
                    assert status == 403 and "operator_token" in answer["error"], (method, path, token)
            assert await run.store.list_vens() == []

    asyncio.run(go())


def test_operator_api_wants_the_right_bearer_token() -> None:
    async def go() -> None:
        async with serving(MemoryStore()) as run:
            for token in (None, "", "wrong", TOKEN.upper(), TOKEN + "x", TOKEN[:-1]):
                status, answer = await run.api("POST", "vens", {"ven_name": "x"}, token=token)
                assert status == 401 and answer["error"], token
            async with run.session.get(run.url("/api/v1/vens"), headers={"Authorization": TOKEN}) as response:
                assert response.status == 401  # the token without "Bearer "
            assert await run.store.list_vens() == []
            assert (await run.api("GET", "vens"))[0] == 200

    asyncio.run(go())


def test_provisioning_a_ven_twice_is_a_conflict() -> None:
    async def go() -> None:
        async with serving(MemoryStore()) as run:
            status, ven = await run.api("POST", "vens", {"ven_name": "ven-a", "ven_id": "ven-id-a"})
            assert (status, ven["ven_id"], ven["registered"]) == (201, "ven-id-a", False)
            for body in ({"ven_name": "ven-a"}, {"ven_name": "ven-a", "ven_id": "ven-id-other"},
                         {"ven_name": "ven-other", "ven_id": "ven-id-a"}):
                status, answer = await run.api("POST", "vens", body)
                assert status == 409 and answer["error"], body
            status, vens = await run.api("GET", "vens")
            assert [(v["ven_id"], v["ven_name"]) for v in vens] == [("ven-id-a", "ven-a")]

    asyncio.run(go())


def test_provisioning_with_a_fingerprint_normalises_it_and_refuses_a_bad_one() -> None:
    async def go() -> None:
        async with serving(MemoryStore()) as run:
            status, ven = await run.api("POST", "vens", {"ven_name": "ven-fp", "ven_id": "ven-id-fp",
                                                         "fingerprint": "aa-bb-cc-dd-ee-ff-00-11-22-33"})
            assert (status, ven["fingerprint"]) == (201, "AA:BB:CC:DD:EE:FF:00:11:22:33")
            assert (await run.store.get_ven("ven-id-fp")).fingerprint == "AA:BB:CC:DD:EE:FF:00:11:22:33"
            status, answer = await run.api("POST", "vens", {"ven_name": "ven-bad", "fingerprint": "aa:bb"})
            assert status == 400 and "fingerprint" in answer["error"]
            assert await run.store.find_ven_by_name("ven-bad") is None

    asyncio.run(go())


def test_bad_operator_bodies_are_400_with_a_message() -> None:
    start = T0 + timedelta(hours=1)
    good = event_body("ven-x", start)
    bad_events = [
        ({"values": []}, "values"),
        ({"values": "1,2"}, "values"),
        ({"values": [1, "high"]}, "not a number"),
        ({"values": [1, True]}, "not a number"),
        ({"interval_s": 0}, "interval_s"),
        ({"interval_s": "600"}, "interval_s"),
        ({"targets": {}}, "targets"),
        ({"targets": {"ven_ids": []}}, "targets"),
        ({"signal_name": ""}, "signal_name"),
        ({"market_context": None}, "market_context"),
        ({"start": "tomorrow"}, "start"),
        ({"start": start.replace(tzinfo=None).isoformat()}, "UTC offset"),
    ]

    async def go() -> None:
        async with serving(MemoryStore()) as run:
            for changes, words in bad_events:
                status, answer = await run.api("POST", "events", {**good, **changes})
                assert status == 400 and words in answer["error"], (changes, answer)
            for raw in (b"not json", b"[1, 2]", b""):
                status, answer = await run.api("POST", "events", data=raw)
                assert status == 400 and "JSON object" in answer["error"], raw
                status, answer = await run.api("POST", "vens", data=raw)
                assert status == 400 and "JSON object" in answer["error"], raw
            status, answer = await run.api("POST", "vens", {"ven_name": ""})
            assert status == 400 and "ven_name" in answer["error"]
            assert await run.store.stats() == await MemoryStore().stats()
            # the good body goes through (here targeting a VEN that is not registered)
            status, answer = await run.api("POST", "events", good)
            assert status == 201 and answer["ven_ids"] == []

    asyncio.run(go())


def test_cancelling_an_event_through_the_api() -> None:
    async def go() -> None:
        async with serving(MemoryStore(), auto_accept_vens=True) as run:
            ven = new_ven("ven-a")
            await settle(run, ven)
            event_id = await create_event(run, ven.ven_id, T0 + timedelta(hours=1))
            await poll(run, ven)
            status, answer = await run.api("DELETE", f"events/{event_id}")
            assert (status, answer) == (200, {"event_id": event_id, "cancelled": True})
            assert (await run.api("DELETE", "events/no-such-event"))[0] == 404
            replies = await poll(run, ven)
            statuses = [e.ei_event.event_descriptor.event_status.value for e in replies[0].oadr_event]
            assert statuses == ["cancelled"]
            status, events = await run.api("GET", "events")
            assert [e["status"] for e in events] == ["cancelled"]

    asyncio.run(go())


# Operator-API input the checks of operator.py let through, and which then crash (HTTP 500
# "Internal Server Error", text/plain) instead of a 400 with a message.
@pytest.mark.parametrize("changes", [
    pytest.param({"interval_s": 1e20}, id="interval_s-overflows-timedelta"),
    pytest.param({"targets": {"ven_ids": [1]}}, id="venID-not-a-string"),
    pytest.param({"event_id": 5}, id="event_id-not-a-string"),
    pytest.param({"signal_type": "bogus"}, id="unknown-signal_type"),
])
def test_event_fields_of_the_wrong_kind_are_400_not_500(changes: dict[str, Any]) -> None:
    async def go() -> None:
        async with serving(MemoryStore()) as run:
            async with run.session.post(run.url("/api/v1/events"), json={**event_body("ven-x", T0), **changes},
                                        headers={"Authorization": f"Bearer {TOKEN}"}) as response:
                assert response.status == 400, await response.text()
                assert (await response.json())["error"]
            assert await run.store.list_events() == []

    asyncio.run(go())


def test_nan_in_an_event_body_is_400_not_500() -> None:
    async def go() -> None:
        async with serving(MemoryStore()) as run:
            body = json.dumps(event_body("ven-x", T0)).replace('"interval_s": 600', '"interval_s": NaN')
            async with run.session.post(run.url("/api/v1/events"), data=body.encode(),
                                        headers={"Authorization": f"Bearer {TOKEN}"}) as response:
                assert response.status == 400, await response.text()

    asyncio.run(go())


# Input accepted (201) but read as something else than written.
@pytest.mark.parametrize("changes", [
    pytest.param({"targets": {"ven_ids": "ven-x"}}, id="ven_ids-a-string"),
    pytest.param({"response_required": "no"}, id="response_required-a-string"),
])
def test_event_fields_that_would_be_misread_are_400(changes: dict[str, Any]) -> None:
    async def go() -> None:
        async with serving(MemoryStore()) as run:
            status, answer = await run.api("POST", "events", {**event_body("ven-x", T0), **changes})
            assert status == 400, answer

    asyncio.run(go())


@pytest.mark.parametrize("case", ["duplicate-event_id", "cancel-twice"])
def test_operator_conflicts_on_events_are_4xx_not_500(case: str) -> None:
    async def go() -> None:
        async with serving(MemoryStore()) as run:
            status, _ = await run.api("POST", "events", event_body("ven-x", T0 + timedelta(hours=1), event_id="E1"))
            assert status == 201
            if case == "duplicate-event_id":
                request = run.session.post(run.url("/api/v1/events"), headers={"Authorization": f"Bearer {TOKEN}"},
                                           json=event_body("ven-x", T0 + timedelta(hours=1), event_id="E1"))
            else:
                assert (await run.api("DELETE", "events/E1"))[0] == 200
                request = run.session.delete(run.url("/api/v1/events/E1"),
                                             headers={"Authorization": f"Bearer {TOKEN}"})
            async with request as response:
                assert response.status in (400, 409), await response.text()
                assert (await response.json())["error"]
            assert len(await run.store.list_events()) == 1

    asyncio.run(go())


# ------------------------------------------------------------------ 4. provisioning, auto-accept off


def test_without_auto_accept_only_provisioned_vens_register() -> None:
    async def go() -> None:
        async with serving(MemoryStore()) as run:  # auto_accept_vens defaults to False
            assert ServerConfig().auto_accept_vens is False
            stranger = new_ven("stranger")
            replies = await settle(run, stranger)
            refused = replies[-1]
            assert isinstance(refused, OadrCreatedPartyRegistration)
            assert refused.ei_response.response_code == "463" and not stranger.registered
            assert await run.store.list_vens() == []

            status, provisioned = await run.api("POST", "vens", {"ven_name": "ven-b"})
            assert status == 201 and provisioned["registered"] is False
            ven = new_ven("ven-b")  # knows only its name
            await settle(run, ven)
            assert ven.registered and ven.ven_id == provisioned["ven_id"]
            status, vens = await run.api("GET", "vens")
            assert [(v["ven_id"], v["registered"], v["registration_id"]) for v in vens] == \
                [(ven.ven_id, True, ven.registration_id)]

            # a pre-allocated venID given to the operator and configured in the VEN
            status, _ = await run.api("POST", "vens", {"ven_name": "ven-c", "ven_id": "ven-c-id"})
            assert status == 201
            preallocated = new_ven("ven-c", ven_id="ven-c-id")
            await settle(run, preallocated)
            assert preallocated.registered and preallocated.ven_id == "ven-c-id"
            # the stranger is still refused, and still not stored
            stranger.register_again()
            await settle(run, stranger)
            assert not stranger.registered and len(await run.store.list_vens()) == 2

    asyncio.run(go())

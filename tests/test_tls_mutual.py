"""Mutual TLS and signatures end to end: the VTN server configured from a TOML file with
``[vtn.tls]`` and ``[vtn.signing]``, our VEN library over HTTPS with a client certificate.

* The TLS refusals: a client certificate from another CA, none at all, an expired one; each is
  refused in the handshake (the client observes the connection closed, no request reaches the
  server), while a good certificate is served.
* Identity: a valid certificate that is not the one registered for the venID it claims is
  refused with 463 and HTTP 403, over TLS alone and with signatures.
* A full signed exchange over mutual TLS: register, receive an event by polling, opt, report.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from conformance.peers.processes import free_port
from energyinterop.openadr import OadrPoll, openadr_codec
from energyinterop.roles import events
from energyinterop.roles.effects import EventReceived, Registered
from energyinterop.security.certs import TestCa
from energyinterop.security.profile import SigningSettings, TlsSettings
from energyinterop.store import open_store
from energyinterop.store.base import Store, VenRecord
from energyinterop.transport.simple_http import OPENADR_PATH
from energyinterop.ven import VenClient, VenConfig, telemetry_report
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import VTN, build_app, tls_context
from energyinterop.wrappers import signing as sg
from energyinterop.wrappers.base import WrapperStack

CODEC = openadr_codec()


@dataclass(frozen=True)
class Material:
    directory: Path
    vtn_fingerprint: str
    ven_fingerprint: str
    other_fingerprint: str


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    directory = tmp_path_factory.mktemp("pki")
    ca = TestCa.create("mTLS test CA")
    ca.save(directory)
    vtn, ven, other = ca.issue("vtn"), ca.issue("ven-1"), ca.issue("ven-2", "rsa")
    vtn.save(directory, "vtn"), ven.save(directory, "ven"), other.save(directory, "other")
    TestCa.create("rogue CA").issue("ven-1").save(directory, "rogue")
    past = datetime.now(UTC) - timedelta(days=30)
    ca.issue("ven-1", not_before=past, not_after=past + timedelta(days=10)).save(directory, "expired")
    return Material(directory, vtn.fingerprint, ven.fingerprint, other.fingerprint)


def config_file(material: Material, tmp_path: Path, port: int, *, signing: bool) -> Path:
    path = tmp_path / "vtn.toml"
    text = f"""[vtn]
vtn_id = "VTN-TLS"
port = {port}
store = "sqlite:///{tmp_path / 'vtn.sqlite3'}"
auto_accept_vens = true
poll_frequency_s = 1
report_interval_s = 1

[vtn.tls]
cert = "{material.directory / 'vtn.crt'}"
key = "{material.directory / 'vtn.key'}"
ca = "{material.directory / 'ca.crt'}"
"""
    if signing:
        text += "\n[vtn.signing]\nrequire = true\nreplay_window_s = 60\n"
    path.write_text(text)
    return path


@asynccontextmanager
async def vtn_server(material: Material, tmp_path: Path, *, signing: bool) -> AsyncIterator[tuple[str, Store, Any]]:
    """The server as ``ei-vtn serve --config`` builds it (configuration, TLS context, wrappers)."""
    port = free_port()
    config = ServerConfig.load(config_file(material, tmp_path, port, signing=signing))
    store = open_store(config.store)
    app = build_app(config, store)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port, ssl_context=tls_context(config)).start()
    try:
        yield f"https://127.0.0.1:{port}", store, app
    finally:
        await runner.cleanup()


def tls(material: Material, stem: str) -> TlsSettings:
    d = material.directory
    return TlsSettings(cert=d / f"{stem}.crt", key=d / f"{stem}.key", ca=d / "ca.crt")


def without_certificate(material: Material) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(material.directory / "ca.crt")
    return context


async def post(session: aiohttp.ClientSession, url: str, service: str, body: bytes,
               context: ssl.SSLContext) -> tuple[int, Any]:
    async with session.post(f"{url}{OPENADR_PATH}/{service}", data=body, ssl=context,
                            headers={"Content-Type": "application/xml"}) as response:
        return response.status, CODEC.decode_message(await response.read())


@pytest.mark.parametrize("tls12", [False, True], ids=["tls1.3", "tls1.2-openadr"])
def test_tls_refusals(material: Material, tmp_path: Path, tls12: bool) -> None:
    async def go() -> None:
        async with vtn_server(material, tmp_path, signing=False) as (url, store, _), aiohttp.ClientSession() as s:
            def context(stem: str | None) -> ssl.SSLContext:
                if stem is None:
                    ctx = without_certificate(material)
                else:
                    settings = tls(material, stem)
                    ctx = TlsSettings(settings.cert, settings.key, settings.ca, tls12_openadr_only=tls12).client_context()
                if tls12:
                    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
                return ctx

            async with s.get(f"{url}/health", ssl=context("ven")) as good:
                assert good.status == 200
            for stem in ("rogue", "expired", None):  # wrong CA, expired, no client certificate
                with pytest.raises(aiohttp.ClientConnectionError) as refused:
                    async with s.get(f"{url}/health", ssl=context(stem)) as response:
                        await response.read()
                # TLS 1.2: the handshake fails (reset); TLS 1.3: the server's alert closes the
                # connection after the client's side of the handshake completed.
                assert isinstance(refused.value, aiohttp.ClientConnectorError | aiohttp.ServerDisconnectedError), (
                    stem, refused.value)

    asyncio.run(go())


def test_certificate_not_registered_for_the_venid_is_403_463(material: Material, tmp_path: Path) -> None:
    async def go() -> None:
        for signing in (False, True):
            async with vtn_server(material, tmp_path / str(signing), signing=signing) as (url, store, _), \
                    aiohttp.ClientSession() as session:
                await store.put_ven(VenRecord(ven_id="ven-1", ven_name="v1", registration_id="reg-1",
                                              fingerprint=material.ven_fingerprint))
                poll = CODEC.encode_message(OadrPoll(ven_id="ven-1", schema_version="2.0b"))
                if signing:  # signed by the other VEN's (trusted) certificate
                    other = tls(material, "other")
                    poll = sg.Signer(other.key.read_bytes(), other.cert.read_bytes()).sign(
                        poll, now=datetime.now(UTC))
                status, reply = await post(session, url, "OadrPoll", poll, tls(material, "other").client_context())
                assert (status, reply.ei_response.response_code) == (403, "463"), signing
                expected = "FingerprintMismatch: " if signing else "the certificate is not the one registered"
                assert reply.ei_response.response_description.startswith(expected), reply
                if not signing:  # the registered certificate is served
                    status, reply = await post(session, url, "OadrPoll", poll, tls(material, "ven").client_context())
                    assert (status, reply.ei_response.response_code) == (200, "200")

    tmp = tmp_path
    (tmp / "False").mkdir(), (tmp / "True").mkdir()
    asyncio.run(go())


async def wait_until(condition: Any, timeout: float = 20.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if await condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_full_signed_exchange_over_mutual_tls(material: Material, tmp_path: Path) -> None:
    async def go() -> None:
        async with vtn_server(material, tmp_path, signing=True) as (url, store, app):
            seen: list[Any] = []
            settings = tls(material, "ven")
            signing = SigningSettings(sign=True, require=True, peer_fingerprint=material.vtn_fingerprint)
            wrapper = signing.wrapper(vtn=False, tls=settings)
            config = VenConfig(ven_name="meter-9", reports=(telemetry_report(
                "meter-9-telemetry", {"power": "usage"}, min_period=timedelta(seconds=1),
                max_period=timedelta(minutes=5)),))
            async with VenClient(config, url, decide=lambda event: "optIn", on_effect=seen.append,
                                 readings=lambda schedule, now: {r: Decimal("3.5") for r in schedule.r_ids},
                                 ssl=settings.client_context(), wrappers=WrapperStack([wrapper])) as ven:
                await wait_until(lambda: _true(any(isinstance(e, Registered) for e in seen)))
                ven_id = ven.ven.ven_id
                assert (await store.get_ven(ven_id)).fingerprint == material.ven_fingerprint  # recorded
                now = datetime.now(UTC)
                await app[VTN].create_event(
                    now=now, store=store, market_context="http://market.example", start=now + timedelta(minutes=5),
                    duration=timedelta(minutes=15), target=events.target(ven_ids=[ven_id]),
                    signals=[events.signal("SIMPLE", "level", [(timedelta(minutes=15), 2)])])
                await wait_until(lambda: _true(any(isinstance(e, EventReceived) for e in seen)))
                await wait_until(lambda: _listed(store.list_opt_responses()))
                assert [(o.ven_id, o.opt_type) for o in await store.list_opt_responses()] == [(ven_id, "optIn")]
                await wait_until(lambda: _listed(store.list_report_data(ven_id)))
                assert {d.value for d in await store.list_report_data(ven_id)} == {"3.5"}
            # Both sides verified signatures: the VTN kept the VEN's nonces in its store, the
            # VEN the VTN's in its memory.
            assert len(await store.list_values("signing.replay", "n:")) >= 4
            assert len(wrapper.replay.guard) >= 4

    asyncio.run(go())


async def _true(value: bool) -> bool:
    return value


async def _listed(listing: Any) -> bool:
    return bool(await listing)

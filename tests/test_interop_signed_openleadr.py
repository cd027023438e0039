"""Signed exchanges over mutual TLS with the real openleadr (its own process and venv), both ways.

* Our VEN against openleadr's VTN: openleadr checks our TLS certificate and our signatures
  against the fingerprint it recorded at registration (a request failing either is answered
  HTTP 403 and nothing would follow); our VEN verifies openleadr's signatures and pins the
  VTN's fingerprint. Register, event, opt, report.
* openleadr's VEN against our VTN (signatures required): openleadr signs every request and,
  given our fingerprint, verifies every answer. Register, event, opt, report.

openleadr's signatures are signxml 4's detached layout, in which the second reference covers
the ``ds:Object`` holding the ReplayProtect property (``Id="prop"``), not the
``ds:SignatureProperty`` itself; both our verifiers accept that variant (docs/security.md).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from conformance.peers.processes import TlsFiles, free_port, openleadr_ven, openleadr_vtn
from energyinterop.roles import events
from energyinterop.roles.effects import EventReceived
from energyinterop.security.certs import TestCa
from energyinterop.security.profile import SigningSettings, TlsSettings
from energyinterop.store import open_store
from energyinterop.ven import VenClient, VenConfig, telemetry_report
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import VTN, build_app, tls_context
from energyinterop.wrappers.base import WrapperStack

pytestmark = [pytest.mark.peer, pytest.mark.slow]


@dataclass(frozen=True)
class Pki:
    vtn: TlsFiles
    ven: TlsFiles
    vtn_fingerprint: str
    ven_fingerprint: str


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    directory = tmp_path_factory.mktemp("pki")
    ca = TestCa.create("interop CA")
    ca_file, _ = ca.save(directory)
    vtn, ven = ca.issue("vtn"), ca.issue("ven")
    vtn_files, ven_files = vtn.save(directory, "vtn"), ven.save(directory, "ven")
    return Pki(TlsFiles(*vtn_files, ca_file), TlsFiles(*ven_files, ca_file), vtn.fingerprint, ven.fingerprint)


async def wait_until(condition: Any, timeout: float = 30.0) -> None:
    for _ in range(int(timeout / 0.1)):
        if await condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("condition not met in time")


def test_our_signed_ven_with_openleadr_signed_vtn(openleadr_peer, pki: Pki) -> None:
    async def go() -> None:
        seen: list[Any] = []
        tls = TlsSettings(pki.ven.cert, pki.ven.key, pki.ven.ca)
        wrapper = SigningSettings(sign=True, require=True, peer_fingerprint=pki.vtn_fingerprint).wrapper(
            vtn=False, tls=tls)
        config = VenConfig(ven_name="charger-12", reports=(telemetry_report(
            "charger-12-telemetry", {"power": "usage"}, min_period=timedelta(seconds=1),
            max_period=timedelta(minutes=5)),))
        async with openleadr_vtn(event_start_s=30, tls=pki.vtn) as vtn:
            assert vtn.url.startswith("https://")
            async with VenClient(config, vtn.url, decide=lambda event: "optIn", on_effect=seen.append,
                                 readings=lambda schedule, now: {r: Decimal("7.5") for r in schedule.r_ids},
                                 ssl=tls.client_context(), wrappers=WrapperStack([wrapper])) as ven:
                registered = await vtn.wait_for("registered", timeout=30)
                assert registered["fingerprint"] == pki.ven_fingerprint  # openleadr's record of our identity
                added = await vtn.wait_for("event_added", timeout=30)
                opt = await vtn.wait_for("opt", timeout=30, predicate=lambda line: line["event_id"] == added["event_id"])
                assert opt["opt_type"] == "optIn" and opt["ven_id"] == ven.ven.ven_id
                assert any(isinstance(e, EventReceived) and e.event_id == added["event_id"] for e in seen)
                report = await vtn.wait_for("report", timeout=30)
                assert report["ven_id"] == ven.ven.ven_id and float(report["value"]) == 7.5
            assert not vtn.of_kind("http_error")  # openleadr refused none of our signed requests
        assert len(wrapper.replay.guard) >= 4  # we verified openleadr's signed answers

    asyncio.run(go())


def test_openleadr_signed_ven_with_our_signed_vtn(openleadr_peer, pki: Pki, tmp_path: Path) -> None:
    async def go() -> None:
        port = free_port()
        path = tmp_path / "vtn.toml"
        path.write_text(f"""[vtn]
port = {port}
store = "sqlite:///{tmp_path / 'vtn.sqlite3'}"
auto_accept_vens = true
poll_frequency_s = 1
report_interval_s = 2

[vtn.tls]
cert = "{pki.vtn.cert}"
key = "{pki.vtn.key}"
ca = "{pki.vtn.ca}"

[vtn.signing]
require = true
""")
        config = ServerConfig.load(path)
        store = open_store(config.store)
        app = build_app(config, store)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port, ssl_context=tls_context(config)).start()
        try:
            async with openleadr_ven(f"https://127.0.0.1:{port}/OpenADR2/Simple/2.0b", "thermostat-7",
                                     tls=pki.ven, vtn_fingerprint=pki.vtn_fingerprint) as ven:
                ven_id = (await ven.wait_for("registered", timeout=30))["ven_id"]
                assert (await store.get_ven(ven_id)).fingerprint == pki.ven_fingerprint
                now = datetime.now(UTC)
                created = await app[VTN].create_event(
                    now=now, store=store, market_context="http://market.example", start=now + timedelta(seconds=30),
                    duration=timedelta(minutes=3), target=events.target(ven_ids=[ven_id]),
                    signals=[events.signal("simple", "level", [(timedelta(minutes=1), v) for v in (1, 2, 3)])])
                event_id = next(e.event_id for e in created.effects if hasattr(e, "event_id"))
                # openleadr verified our signed oadrDistributeEvent (with our fingerprint) to see it
                event = await ven.wait_for("event", timeout=30, predicate=lambda line: line["event_id"] == event_id)
                assert event["opt_type"] == "optIn"
                await ven.wait_for("report_sent", timeout=30)

                async def opted_and_reported() -> bool:
                    return bool(await store.list_opt_responses()) and bool(await store.list_report_data(ven_id))
                await wait_until(opted_and_reported)
                assert [(o.ven_id, o.opt_type) for o in await store.list_opt_responses()] == [(ven_id, "optIn")]
            # We verified openleadr's signed requests: their nonces are in our store.
            assert len(await store.list_values("signing.replay", "n:")) >= 4
        finally:
            await runner.cleanup()

    asyncio.run(go())

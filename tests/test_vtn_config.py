"""The VTN configuration sets the protection stack and the markets: ``[vtn.reliable]`` and
``[[vtn.market]]`` tables, read by ``ServerConfig.load`` and served by ``build_app`` /
``ei-vtn serve``; bad tables are refused with a ConfigError naming the key."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from conformance.peers.processes import free_port
from energyinterop.market.micromarket.party import TradingParty
from energyinterop.market.micromarket.spec import MarketSpec
from energyinterop.openadr import OadrQueryRegistration, openadr_codec
from energyinterop.store import MemoryStore
from energyinterop.ven.soap import EiSoapClient
from energyinterop.vtn.config import ConfigError, ServerConfig
from energyinterop.vtn.server import build_app
from energyinterop.wrappers.base import WrapperStack
from energyinterop.wrappers.reliable import Assurance, Backoff
from energyinterop.wrappers.reliable.wrapper import ReliableConfig, ReliableMessaging

SIMPLE = "/OpenADR2/Simple/2.0b/EiRegisterParty"
MARKETS = '''
[[vtn.market]]
context = "urn:market:building-7"
name = "Building 7 micromarket"
microgrid = "building-7"
interval_s = 900
gate_closure_s = 300
horizon_s = 21600
price_tick = "0.001"
quantity_unit = "0.1"
price_cap = "1.000"

[[vtn.market]]
context = "urn:market:garage"
name = "Garage chargers"
microgrid = "garage"
interval_s = 300
price_tick = "0.01"
quantity_unit = 1
currency = "EUR"
settle_imbalances = false
'''
BUILDING_7 = MarketSpec("urn:market:building-7", "Building 7 micromarket", "building-7", timedelta(minutes=15),
                        Decimal("0.001"), Decimal("0.1"), price_cap=Decimal("1.000"),
                        gate_closure=timedelta(minutes=5), horizon=timedelta(hours=6))
GARAGE = MarketSpec("urn:market:garage", "Garage chargers", "garage", timedelta(minutes=5), Decimal("0.01"),
                    Decimal("1"), currency="EUR")


def load(tmp_path: Path, text: str) -> ServerConfig:
    path = tmp_path / "vtn.toml"
    path.write_text(text)
    return ServerConfig.load(path)


def query(request_id: str) -> bytes:
    return openadr_codec().encode_message(OadrQueryRegistration(request_id=request_id, schema_version="2.0b"))


def rm_headers(response: aiohttp.ClientResponse) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k.lower().startswith("ei-rm-")}


# ------------------------------------------------------------------ loading

def test_reliable_table_becomes_the_reliable_config(tmp_path: Path) -> None:
    config = load(tmp_path, '[vtn]\n[vtn.reliable]\nassurance = "AtLeastOnce"\nwindow = 8\nrequired = true\n'
                            'busy_timeout_s = 5\nbackoff_initial_s = 0.5\nbackoff_factor = 3\n'
                            'backoff_maximum_s = 10\nbackoff_attempts = 4\n')
    assert config.reliable == ReliableConfig(
        assurance=Assurance.AT_LEAST_ONCE, window=8, required=True, busy_timeout=timedelta(seconds=5),
        backoff=Backoff(initial=timedelta(seconds=0.5), factor=3, maximum=timedelta(seconds=10), attempts=4))
    assert load(tmp_path, "[vtn.reliable]\n").reliable == ReliableConfig()  # defaults: ExactlyOnce + InOrder
    assert load(tmp_path, '[vtn.reliable]\nassurance = ["AtMostOnce", "InOrder"]\n').reliable.assurance == (
        Assurance.AT_MOST_ONCE | Assurance.IN_ORDER)
    assert load(tmp_path, "[vtn.reliable]\nenabled = false\n").reliable is None
    assert load(tmp_path, "[vtn]\n").reliable is None


def test_market_tables_become_market_specs(tmp_path: Path) -> None:
    config = load(tmp_path, "[vtn]\n" + MARKETS)
    assert [market.spec for market in config.markets] == [BUILDING_7, GARAGE]
    assert [market.settle_imbalances for market in config.markets] == [True, False]
    assert load(tmp_path, "[vtn]\n").markets == ()


@pytest.mark.parametrize(("text", "message"), [
    ('[vtn.reliable]\nassurance = "Twice"\n', "reliable.assurance must be one or a list of"),
    ("[vtn.reliable]\nwindow = 0\n", "reliable.window must be a whole number of at least 1"),
    ('[vtn.reliable]\nbackoff_factor = "x"\n', "reliable.backoff_factor must be a number"),
    ("[vtn.reliable]\nbackoff_initial_s = 5\nbackoff_maximum_s = 1\n", "reliable.backoff_maximum_s must be"),
    ('[vtn.reliable]\nrequired = "yes"\n', "reliable.required must be true or false"),
    ("[vtn.reliable]\nretries = 3\n", "unknown settings in [vtn.reliable]: retries"),
    ("[vtn]\nreliable = 1\n", "reliable must be a table"),
    ("[vtn]\nmarkets = []\n", "unknown settings: markets"),
    ('[vtn]\nmarket = "urn:x"\n', "market must be an array of tables"),
    ('[[vtn.market]]\ncontext = "urn:x"\nname = "x"\nmicrogrid = "g"\n', "#1 needs interval_s, price_tick"),
    ('[[vtn.market]]\ncontext = "urn:x"\nname = "x"\nmicrogrid = "g"\ninterval_s = 900\nprice_tick = 0.001\n'
     'quantity_unit = "1"\n', '(urn:x).price_tick must be a decimal string such as "0.001" (got 0.001)'),
    ('[[vtn.market]]\ncontext = "urn:x"\nname = "x"\nmicrogrid = "g"\ninterval_s = 900\nprice_tick = "0.01"\n'
     'quantity_unit = "1"\nprice_cap = "1.005"\n', "(urn:x): market rule PRICE_TICK: the price cap 1.005 is not a whole multiple of 0.01"),
    ('[[vtn.market]]\ncontext = "urn:x"\nname = "x"\nmicrogrid = "g"\ninterval_s = 900\nprice_tick = "0.01"\n'
     'quantity_unit = "1"\nhorizon_s = 60\n', "(urn:x): the gate closure lead must be >= 0 and below the horizon"),
    ('[[vtn.market]]\ncontext = "urn:x"\nname = "x"\nmicrogrid = "g"\ninterval_s = 900\nprice_tick = "0.01"\n'
     'quantity_unit = "1"\ncolour = "red"\n', "unknown settings in [[vtn.market]] #1: colour"),
    ('[[vtn.market]]\ncontext = "urn:x"\nname = "x"\nmicrogrid = "g"\ninterval_s = 900\nprice_tick = "0.01"\n'
     'quantity_unit = "1"\n[[vtn.market]]\ncontext = "urn:x"\nname = "y"\nmicrogrid = "h"\ninterval_s = 60\n'
     'price_tick = "1"\nquantity_unit = "1"\n', "each context once, repeated: urn:x"),
])
def test_bad_tables_are_refused_naming_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load(tmp_path, text)
    assert message in str(refused.value)


# ------------------------------------------------------------------ served from the configuration

async def post(session: aiohttp.ClientSession, url: str, body: bytes,
               headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    async with session.post(url, data=body, headers={"Content-Type": "application/xml", **headers}) as response:
        return response.status, rm_headers(response), await response.read()


def serve(config: ServerConfig, exchange) -> None:  # type: ignore[no-untyped-def]
    async def go() -> None:
        server = TestServer(build_app(config, MemoryStore()))
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as session:
                await exchange(session, str(server.make_url(SIMPLE)))
        finally:
            await server.close()

    asyncio.run(go())


def test_configured_reliable_messaging_answers_rm_headers(tmp_path: Path) -> None:
    config = load(tmp_path, '[vtn]\nvtn_id = "vtn-rm"\n[vtn.reliable]\n')

    async def exchange(session: aiohttp.ClientSession, url: str) -> None:
        request = {"EI-RM-CreateSequence": "urn:uuid:a; offer=urn:uuid:b", "EI-RM-Sequence": "urn:uuid:a; n=1"}
        status, headers, first = await post(session, url, query("q-1"), request)
        assert status == 200 and b"oadrCreatedPartyRegistration" in first
        assert headers == {"EI-RM-CreateSequenceResponse": "urn:uuid:a; accept=urn:uuid:b",
                           "EI-RM-Sequence": "urn:uuid:b; n=1", "EI-RM-Ack": "urn:uuid:a; ranges=1"}
        # A copy of message 1 (its answer was lost) gets the kept answer, not a second delivery.
        status, headers, again = await post(session, url, query("q-1"),
                                            {"EI-RM-Sequence": "urn:uuid:a; n=1"})
        assert (status, again) == (200, first) and headers["EI-RM-Sequence"] == "urn:uuid:b; n=1"
        # InOrder: message 3 before 2 is kept and acknowledged with a Nack, not delivered.
        status, headers, _ = await post(session, url, query("q-3"), {"EI-RM-Sequence": "urn:uuid:a; n=3"})
        assert status == 202 and headers["EI-RM-Ack"] == "urn:uuid:a; ranges=1,3; nack=2"

    serve(config, exchange)


def test_configured_reliable_messaging_serves_plain_requests_plainly(tmp_path: Path) -> None:
    config = load(tmp_path, "[vtn]\n[vtn.reliable]\n")

    async def exchange(session: aiohttp.ClientSession, url: str) -> None:
        status, headers, plain = await post(session, url, query("q-plain"), {})  # required = false
        assert status == 200 and b"oadrCreatedPartyRegistration" in plain
        assert headers == {}

    serve(config, exchange)


def test_required_reliable_messaging_refuses_plain_requests(tmp_path: Path) -> None:
    config = load(tmp_path, "[vtn]\n[vtn.reliable]\nrequired = true\n")

    async def exchange(session: aiohttp.ClientSession, url: str) -> None:
        status, headers, body = await post(session, url, query("q-plain"), {})
        assert status == 400 and headers == {"EI-RM-Fault": "WSRMRequired"} and b"459" in body

    serve(config, exchange)


def test_without_the_table_rm_headers_are_ignored(tmp_path: Path) -> None:
    config = load(tmp_path, '[vtn]\nvtn_id = "vtn-plain"\n')

    async def exchange(session: aiohttp.ClientSession, url: str) -> None:
        status, headers, body = await post(session, url, query("q-1"), {
            "EI-RM-CreateSequence": "urn:uuid:a; offer=urn:uuid:b", "EI-RM-Sequence": "urn:uuid:a; n=1"})
        assert status == 200 and headers == {} and b"oadrCreatedPartyRegistration" in body

    serve(config, exchange)


# ------------------------------------------------------------------ ei-vtn serve --config

def test_ei_vtn_serve_hosts_the_configured_markets_over_reliable_soap(tmp_path: Path) -> None:
    port = free_port()
    config = tmp_path / "vtn.toml"
    config.write_text('[vtn]\nvtn_id = "vtn-markets"\nauto_accept_vens = true\n[vtn.reliable]\nrequired = true\n'
                      + MARKETS)
    log = tmp_path / "server.log"
    with log.open("wb") as sink:
        server = subprocess.Popen([sys.executable, "-m", "energyinterop.vtn", "serve", "--port", str(port),
                                   "--store", f"sqlite:///{tmp_path / 'vtn.sqlite3'}", "--config", str(config)],
                                  stdout=subprocess.DEVNULL, stderr=sink)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            assert server.poll() is None, log.read_text()
            try:
                urllib.request.urlopen(f"{base}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        started = [json.loads(line) for line in log.read_text().splitlines() if '"starting"' in line]
        assert started[0]["reliable"] is True
        assert started[0]["markets"] == ["urn:market:building-7", "urn:market:garage"]

        async def go() -> list[MarketSpec]:
            reliable = ReliableMessaging(MemoryStore(), ReliableConfig(backoff=Backoff(
                initial=timedelta(milliseconds=50), attempts=3)))
            async with aiohttp.ClientSession() as session:
                party = TradingParty(EiSoapClient(base, session, wrappers=WrapperStack([reliable])), "heat-pump")
                await party.join("building-7")
                found = await party.discover()
                assert await reliable.last_number(f"{base}/soap") == 4  # every call travelled in the sequence
                return found

        assert asyncio.run(go()) == [BUILDING_7, GARAGE]
    finally:
        server.terminate()
        server.wait(timeout=15)


def test_ei_vtn_serve_refuses_a_bad_market_table_with_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "vtn.toml"
    config.write_text('[[vtn.market]]\ncontext = "urn:x"\nname = "x"\nmicrogrid = "g"\ninterval_s = 90.5\n'
                      'price_tick = "0.01"\nquantity_unit = "1"\n')
    done = subprocess.run([sys.executable, "-m", "energyinterop.vtn", "serve", "--port", str(free_port()),
                           "--store", "memory://", "--config", str(config)],
                          capture_output=True, text=True, timeout=60, env={**os.environ})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    [line] = [json.loads(line) for line in done.stderr.splitlines() if "bad configuration" in line]
    assert line["error"] == "[[vtn.market]] #1 (urn:x).interval_s must be a whole number of at least 1 (got 90.5)"

"""Reliable messaging throughput over loopback HTTP: plain messages against the RM wrapper,
without loss and with 30% loss.

    python benchmarks/reliable.py [--seconds S]

One process, one event loop: an aiohttp server (the simple-HTTP transport with an echo
role) on 127.0.0.1 and one client posting oadrQueryRegistration documents one after the
other (a VEN's pattern: each request waits for its answer). Plain and reliable run in
three interleaved rounds of S/3 seconds each, the best round of each counting (other load
on a shared machine only ever slows a round down); the lossy case runs S seconds:

  plain      no wrappers on either side;
  reliable   ReliableMessaging on both sides, each with its own SQLite file (the real
             persistence: one batch per exchange on each side, the client's before the
             request leaves, the server's, in one unit with the role's writes, before the
             answer leaves);
  lossy      the same, with the server dropping 30% of the requests (connection cut before
             the role sees them) and 30% of the answers (cut after the role answered);
             the client retransmits after 2 ms, doubling up to 20 ms.

Only answered messages count. ``measure(seconds)`` returns the rates (the signing benchmark
imports it); the script prints them and ends with
  rm_overhead_no_loss: <plain per second / reliable per second>
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from energyinterop.openadr import EiResponse, OadrQueryRegistration, OadrResponse, openadr_codec  # noqa: E402
from energyinterop.store.sqlite import SqliteStore  # noqa: E402
from energyinterop.transport.simple_http import SimpleHttpClient, openadr_routes  # noqa: E402
from energyinterop.wrappers.base import WrapperStack  # noqa: E402
from energyinterop.wrappers.reliable import Backoff  # noqa: E402
from energyinterop.wrappers.reliable.wrapper import ReliableConfig, ReliableMessaging  # noqa: E402

LOSS = 0.3
ROUNDS = 3
CONFIG = ReliableConfig(backoff=Backoff(initial=timedelta(milliseconds=2), maximum=timedelta(milliseconds=20)))


async def _echo(service: str, message: Any, peer: Any) -> OadrResponse:
    return OadrResponse(ei_response=EiResponse(response_code="200", request_id=message.request_id),
                        schema_version="2.0b")


def _lossy(rng: random.Random) -> Callable[..., Awaitable[web.StreamResponse]]:
    @web.middleware
    async def drop(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                   ) -> web.StreamResponse:
        assert request.transport is not None
        if rng.random() < LOSS:  # the request is lost
            request.transport.abort()
            return web.Response(status=599)
        response = await handler(request)
        if rng.random() < LOSS:  # the answer is lost
            request.transport.abort()
        return response

    return drop


async def _case(seconds: float, *, reliable: bool, lossy: bool, directory: Path) -> float:
    codec = openadr_codec()
    stores: list[SqliteStore] = []

    def stack(name: str) -> WrapperStack:
        if not reliable:
            return WrapperStack()
        store = SqliteStore(directory / f"{name}-{lossy}.sqlite3")
        stores.append(store)
        return WrapperStack([ReliableMessaging(store, CONFIG)])

    server_stack, client_stack = stack("server"), stack("client")
    for store in stores:
        await store.open()
    app = web.Application(middlewares=[_lossy(random.Random(7))] if lossy else [])
    # As the VTN does, the server transport gets its store: the role's writes (none, here) and
    # the delivery record commit as one unit.
    app.add_routes(openadr_routes(_echo, codec, wrappers=server_stack, store=stores[0] if stores else None))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    documents = [codec.encode_message(OadrQueryRegistration(request_id=f"m{i}", schema_version="2.0b"))
                 for i in range(64)]
    try:
        async with aiohttp.ClientSession() as session:
            client = SimpleHttpClient(f"http://127.0.0.1:{port}", codec, session, wrappers=client_stack)
            for document in documents[:20]:  # warm up: connection, codec, first writes
                await client.post("EiRegisterParty", document)
            done, start = 0, time.perf_counter()
            while time.perf_counter() - start < seconds:
                status, answer = await client.post("EiRegisterParty", documents[done % 64])
                assert status == 200 and answer is not None
                done += 1
            return done / (time.perf_counter() - start)
    finally:
        await runner.cleanup()
        for store in stores:
            await store.close()


def measure(seconds: float) -> dict[str, float]:
    """Messages per second: plain, reliable without loss, reliable with 30% loss each way;
    and ``rm_overhead_no_loss`` = plain / reliable."""

    async def run() -> dict[str, float]:
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory)
            plain = reliable = 0.0
            for _ in range(ROUNDS):  # interleaved, best of each: load elsewhere only slows a round
                plain = max(plain, await _case(seconds / ROUNDS, reliable=False, lossy=False, directory=path))
                reliable = max(reliable, await _case(seconds / ROUNDS, reliable=True, lossy=False, directory=path))
            lossy = await _case(seconds, reliable=True, lossy=True, directory=path)
        return {"plain_per_s": plain, "reliable_per_s": reliable, "reliable_lossy_per_s": lossy,
                "rm_overhead_no_loss": plain / reliable}

    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="per case (default 3)")
    figures = measure(parser.parse_args().seconds)
    print(f"plain messages/s:              {figures['plain_per_s']:9.0f}")
    print(f"reliable messages/s (no loss): {figures['reliable_per_s']:9.0f}")
    print(f"reliable messages/s (30% loss each way): {figures['reliable_lossy_per_s']:9.0f}")
    print(f"rm_overhead_no_loss: {figures['rm_overhead_no_loss']:.2f}")


if __name__ == "__main__":
    main()

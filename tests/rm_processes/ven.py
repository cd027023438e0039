"""A VEN process for the kill -9 tests: sends COUNT queries (requestID m0, m1, ...) in one
reliable sequence, its requests kept in its own SQLite file; after a restart it first sends
again what was never answered, then carries on after the last request it accepted.

    python tests/rm_processes/ven.py VTN_URL STORE_PATH COUNT
"""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from energyinterop.openadr import OadrQueryRegistration, openadr_codec  # noqa: E402
from energyinterop.store.sqlite import SqliteStore  # noqa: E402
from energyinterop.transport.simple_http import SimpleHttpClient  # noqa: E402
from energyinterop.wrappers.base import WrapperStack  # noqa: E402
from energyinterop.wrappers.reliable import Backoff  # noqa: E402
from energyinterop.wrappers.reliable.wrapper import ReliableConfig, ReliableMessaging, resend  # noqa: E402

CONFIG = ReliableConfig(backoff=Backoff(initial=timedelta(milliseconds=20), maximum=timedelta(milliseconds=200)))


async def run(url: str, path: str, count: int) -> None:
    codec = openadr_codec()
    store = SqliteStore(path)
    await store.open()
    reliable = ReliableMessaging(store, CONFIG)
    async with aiohttp.ClientSession() as session:
        client = SimpleHttpClient(url, codec, session, wrappers=WrapperStack([reliable]), timeout=5)
        for service, number, document in await reliable.orphans(client.base_url):
            await client.post(service, document, notes=resend(number))
        for i in range(await reliable.last_number(client.base_url), count):
            query = OadrQueryRegistration(request_id=f"m{i}", schema_version="2.0b")
            status, answer = await client.post("EiRegisterParty", codec.encode_message(query))
            assert status == 200 and answer is not None, (status, answer)
    await store.close()


if __name__ == "__main__":
    asyncio.run(run(sys.argv[1], sys.argv[2], int(sys.argv[3])))

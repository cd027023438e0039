"""A VTN process for the kill -9 tests: our VTN app (build_app, SQLite store) with reliable
messaging, and an innermost wrapper that logs every delivery in the store.

    python tests/rm_processes/vtn.py PORT STORE_PATH
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from energyinterop.store.sqlite import SqliteStore  # noqa: E402
from energyinterop.vtn.config import ServerConfig  # noqa: E402
from energyinterop.vtn.server import build_app  # noqa: E402
from energyinterop.wrappers.base import Exchange, WrapperStack  # noqa: E402
from energyinterop.wrappers.reliable.wrapper import IN_DOUBT, MESSAGE, ReliableMessaging  # noqa: E402

STREAM = "deliveries"
REQUEST_ID = re.compile(rb"requestID>([^<]+)<")


class DeliveryLog:
    """The application's own record of what it was handed: one log entry per delivery,
    ``<sequence> <number> <requestID>``. For a delivery flagged in doubt (the process died
    in the middle of it) it first looks whether the entry is there: the one check the
    reliable-messaging guarantee asks of an application."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes:
        return document

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes:
        sequence, number = exchange.notes[MESSAGE]
        found = REQUEST_ID.search(document)
        entry = f"{sequence} {number} {found.group(1).decode() if found else '?'}".encode()
        if exchange.notes.get(IN_DOUBT) and entry in {e for _, e in await self.store.read_log(STREAM)}:
            return document
        await self.store.append_log(STREAM, [entry])
        return document


def main() -> None:
    port, path = int(sys.argv[1]), sys.argv[2]
    store = SqliteStore(path)
    reliable = ReliableMessaging(store)
    app = build_app(ServerConfig(vtn_id="vtn-rm", port=port, auto_accept_vens=True), store,
                    wrappers=WrapperStack([DeliveryLog(store), reliable]))
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


if __name__ == "__main__":
    main()

"""A VTN process for the kill -9 tests: our VTN app (build_app, SQLite store) with reliable
messaging, whose role also logs every message it is handed in the store.

    python tests/rm_processes/vtn.py PORT STORE [CRASH_AT FLAG_PATH]

STORE is a SQLite file's path, or ``pg:SCHEMA`` for a schema of the PostgreSQL database
EI_TEST_POSTGRES_URL names (the tests' default: the local ``test`` database).

With CRASH_AT (a requestID), the process dies (``os._exit``, as abrupt as kill -9) right
after the role wrote its log entry for that message, before anything else of its delivery,
the first time only (FLAG_PATH remembers it): the exact instant a delivery is most fragile.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from energyinterop.roles.effects import Outcome  # noqa: E402
from energyinterop.roles.vtn import Vtn  # noqa: E402
from energyinterop.store.base import Store  # noqa: E402
from energyinterop.store.postgres import PostgresStore  # noqa: E402
from energyinterop.store.sqlite import SqliteStore  # noqa: E402
from energyinterop.vtn.config import ServerConfig  # noqa: E402
from energyinterop.vtn.server import build_app, role_config  # noqa: E402
from energyinterop.wrappers.base import WrapperStack  # noqa: E402
from energyinterop.wrappers.reliable.wrapper import ReliableMessaging  # noqa: E402

STREAM = "deliveries"
POSTGRES_URL = os.environ.get("EI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


class LoggingVtn(Vtn):
    """The VTN role, writing one log entry (the requestID) per message it handles, in the
    store like any of its records: a message handled twice shows as two entries. No check
    of its own against duplicates: reliable messaging must hand each message over once."""

    def __init__(self, config: Any, crash_at: str | None = None, flag: Path | None = None) -> None:
        super().__init__(config)
        self.crash_at, self.flag = crash_at, flag

    async def handle(self, message: Any, *, now: datetime, store: Store, fingerprint: str | None = None) -> Outcome:
        request_id = str(getattr(message, "request_id", "?"))
        await store.append_log(STREAM, [request_id.encode()])
        if request_id == self.crash_at and self.flag is not None and not self.flag.exists():
            self.flag.touch()
            os._exit(137)
        return await super().handle(message, now=now, store=store, fingerprint=fingerprint)


def main() -> None:
    port, path = int(sys.argv[1]), sys.argv[2]
    crash_at, flag = (sys.argv[3], Path(sys.argv[4])) if len(sys.argv) > 4 else (None, None)
    store: Store = PostgresStore(POSTGRES_URL, schema=path[3:]) if path.startswith("pg:") else SqliteStore(path)
    config = ServerConfig(vtn_id="vtn-rm", port=port, auto_accept_vens=True)
    app = build_app(config, store, vtn=LoggingVtn(role_config(config), crash_at, flag),
                    wrappers=WrapperStack([ReliableMessaging(store)]))
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


if __name__ == "__main__":
    main()

"""A store from a URL, as configuration and the command line give it."""

from __future__ import annotations

from energyinterop.store.base import Store
from energyinterop.store.memory import MemoryStore
from energyinterop.store.sqlite import SqliteStore

_FORMS = ("memory://, sqlite:///relative/path.db, sqlite:////absolute/path.db, sqlite:///:memory:, "
          "postgresql://user@host/database (or postgres://...)")


def open_store(url: str) -> Store:
    """The store ``url`` names, not opened yet (call ``await store.open()``).

    ``sqlite:///`` is followed by the path as written: relative to the working directory, or
    absolute with a fourth slash (the SQLAlchemy convention). ``postgresql://`` URLs go to
    libpq unchanged, so every libpq URL parameter works.
    """
    scheme, separator, rest = url.partition("://")
    if not separator:
        raise ValueError(f"not a store URL: {url!r}; expected one of {_FORMS}")
    match scheme.lower():
        case "memory" if not rest:
            return MemoryStore()
        case "sqlite" if rest.startswith("/") and len(rest) > 1:
            return SqliteStore(rest[1:])
        case "postgresql" | "postgres":
            # Imported here: psycopg loads libpq, which SQLite and memory users never need.
            from energyinterop.store.postgres import PostgresStore

            return PostgresStore(url)
    raise ValueError(f"unsupported store URL: {url!r}; expected one of {_FORMS}")

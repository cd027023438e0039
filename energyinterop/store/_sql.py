"""What the SQL backends share: records <-> rows, and the tables of the schema.

The columns of each table are the fields of its record, in order (see :mod:`migrations`).
Durations are integer microseconds and ID tuples JSON text in both databases; SQLite also
keeps datetimes as integer microseconds since the epoch (UTC), PostgreSQL as timestamptz.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from types import NoneType, UnionType
from typing import Any, get_args, get_origin, get_type_hints

from energyinterop.store.base import (
    EventRecord,
    OptResponse,
    OptSchedule,
    ReportData,
    ReportRegistration,
    ReportRequest,
    VenRecord,
)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True)
class Dialect:
    """How one database spells a parameter and keeps a datetime."""

    placeholder: str  # "?" or "%s"
    datetimes_as_micros: bool  # SQLite: integer microseconds; PostgreSQL: timestamptz

    def encode(self, value: object) -> object:
        """A record field as a column value."""
        if isinstance(value, datetime):
            if value.utcoffset() is None:
                raise ValueError(f"the store keeps aware datetimes only, got naive {value!r}")
            return (value - EPOCH) // MICROSECOND if self.datetimes_as_micros else value
        if isinstance(value, timedelta):
            return value // MICROSECOND
        if isinstance(value, tuple):
            return json.dumps(value)
        return value

    def decoder(self, hint: Any) -> Callable[[Any], Any]:
        """How to read back a column of a field annotated ``hint`` (``X | None`` reads as ``X``)."""
        if get_origin(hint) is UnionType:
            hint = next(arg for arg in get_args(hint) if arg is not NoneType)
        if hint is datetime and self.datetimes_as_micros:
            return lambda micros: EPOCH + micros * MICROSECOND
        if hint is timedelta:
            return lambda micros: micros * MICROSECOND
        if hint is bool:
            return bool
        if get_origin(hint) is tuple:
            return lambda text: tuple(json.loads(text))
        return lambda value: value

    def where(self, **filters: str | None) -> tuple[str, tuple[str, ...]]:
        """``WHERE`` on the filters that are given (``None`` means any)."""
        given = {column: value for column, value in filters.items() if value is not None}
        clause = " AND ".join(f"{column} = {self.placeholder}" for column in given)
        return (f" WHERE {clause}" if clause else ""), tuple(given.values())


class Table:
    """A record type and its table: columns are the record's fields, in order."""

    def __init__(self, dialect: Dialect, name: str, record: type, key: tuple[str, ...], order: str) -> None:
        hints = get_type_hints(record)
        self.dialect = dialect
        self.record = record
        self.columns = tuple(f.name for f in fields(record))
        self.decoders = tuple(dialect.decoder(hints[column]) for column in self.columns)
        self.select = f"SELECT {', '.join(self.columns)} FROM {name}"
        self.order = f" ORDER BY {order}"
        updates = ", ".join(f"{c} = excluded.{c}" for c in self.columns if c not in key)
        # An upsert, not SQLite's INSERT OR REPLACE: that would also delete rows clashing on
        # other unique columns (a VEN renamed to another VEN's name must be a Conflict).
        self.insert = (f"INSERT INTO {name} ({', '.join(self.columns)}) "
                       f"VALUES ({', '.join([dialect.placeholder] * len(self.columns))})")
        # No key: rows are only ever appended.
        self.upsert = f"{self.insert} ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}" if key else ""

    def row(self, record: Any) -> tuple[object, ...]:
        return tuple(self.dialect.encode(getattr(record, column)) for column in self.columns)

    def load(self, row: tuple[Any, ...]) -> Any:
        return self.record(*(None if value is None else decode(value)
                             for decode, value in zip(self.decoders, row, strict=True)))


@dataclass(frozen=True)
class Tables:
    """The tables of the schema, for one dialect."""

    ven: Table
    event: Table
    opt_response: Table
    opt: Table
    registration: Table
    request: Table
    data: Table

    @classmethod
    def of(cls, dialect: Dialect) -> Tables:
        return cls(
            ven=Table(dialect, "ven", VenRecord, ("ven_id",), "ven_id"),
            event=Table(dialect, "event", EventRecord, ("event_id",), "start, event_id"),
            opt_response=Table(dialect, "opt_response", OptResponse, ("event_id", "ven_id"), "event_id, ven_id"),
            opt=Table(dialect, "opt_schedule", OptSchedule, ("opt_id",), "opt_id"),
            registration=Table(dialect, "report_registration", ReportRegistration,
                               ("ven_id", "report_specifier_id"), "ven_id, report_specifier_id"),
            request=Table(dialect, "report_request", ReportRequest, ("report_request_id",), "report_request_id"),
            data=Table(dialect, "report_data", ReportData, (), "id"),  # appended only, in arrival order
        )

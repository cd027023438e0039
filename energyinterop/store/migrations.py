"""Versioned schema migrations of the SQL stores (SQLite and PostgreSQL).

A migration is a version number and, per dialect, the statements that bring a database from
the previous version to it. Migrations are only ever appended: an applied migration is never
edited, because databases in the field already carry it. Each store applies the pending ones
on ``open()`` inside one transaction, records every applied version in ``schema_version``, and
refuses a database whose version is newer than this code (an older program must not write
into tables whose meaning it does not know).

Column conventions (both dialects): durations are integer microseconds, tuples of IDs are JSON
text, documents are BLOB / bytea. Datetimes are ``timestamptz`` in PostgreSQL and integer
microseconds since the Unix epoch (UTC) in SQLite, which sort and compare exactly. IDs are
compared byte-wise (``COLLATE "C"`` in PostgreSQL, SQLite's default), so listings are ordered
by code point like the in-memory reference store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from energyinterop.store.base import StoreError

Dialect = Literal["sqlite", "postgres"]


class SchemaTooNew(StoreError):
    """The database was migrated by a newer version of this program."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]


def _initial(dialect: Dialect) -> tuple[str, ...]:
    """Version 1: one table per record type, indexes for the protocol's lookups."""
    if dialect == "sqlite":
        text, key, time, blob, boolean = "TEXT", "TEXT", "INTEGER", "BLOB", "INTEGER"
        serial = "INTEGER PRIMARY KEY"
        # AUTOINCREMENT: a popped sequence number is never handed out again.
        queue_seq = "INTEGER PRIMARY KEY AUTOINCREMENT"
    else:
        text, key, time, blob, boolean = "TEXT", 'TEXT COLLATE "C"', "TIMESTAMPTZ", "BYTEA", "BOOLEAN"
        serial = queue_seq = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
    micros = "BIGINT"
    return (
        f"""CREATE TABLE ven (
            ven_id {key} PRIMARY KEY,
            ven_name {key} NOT NULL UNIQUE,
            registration_id {key},
            fingerprint {key},
            transport_name {text} NOT NULL,
            transport_address {text},
            http_pull_model {boolean} NOT NULL,
            report_only {boolean} NOT NULL,
            xml_signature {boolean} NOT NULL,
            profile {text} NOT NULL,
            poll_frequency {micros} NOT NULL,
            group_ids {text} NOT NULL,
            resource_ids {text} NOT NULL,
            party_ids {text} NOT NULL,
            created_at {time})""",
        "CREATE INDEX ven_registration ON ven (registration_id)",
        "CREATE INDEX ven_fingerprint ON ven (fingerprint)",
        f"""CREATE TABLE event (
            event_id {key} PRIMARY KEY,
            modification_number INTEGER NOT NULL,
            market_context {text} NOT NULL,
            start {time} NOT NULL,
            duration {micros} NOT NULL,
            document {blob} NOT NULL,
            response_required {boolean} NOT NULL,
            cancelled {boolean} NOT NULL,
            created_at {time},
            ven_ids {text} NOT NULL,
            group_ids {text} NOT NULL,
            resource_ids {text} NOT NULL,
            party_ids {text} NOT NULL)""",
        "CREATE INDEX event_start ON event (start, event_id)",
        f"""CREATE TABLE opt_response (
            event_id {key} NOT NULL,
            ven_id {key} NOT NULL,
            modification_number INTEGER NOT NULL,
            opt_type {text} NOT NULL,
            response_code {text} NOT NULL,
            received_at {time} NOT NULL,
            PRIMARY KEY (event_id, ven_id))""",
        f"""CREATE TABLE opt_schedule (
            opt_id {key} PRIMARY KEY,
            ven_id {key} NOT NULL,
            created_by {text} NOT NULL,
            document {blob} NOT NULL,
            event_id {key},
            cancelled {boolean} NOT NULL,
            created_at {time})""",
        "CREATE INDEX opt_schedule_ven ON opt_schedule (ven_id)",
        f"""CREATE TABLE report_registration (
            ven_id {key} NOT NULL,
            report_specifier_id {key} NOT NULL,
            report_name {text} NOT NULL,
            document {blob} NOT NULL,
            registered_at {time} NOT NULL,
            PRIMARY KEY (ven_id, report_specifier_id))""",
        f"""CREATE TABLE report_request (
            report_request_id {key} PRIMARY KEY,
            ven_id {key} NOT NULL,
            report_specifier_id {key} NOT NULL,
            document {blob} NOT NULL,
            created_at {time} NOT NULL,
            cancelled {boolean} NOT NULL)""",
        "CREATE INDEX report_request_ven ON report_request (ven_id)",
        f"""CREATE TABLE report_data (
            id {serial},
            ven_id {key} NOT NULL,
            report_request_id {key} NOT NULL,
            r_id {key} NOT NULL,
            start {time} NOT NULL,
            duration {micros},
            value {text} NOT NULL,
            received_at {time} NOT NULL)""",
        "CREATE INDEX report_data_ven ON report_data (ven_id, id)",
        "CREATE INDEX report_data_request ON report_data (report_request_id, id)",
        f"""CREATE TABLE poll_queue (
            seq {queue_seq},
            ven_id {key} NOT NULL,
            document {blob} NOT NULL,
            enqueued_at {time} NOT NULL)""",
        "CREATE INDEX poll_queue_ven ON poll_queue (ven_id, seq)",
        f"""CREATE TABLE kv (
            namespace {key} NOT NULL,
            key {key} NOT NULL,
            value {blob} NOT NULL,
            PRIMARY KEY (namespace, key))""",
    )


def _logs(dialect: Dialect) -> tuple[str, ...]:
    """Version 2: append-only logs, numbered per stream."""
    key, blob = ("TEXT", "BLOB") if dialect == "sqlite" else ('TEXT COLLATE "C"', "BYTEA")
    return (
        f"""CREATE TABLE log (
            stream {key} NOT NULL,
            seq BIGINT NOT NULL,
            entry {blob} NOT NULL,
            PRIMARY KEY (stream, seq))""",
    )


def _clustered_kv(dialect: Dialect) -> tuple[str, ...]:
    """Version 3: SQLite's ``kv`` rebuilt WITHOUT ROWID, the rows stored in the primary key's
    own b-tree. Reliable messaging writes a few keys per message; with the rowid table each
    commit rewrote a page of the table and a page of its key index, now one page. PostgreSQL
    tables are heaps with a separate index either way: nothing to change there."""
    if dialect == "postgres":
        return ()
    return (
        """CREATE TABLE kv_clustered (
            namespace TEXT NOT NULL,
            key TEXT NOT NULL,
            value BLOB NOT NULL,
            PRIMARY KEY (namespace, key)) WITHOUT ROWID""",
        "INSERT INTO kv_clustered (namespace, key, value) SELECT namespace, key, value FROM kv",
        "DROP TABLE kv",
        "ALTER TABLE kv_clustered RENAME TO kv",
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial tables", _initial("sqlite"), _initial("postgres")),
    Migration(2, "append-only logs", _logs("sqlite"), _logs("postgres")),
    Migration(3, "key/value rows clustered by key", _clustered_kv("sqlite"), _clustered_kv("postgres")),
)
LATEST = MIGRATIONS[-1].version

# Created before anything else, in the same transaction as the migrations it records.
VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL)"
CURRENT_VERSION = "SELECT COALESCE(MAX(version), 0) FROM schema_version"


def pending(current: int) -> tuple[Migration, ...]:
    """The migrations a database at version ``current`` still needs, oldest first."""
    if current > LATEST:
        raise SchemaTooNew(
            f"the database schema is at version {current}, newer than the {LATEST} this version of "
            "energyinterop knows; upgrade energyinterop (or point it at another database)")
    return tuple(m for m in MIGRATIONS if m.version > current)

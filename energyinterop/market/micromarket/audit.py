"""The market's append-only, hash-chained log in the store (``Store.append_log``).

Each entry is canonical JSON ``{"prev": <hash of the entry before>, "hash": <sha256 of
the entry without "hash">, ...the change...}``; the first entry's ``prev`` is 64 zeros.
Changing, removing or reordering any entry breaks the chain from that entry on, and
:func:`read_chain` names the first bad one (:class:`TamperedLog`) instead of trusting it.
The key/value image keeps the head (entry count and last hash), so a cut tail shows too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from energyinterop.market.micromarket.ledger import dumps
from energyinterop.store.base import Store

GENESIS = "0" * 64


class TamperedLog(Exception):
    """The log is not the chain the market wrote; ``number`` is the first bad entry (1-based)."""

    def __init__(self, stream: str, number: int, reason: str) -> None:
        super().__init__(f"{stream}: entry {number}: {reason}")
        self.stream, self.number, self.reason = stream, number, reason


@dataclass(frozen=True, slots=True)
class Head:
    count: int = 0
    hash: str = GENESIS


def seal(prev: str, change: dict[str, Any]) -> tuple[bytes, str]:
    """The stored bytes of one entry chained after ``prev``, and its hash."""
    body = {**change, "prev": prev}
    digest = hashlib.sha256(dumps(body)).hexdigest()
    return dumps({**body, "hash": digest}), digest


class AuditLog:
    """Appends chained entries to one stream; the caller serialises appends (one writer)."""

    def __init__(self, store: Store, stream: str, head: Head = Head()) -> None:
        self.store, self.stream, self.head = store, stream, head

    async def append(self, changes: Sequence[dict[str, Any]]) -> Head:
        prev, entries = self.head.hash, []
        for change in changes:
            data, prev = seal(prev, change)
            entries.append(data)
        numbers = await self.store.append_log(self.stream, entries)
        if numbers and numbers[0] != self.head.count + 1:
            raise TamperedLog(self.stream, numbers[0], f"expected entry {self.head.count + 1}: another writer appended")
        self.head = Head(self.head.count + len(entries), prev)
        return self.head


async def read_chain(store: Store, stream: str) -> tuple[list[dict[str, Any]], Head]:
    """Every change of the stream, checked link by link; raises :class:`TamperedLog`."""
    prev, changes = GENESIS, []
    for expected, (number, data) in enumerate(await store.read_log(stream), start=1):
        if number != expected:
            raise TamperedLog(stream, expected, f"missing (the next entry is number {number})")
        try:
            entry = json.loads(data)
            claimed = entry.pop("hash")
        except (ValueError, KeyError, AttributeError, TypeError):
            raise TamperedLog(stream, number, "not a sealed entry") from None
        if entry.get("prev") != prev:
            raise TamperedLog(stream, number, "does not follow the entry before it (prev hash differs)")
        if hashlib.sha256(dumps(entry)).hexdigest() != claimed or dumps({**entry, "hash": claimed}) != data:
            raise TamperedLog(stream, number, "its content does not match its hash")
        prev = claimed
        del entry["prev"]
        changes.append(entry)
    return changes, Head(len(changes), prev)

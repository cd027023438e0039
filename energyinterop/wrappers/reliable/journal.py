"""Sequences in the store: load them after a restart, write each state change as one
atomic ``put_values`` batch (the store's only multi-key transaction)."""

from __future__ import annotations

import json
import re
from typing import Any

from energyinterop.store.base import Store
from energyinterop.wrappers.reliable import keys
from energyinterop.wrappers.reliable.destination import Destination
from energyinterop.wrappers.reliable.ranges import RangeSet
from energyinterop.wrappers.reliable.source import Source


_NUMBER = re.compile(r"[0-9]{20}")
_ENTRY = re.compile(r"[hp]:[0-9]{20}|r")


class Journal:
    def __init__(self, store: Store, namespace: str = keys.NAMESPACE) -> None:
        self.store = store
        self.namespace = namespace

    async def write(self, writes: keys.Writes) -> None:
        if writes:
            await self.store.put_values(self.namespace, writes)

    async def source(self, identifier: str, **options: Any) -> Source | None:
        meta = await self.store.get_value(self.namespace, keys.source(identifier))
        if meta is None:
            return None
        prefix = keys.source(identifier) + ":m:"
        # Only this sequence's keys: another identifier may start with this one.
        messages = [(k, v) for k, v in await self.store.list_values(self.namespace, prefix)
                    if _NUMBER.fullmatch(k[len(prefix):])]
        requests = json.loads(meta).get("for")
        if requests is not None:  # answers: numbered as the requests delivered
            record = await self.store.get_value(self.namespace, keys.delivered(requests))
            options["at_least"] = RangeSet.parse(record.decode()).highest + 1 if record else 1
        return Source.restore(identifier, meta, messages, **options)

    async def destination(self, identifier: str, **options: Any) -> Destination | None:
        meta = await self.store.get_value(self.namespace, keys.destination(identifier))
        if meta is None:
            return None
        prefix = keys.destination(identifier) + ":"
        entries = [(k, v) for k, v in await self.store.list_values(self.namespace, prefix)
                   if _ENTRY.fullmatch(k[len(prefix):])]
        return Destination.restore(identifier, meta, entries, **options)

    async def client_sequence(self, remote: str) -> str | None:
        value = await self.store.get_value(self.namespace, keys.client(remote))
        return value.decode() if value is not None else None


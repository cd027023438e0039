"""EI objects kept in the store's key/value space, encoded with the EI codec.

Full-EI objects (events, opts, enrollments, reports...) do not go in the OpenADR-profile
tables: those documents are read back with the OpenADR codec. Each collection is a
namespace ``ei.<name>``; since the key/value interface cannot list keys, a collection
keeps its own index of keys (read-modify-write: fine for one VTN process, see the report
on a ``list_values`` store method).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from energyinterop.ei import ei_codec
from energyinterop.store.base import Store

INDEX = "\x00index"  # a key no EI identifier can be (UidType has no control characters)


@dataclass(frozen=True, slots=True)
class Stored:
    key: str
    owner: str  # the party the object belongs to
    obj: Any
    cancelled: bool = False


class Collection:
    def __init__(self, store: Store, name: str) -> None:
        self.store = store
        self.namespace = self.namespace_of(name)

    @staticmethod
    def namespace_of(name: str) -> str:
        return f"ei.{name}"

    async def get(self, key: str) -> Stored | None:
        raw = await self.store.get_value(self.namespace, key)
        if raw is None:
            return None
        data = json.loads(raw)
        return Stored(key, data["owner"], ei_codec().decode(data["doc"].encode()), data["cancelled"])

    async def put(self, key: str, owner: str, obj: Any, *, cancelled: bool = False) -> None:
        doc = ei_codec().encode(obj).decode()
        await self.store.put_value(self.namespace, key,
                                   json.dumps({"owner": owner, "cancelled": cancelled, "doc": doc}).encode())
        keys = await self._keys()
        if key not in keys:
            await self.store.put_value(self.namespace, INDEX, json.dumps([*keys, key]).encode())

    async def cancel(self, stored: Stored) -> None:
        await self.put(stored.key, stored.owner, stored.obj, cancelled=True)

    async def owned(self, key: str, owner: str) -> Stored | None:
        """The live object of ``owner`` under ``key`` (None when absent, cancelled or another's)."""
        stored = await self.get(key)
        return stored if stored is not None and stored.owner == owner and not stored.cancelled else None

    async def all(self, *, owner: str | None = None, include_cancelled: bool = False) -> list[Stored]:
        found = []
        for key in await self._keys():
            stored = await self.get(key)
            if stored is not None and (owner is None or stored.owner == owner) and (
                    include_cancelled or not stored.cancelled):
                found.append(stored)
        return found

    async def _keys(self) -> list[str]:
        raw = await self.store.get_value(self.namespace, INDEX)
        return json.loads(raw) if raw else []

"""Shared harness of the role tests: a VTN and VENs talking in-process over a checked wire.

Every message either role produces crosses :func:`wire`: it must encode with the OpenADR
codec to a document the compiled schema accepts, and decode back equal to itself.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from lxml import etree

from energyinterop.openadr import openadr_codec
from energyinterop.roles import (
    SequentialIds,
    Ven,
    VenConfig,
    Vtn,
    VtnConfig,
    service_of,
)
from energyinterop.roles.effects import MessageQueued, Outcome
from energyinterop.store.base import VenRecord
from energyinterop.store.memory import MemoryStore

T0 = datetime(2024, 7, 16, 12, 0, tzinfo=UTC)
VTN_ID = "VTN-1"


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def wire(message: Any) -> Any:
    """Encode, validate against the schema, decode; the decoded copy must equal the original."""
    codec = openadr_codec()
    data = codec.encode_message(message)
    root = etree.fromstring(data)
    assert codec.schema.validate(root), f"{type(message).__name__}: {codec.schema.error_log}"
    back = codec.decode_message(data)
    assert back == message, f"{type(message).__name__} does not round-trip"
    return back


@dataclass
class Harness:
    """One VTN, its MemoryStore, a fixed clock moved by hand, and the messages exchanged."""

    vtn_config: dict[str, Any] = field(default_factory=dict)
    now: datetime = T0
    log: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.store = MemoryStore()
        self.vtn = Vtn(VtnConfig(**{"vtn_id": VTN_ID, "ids": SequentialIds("vtn-"), **self.vtn_config}))

    def advance(self, delta: timedelta) -> None:
        self.now += delta

    def ven(self, name: str = "ven-a", **config: Any) -> Ven:
        return Ven(VenConfig(**{"ven_name": name, "vtn_id": VTN_ID, "ids": SequentialIds(f"{name}-"), **config}))

    async def provision(self, ven_id: str, ven_name: str, **fields: Any) -> VenRecord:
        record = VenRecord(ven_id=ven_id, ven_name=ven_name, **fields)
        await self.store.add_ven(record)
        return record

    async def to_vtn(self, message: Any, *, fingerprint: str | None = None) -> Outcome:
        self.log.append(("ven->vtn", type(message).__name__))
        out = await self.vtn.handle(wire(message), now=self.now, store=self.store, fingerprint=fingerprint)
        self.check(out)
        return out

    async def operator(self, call: Any) -> Outcome:
        out = await call
        self.check(out)
        return out

    def check(self, out: Outcome) -> None:
        if out.reply is not None:
            wire(out.reply)
        if out.reply_document is not None:
            assert openadr_codec().decode_message(out.reply_document) == out.reply
        for effect in out.of(MessageQueued):
            wire(effect.message)

    def to_ven(self, ven: Ven, message: Any, decide: Any = None) -> Outcome:
        self.log.append(("vtn->ven", type(message).__name__))
        out = ven.handle(wire(message), now=self.now, decide=decide)
        if out.reply is not None:
            wire(out.reply)
            service_of(out.reply, answering=message)  # every reply has an endpoint
        return out

    async def exchange(self, ven: Ven, request: Any, *, decide: Any = None,
                       fingerprint: str | None = None) -> list[Outcome]:
        """Send one VEN request, hand the answer to the VEN, and post whatever the VEN
        answers to that (pull model), until the conversation ends. Returns all outcomes."""
        service_of(request)
        outcomes = []
        while request is not None:
            vtn_out = await self.to_vtn(request, fingerprint=fingerprint)
            outcomes.append(vtn_out)
            if vtn_out.reply is None:
                break
            ven_out = self.to_ven(ven, vtn_out.reply, decide)
            outcomes.append(ven_out)
            request = ven_out.reply
        return outcomes

    async def step(self, ven: Ven, *, decide: Any = None, fingerprint: str | None = None) -> list[Outcome] | None:
        request = ven.next_request(self.now)
        if request is None:
            return None
        return await self.exchange(ven, request, decide=decide, fingerprint=fingerprint)

    async def settle(self, ven: Ven, *, decide: Any = None, fingerprint: str | None = None,
                     limit: int = 30) -> list[Outcome]:
        """Run the VEN until it has nothing to send at the current time."""
        outcomes: list[Outcome] = []
        for _ in range(limit):
            step = await self.step(ven, decide=decide, fingerprint=fingerprint)
            if step is None:
                return outcomes
            outcomes.extend(step)
        raise AssertionError("the VEN never went idle")


def effects(outcomes: list[Outcome], kind: type) -> list[Any]:
    return [e for o in outcomes for e in o.of(kind)]


def test_wire_checks_schema_and_equality() -> None:
    from energyinterop.openadr import OadrPoll

    assert wire(OadrPoll(ven_id="v", schema_version="2.0b")) == OadrPoll(ven_id="v", schema_version="2.0b")

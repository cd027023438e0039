"""Restarts of the wrapper on the same store: what is persisted per exchange (one batch per
side, no JSON state per message) is enough to carry on: numbering, acknowledgements of
answers, kept answers for requests sent again."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from energyinterop.store.memory import MemoryStore
from energyinterop.wrappers.base import ATOMIC, Binding, DeliveryUnit, Direction, Exchange
from energyinterop.wrappers.reliable import keys
from energyinterop.wrappers.reliable.wrapper import ReliableMessaging, resend

REMOTE = "http://vtn/OpenADR2/Simple/2.0b"
NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


class Store(MemoryStore):
    """Counts the batches written."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[dict[str, bytes | None]] = []

    async def put_values(self, namespace: str, items: dict[str, bytes | None]) -> None:  # type: ignore[override]
        self.batches.append(dict(items))
        await super().put_values(namespace, items)


async def exchange(client: ReliableMessaging, server: ReliableMessaging, body: bytes,
                   notes: dict[str, int] | None = None) -> tuple[bytes, dict[str, str], dict[str, str]]:
    """One request and its answer through both wrappers; the answer as the client got it,
    and the RM headers each way."""
    out = Exchange(Binding.SIMPLE_HTTP, Direction.OUTGOING, "EiEvent", NOW, remote=REMOTE, notes=dict(notes or {}))
    sent = await client.outgoing(body, out)
    # The server side as the transports run it: the role and the answer in the store's unit.
    store = server.journal.store
    incoming = Exchange(Binding.SIMPLE_HTTP, Direction.INCOMING, "EiEvent", NOW, store, headers=dict(out.headers),
                        atomic=True)
    held = await server.incoming(sent, incoming)
    if isinstance(held, bytes):
        async with DeliveryUnit(incoming, incoming.notes.pop(ATOMIC, None)):
            answer = Exchange(Binding.SIMPLE_HTTP, Direction.OUTGOING, "EiEvent", NOW, store, notes=incoming.notes,
                              atomic=True)
            reply, headers = await server.outgoing(b"answer to " + held, answer), answer.headers
    else:  # answered by the RM layer (a duplicate: the kept answer)
        reply, headers = held.reply, held.headers
    back = Exchange(Binding.SIMPLE_HTTP, Direction.INCOMING, "EiEvent", NOW, remote=REMOTE, headers=headers,
                    notes=out.notes)
    return await client.incoming(reply, back), out.headers, headers


def offer(store: MemoryStore, identifier: str) -> str:
    meta = store._values[(keys.NAMESPACE, keys.destination(identifier))]
    return json.loads(meta)["offer"]


def test_both_sides_restart_from_what_each_exchange_wrote() -> None:
    async def main() -> None:
        client_store, server_store = Store(), Store()
        client, server = ReliableMessaging(client_store), ReliableMessaging(server_store)
        for i in range(1, 6):
            assert (await exchange(client, server, b"m%d" % i))[0] == b"answer to m%d" % i
        identifier = client_store._values[(keys.NAMESPACE, keys.client(REMOTE))].decode()
        # Per exchange after the first: one batch each side, no meta record rewritten.
        assert [sorted((k, v is None) for k, v in b.items()) for b in client_store.batches[-2:]] == [
            [(keys.message(identifier, n - 1), True), (keys.message(identifier, n), False)] for n in (4, 5)]
        assert len(server_store.batches) == 1 + 5  # creation, then one per delivery
        assert sorted(server_store.batches[-1]) == sorted([
            keys.delivered(identifier), keys.message(offer(server_store, identifier), 5),
            keys.message(offer(server_store, identifier), 4)])  # answer 5 kept, 4 acknowledged

        server = ReliableMessaging(server_store)  # the VTN restarts
        answer, sent, got = await exchange(client, server, b"m6")
        assert answer == b"answer to m6" and sent["EI-RM-Ack"].endswith("; ranges=1-5")
        assert got["EI-RM-Sequence"].endswith("; n=6") and got["EI-RM-Ack"].endswith("; ranges=1-6")

        client = ReliableMessaging(client_store)  # the VEN restarts: 6 was answered, not forgotten
        assert await client.last_number(REMOTE) == 6
        orphans = await client.orphans(REMOTE)
        assert [(service, number) for service, number, _ in orphans] == [("EiEvent", 6)]
        before = len(server_store.batches)
        again, _, got = await exchange(client, server, orphans[0][2], resend(6))
        assert again == b"answer to m6" and got["EI-RM-Sequence"].endswith("; n=6")  # the kept answer
        assert len(server_store.batches) == before  # a duplicate writes nothing
        answer, sent, _ = await exchange(client, server, b"m7")
        assert answer == b"answer to m7" and sent["EI-RM-Sequence"].endswith("; n=7")
        assert sent["EI-RM-Ack"].endswith("; ranges=1-6")

        assert sorted(k for _, k in client_store._values) == [
            f"c:{REMOTE}", keys.source(identifier), keys.message(identifier, 7)]
        destination = await server.journal.destination(identifier)
        assert destination is not None and destination.delivered_set.format() == "1-7"

    asyncio.run(main())

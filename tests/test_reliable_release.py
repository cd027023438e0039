"""Releasing held messages through ``Exchange.onward`` (``ReliableConfig(release=True)``),
sans HTTP: a role failing on a released message leaves it held for its retransmission, and
a held message of another service waits for its own."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from energyinterop.store.memory import MemoryStore
from energyinterop.wrappers.base import Binding, Direction, Exchange, Held
from energyinterop.wrappers.reliable.wrapper import MESSAGE, ReliableConfig, ReliableMessaging

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
SEQUENCE = {"EI-RM-CreateSequence": "urn:uuid:a; offer=urn:uuid:b"}


class Server:
    """The server wrapper with a role that logs what it gets and fails on ``fail``; the
    onward it gives each exchange runs the role and the wrapper's outgoing, like the
    simple-HTTP transport's."""

    def __init__(self) -> None:
        self.rm = ReliableMessaging(MemoryStore(), ReliableConfig(release=True))
        self.log: list[tuple[bytes, tuple[str, int] | None]] = []
        self.fail: set[bytes] = set()

    async def role(self, document: bytes, incoming: Exchange) -> bytes | None:
        self.log.append((document, incoming.notes.get(MESSAGE)))
        if document in self.fail:
            return None  # the transport answers 500; the wrapper never sees an answer
        answer = Exchange(Binding.SIMPLE_HTTP, Direction.OUTGOING, incoming.service, NOW, notes=incoming.notes)
        result = await self.rm.outgoing(b"answer to " + document, answer)
        assert isinstance(result, bytes)
        return result

    async def post(self, number: int, document: bytes, service: str = "EiEvent") -> tuple[int, bytes | None]:
        incoming = Exchange(Binding.SIMPLE_HTTP, Direction.INCOMING, service, NOW,
                            headers={**SEQUENCE, "EI-RM-Sequence": f"urn:uuid:a; n={number}"})

        async def onward(held: bytes) -> bytes | None:
            return await self.role(held, incoming)

        incoming.onward = onward
        result = await self.rm.incoming(document, incoming)
        if isinstance(result, Held):
            kept = result.reply is not None and result.reply.startswith(b"answer")  # else a bare oadrResponse
            return result.status, result.reply if kept else None
        answer = await self.role(result, incoming)
        return (200, answer) if answer is not None else (500, None)


def test_a_role_failing_on_a_released_message_leaves_it_and_the_next_held() -> None:
    async def main() -> None:
        server = Server()
        server.fail.add(b"m2")
        assert (await server.post(2, b"m2"))[0] == 202
        assert (await server.post(3, b"m3"))[0] == 202
        assert await server.post(1, b"m1") == (200, b"answer to m1")
        # 2 was released and failed: 3 was not handed on after it.
        assert server.log == [(b"m1", ("urn:uuid:a", 1)), (b"m2", ("urn:uuid:a", 2))]
        server.fail.clear()
        assert await server.post(3, b"m3") == (200, None)  # still held: a duplicate, no answer yet
        assert await server.post(2, b"m2") == (200, b"answer to m2")  # delivered, 3 released
        assert await server.post(3, b"m3") == (200, b"answer to m3")  # the kept answer
        assert [number for _, (_, number) in server.log] == [1, 2, 2, 3]

    asyncio.run(main())


def test_a_held_message_of_another_service_waits_for_its_retransmission() -> None:
    async def main() -> None:
        server = Server()
        assert (await server.post(2, b"r2", "EiReport"))[0] == 202
        assert await server.post(1, b"m1") == (200, b"answer to m1")
        assert [document for document, _ in server.log] == [b"m1"]
        assert await server.post(2, b"r2", "EiReport") == (200, b"answer to r2")
        assert [document for document, _ in server.log] == [b"m1", b"r2"]

    asyncio.run(main())

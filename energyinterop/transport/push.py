"""OpenADR 2.0b push model, VTN side: deliver each VEN's queue by POSTing to the VEN.

The VTN role queues every VTN-initiated message in the store (one FIFO per VEN, exact
bytes), whatever the VEN's transport model. Pull VENs collect their queue with oadrPoll;
for push VENs (``http_pull_model=False`` with a ``transport_address``) :class:`PushDelivery`
POSTs the queued bytes to ``<transport_address>/<service>`` and feeds the VEN's HTTP
answer (oadrCreatedEvent, oadrCreatedReport, oadrResponse...) into ``Vtn.handle``, as if
the VEN had sent it as a request.

Guarantees:

* at-least-once: a message leaves the queue only after the VEN answered it (peek, POST,
  then remove), so a crash or a network failure redelivers it;
* order: one delivery in flight per VEN, oldest first;
* failures back off exponentially per VEN; other VENs are not held up, and at most
  ``max_concurrency`` POSTs are in flight across all VENs;
* ``stop()`` lets in-flight exchanges finish (within ``grace``), then cancels.

Wake-ups: :meth:`PushDelivery.notify` with an ``Outcome``'s effects (``MessageQueued``) or
:meth:`PushDelivery.wake`; a periodic sweep catches anything queued elsewhere (another
process, a restart).

What counts as answered: any HTTP 2xx (an empty body is a plain acknowledgement), or a
4xx carrying an OpenADR payload (the VEN read the message and refused it: sending the same
bytes again would only be refused again and block the queue). Anything else (connection
refused, timeout, 5xx, a 4xx without OpenADR payload such as a proxy's 404) is retried.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, Self
from urllib.parse import urlsplit

import aiohttp

from energyinterop.codec import OpenADRCodec, openadr_codec
from energyinterop.roles.effects import MessageQueued
from energyinterop.roles.messages import response_code_of, service_of, ven_id_of
from energyinterop.roles.vtn import Vtn
from energyinterop.store.base import QueuedMessage, Store, VenRecord
from energyinterop.transport.simple_http import DEFAULT_MAX_BODY, SimpleHttpClient, TransportError
from energyinterop.wrappers.base import WrapperStack
from energyinterop.xml.errors import CodecError

log = logging.getLogger("energyinterop.push")

Clock = Callable[[], datetime]
EffectSink = Callable[[tuple[Any, ...]], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


# ------------------------------------------------------------------ delivery


class DeliveryFailed(Exception):
    """The VEN did not answer a pushed message (retried with backoff)."""


def is_push(ven: VenRecord | None) -> bool:
    """A VEN the VTN pushes to: push model, with an http(s) address."""
    if ven is None or ven.http_pull_model or not ven.transport_address:
        return False
    return urlsplit(ven.transport_address).scheme in ("http", "https")


class PushDelivery:
    """Delivers push VENs' queues. Owned by the server app: ``start()`` once the store is
    open, ``stop()`` before it closes; ``notify(outcome.effects)`` after every role call."""

    def __init__(self, store: Store, vtn: Vtn, clock: Clock = utc_now, *,
                 codec: OpenADRCodec | None = None,
                 session: aiohttp.ClientSession | None = None, on_effects: EffectSink | None = None,
                 sweep_interval: float = 30.0, max_concurrency: int = 16, timeout: float = 30.0,
                 backoff_initial: float = 1.0, backoff_max: float = 300.0,
                 max_body: int = DEFAULT_MAX_BODY, wrappers: WrapperStack | None = None, ssl: Any = None) -> None:
        self.store = store
        self.vtn = vtn
        self.clock = clock
        self.codec = codec or openadr_codec()
        self.on_effects = on_effects
        self.sweep_interval = sweep_interval
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.max_body = max_body
        self.wrappers = wrappers
        self.ssl = ssl
        self._session = session
        self._own_session = session is None
        self._limit = asyncio.Semaphore(max_concurrency)
        self._wakeup = asyncio.Event()
        self._closing = asyncio.Event()
        self._woken: set[str] = set()  # VENs named by notify/wake since the dispatcher last looked
        self._signals: dict[str, int] = {}  # per VEN, bumped by every wake: see _worker
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._dispatcher: asyncio.Task[None] | None = None

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        if self._dispatcher is not None:
            raise RuntimeError("already started")
        self._closing.clear()
        if self._session is None:
            self._session = aiohttp.ClientSession()
        self._dispatcher = asyncio.create_task(self._dispatch(), name="push dispatcher")

    async def stop(self, grace: float = 5.0) -> None:
        """Stop taking work, let in-flight exchanges end (up to ``grace`` s), cancel the rest.
        Whatever was not answered stays queued for the next start (or an oadrPoll)."""
        self._closing.set()
        self._wakeup.set()
        tasks = [t for t in (self._dispatcher, *self._workers.values()) if t is not None]
        if tasks:
            _, late = await asyncio.wait(tasks, timeout=grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        self._dispatcher = None
        self._workers.clear()
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------ wake-ups

    def notify(self, effects: Iterable[Any]) -> None:
        """Feed a role's effects: each ``MessageQueued`` wakes its VEN's delivery."""
        for effect in effects:
            if isinstance(effect, MessageQueued):
                self.wake(effect.ven_id)

    def wake(self, ven_id: str | None = None) -> None:
        """Look at one VEN's queue now (None: sweep all). Synchronous, never blocks."""
        if ven_id is None:
            self._woken.add("")  # "" = sweep
        else:
            self._woken.add(ven_id)
            self._signals[ven_id] = self._signals.get(ven_id, 0) + 1
        self._wakeup.set()

    # ------------------------------------------------------------ the dispatcher

    async def _dispatch(self) -> None:
        """Starts one worker per VEN with something to deliver; sweeps periodically."""
        next_sweep = 0.0  # sweep at once: messages may be queued from before a restart
        while not self._closing.is_set():
            woken, self._woken = self._woken, set()
            self._wakeup.clear()
            if "" in woken or time.monotonic() >= next_sweep:
                next_sweep = time.monotonic() + self.sweep_interval
                try:
                    woken |= {ven.ven_id for ven in await self.store.list_vens() if is_push(ven)}
                except Exception:  # a failed store: log, try again at the next sweep
                    log.exception("push sweep failed")
            for ven_id in sorted(woken - {""}):
                try:
                    await self._ensure_worker(ven_id)
                except Exception:
                    log.exception("push to %s not started", ven_id)  # the next sweep tries again
            try:
                await asyncio.wait_for(self._wakeup.wait(), max(next_sweep - time.monotonic(), 0.0))
            except TimeoutError:
                pass

    async def _ensure_worker(self, ven_id: str) -> None:
        running = self._workers.get(ven_id)
        if running is not None and not running.done():
            return  # it loops until the queue is empty, and sees the new signal
        ven = await self.store.get_ven(ven_id)
        if not is_push(ven):
            return
        if self._closing.is_set() or not await self.store.pending(ven_id):
            return
        self._workers[ven_id] = asyncio.create_task(self._worker(ven_id), name=f"push {ven_id}")

    # ------------------------------------------------------------ one VEN

    async def _worker(self, ven_id: str) -> None:
        """Deliver a VEN's queue in order until it is empty; back off on failures."""
        backoff = 0.0
        try:
            while not self._closing.is_set():
                signal = self._signals.get(ven_id, 0)
                ven = await self.store.get_ven(ven_id)
                if not is_push(ven):
                    return  # deleted, or registered again as a pull VEN
                assert ven is not None and ven.transport_address is not None
                queued = await self.store.peek(ven_id)
                if queued is None:
                    if self._signals.get(ven_id, 0) != signal:
                        continue  # woken while we looked: look again
                    return  # nothing between here and the end of the task yields
                try:
                    async with self._limit:
                        await self._deliver(ven, ven.transport_address, queued)
                    backoff = 0.0
                except DeliveryFailed as error:
                    backoff = min(max(backoff * 2, self.backoff_initial), self.backoff_max)
                    log.warning("push to %s failed, retrying in %.3gs: %s", ven_id, backoff, error)
                    try:  # sleep, but wake for stop()
                        await asyncio.wait_for(self._closing.wait(), backoff)
                    except TimeoutError:
                        pass
        except Exception:
            log.exception("push worker for %s failed", ven_id)  # the next sweep restarts it
        finally:
            if self._workers.get(ven_id) is asyncio.current_task():
                del self._workers[ven_id]

    async def _deliver(self, ven: VenRecord, address: str, queued: QueuedMessage) -> None:
        """POST one queued message; on an answer, remove it and hand the answer to the role."""
        try:
            pushed = self.codec.decode_message(queued.document)
        except CodecError as error:  # cannot happen for what the role queued; never block on it
            log.error("dropping undecodable queued message %s of %s: %s", queued.sequence, ven.ven_id, error)
            await self.store.remove(ven.ven_id, queued.sequence)
            return
        service = service_of(pushed)
        assert self._session is not None
        client = SimpleHttpClient(address, self.codec, self._session, timeout=self.timeout.total or 30.0,
                                  wrappers=self.wrappers, store=self.store, clock=self.clock,
                                  max_body=self.max_body, ssl=self.ssl)
        url = client.url(service)
        try:
            status, body = await client.post(service, queued.document)
        except (TransportError, CodecError) as exc:  # unreachable, or a wrapper refused the answer
            raise DeliveryFailed(f"{url}: {exc}") from None
        read = 200 <= status < 300 or 400 <= status < 500  # the VEN may have read the message
        answer = self._decode_answer(body) if read and body and body.strip() else None
        if not (200 <= status < 300 or (read and answer is not None)):
            raise DeliveryFailed(f"{url}: HTTP {status}")
        # Answered: the VEN has the message. Remove it before anything else can fail.
        await self.store.remove(ven.ven_id, queued.sequence)
        log.info("pushed", extra={"effect": {"ven_id": ven.ven_id, "sequence": queued.sequence,
                                             "message": type(pushed).__name__, "status": status}})
        if answer is not None:
            try:
                await self._feed(ven.ven_id, answer)
            except Exception:  # e.g. a failed store: the message stays delivered, the queue goes on
                log.exception("the answer of %s to a push was not handled", ven.ven_id)

    def _decode_answer(self, body: bytes) -> Any | None:
        try:
            return self.codec.decode_message(body)
        except CodecError as error:
            log.warning("undecodable answer to a push: %s", error)
            return None

    async def _feed(self, ven_id: str, answer: Any) -> None:
        """The VEN's answer goes to the role as a request from that VEN. The role's own reply
        (e.g. oadrResponse to oadrCreatedEvent) has nowhere to go in push: it is logged."""
        claimed = ven_id_of(answer)
        if claimed is not None and claimed != ven_id:
            log.warning("answer to a push to %s claims venID %r: ignored", ven_id, claimed)
            return
        outcome = await self.vtn.handle(answer, now=self.clock(), store=self.store)
        if self.on_effects is not None:
            self.on_effects(outcome.effects)
        self.notify(outcome.effects)
        code = response_code_of(outcome.reply) if outcome.reply is not None else None
        if code not in (None, "200"):
            log.warning("VTN refused %s's answer %s: %s", ven_id, type(answer).__name__, code)


__all__ = [
    "DeliveryFailed",
    "PushDelivery",
    "is_push",
    "utc_now",
]

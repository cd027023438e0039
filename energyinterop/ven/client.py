"""The embeddable VEN: the sans-IO VEN role driven over simple HTTP (pull model).

A device vendor wires it to a device in a few lines::

    def decide(event):                       # the opt decision for a new or changed event
        return "optIn"

    def readings(schedule, now):             # telemetry for a report the VTN requested
        return {r_id: meter.read() for r_id in schedule.r_ids}

    ven = VenClient(VenConfig(ven_name="thermostat-7", reports=(...)), "https://vtn.example",
                    decide=decide, readings=readings, state_path=Path("ven-state.json"))
    await ven.start()   # registers (or resumes the saved registration), polls, reports
    ...
    await ven.stop()

Callbacks may be plain functions or coroutines (``readings``); ``decide`` is called inside
the role and must be a plain function. Network failures are retried with exponential
backoff; the registration is saved after every exchange and resumed on restart.

Protections: ``ssl`` (mutual TLS), ``wrappers`` (e.g. signing) and ``reliable`` (reliable
messaging, docs/reliable-messaging.md), which goes outermost, the order recommended on
simple HTTP; each is optional::

    store = SqliteStore("ven-rm.sqlite3"); await store.open()   # the sequences survive restarts
    ven = VenClient(config, url, wrappers=WrapperStack([signer]),
                    reliable=ReliableMessaging(store, ReliableConfig()))

On start it first sends again, under their first numbers, the requests the reliable
sequence kept unanswered (a crash or a stop in the middle of an exchange), and hands their
answers to the role.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from ssl import SSLContext
from typing import Any

import aiohttp

from energyinterop.codec import openadr_codec
from energyinterop.roles.effects import Outcome
from energyinterop.roles.messages import service_of
from energyinterop.roles.ven import Decide, Ven, VenConfig
from energyinterop.roles.ven_state import ReportSchedule
from energyinterop.transport.simple_http import SimpleHttpClient, TransportError
from energyinterop.wrappers.base import WrapperStack
from energyinterop.wrappers.reliable.wrapper import ReliableMessaging, resend
from energyinterop.xml.errors import CodecError

log = logging.getLogger("energyinterop.ven")

Readings = Callable[[ReportSchedule, datetime], Mapping[str, Decimal | float | int]
                    | Awaitable[Mapping[str, Decimal | float | int]]]
Clock = Callable[[], datetime]

MAX_BACKOFF = timedelta(minutes=1)
IDLE = timedelta(seconds=1)  # the longest sleep when nothing is scheduled


def utc_now() -> datetime:
    return datetime.now(UTC)


class VenClient:
    """Runs one :class:`~energyinterop.roles.ven.Ven` against one VTN."""

    def __init__(self, config: VenConfig, vtn_url: str, *, decide: Decide | None = None,
                 readings: Readings | None = None, on_effect: Callable[[Any], None] | None = None,
                 state_path: Path | None = None, clock: Clock = utc_now,
                 wrappers: WrapperStack | None = None, ssl: SSLContext | None = None,
                 reliable: ReliableMessaging | None = None) -> None:
        self.vtn_url = vtn_url
        self.reliable = reliable
        inner = wrappers.wrappers if wrappers is not None else ()
        self.wrappers = WrapperStack([*inner, reliable]) if reliable is not None else wrappers
        self.ssl = ssl
        self.decide = decide
        self.readings = readings
        self.on_effect = on_effect
        self.state_path = state_path
        self.clock = clock
        saved = state_path.read_bytes() if state_path is not None and state_path.exists() else None
        self.ven = Ven.from_bytes(config, saved) if saved else Ven(config)
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        if self._task is not None:
            raise RuntimeError("already started")
        self._session = aiohttp.ClientSession()
        self._task = asyncio.create_task(self._run(), name=f"ven {self.ven.config.ven_name}")

    async def stop(self) -> None:
        """Stop the loop; its session closes even when the loop died of an error (re-raised)."""
        try:
            if self._task is not None:
                task, self._task = self._task, None
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError:
                    pass
        finally:
            if self._session is not None:
                await self._session.close()
                self._session = None

    async def __aenter__(self) -> VenClient:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------ the loop

    async def _run(self) -> None:
        assert self._session is not None
        client = SimpleHttpClient(self.vtn_url, openadr_codec(), self._session, wrappers=self.wrappers,
                                  clock=self.clock, ssl=self.ssl)
        backoff = timedelta(0)
        orphans_sent = self.reliable is None
        while True:
            try:
                if not orphans_sent:
                    await self._resend_orphans(client)
                    orphans_sent = True
                worked = await self.step(client)
                backoff = timedelta(0)
            except (TransportError, CodecError) as error:  # unreachable, or a wrapper refused the answer
                backoff = min(max(backoff * 2, timedelta(seconds=1)), MAX_BACKOFF)
                log.warning("exchange with the VTN failed, retrying in %ss: %s", backoff.total_seconds(), error)
                await asyncio.sleep(backoff.total_seconds())
                continue
            if not worked:
                await asyncio.sleep(self._idle().total_seconds())

    async def step(self, client: SimpleHttpClient) -> bool:
        """One request (or due report) and what follows from it; False when nothing was due."""
        now = self.clock()
        request = self.ven.next_request(now)
        if request is None:
            due = self.ven.due_reports(now)
            if not due or self.readings is None:
                return False
            request = await self._report(due[0], now)
        await self._exchange(client, request)
        self._save()
        return True

    async def _exchange(self, client: SimpleHttpClient, request: Any) -> None:
        await self._follow(client, await client.send(service_of(request), request))

    async def _follow(self, client: SimpleHttpClient, reply: Any) -> None:
        """Hand ``reply`` to the role, and send what it answers (e.g. oadrCreatedEvent for an
        event a poll brought), until it has nothing more to say."""
        outcome = self._handle(reply)
        while outcome.reply is not None:
            answer = await client.send(service_of(outcome.reply, answering=reply), outcome.reply)
            reply, outcome = answer, self._handle(answer)

    async def _resend_orphans(self, client: SimpleHttpClient) -> None:
        """The requests reliable messaging kept unanswered, again under their own numbers (the
        VTN answers a delivered one from its kept answer); the role reads what comes back."""
        assert self.reliable is not None
        for service, number, document in await self.reliable.orphans(client.base_url):
            log.info("resending unanswered request", extra={"effect": {"service": service, "number": number}})
            status, data = await client.post(service, document, notes=resend(number))
            if data is None:
                raise TransportError(f"{service}: HTTP {status}, the answer was held by a wrapper")
            try:
                answer = client.codec.decode_message(data)
            except CodecError as error:
                raise TransportError(f"{service}: HTTP {status}, undecodable answer: {error}") from None
            await self._follow(client, answer)
            self._save()

    def handle_pushed(self, message: Any) -> Outcome:
        """A message the VTN pushed (push mode): handled like a polled one; state saved."""
        outcome = self._handle(message)
        self._save()
        return outcome

    def _handle(self, message: Any) -> Outcome:
        outcome = self.ven.handle(message, now=self.clock(), decide=self.decide)
        for effect in outcome.effects:
            log.info(type(effect).__name__, extra={"effect": getattr(effect, "__dict__", {})})
            if self.on_effect is not None:
                self.on_effect(effect)
        return outcome

    async def _report(self, schedule: ReportSchedule, now: datetime) -> Any:
        assert self.readings is not None
        values = self.readings(schedule, now)
        if inspect.isawaitable(values):
            values = await values
        return self.ven.update_report(schedule.report_request_id, [(now, schedule.granularity, values)], now=now)

    def _idle(self) -> timedelta:
        wakeup = self.ven.next_wakeup()
        if wakeup is None:
            return IDLE
        return min(max(wakeup - self.clock(), timedelta(milliseconds=50)), IDLE)

    def _save(self) -> None:
        """Persist the registration (atomically: write then rename)."""
        if self.state_path is None:
            return
        temporary = self.state_path.with_suffix(self.state_path.suffix + ".tmp")
        temporary.write_bytes(self.ven.to_bytes())
        temporary.replace(self.state_path)

"""The VTN reference server: the VTN role behind the OpenADR endpoints, a store, a health
endpoint and the operator API, in one aiohttp application.

The role is sans-IO; this module is where the clock is read and effects are logged. The
store opens with the application and closes on shutdown (aiohttp's cleanup), so a
graceful stop (SIGINT / SIGTERM) flushes nothing in flight and loses nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import asdict, is_dataclass
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from energyinterop.codec import ei_codec, openadr_codec
from energyinterop.market import MarketRegistry
from energyinterop.roles.ei import EiVtn, EiVtnConfig
from energyinterop.roles.context import VtnConfig
from energyinterop.roles.vtn import Vtn
from energyinterop.store.base import Store
from energyinterop.transport.push import PushDelivery
from energyinterop.transport.simple_http import Peer, error_response, openadr_routes
from energyinterop.transport.soap_http import soap_routes
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.operator import operator_routes
from energyinterop.wrappers.base import WrapperStack

log = logging.getLogger("energyinterop.vtn")

Clock = Callable[[], datetime]
STORE = web.AppKey("store", Store)
VTN = web.AppKey("vtn", Vtn)
PUSH = web.AppKey("push", PushDelivery)
CLOCK = web.AppKey("clock", Callable[[], datetime])


def utc_now() -> datetime:
    return datetime.now(UTC)


def role_config(config: ServerConfig) -> VtnConfig:
    return VtnConfig(vtn_id=config.vtn_id, auto_accept=config.auto_accept_vens,
                     poll_frequency=config.poll_frequency, requested_reports=("TELEMETRY_USAGE",),
                     report_granularity=config.report_interval, report_back_duration=config.report_interval)


def log_effects(effects: tuple[Any, ...]) -> None:
    """One structured log line per effect: what happened, for operators and their tools."""
    for effect in effects:
        fields = asdict(effect) if is_dataclass(effect) else {}
        fields.pop("message", None)  # queued messages are in the store, not in the log
        log.info(type(effect).__name__, extra={"effect": fields})


def build_app(config: ServerConfig, store: Store, clock: Clock = utc_now, vtn: Vtn | None = None,
              push_options: Mapping[str, Any] | None = None, markets: MarketRegistry | None = None,
              wrappers: WrapperStack | None = None, soap_wrappers: WrapperStack | None = None) -> web.Application:
    """The whole server as an aiohttp application (the CLI runs it; tests embed it);
    ``push_options`` tune the push delivery (sweep interval, backoff, concurrency);
    ``markets`` are the markets the EI services (SOAP) reach, one per market context;
    ``wrappers`` (signing, reliable messaging...) wrap every simple-HTTP exchange, polled,
    answered and pushed alike; ``soap_wrappers`` (WS-Security, WS-RM) every SOAP envelope.

    Messages the VTN originates are queued per VEN; pull VENs collect them by polling, and
    the push delivery POSTs them to push VENs (woken by each MessageQueued effect).
    """
    codec = openadr_codec()
    role = vtn or Vtn(role_config(config))
    delivery = PushDelivery(store, role, clock, on_effects=log_effects, wrappers=wrappers, **(push_options or {}))

    def effects_happened(effects: tuple[Any, ...]) -> None:
        log_effects(effects)
        delivery.notify(effects)

    async def handle(service: str, message: Any, peer: Peer) -> Any:
        outcome = await role.handle(message, now=clock(), store=store, fingerprint=peer.fingerprint)
        effects_happened(outcome.effects)
        if outcome.reply_document is not None:
            return outcome.reply_document
        # Every VEN request gets a body: some peers fail on an empty answer.
        return outcome.reply if outcome.reply is not None else error_response(200, "OK")

    ei_role = EiVtn(EiVtnConfig(vtn_id=config.vtn_id, auto_accept=config.auto_accept_vens), markets)

    async def handle_ei(service: str, payload: Any) -> Any:
        outcome = await ei_role.handle(payload, now=clock(), store=store)
        log_effects(outcome.effects)
        return outcome.reply

    async def open_store(app: web.Application) -> None:
        await store.open()
        log.info("store open", extra={"effect": {"schema_version": await store.schema_version()}})

    async def close_store(app: web.Application) -> None:
        await store.close()
        log.info("store closed")

    async def start_push(app: web.Application) -> None:
        await delivery.start()

    async def stop_push(app: web.Application) -> None:  # on_shutdown: before the store closes
        await delivery.stop()

    app = web.Application(client_max_size=config.max_body_bytes + 1024)
    app[STORE], app[VTN], app[CLOCK], app[PUSH] = store, role, clock, delivery
    app.on_startup.append(open_store)
    app.on_startup.append(start_push)
    app.on_shutdown.append(stop_push)
    app.on_cleanup.append(close_store)
    app.add_routes(openadr_routes(handle, codec, max_body=config.max_body_bytes, wrappers=wrappers,
                                  store=store, clock=clock))
    app.add_routes(soap_routes(handle_ei, ei_codec(), wrappers=soap_wrappers, store=store, clock=clock))
    app.router.add_get("/health", health)
    app.add_subapp("/api/v1/", operator_routes(config.operator_token, store, role, clock, effects_happened))
    return app


async def health(request: web.Request) -> web.Response:
    stats = await request.app[STORE].stats()
    return web.json_response({"status": "ok", "vens": stats.vens, "registered": stats.registered,
                              "events": stats.events, "queued": stats.queued})


class JsonFormatter(logging.Formatter):
    """Structured logs: one JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {"time": datetime.fromtimestamp(record.created, UTC).isoformat(),
                                 "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        effect = getattr(record, "effect", None)
        if effect:
            entry.update(effect)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("energyinterop")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False

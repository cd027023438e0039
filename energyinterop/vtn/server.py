"""The VTN reference server: the VTN role behind the OpenADR endpoints, a store, a health
endpoint and the operator API, in one aiohttp application.

The role is sans-IO; this module is where the clock is read and effects are logged. The
store opens with the application and closes on shutdown (aiohttp's cleanup), so a
graceful stop (SIGINT / SIGTERM) flushes nothing in flight and loses nothing.
"""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Callable, Mapping
from dataclasses import asdict, is_dataclass
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from energyinterop.codec import ei_codec, openadr_codec
from energyinterop.market import MarketRegistry
from energyinterop.market.micromarket.distribution import QuoteDistribution
from energyinterop.market.micromarket.market import MicroMarket
from energyinterop.market.micromarket.scheduler import MarketScheduler
from energyinterop.roles.context import VtnConfig
from energyinterop.roles.effects import Rejected
from energyinterop.roles.ei import EiVtn, EiVtnConfig
from energyinterop.roles.vtn import Vtn
from energyinterop.security.tls import peer_fingerprint_middleware
from energyinterop.store.base import Store
from energyinterop.transport.push import PushDelivery
from energyinterop.transport.simple_http import Peer, error_response, openadr_routes
from energyinterop.transport.soap_http import soap_routes
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.operator import operator_routes
from energyinterop.wrappers.base import Wrapper, WrapperStack
from energyinterop.wrappers.reliable.wrapper import ReliableMessaging
from energyinterop.wrappers.wssecurity import WsSecurity
from energyinterop.xml.errors import CodecError, ResponseCode

log = logging.getLogger("energyinterop.vtn")

Clock = Callable[[], datetime]
STORE = web.AppKey("store", Store)
VTN = web.AppKey("vtn", Vtn)
PUSH = web.AppKey("push", PushDelivery)
CLOCK = web.AppKey("clock", Callable[[], datetime])
SCHEDULER = web.AppKey("scheduler", MarketScheduler)


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
              wrappers: WrapperStack | None = None, soap_wrappers: WrapperStack | None = None,
              market_period_s: float = 1.0) -> web.Application:
    """The whole server as an aiohttp application (the CLI runs it; tests embed it);
    ``push_options`` tune the push delivery (sweep interval, backoff, concurrency);
    ``markets`` are the markets the EI services (SOAP) reach, one per market context;
    ``market_period_s`` is how often scheduled markets (clearing at gate closure) look at
    the clock; ``wrappers`` (signing, reliable messaging...) wrap every simple-HTTP exchange, polled,
    answered and pushed alike; ``soap_wrappers`` (WS-Security, WS-RM) every SOAP envelope.
    Each left None is built from the configuration (:func:`protection_stacks`), and
    ``markets`` from its ``[[vtn.market]]`` tables (:func:`configured_markets`).

    Messages the VTN originates are queued per VEN; pull VENs collect them by polling, and
    the push delivery POSTs them to push VENs (woken by each MessageQueued effect).
    """
    if wrappers is None or soap_wrappers is None:
        simple, soap = protection_stacks(config, store)
        wrappers = simple if wrappers is None else wrappers
        soap_wrappers = soap if soap_wrappers is None else soap_wrappers
    if markets is None:
        markets = configured_markets(config, store)
    codec = openadr_codec()
    role = vtn or Vtn(role_config(config))
    delivery = PushDelivery(store, role, clock, on_effects=log_effects, wrappers=wrappers, **(push_options or {}))

    def effects_happened(effects: tuple[Any, ...]) -> None:
        log_effects(effects)
        delivery.notify(effects)

    async def handle(service: str, message: Any, peer: Peer) -> Any:
        outcome = await role.handle(message, now=clock(), store=store, fingerprint=peer.fingerprint)
        effects_happened(outcome.effects)
        refused = _identity_refusal(outcome, peer)
        if refused is not None:
            raise refused
        if outcome.reply_document is not None:
            return outcome.reply_document
        # Every VEN request gets a body: some peers fail on an empty answer.
        return outcome.reply if outcome.reply is not None else error_response(200, "OK")

    ei_role = EiVtn(EiVtnConfig(vtn_id=config.vtn_id, auto_accept=config.auto_accept_vens), markets)

    async def handle_ei(service: str, payload: Any, peer: Peer) -> Any:
        outcome = await ei_role.handle(payload, now=clock(), store=store, party_id=peer.party)
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

    # Markets that clear on a clock (the micromarket, at gate closure) run on this one.
    scheduler = MarketScheduler(ei_role.markets, clock, period=market_period_s,
                                distribution=QuoteDistribution(publisher_id=config.vtn_id))

    async def start_markets(app: web.Application) -> None:
        await scheduler.start()

    async def stop_markets(app: web.Application) -> None:  # on_shutdown: before the store closes
        await scheduler.stop()

    app = web.Application(client_max_size=config.max_body_bytes + 1024)
    app.middlewares.append(peer_fingerprint_middleware())  # TLS client identity, when served over TLS
    app[STORE], app[VTN], app[CLOCK], app[PUSH] = store, role, clock, delivery
    app[SCHEDULER] = scheduler
    app.on_startup.append(open_store)
    app.on_startup.append(start_push)
    app.on_startup.append(start_markets)
    app.on_shutdown.append(stop_push)
    app.on_shutdown.append(stop_markets)
    app.on_cleanup.append(close_store)
    app.add_routes(openadr_routes(handle, codec, max_body=config.max_body_bytes, wrappers=wrappers,
                                  store=store, clock=clock))
    app.add_routes(soap_routes(handle_ei, ei_codec(), wrappers=soap_wrappers, store=store, clock=clock))
    app.router.add_get("/health", health)
    app.add_subapp("/api/v1/", operator_routes(config.operator_token, store, role, clock, effects_happened,
                                               ei_role.markets))
    return app


def protection_stacks(config: ServerConfig, store: Store) -> tuple[WrapperStack | None, WrapperStack | None]:
    """The simple-HTTP and SOAP stacks the configuration asks for (None: nothing to wrap),
    innermost first. One reliable-messaging party serves both bindings (its sequences live
    in ``store``). Simple HTTP ``[signing, reliable]``: a retransmitted copy is answered from
    the kept answer before the replay check could refuse its nonce. SOAP ``[reliable,
    ws_security]``: WS-Security signs the RM header blocks and is checked before RM reads them."""
    reliable = ReliableMessaging(store, config.reliable) if config.reliable is not None else None
    signing = config.signing.wrapper(vtn=True, tls=config.tls) if config.signing is not None else None
    ws_security = WsSecurity.for_vtn(**asdict(config.soap_security)) if config.soap_security is not None else None
    return _stack(signing, reliable), _stack(reliable, ws_security)


def _stack(*wrappers: Wrapper | None) -> WrapperStack | None:
    present = [wrapper for wrapper in wrappers if wrapper is not None]
    return WrapperStack(present) if present else None


def configured_markets(config: ServerConfig, store: Store) -> MarketRegistry | None:
    """A micromarket per ``[[vtn.market]]`` table, by context (None: the VTN hosts none)."""
    if not config.markets:
        return None
    return MarketRegistry({market.spec.market_context: MicroMarket(market.spec, store,
                                                                   settle_imbalances=market.settle_imbalances)
                           for market in config.markets})


class NotAuthorized(CodecError):
    """An authenticated request (TLS client or signing certificate) that the role refused as
    not authorised (463): answered with HTTP 403 as well as the EI code."""

    code = ResponseCode.NOT_REGISTERED_OR_AUTHORIZED
    http_status = 403


def _identity_refusal(outcome: Any, peer: Peer) -> NotAuthorized | None:
    if peer.fingerprint is None:
        return None
    for effect in outcome.effects:
        if isinstance(effect, Rejected) and effect.code == int(ResponseCode.NOT_REGISTERED_OR_AUTHORIZED):
            return NotAuthorized(effect.description)
    return None


def tls_context(config: ServerConfig) -> ssl.SSLContext | None:
    """The server's TLS context from ``[vtn.tls]`` (client certificates required), or None."""
    return config.tls.server_context() if config.tls is not None else None


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

"""The operator API: a JSON HTTP API with which a utility drives its VTN.

All routes live under ``/api/v1/`` and need ``Authorization: Bearer <operator_token>``
(the token of the configuration; without one, the API refuses every request). See
docs/operator-api.md for the request and response bodies.

    GET    /api/v1/vens                 the VENs, provisioned or registered
    POST   /api/v1/vens                 provision a VEN: {"ven_name", "ven_id"?, "fingerprint"?}
    GET    /api/v1/markets              the hosted micromarkets and their quote subscribers
    PUT    /api/v1/markets/subscriptions    push a market's quotes to a party: {"context", "party_id", "url"}
    DELETE /api/v1/markets/subscriptions    stop it: {"context", "party_id"}
    GET    /api/v1/events               events with their status now and the opt responses
    POST   /api/v1/events               create an event (see docs/operator-api.md)
    DELETE /api/v1/events/{event_id}    cancel an event
    GET    /api/v1/reports              report values received (?ven_id=&report_request_id=)
"""

from __future__ import annotations

import hmac
import math
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from aiohttp import web

from energyinterop.market import MarketRegistry
from energyinterop.market.micromarket import MicroMarket
from energyinterop.openadr import SignalTypeEnumerated
from energyinterop.roles import OperatorError
from energyinterop.roles import events as event_service
from energyinterop.roles.vtn import Vtn
from energyinterop.security.fingerprint import normalize_fingerprint
from energyinterop.store.base import Conflict, Store, VenRecord
from energyinterop.xml.errors import CodecError

TARGET_KINDS = ("ven_ids", "group_ids", "resource_ids", "party_ids")
MAX_INTERVAL = timedelta(days=366)

Clock = Callable[[], datetime]
JsonHandler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class BadRequest(ValueError):
    """An operator request that cannot be carried out as written."""


def operator_routes(token: str | None, store: Store, vtn: Vtn, clock: Clock,
                    effects_happened: Callable[[tuple[Any, ...]], None],
                    markets: MarketRegistry | None = None) -> web.Application:
    """The operator API; ``effects_happened`` gets what each action caused (logs, push delivery);
    ``markets`` are the hosted markets whose quote subscriptions the operator manages."""
    @web.middleware
    async def authenticate(request: web.Request, handler: JsonHandler) -> web.StreamResponse:
        if token is None:
            return _error(403, "the operator API is disabled: set operator_token in the configuration")
        given = request.headers.get("Authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            return _error(401, "missing or wrong bearer token")
        try:
            return await handler(request)
        except (BadRequest, CodecError) as exc:  # CodecError: a value the message cannot carry
            return _error(400, str(exc))
        except OperatorError as exc:  # e.g. an event ID in use, an event cancelled already
            return _error(409, str(exc))

    async def list_vens(request: web.Request) -> web.Response:
        return web.json_response([_ven_json(ven) for ven in await store.list_vens()])

    async def provision_ven(request: web.Request) -> web.Response:
        body = await _json(request)
        name = _text(body, "ven_name")
        try:  # the certificate the VEN must present (TLS or signature), when known in advance
            fingerprint = normalize_fingerprint(str(body["fingerprint"])) if body.get("fingerprint") else None
        except ValueError as exc:
            return _error(400, f"fingerprint: {exc}")
        ven = VenRecord(ven_id=str(body.get("ven_id") or f"ven-{uuid.uuid4().hex[:12]}"), ven_name=name,
                        fingerprint=fingerprint, created_at=clock())
        try:
            await store.add_ven(ven)
        except Conflict:
            return _error(409, f"a VEN with ven_id {ven.ven_id!r} or ven_name {name!r} exists")
        return web.json_response(_ven_json(ven), status=201)

    async def list_events(request: web.Request) -> web.Response:
        now = clock()
        opts = await store.list_opt_responses()
        listed = []
        for record in await store.list_events():
            listed.append({
                "event_id": record.event_id, "modification_number": record.modification_number,
                "market_context": record.market_context, "start": record.start.isoformat(),
                "duration_s": record.duration.total_seconds(),
                "status": await vtn.event_status(record.event_id, now=now, store=store),
                "ven_ids": list(record.ven_ids), "group_ids": list(record.group_ids),
                "opts": [{"ven_id": o.ven_id, "opt_type": o.opt_type, "modification_number": o.modification_number}
                         for o in opts if o.event_id == record.event_id],
            })
        return web.json_response(listed)

    async def create_event(request: web.Request) -> web.Response:
        body = await _json(request)
        values = body.get("values")
        if not isinstance(values, list) or not values:
            raise BadRequest("values: a non-empty list of numbers, one per interval")
        seconds = _number(body, "interval_s")
        if not 0 < seconds <= MAX_INTERVAL.total_seconds() or seconds != int(seconds):
            raise BadRequest(f"interval_s: a whole number of seconds, 1 to {int(MAX_INTERVAL.total_seconds())}")
        interval = timedelta(seconds=seconds)
        targets = body.get("targets")
        if not isinstance(targets, dict) or set(targets) - set(TARGET_KINDS):
            raise BadRequest(f"targets: an object with some of {', '.join(TARGET_KINDS)}")
        chosen = {kind: _strings(targets, kind) for kind in TARGET_KINDS}
        if not any(chosen.values()):
            raise BadRequest(f"targets: at least one of {', '.join(TARGET_KINDS)}")
        signal_type = _text(body, "signal_type")
        if signal_type not in {member.value for member in SignalTypeEnumerated}:
            raise BadRequest(f"signal_type: one of {', '.join(m.value for m in SignalTypeEnumerated)}")
        event_id = body.get("event_id")
        if event_id is not None and (not isinstance(event_id, str) or not event_id):
            raise BadRequest("event_id: a non-empty string when given")
        response_required = body.get("response_required", True)
        if not isinstance(response_required, bool):
            raise BadRequest("response_required: true or false")
        signal = event_service.signal(_text(body, "signal_name"), signal_type,
                                      [(interval, _decimal(value)) for value in values])
        outcome = await vtn.create_event(
            now=clock(), store=store, market_context=_text(body, "market_context"),
            start=_datetime(body, "start"), duration=interval * len(values), signals=[signal],
            target=event_service.target(**chosen), event_id=event_id, response_required=response_required)
        effects_happened(outcome.effects)
        published = [e for e in outcome.effects if type(e).__name__ == "EventPublished"]
        if not published:
            raise BadRequest("; ".join(getattr(e, "description", str(e)) for e in outcome.effects) or "not created")
        return web.json_response({"event_id": published[0].event_id, "ven_ids": list(published[0].ven_ids)},
                                 status=201)

    async def cancel_event(request: web.Request) -> web.Response:
        event_id = request.match_info["event_id"]
        if await store.get_event(event_id) is None:
            return _error(404, f"no event {event_id}")
        outcome = await vtn.cancel_event(event_id, now=clock(), store=store)
        effects_happened(outcome.effects)
        published = [e for e in outcome.effects if type(e).__name__ == "EventPublished"]
        return web.json_response({"event_id": event_id, "cancelled": bool(published)})

    async def list_reports(request: web.Request) -> web.Response:
        data = await store.list_report_data(request.query.get("ven_id"), request.query.get("report_request_id"))
        return web.json_response([{"ven_id": d.ven_id, "report_request_id": d.report_request_id, "r_id": d.r_id,
                                   "start": d.start.isoformat(),
                                   "duration_s": d.duration.total_seconds() if d.duration else None,
                                   "value": d.value, "received_at": d.received_at.isoformat()} for d in data])

    def micromarket(context: str) -> MicroMarket | None:
        market = (markets or MarketRegistry()).get(context)
        return market if isinstance(market, MicroMarket) else None

    async def list_markets(request: web.Request) -> web.Response:
        hosted = [m for m in (markets or MarketRegistry()).markets() if isinstance(m, MicroMarket)]
        return web.json_response([{"context": m.spec.market_context, "subscribers": await m.subscribers()}
                                  for m in hosted])

    async def subscribe(request: web.Request) -> web.Response:
        body = await _json(request)
        market = micromarket(_text(body, "context"))
        if market is None:
            return _error(404, f"no micromarket {body['context']!r} here")
        party, url = _text(body, "party_id"), _text(body, "url")
        try:
            await market.subscribe(party, url)
        except ValueError as exc:
            raise BadRequest(str(exc)) from None
        return web.json_response({"context": market.spec.market_context, "party_id": party, "url": url})

    async def unsubscribe(request: web.Request) -> web.Response:
        body = await _json(request)
        market = micromarket(_text(body, "context"))
        if market is None:
            return _error(404, f"no micromarket {body['context']!r} here")
        if not await market.unsubscribe(_text(body, "party_id")):
            return _error(404, f"{body['party_id']!r} is not subscribed to {market.spec.market_context!r}")
        return web.json_response({"context": market.spec.market_context, "party_id": body["party_id"]})

    app = web.Application(middlewares=[authenticate])
    app.router.add_get("/markets", list_markets)
    app.router.add_put("/markets/subscriptions", subscribe)
    app.router.add_delete("/markets/subscriptions", unsubscribe)
    app.router.add_get("/vens", list_vens)
    app.router.add_post("/vens", provision_ven)
    app.router.add_get("/events", list_events)
    app.router.add_post("/events", create_event)
    app.router.add_delete("/events/{event_id}", cancel_event)
    app.router.add_get("/reports", list_reports)
    return app


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def _ven_json(ven: VenRecord) -> dict[str, Any]:
    return {"ven_id": ven.ven_id, "ven_name": ven.ven_name, "fingerprint": ven.fingerprint,
            "registered": ven.registration_id is not None,
            "registration_id": ven.registration_id, "transport_address": ven.transport_address,
            "http_pull_model": ven.http_pull_model, "poll_frequency_s": ven.poll_frequency.total_seconds()}


async def _json(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise BadRequest("the body must be a JSON object") from None
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object")
    return body


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise BadRequest(f"{key}: a non-empty string is required")
    return value


def _strings(body: dict[str, Any], key: str) -> list[str]:
    value = body.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise BadRequest(f"{key}: a list of non-empty strings")
    return value


def _number(body: dict[str, Any], key: str) -> float:
    value = body.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise BadRequest(f"{key}: a finite number is required")
    return float(value)


def _decimal(value: Any) -> Decimal:
    """A signal value: a finite number (a JSON number, or its text)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise BadRequest(f"not a number: {value!r}")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise BadRequest(f"not a number: {value!r}") from None
    if not number.is_finite() or abs(number) > Decimal("1e38"):  # xs:float's range
        raise BadRequest(f"not a finite number within xs:float's range: {value!r}")
    return number


def _datetime(body: dict[str, Any], key: str) -> datetime:
    try:
        value = datetime.fromisoformat(_text(body, key))
    except ValueError:
        raise BadRequest(f"{key}: an ISO 8601 date-time with a UTC offset is required") from None
    if value.utcoffset() is None:
        raise BadRequest(f"{key}: the date-time needs a UTC offset (e.g. 2026-11-24T17:00:00+00:00)")
    return value

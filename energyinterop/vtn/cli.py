"""``ei-vtn``: run the VTN reference server and drive it through its operator API.

    ei-vtn serve [--config FILE] [--host H] [--port P] [--store URL] [--vtn-id ID] [--auto-accept]
    ei-vtn ven list | ven add NAME [--ven-id ID]
    ei-vtn event list | event create ... | event cancel EVENT_ID
    ei-vtn report list [--ven-id ID]
    ei-vtn market replay [--store URL] [--market CONTEXT]   (exit 1 when a log is tampered)

The operator subcommands take ``--url`` (default http://127.0.0.1:8080), ``--token`` (default:
the EI_VTN_TOKEN environment variable) and ``--json`` (print the API's JSON as is instead of a
table). Exit codes: 0 ok, 1 the API refused (its message goes to stderr), 2 usage error,
3 the server cannot be reached. ``serve`` writes only JSON log lines (stderr); it exits 0
after a graceful stop (SIGINT / SIGTERM), 2 on a bad configuration, 1 when it cannot run.

The operator half uses only the standard library (urllib), so it starts fast and the
server's dependencies load only for ``serve``. See docs/operator-api.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

from energyinterop.xml.errors import UnsupportedValue
from energyinterop.xml.values import format_duration, parse_duration

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2, 3
DEFAULT_URL = "http://127.0.0.1:8080"
TOKEN_ENV = "EI_VTN_TOKEN"
# The operator API needs a market context; this is the one OpenADR test harnesses use.
DEFAULT_MARKET_CONTEXT = "http://MarketContext1"
TIMEOUT_S = 10.0

Json = Any


class CliError(Exception):
    """Ends the command with ``exit_code`` after printing ``message`` to stderr."""

    def __init__(self, exit_code: int, message: str) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


# ------------------------------------------------------------------ argument types

def interval(text: str) -> timedelta:
    """Seconds (``900``, ``0.5``) or an ISO 8601 duration (``PT15M``, ``P1DT2H``)."""
    try:
        try:
            value = timedelta(seconds=float(text))
        except ValueError:
            value = parse_duration(text)
    except (ValueError, UnsupportedValue, OverflowError):  # also inf and nan
        raise argparse.ArgumentTypeError(f"not a duration (seconds or ISO 8601 like PT15M): {text!r}") from None
    if value <= timedelta(0):
        raise argparse.ArgumentTypeError(f"the interval must be positive: {text!r}")
    return value


def instant(text: str) -> datetime:
    """An ISO 8601 date-time with a UTC offset (``Z`` allowed)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {text!r}") from None
    if value.utcoffset() is None:
        raise argparse.ArgumentTypeError(f"the date-time needs a UTC offset (e.g. {text}Z): {text!r}")
    return value


def base_url(text: str) -> str:
    """The VTN's base URL: http(s)://host[:port][/prefix]."""
    try:
        parts = urllib.parse.urlsplit(text)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # bad brackets, port out of range
        valid = False
    if not valid:
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {text!r}")
    return text.rstrip("/")


def number(text: str) -> int | float:
    """A signal value; integers stay integers in the JSON sent."""
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


# ------------------------------------------------------------------ parser

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ei-vtn", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the VTN server (until SIGINT / SIGTERM)")
    serve.add_argument("--config", type=Path, metavar="FILE", help="TOML file with a [vtn] table")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default 8080)")
    serve.add_argument("--store", metavar="URL", help="sqlite:///path (default sqlite:///vtn.sqlite3) or postgresql://...")
    serve.add_argument("--vtn-id", help="the VTN's ID in OpenADR messages")
    serve.add_argument("--auto-accept", action="store_true", default=None,
                       help="register unknown VENs (default: only VENs the operator provisioned)")
    serve.add_argument("--loop", choices=("auto", "uvloop", "asyncio"), default="auto",
                       help="event loop: uvloop where installed (auto, the default), or asyncio's own")
    serve.set_defaults(run=_serve)

    # Options every operator subcommand takes, after its name: `ei-vtn ven list --json`.
    client = _Parser(add_help=False)
    client.add_argument("--url", type=base_url, default=DEFAULT_URL, help=f"the VTN's base URL (default {DEFAULT_URL})")
    client.add_argument("--token", default=os.environ.get(TOKEN_ENV),
                        help=f"the operator bearer token (default: ${TOKEN_ENV})")
    client.add_argument("--json", action="store_true", help="print the API's JSON instead of a table")

    def group(name: str, summary: str) -> argparse._SubParsersAction[_Parser]:
        sub = commands.add_parser(name, help=summary)
        return sub.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")

    ven = group("ven", "list or provision VENs")
    ven.add_parser("list", parents=[client], help="list the VENs").set_defaults(run=_ven_list)
    ven_add = ven.add_parser("add", parents=[client], help="provision a VEN, so that it may register")
    ven_add.add_argument("name", metavar="NAME", help="the venName the VEN will register with")
    ven_add.add_argument("--ven-id", help="its venID (default: generated)")
    ven_add.add_argument("--fingerprint", help="the fingerprint of the certificate it must present "
                                               "(as `ei-certs init` prints it)")
    ven_add.set_defaults(run=_ven_add)

    event = group("event", "list, create or cancel events")
    event.add_parser("list", parents=[client], help="list events with their status").set_defaults(run=_event_list)
    create = event.add_parser("create", parents=[client], help="create an event with one signal")
    targets = create.add_argument_group("targets (at least one)")
    for flag, meta in (("ven", "VEN_ID"), ("group", "GROUP_ID"), ("resource", "RESOURCE_ID"), ("party", "PARTY_ID")):
        targets.add_argument(f"--target-{flag}", nargs="+", action="extend", default=[], metavar=meta)
    create.add_argument("--signal-name", required=True, help="e.g. SIMPLE, ELECTRICITY_PRICE")
    create.add_argument("--signal-type", required=True, help="e.g. level, price, delta")
    create.add_argument("--values", nargs="+", type=number, required=True, metavar="V",
                        help="one value per interval")
    create.add_argument("--interval", type=interval, required=True, metavar="DURATION",
                        help="length of each interval: seconds or ISO 8601 (PT15M)")
    create.add_argument("--start", type=instant, required=True, metavar="ISO8601",
                        help="start, with a UTC offset: 2026-11-24T17:00:00Z")
    create.add_argument("--market-context", default=DEFAULT_MARKET_CONTEXT, metavar="URL",
                        help=f"default {DEFAULT_MARKET_CONTEXT}")
    create.add_argument("--event-id", help="default: generated")
    create.add_argument("--no-response-required", dest="response_required", action="store_false",
                        help="VENs need not opt in or out")
    create.set_defaults(run=_event_create)
    cancel = event.add_parser("cancel", parents=[client], help="cancel an event")
    cancel.add_argument("event_id", metavar="EVENT_ID")
    cancel.set_defaults(run=_event_cancel)

    report = group("report", "list report data received from VENs")
    report_list = report.add_parser("list", parents=[client], help="list report values received")
    report_list.add_argument("--ven-id", help="only this VEN's")
    report_list.add_argument("--report-request-id", help="only this report request's")
    report_list.set_defaults(run=_report_list)

    market = group("market", "check a micromarket's audit log")
    replay = market.add_parser("replay", help="rebuild ledger and positions from the hash-chained log and compare")
    replay.add_argument("--store", default="sqlite:///vtn.sqlite3", metavar="URL",
                        help="the VTN's store (default sqlite:///vtn.sqlite3)")
    replay.add_argument("--market", metavar="CONTEXT", help="only this market context (default: every market)")
    replay.set_defaults(run=_market_replay)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2): returned, as for any command
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    try:
        return int(args.run(args))
    except CliError as exc:
        print(f"ei-vtn: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


# ------------------------------------------------------------------ serve

def _serve(args: argparse.Namespace) -> int:
    # Imported here: the operator subcommands never need the server's dependencies.
    from aiohttp import web

    from energyinterop.store.factory import open_store
    from energyinterop.vtn.config import ConfigError, ServerConfig
    from energyinterop.vtn.loop import new_event_loop
    from energyinterop.vtn.server import build_app, configure_logging, tls_context

    configure_logging()
    log = logging.getLogger("energyinterop.vtn")
    # aiohttp's own records (handler errors, and the access log when configured) as JSON lines too.
    aiohttp_log = logging.getLogger("aiohttp")
    aiohttp_log.handlers[:] = logging.getLogger("energyinterop").handlers
    aiohttp_log.setLevel(logging.INFO)
    aiohttp_log.propagate = False
    try:
        config = ServerConfig.load(args.config, host=args.host, port=args.port, store=args.store,
                                   vtn_id=args.vtn_id, auto_accept_vens=args.auto_accept)
        store = open_store(config.store)
        # [vtn.tls], [vtn.signing], [vtn.soap_security]: certificates and keys are read once, here;
        # build_app stacks them with [vtn.reliable] and hosts the [[vtn.market]] micromarkets.
        ssl_context = tls_context(config)
        push = {"ssl": config.tls.client_context()} if config.tls is not None else None
        app = build_app(config, store, push_options=push)
    except (ConfigError, ValueError) as exc:  # ConfigError, a store URL open_store refuses, bad key files
        log.error("bad configuration", extra={"effect": {"error": str(exc)}})
        return EXIT_USAGE
    try:
        loop = new_event_loop(args.loop)
    except ImportError:
        log.error("bad configuration", extra={"effect": {"error": "--loop uvloop: uvloop is not installed"}})
        return EXIT_USAGE
    log.info("starting", extra={"effect": {"vtn_id": config.vtn_id, "host": config.host, "port": config.port,
                                           "event_loop": type(loop).__module__.split(".")[0],
                                           "store": _redact(config.store),
                                           "operator_api": config.operator_token is not None,
                                           "tls": config.tls is not None, "signing": config.signing is not None,
                                           "reliable": config.reliable is not None,
                                           "markets": [market.spec.market_context for market in config.markets]}})
    # The app opens the store on startup and closes it on cleanup, which run_app performs
    # after SIGINT / SIGTERM (it installs handlers for both): a graceful stop loses nothing.
    try:
        web.run_app(app, host=config.host, port=config.port, print=None, shutdown_timeout=10, ssl_context=ssl_context,
                    access_log=aiohttp_log.getChild("access") if config.access_log else None,
                    access_log_format='%a "%r" %s %b %Tf', loop=loop)
    except OSError as exc:  # e.g. the port is taken
        log.error("cannot serve", extra={"effect": {"error": str(exc)}})
        return EXIT_REFUSED
    except Exception:  # e.g. the store cannot open: log it as a JSON line, not a traceback
        log.exception("server failed")
        return EXIT_REFUSED
    log.info("stopped")
    return EXIT_OK


def _redact(url: str) -> str:
    """The store URL without a password, for the log."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


# ------------------------------------------------------------------ HTTP

def call(args: argparse.Namespace, method: str, path: str, body: Json = None,
         query: dict[str, str | None] | None = None) -> Json:
    """One operator API request; the decoded JSON answer, or CliError (exit 1 or 3)."""
    url = args.url + "/api/v1/" + path
    params = {key: value for key, value in (query or {}).items() if value is not None}
    if params:
        url += "?" + urllib.parse.urlencode(params)
    headers = {"Accept": "application/json"}
    if args.token:
        headers["Authorization"] = f"Bearer {args.token}"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        raise CliError(EXIT_REFUSED, f"{_error_message(exc.read())} (HTTP {exc.code})") from None
    except (urllib.error.URLError, OSError) as exc:  # refused, DNS, timeout
        reason = getattr(exc, "reason", exc)
        raise CliError(EXIT_UNREACHABLE, f"cannot reach the VTN at {args.url}: {reason}") from None
    except ValueError as exc:  # an answer that is not JSON; or a URL http.client refuses (bad port)
        if isinstance(exc, json.JSONDecodeError):
            raise CliError(EXIT_REFUSED, f"the VTN answered something that is not JSON: {exc}") from None
        raise CliError(EXIT_USAGE, f"bad --url {args.url!r}: {exc}") from None


def _error_message(raw: bytes) -> str:
    """The API's ``{"error": ...}`` message, or the body's first line when it is not JSON."""
    try:
        document = json.loads(raw)
    except ValueError:
        document = None
    if isinstance(document, dict) and isinstance(document.get("error"), str):
        return str(document["error"])
    text = raw.decode(errors="replace").strip()
    return text.splitlines()[0] if text else "no message"


# ------------------------------------------------------------------ output

def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> str:
    """A plain left-aligned table; None prints as ``-``."""
    cells = [list(headers)] + [["-" if value is None else str(value) for value in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in cells)


def _show(args: argparse.Namespace, answer: Json, human: Callable[[Json], str]) -> int:
    print(json.dumps(answer, indent=2) if args.json else human(answer))
    return EXIT_OK


def _seconds(value: float | None) -> str | None:
    """Seconds as the API gives them, written as an ISO 8601 duration for people."""
    return None if value is None else format_duration(timedelta(seconds=value))


def _listing(noun: str, rows: list[list[object]], headers: Sequence[str]) -> str:
    return table(rows, headers) if rows else f"no {noun}"


# ------------------------------------------------------------------ operator subcommands

def _ven_list(args: argparse.Namespace) -> int:
    return _show(args, call(args, "GET", "vens"), lambda vens: _listing("VENs", [
        [v["ven_id"], v["ven_name"], "yes" if v["registered"] else "no", v["registration_id"],
         v["transport_address"], _seconds(v["poll_frequency_s"])] for v in vens],
        ("VEN_ID", "NAME", "REGISTERED", "REGISTRATION_ID", "TRANSPORT_ADDRESS", "POLL")))


def _ven_add(args: argparse.Namespace) -> int:
    body = {"ven_name": args.name, **({"ven_id": args.ven_id} if args.ven_id else {}),
            **({"fingerprint": args.fingerprint} if args.fingerprint else {})}
    return _show(args, call(args, "POST", "vens", body),
                 lambda ven: f"provisioned VEN {ven['ven_id']} ({ven['ven_name']})")


def _event_list(args: argparse.Namespace) -> int:
    def targets(event: Json) -> str | None:
        return ",".join([*event["ven_ids"], *(f"group:{g}" for g in event["group_ids"])]) or None

    def opts(event: Json) -> str | None:
        return ",".join(f"{o['ven_id']}={o['opt_type']}" for o in event["opts"]) or None

    return _show(args, call(args, "GET", "events"), lambda events: _listing("events", [
        [e["event_id"], e["modification_number"], e["status"], e["start"], _seconds(e["duration_s"]),
         targets(e), opts(e), e["market_context"]] for e in events],
        ("EVENT_ID", "MOD", "STATUS", "START", "DURATION", "TARGETS", "OPTS", "MARKET_CONTEXT")))


def _event_create(args: argparse.Namespace) -> int:
    targets = {"ven_ids": args.target_ven, "group_ids": args.target_group,
               "resource_ids": args.target_resource, "party_ids": args.target_party}
    if not any(targets.values()):
        raise CliError(EXIT_USAGE, "event create: give at least one of --target-ven, --target-group,"
                                   " --target-resource, --target-party")
    body: dict[str, Json] = {
        "market_context": args.market_context, "signal_name": args.signal_name, "signal_type": args.signal_type,
        "values": args.values, "interval_s": args.interval.total_seconds(), "start": args.start.isoformat(),
        "targets": {key: value for key, value in targets.items() if value},
        "response_required": args.response_required}
    if args.event_id:
        body["event_id"] = args.event_id

    def human(answer: Json) -> str:
        sent = ", ".join(answer["ven_ids"]) or "no registered VEN yet"
        return f"created event {answer['event_id']} (sent to: {sent})"

    return _show(args, call(args, "POST", "events", body), human)


def _event_cancel(args: argparse.Namespace) -> int:
    path = "events/" + urllib.parse.quote(args.event_id, safe="")
    return _show(args, call(args, "DELETE", path), lambda answer: f"cancelled event {answer['event_id']}")


def _report_list(args: argparse.Namespace) -> int:
    query = {"ven_id": args.ven_id, "report_request_id": args.report_request_id}
    return _show(args, call(args, "GET", "reports", query=query), lambda data: _listing("report data", [
        [d["ven_id"], d["report_request_id"], d["r_id"], d["start"], _seconds(d["duration_s"]), d["value"],
         d["received_at"]] for d in data],
        ("VEN_ID", "REPORT_REQUEST_ID", "R_ID", "START", "DURATION", "VALUE", "RECEIVED_AT")))


# ------------------------------------------------------------------ market audit

def _market_replay(args: argparse.Namespace) -> int:
    """Replay each market's log; exit 1 when any is tampered or differs from the stored state."""
    import asyncio

    from energyinterop.market.micromarket.replay import hosted, replay
    from energyinterop.store.factory import open_store

    async def run() -> int:
        store = open_store(args.store)
        await store.open()
        try:
            contexts = [args.market] if args.market else await hosted(store)
            if not contexts:
                raise CliError(EXIT_REFUSED, f"no market log in {_redact(args.store)}")
            failed = False
            for context in contexts:
                result = await replay(store, context)
                ledger = result.ledger
                positions = sum(len(held) for held in ledger.positions.values())
                status = "ok" if result.ok else "NOT TRUSTED"
                print(f"{context}: {result.entries} entries, {len(ledger.trades)} trades, {positions} positions, "
                      f"{len(ledger.clearings)} clearings: {status}")
                for problem in result.problems:
                    print(f"  {problem}")
                failed = failed or not result.ok
            return EXIT_REFUSED if failed else EXIT_OK
        finally:
            await store.close()

    try:
        return asyncio.run(run())
    except ValueError as exc:  # a store URL open_store refuses
        raise CliError(EXIT_USAGE, str(exc)) from None

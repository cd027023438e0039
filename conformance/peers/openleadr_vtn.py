"""Run openleadr's ``OpenADRServer`` as a VTN: ``python -I -u openleadr_vtn.py --port PORT``.

Runs under the openleadr peer venv's interpreter and never imports our packages
(``-I`` keeps this directory, which holds our ``openleadr.py``, off sys.path).

The VTN listens on ``http://127.0.0.1:PORT/OpenADR2/Simple/2.0b`` in pull mode,
without TLS and without XML signatures; with ``--cert --key --ca-file`` it serves HTTPS
with client certificates required, signs every message and checks the VENs' signatures
and fingerprints (recorded at registration from the TLS client certificate).  It accepts every VEN (venID and
registrationID derived from the venName), requests every TELEMETRY_USAGE /
TELEMETRY_STATUS report offered, and queues one SIMPLE level event for each VEN
the first time it registers.

stdout carries one JSON object per line, nothing else (openleadr's own prints
are diverted to stderr, where its log also goes).  Kinds:

  ready            {"port", "url", "vtn_id"}                          listening
  received         {"message_type", "ven_id"}                         every parsed request
  responded        {"message_type", "response_code"}                  every reply built (type None: empty body)
  registered       {"ven_id", "ven_name", "registration_id", ...}     oadrCreatePartyRegistration accepted
  event_added      {"ven_id", "event_id", "signal_name", "signal_type", "intervals"}
  event_cancelled  {"ven_id", "event_id"}
  opt              {"ven_id", "event_id", "opt_type", "modification_number", "response_code"}
  report_registered {"ven_id", "resource_id", "measurement", "unit", "scale",
                    "min_sampling_s", "max_sampling_s", "granularity_s"}    one per offered rID
  report           {"ven_id", "report_request_id", "r_id", "resource_id", "measurement", "dtstart", "value"}
  http_error       {"path", "status", "error"}                        a request answered with HTTP >= 400
  error            {"message", "event_id", "line"}                    a bad stdin command
  stopped          {"reason"}

stdin takes one JSON command per line; the process stops on SIGTERM/SIGINT or when
stdin reaches end of file.  Commands:

  {"cmd": "add_event", "ven_id": str, "signal_name"?: "simple", "signal_type"?: "level",
   "start_in_s"?: float, "intervals"?: [{"duration_s": float, "value": float}], "event_id"?: str,
   "market_context"?: str, "response_required"?: "always"|"never"}
  {"cmd": "cancel_event", "ven_id": str, "event_id": str}
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import re
import signal
import sys
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO

from aiohttp import web
from openleadr import OpenADRServer, hooks, objects
from openleadr.messaging import parse_message

HTTP_PATH_PREFIX = "/OpenADR2/Simple/2.0b"
# openleadr's VEN rejects (responseCode 452) events from a VTN whose vtnID is all lower case.
DEFAULT_VTN_ID = "OPENLEADR-VTN"
DEFAULT_LEVELS = (1.0, 2.0, 3.0)

# The JSON channel: the real stdout, captured before main() points sys.stdout at stderr.
# Each peer script carries its own copy: they run with -I (no script directory on sys.path,
# so that conformance/peers/openleadr.py cannot shadow the package) and import nothing of ours.
_OUT: TextIO = sys.stdout


def _jsonable(value: Any) -> Any:
    """json.dumps fallback: datetimes as ISO 8601, durations as seconds."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    return str(value)


def emit(kind: str, **fields: Any) -> None:
    """Write one JSON line on the control channel."""
    _OUT.write(json.dumps({"kind": kind, **fields}, default=_jsonable) + "\n")
    _OUT.flush()


def _seconds(value: timedelta | None) -> float | None:
    return None if value is None else value.total_seconds()


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "ven"


class Vtn:
    """The openleadr server plus the bookkeeping behind the JSON lines."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.vens: dict[str, dict[str, Any]] = {}  # ven_id -> ven_lookup record
        secure = args.cert is not None
        self.server = OpenADRServer(
            vtn_id=args.vtn_id,
            http_port=args.port,
            http_host="127.0.0.1",
            http_path_prefix=HTTP_PATH_PREFIX,
            requested_poll_freq=timedelta(seconds=args.poll_freq),
            # Without --cert: plain HTTP, unsigned, and openleadr never checks signatures. With it:
            # mutual TLS (client certificates from --ca-file), every message signed with the same
            # certificate, and every VEN request's TLS and signing certificates checked against the
            # fingerprint recorded at its registration (openleadr's ven_lookup).
            cert=args.cert,
            key=args.key,
            http_cert=args.cert,
            http_key=args.key,
            http_ca_file=args.ca_file,
            verify_message_signatures=secure,
            show_fingerprint=False,
            ven_lookup=self.ven_lookup,
        )
        self.server.add_handler("on_create_party_registration", self.on_create_party_registration)
        self.server.add_handler("on_register_report", self.on_register_report)
        # on_created_event is only consulted by openleadr when an on_poll handler replaces its
        # internal queue; with the queue (used here, so add_event works) opt decisions are
        # observed through the before_handle hook instead, which also sees repeated answers.
        self.server.add_handler("on_created_event", self.on_created_event)
        if args.trace:  # off for benchmarks: the hooks re-parse every reply
            hooks.register("before_handle", self._before_handle)
            hooks.register("before_respond", self._before_respond)
        # openleadr's hooks miss replies it fails to build (HTTP 500) and requests it refuses
        # before parsing (HTTP 400 on a wrong Content-Type or schema violation): report those.
        self.server.app.middlewares.append(_report_http_errors)

    # ---- openleadr handlers -------------------------------------------------------------

    def ven_lookup(self, ven_id: str) -> dict[str, Any] | None:
        """Known VENs; openleadr answers others with oadrRequestReregistration."""
        return self.vens.get(ven_id)

    def on_create_party_registration(self, payload: dict[str, Any]) -> tuple[str, str]:
        ven_name = payload.get("ven_name") or "ven"
        requested = payload.get("ven_id")
        # Re-registration keeps a known venID; a newcomer gets one derived from its name.
        ven_id = requested if requested in self.vens else f"ven-{_slug(ven_name)}"
        first_time = ven_id not in self.vens
        record = self.vens.setdefault(
            ven_id,
            {"ven_id": ven_id, "ven_name": ven_name, "registration_id": f"reg-{_slug(ven_name)}", "fingerprint": None},
        )
        # Over TLS openleadr passes the client certificate's fingerprint: the VEN's identity.
        record["fingerprint"] = record["fingerprint"] or payload.get("fingerprint")
        emit(
            "registered",
            ven_id=ven_id,
            ven_name=ven_name,
            registration_id=record["registration_id"],
            requested_ven_id=requested,
            http_pull_model=payload.get("http_pull_model"),
            profile_name=payload.get("profile_name"),
            transport_name=payload.get("transport_name"),
            report_only=payload.get("report_only"),
            xml_signature=payload.get("xml_signature"),
            first_time=first_time,
            fingerprint=record["fingerprint"],
        )
        if first_time and self.args.auto_event:
            # Queued before the reply goes out, so the VEN's first oadrRequestEvent already gets it.
            self.add_event({"ven_id": ven_id})
        return ven_id, record["registration_id"]

    def on_register_report(
        self,
        ven_id: str,
        resource_id: str | None,
        measurement: str | None,
        unit: str | None,
        scale: str | None,
        min_sampling_interval: timedelta | None,
        max_sampling_interval: timedelta | None,
    ) -> tuple[Callable[[list[tuple[datetime, Any]]], None], timedelta]:
        """Called once per offered report description (openleadr's 'compact' mode): accept all."""
        granularity = timedelta(seconds=self.args.report_interval)
        if min_sampling_interval is not None and granularity < min_sampling_interval:
            granularity = min_sampling_interval
        if max_sampling_interval is not None and granularity > max_sampling_interval:
            granularity = max_sampling_interval
        emit(
            "report_registered",
            ven_id=ven_id,
            resource_id=resource_id,
            measurement=measurement,
            unit=unit,
            scale=scale,
            min_sampling_s=_seconds(min_sampling_interval),
            max_sampling_s=_seconds(max_sampling_interval),
            granularity_s=granularity.total_seconds(),
        )
        report_callbacks = self.server.services["report_service"].report_callbacks

        def on_values(values: list[tuple[datetime, Any]]) -> None:
            # openleadr keys callbacks by (reportRequestID, rID) but does not pass the key;
            # this closure is unique per registration, so its key is found by identity.
            key = next((k for k, cb in report_callbacks.items() if cb is on_values), (None, None))
            for dtstart, value in values:
                emit(
                    "report",
                    ven_id=ven_id,
                    report_request_id=key[0],
                    r_id=key[1],
                    resource_id=resource_id,
                    measurement=measurement,
                    dtstart=dtstart,
                    value=value,
                )

        return on_values, granularity

    def on_created_event(self, ven_id: str, event_id: str, opt_type: str) -> None:
        emit("opt", ven_id=ven_id, event_id=event_id, opt_type=opt_type, source="on_created_event")

    # ---- hooks (openleadr runs them as tasks, so they must be coroutines) -----------------

    async def _before_handle(self, message_type: str, payload: dict[str, Any]) -> None:
        emit("received", message_type=message_type, ven_id=payload.get("ven_id"))
        if message_type == "oadrCreatedEvent":
            for answer in payload.get("event_responses") or []:
                emit(
                    "opt",
                    ven_id=payload.get("ven_id"),
                    event_id=answer.get("event_id"),
                    opt_type=answer.get("opt_type"),
                    modification_number=answer.get("modification_number"),
                    response_code=answer.get("response_code"),
                )

    async def _before_respond(self, text: str | None) -> None:
        message_type: str | None = None
        response_code: Any = None
        if text and text.lstrip().startswith("<"):
            try:
                message_type, payload = parse_message(text)
                response_code = (payload.get("response") or {}).get("response_code")
            except Exception:  # noqa: BLE001 - an unparsable reply is reported, not fatal
                message_type = "unparsable"
        emit("responded", message_type=message_type, response_code=response_code)

    # ---- commands -------------------------------------------------------------------------

    def add_event(self, command: dict[str, Any]) -> str:
        """Queue one event for a VEN; the defaults give the SIMPLE level event of a fresh VEN."""
        start = datetime.now(UTC) + timedelta(seconds=float(command.get("start_in_s", self.args.event_start_s)))
        specs = command.get("intervals") or [
            {"duration_s": self.args.interval_s, "value": level} for level in DEFAULT_LEVELS
        ]
        intervals = []
        for uid, spec in enumerate(specs):
            duration = timedelta(seconds=float(spec["duration_s"]))
            intervals.append(
                objects.Interval(dtstart=start, duration=duration, signal_payload=float(spec["value"]), uid=uid)
            )
            start += duration
        ven_id = command["ven_id"]
        signal_name = command.get("signal_name", "simple")
        signal_type = command.get("signal_type", "level")
        # openleadr checks this only when it renders oadrDistributeEvent, i.e. while answering the
        # VEN's poll (which then fails with HTTP 500); refuse such an event up front instead.
        if signal_name.lower() == "simple" and any(i.signal_payload not in (0, 1, 2, 3) for i in intervals):
            raise ValueError("SIMPLE signal payloads must be 0, 1, 2 or 3 (openleadr preflight)")
        event_id = self.server.add_event(
            ven_id=ven_id,
            signal_name=signal_name,
            signal_type=signal_type,
            intervals=intervals,
            event_id=command.get("event_id"),
            market_context=command.get("market_context", "oadr://unknown.context"),
            response_required=command.get("response_required", "always"),
            # Opt answers are reported by the before_handle hook; this only silences a warning.
            callback=lambda ven_id, event_id, opt_type: None,
        )
        emit(
            "event_added",
            ven_id=ven_id,
            event_id=event_id,
            signal_name=signal_name,
            signal_type=signal_type,
            intervals=[
                {"uid": i.uid, "dtstart": i.dtstart, "duration_s": _seconds(i.duration), "value": i.signal_payload}
                for i in intervals
            ],
        )
        return str(event_id)

    def handle_command(self, line: str) -> None:
        command: dict[str, Any] = {}
        try:
            command = json.loads(line)
            name = command.get("cmd")
            if name == "add_event":
                self.add_event(command)
            elif name == "cancel_event":
                self.server.cancel_event(command["ven_id"], command["event_id"])
                emit("event_cancelled", ven_id=command["ven_id"], event_id=command["event_id"])
            else:
                emit("error", message=f"unknown command {name!r}", event_id=command.get("event_id"), line=line)
        except Exception as exc:  # noqa: BLE001 - a bad command must not kill the VTN
            event_id = command.get("event_id") if isinstance(command, dict) else None
            emit("error", message=f"{type(exc).__name__}: {exc}", event_id=event_id, line=line)


@web.middleware
async def _report_http_errors(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        response = await handler(request)
    except Exception as exc:
        emit("http_error", path=request.path, status=500, error=f"{type(exc).__name__}: {exc}")
        raise
    if response.status >= 400:
        body = response.text if isinstance(response, web.Response) else None
        emit("http_error", path=request.path, status=response.status, error=body)
    return response


def _watch_stdin(loop: asyncio.AbstractEventLoop, on_line: Callable[[str], None], stop: asyncio.Event) -> None:
    """Feed stdin lines to the loop from a daemon thread; EOF (parent gone) stops the process."""

    def reader() -> None:
        for line in sys.stdin:
            if line.strip():
                loop.call_soon_threadsafe(on_line, line)
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=reader, name="stdin-watch", daemon=True).start()


async def serve(args: argparse.Namespace) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    reason = {"value": "stdin closed"}

    def on_signal(signum: int) -> None:
        reason["value"] = signal.Signals(signum).name
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, on_signal, signum)

    vtn = Vtn(args)
    await vtn.server.run()
    emit(
        "ready",
        port=args.port,
        url=f"{'https' if args.cert else 'http'}://127.0.0.1:{args.port}{HTTP_PATH_PREFIX}",
        vtn_id=args.vtn_id,
    )
    _watch_stdin(loop, vtn.handle_command, stop)
    await stop.wait()
    await vtn.server.stop()
    emit("stopped", reason=reason["value"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--vtn-id", default=DEFAULT_VTN_ID)
    parser.add_argument("--poll-freq", type=float, default=1.0, help="requested poll interval, seconds")
    parser.add_argument("--report-interval", type=float, default=2.0, help="requested report granularity, s")
    parser.add_argument("--event-start-s", type=float, default=5.0, help="event start after registration, s")
    parser.add_argument("--interval-s", type=float, default=60.0, help="duration of each event interval, s")
    parser.add_argument("--no-auto-event", dest="auto_event", action="store_false")
    parser.add_argument("--no-trace", dest="trace", action="store_false",
                        help="no received/responded/opt lines (measuring openleadr itself)")
    parser.add_argument("--log-level", default="INFO")
    parser.add_argument("--cert", help="PEM certificate: mutual TLS and signing (with --key, --ca-file)")
    parser.add_argument("--key", help="its PEM private key")
    parser.add_argument("--ca-file", help="the CA VEN client certificates must chain to")
    args = parser.parse_args()
    if (args.cert is None) != (args.key is None) or (args.cert is None) != (args.ca_file is None):
        parser.error("--cert, --key and --ca-file go together")

    # openleadr prints banners on stdout; keep stdout for JSON and send everything else to stderr.
    sys.stdout = sys.stderr
    logging.basicConfig(
        stream=sys.stderr, level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # one INFO line per job run otherwise
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()

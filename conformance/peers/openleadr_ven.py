"""Run openleadr's ``OpenADRClient`` as a VEN: ``python -I -u openleadr_ven.py --vtn-url URL --ven-name NAME``.

Runs under the openleadr peer venv's interpreter and never imports our packages
(``-I`` keeps this directory, which holds our ``openleadr.py``, off sys.path).

The VEN registers in pull mode (no TLS, unsigned messages; with ``--cert --key
--ca-file [--vtn-fingerprint FP]``: mutual TLS, signed, answers verified), opts in to (or out of,
``--opt optOut``) every event, and offers one TELEMETRY_USAGE report (voltage,
sampled every ``--report-interval`` seconds) whose values count up from 230.0.

stdout carries one JSON object per line, nothing else (openleadr's own prints are
diverted to stderr, where its log also goes).  Kinds:

  sent                {"message_type"}                                       every request, before it goes out
  received            {"message_type", "response_code"}                      every parsed reply
  registered          {"ven_id", "registration_id", "poll_frequency_s"}
  registration_failed {}                                                     openleadr gave up; the process exits 1
  event               {"event_id", "modification_number", "event_status", "response_required",
                       "market_context", "signals": [{"signal_name", "signal_type", "signal_id",
                       "intervals": [{"uid", "dtstart", "duration_s", "value"}]}], "opt_type", "update"}
  report_sent         {"report_request_id", "report_specifier_id", "r_id", "dtstart", "value"}   one per value
  stopped             {"reason"}

The process stops on SIGTERM/SIGINT or when stdin reaches end of file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
import threading
from datetime import datetime, timedelta
from typing import Any, TextIO

from openleadr import OpenADRClient, enums
from openleadr.messaging import parse_message

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


def _as_list(value: Any) -> list[Any]:
    """openleadr collapses single-element lists in some parsed payloads."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _describe_event(event: dict[str, Any]) -> dict[str, Any]:
    descriptor = event.get("event_descriptor") or {}
    signals = event.get("event_signals") or []
    if isinstance(signals, dict):  # openleadr's own quirk, see OpenADRClient._on_event
        signals = signals.get("event_signals") or []
    return {
        "event_id": descriptor.get("event_id"),
        "modification_number": descriptor.get("modification_number"),
        "event_status": descriptor.get("event_status"),
        "market_context": descriptor.get("market_context"),
        "response_required": event.get("response_required"),
        "signals": [
            {
                "signal_name": s.get("signal_name"),
                "signal_type": s.get("signal_type"),
                "signal_id": s.get("signal_id"),
                "current_value": s.get("current_value"),
                "intervals": [
                    {
                        "uid": i.get("uid"),
                        "dtstart": i.get("dtstart"),
                        "duration_s": i["duration"].total_seconds() if i.get("duration") else None,
                        "value": i.get("signal_payload"),
                    }
                    for i in _as_list(s.get("intervals"))
                ],
            }
            for s in _as_list(signals)
        ],
    }


class Ven:
    """The openleadr client plus the hooks behind the JSON lines."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._next_value = 230.0
        self.client = OpenADRClient(
            ven_name=args.ven_name,
            vtn_url=args.vtn_url,
            ven_id=args.ven_id,
            # Without --cert: nothing is signed and nothing is checked. With --cert, --key and
            # --ca-file: mutual TLS and signed requests; with --vtn-fingerprint too, openleadr
            # verifies every answer's signature and its certificate's fingerprint.
            cert=args.cert,
            key=args.key,
            ca_file=args.ca_file,
            vtn_fingerprint=args.vtn_fingerprint,
            disable_signature=args.cert is None,
            show_fingerprint=False,
        )
        self.client.add_handler("on_event", self.on_event)
        self.client.add_handler("on_update_event", self.on_update_event)
        self.client.add_hook("before_send_xml", self._before_send)
        self.client.add_hook("after_parse_xml", self._after_parse)
        if args.report:
            self.client.add_report(
                callback=self.read_value,
                resource_id=args.resource_id,
                measurement="voltage",
                report_name=enums.REPORT_NAME.TELEMETRY_USAGE,
                sampling_rate=timedelta(seconds=args.report_interval),
                report_duration=timedelta(hours=1),
            )
        # Wrap registration so the outcome is reported whichever way run() gets there.
        original = self.client.create_party_registration

        async def create_party_registration(*a: Any, **kw: Any) -> Any:
            result = await original(*a, **kw)
            if self.client.registration_id:
                emit(
                    "registered",
                    ven_id=self.client.ven_id,
                    registration_id=self.client.registration_id,
                    poll_frequency_s=self.client.poll_frequency,
                )
            return result

        self.client.create_party_registration = create_party_registration

    def read_value(self) -> float:
        """Report callback (incremental mode): one fresh value per sampling."""
        value = self._next_value
        self._next_value = round(self._next_value + 0.5, 3)
        return value

    async def on_event(self, event: dict[str, Any]) -> str:
        emit("event", **_describe_event(event), opt_type=self.args.opt, update=False)
        return str(self.args.opt)

    async def on_update_event(self, event: dict[str, Any]) -> str:
        emit("event", **_describe_event(event), opt_type=self.args.opt, update=True)
        return str(self.args.opt)

    async def _before_send(self, xml: str) -> None:
        try:
            message_type, payload = parse_message(xml)
        except Exception:  # noqa: BLE001 - reporting only
            emit("sent", message_type="unparsable")
            return
        emit("sent", message_type=message_type)
        if message_type == "oadrUpdateReport":
            for report in _as_list(payload.get("reports")):
                for interval in _as_list(report.get("intervals")):
                    report_payload = interval.get("report_payload") or {}
                    emit(
                        "report_sent",
                        report_request_id=report.get("report_request_id"),
                        report_specifier_id=report.get("report_specifier_id"),
                        r_id=report_payload.get("r_id"),
                        dtstart=interval.get("dtstart"),
                        value=report_payload.get("value"),
                    )

    async def _after_parse(self, message_type: str, payload: dict[str, Any]) -> None:
        emit(
            "received",
            message_type=message_type,
            response_code=(payload.get("response") or {}).get("response_code"),
        )


def _watch_stdin(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Set ``stop`` from a daemon thread when stdin reaches EOF (the parent went away)."""

    def reader() -> None:
        for _line in sys.stdin:
            pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=reader, name="stdin-watch", daemon=True).start()


async def run(args: argparse.Namespace) -> int:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    reason = {"value": "stdin closed"}

    def on_signal(signum: int) -> None:
        reason["value"] = signal.Signals(signum).name
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, on_signal, signum)
    _watch_stdin(loop, stop)

    ven = Ven(args)
    # run() queries and creates the registration, registers reports, syncs events and polls
    # once, then returns, leaving its scheduler polling; it also returns (having stopped the
    # client itself) when registration fails.
    startup = asyncio.create_task(ven.client.run())
    stopper = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait({startup, stopper}, return_when=asyncio.FIRST_COMPLETED)
    failure: str | None = None
    if startup in done:
        exc = startup.exception()
        if exc is not None:
            failure = f"{type(exc).__name__}: {exc}"
        elif not ven.client.registration_id:
            failure = "no registrationID from the VTN (see stderr)"
    if failure is None:
        await stop.wait()
    else:
        emit("registration_failed", vtn_url=args.vtn_url, error=failure)
        reason["value"] = "registration failed"
    for task in (startup, stopper):
        task.cancel()
    if ven.client.client_session is not None:
        await ven.client.stop()
    emit("stopped", reason=reason["value"])
    return 0 if failure is None else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vtn-url", required=True, help="e.g. http://127.0.0.1:8080/OpenADR2/Simple/2.0b")
    parser.add_argument("--ven-name", required=True)
    parser.add_argument("--ven-id", default=None, help="preconfigured venID (default: assigned by the VTN)")
    parser.add_argument("--opt", choices=("optIn", "optOut"), default="optIn")
    parser.add_argument("--report-interval", type=float, default=2.0, help="offered sampling rate, seconds")
    parser.add_argument("--resource-id", default="device1")
    parser.add_argument("--no-report", dest="report", action="store_false")
    parser.add_argument("--log-level", default="INFO")
    parser.add_argument("--cert", help="PEM certificate: mutual TLS and signing (with --key, --ca-file)")
    parser.add_argument("--key", help="its PEM private key")
    parser.add_argument("--ca-file", help="the CA the VTN's certificate chains to")
    parser.add_argument("--vtn-fingerprint", help="verify answers: signed by the certificate with this fingerprint")
    args = parser.parse_args()
    if (args.cert is None) != (args.key is None) or (args.cert is None) != (args.ca_file is None):
        parser.error("--cert, --key and --ca-file go together")

    # openleadr prints banners on stdout; keep stdout for JSON and send everything else to stderr.
    sys.stdout = sys.stderr
    logging.basicConfig(
        stream=sys.stderr, level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # one INFO line per poll otherwise
    sys.exit(asyncio.run(run(args)))


if __name__ == "__main__":
    main()

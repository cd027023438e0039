"""Drive openleadr from inside its own venv: ``python -I openleadr_driver.py COMMAND``.

Reads a JSON payload on stdin and writes a JSON result on stdout.  Runs under the
peer venv's interpreter, so it imports openleadr and never our own packages
(``-I`` keeps this directory, which holds our ``openleadr.py``, off sys.path).

Commands:
  samples      {}                        -> {message_type: xml} for every template
  parse        {"xml": str}              -> {"type": str, "payload": parsed message}
  parse_many   {"xmls": {key: str}}      -> {key: {"type", "payload"} or {"error": str}}
  bench_codec  {"xml": str, "seconds": f} -> {"roundtrips_per_s": f, ...}
  bench_signing {"xml", "cert", "key", "seconds"} -> {"sign_per_s", "verify_per_s", "roundtrip_per_s"}
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openleadr
from openleadr import enums, objects
from openleadr.messaging import create_message, parse_message

# Fixed instants keep the samples byte-for-byte reproducible; being in the past, they also pin
# the eventStatus openleadr derives from the wall clock to 'completed'.
CREATED = datetime(2021, 6, 1, 8, 0, 0, tzinfo=UTC)
START = datetime(2021, 6, 1, 12, 0, 0, tzinfo=UTC)
VEN_ID = "ven-0123456789"
VTN_ID = "vtn-example"
REGISTRATION_ID = "reg-42"
MARKET_CONTEXT = "http://marketcontext.example.com/dr-program"


def _response(request_id: str | None = "req-001") -> dict[str, Any]:
    return {"response_code": 200, "response_description": "OK", "request_id": request_id}


def _event_payload() -> dict[str, Any]:
    minutes = timedelta(minutes=15)
    simple = objects.EventSignal(
        signal_name="SIMPLE",
        signal_type="level",
        signal_id="sig-simple",
        current_value=0,
        intervals=[
            objects.Interval(dtstart=START + i * minutes, duration=minutes, signal_payload=level)
            for i, level in enumerate((1, 2, 3, 1))
        ],
    )
    price = objects.EventSignal(
        signal_name="ELECTRICITY_PRICE",
        signal_type="price",
        signal_id="sig-price",
        measurement=objects.Measurement(name="currencyPerKWh", description="currencyPerKWh", unit="USD", scale="none"),
        intervals=[
            objects.Interval(dtstart=START + i * 2 * minutes, duration=2 * minutes, signal_payload=value)
            for i, value in enumerate((0.25, 0.4))
        ],
    )
    rich = objects.Event(
        event_descriptor=objects.EventDescriptor(
            event_id="evt-1",
            modification_number=2,
            market_context=MARKET_CONTEXT,
            event_status="far",
            created_date_time=CREATED,
            modification_date_time=CREATED + timedelta(hours=1),
            priority=1,
            test_event=False,
            vtn_comment="peak shaving",
        ),
        event_signals=[simple, price],
        targets=[
            objects.Target(ven_id=VEN_ID),
            objects.Target(group_id="group-north"),
            objects.Target(resource_id="res-1"),
            objects.Target(resource_id="res-2"),
        ],
        active_period=objects.ActivePeriod(
            dtstart=START,
            duration=timedelta(hours=1),
            tolerance={"startafter": timedelta(minutes=5)},
            notification_period=timedelta(days=1),
            ramp_up_period=timedelta(minutes=10),
            recovery_period=timedelta(minutes=20),
        ),
    )
    setpoint = objects.Event(
        event_descriptor=objects.EventDescriptor(
            event_id="evt-2",
            modification_number=0,
            market_context=MARKET_CONTEXT,
            event_status="far",
            created_date_time=CREATED,
            modification_date_time=CREATED,
            test_event=True,
        ),
        event_signals=[
            objects.EventSignal(
                signal_name="LOAD_CONTROL",
                signal_type="x-loadControlSetpoint",
                signal_id="sig-setpoint",
                intervals=[objects.Interval(dtstart=START, duration=timedelta(hours=2), signal_payload=21.5)],
            )
        ],
        targets=[objects.Target(ven_id=VEN_ID)],
        response_required="never",
    )
    return {"response": _response(), "request_id": "req-001", "vtn_id": VTN_ID, "events": [rich, setpoint]}


def _report_descriptions() -> list[objects.ReportDescription]:
    sampling = objects.SamplingRate(min_period=timedelta(seconds=10), max_period=timedelta(minutes=15), on_change=False)
    return [
        objects.ReportDescription(
            r_id=r_id,
            market_context=MARKET_CONTEXT,
            reading_type="Direct Read",
            report_type="usage",
            report_subject=objects.Target(end_device_asset=objects.EndDeviceAsset(mrid="Smart_Inverter")),
            report_data_source=objects.Target(resource_id="res-1"),
            sampling_rate=sampling,
            measurement=measurement,
        )
        for r_id, measurement in (
            ("rid-power", enums.MEASUREMENTS.REAL_POWER),
            ("rid-energy", enums.MEASUREMENTS.ENERGY_REAL),
        )
    ]


def _report_requests() -> list[objects.ReportRequest]:
    specifier = objects.ReportSpecifier(
        report_specifier_id="spec-telemetry",
        granularity=timedelta(minutes=15),
        report_back_duration=timedelta(hours=1),
        report_interval={"dtstart": START, "duration": timedelta(hours=4)},
        specifier_payloads=[
            objects.SpecifierPayload(r_id="rid-power", reading_type="Direct Read"),
            objects.SpecifierPayload(r_id="rid-energy", reading_type="Direct Read"),
        ],
    )
    return [objects.ReportRequest(report_request_id="rr-1", report_specifier=specifier)]


def _update_report_payload() -> dict[str, Any]:
    minutes = timedelta(minutes=15)
    intervals = [
        objects.ReportInterval(
            dtstart=START + i * minutes,
            duration=minutes,
            report_payload=objects.ReportPayload(r_id=r_id, value=value, confidence=95, accuracy=1),
        )
        for i, (r_id, value) in enumerate(
            (("rid-power", 1200.5), ("rid-energy", 300.0), ("rid-power", 980.0), ("rid-energy", 245.25))
        )
    ]
    # Report (the dataclass) has no report_id, which the template needs, hence a dict.
    report = {
        "report_id": "report-1",
        "report_request_id": "rr-1",
        "report_specifier_id": "spec-telemetry",
        "report_name": "TELEMETRY_USAGE",
        "created_date_time": CREATED,
        "dtstart": START,
        "intervals": intervals,
    }
    return {"request_id": "req-002", "reports": [report], "ven_id": VEN_ID}


def _message_payloads() -> dict[str, dict[str, Any]]:
    """create_message keyword arguments for every message type."""
    pending = [{"report_request_id": "rr-1"}, {"report_request_id": "rr-2"}]
    opt = objects.Opt(
        opt_type="optOut",
        opt_reason="mustRun",
        opt_id="opt-1",
        created_date_time=CREATED,
        market_context=MARKET_CONTEXT,
        signal_target_mrid="Water_Heater",
        vavailability=objects.Vavailability(
            components=[
                objects.VavailabilityComponent(dtstart=START, duration=timedelta(hours=1)),
                objects.VavailabilityComponent(dtstart=START + timedelta(days=1), duration=timedelta(hours=2)),
            ]
        ),
        targets=[objects.Target(resource_id="res-1")],
    )
    return {
        "oadrCancelOpt": {"request_id": "req-010", "opt_id": "opt-1", "ven_id": VEN_ID},
        "oadrCancelPartyRegistration": {"request_id": "req-011", "registration_id": REGISTRATION_ID, "ven_id": VEN_ID},
        "oadrCancelReport": {
            "request_id": "req-012",
            "report_request_id": "rr-1",
            "report_to_follow": True,
            "ven_id": VEN_ID,
        },
        "oadrCanceledOpt": {"response": _response("req-010"), "opt_id": "opt-1"},
        "oadrCanceledPartyRegistration": {
            "response": _response("req-011"),
            "registration_id": REGISTRATION_ID,
            "ven_id": VEN_ID,
        },
        "oadrCanceledReport": {"response": _response("req-012"), "pending_reports": pending, "ven_id": VEN_ID},
        "oadrCreateOpt": {**asdict(opt), "request_id": "req-013", "ven_id": VEN_ID},
        "oadrCreatePartyRegistration": {
            "request_id": "req-014",
            "ven_id": VEN_ID,
            "profile_name": "2.0b",
            "transport_name": "simpleHttp",
            "transport_address": "https://ven.example.com/OpenADR2/Simple/2.0b",
            "report_only": False,
            "xml_signature": False,
            "ven_name": "Example VEN",
            "http_pull_model": True,
        },
        "oadrCreateReport": {"request_id": "req-015", "report_requests": _report_requests(), "ven_id": VEN_ID},
        "oadrCreatedEvent": {
            "response": _response(None),
            "ven_id": VEN_ID,
            "event_responses": [
                {
                    "response_code": 200,
                    "response_description": "OK",
                    "request_id": "req-001",
                    "event_id": event_id,
                    "modification_number": number,
                    "opt_type": opt_type,
                }
                for event_id, number, opt_type in (("evt-1", 2, "optIn"), ("evt-2", 0, "optOut"))
            ],
        },
        "oadrCreatedOpt": {"response": _response("req-013"), "opt_id": "opt-1"},
        "oadrCreatedPartyRegistration": {
            "response": _response("req-014"),
            "registration_id": REGISTRATION_ID,
            "ven_id": VEN_ID,
            "vtn_id": VTN_ID,
            "requested_oadr_poll_freq": timedelta(seconds=10),
            "profiles": [
                {"profile_name": "2.0a", "transports": [{"transport_name": "simpleHttp"}]},
                {"profile_name": "2.0b", "transports": [{"transport_name": "simpleHttp"}, {"transport_name": "xmpp"}]},
            ],
        },
        "oadrCreatedReport": {"response": _response("req-015"), "pending_reports": pending, "ven_id": VEN_ID},
        "oadrDistributeEvent": _event_payload(),
        "oadrPoll": {"ven_id": VEN_ID},
        "oadrQueryRegistration": {"request_id": "req-016"},
        "oadrRegisterReport": {
            "request_id": "req-017",
            "ven_id": VEN_ID,
            "reports": [
                objects.Report(
                    report_specifier_id="spec-telemetry",
                    report_name="TELEMETRY_USAGE",
                    report_descriptions=_report_descriptions(),
                    created_date_time=CREATED,
                    duration=timedelta(hours=1),
                )
            ],
        },
        "oadrRegisteredReport": {
            "response": _response("req-017"),
            "report_requests": _report_requests(),
            "ven_id": VEN_ID,
        },
        "oadrRequestEvent": {"request_id": "req-001", "ven_id": VEN_ID, "reply_limit": 5},
        "oadrRequestReregistration": {"ven_id": VEN_ID},
        "oadrResponse": {"response": _response("req-002"), "ven_id": VEN_ID},
        "oadrUpdateReport": _update_report_payload(),
        "oadrUpdatedReport": {
            "response": _response("req-002"),
            "ven_id": VEN_ID,
            "cancel_report": {
                "request_id": "req-018",
                "report_request_id": ["rr-2"],
                "report_to_follow": False,
                "ven_id": VEN_ID,
            },
        },
    }


def supported_message_types() -> set[str]:
    """Message types create_message can render: one template each, besides the envelope."""
    templates = Path(openleadr.__file__).parent / "templates"
    return {path.stem for path in templates.glob("oadr*.xml")} - {"oadrPayload"}


def samples(_payload: dict[str, Any]) -> dict[str, str]:
    payloads = _message_payloads()
    # Fail loudly if an openleadr upgrade adds or drops a message type.
    if set(payloads) != supported_message_types():
        raise RuntimeError(
            f"sample coverage mismatch: built {sorted(payloads)}, "
            f"openleadr supports {sorted(supported_message_types())}"
        )
    return {message_type: create_message(message_type, **kwargs) for message_type, kwargs in sorted(payloads.items())}


def parse(payload: dict[str, Any]) -> dict[str, Any]:
    message_type, message = parse_message(payload["xml"])
    return {"type": message_type, "payload": message}


def parse_many(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``parse`` for many documents in one process; a document openleadr rejects gets its error."""
    results: dict[str, dict[str, Any]] = {}
    for key, xml in payload["xmls"].items():
        try:
            results[key] = parse({"xml": xml})
        except Exception as exc:  # noqa: BLE001 - reported per document, the caller decides
            results[key] = {"error": f"{type(exc).__name__}: {exc}"}
    return results


def bench_codec(payload: dict[str, Any]) -> dict[str, float]:
    """Round trips per second, estimated as benchmarks/codec.py estimates ours: the best
    of many short windows (noise on a shared machine only ever slows a window down)."""
    xml, seconds = payload["xml"], float(payload["seconds"])
    window = float(payload.get("window_s", 0.025))
    _roundtrip(xml)  # warm-up: jinja compiles templates on first use
    started = time.perf_counter()
    _roundtrip(xml)
    loops = max(1, int(window / max(time.perf_counter() - started, 1e-7)))
    best, count, deadline = float("inf"), 0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        for _ in range(loops):
            _roundtrip(xml)
        best = min(best, (time.perf_counter() - started) / loops)
        count += loops
    return {"roundtrips_per_s": 1.0 / best, "roundtrips": count, "window_s": window}


def _best_rate(operation: Callable[[], Any], seconds: float, window: float) -> float:
    """Operations per second: the best of short windows, as benchmarks/ estimate ours."""
    operation()  # warm-up
    started = time.perf_counter()
    operation()
    loops = max(1, int(window / max(time.perf_counter() - started, 1e-7)))
    best, deadline = float("inf"), time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        for _ in range(loops):
            operation()
        best = min(best, (time.perf_counter() - started) / loops)
    return 1.0 / best


def bench_signing(payload: dict[str, Any]) -> dict[str, float]:
    """openleadr's signing, per second, on the message in ``xml`` signed with cert/key:
    sign (create_message with cert and key), verify (schema validation + signature, the
    replay check left out as one document is verified again and again), and signed round
    trip (sign, validate, verify with its replay check, parse)."""
    from openleadr.messaging import VERIFIER, validate_xml_schema, validate_xml_signature

    cert, key = Path(payload["cert"]).read_bytes(), Path(payload["key"]).read_bytes()
    seconds, window = float(payload["seconds"]), float(payload.get("window_s", 0.025))
    message_type, message = parse_message(payload["xml"])

    def sign() -> str:
        return create_message(message_type, cert=cert, key=key, **message)

    signed = sign()

    def verify() -> None:
        VERIFIER.verify(validate_xml_schema(signed), x509_cert=cert, expect_references=2)

    def roundtrip() -> None:
        text = sign()
        validate_xml_signature(validate_xml_schema(text))
        parse_message(text)

    return {name: _best_rate(operation, seconds, window)
            for name, operation in (("sign_per_s", sign), ("verify_per_s", verify), ("roundtrip_per_s", roundtrip))}


def _roundtrip(xml: str) -> None:
    message_type, message = parse_message(xml)
    create_message(message_type, **message)


def iso_duration(value: timedelta) -> str:
    sign, value = ("-", -value) if value < timedelta(0) else ("", value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    second_text = f"{seconds}.{value.microseconds:06d}".rstrip("0") if value.microseconds else str(seconds)
    time_part = "".join(f"{amount}{unit}" for amount, unit in ((hours, "H"), (minutes, "M")) if amount)
    if seconds or value.microseconds:
        time_part += f"{second_text}S"
    date_part = f"{value.days}D" if value.days else ""
    if not date_part and not time_part:
        return "PT0S"
    return f"{sign}P{date_part}" + (f"T{time_part}" if time_part else "")


def _to_json(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return iso_duration(value)
    raise TypeError(f"cannot serialise {type(value).__name__}: {value!r}")


COMMANDS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "samples": samples,
    "parse": parse,
    "parse_many": parse_many,
    "bench_codec": bench_codec,
    "bench_signing": bench_signing,
}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[1] not in COMMANDS:
        print(f"usage: {argv[0]} {{{','.join(COMMANDS)}}} < payload.json", file=sys.stderr)
        return 2
    payload = json.loads(sys.stdin.read() or "{}")
    # stdout carries the JSON result only; anything a library prints goes to stderr.
    with contextlib.redirect_stdout(sys.stderr):
        result = COMMANDS[argv[1]](payload)
    json.dump(result, sys.stdout, default=_to_json)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

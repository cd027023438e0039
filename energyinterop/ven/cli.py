"""``ei-ven run``: a simulated device that registers, prints the events it receives, opts
in (or out), and reports telemetry.

    ei-ven run --vtn http://127.0.0.1:8080 --ven-name thermostat-7 [--opt optOut]
               [--power-kw 1.5] [--state ven-state.json]
               [--cert ven.crt --key ven.key --ca ca.crt] [--sign] [--require-signatures]
               [--vtn-fingerprint AB:CD:...] [--reliable [--rm-store ven-rm.sqlite3]]

It stops on Ctrl-C (or SIGTERM), leaving its registration in the state file for next time.
With ``--reliable`` every request travels in a reliable-messaging sequence (outermost, over
signing), kept in a SQLite file until answered: ``--rm-store``, by default next to the
state file (``ven-state.rm.sqlite3``), in memory without either. On start it sends again
what a previous run left unanswered.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from energyinterop.roles.effects import EventReceived, Registered, RegistrationLost, ReportScheduled
from energyinterop.roles.ven import VenConfig
from energyinterop.ven.client import VenClient
from energyinterop.ven.reports import telemetry_report
from energyinterop.security.profile import SecuritySettingsError, SigningSettings, TlsSettings
from energyinterop.store.base import Store, StoreError
from energyinterop.store.memory import MemoryStore
from energyinterop.store.sqlite import SqliteStore
from energyinterop.wrappers.base import WrapperStack
from energyinterop.wrappers.reliable.wrapper import ReliableMessaging


def describe(effect: Any) -> str | None:
    """One line for what a person running a device wants to see."""
    if isinstance(effect, Registered):
        return f"registered with {effect.vtn_id} as {effect.ven_id} (registration {effect.registration_id})"
    if isinstance(effect, EventReceived):
        return (f"event {effect.event_id} (modification {effect.modification_number}, {effect.status}):"
                f" answered {effect.opt_type}")
    if isinstance(effect, ReportScheduled):
        return f"the VTN asks for telemetry: {', '.join(effect.r_ids)}"
    if isinstance(effect, RegistrationLost):
        return f"registration lost: {effect.reason}"
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ei-ven", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run a simulated device against a VTN")
    run.add_argument("--vtn", required=True, help="the VTN's URL (server root or .../OpenADR2/Simple/2.0b)")
    run.add_argument("--ven-name", required=True)
    run.add_argument("--ven-id", help="a venID the operator pre-allocated")
    run.add_argument("--opt", choices=("optIn", "optOut"), default="optIn", help="the answer to every event")
    run.add_argument("--power-kw", type=Decimal, default=Decimal("1.5"), help="the simulated power reading")
    run.add_argument("--state", type=Path, help="file keeping the registration across restarts")
    security = run.add_argument_group("security (docs/security.md)")
    security.add_argument("--cert", type=Path, help="the VEN's certificate (PEM): mutual TLS and signing")
    security.add_argument("--key", type=Path, help="its private key (PEM)")
    security.add_argument("--ca", type=Path, help="the CA the VTN's TLS and signing certificates chain to")
    security.add_argument("--sign", action="store_true", help="sign every request (XML signature)")
    security.add_argument("--require-signatures", action="store_true", help="refuse unsigned answers")
    security.add_argument("--vtn-fingerprint", help="the VTN's certificate fingerprint: signed answers must match")
    reliable = run.add_argument_group("reliable messaging (docs/reliable-messaging.md)")
    reliable.add_argument("--reliable", action="store_true",
                          help="send every request in a reliable sequence, retransmitted until answered")
    reliable.add_argument("--rm-store", type=Path, metavar="FILE",
                          help="SQLite file keeping the sequence (default: next to --state, else in memory)")
    return parser


def security(args: argparse.Namespace) -> tuple[Any, WrapperStack | None]:
    """The TLS context and the signing wrapper the options ask for (files read once, here)."""
    tls = None
    if args.cert or args.key or args.ca:
        if not (args.cert and args.key and args.ca):
            raise SecuritySettingsError("--cert, --key and --ca go together")
        tls = TlsSettings(cert=args.cert, key=args.key, ca=args.ca)
    wrappers = None
    if args.sign or args.require_signatures or args.vtn_fingerprint:
        settings = SigningSettings(sign=args.sign, require=args.require_signatures,
                                   trusted_cas=(args.ca,) if args.ca else (), peer_fingerprint=args.vtn_fingerprint)
        wrappers = WrapperStack([settings.wrapper(vtn=False, tls=tls)])
    return (tls.client_context() if tls is not None else None), wrappers


def reliable_store(args: argparse.Namespace) -> Store | None:
    """Where ``--reliable`` keeps its sequence (None: reliable messaging is off)."""
    if args.rm_store and not args.reliable:
        raise SecuritySettingsError("--rm-store needs --reliable")
    if not args.reliable:
        return None
    if args.rm_store:
        return SqliteStore(args.rm_store)
    if args.state:
        return SqliteStore(args.state.with_suffix(".rm.sqlite3"))
    return MemoryStore()  # retransmission still works; nothing survives a restart


async def run(args: argparse.Namespace) -> None:
    config = VenConfig(ven_name=args.ven_name, ven_id=args.ven_id, reports=(telemetry_report(
        f"{args.ven_name}-telemetry", {"power": "usage"}, min_period=timedelta(seconds=1),
        max_period=timedelta(hours=1)),))

    def on_effect(effect: Any) -> None:
        line = describe(effect)
        if line is not None:
            print(f"{datetime.now().astimezone():%H:%M:%S} {line}", flush=True)

    def readings(schedule: Any, now: datetime) -> dict[str, Decimal]:
        return {r_id: args.power_kw for r_id in schedule.r_ids}

    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)
    ssl_context, wrappers = security(args)
    store = reliable_store(args)
    if store is not None:
        try:
            await store.open()
        except StoreError as exc:
            raise SecuritySettingsError(f"--rm-store: {exc}") from None
    try:
        async with VenClient(config, args.vtn, decide=lambda event: args.opt, readings=readings,
                             on_effect=on_effect, state_path=args.state, ssl=ssl_context, wrappers=wrappers,
                             reliable=ReliableMessaging(store) if store is not None else None):
            await stopping.wait()
    finally:
        if store is not None:
            await store.close()
    print("stopped", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        asyncio.run(run(args))
    except SecuritySettingsError as exc:
        print(f"ei-ven: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

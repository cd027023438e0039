"""``ei-ven run``: a simulated device that registers, prints the events it receives, opts
in (or out), and reports telemetry.

    ei-ven run --vtn http://127.0.0.1:8080 --ven-name thermostat-7 [--opt optOut]
               [--power-kw 1.5] [--state ven-state.json]

It stops on Ctrl-C (or SIGTERM), leaving its registration in the state file for next time.
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
    return parser


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
    async with VenClient(config, args.vtn, decide=lambda event: args.opt, readings=readings,
                         on_effect=on_effect, state_path=args.state):
        await stopping.wait()
    print("stopped", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())

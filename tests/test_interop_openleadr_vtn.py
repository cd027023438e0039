"""Our VEN library against the real openleadr VTN (its own process and venv), pull mode:
it registers, receives the VTN's event, opts in, and its telemetry reaches the VTN."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from conformance.peers.processes import openleadr_vtn
from energyinterop.roles.effects import EventReceived
from energyinterop.ven import VenClient, VenConfig, telemetry_report

pytestmark = pytest.mark.peer


def test_our_ven_with_openleadr_vtn(openleadr_peer) -> None:
    asyncio.run(scenario())


async def scenario() -> None:
    seen: list[Any] = []
    config = VenConfig(ven_name="charger-12", reports=(telemetry_report(
        "charger-12-telemetry", {"power": "usage"}, min_period=timedelta(seconds=1), max_period=timedelta(minutes=5)),))
    async with openleadr_vtn(event_start_s=30) as vtn:
        async with VenClient(config, vtn.url, decide=lambda event: "optIn",
                             readings=lambda schedule, now: {r_id: Decimal("7.5") for r_id in schedule.r_ids},
                             on_effect=seen.append) as ven:
            registered = await vtn.wait_for("registered", timeout=30)
            added = await vtn.wait_for("event_added", timeout=30)
            opt = await vtn.wait_for("opt", timeout=30, predicate=lambda line: line["event_id"] == added["event_id"])
            # Our VEN answered the event, so it has read its registration by now.
            assert registered["ven_name"] == "charger-12" and registered["ven_id"] == ven.ven.ven_id
            assert opt["opt_type"] == "optIn" and opt["ven_id"] == ven.ven.ven_id
            assert any(isinstance(e, EventReceived) and e.event_id == added["event_id"] for e in seen)
            report = await vtn.wait_for("report", timeout=30)
            assert report["ven_id"] == ven.ven.ven_id and float(report["value"]) == 7.5

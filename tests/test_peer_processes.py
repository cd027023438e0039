"""The live-peer harness: openleadr's VEN against openleadr's VTN, each in its own process.

These prove conformance.peers.processes itself (spawn, JSON lines, wait_for, commands,
clean shutdown) so that the same harness can pit our VEN against their VTN and their
VEN against our VTN.
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Coroutine
from typing import Any

import pytest

from conformance.peers.openleadr import OpenleadrPeer
from conformance.peers.processes import (
    PeerProcess,
    PeerProcessError,
    free_port,
    openleadr_ven,
    openleadr_vtn,
)

pytestmark = pytest.mark.peer

FLOW_TIMEOUT_S = 30.0


def run(coroutine: Coroutine[Any, Any, None], timeout: float = 90.0) -> None:
    """Run one scenario on a fresh event loop, with an overall deadline."""
    asyncio.run(asyncio.wait_for(coroutine, timeout))


def assert_gone(*peers: PeerProcess) -> None:
    """Each peer exited and was reaped (its pid no longer exists as a zombie or otherwise)."""
    for peer in peers:
        assert peer.returncode is not None, f"{peer.name} still running"
        with pytest.raises(ProcessLookupError):
            os.kill(peer.pid, 0)


def assert_port_free(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0, f"something still listens on {port}"


def test_openleadr_ven_against_openleadr_vtn(openleadr_peer: OpenleadrPeer) -> None:
    async def scenario() -> None:
        async with openleadr_vtn() as vtn, openleadr_ven(vtn.url, "harness-ven") as ven:
            # Registration: the VTN derives the venID from the venName and tells the VEN.
            registered = await ven.wait_for("registered", FLOW_TIMEOUT_S)
            assert registered["ven_id"] == "ven-harness-ven"
            assert registered["registration_id"] == "reg-harness-ven"
            assert registered["poll_frequency_s"] == 1.0
            seen = await vtn.wait_for("registered", FLOW_TIMEOUT_S)
            assert seen["ven_name"] == "harness-ven"
            assert seen["http_pull_model"] is True

            # The event queued at registration reaches the VEN, which opts in.
            added = await vtn.wait_for("event_added", FLOW_TIMEOUT_S)
            event = await ven.wait_for("event", FLOW_TIMEOUT_S, lambda e: e["event_id"] == added["event_id"])
            (signal,) = event["signals"]
            assert (signal["signal_name"], signal["signal_type"]) == ("simple", "level")
            assert [i["value"] for i in signal["intervals"]] == [1.0, 2.0, 3.0]
            opt = await vtn.wait_for("opt", FLOW_TIMEOUT_S, lambda o: o["event_id"] == added["event_id"])
            assert (opt["ven_id"], opt["opt_type"]) == ("ven-harness-ven", "optIn")

            # The offered telemetry report is requested and its values arrive at the VTN.
            sent = await ven.wait_for("report_sent", FLOW_TIMEOUT_S)
            report = await vtn.wait_for(
                "report", FLOW_TIMEOUT_S, lambda r: (r["r_id"], r["value"]) == (sent["r_id"], sent["value"])
            )
            assert report["ven_id"] == "ven-harness-ven"
            assert report["report_request_id"] == sent["report_request_id"]
            assert report["value"] == 230.0

        assert_gone(vtn, ven)
        assert_port_free(vtn.port)
        assert vtn.of_kind("stopped") and ven.of_kind("stopped"), "both peers should stop gracefully on stdin EOF"

    run(scenario())


def test_vtn_commands_add_and_cancel_events(openleadr_peer: OpenleadrPeer) -> None:
    async def scenario() -> None:
        async with (
            openleadr_vtn(auto_event=False) as vtn,
            openleadr_ven(vtn.url, "cmd-ven", opt="optOut", report=False) as ven,
        ):
            ven_id = (await ven.wait_for("registered", FLOW_TIMEOUT_S))["ven_id"]
            with pytest.raises(PeerProcessError, match="SIMPLE signal payloads"):
                await vtn.add_event(ven_id, intervals=[(30.0, 5.0)], signal_name="SIMPLE")
            added = await vtn.add_event(ven_id, intervals=[(30.0, 3.0)], signal_name="SIMPLE", event_id="evt-cmd-1")
            assert added["intervals"][0]["value"] == 3.0
            event = await ven.wait_for("event", FLOW_TIMEOUT_S, lambda e: e["event_id"] == "evt-cmd-1")
            assert event["modification_number"] == 0
            opt = await vtn.wait_for("opt", FLOW_TIMEOUT_S, lambda o: o["event_id"] == "evt-cmd-1")
            assert opt["opt_type"] == "optOut"

            await vtn.cancel_event(ven_id, "evt-cmd-1")
            cancelled = await ven.wait_for(
                "event", FLOW_TIMEOUT_S, lambda e: e["event_id"] == "evt-cmd-1" and e["event_status"] == "cancelled"
            )
            assert cancelled["modification_number"] == 1
            assert cancelled["update"] is True

            # A command the VTN script does not know is answered with an error line, not a crash.
            await vtn.send({"cmd": "no-such-command"})
            error = await vtn.wait_for("error", FLOW_TIMEOUT_S)
            assert "no-such-command" in error["message"]
        assert_gone(vtn, ven)

    run(scenario())


def test_ven_without_vtn_reports_failure_and_exits(openleadr_peer: OpenleadrPeer) -> None:
    async def scenario() -> None:
        port = free_port()  # nothing listens there
        async with openleadr_ven(f"http://127.0.0.1:{port}/OpenADR2/Simple/2.0b", "lonely-ven") as ven:
            failed = await ven.wait_for("registration_failed", FLOW_TIMEOUT_S)
            assert "registrationID" in failed["error"]
            with pytest.raises(PeerProcessError, match="exited"):
                await ven.wait_for("registered", FLOW_TIMEOUT_S)
            assert ven.returncode == 1
        assert_gone(ven)

    run(scenario())

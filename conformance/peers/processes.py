"""Run openleadr as a live VTN or VEN in its own process, and watch what it does.

The peer scripts (``openleadr_vtn.py``, ``openleadr_ven.py``) run under the openleadr
venv's python with ``-I -u`` and report every happening as one JSON object per line
on stdout (see their docstrings for the kinds).  This module spawns them, collects
those lines, and lets asyncio tests wait for them::

    async with openleadr_vtn() as vtn, openleadr_ven(vtn.url, "ven1") as ven:
        registered = await ven.wait_for("registered", 30)
        await vtn.wait_for("opt", 30, lambda line: line["opt_type"] == "optIn")

Leaving a context manager closes the child's stdin (the scripts stop on EOF, so a
child also stops if this process dies), escalates to SIGTERM then SIGKILL if it
lingers, and reaps it: no zombies, no listening ports left behind.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import signal
import socket
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.peers.openleadr import openleadr_venv
from conformance.peers.venv import PeerUnavailable

__all__ = [
    "HTTP_PATH_PREFIX",
    "PeerProcess",
    "PeerProcessError",
    "PeerProcessTimeout",
    "PeerUnavailable",
    "TlsFiles",
    "VenProcess",
    "VtnProcess",
    "free_port",
    "openleadr_ven",
    "openleadr_vtn",
]

HERE = Path(__file__).parent
VTN_SCRIPT = HERE / "openleadr_vtn.py"
VEN_SCRIPT = HERE / "openleadr_ven.py"
HTTP_PATH_PREFIX = "/OpenADR2/Simple/2.0b"
DEFAULT_TIMEOUT_S = 30.0
READY_TIMEOUT_S = 30.0
STOP_GRACE_S = 5.0
_STDERR_TAIL_LINES = 60
_PORT_ATTEMPTS = 3

Line = dict[str, Any]
Predicate = Callable[[Line], bool]


class PeerProcessError(RuntimeError):
    """The peer process failed: it exited early, or never produced an expected line."""


class PeerProcessTimeout(PeerProcessError, TimeoutError):
    """An expected line did not arrive in time."""


@dataclass(frozen=True)
class TlsFiles:
    """A peer's PEM certificate and key, and the CA its counterpart's certificate chains to."""

    cert: Path
    key: Path
    ca: Path

    def arguments(self) -> list[str]:
        return ["--cert", str(self.cert), "--key", str(self.key), "--ca-file", str(self.ca)]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the kernel's pick; racy but rarely reused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PeerProcess:
    """A running peer script: its JSON lines, its stderr tail, and its shutdown."""

    def __init__(self, name: str, process: asyncio.subprocess.Process) -> None:
        self.name = name
        self.process = process
        self.lines: list[Line] = []  # every line so far, in arrival order
        self._consumed: set[int] = set()  # indices already returned by wait_for
        self._stderr: collections.deque[str] = collections.deque(maxlen=_STDERR_TAIL_LINES)
        self._changed = asyncio.Condition()
        self._stdout_done = False
        self._readers = [
            asyncio.create_task(self._read_stdout(), name=f"{name}-stdout"),
            asyncio.create_task(self._read_stderr(), name=f"{name}-stderr"),
        ]

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def returncode(self) -> int | None:
        return self.process.returncode

    def of_kind(self, kind: str) -> list[Line]:
        """All lines of one kind seen so far (consumed or not)."""
        return [line for line in self.lines if line.get("kind") == kind]

    def stderr_tail(self) -> str:
        return "\n".join(self._stderr)

    async def wait_for(
        self, kind: str | None, timeout: float = DEFAULT_TIMEOUT_S, predicate: Predicate | None = None
    ) -> Line:
        """The first line of ``kind`` (any kind if None) matching ``predicate`` not yet returned by wait_for.

        Lines that arrived before the call count, so there is no race with the peer; each
        line is returned once, so repeated calls walk through successive matches.  Raises
        PeerProcessTimeout after ``timeout`` seconds, PeerProcessError if the process
        ends its output first.
        """

        def match() -> Line | None:
            for index, line in enumerate(self.lines):
                if index in self._consumed or kind not in (None, line.get("kind")):
                    continue
                if predicate is None or predicate(line):
                    self._consumed.add(index)
                    return line
            return None

        async def wait() -> Line:
            async with self._changed:
                while True:
                    found = match()
                    if found is not None:
                        return found
                    if self._stdout_done:
                        await self.process.wait()
                        raise PeerProcessError(self._describe(f"exited (code {self.returncode}) before {kind!r}"))
                    await self._changed.wait()

        try:
            return await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise PeerProcessTimeout(self._describe(f"no {kind!r} line within {timeout:.0f}s")) from None

    async def send(self, command: Line) -> None:
        """Write one JSON command line to the peer's stdin."""
        stdin = self.process.stdin
        if stdin is None or stdin.is_closing():
            raise PeerProcessError(self._describe("stdin is closed"))
        stdin.write((json.dumps(command) + "\n").encode())
        await stdin.drain()

    async def aclose(self) -> None:
        """Stop the peer (stdin EOF, then SIGTERM, then SIGKILL) and reap it; idempotent."""
        stdin = self.process.stdin
        if stdin is not None and not stdin.is_closing():
            stdin.close()
            with contextlib.suppress(OSError):  # BrokenPipe/ConnectionReset if it already left
                await stdin.wait_closed()
        for escalation in (None, signal.SIGTERM, signal.SIGKILL):
            if self.process.returncode is not None:
                break
            if escalation is not None:
                with contextlib.suppress(ProcessLookupError):
                    self.process.send_signal(escalation)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.process.wait(), STOP_GRACE_S)
        await self.process.wait()  # reaped (a SIGKILLed child always gets here)
        # Both pipes hit EOF once the child is gone; wait for the readers to drain them.
        await asyncio.gather(*self._readers, return_exceptions=True)

    def _describe(self, what: str) -> str:
        kinds = collections.Counter(str(line.get("kind")) for line in self.lines)
        return f"{self.name} (pid {self.pid}) {what}; lines seen: {dict(kinds)}; stderr tail:\n{self.stderr_tail()}"

    async def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        try:
            async for raw in self.process.stdout:
                text = raw.decode(errors="replace").rstrip("\n")
                if not text.strip():
                    continue
                try:
                    line = json.loads(text)
                except json.JSONDecodeError:
                    line = None
                if not isinstance(line, dict):
                    line = {"kind": "stdout", "text": text}  # stray output, kept for diagnosis
                async with self._changed:
                    self.lines.append(line)
                    self._changed.notify_all()
        finally:
            async with self._changed:
                self._stdout_done = True
                self._changed.notify_all()

    async def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        async for raw in self.process.stderr:
            self._stderr.append(raw.decode(errors="replace").rstrip("\n"))


class VtnProcess(PeerProcess):
    """openleadr's OpenADRServer listening on ``url`` (loopback, plain HTTP, pull mode)."""

    def __init__(self, process: asyncio.subprocess.Process, port: int, vtn_id: str, scheme: str = "http") -> None:
        super().__init__(f"openleadr VTN :{port}", process)
        self.port = port
        self.vtn_id = vtn_id
        self.url = f"{scheme}://127.0.0.1:{port}{HTTP_PATH_PREFIX}"

    async def add_event(
        self,
        ven_id: str,
        *,
        intervals: Sequence[tuple[float, float]] = ((60.0, 1.0), (60.0, 2.0), (60.0, 3.0)),
        start_in_s: float = 5.0,
        signal_name: str = "simple",
        signal_type: str = "level",
        event_id: str | None = None,
        market_context: str = "oadr://unknown.context",
        response_required: str = "always",
        timeout: float = 10.0,
    ) -> Line:
        """Queue an event for ``ven_id``; ``intervals`` are (duration_s, value). Returns the event_added line."""
        event_id = event_id or f"evt-{uuid.uuid4().hex[:12]}"
        await self.send(
            {
                "cmd": "add_event",
                "ven_id": ven_id,
                "event_id": event_id,
                "signal_name": signal_name,
                "signal_type": signal_type,
                "start_in_s": start_in_s,
                "intervals": [{"duration_s": d, "value": v} for d, v in intervals],
                "market_context": market_context,
                "response_required": response_required,
            }
        )
        return await self._command_result("event_added", event_id, timeout)

    async def cancel_event(self, ven_id: str, event_id: str, *, timeout: float = 10.0) -> Line:
        """Mark an event cancelled (modificationNumber + 1); the VEN sees it on its next poll."""
        await self.send({"cmd": "cancel_event", "ven_id": ven_id, "event_id": event_id})
        return await self._command_result("event_cancelled", event_id, timeout)

    async def _command_result(self, kind: str, event_id: str, timeout: float) -> Line:
        done = await self.wait_for(None, timeout, lambda line: _is_result(line, kind, event_id))
        if done["kind"] == "error":
            raise PeerProcessError(f"{self.name} rejected the command: {done['message']}")
        return done


class VenProcess(PeerProcess):
    """openleadr's OpenADRClient talking to the VTN at ``url``."""

    def __init__(self, process: asyncio.subprocess.Process, url: str, ven_name: str) -> None:
        super().__init__(f"openleadr VEN {ven_name!r}", process)
        self.url = url
        self.ven_name = ven_name


def _is_result(line: Line, kind: str, event_id: str) -> bool:
    """The VTN script's answer to the command about ``event_id``: ``kind`` or an error."""
    return line.get("kind") in (kind, "error") and line.get("event_id") == event_id


async def _spawn(script: Path, args: Sequence[str]) -> asyncio.subprocess.Process:
    # Building the venv can take minutes on first use: keep it off the event loop.
    venv = await asyncio.to_thread(openleadr_venv)
    # -I: this directory (holding our openleadr.py) must not shadow the package; -u: unbuffered.
    return await asyncio.create_subprocess_exec(
        str(venv.python),
        "-I",
        "-u",
        str(script),
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


@contextlib.asynccontextmanager
async def openleadr_vtn(
    port: int | None = None,
    *,
    vtn_id: str = "OPENLEADR-VTN",
    poll_freq_s: float = 1.0,
    report_interval_s: float = 2.0,
    auto_event: bool = True,
    event_start_s: float = 5.0,
    ready_timeout: float = READY_TIMEOUT_S,
    extra_args: Sequence[str] = (),
    tls: TlsFiles | None = None,
) -> AsyncIterator[VtnProcess]:
    """An openleadr VTN on 127.0.0.1:``port`` (a free port if None), yielded once listening.

    ``auto_event`` queues one SIMPLE level event for each VEN at its first registration.
    ``tls`` (certificate, key, CA): mutual TLS, signed messages, VEN signatures checked.
    Raises PeerUnavailable when the openleadr venv cannot be had.
    """
    attempts = 1 if port is not None else _PORT_ATTEMPTS
    vtn: VtnProcess | None = None
    while vtn is None:
        attempts -= 1
        chosen = port if port is not None else free_port()
        args = [
            *("--port", str(chosen), "--vtn-id", vtn_id, "--poll-freq", str(poll_freq_s)),
            *("--report-interval", str(report_interval_s), "--event-start-s", str(event_start_s)),
            *([] if auto_event else ["--no-auto-event"]),
            *(tls.arguments() if tls else ()),
            *extra_args,
        ]
        candidate = VtnProcess(await _spawn(VTN_SCRIPT, args), chosen, vtn_id, "https" if tls else "http")
        try:
            await candidate.wait_for("ready", ready_timeout)
        except BaseException as exc:
            await candidate.aclose()
            # Someone else may have taken the kernel's pick in between: try another port.
            in_use = "address already in use" in candidate.stderr_tail().lower()
            if isinstance(exc, PeerProcessError) and in_use and attempts > 0:
                continue
            raise
        vtn = candidate
    try:
        yield vtn
    finally:
        await vtn.aclose()


@contextlib.asynccontextmanager
async def openleadr_ven(
    vtn_url: str,
    ven_name: str,
    *,
    ven_id: str | None = None,
    opt: str = "optIn",
    report: bool = True,
    report_interval_s: float = 2.0,
    resource_id: str = "device1",
    extra_args: Sequence[str] = (),
    tls: TlsFiles | None = None,
    vtn_fingerprint: str | None = None,
) -> AsyncIterator[VenProcess]:
    """An openleadr VEN registering with ``vtn_url`` (yielded at once; wait for "registered").

    ``tls`` (certificate, key, CA): mutual TLS and signed requests; ``vtn_fingerprint``: the
    VTN's signatures are verified against it. Raises PeerUnavailable when the openleadr venv
    cannot be had.
    """
    args = [
        "--vtn-url",
        vtn_url,
        "--ven-name",
        ven_name,
        "--opt",
        opt,
        "--report-interval",
        str(report_interval_s),
        "--resource-id",
        resource_id,
        *(["--ven-id", ven_id] if ven_id else []),
        *([] if report else ["--no-report"]),
        *(tls.arguments() if tls else ()),
        *(["--vtn-fingerprint", vtn_fingerprint] if vtn_fingerprint else []),
        *extra_args,
    ]
    ven = VenProcess(await _spawn(VEN_SCRIPT, args), vtn_url, ven_name)
    try:
        yield ven
    finally:
        await ven.aclose()

"""A lean keep-alive HTTP/1.1 load generator for the closed-loop poll benchmarks.

Used by benchmarks/vtn_poll.py and benchmarks/signing.py. Why not aiohttp's ClientSession:
on the 2-vCPU VM it costs about 190 us of CPU per request, about what our VTN spends
answering a poll, so at 16 VENs the generator's core ran at 75-98% and capped the figure.
This client costs about 60 us per request in the benchmarks' runs (a third of aiohttp's,
and never near a full core): one connection per VEN (plain TCP, or TLS with
the VEN's own client certificate), each request written as bytes built up front, each
answer read as status line, headers and Content-Length bytes of body.

Both servers measured are aiohttp servers answering with ``web.Response``, which always
sends a Content-Length; a chunked answer (or one without Content-Length) is refused with
:class:`HttpError` rather than half read.

Also here, shared by both benchmarks: CPU accounting from /proc (server CPU per poll, the
load generator's share of its core) and the closed-loop runner: N tasks, a warm-up, then
the exchanges completed inside the measured window are counted, each failure counted and
the first one kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REQUEST_TIMEOUT_S = 10.0  # a VEN still waiting this long after the window is stuck
FAILURE_PAUSE_S = 0.01  # after a failed exchange: no hot reconnect loop against a dead server


# ----------------------------------------------------------------------------------------
# The client
# ----------------------------------------------------------------------------------------


class HttpError(Exception):
    """An answer this client does not read: connection closed, bad framing, chunked body."""


@dataclass(frozen=True)
class Endpoint:
    """Where a VEN connects; ``tls``: the VEN's own context (mutual TLS), None for plain TCP."""

    host: str
    port: int
    tls: ssl.SSLContext | None = None


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes


def post_request(endpoint: Endpoint, path: str, body: bytes) -> bytes:
    """The bytes of one POST of an XML document (HTTP/1.1: keep-alive is the default)."""
    head = (f"POST {path} HTTP/1.1\r\nHost: {endpoint.host}:{endpoint.port}\r\n"
            f"Content-Type: application/xml\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("ascii") + body


def parse_head(head: bytes) -> tuple[int, int, bool]:
    """(status, Content-Length, connection stays open) from a status line and headers that
    end with the blank line."""
    status_line, *lines = head[:-4].split(b"\r\n")
    version, _, rest = status_line.partition(b" ")
    code = rest[:3]
    if not version.startswith(b"HTTP/1.") or not code.isdigit():
        raise HttpError(f"not an HTTP/1.x status line: {status_line[:100]!r}")
    headers: dict[bytes, bytes] = {}
    for line in lines:
        name, colon, value = line.partition(b":")
        if not colon:
            raise HttpError(f"malformed header line: {line[:100]!r}")
        headers[name.strip().lower()] = value.strip()
    if b"transfer-encoding" in headers:
        raise HttpError(f"Transfer-Encoding {headers[b'transfer-encoding']!r} is not read by this client "
                        f"(both servers measured send Content-Length)")
    length = headers.get(b"content-length", b"")
    if not length.isdigit():
        raise HttpError(f"answer without a valid Content-Length (HTTP {code.decode()})")
    connection = headers.get(b"connection", b"").lower()
    keep_alive = connection != b"close" if version == b"HTTP/1.1" else connection == b"keep-alive"
    return int(code), int(length), keep_alive


class Connection:
    """One VEN's keep-alive connection, opened on first use and again after a failure or a
    ``Connection: close`` answer (``opened`` counts them, so a reconnect is never hidden)."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self.opened = 0
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def exchange(self, request: bytes) -> Answer:
        """Send one request, read its answer. On any failure (cancellation included: the
        stream is then mid-answer) the connection is dropped and the error propagates."""
        reader, writer = self._streams or await self._open()
        try:
            writer.write(request)
            await writer.drain()
            status, length, keep_alive = parse_head(await reader.readuntil(b"\r\n\r\n"))
            body = await reader.readexactly(length)
        except asyncio.IncompleteReadError as exc:
            self.drop()
            raise HttpError(f"connection closed by the server mid-answer ({len(exc.partial)} bytes of "
                            f"the part awaited read)") from None
        except BaseException:
            self.drop()
            raise
        if not keep_alive:
            self.drop()
        return Answer(status, body)

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        self._streams = await asyncio.open_connection(self.endpoint.host, self.endpoint.port, ssl=self.endpoint.tls)
        self.opened += 1
        return self._streams

    def drop(self) -> None:
        """Close the connection without waiting (the transport finishes closing on its own)."""
        if self._streams is not None:
            self._streams[1].close()
            self._streams = None


# ----------------------------------------------------------------------------------------
# CPU placement and accounting
# ----------------------------------------------------------------------------------------


def pin(pid: int, cpu: int) -> bool:
    """Pin every thread of ``pid`` (0: this process) to one CPU; False where impossible."""
    if not hasattr(os, "sched_setaffinity") or cpu >= (os.cpu_count() or 1):
        return False
    pid = pid or os.getpid()
    try:
        tids = [int(tid) for tid in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        tids = [pid]
    for tid in tids:
        with contextlib.suppress(OSError):  # a thread may end meanwhile
            os.sched_setaffinity(tid, {cpu})
    return True


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all threads) so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    # After "comm)": state is fields[0], so utime (14th field) is fields[11], stime fields[12].
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_busy_seconds(cpu: int) -> float:
    """Time one CPU spent busy (user, nice, system, irq, softirq) or stolen by the hypervisor."""
    try:
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith(f"cpu{cpu} "):
                user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in line.split()[1:9])
                return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        pass
    return float("nan")


@dataclass
class Usage:
    """CPU use over a window, in cores (1.0 = one core busy the whole window)."""

    seconds: float = float("nan")
    server: float = float("nan")  # the server process
    client: float = float("nan")  # this process, the load generator
    others0: float = float("nan")  # the server's CPU busy with anything but the server, or stolen
    others1: float = float("nan")  # the generator's CPU busy with anything but the generator, or stolen


class Probe:
    """Snapshots of CPU time (server process, this process, both CPUs), diffed over a window."""

    def __init__(self, server_pid: int, server_cpu: int, client_cpu: int) -> None:
        self.server_pid = server_pid
        self.server_cpu = server_cpu
        self.client_cpu = client_cpu
        self.marks: list[tuple[float, float, float, float, float]] = []

    def mark(self) -> None:
        self.marks.append((time.monotonic(), cpu_seconds(self.server_pid), cpu_seconds(os.getpid()),
                           cpu_busy_seconds(self.server_cpu), cpu_busy_seconds(self.client_cpu)))

    def usage(self) -> Usage:
        """From the first mark to the last."""
        if len(self.marks) < 2:
            return Usage()
        (t0, s0, c0, b0, d0), (t1, s1, c1, b1, d1) = self.marks[0], self.marks[-1]
        span = t1 - t0
        server, client = (s1 - s0) / span, (c1 - c0) / span
        return Usage(span, server, client, max(0.0, (b1 - b0) / span - server), max(0.0, (d1 - d0) / span - client))


# ----------------------------------------------------------------------------------------
# The closed loop
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ven:
    """One closed-loop client: where it connects, its next request, how it judges an answer."""

    endpoint: Endpoint
    request: Callable[[], bytes]  # the next request's bytes (built once, or signed just now)
    check: Callable[[Answer, bool], str | None]  # (answer, this VEN's first?) -> None if good, else why not


@dataclass
class Window:
    """One closed-loop measurement: what completed between ``start`` and ``end`` (loop time)."""

    start: float
    end: float
    polls: int = 0  # good answers
    errors: int = 0  # failed exchanges and answers that failed the check
    connects: int = 0  # connections opened, warm-up included (one per VEN when keep-alive held)
    latencies_ms: list[float] = field(default_factory=list)  # of the good answers, sorted at the end
    usage: Usage = field(default_factory=Usage)
    first_error: str | None = None  # warm-up included

    def count(self, sent: float, done: float, problem: str | None) -> None:
        if problem is not None and self.first_error is None:
            self.first_error = problem
        if not self.start <= done < self.end:
            return
        if problem is None:
            self.polls += 1
            self.latencies_ms.append((done - sent) * 1000)
        else:
            self.errors += 1

    @property
    def rate(self) -> float:
        return self.polls / self.usage.seconds if self.usage.seconds > 0 else 0.0

    @property
    def cpu_us_per_poll(self) -> float:
        """Server CPU time per good answer: its cost, whatever else ran on its core."""
        return self.usage.server * self.usage.seconds / self.polls * 1e6 if self.polls else float("nan")

    @property
    def gen_us_per_poll(self) -> float:
        """Load generator CPU time per good answer."""
        return self.usage.client * self.usage.seconds / self.polls * 1e6 if self.polls else float("nan")


async def closed_loop(vens: Sequence[Ven], warmup: float, seconds: float, probe: Probe) -> Window:
    """Each VEN a task exchanging back to back on its own connection; after ``warmup`` s,
    what completes in the next ``seconds`` s is counted, with ``probe`` marked at both ends."""
    loop = asyncio.get_running_loop()
    start = loop.time() + warmup
    window = Window(start, start + seconds)

    async def mark_window() -> None:
        await asyncio.sleep(max(0.0, window.start - loop.time()))
        probe.mark()
        await asyncio.sleep(max(0.0, window.end - loop.time()))
        probe.mark()

    tasks = [asyncio.create_task(drive(ven, window)) for ven in vens]
    await mark_window()
    await settle(tasks, window)
    window.usage = probe.usage()
    window.latencies_ms.sort()
    return window


async def settle(tasks: Sequence[asyncio.Task[None]], window: Window) -> None:
    """Wait for the VENs to finish their last exchange. One still waiting REQUEST_TIMEOUT_S
    after the window is stuck: cancelled and counted as an error. (One deadline for the
    run, not one per request: a timer per request would cost the generator a few us each.)"""
    done, stuck = await asyncio.wait(tasks, timeout=REQUEST_TIMEOUT_S)
    for task in stuck:
        task.cancel()
    if stuck:
        await asyncio.wait(stuck)
        window.errors += len(stuck)
        window.first_error = window.first_error or (f"{len(stuck)} VEN(s) still waiting for an answer "
                                                    f"{REQUEST_TIMEOUT_S:g} s after the window")
    for task in done:
        task.result()  # an exception from a check (a bug: checks return why) surfaces here


async def drive(ven: Ven, window: Window) -> None:
    """One VEN: exchange, check, count, again, until the window ends."""
    loop = asyncio.get_running_loop()
    connection = Connection(ven.endpoint)
    first = True
    try:
        while loop.time() < window.end:
            request = ven.request()
            sent = loop.time()
            problem = await checked_exchange(connection, request, ven.check, first)
            window.count(sent, loop.time(), problem)
            first = False
    finally:
        window.connects += connection.opened
        connection.drop()


async def checked_exchange(connection: Connection, request: bytes, check: Callable[[Answer, bool], str | None],
                           first: bool) -> str | None:
    """None for a good answer, else what went wrong (the exchange, or the check)."""
    try:
        answer = await connection.exchange(request)
    except (OSError, HttpError, asyncio.LimitOverrunError) as exc:
        await asyncio.sleep(FAILURE_PAUSE_S)
        return f"{type(exc).__name__}: {exc}"
    return check(answer, first)


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values (nan when empty)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * fraction // 1))  # ceil(n * fraction), at least 1
    return sorted_values[int(rank) - 1]

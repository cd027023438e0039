"""XML signatures and mutual TLS: our signer and verifier against openleadr's, and signed polls
per second over mutual TLS against our VTN and openleadr's.

    python benchmarks/signing.py [--seconds S] [--poll-seconds S] [--rounds N] [--vens N] [--rm-seconds S]
                                 [--quick]

Part 1, single core (this process pinned to CPU 0, the openleadr driver inheriting it), the
one-event ``oadrDistributeEvent`` of benchmarks/codec.py, ECDSA P-256 (and RSA-2048 for ours):

  sign        ours: Signer.sign (lean envelope, signature from a text template); openleadr:
              create_message with cert and key (signxml 4)
  verify      ours: FastVerifier.verify = hardened parse + schema validation + signature,
              digests and certificate chain + decode to typed objects (no replay check: one
              document is verified repeatedly); openleadr: validate_xml_schema + signxml
              verify (it decodes nothing); ours with the signxml-based reference Verifier too
  round trip  sign + validate + verify (with the replay check: a fresh nonce each time) +
              decode; openleadr: create_message + validate_xml_schema +
              validate_xml_signature + parse_message

Best of many 25 ms windows, as benchmarks/codec.py (the openleadr driver uses the same
estimator, window and budget).

Part 2, signed polls per second over mutual TLS, closed loop. Each server runs in its own
process pinned to CPU 0; the load generator (this process) is pinned to CPU 1 and uses the
lean keep-alive client of benchmarks/loadgen.py (about 60 us of CPU per request where
aiohttp's ClientSession takes about 190 us, as much as a server spends on a poll). N VENs,
each with its own certificate (TLS client and signing) and its own keep-alive TLS
connection, poll back to back: each oadrPoll is signed just before it is sent, with a fresh
nonce (openleadr refuses timestamps older than 5 s); every answer must be HTTP 200 and carry
responseCode 200, and a failed poll counts as an error, never as a poll. Servers:
  - ours: ``ei-vtn serve --config`` with [vtn.tls] and [vtn.signing] (signatures required,
    answers signed), SQLite store, the VENs written into it as registered with their
    fingerprints before the server starts;
  - openleadr 0.5.36: conformance/peers/openleadr_vtn.py with --cert/--key/--ca-file (mutual
    TLS, answers signed, VEN signatures and fingerprints checked), tracing off; each VEN
    registers first (signed oadrCreatePartyRegistration) so openleadr records its fingerprint.
``--rounds`` rounds alternate the servers; the best round of each is reported with its CPU
figures from /proc: the server's and the load generator's share of their core, so the table
shows which side was the bottleneck, and their CPU time per answered poll, lowest of the
rounds (the generator's includes signing the poll).

Part 3, reliable messaging: benchmarks/reliable.py's ``measure`` (loopback HTTP, one client
waiting for each answer: plain, reliable without loss, reliable with 30% loss each way).

The output ends with exactly:
  signed_roundtrip_per_s: <ours>
  signed_roundtrip_ratio_vs_openleadr: <ours / openleadr's>
  signed_tls_polls_ratio_vs_openleadr: <ours / openleadr's>
  rm_overhead_no_loss: <plain messages per second / reliable messages per second>
(``n/a`` after a line saying why, when a number cannot be had).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import signal
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp  # noqa: E402
from lxml import etree  # noqa: E402

from codec import WINDOW_S, best_seconds_per_op, distribute_event  # noqa: E402
from energyinterop.openadr import OadrCreatePartyRegistration, OadrPoll, OadrProfile, OadrTransport  # noqa: E402
from energyinterop.openadr import openadr_codec  # noqa: E402
from energyinterop.security.certs import Issued, TestCa  # noqa: E402
from energyinterop.wrappers import replay as rp  # noqa: E402
from energyinterop.wrappers import signing as sg  # noqa: E402
from energyinterop.wrappers.fast_verify import FastVerifier  # noqa: E402
from loadgen import Answer, Endpoint, Probe, Ven, Window, percentile, pin, post_request  # noqa: E402
from loadgen import closed_loop as run_closed_loop  # noqa: E402

CODEC = openadr_codec()
PATH = "/OpenADR2/Simple/2.0b"
POLL_PATH = f"{PATH}/OadrPoll"
HOST = "127.0.0.1"
SERVER_CPU = 0
CLIENT_CPU = 1
# Every answer; both VTNs write this element (their prefixes differ).
RESPONSE_CODE_200 = re.compile(rb"<(?:\w+:)?responseCode>\s*200\s*</")


# ----------------------------------------------------------------------------------------
# Part 1: sign, verify, round trip
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Material:
    directory: Path
    ca: TestCa
    vtn: Issued
    ecc: Issued
    rsa: Issued

    def files(self, stem: str) -> tuple[Path, Path]:
        return self.directory / f"{stem}.crt", self.directory / f"{stem}.key"


def make_material(directory: Path, vens: int) -> tuple[Material, list[Issued]]:
    ca = TestCa.create("benchmark CA")
    ca.save(directory)
    vtn, ecc, rsa = ca.issue("vtn"), ca.issue("ven-ecc"), ca.issue("ven-rsa", "rsa")
    for issued, stem in ((vtn, "vtn"), (ecc, "ven-ecc"), (rsa, "ven-rsa")):
        issued.save(directory, stem)
    bench_vens = []
    for index in range(vens):
        issued = ca.issue(f"bench-{index}")
        issued.save(directory, f"bench-{index}")
        bench_vens.append(issued)
    return Material(directory, ca, vtn, ecc, rsa), bench_vens


def measure_ours(material: Material, seconds: float, repeats: int) -> dict[str, float]:
    document = CODEC.encode_message(distribute_event())
    rates: dict[str, float] = {}
    for kind, issued in (("ECDSA", material.ecc), ("RSA", material.rsa)):
        signer = sg.Signer(issued.key, issued.cert)
        fast = FastVerifier(trusted_cas=[material.ca.cert])
        now = datetime.now(UTC)
        signed = signer.sign(document, now=now)
        guard = rp.ReplayGuard(timedelta(minutes=5), 1_000_000)

        def roundtrip() -> None:
            stamp = datetime.now(UTC)
            verified = fast.verify(signer.sign(document, now=stamp), now=stamp)
            guard.check(verified.nonce, verified.timestamp, stamp)

        rates[f"{kind} sign"] = 1 / best_seconds_per_op(lambda: signer.sign(document, now=now), seconds, repeats)
        rates[f"{kind} verify"] = 1 / best_seconds_per_op(lambda: fast.verify(signed, now=now), seconds, repeats)
        rates[f"{kind} round trip"] = 1 / best_seconds_per_op(roundtrip, seconds, repeats)
        if kind == "ECDSA":
            reference = sg.Verifier(replay=rp.ReplayGuard(timedelta(minutes=5), 10), trusted_cas=[material.ca.cert])

            def reference_verify() -> None:
                reference._replay = rp.ReplayGuard(timedelta(minutes=5), 10)  # the same document again
                reference.verify(signed, now=now)

            rates["ECDSA verify, signxml reference"] = 1 / best_seconds_per_op(reference_verify, seconds / 2, 4)
    return rates


def measure_openleadr_signing(material: Material, seconds: float) -> tuple[dict[str, float] | None, str]:
    try:
        from conformance.peers.openleadr import OpenleadrPeer, PeerDriverError
        from conformance.peers.venv import PeerUnavailable
    except ImportError as exc:  # pragma: no cover - a broken checkout
        return None, f"peer harness not importable: {exc}"
    cert, key = material.files("ven-ecc")
    try:
        rates = OpenleadrPeer().bench_signing(CODEC.encode_message(distribute_event()).decode(), cert, key, seconds)
    except PeerUnavailable as exc:
        return None, f"openleadr unavailable: {exc.reason}"
    except PeerDriverError as exc:
        return None, f"openleadr failed: {exc}"
    return rates, "openleadr 0.5.36 (signxml 4), ECDSA, own venv process"


# ----------------------------------------------------------------------------------------
# Part 2: signed polls over mutual TLS
# ----------------------------------------------------------------------------------------


@dataclass
class BenchVen:
    ven_id: str
    issued: Issued
    context: ssl.SSLContext
    signer: sg.Signer


def bench_vens(material: Material, issued: list[Issued]) -> list[BenchVen]:
    vens = []
    for index, ven in enumerate(issued):
        cert, key = material.files(f"bench-{index}")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.load_verify_locations(material.directory / "ca.crt")
        context.load_cert_chain(cert, key)
        vens.append(BenchVen(f"ven-bench-{index}", ven, context, sg.Signer(ven.key, ven.cert)))
    return vens


async def wait_listening(url: str, context: ssl.SSLContext, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            try:
                async with session.post(f"{url}{PATH}/OadrPoll", data=b"", ssl=context):
                    return
            except aiohttp.ClientError:
                await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} did not start")


async def start_ours(material: Material, vens: list[BenchVen], directory: Path, port: int) -> subprocess.Popen:
    from energyinterop.store import open_store
    from energyinterop.store.base import VenRecord

    database = directory / "vtn.sqlite3"
    store = open_store(f"sqlite:///{database}")
    await store.open()
    for ven in vens:
        await store.put_ven(VenRecord(ven_id=ven.ven_id, ven_name=ven.ven_id, registration_id=f"reg-{ven.ven_id}",
                                      fingerprint=ven.issued.fingerprint))
    await store.close()
    config = directory / "vtn.toml"
    config.write_text(f"""[vtn]
vtn_id = "VTN-BENCH"
port = {port}
store = "sqlite:///{database}"

[vtn.tls]
cert = "{material.directory / 'vtn.crt'}"
key = "{material.directory / 'vtn.key'}"
ca = "{material.directory / 'ca.crt'}"

[vtn.signing]
require = true
""")
    process = subprocess.Popen([sys.executable, "-m", "energyinterop.vtn", "serve", "--config", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               cwd=Path(__file__).resolve().parents[1])
    pin(process.pid, SERVER_CPU)
    return process


async def register_with_openleadr(url: str, vens: list[BenchVen]) -> None:
    async with aiohttp.ClientSession() as session:
        for ven in vens:
            registration = OadrCreatePartyRegistration(
                request_id=f"r-{ven.ven_id}", oadr_profile_name=OadrProfile("2.0b"),
                oadr_transport_name=OadrTransport("simpleHttp"), oadr_report_only=False, oadr_xml_signature=True,
                oadr_ven_name=ven.ven_id.removeprefix("ven-"), oadr_http_pull_model=True, schema_version="2.0b")
            body = ven.signer.sign(CODEC.encode_message(registration), now=datetime.now(UTC))
            async with session.post(f"{url}{PATH}/EiRegisterParty", data=body, ssl=ven.context,
                                    headers={"Content-Type": "application/xml"}) as response:
                text = await response.read()
                if response.status != 200 or b"200</" not in text:
                    raise RuntimeError(f"openleadr refused the registration of {ven.ven_id}: {text[:300]!r}")


def check_answer(answer: Answer, _first: bool) -> str | None:
    """None for HTTP 200 carrying responseCode 200, else why not."""
    if answer.status == 200 and RESPONSE_CODE_200.search(answer.body):
        return None
    return f"HTTP {answer.status}: {answer.body[:300]!r}"


def signed_poller(ven: BenchVen, port: int) -> Ven:
    """One VEN of the closed loop: its own TLS connection and client certificate."""
    endpoint = Endpoint(HOST, port, ven.context)
    poll = CODEC.encode_message(OadrPoll(ven_id=ven.ven_id, schema_version="2.0b"))

    def request() -> bytes:
        # Signed just before it is sent (fresh nonce and timestamp): openleadr refuses
        # timestamps older than 5 s, and both servers refuse a nonce seen before.
        return post_request(endpoint, POLL_PATH, ven.signer.sign(poll, now=datetime.now(UTC)))

    return Ven(endpoint, request, check_answer)


@dataclass(frozen=True)
class Target:
    """A server under test: its process (for CPU accounting) and its port on HOST."""

    name: str
    pid: int
    port: int


async def closed_loop(target: Target, vens: list[BenchVen], warmup: float, seconds: float) -> Window:
    """Signed polls back to back over mutual TLS (benchmarks/loadgen.py), every answer checked."""
    pollers = [signed_poller(ven, target.port) for ven in vens]
    return await run_closed_loop(pollers, warmup, seconds, Probe(target.pid, SERVER_CPU, CLIENT_CPU))


async def alternate(targets: list[Target], vens: list[BenchVen], rounds: int, warmup: float,
                    seconds: float) -> dict[str, list[Window]]:
    """``rounds`` rounds, the servers taking turns in each (noise spreads over them alike)."""
    results: dict[str, list[Window]] = {target.name: [] for target in targets}
    for _ in range(rounds):
        for target in targets:
            results[target.name].append(await closed_loop(target, vens, warmup, seconds))
    return results


async def measure_polls(material: Material, issued: list[Issued], rounds: int, warmup: float,
                        seconds: float) -> tuple[dict[str, list[Window]], str]:
    """Rounds of signed polls per server, and a note on openleadr (what ran, or why not)."""
    from conformance.peers.processes import TlsFiles, free_port, openleadr_vtn
    from conformance.peers.venv import PeerUnavailable

    vens = bench_vens(material, issued)
    with tempfile.TemporaryDirectory() as temporary:
        port = free_port()
        ours_process = await start_ours(material, vens, Path(temporary), port)
        ours = Target("ours", ours_process.pid, port)
        try:
            await wait_listening(f"https://{HOST}:{port}", vens[0].context)
            pin(ours_process.pid, SERVER_CPU)  # again: threads it started meanwhile
            cert, key = material.files("vtn")
            try:
                async with openleadr_vtn(tls=TlsFiles(cert, key, material.directory / "ca.crt"), auto_event=False,
                                         extra_args=["--no-trace", "--log-level", "WARNING"]) as vtn:
                    pin(vtn.pid, SERVER_CPU)
                    await register_with_openleadr(vtn.url.removesuffix(PATH), vens)
                    theirs = Target("openleadr", vtn.pid, vtn.port)
                    results = await alternate([ours, theirs], vens, rounds, warmup, seconds)
                    note = "openleadr 0.5.36 OpenADRServer, mutual TLS, signing, tracing off"
            except PeerUnavailable as exc:
                note = f"openleadr unavailable: {exc.reason}"
                results = await alternate([ours], vens, rounds, warmup, seconds)
        finally:
            ours_process.send_signal(signal.SIGTERM)
            ours_process.wait(timeout=30)
    return results, note


def best_rate(rounds: list[Window]) -> float | None:
    """Polls per second of the least disturbed round (None when nothing was answered)."""
    return max((window.rate for window in rounds), default=0.0) or None


def lowest(rounds: list[Window], cost: Callable[[Window], float]) -> float:
    """The lowest CPU cost per poll of the rounds: the least disturbed by other load."""
    return min((cost(window) for window in rounds if window.polls), default=float("nan"))


def poll_table(results: dict[str, list[Window]]) -> None:
    """One row per server: its best round, the CPU time per poll of its cheapest round."""
    print("| server    | polls/s best | polls/s median | p50 ms | p99 ms | srv CPU us/poll | gen CPU us/poll |"
          " srv CPU | gen CPU | CPU0 other | CPU1 other | errors |")
    print("|-----------|-------------:|---------------:|-------:|-------:|----------------:|----------------:|"
          "--------:|--------:|-----------:|-----------:|-------:|")
    for name, rounds in results.items():
        best = max(rounds, key=lambda window: window.rate)
        median = sorted(window.rate for window in rounds)[len(rounds) // 2]
        usage, lat = best.usage, best.latencies_ms
        print(f"| {name:<9} | {best.rate:>12.0f} | {median:>14.0f} | {percentile(lat, .5):>6.2f} | "
              f"{percentile(lat, .99):>6.2f} | {lowest(rounds, lambda w: w.cpu_us_per_poll):>15.0f} | "
              f"{lowest(rounds, lambda w: w.gen_us_per_poll):>15.0f} | "
              f"{usage.server:>7.0%} | {usage.client:>7.0%} | {usage.others0:>10.0%} | {usage.others1:>10.0%} | "
              f"{sum(window.errors for window in rounds):>6} |")


def poll_notes(results: dict[str, list[Window]], vens: int) -> None:
    """What the table's columns mean, then each server's first error and reconnects, if any."""
    print("srv/gen CPU: server / load generator CPU over the best round (100% = one core); CPU us/poll: that")
    print("CPU time per answered poll, lowest of the rounds (the generator's includes signing each poll);")
    print("CPU0/CPU1 other: that core busy with other processes or stolen by the hypervisor. The side whose")
    print("core is near 100% set the figure.")
    for name, rounds in results.items():
        first_error = next((window.first_error for window in rounds if window.first_error), None)
        if first_error:
            print(f"first error, {name}: {first_error}")
        if reconnects := sum(window.connects - vens for window in rounds):
            print(f"reconnects, {name}: {reconnects} (connections the server closed or that failed)")


# ----------------------------------------------------------------------------------------
# Part 3: reliable messaging (benchmarks/reliable.py)
# ----------------------------------------------------------------------------------------


def reliable_messaging_figures(seconds: float) -> float:
    """Print messages per second through the reliable-messaging wrapper, without and with 30%
    loss; answer ``rm_overhead_no_loss`` (plain / reliable messages per second)."""
    from reliable import measure  # benchmarks/reliable.py, beside this script

    figures = measure(seconds)
    print(f"reliable messaging over loopback HTTP, {seconds:g}s per case")
    for label, key in (("plain", "plain_per_s"), ("reliable, no loss", "reliable_per_s"),
                       ("reliable, 30% loss each way", "reliable_lossy_per_s")):
        print(f"  {label:<28} {figures[key]:>9.0f} messages/s")
    return figures["rm_overhead_no_loss"]


# ----------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="per part-1 measurement (default 2)")
    parser.add_argument("--repeats", type=int, default=20, help="at least this many windows per measurement")
    parser.add_argument("--poll-seconds", type=float, default=3.0, help="measured window per round (default 3)")
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--vens", type=int, default=16)
    parser.add_argument("--rm-seconds", type=float, default=3.0, help="per reliable-messaging case (default 3)")
    parser.add_argument("--quick", action="store_true", help="smoke run: short windows, one round")
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds, args.repeats, args.poll_seconds, args.warmup, args.rounds = 0.5, 5, 1.5, 0.5, 1
        args.rm_seconds = 1.0
    two_cores = hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) >= 2
    pin(0, SERVER_CPU)
    print(f"python {platform.python_version()}, lxml {etree.__version__}; part 1 pinned to CPU 0; "
          f"{args.seconds:g}s per measurement, best {WINDOW_S * 1000:g} ms window")

    with tempfile.TemporaryDirectory() as directory:
        material, issued = make_material(Path(directory), args.vens)
        ours = measure_ours(material, args.seconds, args.repeats)
        theirs, note = measure_openleadr_signing(material, args.seconds)
        header = f"{'operation (one-event oadrDistributeEvent)':<48} {'per s':>9} {'us each':>9}"
        print(header)
        print("-" * len(header))
        for name, rate in ours.items():
            print(f"{'ours ' + name:<48} {rate:>9.0f} {1e6 / rate:>9.1f}")
        for name, key in (("sign", "sign_per_s"), ("verify", "verify_per_s"), ("round trip", "roundtrip_per_s")):
            if theirs is not None:
                print(f"{'openleadr ECDSA ' + name:<48} {theirs[key]:>9.1f} {1e6 / theirs[key]:>9.1f}")
        print(f"openleadr: {note}")
        print()

        if two_cores:
            pin(0, CLIENT_CPU)  # the load generator; the servers are pinned to SERVER_CPU
        poll_results, poll_note = asyncio.run(
            measure_polls(material, issued, args.rounds, args.warmup, args.poll_seconds))
        print(f"signed polls over mutual TLS, {args.vens} VENs, closed loop (benchmarks/loadgen.py, a TLS "
              f"connection per VEN), best of {args.rounds} x {args.poll_seconds:g}s"
              f"{'' if two_cores else ' (NOT pinned: fewer than 2 CPUs)'}")
        print()
        poll_table(poll_results)
        print()
        poll_notes(poll_results, args.vens)
        print(f"openleadr: {poll_note}")
        print()

    rm_overhead = reliable_messaging_figures(args.rm_seconds)
    print()
    roundtrip = ours["ECDSA round trip"]
    print(f"signed_roundtrip_per_s: {roundtrip:.0f}")
    print(f"signed_roundtrip_ratio_vs_openleadr: "
          f"{roundtrip / theirs['roundtrip_per_s']:.1f}" if theirs else "signed_roundtrip_ratio_vs_openleadr: n/a")
    ours_polls, theirs_polls = (best_rate(poll_results.get(name, [])) for name in ("ours", "openleadr"))
    print(f"signed_tls_polls_ratio_vs_openleadr: {ours_polls / theirs_polls:.2f}" if ours_polls and theirs_polls
          else "signed_tls_polls_ratio_vs_openleadr: n/a")
    print(f"rm_overhead_no_loss: {rm_overhead:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

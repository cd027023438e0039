"""The openleadr peer (OpenADR 2.0b VTN/VEN in Python), run in its own venv.

openleadr pins ``signxml<5`` while we need ``signxml>=5``, so it is never imported
here: everything goes through ``openleadr_driver.py`` run by the venv's python.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from conformance.peers.venv import PeerVenv

OPENLEADR_REQUIREMENT = "openleadr==0.5.36"
DRIVER = Path(__file__).with_name("openleadr_driver.py")
DRIVER_TIMEOUT_S = 120.0
_STDERR_TAIL_CHARS = 4000


class PeerDriverError(RuntimeError):
    """The driver ran but failed; a bug in the driver or a document openleadr rejects."""


def openleadr_venv() -> PeerVenv:
    """The openleadr venv, built on first use; raises PeerUnavailable if it cannot be."""
    return PeerVenv(name="openleadr", requirements=(OPENLEADR_REQUIREMENT,)).ensure()


def openleadr_schema_dir() -> Path:
    """openleadr's bundled XSDs (``oadr_20b.xsd`` and its imports)."""
    code = "import pathlib, openleadr; print(pathlib.Path(openleadr.__file__).parent / 'schema')"
    argv = [str(openleadr_venv().python), "-I", "-c", code]
    return Path(_run(argv, "", DRIVER_TIMEOUT_S, what="locating the schema").strip())


def run_driver(command: str, payload: Mapping[str, Any] | None = None, *, timeout: float = DRIVER_TIMEOUT_S) -> Any:
    """Run one driver command in the openleadr venv and return its decoded JSON result."""
    # -I keeps this directory off sys.path: our openleadr.py would shadow the real package.
    argv = [str(openleadr_venv().python), "-I", str(DRIVER), command]
    return json.loads(_run(argv, json.dumps(dict(payload or {})), timeout, what=f"driver command {command!r}"))


def _run(argv: list[str], stdin: str, timeout: float, *, what: str) -> str:
    try:
        completed = subprocess.run(argv, input=stdin, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PeerDriverError(f"openleadr {what} timed out after {timeout:.0f}s; stderr:\n{_tail(exc.stderr)}") from exc
    if completed.returncode != 0:
        raise PeerDriverError(
            f"openleadr {what} failed (exit {completed.returncode}); stderr:\n{_tail(completed.stderr)}"
        )
    return completed.stdout


def _tail(stderr: str | bytes | None) -> str:
    # On timeout subprocess hands back bytes even with text=True.
    if isinstance(stderr, bytes):
        stderr = stderr.decode(errors="replace")
    return (stderr or "")[-_STDERR_TAIL_CHARS:]


class OpenleadrPeer:
    """Handle used by tests and benchmarks; construction builds the venv if needed."""

    def __init__(self) -> None:
        self.venv = openleadr_venv()
        self.schema_dir = openleadr_schema_dir()
        self._samples: dict[str, str] | None = None

    def samples(self) -> dict[str, str]:
        """{message_type: xml} for every message type openleadr can create (computed once)."""
        if self._samples is None:
            self._samples = run_driver("samples")
        return dict(self._samples)

    def parse(self, xml: str) -> dict[str, Any]:
        """openleadr's parse_message result: {"type": ..., "payload": ...} with ISO datetimes/durations."""
        result: dict[str, Any] = run_driver("parse", {"xml": xml})
        return result

    def bench_codec(self, xml: str, seconds: float) -> dict[str, float]:
        """openleadr parse+create round trips per second on ``xml``, single-threaded."""
        result: dict[str, float] = run_driver(
            "bench_codec", {"xml": xml, "seconds": seconds}, timeout=seconds + DRIVER_TIMEOUT_S
        )
        return result

    def bench_signing(self, xml: str, cert: Path, key: Path, seconds: float) -> dict[str, float]:
        """openleadr sign / verify / signed round trip per second on ``xml``, single-threaded."""
        result: dict[str, float] = run_driver(
            "bench_signing", {"xml": xml, "cert": str(cert), "key": str(key), "seconds": seconds},
            timeout=3 * seconds + DRIVER_TIMEOUT_S)
        return result

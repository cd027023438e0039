"""Cached, pinned virtual environments for third-party peers.

Peers such as openleadr pin dependencies that conflict with ours (``signxml<5``),
so each one lives in its own venv and is driven as a separate process.  A venv is
keyed by its requirements and the Python building it, built in a temporary
directory beside its final place and renamed into place only once pip has
succeeded, under a file lock so concurrent pytest workers build it once.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CACHE_ENV_VAR = "EI_PEER_CACHE"
MARKER_NAME = ".peer-ready"
INSTALL_TIMEOUT_S = 900.0
_TAIL_LINES = 20


class PeerUnavailable(RuntimeError):
    """The peer cannot be provided here (no registry, pip failed, ...); tests should skip."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def default_cache_root() -> Path:
    """``$EI_PEER_CACHE`` if set, else ``~/.cache/energyinterop/peers``."""
    configured = os.environ.get(CACHE_ENV_VAR)
    if configured:
        return Path(configured)
    return Path.home() / ".cache" / "energyinterop" / "peers"


@dataclass(frozen=True)
class PeerVenv:
    """A virtual environment holding exactly ``requirements``, created on demand."""

    name: str
    requirements: tuple[str, ...]
    cache_root: Path = field(default_factory=default_cache_root)
    install_timeout_s: float = INSTALL_TIMEOUT_S

    @property
    def key(self) -> str:
        # The base interpreter is part of the key: a venv links to it and breaks without it.
        identity = [
            platform.python_implementation(),
            list(sys.version_info[:3]),
            sys.base_prefix,
            list(self.requirements),
        ]
        return hashlib.sha256(json.dumps(identity).encode()).hexdigest()[:16]

    @property
    def path(self) -> Path:
        return self.cache_root / f"{self.name}-{self.key}"

    @property
    def marker(self) -> Path:
        return self.path / MARKER_NAME

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def is_ready(self) -> bool:
        return self.marker.is_file() and self.python.exists()

    def ensure(self) -> PeerVenv:
        """Build the venv unless a complete one is cached; raises PeerUnavailable."""
        if self.is_ready():
            return self
        self.cache_root.mkdir(parents=True, exist_ok=True)
        with self._lock():
            # Another worker may have finished while we waited for the lock.
            if not self.is_ready():
                self._build()
        return self

    @contextmanager
    def _lock(self) -> Iterator[None]:
        lock_path = self.cache_root / f".{self.path.name}.lock"
        with lock_path.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _build(self) -> None:
        # Only the lock holder builds, so any leftover temp dir or markerless venv is debris.
        for stale in self.cache_root.glob(f".{self.path.name}.*.tmp"):
            shutil.rmtree(stale, ignore_errors=True)
        shutil.rmtree(self.path, ignore_errors=True)

        staging = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.cache_root))
        try:
            _run([sys.executable, "-m", "venv", str(staging)], "creating the venv", timeout=300.0)
            # Invoke pip as a module: console scripts carry the staging path in their shebang.
            _run(
                [
                    str(staging / "bin" / "python"),
                    "-m",
                    "pip",
                    "install",
                    "--no-input",
                    "--disable-pip-version-check",
                    "--progress-bar",
                    "off",
                    *self.requirements,
                ],
                f"pip install {' '.join(self.requirements)}",
                timeout=self.install_timeout_s,
            )
            (staging / MARKER_NAME).write_text(json.dumps({"requirements": list(self.requirements)}) + "\n")
            staging.rename(self.path)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _run(command: Sequence[str], what: str, *, timeout: float) -> None:
    try:
        completed = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PeerUnavailable(f"{what} timed out after {timeout:.0f}s{_tail(exc.output)}") from exc
    except OSError as exc:
        raise PeerUnavailable(f"{what} could not start: {exc}") from exc
    if completed.returncode != 0:
        raise PeerUnavailable(f"{what} failed (exit {completed.returncode}){_tail(completed.stdout)}")


def _tail(output: str | bytes | None) -> str:
    if isinstance(output, bytes):
        output = output.decode(errors="replace")
    lines = (output or "").strip().splitlines()[-_TAIL_LINES:]
    return ":\n" + "\n".join(lines) if lines else ""

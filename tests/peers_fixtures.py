"""Pytest fixtures for third-party peers (imported by tests/conftest.py).

A peer that cannot be provisioned here (no package registry, pip failure) skips
the tests using it; any other error is a real failure.
"""

from __future__ import annotations

import pytest

from conformance.peers.openleadr import OpenleadrPeer
from conformance.peers.venv import PeerUnavailable


@pytest.fixture(scope="session")
def openleadr_peer() -> OpenleadrPeer:
    """The openleadr 0.5.36 peer; its venv is built on first use and cached across runs."""
    try:
        return OpenleadrPeer()
    except PeerUnavailable as exc:
        pytest.skip(f"openleadr peer unavailable: {exc.reason}")

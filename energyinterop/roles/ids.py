"""Identifier factories: injected so tests are deterministic and the roles hold no global state."""

from __future__ import annotations

import uuid
from typing import Protocol


class IdFactory(Protocol):
    """Returns a fresh identifier of one kind: ``ven``, ``registration``, ``request``,
    ``event``, ``report_request``, ``report``, ``opt``."""

    def __call__(self, kind: str) -> str: ...


class SequentialIds:
    """``<prefix><kind>-<n>`` with one counter per kind: readable, repeatable ids for tests."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self._counters: dict[str, int] = {}

    def __call__(self, kind: str) -> str:
        n = self._counters.get(kind, 0) + 1
        self._counters[kind] = n
        return f"{self.prefix}{kind}-{n}"


def random_ids(kind: str) -> str:
    """Production default: a random hex id (no state to persist, no collision to manage)."""
    return uuid.uuid4().hex[:20]

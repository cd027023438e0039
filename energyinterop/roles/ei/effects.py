"""Typed records of what the EI VTN did (logs, metrics, tests); they never drive the protocol."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Recorded:
    """Objects a request created, changed or cancelled (``service`` is the EI service)."""

    service: str  # e.g. "EiTender"
    action: str  # "created", "changed", "cancelled", "received"
    party_id: str
    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Replayed:
    """A repeated request: the stored reply was sent again, nothing was done."""

    payload: str
    party_id: str
    key: str

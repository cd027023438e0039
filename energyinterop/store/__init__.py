"""Storage: one interface (:class:`Store`), several backends."""

from energyinterop.store.base import (
    Conflict,
    EventRecord,
    OptResponse,
    OptSchedule,
    QueuedMessage,
    ReportData,
    ReportRegistration,
    ReportRequest,
    Store,
    StoreError,
    StoreStats,
    VenRecord,
)
from energyinterop.store.memory import MemoryStore

__all__ = [
    "Conflict",
    "EventRecord",
    "MemoryStore",
    "OptResponse",
    "OptSchedule",
    "QueuedMessage",
    "ReportData",
    "ReportRegistration",
    "ReportRequest",
    "Store",
    "StoreError",
    "StoreStats",
    "VenRecord",
]

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
from energyinterop.store.factory import open_store
from energyinterop.store.memory import MemoryStore
from energyinterop.store.migrations import SchemaTooNew

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
    "SchemaTooNew",
    "Store",
    "StoreError",
    "StoreStats",
    "VenRecord",
    "open_store",
]

"""The embeddable VEN library: :class:`VenClient` drives the VEN role over simple HTTP."""

from energyinterop.roles.ven import VenConfig
from energyinterop.ven.client import VenClient
from energyinterop.ven.reports import telemetry_report

__all__ = ["VenClient", "VenConfig", "telemetry_report"]

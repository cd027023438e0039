"""The embeddable VEN library: :class:`VenClient` drives the VEN role over simple HTTP."""

from energyinterop.roles.ven import VenConfig
from energyinterop.ven.client import VenClient
from energyinterop.ven.reports import telemetry_report
from energyinterop.ven.soap import EiSoapClient, SoapCallFailed

__all__ = ["EiSoapClient", "SoapCallFailed", "VenClient", "VenConfig", "telemetry_report"]

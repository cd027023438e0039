"""The VTN and VEN roles of OpenADR 2.0b / EI 1.0, sans-IO.

A decoded message, ``now`` and (for the VTN) the store go in; an :class:`Outcome` with the
reply and typed effects comes out. No sockets, no clock, no global state: the transport
layer drives them.
"""

from energyinterop.roles.context import VtnConfig
from energyinterop.roles.effects import Outcome
from energyinterop.roles.errors import Code, OperatorError, ProtocolError
from energyinterop.roles.events import event_status, signal, target
from energyinterop.roles.ids import IdFactory, SequentialIds, random_ids
from energyinterop.roles.messages import service_of
from energyinterop.roles.ven import Ven, VenConfig
from energyinterop.roles.ven_state import VenState
from energyinterop.roles.vtn import Vtn

__all__ = ["Code", "IdFactory", "OperatorError", "Outcome", "ProtocolError", "SequentialIds", "Ven", "VenConfig",
           "VenState", "Vtn", "VtnConfig", "event_status", "random_ids", "service_of", "signal", "target"]

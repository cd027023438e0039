"""Full EI 1.0: typed payloads of every service, with EMIX and WS-Calendar, and their codec.

    from energyinterop.ei import ei_codec
    message = ei_codec().decode(data)   # e.g. an EiCreateTender

The classes are generated from ``schemas/ei`` (see :mod:`energyinterop.ei._model`); the
EMIX and TEMIX part of the same model is also reachable as the :mod:`emix` package.
"""

from energyinterop.codec import EICodec, ei_codec
from energyinterop.ei._model import *  # noqa: F403 - the generated model is the public API
from energyinterop.ei._model import __all__ as _model_names

__all__ = ["EICodec", "ei_codec", *_model_names]

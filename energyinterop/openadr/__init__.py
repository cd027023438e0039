"""The OpenADR 2.0b profile: typed messages and the codec for ``oadrPayload`` documents.

    from energyinterop.openadr import openadr_codec, OadrPoll
    codec = openadr_codec()
    data = codec.encode_message(OadrPoll(ven_id="ven-1", schema_version="2.0b"))
    message = codec.decode_message(data)

The classes are generated from ``schemas/openadr`` (see :mod:`energyinterop.openadr._model`).
"""

from energyinterop.codec import OpenADRCodec, message_of, openadr_codec
from energyinterop.openadr._model import *  # noqa: F403 - the generated model is the public API
from energyinterop.openadr._model import __all__ as _model_names

__all__ = ["OpenADRCodec", "message_of", "openadr_codec", *_model_names]

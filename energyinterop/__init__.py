"""Energy Interoperation 1.0, EMIX / TEMIX and OpenADR 2.0b for Python."""

from energyinterop.xml.errors import (
    CodecError,
    DocumentTooLarge,
    EncodeError,
    HostileDocument,
    MalformedDocument,
    ResponseCode,
    SchemaViolation,
    UnsupportedValue,
)

__all__ = [
    "CodecError",
    "DocumentTooLarge",
    "EncodeError",
    "HostileDocument",
    "MalformedDocument",
    "ResponseCode",
    "SchemaViolation",
    "UnsupportedValue",
]
__version__ = "0.1.0"

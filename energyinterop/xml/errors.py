"""Typed codec errors. Each carries the EI / OpenADR response code a server answers with."""

from __future__ import annotations

from enum import IntEnum


class ResponseCode(IntEnum):
    """The EI 1.0 / OpenADR 2.0b response codes (one table for the codec, roles and transports)."""

    OK = 200
    BAD_REQUEST = 400
    FORBIDDEN = 403
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    OUT_OF_SEQUENCE = 450
    NOT_ALLOWED = 451
    INVALID_ID = 452
    NOT_RECOGNIZED = 453
    INVALID_DATA = 454
    COMPLIANCE_ERROR = 459
    SIGNAL_NOT_SUPPORTED = 460
    REPORT_NOT_SUPPORTED = 461
    TARGET_MISMATCH = 462
    NOT_REGISTERED_OR_AUTHORIZED = 463
    OTHER_ERROR = 469


class CodecError(Exception):
    """A document could not be read or written.

    ``line`` and ``path`` locate the problem in the document when known; ``code`` is the
    response code to answer with; ``http_status`` the status a simple-HTTP server returns.
    """

    code: ResponseCode = ResponseCode.BAD_REQUEST
    http_status: int = 400

    def __init__(self, reason: str, *, line: int | None = None, path: str | None = None) -> None:
        self.reason = reason
        self.line = line
        self.path = path
        super().__init__(self.describe())

    def describe(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.path:
            where.append(self.path)
        prefix = f"{', '.join(where)}: " if where else ""
        return f"{prefix}{self.reason}"


class MalformedDocument(CodecError):
    """Not well-formed XML, empty, truncated, or not UTF-8."""


class HostileDocument(CodecError):
    """A DOCTYPE, entity declaration or other construct that the codec never processes."""


class DocumentTooLarge(CodecError):
    """Over the size cap or the nesting-depth cap."""

    http_status = 413


class SchemaViolation(CodecError):
    """Well-formed but not valid against the compiled schema set."""

    code = ResponseCode.INVALID_DATA


class UnsupportedValue(CodecError):
    """Valid against the schema but not representable without loss (e.g. a calendar-month duration)."""

    code = ResponseCode.INVALID_DATA


class NotRecognized(CodecError):
    """A valid document whose root element is not a message or document this codec maps."""

    code = ResponseCode.NOT_RECOGNIZED


class EncodeError(CodecError, ValueError):
    """A message object that would not encode to a schema-valid document."""

    code = ResponseCode.OTHER_ERROR
    http_status = 500

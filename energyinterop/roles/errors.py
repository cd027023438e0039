"""Response codes of EI 1.0 / OpenADR 2.0b and the one exception the roles turn into replies."""

from __future__ import annotations

from energyinterop.xml.errors import ResponseCode

# The one table of response codes; the roles' name for it.
Code = ResponseCode


DESCRIPTIONS: dict[Code, str] = {
    Code.OK: "OK",
    Code.OUT_OF_SEQUENCE: "Out of sequence",
    Code.NOT_ALLOWED: "Not allowed",
    Code.INVALID_ID: "Invalid ID",
    Code.NOT_RECOGNIZED: "Not recognized",
    Code.INVALID_DATA: "Invalid data",
    Code.COMPLIANCE_ERROR: "Compliance error",
    Code.SIGNAL_NOT_SUPPORTED: "Signal not supported",
    Code.REPORT_NOT_SUPPORTED: "Report not supported",
    Code.TARGET_MISMATCH: "Target mismatch",
    Code.NOT_REGISTERED_OR_AUTHORIZED: "Not registered or authorized",
    Code.OTHER_ERROR: "Other error",
}


class ProtocolError(Exception):
    """A request the role refuses: raised inside a handler, answered as an error reply.

    Handlers raise it instead of building error replies themselves so every service
    answers errors the same way (see :func:`energyinterop.roles.messages.error_reply`).
    """

    def __init__(self, code: Code, description: str | None = None) -> None:
        self.code = code
        self.description = description or DESCRIPTIONS.get(code, code.name)
        super().__init__(f"{int(code)} {self.description}")


class OperatorError(ValueError):
    """An operator-side call that cannot be done (unknown event, VEN not registered...).

    Raised, not answered: the operator API is called by our own code, not by a peer.
    """

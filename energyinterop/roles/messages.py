"""Small builders and accessors shared by the services of both roles."""

from __future__ import annotations

from typing import Any

from energyinterop.openadr import (
    EiCreatedEvent,
    EiResponse,
    OadrCanceledOpt,
    OadrCanceledPartyRegistration,
    OadrCanceledReport,
    OadrCreatedEvent,
    OadrCreatedOpt,
    OadrCreatedPartyRegistration,
    OadrCreatedReport,
    OadrDistributeEvent,
    OadrPendingReports,
    OadrProfile,
    OadrProfiles,
    OadrProfilesOadrProfile,
    OadrRegisteredReport,
    OadrResponse,
    OadrTransport,
    OadrTransports,
    OadrTransportsOadrTransport,
    OadrUpdatedReport,
    openadr_codec,
)
from energyinterop.roles.errors import DESCRIPTIONS, Code

SCHEMA_VERSION = "2.0b"

# The simple-HTTP endpoint (service) each message is posted to.
_SERVICES = {
    "EiEvent": ("OadrDistributeEvent", "OadrCreatedEvent", "OadrRequestEvent"),
    "EiOpt": ("OadrCreateOpt", "OadrCreatedOpt", "OadrCancelOpt", "OadrCanceledOpt"),
    "EiReport": ("OadrRegisterReport", "OadrRegisteredReport", "OadrCreateReport", "OadrCreatedReport",
                 "OadrUpdateReport", "OadrUpdatedReport", "OadrCancelReport", "OadrCanceledReport"),
    "EiRegisterParty": ("OadrQueryRegistration", "OadrCreatePartyRegistration", "OadrCreatedPartyRegistration",
                        "OadrCancelPartyRegistration", "OadrCanceledPartyRegistration",
                        "OadrRequestReregistration"),
    "OadrPoll": ("OadrPoll",),
}
SERVICE_OF_TYPE = {name: service for service, names in _SERVICES.items() for name in names}


def service_of(message: Any, answering: Any | None = None) -> str:
    """The service (simple-HTTP endpoint) a message goes to. An oadrResponse goes to the
    service of the message it answers (``answering``), EiEvent when unknown."""
    name = type(message).__name__
    if name == "OadrResponse":
        return SERVICE_OF_TYPE.get(type(answering).__name__, "EiEvent") if answering is not None else "EiEvent"
    return SERVICE_OF_TYPE[name]


def ei_response(request_id: str, code: Code = Code.OK, description: str | None = None) -> EiResponse:
    return EiResponse(response_code=str(int(code)), response_description=description or DESCRIPTIONS.get(code),
                      request_id=request_id)


def oadr_response(request_id: str, ven_id: str | None, code: Code = Code.OK,
                  description: str | None = None) -> OadrResponse:
    return OadrResponse(ei_response=ei_response(request_id, code, description), ven_id=ven_id,
                        schema_version=SCHEMA_VERSION)


def profiles(profile: str = SCHEMA_VERSION, transports: tuple[str, ...] = ("simpleHttp",)) -> OadrProfiles:
    """The oadrProfiles block of oadrCreatedPartyRegistration."""
    return OadrProfiles(oadr_profile=[OadrProfilesOadrProfile(
        oadr_profile_name=OadrProfile(profile),
        oadr_transports=OadrTransports(oadr_transport=[
            OadrTransportsOadrTransport(oadr_transport_name=OadrTransport(t)) for t in transports]))])


def request_id_of(message: Any) -> str:
    """The requestID a reply echoes ("" when the message has none, e.g. oadrPoll)."""
    name = type(message).__name__
    if name == "OadrCreatedEvent":
        return message.ei_created_event.ei_response.request_id
    if name == "OadrRequestEvent":
        return message.ei_request_event.request_id
    request_id = getattr(message, "request_id", None)
    if request_id is None and getattr(message, "ei_response", None) is not None:
        request_id = message.ei_response.request_id
    return request_id or ""


def ven_id_of(message: Any) -> str | None:
    """The venID a message claims, wherever its type keeps it."""
    name = type(message).__name__
    if name == "OadrCreatedEvent":
        return message.ei_created_event.ven_id
    if name == "OadrRequestEvent":
        return message.ei_request_event.ven_id
    return getattr(message, "ven_id", None)


def response_code_of(message: Any) -> str | None:
    """The eiResponse code of a reply (None when the message carries none)."""
    if type(message).__name__ == "OadrCreatedEvent":
        return message.ei_created_event.ei_response.response_code
    response = getattr(message, "ei_response", None)
    return response.response_code if response is not None else None


def error_reply(message: Any, code: Code, description: str | None, *, vtn_id: str, ven_id: str | None,
                request_id: str, profile: str = SCHEMA_VERSION,
                transports: tuple[str, ...] = ("simpleHttp",)) -> Any:
    """The reply type that answers ``message``, carrying the error code.

    Each request has its own reply type with an eiResponse; where there is none (oadrPoll,
    an acknowledgement, a message we do not recognise) the reply is an oadrResponse.
    """
    echo = request_id_of(message)
    response = ei_response(echo, code, description)
    name = type(message).__name__
    v = SCHEMA_VERSION
    if name in ("OadrQueryRegistration", "OadrCreatePartyRegistration"):
        return OadrCreatedPartyRegistration(ei_response=response, vtn_id=vtn_id,
                                            oadr_profiles=profiles(profile, transports), schema_version=v)
    if name == "OadrCancelPartyRegistration":
        return OadrCanceledPartyRegistration(ei_response=response, registration_id=message.registration_id,
                                             ven_id=ven_id, schema_version=v)
    if name == "OadrRequestEvent":
        return OadrDistributeEvent(ei_response=response, request_id=request_id, vtn_id=vtn_id, schema_version=v)
    if name == "OadrDistributeEvent":  # a VEN refusing a distribution
        return OadrCreatedEvent(ei_created_event=EiCreatedEvent(ei_response=response, ven_id=ven_id or ""),
                                schema_version=v)
    if name == "OadrRegisterReport":
        return OadrRegisteredReport(ei_response=response, ven_id=ven_id, schema_version=v)
    if name == "OadrCreateReport":
        return OadrCreatedReport(ei_response=response, oadr_pending_reports=OadrPendingReports(),
                                 ven_id=ven_id, schema_version=v)
    if name == "OadrUpdateReport":
        return OadrUpdatedReport(ei_response=response, ven_id=ven_id, schema_version=v)
    if name == "OadrCancelReport":
        return OadrCanceledReport(ei_response=response, oadr_pending_reports=OadrPendingReports(),
                                  ven_id=ven_id, schema_version=v)
    if name == "OadrCreateOpt":
        return OadrCreatedOpt(ei_response=response, opt_id=message.opt_id, schema_version=v)
    if name == "OadrCancelOpt":
        return OadrCanceledOpt(ei_response=response, opt_id=message.opt_id, schema_version=v)
    return OadrResponse(ei_response=response, ven_id=ven_id, schema_version=v)


def encode(message: Any) -> bytes:
    """The bytes of a message in its oadrPayload envelope (what queues and stores keep)."""
    return openadr_codec().encode_message(message)


def decode(document: bytes) -> Any:
    return openadr_codec().decode_message(document)

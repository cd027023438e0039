"""Interoperability with openleadr 0.5.36, a real OpenADR 2.0b implementation.

Two directions, each over all 23 message types of ``oadrSignedObject``:

* **Ours -> theirs.** Every message type is built from scratch with our typed model
  (realistic, feature-rich instances: baselines, resource status, service-specific info,
  extensions, signed-object ids ...), encoded, and the bytes are validated against
  openleadr's own bundle of the official OpenADR 2.0b schemas as well as ours; they
  decode back to an equal object, and openleadr's ``parse_message`` reads them as the
  right message type.
* **Theirs -> ours -> theirs.** Every document openleadr's ``create_message`` renders
  decodes with our codec; our re-encoding is accepted by both schema sets, decodes to an
  object equal to the first decode, and openleadr's ``parse_message`` gives exactly the
  same result for our re-encoding as for its own original.

openleadr's parse output is compared as produced (no field normalisation): both sides of
the comparison come from the same parser, so its number guessing (``"1"`` -> ``1.0``),
datetime and duration handling apply equally to both. The parse+create data losses known
for ``oadrCreateOpt``, ``oadrDistributeEvent`` (tolerance and ramp periods) and
``oadrUpdatedReport`` do not matter here: only ``parse_message`` is compared.

All openleadr documents are parsed in one driver process (``parse_many``), so the module
costs two peer round trips however many documents it checks.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from lxml import etree

from conformance.peers.openleadr import OpenleadrPeer, run_driver
from energyinterop import SchemaViolation
from energyinterop.openadr import (
    Available,
    ArrayOfVavailabilityContainedComponents,
    CurrencyItemDescription,
    CurrencyPerKWh,
    CurrentValue,
    DurationProp,
    Dtstart,
    EiActivePeriod,
    EiCreatedEvent,
    EiEvent,
    EiEventBaseline,
    EiEventSignal,
    EiEventSignals,
    EiMarketContext,
    EiRequestEvent,
    EiResponse,
    EiTarget,
    EndDeviceAsset,
    EnergyReal,
    EventDescriptor,
    EventResponse,
    EventResponses,
    EventStatusEnumerated,
    Interval,
    Intervals,
    ISO3AlphaCurrencyCodeContent,
    ItemUnits,
    MeterAsset,
    OadrCancelOpt,
    OadrCancelPartyRegistration,
    OadrCancelReport,
    OadrCanceledOpt,
    OadrCanceledPartyRegistration,
    OadrCanceledReport,
    OadrCreateOpt,
    OadrCreatePartyRegistration,
    OadrCreateReport,
    OadrCreatedEvent,
    OadrCreatedOpt,
    OadrCreatedPartyRegistration,
    OadrCreatedReport,
    OadrDataQuality,
    OadrDistributeEvent,
    OadrEvent,
    OadrExtension,
    OadrExtensions,
    OadrInfo,
    OadrLoadControlState,
    OadrLoadControlStateType,
    OadrPayloadResourceStatus,
    OadrPendingReports,
    OadrPoll,
    OadrProfile,
    OadrProfiles,
    OadrProfilesOadrProfile,
    OadrQueryRegistration,
    OadrRegisterReport,
    OadrRegisteredReport,
    OadrReport,
    OadrReportDescription,
    OadrReportPayload,
    OadrReportRequest,
    OadrRequestEvent,
    OadrRequestReregistration,
    OadrResponse,
    OadrSamplingRate,
    OadrService,
    OadrServiceName,
    OadrServiceSpecificInfo,
    OadrSignedObject,
    OadrTransport,
    OadrTransports,
    OadrTransportsOadrTransport,
    OadrUpdateReport,
    OadrUpdatedReport,
    OptReasonEnumerated,
    OptType,
    PayloadFloat,
    PowerAttributes,
    PowerReal,
    Properties,
    QualifiedEventID,
    ReadingTypeEnumerated,
    ReportEnumerated,
    ReportNameEnumerated,
    ReportSpecifier,
    ResponseRequired,
    SignalPayload,
    SignalTypeEnumerated,
    SiScaleCode,
    SpecifierPayload,
    Temperature,
    TemperatureUnit,
    Tolerance,
    Tolerate,
    Uid,
    Vavailability,
    Voltage,
    WsCalendarInterval,
    openadr_codec,
)
from energyinterop.xml.anyelement import AnyElement

OADR_NS = "http://openadr.org/oadr-2.0b/2012/07"
XCAL_NS = "urn:ietf:params:xml:ns:icalendar-2.0"

# The 23 message types: every field of oadrSignedObject but its Id attribute.
MESSAGE_TYPES: frozenset[str] = frozenset(
    # oadr_create_party_registration -> oadrCreatePartyRegistration
    "oadr" + "".join(part.title() for part in f.name.split("_")[1:])
    for f in dataclasses.fields(OadrSignedObject)
    if f.name != "id"
)

# ---------------------------------------------------------------------------------------
# Messages built from scratch with our typed model. Deterministic values throughout.
# ---------------------------------------------------------------------------------------

VEN_ID = "ven-7f3a9c"
VTN_ID = "vtn-pacific-utility"
REGISTRATION_ID = "reg-5521"
MARKET_CONTEXT = "http://market.example.org/ca/critical-peak"
SCHEMA_VERSION = "2.0b"
CREATED = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)
EVENT_START = datetime(2024, 7, 1, 17, 0, tzinfo=UTC)
QUARTER = timedelta(minutes=15)


def _response(request_id: str, code: str = "200", description: str | None = "OK") -> EiResponse:
    return EiResponse(response_code=code, response_description=description, request_id=request_id)


def _duration(value: timedelta) -> DurationProp:
    return DurationProp(duration=value)


def _properties(start: datetime, duration: timedelta) -> Properties:
    return Properties(dtstart=Dtstart(date_time=start), duration=_duration(duration))


def _real_power() -> PowerReal:
    attributes = PowerAttributes(hertz=Decimal("60"), voltage=Decimal("240"), ac=True)
    return PowerReal(item_units=ItemUnits.W, si_scale_code=SiScaleCode.k, power_attributes=attributes)


def _real_energy() -> EnergyReal:
    return EnergyReal(si_scale_code=SiScaleCode.k)


def _intervals(start: datetime, step: timedelta, values: list[str]) -> Intervals:
    """Signal intervals with uids 0..n-1, as OpenADR VTNs send them."""
    return Intervals(
        interval=[
            Interval(
                dtstart=Dtstart(date_time=start + index * step),
                duration=_duration(step),
                uid=Uid(text=str(index)),
                stream_payload_base=[SignalPayload(payload_base=PayloadFloat(value=Decimal(value)))],
            )
            for index, value in enumerate(values)
        ]
    )


def _critical_peak_event() -> OadrEvent:
    """A rich event: every descriptor field, all active-period properties, four signals
    (level, price with a currency unit, setpoint with its own target, temperature offset)
    and a baseline."""
    descriptor = EventDescriptor(
        event_id="evt-cpp-2024-07-01",
        modification_number=1,
        modification_date_time=CREATED + timedelta(minutes=5),
        modification_reason="extended by one hour",
        priority=1,
        ei_market_context=EiMarketContext(market_context=MARKET_CONTEXT),
        created_date_time=CREATED,
        event_status=EventStatusEnumerated.far,
        test_event="false",
        vtn_comment="critical peak pricing day",
    )
    active_period = EiActivePeriod(
        properties=Properties(
            dtstart=Dtstart(date_time=EVENT_START),
            duration=_duration(timedelta(hours=1)),
            tolerance=Tolerance(tolerate=Tolerate(startafter=timedelta(minutes=5))),
            x_ei_notification=_duration(timedelta(hours=12)),
            x_ei_ramp_up=_duration(timedelta(minutes=10)),
            x_ei_recovery=_duration(timedelta(minutes=20)),
        ),
        components=AnyElement(xml=f'<components xmlns="{XCAL_NS}"></components>'),
    )
    signals = [
        EiEventSignal(
            intervals=_intervals(EVENT_START, QUARTER, ["1", "2", "3", "1"]),
            signal_name="SIMPLE",
            signal_type=SignalTypeEnumerated.level,
            signal_id="sig-simple",
            current_value=CurrentValue(payload_float=PayloadFloat(value=Decimal("0"))),
        ),
        EiEventSignal(
            intervals=_intervals(EVENT_START, 2 * QUARTER, ["0.45", "0.62"]),
            signal_name="ELECTRICITY_PRICE",
            signal_type=SignalTypeEnumerated.price,
            signal_id="sig-price",
            item_base=CurrencyPerKWh(
                item_description=CurrencyItemDescription.currencyPerKWh,
                item_units=ISO3AlphaCurrencyCodeContent.USD,
                si_scale_code=SiScaleCode.none,
            ),
        ),
        EiEventSignal(
            intervals=_intervals(EVENT_START, timedelta(hours=1), ["-2.5"]),
            ei_target=EiTarget(resource_id=["battery-1"]),
            signal_name="LOAD_DISPATCH",
            signal_type=SignalTypeEnumerated.setpoint,
            signal_id="sig-dispatch",
            item_base=_real_power(),
        ),
        EiEventSignal(
            intervals=_intervals(EVENT_START, timedelta(hours=1), ["2"]),
            signal_name="LOAD_CONTROL",
            signal_type=SignalTypeEnumerated.x_loadControlLevelOffset,
            signal_id="sig-thermostat",
            item_base=Temperature(item_units=TemperatureUnit.celsius, si_scale_code=SiScaleCode.none),
        ),
    ]
    baseline = EiEventBaseline(
        dtstart=Dtstart(date_time=EVENT_START),
        duration=_duration(timedelta(hours=1)),
        intervals=_intervals(EVENT_START, 2 * QUARTER, ["12.5", "13.0"]),
        baseline_id="baseline-1",
        resource_id=["res-meter-1"],
        baseline_name="10-in-10 baseline",
        item_base=_real_energy(),
    )
    target = EiTarget(
        end_device_asset=[EndDeviceAsset(mrid="Thermostat")],
        group_id=["group-residential"],
        resource_id=["res-meter-1", "battery-1"],
        ven_id=[VEN_ID],
    )
    event = EiEvent(
        event_descriptor=descriptor,
        ei_active_period=active_period,
        ei_event_signals=EiEventSignals(ei_event_signal=signals, ei_event_baseline=baseline),
        ei_target=target,
    )
    return OadrEvent(ei_event=event, oadr_response_required=ResponseRequired.always)


def _test_event() -> OadrEvent:
    """A minimal test event that needs no response."""
    descriptor = EventDescriptor(
        event_id="evt-test-7",
        modification_number=0,
        ei_market_context=EiMarketContext(market_context=MARKET_CONTEXT),
        created_date_time=CREATED,
        event_status=EventStatusEnumerated.none,
        test_event="true",
    )
    event = EiEvent(
        event_descriptor=descriptor,
        ei_active_period=EiActivePeriod(
            properties=_properties(EVENT_START + timedelta(days=1), timedelta(hours=2)),
            components=AnyElement(xml=f'<components xmlns="{XCAL_NS}"></components>'),
        ),
        ei_event_signals=EiEventSignals(
            ei_event_signal=[
                EiEventSignal(
                    intervals=_intervals(EVENT_START + timedelta(days=1), timedelta(hours=2), ["1"]),
                    signal_name="simple",
                    signal_type=SignalTypeEnumerated.level,
                    signal_id="sig-test",
                )
            ]
        ),
        ei_target=EiTarget(ven_id=[VEN_ID]),
    )
    return OadrEvent(ei_event=event, oadr_response_required=ResponseRequired.never)


def _sampling_rate() -> OadrSamplingRate:
    return OadrSamplingRate(
        oadr_min_period=timedelta(minutes=1), oadr_max_period=timedelta(minutes=15), oadr_on_change=False
    )


def _report_descriptions() -> list[OadrReportDescription]:
    subject = EiTarget(meter_asset=[MeterAsset(mrid="meter-0042")])
    source = EiTarget(resource_id=["res-meter-1"])
    return [
        OadrReportDescription(
            r_id="rid-power",
            report_subject=subject,
            report_data_source=source,
            report_type=ReportEnumerated.usage.value,
            item_base=_real_power(),
            reading_type=ReadingTypeEnumerated.Direct_Read.value,
            market_context=MARKET_CONTEXT,
            oadr_sampling_rate=_sampling_rate(),
        ),
        OadrReportDescription(
            r_id="rid-energy",
            report_data_source=source,
            report_type=ReportEnumerated.usage.value,
            item_base=_real_energy(),
            reading_type=ReadingTypeEnumerated.Net.value,
            oadr_sampling_rate=_sampling_rate(),
        ),
        OadrReportDescription(
            r_id="rid-voltage",
            report_data_source=source,
            report_type=ReportEnumerated.reading.value,
            item_base=Voltage(si_scale_code=SiScaleCode.none),
            reading_type=ReadingTypeEnumerated.Direct_Read.value,
            oadr_sampling_rate=_sampling_rate(),
        ),
    ]


def _report_request(request_id: str) -> OadrReportRequest:
    specifier = ReportSpecifier(
        report_specifier_id="spec-telemetry-usage",
        granularity=_duration(QUARTER),
        report_back_duration=_duration(timedelta(hours=1)),
        report_interval=WsCalendarInterval(properties=_properties(EVENT_START, timedelta(hours=4))),
        specifier_payload=[
            SpecifierPayload(r_id="rid-power", item_base=_real_power(), reading_type="Direct Read"),
            SpecifierPayload(r_id="rid-energy", reading_type="Net"),
        ],
    )
    return OadrReportRequest(report_request_id=request_id, report_specifier=specifier)


def _telemetry_report() -> OadrReport:
    """Four quarter-hour intervals: power and energy readings, then a resource status."""

    def interval(index: int, payload: OadrReportPayload) -> Interval:
        return Interval(
            dtstart=Dtstart(date_time=EVENT_START + index * QUARTER),
            duration=_duration(QUARTER),
            stream_payload_base=[payload],
        )

    status = OadrPayloadResourceStatus(
        oadr_online=True,
        oadr_manual_override=False,
        oadr_load_control_state=OadrLoadControlState(
            oadr_set_point=OadrLoadControlStateType(
                oadr_min=Decimal("18"),
                oadr_max=Decimal("26"),
                oadr_current=Decimal("22.5"),
                oadr_normal=Decimal("21"),
            )
        ),
    )
    readings = [
        ("rid-power", PayloadFloat(value=Decimal("3.25"))),
        ("rid-energy", PayloadFloat(value=Decimal("0.8125"))),
        ("rid-power", PayloadFloat(value=Decimal("2.75"))),
        ("rid-status", status),
    ]
    intervals = [
        interval(
            index,
            OadrReportPayload(
                r_id=r_id,
                confidence=100,
                accuracy=Decimal("0.5"),
                payload_base=payload,
                oadr_data_quality=OadrDataQuality.Quality_Good_Non_Specific.value,
            ),
        )
        for index, (r_id, payload) in enumerate(readings)
    ]
    return OadrReport(
        dtstart=Dtstart(date_time=EVENT_START),
        duration=_duration(timedelta(hours=1)),
        intervals=Intervals(interval=intervals),
        ei_report_id="report-2024-07-01-17",
        report_request_id="rr-telemetry",
        report_specifier_id="spec-telemetry-usage",
        report_name=ReportNameEnumerated.TELEMETRY_USAGE.value,
        created_date_time=EVENT_START + timedelta(hours=1),
    )


def _vavailability() -> Vavailability:
    return Vavailability(
        components=ArrayOfVavailabilityContainedComponents(
            available=[
                Available(properties=_properties(EVENT_START, timedelta(hours=2))),
                Available(properties=_properties(EVENT_START + timedelta(days=1), timedelta(hours=3))),
            ]
        )
    )


def _scratch_messages() -> dict[str, Any]:
    """One message per type, built with our classes."""
    pending = OadrPendingReports(report_request_id=["rr-telemetry", "rr-status"])
    return {
        "oadrCancelOpt": OadrCancelOpt(
            request_id="req-cancel-opt", opt_id="opt-77", ven_id=VEN_ID, schema_version=SCHEMA_VERSION
        ),
        "oadrCancelPartyRegistration": OadrCancelPartyRegistration(
            request_id="req-cancel-reg", registration_id=REGISTRATION_ID, ven_id=VEN_ID, schema_version=SCHEMA_VERSION
        ),
        "oadrCancelReport": OadrCancelReport(
            request_id="req-cancel-report",
            report_request_id=["rr-telemetry", "rr-status"],
            report_to_follow=True,
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrCanceledOpt": OadrCanceledOpt(
            ei_response=_response("req-cancel-opt"), opt_id="opt-77", schema_version=SCHEMA_VERSION
        ),
        "oadrCanceledPartyRegistration": OadrCanceledPartyRegistration(
            ei_response=_response("req-cancel-reg"),
            registration_id=REGISTRATION_ID,
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrCanceledReport": OadrCanceledReport(
            ei_response=_response("req-cancel-report"),
            oadr_pending_reports=pending,
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrCreateOpt": OadrCreateOpt(
            opt_id="opt-77",
            opt_type=OptType.optOut,
            opt_reason=OptReasonEnumerated.participating.value,
            market_context=MARKET_CONTEXT,
            ven_id=VEN_ID,
            vavailability=_vavailability(),
            created_date_time=CREATED,
            schema_version=SCHEMA_VERSION,
            request_id="req-create-opt",
            qualified_event_id=QualifiedEventID(event_id="evt-cpp-2024-07-01", modification_number=1),
            ei_target=EiTarget(resource_id=["battery-1"]),
            oadr_device_class=EiTarget(end_device_asset=[EndDeviceAsset(mrid="Energy_Storage")]),
        ),
        "oadrCreatePartyRegistration": OadrCreatePartyRegistration(
            request_id="req-register",
            ven_id=VEN_ID,
            oadr_profile_name=OadrProfile.v2_0b,
            oadr_transport_name=OadrTransport.simpleHttp,
            oadr_transport_address="https://ven.example.org/OpenADR2/Simple/2.0b",
            oadr_report_only=False,
            oadr_xml_signature=False,
            oadr_ven_name="Building 7 VEN",
            oadr_http_pull_model=True,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrCreateReport": OadrCreateReport(
            request_id="req-create-report",
            oadr_report_request=[_report_request("rr-telemetry")],
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrCreatedEvent": OadrCreatedEvent(
            ei_created_event=EiCreatedEvent(
                ei_response=_response("req-distribute"),
                event_responses=EventResponses(
                    event_response=[
                        EventResponse(
                            response_code="200",
                            response_description="OK",
                            request_id="req-distribute",
                            qualified_event_id=QualifiedEventID(event_id="evt-cpp-2024-07-01", modification_number=1),
                            opt_type=OptType.optIn,
                        ),
                        EventResponse(
                            response_code="200",
                            response_description="OK",
                            request_id="req-distribute",
                            qualified_event_id=QualifiedEventID(event_id="evt-test-7", modification_number=0),
                            opt_type=OptType.optOut,
                        ),
                    ]
                ),
                ven_id=VEN_ID,
            ),
            schema_version=SCHEMA_VERSION,
        ),
        "oadrCreatedOpt": OadrCreatedOpt(
            ei_response=_response("req-create-opt"), opt_id="opt-77", schema_version=SCHEMA_VERSION
        ),
        "oadrCreatedPartyRegistration": OadrCreatedPartyRegistration(
            ei_response=_response("req-register"),
            registration_id=REGISTRATION_ID,
            ven_id=VEN_ID,
            vtn_id=VTN_ID,
            oadr_profiles=OadrProfiles(
                oadr_profile=[
                    OadrProfilesOadrProfile(
                        oadr_profile_name=OadrProfile.v2_0b,
                        oadr_transports=OadrTransports(
                            oadr_transport=[
                                OadrTransportsOadrTransport(oadr_transport_name=OadrTransport.simpleHttp),
                                OadrTransportsOadrTransport(oadr_transport_name=OadrTransport.xmpp),
                            ]
                        ),
                    )
                ]
            ),
            oadr_requested_oadr_poll_freq=_duration(timedelta(seconds=30)),
            oadr_service_specific_info=OadrServiceSpecificInfo(
                oadr_service=[
                    OadrService(
                        oadr_service_name=OadrServiceName.EiEvent,
                        oadr_info=[OadrInfo(oadr_key="max-events", oadr_value="16")],
                    )
                ]
            ),
            oadr_extensions=OadrExtensions(
                oadr_extension=[
                    OadrExtension(
                        oadr_extension_name="x-tariff",
                        oadr_info=[OadrInfo(oadr_key="schedule", oadr_value="E-TOU-C")],
                    )
                ]
            ),
            schema_version=SCHEMA_VERSION,
        ),
        "oadrCreatedReport": OadrCreatedReport(
            ei_response=_response("req-create-report"),
            oadr_pending_reports=pending,
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrDistributeEvent": OadrDistributeEvent(
            ei_response=_response("req-poll"),
            request_id="req-distribute",
            vtn_id=VTN_ID,
            oadr_event=[_critical_peak_event(), _test_event()],
            schema_version=SCHEMA_VERSION,
        ),
        "oadrPoll": OadrPoll(ven_id=VEN_ID, schema_version=SCHEMA_VERSION),
        "oadrQueryRegistration": OadrQueryRegistration(request_id="req-query", schema_version=SCHEMA_VERSION),
        "oadrRegisterReport": OadrRegisterReport(
            request_id="req-register-report",
            oadr_report=[
                OadrReport(
                    duration=_duration(timedelta(hours=2)),
                    ei_report_id="report-metadata",
                    oadr_report_description=_report_descriptions(),
                    report_request_id="0",
                    report_specifier_id="spec-telemetry-usage",
                    report_name=ReportNameEnumerated.METADATA_TELEMETRY_USAGE.value,
                    created_date_time=CREATED,
                )
            ],
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrRegisteredReport": OadrRegisteredReport(
            ei_response=_response("req-register-report"),
            oadr_report_request=[_report_request("rr-telemetry")],
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrRequestEvent": OadrRequestEvent(
            ei_request_event=EiRequestEvent(request_id="req-request-event", ven_id=VEN_ID, reply_limit=10),
            schema_version=SCHEMA_VERSION,
        ),
        "oadrRequestReregistration": OadrRequestReregistration(ven_id=VEN_ID, schema_version=SCHEMA_VERSION),
        "oadrResponse": OadrResponse(
            ei_response=_response("req-update-report"), ven_id=VEN_ID, schema_version=SCHEMA_VERSION
        ),
        "oadrUpdateReport": OadrUpdateReport(
            request_id="req-update-report",
            oadr_report=[_telemetry_report()],
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
        "oadrUpdatedReport": OadrUpdatedReport(
            ei_response=_response("req-update-report"),
            oadr_cancel_report=OadrCancelReport(
                request_id="req-cancel-report", report_request_id=["rr-status"], report_to_follow=False, ven_id=VEN_ID
            ),
            ven_id=VEN_ID,
            schema_version=SCHEMA_VERSION,
        ),
    }


SCRATCH_MESSAGES: dict[str, Any] = _scratch_messages()
# Messages sent with an oadrSignedObject Id, as a signing VTN/VEN would.
SIGNED_OBJECT_IDS: dict[str, str] = {"oadrDistributeEvent": "signed-distribute", "oadrUpdateReport": "signed-update"}


def _encode_scratch(message_type: str) -> bytes:
    return openadr_codec().encode_message(
        SCRATCH_MESSAGES[message_type], signed_object_id=SIGNED_OBJECT_IDS.get(message_type)
    )


# ---------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def openleadr_schema(openleadr_peer: OpenleadrPeer) -> etree.XMLSchema:
    """openleadr's bundle of the official OpenADR 2.0b schemas, compiled offline."""
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(openleadr_peer.schema_dir / "oadr_20b.xsd"), parser))


@pytest.fixture(scope="module")
def reencoded_samples(openleadr_peer: OpenleadrPeer) -> dict[str, bytes]:
    """openleadr's sample of each type, decoded and re-encoded by our codec."""
    codec = openadr_codec()
    return {
        message_type: codec.encode(codec.decode(xml.encode()))
        for message_type, xml in openleadr_peer.samples().items()
    }


@pytest.fixture(scope="module")
def openleadr_parses(openleadr_peer: OpenleadrPeer, reencoded_samples: dict[str, bytes]) -> dict[str, dict[str, Any]]:
    """openleadr's parse_message of every document under test, in one driver process.

    Keys: ``original/<type>`` (its own sample), ``ours/<type>`` (our re-encoding of it)
    and ``scratch/<type>`` (our from-scratch message).
    """
    documents: dict[str, str] = {}
    for message_type, xml in openleadr_peer.samples().items():
        documents[f"original/{message_type}"] = xml
        documents[f"ours/{message_type}"] = reencoded_samples[message_type].decode()
    for message_type in SCRATCH_MESSAGES:
        documents[f"scratch/{message_type}"] = _encode_scratch(message_type).decode()
    result: dict[str, dict[str, Any]] = run_driver("parse_many", {"xmls": documents})
    return result


def _validate(schema: etree.XMLSchema, data: bytes) -> None:
    document = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    assert schema.validate(document), f"{schema.error_log}\n{data.decode()}"


# ---------------------------------------------------------------------------------------
# Coverage
# ---------------------------------------------------------------------------------------


def test_message_types_are_the_23_of_openadr_20b() -> None:
    assert len(MESSAGE_TYPES) == 23
    assert "oadrCreatePartyRegistration" in MESSAGE_TYPES


def test_scratch_messages_cover_every_message_type() -> None:
    assert set(SCRATCH_MESSAGES) == MESSAGE_TYPES


@pytest.mark.peer
def test_openleadr_samples_cover_every_message_type(openleadr_peer: OpenleadrPeer) -> None:
    assert set(openleadr_peer.samples()) == MESSAGE_TYPES


@pytest.mark.peer
def test_both_schema_sets_reject_a_broken_document(openleadr_schema: etree.XMLSchema) -> None:
    """Negative control: the validations above are not vacuous."""
    data = _encode_scratch("oadrResponse")
    broken = data.replace(b"<ei:responseCode>200</ei:responseCode>", b"<ei:responseCode>20</ei:responseCode>")
    assert broken != data
    for schema in (openleadr_schema, openadr_codec().schema):
        document = etree.fromstring(broken, etree.XMLParser(resolve_entities=False, no_network=True))
        assert not schema.validate(document)
    with pytest.raises(SchemaViolation):
        openadr_codec().decode(broken)


# ---------------------------------------------------------------------------------------
# Ours -> theirs: messages built with our model
# ---------------------------------------------------------------------------------------


@pytest.mark.peer
@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_scratch_message_is_valid_for_both_schema_sets(
    openleadr_schema: etree.XMLSchema, message_type: str
) -> None:
    data = _encode_scratch(message_type)
    _validate(openleadr_schema, data)
    _validate(openadr_codec().schema, data)


@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_scratch_message_round_trips_through_our_codec(message_type: str) -> None:
    codec = openadr_codec()
    data = _encode_scratch(message_type)
    payload = codec.decode(data)
    assert payload.oadr_signed_object.id == SIGNED_OBJECT_IDS.get(message_type)
    assert codec.decode_message(data) == SCRATCH_MESSAGES[message_type]
    assert codec.encode(payload) == data  # encoding is a fixpoint


@pytest.mark.peer
@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_openleadr_parses_scratch_message(openleadr_parses: dict[str, dict[str, Any]], message_type: str) -> None:
    parsed = openleadr_parses[f"scratch/{message_type}"]
    assert "error" not in parsed, parsed.get("error")
    assert parsed["type"] == message_type


@pytest.mark.peer
def test_openleadr_reads_our_distribute_event(openleadr_parses: dict[str, dict[str, Any]]) -> None:
    """Field-level check of the richest message: openleadr sees what we meant."""
    payload = openleadr_parses["scratch/oadrDistributeEvent"]["payload"]
    assert payload["vtn_id"] == VTN_ID
    assert payload["request_id"] == "req-distribute"
    critical, test = payload["events"]
    descriptor = critical["event_descriptor"]
    assert descriptor["event_id"] == "evt-cpp-2024-07-01"
    assert descriptor["modification_number"] == 1
    assert descriptor["created_date_time"] == "2024-07-01T09:30:00+00:00"
    assert descriptor["market_context"] == MARKET_CONTEXT
    assert critical["active_period"]["dtstart"] == "2024-07-01T17:00:00+00:00"
    assert critical["active_period"]["duration"] == "PT1H"
    # With a baseline present openleadr nests the signals: {"event_signals": [...], "event_baseline": {...}}.
    signals = critical["event_signals"]
    simple, price, dispatch, thermostat = signals["event_signals"]
    assert signals["event_baseline"]["baseline_id"] == "baseline-1"
    assert [interval["signal_payload"] for interval in signals["event_baseline"]["intervals"]] == [12.5, 13.0]
    assert [interval["signal_payload"] for interval in simple["intervals"]] == [1.0, 2.0, 3.0, 1.0]
    assert [interval["duration"] for interval in simple["intervals"]] == ["PT15M"] * 4
    assert [interval["signal_payload"] for interval in price["intervals"]] == [0.45, 0.62]
    assert dispatch["signal_type"] == "setpoint"
    assert [interval["signal_payload"] for interval in dispatch["intervals"]] == [-2.5]
    assert thermostat["signal_type"] == "x-loadControlLevelOffset"
    assert critical["targets_by_type"]["ven_id"] == [VEN_ID]
    assert critical["response_required"] == "always"
    assert test["response_required"] == "never"
    assert test["event_descriptor"]["test_event"] is True


@pytest.mark.peer
def test_openleadr_reads_our_update_report(openleadr_parses: dict[str, dict[str, Any]]) -> None:
    payload = openleadr_parses["scratch/oadrUpdateReport"]["payload"]
    assert payload["ven_id"] == VEN_ID
    (report,) = payload["reports"]
    assert report["report_request_id"] == "rr-telemetry"
    assert report["report_name"] == "TELEMETRY_USAGE"
    readings = [interval["report_payload"] for interval in report["intervals"]]
    assert [reading["r_id"] for reading in readings] == ["rid-power", "rid-energy", "rid-power", "rid-status"]
    assert [reading.get("value") for reading in readings[:3]] == [3.25, 0.8125, 2.75]


@pytest.mark.peer
def test_openleadr_reads_our_created_party_registration(openleadr_parses: dict[str, dict[str, Any]]) -> None:
    payload = openleadr_parses["scratch/oadrCreatedPartyRegistration"]["payload"]
    assert payload["registration_id"] == REGISTRATION_ID
    assert payload["vtn_id"] == VTN_ID
    assert payload["requested_oadr_poll_freq"] == "PT30S"
    assert payload["response"]["response_code"] == 200


# ---------------------------------------------------------------------------------------
# Theirs -> ours -> theirs: openleadr's own documents
# ---------------------------------------------------------------------------------------


@pytest.mark.peer
@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_openleadr_sample_decodes_and_reencodes_faithfully(
    openleadr_peer: OpenleadrPeer,
    openleadr_schema: etree.XMLSchema,
    reencoded_samples: dict[str, bytes],
    message_type: str,
) -> None:
    codec = openadr_codec()
    first = codec.decode(openleadr_peer.samples()[message_type].encode())
    ours = reencoded_samples[message_type]
    # Both schema sets accept our re-encoding ...
    _validate(openleadr_schema, ours)
    _validate(codec.schema, ours)
    # ... it means the same to us, and re-encoding it again changes nothing.
    second = codec.decode(ours)
    assert second == first
    assert type(codec.decode_message(ours)).__name__ == message_type[0].upper() + message_type[1:]
    assert codec.encode(second) == ours


@pytest.mark.peer
@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_openleadr_parses_our_reencoding_like_its_original(
    openleadr_parses: dict[str, dict[str, Any]], message_type: str
) -> None:
    original = openleadr_parses[f"original/{message_type}"]
    ours = openleadr_parses[f"ours/{message_type}"]
    assert "error" not in original, original.get("error")
    assert "error" not in ours, ours.get("error")
    assert original["type"] == message_type
    # Same parser on both sides: no normalisation of its number or date guessing needed.
    assert ours == original

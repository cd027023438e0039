"""Typed model of the openadr schema set.

Generated from schemas/openadr/oadr.xsd by tools/codegen; do not edit by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum

from energyinterop.xml.anyelement import AnyElement

__all__ = [
    "AggregatedPnode",
    "ArrayOfVavailabilityContainedComponents",
    "ArrayofResponses",
    "Available",
    "BaseUnit",
    "Currency",
    "CurrencyItemDescription",
    "CurrencyPerKW",
    "CurrencyPerKWh",
    "CurrencyPerThm",
    "Current",
    "CurrentValue",
    "Dtend",
    "Dtstart",
    "DurationProp",
    "EiActivePeriod",
    "EiCreatedEvent",
    "EiEvent",
    "EiEventBaseline",
    "EiEventSignal",
    "EiEventSignals",
    "EiMarketContext",
    "EiOpt",
    "EiRequestEvent",
    "EiResponse",
    "EiTarget",
    "EndDeviceAsset",
    "EnergyApparent",
    "EnergyItem",
    "EnergyReactive",
    "EnergyReal",
    "EventDescriptor",
    "EventResponse",
    "EventResponses",
    "EventStatusEnumerated",
    "Exterior",
    "FeatureCollection",
    "Frequency",
    "ISO3AlphaCurrencyCodeContent",
    "Interval",
    "Intervals",
    "ItemBase",
    "ItemUnits",
    "LinearRing",
    "Location",
    "MeterAsset",
    "NonceValue",
    "OadrCancelOpt",
    "OadrCancelPartyRegistration",
    "OadrCancelReport",
    "OadrCanceledOpt",
    "OadrCanceledPartyRegistration",
    "OadrCanceledReport",
    "OadrCreateOpt",
    "OadrCreatePartyRegistration",
    "OadrCreateReport",
    "OadrCreatedEvent",
    "OadrCreatedOpt",
    "OadrCreatedPartyRegistration",
    "OadrCreatedReport",
    "OadrCurrency",
    "OadrDataQuality",
    "OadrDistributeEvent",
    "OadrEvent",
    "OadrExtension",
    "OadrExtensions",
    "OadrGBItemBase",
    "OadrGBStreamPayloadBase",
    "OadrInfo",
    "OadrLoadControlState",
    "OadrLoadControlStateType",
    "OadrPayload",
    "OadrPayloadResourceStatus",
    "OadrPendingReports",
    "OadrPoll",
    "OadrProfile",
    "OadrProfiles",
    "OadrProfilesOadrProfile",
    "OadrQueryRegistration",
    "OadrRegisterReport",
    "OadrRegisteredReport",
    "OadrReport",
    "OadrReportDescription",
    "OadrReportPayload",
    "OadrReportRequest",
    "OadrRequestEvent",
    "OadrRequestReregistration",
    "OadrResponse",
    "OadrSamplingRate",
    "OadrService",
    "OadrServiceName",
    "OadrServiceSpecificInfo",
    "OadrSignedObject",
    "OadrTransport",
    "OadrTransports",
    "OadrTransportsOadrTransport",
    "OadrUpdateReport",
    "OadrUpdatedReport",
    "OptReasonEnumerated",
    "OptType",
    "PayloadBase",
    "PayloadFloat",
    "Pnode",
    "Polygon",
    "PowerApparent",
    "PowerAttributes",
    "PowerItem",
    "PowerReactive",
    "PowerReal",
    "Properties",
    "PulseCount",
    "QualifiedEventID",
    "ReadingTypeEnumerated",
    "ReplayProtect",
    "ReportEnumerated",
    "ReportNameEnumerated",
    "ReportPayload",
    "ReportSpecifier",
    "ResponseRequired",
    "SchemaVersionEnumerated",
    "ServiceArea",
    "ServiceDeliveryPoint",
    "ServiceLocation",
    "SiScaleCode",
    "SignalNameEnumerated",
    "SignalPayload",
    "SignalTypeEnumerated",
    "SpecifierPayload",
    "StreamBase",
    "StreamPayloadBase",
    "Temperature",
    "TemperatureUnit",
    "Therm",
    "Tolerance",
    "Tolerate",
    "TransportInterface",
    "Uid",
    "Vavailability",
    "Voltage",
    "WsCalendarInterval",
]


class CurrencyItemDescription(str, Enum):
    """XSD type oadr:currencyItemDescriptionType"""

    currency = 'currency'
    currencyPerKW = 'currencyPerKW'
    currencyPerKWh = 'currencyPerKWh'


class EventStatusEnumerated(str, Enum):
    """XSD type ei:EventStatusEnumeratedType"""

    none = 'none'
    far = 'far'
    near = 'near'
    active = 'active'
    completed = 'completed'
    cancelled = 'cancelled'


class ISO3AlphaCurrencyCodeContent(str, Enum):
    """XSD type clm5ISO42173A:ISO3AlphaCurrencyCodeContentType"""

    AED = 'AED'
    AFN = 'AFN'
    ALL = 'ALL'
    AMD = 'AMD'
    ANG = 'ANG'
    AOA = 'AOA'
    ARS = 'ARS'
    AUD = 'AUD'
    AWG = 'AWG'
    AZN = 'AZN'
    BAM = 'BAM'
    BBD = 'BBD'
    BDT = 'BDT'
    BGN = 'BGN'
    BHD = 'BHD'
    BIF = 'BIF'
    BMD = 'BMD'
    BND = 'BND'
    BOB = 'BOB'
    BOV = 'BOV'
    BRL = 'BRL'
    BSD = 'BSD'
    BTN = 'BTN'
    BWP = 'BWP'
    BYR = 'BYR'
    BZD = 'BZD'
    CAD = 'CAD'
    CDF = 'CDF'
    CHE = 'CHE'
    CHF = 'CHF'
    CHW = 'CHW'
    CLF = 'CLF'
    CLP = 'CLP'
    CNY = 'CNY'
    COP = 'COP'
    COU = 'COU'
    CRC = 'CRC'
    CUC = 'CUC'
    CUP = 'CUP'
    CVE = 'CVE'
    CZK = 'CZK'
    DJF = 'DJF'
    DKK = 'DKK'
    DOP = 'DOP'
    DZD = 'DZD'
    EEK = 'EEK'
    EGP = 'EGP'
    ERN = 'ERN'
    ETB = 'ETB'
    EUR = 'EUR'
    FJD = 'FJD'
    FKP = 'FKP'
    GBP = 'GBP'
    GEL = 'GEL'
    GHS = 'GHS'
    GIP = 'GIP'
    GMD = 'GMD'
    GNF = 'GNF'
    GTQ = 'GTQ'
    GWP = 'GWP'
    GYD = 'GYD'
    HKD = 'HKD'
    HNL = 'HNL'
    HRK = 'HRK'
    HTG = 'HTG'
    HUF = 'HUF'
    IDR = 'IDR'
    ILS = 'ILS'
    INR = 'INR'
    IQD = 'IQD'
    IRR = 'IRR'
    ISK = 'ISK'
    JMD = 'JMD'
    JOD = 'JOD'
    JPY = 'JPY'
    KES = 'KES'
    KGS = 'KGS'
    KHR = 'KHR'
    KMF = 'KMF'
    KPW = 'KPW'
    KRW = 'KRW'
    KWD = 'KWD'
    KYD = 'KYD'
    KZT = 'KZT'
    LAK = 'LAK'
    LBP = 'LBP'
    LKR = 'LKR'
    LRD = 'LRD'
    LSL = 'LSL'
    LTL = 'LTL'
    LVL = 'LVL'
    LYD = 'LYD'
    MAD = 'MAD'
    MDL = 'MDL'
    MGA = 'MGA'
    MKD = 'MKD'
    MMK = 'MMK'
    MNT = 'MNT'
    MOP = 'MOP'
    MRO = 'MRO'
    MUR = 'MUR'
    MVR = 'MVR'
    MWK = 'MWK'
    MXN = 'MXN'
    MXV = 'MXV'
    MYR = 'MYR'
    MZN = 'MZN'
    NAD = 'NAD'
    NGN = 'NGN'
    NIO = 'NIO'
    NOK = 'NOK'
    NPR = 'NPR'
    NZD = 'NZD'
    OMR = 'OMR'
    PAB = 'PAB'
    PEN = 'PEN'
    PGK = 'PGK'
    PHP = 'PHP'
    PKR = 'PKR'
    PLN = 'PLN'
    PYG = 'PYG'
    QAR = 'QAR'
    RON = 'RON'
    RSD = 'RSD'
    RUB = 'RUB'
    RWF = 'RWF'
    SAR = 'SAR'
    SBD = 'SBD'
    SCR = 'SCR'
    SDG = 'SDG'
    SEK = 'SEK'
    SGD = 'SGD'
    SHP = 'SHP'
    SLL = 'SLL'
    SOS = 'SOS'
    SRD = 'SRD'
    STD = 'STD'
    SVC = 'SVC'
    SYP = 'SYP'
    SZL = 'SZL'
    THB = 'THB'
    TJS = 'TJS'
    TMT = 'TMT'
    TND = 'TND'
    TOP = 'TOP'
    TRY = 'TRY'
    TTD = 'TTD'
    TWD = 'TWD'
    TZS = 'TZS'
    UAH = 'UAH'
    UGX = 'UGX'
    USD = 'USD'
    USN = 'USN'
    USS = 'USS'
    UYI = 'UYI'
    UYU = 'UYU'
    UZS = 'UZS'
    VEF = 'VEF'
    VND = 'VND'
    VUV = 'VUV'
    WST = 'WST'
    XAF = 'XAF'
    XAG = 'XAG'
    XAU = 'XAU'
    XBA = 'XBA'
    XBB = 'XBB'
    XBC = 'XBC'
    XBD = 'XBD'
    XCD = 'XCD'
    XDR = 'XDR'
    XFU = 'XFU'
    XOF = 'XOF'
    XPD = 'XPD'
    XPF = 'XPF'
    XPT = 'XPT'
    XTS = 'XTS'
    XXX = 'XXX'
    YER = 'YER'
    ZAR = 'ZAR'
    ZMK = 'ZMK'
    ZWL = 'ZWL'


class ItemUnits(str, Enum):
    """values of itemUnits"""

    W = 'W'
    J_s = 'J/s'


class OadrDataQuality(str, Enum):
    """XSD type oadr:oadrDataQualityType"""

    No_Quality_No_Value = 'No Quality - No Value'
    No_New_Value_Previous_Value_Used = 'No New Value - Previous Value Used'
    Quality_Bad_Non_Specific = 'Quality Bad - Non Specific'
    Quality_Bad_Configuration_Error = 'Quality Bad - Configuration Error'
    Quality_Bad_Not_Connected = 'Quality Bad - Not Connected'
    Quality_Bad_Device_Failure = 'Quality Bad - Device Failure'
    Quality_Bad_Sensor_Failure = 'Quality Bad - Sensor Failure'
    Quality_Bad_Last_Known_Value = 'Quality Bad - Last Known Value'
    Quality_Bad_Comm_Failure = 'Quality Bad - Comm Failure'
    Quality_Bad_Out_of_Service = 'Quality Bad - Out of Service'
    Quality_Uncertain_Non_Specific = 'Quality Uncertain - Non Specific'
    Quality_Uncertain_Last_Usable_Value = 'Quality Uncertain - Last Usable Value'
    Quality_Uncertain_Sensor_Not_Accurate = 'Quality Uncertain - Sensor Not Accurate'
    Quality_Uncertain_EU_Units_Exceeded = 'Quality Uncertain - EU Units Exceeded'
    Quality_Uncertain_Sub_Normal = 'Quality Uncertain - Sub Normal'
    Quality_Good_Non_Specific = 'Quality Good - Non Specific'
    Quality_Good_Local_Override = 'Quality Good - Local Override'
    Quality_Limit_Field_Not = 'Quality Limit - Field/Not'
    Quality_Limit_Field_Low = 'Quality Limit - Field/Low'
    Quality_Limit_Field_High = 'Quality Limit - Field/High'
    Quality_Limit_Field_Constant = 'Quality Limit - Field/Constant'


class OadrProfile(str, Enum):
    """XSD type oadr:oadrProfileType"""

    v2_0a = '2.0a'
    v2_0b = '2.0b'


class OadrServiceName(str, Enum):
    """XSD type oadr:oadrServiceNameType"""

    EiEvent = 'EiEvent'
    EiOpt = 'EiOpt'
    EiReport = 'EiReport'
    EiRegisterParty = 'EiRegisterParty'
    OadrPoll = 'OadrPoll'


class OadrTransport(str, Enum):
    """XSD type oadr:oadrTransportType"""

    simpleHttp = 'simpleHttp'
    xmpp = 'xmpp'


class OptReasonEnumerated(str, Enum):
    """XSD type ei:OptReasonEnumeratedType"""

    economic = 'economic'
    emergency = 'emergency'
    mustRun = 'mustRun'
    notParticipating = 'notParticipating'
    outageRunStatus = 'outageRunStatus'
    overrideStatus = 'overrideStatus'
    participating = 'participating'
    x_schedule = 'x-schedule'


class OptType(str, Enum):
    """XSD type ei:OptTypeType"""

    optIn = 'optIn'
    optOut = 'optOut'


class ReadingTypeEnumerated(str, Enum):
    """XSD type ei:ReadingTypeEnumeratedType"""

    Direct_Read = 'Direct Read'
    Net = 'Net'
    Allocated = 'Allocated'
    Estimated = 'Estimated'
    Summed = 'Summed'
    Derived = 'Derived'
    Mean = 'Mean'
    Peak = 'Peak'
    Hybrid = 'Hybrid'
    Contract = 'Contract'
    Projected = 'Projected'
    x_RMS = 'x-RMS'
    x_notApplicable = 'x-notApplicable'


class ReportEnumerated(str, Enum):
    """XSD type ei:ReportEnumeratedType"""

    reading = 'reading'
    usage = 'usage'
    demand = 'demand'
    setPoint = 'setPoint'
    deltaUsage = 'deltaUsage'
    deltaSetPoint = 'deltaSetPoint'
    deltaDemand = 'deltaDemand'
    baseline = 'baseline'
    deviation = 'deviation'
    avgUsage = 'avgUsage'
    avgDemand = 'avgDemand'
    operatingState = 'operatingState'
    upRegulationCapacityAvailable = 'upRegulationCapacityAvailable'
    downRegulationCapacityAvailable = 'downRegulationCapacityAvailable'
    regulationSetpoint = 'regulationSetpoint'
    storedEnergy = 'storedEnergy'
    targetEnergyStorage = 'targetEnergyStorage'
    availableEnergyStorage = 'availableEnergyStorage'
    price = 'price'
    level = 'level'
    powerFactor = 'powerFactor'
    percentUsage = 'percentUsage'
    percentDemand = 'percentDemand'
    x_resourceStatus = 'x-resourceStatus'


class ReportNameEnumerated(str, Enum):
    """XSD type ei:reportNameEnumeratedType"""

    METADATA_HISTORY_USAGE = 'METADATA_HISTORY_USAGE'
    HISTORY_USAGE = 'HISTORY_USAGE'
    METADATA_HISTORY_GREENBUTTON = 'METADATA_HISTORY_GREENBUTTON'
    HISTORY_GREENBUTTON = 'HISTORY_GREENBUTTON'
    METADATA_TELEMETRY_USAGE = 'METADATA_TELEMETRY_USAGE'
    TELEMETRY_USAGE = 'TELEMETRY_USAGE'
    METADATA_TELEMETRY_STATUS = 'METADATA_TELEMETRY_STATUS'
    TELEMETRY_STATUS = 'TELEMETRY_STATUS'


class ResponseRequired(str, Enum):
    """XSD type oadr:ResponseRequiredType"""

    always = 'always'
    never = 'never'


class SchemaVersionEnumerated(str, Enum):
    """XSD type ei:schemaVersionEnumeratedType"""

    v2_0a = '2.0a'
    v2_0b = '2.0b'


class SiScaleCode(str, Enum):
    """XSD type scale:SiScaleCodeType"""

    p = 'p'
    n = 'n'
    micro = 'micro'
    m = 'm'
    c = 'c'
    d = 'd'
    k = 'k'
    M = 'M'
    G = 'G'
    T = 'T'
    none = 'none'


class SignalNameEnumerated(str, Enum):
    """XSD type ei:SignalNameEnumeratedType"""

    SIMPLE = 'SIMPLE'
    simple = 'simple'
    ELECTRICITY_PRICE = 'ELECTRICITY_PRICE'
    ENERGY_PRICE = 'ENERGY_PRICE'
    DEMAND_CHARGE = 'DEMAND_CHARGE'
    BID_PRICE = 'BID_PRICE'
    BID_LOAD = 'BID_LOAD'
    BID_ENERGY = 'BID_ENERGY'
    CHARGE_STATE = 'CHARGE_STATE'
    LOAD_DISPATCH = 'LOAD_DISPATCH'
    LOAD_CONTROL = 'LOAD_CONTROL'


class SignalTypeEnumerated(str, Enum):
    """XSD type ei:SignalTypeEnumeratedType"""

    delta = 'delta'
    level = 'level'
    multiplier = 'multiplier'
    price = 'price'
    priceMultiplier = 'priceMultiplier'
    priceRelative = 'priceRelative'
    setpoint = 'setpoint'
    x_loadControlCapacity = 'x-loadControlCapacity'
    x_loadControlLevelOffset = 'x-loadControlLevelOffset'
    x_loadControlPercentOffset = 'x-loadControlPercentOffset'
    x_loadControlSetpoint = 'x-loadControlSetpoint'


class TemperatureUnit(str, Enum):
    """XSD type oadr:temperatureUnitType"""

    celsius = 'celsius'
    fahrenheit = 'fahrenheit'


@dataclass(slots=True, kw_only=True)
class AggregatedPnode:
    """XSD type power:AggregatedPnodeType"""

    node: str

@dataclass(slots=True, kw_only=True)
class ArrayOfVavailabilityContainedComponents:
    """XSD type xcal:ArrayOfVavailabilityContainedComponents"""

    available: list[Available] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayofResponses:
    """XSD type ei:ArrayofResponses"""

    response: list[EiResponse] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class Available:
    """XSD type xcal:AvailableType"""

    properties: Properties

@dataclass(slots=True, kw_only=True)
class ItemBase:
    """XSD type emix:ItemBaseType"""

@dataclass(slots=True, kw_only=True)
class BaseUnit(ItemBase):
    """XSD type oadr:BaseUnitType"""

    item_description: str
    item_units: str
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class Currency(ItemBase):
    """XSD type oadr:currencyType"""

    item_description: CurrencyItemDescription
    item_units: ISO3AlphaCurrencyCodeContent
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class CurrencyPerKW(Currency):
    """the element oadr:currencyPerKW"""

@dataclass(slots=True, kw_only=True)
class CurrencyPerKWh(Currency):
    """the element oadr:currencyPerKWh"""

@dataclass(slots=True, kw_only=True)
class CurrencyPerThm(Currency):
    """the element oadr:currencyPerThm"""

@dataclass(slots=True, kw_only=True)
class Current(ItemBase):
    """XSD type oadr:CurrentType"""

    item_description: str = 'Current'
    item_units: str = 'A'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class CurrentValue:
    """XSD type ei:currentValueType"""

    payload_float: PayloadFloat

@dataclass(slots=True, kw_only=True)
class Dtend:
    """anonymous type of Dtend"""

    date_time: datetime

@dataclass(slots=True, kw_only=True)
class Dtstart:
    """anonymous type of Dtstart"""

    date_time: datetime

@dataclass(slots=True, kw_only=True)
class DurationProp:
    """XSD type xcal:DurationPropType"""

    duration: timedelta

@dataclass(slots=True, kw_only=True)
class EiActivePeriod:
    """XSD type ei:eiActivePeriodType"""

    properties: Properties
    components: AnyElement

@dataclass(slots=True, kw_only=True)
class EiCreatedEvent:
    """anonymous type of EiCreatedEvent"""

    ei_response: EiResponse
    event_responses: EventResponses | None = None
    ven_id: str

@dataclass(slots=True, kw_only=True)
class EiEvent:
    """XSD type ei:eiEventType"""

    event_descriptor: EventDescriptor
    ei_active_period: EiActivePeriod
    ei_event_signals: EiEventSignals
    ei_target: EiTarget

@dataclass(slots=True, kw_only=True)
class EiEventBaseline:
    """XSD type ei:eiEventBaselineType"""

    dtstart: Dtstart
    duration: DurationProp
    intervals: Intervals
    baseline_id: str
    resource_id: list[str] = field(default_factory=list)
    baseline_name: str
    item_base: EnergyItem | PowerItem | Voltage | Therm | OadrCurrency | CurrencyPerKW | CurrencyPerKWh | CurrencyPerThm | Current | BaseUnit | Frequency | OadrGBItemBase | PulseCount | Temperature | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal | None = None

@dataclass(slots=True, kw_only=True)
class EiEventSignal:
    """XSD type ei:eiEventSignalType"""

    intervals: Intervals
    ei_target: EiTarget | None = None
    signal_name: str
    signal_type: SignalTypeEnumerated
    signal_id: str
    item_base: EnergyItem | PowerItem | Voltage | Therm | OadrCurrency | CurrencyPerKW | CurrencyPerKWh | CurrencyPerThm | Current | BaseUnit | Frequency | OadrGBItemBase | PulseCount | Temperature | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal | None = None
    current_value: CurrentValue | None = None

@dataclass(slots=True, kw_only=True)
class EiEventSignals:
    """XSD type ei:eiEventSignalsType"""

    ei_event_signal: list[EiEventSignal] = field(default_factory=list)
    ei_event_baseline: EiEventBaseline | None = None

@dataclass(slots=True, kw_only=True)
class EiMarketContext:
    """anonymous type of EiMarketContext"""

    market_context: str

@dataclass(slots=True, kw_only=True)
class EiOpt:
    """XSD type ei:EiOptType"""

    opt_id: str
    opt_type: OptType
    opt_reason: str
    market_context: str | None = None
    ven_id: str
    vavailability: Vavailability | None = None
    created_date_time: datetime
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class EiRequestEvent:
    """anonymous type of EiRequestEvent"""

    request_id: str
    ven_id: str
    reply_limit: int | None = None

@dataclass(slots=True, kw_only=True)
class EiResponse:
    """XSD type ei:EiResponseType"""

    response_code: str
    response_description: str | None = None
    request_id: str

@dataclass(slots=True, kw_only=True)
class EiTarget:
    """XSD type ei:EiTargetType"""

    aggregated_pnode: list[AggregatedPnode] = field(default_factory=list)
    end_device_asset: list[EndDeviceAsset] = field(default_factory=list)
    meter_asset: list[MeterAsset] = field(default_factory=list)
    pnode: list[Pnode] = field(default_factory=list)
    service_area: list[ServiceArea] = field(default_factory=list)
    service_delivery_point: list[ServiceDeliveryPoint] = field(default_factory=list)
    service_location: list[ServiceLocation] = field(default_factory=list)
    transport_interface: list[TransportInterface] = field(default_factory=list)
    group_id: list[str] = field(default_factory=list)
    group_name: list[str] = field(default_factory=list)
    resource_id: list[str] = field(default_factory=list)
    ven_id: list[str] = field(default_factory=list)
    party_id: list[str] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EndDeviceAsset:
    """XSD type power:EndDeviceAssetType"""

    mrid: str

@dataclass(slots=True, kw_only=True)
class EnergyApparent:
    """XSD type power:EnergyApparentType"""

    item_description: str = 'ApparentEnergy'
    item_units: str = 'VAh'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class EnergyItem(ItemBase):
    """XSD type power:EnergyItemType"""

    item_description: str
    item_units: str
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class EnergyReactive:
    """XSD type power:EnergyReactiveType"""

    item_description: str = 'ReactiveEnergy'
    item_units: str = 'VARh'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class EnergyReal:
    """XSD type power:EnergyRealType"""

    item_description: str = 'RealEnergy'
    item_units: str = 'Wh'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class EventDescriptor:
    """XSD type ei:eventDescriptorType"""

    event_id: str
    modification_number: int
    modification_date_time: datetime | None = None
    modification_reason: str | None = None
    priority: int | None = None
    ei_market_context: EiMarketContext
    created_date_time: datetime
    event_status: EventStatusEnumerated
    test_event: str | None = None
    vtn_comment: str | None = None

@dataclass(slots=True, kw_only=True)
class EventResponse:
    """anonymous type of EventResponse"""

    response_code: str
    response_description: str | None = None
    request_id: str
    qualified_event_id: QualifiedEventID
    opt_type: OptType

@dataclass(slots=True, kw_only=True)
class EventResponses:
    """anonymous type of EventResponses"""

    event_response: list[EventResponse] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class Exterior:
    """anonymous type of Exterior"""

    linear_ring: LinearRing

@dataclass(slots=True, kw_only=True)
class FeatureCollection:
    """anonymous type of FeatureCollection"""

    location: Location
    id: str | None = None

@dataclass(slots=True, kw_only=True)
class Frequency(ItemBase):
    """XSD type oadr:FrequencyType"""

    item_description: str = 'Frequency'
    item_units: str = 'Hz'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class Interval:
    """XSD type ei:IntervalType"""

    dtstart: Dtstart | None = None
    duration: DurationProp | None = None
    uid: Uid | None = None
    stream_payload_base: list[SignalPayload | OadrGBStreamPayloadBase | OadrReportPayload] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class Intervals:
    """anonymous type of Intervals"""

    interval: list[Interval] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class LinearRing:
    """anonymous type of LinearRing"""

    pos_list: list[Decimal] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class Location:
    """anonymous type of Location"""

    polygon: Polygon

@dataclass(slots=True, kw_only=True)
class MeterAsset:
    """XSD type power:MeterAssetType"""

    mrid: str

@dataclass(slots=True, kw_only=True)
class NonceValue:
    """XSD type dsp:NonceValueType"""

    value: str
    encoding_type: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCancelOpt:
    """XSD type oadr:oadrCancelOptType"""

    request_id: str
    opt_id: str
    ven_id: str
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCancelPartyRegistration:
    """XSD type oadr:oadrCancelPartyRegistrationType"""

    request_id: str
    registration_id: str
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCancelReport:
    """XSD type oadr:oadrCancelReportType"""

    request_id: str
    report_request_id: list[str] = field(default_factory=list)
    report_to_follow: bool
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCanceledOpt:
    """XSD type oadr:oadrCanceledOptType"""

    ei_response: EiResponse
    opt_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCanceledPartyRegistration:
    """XSD type oadr:oadrCanceledPartyRegistrationType"""

    ei_response: EiResponse
    registration_id: str | None = None
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCanceledReport:
    """XSD type oadr:oadrCanceledReportType"""

    ei_response: EiResponse
    oadr_pending_reports: OadrPendingReports
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCreateOpt(EiOpt):
    """XSD type oadr:oadrCreateOptType"""

    request_id: str
    qualified_event_id: QualifiedEventID | None = None
    ei_target: EiTarget
    oadr_device_class: EiTarget | None = None

@dataclass(slots=True, kw_only=True)
class OadrCreatePartyRegistration:
    """XSD type oadr:oadrCreatePartyRegistrationType"""

    request_id: str
    registration_id: str | None = None
    ven_id: str | None = None
    oadr_profile_name: OadrProfile
    oadr_transport_name: OadrTransport
    oadr_transport_address: str | None = None
    oadr_report_only: bool
    oadr_xml_signature: bool
    oadr_ven_name: str | None = None
    oadr_http_pull_model: bool | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCreateReport:
    """XSD type oadr:oadrCreateReportType"""

    request_id: str
    oadr_report_request: list[OadrReportRequest] = field(default_factory=list)
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCreatedEvent:
    """XSD type oadr:oadrCreatedEventType"""

    ei_created_event: EiCreatedEvent
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCreatedOpt:
    """XSD type oadr:oadrCreatedOptType"""

    ei_response: EiResponse
    opt_id: str
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCreatedPartyRegistration:
    """XSD type oadr:oadrCreatedPartyRegistrationType"""

    ei_response: EiResponse
    registration_id: str | None = None
    ven_id: str | None = None
    vtn_id: str
    oadr_profiles: OadrProfiles
    oadr_requested_oadr_poll_freq: DurationProp | None = None
    oadr_service_specific_info: OadrServiceSpecificInfo | None = None
    oadr_extensions: OadrExtensions | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCreatedReport:
    """XSD type oadr:oadrCreatedReportType"""

    ei_response: EiResponse
    oadr_pending_reports: OadrPendingReports
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrCurrency(Currency):
    """the element oadr:currency"""

@dataclass(slots=True, kw_only=True)
class OadrDistributeEvent:
    """XSD type oadr:oadrDistributeEventType"""

    ei_response: EiResponse | None = None
    request_id: str
    vtn_id: str
    oadr_event: list[OadrEvent] = field(default_factory=list)
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrEvent:
    """anonymous type of OadrEvent"""

    ei_event: EiEvent
    oadr_response_required: ResponseRequired

@dataclass(slots=True, kw_only=True)
class OadrExtension:
    """anonymous type of OadrExtension"""

    oadr_extension_name: str
    oadr_info: list[OadrInfo] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OadrExtensions:
    """anonymous type of OadrExtensions"""

    oadr_extension: list[OadrExtension] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OadrGBItemBase(ItemBase):
    """XSD type oadr:oadrGBItemBase"""

    feed: AnyElement

@dataclass(slots=True, kw_only=True)
class StreamPayloadBase:
    """XSD type strm:StreamPayloadBaseType"""

@dataclass(slots=True, kw_only=True)
class OadrGBStreamPayloadBase(StreamPayloadBase):
    """XSD type oadr:oadrGBStreamPayloadBase"""

    feed: AnyElement

@dataclass(slots=True, kw_only=True)
class OadrInfo:
    """anonymous type of OadrInfo"""

    oadr_key: str
    oadr_value: str

@dataclass(slots=True, kw_only=True)
class OadrLoadControlState:
    """XSD type oadr:oadrLoadControlStateType"""

    oadr_capacity: OadrLoadControlStateType | None = None
    oadr_level_offset: OadrLoadControlStateType | None = None
    oadr_percent_offset: OadrLoadControlStateType | None = None
    oadr_set_point: OadrLoadControlStateType | None = None

@dataclass(slots=True, kw_only=True)
class OadrLoadControlStateType:
    """XSD type oadr:oadrLoadControlStateTypeType"""

    oadr_min: Decimal | None = None
    oadr_max: Decimal | None = None
    oadr_current: Decimal
    oadr_normal: Decimal | None = None

@dataclass(slots=True, kw_only=True)
class OadrPayload:
    """anonymous type of OadrPayload"""

    signature: AnyElement | None = None
    oadr_signed_object: OadrSignedObject

@dataclass(slots=True, kw_only=True)
class PayloadBase:
    """XSD type ei:PayloadBaseType"""

@dataclass(slots=True, kw_only=True)
class OadrPayloadResourceStatus(PayloadBase):
    """XSD type oadr:oadrPayloadResourceStatusType"""

    oadr_online: bool
    oadr_manual_override: bool
    oadr_load_control_state: OadrLoadControlState | None = None

@dataclass(slots=True, kw_only=True)
class OadrPendingReports:
    """XSD type oadr:oadrPendingReportsType"""

    report_request_id: list[str] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OadrPoll:
    """XSD type oadr:oadrPollType"""

    ven_id: str
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrProfiles:
    """anonymous type of OadrProfiles"""

    oadr_profile: list[OadrProfilesOadrProfile] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OadrProfilesOadrProfile:
    """anonymous type of OadrProfile"""

    oadr_profile_name: OadrProfile
    oadr_transports: OadrTransports

@dataclass(slots=True, kw_only=True)
class OadrQueryRegistration:
    """XSD type oadr:oadrQueryRegistrationType"""

    request_id: str
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrRegisterReport:
    """XSD type oadr:oadrRegisterReportType"""

    request_id: str
    oadr_report: list[OadrReport] = field(default_factory=list)
    ven_id: str | None = None
    report_request_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrRegisteredReport:
    """XSD type oadr:oadrRegisteredReportType"""

    ei_response: EiResponse
    oadr_report_request: list[OadrReportRequest] = field(default_factory=list)
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class StreamBase:
    """XSD type strm:StreamBaseType"""

    dtstart: Dtstart | None = None
    duration: DurationProp | None = None
    intervals: Intervals | None = None

@dataclass(slots=True, kw_only=True)
class OadrReport(StreamBase):
    """XSD type oadr:oadrReportType"""

    ei_report_id: str | None = None
    oadr_report_description: list[OadrReportDescription] = field(default_factory=list)
    report_request_id: str
    report_specifier_id: str
    report_name: str | None = None
    created_date_time: datetime

@dataclass(slots=True, kw_only=True)
class OadrReportDescription:
    """XSD type oadr:oadrReportDescriptionType"""

    r_id: str
    report_subject: EiTarget | None = None
    report_data_source: EiTarget | None = None
    report_type: str
    item_base: EnergyItem | PowerItem | Voltage | Therm | OadrCurrency | CurrencyPerKW | CurrencyPerKWh | CurrencyPerThm | Current | BaseUnit | Frequency | OadrGBItemBase | PulseCount | Temperature | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal | None = None
    reading_type: str
    market_context: str | None = None
    oadr_sampling_rate: OadrSamplingRate | None = None

@dataclass(slots=True, kw_only=True)
class ReportPayload(StreamPayloadBase):
    """XSD type ei:ReportPayloadType"""

    r_id: str
    confidence: int | None = None
    accuracy: Decimal | None = None
    payload_base: PayloadFloat | OadrPayloadResourceStatus

@dataclass(slots=True, kw_only=True)
class OadrReportPayload(ReportPayload):
    """XSD type oadr:oadrReportPayloadType"""

    oadr_data_quality: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrReportRequest:
    """XSD type oadr:oadrReportRequestType"""

    report_request_id: str
    report_specifier: ReportSpecifier

@dataclass(slots=True, kw_only=True)
class OadrRequestEvent:
    """XSD type oadr:oadrRequestEventType"""

    ei_request_event: EiRequestEvent
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrRequestReregistration:
    """XSD type oadr:oadrRequestReregistrationType"""

    ven_id: str
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrResponse:
    """XSD type oadr:oadrResponseType"""

    ei_response: EiResponse
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrSamplingRate:
    """XSD type oadr:oadrSamplingRateType"""

    oadr_min_period: timedelta
    oadr_max_period: timedelta
    oadr_on_change: bool

@dataclass(slots=True, kw_only=True)
class OadrService:
    """anonymous type of OadrService"""

    oadr_service_name: OadrServiceName
    oadr_info: list[OadrInfo] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OadrServiceSpecificInfo:
    """anonymous type of OadrServiceSpecificInfo"""

    oadr_service: list[OadrService] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OadrSignedObject:
    """anonymous type of OadrSignedObject"""

    oadr_distribute_event: OadrDistributeEvent | None = None
    oadr_created_event: OadrCreatedEvent | None = None
    oadr_request_event: OadrRequestEvent | None = None
    oadr_response: OadrResponse | None = None
    oadr_cancel_opt: OadrCancelOpt | None = None
    oadr_canceled_opt: OadrCanceledOpt | None = None
    oadr_create_opt: OadrCreateOpt | None = None
    oadr_created_opt: OadrCreatedOpt | None = None
    oadr_cancel_report: OadrCancelReport | None = None
    oadr_canceled_report: OadrCanceledReport | None = None
    oadr_create_report: OadrCreateReport | None = None
    oadr_created_report: OadrCreatedReport | None = None
    oadr_register_report: OadrRegisterReport | None = None
    oadr_registered_report: OadrRegisteredReport | None = None
    oadr_update_report: OadrUpdateReport | None = None
    oadr_updated_report: OadrUpdatedReport | None = None
    oadr_cancel_party_registration: OadrCancelPartyRegistration | None = None
    oadr_canceled_party_registration: OadrCanceledPartyRegistration | None = None
    oadr_create_party_registration: OadrCreatePartyRegistration | None = None
    oadr_created_party_registration: OadrCreatedPartyRegistration | None = None
    oadr_request_reregistration: OadrRequestReregistration | None = None
    oadr_query_registration: OadrQueryRegistration | None = None
    oadr_poll: OadrPoll | None = None
    id: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrTransports:
    """anonymous type of OadrTransports"""

    oadr_transport: list[OadrTransportsOadrTransport] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OadrTransportsOadrTransport:
    """anonymous type of OadrTransport"""

    oadr_transport_name: OadrTransport

@dataclass(slots=True, kw_only=True)
class OadrUpdateReport:
    """XSD type oadr:oadrUpdateReportType"""

    request_id: str
    oadr_report: list[OadrReport] = field(default_factory=list)
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class OadrUpdatedReport:
    """XSD type oadr:oadrUpdatedReportType"""

    ei_response: EiResponse
    oadr_cancel_report: OadrCancelReport | None = None
    ven_id: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class PayloadFloat(PayloadBase):
    """XSD type ei:PayloadFloatType"""

    value: Decimal

@dataclass(slots=True, kw_only=True)
class Pnode:
    """XSD type power:PnodeType"""

    node: str

@dataclass(slots=True, kw_only=True)
class Polygon:
    """anonymous type of Polygon"""

    exterior: Exterior
    id: str | None = None

@dataclass(slots=True, kw_only=True)
class PowerApparent:
    """XSD type power:PowerApparentType"""

    item_description: str = 'ApparentPower'
    item_units: str = 'VA'
    si_scale_code: SiScaleCode
    power_attributes: PowerAttributes

@dataclass(slots=True, kw_only=True)
class PowerAttributes:
    """XSD type power:PowerAttributesType"""

    hertz: Decimal
    voltage: Decimal
    ac: bool

@dataclass(slots=True, kw_only=True)
class PowerItem(ItemBase):
    """XSD type power:PowerItemType"""

    item_description: str
    item_units: str
    si_scale_code: SiScaleCode
    power_attributes: PowerAttributes

@dataclass(slots=True, kw_only=True)
class PowerReactive:
    """XSD type power:PowerReactiveType"""

    item_description: str = 'ReactivePower'
    item_units: str = 'VAR'
    si_scale_code: SiScaleCode
    power_attributes: PowerAttributes

@dataclass(slots=True, kw_only=True)
class PowerReal:
    """XSD type power:PowerRealType"""

    item_description: str = 'RealPower'
    item_units: ItemUnits
    si_scale_code: SiScaleCode
    power_attributes: PowerAttributes

@dataclass(slots=True, kw_only=True)
class Properties:
    """anonymous type of Properties"""

    dtstart: Dtstart
    duration: DurationProp
    tolerance: Tolerance | None = None
    x_ei_notification: DurationProp | None = None
    x_ei_ramp_up: DurationProp | None = None
    x_ei_recovery: DurationProp | None = None

@dataclass(slots=True, kw_only=True)
class PulseCount(ItemBase):
    """XSD type oadr:pulseCountType"""

    item_description: str = 'pulse count'
    item_units: str = 'count'
    pulse_factor: Decimal

@dataclass(slots=True, kw_only=True)
class QualifiedEventID:
    """XSD type ei:QualifiedEventIDType"""

    event_id: str
    modification_number: int

@dataclass(slots=True, kw_only=True)
class ReplayProtect:
    """XSD type dsp:ReplayProtectType"""

    timestamp: datetime
    nonce: NonceValue

@dataclass(slots=True, kw_only=True)
class ReportSpecifier:
    """XSD type ei:ReportSpecifierType"""

    report_specifier_id: str
    granularity: DurationProp
    report_back_duration: DurationProp
    report_interval: WsCalendarInterval | None = None
    specifier_payload: list[SpecifierPayload] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ServiceArea:
    """XSD type emix:ServiceAreaType"""

    feature_collection: FeatureCollection

@dataclass(slots=True, kw_only=True)
class ServiceDeliveryPoint:
    """XSD type power:ServiceDeliveryPointType"""

    node: str

@dataclass(slots=True, kw_only=True)
class ServiceLocation:
    """XSD type power:ServiceLocationType"""

    feature_collection: FeatureCollection

@dataclass(slots=True, kw_only=True)
class SignalPayload(StreamPayloadBase):
    """XSD type ei:signalPayloadType"""

    payload_base: PayloadFloat | OadrPayloadResourceStatus

@dataclass(slots=True, kw_only=True)
class SpecifierPayload:
    """XSD type ei:SpecifierPayloadType"""

    r_id: str
    item_base: EnergyItem | PowerItem | Voltage | Therm | OadrCurrency | CurrencyPerKW | CurrencyPerKWh | CurrencyPerThm | Current | BaseUnit | Frequency | OadrGBItemBase | PulseCount | Temperature | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal | None = None
    reading_type: str

@dataclass(slots=True, kw_only=True)
class Temperature(ItemBase):
    """XSD type oadr:temperatureType"""

    item_description: str = 'temperature'
    item_units: TemperatureUnit
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class Therm(ItemBase):
    """XSD type oadr:ThermType"""

    item_description: str = 'Therm'
    item_units: str = 'thm'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class Tolerance:
    """anonymous type of Tolerance"""

    tolerate: Tolerate

@dataclass(slots=True, kw_only=True)
class Tolerate:
    """anonymous type of Tolerate"""

    startafter: timedelta | None = None

@dataclass(slots=True, kw_only=True)
class TransportInterface:
    """XSD type power:TransportInterfaceType"""

    point_of_receipt: str
    point_of_delivery: str

@dataclass(slots=True, kw_only=True)
class Uid:
    """anonymous type of Uid"""

    text: str

@dataclass(slots=True, kw_only=True)
class Vavailability:
    """XSD type xcal:VavailabilityType"""

    components: ArrayOfVavailabilityContainedComponents

@dataclass(slots=True, kw_only=True)
class Voltage(ItemBase):
    """XSD type power:VoltageType"""

    item_description: str = 'Voltage'
    item_units: str = 'V'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class WsCalendarInterval:
    """XSD type xcal:WsCalendarIntervalType"""

    properties: Properties

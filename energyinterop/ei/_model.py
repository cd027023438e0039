"""Typed model of the ei schema set.

Generated from schemas/ei/energyinterop.xsd by tools/codegen; do not edit by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum

from energyinterop.xml.anyelement import AnyElement

__all__ = [
    "AcceptanceID",
    "ActiveReserve",
    "AggregatedPnode",
    "Aggregator",
    "AncillaryService",
    "AncillaryServiceNameEnumerated",
    "ApplicationSpecificContextBase",
    "ApplicationSpecificExtensionBase",
    "ApplicationSpecificPayloadBase",
    "ApplicationSpecificReportBase",
    "ApplicationSpecificSignalBase",
    "ArrayOfBlockPowerPrices",
    "ArrayOfCharges",
    "ArrayOfGluonContainedComponents",
    "ArrayOfParameters",
    "ArrayOfProperties",
    "ArrayOfQualityIndicators",
    "ArrayOfRampSegments",
    "ArrayOfReportRequests",
    "ArrayOfSignals",
    "ArrayOfTerms",
    "ArrayOfTransportCharges",
    "ArrayOfVavailabilityContainedComponents",
    "ArrayOfVcalendarContainedComponents",
    "ArrayOfWarrants",
    "ArrayofEnrollmentResponses",
    "ArrayofEventResponses",
    "ArrayofResponseTermsViolated",
    "ArrayofResponses",
    "ArrayofStreamIntervals",
    "Artifact",
    "ArtifactBase",
    "AvailID",
    "AvailabilitySchedule",
    "Available",
    "BaseCharge",
    "BaseComponent",
    "BaseParameter",
    "BasePowerQualityIndicator",
    "BaseProperty",
    "BaseTerm",
    "BaseTransportCharge",
    "BaseWarrant",
    "BaselineID",
    "BlockPowerFullRequirements",
    "BlockPowerPrice",
    "CongestionCharge",
    "CongestionRevenueRights",
    "ConstraintID",
    "Consumer",
    "ConversionLoss",
    "CurrentValue",
    "DateDatetimeProperty",
    "Delivery",
    "DemandCharge",
    "Distribution",
    "DtendProp",
    "DtstartProp",
    "Duration",
    "DurationParameter",
    "DurationProp",
    "EiAvail",
    "EiAvailBehavior",
    "EiCancelAvail",
    "EiCancelEnroll",
    "EiCancelEvent",
    "EiCancelHistorian",
    "EiCancelOpt",
    "EiCancelPartyRegistration",
    "EiCancelQuote",
    "EiCancelReport",
    "EiCancelTender",
    "EiCanceledAvail",
    "EiCanceledEnroll",
    "EiCanceledEvent",
    "EiCanceledHistorian",
    "EiCanceledOpt",
    "EiCanceledPartyRegistration",
    "EiCanceledQuote",
    "EiCanceledReport",
    "EiCanceledTender",
    "EiChangeEvent",
    "EiChangedEvent",
    "EiCreateAvail",
    "EiCreateDelivery",
    "EiCreateEnroll",
    "EiCreateEvent",
    "EiCreateHistorian",
    "EiCreateOpt",
    "EiCreatePartyRegistration",
    "EiCreateProjection",
    "EiCreateQuote",
    "EiCreateReport",
    "EiCreateTender",
    "EiCreateTransaction",
    "EiCreatedAvail",
    "EiCreatedDelivery",
    "EiCreatedEnroll",
    "EiCreatedEvent",
    "EiCreatedHistorian",
    "EiCreatedOpt",
    "EiCreatedPartyRegistration",
    "EiCreatedProjection",
    "EiCreatedQuote",
    "EiCreatedReport",
    "EiCreatedTender",
    "EiCreatedTransaction",
    "EiDelivery",
    "EiDeliveryID",
    "EiDistributeEvent",
    "EiDistributeQuote",
    "EiDistributeTender",
    "EiEnrollment",
    "EiEnrollmentResponse",
    "EiEvent",
    "EiEventBaseline",
    "EiEventResponse",
    "EiEventSignal",
    "EiMarketContext",
    "EiMarketExpectations",
    "EiMarketRuleSet",
    "EiOpt",
    "EiParty",
    "EiQuote",
    "EiRegistration",
    "EiRegistrationInfo",
    "EiReplyAvail",
    "EiReplyEiMarketContext",
    "EiReplyEnroll",
    "EiReplyEvent",
    "EiReplyHistorian",
    "EiReplyOpt",
    "EiReplyPartyRegistration",
    "EiReplyPendingEvent",
    "EiReplyQuote",
    "EiReplyReport",
    "EiReplyTender",
    "EiReplyTransaction",
    "EiReport",
    "EiReportID",
    "EiReportRequest",
    "EiRequestAvail",
    "EiRequestEiMarketContext",
    "EiRequestEnroll",
    "EiRequestEvent",
    "EiRequestHistorian",
    "EiRequestOpt",
    "EiRequestPartyRegistration",
    "EiRequestPendingEvent",
    "EiRequestQuote",
    "EiRequestReport",
    "EiRequestTender",
    "EiRequestTransaction",
    "EiResponse",
    "EiResponseSmoothing",
    "EiSmoothing",
    "EiTarget",
    "EiTender",
    "EiTransaction",
    "EiUpdateReport",
    "EiUpdatedReport",
    "EmixBase",
    "EmixGranularity",
    "EmixInterface",
    "EmixOption",
    "EndDeviceAsset",
    "EnergyApparent",
    "EnergyItem",
    "EnergyQuantity",
    "EnergyReactive",
    "EnergyReal",
    "Enrollee",
    "EnrollingAuthority",
    "EnrollmentID",
    "EnvelopeContents",
    "EnvironmentalWarrant",
    "EventBaselinePayload",
    "EventDescriptor",
    "EventGluon",
    "EventMessageID",
    "EventStatusEnumerated",
    "Exterior",
    "FeatureCollection",
    "FlickerLt",
    "FlickerSt",
    "FullRequirementsPower",
    "Generation",
    "Generator",
    "Granularity",
    "HarmonicVoltage",
    "HistorianID",
    "ISO3AlphaCurrencyCodeContent",
    "Icalendar",
    "Interval",
    "ItemBase",
    "ItemUnits",
    "LinearRing",
    "LoadReduction",
    "Location",
    "LongInterruptions",
    "Lse",
    "MainsSignallingVoltage",
    "MainsVoltage",
    "MarginalLoss",
    "MarginalLossCharge",
    "Market",
    "MarketGranularity",
    "MaximumConsecutiveDurations",
    "MaximumEnergy",
    "MaximumInvocationsPerDuration",
    "MaximumNotificationDuration",
    "MaximumPower",
    "MaximumResponseDuration",
    "MaximumRunDuration",
    "Measurement",
    "MeasurementProtocolEnumerated",
    "MeterAsset",
    "MeterAuthority",
    "MinimumDurationBetweenInvocations",
    "MinimumEconomicRequirement",
    "MinimumLoad",
    "MinimumLoadReduction",
    "MinimumNotificationDuration",
    "MinimumRecoveryDuration",
    "MinimumRemunerationRate",
    "MinimumResponseDuration",
    "MinimumRunDuration",
    "MinimumStartsPerDuration",
    "NonStandardTermsHandling",
    "NotificationSchedule",
    "OfferCurve",
    "OfferSegment",
    "OptID",
    "OptReasonEnumerated",
    "OptType",
    "OriginalEnrollmentID",
    "OriginalReferenceID",
    "PMax",
    "PayloadApplicationSpecific",
    "PayloadBase",
    "PayloadFloat",
    "PayloadLevel",
    "PayloadPrice",
    "PayloadPriceMultiplier",
    "PayloadPriceRelative",
    "PayloadProduct",
    "PayloadQuantity",
    "PercentRampRate",
    "PerformanceEvaluationMethodBase",
    "PerformanceEvaluationMethodTypeBase",
    "Pnode",
    "Polygon",
    "PowerApparent",
    "PowerAttributes",
    "PowerFrequency",
    "PowerItem",
    "PowerOptionTypeEnumerated",
    "PowerProductDescription",
    "PowerQualityWarrant",
    "PowerQuantity",
    "PowerRamp",
    "PowerRampSegment",
    "PowerReactive",
    "PowerReal",
    "PowerResponse",
    "Price",
    "PriceBase",
    "PriceMultiplier",
    "PriceRelative",
    "Product",
    "ProductDescription",
    "ProductTypeEnumerated",
    "ProductTypeRegulation",
    "ProductVoltageRegulation",
    "QMax",
    "QualifiedEventID",
    "QualityMeasure",
    "QualityTypeEnumerated",
    "QualityWarrant",
    "QuoteID",
    "RapidVoltageChanges",
    "ReadingTypeEnumerated",
    "RefID",
    "RegistrationID",
    "RegulationService",
    "RelatedToProp",
    "ReltypeParam",
    "ReportDescription",
    "ReportEnumerated",
    "ReportPayload",
    "ReportRequestID",
    "ReportSchedulerBase",
    "ReportSpecifier",
    "ReportSpecifierID",
    "RequestReportGluon",
    "RequestReportInterval",
    "RequestReportSnap",
    "RequiredStartupRemuneration",
    "Resource",
    "ResourceDescription",
    "ResourceTypeEnumerated",
    "ResponseTermViolated",
    "ResponseTime",
    "RuleSetPurpose",
    "SchedulingEntity",
    "ServiceArea",
    "ServiceDeliveryPoint",
    "ServiceLocation",
    "ServiceProvider",
    "ShortInterruptions",
    "SiScaleCode",
    "Side",
    "SignalID",
    "SignalPayload",
    "SignalTypeEnumerated",
    "SimpleLevelContext",
    "Snap",
    "SourceWarrant",
    "SpecifierPayload",
    "StandardTerms",
    "StandardTermsSet",
    "StreamBase",
    "StreamInterval",
    "StreamPayloadBase",
    "Supplier",
    "SupplyVoltageDips",
    "SupplyVoltageImbalance",
    "SupplyVoltageVariations",
    "SupportForPrice",
    "SystemOperator",
    "Tdsp",
    "TemixPower",
    "TemporaryOvervoltage",
    "TenderID",
    "Text",
    "TextParameter",
    "TextProperty",
    "ToleranceProp",
    "ToleranceValue",
    "TransactionID",
    "TransactiveState",
    "Transmission",
    "TransportAccessFee",
    "TransportInterface",
    "TransportProductDescription",
    "TzidParam",
    "UidProp",
    "UnavailabilitySchedule",
    "UnitEnergyPrice",
    "Uri",
    "VMax",
    "VMin",
    "VarQuantity",
    "Vavailability",
    "Vcalendar",
    "VcalendarContainedComponent",
    "Voltage",
    "WsCalendarAttach",
    "WsCalendarGluon",
    "WsCalendarInterval",
    "XEiNotification",
    "XEiRampUp",
    "XEiRecovery",
    "XIntervalQualification",
]


class AncillaryServiceNameEnumerated(str, Enum):
    """XSD type power:AncillaryServiceNameEnumeratedType"""

    operatingReserve = 'operatingReserve'
    regulationServiceUp = 'regulationServiceUp'
    regulationServiceDown = 'regulationServiceDown'
    regulationServiceUpDown = 'regulationServiceUpDown'
    synchronizedReserve = 'synchronizedReserve'
    nonSynchronizedReserve = 'nonSynchronizedReserve'
    blackStartRecovery = 'blackStartRecovery'
    reactivePower = 'reactivePower'


class EiAvailBehavior(str, Enum):
    """XSD type ei:EiAvailBehaviorType"""

    accept = 'accept'
    reject = 'reject'
    restrict = 'restrict'


class EiSmoothing(str, Enum):
    """XSD type ei:EiSmoothingType"""

    ramp = 'ramp'
    uniform = 'uniform'
    none = 'none'


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


class MeasurementProtocolEnumerated(str, Enum):
    """XSD type power:MeasurementProtocolEnumeratedType"""

    EN_50160 = 'EN 50160'
    IEEE_1549_2009 = 'IEEE 1549-2009'


class NonStandardTermsHandling(str, Enum):
    """XSD type emix:NonStandardTermsHandlingType"""

    mustAccept = 'mustAccept'
    ignore = 'ignore'
    mustUnderstand = 'mustUnderstand'
    reject = 'reject'


class OptReasonEnumerated(str, Enum):
    """XSD type ei:OptReasonEnumeratedType"""

    economic = 'economic'
    emergency = 'emergency'
    mustRun = 'mustRun'
    notParticipating = 'notParticipating'
    outageRunStatus = 'outageRunStatus'
    overrideStatus = 'overrideStatus'
    participating = 'participating'


class OptType(str, Enum):
    """XSD type ei:OptTypeType"""

    optIn = 'optIn'
    optOut = 'optOut'


class PowerOptionTypeEnumerated(str, Enum):
    """XSD type power:PowerOptionTypeEnumeratedType"""

    SpinningReserve = 'SpinningReserve'
    NonSpinningReserve = 'NonSpinningReserve'
    OperatingReserve = 'OperatingReserve'
    DemandResponse = 'DemandResponse'


class ProductTypeEnumerated(str, Enum):
    """XSD type power:ProductTypeEnumeratedType"""

    energy = 'energy'
    transport = 'transport'
    energyOption = 'energyOption'
    transportOption = 'transportOption'
    fullRequirementsPower = 'fullRequirementsPower'
    fullRequirementsPowerBlockPricing = 'fullRequirementsPowerBlockPricing'
    fullRequirementsPowerWithDemandCharge = 'fullRequirementsPowerWithDemandCharge'
    fullRequirementsPowerWithMaximumAndMinimum = 'fullRequirementsPowerWithMaximumAndMinimum'
    hourlyDayAhead = 'hourlyDayAhead'
    exAnteRealTimePrice = 'exAnteRealTimePrice'
    timeOfUsePricing = 'timeOfUsePricing'
    congestionRevenueRights = 'congestionRevenueRights'


class ProductTypeRegulation(str, Enum):
    """XSD type resource:ProductTypeRegulationType"""

    regulationUp = 'regulationUp'
    regulationDn = 'regulationDn'
    regulationUp_Dn = 'regulationUp-Dn'


class QualityTypeEnumerated(str, Enum):
    """XSD type power:QualityTypeEnumeratedType"""

    guaranteed = 'guaranteed'
    averaged = 'averaged'
    projected = 'projected'
    measured = 'measured'


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


class ResourceTypeEnumerated(str, Enum):
    """XSD type resource:ResourceTypeEnumeratedType"""

    dispatchableHydro = 'dispatchableHydro'
    nonDispatchableHydro = 'nonDispatchableHydro'
    windGeneration = 'windGeneration'
    solarGeneration = 'solarGeneration'
    tollingContract = 'tollingContract'
    aggregateResource = 'aggregateResource'
    dispatchableStorage = 'dispatchableStorage'


class RuleSetPurpose(str, Enum):
    """XSD type ei:RuleSetPurposeType"""

    minimum = 'minimum'
    maximum = 'maximum'
    force = 'force'
    mustUnderstand = 'mustUnderstand'
    ignore = 'ignore'


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


class Side(str, Enum):
    """XSD type emix:SideType"""

    buy = 'buy'
    sell = 'sell'


class SignalTypeEnumerated(str, Enum):
    """XSD type ei:SignalTypeEnumeratedType"""

    delta = 'delta'
    level = 'level'
    multiplier = 'multiplier'
    price = 'price'
    priceMultiplier = 'priceMultiplier'
    priceRelative = 'priceRelative'
    product = 'product'
    setpoint = 'setpoint'


class TransactiveState(str, Enum):
    """XSD type emix:TransactiveStateType"""

    indicationOfInterest = 'indicationOfInterest'
    tender = 'tender'
    transaction = 'transaction'
    exercise = 'exercise'
    delivery = 'delivery'
    transportCommitment = 'transportCommitment'
    publication = 'publication'


@dataclass(slots=True, kw_only=True)
class AcceptanceID:
    """the element ei:acceptanceID"""

    value: str

@dataclass(slots=True, kw_only=True)
class ArtifactBase:
    """XSD type xcal:ArtifactBaseType"""

@dataclass(slots=True, kw_only=True)
class ProductDescription(ArtifactBase):
    """XSD type emix:ProductDescriptionType"""

@dataclass(slots=True, kw_only=True)
class ResourceDescription(ProductDescription):
    """XSD type resource:ResourceDescriptionType"""

    mrid: str
    emix_interface: AggregatedPnode | EndDeviceAsset | MeterAsset | Pnode | ServiceDeliveryPoint | ServiceLocation | TransportInterface | ServiceArea
    terms: ArrayOfTerms | None = None

@dataclass(slots=True, kw_only=True)
class ActiveReserve(ResourceDescription):
    """XSD type resource:ActiveReserveType"""

    power_option_type: str
    target_regulation: PowerAttributes
    dispatch_time: DurationProp
    autonomous: bool | None = None
    maximum_delivery_rate: Decimal
    minimum_delivery_rate: Decimal

@dataclass(slots=True, kw_only=True)
class EmixInterface:
    """XSD type emix:EmixInterfaceType"""

@dataclass(slots=True, kw_only=True)
class AggregatedPnode(EmixInterface):
    """XSD type power:AggregatedPnodeType"""

    node: str

@dataclass(slots=True, kw_only=True)
class Enrollee:
    """XSD type enrl:EnrolleeType"""

    party_id: str | None = None
    name: str | None = None
    enrollee_type: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class Aggregator(Enrollee):
    """XSD type enrl:AggregatorType"""

@dataclass(slots=True, kw_only=True)
class BaseComponent:
    """XSD type xcal:BaseComponentType"""

    properties: ArrayOfProperties | None = None

@dataclass(slots=True, kw_only=True)
class Vcalendar(BaseComponent):
    """XSD type xcal:VcalendarType"""

    components: ArrayOfVcalendarContainedComponents

@dataclass(slots=True, kw_only=True)
class EmixBase(Vcalendar):
    """XSD type emix:EmixBaseType"""

    uid: str
    envelope_contents: EnvelopeContents | None = None

@dataclass(slots=True, kw_only=True)
class EmixOption(EmixBase):
    """XSD type emix:EmixOptionType"""

    transactive_state: TransactiveState
    expiration_date: datetime | None = None
    integral_only: bool | None = None
    option_holder_side: Side
    option_premium: Price
    option_strike_price: Price
    option_type: str
    side: Side
    market_context: str
    currency: ISO3AlphaCurrencyCodeContent | None = None
    terms: ArrayOfTerms | None = None

@dataclass(slots=True, kw_only=True)
class AncillaryService(EmixOption):
    """XSD type power:AncillaryServiceType"""

    ancillary_service_name: str

@dataclass(slots=True, kw_only=True)
class ApplicationSpecificExtensionBase:
    """XSD type ei:ApplicationSpecificExtensionBaseType"""

@dataclass(slots=True, kw_only=True)
class ApplicationSpecificContextBase(ApplicationSpecificExtensionBase):
    """XSD type ei:ApplicationSpecificContextBaseType"""

@dataclass(slots=True, kw_only=True)
class ApplicationSpecificPayloadBase(ApplicationSpecificExtensionBase):
    """XSD type ei:ApplicationSpecificPayloadBaseType"""

@dataclass(slots=True, kw_only=True)
class ApplicationSpecificReportBase(ApplicationSpecificExtensionBase):
    """XSD type ei:ApplicationSpecificReportBaseType"""

@dataclass(slots=True, kw_only=True)
class ApplicationSpecificSignalBase(ApplicationSpecificExtensionBase):
    """XSD type ei:ApplicationSpecificSignalBaseType"""

@dataclass(slots=True, kw_only=True)
class ArrayOfBlockPowerPrices:
    """XSD type power:ArrayOfBlockPowerPrices"""

    block_power_price: list[BlockPowerPrice] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfCharges:
    """XSD type power:ArrayOfCharges"""

    base_charge: list[BlockPowerPrice | DemandCharge | CongestionCharge | CongestionRevenueRights | ConversionLoss | MarginalLoss | MarginalLossCharge | TransportAccessFee] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfGluonContainedComponents:
    """XSD type xcal:ArrayOfGluonContainedComponents"""

    vavailability: list[Vavailability] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfParameters:
    """XSD type xcal:ArrayOfParameters"""

    base_parameter: list[DurationParameter | ReltypeParam | TzidParam] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfProperties:
    """XSD type xcal:ArrayOfProperties"""

    base_property: list[XIntervalQualification | XEiNotification | XEiRampUp | XEiRecovery | DtendProp | DtstartProp | Duration | Granularity | RelatedToProp | ToleranceProp | UidProp | WsCalendarAttach] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfQualityIndicators:
    """XSD type power:ArrayOfQualityIndicators"""

    base_power_quality_indicator: list[FlickerLt | FlickerSt | HarmonicVoltage | LongInterruptions | MainsSignallingVoltage | MainsVoltage | PowerFrequency | RapidVoltageChanges | ShortInterruptions | SupplyVoltageDips | SupplyVoltageImbalance | SupplyVoltageVariations | TemporaryOvervoltage] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfRampSegments:
    """XSD type resource:ArrayOfRampSegments"""

    power_ramp_segment: list[PowerRampSegment] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfReportRequests:
    """XSD type ei:ArrayOfReportRequests"""

    ei_report_request: list[EiReportRequest] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfSignals:
    """XSD type ei:ArrayOfSignals"""

    ei_event_signal: list[EiEventSignal] = field(default_factory=list)
    ei_event_baseline: list[EiEventBaseline] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfTerms:
    """XSD type emix:ArrayOfTerms"""

    base_term: list[MaximumEnergy | MaximumPower | MinimumLoad | MinimumLoadReduction | OfferCurve | AvailabilitySchedule | MarketGranularity | MaximumConsecutiveDurations | MaximumInvocationsPerDuration | MaximumNotificationDuration | MaximumResponseDuration | MaximumRunDuration | MinimumDurationBetweenInvocations | MinimumEconomicRequirement | MinimumNotificationDuration | MinimumRecoveryDuration | MinimumRemunerationRate | MinimumResponseDuration | MinimumRunDuration | MinimumStartsPerDuration | NotificationSchedule | RequiredStartupRemuneration | ResponseTime | UnavailabilitySchedule | EiResponseSmoothing] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfTransportCharges:
    """XSD type power:ArrayOfTransportCharges"""

    base_transport_charge: list[CongestionCharge | CongestionRevenueRights | ConversionLoss | MarginalLoss | MarginalLossCharge | TransportAccessFee] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfVavailabilityContainedComponents:
    """XSD type xcal:ArrayOfVavailabilityContainedComponents"""

    available: list[Available] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfVcalendarContainedComponents:
    """XSD type xcal:ArrayOfVcalendarContainedComponents"""

    vcalendar_contained_component: list[WsCalendarGluon | WsCalendarInterval | Vavailability] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayOfWarrants:
    """XSD type emix:ArrayOfWarrants"""

    base_warrant: list[EnvironmentalWarrant | QualityWarrant | SourceWarrant | SupportForPrice | PowerQualityWarrant] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayofEnrollmentResponses:
    """XSD type enrl:ArrayofEnrollmentResponses"""

    enrollment_response: list[EiEnrollmentResponse] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayofEventResponses:
    """XSD type ei:ArrayofEventResponses"""

    event_response: list[EiEventResponse] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayofResponseTermsViolated:
    """XSD type ei:ArrayofResponseTermsViolated"""

    response_term_violated: list[ResponseTermViolated] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayofResponses:
    """XSD type ei:ArrayofResponses"""

    response: list[EiResponse] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ArrayofStreamIntervals:
    """XSD type strm:ArrayofStreamIntervals"""

    stream_interval: list[StreamInterval | Interval] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class Artifact:
    """XSD type xcal:ArtifactType"""

@dataclass(slots=True, kw_only=True)
class AvailID:
    """the element ei:availID"""

    value: str

@dataclass(slots=True, kw_only=True)
class BaseTerm:
    """XSD type emix:BaseTermType"""

@dataclass(slots=True, kw_only=True)
class AvailabilitySchedule(BaseTerm):
    """XSD type emix:AvailabilityScheduleType"""

    vavailability: list[Vavailability] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class Available(BaseComponent):
    """XSD type xcal:AvailableType"""

@dataclass(slots=True, kw_only=True)
class BaseCharge:
    """XSD type power:BaseChargeType"""

@dataclass(slots=True, kw_only=True)
class BaseParameter:
    """XSD type xcal:BaseParameterType"""

@dataclass(slots=True, kw_only=True)
class BasePowerQualityIndicator:
    """XSD type power:BasePowerQualityIndicatorType"""

@dataclass(slots=True, kw_only=True)
class BaseProperty:
    """XSD type xcal:BasePropertyType"""

    parameters: ArrayOfParameters | None = None

@dataclass(slots=True, kw_only=True)
class BaseTransportCharge(BaseCharge):
    """XSD type power:BaseTransportChargeType"""

@dataclass(slots=True, kw_only=True)
class BaseWarrant:
    """XSD type emix:BaseWarrantType"""

@dataclass(slots=True, kw_only=True)
class BaselineID:
    """the element ei:baselineID"""

    value: str

@dataclass(slots=True, kw_only=True)
class PowerProductDescription(ProductDescription):
    """XSD type power:PowerProductDescriptionType"""

    product_type: str
    emix_interface: AggregatedPnode | EndDeviceAsset | MeterAsset | Pnode | ServiceDeliveryPoint | ServiceLocation | TransportInterface | ServiceArea
    unit_energy_price: UnitEnergyPrice | None = None
    power_item: PowerItem | PowerApparent | PowerReactive | PowerReal | None = None
    charges: ArrayOfCharges | None = None

@dataclass(slots=True, kw_only=True)
class BlockPowerFullRequirements(PowerProductDescription):
    """XSD type power:BlockPowerFullRequirementsType"""

    maximum_power: Decimal | None = None
    minimum_power: Decimal | None = None
    price_tiers: ArrayOfBlockPowerPrices

@dataclass(slots=True, kw_only=True)
class BlockPowerPrice(BaseCharge):
    """XSD type power:BlockPowerPriceType"""

    price_base: Price | PriceMultiplier | PriceRelative
    maximum_energy_quantity: Decimal

@dataclass(slots=True, kw_only=True)
class CongestionCharge(BaseTransportCharge):
    """XSD type power:CongestionChargeType"""

    transport_interface: TransportInterface
    transport_congestion_fee: Decimal

@dataclass(slots=True, kw_only=True)
class CongestionRevenueRights(BaseTransportCharge):
    """XSD type power:CongestionRevenueRightsType"""

    transport_interface: TransportInterface
    transport_congestion_fee: Decimal

@dataclass(slots=True, kw_only=True)
class ConstraintID:
    """the element ei:constraintID"""

    value: str

@dataclass(slots=True, kw_only=True)
class Consumer(Enrollee):
    """XSD type enrl:ConsumerType"""

@dataclass(slots=True, kw_only=True)
class ConversionLoss(BaseTransportCharge):
    """XSD type power:ConversionLossType"""

    pnode: Pnode
    loss_factor: Decimal

@dataclass(slots=True, kw_only=True)
class CurrentValue:
    """XSD type ei:CurrentValueType"""

    payload_base: PayloadApplicationSpecific | PayloadFloat | PayloadLevel | PayloadPrice | PayloadPriceMultiplier | PayloadPriceRelative | PayloadProduct | PayloadQuantity

@dataclass(slots=True, kw_only=True)
class DateDatetimeProperty(BaseProperty):
    """XSD type xcal:DateDatetimePropertyType"""

    date_time: datetime | None = None
    date: date | None = None

@dataclass(slots=True, kw_only=True)
class Delivery(EmixBase):
    """XSD type emix:DeliveryType"""

    injection: bool

@dataclass(slots=True, kw_only=True)
class DemandCharge(BaseCharge):
    """XSD type power:DemandChargeType"""

    consumption_units: PowerItem
    consumption_ceiling: Decimal
    overconsumption_penalty: PriceBase
    measurement_interval: DurationProp
    collection_interval: DurationProp
    penalty_period: DurationProp
    penalty_duration: DurationProp

@dataclass(slots=True, kw_only=True)
class Distribution(Enrollee):
    """XSD type enrl:DistributionType"""

@dataclass(slots=True, kw_only=True)
class DtendProp(DateDatetimeProperty):
    """XSD type xcal:DtendPropType"""

@dataclass(slots=True, kw_only=True)
class DtstartProp(DateDatetimeProperty):
    """XSD type xcal:DtstartPropType"""

@dataclass(slots=True, kw_only=True)
class DurationProp(BaseProperty):
    """XSD type xcal:DurationPropType"""

    duration: timedelta

@dataclass(slots=True, kw_only=True)
class Duration(DurationProp):
    """the element xcal:duration"""

@dataclass(slots=True, kw_only=True)
class DurationParameter(BaseParameter):
    """XSD type xcal:DurationParameterType"""

    duration: timedelta

@dataclass(slots=True, kw_only=True)
class EiAvail:
    """XSD type ei:EiAvailType"""

    avail_id: str
    ven_id: list[str] = field(default_factory=list)
    resource_id: list[str] = field(default_factory=list)
    available: Vavailability
    created_date_time: datetime
    ei_avail_behavior: EiAvailBehavior
    market_context: str
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class EiCancelAvail:
    """XSD type pyld:EiCancelAvailType"""

    avail_id: str
    ven_id: str

@dataclass(slots=True, kw_only=True)
class EiCancelEnroll:
    """XSD type pyld:EiCancelEnrollType"""

    request_id: str
    enrollment_id: list[str] = field(default_factory=list)
    enrollee_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCancelEvent:
    """XSD type pyld:EiCancelEventType"""

    request_id: str
    event_id: list[str] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCancelHistorian:
    """XSD type pyld:EiCancelHistorianType"""

    historian_id: str
    ei_target: EiTarget | None = None
    report_to_follow: bool

@dataclass(slots=True, kw_only=True)
class EiCancelOpt:
    """XSD type pyld:EiCancelOptType"""

    opt_id: str
    ven_id: str

@dataclass(slots=True, kw_only=True)
class EiCancelPartyRegistration:
    """XSD type pyld:EiCancelPartyRegistrationType"""

    request_id: str
    registration_id: list[str] = field(default_factory=list)
    registree_party_id: str
    registrar_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCancelQuote:
    """XSD type pyld:EiCancelQuoteType"""

    request_id: str
    quote_id: list[str] = field(default_factory=list)
    publisher_party_id: str
    subscriber_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCancelReport:
    """XSD type pyld:EiCancelReportType"""

    request_id: str
    ei_report_id: list[str] = field(default_factory=list)
    report_request_id: list[str] = field(default_factory=list)
    party_id: str
    ei_target: EiTarget | None = None
    report_to_follow: bool

@dataclass(slots=True, kw_only=True)
class EiCancelTender:
    """XSD type pyld:EiCancelTenderType"""

    request_id: str
    tender_id: list[str] = field(default_factory=list)
    party_id: str
    counter_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCanceledAvail:
    """XSD type pyld:EiCanceledAvailType"""

    ei_response: EiResponse
    avail_id: str | None = None

@dataclass(slots=True, kw_only=True)
class EiCanceledEnroll:
    """XSD type pyld:EiCanceledEnrollType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None

@dataclass(slots=True, kw_only=True)
class EiCanceledEvent:
    """XSD type pyld:EiCanceledEventType"""

    ei_event_response: EiEventResponse
    event_responses: ArrayofEventResponses | None = None

@dataclass(slots=True, kw_only=True)
class EiCanceledHistorian:
    """XSD type pyld:EiCanceledHistorianType"""

    ei_response: EiResponse
    historian_id: str | None = None
    responses: ArrayofResponses | None = None

@dataclass(slots=True, kw_only=True)
class EiCanceledOpt:
    """XSD type pyld:EiCanceledOptType"""

    ei_response: EiResponse
    opt_id: str | None = None

@dataclass(slots=True, kw_only=True)
class EiCanceledPartyRegistration:
    """XSD type pyld:EiCanceledPartyRegistrationType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None
    registree_party_id: str
    registrar_party_id: str
    responding_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCanceledQuote:
    """XSD type pyld:EiCanceledQuoteType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None
    publisher_party_id: str
    subscriber_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCanceledReport:
    """XSD type pyld:EiCanceledReportType"""

    ei_response: EiResponse
    ei_report_id: list[str] = field(default_factory=list)
    report_request_id: list[str] = field(default_factory=list)
    responses: ArrayofResponses | None = None

@dataclass(slots=True, kw_only=True)
class EiCanceledTender:
    """XSD type pyld:EiCanceledTenderType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None
    party_id: str
    counter_party_id: str

@dataclass(slots=True, kw_only=True)
class EiChangeEvent:
    """XSD type pyld:EiChangeEventType"""

    request_id: str
    vtn_id: str
    ei_event: EiEvent
    change_comment: str | None = None

@dataclass(slots=True, kw_only=True)
class EiChangedEvent:
    """XSD type pyld:EiChangedEventType"""

    ei_response: EiResponse
    event_responses: ArrayofEventResponses | None = None
    ven_id: str

@dataclass(slots=True, kw_only=True)
class EiCreateAvail:
    """XSD type pyld:EiCreateAvailType"""

    ei_avail: EiAvail

@dataclass(slots=True, kw_only=True)
class EiCreateDelivery:
    """XSD type pyld:EiCreateDeliveryType"""

    request_id: str
    requestor_party_id: str
    ei_delivery: EiDelivery

@dataclass(slots=True, kw_only=True)
class EiCreateEnroll:
    """XSD type pyld:EiCreateEnrollType"""

    request_id: str
    enrollee_party_id: str
    ei_enrollment: EiEnrollment

@dataclass(slots=True, kw_only=True)
class EiCreateEvent:
    """XSD type pyld:EiCreateEventType"""

    request_id: str
    vtn_id: str
    ei_event: EiEvent

@dataclass(slots=True, kw_only=True)
class EiCreateHistorian:
    """XSD type pyld:EiCreateHistorianType"""

    request_id: str
    vtn_id: str
    party_id: str
    requestor_party_id: str
    ei_report_request: list[EiReportRequest] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreateOpt:
    """XSD type pyld:EiCreateOptType"""

    ei_opt: EiOpt

@dataclass(slots=True, kw_only=True)
class EiCreatePartyRegistration:
    """XSD type pyld:EiCreatePartyRegistrationType"""

    request_id: str
    registree_party_id: str
    ei_registration_info: EiRegistrationInfo

@dataclass(slots=True, kw_only=True)
class EiCreateProjection:
    """XSD type pyld:EiCreateProjectionType"""

    request_id: str
    vtn_id: str
    party_id: str
    requestor_party_id: str
    ei_report_request: list[EiReportRequest] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreateQuote:
    """XSD type pyld:EiCreateQuoteType"""

    request_id: str
    publisher_party_id: str
    subscriber_party_id: str
    ei_quote: list[EiQuote] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreateReport:
    """XSD type pyld:EiCreateReportType"""

    request_id: str
    vtn_id: str
    party_id: str
    requestor_party_id: str
    ei_report_request: list[EiReportRequest] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreateTender:
    """XSD type pyld:EiCreateTenderType"""

    request_id: str
    party_id: str
    counter_party_id: str
    ei_tender: list[EiTender] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreateTransaction:
    """XSD type pyld:EiCreateTransactionType"""

    request_id: str
    party_id: str
    counter_party_id: str
    ei_transaction: list[EiTransaction] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreatedAvail:
    """XSD type pyld:EiCreatedAvailType"""

    ei_response: EiResponse
    avail_id: str

@dataclass(slots=True, kw_only=True)
class EiCreatedDelivery:
    """XSD type pyld:EiCreatedDeliveryType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None
    ei_delivery: list[EiDelivery] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreatedEnroll:
    """XSD type pyld:EiCreatedEnrollType"""

    ei_response: EiResponse
    enrollment_id: str | None = None
    enrollment_responses: ArrayofEnrollmentResponses | None = None
    enroll_admin_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCreatedEvent:
    """XSD type pyld:EiCreatedEventType"""

    ei_response: EiResponse
    event_responses: ArrayofEventResponses | None = None
    ven_id: str

@dataclass(slots=True, kw_only=True)
class EiCreatedHistorian:
    """XSD type pyld:EiCreatedHistorianType"""

    ei_response: EiResponse
    historian_id: str | None = None
    responses: ArrayofResponses | None = None

@dataclass(slots=True, kw_only=True)
class EiCreatedOpt:
    """XSD type pyld:EiCreatedOptType"""

    ei_response: EiResponse
    opt_id: str

@dataclass(slots=True, kw_only=True)
class EiCreatedPartyRegistration:
    """XSD type pyld:EiCreatedPartyRegistrationType"""

    ei_response: EiResponse
    registration_id: str | None = None
    registree_party_id: str
    registrar_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCreatedProjection:
    """XSD type pyld:EiCreatedProjectionType"""

    ei_response: EiResponse
    ei_report_id: list[str] = field(default_factory=list)
    responses: ArrayofResponses | None = None
    ei_report: list[EiReport] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreatedQuote:
    """XSD type pyld:EiCreatedQuoteType"""

    ei_response: EiResponse
    quote_id: str | None = None
    responses: ArrayofResponses | None = None
    publisher_party_id: str
    subscriber_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCreatedReport:
    """XSD type pyld:EiCreatedReportType"""

    ei_response: EiResponse
    ei_report_id: list[str] = field(default_factory=list)
    responses: ArrayofResponses | None = None
    ei_report: list[EiReport] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiCreatedTender:
    """XSD type pyld:EiCreatedTenderType"""

    ei_response: EiResponse
    tender_id: str | None = None
    responses: ArrayofResponses | None = None
    party_id: str
    counter_party_id: str

@dataclass(slots=True, kw_only=True)
class EiCreatedTransaction:
    """XSD type pyld:EiCreatedTransactionType"""

    ei_response: EiResponse
    transaction_id: str | None = None
    responses: ArrayofResponses | None = None
    party_id: str
    counter_party_id: str

@dataclass(slots=True, kw_only=True)
class EiDelivery(Delivery):
    """XSD type ei:EiDeliveryType"""

    ei_delivery_id: str
    created_date_time: datetime
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class EiDeliveryID:
    """the element ei:eiDeliveryID"""

    value: str

@dataclass(slots=True, kw_only=True)
class EiDistributeEvent:
    """XSD type pyld:EiDistributeEventType"""

    request_id: str
    vtn_id: str
    ei_event: list[EiEvent] = field(default_factory=list)
    ei_target: EiTarget | None = None

@dataclass(slots=True, kw_only=True)
class EiDistributeQuote:
    """XSD type pyld:EiDistributeQuoteType"""

    request_id: str
    publisher_party_id: str
    ei_quote: list[EiQuote] = field(default_factory=list)
    ei_target: EiTarget | None = None

@dataclass(slots=True, kw_only=True)
class EiDistributeTender:
    """XSD type pyld:EiDistributeTenderType"""

    request_id: str
    party_id: str
    ei_tender: list[EiTender] = field(default_factory=list)
    ei_target: EiTarget | None = None

@dataclass(slots=True, kw_only=True)
class EiEnrollment:
    """XSD type enrl:EiEnrollmentType"""

    enrollment_id: str | None = None
    original_enrollment_id: str | None = None
    modification_number: int | None = None
    enrollment_name: str | None = None
    enrollment_status: str | None = None
    enrollee_type: str | None = None
    enroll_admin_party_id: str | None = None
    enrollee_party_id: str
    enrollee: Enrollee
    resource: list[Resource] = field(default_factory=list)
    performance_evaluation_method_base: PerformanceEvaluationMethodBase | None = None
    performance_evaluation_method_type_base: PerformanceEvaluationMethodTypeBase | None = None
    enrollment_comments: str | None = None

@dataclass(slots=True, kw_only=True)
class EiResponse:
    """XSD type ei:EiResponseType"""

    response_code: str
    response_description: str | None = None
    ref_id: RefID | EnrollmentID | OriginalEnrollmentID | AcceptanceID | AvailID | BaselineID | ConstraintID | EiDeliveryID | EiReportID | EventMessageID | HistorianID | OptID | OriginalReferenceID | QuoteID | RegistrationID | ReportRequestID | ReportSpecifierID | SignalID | TenderID | TransactionID
    response_terms_violated: ArrayofResponseTermsViolated | None = None
    created_date_time: datetime | None = None

@dataclass(slots=True, kw_only=True)
class EiEnrollmentResponse(EiResponse):
    """XSD type enrl:EiEnrollmentResponseType"""

    enrollment_id: str
    original_reference_id: str | None = None

@dataclass(slots=True, kw_only=True)
class EiEvent:
    """XSD type ei:EiEventType"""

    event_message_id: str | None = None
    event_descriptor: EventDescriptor
    ei_active_period: Vcalendar
    ei_event_signals: ArrayOfSignals
    ei_target: EiTarget | None = None
    ei_report_requests: list[ArrayOfReportRequests] = field(default_factory=list)
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class StreamBase:
    """XSD type strm:StreamBaseType"""

    dtstart: DtstartProp | None = None
    duration: Duration | None = None
    related_to: RelatedToProp | None = None
    intervals: ArrayofStreamIntervals | None = None

@dataclass(slots=True, kw_only=True)
class EiEventBaseline(StreamBase):
    """XSD type ei:EiEventBaselineType"""

    baseline_id: str
    baseline_interval: list[WsCalendarInterval] = field(default_factory=list)
    resource_id: list[str] = field(default_factory=list)
    baseline_name: str | None = None
    item_base: EnergyItem | PowerItem | Voltage | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal | None = None
    current_value: CurrentValue | None = None

@dataclass(slots=True, kw_only=True)
class EiEventResponse(EiResponse):
    """XSD type ei:EiEventResponseType"""

    qualified_event_id: QualifiedEventID
    opt_type: OptType

@dataclass(slots=True, kw_only=True)
class EiEventSignal(StreamBase):
    """XSD type ei:EiEventSignalType"""

    ei_target: list[EiTarget] = field(default_factory=list)
    market_context: str | None = None
    signal_name: str
    signal_type: str
    signal_id: str
    item_base: EnergyItem | PowerItem | Voltage | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal | None = None
    current_value: CurrentValue | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class EiMarketContext:
    """XSD type ei:EiMarketContextType"""

    market_context: str
    market_name: str | None = None
    envelope_contents: EnvelopeContents | None = None
    standard_terms: StandardTerms | None = None
    simple_level_context: SimpleLevelContext | None = None
    application_specific_context_base: ApplicationSpecificContextBase | None = None
    report_specifier: list[ReportSpecifier] = field(default_factory=list)
    created_date_time: datetime | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class EiMarketExpectations:
    """XSD type ei:EiMarketExpectationsType"""

    ei_market_rule_set: list[EiMarketRuleSet] = field(default_factory=list)
    granularity: Granularity | None = None
    non_standard_terms_handling: NonStandardTermsHandling

@dataclass(slots=True, kw_only=True)
class EiMarketRuleSet:
    """XSD type ei:EiMarketRuleSetType"""

    standard_terms_set: StandardTermsSet
    rule_set_purpose: RuleSetPurpose
    ei_avail_behavior: EiAvailBehavior | None = None

@dataclass(slots=True, kw_only=True)
class EiOpt:
    """XSD type ei:EiOptType"""

    opt_id: str
    opt_type: OptType
    opt_reason: str
    market_context: str | None = None
    ven_id: list[str] = field(default_factory=list)
    vavailability: Vavailability | None = None
    ei_market_rule_set: list[EiMarketRuleSet] = field(default_factory=list)
    created_date_time: datetime
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class EiParty:
    """XSD type ei:EiPartyType"""

    party_id: str | None = None
    party_name: str | None = None
    party_role: str | None = None
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class EiQuote:
    """XSD type ei:EiQuoteType"""

    quote_id: str
    emix_base: list[EmixBase] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiRegistration:
    """XSD type ei:EiRegistrationType"""

    registree_party_id: list[str] = field(default_factory=list)
    registrar_party_id: str
    ei_registration_info: EiRegistrationInfo

@dataclass(slots=True, kw_only=True)
class EiRegistrationInfo:
    """XSD type ei:EiRegistrationInfoType"""

@dataclass(slots=True, kw_only=True)
class EiReplyAvail:
    """XSD type pyld:EiReplyAvailType"""

    ei_response: EiResponse
    ven_id: str
    vtn_id: str
    ei_avail: list[EiAvail] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiReplyEiMarketContext:
    """XSD type pyld:EiReplyEiMarketContextType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None

@dataclass(slots=True, kw_only=True)
class EiReplyEnroll:
    """XSD type pyld:EiReplyEnrollType"""

    ei_response: EiResponse
    enrollment_responses: ArrayofEnrollmentResponses | None = None
    ei_enrollment: list[EiEnrollment] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiReplyEvent:
    """XSD type pyld:EiReplyEventType"""

    ei_response: EiResponse
    ven_id: str
    vtn_id: str
    ei_event: list[EiEvent] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiReplyHistorian:
    """XSD type pyld:EiReplyHistorianType"""

    ei_response: EiResponse
    historian_id: list[str] = field(default_factory=list)
    responses: ArrayofResponses | None = None

@dataclass(slots=True, kw_only=True)
class EiReplyOpt:
    """XSD type pyld:EiReplyOptType"""

    ei_response: EiResponse
    ven_id: str
    vtn_id: str
    ei_opt: list[EiOpt] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiReplyPartyRegistration:
    """XSD type pyld:EiReplyPartyRegistrationType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None
    ei_registration: list[EiRegistration] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiReplyPendingEvent:
    """XSD type pyld:EiReplyPendingEventType"""

    ei_response: EiResponse

@dataclass(slots=True, kw_only=True)
class EiReplyQuote:
    """XSD type pyld:EiReplyQuoteType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None
    ei_quote: list[EiQuote] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiReplyReport:
    """XSD type pyld:EiReplyReportType"""

    ei_response: EiResponse
    ei_report_id: list[str] = field(default_factory=list)
    responses: ArrayofResponses | None = None

@dataclass(slots=True, kw_only=True)
class EiReplyTender:
    """XSD type pyld:EiReplyTenderType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None
    ei_tender: list[EiTender] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiReplyTransaction:
    """XSD type pyld:EiReplyTransactionType"""

    ei_response: EiResponse
    responses: ArrayofResponses | None = None
    ei_transaction: list[EiTransaction] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiReport(StreamBase):
    """XSD type ei:EiReportType"""

    ei_report_id: str
    report_description: list[ReportDescription] = field(default_factory=list)
    snap: Snap | None = None
    report_request_id: str
    report_specifier_id: str
    report_name: str | None = None
    created_date_time: datetime
    schema_version: str | None = None

@dataclass(slots=True, kw_only=True)
class EiReportID:
    """the element ei:eiReportID"""

    value: str

@dataclass(slots=True, kw_only=True)
class EiReportRequest:
    """XSD type ei:EiReportRequestType"""

    report_request_id: str
    report_specifier_id: str
    report_specifier: ReportSpecifier | None = None
    ei_target: EiTarget | None = None
    report_scheduler: EventGluon | RequestReportGluon | RequestReportInterval | RequestReportSnap
    aggregate_report: bool

@dataclass(slots=True, kw_only=True)
class EiRequestAvail:
    """XSD type pyld:EiRequestAvailType"""

    request_id: str
    ven_id: str | None = None
    avail_id: list[str] = field(default_factory=list)
    requestor_party_id: str
    resource_id: list[str] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiRequestEiMarketContext:
    """XSD type pyld:EiRequestEiMarketContextType"""

    request_id: str
    ven_id: str
    vtn_id: str | None = None
    party_id: str | None = None
    resource_id: list[str] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiRequestEnroll:
    """XSD type pyld:EiRequestEnrollType"""

    request_id: str
    enrollment_id: list[str] = field(default_factory=list)
    enrollee_party_id: str | None = None
    enroll_admin_party_id: str | None = None
    requestor_party_id: str

@dataclass(slots=True, kw_only=True)
class EiRequestEvent:
    """XSD type pyld:EiRequestEventType"""

    request_id: str
    event_id: list[str] = field(default_factory=list)
    ven_id: str
    reply_limit: int | None = None

@dataclass(slots=True, kw_only=True)
class EiRequestHistorian:
    """XSD type pyld:EiRequestHistorianType"""

    request_id: str
    vtn_id: str | None = None
    party_id: str | None = None
    requestor_party_id: str

@dataclass(slots=True, kw_only=True)
class EiRequestOpt:
    """XSD type pyld:EiRequestOptType"""

    request_id: str
    ven_id: str | None = None
    market_context: str | None = None
    opt_id: list[str] = field(default_factory=list)
    requestor_party_id: str
    resource_id: list[str] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiRequestPartyRegistration:
    """XSD type pyld:EiRequestPartyRegistrationType"""

    request_id: str
    registration_id: list[str] = field(default_factory=list)
    registree_party_id: str | None = None
    registrar_party_id: str | None = None
    requestor_party_id: str

@dataclass(slots=True, kw_only=True)
class EiRequestPendingEvent:
    """XSD type pyld:EiRequestPendingEventType"""

    request_id: str
    ven_id: str
    reply_limit: int | None = None

@dataclass(slots=True, kw_only=True)
class EiRequestQuote:
    """XSD type pyld:EiRequestQuoteType"""

    request_id: str
    quote_id: list[str] = field(default_factory=list)
    publisher_party_id: str | None = None
    requestor_party_id: str

@dataclass(slots=True, kw_only=True)
class EiRequestReport:
    """XSD type pyld:EiRequestReportType"""

    request_id: str
    report_request_id: list[str] = field(default_factory=list)
    vtn_id: str | None = None
    party_id: str | None = None
    requestor_party_id: str
    ei_target: EiTarget | None = None

@dataclass(slots=True, kw_only=True)
class EiRequestTender:
    """XSD type pyld:EiRequestTenderType"""

    request_id: str
    tender_id: list[str] = field(default_factory=list)
    party_id: str | None = None
    counter_party_id: str | None = None
    requestor_party_id: str

@dataclass(slots=True, kw_only=True)
class EiRequestTransaction:
    """XSD type pyld:EiRequestTransactionType"""

    request_id: str
    transaction_id: list[str] = field(default_factory=list)
    party_id: str | None = None
    counter_party_id: str | None = None
    requestor_party_id: str

@dataclass(slots=True, kw_only=True)
class EiResponseSmoothing(BaseTerm):
    """XSD type ei:EiResponseSmoothingType"""

    ei_smoothing: EiSmoothing

@dataclass(slots=True, kw_only=True)
class EiTarget:
    """XSD type ei:EiTargetType"""

    emix_interface: list[AggregatedPnode | EndDeviceAsset | MeterAsset | Pnode | ServiceDeliveryPoint | ServiceLocation | TransportInterface | ServiceArea] = field(default_factory=list)
    group_id: list[str] = field(default_factory=list)
    group_name: list[str] = field(default_factory=list)
    resource_id: list[str] = field(default_factory=list)
    ven_id: list[str] = field(default_factory=list)
    party_id: list[str] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiTender:
    """XSD type ei:EiTenderType"""

    tender_id: str
    emix_base: EmixBase

@dataclass(slots=True, kw_only=True)
class EiTransaction:
    """XSD type ei:EiTransactionType"""

    transaction_id: str
    tender_id: str | None = None
    emix_base: EmixBase

@dataclass(slots=True, kw_only=True)
class EiUpdateReport:
    """XSD type pyld:EiUpdateReportType"""

    ei_response: EiResponse | None = None
    request_id: str
    responses: ArrayofResponses | None = None
    ei_report: list[EiReport] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class EiUpdatedReport:
    """XSD type pyld:EiUpdatedReportType"""

    ei_response: EiResponse

@dataclass(slots=True, kw_only=True)
class EmixGranularity:
    """XSD type emix:EmixGranularityType"""

    quantity: Decimal
    item_base: EnergyItem | PowerItem | Voltage | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal

@dataclass(slots=True, kw_only=True)
class EndDeviceAsset(EmixInterface):
    """XSD type power:EndDeviceAssetType"""

    mrid: str

@dataclass(slots=True, kw_only=True)
class EnergyApparent:
    """XSD type power:EnergyApparentType"""

    item_description: str = 'ApparentEnergy'
    item_units: str = 'VAh'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class ItemBase:
    """XSD type emix:ItemBaseType"""

@dataclass(slots=True, kw_only=True)
class EnergyItem(ItemBase):
    """XSD type power:EnergyItemType"""

    item_description: str
    item_units: str
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class EnergyQuantity:
    """XSD type power:EnergyQuantityType"""

    quantity: Decimal
    energy_item: EnergyItem | EnergyApparent | EnergyReactive | EnergyReal

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
class EnrollingAuthority(Enrollee):
    """XSD type enrl:EnrollingAuthorityType"""

@dataclass(slots=True, kw_only=True)
class EnrollmentID:
    """the element enrl:enrollmentID"""

    value: str

@dataclass(slots=True, kw_only=True)
class EnvelopeContents:
    """XSD type emix:EnvelopeContentsType"""

    warrants: ArrayOfWarrants | None = None

@dataclass(slots=True, kw_only=True)
class EnvironmentalWarrant(BaseWarrant):
    """XSD type emix:EnvironmentalWarrantType"""

    emix_base: list[EmixBase] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class StreamPayloadBase:
    """XSD type strm:StreamPayloadBaseType"""

@dataclass(slots=True, kw_only=True)
class EventBaselinePayload(StreamPayloadBase):
    """XSD type ei:EventBaselinePayloadType"""

    payload_quantity: PayloadQuantity | None = None

@dataclass(slots=True, kw_only=True)
class EventDescriptor:
    """XSD type ei:EventDescriptorType"""

    event_id: str
    modification_number: int
    modification_date_time: datetime | None = None
    modification_reason: str | None = None
    priority: int | None = None
    ei_market_context: EiMarketContext
    created_date_time: datetime | None = None
    event_status: str | None = None
    operating_day: datetime | None = None
    test_event: str | None = None
    vtn_comment: str | None = None

@dataclass(slots=True, kw_only=True)
class ReportSchedulerBase:
    """XSD type ei:ReportSchedulerBaseType"""

@dataclass(slots=True, kw_only=True)
class EventGluon(ReportSchedulerBase):
    """XSD type ei:EventGluonType"""

    gluon: WsCalendarGluon | None = None
    event_id: str | None = None

@dataclass(slots=True, kw_only=True)
class EventMessageID:
    """the element ei:eventMessageID"""

    value: str

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
class FlickerLt(BasePowerQualityIndicator):
    """XSD type power:FlickerLtType"""

    flicker_p_lt: Decimal

@dataclass(slots=True, kw_only=True)
class FlickerSt(BasePowerQualityIndicator):
    """XSD type power:FlickerStType"""

    flicker_p_st: Decimal

@dataclass(slots=True, kw_only=True)
class FullRequirementsPower(PowerProductDescription):
    """XSD type power:FullRequirementsPowerType"""

    price_base: Price | PriceMultiplier | PriceRelative | None = None
    maximum_power: Decimal | None = None
    minimum_power: Decimal | None = None

@dataclass(slots=True, kw_only=True)
class PowerResponse(ResourceDescription):
    """XSD type resource:PowerResponseType"""

    staging_ramp: ArrayOfRampSegments | None = None
    maximum_response: Decimal | None = None
    minimum_response: Decimal
    recovery_ramp: ArrayOfRampSegments | None = None
    offer_curve: OfferCurve | None = None

@dataclass(slots=True, kw_only=True)
class Generation(PowerResponse):
    """XSD type resource:GenerationType"""

    type: str | None = None

@dataclass(slots=True, kw_only=True)
class Generator(Enrollee):
    """XSD type enrl:GeneratorType"""

@dataclass(slots=True, kw_only=True)
class Granularity(DurationProp):
    """the element xcal:granularity"""

@dataclass(slots=True, kw_only=True)
class HarmonicVoltage(BasePowerQualityIndicator):
    """XSD type power:HarmonicVoltageType"""

    voltage: Decimal

@dataclass(slots=True, kw_only=True)
class HistorianID:
    """the element ei:historianID"""

    value: str

@dataclass(slots=True, kw_only=True)
class Icalendar:
    """XSD type xcal:IcalendarType"""

    vcalendar: list[Vcalendar] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class StreamInterval:
    """XSD type strm:StreamIntervalType"""

    base_property: list[XIntervalQualification | XEiNotification | XEiRampUp | XEiRecovery | DtendProp | DtstartProp | Duration | Granularity | RelatedToProp | ToleranceProp | UidProp | WsCalendarAttach] = field(default_factory=list)
    stream_payload_base: EventBaselinePayload | ReportPayload | SignalPayload

@dataclass(slots=True, kw_only=True)
class Interval(StreamInterval):
    """XSD type ei:IntervalType"""

@dataclass(slots=True, kw_only=True)
class LinearRing:
    """anonymous type of LinearRing"""

    pos_list: list[Decimal] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class LoadReduction(PowerResponse):
    """XSD type resource:LoadReductionType"""

@dataclass(slots=True, kw_only=True)
class Location:
    """anonymous type of Location"""

    polygon: Polygon

@dataclass(slots=True, kw_only=True)
class LongInterruptions(BasePowerQualityIndicator):
    """XSD type power:LongInterruptionsType"""

    count: int

@dataclass(slots=True, kw_only=True)
class Lse(Enrollee):
    """XSD type enrl:LseType"""

@dataclass(slots=True, kw_only=True)
class MainsSignallingVoltage(BasePowerQualityIndicator):
    """XSD type power:MainsSignallingVoltageType"""

    voltage: Decimal

@dataclass(slots=True, kw_only=True)
class MainsVoltage(BasePowerQualityIndicator):
    """XSD type power:MainsVoltageType"""

    voltage: Decimal

@dataclass(slots=True, kw_only=True)
class MarginalLoss(BaseTransportCharge):
    """XSD type power:MarginalLossType"""

    loss_factor: Decimal

@dataclass(slots=True, kw_only=True)
class MarginalLossCharge(BaseTransportCharge):
    """XSD type power:MarginalLossChargeType"""

    marginal_loss_fee: Decimal

@dataclass(slots=True, kw_only=True)
class Market(Enrollee):
    """XSD type enrl:MarketType"""

@dataclass(slots=True, kw_only=True)
class MarketGranularity(BaseTerm):
    """XSD type emix:MarketGranularityType"""

    quantity: Decimal
    item_base: EnergyItem | PowerItem | Voltage | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal

@dataclass(slots=True, kw_only=True)
class MaximumConsecutiveDurations(BaseTerm):
    """XSD type emix:MaximumConsecutiveDurationsType"""

    durations: int
    duration: Duration

@dataclass(slots=True, kw_only=True)
class MaximumEnergy(BaseTerm):
    """XSD type resource:MaximumEnergyType"""

    energy_quantity: EnergyQuantity

@dataclass(slots=True, kw_only=True)
class MaximumInvocationsPerDuration(BaseTerm):
    """XSD type emix:MaximumInvocationsPerDurationType"""

    starts: int
    duration: Duration

@dataclass(slots=True, kw_only=True)
class MaximumNotificationDuration(BaseTerm):
    """XSD type emix:MaximumNotificationDurationType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class MaximumPower(BaseTerm):
    """XSD type resource:MaximumPowerType"""

    power_quantity: PowerQuantity

@dataclass(slots=True, kw_only=True)
class MaximumResponseDuration(BaseTerm):
    """XSD type emix:MaximumResponseDurationType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class MaximumRunDuration(BaseTerm):
    """XSD type emix:MaximumRunDurationType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class Measurement(ProductDescription):
    """XSD type emix:MeasurementType"""

    quantity: Decimal
    item_base: EnergyItem | PowerItem | Voltage | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal

@dataclass(slots=True, kw_only=True)
class MeterAsset(EmixInterface):
    """XSD type power:MeterAssetType"""

    mrid: str

@dataclass(slots=True, kw_only=True)
class MeterAuthority(Enrollee):
    """XSD type enrl:MeterAuthorityType"""

@dataclass(slots=True, kw_only=True)
class MinimumDurationBetweenInvocations(BaseTerm):
    """XSD type emix:MinimumDurationBetweenInvocationsType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class MinimumEconomicRequirement(BaseTerm):
    """XSD type emix:MinimumEconomicRequirementType"""

    price: Price

@dataclass(slots=True, kw_only=True)
class MinimumLoad(BaseTerm):
    """XSD type resource:MinimumLoadType"""

    power_quantity: PowerQuantity

@dataclass(slots=True, kw_only=True)
class MinimumLoadReduction(BaseTerm):
    """XSD type resource:MinimumLoadReductionType"""

    power_quantity: PowerQuantity

@dataclass(slots=True, kw_only=True)
class MinimumNotificationDuration(BaseTerm):
    """XSD type emix:MinimumNotificationDurationType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class MinimumRecoveryDuration(BaseTerm):
    """XSD type emix:MinimumRecoveryDurationType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class MinimumRemunerationRate(BaseTerm):
    """XSD type emix:MinimumRemunerationRateType"""

    price: Price
    duration: Duration

@dataclass(slots=True, kw_only=True)
class MinimumResponseDuration(BaseTerm):
    """XSD type emix:MinimumResponseDurationType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class MinimumRunDuration(BaseTerm):
    """XSD type emix:MinimumRunDurationType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class MinimumStartsPerDuration(BaseTerm):
    """XSD type emix:MinimumStartsPerDurationType"""

    starts: int
    duration: Duration

@dataclass(slots=True, kw_only=True)
class NotificationSchedule(BaseTerm):
    """XSD type emix:NotificationScheduleType"""

    vavailability: list[Vavailability] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OfferCurve(BaseTerm):
    """XSD type resource:OfferCurveType"""

    offer_segment: list[OfferSegment] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class OfferSegment:
    """XSD type resource:OfferSegmentType"""

    segment: int
    price: Price
    quantity: Decimal
    power_item: PowerItem | PowerApparent | PowerReactive | PowerReal
    energy_item: EnergyItem | EnergyApparent | EnergyReactive | EnergyReal
    integral_only: bool

@dataclass(slots=True, kw_only=True)
class OptID:
    """the element ei:optID"""

    value: str

@dataclass(slots=True, kw_only=True)
class OriginalEnrollmentID:
    """the element enrl:originalEnrollmentID"""

    value: str

@dataclass(slots=True, kw_only=True)
class OriginalReferenceID:
    """the element ei:originalReferenceID"""

    value: str

@dataclass(slots=True, kw_only=True)
class PMax:
    """XSD type resource:PMaxType"""

    power_quantity: PowerQuantity

@dataclass(slots=True, kw_only=True)
class PayloadBase:
    """XSD type ei:PayloadBaseType"""

@dataclass(slots=True, kw_only=True)
class PayloadApplicationSpecific(PayloadBase):
    """XSD type ei:PayloadApplicationSpecificType"""

    application_specific_payload_base: ApplicationSpecificPayloadBase

@dataclass(slots=True, kw_only=True)
class PayloadFloat(PayloadBase):
    """XSD type ei:PayloadFloatType"""

    value: Decimal

@dataclass(slots=True, kw_only=True)
class PayloadLevel(PayloadBase):
    """XSD type ei:PayloadLevelType"""

    level: int

@dataclass(slots=True, kw_only=True)
class PayloadPrice(PayloadBase):
    """XSD type ei:PayloadPriceType"""

    price: Price

@dataclass(slots=True, kw_only=True)
class PayloadPriceMultiplier(PayloadBase):
    """XSD type ei:PayloadPriceMultiplierType"""

    price_multiplier: PriceMultiplier

@dataclass(slots=True, kw_only=True)
class PayloadPriceRelative(PayloadBase):
    """XSD type ei:PayloadPriceRelativeType"""

    price_relative: PriceRelative

@dataclass(slots=True, kw_only=True)
class PayloadProduct(PayloadBase):
    """XSD type ei:PayloadProductType"""

    product_description: ActiveReserve | Generation | LoadReduction | ProductVoltageRegulation | RegulationService | PowerProductDescription | TemixPower | Measurement | BlockPowerFullRequirements | FullRequirementsPower | TransportProductDescription

@dataclass(slots=True, kw_only=True)
class PayloadQuantity(PayloadBase):
    """XSD type ei:PayloadQuantityType"""

    quantity: Decimal

@dataclass(slots=True, kw_only=True)
class PercentRampRate:
    """XSD type resource:PercentRampRateType"""

    rate: Decimal
    duration: Duration

@dataclass(slots=True, kw_only=True)
class PerformanceEvaluationMethodBase:
    """XSD type enrl:PerformanceEvaluationMethodBaseType"""

@dataclass(slots=True, kw_only=True)
class PerformanceEvaluationMethodTypeBase:
    """XSD type enrl:PerformanceEvaluationMethodTypeBaseType"""

@dataclass(slots=True, kw_only=True)
class Pnode(EmixInterface):
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
class PowerFrequency(BasePowerQualityIndicator):
    """XSD type power:PowerFrequencyType"""

    frequency: Decimal

@dataclass(slots=True, kw_only=True)
class PowerItem(ItemBase):
    """XSD type power:PowerItemType"""

    item_description: str
    item_units: str
    si_scale_code: SiScaleCode
    power_attributes: PowerAttributes

@dataclass(slots=True, kw_only=True)
class QualityWarrant(BaseWarrant):
    """XSD type emix:QualityWarrantType"""

    emix_base: list[EmixBase] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class PowerQualityWarrant(QualityWarrant):
    """XSD type power:PowerQualityWarrantType"""

    uid: str
    measurement_protocol: str
    quality_type: str
    side: Side
    quality_measure: QualityMeasure | None = None

@dataclass(slots=True, kw_only=True)
class PowerQuantity:
    """XSD type power:PowerQuantityType"""

    quantity: Decimal
    power_item: PowerItem | PowerApparent | PowerReactive | PowerReal

@dataclass(slots=True, kw_only=True)
class PowerRamp:
    """XSD type resource:PowerRampType"""

    ramp_segments: ArrayOfRampSegments

@dataclass(slots=True, kw_only=True)
class PowerRampSegment:
    """XSD type resource:PowerRampSegmentType"""

    rate: PowerQuantity
    duration: Duration
    begin_ramp: int
    end_ramp: int
    integral_only: bool

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
class PriceBase:
    """XSD type emix:PriceBaseType"""

@dataclass(slots=True, kw_only=True)
class Price(PriceBase):
    """XSD type emix:PriceType"""

    value: Decimal

@dataclass(slots=True, kw_only=True)
class PriceMultiplier(PriceBase):
    """XSD type emix:PriceMultiplierType"""

    multiplier: Decimal
    market_context: str | None = None

@dataclass(slots=True, kw_only=True)
class PriceRelative(PriceBase):
    """XSD type emix:PriceRelativeType"""

    value: Decimal
    market_context: str | None = None

@dataclass(slots=True, kw_only=True)
class Product(EmixBase):
    """XSD type emix:ProductType"""

    transactive_state: TransactiveState
    expiration_date: datetime | None = None
    integral_only: bool | None = None
    currency: ISO3AlphaCurrencyCodeContent | None = None
    market_context: str
    side: Side
    terms: ArrayOfTerms | None = None

@dataclass(slots=True, kw_only=True)
class ProductVoltageRegulation(ResourceDescription):
    """XSD type resource:ProductVoltageRegulationType"""

    ramp_time: DurationProp
    window: DurationProp

@dataclass(slots=True, kw_only=True)
class QMax:
    """XSD type resource:QMaxType"""

    var_quantity: VarQuantity

@dataclass(slots=True, kw_only=True)
class QualifiedEventID:
    """XSD type ei:QualifiedEventIDType"""

    event_id: str
    modification_number: int | None = None

@dataclass(slots=True, kw_only=True)
class QualityMeasure(ArtifactBase):
    """XSD type power:QualityMeasureType"""

    qualities: ArrayOfQualityIndicators

@dataclass(slots=True, kw_only=True)
class QuoteID:
    """the element ei:quoteID"""

    value: str

@dataclass(slots=True, kw_only=True)
class RapidVoltageChanges(BasePowerQualityIndicator):
    """XSD type power:RapidVoltageChangesType"""

    count: int

@dataclass(slots=True, kw_only=True)
class RefID:
    """the element ei:refID"""

    value: str

@dataclass(slots=True, kw_only=True)
class RegistrationID:
    """the element ei:registrationID"""

    value: str

@dataclass(slots=True, kw_only=True)
class RegulationService(ResourceDescription):
    """XSD type resource:RegulationServiceType"""

    product_type_regulation: ProductTypeRegulation
    target_regulation: PowerAttributes
    dispatch_up: DurationProp
    dispatch_down: DurationProp
    autonomous: bool

@dataclass(slots=True, kw_only=True)
class RelatedToProp(BaseProperty):
    """XSD type xcal:RelatedToPropType"""

    uri: str | None = None
    uid: str | None = None
    text: str | None = None

@dataclass(slots=True, kw_only=True)
class TextParameter(BaseParameter):
    """XSD type xcal:TextParameterType"""

    text: str

@dataclass(slots=True, kw_only=True)
class ReltypeParam(TextParameter):
    """XSD type xcal:ReltypeParamType"""

@dataclass(slots=True, kw_only=True)
class ReportDescription:
    """XSD type ei:ReportDescriptionType"""

    r_id: str | None = None
    report_subject: EiTarget | None = None
    report_data_source: EiTarget | None = None
    report_type: str
    item_base: EnergyItem | PowerItem | Voltage | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal | None = None
    reading_type: str | None = None
    aggregate_report: bool | None = None

@dataclass(slots=True, kw_only=True)
class ReportPayload(StreamPayloadBase):
    """XSD type ei:ReportPayloadType"""

    r_id: str | None = None
    confidence: int | None = None
    reading_type: str | None = None
    accuracy: Decimal | None = None
    payload_base: PayloadApplicationSpecific | PayloadFloat | PayloadLevel | PayloadPrice | PayloadPriceMultiplier | PayloadPriceRelative | PayloadProduct | PayloadQuantity

@dataclass(slots=True, kw_only=True)
class ReportRequestID:
    """the element ei:reportRequestID"""

    value: str

@dataclass(slots=True, kw_only=True)
class ReportSpecifier:
    """XSD type ei:ReportSpecifierType"""

    report_specifier_id: str
    market_context: str | None = None
    granularity: Granularity
    report_back_duration: timedelta | None = None
    report_interval: WsCalendarInterval | None = None
    specifier_payload: list[SpecifierPayload] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ReportSpecifierID:
    """the element ei:reportSpecifierID"""

    value: str

@dataclass(slots=True, kw_only=True)
class RequestReportGluon(ReportSchedulerBase):
    """XSD type ei:RequestReportGluonType"""

    gluon: WsCalendarGluon

@dataclass(slots=True, kw_only=True)
class RequestReportInterval(ReportSchedulerBase):
    """XSD type ei:RequestReportIntervalType"""

    interval: WsCalendarInterval

@dataclass(slots=True, kw_only=True)
class RequestReportSnap(ReportSchedulerBase):
    """XSD type ei:RequestReportSnapType"""

    status_date_time: datetime | None = None

@dataclass(slots=True, kw_only=True)
class RequiredStartupRemuneration(BaseTerm):
    """XSD type emix:RequiredStartupRemunerationType"""

    price: Price

@dataclass(slots=True, kw_only=True)
class Resource(Enrollee):
    """XSD type enrl:ResourceType"""

    location: EmixInterface | None = None
    resource: ResourceDescription

@dataclass(slots=True, kw_only=True)
class ResponseTermViolated:
    """XSD type ei:ResponseTermViolatedType"""

    response_description: str
    base_term: MaximumEnergy | MaximumPower | MinimumLoad | MinimumLoadReduction | OfferCurve | AvailabilitySchedule | MarketGranularity | MaximumConsecutiveDurations | MaximumInvocationsPerDuration | MaximumNotificationDuration | MaximumResponseDuration | MaximumRunDuration | MinimumDurationBetweenInvocations | MinimumEconomicRequirement | MinimumNotificationDuration | MinimumRecoveryDuration | MinimumRemunerationRate | MinimumResponseDuration | MinimumRunDuration | MinimumStartsPerDuration | NotificationSchedule | RequiredStartupRemuneration | ResponseTime | UnavailabilitySchedule | EiResponseSmoothing

@dataclass(slots=True, kw_only=True)
class ResponseTime(BaseTerm):
    """XSD type emix:ResponseTimeType"""

    duration: Duration

@dataclass(slots=True, kw_only=True)
class SchedulingEntity(Enrollee):
    """XSD type enrl:SchedulingEntityType"""

@dataclass(slots=True, kw_only=True)
class ServiceArea(EmixInterface):
    """XSD type emix:ServiceAreaType"""

    abstract_feature: list[FeatureCollection] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class ServiceDeliveryPoint(EmixInterface):
    """XSD type power:ServiceDeliveryPointType"""

    node: str

@dataclass(slots=True, kw_only=True)
class ServiceLocation(EmixInterface):
    """XSD type power:ServiceLocationType"""

    abstract_feature: FeatureCollection

@dataclass(slots=True, kw_only=True)
class ServiceProvider(Enrollee):
    """XSD type enrl:ServiceProviderType"""

@dataclass(slots=True, kw_only=True)
class ShortInterruptions(BasePowerQualityIndicator):
    """XSD type power:ShortInterruptionsType"""

    count: int

@dataclass(slots=True, kw_only=True)
class SignalID:
    """the element ei:signalID"""

    value: str

@dataclass(slots=True, kw_only=True)
class SignalPayload(StreamPayloadBase):
    """XSD type ei:SignalPayloadType"""

    payload_base: PayloadApplicationSpecific | PayloadFloat | PayloadLevel | PayloadPrice | PayloadPriceMultiplier | PayloadPriceRelative | PayloadProduct | PayloadQuantity

@dataclass(slots=True, kw_only=True)
class SimpleLevelContext:
    """XSD type ei:SimpleLevelContextType"""

    level_normal_value: int | None = None
    level_upper_limit: int | None = None

@dataclass(slots=True, kw_only=True)
class Snap:
    """XSD type ei:SnapType"""

    report_payload: ReportPayload
    status_date_time: datetime

@dataclass(slots=True, kw_only=True)
class SourceWarrant(BaseWarrant):
    """XSD type emix:SourceWarrantType"""

    emix_base: list[EmixBase] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class SpecifierPayload:
    """XSD type ei:SpecifierPayloadType"""

    r_id: str | None = None
    item_base: EnergyItem | PowerItem | Voltage | EnergyApparent | EnergyReactive | EnergyReal | PowerApparent | PowerReactive | PowerReal | None = None
    reading_type: str

@dataclass(slots=True, kw_only=True)
class StandardTerms:
    """XSD type emix:StandardTermsType"""

    market_context: str
    market_context_name: str | None = None
    standard_terms_set: list[StandardTermsSet] = field(default_factory=list)
    product_description: ActiveReserve | Generation | LoadReduction | ProductVoltageRegulation | RegulationService | PowerProductDescription | TemixPower | Measurement | BlockPowerFullRequirements | FullRequirementsPower | TransportProductDescription | None = None
    granularity: Granularity | None = None
    tzid: TzidParam | None = None
    currency: ISO3AlphaCurrencyCodeContent | None = None
    non_standard_terms_handling: NonStandardTermsHandling | None = None

@dataclass(slots=True, kw_only=True)
class StandardTermsSet:
    """XSD type emix:StandardTermsSetType"""

    terms: ArrayOfTerms
    vavailability: Vavailability | None = None
    non_standard_terms_handling: NonStandardTermsHandling
    side: Side | None = None

@dataclass(slots=True, kw_only=True)
class Supplier(Enrollee):
    """XSD type enrl:SupplierType"""

@dataclass(slots=True, kw_only=True)
class SupplyVoltageDips(BasePowerQualityIndicator):
    """XSD type power:SupplyVoltageDipsType"""

    count: int

@dataclass(slots=True, kw_only=True)
class SupplyVoltageImbalance(BasePowerQualityIndicator):
    """XSD type power:SupplyVoltageImbalanceType"""

    count: int

@dataclass(slots=True, kw_only=True)
class SupplyVoltageVariations(BasePowerQualityIndicator):
    """XSD type power:SupplyVoltageVariationsType"""

    count: int

@dataclass(slots=True, kw_only=True)
class SupportForPrice(BaseWarrant):
    """XSD type emix:SupportForPriceType"""

@dataclass(slots=True, kw_only=True)
class SystemOperator(Enrollee):
    """XSD type enrl:SystemOperatorType"""

@dataclass(slots=True, kw_only=True)
class Tdsp(Enrollee):
    """XSD type enrl:TdspType"""

@dataclass(slots=True, kw_only=True)
class TemixPower(ProductDescription):
    """XSD type power:TemixPowerType"""

    emix_interface: AggregatedPnode | EndDeviceAsset | MeterAsset | Pnode | ServiceDeliveryPoint | ServiceLocation | TransportInterface | ServiceArea
    price: Price
    power_item: PowerItem | PowerApparent | PowerReactive | PowerReal | None = None
    energy_item: EnergyItem | EnergyApparent | EnergyReactive | EnergyReal | None = None
    quantity: Decimal

@dataclass(slots=True, kw_only=True)
class TemporaryOvervoltage(BasePowerQualityIndicator):
    """XSD type power:TemporaryOvervoltageType"""

    count: int

@dataclass(slots=True, kw_only=True)
class TenderID:
    """the element ei:tenderID"""

    value: str

@dataclass(slots=True, kw_only=True)
class Text:
    """the element xcal:text"""

    value: str

@dataclass(slots=True, kw_only=True)
class TextProperty(BaseProperty):
    """XSD type xcal:TextPropertyType"""

    text: str

@dataclass(slots=True, kw_only=True)
class ToleranceProp(BaseProperty):
    """XSD type xcal:TolerancePropType"""

    tolerate: ToleranceValue

@dataclass(slots=True, kw_only=True)
class ToleranceValue:
    """XSD type xcal:ToleranceValueType"""

    startbefore: timedelta | None = None
    startafter: timedelta | None = None
    endbefore: timedelta | None = None
    endafter: timedelta | None = None
    durationlong: timedelta | None = None
    durationshort: timedelta | None = None
    precision: timedelta | None = None

@dataclass(slots=True, kw_only=True)
class TransactionID:
    """the element ei:transactionID"""

    value: str

@dataclass(slots=True, kw_only=True)
class Transmission(Enrollee):
    """XSD type enrl:TransmissionType"""

@dataclass(slots=True, kw_only=True)
class TransportAccessFee(BaseTransportCharge):
    """XSD type power:TransportAccessFeeType"""

    transport_interface: TransportInterface
    price: Price

@dataclass(slots=True, kw_only=True)
class TransportInterface(EmixInterface):
    """XSD type power:TransportInterfaceType"""

    point_of_receipt: str
    point_of_delivery: str

@dataclass(slots=True, kw_only=True)
class TransportProductDescription(PowerProductDescription):
    """XSD type power:TransportProductDescriptionType"""

    price: Price
    transport_charges: ArrayOfTransportCharges

@dataclass(slots=True, kw_only=True)
class TzidParam(TextParameter):
    """XSD type xcal:TzidParamType"""

@dataclass(slots=True, kw_only=True)
class UidProp(TextProperty):
    """XSD type xcal:UidPropType"""

@dataclass(slots=True, kw_only=True)
class UnavailabilitySchedule(BaseTerm):
    """XSD type emix:UnavailabilityScheduleType"""

    vavailability: list[Vavailability] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class UnitEnergyPrice:
    """XSD type power:UnitEnergyPriceType"""

    price_base: Price | PriceMultiplier | PriceRelative
    energy_item: EnergyItem | EnergyApparent | EnergyReactive | EnergyReal

@dataclass(slots=True, kw_only=True)
class Uri:
    """the element xcal:uri"""

    value: str

@dataclass(slots=True, kw_only=True)
class VMax:
    """XSD type resource:VMaxType"""

    voltage: Voltage

@dataclass(slots=True, kw_only=True)
class VMin:
    """XSD type resource:VMinType"""

    voltage: Voltage

@dataclass(slots=True, kw_only=True)
class VarQuantity:
    """XSD type power:VarQuantityType"""

    quantity: Decimal
    power_reactive: PowerReactive

@dataclass(slots=True, kw_only=True)
class VcalendarContainedComponent(BaseComponent):
    """XSD type xcal:VcalendarContainedComponentType"""

@dataclass(slots=True, kw_only=True)
class Vavailability(VcalendarContainedComponent):
    """XSD type xcal:VavailabilityType"""

    components: ArrayOfVavailabilityContainedComponents

@dataclass(slots=True, kw_only=True)
class Voltage(ItemBase):
    """XSD type power:VoltageType"""

    item_description: str = 'Voltage'
    item_units: str = 'V'
    si_scale_code: SiScaleCode

@dataclass(slots=True, kw_only=True)
class WsCalendarAttach(BaseProperty):
    """XSD type xcal:WsCalendarAttachType"""

    items: list[Artifact | ActiveReserve | Generation | LoadReduction | ProductVoltageRegulation | RegulationService | PowerProductDescription | TemixPower | Measurement | BlockPowerFullRequirements | FullRequirementsPower | TransportProductDescription | Uri | Text] = field(default_factory=list)

@dataclass(slots=True, kw_only=True)
class WsCalendarGluon(VcalendarContainedComponent):
    """XSD type xcal:WsCalendarGluonType"""

    components: ArrayOfGluonContainedComponents

@dataclass(slots=True, kw_only=True)
class WsCalendarInterval(VcalendarContainedComponent):
    """XSD type xcal:WsCalendarIntervalType"""

@dataclass(slots=True, kw_only=True)
class XEiNotification(DurationProp):
    """the element ei:x-eiNotification"""

@dataclass(slots=True, kw_only=True)
class XEiRampUp(DurationProp):
    """the element ei:x-eiRampUp"""

@dataclass(slots=True, kw_only=True)
class XEiRecovery(DurationProp):
    """the element ei:x-eiRecovery"""

@dataclass(slots=True, kw_only=True)
class XIntervalQualification(BaseProperty):
    """XSD type ei:X-IntervalQualificationType"""

    confidence: int | None = None
    reading_type: str | None = None
    accuracy: Decimal | None = None

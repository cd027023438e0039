"""Binding tables of the openadr schema set.

Generated from schemas/openadr/oadr.xsd by tools/codegen; do not edit by hand.
"""

from decimal import Decimal

from energyinterop.xml.specs import (
    AttrSpec,
    BindingSpec,
    ChoiceSpec,
    ClassSpec,
    ElementSpec,
    FieldSpec,
    SimpleSpec,
)

from energyinterop.openadr import _model as m

S0 = SimpleSpec('str', name='power:NodeType')
S1 = SimpleSpec('str', name='power:MridType')
S2 = SimpleSpec('str', name='xs:string')
S3 = SimpleSpec('str', values=('ApparentEnergy',), name="xs:string fixed to 'ApparentEnergy'")
S4 = SimpleSpec('str', values=('VAh',), name="xs:string fixed to 'VAh'")
S5 = SimpleSpec('enum', enum=m.SiScaleCode, name='scale:SiScaleCodeType')
S6 = SimpleSpec('str', values=('ReactiveEnergy',), name="xs:string fixed to 'ReactiveEnergy'")
S7 = SimpleSpec('str', values=('VARh',), name="xs:string fixed to 'VARh'")
S8 = SimpleSpec('str', values=('RealEnergy',), name="xs:string fixed to 'RealEnergy'")
S9 = SimpleSpec('str', values=('Wh',), name="xs:string fixed to 'Wh'")
S10 = SimpleSpec('str', values=('ApparentPower',), name="xs:string fixed to 'ApparentPower'")
S11 = SimpleSpec('str', values=('VA',), name="xs:string fixed to 'VA'")
S12 = SimpleSpec('decimal', name='xs:decimal')
S13 = SimpleSpec('bool', name='xs:boolean')
S14 = SimpleSpec('str', values=('ReactivePower',), name="xs:string fixed to 'ReactivePower'")
S15 = SimpleSpec('str', values=('VAR',), name="xs:string fixed to 'VAR'")
S16 = SimpleSpec('str', values=('RealPower',), name="xs:string fixed to 'RealPower'")
S17 = SimpleSpec('enum', enum=m.ItemUnits, name='itemUnits')
S18 = SimpleSpec('str', values=('Voltage',), name="xs:string fixed to 'Voltage'")
S19 = SimpleSpec('str', values=('V',), name="xs:string fixed to 'V'")
S21 = SimpleSpec('enum', enum=m.SchemaVersionEnumerated, name='ei:schemaVersionEnumeratedType')
S22 = SimpleSpec('str', patterns=(('^(?:x-\\S[^\\r\\n]*)$(?!\\n\\Z)',),), name='ei:EiExtensionTokenType')
S20 = SimpleSpec('str', members=(S21, S22,), name='ei:schemaVersionType')
S23 = SimpleSpec('enum', enum=m.OptType, name='ei:OptTypeType')
S25 = SimpleSpec('enum', enum=m.OptReasonEnumerated, name='ei:OptReasonEnumeratedType')
S24 = SimpleSpec('str', members=(S25, S22,), name='ei:OptReasonType')
S26 = SimpleSpec('str', builtin='anyURI', name='emix:MarketContextType')
S27 = SimpleSpec('datetime', patterns=(('^(?:(?:\\-|\\+)?\\d{4}\\-\\d{2}\\-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d*)?Z?)$(?!\\n\\Z)',),), name='xcal:DateTimeType')
S28 = SimpleSpec('str', patterns=(('^(?:[0-9][0-9][0-9])$(?!\\n\\Z)',),), name='ei:ResponseCodeType')
S29 = SimpleSpec('float', name='xs:float')
S30 = SimpleSpec('int', min_inclusive=0, max_inclusive=4294967295, name='xs:unsignedInt')
S31 = SimpleSpec('int', min_inclusive=0, max_inclusive=100, name='ei:ConfidenceType')
S32 = SimpleSpec('float', patterns=(('^(?:(?:\\+|-)?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[Ee](?:\\+|-)?[0-9]+)?|INF|-INF|NaN)$(?!\\n\\Z)',),), name='ei:AccuracyType')
S34 = SimpleSpec('enum', enum=m.ReadingTypeEnumerated, name='ei:ReadingTypeEnumeratedType')
S33 = SimpleSpec('str', members=(S34, S22,), name='ei:ReadingTypeType')
S36 = SimpleSpec('enum', enum=m.SignalNameEnumerated, name='ei:SignalNameEnumeratedType')
S35 = SimpleSpec('str', members=(S36, S22,), name='ei:signalNameType')
S37 = SimpleSpec('enum', enum=m.SignalTypeEnumerated, name='ei:SignalTypeEnumeratedType')
S38 = SimpleSpec('enum', enum=m.EventStatusEnumerated, name='ei:EventStatusEnumeratedType')
S39 = SimpleSpec('str', builtin='anyURI', name='xs:anyURI')
S40 = SimpleSpec('datetime', name='xs:dateTime')
S41 = SimpleSpec('str', values=('Current',), name="xs:string fixed to 'Current'")
S42 = SimpleSpec('str', values=('A',), name="xs:string fixed to 'A'")
S43 = SimpleSpec('str', values=('Frequency',), name="xs:string fixed to 'Frequency'")
S44 = SimpleSpec('str', values=('Hz',), name="xs:string fixed to 'Hz'")
S45 = SimpleSpec('str', values=('Therm',), name="xs:string fixed to 'Therm'")
S46 = SimpleSpec('str', values=('thm',), name="xs:string fixed to 'thm'")
S47 = SimpleSpec('enum', enum=m.CurrencyItemDescription, name='oadr:currencyItemDescriptionType')
S48 = SimpleSpec('enum', enum=m.ISO3AlphaCurrencyCodeContent, name='clm5ISO42173A:ISO3AlphaCurrencyCodeContentType')
S49 = SimpleSpec('str', name='ei:UidType')
S50 = SimpleSpec('enum', enum=m.OadrProfile, name='oadr:oadrProfileType')
S51 = SimpleSpec('enum', enum=m.OadrTransport, name='oadr:oadrTransportType')
S53 = SimpleSpec('enum', enum=m.ReportEnumerated, name='ei:ReportEnumeratedType')
S52 = SimpleSpec('str', members=(S53, S22,), name='ei:ReportTypeType')
S55 = SimpleSpec('enum', enum=m.OadrDataQuality, name='oadr:oadrDataQualityType')
S54 = SimpleSpec('str', members=(S55, S22,), name='oadr:oadrDataQualityTypeType')
S57 = SimpleSpec('enum', enum=m.ReportNameEnumerated, name='ei:reportNameEnumeratedType')
S56 = SimpleSpec('str', members=(S57, S22,), name='ei:reportNameType')
S58 = SimpleSpec('duration', patterns=(('^(?:(?:\\+|\\-)?P(?:(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?T?(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)|(?:\\d+W))$(?!\\n\\Z)',),), name='xcal:DurationValueType')
S59 = SimpleSpec('str', values=('pulse count',), name="xs:string fixed to 'pulse count'")
S60 = SimpleSpec('str', values=('count',), name="xs:string fixed to 'count'")
S61 = SimpleSpec('str', values=('temperature',), name="xs:string fixed to 'temperature'")
S62 = SimpleSpec('enum', enum=m.TemperatureUnit, name='oadr:temperatureUnitType')
S63 = SimpleSpec('str', builtin='ID', name='xs:ID')
S64 = SimpleSpec('enum', enum=m.ResponseRequired, name='oadr:ResponseRequiredType')
S65 = SimpleSpec('enum', enum=m.OadrServiceName, name='oadr:oadrServiceNameType')
S67 = SimpleSpec('float', name='xs:double')
S66 = SimpleSpec('list', item=S67, name='gml:doubleList')

C_AggregatedPnode = ClassSpec(m.AggregatedPnode, '{http://docs.oasis-open.org/ns/emix/2011/06/power}AggregatedPnodeType')
C_EndDeviceAsset = ClassSpec(m.EndDeviceAsset, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EndDeviceAssetType')
C_EnergyApparent = ClassSpec(m.EnergyApparent, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyApparentType')
C_EnergyItem = ClassSpec(m.EnergyItem, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyItemType')
C_EnergyReactive = ClassSpec(m.EnergyReactive, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyReactiveType')
C_EnergyReal = ClassSpec(m.EnergyReal, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyRealType')
C_MeterAsset = ClassSpec(m.MeterAsset, '{http://docs.oasis-open.org/ns/emix/2011/06/power}MeterAssetType')
C_Pnode = ClassSpec(m.Pnode, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PnodeType')
C_PowerApparent = ClassSpec(m.PowerApparent, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerApparentType')
C_PowerAttributes = ClassSpec(m.PowerAttributes, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerAttributesType')
C_PowerItem = ClassSpec(m.PowerItem, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerItemType')
C_PowerReactive = ClassSpec(m.PowerReactive, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerReactiveType')
C_PowerReal = ClassSpec(m.PowerReal, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerRealType')
C_ServiceDeliveryPoint = ClassSpec(m.ServiceDeliveryPoint, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ServiceDeliveryPointType')
C_ServiceLocation = ClassSpec(m.ServiceLocation, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ServiceLocationType')
C_TransportInterface = ClassSpec(m.TransportInterface, '{http://docs.oasis-open.org/ns/emix/2011/06/power}TransportInterfaceType')
C_Voltage = ClassSpec(m.Voltage, '{http://docs.oasis-open.org/ns/emix/2011/06/power}VoltageType')
C_ItemBase = ClassSpec(m.ItemBase, '{http://docs.oasis-open.org/ns/emix/2011/06}ItemBaseType')
C_ServiceArea = ClassSpec(m.ServiceArea, '{http://docs.oasis-open.org/ns/emix/2011/06}ServiceAreaType')
C_ArrayofResponses = ClassSpec(m.ArrayofResponses, '{http://docs.oasis-open.org/ns/energyinterop/201110}ArrayofResponses')
C_EiOpt = ClassSpec(m.EiOpt, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiOptType')
C_EiResponse = ClassSpec(m.EiResponse, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiResponseType')
C_EiTarget = ClassSpec(m.EiTarget, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiTargetType')
C_Interval = ClassSpec(m.Interval, '{http://docs.oasis-open.org/ns/energyinterop/201110}IntervalType')
C_PayloadBase = ClassSpec(m.PayloadBase, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadBaseType')
C_PayloadFloat = ClassSpec(m.PayloadFloat, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadFloatType')
C_QualifiedEventID = ClassSpec(m.QualifiedEventID, '{http://docs.oasis-open.org/ns/energyinterop/201110}QualifiedEventIDType')
C_ReportPayload = ClassSpec(m.ReportPayload, '{http://docs.oasis-open.org/ns/energyinterop/201110}ReportPayloadType')
C_ReportSpecifier = ClassSpec(m.ReportSpecifier, '{http://docs.oasis-open.org/ns/energyinterop/201110}ReportSpecifierType')
C_SpecifierPayload = ClassSpec(m.SpecifierPayload, '{http://docs.oasis-open.org/ns/energyinterop/201110}SpecifierPayloadType')
C_CurrentValue = ClassSpec(m.CurrentValue, '{http://docs.oasis-open.org/ns/energyinterop/201110}currentValueType')
C_EiActivePeriod = ClassSpec(m.EiActivePeriod, '{http://docs.oasis-open.org/ns/energyinterop/201110}eiActivePeriodType')
C_EiEventBaseline = ClassSpec(m.EiEventBaseline, '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventBaselineType')
C_EiEventSignal = ClassSpec(m.EiEventSignal, '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignalType')
C_EiEventSignals = ClassSpec(m.EiEventSignals, '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignalsType')
C_EiEvent = ClassSpec(m.EiEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventType')
C_EventDescriptor = ClassSpec(m.EventDescriptor, '{http://docs.oasis-open.org/ns/energyinterop/201110}eventDescriptorType')
C_SignalPayload = ClassSpec(m.SignalPayload, '{http://docs.oasis-open.org/ns/energyinterop/201110}signalPayloadType')
C_NonceValue = ClassSpec(m.NonceValue, '{http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties}NonceValueType')
C_ReplayProtect = ClassSpec(m.ReplayProtect, '{http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties}ReplayProtectType')
C_BaseUnit = ClassSpec(m.BaseUnit, '{http://openadr.org/oadr-2.0b/2012/07}BaseUnitType')
C_Current = ClassSpec(m.Current, '{http://openadr.org/oadr-2.0b/2012/07}CurrentType')
C_Frequency = ClassSpec(m.Frequency, '{http://openadr.org/oadr-2.0b/2012/07}FrequencyType')
C_Therm = ClassSpec(m.Therm, '{http://openadr.org/oadr-2.0b/2012/07}ThermType')
C_Currency = ClassSpec(m.Currency, '{http://openadr.org/oadr-2.0b/2012/07}currencyType')
C_OadrCancelOpt = ClassSpec(m.OadrCancelOpt, '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelOptType')
C_OadrCancelPartyRegistration = ClassSpec(m.OadrCancelPartyRegistration, '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelPartyRegistrationType')
C_OadrCancelReport = ClassSpec(m.OadrCancelReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelReportType')
C_OadrCanceledOpt = ClassSpec(m.OadrCanceledOpt, '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledOptType')
C_OadrCanceledPartyRegistration = ClassSpec(m.OadrCanceledPartyRegistration, '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledPartyRegistrationType')
C_OadrCanceledReport = ClassSpec(m.OadrCanceledReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledReportType')
C_OadrCreateOpt = ClassSpec(m.OadrCreateOpt, '{http://openadr.org/oadr-2.0b/2012/07}oadrCreateOptType')
C_OadrCreatePartyRegistration = ClassSpec(m.OadrCreatePartyRegistration, '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatePartyRegistrationType')
C_OadrCreateReport = ClassSpec(m.OadrCreateReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrCreateReportType')
C_OadrCreatedEvent = ClassSpec(m.OadrCreatedEvent, '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedEventType')
C_OadrCreatedOpt = ClassSpec(m.OadrCreatedOpt, '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedOptType')
C_OadrCreatedPartyRegistration = ClassSpec(m.OadrCreatedPartyRegistration, '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedPartyRegistrationType')
C_OadrCreatedReport = ClassSpec(m.OadrCreatedReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedReportType')
C_OadrDistributeEvent = ClassSpec(m.OadrDistributeEvent, '{http://openadr.org/oadr-2.0b/2012/07}oadrDistributeEventType')
C_OadrGBItemBase = ClassSpec(m.OadrGBItemBase, '{http://openadr.org/oadr-2.0b/2012/07}oadrGBItemBase')
C_OadrGBStreamPayloadBase = ClassSpec(m.OadrGBStreamPayloadBase, '{http://openadr.org/oadr-2.0b/2012/07}oadrGBStreamPayloadBase')
C_OadrLoadControlState = ClassSpec(m.OadrLoadControlState, '{http://openadr.org/oadr-2.0b/2012/07}oadrLoadControlStateType')
C_OadrLoadControlStateType = ClassSpec(m.OadrLoadControlStateType, '{http://openadr.org/oadr-2.0b/2012/07}oadrLoadControlStateTypeType')
C_OadrPayloadResourceStatus = ClassSpec(m.OadrPayloadResourceStatus, '{http://openadr.org/oadr-2.0b/2012/07}oadrPayloadResourceStatusType')
C_OadrPendingReports = ClassSpec(m.OadrPendingReports, '{http://openadr.org/oadr-2.0b/2012/07}oadrPendingReportsType')
C_OadrPoll = ClassSpec(m.OadrPoll, '{http://openadr.org/oadr-2.0b/2012/07}oadrPollType')
C_OadrQueryRegistration = ClassSpec(m.OadrQueryRegistration, '{http://openadr.org/oadr-2.0b/2012/07}oadrQueryRegistrationType')
C_OadrRegisterReport = ClassSpec(m.OadrRegisterReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrRegisterReportType')
C_OadrRegisteredReport = ClassSpec(m.OadrRegisteredReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrRegisteredReportType')
C_OadrReportDescription = ClassSpec(m.OadrReportDescription, '{http://openadr.org/oadr-2.0b/2012/07}oadrReportDescriptionType')
C_OadrReportPayload = ClassSpec(m.OadrReportPayload, '{http://openadr.org/oadr-2.0b/2012/07}oadrReportPayloadType')
C_OadrReportRequest = ClassSpec(m.OadrReportRequest, '{http://openadr.org/oadr-2.0b/2012/07}oadrReportRequestType')
C_OadrReport = ClassSpec(m.OadrReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrReportType')
C_OadrRequestEvent = ClassSpec(m.OadrRequestEvent, '{http://openadr.org/oadr-2.0b/2012/07}oadrRequestEventType')
C_OadrRequestReregistration = ClassSpec(m.OadrRequestReregistration, '{http://openadr.org/oadr-2.0b/2012/07}oadrRequestReregistrationType')
C_OadrResponse = ClassSpec(m.OadrResponse, '{http://openadr.org/oadr-2.0b/2012/07}oadrResponseType')
C_OadrSamplingRate = ClassSpec(m.OadrSamplingRate, '{http://openadr.org/oadr-2.0b/2012/07}oadrSamplingRateType')
C_OadrUpdateReport = ClassSpec(m.OadrUpdateReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrUpdateReportType')
C_OadrUpdatedReport = ClassSpec(m.OadrUpdatedReport, '{http://openadr.org/oadr-2.0b/2012/07}oadrUpdatedReportType')
C_PulseCount = ClassSpec(m.PulseCount, '{http://openadr.org/oadr-2.0b/2012/07}pulseCountType')
C_Temperature = ClassSpec(m.Temperature, '{http://openadr.org/oadr-2.0b/2012/07}temperatureType')
C_StreamBase = ClassSpec(m.StreamBase, '{urn:ietf:params:xml:ns:icalendar-2.0:stream}StreamBaseType')
C_StreamPayloadBase = ClassSpec(m.StreamPayloadBase, '{urn:ietf:params:xml:ns:icalendar-2.0:stream}StreamPayloadBaseType')
C_ArrayOfVavailabilityContainedComponents = ClassSpec(m.ArrayOfVavailabilityContainedComponents, '{urn:ietf:params:xml:ns:icalendar-2.0}ArrayOfVavailabilityContainedComponents')
C_Available = ClassSpec(m.Available, '{urn:ietf:params:xml:ns:icalendar-2.0}AvailableType')
C_DurationProp = ClassSpec(m.DurationProp, '{urn:ietf:params:xml:ns:icalendar-2.0}DurationPropType')
C_Vavailability = ClassSpec(m.Vavailability, '{urn:ietf:params:xml:ns:icalendar-2.0}VavailabilityType')
C_WsCalendarInterval = ClassSpec(m.WsCalendarInterval, '{urn:ietf:params:xml:ns:icalendar-2.0}WsCalendarIntervalType')
C_EiCreatedEvent = ClassSpec(m.EiCreatedEvent, None)
C_EiRequestEvent = ClassSpec(m.EiRequestEvent, None)
C_EventResponses = ClassSpec(m.EventResponses, None)
C_OadrInfo = ClassSpec(m.OadrInfo, None)
C_OadrPayload = ClassSpec(m.OadrPayload, None)
C_OadrProfiles = ClassSpec(m.OadrProfiles, None)
C_OadrServiceSpecificInfo = ClassSpec(m.OadrServiceSpecificInfo, None)
C_OadrSignedObject = ClassSpec(m.OadrSignedObject, None)
C_OadrTransports = ClassSpec(m.OadrTransports, None)
C_FeatureCollection = ClassSpec(m.FeatureCollection, None)
C_Intervals = ClassSpec(m.Intervals, None)
C_Dtend = ClassSpec(m.Dtend, None)
C_Dtstart = ClassSpec(m.Dtstart, None)
C_Properties = ClassSpec(m.Properties, None)
C_Uid = ClassSpec(m.Uid, None)
C_OadrCurrency = ClassSpec(m.OadrCurrency, None)
C_CurrencyPerKW = ClassSpec(m.CurrencyPerKW, None)
C_CurrencyPerKWh = ClassSpec(m.CurrencyPerKWh, None)
C_CurrencyPerThm = ClassSpec(m.CurrencyPerThm, None)
C_EiMarketContext = ClassSpec(m.EiMarketContext, None)
C_OadrExtensions = ClassSpec(m.OadrExtensions, None)
C_OadrEvent = ClassSpec(m.OadrEvent, None)
C_EventResponse = ClassSpec(m.EventResponse, None)
C_OadrProfilesOadrProfile = ClassSpec(m.OadrProfilesOadrProfile, None)
C_OadrService = ClassSpec(m.OadrService, None)
C_OadrTransportsOadrTransport = ClassSpec(m.OadrTransportsOadrTransport, None)
C_Location = ClassSpec(m.Location, None)
C_Tolerance = ClassSpec(m.Tolerance, None)
C_OadrExtension = ClassSpec(m.OadrExtension, None)
C_Polygon = ClassSpec(m.Polygon, None)
C_Tolerate = ClassSpec(m.Tolerate, None)
C_Exterior = ClassSpec(m.Exterior, None)
C_LinearRing = ClassSpec(m.LinearRing, None)

C_AggregatedPnode.fields = (
    FieldSpec('node', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}node', S0),), 1, 1),
)
C_EndDeviceAsset.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S1),), 1, 1),
)
C_EnergyApparent.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S3),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S4),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_EnergyItem.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S2),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S2),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_EnergyItem.derived = (C_EnergyApparent, C_EnergyReactive, C_EnergyReal,)
C_EnergyReactive.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S6),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S7),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_EnergyReal.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S8),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S9),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_MeterAsset.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S1),), 1, 1),
)
C_Pnode.fields = (
    FieldSpec('node', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}node', S0),), 1, 1),
)
C_PowerApparent.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S10),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S11),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
    FieldSpec('power_attributes', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes', C_PowerAttributes),), 1, 1),
)
C_PowerAttributes.fields = (
    FieldSpec('hertz', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}hertz', S12),), 1, 1),
    FieldSpec('voltage', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', S12),), 1, 1),
    FieldSpec('ac', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}ac', S13),), 1, 1),
)
C_PowerItem.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S2),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S2),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
    FieldSpec('power_attributes', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes', C_PowerAttributes),), 1, 1),
)
C_PowerItem.derived = (C_PowerApparent, C_PowerReactive, C_PowerReal,)
C_PowerReactive.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S14),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S15),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
    FieldSpec('power_attributes', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes', C_PowerAttributes),), 1, 1),
)
C_PowerReal.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S16),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S17),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
    FieldSpec('power_attributes', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes', C_PowerAttributes),), 1, 1),
)
C_ServiceDeliveryPoint.fields = (
    FieldSpec('node', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}node', S0),), 1, 1),
)
C_ServiceLocation.fields = (
    FieldSpec('feature_collection', (ElementSpec('{http://www.opengis.net/gml/3.2}FeatureCollection', C_FeatureCollection),), 1, 1),
)
C_TransportInterface.fields = (
    FieldSpec('point_of_receipt', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pointOfReceipt', S0),), 1, 1),
    FieldSpec('point_of_delivery', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pointOfDelivery', S0),), 1, 1),
)
C_Voltage.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S18),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S19),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_ItemBase.derived = (C_EnergyItem, C_PowerItem, C_Voltage, C_BaseUnit, C_Current, C_Frequency, C_Therm, C_Currency, C_OadrGBItemBase, C_PulseCount, C_Temperature,)
C_ServiceArea.fields = (
    FieldSpec('feature_collection', (ElementSpec('{http://www.opengis.net/gml/3.2}FeatureCollection', C_FeatureCollection),), 1, 1),
)
C_ArrayofResponses.fields = (
    FieldSpec('response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}response', C_EiResponse),), 0, None),
)
C_EiOpt.fields = (
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S2),), 1, 1),
    FieldSpec('opt_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optType', S23),), 1, 1),
    FieldSpec('opt_reason', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optReason', S24),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S26),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 1, 1),
    FieldSpec('vavailability', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability),), 0, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S27),), 1, 1),
)
C_EiOpt.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_EiOpt.derived = (C_OadrCreateOpt,)
C_EiResponse.fields = (
    FieldSpec('response_code', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseCode', S28),), 1, 1),
    FieldSpec('response_description', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseDescription', S2),), 0, 1),
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
)
C_EiTarget.fields = (
    FieldSpec('aggregated_pnode', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode),), 0, None),
    FieldSpec('end_device_asset', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset),), 0, None),
    FieldSpec('meter_asset', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset),), 0, None),
    FieldSpec('pnode', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode),), 0, None),
    FieldSpec('service_area', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea),), 0, None),
    FieldSpec('service_delivery_point', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint),), 0, None),
    FieldSpec('service_location', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation),), 0, None),
    FieldSpec('transport_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface),), 0, None),
    FieldSpec('group_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}groupID', S2),), 0, None),
    FieldSpec('group_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}groupName', S2),), 0, None),
    FieldSpec('resource_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}resourceID', S2),), 0, None),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, None),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S2),), 0, None),
)
C_Interval.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_Dtstart),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_DurationProp),), 0, 1),
    FieldSpec('uid', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}uid', C_Uid),), 0, 1),
    FieldSpec('stream_payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalPayload', C_SignalPayload), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrGBPayload', C_OadrGBStreamPayloadBase), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrReportPayload', C_OadrReportPayload)), 1, None),
)
C_PayloadBase.derived = (C_PayloadFloat, C_OadrPayloadResourceStatus,)
C_PayloadFloat.fields = (
    FieldSpec('value', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}value', S29),), 1, 1),
)
C_QualifiedEventID.fields = (
    FieldSpec('event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventID', S2),), 1, 1),
    FieldSpec('modification_number', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationNumber', S30),), 1, 1),
)
C_ReportPayload.fields = (
    FieldSpec('r_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}rID', S2),), 1, 1),
    FieldSpec('confidence', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}confidence', S31),), 0, 1),
    FieldSpec('accuracy', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}accuracy', S32),), 0, 1),
    FieldSpec('payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat', C_PayloadFloat), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrPayloadResourceStatus', C_OadrPayloadResourceStatus)), 1, 1),
)
C_ReportPayload.derived = (C_OadrReportPayload,)
C_ReportSpecifier.fields = (
    FieldSpec('report_specifier_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifierID', S2),), 1, 1),
    FieldSpec('granularity', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}granularity', C_DurationProp),), 1, 1),
    FieldSpec('report_back_duration', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportBackDuration', C_DurationProp),), 1, 1),
    FieldSpec('report_interval', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportInterval', C_WsCalendarInterval),), 0, 1),
    FieldSpec('specifier_payload', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}specifierPayload', C_SpecifierPayload),), 1, None),
)
C_SpecifierPayload.fields = (
    FieldSpec('r_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}rID', S2),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}Therm', C_Therm), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currency', C_OadrCurrency, m.OadrCurrency), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerKW', C_CurrencyPerKW, m.CurrencyPerKW), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerKWh', C_CurrencyPerKWh, m.CurrencyPerKWh), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerThm', C_CurrencyPerThm, m.CurrencyPerThm), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}current', C_Current), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}customUnit', C_BaseUnit), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}frequency', C_Frequency), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrGBDataDescription', C_OadrGBItemBase), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}pulseCount', C_PulseCount), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}temperature', C_Temperature), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('reading_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}readingType', S33),), 1, 1),
)
C_CurrentValue.fields = (
    FieldSpec('payload_float', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat', C_PayloadFloat),), 1, 1),
)
C_EiActivePeriod.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_Properties),), 1, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', None),), 1, 1),
)
C_EiEventBaseline.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_Dtstart),), 1, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_DurationProp),), 1, 1),
    FieldSpec('intervals', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals', C_Intervals),), 1, 1),
    FieldSpec('baseline_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}baselineID', S2),), 1, 1),
    FieldSpec('resource_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}resourceID', S2),), 0, None),
    FieldSpec('baseline_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}baselineName', S2),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}Therm', C_Therm), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currency', C_OadrCurrency, m.OadrCurrency), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerKW', C_CurrencyPerKW, m.CurrencyPerKW), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerKWh', C_CurrencyPerKWh, m.CurrencyPerKWh), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerThm', C_CurrencyPerThm, m.CurrencyPerThm), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}current', C_Current), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}customUnit', C_BaseUnit), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}frequency', C_Frequency), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrGBDataDescription', C_OadrGBItemBase), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}pulseCount', C_PulseCount), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}temperature', C_Temperature), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
)
C_EiEventSignal.fields = (
    FieldSpec('intervals', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals', C_Intervals),), 1, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
    FieldSpec('signal_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalName', S35),), 1, 1),
    FieldSpec('signal_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalType', S37),), 1, 1),
    FieldSpec('signal_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalID', S2),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}Therm', C_Therm), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currency', C_OadrCurrency, m.OadrCurrency), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerKW', C_CurrencyPerKW, m.CurrencyPerKW), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerKWh', C_CurrencyPerKWh, m.CurrencyPerKWh), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerThm', C_CurrencyPerThm, m.CurrencyPerThm), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}current', C_Current), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}customUnit', C_BaseUnit), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}frequency', C_Frequency), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrGBDataDescription', C_OadrGBItemBase), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}pulseCount', C_PulseCount), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}temperature', C_Temperature), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('current_value', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}currentValue', C_CurrentValue),), 0, 1),
)
C_EiEventSignals.fields = (
    FieldSpec('ei_event_signal', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignal', C_EiEventSignal),), 1, None),
    FieldSpec('ei_event_baseline', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventBaseline', C_EiEventBaseline),), 0, 1),
)
C_EiEvent.fields = (
    FieldSpec('event_descriptor', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventDescriptor', C_EventDescriptor),), 1, 1),
    FieldSpec('ei_active_period', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiActivePeriod', C_EiActivePeriod),), 1, 1),
    FieldSpec('ei_event_signals', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignals', C_EiEventSignals),), 1, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 1, 1),
)
C_EventDescriptor.fields = (
    FieldSpec('event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventID', S2),), 1, 1),
    FieldSpec('modification_number', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationNumber', S30),), 1, 1),
    FieldSpec('modification_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationDateTime', S27),), 0, 1),
    FieldSpec('modification_reason', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationReason', S2),), 0, 1),
    FieldSpec('priority', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}priority', S30),), 0, 1),
    FieldSpec('ei_market_context', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketContext', C_EiMarketContext),), 1, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S27),), 1, 1),
    FieldSpec('event_status', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventStatus', S38),), 1, 1),
    FieldSpec('test_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}testEvent', S2),), 0, 1),
    FieldSpec('vtn_comment', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnComment', S2),), 0, 1),
)
C_SignalPayload.fields = (
    FieldSpec('payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat', C_PayloadFloat), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrPayloadResourceStatus', C_OadrPayloadResourceStatus)), 1, 1),
)
C_NonceValue.attributes = (
    AttrSpec('encoding_type', 'EncodingType', S39, False),
)
C_NonceValue.text = S2
C_ReplayProtect.fields = (
    FieldSpec('timestamp', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties}timestamp', S40),), 1, 1),
    FieldSpec('nonce', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties}nonce', C_NonceValue),), 1, 1),
)
C_BaseUnit.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S2),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S2),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_Current.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S41),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S42),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_Frequency.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S43),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S44),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_Therm.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S45),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S46),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_Currency.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S47),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S48),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_OadrCancelOpt.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S2),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 1, 1),
)
C_OadrCancelOpt.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCancelPartyRegistration.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('registration_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S49),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrCancelPartyRegistration.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCancelReport.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S2),), 1, None),
    FieldSpec('report_to_follow', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}reportToFollow', S13),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrCancelReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCanceledOpt.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S2),), 0, 1),
)
C_OadrCanceledOpt.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCanceledPartyRegistration.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('registration_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S49),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrCanceledPartyRegistration.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCanceledReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('oadr_pending_reports', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrPendingReports', C_OadrPendingReports),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrCanceledReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCreateOpt.fields = (
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S2),), 1, 1),
    FieldSpec('opt_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optType', S23),), 1, 1),
    FieldSpec('opt_reason', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optReason', S24),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S26),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 1, 1),
    FieldSpec('vavailability', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability),), 0, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S27),), 1, 1),
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('qualified_event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}qualifiedEventID', C_QualifiedEventID),), 0, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 1, 1),
    FieldSpec('oadr_device_class', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrDeviceClass', C_EiTarget),), 0, 1),
)
C_OadrCreateOpt.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCreatePartyRegistration.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('registration_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S49),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
    FieldSpec('oadr_profile_name', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrProfileName', S50),), 1, 1),
    FieldSpec('oadr_transport_name', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrTransportName', S51),), 1, 1),
    FieldSpec('oadr_transport_address', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrTransportAddress', S2),), 0, 1),
    FieldSpec('oadr_report_only', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrReportOnly', S13),), 1, 1),
    FieldSpec('oadr_xml_signature', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrXmlSignature', S13),), 1, 1),
    FieldSpec('oadr_ven_name', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrVenName', S2),), 0, 1),
    FieldSpec('oadr_http_pull_model', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrHttpPullModel', S13),), 0, 1),
)
C_OadrCreatePartyRegistration.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCreateReport.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('oadr_report_request', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrReportRequest', C_OadrReportRequest),), 1, None),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrCreateReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCreatedEvent.fields = (
    FieldSpec('ei_created_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedEvent', C_EiCreatedEvent),), 1, 1),
)
C_OadrCreatedEvent.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCreatedOpt.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S2),), 1, 1),
)
C_OadrCreatedOpt.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCreatedPartyRegistration.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('registration_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S49),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S2),), 1, 1),
    FieldSpec('oadr_profiles', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrProfiles', C_OadrProfiles),), 1, 1),
    FieldSpec('oadr_requested_oadr_poll_freq', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrRequestedOadrPollFreq', C_DurationProp),), 0, 1),
    FieldSpec('oadr_service_specific_info', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrServiceSpecificInfo', C_OadrServiceSpecificInfo),), 0, 1),
    FieldSpec('oadr_extensions', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrExtensions', C_OadrExtensions),), 0, 1),
)
C_OadrCreatedPartyRegistration.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrCreatedReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('oadr_pending_reports', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrPendingReports', C_OadrPendingReports),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrCreatedReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrDistributeEvent.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 0, 1),
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S2),), 1, 1),
    FieldSpec('oadr_event', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrEvent', C_OadrEvent),), 0, None),
)
C_OadrDistributeEvent.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrGBItemBase.fields = (
    FieldSpec('feed', (ElementSpec('{http://www.w3.org/2005/Atom}feed', None),), 1, 1),
)
C_OadrGBStreamPayloadBase.fields = (
    FieldSpec('feed', (ElementSpec('{http://www.w3.org/2005/Atom}feed', None),), 1, 1),
)
C_OadrLoadControlState.fields = (
    FieldSpec('oadr_capacity', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCapacity', C_OadrLoadControlStateType),), 0, 1),
    FieldSpec('oadr_level_offset', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrLevelOffset', C_OadrLoadControlStateType),), 0, 1),
    FieldSpec('oadr_percent_offset', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrPercentOffset', C_OadrLoadControlStateType),), 0, 1),
    FieldSpec('oadr_set_point', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrSetPoint', C_OadrLoadControlStateType),), 0, 1),
)
C_OadrLoadControlStateType.fields = (
    FieldSpec('oadr_min', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrMin', S29),), 0, 1),
    FieldSpec('oadr_max', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrMax', S29),), 0, 1),
    FieldSpec('oadr_current', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCurrent', S29),), 1, 1),
    FieldSpec('oadr_normal', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrNormal', S29),), 0, 1),
)
C_OadrPayloadResourceStatus.fields = (
    FieldSpec('oadr_online', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrOnline', S13),), 1, 1),
    FieldSpec('oadr_manual_override', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrManualOverride', S13),), 1, 1),
    FieldSpec('oadr_load_control_state', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrLoadControlState', C_OadrLoadControlState),), 0, 1),
)
C_OadrPendingReports.fields = (
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S2),), 0, None),
)
C_OadrPoll.fields = (
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 1, 1),
)
C_OadrPoll.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrQueryRegistration.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
)
C_OadrQueryRegistration.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrRegisterReport.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('oadr_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrReport', C_OadrReport),), 0, None),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S2),), 0, 1),
)
C_OadrRegisterReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrRegisteredReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('oadr_report_request', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrReportRequest', C_OadrReportRequest),), 0, None),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrRegisteredReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrReportDescription.fields = (
    FieldSpec('r_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}rID', S2),), 1, 1),
    FieldSpec('report_subject', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSubject', C_EiTarget),), 0, 1),
    FieldSpec('report_data_source', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportDataSource', C_EiTarget),), 0, 1),
    FieldSpec('report_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportType', S52),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}Therm', C_Therm), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currency', C_OadrCurrency, m.OadrCurrency), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerKW', C_CurrencyPerKW, m.CurrencyPerKW), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerKWh', C_CurrencyPerKWh, m.CurrencyPerKWh), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}currencyPerThm', C_CurrencyPerThm, m.CurrencyPerThm), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}current', C_Current), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}customUnit', C_BaseUnit), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}frequency', C_Frequency), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrGBDataDescription', C_OadrGBItemBase), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}pulseCount', C_PulseCount), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}temperature', C_Temperature), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('reading_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}readingType', S33),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S26),), 0, 1),
    FieldSpec('oadr_sampling_rate', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrSamplingRate', C_OadrSamplingRate),), 0, 1),
)
C_OadrReportPayload.fields = (
    FieldSpec('r_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}rID', S2),), 1, 1),
    FieldSpec('confidence', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}confidence', S31),), 0, 1),
    FieldSpec('accuracy', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}accuracy', S32),), 0, 1),
    FieldSpec('payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat', C_PayloadFloat), ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrPayloadResourceStatus', C_OadrPayloadResourceStatus)), 1, 1),
    FieldSpec('oadr_data_quality', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrDataQuality', S54),), 0, 1),
)
C_OadrReportRequest.fields = (
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S2),), 1, 1),
    FieldSpec('report_specifier', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifier', C_ReportSpecifier),), 1, 1),
)
C_OadrReport.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_Dtstart),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_DurationProp),), 0, 1),
    FieldSpec('intervals', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals', C_Intervals),), 0, 1),
    FieldSpec('ei_report_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S2),), 0, 1),
    FieldSpec('oadr_report_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrReportDescription', C_OadrReportDescription),), 0, None),
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S2),), 1, 1),
    FieldSpec('report_specifier_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifierID', S2),), 1, 1),
    FieldSpec('report_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportName', S56),), 0, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S27),), 1, 1),
)
C_OadrRequestEvent.fields = (
    FieldSpec('ei_request_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEvent', C_EiRequestEvent),), 1, 1),
)
C_OadrRequestEvent.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrRequestReregistration.fields = (
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 1, 1),
)
C_OadrRequestReregistration.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrResponse.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrResponse.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrSamplingRate.fields = (
    FieldSpec('oadr_min_period', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrMinPeriod', S58),), 1, 1),
    FieldSpec('oadr_max_period', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrMaxPeriod', S58),), 1, 1),
    FieldSpec('oadr_on_change', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrOnChange', S13),), 1, 1),
)
C_OadrUpdateReport.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('oadr_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrReport', C_OadrReport),), 0, None),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrUpdateReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_OadrUpdatedReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('oadr_cancel_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCancelReport', C_OadrCancelReport),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 0, 1),
)
C_OadrUpdatedReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S20, False),
)
C_PulseCount.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S59),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S60),), 1, 1),
    FieldSpec('pulse_factor', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}pulseFactor', S29),), 1, 1),
)
C_Temperature.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S61),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S62),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_StreamBase.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_Dtstart),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_DurationProp),), 0, 1),
    FieldSpec('intervals', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals', C_Intervals),), 0, 1),
)
C_StreamBase.derived = (C_OadrReport,)
C_StreamPayloadBase.derived = (C_ReportPayload, C_SignalPayload, C_OadrGBStreamPayloadBase,)
C_ArrayOfVavailabilityContainedComponents.fields = (
    FieldSpec('available', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}available', C_Available),), 0, None),
)
C_Available.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_Properties),), 1, 1),
)
C_DurationProp.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', S58),), 1, 1),
)
C_Vavailability.fields = (
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVavailabilityContainedComponents),), 1, 1),
)
C_WsCalendarInterval.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_Properties),), 1, 1),
)
C_EiCreatedEvent.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('event_responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponses', C_EventResponses),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 1, 1),
)
C_EiRequestEvent.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S2),), 1, 1),
    FieldSpec('reply_limit', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}replyLimit', S30),), 0, 1),
)
C_EventResponses.fields = (
    FieldSpec('event_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponse', C_EventResponse),), 0, None),
)
C_OadrInfo.fields = (
    FieldSpec('oadr_key', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrKey', S2),), 1, 1),
    FieldSpec('oadr_value', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrValue', S2),), 1, 1),
)
C_OadrPayload.fields = (
    FieldSpec('signature', (ElementSpec('{http://www.w3.org/2000/09/xmldsig#}Signature', None),), 0, 1),
    FieldSpec('oadr_signed_object', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrSignedObject', C_OadrSignedObject),), 1, 1),
)
C_OadrProfiles.fields = (
    FieldSpec('oadr_profile', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrProfile', C_OadrProfilesOadrProfile),), 1, None),
)
C_OadrServiceSpecificInfo.fields = (
    FieldSpec('oadr_service', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrService', C_OadrService),), 0, None),
)
C_OadrSignedObject.fields = (
    FieldSpec('oadr_distribute_event', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrDistributeEvent', C_OadrDistributeEvent),), 0, 1, choice=1),
    FieldSpec('oadr_created_event', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedEvent', C_OadrCreatedEvent),), 0, 1, choice=1),
    FieldSpec('oadr_request_event', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrRequestEvent', C_OadrRequestEvent),), 0, 1, choice=1),
    FieldSpec('oadr_response', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrResponse', C_OadrResponse),), 0, 1, choice=1),
    FieldSpec('oadr_cancel_opt', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCancelOpt', C_OadrCancelOpt),), 0, 1, choice=1),
    FieldSpec('oadr_canceled_opt', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledOpt', C_OadrCanceledOpt),), 0, 1, choice=1),
    FieldSpec('oadr_create_opt', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCreateOpt', C_OadrCreateOpt),), 0, 1, choice=1),
    FieldSpec('oadr_created_opt', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedOpt', C_OadrCreatedOpt),), 0, 1, choice=1),
    FieldSpec('oadr_cancel_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCancelReport', C_OadrCancelReport),), 0, 1, choice=1),
    FieldSpec('oadr_canceled_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledReport', C_OadrCanceledReport),), 0, 1, choice=1),
    FieldSpec('oadr_create_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCreateReport', C_OadrCreateReport),), 0, 1, choice=1),
    FieldSpec('oadr_created_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedReport', C_OadrCreatedReport),), 0, 1, choice=1),
    FieldSpec('oadr_register_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrRegisterReport', C_OadrRegisterReport),), 0, 1, choice=1),
    FieldSpec('oadr_registered_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrRegisteredReport', C_OadrRegisteredReport),), 0, 1, choice=1),
    FieldSpec('oadr_update_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrUpdateReport', C_OadrUpdateReport),), 0, 1, choice=1),
    FieldSpec('oadr_updated_report', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrUpdatedReport', C_OadrUpdatedReport),), 0, 1, choice=1),
    FieldSpec('oadr_cancel_party_registration', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCancelPartyRegistration', C_OadrCancelPartyRegistration),), 0, 1, choice=1),
    FieldSpec('oadr_canceled_party_registration', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledPartyRegistration', C_OadrCanceledPartyRegistration),), 0, 1, choice=1),
    FieldSpec('oadr_create_party_registration', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCreatePartyRegistration', C_OadrCreatePartyRegistration),), 0, 1, choice=1),
    FieldSpec('oadr_created_party_registration', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedPartyRegistration', C_OadrCreatedPartyRegistration),), 0, 1, choice=1),
    FieldSpec('oadr_request_reregistration', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrRequestReregistration', C_OadrRequestReregistration),), 0, 1, choice=1),
    FieldSpec('oadr_query_registration', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrQueryRegistration', C_OadrQueryRegistration),), 0, 1, choice=1),
    FieldSpec('oadr_poll', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrPoll', C_OadrPoll),), 0, 1, choice=1),
)
C_OadrSignedObject.attributes = (
    AttrSpec('id', '{http://openadr.org/oadr-2.0b/2012/07}Id', S63, False),
)
C_OadrSignedObject.choices = (ChoiceSpec(1, ('oadr_distribute_event', 'oadr_created_event', 'oadr_request_event', 'oadr_response', 'oadr_cancel_opt', 'oadr_canceled_opt', 'oadr_create_opt', 'oadr_created_opt', 'oadr_cancel_report', 'oadr_canceled_report', 'oadr_create_report', 'oadr_created_report', 'oadr_register_report', 'oadr_registered_report', 'oadr_update_report', 'oadr_updated_report', 'oadr_cancel_party_registration', 'oadr_canceled_party_registration', 'oadr_create_party_registration', 'oadr_created_party_registration', 'oadr_request_reregistration', 'oadr_query_registration', 'oadr_poll'), 1),)
C_OadrTransports.fields = (
    FieldSpec('oadr_transport', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrTransport', C_OadrTransportsOadrTransport),), 1, None),
)
C_FeatureCollection.fields = (
    FieldSpec('location', (ElementSpec('{http://www.opengis.net/gml/3.2}location', C_Location),), 1, 1),
)
C_FeatureCollection.attributes = (
    AttrSpec('id', '{http://www.opengis.net/gml/3.2}id', S63, False),
)
C_Intervals.fields = (
    FieldSpec('interval', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}interval', C_Interval),), 1, None),
)
C_Dtend.fields = (
    FieldSpec('date_time', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}date-time', S27),), 1, 1),
)
C_Dtstart.fields = (
    FieldSpec('date_time', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}date-time', S27),), 1, 1),
)
C_Properties.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_Dtstart),), 1, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_DurationProp),), 1, 1),
    FieldSpec('tolerance', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}tolerance', C_Tolerance),), 0, 1),
    FieldSpec('x_ei_notification', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiNotification', C_DurationProp),), 0, 1),
    FieldSpec('x_ei_ramp_up', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRampUp', C_DurationProp),), 0, 1),
    FieldSpec('x_ei_recovery', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRecovery', C_DurationProp),), 0, 1),
)
C_Uid.fields = (
    FieldSpec('text', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}text', S2),), 1, 1),
)
C_OadrCurrency.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S47),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S48),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_CurrencyPerKW.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S47),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S48),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_CurrencyPerKWh.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S47),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S48),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_CurrencyPerThm.fields = (
    FieldSpec('item_description', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemDescription', S47),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}itemUnits', S48),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S5),), 1, 1),
)
C_EiMarketContext.fields = (
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S26),), 1, 1),
)
C_OadrExtensions.fields = (
    FieldSpec('oadr_extension', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrExtension', C_OadrExtension),), 0, None),
)
C_OadrEvent.fields = (
    FieldSpec('ei_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent', C_EiEvent),), 1, 1),
    FieldSpec('oadr_response_required', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrResponseRequired', S64),), 1, 1),
)
C_EventResponse.fields = (
    FieldSpec('response_code', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseCode', S28),), 1, 1),
    FieldSpec('response_description', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseDescription', S2),), 0, 1),
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S2),), 1, 1),
    FieldSpec('qualified_event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}qualifiedEventID', C_QualifiedEventID),), 1, 1),
    FieldSpec('opt_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optType', S23),), 1, 1),
)
C_OadrProfilesOadrProfile.fields = (
    FieldSpec('oadr_profile_name', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrProfileName', S50),), 1, 1),
    FieldSpec('oadr_transports', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrTransports', C_OadrTransports),), 1, 1),
)
C_OadrService.fields = (
    FieldSpec('oadr_service_name', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrServiceName', S65),), 1, 1),
    FieldSpec('oadr_info', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrInfo', C_OadrInfo),), 1, None),
)
C_OadrTransportsOadrTransport.fields = (
    FieldSpec('oadr_transport_name', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrTransportName', S51),), 1, 1),
)
C_Location.fields = (
    FieldSpec('polygon', (ElementSpec('{http://www.opengis.net/gml/3.2}Polygon', C_Polygon),), 1, 1),
)
C_Tolerance.fields = (
    FieldSpec('tolerate', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}tolerate', C_Tolerate),), 1, 1),
)
C_OadrExtension.fields = (
    FieldSpec('oadr_extension_name', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrExtensionName', S2),), 1, 1),
    FieldSpec('oadr_info', (ElementSpec('{http://openadr.org/oadr-2.0b/2012/07}oadrInfo', C_OadrInfo),), 0, None),
)
C_Polygon.fields = (
    FieldSpec('exterior', (ElementSpec('{http://www.opengis.net/gml/3.2}exterior', C_Exterior),), 1, 1),
)
C_Polygon.attributes = (
    AttrSpec('id', '{http://www.opengis.net/gml/3.2}id', S63, False),
)
C_Tolerate.fields = (
    FieldSpec('startafter', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}startafter', S58),), 0, 1),
)
C_Exterior.fields = (
    FieldSpec('linear_ring', (ElementSpec('{http://www.opengis.net/gml/3.2}LinearRing', C_LinearRing),), 1, 1),
)
C_LinearRing.fields = (
    FieldSpec('pos_list', (ElementSpec('{http://www.opengis.net/gml/3.2}posList', S66),), 1, 1),
)

BINDING = BindingSpec(
    name='openadr',
    prefixes={
        'oadr': 'http://openadr.org/oadr-2.0b/2012/07',
        'pyld': 'http://docs.oasis-open.org/ns/energyinterop/201110/payloads',
        'ei': 'http://docs.oasis-open.org/ns/energyinterop/201110',
        'emix': 'http://docs.oasis-open.org/ns/emix/2011/06',
        'xcal': 'urn:ietf:params:xml:ns:icalendar-2.0',
        'strm': 'urn:ietf:params:xml:ns:icalendar-2.0:stream',
        'power': 'http://docs.oasis-open.org/ns/emix/2011/06/power',
        'scale': 'http://docs.oasis-open.org/ns/emix/2011/06/siscale',
        'gml': 'http://www.opengis.net/gml/3.2',
        'ds': 'http://www.w3.org/2000/09/xmldsig#',
        'dsig11': 'http://www.w3.org/2009/xmldsig11#',
        'dsp': 'http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties',
        'atom': 'http://www.w3.org/2005/Atom',
        'clm5ISO42173A': 'urn:un:unece:uncefact:codelist:standard:5:ISO42173A:2010-04-07',
        'xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    },
    roots={
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode': C_AggregatedPnode,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset': C_EndDeviceAsset,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent': C_EnergyApparent,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem': C_EnergyItem,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive': C_EnergyReactive,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal': C_EnergyReal,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset': C_MeterAsset,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode': C_Pnode,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent': C_PowerApparent,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes': C_PowerAttributes,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem': C_PowerItem,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive': C_PowerReactive,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal': C_PowerReal,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint': C_ServiceDeliveryPoint,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation': C_ServiceLocation,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface': C_TransportInterface,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage': C_Voltage,
        '{http://docs.oasis-open.org/ns/emix/2011/06}itemBase': C_ItemBase,
        '{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea': C_ServiceArea,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedEvent': C_EiCreatedEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEvent': C_EiRequestEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}currentValue': C_CurrentValue,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiActivePeriod': C_EiActivePeriod,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent': C_EiEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventBaseline': C_EiEventBaseline,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignal': C_EiEventSignal,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignals': C_EiEventSignals,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse': C_EiResponse,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget': C_EiTarget,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eventDescriptor': C_EventDescriptor,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponses': C_EventResponses,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}interval': C_Interval,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadBase': C_PayloadBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat': C_PayloadFloat,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}qualifiedEventID': C_QualifiedEventID,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportDataSource': C_EiTarget,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifier': C_ReportSpecifier,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportSubject': C_EiTarget,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}responses': C_ArrayofResponses,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}signalPayload': C_SignalPayload,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}specifierPayload': C_SpecifierPayload,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiNotification': C_DurationProp,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRampUp': C_DurationProp,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRecovery': C_DurationProp,
        '{http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties}ReplayProtect': C_ReplayProtect,
        '{http://openadr.org/oadr-2.0b/2012/07}Therm': C_Therm,
        '{http://openadr.org/oadr-2.0b/2012/07}currency': C_OadrCurrency,
        '{http://openadr.org/oadr-2.0b/2012/07}currencyPerKW': C_CurrencyPerKW,
        '{http://openadr.org/oadr-2.0b/2012/07}currencyPerKWh': C_CurrencyPerKWh,
        '{http://openadr.org/oadr-2.0b/2012/07}currencyPerThm': C_CurrencyPerThm,
        '{http://openadr.org/oadr-2.0b/2012/07}current': C_Current,
        '{http://openadr.org/oadr-2.0b/2012/07}customUnit': C_BaseUnit,
        '{http://openadr.org/oadr-2.0b/2012/07}frequency': C_Frequency,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelOpt': C_OadrCancelOpt,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelPartyRegistration': C_OadrCancelPartyRegistration,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelReport': C_OadrCancelReport,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledOpt': C_OadrCanceledOpt,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledPartyRegistration': C_OadrCanceledPartyRegistration,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledReport': C_OadrCanceledReport,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCreateOpt': C_OadrCreateOpt,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatePartyRegistration': C_OadrCreatePartyRegistration,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCreateReport': C_OadrCreateReport,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedEvent': C_OadrCreatedEvent,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedOpt': C_OadrCreatedOpt,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedPartyRegistration': C_OadrCreatedPartyRegistration,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedReport': C_OadrCreatedReport,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrDeviceClass': C_EiTarget,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrDistributeEvent': C_OadrDistributeEvent,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrGBDataDescription': C_OadrGBItemBase,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrGBPayload': C_OadrGBStreamPayloadBase,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrInfo': C_OadrInfo,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrLoadControlState': C_OadrLoadControlState,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrPayload': C_OadrPayload,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrPayloadResourceStatus': C_OadrPayloadResourceStatus,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrPendingReports': C_OadrPendingReports,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrPoll': C_OadrPoll,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrProfiles': C_OadrProfiles,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrQueryRegistration': C_OadrQueryRegistration,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrRegisterReport': C_OadrRegisterReport,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrRegisteredReport': C_OadrRegisteredReport,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrReport': C_OadrReport,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrReportDescription': C_OadrReportDescription,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrReportPayload': C_OadrReportPayload,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrReportRequest': C_OadrReportRequest,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrRequestEvent': C_OadrRequestEvent,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrRequestReregistration': C_OadrRequestReregistration,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrRequestedOadrPollFreq': C_DurationProp,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrResponse': C_OadrResponse,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrSamplingRate': C_OadrSamplingRate,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrServiceSpecificInfo': C_OadrServiceSpecificInfo,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrSignedObject': C_OadrSignedObject,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrTransports': C_OadrTransports,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrUpdateReport': C_OadrUpdateReport,
        '{http://openadr.org/oadr-2.0b/2012/07}oadrUpdatedReport': C_OadrUpdatedReport,
        '{http://openadr.org/oadr-2.0b/2012/07}pulseCount': C_PulseCount,
        '{http://openadr.org/oadr-2.0b/2012/07}temperature': C_Temperature,
        '{http://www.opengis.net/gml/3.2}FeatureCollection': C_FeatureCollection,
        '{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals': C_Intervals,
        '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamBase': C_StreamBase,
        '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamPayloadBase': C_StreamPayloadBase,
        '{urn:ietf:params:xml:ns:icalendar-2.0}available': C_Available,
        '{urn:ietf:params:xml:ns:icalendar-2.0}dtend': C_Dtend,
        '{urn:ietf:params:xml:ns:icalendar-2.0}dtstart': C_Dtstart,
        '{urn:ietf:params:xml:ns:icalendar-2.0}duration': C_DurationProp,
        '{urn:ietf:params:xml:ns:icalendar-2.0}granularity': C_DurationProp,
        '{urn:ietf:params:xml:ns:icalendar-2.0}interval': C_WsCalendarInterval,
        '{urn:ietf:params:xml:ns:icalendar-2.0}properties': C_Properties,
        '{urn:ietf:params:xml:ns:icalendar-2.0}uid': C_Uid,
        '{urn:ietf:params:xml:ns:icalendar-2.0}vavailability': C_Vavailability,
    },
    element_of_class={
        m.AggregatedPnode: '{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode',
        m.EndDeviceAsset: '{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset',
        m.EnergyApparent: '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent',
        m.EnergyItem: '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem',
        m.EnergyReactive: '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive',
        m.EnergyReal: '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal',
        m.MeterAsset: '{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset',
        m.Pnode: '{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode',
        m.PowerApparent: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent',
        m.PowerAttributes: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes',
        m.PowerItem: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem',
        m.PowerReactive: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive',
        m.PowerReal: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal',
        m.ServiceDeliveryPoint: '{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint',
        m.ServiceLocation: '{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation',
        m.TransportInterface: '{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface',
        m.Voltage: '{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage',
        m.ItemBase: '{http://docs.oasis-open.org/ns/emix/2011/06}itemBase',
        m.ServiceArea: '{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea',
        m.EiCreatedEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedEvent',
        m.EiRequestEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEvent',
        m.CurrentValue: '{http://docs.oasis-open.org/ns/energyinterop/201110}currentValue',
        m.EiActivePeriod: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiActivePeriod',
        m.EiEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent',
        m.EiEventBaseline: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventBaseline',
        m.EiEventSignal: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignal',
        m.EiEventSignals: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignals',
        m.EiResponse: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse',
        m.EventDescriptor: '{http://docs.oasis-open.org/ns/energyinterop/201110}eventDescriptor',
        m.EventResponses: '{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponses',
        m.Interval: '{http://docs.oasis-open.org/ns/energyinterop/201110}interval',
        m.PayloadBase: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadBase',
        m.PayloadFloat: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat',
        m.QualifiedEventID: '{http://docs.oasis-open.org/ns/energyinterop/201110}qualifiedEventID',
        m.ReportSpecifier: '{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifier',
        m.ArrayofResponses: '{http://docs.oasis-open.org/ns/energyinterop/201110}responses',
        m.SignalPayload: '{http://docs.oasis-open.org/ns/energyinterop/201110}signalPayload',
        m.SpecifierPayload: '{http://docs.oasis-open.org/ns/energyinterop/201110}specifierPayload',
        m.ReplayProtect: '{http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties}ReplayProtect',
        m.Therm: '{http://openadr.org/oadr-2.0b/2012/07}Therm',
        m.OadrCurrency: '{http://openadr.org/oadr-2.0b/2012/07}currency',
        m.CurrencyPerKW: '{http://openadr.org/oadr-2.0b/2012/07}currencyPerKW',
        m.CurrencyPerKWh: '{http://openadr.org/oadr-2.0b/2012/07}currencyPerKWh',
        m.CurrencyPerThm: '{http://openadr.org/oadr-2.0b/2012/07}currencyPerThm',
        m.Current: '{http://openadr.org/oadr-2.0b/2012/07}current',
        m.BaseUnit: '{http://openadr.org/oadr-2.0b/2012/07}customUnit',
        m.Frequency: '{http://openadr.org/oadr-2.0b/2012/07}frequency',
        m.OadrCancelOpt: '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelOpt',
        m.OadrCancelPartyRegistration: '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelPartyRegistration',
        m.OadrCancelReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrCancelReport',
        m.OadrCanceledOpt: '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledOpt',
        m.OadrCanceledPartyRegistration: '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledPartyRegistration',
        m.OadrCanceledReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrCanceledReport',
        m.OadrCreateOpt: '{http://openadr.org/oadr-2.0b/2012/07}oadrCreateOpt',
        m.OadrCreatePartyRegistration: '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatePartyRegistration',
        m.OadrCreateReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrCreateReport',
        m.OadrCreatedEvent: '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedEvent',
        m.OadrCreatedOpt: '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedOpt',
        m.OadrCreatedPartyRegistration: '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedPartyRegistration',
        m.OadrCreatedReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrCreatedReport',
        m.OadrDistributeEvent: '{http://openadr.org/oadr-2.0b/2012/07}oadrDistributeEvent',
        m.OadrGBItemBase: '{http://openadr.org/oadr-2.0b/2012/07}oadrGBDataDescription',
        m.OadrGBStreamPayloadBase: '{http://openadr.org/oadr-2.0b/2012/07}oadrGBPayload',
        m.OadrInfo: '{http://openadr.org/oadr-2.0b/2012/07}oadrInfo',
        m.OadrLoadControlState: '{http://openadr.org/oadr-2.0b/2012/07}oadrLoadControlState',
        m.OadrPayload: '{http://openadr.org/oadr-2.0b/2012/07}oadrPayload',
        m.OadrPayloadResourceStatus: '{http://openadr.org/oadr-2.0b/2012/07}oadrPayloadResourceStatus',
        m.OadrPendingReports: '{http://openadr.org/oadr-2.0b/2012/07}oadrPendingReports',
        m.OadrPoll: '{http://openadr.org/oadr-2.0b/2012/07}oadrPoll',
        m.OadrProfiles: '{http://openadr.org/oadr-2.0b/2012/07}oadrProfiles',
        m.OadrQueryRegistration: '{http://openadr.org/oadr-2.0b/2012/07}oadrQueryRegistration',
        m.OadrRegisterReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrRegisterReport',
        m.OadrRegisteredReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrRegisteredReport',
        m.OadrReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrReport',
        m.OadrReportDescription: '{http://openadr.org/oadr-2.0b/2012/07}oadrReportDescription',
        m.OadrReportPayload: '{http://openadr.org/oadr-2.0b/2012/07}oadrReportPayload',
        m.OadrReportRequest: '{http://openadr.org/oadr-2.0b/2012/07}oadrReportRequest',
        m.OadrRequestEvent: '{http://openadr.org/oadr-2.0b/2012/07}oadrRequestEvent',
        m.OadrRequestReregistration: '{http://openadr.org/oadr-2.0b/2012/07}oadrRequestReregistration',
        m.OadrResponse: '{http://openadr.org/oadr-2.0b/2012/07}oadrResponse',
        m.OadrSamplingRate: '{http://openadr.org/oadr-2.0b/2012/07}oadrSamplingRate',
        m.OadrServiceSpecificInfo: '{http://openadr.org/oadr-2.0b/2012/07}oadrServiceSpecificInfo',
        m.OadrSignedObject: '{http://openadr.org/oadr-2.0b/2012/07}oadrSignedObject',
        m.OadrTransports: '{http://openadr.org/oadr-2.0b/2012/07}oadrTransports',
        m.OadrUpdateReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrUpdateReport',
        m.OadrUpdatedReport: '{http://openadr.org/oadr-2.0b/2012/07}oadrUpdatedReport',
        m.PulseCount: '{http://openadr.org/oadr-2.0b/2012/07}pulseCount',
        m.Temperature: '{http://openadr.org/oadr-2.0b/2012/07}temperature',
        m.FeatureCollection: '{http://www.opengis.net/gml/3.2}FeatureCollection',
        m.Intervals: '{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals',
        m.StreamBase: '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamBase',
        m.StreamPayloadBase: '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamPayloadBase',
        m.Available: '{urn:ietf:params:xml:ns:icalendar-2.0}available',
        m.Dtend: '{urn:ietf:params:xml:ns:icalendar-2.0}dtend',
        m.Dtstart: '{urn:ietf:params:xml:ns:icalendar-2.0}dtstart',
        m.WsCalendarInterval: '{urn:ietf:params:xml:ns:icalendar-2.0}interval',
        m.Properties: '{urn:ietf:params:xml:ns:icalendar-2.0}properties',
        m.Uid: '{urn:ietf:params:xml:ns:icalendar-2.0}uid',
        m.Vavailability: '{urn:ietf:params:xml:ns:icalendar-2.0}vavailability',
    },
)

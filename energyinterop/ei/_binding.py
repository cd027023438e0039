"""Binding tables of the ei schema set.

Generated from schemas/ei/energyinterop.xsd by tools/codegen; do not edit by hand.
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

from energyinterop.ei import _model as m

S0 = SimpleSpec('str', name='power:MridType')
S2 = SimpleSpec('enum', enum=m.PowerOptionTypeEnumerated, name='power:PowerOptionTypeEnumeratedType')
S3 = SimpleSpec('str', patterns=(('^(?:x-\\S[^\\r\\n]*)$(?!\\n\\Z)',),), name='emix:EmixExtensionTokenType')
S1 = SimpleSpec('str', members=(S2, S3,), name='power:PowerOptionTypeType')
S4 = SimpleSpec('bool', name='xs:boolean')
S5 = SimpleSpec('float', name='xs:float')
S7 = SimpleSpec('enum', enum=m.ResourceTypeEnumerated, name='resource:ResourceTypeEnumeratedType')
S6 = SimpleSpec('str', members=(S7, S3,), name='resource:ResourceTypeType')
S8 = SimpleSpec('int', min_inclusive=-2147483648, max_inclusive=2147483647, name='xs:int')
S9 = SimpleSpec('float', patterns=(('^(?:(?:\\+|-)?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[Ee](?:\\+|-)?[0-9]+)?|INF|-INF|NaN)$(?!\\n\\Z)',),), name='emix:QuantityType')
S10 = SimpleSpec('enum', enum=m.ProductTypeRegulation, name='resource:ProductTypeRegulationType')
S11 = SimpleSpec('str', name='power:NodeType')
S12 = SimpleSpec('str', name='xs:string')
S13 = SimpleSpec('enum', enum=m.TransactiveState, name='emix:TransactiveStateType')
S14 = SimpleSpec('datetime', name='xs:dateTime')
S15 = SimpleSpec('enum', enum=m.Side, name='emix:SideType')
S16 = SimpleSpec('str', patterns=(('^(?:call|put|x-\\S[^\\r\\n]*)$(?!\\n\\Z)',),), name='emix:OptionTypeType')
S17 = SimpleSpec('str', builtin='anyURI', name='emix:MarketContextType')
S18 = SimpleSpec('enum', enum=m.ISO3AlphaCurrencyCodeContent, name='clm5ISO42173A:ISO3AlphaCurrencyCodeContentType')
S20 = SimpleSpec('enum', enum=m.AncillaryServiceNameEnumerated, name='power:AncillaryServiceNameEnumeratedType')
S19 = SimpleSpec('str', members=(S20, S3,), name='power:AncillaryServiceNameType')
S22 = SimpleSpec('enum', enum=m.ProductTypeEnumerated, name='power:ProductTypeEnumeratedType')
S21 = SimpleSpec('str', members=(S22, S3,), name='power:ProductTypeType')
S23 = SimpleSpec('decimal', name='xs:decimal')
S24 = SimpleSpec('str', values=('ApparentEnergy',), name="xs:string fixed to 'ApparentEnergy'")
S25 = SimpleSpec('str', values=('VAh',), name="xs:string fixed to 'VAh'")
S26 = SimpleSpec('enum', enum=m.SiScaleCode, name='scale:SiScaleCodeType')
S27 = SimpleSpec('str', values=('ReactiveEnergy',), name="xs:string fixed to 'ReactiveEnergy'")
S28 = SimpleSpec('str', values=('VARh',), name="xs:string fixed to 'VARh'")
S29 = SimpleSpec('str', values=('RealEnergy',), name="xs:string fixed to 'RealEnergy'")
S30 = SimpleSpec('str', values=('Wh',), name="xs:string fixed to 'Wh'")
S31 = SimpleSpec('str', values=('ApparentPower',), name="xs:string fixed to 'ApparentPower'")
S32 = SimpleSpec('str', values=('VA',), name="xs:string fixed to 'VA'")
S34 = SimpleSpec('enum', enum=m.MeasurementProtocolEnumerated, name='power:MeasurementProtocolEnumeratedType')
S33 = SimpleSpec('str', members=(S34, S3,), name='power:MeasurementProtocolType')
S36 = SimpleSpec('enum', enum=m.QualityTypeEnumerated, name='power:QualityTypeEnumeratedType')
S35 = SimpleSpec('str', members=(S36, S3,), name='power:QualityTypeType')
S37 = SimpleSpec('str', values=('ReactivePower',), name="xs:string fixed to 'ReactivePower'")
S38 = SimpleSpec('str', values=('VAR',), name="xs:string fixed to 'VAR'")
S39 = SimpleSpec('str', values=('RealPower',), name="xs:string fixed to 'RealPower'")
S40 = SimpleSpec('enum', enum=m.ItemUnits, name='itemUnits')
S41 = SimpleSpec('str', values=('Voltage',), name="xs:string fixed to 'Voltage'")
S42 = SimpleSpec('str', values=('V',), name="xs:string fixed to 'V'")
S43 = SimpleSpec('enum', enum=m.NonStandardTermsHandling, name='emix:NonStandardTermsHandlingType')
S44 = SimpleSpec('str', name='ei:UidType')
S45 = SimpleSpec('str', name='enrl:EnrolleeTypeType')
S46 = SimpleSpec('str', patterns=(('^(?:[0-9][0-9][0-9])$(?!\\n\\Z)',),), name='ei:ResponseCodeType')
S47 = SimpleSpec('str', name='ei:ResponseDescriptionType')
S48 = SimpleSpec('datetime', patterns=(('^(?:[\\+\\-]?\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d*)?Z?)$(?!\\n\\Z)',),), name='xcal:DateTimeType')
S49 = SimpleSpec('int', min_inclusive=0, max_inclusive=4294967295, name='xs:unsignedInt')
S50 = SimpleSpec('str', name='enrl:EnrollmentStatusType')
S51 = SimpleSpec('enum', enum=m.EiAvailBehavior, name='ei:EiAvailBehaviorType')
S52 = SimpleSpec('enum', enum=m.OptType, name='ei:OptTypeType')
S54 = SimpleSpec('enum', enum=m.SignalTypeEnumerated, name='ei:SignalTypeEnumeratedType')
S55 = SimpleSpec('str', patterns=(('^(?:x-\\S[^\\r\\n]*)$(?!\\n\\Z)',),), name='ei:EiExtensionTokenType')
S53 = SimpleSpec('str', members=(S54, S55,), name='ei:SignalTypeType')
S56 = SimpleSpec('enum', enum=m.RuleSetPurpose, name='ei:RuleSetPurposeType')
S58 = SimpleSpec('enum', enum=m.OptReasonEnumerated, name='ei:OptReasonEnumeratedType')
S57 = SimpleSpec('str', members=(S58, S55,), name='ei:OptReasonType')
S59 = SimpleSpec('enum', enum=m.EiSmoothing, name='ei:EiSmoothingType')
S61 = SimpleSpec('enum', enum=m.EventStatusEnumerated, name='ei:EventStatusEnumeratedType')
S60 = SimpleSpec('str', members=(S61, S55,), name='ei:EventStatusType')
S63 = SimpleSpec('enum', enum=m.ReportEnumerated, name='ei:ReportEnumeratedType')
S62 = SimpleSpec('str', members=(S63, S55,), name='ei:ReportTypeType')
S65 = SimpleSpec('enum', enum=m.ReadingTypeEnumerated, name='ei:ReadingTypeEnumeratedType')
S64 = SimpleSpec('str', members=(S65, S55,), name='ei:ReadingTypeType')
S66 = SimpleSpec('int', max_inclusive=100, min_inclusive=0, name='ei:ConfidenceType')
S67 = SimpleSpec('float', patterns=(('^(?:(?:\\+|-)?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[Ee](?:\\+|-)?[0-9]+)?|INF|-INF|NaN)$(?!\\n\\Z)',),), name='ei:AccuracyType')
S68 = SimpleSpec('duration', patterns=(('^(?:[\\+\\-]?P(?:(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?T?(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?|\\d+W))$(?!\\n\\Z)',),), name='xcal:DurationValueType')
S69 = SimpleSpec('date', name='xs:date')
S70 = SimpleSpec('duration', name='xs:duration')
S71 = SimpleSpec('str', builtin='anyURI', name='xs:anyURI')
S72 = SimpleSpec('str', builtin='ID', name='xs:ID')
S74 = SimpleSpec('float', name='xs:double')
S73 = SimpleSpec('list', item=S74, name='gml:doubleList')

C_ActiveReserve = ClassSpec(m.ActiveReserve, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}ActiveReserveType')
C_ArrayOfRampSegments = ClassSpec(m.ArrayOfRampSegments, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}ArrayOfRampSegments')
C_Generation = ClassSpec(m.Generation, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}GenerationType')
C_LoadReduction = ClassSpec(m.LoadReduction, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}LoadReductionType')
C_MaximumEnergy = ClassSpec(m.MaximumEnergy, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}MaximumEnergyType')
C_MaximumPower = ClassSpec(m.MaximumPower, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}MaximumPowerType')
C_MinimumLoadReduction = ClassSpec(m.MinimumLoadReduction, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}MinimumLoadReductionType')
C_MinimumLoad = ClassSpec(m.MinimumLoad, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}MinimumLoadType')
C_OfferCurve = ClassSpec(m.OfferCurve, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}OfferCurveType')
C_OfferSegment = ClassSpec(m.OfferSegment, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}OfferSegmentType')
C_PMax = ClassSpec(m.PMax, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}PMaxType')
C_PercentRampRate = ClassSpec(m.PercentRampRate, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}PercentRampRateType')
C_PowerRampSegment = ClassSpec(m.PowerRampSegment, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}PowerRampSegmentType')
C_PowerRamp = ClassSpec(m.PowerRamp, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}PowerRampType')
C_PowerResponse = ClassSpec(m.PowerResponse, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}PowerResponseType')
C_ProductVoltageRegulation = ClassSpec(m.ProductVoltageRegulation, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}ProductVoltageRegulationType')
C_QMax = ClassSpec(m.QMax, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}QMaxType')
C_RegulationService = ClassSpec(m.RegulationService, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}RegulationServiceType')
C_ResourceDescription = ClassSpec(m.ResourceDescription, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}ResourceDescriptionType')
C_VMax = ClassSpec(m.VMax, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}VMaxType')
C_VMin = ClassSpec(m.VMin, '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}VMinType')
C_AggregatedPnode = ClassSpec(m.AggregatedPnode, '{http://docs.oasis-open.org/ns/emix/2011/06/power}AggregatedPnodeType')
C_AncillaryService = ClassSpec(m.AncillaryService, '{http://docs.oasis-open.org/ns/emix/2011/06/power}AncillaryServiceType')
C_ArrayOfBlockPowerPrices = ClassSpec(m.ArrayOfBlockPowerPrices, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ArrayOfBlockPowerPrices')
C_ArrayOfCharges = ClassSpec(m.ArrayOfCharges, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ArrayOfCharges')
C_ArrayOfQualityIndicators = ClassSpec(m.ArrayOfQualityIndicators, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ArrayOfQualityIndicators')
C_ArrayOfTransportCharges = ClassSpec(m.ArrayOfTransportCharges, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ArrayOfTransportCharges')
C_BaseCharge = ClassSpec(m.BaseCharge, '{http://docs.oasis-open.org/ns/emix/2011/06/power}BaseChargeType')
C_BasePowerQualityIndicator = ClassSpec(m.BasePowerQualityIndicator, '{http://docs.oasis-open.org/ns/emix/2011/06/power}BasePowerQualityIndicatorType')
C_BaseTransportCharge = ClassSpec(m.BaseTransportCharge, '{http://docs.oasis-open.org/ns/emix/2011/06/power}BaseTransportChargeType')
C_BlockPowerFullRequirements = ClassSpec(m.BlockPowerFullRequirements, '{http://docs.oasis-open.org/ns/emix/2011/06/power}BlockPowerFullRequirementsType')
C_BlockPowerPrice = ClassSpec(m.BlockPowerPrice, '{http://docs.oasis-open.org/ns/emix/2011/06/power}BlockPowerPriceType')
C_CongestionCharge = ClassSpec(m.CongestionCharge, '{http://docs.oasis-open.org/ns/emix/2011/06/power}CongestionChargeType')
C_CongestionRevenueRights = ClassSpec(m.CongestionRevenueRights, '{http://docs.oasis-open.org/ns/emix/2011/06/power}CongestionRevenueRightsType')
C_ConversionLoss = ClassSpec(m.ConversionLoss, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ConversionLossType')
C_DemandCharge = ClassSpec(m.DemandCharge, '{http://docs.oasis-open.org/ns/emix/2011/06/power}DemandChargeType')
C_EndDeviceAsset = ClassSpec(m.EndDeviceAsset, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EndDeviceAssetType')
C_EnergyApparent = ClassSpec(m.EnergyApparent, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyApparentType')
C_EnergyItem = ClassSpec(m.EnergyItem, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyItemType')
C_EnergyQuantity = ClassSpec(m.EnergyQuantity, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyQuantityType')
C_EnergyReactive = ClassSpec(m.EnergyReactive, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyReactiveType')
C_EnergyReal = ClassSpec(m.EnergyReal, '{http://docs.oasis-open.org/ns/emix/2011/06/power}EnergyRealType')
C_FlickerLt = ClassSpec(m.FlickerLt, '{http://docs.oasis-open.org/ns/emix/2011/06/power}FlickerLtType')
C_FlickerSt = ClassSpec(m.FlickerSt, '{http://docs.oasis-open.org/ns/emix/2011/06/power}FlickerStType')
C_FullRequirementsPower = ClassSpec(m.FullRequirementsPower, '{http://docs.oasis-open.org/ns/emix/2011/06/power}FullRequirementsPowerType')
C_HarmonicVoltage = ClassSpec(m.HarmonicVoltage, '{http://docs.oasis-open.org/ns/emix/2011/06/power}HarmonicVoltageType')
C_LongInterruptions = ClassSpec(m.LongInterruptions, '{http://docs.oasis-open.org/ns/emix/2011/06/power}LongInterruptionsType')
C_MainsSignallingVoltage = ClassSpec(m.MainsSignallingVoltage, '{http://docs.oasis-open.org/ns/emix/2011/06/power}MainsSignallingVoltageType')
C_MainsVoltage = ClassSpec(m.MainsVoltage, '{http://docs.oasis-open.org/ns/emix/2011/06/power}MainsVoltageType')
C_MarginalLossCharge = ClassSpec(m.MarginalLossCharge, '{http://docs.oasis-open.org/ns/emix/2011/06/power}MarginalLossChargeType')
C_MarginalLoss = ClassSpec(m.MarginalLoss, '{http://docs.oasis-open.org/ns/emix/2011/06/power}MarginalLossType')
C_MeterAsset = ClassSpec(m.MeterAsset, '{http://docs.oasis-open.org/ns/emix/2011/06/power}MeterAssetType')
C_Pnode = ClassSpec(m.Pnode, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PnodeType')
C_PowerApparent = ClassSpec(m.PowerApparent, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerApparentType')
C_PowerAttributes = ClassSpec(m.PowerAttributes, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerAttributesType')
C_PowerFrequency = ClassSpec(m.PowerFrequency, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerFrequencyType')
C_PowerItem = ClassSpec(m.PowerItem, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerItemType')
C_PowerProductDescription = ClassSpec(m.PowerProductDescription, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerProductDescriptionType')
C_PowerQualityWarrant = ClassSpec(m.PowerQualityWarrant, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerQualityWarrantType')
C_PowerQuantity = ClassSpec(m.PowerQuantity, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerQuantityType')
C_PowerReactive = ClassSpec(m.PowerReactive, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerReactiveType')
C_PowerReal = ClassSpec(m.PowerReal, '{http://docs.oasis-open.org/ns/emix/2011/06/power}PowerRealType')
C_QualityMeasure = ClassSpec(m.QualityMeasure, '{http://docs.oasis-open.org/ns/emix/2011/06/power}QualityMeasureType')
C_RapidVoltageChanges = ClassSpec(m.RapidVoltageChanges, '{http://docs.oasis-open.org/ns/emix/2011/06/power}RapidVoltageChangesType')
C_ServiceDeliveryPoint = ClassSpec(m.ServiceDeliveryPoint, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ServiceDeliveryPointType')
C_ServiceLocation = ClassSpec(m.ServiceLocation, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ServiceLocationType')
C_ShortInterruptions = ClassSpec(m.ShortInterruptions, '{http://docs.oasis-open.org/ns/emix/2011/06/power}ShortInterruptionsType')
C_SupplyVoltageDips = ClassSpec(m.SupplyVoltageDips, '{http://docs.oasis-open.org/ns/emix/2011/06/power}SupplyVoltageDipsType')
C_SupplyVoltageImbalance = ClassSpec(m.SupplyVoltageImbalance, '{http://docs.oasis-open.org/ns/emix/2011/06/power}SupplyVoltageImbalanceType')
C_SupplyVoltageVariations = ClassSpec(m.SupplyVoltageVariations, '{http://docs.oasis-open.org/ns/emix/2011/06/power}SupplyVoltageVariationsType')
C_TemixPower = ClassSpec(m.TemixPower, '{http://docs.oasis-open.org/ns/emix/2011/06/power}TemixPowerType')
C_TemporaryOvervoltage = ClassSpec(m.TemporaryOvervoltage, '{http://docs.oasis-open.org/ns/emix/2011/06/power}TemporaryOvervoltageType')
C_TransportAccessFee = ClassSpec(m.TransportAccessFee, '{http://docs.oasis-open.org/ns/emix/2011/06/power}TransportAccessFeeType')
C_TransportInterface = ClassSpec(m.TransportInterface, '{http://docs.oasis-open.org/ns/emix/2011/06/power}TransportInterfaceType')
C_TransportProductDescription = ClassSpec(m.TransportProductDescription, '{http://docs.oasis-open.org/ns/emix/2011/06/power}TransportProductDescriptionType')
C_UnitEnergyPrice = ClassSpec(m.UnitEnergyPrice, '{http://docs.oasis-open.org/ns/emix/2011/06/power}UnitEnergyPriceType')
C_VarQuantity = ClassSpec(m.VarQuantity, '{http://docs.oasis-open.org/ns/emix/2011/06/power}VarQuantityType')
C_Voltage = ClassSpec(m.Voltage, '{http://docs.oasis-open.org/ns/emix/2011/06/power}VoltageType')
C_ArrayOfTerms = ClassSpec(m.ArrayOfTerms, '{http://docs.oasis-open.org/ns/emix/2011/06}ArrayOfTerms')
C_ArrayOfWarrants = ClassSpec(m.ArrayOfWarrants, '{http://docs.oasis-open.org/ns/emix/2011/06}ArrayOfWarrants')
C_AvailabilitySchedule = ClassSpec(m.AvailabilitySchedule, '{http://docs.oasis-open.org/ns/emix/2011/06}AvailabilityScheduleType')
C_BaseTerm = ClassSpec(m.BaseTerm, '{http://docs.oasis-open.org/ns/emix/2011/06}BaseTermType')
C_BaseWarrant = ClassSpec(m.BaseWarrant, '{http://docs.oasis-open.org/ns/emix/2011/06}BaseWarrantType')
C_Delivery = ClassSpec(m.Delivery, '{http://docs.oasis-open.org/ns/emix/2011/06}DeliveryType')
C_EmixBase = ClassSpec(m.EmixBase, '{http://docs.oasis-open.org/ns/emix/2011/06}EmixBaseType')
C_EmixGranularity = ClassSpec(m.EmixGranularity, '{http://docs.oasis-open.org/ns/emix/2011/06}EmixGranularityType')
C_EmixInterface = ClassSpec(m.EmixInterface, '{http://docs.oasis-open.org/ns/emix/2011/06}EmixInterfaceType')
C_EmixOption = ClassSpec(m.EmixOption, '{http://docs.oasis-open.org/ns/emix/2011/06}EmixOptionType')
C_EnvelopeContents = ClassSpec(m.EnvelopeContents, '{http://docs.oasis-open.org/ns/emix/2011/06}EnvelopeContentsType')
C_EnvironmentalWarrant = ClassSpec(m.EnvironmentalWarrant, '{http://docs.oasis-open.org/ns/emix/2011/06}EnvironmentalWarrantType')
C_ItemBase = ClassSpec(m.ItemBase, '{http://docs.oasis-open.org/ns/emix/2011/06}ItemBaseType')
C_MarketGranularity = ClassSpec(m.MarketGranularity, '{http://docs.oasis-open.org/ns/emix/2011/06}MarketGranularityType')
C_MaximumConsecutiveDurations = ClassSpec(m.MaximumConsecutiveDurations, '{http://docs.oasis-open.org/ns/emix/2011/06}MaximumConsecutiveDurationsType')
C_MaximumInvocationsPerDuration = ClassSpec(m.MaximumInvocationsPerDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MaximumInvocationsPerDurationType')
C_MaximumNotificationDuration = ClassSpec(m.MaximumNotificationDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MaximumNotificationDurationType')
C_MaximumResponseDuration = ClassSpec(m.MaximumResponseDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MaximumResponseDurationType')
C_MaximumRunDuration = ClassSpec(m.MaximumRunDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MaximumRunDurationType')
C_Measurement = ClassSpec(m.Measurement, '{http://docs.oasis-open.org/ns/emix/2011/06}MeasurementType')
C_MinimumDurationBetweenInvocations = ClassSpec(m.MinimumDurationBetweenInvocations, '{http://docs.oasis-open.org/ns/emix/2011/06}MinimumDurationBetweenInvocationsType')
C_MinimumEconomicRequirement = ClassSpec(m.MinimumEconomicRequirement, '{http://docs.oasis-open.org/ns/emix/2011/06}MinimumEconomicRequirementType')
C_MinimumNotificationDuration = ClassSpec(m.MinimumNotificationDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MinimumNotificationDurationType')
C_MinimumRecoveryDuration = ClassSpec(m.MinimumRecoveryDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MinimumRecoveryDurationType')
C_MinimumRemunerationRate = ClassSpec(m.MinimumRemunerationRate, '{http://docs.oasis-open.org/ns/emix/2011/06}MinimumRemunerationRateType')
C_MinimumResponseDuration = ClassSpec(m.MinimumResponseDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MinimumResponseDurationType')
C_MinimumRunDuration = ClassSpec(m.MinimumRunDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MinimumRunDurationType')
C_MinimumStartsPerDuration = ClassSpec(m.MinimumStartsPerDuration, '{http://docs.oasis-open.org/ns/emix/2011/06}MinimumStartsPerDurationType')
C_NotificationSchedule = ClassSpec(m.NotificationSchedule, '{http://docs.oasis-open.org/ns/emix/2011/06}NotificationScheduleType')
C_PriceBase = ClassSpec(m.PriceBase, '{http://docs.oasis-open.org/ns/emix/2011/06}PriceBaseType')
C_PriceMultiplier = ClassSpec(m.PriceMultiplier, '{http://docs.oasis-open.org/ns/emix/2011/06}PriceMultiplierType')
C_PriceRelative = ClassSpec(m.PriceRelative, '{http://docs.oasis-open.org/ns/emix/2011/06}PriceRelativeType')
C_Price = ClassSpec(m.Price, '{http://docs.oasis-open.org/ns/emix/2011/06}PriceType')
C_ProductDescription = ClassSpec(m.ProductDescription, '{http://docs.oasis-open.org/ns/emix/2011/06}ProductDescriptionType')
C_Product = ClassSpec(m.Product, '{http://docs.oasis-open.org/ns/emix/2011/06}ProductType')
C_QualityWarrant = ClassSpec(m.QualityWarrant, '{http://docs.oasis-open.org/ns/emix/2011/06}QualityWarrantType')
C_RequiredStartupRemuneration = ClassSpec(m.RequiredStartupRemuneration, '{http://docs.oasis-open.org/ns/emix/2011/06}RequiredStartupRemunerationType')
C_ResponseTime = ClassSpec(m.ResponseTime, '{http://docs.oasis-open.org/ns/emix/2011/06}ResponseTimeType')
C_ServiceArea = ClassSpec(m.ServiceArea, '{http://docs.oasis-open.org/ns/emix/2011/06}ServiceAreaType')
C_SourceWarrant = ClassSpec(m.SourceWarrant, '{http://docs.oasis-open.org/ns/emix/2011/06}SourceWarrantType')
C_StandardTermsSet = ClassSpec(m.StandardTermsSet, '{http://docs.oasis-open.org/ns/emix/2011/06}StandardTermsSetType')
C_StandardTerms = ClassSpec(m.StandardTerms, '{http://docs.oasis-open.org/ns/emix/2011/06}StandardTermsType')
C_SupportForPrice = ClassSpec(m.SupportForPrice, '{http://docs.oasis-open.org/ns/emix/2011/06}SupportForPriceType')
C_UnavailabilitySchedule = ClassSpec(m.UnavailabilitySchedule, '{http://docs.oasis-open.org/ns/emix/2011/06}UnavailabilityScheduleType')
C_Aggregator = ClassSpec(m.Aggregator, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}AggregatorType')
C_ArrayofEnrollmentResponses = ClassSpec(m.ArrayofEnrollmentResponses, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}ArrayofEnrollmentResponses')
C_Consumer = ClassSpec(m.Consumer, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}ConsumerType')
C_Distribution = ClassSpec(m.Distribution, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}DistributionType')
C_EiEnrollmentResponse = ClassSpec(m.EiEnrollmentResponse, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}EiEnrollmentResponseType')
C_EiEnrollment = ClassSpec(m.EiEnrollment, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}EiEnrollmentType')
C_Enrollee = ClassSpec(m.Enrollee, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}EnrolleeType')
C_EnrollingAuthority = ClassSpec(m.EnrollingAuthority, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}EnrollingAuthorityType')
C_Generator = ClassSpec(m.Generator, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}GeneratorType')
C_Lse = ClassSpec(m.Lse, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}LseType')
C_Market = ClassSpec(m.Market, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}MarketType')
C_MeterAuthority = ClassSpec(m.MeterAuthority, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}MeterAuthorityType')
C_PerformanceEvaluationMethodBase = ClassSpec(m.PerformanceEvaluationMethodBase, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}PerformanceEvaluationMethodBaseType')
C_PerformanceEvaluationMethodTypeBase = ClassSpec(m.PerformanceEvaluationMethodTypeBase, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}PerformanceEvaluationMethodTypeBaseType')
C_Resource = ClassSpec(m.Resource, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}ResourceType')
C_SchedulingEntity = ClassSpec(m.SchedulingEntity, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}SchedulingEntityType')
C_ServiceProvider = ClassSpec(m.ServiceProvider, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}ServiceProviderType')
C_Supplier = ClassSpec(m.Supplier, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}SupplierType')
C_SystemOperator = ClassSpec(m.SystemOperator, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}SystemOperatorType')
C_Tdsp = ClassSpec(m.Tdsp, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}TdspType')
C_Transmission = ClassSpec(m.Transmission, '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}TransmissionType')
C_EiCancelAvail = ClassSpec(m.EiCancelAvail, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelAvailType')
C_EiCancelEnroll = ClassSpec(m.EiCancelEnroll, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelEnrollType')
C_EiCancelEvent = ClassSpec(m.EiCancelEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelEventType')
C_EiCancelHistorian = ClassSpec(m.EiCancelHistorian, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelHistorianType')
C_EiCancelOpt = ClassSpec(m.EiCancelOpt, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelOptType')
C_EiCancelPartyRegistration = ClassSpec(m.EiCancelPartyRegistration, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelPartyRegistrationType')
C_EiCancelQuote = ClassSpec(m.EiCancelQuote, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelQuoteType')
C_EiCancelReport = ClassSpec(m.EiCancelReport, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelReportType')
C_EiCancelTender = ClassSpec(m.EiCancelTender, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCancelTenderType')
C_EiCanceledAvail = ClassSpec(m.EiCanceledAvail, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledAvailType')
C_EiCanceledEnroll = ClassSpec(m.EiCanceledEnroll, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledEnrollType')
C_EiCanceledEvent = ClassSpec(m.EiCanceledEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledEventType')
C_EiCanceledHistorian = ClassSpec(m.EiCanceledHistorian, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledHistorianType')
C_EiCanceledOpt = ClassSpec(m.EiCanceledOpt, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledOptType')
C_EiCanceledPartyRegistration = ClassSpec(m.EiCanceledPartyRegistration, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledPartyRegistrationType')
C_EiCanceledQuote = ClassSpec(m.EiCanceledQuote, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledQuoteType')
C_EiCanceledReport = ClassSpec(m.EiCanceledReport, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledReportType')
C_EiCanceledTender = ClassSpec(m.EiCanceledTender, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCanceledTenderType')
C_EiChangeEvent = ClassSpec(m.EiChangeEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiChangeEventType')
C_EiChangedEvent = ClassSpec(m.EiChangedEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiChangedEventType')
C_EiCreateAvail = ClassSpec(m.EiCreateAvail, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateAvailType')
C_EiCreateDelivery = ClassSpec(m.EiCreateDelivery, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateDeliveryType')
C_EiCreateEnroll = ClassSpec(m.EiCreateEnroll, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateEnrollType')
C_EiCreateEvent = ClassSpec(m.EiCreateEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateEventType')
C_EiCreateHistorian = ClassSpec(m.EiCreateHistorian, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateHistorianType')
C_EiCreateOpt = ClassSpec(m.EiCreateOpt, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateOptType')
C_EiCreatePartyRegistration = ClassSpec(m.EiCreatePartyRegistration, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatePartyRegistrationType')
C_EiCreateProjection = ClassSpec(m.EiCreateProjection, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateProjectionType')
C_EiCreateQuote = ClassSpec(m.EiCreateQuote, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateQuoteType')
C_EiCreateReport = ClassSpec(m.EiCreateReport, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateReportType')
C_EiCreateTender = ClassSpec(m.EiCreateTender, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateTenderType')
C_EiCreateTransaction = ClassSpec(m.EiCreateTransaction, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreateTransactionType')
C_EiCreatedAvail = ClassSpec(m.EiCreatedAvail, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedAvailType')
C_EiCreatedDelivery = ClassSpec(m.EiCreatedDelivery, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedDeliveryType')
C_EiCreatedEnroll = ClassSpec(m.EiCreatedEnroll, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedEnrollType')
C_EiCreatedEvent = ClassSpec(m.EiCreatedEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedEventType')
C_EiCreatedHistorian = ClassSpec(m.EiCreatedHistorian, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedHistorianType')
C_EiCreatedOpt = ClassSpec(m.EiCreatedOpt, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedOptType')
C_EiCreatedPartyRegistration = ClassSpec(m.EiCreatedPartyRegistration, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedPartyRegistrationType')
C_EiCreatedProjection = ClassSpec(m.EiCreatedProjection, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedProjectionType')
C_EiCreatedQuote = ClassSpec(m.EiCreatedQuote, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedQuoteType')
C_EiCreatedReport = ClassSpec(m.EiCreatedReport, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedReportType')
C_EiCreatedTender = ClassSpec(m.EiCreatedTender, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedTenderType')
C_EiCreatedTransaction = ClassSpec(m.EiCreatedTransaction, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiCreatedTransactionType')
C_EiDistributeEvent = ClassSpec(m.EiDistributeEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiDistributeEventType')
C_EiDistributeQuote = ClassSpec(m.EiDistributeQuote, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiDistributeQuoteType')
C_EiDistributeTender = ClassSpec(m.EiDistributeTender, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiDistributeTenderType')
C_EiReplyAvail = ClassSpec(m.EiReplyAvail, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyAvailType')
C_EiReplyEiMarketContext = ClassSpec(m.EiReplyEiMarketContext, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyEiMarketContextType')
C_EiReplyEnroll = ClassSpec(m.EiReplyEnroll, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyEnrollType')
C_EiReplyEvent = ClassSpec(m.EiReplyEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyEventType')
C_EiReplyHistorian = ClassSpec(m.EiReplyHistorian, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyHistorianType')
C_EiReplyOpt = ClassSpec(m.EiReplyOpt, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyOptType')
C_EiReplyPartyRegistration = ClassSpec(m.EiReplyPartyRegistration, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyPartyRegistrationType')
C_EiReplyPendingEvent = ClassSpec(m.EiReplyPendingEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyPendingEventType')
C_EiReplyQuote = ClassSpec(m.EiReplyQuote, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyQuoteType')
C_EiReplyReport = ClassSpec(m.EiReplyReport, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyReportType')
C_EiReplyTender = ClassSpec(m.EiReplyTender, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyTenderType')
C_EiReplyTransaction = ClassSpec(m.EiReplyTransaction, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiReplyTransactionType')
C_EiRequestAvail = ClassSpec(m.EiRequestAvail, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestAvailType')
C_EiRequestEiMarketContext = ClassSpec(m.EiRequestEiMarketContext, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestEiMarketContextType')
C_EiRequestEnroll = ClassSpec(m.EiRequestEnroll, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestEnrollType')
C_EiRequestEvent = ClassSpec(m.EiRequestEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestEventType')
C_EiRequestHistorian = ClassSpec(m.EiRequestHistorian, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestHistorianType')
C_EiRequestOpt = ClassSpec(m.EiRequestOpt, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestOptType')
C_EiRequestPartyRegistration = ClassSpec(m.EiRequestPartyRegistration, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestPartyRegistrationType')
C_EiRequestPendingEvent = ClassSpec(m.EiRequestPendingEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestPendingEventType')
C_EiRequestQuote = ClassSpec(m.EiRequestQuote, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestQuoteType')
C_EiRequestReport = ClassSpec(m.EiRequestReport, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestReportType')
C_EiRequestTender = ClassSpec(m.EiRequestTender, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestTenderType')
C_EiRequestTransaction = ClassSpec(m.EiRequestTransaction, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiRequestTransactionType')
C_EiUpdateReport = ClassSpec(m.EiUpdateReport, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiUpdateReportType')
C_EiUpdatedReport = ClassSpec(m.EiUpdatedReport, '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}EiUpdatedReportType')
C_ApplicationSpecificContextBase = ClassSpec(m.ApplicationSpecificContextBase, '{http://docs.oasis-open.org/ns/energyinterop/201110}ApplicationSpecificContextBaseType')
C_ApplicationSpecificExtensionBase = ClassSpec(m.ApplicationSpecificExtensionBase, '{http://docs.oasis-open.org/ns/energyinterop/201110}ApplicationSpecificExtensionBaseType')
C_ApplicationSpecificPayloadBase = ClassSpec(m.ApplicationSpecificPayloadBase, '{http://docs.oasis-open.org/ns/energyinterop/201110}ApplicationSpecificPayloadBaseType')
C_ApplicationSpecificReportBase = ClassSpec(m.ApplicationSpecificReportBase, '{http://docs.oasis-open.org/ns/energyinterop/201110}ApplicationSpecificReportBaseType')
C_ApplicationSpecificSignalBase = ClassSpec(m.ApplicationSpecificSignalBase, '{http://docs.oasis-open.org/ns/energyinterop/201110}ApplicationSpecificSignalBaseType')
C_ArrayOfReportRequests = ClassSpec(m.ArrayOfReportRequests, '{http://docs.oasis-open.org/ns/energyinterop/201110}ArrayOfReportRequests')
C_ArrayOfSignals = ClassSpec(m.ArrayOfSignals, '{http://docs.oasis-open.org/ns/energyinterop/201110}ArrayOfSignals')
C_ArrayofEventResponses = ClassSpec(m.ArrayofEventResponses, '{http://docs.oasis-open.org/ns/energyinterop/201110}ArrayofEventResponses')
C_ArrayofResponseTermsViolated = ClassSpec(m.ArrayofResponseTermsViolated, '{http://docs.oasis-open.org/ns/energyinterop/201110}ArrayofResponseTermsViolated')
C_ArrayofResponses = ClassSpec(m.ArrayofResponses, '{http://docs.oasis-open.org/ns/energyinterop/201110}ArrayofResponses')
C_CurrentValue = ClassSpec(m.CurrentValue, '{http://docs.oasis-open.org/ns/energyinterop/201110}CurrentValueType')
C_EiAvail = ClassSpec(m.EiAvail, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiAvailType')
C_EiDelivery = ClassSpec(m.EiDelivery, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiDeliveryType')
C_EiEventBaseline = ClassSpec(m.EiEventBaseline, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiEventBaselineType')
C_EiEventResponse = ClassSpec(m.EiEventResponse, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiEventResponseType')
C_EiEventSignal = ClassSpec(m.EiEventSignal, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiEventSignalType')
C_EiEvent = ClassSpec(m.EiEvent, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiEventType')
C_EiMarketContext = ClassSpec(m.EiMarketContext, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiMarketContextType')
C_EiMarketExpectations = ClassSpec(m.EiMarketExpectations, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiMarketExpectationsType')
C_EiMarketRuleSet = ClassSpec(m.EiMarketRuleSet, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiMarketRuleSetType')
C_EiOpt = ClassSpec(m.EiOpt, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiOptType')
C_EiParty = ClassSpec(m.EiParty, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiPartyType')
C_EiQuote = ClassSpec(m.EiQuote, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiQuoteType')
C_EiRegistrationInfo = ClassSpec(m.EiRegistrationInfo, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiRegistrationInfoType')
C_EiRegistration = ClassSpec(m.EiRegistration, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiRegistrationType')
C_EiReportRequest = ClassSpec(m.EiReportRequest, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiReportRequestType')
C_EiReport = ClassSpec(m.EiReport, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiReportType')
C_EiResponseSmoothing = ClassSpec(m.EiResponseSmoothing, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiResponseSmoothingType')
C_EiResponse = ClassSpec(m.EiResponse, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiResponseType')
C_EiTarget = ClassSpec(m.EiTarget, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiTargetType')
C_EiTender = ClassSpec(m.EiTender, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiTenderType')
C_EiTransaction = ClassSpec(m.EiTransaction, '{http://docs.oasis-open.org/ns/energyinterop/201110}EiTransactionType')
C_EventBaselinePayload = ClassSpec(m.EventBaselinePayload, '{http://docs.oasis-open.org/ns/energyinterop/201110}EventBaselinePayloadType')
C_EventDescriptor = ClassSpec(m.EventDescriptor, '{http://docs.oasis-open.org/ns/energyinterop/201110}EventDescriptorType')
C_EventGluon = ClassSpec(m.EventGluon, '{http://docs.oasis-open.org/ns/energyinterop/201110}EventGluonType')
C_Interval = ClassSpec(m.Interval, '{http://docs.oasis-open.org/ns/energyinterop/201110}IntervalType')
C_PayloadApplicationSpecific = ClassSpec(m.PayloadApplicationSpecific, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadApplicationSpecificType')
C_PayloadBase = ClassSpec(m.PayloadBase, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadBaseType')
C_PayloadFloat = ClassSpec(m.PayloadFloat, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadFloatType')
C_PayloadLevel = ClassSpec(m.PayloadLevel, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadLevelType')
C_PayloadPriceMultiplier = ClassSpec(m.PayloadPriceMultiplier, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadPriceMultiplierType')
C_PayloadPriceRelative = ClassSpec(m.PayloadPriceRelative, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadPriceRelativeType')
C_PayloadPrice = ClassSpec(m.PayloadPrice, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadPriceType')
C_PayloadProduct = ClassSpec(m.PayloadProduct, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadProductType')
C_PayloadQuantity = ClassSpec(m.PayloadQuantity, '{http://docs.oasis-open.org/ns/energyinterop/201110}PayloadQuantityType')
C_QualifiedEventID = ClassSpec(m.QualifiedEventID, '{http://docs.oasis-open.org/ns/energyinterop/201110}QualifiedEventIDType')
C_ReportDescription = ClassSpec(m.ReportDescription, '{http://docs.oasis-open.org/ns/energyinterop/201110}ReportDescriptionType')
C_ReportPayload = ClassSpec(m.ReportPayload, '{http://docs.oasis-open.org/ns/energyinterop/201110}ReportPayloadType')
C_ReportSchedulerBase = ClassSpec(m.ReportSchedulerBase, '{http://docs.oasis-open.org/ns/energyinterop/201110}ReportSchedulerBaseType')
C_ReportSpecifier = ClassSpec(m.ReportSpecifier, '{http://docs.oasis-open.org/ns/energyinterop/201110}ReportSpecifierType')
C_RequestReportGluon = ClassSpec(m.RequestReportGluon, '{http://docs.oasis-open.org/ns/energyinterop/201110}RequestReportGluonType')
C_RequestReportInterval = ClassSpec(m.RequestReportInterval, '{http://docs.oasis-open.org/ns/energyinterop/201110}RequestReportIntervalType')
C_RequestReportSnap = ClassSpec(m.RequestReportSnap, '{http://docs.oasis-open.org/ns/energyinterop/201110}RequestReportSnapType')
C_ResponseTermViolated = ClassSpec(m.ResponseTermViolated, '{http://docs.oasis-open.org/ns/energyinterop/201110}ResponseTermViolatedType')
C_SignalPayload = ClassSpec(m.SignalPayload, '{http://docs.oasis-open.org/ns/energyinterop/201110}SignalPayloadType')
C_SimpleLevelContext = ClassSpec(m.SimpleLevelContext, '{http://docs.oasis-open.org/ns/energyinterop/201110}SimpleLevelContextType')
C_Snap = ClassSpec(m.Snap, '{http://docs.oasis-open.org/ns/energyinterop/201110}SnapType')
C_SpecifierPayload = ClassSpec(m.SpecifierPayload, '{http://docs.oasis-open.org/ns/energyinterop/201110}SpecifierPayloadType')
C_XIntervalQualification = ClassSpec(m.XIntervalQualification, '{http://docs.oasis-open.org/ns/energyinterop/201110}X-IntervalQualificationType')
C_ArrayofStreamIntervals = ClassSpec(m.ArrayofStreamIntervals, '{urn:ietf:params:xml:ns:icalendar-2.0:stream}ArrayofStreamIntervals')
C_StreamBase = ClassSpec(m.StreamBase, '{urn:ietf:params:xml:ns:icalendar-2.0:stream}StreamBaseType')
C_StreamInterval = ClassSpec(m.StreamInterval, '{urn:ietf:params:xml:ns:icalendar-2.0:stream}StreamIntervalType')
C_StreamPayloadBase = ClassSpec(m.StreamPayloadBase, '{urn:ietf:params:xml:ns:icalendar-2.0:stream}StreamPayloadBaseType')
C_ArrayOfGluonContainedComponents = ClassSpec(m.ArrayOfGluonContainedComponents, '{urn:ietf:params:xml:ns:icalendar-2.0}ArrayOfGluonContainedComponents')
C_ArrayOfParameters = ClassSpec(m.ArrayOfParameters, '{urn:ietf:params:xml:ns:icalendar-2.0}ArrayOfParameters')
C_ArrayOfProperties = ClassSpec(m.ArrayOfProperties, '{urn:ietf:params:xml:ns:icalendar-2.0}ArrayOfProperties')
C_ArrayOfVavailabilityContainedComponents = ClassSpec(m.ArrayOfVavailabilityContainedComponents, '{urn:ietf:params:xml:ns:icalendar-2.0}ArrayOfVavailabilityContainedComponents')
C_ArrayOfVcalendarContainedComponents = ClassSpec(m.ArrayOfVcalendarContainedComponents, '{urn:ietf:params:xml:ns:icalendar-2.0}ArrayOfVcalendarContainedComponents')
C_ArtifactBase = ClassSpec(m.ArtifactBase, '{urn:ietf:params:xml:ns:icalendar-2.0}ArtifactBaseType')
C_Artifact = ClassSpec(m.Artifact, '{urn:ietf:params:xml:ns:icalendar-2.0}ArtifactType')
C_Available = ClassSpec(m.Available, '{urn:ietf:params:xml:ns:icalendar-2.0}AvailableType')
C_BaseComponent = ClassSpec(m.BaseComponent, '{urn:ietf:params:xml:ns:icalendar-2.0}BaseComponentType')
C_BaseParameter = ClassSpec(m.BaseParameter, '{urn:ietf:params:xml:ns:icalendar-2.0}BaseParameterType')
C_BaseProperty = ClassSpec(m.BaseProperty, '{urn:ietf:params:xml:ns:icalendar-2.0}BasePropertyType')
C_DateDatetimeProperty = ClassSpec(m.DateDatetimeProperty, '{urn:ietf:params:xml:ns:icalendar-2.0}DateDatetimePropertyType')
C_DtendProp = ClassSpec(m.DtendProp, '{urn:ietf:params:xml:ns:icalendar-2.0}DtendPropType')
C_DtstartProp = ClassSpec(m.DtstartProp, '{urn:ietf:params:xml:ns:icalendar-2.0}DtstartPropType')
C_DurationParameter = ClassSpec(m.DurationParameter, '{urn:ietf:params:xml:ns:icalendar-2.0}DurationParameterType')
C_DurationProp = ClassSpec(m.DurationProp, '{urn:ietf:params:xml:ns:icalendar-2.0}DurationPropType')
C_Icalendar = ClassSpec(m.Icalendar, '{urn:ietf:params:xml:ns:icalendar-2.0}IcalendarType')
C_RelatedToProp = ClassSpec(m.RelatedToProp, '{urn:ietf:params:xml:ns:icalendar-2.0}RelatedToPropType')
C_ReltypeParam = ClassSpec(m.ReltypeParam, '{urn:ietf:params:xml:ns:icalendar-2.0}ReltypeParamType')
C_TextParameter = ClassSpec(m.TextParameter, '{urn:ietf:params:xml:ns:icalendar-2.0}TextParameterType')
C_TextProperty = ClassSpec(m.TextProperty, '{urn:ietf:params:xml:ns:icalendar-2.0}TextPropertyType')
C_ToleranceProp = ClassSpec(m.ToleranceProp, '{urn:ietf:params:xml:ns:icalendar-2.0}TolerancePropType')
C_ToleranceValue = ClassSpec(m.ToleranceValue, '{urn:ietf:params:xml:ns:icalendar-2.0}ToleranceValueType')
C_TzidParam = ClassSpec(m.TzidParam, '{urn:ietf:params:xml:ns:icalendar-2.0}TzidParamType')
C_UidProp = ClassSpec(m.UidProp, '{urn:ietf:params:xml:ns:icalendar-2.0}UidPropType')
C_Vavailability = ClassSpec(m.Vavailability, '{urn:ietf:params:xml:ns:icalendar-2.0}VavailabilityType')
C_VcalendarContainedComponent = ClassSpec(m.VcalendarContainedComponent, '{urn:ietf:params:xml:ns:icalendar-2.0}VcalendarContainedComponentType')
C_Vcalendar = ClassSpec(m.Vcalendar, '{urn:ietf:params:xml:ns:icalendar-2.0}VcalendarType')
C_WsCalendarAttach = ClassSpec(m.WsCalendarAttach, '{urn:ietf:params:xml:ns:icalendar-2.0}WsCalendarAttachType')
C_WsCalendarGluon = ClassSpec(m.WsCalendarGluon, '{urn:ietf:params:xml:ns:icalendar-2.0}WsCalendarGluonType')
C_WsCalendarInterval = ClassSpec(m.WsCalendarInterval, '{urn:ietf:params:xml:ns:icalendar-2.0}WsCalendarIntervalType')
C_FeatureCollection = ClassSpec(m.FeatureCollection, None)
C_Duration = ClassSpec(m.Duration, None)
C_Granularity = ClassSpec(m.Granularity, None)
C_RefID = ClassSpec(m.RefID, None)
C_EnrollmentID = ClassSpec(m.EnrollmentID, None)
C_OriginalEnrollmentID = ClassSpec(m.OriginalEnrollmentID, None)
C_AcceptanceID = ClassSpec(m.AcceptanceID, None)
C_AvailID = ClassSpec(m.AvailID, None)
C_BaselineID = ClassSpec(m.BaselineID, None)
C_ConstraintID = ClassSpec(m.ConstraintID, None)
C_EiDeliveryID = ClassSpec(m.EiDeliveryID, None)
C_EiReportID = ClassSpec(m.EiReportID, None)
C_EventMessageID = ClassSpec(m.EventMessageID, None)
C_HistorianID = ClassSpec(m.HistorianID, None)
C_OptID = ClassSpec(m.OptID, None)
C_OriginalReferenceID = ClassSpec(m.OriginalReferenceID, None)
C_QuoteID = ClassSpec(m.QuoteID, None)
C_RegistrationID = ClassSpec(m.RegistrationID, None)
C_ReportRequestID = ClassSpec(m.ReportRequestID, None)
C_ReportSpecifierID = ClassSpec(m.ReportSpecifierID, None)
C_SignalID = ClassSpec(m.SignalID, None)
C_TenderID = ClassSpec(m.TenderID, None)
C_TransactionID = ClassSpec(m.TransactionID, None)
C_XEiNotification = ClassSpec(m.XEiNotification, None)
C_XEiRampUp = ClassSpec(m.XEiRampUp, None)
C_XEiRecovery = ClassSpec(m.XEiRecovery, None)
C_Uri = ClassSpec(m.Uri, None)
C_Text = ClassSpec(m.Text, None)
C_Location = ClassSpec(m.Location, None)
C_Polygon = ClassSpec(m.Polygon, None)
C_Exterior = ClassSpec(m.Exterior, None)
C_LinearRing = ClassSpec(m.LinearRing, None)

C_ActiveReserve.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
    FieldSpec('power_option_type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerOptionType', S1),), 1, 1),
    FieldSpec('target_regulation', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}targetRegulation', C_PowerAttributes),), 1, 1),
    FieldSpec('dispatch_time', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}dispatchTime', C_DurationProp),), 1, 1),
    FieldSpec('autonomous', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}autonomous', S4),), 0, 1),
    FieldSpec('maximum_delivery_rate', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumDeliveryRate', S5),), 1, 1),
    FieldSpec('minimum_delivery_rate', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumDeliveryRate', S5),), 1, 1),
)
C_ArrayOfRampSegments.fields = (
    FieldSpec('power_ramp_segment', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}powerRampSegment', C_PowerRampSegment),), 0, None),
)
C_Generation.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
    FieldSpec('staging_ramp', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}stagingRamp', C_ArrayOfRampSegments),), 0, 1),
    FieldSpec('maximum_response', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumResponse', S5),), 0, 1),
    FieldSpec('minimum_response', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumResponse', S5),), 1, 1),
    FieldSpec('recovery_ramp', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}recoveryRamp', C_ArrayOfRampSegments),), 0, 1),
    FieldSpec('offer_curve', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerCurve', C_OfferCurve),), 0, 1),
    FieldSpec('type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}type', S6),), 0, 1),
)
C_LoadReduction.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
    FieldSpec('staging_ramp', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}stagingRamp', C_ArrayOfRampSegments),), 0, 1),
    FieldSpec('maximum_response', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumResponse', S5),), 0, 1),
    FieldSpec('minimum_response', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumResponse', S5),), 1, 1),
    FieldSpec('recovery_ramp', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}recoveryRamp', C_ArrayOfRampSegments),), 0, 1),
    FieldSpec('offer_curve', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerCurve', C_OfferCurve),), 0, 1),
)
C_MaximumEnergy.fields = (
    FieldSpec('energy_quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyQuantity', C_EnergyQuantity),), 1, 1),
)
C_MaximumPower.fields = (
    FieldSpec('power_quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQuantity', C_PowerQuantity),), 1, 1),
)
C_MinimumLoadReduction.fields = (
    FieldSpec('power_quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQuantity', C_PowerQuantity),), 1, 1),
)
C_MinimumLoad.fields = (
    FieldSpec('power_quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQuantity', C_PowerQuantity),), 1, 1),
)
C_OfferCurve.fields = (
    FieldSpec('offer_segment', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerSegment', C_OfferSegment),), 1, None),
)
C_OfferSegment.fields = (
    FieldSpec('segment', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}segment', S8),), 1, 1),
    FieldSpec('price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price),), 1, 1),
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
    FieldSpec('power_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 1, 1),
    FieldSpec('energy_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal)), 1, 1),
    FieldSpec('integral_only', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}integralOnly', S4),), 1, 1),
)
C_PMax.fields = (
    FieldSpec('power_quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQuantity', C_PowerQuantity),), 1, 1),
)
C_PercentRampRate.fields = (
    FieldSpec('rate', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}rate', S5),), 1, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_PowerRampSegment.fields = (
    FieldSpec('rate', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}rate', C_PowerQuantity),), 1, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
    FieldSpec('begin_ramp', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}beginRamp', S8),), 1, 1),
    FieldSpec('end_ramp', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}endRamp', S8),), 1, 1),
    FieldSpec('integral_only', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}integralOnly', S4),), 1, 1),
)
C_PowerRamp.fields = (
    FieldSpec('ramp_segments', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}rampSegments', C_ArrayOfRampSegments),), 1, 1),
)
C_PowerResponse.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
    FieldSpec('staging_ramp', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}stagingRamp', C_ArrayOfRampSegments),), 0, 1),
    FieldSpec('maximum_response', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumResponse', S5),), 0, 1),
    FieldSpec('minimum_response', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumResponse', S5),), 1, 1),
    FieldSpec('recovery_ramp', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}recoveryRamp', C_ArrayOfRampSegments),), 0, 1),
    FieldSpec('offer_curve', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerCurve', C_OfferCurve),), 0, 1),
)
C_PowerResponse.derived = (C_Generation, C_LoadReduction,)
C_ProductVoltageRegulation.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
    FieldSpec('ramp_time', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}rampTime', C_DurationProp),), 1, 1),
    FieldSpec('window', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}window', C_DurationProp),), 1, 1),
)
C_QMax.fields = (
    FieldSpec('var_quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}varQuantity', C_VarQuantity),), 1, 1),
)
C_RegulationService.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
    FieldSpec('product_type_regulation', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}productTypeRegulation', S10),), 1, 1),
    FieldSpec('target_regulation', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}targetRegulation', C_PowerAttributes),), 1, 1),
    FieldSpec('dispatch_up', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}dispatchUp', C_DurationProp),), 1, 1),
    FieldSpec('dispatch_down', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}dispatchDown', C_DurationProp),), 1, 1),
    FieldSpec('autonomous', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}autonomous', S4),), 1, 1),
)
C_ResourceDescription.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
)
C_ResourceDescription.derived = (C_ActiveReserve, C_PowerResponse, C_ProductVoltageRegulation, C_RegulationService,)
C_VMax.fields = (
    FieldSpec('voltage', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage),), 1, 1),
)
C_VMin.fields = (
    FieldSpec('voltage', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage),), 1, 1),
)
C_AggregatedPnode.fields = (
    FieldSpec('node', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}node', S11),), 1, 1),
)
C_AncillaryService.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVcalendarContainedComponents),), 1, 1),
    FieldSpec('uid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}uid', S12),), 1, 1),
    FieldSpec('envelope_contents', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents', C_EnvelopeContents),), 0, 1),
    FieldSpec('transactive_state', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}transactiveState', S13),), 1, 1),
    FieldSpec('expiration_date', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}expirationDate', S14),), 0, 1),
    FieldSpec('integral_only', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}integralOnly', S4),), 0, 1),
    FieldSpec('option_holder_side', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}optionHolderSide', S15),), 1, 1),
    FieldSpec('option_premium', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}optionPremium', C_Price),), 1, 1),
    FieldSpec('option_strike_price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}optionStrikePrice', C_Price),), 1, 1),
    FieldSpec('option_type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}optionType', S16),), 1, 1),
    FieldSpec('side', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}side', S15),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 1, 1),
    FieldSpec('currency', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}currency', S18),), 0, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
    FieldSpec('ancillary_service_name', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}ancillaryServiceName', S19),), 1, 1),
)
C_ArrayOfBlockPowerPrices.fields = (
    FieldSpec('block_power_price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerPrice', C_BlockPowerPrice),), 0, None),
)
C_ArrayOfCharges.fields = (
    FieldSpec('base_charge', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerPrice', C_BlockPowerPrice), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}demandCharge', C_DemandCharge), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}congestionCharge', C_CongestionCharge), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}congestionRevenueRights', C_CongestionRevenueRights), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}conversionLoss', C_ConversionLoss), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLoss', C_MarginalLoss), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLossCharge', C_MarginalLossCharge), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportAccessFee', C_TransportAccessFee)), 0, None),
)
C_ArrayOfQualityIndicators.fields = (
    FieldSpec('base_power_quality_indicator', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}flickerLt', C_FlickerLt), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}flickerSt', C_FlickerSt), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}harmonicVoltage', C_HarmonicVoltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}longInterruptions', C_LongInterruptions), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mainsSignallingVoltage', C_MainsSignallingVoltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mainsVoltage', C_MainsVoltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerFrequency', C_PowerFrequency), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}rapidVoltageChanges', C_RapidVoltageChanges), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}shortInterruptions', C_ShortInterruptions), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageDips', C_SupplyVoltageDips), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageImbalance', C_SupplyVoltageImbalance), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageVariations', C_SupplyVoltageVariations), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}temporaryOvervoltage', C_TemporaryOvervoltage)), 0, None),
)
C_ArrayOfTransportCharges.fields = (
    FieldSpec('base_transport_charge', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}congestionCharge', C_CongestionCharge), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}congestionRevenueRights', C_CongestionRevenueRights), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}conversionLoss', C_ConversionLoss), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLoss', C_MarginalLoss), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLossCharge', C_MarginalLossCharge), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportAccessFee', C_TransportAccessFee)), 0, None),
)
C_BaseCharge.derived = (C_BaseTransportCharge, C_BlockPowerPrice, C_DemandCharge,)
C_BasePowerQualityIndicator.derived = (C_FlickerLt, C_FlickerSt, C_HarmonicVoltage, C_LongInterruptions, C_MainsSignallingVoltage, C_MainsVoltage, C_PowerFrequency, C_RapidVoltageChanges, C_ShortInterruptions, C_SupplyVoltageDips, C_SupplyVoltageImbalance, C_SupplyVoltageVariations, C_TemporaryOvervoltage,)
C_BaseTransportCharge.derived = (C_CongestionCharge, C_CongestionRevenueRights, C_ConversionLoss, C_MarginalLossCharge, C_MarginalLoss, C_TransportAccessFee,)
C_BlockPowerFullRequirements.fields = (
    FieldSpec('product_type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}productType', S21),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('unit_energy_price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}unitEnergyPrice', C_UnitEnergyPrice),), 0, 1),
    FieldSpec('power_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('charges', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}charges', C_ArrayOfCharges),), 0, 1),
    FieldSpec('maximum_power', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}maximumPower', S9),), 0, 1),
    FieldSpec('minimum_power', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}minimumPower', S9),), 0, 1),
    FieldSpec('price_tiers', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}priceTiers', C_ArrayOfBlockPowerPrices),), 1, 1),
)
C_BlockPowerPrice.fields = (
    FieldSpec('price_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}priceMultiplier', C_PriceMultiplier), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}priceRelative', C_PriceRelative)), 1, 1),
    FieldSpec('maximum_energy_quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}maximumEnergyQuantity', S9),), 1, 1),
)
C_CongestionCharge.fields = (
    FieldSpec('transport_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface),), 1, 1),
    FieldSpec('transport_congestion_fee', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportCongestionFee', S23),), 1, 1),
)
C_CongestionRevenueRights.fields = (
    FieldSpec('transport_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface),), 1, 1),
    FieldSpec('transport_congestion_fee', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportCongestionFee', S23),), 1, 1),
)
C_ConversionLoss.fields = (
    FieldSpec('pnode', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode),), 1, 1),
    FieldSpec('loss_factor', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}lossFactor', S5),), 1, 1),
)
C_DemandCharge.fields = (
    FieldSpec('consumption_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}consumptionUnits', C_PowerItem),), 1, 1),
    FieldSpec('consumption_ceiling', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}consumptionCeiling', S9),), 1, 1),
    FieldSpec('overconsumption_penalty', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}overconsumptionPenalty', C_PriceBase),), 1, 1),
    FieldSpec('measurement_interval', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}measurementInterval', C_DurationProp),), 1, 1),
    FieldSpec('collection_interval', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}collectionInterval', C_DurationProp),), 1, 1),
    FieldSpec('penalty_period', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}penaltyPeriod', C_DurationProp),), 1, 1),
    FieldSpec('penalty_duration', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}penaltyDuration', C_DurationProp),), 1, 1),
)
C_EndDeviceAsset.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
)
C_EnergyApparent.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S24),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S25),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
)
C_EnergyItem.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S12),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S12),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
)
C_EnergyItem.derived = (C_EnergyApparent, C_EnergyReactive, C_EnergyReal,)
C_EnergyQuantity.fields = (
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
    FieldSpec('energy_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal)), 1, 1),
)
C_EnergyReactive.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S27),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S28),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
)
C_EnergyReal.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S29),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S30),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
)
C_FlickerLt.fields = (
    FieldSpec('flicker_p_lt', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}flickerPLt', S5),), 1, 1),
)
C_FlickerSt.fields = (
    FieldSpec('flicker_p_st', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}flickerPSt', S5),), 1, 1),
)
C_FullRequirementsPower.fields = (
    FieldSpec('product_type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}productType', S21),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('unit_energy_price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}unitEnergyPrice', C_UnitEnergyPrice),), 0, 1),
    FieldSpec('power_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('charges', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}charges', C_ArrayOfCharges),), 0, 1),
    FieldSpec('price_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}priceMultiplier', C_PriceMultiplier), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}priceRelative', C_PriceRelative)), 0, 1),
    FieldSpec('maximum_power', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}maximumPower', S9),), 0, 1),
    FieldSpec('minimum_power', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}minimumPower', S9),), 0, 1),
)
C_HarmonicVoltage.fields = (
    FieldSpec('voltage', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', S5),), 1, 1),
)
C_LongInterruptions.fields = (
    FieldSpec('count', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}count', S8),), 1, 1),
)
C_MainsSignallingVoltage.fields = (
    FieldSpec('voltage', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', S5),), 1, 1),
)
C_MainsVoltage.fields = (
    FieldSpec('voltage', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', S5),), 1, 1),
)
C_MarginalLossCharge.fields = (
    FieldSpec('marginal_loss_fee', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLossFee', S23),), 1, 1),
)
C_MarginalLoss.fields = (
    FieldSpec('loss_factor', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}lossFactor', S5),), 1, 1),
)
C_MeterAsset.fields = (
    FieldSpec('mrid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}mrid', S0),), 1, 1),
)
C_Pnode.fields = (
    FieldSpec('node', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}node', S11),), 1, 1),
)
C_PowerApparent.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S31),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S32),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
    FieldSpec('power_attributes', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes', C_PowerAttributes),), 1, 1),
)
C_PowerAttributes.fields = (
    FieldSpec('hertz', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}hertz', S23),), 1, 1),
    FieldSpec('voltage', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', S23),), 1, 1),
    FieldSpec('ac', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}ac', S4),), 1, 1),
)
C_PowerFrequency.fields = (
    FieldSpec('frequency', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}frequency', S5),), 1, 1),
)
C_PowerItem.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S12),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S12),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
    FieldSpec('power_attributes', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes', C_PowerAttributes),), 1, 1),
)
C_PowerItem.derived = (C_PowerApparent, C_PowerReactive, C_PowerReal,)
C_PowerProductDescription.fields = (
    FieldSpec('product_type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}productType', S21),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('unit_energy_price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}unitEnergyPrice', C_UnitEnergyPrice),), 0, 1),
    FieldSpec('power_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('charges', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}charges', C_ArrayOfCharges),), 0, 1),
)
C_PowerProductDescription.derived = (C_BlockPowerFullRequirements, C_FullRequirementsPower, C_TransportProductDescription,)
C_PowerQualityWarrant.fields = (
    FieldSpec('emix_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}emixBase', C_EmixBase),), 1, None),
    FieldSpec('uid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}uid', S12),), 1, 1),
    FieldSpec('measurement_protocol', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}measurementProtocol', S33),), 1, 1),
    FieldSpec('quality_type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}qualityType', S35),), 1, 1),
    FieldSpec('side', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}side', S15),), 1, 1),
    FieldSpec('quality_measure', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}qualityMeasure', C_QualityMeasure),), 0, 1),
)
C_PowerQuantity.fields = (
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
    FieldSpec('power_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 1, 1),
)
C_PowerReactive.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S37),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S38),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
    FieldSpec('power_attributes', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes', C_PowerAttributes),), 1, 1),
)
C_PowerReal.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S39),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S40),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
    FieldSpec('power_attributes', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes', C_PowerAttributes),), 1, 1),
)
C_QualityMeasure.fields = (
    FieldSpec('qualities', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}qualities', C_ArrayOfQualityIndicators),), 1, 1),
)
C_RapidVoltageChanges.fields = (
    FieldSpec('count', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}count', S8),), 1, 1),
)
C_ServiceDeliveryPoint.fields = (
    FieldSpec('node', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}node', S11),), 1, 1),
)
C_ServiceLocation.fields = (
    FieldSpec('abstract_feature', (ElementSpec('{http://www.opengis.net/gml/3.2}FeatureCollection', C_FeatureCollection),), 1, 1),
)
C_ShortInterruptions.fields = (
    FieldSpec('count', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}count', S8),), 1, 1),
)
C_SupplyVoltageDips.fields = (
    FieldSpec('count', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}count', S8),), 1, 1),
)
C_SupplyVoltageImbalance.fields = (
    FieldSpec('count', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}count', S8),), 1, 1),
)
C_SupplyVoltageVariations.fields = (
    FieldSpec('count', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}count', S8),), 1, 1),
)
C_TemixPower.fields = (
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price),), 1, 1),
    FieldSpec('power_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('energy_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal)), 0, 1),
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
)
C_TemporaryOvervoltage.fields = (
    FieldSpec('count', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}count', S8),), 1, 1),
)
C_TransportAccessFee.fields = (
    FieldSpec('transport_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface),), 1, 1),
    FieldSpec('price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price),), 1, 1),
)
C_TransportInterface.fields = (
    FieldSpec('point_of_receipt', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pointOfReceipt', S11),), 1, 1),
    FieldSpec('point_of_delivery', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pointOfDelivery', S11),), 1, 1),
)
C_TransportProductDescription.fields = (
    FieldSpec('product_type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}productType', S21),), 1, 1),
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 1, 1),
    FieldSpec('unit_energy_price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}unitEnergyPrice', C_UnitEnergyPrice),), 0, 1),
    FieldSpec('power_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('charges', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}charges', C_ArrayOfCharges),), 0, 1),
    FieldSpec('price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price),), 1, 1),
    FieldSpec('transport_charges', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportCharges', C_ArrayOfTransportCharges),), 1, 1),
)
C_UnitEnergyPrice.fields = (
    FieldSpec('price_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}priceMultiplier', C_PriceMultiplier), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}priceRelative', C_PriceRelative)), 1, 1),
    FieldSpec('energy_item', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal)), 1, 1),
)
C_VarQuantity.fields = (
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
    FieldSpec('power_reactive', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive),), 1, 1),
)
C_Voltage.fields = (
    FieldSpec('item_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemDescription', S41),), 1, 1),
    FieldSpec('item_units', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}itemUnits', S42),), 1, 1),
    FieldSpec('si_scale_code', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/siscale}siScaleCode', S26),), 1, 1),
)
C_ArrayOfTerms.fields = (
    FieldSpec('base_term', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumEnergy', C_MaximumEnergy), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumPower', C_MaximumPower), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumLoad', C_MinimumLoad), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumLoadReduction', C_MinimumLoadReduction), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerCurve', C_OfferCurve), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}availabilitySchedule', C_AvailabilitySchedule), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketGranularity', C_MarketGranularity), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumConsecutiveDurations', C_MaximumConsecutiveDurations), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumInvocationsPerDuration', C_MaximumInvocationsPerDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumNotificationDuration', C_MaximumNotificationDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumResponseDuration', C_MaximumResponseDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumRunDuration', C_MaximumRunDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumDurationBetweenInvocations', C_MinimumDurationBetweenInvocations), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumEconomicRequirement', C_MinimumEconomicRequirement), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumNotificationDuration', C_MinimumNotificationDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumRecoveryDuration', C_MinimumRecoveryDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumRemunerationRate', C_MinimumRemunerationRate), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumResponseDuration', C_MinimumResponseDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumRunDuration', C_MinimumRunDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumStartsPerDuration', C_MinimumStartsPerDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}notificationSchedule', C_NotificationSchedule), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}requiredStartupRemuneration', C_RequiredStartupRemuneration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}responseTime', C_ResponseTime), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}unavailabilitySchedule', C_UnavailabilitySchedule), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponseSmoothing', C_EiResponseSmoothing)), 0, None),
)
C_ArrayOfWarrants.fields = (
    FieldSpec('base_warrant', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}environmentalWarrant', C_EnvironmentalWarrant), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}qualityWarrant', C_QualityWarrant), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}sourceWarrant', C_SourceWarrant), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}supportForPrice', C_SupportForPrice), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQualityWarrant', C_PowerQualityWarrant)), 0, None),
)
C_AvailabilitySchedule.fields = (
    FieldSpec('vavailability', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability),), 1, None),
)
C_BaseTerm.derived = (C_MaximumEnergy, C_MaximumPower, C_MinimumLoadReduction, C_MinimumLoad, C_OfferCurve, C_AvailabilitySchedule, C_MarketGranularity, C_MaximumConsecutiveDurations, C_MaximumInvocationsPerDuration, C_MaximumNotificationDuration, C_MaximumResponseDuration, C_MaximumRunDuration, C_MinimumDurationBetweenInvocations, C_MinimumEconomicRequirement, C_MinimumNotificationDuration, C_MinimumRecoveryDuration, C_MinimumRemunerationRate, C_MinimumResponseDuration, C_MinimumRunDuration, C_MinimumStartsPerDuration, C_NotificationSchedule, C_RequiredStartupRemuneration, C_ResponseTime, C_UnavailabilitySchedule, C_EiResponseSmoothing,)
C_BaseWarrant.derived = (C_EnvironmentalWarrant, C_QualityWarrant, C_SourceWarrant, C_SupportForPrice,)
C_Delivery.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVcalendarContainedComponents),), 1, 1),
    FieldSpec('uid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}uid', S12),), 1, 1),
    FieldSpec('envelope_contents', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents', C_EnvelopeContents),), 0, 1),
    FieldSpec('injection', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}injection', S4),), 1, 1),
)
C_Delivery.derived = (C_EiDelivery,)
C_EmixBase.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVcalendarContainedComponents),), 1, 1),
    FieldSpec('uid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}uid', S12),), 1, 1),
    FieldSpec('envelope_contents', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents', C_EnvelopeContents),), 0, 1),
)
C_EmixBase.derived = (C_Delivery, C_EmixOption, C_Product,)
C_EmixGranularity.fields = (
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 1, 1),
)
C_EmixInterface.derived = (C_AggregatedPnode, C_EndDeviceAsset, C_MeterAsset, C_Pnode, C_ServiceDeliveryPoint, C_ServiceLocation, C_TransportInterface, C_ServiceArea,)
C_EmixOption.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVcalendarContainedComponents),), 1, 1),
    FieldSpec('uid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}uid', S12),), 1, 1),
    FieldSpec('envelope_contents', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents', C_EnvelopeContents),), 0, 1),
    FieldSpec('transactive_state', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}transactiveState', S13),), 1, 1),
    FieldSpec('expiration_date', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}expirationDate', S14),), 0, 1),
    FieldSpec('integral_only', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}integralOnly', S4),), 0, 1),
    FieldSpec('option_holder_side', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}optionHolderSide', S15),), 1, 1),
    FieldSpec('option_premium', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}optionPremium', C_Price),), 1, 1),
    FieldSpec('option_strike_price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}optionStrikePrice', C_Price),), 1, 1),
    FieldSpec('option_type', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}optionType', S16),), 1, 1),
    FieldSpec('side', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}side', S15),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 1, 1),
    FieldSpec('currency', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}currency', S18),), 0, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
)
C_EmixOption.derived = (C_AncillaryService,)
C_EnvelopeContents.fields = (
    FieldSpec('warrants', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}warrants', C_ArrayOfWarrants),), 0, 1),
)
C_EnvironmentalWarrant.fields = (
    FieldSpec('emix_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}emixBase', C_EmixBase),), 1, None),
)
C_ItemBase.derived = (C_EnergyItem, C_PowerItem, C_Voltage,)
C_MarketGranularity.fields = (
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 1, 1),
)
C_MaximumConsecutiveDurations.fields = (
    FieldSpec('durations', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}durations', S8),), 1, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MaximumInvocationsPerDuration.fields = (
    FieldSpec('starts', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}starts', S8),), 1, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MaximumNotificationDuration.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MaximumResponseDuration.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MaximumRunDuration.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_Measurement.fields = (
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 1, 1),
)
C_MinimumDurationBetweenInvocations.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MinimumEconomicRequirement.fields = (
    FieldSpec('price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price),), 1, 1),
)
C_MinimumNotificationDuration.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MinimumRecoveryDuration.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MinimumRemunerationRate.fields = (
    FieldSpec('price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price),), 1, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MinimumResponseDuration.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MinimumRunDuration.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_MinimumStartsPerDuration.fields = (
    FieldSpec('starts', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}starts', S8),), 1, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_NotificationSchedule.fields = (
    FieldSpec('vavailability', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability),), 1, None),
)
C_PriceBase.derived = (C_PriceMultiplier, C_PriceRelative, C_Price,)
C_PriceMultiplier.fields = (
    FieldSpec('multiplier', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}multiplier', S5),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 0, 1),
)
C_PriceRelative.fields = (
    FieldSpec('value', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}value', S23),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 0, 1),
)
C_Price.fields = (
    FieldSpec('value', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}value', S23),), 1, 1),
)
C_ProductDescription.derived = (C_ResourceDescription, C_PowerProductDescription, C_TemixPower, C_Measurement,)
C_Product.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVcalendarContainedComponents),), 1, 1),
    FieldSpec('uid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}uid', S12),), 1, 1),
    FieldSpec('envelope_contents', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents', C_EnvelopeContents),), 0, 1),
    FieldSpec('transactive_state', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}transactiveState', S13),), 1, 1),
    FieldSpec('expiration_date', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}expirationDate', S14),), 0, 1),
    FieldSpec('integral_only', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}integralOnly', S4),), 0, 1),
    FieldSpec('currency', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}currency', S18),), 0, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 1, 1),
    FieldSpec('side', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}side', S15),), 1, 1),
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 0, 1),
)
C_QualityWarrant.fields = (
    FieldSpec('emix_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}emixBase', C_EmixBase),), 1, None),
)
C_QualityWarrant.derived = (C_PowerQualityWarrant,)
C_RequiredStartupRemuneration.fields = (
    FieldSpec('price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price),), 1, 1),
)
C_ResponseTime.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 1, 1),
)
C_ServiceArea.fields = (
    FieldSpec('abstract_feature', (ElementSpec('{http://www.opengis.net/gml/3.2}FeatureCollection', C_FeatureCollection),), 1, None),
)
C_SourceWarrant.fields = (
    FieldSpec('emix_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}emixBase', C_EmixBase),), 1, None),
)
C_StandardTermsSet.fields = (
    FieldSpec('terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}terms', C_ArrayOfTerms),), 1, 1),
    FieldSpec('vavailability', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability),), 0, 1),
    FieldSpec('non_standard_terms_handling', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}nonStandardTermsHandling', S43),), 1, 1),
    FieldSpec('side', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}side', S15),), 0, 1),
)
C_StandardTerms.fields = (
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 1, 1),
    FieldSpec('market_context_name', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContextName', S12),), 0, 1),
    FieldSpec('standard_terms_set', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}standardTermsSet', C_StandardTermsSet),), 0, None),
    FieldSpec('product_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}activeReserve', C_ActiveReserve), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}generation', C_Generation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}loadReduction', C_LoadReduction), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}productVoltageRegulation', C_ProductVoltageRegulation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}regulationService', C_RegulationService), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerProductDescription', C_PowerProductDescription), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}temixPower', C_TemixPower), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}measurement', C_Measurement), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerFullRequirements', C_BlockPowerFullRequirements), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}fullRequirementsPower', C_FullRequirementsPower), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportProductDescription', C_TransportProductDescription)), 0, 1),
    FieldSpec('granularity', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}granularity', C_Granularity, m.Granularity),), 0, 1),
    FieldSpec('tzid', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}tzid', C_TzidParam),), 0, 1),
    FieldSpec('currency', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}currency', S18),), 0, 1),
    FieldSpec('non_standard_terms_handling', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}nonStandardTermsHandling', S43),), 0, 1),
)
C_UnavailabilitySchedule.fields = (
    FieldSpec('vavailability', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability),), 1, None),
)
C_Aggregator.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Aggregator.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_ArrayofEnrollmentResponses.fields = (
    FieldSpec('enrollment_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentResponse', C_EiEnrollmentResponse),), 0, None),
)
C_Consumer.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Consumer.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Distribution.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Distribution.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiEnrollmentResponse.fields = (
    FieldSpec('response_code', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseCode', S46),), 1, 1),
    FieldSpec('response_description', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseDescription', S47),), 0, 1),
    FieldSpec('ref_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}refID', S44, m.RefID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentID', S44, m.EnrollmentID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}originalEnrollmentID', S44, m.OriginalEnrollmentID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}acceptanceID', S44, m.AcceptanceID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}availID', S44, m.AvailID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}baselineID', S44, m.BaselineID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}constraintID', S44, m.ConstraintID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiDeliveryID', S44, m.EiDeliveryID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44, m.EiReportID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventMessageID', S44, m.EventMessageID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}historianID', S44, m.HistorianID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S44, m.OptID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}originalReferenceID', S44, m.OriginalReferenceID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}quoteID', S44, m.QuoteID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S44, m.RegistrationID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S44, m.ReportRequestID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifierID', S44, m.ReportSpecifierID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalID', S44, m.SignalID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}tenderID', S44, m.TenderID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}transactionID', S44, m.TransactionID)), 1, 1),
    FieldSpec('response_terms_violated', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseTermsViolated', C_ArrayofResponseTermsViolated),), 0, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 0, 1),
    FieldSpec('enrollment_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentID', S44),), 1, 1),
    FieldSpec('original_reference_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}originalReferenceID', S44),), 0, 1),
)
C_EiEnrollment.fields = (
    FieldSpec('enrollment_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentID', S44),), 0, 1),
    FieldSpec('original_enrollment_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}originalEnrollmentID', S44),), 0, 1),
    FieldSpec('modification_number', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationNumber', S49),), 0, 1),
    FieldSpec('enrollment_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentName', S12),), 0, 1),
    FieldSpec('enrollment_status', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentStatus', S50),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
    FieldSpec('enroll_admin_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollAdminPartyID', S44),), 0, 1),
    FieldSpec('enrollee_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleePartyID', S44),), 1, 1),
    FieldSpec('enrollee', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollee', C_Enrollee),), 1, 1),
    FieldSpec('resource', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}resource', C_Resource),), 0, None),
    FieldSpec('performance_evaluation_method_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}performanceEvaluationMethodBase', C_PerformanceEvaluationMethodBase),), 0, 1),
    FieldSpec('performance_evaluation_method_type_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}performanceEvaluationMethodTypeBase', C_PerformanceEvaluationMethodTypeBase),), 0, 1),
    FieldSpec('enrollment_comments', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentComments', S12),), 0, 1),
)
C_Enrollee.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Enrollee.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Enrollee.derived = (C_Aggregator, C_Consumer, C_Distribution, C_EnrollingAuthority, C_Generator, C_Lse, C_Market, C_MeterAuthority, C_Resource, C_SchedulingEntity, C_ServiceProvider, C_Supplier, C_SystemOperator, C_Tdsp, C_Transmission,)
C_EnrollingAuthority.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_EnrollingAuthority.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Generator.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Generator.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Lse.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Lse.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Market.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Market.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_MeterAuthority.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_MeterAuthority.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Resource.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
    FieldSpec('location', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}location', C_EmixInterface),), 0, 1),
    FieldSpec('resource', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}resource', C_ResourceDescription),), 1, 1),
)
C_Resource.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_SchedulingEntity.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_SchedulingEntity.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_ServiceProvider.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_ServiceProvider.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Supplier.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Supplier.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_SystemOperator.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_SystemOperator.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Tdsp.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Tdsp.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_Transmission.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}name', S12),), 0, 1),
    FieldSpec('enrollee_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleeType', S45),), 0, 1),
)
C_Transmission.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiCancelAvail.fields = (
    FieldSpec('avail_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}availID', S44),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
)
C_EiCancelEnroll.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('enrollment_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentID', S44),), 1, None),
    FieldSpec('enrollee_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleePartyID', S44),), 1, 1),
)
C_EiCancelEvent.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventID', S44),), 1, None),
)
C_EiCancelHistorian.fields = (
    FieldSpec('historian_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}historianID', S44),), 1, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
    FieldSpec('report_to_follow', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}reportToFollow', S4),), 1, 1),
)
C_EiCancelOpt.fields = (
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S44),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
)
C_EiCancelPartyRegistration.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('registration_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S44),), 1, None),
    FieldSpec('registree_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registreePartyID', S44),), 1, 1),
    FieldSpec('registrar_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrarPartyID', S44),), 1, 1),
)
C_EiCancelQuote.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('quote_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}quoteID', S44),), 1, None),
    FieldSpec('publisher_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}publisherPartyID', S44),), 1, 1),
    FieldSpec('subscriber_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}subscriberPartyID', S44),), 1, 1),
)
C_EiCancelReport.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('ei_report_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44),), 0, None),
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S44),), 1, None),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
    FieldSpec('report_to_follow', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}reportToFollow', S4),), 1, 1),
)
C_EiCancelTender.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('tender_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}tenderID', S44),), 1, None),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('counter_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}counterPartyID', S44),), 1, 1),
)
C_EiCanceledAvail.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('avail_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}availID', S44),), 0, 1),
)
C_EiCanceledEnroll.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
)
C_EiCanceledEvent.fields = (
    FieldSpec('ei_event_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventResponse', C_EiEventResponse),), 1, 1),
    FieldSpec('event_responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponses', C_ArrayofEventResponses),), 0, 1),
)
C_EiCanceledHistorian.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('historian_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}historianID', S44),), 0, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
)
C_EiCanceledOpt.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S44),), 0, 1),
)
C_EiCanceledPartyRegistration.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('registree_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registreePartyID', S44),), 1, 1),
    FieldSpec('registrar_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrarPartyID', S44),), 1, 1),
    FieldSpec('responding_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}respondingPartyID', S44),), 1, 1),
)
C_EiCanceledQuote.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('publisher_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}publisherPartyID', S44),), 1, 1),
    FieldSpec('subscriber_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}subscriberPartyID', S44),), 1, 1),
)
C_EiCanceledReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('ei_report_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44),), 0, None),
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S44),), 0, None),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
)
C_EiCanceledTender.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('counter_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}counterPartyID', S44),), 1, 1),
)
C_EiChangeEvent.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('ei_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent', C_EiEvent),), 1, 1),
    FieldSpec('change_comment', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}changeComment', S12),), 0, 1),
)
C_EiChangedEvent.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('event_responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponses', C_ArrayofEventResponses),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
)
C_EiCreateAvail.fields = (
    FieldSpec('ei_avail', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiAvail', C_EiAvail),), 1, 1),
)
C_EiCreateDelivery.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
    FieldSpec('ei_delivery', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiDelivery', C_EiDelivery),), 1, 1),
)
C_EiCreateEnroll.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('enrollee_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleePartyID', S44),), 1, 1),
    FieldSpec('ei_enrollment', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}eiEnrollment', C_EiEnrollment),), 1, 1),
)
C_EiCreateEvent.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('ei_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent', C_EiEvent),), 1, 1),
)
C_EiCreateHistorian.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
    FieldSpec('ei_report_request', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequest', C_EiReportRequest),), 1, None),
)
C_EiCreateOpt.fields = (
    FieldSpec('ei_opt', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiOpt', C_EiOpt),), 1, 1),
)
C_EiCreatePartyRegistration.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('registree_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registreePartyID', S44),), 1, 1),
    FieldSpec('ei_registration_info', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiRegistrationInfo', C_EiRegistrationInfo),), 1, 1),
)
C_EiCreateProjection.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
    FieldSpec('ei_report_request', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequest', C_EiReportRequest),), 1, None),
)
C_EiCreateQuote.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('publisher_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}publisherPartyID', S44),), 1, 1),
    FieldSpec('subscriber_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}subscriberPartyID', S44),), 1, 1),
    FieldSpec('ei_quote', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiQuote', C_EiQuote),), 1, None),
)
C_EiCreateReport.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
    FieldSpec('ei_report_request', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequest', C_EiReportRequest),), 1, None),
)
C_EiCreateTender.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('counter_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}counterPartyID', S44),), 1, 1),
    FieldSpec('ei_tender', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTender', C_EiTender),), 1, None),
)
C_EiCreateTransaction.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('counter_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}counterPartyID', S44),), 1, 1),
    FieldSpec('ei_transaction', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTransaction', C_EiTransaction),), 1, None),
)
C_EiCreatedAvail.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('avail_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}availID', S44),), 1, 1),
)
C_EiCreatedDelivery.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('ei_delivery', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiDelivery', C_EiDelivery),), 0, None),
)
C_EiCreatedEnroll.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('enrollment_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentID', S44),), 0, 1),
    FieldSpec('enrollment_responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentResponses', C_ArrayofEnrollmentResponses),), 0, 1),
    FieldSpec('enroll_admin_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollAdminPartyID', S44),), 1, 1),
)
C_EiCreatedEvent.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('event_responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponses', C_ArrayofEventResponses),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
)
C_EiCreatedHistorian.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('historian_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}historianID', S44),), 0, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
)
C_EiCreatedOpt.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S44),), 1, 1),
)
C_EiCreatedPartyRegistration.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('registration_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S44),), 0, 1),
    FieldSpec('registree_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registreePartyID', S44),), 1, 1),
    FieldSpec('registrar_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrarPartyID', S44),), 1, 1),
)
C_EiCreatedProjection.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('ei_report_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44),), 0, None),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('ei_report', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReport', C_EiReport),), 0, None),
)
C_EiCreatedQuote.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('quote_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}quoteID', S44),), 0, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('publisher_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}publisherPartyID', S44),), 1, 1),
    FieldSpec('subscriber_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}subscriberPartyID', S44),), 1, 1),
)
C_EiCreatedReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('ei_report_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44),), 0, None),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('ei_report', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReport', C_EiReport),), 0, None),
)
C_EiCreatedTender.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('tender_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}tenderID', S44),), 0, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('counter_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}counterPartyID', S44),), 1, 1),
)
C_EiCreatedTransaction.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('transaction_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}transactionID', S44),), 0, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('counter_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}counterPartyID', S44),), 1, 1),
)
C_EiDistributeEvent.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('ei_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent', C_EiEvent),), 0, None),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
)
C_EiDistributeQuote.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('publisher_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}publisherPartyID', S44),), 1, 1),
    FieldSpec('ei_quote', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiQuote', C_EiQuote),), 0, None),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
)
C_EiDistributeTender.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 1, 1),
    FieldSpec('ei_tender', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTender', C_EiTender),), 0, None),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
)
C_EiReplyAvail.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('ei_avail', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiAvail', C_EiAvail),), 0, None),
)
C_EiReplyEiMarketContext.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
)
C_EiReplyEnroll.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('enrollment_responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentResponses', C_ArrayofEnrollmentResponses),), 0, 1),
    FieldSpec('ei_enrollment', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}eiEnrollment', C_EiEnrollment),), 0, None),
)
C_EiReplyEvent.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('ei_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent', C_EiEvent),), 0, None),
)
C_EiReplyHistorian.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('historian_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}historianID', S44),), 0, None),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
)
C_EiReplyOpt.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 1, 1),
    FieldSpec('ei_opt', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiOpt', C_EiOpt),), 0, None),
)
C_EiReplyPartyRegistration.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('ei_registration', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiRegistration', C_EiRegistration),), 0, None),
)
C_EiReplyPendingEvent.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
)
C_EiReplyQuote.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('ei_quote', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiQuote', C_EiQuote),), 0, None),
)
C_EiReplyReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('ei_report_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44),), 0, None),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
)
C_EiReplyTender.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('ei_tender', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTender', C_EiTender),), 0, None),
)
C_EiReplyTransaction.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('ei_transaction', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTransaction', C_EiTransaction),), 0, None),
)
C_EiRequestAvail.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 0, 1),
    FieldSpec('avail_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}availID', S44),), 0, None),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
    FieldSpec('resource_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}resourceID', S44),), 0, None),
)
C_EiRequestEiMarketContext.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 0, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('resource_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}resourceID', S44),), 0, None),
)
C_EiRequestEnroll.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('enrollment_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentID', S44),), 0, None),
    FieldSpec('enrollee_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrolleePartyID', S44),), 0, 1),
    FieldSpec('enroll_admin_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollAdminPartyID', S44),), 0, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
)
C_EiRequestEvent.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventID', S44),), 0, None),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
    FieldSpec('reply_limit', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}replyLimit', S49),), 0, 1),
)
C_EiRequestHistorian.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 0, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
)
C_EiRequestOpt.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 0, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 0, 1),
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S44),), 0, None),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
    FieldSpec('resource_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}resourceID', S44),), 0, None),
)
C_EiRequestPartyRegistration.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('registration_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S44),), 0, None),
    FieldSpec('registree_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registreePartyID', S44),), 0, 1),
    FieldSpec('registrar_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrarPartyID', S44),), 0, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
)
C_EiRequestPendingEvent.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, 1),
    FieldSpec('reply_limit', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}replyLimit', S49),), 0, 1),
)
C_EiRequestQuote.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('quote_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}quoteID', S44),), 0, None),
    FieldSpec('publisher_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}publisherPartyID', S44),), 0, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
)
C_EiRequestReport.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S44),), 0, None),
    FieldSpec('vtn_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnID', S44),), 0, 1),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
)
C_EiRequestTender.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('tender_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}tenderID', S44),), 0, None),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('counter_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}counterPartyID', S44),), 0, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
)
C_EiRequestTransaction.fields = (
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('transaction_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}transactionID', S44),), 0, None),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('counter_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}counterPartyID', S44),), 0, 1),
    FieldSpec('requestor_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestorPartyID', S44),), 1, 1),
)
C_EiUpdateReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 0, 1),
    FieldSpec('request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}requestID', S12),), 1, 1),
    FieldSpec('responses', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responses', C_ArrayofResponses),), 0, 1),
    FieldSpec('ei_report', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReport', C_EiReport),), 0, None),
)
C_EiUpdatedReport.fields = (
    FieldSpec('ei_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse', C_EiResponse),), 1, 1),
)
C_ApplicationSpecificExtensionBase.derived = (C_ApplicationSpecificContextBase, C_ApplicationSpecificPayloadBase, C_ApplicationSpecificReportBase, C_ApplicationSpecificSignalBase,)
C_ArrayOfReportRequests.fields = (
    FieldSpec('ei_report_request', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequest', C_EiReportRequest),), 0, None),
)
C_ArrayOfSignals.fields = (
    FieldSpec('ei_event_signal', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignal', C_EiEventSignal),), 0, None),
    FieldSpec('ei_event_baseline', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventBaseline', C_EiEventBaseline),), 0, None),
)
C_ArrayofEventResponses.fields = (
    FieldSpec('event_response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponse', C_EiEventResponse),), 0, None),
)
C_ArrayofResponseTermsViolated.fields = (
    FieldSpec('response_term_violated', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseTermViolated', C_ResponseTermViolated),), 0, None),
)
C_ArrayofResponses.fields = (
    FieldSpec('response', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}response', C_EiResponse),), 0, None),
)
C_CurrentValue.fields = (
    FieldSpec('payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadApplicationSpecific', C_PayloadApplicationSpecific), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat', C_PayloadFloat), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadLevel', C_PayloadLevel), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPrice', C_PayloadPrice), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceMultiplier', C_PayloadPriceMultiplier), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceRelative', C_PayloadPriceRelative), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadProduct', C_PayloadProduct), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadQuantity', C_PayloadQuantity)), 1, 1),
)
C_EiAvail.fields = (
    FieldSpec('avail_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}availID', S44),), 1, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, None),
    FieldSpec('resource_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}resourceID', S44),), 0, None),
    FieldSpec('available', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}available', C_Vavailability),), 1, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 1, 1),
    FieldSpec('ei_avail_behavior', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiAvailBehavior', S51),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 1, 1),
)
C_EiAvail.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiDelivery.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVcalendarContainedComponents),), 1, 1),
    FieldSpec('uid', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}uid', S12),), 1, 1),
    FieldSpec('envelope_contents', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents', C_EnvelopeContents),), 0, 1),
    FieldSpec('injection', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}injection', S4),), 1, 1),
    FieldSpec('ei_delivery_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiDeliveryID', S44),), 1, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 1, 1),
)
C_EiDelivery.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiEventBaseline.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_DtstartProp),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 0, 1),
    FieldSpec('related_to', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}related-to', C_RelatedToProp),), 0, 1),
    FieldSpec('intervals', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals', C_ArrayofStreamIntervals),), 0, 1),
    FieldSpec('baseline_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}baselineID', S44),), 1, 1),
    FieldSpec('baseline_interval', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}baselineInterval', C_WsCalendarInterval),), 0, None),
    FieldSpec('resource_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}resourceID', S44),), 0, None),
    FieldSpec('baseline_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}baselineName', S12),), 0, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('current_value', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}currentValue', C_CurrentValue),), 0, 1),
)
C_EiEventResponse.fields = (
    FieldSpec('response_code', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseCode', S46),), 1, 1),
    FieldSpec('response_description', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseDescription', S47),), 0, 1),
    FieldSpec('ref_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}refID', S44, m.RefID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentID', S44, m.EnrollmentID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}originalEnrollmentID', S44, m.OriginalEnrollmentID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}acceptanceID', S44, m.AcceptanceID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}availID', S44, m.AvailID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}baselineID', S44, m.BaselineID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}constraintID', S44, m.ConstraintID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiDeliveryID', S44, m.EiDeliveryID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44, m.EiReportID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventMessageID', S44, m.EventMessageID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}historianID', S44, m.HistorianID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S44, m.OptID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}originalReferenceID', S44, m.OriginalReferenceID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}quoteID', S44, m.QuoteID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S44, m.RegistrationID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S44, m.ReportRequestID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifierID', S44, m.ReportSpecifierID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalID', S44, m.SignalID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}tenderID', S44, m.TenderID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}transactionID', S44, m.TransactionID)), 1, 1),
    FieldSpec('response_terms_violated', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseTermsViolated', C_ArrayofResponseTermsViolated),), 0, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 0, 1),
    FieldSpec('qualified_event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}qualifiedEventID', C_QualifiedEventID),), 1, 1),
    FieldSpec('opt_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optType', S52),), 1, 1),
)
C_EiEventSignal.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_DtstartProp),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 0, 1),
    FieldSpec('related_to', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}related-to', C_RelatedToProp),), 0, 1),
    FieldSpec('intervals', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals', C_ArrayofStreamIntervals),), 0, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, None),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 0, 1),
    FieldSpec('signal_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalName', S12),), 1, 1),
    FieldSpec('signal_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalType', S53),), 1, 1),
    FieldSpec('signal_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalID', S44),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('current_value', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}currentValue', C_CurrentValue),), 0, 1),
)
C_EiEventSignal.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiEvent.fields = (
    FieldSpec('event_message_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventMessageID', S44),), 0, 1),
    FieldSpec('event_descriptor', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventDescriptor', C_EventDescriptor),), 1, 1),
    FieldSpec('ei_active_period', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiActivePeriod', C_Vcalendar),), 1, 1),
    FieldSpec('ei_event_signals', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignals', C_ArrayOfSignals),), 1, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
    FieldSpec('ei_report_requests', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequests', C_ArrayOfReportRequests),), 0, None),
)
C_EiEvent.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiMarketContext.fields = (
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 1, 1),
    FieldSpec('market_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}marketName', S12),), 0, 1),
    FieldSpec('envelope_contents', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents', C_EnvelopeContents),), 0, 1),
    FieldSpec('standard_terms', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}standardTerms', C_StandardTerms),), 0, 1),
    FieldSpec('simple_level_context', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}simpleLevelContext', C_SimpleLevelContext),), 0, 1),
    FieldSpec('application_specific_context_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificContextBase', C_ApplicationSpecificContextBase),), 0, 1),
    FieldSpec('report_specifier', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifier', C_ReportSpecifier),), 0, None),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 0, 1),
)
C_EiMarketContext.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiMarketExpectations.fields = (
    FieldSpec('ei_market_rule_set', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketRuleSet', C_EiMarketRuleSet),), 0, None),
    FieldSpec('granularity', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}granularity', C_Granularity, m.Granularity),), 0, 1),
    FieldSpec('non_standard_terms_handling', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}nonStandardTermsHandling', S43),), 1, 1),
)
C_EiMarketRuleSet.fields = (
    FieldSpec('standard_terms_set', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}standardTermsSet', C_StandardTermsSet),), 1, 1),
    FieldSpec('rule_set_purpose', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}ruleSetPurpose', S56),), 1, 1),
    FieldSpec('ei_avail_behavior', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiAvailBehavior', S51),), 0, 1),
)
C_EiOpt.fields = (
    FieldSpec('opt_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S44),), 1, 1),
    FieldSpec('opt_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optType', S52),), 1, 1),
    FieldSpec('opt_reason', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optReason', S57),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 0, 1),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 1, None),
    FieldSpec('vavailability', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability),), 0, 1),
    FieldSpec('ei_market_rule_set', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketRuleSet', C_EiMarketRuleSet),), 0, None),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 1, 1),
)
C_EiOpt.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiParty.fields = (
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, 1),
    FieldSpec('party_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyName', S12),), 0, 1),
    FieldSpec('party_role', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyRole', S12),), 0, 1),
)
C_EiParty.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiQuote.fields = (
    FieldSpec('quote_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}quoteID', S44),), 1, 1),
    FieldSpec('emix_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}emixBase', C_EmixBase),), 1, None),
)
C_EiRegistration.fields = (
    FieldSpec('registree_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registreePartyID', S44),), 0, None),
    FieldSpec('registrar_party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrarPartyID', S44),), 1, 1),
    FieldSpec('ei_registration_info', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiRegistrationInfo', C_EiRegistrationInfo),), 1, 1),
)
C_EiReportRequest.fields = (
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S44),), 1, 1),
    FieldSpec('report_specifier_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifierID', S44),), 1, 1),
    FieldSpec('report_specifier', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifier', C_ReportSpecifier),), 0, 1),
    FieldSpec('ei_target', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget', C_EiTarget),), 0, 1),
    FieldSpec('report_scheduler', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventGluon', C_EventGluon), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportGluon', C_RequestReportGluon), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportInterval', C_RequestReportInterval), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportSnap', C_RequestReportSnap)), 1, 1),
    FieldSpec('aggregate_report', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}aggregateReport', S4),), 1, 1),
)
C_EiReport.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_DtstartProp),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 0, 1),
    FieldSpec('related_to', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}related-to', C_RelatedToProp),), 0, 1),
    FieldSpec('intervals', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals', C_ArrayofStreamIntervals),), 0, 1),
    FieldSpec('ei_report_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44),), 1, 1),
    FieldSpec('report_description', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportDescription', C_ReportDescription),), 1, None),
    FieldSpec('snap', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}snap', C_Snap),), 0, 1),
    FieldSpec('report_request_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S44),), 1, 1),
    FieldSpec('report_specifier_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifierID', S44),), 1, 1),
    FieldSpec('report_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportName', S12),), 0, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 1, 1),
)
C_EiReport.attributes = (
    AttrSpec('schema_version', '{http://docs.oasis-open.org/ns/energyinterop/201110}schemaVersion', S12, False),
)
C_EiResponseSmoothing.fields = (
    FieldSpec('ei_smoothing', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiSmoothing', S59),), 1, 1),
)
C_EiResponse.fields = (
    FieldSpec('response_code', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseCode', S46),), 1, 1),
    FieldSpec('response_description', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseDescription', S47),), 0, 1),
    FieldSpec('ref_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}refID', S44, m.RefID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentID', S44, m.EnrollmentID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}originalEnrollmentID', S44, m.OriginalEnrollmentID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}acceptanceID', S44, m.AcceptanceID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}availID', S44, m.AvailID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}baselineID', S44, m.BaselineID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}constraintID', S44, m.ConstraintID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiDeliveryID', S44, m.EiDeliveryID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportID', S44, m.EiReportID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventMessageID', S44, m.EventMessageID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}historianID', S44, m.HistorianID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}optID', S44, m.OptID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}originalReferenceID', S44, m.OriginalReferenceID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}quoteID', S44, m.QuoteID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}registrationID', S44, m.RegistrationID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportRequestID', S44, m.ReportRequestID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifierID', S44, m.ReportSpecifierID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalID', S44, m.SignalID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}tenderID', S44, m.TenderID), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}transactionID', S44, m.TransactionID)), 1, 1),
    FieldSpec('response_terms_violated', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseTermsViolated', C_ArrayofResponseTermsViolated),), 0, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 0, 1),
)
C_EiResponse.derived = (C_EiEnrollmentResponse, C_EiEventResponse,)
C_EiTarget.fields = (
    FieldSpec('emix_interface', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode', C_AggregatedPnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset', C_EndDeviceAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset', C_MeterAsset), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode', C_Pnode), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint', C_ServiceDeliveryPoint), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation', C_ServiceLocation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface', C_TransportInterface), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea', C_ServiceArea)), 0, None),
    FieldSpec('group_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}groupID', S44),), 0, None),
    FieldSpec('group_name', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}groupName', S12),), 0, None),
    FieldSpec('resource_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}resourceID', S44),), 0, None),
    FieldSpec('ven_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}venID', S44),), 0, None),
    FieldSpec('party_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}partyID', S44),), 0, None),
)
C_EiTender.fields = (
    FieldSpec('tender_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}tenderID', S44),), 1, 1),
    FieldSpec('emix_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}emixBase', C_EmixBase),), 1, 1),
)
C_EiTransaction.fields = (
    FieldSpec('transaction_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}transactionID', S44),), 1, 1),
    FieldSpec('tender_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}tenderID', S44),), 0, 1),
    FieldSpec('emix_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}emixBase', C_EmixBase),), 1, 1),
)
C_EventBaselinePayload.fields = (
    FieldSpec('payload_quantity', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadQuantity', C_PayloadQuantity),), 0, 1),
)
C_EventDescriptor.fields = (
    FieldSpec('event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventID', S44),), 1, 1),
    FieldSpec('modification_number', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationNumber', S49),), 1, 1),
    FieldSpec('modification_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationDateTime', S48),), 0, 1),
    FieldSpec('modification_reason', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationReason', S12),), 0, 1),
    FieldSpec('priority', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}priority', S49),), 0, 1),
    FieldSpec('ei_market_context', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketContext', C_EiMarketContext),), 1, 1),
    FieldSpec('created_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}createdDateTime', S48),), 0, 1),
    FieldSpec('event_status', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventStatus', S60),), 0, 1),
    FieldSpec('operating_day', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}operatingDay', S48),), 0, 1),
    FieldSpec('test_event', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}testEvent', S12),), 0, 1),
    FieldSpec('vtn_comment', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}vtnComment', S12),), 0, 1),
)
C_EventGluon.fields = (
    FieldSpec('gluon', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}gluon', C_WsCalendarGluon),), 0, 1),
    FieldSpec('event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventID', S44),), 0, 1),
)
C_Interval.fields = (
    FieldSpec('base_property', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-IntervalQualification', C_XIntervalQualification), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiNotification', C_XEiNotification, m.XEiNotification), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRampUp', C_XEiRampUp, m.XEiRampUp), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRecovery', C_XEiRecovery, m.XEiRecovery), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtend', C_DtendProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_DtstartProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}granularity', C_Granularity, m.Granularity), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}related-to', C_RelatedToProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}tolerance', C_ToleranceProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}uid', C_UidProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}x-wsCalendar-attach', C_WsCalendarAttach)), 0, None),
    FieldSpec('stream_payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventBaselinePayload', C_EventBaselinePayload), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportPayload', C_ReportPayload), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalPayload', C_SignalPayload)), 1, 1),
)
C_PayloadApplicationSpecific.fields = (
    FieldSpec('application_specific_payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificPayloadBase', C_ApplicationSpecificPayloadBase),), 1, 1),
)
C_PayloadBase.derived = (C_PayloadApplicationSpecific, C_PayloadFloat, C_PayloadLevel, C_PayloadPriceMultiplier, C_PayloadPriceRelative, C_PayloadPrice, C_PayloadProduct, C_PayloadQuantity,)
C_PayloadFloat.fields = (
    FieldSpec('value', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}value', S5),), 1, 1),
)
C_PayloadLevel.fields = (
    FieldSpec('level', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}level', S49),), 1, 1),
)
C_PayloadPriceMultiplier.fields = (
    FieldSpec('price_multiplier', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}priceMultiplier', C_PriceMultiplier),), 1, 1),
)
C_PayloadPriceRelative.fields = (
    FieldSpec('price_relative', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}priceRelative', C_PriceRelative),), 1, 1),
)
C_PayloadPrice.fields = (
    FieldSpec('price', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}price', C_Price),), 1, 1),
)
C_PayloadProduct.fields = (
    FieldSpec('product_description', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}activeReserve', C_ActiveReserve), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}generation', C_Generation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}loadReduction', C_LoadReduction), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}productVoltageRegulation', C_ProductVoltageRegulation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}regulationService', C_RegulationService), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerProductDescription', C_PowerProductDescription), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}temixPower', C_TemixPower), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}measurement', C_Measurement), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerFullRequirements', C_BlockPowerFullRequirements), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}fullRequirementsPower', C_FullRequirementsPower), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportProductDescription', C_TransportProductDescription)), 1, 1),
)
C_PayloadQuantity.fields = (
    FieldSpec('quantity', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}quantity', S9),), 1, 1),
)
C_QualifiedEventID.fields = (
    FieldSpec('event_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventID', S44),), 1, 1),
    FieldSpec('modification_number', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}modificationNumber', S49),), 0, 1),
)
C_ReportDescription.fields = (
    FieldSpec('r_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}rID', S12),), 0, 1),
    FieldSpec('report_subject', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSubject', C_EiTarget),), 0, 1),
    FieldSpec('report_data_source', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportDataSource', C_EiTarget),), 0, 1),
    FieldSpec('report_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportType', S62),), 1, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('reading_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}readingType', S64),), 0, 1),
    FieldSpec('aggregate_report', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}aggregateReport', S4),), 0, 1),
)
C_ReportPayload.fields = (
    FieldSpec('r_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}rID', S12),), 0, 1),
    FieldSpec('confidence', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}confidence', S66),), 0, 1),
    FieldSpec('reading_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}readingType', S64),), 0, 1),
    FieldSpec('accuracy', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}accuracy', S67),), 0, 1),
    FieldSpec('payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadApplicationSpecific', C_PayloadApplicationSpecific), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat', C_PayloadFloat), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadLevel', C_PayloadLevel), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPrice', C_PayloadPrice), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceMultiplier', C_PayloadPriceMultiplier), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceRelative', C_PayloadPriceRelative), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadProduct', C_PayloadProduct), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadQuantity', C_PayloadQuantity)), 1, 1),
)
C_ReportSchedulerBase.derived = (C_EventGluon, C_RequestReportGluon, C_RequestReportInterval, C_RequestReportSnap,)
C_ReportSpecifier.fields = (
    FieldSpec('report_specifier_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifierID', S44),), 1, 1),
    FieldSpec('market_context', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketContext', S17),), 0, 1),
    FieldSpec('granularity', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}granularity', C_Granularity, m.Granularity),), 1, 1),
    FieldSpec('report_back_duration', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportBackDuration', S68),), 0, 1),
    FieldSpec('report_interval', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportInterval', C_WsCalendarInterval),), 0, 1),
    FieldSpec('specifier_payload', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}specifierPayload', C_SpecifierPayload),), 1, None),
)
C_RequestReportGluon.fields = (
    FieldSpec('gluon', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}gluon', C_WsCalendarGluon),), 1, 1),
)
C_RequestReportInterval.fields = (
    FieldSpec('interval', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}interval', C_WsCalendarInterval),), 1, 1),
)
C_RequestReportSnap.fields = (
    FieldSpec('status_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}statusDateTime', S48),), 0, 1),
)
C_ResponseTermViolated.fields = (
    FieldSpec('response_description', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}responseDescription', S47),), 1, 1),
    FieldSpec('base_term', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumEnergy', C_MaximumEnergy), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumPower', C_MaximumPower), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumLoad', C_MinimumLoad), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumLoadReduction', C_MinimumLoadReduction), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerCurve', C_OfferCurve), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}availabilitySchedule', C_AvailabilitySchedule), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}marketGranularity', C_MarketGranularity), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumConsecutiveDurations', C_MaximumConsecutiveDurations), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumInvocationsPerDuration', C_MaximumInvocationsPerDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumNotificationDuration', C_MaximumNotificationDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumResponseDuration', C_MaximumResponseDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}maximumRunDuration', C_MaximumRunDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumDurationBetweenInvocations', C_MinimumDurationBetweenInvocations), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumEconomicRequirement', C_MinimumEconomicRequirement), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumNotificationDuration', C_MinimumNotificationDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumRecoveryDuration', C_MinimumRecoveryDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumRemunerationRate', C_MinimumRemunerationRate), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumResponseDuration', C_MinimumResponseDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumRunDuration', C_MinimumRunDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}minimumStartsPerDuration', C_MinimumStartsPerDuration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}notificationSchedule', C_NotificationSchedule), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}requiredStartupRemuneration', C_RequiredStartupRemuneration), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}responseTime', C_ResponseTime), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}unavailabilitySchedule', C_UnavailabilitySchedule), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponseSmoothing', C_EiResponseSmoothing)), 1, 1),
)
C_SignalPayload.fields = (
    FieldSpec('payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadApplicationSpecific', C_PayloadApplicationSpecific), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat', C_PayloadFloat), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadLevel', C_PayloadLevel), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPrice', C_PayloadPrice), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceMultiplier', C_PayloadPriceMultiplier), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceRelative', C_PayloadPriceRelative), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadProduct', C_PayloadProduct), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}payloadQuantity', C_PayloadQuantity)), 1, 1),
)
C_SimpleLevelContext.fields = (
    FieldSpec('level_normal_value', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}levelNormalValue', S49),), 0, 1),
    FieldSpec('level_upper_limit', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}levelUpperLimit', S49),), 0, 1),
)
C_Snap.fields = (
    FieldSpec('report_payload', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportPayload', C_ReportPayload),), 1, 1),
    FieldSpec('status_date_time', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}statusDateTime', S48),), 1, 1),
)
C_SpecifierPayload.fields = (
    FieldSpec('r_id', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}rID', S12),), 0, 1),
    FieldSpec('item_base', (ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem', C_EnergyItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem', C_PowerItem), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage', C_Voltage), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent', C_EnergyApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive', C_EnergyReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal', C_EnergyReal), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent', C_PowerApparent), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive', C_PowerReactive), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal', C_PowerReal)), 0, 1),
    FieldSpec('reading_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}readingType', S64),), 1, 1),
)
C_XIntervalQualification.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('confidence', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}confidence', S66),), 0, 1, choice=1),
    FieldSpec('reading_type', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}readingType', S64),), 0, 1, choice=1),
    FieldSpec('accuracy', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}accuracy', S67),), 0, 1),
)
C_XIntervalQualification.choices = (ChoiceSpec(1, ('confidence', 'reading_type'), 0),)
C_ArrayofStreamIntervals.fields = (
    FieldSpec('stream_interval', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamInterval', C_StreamInterval), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}interval', C_Interval)), 0, None),
)
C_StreamBase.fields = (
    FieldSpec('dtstart', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_DtstartProp),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration),), 0, 1),
    FieldSpec('related_to', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}related-to', C_RelatedToProp),), 0, 1),
    FieldSpec('intervals', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals', C_ArrayofStreamIntervals),), 0, 1),
)
C_StreamBase.derived = (C_EiEventBaseline, C_EiEventSignal, C_EiReport,)
C_StreamInterval.fields = (
    FieldSpec('base_property', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-IntervalQualification', C_XIntervalQualification), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiNotification', C_XEiNotification, m.XEiNotification), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRampUp', C_XEiRampUp, m.XEiRampUp), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRecovery', C_XEiRecovery, m.XEiRecovery), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtend', C_DtendProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_DtstartProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}granularity', C_Granularity, m.Granularity), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}related-to', C_RelatedToProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}tolerance', C_ToleranceProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}uid', C_UidProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}x-wsCalendar-attach', C_WsCalendarAttach)), 0, None),
    FieldSpec('stream_payload_base', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}eventBaselinePayload', C_EventBaselinePayload), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}reportPayload', C_ReportPayload), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}signalPayload', C_SignalPayload)), 1, 1),
)
C_StreamInterval.derived = (C_Interval,)
C_StreamPayloadBase.derived = (C_EventBaselinePayload, C_ReportPayload, C_SignalPayload,)
C_ArrayOfGluonContainedComponents.fields = (
    FieldSpec('vavailability', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability),), 0, None),
)
C_ArrayOfParameters.fields = (
    FieldSpec('base_parameter', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}gap', C_DurationParameter), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}reltype', C_ReltypeParam), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}tzid', C_TzidParam)), 0, None),
)
C_ArrayOfProperties.fields = (
    FieldSpec('base_property', (ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-IntervalQualification', C_XIntervalQualification), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiNotification', C_XEiNotification, m.XEiNotification), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRampUp', C_XEiRampUp, m.XEiRampUp), ElementSpec('{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRecovery', C_XEiRecovery, m.XEiRecovery), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtend', C_DtendProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}dtstart', C_DtstartProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', C_Duration, m.Duration), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}granularity', C_Granularity, m.Granularity), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}related-to', C_RelatedToProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}tolerance', C_ToleranceProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}uid', C_UidProp), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}x-wsCalendar-attach', C_WsCalendarAttach)), 0, None),
)
C_ArrayOfVavailabilityContainedComponents.fields = (
    FieldSpec('available', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}available', C_Available),), 0, None),
)
C_ArrayOfVcalendarContainedComponents.fields = (
    FieldSpec('vcalendar_contained_component', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}gluon', C_WsCalendarGluon), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}interval', C_WsCalendarInterval), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vavailability', C_Vavailability)), 0, None),
)
C_ArtifactBase.derived = (C_QualityMeasure, C_ProductDescription,)
C_Available.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
)
C_BaseComponent.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
)
C_BaseComponent.derived = (C_Available, C_VcalendarContainedComponent, C_Vcalendar,)
C_BaseParameter.derived = (C_DurationParameter, C_TextParameter,)
C_BaseProperty.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
)
C_BaseProperty.derived = (C_XIntervalQualification, C_DateDatetimeProperty, C_DurationProp, C_RelatedToProp, C_TextProperty, C_ToleranceProp, C_WsCalendarAttach,)
C_DateDatetimeProperty.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('date_time', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}date-time', S48),), 0, 1, choice=2),
    FieldSpec('date', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}date', S69),), 0, 1, choice=2),
)
C_DateDatetimeProperty.choices = (ChoiceSpec(2, ('date_time', 'date'), 1),)
C_DateDatetimeProperty.derived = (C_DtendProp, C_DtstartProp,)
C_DtendProp.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('date_time', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}date-time', S48),), 0, 1, choice=3),
    FieldSpec('date', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}date', S69),), 0, 1, choice=3),
)
C_DtendProp.choices = (ChoiceSpec(3, ('date_time', 'date'), 1),)
C_DtstartProp.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('date_time', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}date-time', S48),), 0, 1, choice=4),
    FieldSpec('date', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}date', S69),), 0, 1, choice=4),
)
C_DtstartProp.choices = (ChoiceSpec(4, ('date_time', 'date'), 1),)
C_DurationParameter.fields = (
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', S70),), 1, 1),
)
C_DurationProp.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', S68),), 1, 1),
)
C_Icalendar.fields = (
    FieldSpec('vcalendar', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}vcalendar', C_Vcalendar),), 1, None),
)
C_RelatedToProp.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('uri', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}uri', S71),), 0, 1, choice=5),
    FieldSpec('uid', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}uid', S12),), 0, 1, choice=5),
    FieldSpec('text', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}text', S12),), 0, 1, choice=5),
)
C_RelatedToProp.choices = (ChoiceSpec(5, ('uri', 'uid', 'text'), 1),)
C_ReltypeParam.fields = (
    FieldSpec('text', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}text', S12),), 1, 1),
)
C_TextParameter.fields = (
    FieldSpec('text', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}text', S12),), 1, 1),
)
C_TextParameter.derived = (C_ReltypeParam, C_TzidParam,)
C_TextProperty.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('text', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}text', S12),), 1, 1),
)
C_TextProperty.derived = (C_UidProp,)
C_ToleranceProp.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('tolerate', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}tolerate', C_ToleranceValue),), 1, 1),
)
C_ToleranceValue.fields = (
    FieldSpec('startbefore', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}startbefore', S68),), 0, 1),
    FieldSpec('startafter', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}startafter', S68),), 0, 1),
    FieldSpec('endbefore', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}endbefore', S68),), 0, 1),
    FieldSpec('endafter', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}endafter', S68),), 0, 1),
    FieldSpec('durationlong', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}durationlong', S68),), 0, 1),
    FieldSpec('durationshort', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}durationshort', S68),), 0, 1),
    FieldSpec('precision', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}precision', S68),), 0, 1),
)
C_TzidParam.fields = (
    FieldSpec('text', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}text', S12),), 1, 1),
)
C_UidProp.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('text', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}text', S12),), 1, 1),
)
C_Vavailability.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVavailabilityContainedComponents),), 1, 1),
)
C_VcalendarContainedComponent.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
)
C_VcalendarContainedComponent.derived = (C_Vavailability, C_WsCalendarGluon, C_WsCalendarInterval,)
C_Vcalendar.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfVcalendarContainedComponents),), 1, 1),
)
C_Vcalendar.derived = (C_EmixBase,)
C_WsCalendarAttach.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('items', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}artifact', C_Artifact), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}activeReserve', C_ActiveReserve), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}generation', C_Generation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}loadReduction', C_LoadReduction), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}productVoltageRegulation', C_ProductVoltageRegulation), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}regulationService', C_RegulationService), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}powerProductDescription', C_PowerProductDescription), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}temixPower', C_TemixPower), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06}measurement', C_Measurement), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerFullRequirements', C_BlockPowerFullRequirements), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}fullRequirementsPower', C_FullRequirementsPower), ElementSpec('{http://docs.oasis-open.org/ns/emix/2011/06/power}transportProductDescription', C_TransportProductDescription), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}uri', S71, m.Uri), ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}text', S12, m.Text)), 0, None),
)
C_WsCalendarGluon.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
    FieldSpec('components', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}components', C_ArrayOfGluonContainedComponents),), 1, 1),
)
C_WsCalendarInterval.fields = (
    FieldSpec('properties', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}properties', C_ArrayOfProperties),), 0, 1),
)
C_FeatureCollection.fields = (
    FieldSpec('location', (ElementSpec('{http://www.opengis.net/gml/3.2}location', C_Location),), 1, 1),
)
C_FeatureCollection.attributes = (
    AttrSpec('id', '{http://www.opengis.net/gml/3.2}id', S72, False),
)
C_Duration.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', S68),), 1, 1),
)
C_Granularity.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', S68),), 1, 1),
)
C_RefID.text = S44
C_EnrollmentID.text = S44
C_OriginalEnrollmentID.text = S44
C_AcceptanceID.text = S44
C_AvailID.text = S44
C_BaselineID.text = S44
C_ConstraintID.text = S44
C_EiDeliveryID.text = S44
C_EiReportID.text = S44
C_EventMessageID.text = S44
C_HistorianID.text = S44
C_OptID.text = S44
C_OriginalReferenceID.text = S44
C_QuoteID.text = S44
C_RegistrationID.text = S44
C_ReportRequestID.text = S44
C_ReportSpecifierID.text = S44
C_SignalID.text = S44
C_TenderID.text = S44
C_TransactionID.text = S44
C_XEiNotification.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', S68),), 1, 1),
)
C_XEiRampUp.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', S68),), 1, 1),
)
C_XEiRecovery.fields = (
    FieldSpec('parameters', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}parameters', C_ArrayOfParameters),), 0, 1),
    FieldSpec('duration', (ElementSpec('{urn:ietf:params:xml:ns:icalendar-2.0}duration', S68),), 1, 1),
)
C_Uri.text = S71
C_Text.text = S12
C_Location.fields = (
    FieldSpec('polygon', (ElementSpec('{http://www.opengis.net/gml/3.2}Polygon', C_Polygon),), 1, 1),
)
C_Polygon.fields = (
    FieldSpec('exterior', (ElementSpec('{http://www.opengis.net/gml/3.2}exterior', C_Exterior),), 1, 1),
)
C_Polygon.attributes = (
    AttrSpec('id', '{http://www.opengis.net/gml/3.2}id', S72, False),
)
C_Exterior.fields = (
    FieldSpec('linear_ring', (ElementSpec('{http://www.opengis.net/gml/3.2}LinearRing', C_LinearRing),), 1, 1),
)
C_LinearRing.fields = (
    FieldSpec('pos_list', (ElementSpec('{http://www.opengis.net/gml/3.2}posList', S73),), 1, 1),
)

BINDING = BindingSpec(
    name='ei',
    prefixes={
        'pyld': 'http://docs.oasis-open.org/ns/energyinterop/201110/payloads',
        'ei': 'http://docs.oasis-open.org/ns/energyinterop/201110',
        'enrl': 'http://docs.oasis-open.org/ns/energyinterop/201110/enroll',
        'emix': 'http://docs.oasis-open.org/ns/emix/2011/06',
        'power': 'http://docs.oasis-open.org/ns/emix/2011/06/power',
        'resource': 'http://docs.oasis-open.org/ns/emix/2011/06/power/resource',
        'scale': 'http://docs.oasis-open.org/ns/emix/2011/06/siscale',
        'xcal': 'urn:ietf:params:xml:ns:icalendar-2.0',
        'strm': 'urn:ietf:params:xml:ns:icalendar-2.0:stream',
        'gml': 'http://www.opengis.net/gml/3.2',
        'clm5ISO42173A': 'urn:un:unece:uncefact:codelist:standard:5:ISO42173A:2010-04-07',
        'xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    },
    roots={
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}activeReserve': C_ActiveReserve,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}dispatchDown': C_DurationProp,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}dispatchTime': C_DurationProp,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}dispatchUp': C_DurationProp,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}generation': C_Generation,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}loadReduction': C_LoadReduction,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumEnergy': C_MaximumEnergy,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumPower': C_MaximumPower,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumLoad': C_MinimumLoad,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumLoadReduction': C_MinimumLoadReduction,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerCurve': C_OfferCurve,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerSegment': C_OfferSegment,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}pMax': C_PMax,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}percentRampRate': C_PercentRampRate,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}powerRamp': C_ArrayOfRampSegments,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}powerRampSegment': C_PowerRampSegment,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}powerResponse': C_PowerResponse,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}productVoltageRegulation': C_ProductVoltageRegulation,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}qMax': C_QMax,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}rampSegments': C_ArrayOfRampSegments,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}rampTime': C_DurationProp,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}recoveryRamp': C_ArrayOfRampSegments,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}regulationService': C_RegulationService,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}stagingRamp': C_ArrayOfRampSegments,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}targetRegulation': C_PowerAttributes,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}vMax': C_VMax,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}vMin': C_VMin,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}window': C_DurationProp,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode': C_AggregatedPnode,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}ancillaryService': C_AncillaryService,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}baseCharge': C_BaseCharge,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}basePowerQualityIndicator': C_BasePowerQualityIndicator,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}baseTransportCharge': C_BaseTransportCharge,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerFullRequirements': C_BlockPowerFullRequirements,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerPrice': C_BlockPowerPrice,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}charges': C_ArrayOfCharges,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}congestionCharge': C_CongestionCharge,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}congestionRevenueRights': C_CongestionRevenueRights,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}conversionLoss': C_ConversionLoss,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}demandCharge': C_DemandCharge,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset': C_EndDeviceAsset,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent': C_EnergyApparent,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyItem': C_EnergyItem,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyQuantity': C_EnergyQuantity,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive': C_EnergyReactive,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal': C_EnergyReal,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}flickerLt': C_FlickerLt,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}flickerSt': C_FlickerSt,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}fullRequirementsPower': C_FullRequirementsPower,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}harmonicVoltage': C_HarmonicVoltage,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}longInterruptions': C_LongInterruptions,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}mainsSignallingVoltage': C_MainsSignallingVoltage,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}mainsVoltage': C_MainsVoltage,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLoss': C_MarginalLoss,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLossCharge': C_MarginalLossCharge,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset': C_MeterAsset,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode': C_Pnode,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent': C_PowerApparent,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerAttributes': C_PowerAttributes,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerFrequency': C_PowerFrequency,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem': C_PowerItem,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerProductDescription': C_PowerProductDescription,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQualityWarrant': C_PowerQualityWarrant,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQuantity': C_PowerQuantity,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive': C_PowerReactive,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal': C_PowerReal,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}qualityMeasure': C_QualityMeasure,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}rapidVoltageChanges': C_RapidVoltageChanges,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint': C_ServiceDeliveryPoint,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation': C_ServiceLocation,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}shortInterruptions': C_ShortInterruptions,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageDips': C_SupplyVoltageDips,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageImbalance': C_SupplyVoltageImbalance,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageVariations': C_SupplyVoltageVariations,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}temixPower': C_TemixPower,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}temporaryOvervoltage': C_TemporaryOvervoltage,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}transportAccessFee': C_TransportAccessFee,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface': C_TransportInterface,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}transportProductDescription': C_TransportProductDescription,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}unitEnergyPrice': C_UnitEnergyPrice,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}varQuantity': C_VarQuantity,
        '{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage': C_Voltage,
        '{http://docs.oasis-open.org/ns/emix/2011/06}availabilitySchedule': C_AvailabilitySchedule,
        '{http://docs.oasis-open.org/ns/emix/2011/06}baseTerm': C_BaseTerm,
        '{http://docs.oasis-open.org/ns/emix/2011/06}baseWarrant': C_BaseWarrant,
        '{http://docs.oasis-open.org/ns/emix/2011/06}delivery': C_Delivery,
        '{http://docs.oasis-open.org/ns/emix/2011/06}emixBase': C_EmixBase,
        '{http://docs.oasis-open.org/ns/emix/2011/06}emixGranularity': C_EmixGranularity,
        '{http://docs.oasis-open.org/ns/emix/2011/06}emixInterface': C_EmixInterface,
        '{http://docs.oasis-open.org/ns/emix/2011/06}emixOption': C_EmixOption,
        '{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents': C_EnvelopeContents,
        '{http://docs.oasis-open.org/ns/emix/2011/06}environmentalWarrant': C_EnvironmentalWarrant,
        '{http://docs.oasis-open.org/ns/emix/2011/06}itemBase': C_ItemBase,
        '{http://docs.oasis-open.org/ns/emix/2011/06}marketGranularity': C_MarketGranularity,
        '{http://docs.oasis-open.org/ns/emix/2011/06}maximumConsecutiveDurations': C_MaximumConsecutiveDurations,
        '{http://docs.oasis-open.org/ns/emix/2011/06}maximumInvocationsPerDuration': C_MaximumInvocationsPerDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}maximumNotificationDuration': C_MaximumNotificationDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}maximumResponseDuration': C_MaximumResponseDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}maximumRunDuration': C_MaximumRunDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}measurement': C_Measurement,
        '{http://docs.oasis-open.org/ns/emix/2011/06}minimumDurationBetweenInvocations': C_MinimumDurationBetweenInvocations,
        '{http://docs.oasis-open.org/ns/emix/2011/06}minimumEconomicRequirement': C_MinimumEconomicRequirement,
        '{http://docs.oasis-open.org/ns/emix/2011/06}minimumNotificationDuration': C_MinimumNotificationDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}minimumRecoveryDuration': C_MinimumRecoveryDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}minimumRemunerationRate': C_MinimumRemunerationRate,
        '{http://docs.oasis-open.org/ns/emix/2011/06}minimumResponseDuration': C_MinimumResponseDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}minimumRunDuration': C_MinimumRunDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}minimumStartsPerDuration': C_MinimumStartsPerDuration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}notificationSchedule': C_NotificationSchedule,
        '{http://docs.oasis-open.org/ns/emix/2011/06}price': C_Price,
        '{http://docs.oasis-open.org/ns/emix/2011/06}priceBase': C_PriceBase,
        '{http://docs.oasis-open.org/ns/emix/2011/06}priceMultiplier': C_PriceMultiplier,
        '{http://docs.oasis-open.org/ns/emix/2011/06}priceRelative': C_PriceRelative,
        '{http://docs.oasis-open.org/ns/emix/2011/06}product': C_Product,
        '{http://docs.oasis-open.org/ns/emix/2011/06}productDescription': C_ProductDescription,
        '{http://docs.oasis-open.org/ns/emix/2011/06}qualityWarrant': C_QualityWarrant,
        '{http://docs.oasis-open.org/ns/emix/2011/06}requiredStartupRemuneration': C_RequiredStartupRemuneration,
        '{http://docs.oasis-open.org/ns/emix/2011/06}responseTime': C_ResponseTime,
        '{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea': C_ServiceArea,
        '{http://docs.oasis-open.org/ns/emix/2011/06}sourceWarrant': C_SourceWarrant,
        '{http://docs.oasis-open.org/ns/emix/2011/06}standardTerms': C_StandardTerms,
        '{http://docs.oasis-open.org/ns/emix/2011/06}standardTermsSet': C_StandardTermsSet,
        '{http://docs.oasis-open.org/ns/emix/2011/06}supportForPrice': C_SupportForPrice,
        '{http://docs.oasis-open.org/ns/emix/2011/06}terms': C_ArrayOfTerms,
        '{http://docs.oasis-open.org/ns/emix/2011/06}unavailabilitySchedule': C_UnavailabilitySchedule,
        '{http://docs.oasis-open.org/ns/emix/2011/06}warrants': C_ArrayOfWarrants,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}eiEnrollment': C_EiEnrollment,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentResponses': C_ArrayofEnrollmentResponses,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}performanceEvaluationMethodBase': C_PerformanceEvaluationMethodBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}performanceEvaluationMethodTypeBase': C_PerformanceEvaluationMethodTypeBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelAvail': C_EiCancelAvail,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelEnroll': C_EiCancelEnroll,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelEvent': C_EiCancelEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelHistorian': C_EiCancelHistorian,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelOpt': C_EiCancelOpt,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelPartyRegistration': C_EiCancelPartyRegistration,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelQuote': C_EiCancelQuote,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelReport': C_EiCancelReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelTender': C_EiCancelTender,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledAvail': C_EiCanceledAvail,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledEnroll': C_EiCanceledEnroll,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledEvent': C_EiCanceledEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledHistorian': C_EiCanceledHistorian,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledOpt': C_EiCanceledOpt,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledPartyRegistration': C_EiCanceledPartyRegistration,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledQuote': C_EiCanceledQuote,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledReport': C_EiCanceledReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledTender': C_EiCanceledTender,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiChangeEvent': C_EiChangeEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiChangedEvent': C_EiChangedEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateAvail': C_EiCreateAvail,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateDelivery': C_EiCreateDelivery,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateEnroll': C_EiCreateEnroll,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateEvent': C_EiCreateEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateHistorian': C_EiCreateHistorian,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateOpt': C_EiCreateOpt,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatePartyRegistration': C_EiCreatePartyRegistration,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateProjection': C_EiCreateProjection,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateQuote': C_EiCreateQuote,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateReport': C_EiCreateReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateTender': C_EiCreateTender,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateTransaction': C_EiCreateTransaction,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedAvail': C_EiCreatedAvail,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedDelivery': C_EiCreatedDelivery,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedEnroll': C_EiCreatedEnroll,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedEvent': C_EiCreatedEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedHistorian': C_EiCreatedHistorian,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedOpt': C_EiCreatedOpt,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedPartyRegistration': C_EiCreatedPartyRegistration,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedProjection': C_EiCreatedProjection,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedQuote': C_EiCreatedQuote,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedReport': C_EiCreatedReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedTender': C_EiCreatedTender,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedTransaction': C_EiCreatedTransaction,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiDistributeEvent': C_EiDistributeEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiDistributeQuote': C_EiDistributeQuote,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiDistributeTender': C_EiDistributeTender,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyAvail': C_EiReplyAvail,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyEiMarketContext': C_EiReplyEiMarketContext,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyEnroll': C_EiReplyEnroll,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyEvent': C_EiReplyEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyHistorian': C_EiReplyHistorian,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyOpt': C_EiReplyOpt,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyPartyRegistration': C_EiReplyPartyRegistration,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyPendingEvent': C_EiReplyPendingEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyQuote': C_EiReplyQuote,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyReport': C_EiReplyReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyTender': C_EiReplyTender,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyTransaction': C_EiReplyTransaction,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestAvail': C_EiRequestAvail,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEiMarketContext': C_EiRequestEiMarketContext,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEnroll': C_EiRequestEnroll,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEvent': C_EiRequestEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestHistorian': C_EiRequestHistorian,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestOpt': C_EiRequestOpt,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestPartyRegistration': C_EiRequestPartyRegistration,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestPendingEvent': C_EiRequestPendingEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestQuote': C_EiRequestQuote,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestReport': C_EiRequestReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestTender': C_EiRequestTender,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestTransaction': C_EiRequestTransaction,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiUpdateReport': C_EiUpdateReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiUpdatedReport': C_EiUpdatedReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificContextBase': C_ApplicationSpecificContextBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificExtensionBase': C_ApplicationSpecificExtensionBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificPayloadBase': C_ApplicationSpecificPayloadBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificReportBase': C_ApplicationSpecificReportBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificSignalBase': C_ApplicationSpecificSignalBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}currentValue': C_CurrentValue,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}deployment': C_EnergyItem,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiActivePeriod': C_Vcalendar,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiAvail': C_EiAvail,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiDelivery': C_EiDelivery,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent': C_EiEvent,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventBaseline': C_EiEventBaseline,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventResponse': C_EiEventResponse,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignal': C_EiEventSignal,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignals': C_ArrayOfSignals,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketContext': C_EiMarketContext,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketExpectations': C_EiMarketExpectations,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketRuleSet': C_EiMarketRuleSet,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiOpt': C_EiOpt,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiParty': C_EiParty,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiQuote': C_EiQuote,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiRegistration': C_EiRegistration,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiRegistrationInfo': C_EiRegistrationInfo,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiReport': C_EiReport,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequest': C_EiReportRequest,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequests': C_ArrayOfReportRequests,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse': C_EiResponse,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponseSmoothing': C_EiResponseSmoothing,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiTarget': C_EiTarget,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiTender': C_EiTender,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eiTransaction': C_EiTransaction,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eventBaselinePayload': C_EventBaselinePayload,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eventDescriptor': C_EventDescriptor,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eventGluon': C_EventGluon,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponses': C_ArrayofEventResponses,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}interval': C_Interval,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadApplicationSpecific': C_PayloadApplicationSpecific,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadBase': C_PayloadBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat': C_PayloadFloat,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadLevel': C_PayloadLevel,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPrice': C_PayloadPrice,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceMultiplier': C_PayloadPriceMultiplier,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceRelative': C_PayloadPriceRelative,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadProduct': C_PayloadProduct,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadQuantity': C_PayloadQuantity,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}qualifiedEventID': C_QualifiedEventID,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportDataSource': C_EiTarget,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportDescription': C_ReportDescription,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportPayload': C_ReportPayload,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportScheduler': C_ReportSchedulerBase,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifier': C_ReportSpecifier,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}reportSubject': C_EiTarget,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportGluon': C_RequestReportGluon,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportInterval': C_RequestReportInterval,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportSnap': C_RequestReportSnap,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}responseTermViolated': C_ResponseTermViolated,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}responseTermsViolated': C_ArrayofResponseTermsViolated,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}responses': C_ArrayofResponses,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}signalPayload': C_SignalPayload,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}simpleLevelContext': C_SimpleLevelContext,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}snap': C_Snap,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}specifierPayload': C_SpecifierPayload,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}x-IntervalQualification': C_XIntervalQualification,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiNotification': C_XEiNotification,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRampUp': C_XEiRampUp,
        '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRecovery': C_XEiRecovery,
        '{http://www.opengis.net/gml/3.2}FeatureCollection': C_FeatureCollection,
        '{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals': C_ArrayofStreamIntervals,
        '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamBase': C_StreamBase,
        '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamInterval': C_StreamInterval,
        '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamPayloadBase': C_StreamPayloadBase,
        '{urn:ietf:params:xml:ns:icalendar-2.0}artifact': C_Artifact,
        '{urn:ietf:params:xml:ns:icalendar-2.0}artifactBase': C_ArtifactBase,
        '{urn:ietf:params:xml:ns:icalendar-2.0}available': C_Available,
        '{urn:ietf:params:xml:ns:icalendar-2.0}baseComponent': C_BaseComponent,
        '{urn:ietf:params:xml:ns:icalendar-2.0}baseParameter': C_BaseParameter,
        '{urn:ietf:params:xml:ns:icalendar-2.0}baseProperty': C_BaseProperty,
        '{urn:ietf:params:xml:ns:icalendar-2.0}dtend': C_DtendProp,
        '{urn:ietf:params:xml:ns:icalendar-2.0}dtstart': C_DtstartProp,
        '{urn:ietf:params:xml:ns:icalendar-2.0}duration': C_Duration,
        '{urn:ietf:params:xml:ns:icalendar-2.0}gap': C_DurationParameter,
        '{urn:ietf:params:xml:ns:icalendar-2.0}gluon': C_WsCalendarGluon,
        '{urn:ietf:params:xml:ns:icalendar-2.0}granularity': C_Granularity,
        '{urn:ietf:params:xml:ns:icalendar-2.0}icalendar': C_Icalendar,
        '{urn:ietf:params:xml:ns:icalendar-2.0}interval': C_WsCalendarInterval,
        '{urn:ietf:params:xml:ns:icalendar-2.0}parameters': C_ArrayOfParameters,
        '{urn:ietf:params:xml:ns:icalendar-2.0}related-to': C_RelatedToProp,
        '{urn:ietf:params:xml:ns:icalendar-2.0}reltype': C_ReltypeParam,
        '{urn:ietf:params:xml:ns:icalendar-2.0}tolerance': C_ToleranceProp,
        '{urn:ietf:params:xml:ns:icalendar-2.0}tzid': C_TzidParam,
        '{urn:ietf:params:xml:ns:icalendar-2.0}uid': C_UidProp,
        '{urn:ietf:params:xml:ns:icalendar-2.0}vavailability': C_Vavailability,
        '{urn:ietf:params:xml:ns:icalendar-2.0}vcalendar': C_Vcalendar,
        '{urn:ietf:params:xml:ns:icalendar-2.0}vcalendarContainedComponent': C_VcalendarContainedComponent,
        '{urn:ietf:params:xml:ns:icalendar-2.0}x-wsCalendar-attach': C_WsCalendarAttach,
    },
    element_of_class={
        m.ActiveReserve: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}activeReserve',
        m.Generation: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}generation',
        m.LoadReduction: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}loadReduction',
        m.MaximumEnergy: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumEnergy',
        m.MaximumPower: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}maximumPower',
        m.MinimumLoad: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumLoad',
        m.MinimumLoadReduction: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}minimumLoadReduction',
        m.OfferCurve: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerCurve',
        m.OfferSegment: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}offerSegment',
        m.PMax: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}pMax',
        m.PercentRampRate: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}percentRampRate',
        m.PowerRampSegment: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}powerRampSegment',
        m.PowerResponse: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}powerResponse',
        m.ProductVoltageRegulation: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}productVoltageRegulation',
        m.QMax: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}qMax',
        m.RegulationService: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}regulationService',
        m.VMax: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}vMax',
        m.VMin: '{http://docs.oasis-open.org/ns/emix/2011/06/power/resource}vMin',
        m.AggregatedPnode: '{http://docs.oasis-open.org/ns/emix/2011/06/power}aggregatedPnode',
        m.AncillaryService: '{http://docs.oasis-open.org/ns/emix/2011/06/power}ancillaryService',
        m.BaseCharge: '{http://docs.oasis-open.org/ns/emix/2011/06/power}baseCharge',
        m.BasePowerQualityIndicator: '{http://docs.oasis-open.org/ns/emix/2011/06/power}basePowerQualityIndicator',
        m.BaseTransportCharge: '{http://docs.oasis-open.org/ns/emix/2011/06/power}baseTransportCharge',
        m.BlockPowerFullRequirements: '{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerFullRequirements',
        m.BlockPowerPrice: '{http://docs.oasis-open.org/ns/emix/2011/06/power}blockPowerPrice',
        m.ArrayOfCharges: '{http://docs.oasis-open.org/ns/emix/2011/06/power}charges',
        m.CongestionCharge: '{http://docs.oasis-open.org/ns/emix/2011/06/power}congestionCharge',
        m.CongestionRevenueRights: '{http://docs.oasis-open.org/ns/emix/2011/06/power}congestionRevenueRights',
        m.ConversionLoss: '{http://docs.oasis-open.org/ns/emix/2011/06/power}conversionLoss',
        m.DemandCharge: '{http://docs.oasis-open.org/ns/emix/2011/06/power}demandCharge',
        m.EndDeviceAsset: '{http://docs.oasis-open.org/ns/emix/2011/06/power}endDeviceAsset',
        m.EnergyApparent: '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyApparent',
        m.EnergyQuantity: '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyQuantity',
        m.EnergyReactive: '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReactive',
        m.EnergyReal: '{http://docs.oasis-open.org/ns/emix/2011/06/power}energyReal',
        m.FlickerLt: '{http://docs.oasis-open.org/ns/emix/2011/06/power}flickerLt',
        m.FlickerSt: '{http://docs.oasis-open.org/ns/emix/2011/06/power}flickerSt',
        m.FullRequirementsPower: '{http://docs.oasis-open.org/ns/emix/2011/06/power}fullRequirementsPower',
        m.HarmonicVoltage: '{http://docs.oasis-open.org/ns/emix/2011/06/power}harmonicVoltage',
        m.LongInterruptions: '{http://docs.oasis-open.org/ns/emix/2011/06/power}longInterruptions',
        m.MainsSignallingVoltage: '{http://docs.oasis-open.org/ns/emix/2011/06/power}mainsSignallingVoltage',
        m.MainsVoltage: '{http://docs.oasis-open.org/ns/emix/2011/06/power}mainsVoltage',
        m.MarginalLoss: '{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLoss',
        m.MarginalLossCharge: '{http://docs.oasis-open.org/ns/emix/2011/06/power}marginalLossCharge',
        m.MeterAsset: '{http://docs.oasis-open.org/ns/emix/2011/06/power}meterAsset',
        m.Pnode: '{http://docs.oasis-open.org/ns/emix/2011/06/power}pnode',
        m.PowerApparent: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerApparent',
        m.PowerFrequency: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerFrequency',
        m.PowerItem: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerItem',
        m.PowerProductDescription: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerProductDescription',
        m.PowerQualityWarrant: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQualityWarrant',
        m.PowerQuantity: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerQuantity',
        m.PowerReactive: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReactive',
        m.PowerReal: '{http://docs.oasis-open.org/ns/emix/2011/06/power}powerReal',
        m.QualityMeasure: '{http://docs.oasis-open.org/ns/emix/2011/06/power}qualityMeasure',
        m.RapidVoltageChanges: '{http://docs.oasis-open.org/ns/emix/2011/06/power}rapidVoltageChanges',
        m.ServiceDeliveryPoint: '{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceDeliveryPoint',
        m.ServiceLocation: '{http://docs.oasis-open.org/ns/emix/2011/06/power}serviceLocation',
        m.ShortInterruptions: '{http://docs.oasis-open.org/ns/emix/2011/06/power}shortInterruptions',
        m.SupplyVoltageDips: '{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageDips',
        m.SupplyVoltageImbalance: '{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageImbalance',
        m.SupplyVoltageVariations: '{http://docs.oasis-open.org/ns/emix/2011/06/power}supplyVoltageVariations',
        m.TemixPower: '{http://docs.oasis-open.org/ns/emix/2011/06/power}temixPower',
        m.TemporaryOvervoltage: '{http://docs.oasis-open.org/ns/emix/2011/06/power}temporaryOvervoltage',
        m.TransportAccessFee: '{http://docs.oasis-open.org/ns/emix/2011/06/power}transportAccessFee',
        m.TransportInterface: '{http://docs.oasis-open.org/ns/emix/2011/06/power}transportInterface',
        m.TransportProductDescription: '{http://docs.oasis-open.org/ns/emix/2011/06/power}transportProductDescription',
        m.UnitEnergyPrice: '{http://docs.oasis-open.org/ns/emix/2011/06/power}unitEnergyPrice',
        m.VarQuantity: '{http://docs.oasis-open.org/ns/emix/2011/06/power}varQuantity',
        m.Voltage: '{http://docs.oasis-open.org/ns/emix/2011/06/power}voltage',
        m.AvailabilitySchedule: '{http://docs.oasis-open.org/ns/emix/2011/06}availabilitySchedule',
        m.BaseTerm: '{http://docs.oasis-open.org/ns/emix/2011/06}baseTerm',
        m.BaseWarrant: '{http://docs.oasis-open.org/ns/emix/2011/06}baseWarrant',
        m.Delivery: '{http://docs.oasis-open.org/ns/emix/2011/06}delivery',
        m.EmixBase: '{http://docs.oasis-open.org/ns/emix/2011/06}emixBase',
        m.EmixGranularity: '{http://docs.oasis-open.org/ns/emix/2011/06}emixGranularity',
        m.EmixInterface: '{http://docs.oasis-open.org/ns/emix/2011/06}emixInterface',
        m.EmixOption: '{http://docs.oasis-open.org/ns/emix/2011/06}emixOption',
        m.EnvelopeContents: '{http://docs.oasis-open.org/ns/emix/2011/06}envelopeContents',
        m.EnvironmentalWarrant: '{http://docs.oasis-open.org/ns/emix/2011/06}environmentalWarrant',
        m.ItemBase: '{http://docs.oasis-open.org/ns/emix/2011/06}itemBase',
        m.MarketGranularity: '{http://docs.oasis-open.org/ns/emix/2011/06}marketGranularity',
        m.MaximumConsecutiveDurations: '{http://docs.oasis-open.org/ns/emix/2011/06}maximumConsecutiveDurations',
        m.MaximumInvocationsPerDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}maximumInvocationsPerDuration',
        m.MaximumNotificationDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}maximumNotificationDuration',
        m.MaximumResponseDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}maximumResponseDuration',
        m.MaximumRunDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}maximumRunDuration',
        m.Measurement: '{http://docs.oasis-open.org/ns/emix/2011/06}measurement',
        m.MinimumDurationBetweenInvocations: '{http://docs.oasis-open.org/ns/emix/2011/06}minimumDurationBetweenInvocations',
        m.MinimumEconomicRequirement: '{http://docs.oasis-open.org/ns/emix/2011/06}minimumEconomicRequirement',
        m.MinimumNotificationDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}minimumNotificationDuration',
        m.MinimumRecoveryDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}minimumRecoveryDuration',
        m.MinimumRemunerationRate: '{http://docs.oasis-open.org/ns/emix/2011/06}minimumRemunerationRate',
        m.MinimumResponseDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}minimumResponseDuration',
        m.MinimumRunDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}minimumRunDuration',
        m.MinimumStartsPerDuration: '{http://docs.oasis-open.org/ns/emix/2011/06}minimumStartsPerDuration',
        m.NotificationSchedule: '{http://docs.oasis-open.org/ns/emix/2011/06}notificationSchedule',
        m.Price: '{http://docs.oasis-open.org/ns/emix/2011/06}price',
        m.PriceBase: '{http://docs.oasis-open.org/ns/emix/2011/06}priceBase',
        m.PriceMultiplier: '{http://docs.oasis-open.org/ns/emix/2011/06}priceMultiplier',
        m.PriceRelative: '{http://docs.oasis-open.org/ns/emix/2011/06}priceRelative',
        m.Product: '{http://docs.oasis-open.org/ns/emix/2011/06}product',
        m.ProductDescription: '{http://docs.oasis-open.org/ns/emix/2011/06}productDescription',
        m.QualityWarrant: '{http://docs.oasis-open.org/ns/emix/2011/06}qualityWarrant',
        m.RequiredStartupRemuneration: '{http://docs.oasis-open.org/ns/emix/2011/06}requiredStartupRemuneration',
        m.ResponseTime: '{http://docs.oasis-open.org/ns/emix/2011/06}responseTime',
        m.ServiceArea: '{http://docs.oasis-open.org/ns/emix/2011/06}serviceArea',
        m.SourceWarrant: '{http://docs.oasis-open.org/ns/emix/2011/06}sourceWarrant',
        m.StandardTerms: '{http://docs.oasis-open.org/ns/emix/2011/06}standardTerms',
        m.StandardTermsSet: '{http://docs.oasis-open.org/ns/emix/2011/06}standardTermsSet',
        m.SupportForPrice: '{http://docs.oasis-open.org/ns/emix/2011/06}supportForPrice',
        m.ArrayOfTerms: '{http://docs.oasis-open.org/ns/emix/2011/06}terms',
        m.UnavailabilitySchedule: '{http://docs.oasis-open.org/ns/emix/2011/06}unavailabilitySchedule',
        m.ArrayOfWarrants: '{http://docs.oasis-open.org/ns/emix/2011/06}warrants',
        m.EiEnrollment: '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}eiEnrollment',
        m.ArrayofEnrollmentResponses: '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}enrollmentResponses',
        m.PerformanceEvaluationMethodBase: '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}performanceEvaluationMethodBase',
        m.PerformanceEvaluationMethodTypeBase: '{http://docs.oasis-open.org/ns/energyinterop/201110/enroll}performanceEvaluationMethodTypeBase',
        m.EiCancelAvail: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelAvail',
        m.EiCancelEnroll: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelEnroll',
        m.EiCancelEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelEvent',
        m.EiCancelHistorian: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelHistorian',
        m.EiCancelOpt: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelOpt',
        m.EiCancelPartyRegistration: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelPartyRegistration',
        m.EiCancelQuote: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelQuote',
        m.EiCancelReport: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelReport',
        m.EiCancelTender: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCancelTender',
        m.EiCanceledAvail: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledAvail',
        m.EiCanceledEnroll: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledEnroll',
        m.EiCanceledEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledEvent',
        m.EiCanceledHistorian: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledHistorian',
        m.EiCanceledOpt: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledOpt',
        m.EiCanceledPartyRegistration: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledPartyRegistration',
        m.EiCanceledQuote: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledQuote',
        m.EiCanceledReport: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledReport',
        m.EiCanceledTender: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCanceledTender',
        m.EiChangeEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiChangeEvent',
        m.EiChangedEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiChangedEvent',
        m.EiCreateAvail: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateAvail',
        m.EiCreateDelivery: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateDelivery',
        m.EiCreateEnroll: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateEnroll',
        m.EiCreateEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateEvent',
        m.EiCreateHistorian: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateHistorian',
        m.EiCreateOpt: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateOpt',
        m.EiCreatePartyRegistration: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatePartyRegistration',
        m.EiCreateProjection: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateProjection',
        m.EiCreateQuote: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateQuote',
        m.EiCreateReport: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateReport',
        m.EiCreateTender: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateTender',
        m.EiCreateTransaction: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreateTransaction',
        m.EiCreatedAvail: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedAvail',
        m.EiCreatedDelivery: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedDelivery',
        m.EiCreatedEnroll: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedEnroll',
        m.EiCreatedEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedEvent',
        m.EiCreatedHistorian: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedHistorian',
        m.EiCreatedOpt: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedOpt',
        m.EiCreatedPartyRegistration: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedPartyRegistration',
        m.EiCreatedProjection: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedProjection',
        m.EiCreatedQuote: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedQuote',
        m.EiCreatedReport: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedReport',
        m.EiCreatedTender: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedTender',
        m.EiCreatedTransaction: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiCreatedTransaction',
        m.EiDistributeEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiDistributeEvent',
        m.EiDistributeQuote: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiDistributeQuote',
        m.EiDistributeTender: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiDistributeTender',
        m.EiReplyAvail: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyAvail',
        m.EiReplyEiMarketContext: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyEiMarketContext',
        m.EiReplyEnroll: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyEnroll',
        m.EiReplyEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyEvent',
        m.EiReplyHistorian: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyHistorian',
        m.EiReplyOpt: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyOpt',
        m.EiReplyPartyRegistration: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyPartyRegistration',
        m.EiReplyPendingEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyPendingEvent',
        m.EiReplyQuote: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyQuote',
        m.EiReplyReport: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyReport',
        m.EiReplyTender: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyTender',
        m.EiReplyTransaction: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiReplyTransaction',
        m.EiRequestAvail: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestAvail',
        m.EiRequestEiMarketContext: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEiMarketContext',
        m.EiRequestEnroll: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEnroll',
        m.EiRequestEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestEvent',
        m.EiRequestHistorian: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestHistorian',
        m.EiRequestOpt: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestOpt',
        m.EiRequestPartyRegistration: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestPartyRegistration',
        m.EiRequestPendingEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestPendingEvent',
        m.EiRequestQuote: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestQuote',
        m.EiRequestReport: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestReport',
        m.EiRequestTender: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestTender',
        m.EiRequestTransaction: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiRequestTransaction',
        m.EiUpdateReport: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiUpdateReport',
        m.EiUpdatedReport: '{http://docs.oasis-open.org/ns/energyinterop/201110/payloads}eiUpdatedReport',
        m.ApplicationSpecificContextBase: '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificContextBase',
        m.ApplicationSpecificExtensionBase: '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificExtensionBase',
        m.ApplicationSpecificPayloadBase: '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificPayloadBase',
        m.ApplicationSpecificReportBase: '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificReportBase',
        m.ApplicationSpecificSignalBase: '{http://docs.oasis-open.org/ns/energyinterop/201110}applicationSpecificSignalBase',
        m.CurrentValue: '{http://docs.oasis-open.org/ns/energyinterop/201110}currentValue',
        m.EiAvail: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiAvail',
        m.EiDelivery: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiDelivery',
        m.EiEvent: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEvent',
        m.EiEventBaseline: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventBaseline',
        m.EiEventResponse: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventResponse',
        m.EiEventSignal: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignal',
        m.ArrayOfSignals: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiEventSignals',
        m.EiMarketContext: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketContext',
        m.EiMarketExpectations: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketExpectations',
        m.EiMarketRuleSet: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiMarketRuleSet',
        m.EiOpt: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiOpt',
        m.EiParty: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiParty',
        m.EiQuote: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiQuote',
        m.EiRegistration: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiRegistration',
        m.EiRegistrationInfo: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiRegistrationInfo',
        m.EiReport: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiReport',
        m.EiReportRequest: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequest',
        m.ArrayOfReportRequests: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiReportRequests',
        m.EiResponse: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponse',
        m.EiResponseSmoothing: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiResponseSmoothing',
        m.EiTender: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiTender',
        m.EiTransaction: '{http://docs.oasis-open.org/ns/energyinterop/201110}eiTransaction',
        m.EventBaselinePayload: '{http://docs.oasis-open.org/ns/energyinterop/201110}eventBaselinePayload',
        m.EventDescriptor: '{http://docs.oasis-open.org/ns/energyinterop/201110}eventDescriptor',
        m.EventGluon: '{http://docs.oasis-open.org/ns/energyinterop/201110}eventGluon',
        m.ArrayofEventResponses: '{http://docs.oasis-open.org/ns/energyinterop/201110}eventResponses',
        m.Interval: '{http://docs.oasis-open.org/ns/energyinterop/201110}interval',
        m.PayloadApplicationSpecific: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadApplicationSpecific',
        m.PayloadBase: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadBase',
        m.PayloadFloat: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadFloat',
        m.PayloadLevel: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadLevel',
        m.PayloadPrice: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPrice',
        m.PayloadPriceMultiplier: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceMultiplier',
        m.PayloadPriceRelative: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadPriceRelative',
        m.PayloadProduct: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadProduct',
        m.PayloadQuantity: '{http://docs.oasis-open.org/ns/energyinterop/201110}payloadQuantity',
        m.QualifiedEventID: '{http://docs.oasis-open.org/ns/energyinterop/201110}qualifiedEventID',
        m.ReportDescription: '{http://docs.oasis-open.org/ns/energyinterop/201110}reportDescription',
        m.ReportPayload: '{http://docs.oasis-open.org/ns/energyinterop/201110}reportPayload',
        m.ReportSchedulerBase: '{http://docs.oasis-open.org/ns/energyinterop/201110}reportScheduler',
        m.ReportSpecifier: '{http://docs.oasis-open.org/ns/energyinterop/201110}reportSpecifier',
        m.RequestReportGluon: '{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportGluon',
        m.RequestReportInterval: '{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportInterval',
        m.RequestReportSnap: '{http://docs.oasis-open.org/ns/energyinterop/201110}requestReportSnap',
        m.ResponseTermViolated: '{http://docs.oasis-open.org/ns/energyinterop/201110}responseTermViolated',
        m.ArrayofResponseTermsViolated: '{http://docs.oasis-open.org/ns/energyinterop/201110}responseTermsViolated',
        m.ArrayofResponses: '{http://docs.oasis-open.org/ns/energyinterop/201110}responses',
        m.SignalPayload: '{http://docs.oasis-open.org/ns/energyinterop/201110}signalPayload',
        m.SimpleLevelContext: '{http://docs.oasis-open.org/ns/energyinterop/201110}simpleLevelContext',
        m.Snap: '{http://docs.oasis-open.org/ns/energyinterop/201110}snap',
        m.SpecifierPayload: '{http://docs.oasis-open.org/ns/energyinterop/201110}specifierPayload',
        m.XIntervalQualification: '{http://docs.oasis-open.org/ns/energyinterop/201110}x-IntervalQualification',
        m.XEiNotification: '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiNotification',
        m.XEiRampUp: '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRampUp',
        m.XEiRecovery: '{http://docs.oasis-open.org/ns/energyinterop/201110}x-eiRecovery',
        m.FeatureCollection: '{http://www.opengis.net/gml/3.2}FeatureCollection',
        m.ArrayofStreamIntervals: '{urn:ietf:params:xml:ns:icalendar-2.0:stream}intervals',
        m.StreamBase: '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamBase',
        m.StreamInterval: '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamInterval',
        m.StreamPayloadBase: '{urn:ietf:params:xml:ns:icalendar-2.0:stream}streamPayloadBase',
        m.Artifact: '{urn:ietf:params:xml:ns:icalendar-2.0}artifact',
        m.ArtifactBase: '{urn:ietf:params:xml:ns:icalendar-2.0}artifactBase',
        m.Available: '{urn:ietf:params:xml:ns:icalendar-2.0}available',
        m.BaseComponent: '{urn:ietf:params:xml:ns:icalendar-2.0}baseComponent',
        m.BaseParameter: '{urn:ietf:params:xml:ns:icalendar-2.0}baseParameter',
        m.BaseProperty: '{urn:ietf:params:xml:ns:icalendar-2.0}baseProperty',
        m.DtendProp: '{urn:ietf:params:xml:ns:icalendar-2.0}dtend',
        m.DtstartProp: '{urn:ietf:params:xml:ns:icalendar-2.0}dtstart',
        m.Duration: '{urn:ietf:params:xml:ns:icalendar-2.0}duration',
        m.DurationParameter: '{urn:ietf:params:xml:ns:icalendar-2.0}gap',
        m.WsCalendarGluon: '{urn:ietf:params:xml:ns:icalendar-2.0}gluon',
        m.Granularity: '{urn:ietf:params:xml:ns:icalendar-2.0}granularity',
        m.Icalendar: '{urn:ietf:params:xml:ns:icalendar-2.0}icalendar',
        m.WsCalendarInterval: '{urn:ietf:params:xml:ns:icalendar-2.0}interval',
        m.ArrayOfParameters: '{urn:ietf:params:xml:ns:icalendar-2.0}parameters',
        m.RelatedToProp: '{urn:ietf:params:xml:ns:icalendar-2.0}related-to',
        m.ReltypeParam: '{urn:ietf:params:xml:ns:icalendar-2.0}reltype',
        m.ToleranceProp: '{urn:ietf:params:xml:ns:icalendar-2.0}tolerance',
        m.TzidParam: '{urn:ietf:params:xml:ns:icalendar-2.0}tzid',
        m.UidProp: '{urn:ietf:params:xml:ns:icalendar-2.0}uid',
        m.Vavailability: '{urn:ietf:params:xml:ns:icalendar-2.0}vavailability',
        m.VcalendarContainedComponent: '{urn:ietf:params:xml:ns:icalendar-2.0}vcalendarContainedComponent',
        m.WsCalendarAttach: '{urn:ietf:params:xml:ns:icalendar-2.0}x-wsCalendar-attach',
    },
)

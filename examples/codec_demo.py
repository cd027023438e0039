"""The codec at work: build three documents, encode, validate, decode, and say what happened.

    python examples/codec_demo.py

1. an EiCreateTender carrying one TEMIX power block (full EI 1.0 + EMIX),
2. an EiDistributeEvent with a price signal over four intervals (full EI 1.0),
3. an oadrDistributeEvent with a simple level signal (OpenADR 2.0b).

Each is written by the encoder, validated against the project's schema set, decoded, and
compared with what was built. Finally a tampered copy shows a typed, located error.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from energyinterop import CodecError
from energyinterop import ei
from energyinterop import openadr as oadr
from energyinterop.codec import Codec

START = datetime(2026, 11, 24, 17, 0, tzinfo=timezone.utc)
MARKET = "http://microgrid.example/market/building-7"
QUARTER = timedelta(minutes=15)


def temix_tender_payload() -> ei.EiCreateTender:
    """A battery bids to buy 12.5 kW for 17:00-18:00 at 0.21 USD/kWh, all or nothing,
    and offers 8 kW back for 18:00-19:00 at 0.34 USD/kWh."""
    from emix.temix import create_tender, temix_power_tender

    bid = temix_power_tender(
        tender_id="00123", side="buy", start=START, duration=timedelta(hours=1),
        price=Decimal("0.21"), quantity=Decimal("12.5"), market_context=MARKET,
        integral_only=True, expiration=START - timedelta(minutes=5), interface="node-building-7",
    )
    offer = temix_power_tender(
        tender_id="00124", side="sell", start=START + timedelta(hours=1), duration=timedelta(hours=1),
        price=Decimal("0.34"), quantity=Decimal("8"), market_context=MARKET, interface="node-building-7",
    )
    return create_tender("req-0001", "ven-battery-1", "market-building-7", bid, offer)


def ei_price_event() -> ei.EiDistributeEvent:
    """A four-interval price signal for the next hour, sent to one VEN."""
    intervals = [
        ei.Interval(
            base_property=[ei.DtstartProp(date_time=START + i * QUARTER), ei.Duration(duration=QUARTER),
                           ei.UidProp(text=str(i))],
            stream_payload_base=ei.SignalPayload(payload_base=ei.PayloadFloat(value=price)),
        )
        for i, price in enumerate((Decimal("0.18"), Decimal("0.24"), Decimal("0.31"), Decimal("0.22")))
    ]
    signal = ei.EiEventSignal(intervals=ei.ArrayofStreamIntervals(stream_interval=intervals),
                              signal_name="ELECTRICITY_PRICE", signal_type="price", signal_id="sig-1")
    event = ei.EiEvent(
        event_descriptor=ei.EventDescriptor(
            event_id="evt-2026-11-24-1", modification_number=0,
            ei_market_context=ei.EiMarketContext(market_context=MARKET),
            created_date_time=START - timedelta(hours=2), event_status="far"),
        ei_active_period=ei.Vcalendar(
            properties=ei.ArrayOfProperties(base_property=[ei.DtstartProp(date_time=START),
                                                           ei.Duration(duration=4 * QUARTER)]),
            components=ei.ArrayOfVcalendarContainedComponents()),
        ei_event_signals=ei.ArrayOfSignals(ei_event_signal=[signal]),
    )
    return ei.EiDistributeEvent(request_id="req-0002", vtn_id="vtn-building-7", ei_event=[event],
                                ei_target=ei.EiTarget(ven_id=["ven-battery-1"]))


def openadr_event() -> oadr.OadrDistributeEvent:
    """A SIMPLE level signal, as an OpenADR 2.0b VTN distributes it."""
    from energyinterop.xml.anyelement import AnyElement

    intervals = [
        oadr.Interval(duration=oadr.DurationProp(duration=QUARTER), uid=oadr.Uid(text=str(i)),
                      stream_payload_base=[oadr.SignalPayload(payload_base=oadr.PayloadFloat(value=Decimal(level)))])
        for i, level in enumerate((1, 2, 2, 1))
    ]
    event = oadr.EiEvent(
        event_descriptor=oadr.EventDescriptor(
            event_id="evt-17", modification_number=0, priority=1,
            ei_market_context=oadr.EiMarketContext(market_context=MARKET),
            created_date_time=START - timedelta(hours=2), event_status=oadr.EventStatusEnumerated.far),
        ei_active_period=oadr.EiActivePeriod(
            properties=oadr.Properties(dtstart=oadr.Dtstart(date_time=START),
                                       duration=oadr.DurationProp(duration=4 * QUARTER)),
            components=AnyElement('<components xmlns="urn:ietf:params:xml:ns:icalendar-2.0"></components>')),
        ei_event_signals=oadr.EiEventSignals(ei_event_signal=[oadr.EiEventSignal(
            intervals=oadr.Intervals(interval=intervals), signal_name="SIMPLE",
            signal_type=oadr.SignalTypeEnumerated.level, signal_id="sig-1",
            current_value=oadr.CurrentValue(payload_float=oadr.PayloadFloat(value=Decimal(0))))]),
        ei_target=oadr.EiTarget(ven_id=["ven-battery-1"]),
    )
    return oadr.OadrDistributeEvent(request_id="req-0003", vtn_id="vtn-building-7", schema_version="2.0b",
                                    oadr_event=[oadr.OadrEvent(ei_event=event,
                                                               oadr_response_required=oadr.ResponseRequired.always)])


def show(title: str, codec: Codec, data: bytes, decoded: Any, built: Any) -> None:
    root = codec.parse(data)  # hardened parse + validation against the schema set
    print(f"{title}")
    print(f"  encoded    {len(data):5d} bytes, root <{root.prefix}:{root.tag.split('}')[1]}>")
    print(f"  validated  against schemas/{codec.schema_set.name} ({codec.schema_set.entry})")
    print(f"  decoded    {type(decoded).__name__}; equal to what was built: {decoded == built}")


def main() -> None:
    ei_codec, oadr_codec = ei.ei_codec(), oadr.openadr_codec()

    tender_payload = temix_tender_payload()
    data = ei_codec.encode(tender_payload)
    decoded = ei_codec.decode(data)
    show("1. TEMIX tender (EiCreateTender)", ei_codec, data, decoded, tender_payload)
    from emix.temix import terms_of

    for tender in decoded.ei_tender:
        terms = terms_of(tender)  # also checks the TEMIX rules XSD cannot express
        print(f"  tender     {tender.tender_id!r}: {terms.side.value} {terms.quantity} kW "
              f"{terms.start:%H:%M}-{terms.end:%H:%M} at {terms.price} {terms.currency.value}/kWh "
              f"(integralOnly={tender.emix_base.integral_only})")

    event_payload = ei_price_event()
    data = ei_codec.encode(event_payload)
    decoded = ei_codec.decode(data)
    show("2. EI price event (EiDistributeEvent)", ei_codec, data, decoded, event_payload)
    signal = decoded.ei_event[0].ei_event_signals.ei_event_signal[0]
    prices = [str(i.stream_payload_base.payload_base.value) for i in signal.intervals.stream_interval]
    print(f"  signal     {signal.signal_name} ({signal.signal_type}) prices {', '.join(prices)} USD/kWh")

    message = openadr_event()
    data = oadr_codec.encode_message(message, signed_object_id="oadrSignedObject")
    decoded = oadr_codec.decode_message(data)
    show("3. OpenADR 2.0b event (oadrDistributeEvent)", oadr_codec, data, decoded, message)
    descriptor = decoded.oadr_event[0].ei_event.event_descriptor
    print(f"  event      {descriptor.event_id} status={descriptor.event_status.value} "
          f"starts {decoded.oadr_event[0].ei_event.ei_active_period.properties.dtstart.date_time.isoformat()}")

    tampered = data.replace(b"<ei:eventStatus>far<", b"<ei:eventStatus>soon<")
    try:
        oadr_codec.decode(tampered)
    except CodecError as error:
        print("4. a tampered copy is refused")
        print(f"  {type(error).__name__} (response code {int(error.code)}) at line {error.line}")
        print(f"  path   {error.path}")
        print(f"  reason {error.reason[:110]}...")


if __name__ == "__main__":
    main()

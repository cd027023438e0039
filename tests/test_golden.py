"""Golden documents: every OpenADR 2.0b message, every EI payload and a few EMIX documents.

Each golden decodes to the class of its root element, re-encodes to a document the
compiled schema accepts, and that document means the same as the golden (both decode to
equal objects). Spot checks per family pin the Python types the codec promises.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from energyinterop import ei, openadr
from energyinterop.codec import Codec, decode, ei_codec, openadr_codec
from energyinterop.xml.anyelement import AnyElement

GOLDEN = Path(__file__).parent / "data" / "golden"
SCHEMAS = Path(__file__).parent.parent / "schemas"
XS = "{http://www.w3.org/2001/XMLSchema}"

OPENADR_MESSAGES = frozenset({
    "oadrQueryRegistration", "oadrCreatePartyRegistration", "oadrCreatedPartyRegistration",
    "oadrCancelPartyRegistration", "oadrCanceledPartyRegistration", "oadrRequestReregistration",
    "oadrRequestEvent", "oadrDistributeEvent", "oadrCreatedEvent", "oadrResponse",
    "oadrRegisterReport", "oadrRegisteredReport", "oadrCreateReport", "oadrCreatedReport",
    "oadrUpdateReport", "oadrUpdatedReport", "oadrCancelReport", "oadrCanceledReport",
    "oadrCreateOpt", "oadrCreatedOpt", "oadrCancelOpt", "oadrCanceledOpt", "oadrPoll",
})

GOLDEN_FILES = sorted(GOLDEN.glob("*/*.xml"))
XCAL = "urn:ietf:params:xml:ns:icalendar-2.0"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def golden_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def codec_of(path: Path) -> Codec:
    return openadr_codec() if path.parent.name == "openadr" else ei_codec()


def read(family: str, name: str) -> bytes:
    return (GOLDEN / family / f"{name}.xml").read_bytes()


def class_name(element_name: str) -> str:
    """Generated classes are named after their element: ``eiCreateTender`` -> ``EiCreateTender``."""
    return element_name[0].upper() + element_name[1:]


def leaves(obj):
    """Every scalar value in a decoded object tree."""
    if dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from leaves(getattr(obj, f.name))
    elif isinstance(obj, list):
        for item in obj:
            yield from leaves(item)
    elif obj is not None:
        yield obj


def stems(family: str) -> set[str]:
    return {p.stem for p in (GOLDEN / family).glob("*.xml")}


# ---------------------------------------------------------------------------
# Coverage of the golden set

def pyld_payload_elements() -> set[str]:
    """Global elements of EiPayloads.xsd typed by a payload type (not requestID & co)."""
    schema = etree.parse(str(SCHEMAS / "ei" / "EiPayloads.xsd")).getroot()
    return {e.get("name") for e in schema.findall(f"{XS}element") if e.get("type", "").startswith("pyld:")}


def signed_object_choice() -> set[str]:
    schema = etree.parse(str(SCHEMAS / "openadr" / "oadr.xsd")).getroot()
    signed = schema.find(f"{XS}element[@name='oadrSignedObject']")
    refs = signed.xpath(".//xs:choice/xs:element/@ref", namespaces={"xs": XS[1:-1]})
    return {ref.split(":")[1] for ref in refs}


def test_golden_set_covers_every_openadr_message():
    assert signed_object_choice() == OPENADR_MESSAGES
    assert stems("openadr") == OPENADR_MESSAGES


def test_golden_set_covers_every_ei_payload():
    payloads = pyld_payload_elements()
    assert len(payloads) == 73  # the count schemas/ei/README.md announces
    assert stems("ei") == payloads


def test_golden_set_has_emix_documents():
    assert stems("emix") == {"product", "emixOption", "delivery"}


# ---------------------------------------------------------------------------
# Every golden: decode, encode, validate, decode again

@pytest.mark.parametrize("path", GOLDEN_FILES, ids=golden_id)
def test_golden_decodes_to_its_root_class(path: Path):
    data = path.read_bytes()
    obj = codec_of(path).decode(data)
    if path.parent.name == "openadr":
        assert type(obj) is openadr.OadrPayload
        assert type(openadr_codec().decode_message(data)).__name__ == class_name(path.stem)
    else:
        assert type(obj).__name__ == class_name(path.stem)
    assert decode(data) == obj  # the set chosen by root element gives the same object


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=golden_id)
def test_golden_values_have_python_types(path: Path):
    """No float sneaks in, and every datetime is timezone-aware."""
    for value in leaves(codec_of(path).decode(path.read_bytes())):
        assert not isinstance(value, float), value
        if isinstance(value, datetime):
            assert value.tzinfo is not None and value.utcoffset() is not None, value


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=golden_id)
def test_golden_round_trip(path: Path):
    codec = codec_of(path)
    original = codec.decode(path.read_bytes())
    encoded = codec.encode(original)
    tree = etree.fromstring(encoded)
    assert codec.schema.validate(tree), codec.schema.error_log
    # meaning check: the golden and its re-encoding decode to equal objects
    assert codec.decode(encoded) == original
    # encoding what was decoded from an encoding is stable byte for byte
    assert codec.encode(codec.decode(encoded)) == encoded


@pytest.mark.parametrize("name", sorted(OPENADR_MESSAGES))
def test_openadr_message_round_trip(name: str):
    codec = openadr_codec()
    message = codec.decode_message(read("openadr", name))
    encoded = codec.encode_message(message, signed_object_id="so-00123")
    assert codec.decode_message(encoded) == message
    assert codec.decode(encoded).oadr_signed_object.id == "so-00123"


# ---------------------------------------------------------------------------
# Namespace declarations: a root declares the prefixes its document uses, no others


def test_roots_declare_only_the_prefixes_they_use():
    codec = openadr_codec()
    poll = openadr.OadrPoll(ven_id="0000ven042")
    data = codec.encode_message(poll)
    assert set(etree.fromstring(data).nsmap) == {"oadr", "ei"}
    assert codec.decode_message(data) == poll


def prefixes_named(root: etree._Element) -> set[str | None]:
    """Prefixes of element and attribute names anywhere in a tree, and of xsi:type values."""
    found: set[str | None] = set()
    for element in root.iter():
        found.add(element.prefix)
        for name, value in element.attrib.items():
            namespace = etree.QName(name).namespace
            found.update(prefix for prefix, uri in element.nsmap.items() if uri == namespace)
            if name == XSI_TYPE:
                found.add(value.partition(":")[0])
    return found


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=golden_id)
def test_golden_round_trip_declares_only_what_it_names(path: Path):
    codec = codec_of(path)
    root = etree.fromstring(codec.encode(codec.decode(path.read_bytes())))
    assert set(root.nsmap) <= prefixes_named(root)
    codec.validate(root)


def test_opaque_content_keeps_the_root_prefixes_its_values_name():
    """Exclusive C14N declares the prefixes an opaque element's names use; a prefix named
    only in a value (an xsi:type, say) relies on the document's, so the root keeps it."""
    codec = openadr_codec()
    message = codec.decode_message(read("openadr", "oadrDistributeEvent"))
    period = message.oadr_event[0].ei_event.ei_active_period
    period.components = AnyElement(xml=f'<xcal:components xmlns:xcal="{XCAL}"><x:kind xmlns:x="urn:example">'
                                       "scale:k</x:kind></xcal:components>")
    data = codec.encode_message(message)
    assert "scale" in etree.fromstring(data).nsmap
    assert codec.decode_message(data) == message


def test_opaque_namespace_with_an_ampersand_stays_well_formed_on_the_wire():
    """libxml2's C14N leaves '&' in a namespace URI unescaped; the opaque text escapes it, so
    the encoded message parses, validates and decodes to the same content."""
    codec = openadr_codec()
    message = codec.decode_message(read("openadr", "oadrDistributeEvent"))
    message.oadr_event[0].ei_event.ei_active_period.components = AnyElement(
        xml=f'<xcal:components xmlns:xcal="{XCAL}"><x:kind xmlns:x="urn:placeholder"></x:kind></xcal:components>')
    document = codec.encode_message(message).replace(b"urn:placeholder", b"urn:a&amp;b")
    decoded = codec.decode_message(document)
    components = decoded.oadr_event[0].ei_event.ei_active_period.components
    assert 'xmlns:x="urn:a&amp;b"' in components.xml
    again = codec.encode_message(decoded)
    assert etree.fromstring(again).find(f".//{{{XCAL}}}components/{{urn:a&b}}kind") is not None
    assert codec.decode_message(again) == decoded
    empty = AnyElement.from_element(etree.fromstring(b'<p:e xmlns:p="urn:a&amp;b"/>'))
    assert empty.xml == '<p:e xmlns:p="urn:a&amp;b"></p:e>'
    assert etree.fromstring(empty.xml).tag == "{urn:a&b}e"


# ---------------------------------------------------------------------------
# Spot checks per family

def test_openadr_distribute_event_values():
    message = openadr_codec().decode_message(read("openadr", "oadrDistributeEvent"))
    assert message.request_id == "REQ-00127"
    price_event, dispatch_event = (e.ei_event for e in message.oadr_event)
    descriptor = price_event.event_descriptor
    assert descriptor.event_id == "00123"  # an ID stays a string, leading zeros kept
    assert descriptor.modification_number == 1
    assert descriptor.created_date_time == datetime(2024, 7, 15, 16, tzinfo=timezone.utc)
    assert descriptor.event_status is openadr.EventStatusEnumerated.far
    properties = price_event.ei_active_period.properties
    assert properties.duration.duration == timedelta(hours=3)
    assert properties.x_ei_notification.duration == timedelta(days=1)
    price, level = price_event.ei_event_signals.ei_event_signal
    assert price.signal_type is openadr.SignalTypeEnumerated.price
    assert [i.stream_payload_base[0].payload_base.value for i in price.intervals.interval] == [
        Decimal("0.215"), Decimal("0.4875"), Decimal("0.31")]
    assert type(price.item_base) is openadr.CurrencyPerKWh  # concrete member of emix:itemBase
    assert level.ei_target.group_id == ["GRP-0007"]
    dispatch = dispatch_event.ei_event_signals.ei_event_signal[0]
    assert type(dispatch.item_base) is openadr.PowerReal
    assert dispatch.item_base.power_attributes.voltage == Decimal("240")
    assert message.oadr_event[1].oadr_response_required is openadr.ResponseRequired.never


def test_openadr_report_values():
    message = openadr_codec().decode_message(read("openadr", "oadrUpdateReport"))
    report = message.oadr_report[0]
    assert report.report_specifier_id == "00789"
    first = report.intervals.interval[0]
    assert first.duration.duration == timedelta(minutes=15)
    usage, status = first.stream_payload_base
    assert type(usage) is openadr.OadrReportPayload
    assert usage.confidence == 98 and usage.accuracy == Decimal("0.5")
    assert usage.payload_base.value == Decimal("12.75")
    assert type(status.payload_base) is openadr.OadrPayloadResourceStatus
    assert status.payload_base.oadr_online is True
    assert status.payload_base.oadr_load_control_state.oadr_capacity.oadr_current == Decimal("65.5")

    metadata = openadr_codec().decode_message(read("openadr", "oadrRegisterReport")).oadr_report[0]
    rates = [d.oadr_sampling_rate for d in metadata.oadr_report_description]
    assert rates[0].oadr_min_period == timedelta(minutes=1)
    assert type(metadata.oadr_report_description[2].item_base) is openadr.Temperature


def test_openadr_registration_values():
    message = openadr_codec().decode_message(read("openadr", "oadrCreatedPartyRegistration"))
    assert message.ven_id == "0000ven042"
    profiles = [p.oadr_profile_name for p in message.oadr_profiles.oadr_profile]
    assert profiles == [openadr.OadrProfile("2.0a"), openadr.OadrProfile("2.0b")]
    assert all(type(p) is openadr.OadrProfile for p in profiles)
    assert message.oadr_requested_oadr_poll_freq.duration == timedelta(seconds=10)


def test_ei_tender_is_a_temix_product():
    payload = ei_codec().decode(read("ei", "eiCreateTender"))
    assert (payload.party_id, payload.counter_party_id) == ("00123", "00456")
    buy, sell = payload.ei_tender
    assert (buy.tender_id, sell.tender_id) == ("TDR-000981", "TDR-000982")
    assert sell.emix_base.side is ei.Side.sell
    product = buy.emix_base
    assert type(product) is ei.Product  # xsi:type="emix:ProductType" kept
    assert product.transactive_state is ei.TransactiveState.tender
    assert product.side is ei.Side.buy
    assert product.expiration_date.tzinfo is not None
    (interval,) = product.components.vcalendar_contained_component
    duration, uid, attach = interval.properties.base_property
    assert duration.duration == timedelta(hours=1) and uid.text == "0"
    (temix,) = attach.items
    assert type(temix) is ei.TemixPower
    assert type(temix.emix_interface) is ei.Pnode
    assert temix.price.value == Decimal("42.50")
    assert temix.quantity == Decimal("2.5")
    assert type(temix.power_item) is ei.PowerReal


def test_ei_event_values():
    event = ei_codec().decode(read("ei", "eiCreateEvent")).ei_event
    assert event.event_descriptor.event_id == "00123"
    assert event.event_descriptor.ei_market_context.simple_level_context.level_upper_limit == 3
    price, level, dispatch, baseline = (*event.ei_event_signals.ei_event_signal,
                                        *event.ei_event_signals.ei_event_baseline)
    payloads = [i.stream_payload_base.payload_base for i in price.intervals.stream_interval]
    assert [type(p) for p in payloads] == [ei.PayloadPrice] * 3
    assert payloads[0].price.value == Decimal("0.2150")
    assert type(price.item_base) is ei.EnergyReal  # xsi:type="power:EnergyRealType" kept
    assert level.intervals.stream_interval[1].stream_payload_base.payload_base.level == 3
    dispatch_payload = dispatch.intervals.stream_interval[0].stream_payload_base.payload_base
    assert dispatch_payload.quantity == Decimal("-150.0")
    assert baseline.baseline_id == "BL-0003"
    assert type(event.ei_target.emix_interface[0]) is ei.Pnode


def test_ei_response_keeps_the_substitution_member():
    response = ei_codec().decode(read("ei", "eiCreatedEvent")).ei_response
    assert type(response.ref_id) is ei.RefID and response.ref_id.value == "REQ-00123"
    assert response.response_code == "200"


def test_ei_report_values():
    report = ei_codec().decode(read("ei", "eiUpdateReport")).ei_report[0]
    assert report.report_request_id == "RR-00001"
    intervals = report.intervals.stream_interval
    assert len(intervals) == 3
    assert intervals[0].stream_payload_base.confidence == 98
    assert type(intervals[2].stream_payload_base.payload_base) is ei.PayloadQuantity
    assert report.snap.status_date_time == datetime(2024, 7, 16, 17, 45, tzinfo=timezone.utc)
    assert type(report.report_description[0].report_data_source.emix_interface[0]) is ei.MeterAsset


def test_emix_option_and_delivery_values():
    option = ei_codec().decode(read("emix", "emixOption"))
    assert option.uid == "00982"
    assert option.option_premium.value == Decimal("1.25")
    assert option.option_holder_side is ei.Side.buy
    delivery = ei_codec().decode(read("emix", "delivery"))
    assert delivery.injection is False
    intervals = delivery.components.vcalendar_contained_component
    measurements = [i.properties.base_property[2].items[0] for i in intervals]
    assert [m.quantity for m in measurements] == [Decimal("1.24"), Decimal("1.27")]

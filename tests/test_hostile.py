"""Hostile and broken input: each document raises its CodecError subclass, quickly.

No entity is ever expanded, no file or URL is ever read, a size or depth bomb is refused
before it costs anything, and nothing leaks: not a secret file's content, not a file
descriptor.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from energyinterop.codec import EICodec, OpenADRCodec, decode, ei_codec, openadr_codec
from energyinterop.ei._binding import BINDING as EI_BINDING
from energyinterop.openadr._binding import BINDING as OPENADR_BINDING
from energyinterop.xml.binding import max_valid_depth
from energyinterop.xml.errors import (
    CodecError,
    DocumentTooLarge,
    HostileDocument,
    MalformedDocument,
)
from energyinterop.xml.parser import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, HardenedParser, ParseLimits

GOLDEN = Path(__file__).parent / "data" / "golden"
OADR = "http://openadr.org/oadr-2.0b/2012/07"
EI = "http://docs.oasis-open.org/ns/energyinterop/201110"
SECRET = "s3cr3t-f1le-c0ntent-42"
TIME_LIMIT = 2.0  # seconds; generous, it only has to prove there is no hang

ENTRY_POINTS: dict[str, Callable[[object], object]] = {
    "openadr.decode": lambda data: openadr_codec().decode(data),
    "openadr.decode_message": lambda data: openadr_codec().decode_message(data),
    "ei.decode": lambda data: ei_codec().decode(data),
    "decode": decode,
}


def poll_with(vendor_id: str, prolog: str = "") -> bytes:
    """A realistic oadrPoll whose venID text is ``vendor_id`` (e.g. an entity reference)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
        f'<oadr:oadrPayload xmlns:oadr="{OADR}" xmlns:ei="{EI}">'
        f"<oadr:oadrSignedObject><oadr:oadrPoll><ei:venID>{vendor_id}</ei:venID>"
        f"</oadr:oadrPoll></oadr:oadrSignedObject></oadr:oadrPayload>"
    ).encode()


def with_doctype(declaration: str, vendor_id: str = "0000ven042") -> bytes:
    return poll_with(vendor_id, f"<!DOCTYPE oadr:oadrPayload {declaration}>\n")


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    return with_doctype(f"[{entities}]", "&lol9;")


def quadratic_blowup() -> bytes:
    # one 50 kB entity referenced 15,000 times: 750 MB if expanded, under 100 kB on the wire
    entity = f'<!ENTITY a "{"x" * 50_000}">'
    return with_doctype(f"[{entity}]", "&a;" * 15_000)


def nested(depth: int) -> bytes:
    return b"<a>" * depth + b"</a>" * depth


def golden(name: str, family: str = "openadr") -> bytes:
    return (GOLDEN / family / f"{name}.xml").read_bytes()


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "secret.txt"
    path.write_text(SECRET)
    return path


@cache
def hostile_cases(secret: Path) -> dict[str, tuple[object, type[CodecError]]]:
    """Case id -> (input, expected error class)."""
    url = secret.as_uri()
    return {
        "billion-laughs": (billion_laughs(), HostileDocument),
        "quadratic-blowup": (quadratic_blowup(), HostileDocument),
        "xxe-file-entity": (with_doctype(f'[<!ENTITY xxe SYSTEM "{url}">]', "&xxe;"), HostileDocument),
        "external-dtd-http": (with_doctype('SYSTEM "http://evil.example.com/x.dtd"'), HostileDocument),
        "external-dtd-file": (with_doctype(f'SYSTEM "{secret}"'), HostileDocument),
        "parameter-entity": (with_doctype(f'[<!ENTITY % p SYSTEM "{url}"> %p;]'), HostileDocument),
        "undeclared-entity": (poll_with("&xxe;"), MalformedDocument),
        "over-default-size-cap": (poll_with("x" * DEFAULT_MAX_BYTES), DocumentTooLarge),
        "just-over-depth-cap": (nested(DEFAULT_MAX_DEPTH + 1), DocumentTooLarge),
        "truncated": (golden("oadrDistributeEvent")[:3000], MalformedDocument),
        "empty": (b"", MalformedDocument),
        "whitespace-only": (b" \n\t\r\n ", MalformedDocument),
        "declaration-only": (b'<?xml version="1.0" encoding="UTF-8"?>\n', MalformedDocument),
        "utf-16-with-bom": (golden("oadrPoll").decode().replace("UTF-8", "UTF-16").encode("utf-16"),
                            MalformedDocument),
        "latin-1-declared": (poll_with("caf\xe9").decode().replace("UTF-8", "ISO-8859-1").encode("latin-1"),
                             MalformedDocument),
        "invalid-utf-8": (poll_with("0000ven042").replace(b"0000", b"\xff\xfe\xc3"), MalformedDocument),
        "not-bytes-str": (golden("oadrPoll").decode(), MalformedDocument),
        "not-bytes-none": (None, MalformedDocument),
    }


CASE_IDS = sorted(hostile_cases(Path("/ids-only")))  # the ids do not depend on the path


def assert_no_secret(exc: BaseException) -> None:
    for text in (str(exc), repr(exc), exc.reason, str(exc.path), repr(exc.args)):
        assert SECRET not in text


def raise_timed(entry: Callable[[object], object], data: object, expected: type[CodecError]) -> CodecError:
    start = time.perf_counter()
    with pytest.raises(CodecError) as info:
        entry(data)
    assert time.perf_counter() - start < TIME_LIMIT
    assert type(info.value) is expected, info.value  # exactly the class, not a neighbour
    return info.value


@pytest.mark.parametrize("entry_name", sorted(ENTRY_POINTS))
@pytest.mark.parametrize("case_id", CASE_IDS)
def test_hostile_input_raises_its_error(case_id: str, entry_name: str, secret_file: Path):
    data, expected = hostile_cases(secret_file)[case_id]
    exc = raise_timed(ENTRY_POINTS[entry_name], data, expected)
    assert exc.reason.strip()
    assert_no_secret(exc)


def test_malformed_document_has_a_line():
    exc = raise_timed(decode, golden("oadrDistributeEvent")[:3000], MalformedDocument)
    assert isinstance(exc.line, int) and exc.line > 1
    assert f"line {exc.line}" in str(exc)


def test_too_large_answers_413():
    exc = raise_timed(decode, poll_with("x" * DEFAULT_MAX_BYTES), DocumentTooLarge)
    assert exc.http_status == 413


def test_very_deep_nesting_is_too_large():
    raise_timed(decode, nested(10_000), DocumentTooLarge)


def test_depth_at_the_cap_parses():
    root = openadr_codec().parser.parse(nested(DEFAULT_MAX_DEPTH))
    assert root.tag == "a"


def test_configured_size_cap():
    codec = OpenADRCodec(limits=ParseLimits(max_bytes=2048))
    small, large = golden("oadrPoll"), golden("oadrDistributeEvent")
    assert len(small) <= 2048 < len(large)
    assert codec.decode_message(small).ven_id == "0000ven042"
    raise_timed(codec.decode, large, DocumentTooLarge)


def test_configured_size_cap_ei():
    codec = EICodec(limits=ParseLimits(max_bytes=1024))
    small, large = golden("eiCancelEvent", "ei"), golden("eiCreateEvent", "ei")
    assert len(small) <= 1024 < len(large)
    assert codec.decode(small).event_id == ["00123", "00124"]
    raise_timed(codec.decode, large, DocumentTooLarge)


def test_configured_depth_cap():
    codec = OpenADRCodec(limits=ParseLimits(max_depth=8))
    assert codec.decode_message(golden("oadrPoll")).ven_id == "0000ven042"  # 4 levels deep
    raise_timed(codec.decode, golden("oadrDistributeEvent"), DocumentTooLarge)  # 10 levels deep


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_no_file_descriptor_leak(secret_file: Path):
    inputs = [data for data, _ in hostile_cases(secret_file).values()]
    before = len(os.listdir("/proc/self/fd"))
    for i in range(200):
        with pytest.raises(CodecError):
            decode(inputs[i % len(inputs)])
    assert len(os.listdir("/proc/self/fd")) <= before


def test_depth_caps_libxml2_cannot_honour_are_refused():
    """libxml2 stops at 256 levels by itself, so a larger cap would be a promise not kept."""
    with pytest.raises(ValueError, match="max_depth"):
        ParseLimits(max_depth=300)


def test_doctype_text_inside_cdata_is_content_not_a_declaration():
    root = HardenedParser().parse(b"<a><![CDATA[<!DOCTYPE x>]]></a>")
    assert root.text == "<!DOCTYPE x>"


def test_utf32_is_named_as_such():
    with pytest.raises(MalformedDocument, match="UTF-32"):
        HardenedParser().parse(b"\xff\xfe\x00\x00<\x00\x00\x00")


# Decoding skips the parser's whole-tree depth check when the schema set keeps every valid
# document within the cap outside opaque content (OpenADR: 15 levels); opaque content
# (xcal:components is xs:anyType) may nest freely, so the binding checks what it keeps.


def distribute_event_with_deep_components(levels: int) -> bytes:
    """The golden oadrDistributeEvent (components at depth 7) with ``levels`` nested
    foreign elements in its first xcal:components: valid, and 7 + levels deep."""
    inner = '<x:a xmlns:x="urn:example:deep">' * levels + "</x:a>" * levels
    data = golden("oadrDistributeEvent").decode()
    return data.replace('<xcal:components xsi:nil="true"/>', f"<xcal:components>{inner}</xcal:components>", 1).encode()


def test_openadr_documents_are_shallow_outside_opaque_content():
    assert max_valid_depth(OPENADR_BINDING) <= DEFAULT_MAX_DEPTH  # the fast path is taken
    assert max_valid_depth(EI_BINDING) is None  # recursive types: the parser always checks


@pytest.mark.parametrize("entry_name", ["openadr.decode", "openadr.decode_message", "decode"])
def test_deep_opaque_content_is_too_large(entry_name: str):
    at_cap = distribute_event_with_deep_components(DEFAULT_MAX_DEPTH - 7)
    assert openadr_codec().schema.validate(HardenedParser().parse(at_cap))
    ENTRY_POINTS[entry_name](at_cap)
    raise_timed(ENTRY_POINTS[entry_name], distribute_event_with_deep_components(DEFAULT_MAX_DEPTH - 6),
                DocumentTooLarge)


def test_deep_and_invalid_is_too_large_before_invalid():
    deep = distribute_event_with_deep_components(DEFAULT_MAX_DEPTH).replace(b"ei:eventID>", b"ei:eventId>")
    assert not openadr_codec().schema.validate(HardenedParser(ParseLimits(max_depth=255)).parse(deep))
    raise_timed(openadr_codec().decode, deep, DocumentTooLarge)

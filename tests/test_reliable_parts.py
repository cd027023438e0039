"""The small parts of reliable messaging on their own, with the usual-case shortcuts each
takes (one range, the next number) held to the general answer: ``RangeSet`` against a plain
set of numbers, the source's acknowledgement checks, the destination's delivery record and
the HTTP header form."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from energyinterop.wrappers.reliable import Destination, Source, http_form, keys
from energyinterop.wrappers.reliable.faults import InvalidAcknowledgement
from energyinterop.wrappers.reliable.messages import RmHeaders, SequenceAcknowledgement, SequenceHeader
from energyinterop.wrappers.reliable.ranges import RangeSet, format_ranges

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


def expected_ranges(numbers: set[int]) -> tuple[tuple[int, int], ...]:
    """The disjoint inclusive ranges of a set of numbers, computed the plain way."""
    ranges: list[list[int]] = []
    for number in sorted(numbers):
        if ranges and number == ranges[-1][1] + 1:
            ranges[-1][1] = number
        else:
            ranges.append([number, number])
    return tuple((lower, upper) for lower, upper in ranges)


@given(st.lists(st.integers(min_value=1, max_value=60), max_size=80))
def test_a_range_set_holds_what_was_added_whatever_the_order(numbers: list[int]) -> None:
    ranges = RangeSet()
    for number in numbers:  # runs of next numbers take the shortcut, the rest the bisect
        ranges.add(number)
    assert ranges.ranges == expected_ranges(set(numbers))
    assert list(ranges) == sorted(set(numbers))
    assert all((n in ranges) == (n in numbers) for n in range(0, 62))
    lowest_missing = next(n for n in range(1, 62) if n not in numbers)
    assert ranges.through == lowest_missing - 1
    assert RangeSet.parse(ranges.format()) == ranges


def test_ranges_are_written_as_the_form_says() -> None:
    assert format_ranges(((1, 1),)) == "1" and format_ranges(((1, 41),)) == "1-41"
    assert format_ranges(((1, 5), (7, 7), (9, 12))) == "1-5,7,9-12" and format_ranges(()) == ""
    assert RangeSet([(3, 4)]).through == 0 and RangeSet().through == 0


def sent(count: int) -> Source:
    source = Source("urn:uuid:s")
    for _ in range(count):
        source.send("EiEvent", b"<m/>")
    return source


@pytest.mark.parametrize("ack", [
    SequenceAcknowledgement("urn:uuid:s", ((1, 6),)),  # the usual form, one past the last sent
    SequenceAcknowledgement("urn:uuid:s", ((1, 2), (4, 6))),
    SequenceAcknowledgement("urn:uuid:s", ((1, 2),), (6,)),  # a Nack of a number never sent
    SequenceAcknowledgement("urn:uuid:s", ((1, 2),), (0,)),
    SequenceAcknowledgement("urn:uuid:s", (), (9,)),
])
def test_an_acknowledgement_of_numbers_never_sent_is_refused(ack: SequenceAcknowledgement) -> None:
    source = sent(5)
    with pytest.raises(InvalidAcknowledgement):
        source.on_ack(ack, NOW)
    assert sorted(source.unacked) == [1, 2, 3, 4, 5]  # nothing forgotten on the way


def test_acknowledged_messages_are_forgotten_with_their_keys() -> None:
    source = sent(5)
    newly, writes = source.on_ack(SequenceAcknowledgement("urn:uuid:s", ((1, 3),)), NOW)
    assert newly == [1, 2, 3] and sorted(source.unacked) == [4, 5]
    assert writes == {keys.message("urn:uuid:s", n): None for n in (1, 2, 3)}
    newly, writes = source.on_ack(SequenceAcknowledgement("urn:uuid:s", ((1, 3), (5, 5)), (4,)), NOW)
    assert newly == [5] and sorted(source.unacked) == [4]
    # The highest number sent is forgotten: the meta keeps the next number.
    assert sorted(writes) == sorted([keys.message("urn:uuid:s", 5), keys.source("urn:uuid:s")])
    # Request/response: acknowledged, but kept until the answer comes.
    kept = sent(2)
    assert kept.on_ack(SequenceAcknowledgement("urn:uuid:s", ((1, 2),)), NOW, forget=False) == ([1, 2], {})
    assert sorted(kept.unacked) == [1, 2]


def test_a_delivery_record_grows_one_number_at_a_time_and_drops_its_marker_only_when_written() -> None:
    destination = Destination("urn:uuid:d")
    assert destination.receive(1, b"<m/>", NOW).writes == {keys.in_progress("urn:uuid:d", 1): b""}
    assert destination.delivered(1) == {keys.delivered("urn:uuid:d"): b"1",
                                        keys.in_progress("urn:uuid:d", 1): None}
    assert destination.receive(2, b"<m/>", NOW).writes == {keys.in_progress("urn:uuid:d", 2): b""}
    assert destination.delivered(2, marked=False) == {keys.delivered("urn:uuid:d"): b"1-2"}
    assert destination.next_expected == 3 and destination.ack().ranges == ((1, 2),)
    assert set(destination.receive(5, b"<m/>", NOW).writes) == {keys.held("urn:uuid:d", 5)}  # a gap: held
    assert destination.next_expected == 3 and destination.ack().nacks == (3, 4)


def test_the_header_form_reads_back_what_it_writes_and_adds_to_headers_given() -> None:
    rm = RmHeaders(sequence=SequenceHeader("urn:uuid:a", 7),
                   acks=[SequenceAcknowledgement("urn:uuid:b", ((1, 5), (7, 7)), (6,))])
    headers = {"Content-Type": "application/xml"}
    assert http_form.encode(rm, headers) is headers
    assert headers == {"Content-Type": "application/xml", "EI-RM-Sequence": "urn:uuid:a; n=7",
                       "EI-RM-Ack": "urn:uuid:b; ranges=1-5,7; nack=6"}
    read = http_form.decode({"host": "x", "ei-rm-sequence": headers["EI-RM-Sequence"],
                             "Ei-Rm-Ack": headers["EI-RM-Ack"], "Expect": "100-continue"})
    assert read.sequence == rm.sequence and read.acks == rm.acks

"""Sets of message numbers as sorted, disjoint, inclusive ranges (AcknowledgementRange).

A sequence's received numbers are almost always one range plus a few gaps, so a list of
``[lower, upper]`` pairs searched with bisect keeps every operation small.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence


class RangeSet:
    """Message numbers (positive integers) as disjoint inclusive ranges, ascending."""

    __slots__ = ("_lowers", "_uppers")

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._lowers: list[int] = []
        self._uppers: list[int] = []
        for lower, upper in ranges:
            self.add_range(lower, upper)

    def __contains__(self, number: int) -> bool:
        index = bisect_right(self._lowers, number) - 1
        return index >= 0 and number <= self._uppers[index]

    def __bool__(self) -> bool:
        return bool(self._lowers)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RangeSet) and self.ranges == other.ranges

    def __repr__(self) -> str:
        return f"RangeSet({self.ranges!r})"

    def __iter__(self) -> Iterator[int]:
        for lower, upper in zip(self._lowers, self._uppers):
            yield from range(lower, upper + 1)

    def __len__(self) -> int:
        return sum(upper - lower + 1 for lower, upper in zip(self._lowers, self._uppers))

    @property
    def ranges(self) -> tuple[tuple[int, int], ...]:
        return tuple(zip(self._lowers, self._uppers))

    @property
    def highest(self) -> int:
        return self._uppers[-1] if self._uppers else 0

    @property
    def through(self) -> int:
        """The highest n with 1 to n all present (0: 1 is missing)."""
        return self._uppers[0] if self._lowers and self._lowers[0] == 1 else 0

    def add(self, number: int) -> None:
        uppers = self._uppers
        if uppers and uppers[-1] == number - 1:  # the usual case: the next number
            uppers[-1] = number
        else:
            self.add_range(number, number)

    def add_range(self, lower: int, upper: int) -> None:
        if lower < 1 or upper < lower:
            raise ValueError(f"not a range of message numbers: {lower}-{upper}")
        # Merge with every range that overlaps or touches [lower, upper].
        start = bisect_right(self._uppers, lower - 2)
        end = bisect_right(self._lowers, upper + 1)
        if start < end:
            lower = min(lower, self._lowers[start])
            upper = max(upper, self._uppers[end - 1])
        self._lowers[start:end] = [lower]
        self._uppers[start:end] = [upper]

    def gaps(self, below: int | None = None) -> list[int]:
        """The missing numbers from 1 up to the highest present (or up to ``below`` - 1)."""
        missing, expected = [], 1
        limit = self.highest if below is None else below - 1
        for lower, upper in zip(self._lowers, self._uppers):
            missing.extend(range(expected, min(lower, limit + 1)))
            expected = upper + 1
        missing.extend(range(expected, limit + 1))
        return missing

    def format(self) -> str:
        """``1-5,7,9-12`` (empty string for the empty set)."""
        return format_ranges(self.ranges)

    @classmethod
    def parse(cls, text: str) -> RangeSet:
        """The inverse of :meth:`format`; ``ValueError`` on anything else."""
        result = cls()
        for part in filter(None, (p.strip() for p in text.split(","))):
            lower, dash, upper = part.partition("-")
            if not lower.isdigit() or (dash and not upper.isdigit()):
                raise ValueError(f"not a message number range: {part!r}")
            result.add_range(int(lower), int(upper) if dash else int(lower))
        return result


def format_ranges(ranges: Sequence[tuple[int, int]]) -> str:
    if len(ranges) == 1:  # the usual acknowledgement
        lower, upper = ranges[0]
        return f"{lower}-{upper}" if lower != upper else str(lower)
    return ",".join(str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in ranges)

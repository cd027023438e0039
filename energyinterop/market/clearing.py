"""Clearing one delivery interval: a uniform-price double auction (a periodic call market).

Pure: arrays in, a :class:`Clearing` out; no I/O, no clock, no global state. Units and
prices are integers (units of the product, price ticks); the caller converts.

The rule, in order (docs/market.md, "Clearing", gives the reasons):

1. **Price cap.** A buy limit above ``price_cap`` is read as the cap (that buyer pays at
   most the cap, and competes at the cap by arrival); a sell limit above the cap cannot
   trade. The clearing price therefore never exceeds the cap.
2. **Priority.** Buys rank by limit high to low, sells low to high; equal limits rank by
   arrival, earlier first (price-time priority). Arrival ranks are unique within a side,
   so the ranking is a total order and the result does not depend on index order.
3. **Volume.** Write b_k for the limit of the k-th best buy *unit* and s_k for the k-th
   best sell unit. The volume is Q = the largest k with b_k >= s_k: the maximum volume
   any uniform price can support (for divisible books).
4. **Fills.** Each side fills its first Q units in priority order; at most one order per
   side (the marginal one, at the margin's price) is filled in part, and only on the long
   side.
5. **Price.** The prices at which these fills are a competitive equilibrium (the
   clearing condition D(p+1) <= Q <= D(p) and S(p-1) <= Q <= S(p), with D(p) the buy
   units with limit >= p and S(p) the sell units with limit <= p) form the integer
   interval W = [max(s_Q, b_{Q+1}), min(b_Q, s_{Q+1})] (a missing b_{Q+1} / s_{Q+1} is
   -inf / +inf). The price is W's midpoint; a half tick is rounded to the even tick.
   Nothing trades (Q = 0): the price is None.
6. **All-or-none orders** (TEMIX integralOnly). After steps 3-4, if the marginal order
   of the long side is all-or-none it is *skipped* (removed from this clearing, fill 0)
   and steps 3-4 run again on the rest, so the orders behind it take the units; repeat
   until no all-or-none order is filled in part, then price the remaining book (step 5).
   Maximum volume with indivisible orders is a knapsack problem; this greedy rule is
   deterministic and polynomial, and keeps priority over volume: a skipped order is not
   reconsidered in this clearing even if a later skip would make room for it.

Guarantees. Always: conservation (buy fills sum to sell fills, exactly), every fill in
0..quantity and all-or-none fills 0 or full, individual rationality (no buy pays above
its limit, no sell receives below its limit: nobody is paradoxically accepted), budget
balance (one price for all), price <= cap, identical fills for the same book in any
index order. Divisible books also get maximum volume, the clearing condition at the
price, and strict price-time priority (no order is filled short while an order behind it
gets units). With all-or-none orders, the clearing condition and priority hold for the
book without the skipped orders; a skipped order may be in the money at the price
("paradoxically rejected") and see orders behind it filled, and the volume can be below
the knapsack optimum.

Cost: O(n log n) for the sort, O(n) for the rest, all in numpy; plus one O(n) numpy pass
and one O(log(volume) log n) search per skipped all-or-none order (a Python loop over
those skips only; they are rare).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

INT64_MAX = int(np.iinfo(np.int64).max)
INT64_MIN = int(np.iinfo(np.int64).min)


class ClearingInputError(ValueError):
    """A book the clearing refuses: wrong types or shapes, a quantity <= 0, a side whose
    units do not fit in int64, or an arrival rank used twice on one side."""


@dataclass(frozen=True, slots=True)
class Orders:
    """One side of one interval's book. Arrays of equal length, index = the caller's order index.

    The arrays are copied to read-only int64 (bool for ``all_or_none``) on construction;
    anything else (floats, other shapes, quantities <= 0, duplicate arrival ranks on this
    side) raises :class:`ClearingInputError`. Arrival ranks only rank orders against the
    other orders of their own side, so the two sides may reuse ranks (a global arrival
    counter, unique across both sides, is the natural source).
    """

    price: np.ndarray  # int64 limit price in ticks (max for buys, min for sells)
    quantity: np.ndarray  # int64 units, > 0
    all_or_none: np.ndarray  # bool: fill fully or not at all (TEMIX integralOnly)
    arrival: np.ndarray  # int64 arrival rank; lower = earlier

    def __post_init__(self) -> None:
        price = _int64_array("price", self.price)
        quantity = _int64_array("quantity", self.quantity)
        arrival = _int64_array("arrival", self.arrival)
        all_or_none = _bool_array("all_or_none", self.all_or_none)
        if not len(price) == len(quantity) == len(all_or_none) == len(arrival):
            raise ClearingInputError(
                f"price, quantity, all_or_none and arrival differ in length: "
                f"{len(price)}, {len(quantity)}, {len(all_or_none)}, {len(arrival)}"
            )
        if len(quantity):
            if int(quantity.min()) <= 0:
                index = int(np.argmax(quantity <= 0))
                raise ClearingInputError(f"quantity[{index}] is {int(quantity[index])}; quantities must be > 0")
            # Cumulative sums of a side must fit in int64; check exactly only when they might not.
            if int(quantity.max()) > INT64_MAX // len(quantity) and sum(quantity.tolist()) > INT64_MAX:
                raise ClearingInputError("the quantities of one side add up to more than int64 can hold")
            ranks = np.sort(arrival)
            duplicate = np.flatnonzero(ranks[1:] == ranks[:-1])
            if len(duplicate):
                raise ClearingInputError(f"arrival rank {int(ranks[duplicate[0]])} is used twice on one side")
        arrays = {"price": price, "quantity": quantity, "all_or_none": all_or_none, "arrival": arrival}
        for name, array in arrays.items():
            array.flags.writeable = False
            object.__setattr__(self, name, array)

    @classmethod
    def of(
        cls,
        price: Sequence[int] | np.ndarray,
        quantity: Sequence[int] | np.ndarray,
        all_or_none: Sequence[bool] | np.ndarray | None = None,
        arrival: Sequence[int] | np.ndarray | None = None,
    ) -> Orders:
        """From sequences; no order is all-or-none and arrival is index order unless given."""
        count = len(price)
        return cls(
            price=price,
            quantity=quantity,
            all_or_none=np.zeros(count, dtype=bool) if all_or_none is None else all_or_none,
            arrival=np.arange(count, dtype=np.int64) if arrival is None else arrival,
        )

    @classmethod
    def empty(cls) -> Orders:
        return cls.of(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.price)


@dataclass(frozen=True, slots=True)
class Clearing:
    price: int | None  # the uniform clearing price in ticks; None when nothing trades
    volume: int  # units traded; == buy_fills.sum() == sell_fills.sum()
    buy_fills: np.ndarray  # int64 per buy order, same order as the input
    sell_fills: np.ndarray


def clear(buys: Orders, sells: Orders, *, price_cap: int | None = None) -> Clearing:
    """Clear one interval's book (see the module docstring for the rule)."""
    if not isinstance(buys, Orders) or not isinstance(sells, Orders):
        raise ClearingInputError("buys and sells must be Orders")
    if price_cap is not None and (
        isinstance(price_cap, bool) or not isinstance(price_cap, int | np.integer)
        or not INT64_MIN <= int(price_cap) <= INT64_MAX
    ):
        raise ClearingInputError(f"price_cap must be an int64 integer or None, not {price_cap!r}")

    buy_price = buys.price if price_cap is None else np.minimum(buys.price, int(price_cap))
    buy_side = _Side.ranked(buy_price, buys, descending=True)
    # Sells above the cap need no special case: no clipped buy reaches them.
    sell_side = _Side.ranked(sells.price, sells, descending=False)

    volume = _settle_all_or_none(buy_side, sell_side)
    price = _price(buy_side, sell_side, volume) if volume else None
    return Clearing(
        price=price,
        volume=volume,
        buy_fills=buy_side.fills(volume),
        sell_fills=sell_side.fills(volume),
    )


class _Side:
    """One side in priority order: limits, remaining quantities (0 = out of this
    clearing) and their running sums. Private working state of one clear() call."""

    __slots__ = ("order", "price", "quantity", "all_or_none", "cumulative")

    def __init__(self, order: np.ndarray, price: np.ndarray, quantity: np.ndarray, all_or_none: np.ndarray) -> None:
        self.order = order
        self.price = price
        self.quantity = quantity
        self.all_or_none = all_or_none
        self.cumulative = np.cumsum(quantity)

    @classmethod
    def ranked(cls, price: np.ndarray, orders: Orders, *, descending: bool) -> _Side:
        order = _priority(price, orders.arrival, descending=descending)
        return cls(order, price[order], orders.quantity[order], orders.all_or_none[order])

    @property
    def total(self) -> int:
        return int(self.cumulative[-1]) if len(self.cumulative) else 0

    def limit_of_unit(self, unit: int) -> int:
        """The limit of the order holding the unit-th unit (1-based) in priority order."""
        # side="left" finds the first order whose running sum reaches the unit, which
        # never is an order with quantity 0 (its running sum equals its predecessor's).
        return int(self.price[self.cumulative.searchsorted(unit, side="left")])

    def partial_all_or_none(self, volume: int) -> int | None:
        """Position of the all-or-none order that filling ``volume`` units would cut, if any."""
        position = int(self.cumulative.searchsorted(volume, side="right"))
        if position == len(self.cumulative) or not self.all_or_none[position]:
            return None
        already = int(self.cumulative[position]) - int(self.quantity[position])
        return position if already < volume else None

    def skip(self, position: int) -> None:
        self.cumulative[position:] -= self.quantity[position]
        self.quantity[position] = 0

    def fills(self, volume: int) -> np.ndarray:
        """The first ``volume`` units in priority order, scattered back to input order."""
        before = self.cumulative - self.quantity
        ranked = np.minimum(self.quantity, np.maximum(volume - before, 0))
        fills = np.empty_like(ranked)
        fills[self.order] = ranked
        return fills


def _priority(price: np.ndarray, arrival: np.ndarray, *, descending: bool) -> np.ndarray:
    """Indices in priority order: by price (best first), then by arrival (earlier first)."""
    if len(price) == 0:
        return np.zeros(0, dtype=np.int64)
    low_price, high_price = int(price.min()), int(price.max())
    first_arrival = int(arrival.min())
    arrival_span = int(arrival.max()) - first_arrival + 1
    if (high_price - low_price + 1) * arrival_span <= INT64_MAX:
        # One int64 key (price rank, then arrival) sorts several times faster than lexsort;
        # keys are unique, so any sort gives the same order.
        price_rank = (high_price - price) if descending else (price - low_price)
        return np.argsort(price_rank * arrival_span + (arrival - first_arrival))
    # ~price == -price - 1: descending without the overflow of -INT64_MIN.
    return np.lexsort((arrival, ~price if descending else price))


def _max_volume(buys: _Side, sells: _Side) -> int:
    """The largest k with b_k >= s_k (0 if none): b_k falls and s_k rises with k."""
    low, high = 0, min(buys.total, sells.total)
    while low < high:
        middle = (low + high + 1) // 2
        if buys.limit_of_unit(middle) >= sells.limit_of_unit(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _settle_all_or_none(buys: _Side, sells: _Side) -> int:
    """Step 6: skip cut all-or-none orders until none is cut; return the volume."""
    while True:
        volume = _max_volume(buys, sells)
        # At most one side can be cut: were both, their marginal units would cross and
        # volume + 1 would be feasible.
        for side in (buys, sells):
            position = side.partial_all_or_none(volume)
            if position is not None:
                side.skip(position)
                break
        else:
            return volume


def _price(buys: _Side, sells: _Side, volume: int) -> int:
    """Midpoint of the equilibrium interval W, half ticks to the even tick."""
    low = sells.limit_of_unit(volume)
    high = buys.limit_of_unit(volume)
    if volume < buys.total:
        low = max(low, buys.limit_of_unit(volume + 1))
    if volume < sells.total:
        high = min(high, sells.limit_of_unit(volume + 1))
    twice = low + high  # Python ints: no overflow
    if twice % 2 == 0:
        return twice // 2
    below = twice // 2
    return below if below % 2 == 0 else below + 1


def _int64_array(name: str, values: object) -> np.ndarray:
    array = _one_dimensional(name, values)
    if len(array) == 0:
        return np.zeros(0, dtype=np.int64)
    if array.dtype.kind == "u":
        if int(array.max()) > INT64_MAX:
            raise ClearingInputError(f"{name} holds a value above int64")
    elif array.dtype.kind != "i":
        raise ClearingInputError(f"{name} must be int64 integers, not {array.dtype}")
    return array.astype(np.int64, copy=True)


def _bool_array(name: str, values: object) -> np.ndarray:
    array = _one_dimensional(name, values)
    if len(array) and array.dtype.kind != "b":
        raise ClearingInputError(f"{name} must be booleans, not {array.dtype}")
    return array.astype(bool, copy=True)


def _one_dimensional(name: str, values: object) -> np.ndarray:
    try:
        array = np.asarray(values)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ClearingInputError(f"{name} is not an array: {exc}") from exc
    if array.ndim != 1:
        raise ClearingInputError(f"{name} must be one-dimensional, not of shape {array.shape}")
    return array

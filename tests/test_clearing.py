"""The clearing engine on hand-checked books: exact prices, volumes and fills.

Each expected value is worked out in the comment above it from the rule in
energyinterop/market/clearing.py: volume Q = the largest k with b_k >= s_k (b_k, s_k the
k-th best buy and sell unit), fills = the first Q units of each side in price-time
priority, price = the midpoint of W = [max(s_Q, b_{Q+1}), min(b_Q, s_{Q+1})], half
ticks to the even tick.
"""

from __future__ import annotations

import numpy as np
import pytest

from energyinterop.market.clearing import INT64_MAX, INT64_MIN, Clearing, ClearingInputError, Orders, clear


def fills(result: Clearing) -> tuple[list[int], list[int]]:
    return result.buy_fills.tolist(), result.sell_fills.tolist()


def check(result: Clearing, price: int | None, volume: int, buy_fills: list[int], sell_fills: list[int]) -> None:
    assert (result.price, result.volume, *fills(result)) == (price, volume, buy_fills, sell_fills)
    assert result.buy_fills.dtype == np.int64 and result.sell_fills.dtype == np.int64


# --------------------------------------------------------------------------- prices


def test_marginal_seller_sets_the_price() -> None:
    # b: 5 x 100, 10 x 90; s: 8 x 50, 10 x 80. Q = 15 (b_15 = 90 >= s_15 = 80, no b_16).
    # W = [max(s_15 = 80, -inf), min(b_15 = 90, s_16 = 80)] = [80, 80].
    result = clear(Orders.of([100, 90], [5, 10]), Orders.of([50, 80], [8, 10]))
    check(result, 80, 15, [5, 10], [8, 7])


def test_midpoint_of_a_wide_interval() -> None:
    # One buy 10 @ 100, one sell 10 @ 60: W = [60, 100], midpoint 80.
    check(clear(Orders.of([100], [10]), Orders.of([60], [10])), 80, 10, [10], [10])


@pytest.mark.parametrize(
    ("buy_limit", "price"),
    [(101, 80), (103, 82), (61, 60), (63, 62)],  # 80.5 -> 80, 81.5 -> 82, 60.5 -> 60, 61.5 -> 62
)
def test_half_tick_goes_to_the_even_tick(buy_limit: int, price: int) -> None:
    check(clear(Orders.of([buy_limit], [10]), Orders.of([60], [10])), price, 10, [10], [10])


def test_negative_prices() -> None:
    # W = [-20, -5]: midpoint -12.5 -> -12 (even).
    check(clear(Orders.of([-5], [10]), Orders.of([-20], [10])), -12, 10, [10], [10])


def test_unfilled_buyer_bounds_the_price_from_below() -> None:
    # b: 4 x 100, 6 x 70; s: 4 x 10. Q = 4; b_5 = 70 keeps W = [max(10, 70), min(100, +inf)] = [70, 100].
    check(clear(Orders.of([100, 70], [4, 6]), Orders.of([10], [4])), 85, 4, [4, 0], [4])


def test_unfilled_seller_bounds_the_price_from_above() -> None:
    # b: 4 x 100; s: 4 x 10, 6 x 30. Q = 4; s_5 = 30: W = [max(10, -inf), min(100, 30)] = [10, 30].
    check(clear(Orders.of([100], [4]), Orders.of([10, 30], [4, 6])), 20, 4, [4], [4, 0])


# --------------------------------------------------------------------------- priority


def test_marginal_buyers_are_rationed_by_arrival() -> None:
    # Three buys of 5 @ 100 (arrivals 3, 1, 2), one sell of 7 @ 50: the earliest (index 1)
    # is filled, then index 2 gets the remaining 2. W = [max(50, b_8 = 100), 100] = [100, 100].
    buys = Orders.of([100, 100, 100], [5, 5, 5], arrival=[3, 1, 2])
    check(clear(buys, Orders.of([50], [7], arrival=[0])), 100, 7, [0, 5, 2], [7])


def test_marginal_sellers_are_rationed_by_arrival() -> None:
    # Sells 4 @ 30 (arrival 9) and 4 @ 30 (arrival 5), a better sell 3 @ 20; one buy of 5 @ 90.
    # Sell priority: 20, then arrival 5, then arrival 9. W = [max(s_5 = 30, -inf), min(90, s_6 = 30)].
    sells = Orders.of([30, 30, 20], [4, 4, 3], arrival=[9, 5, 7])
    check(clear(Orders.of([90], [5], arrival=[0]), sells), 30, 5, [5], [0, 2, 3])


def test_better_price_beats_earlier_arrival() -> None:
    # The late buy at 110 is filled before the early one at 100.
    buys = Orders.of([100, 110], [5, 5], arrival=[0, 1])
    check(clear(buys, Orders.of([50], [6], arrival=[2])), 100, 6, [1, 5], [6])


def test_fills_follow_orders_not_index_positions() -> None:
    # The same book with the buys listed in the other order gives the same fills per order.
    first = clear(Orders.of([100, 110], [5, 5], arrival=[0, 1]), Orders.of([50], [6], arrival=[2]))
    second = clear(Orders.of([110, 100], [5, 5], arrival=[1, 0]), Orders.of([50], [6], arrival=[2]))
    assert (first.price, first.volume) == (second.price, second.volume) == (100, 6)
    assert first.buy_fills.tolist() == second.buy_fills[::-1].tolist() == [1, 5]


# --------------------------------------------------------------------------- price cap


def test_cap_clips_buys_and_excludes_sells_above_it() -> None:
    # Cap 100: the buys (200, 150) compete at 100 by arrival; sells at 120 and 130 cannot trade.
    # b: 15 x 100; s: 8 x 90. Q = 8. W = [max(90, b_9 = 100), min(100, +inf)] = [100, 100].
    buys = Orders.of([200, 150], [10, 5], arrival=[0, 1])
    sells = Orders.of([90, 120, 130], [8, 10, 4], arrival=[2, 3, 4])
    check(clear(buys, sells, price_cap=100), 100, 8, [8, 0], [8, 0, 0])
    # Without the cap: Q = 15, W = [max(s_15 = 120, -inf), min(b_15 = 150, s_16 = 120)].
    check(clear(buys, sells), 120, 15, [10, 5], [8, 7, 0])


def test_clipped_buys_lose_their_price_priority() -> None:
    # 200 and 150 both read as 100: the earlier arrival (the 150 buy) is served first.
    buys = Orders.of([200, 150], [5, 5], arrival=[7, 3])
    check(clear(buys, Orders.of([10], [6], arrival=[0]), price_cap=100), 100, 6, [1, 5], [6])


def test_sell_at_the_cap_trades() -> None:
    check(clear(Orders.of([500], [3]), Orders.of([100], [3]), price_cap=100), 100, 3, [3], [3])


def test_cap_below_every_sell_stops_trade() -> None:
    check(clear(Orders.of([500], [3]), Orders.of([101], [3]), price_cap=100), None, 0, [0], [0])


def test_price_never_exceeds_the_cap() -> None:
    # Uncapped W = [10, 500] gives 255; the cap makes W = [10, 40] and the price 25.
    buys, sells = Orders.of([500], [3]), Orders.of([10], [3])
    assert clear(buys, sells).price == 255
    assert clear(buys, sells, price_cap=40).price == 25


# --------------------------------------------------------------------------- all-or-none


def test_all_or_none_filled_whole_before_a_divisible_order() -> None:
    # AON 6 @ 100 fits in Q = 8 whole; the divisible 10 @ 90 takes the other 2.
    # W = [max(50, b_9 = 90), min(b_8 = 90, +inf)] = [90, 90].
    buys = Orders.of([100, 90], [6, 10], all_or_none=[True, False])
    check(clear(buys, Orders.of([50], [8])), 90, 8, [6, 2], [8])


def test_cut_all_or_none_is_skipped_and_the_next_order_takes_the_units() -> None:
    # Q = 12 would cut the AON 10 @ 90 (5 + 7); it is skipped. The rest: b 5 x 100, 5 x 80,
    # s 12 x 10: Q = 10, W = [max(s_10 = 10, -inf), min(b_10 = 80, s_11 = 10)] = [10, 10].
    buys = Orders.of([100, 90, 80], [5, 10, 5], all_or_none=[False, True, False], arrival=[0, 1, 2])
    check(clear(buys, Orders.of([10], [12], arrival=[3])), 10, 10, [5, 0, 5], [10])


def test_single_all_or_none_buy_too_big_for_supply() -> None:
    buys = Orders.of([100], [10], all_or_none=[True])
    check(clear(buys, Orders.of([50, 60], [4, 4])), None, 0, [0], [0, 0])


def test_all_all_or_none_book_that_matches() -> None:
    # b: 5 x 100, 3 x 90; s: 3 x 40, 5 x 50: Q = 8, every order whole; W = [50, 90].
    buys = Orders.of([100, 90], [5, 3], all_or_none=[True, True], arrival=[0, 1])
    sells = Orders.of([40, 50], [3, 5], all_or_none=[True, True], arrival=[2, 3])
    check(clear(buys, sells), 70, 8, [5, 3], [3, 5])


def test_skips_cascade_across_sides() -> None:
    # Q = 4 cuts the sell AON 3 @ 20 (3 + 1): skipped. Then Q = 3 cuts the buy AON 4: skipped.
    buys = Orders.of([100], [4], all_or_none=[True])
    sells = Orders.of([10, 20], [3, 3], all_or_none=[True, True], arrival=[1, 2])
    check(clear(buys, sells), None, 0, [0], [0, 0])


def test_skip_on_the_sell_side_leaves_a_divisible_buy_rationed() -> None:
    # Sells AON 6 @ 10, AON 5 @ 20; one divisible buy 8 @ 100. Q = 8 cuts the second sell
    # (6 + 2 of 5): skipped. Then Q = 6, the buy is filled in part, so b_7 = 100 and
    # W = [max(s_6 = 10, b_7 = 100), min(b_6 = 100, +inf)] = [100, 100].
    sells = Orders.of([10, 20], [6, 5], all_or_none=[True, True], arrival=[1, 2])
    check(clear(Orders.of([100], [8], arrival=[0]), sells), 100, 6, [6], [6, 0])


def test_skipped_order_is_not_reconsidered() -> None:
    # Buys AON 4 @ 100, AON 2 @ 90; sells 2 @ 10, AON 3 @ 20. Q = 5 cuts the buy AON 2 @ 90
    # (4 + 1): skipped. Q = 4 cuts the sell AON 3 (2 + 2): skipped. Q = 2 cuts the buy AON 4:
    # skipped. Nothing trades, although the skipped 2 @ 90 and the 2 @ 10 could have: priority
    # over volume, and each skip is final.
    buys = Orders.of([100, 90], [4, 2], all_or_none=[True, True], arrival=[0, 1])
    sells = Orders.of([10, 20], [2, 3], all_or_none=[False, True], arrival=[2, 3])
    check(clear(buys, sells), None, 0, [0, 0], [0, 0])


# --------------------------------------------------------------------------- edge cases


def test_empty_book() -> None:
    check(clear(Orders.empty(), Orders.empty()), None, 0, [], [])


def test_buys_only() -> None:
    check(clear(Orders.of([100, 90], [5, 5]), Orders.empty()), None, 0, [0, 0], [])


def test_sells_only() -> None:
    check(clear(Orders.empty(), Orders.of([10], [5])), None, 0, [], [0])


def test_no_crossing() -> None:
    check(clear(Orders.of([50, 40], [10, 10]), Orders.of([60, 70], [10, 10])), None, 0, [0, 0], [0, 0])


def test_single_order_each_side_at_the_same_price() -> None:
    check(clear(Orders.of([5], [1]), Orders.of([5], [1])), 5, 1, [1], [1])


def test_huge_quantities_do_not_overflow() -> None:
    # 1,000 buys (2000 down to 1001) and 1,000 sells (1 up to 1000) of 10^12 units each:
    # every unit crosses, so 10^15 units per side trade.
    buys = Orders.of(np.arange(2000, 1000, -1), np.full(1000, 10**12))
    sells = Orders.of(np.arange(1, 1001), np.full(1000, 10**12))
    result = clear(buys, sells)
    assert (result.volume, int(result.buy_fills.sum()), int(result.sell_fills.sum())) == (10**15, 10**15, 10**15)
    # W = [max(s_Q = 1000, -inf), min(b_Q = 1001, +inf)] = [1000, 1001]: 1000.5 -> 1000.
    assert result.price == 1000


def test_a_side_may_hold_exactly_int64_max_units() -> None:
    half = 2**62
    buys = Orders.of([10, 9], [half, half - 1])
    sells = Orders.of([1, 2], [half - 1, half])
    # Everything crosses: W = [s_Q = 2, b_Q = 9], 5.5 -> 6.
    check(clear(buys, sells), 6, INT64_MAX, [half, half - 1], [half - 1, half])


def test_extreme_prices_take_the_lexsort_path() -> None:
    # The price span is 2^64 ticks: no single int64 key, so the engine falls back to lexsort.
    # b: 5 x MAX, 5 x MIN; s: 3 x MIN, 4 x 0. Q = 5; W = [max(s_5 = 0, b_6 = MIN), min(b_5 = MAX, s_6 = 0)].
    buys = Orders.of([INT64_MAX, INT64_MIN], [5, 5], arrival=[0, 1])
    sells = Orders.of([INT64_MIN, 0], [3, 4], arrival=[2, 3])
    check(clear(buys, sells), 0, 5, [5, 0], [3, 2])


def test_extreme_prices_midpoint() -> None:
    # W = [MIN, MAX]: MIN + MAX = -1, midpoint -0.5 -> 0 (even).
    check(clear(Orders.of([INT64_MAX], [1]), Orders.of([INT64_MIN], [1])), 0, 1, [1], [1])


def test_sides_may_share_arrival_ranks() -> None:
    # Arrival ranks order orders within a side only, so defaults (0, 1, ...) on both sides are fine.
    check(clear(Orders.of([100], [2]), Orders.of([10], [2])), 55, 2, [2], [2])


# --------------------------------------------------------------------------- Orders


def test_orders_are_read_only_copies() -> None:
    price = np.array([5, 6], dtype=np.int64)
    orders = Orders.of(price, [1, 2])
    price[0] = 99
    assert orders.price.tolist() == [5, 6]
    assert orders.arrival.tolist() == [0, 1] and orders.all_or_none.tolist() == [False, False]
    with pytest.raises(ValueError):
        orders.price[0] = 1
    assert len(orders) == 2 and len(Orders.empty()) == 0


def test_orders_accept_other_integer_dtypes() -> None:
    orders = Orders.of(np.array([5], dtype=np.int32), np.array([3], dtype=np.uint8))
    assert orders.price.dtype == np.int64 and orders.quantity.dtype == np.int64


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"price": [1, 2], "quantity": [1, 0]}, r"quantity\[1\] is 0"),
        ({"price": [1], "quantity": [-3]}, r"quantity\[0\] is -3"),
        ({"price": [1, 2], "quantity": [1]}, "differ in length: 2, 1, 2, 2"),
        ({"price": [1], "quantity": [1], "all_or_none": [True, False]}, "differ in length"),
        ({"price": [1, 2], "quantity": [1, 1], "arrival": [4, 4]}, "arrival rank 4 is used twice"),
        ({"price": [1.5], "quantity": [1]}, "price must be int64 integers, not float64"),
        ({"price": [1], "quantity": [True]}, "quantity must be int64 integers, not bool"),
        ({"price": [2**70], "quantity": [1]}, "price must be int64 integers, not object"),
        ({"price": np.array([2**63], dtype=np.uint64), "quantity": [1]}, "price holds a value above int64"),
        ({"price": [[1]], "quantity": [1]}, r"price must be one-dimensional, not of shape \(1, 1\)"),
        ({"price": [1], "quantity": [1], "all_or_none": [1]}, "all_or_none must be booleans, not int64"),
        ({"price": [1, 2], "quantity": [2**62, 2**62]}, "add up to more than int64"),
    ],
)
def test_invalid_orders_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ClearingInputError, match=message):
        Orders.of(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("cap", [True, 1.5, "100", 2**63])
def test_invalid_price_cap_is_refused(cap: object) -> None:
    with pytest.raises(ClearingInputError, match="price_cap must be an int64 integer or None"):
        clear(Orders.empty(), Orders.empty(), price_cap=cap)  # type: ignore[arg-type]


def test_clear_refuses_other_types() -> None:
    with pytest.raises(ClearingInputError, match="buys and sells must be Orders"):
        clear(([1], [1]), Orders.empty())  # type: ignore[arg-type]


def test_input_error_is_a_value_error() -> None:
    assert issubclass(ClearingInputError, ValueError)

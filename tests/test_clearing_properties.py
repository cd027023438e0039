"""Property tests of the clearing engine against a brute-force oracle.

The oracle works on small books in plain Python and shares no code with the engine: it
tries every integer price in the book's range, computes demand D(p) (buy units with
effective limit >= p) and supply S(p) (eligible sell units with limit <= p) exactly, takes
the maximum volume Q* = max_p min(D(p), S(p)), fills the first Q* units of each side in
price-time priority with Python's sorted(), and finds the equilibrium prices as every p
with D(p+1) <= Q <= D(p) and S(p-1) <= Q <= S(p): with integer ticks p+ is p + 1 and p- is
p - 1, i.e. every buy strictly above p and every sell strictly below p is filled whole,
and each side offers at least Q at p. All-or-none orders follow the documented greedy
skip, re-derived here the slow way.

Reproducible: examples are derandomized (seeded from the test) and the database is off;
``EI_HYPOTHESIS_EXAMPLES`` scales the number of examples, ``EI_HYPOTHESIS_RANDOM=1`` asks
for fresh ones.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from energyinterop.market.clearing import Clearing, Orders, clear

PROPERTIES = settings(
    max_examples=int(os.environ.get("EI_HYPOTHESIS_EXAMPLES", "15")) * 20,
    deadline=None,
    derandomize=os.environ.get("EI_HYPOTHESIS_RANDOM") != "1",
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@dataclass(frozen=True)
class Order:
    price: int
    quantity: int
    all_or_none: bool
    arrival: int


@dataclass(frozen=True)
class Book:
    buys: tuple[Order, ...]
    sells: tuple[Order, ...]
    cap: int | None

    def effective_buy(self, order: Order) -> int:
        return order.price if self.cap is None else min(order.price, self.cap)

    def sell_eligible(self, order: Order) -> bool:
        return self.cap is None or order.price <= self.cap

    def clear(self) -> Clearing:
        return clear(as_orders(self.buys), as_orders(self.sells), price_cap=self.cap)


def as_orders(orders: tuple[Order, ...]) -> Orders:
    return Orders.of(
        np.array([o.price for o in orders], dtype=np.int64),
        np.array([o.quantity for o in orders], dtype=np.int64),
        np.array([o.all_or_none for o in orders], dtype=bool),
        np.array([o.arrival for o in orders], dtype=np.int64),
    )


# --------------------------------------------------------------------------- the oracle


@dataclass(frozen=True)
class Expected:
    price: int | None
    volume: int
    buy_fills: list[int]
    sell_fills: list[int]
    skipped_buys: frozenset[int]
    skipped_sells: frozenset[int]


def demand(book: Book, buys: set[int], price: int) -> int:
    return sum(book.buys[i].quantity for i in buys if book.effective_buy(book.buys[i]) >= price)


def supply(book: Book, sells: set[int], price: int) -> int:
    return sum(book.sells[i].quantity for i in sells if book.sells[i].price <= price)


def price_range(book: Book) -> range:
    prices = [book.effective_buy(o) for o in book.buys] + [o.price for o in book.sells]
    return range(min(prices, default=0) - 2, max(prices, default=0) + 3)


def max_volume(book: Book, buys: set[int], sells: set[int]) -> int:
    return max(min(demand(book, buys, p), supply(book, sells, p)) for p in price_range(book))


def equilibrium_prices(book: Book, buys: set[int], sells: set[int], volume: int) -> list[int]:
    return [
        p for p in price_range(book)
        if demand(book, buys, p + 1) <= volume <= demand(book, buys, p)
        and supply(book, sells, p - 1) <= volume <= supply(book, sells, p)
    ]


def priority_fill(
    orders: tuple[Order, ...], active: set[int], volume: int, rank: dict[int, tuple[int, int]]
) -> list[int]:
    fills = [0] * len(orders)
    left = volume
    for i in sorted(active, key=rank.__getitem__):
        fills[i] = min(orders[i].quantity, left)
        left -= fills[i]
    return fills


def oracle(book: Book) -> Expected:
    buy_rank = {i: (-book.effective_buy(o), o.arrival) for i, o in enumerate(book.buys)}
    sell_rank = {i: (o.price, o.arrival) for i, o in enumerate(book.sells)}
    buys = set(range(len(book.buys)))
    sells = {i for i, o in enumerate(book.sells) if book.sell_eligible(o)}
    skipped_buys: set[int] = set()
    skipped_sells: set[int] = set()
    while True:
        volume = max_volume(book, buys, sells)
        buy_fills = priority_fill(book.buys, buys, volume, buy_rank)
        sell_fills = priority_fill(book.sells, sells, volume, sell_rank)
        cut_buys = {i for i in buys if book.buys[i].all_or_none and 0 < buy_fills[i] < book.buys[i].quantity}
        cut_sells = {i for i in sells if book.sells[i].all_or_none and 0 < sell_fills[i] < book.sells[i].quantity}
        assert len(cut_buys) + len(cut_sells) <= 1, "a maximum-volume fill cuts at most one order"
        if not cut_buys and not cut_sells:
            break
        buys -= cut_buys
        sells -= cut_sells
        skipped_buys |= cut_buys
        skipped_sells |= cut_sells
    price = None
    if volume:
        window = equilibrium_prices(book, buys, sells, volume)
        price = round(Fraction(window[0] + window[-1], 2))  # round() on a Fraction: half to even
    return Expected(price, volume, buy_fills, sell_fills, frozenset(skipped_buys), frozenset(skipped_sells))


# --------------------------------------------------------------------------- books


@st.composite
def books(
    draw: st.DrawFn,
    *,
    all_or_none: st.SearchStrategy[bool] = st.just(False),
    max_orders: int = 7,
    quantities: st.SearchStrategy[int] = st.integers(1, 12),
) -> Book:
    buy_count = draw(st.integers(0, max_orders))
    sell_count = draw(st.integers(0, max_orders))
    # Few distinct prices, so ties at the margin (where arrival decides) are common.
    prices = st.integers(-3, 12)
    arrivals = draw(st.permutations(range(buy_count + sell_count)))

    def side(count: int, first: int) -> tuple[Order, ...]:
        return tuple(
            Order(draw(prices), draw(quantities), draw(all_or_none), arrivals[first + i]) for i in range(count)
        )

    buys, sells = side(buy_count, 0), side(sell_count, buy_count)
    cap = draw(st.none() | st.integers(-3, 12))
    return Book(buys, sells, cap)


aon_books = books(all_or_none=st.booleans())
all_aon_books = books(all_or_none=st.just(True))


# --------------------------------------------------------------------------- properties


def assert_matches_oracle(book: Book, result: Clearing) -> Expected:
    expected = oracle(book)
    assert (result.price, result.volume) == (expected.price, expected.volume)
    assert result.buy_fills.tolist() == expected.buy_fills
    assert result.sell_fills.tolist() == expected.sell_fills
    return expected


def assert_always(book: Book, result: Clearing) -> None:
    """What holds for every book, all-or-none orders or not."""
    buy_fills, sell_fills = result.buy_fills.tolist(), result.sell_fills.tolist()
    # Conservation, exactly.
    assert sum(buy_fills) == sum(sell_fills) == result.volume
    # Fills within 0..quantity; all-or-none fills 0 or whole.
    for orders, fills in ((book.buys, buy_fills), (book.sells, sell_fills)):
        for order, fill in zip(orders, fills, strict=True):
            assert 0 <= fill <= order.quantity
            assert not order.all_or_none or fill in (0, order.quantity)
    if result.volume == 0:
        assert result.price is None
        return
    price = result.price
    assert price is not None
    # Individual rationality: no buy pays above its limit, no sell is paid below its limit.
    assert all(price <= o.price for o, f in zip(book.buys, buy_fills, strict=True) if f)
    assert all(price >= o.price for o, f in zip(book.sells, sell_fills, strict=True) if f)
    # Budget balance: at one price, what buyers pay is what sellers receive.
    assert sum(f * price for f in buy_fills) == sum(f * price for f in sell_fills)
    if book.cap is not None:
        assert price <= book.cap
        assert all(f == 0 for o, f in zip(book.sells, sell_fills, strict=True) if o.price > book.cap)


def assert_priority(book: Book, result: Clearing, *, exempt_buys: set[int], exempt_sells: set[int]) -> None:
    """No order is filled short while an order behind it in price-time priority gets units;
    ``exempt`` orders (skipped all-or-none ones) are out of the ranking."""
    for orders, fills, rank, exempt in (
        (book.buys, result.buy_fills.tolist(), lambda o: (-book.effective_buy(o), o.arrival), exempt_buys),
        (book.sells, result.sell_fills.tolist(), lambda o: (o.price, o.arrival), exempt_sells),
    ):
        ranked = sorted((i for i in range(len(orders)) if i not in exempt), key=lambda i: rank(orders[i]))
        for ahead, behind in zip(ranked, ranked[1:]):
            if fills[behind] > 0:
                assert fills[ahead] == orders[ahead].quantity, (ahead, behind)


def assert_clearing_condition(book: Book, result: Clearing, *, trading_only_aon: bool) -> None:
    """D(p+1) <= Q <= D(p) and S(p-1) <= Q <= S(p) at the clearing price. For books with
    all-or-none orders, on the book of divisible orders and the all-or-none orders that trade."""
    if result.price is None:
        return
    buy_fills, sell_fills = result.buy_fills.tolist(), result.sell_fills.tolist()
    buys = {i for i, o in enumerate(book.buys) if not (trading_only_aon and o.all_or_none and buy_fills[i] == 0)}
    sells = {
        i for i, o in enumerate(book.sells)
        if book.sell_eligible(o) and not (trading_only_aon and o.all_or_none and sell_fills[i] == 0)
    }
    p, q = result.price, result.volume
    assert demand(book, buys, p + 1) <= q <= demand(book, buys, p)
    assert supply(book, sells, p - 1) <= q <= supply(book, sells, p)


def shuffled(book: Book, buy_perm: list[int], sell_perm: list[int]) -> Book:
    return Book(tuple(book.buys[i] for i in buy_perm), tuple(book.sells[i] for i in sell_perm), book.cap)


def permutations_of(book: Book) -> st.SearchStrategy[tuple[list[int], list[int]]]:
    return st.tuples(st.permutations(range(len(book.buys))), st.permutations(range(len(book.sells))))


@PROPERTIES
@given(books())
def test_divisible_books_match_the_oracle(book: Book) -> None:
    result = book.clear()
    assert_matches_oracle(book, result)
    assert_always(book, result)


@PROPERTIES
@given(books())
def test_divisible_books_clear_at_an_equilibrium_with_maximum_volume(book: Book) -> None:
    result = book.clear()
    buys = set(range(len(book.buys)))
    sells = {i for i, o in enumerate(book.sells) if book.sell_eligible(o)}
    # Maximum volume: no uniform price supports more.
    assert result.volume == max_volume(book, buys, sells)
    assert_clearing_condition(book, result, trading_only_aon=False)
    assert_priority(book, result, exempt_buys=set(), exempt_sells=set())
    if result.volume:
        window = equilibrium_prices(book, buys, sells, result.volume)
        # The price is the midpoint of the equilibrium interval, within half a tick.
        assert abs(2 * result.price - (window[0] + window[-1])) <= 1
        assert window == list(range(window[0], window[-1] + 1))  # an interval of ticks


@PROPERTIES
@given(aon_books)
def test_books_with_all_or_none_orders_match_the_oracle(book: Book) -> None:
    result = book.clear()
    expected = assert_matches_oracle(book, result)
    assert_always(book, result)
    assert_clearing_condition(book, result, trading_only_aon=True)
    assert_priority(book, result, exempt_buys=set(expected.skipped_buys), exempt_sells=set(expected.skipped_sells))
    # Skipped orders are all-or-none orders left at 0; the volume never beats the divisible relaxation.
    assert all(book.buys[i].all_or_none and result.buy_fills[i] == 0 for i in expected.skipped_buys)
    assert all(book.sells[i].all_or_none and result.sell_fills[i] == 0 for i in expected.skipped_sells)
    eligible_sells = {i for i, o in enumerate(book.sells) if book.sell_eligible(o)}
    assert result.volume <= max_volume(book, set(range(len(book.buys))), eligible_sells)


@PROPERTIES
@given(all_aon_books)
def test_all_or_none_books(book: Book) -> None:
    result = book.clear()
    assert_matches_oracle(book, result)
    assert_always(book, result)
    assert_clearing_condition(book, result, trading_only_aon=True)


@PROPERTIES
@given(st.data(), aon_books)
def test_shuffled_input_gives_identical_fills_per_order(data: st.DataObject, book: Book) -> None:
    buy_perm, sell_perm = data.draw(permutations_of(book))
    result = book.clear()
    again = shuffled(book, buy_perm, sell_perm).clear()
    assert (again.price, again.volume) == (result.price, result.volume)
    assert again.buy_fills.tolist() == [int(result.buy_fills[i]) for i in buy_perm]
    assert again.sell_fills.tolist() == [int(result.sell_fills[i]) for i in sell_perm]


@PROPERTIES
@given(aon_books)
def test_sparse_arrival_ranks_rank_the_same(book: Book) -> None:
    # Ranks spread over 2^58: the single-key sort no longer fits int64 and lexsort is used.
    spread = Book(
        tuple(Order(o.price, o.quantity, o.all_or_none, o.arrival << 58) for o in book.buys),
        tuple(Order(o.price, o.quantity, o.all_or_none, o.arrival << 58) for o in book.sells),
        book.cap,
    )
    result, again = book.clear(), spread.clear()
    assert (again.price, again.volume) == (result.price, result.volume)
    assert again.buy_fills.tolist() == result.buy_fills.tolist()
    assert again.sell_fills.tolist() == result.sell_fills.tolist()


@PROPERTIES
@given(books(max_orders=5, quantities=st.integers(1, 10**12)))
def test_huge_quantities_match_the_oracle(book: Book) -> None:
    result = book.clear()
    assert_matches_oracle(book, result)
    assert_always(book, result)

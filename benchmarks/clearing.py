"""Clearing time for one delivery interval, single core: our engine against PNNL TESP's auction.

    python benchmarks/clearing.py [--quick] [--repeats N] [--tesp-repeats N]

Books: random, reproducible (fixed seeds): half buys, half sells; limits uniform in
ticks (buys 1000..2999, sells 900..2899, so the curves cross mid-range); quantities
uniform 1..100 units; arrival ranks a random permutation. Divisible unless stated.

Ours: ``clear(Orders.of(...), Orders.of(...))`` from numpy arrays to per-order fills
(validation and copies included), for 10,000, 100,000 and 1,000,000 tenders, plus
1,000,000 tenders of which 1% are all-or-none for information. Each result is checked
(conservation, fills within bounds, the price an equilibrium price for the volume).

TESP: the same 10,000-tender book cleared by ``tesp_support.original.simple_auction``
(tesp-support 1.3.8) in its own venv process (conformance/peers/tesp.py): one market
cycle is its bid intake (``collect_bid`` / ``supplier_bid``, which insertion-sort each
bid into its curve) plus ``clear_market()``. TESP computes a clearing price and volume
and a marginal fraction, not per-order fills. Its answer is checked against ours: same
volume, and its price an equilibrium price for that volume (it picks a different point of
the same interval; docs/market.md).

Timing: time.perf_counter around each run; the best of N runs is reported (noise on a
shared machine only ever slows a run down). The process pins itself to CPU 0 before
anything else; the TESP subprocess inherits the mask, so both use the same single core.

The output ends with exactly two lines:
  clear_1m_seconds: <our best time for 1,000,000 tenders>
  clear_ratio_vs_tesp_10k: <TESP's best market cycle / our best clear, 10,000 tenders>
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# Run from a source checkout without installing: the repository root holds the packages.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from energyinterop.market.clearing import Clearing, Orders, clear  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000)
TESP_SIZE = 10_000
TESP_PRICE_CAP = 1_000_000  # far above every limit: TESP reads bids at its cap as unresponsive load


@dataclass(frozen=True)
class Book:
    buy_price: np.ndarray
    buy_quantity: np.ndarray
    buy_all_or_none: np.ndarray
    buy_arrival: np.ndarray
    sell_price: np.ndarray
    sell_quantity: np.ndarray
    sell_all_or_none: np.ndarray
    sell_arrival: np.ndarray

    @property
    def size(self) -> int:
        return len(self.buy_price) + len(self.sell_price)

    def clear(self) -> Clearing:
        buys = Orders.of(self.buy_price, self.buy_quantity, self.buy_all_or_none, self.buy_arrival)
        sells = Orders.of(self.sell_price, self.sell_quantity, self.sell_all_or_none, self.sell_arrival)
        return clear(buys, sells)


def random_book(tenders: int, *, seed: int, all_or_none_share: float = 0.0) -> Book:
    rng = np.random.default_rng(seed)
    buys, sells = tenders // 2, tenders - tenders // 2
    arrival = rng.permutation(tenders).astype(np.int64)
    return Book(
        buy_price=rng.integers(1000, 3000, buys, dtype=np.int64),
        buy_quantity=rng.integers(1, 101, buys, dtype=np.int64),
        buy_all_or_none=rng.random(buys) < all_or_none_share,
        buy_arrival=arrival[:buys],
        sell_price=rng.integers(900, 2900, sells, dtype=np.int64),
        sell_quantity=rng.integers(1, 101, sells, dtype=np.int64),
        sell_all_or_none=rng.random(sells) < all_or_none_share,
        sell_arrival=arrival[buys:],
    )


def is_equilibrium(book: Book, price: float, volume: float) -> bool:
    """D(p+) <= Q <= D(p) and S(p-) <= Q <= S(p), computed straight from the book (any real p)."""
    bp, bq, sp, sq = book.buy_price, book.buy_quantity, book.sell_price, book.sell_quantity
    return bool(
        bq[bp > price].sum() <= volume <= bq[bp >= price].sum()
        and sq[sp < price].sum() <= volume <= sq[sp <= price].sum()
    )


def check(book: Book, result: Clearing) -> None:
    buy_fills, sell_fills = result.buy_fills, result.sell_fills
    assert int(buy_fills.sum()) == int(sell_fills.sum()) == result.volume > 0, "conservation"
    assert (buy_fills >= 0).all() and (buy_fills <= book.buy_quantity).all(), "buy fills out of bounds"
    assert (sell_fills >= 0).all() and (sell_fills <= book.sell_quantity).all(), "sell fills out of bounds"
    aon_buys, aon_sells = book.buy_all_or_none, book.sell_all_or_none
    assert ((buy_fills == 0) | (buy_fills == book.buy_quantity))[aon_buys].all(), "cut all-or-none buy"
    assert ((sell_fills == 0) | (sell_fills == book.sell_quantity))[aon_sells].all(), "cut all-or-none sell"
    assert result.price is not None
    if not (aon_buys.any() or aon_sells.any()):
        assert is_equilibrium(book, result.price, result.volume), "not an equilibrium price"


def best_seconds(book: Book, repeats: int) -> tuple[float, Clearing]:
    result = book.clear()  # warm-up: first-touch page faults, numpy dispatch caches
    check(book, result)
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        book.clear()
        best = min(best, time.perf_counter() - started)
    return best, result


@dataclass(frozen=True)
class TespRun:
    note: str
    cycle_seconds: float | None = None
    clear_seconds: float | None = None
    detail: str = ""


def run_tesp(book: Book, ours: Clearing, repeats: int) -> TespRun:
    try:
        from conformance.peers.tesp import TespDriverError, tesp_clear
        from conformance.peers.venv import PeerUnavailable
    except ImportError as exc:  # pragma: no cover - a broken checkout
        return TespRun(f"peer harness not importable: {exc}")
    buys = list(zip(book.buy_price.tolist(), book.buy_quantity.tolist(), strict=True))
    sells = list(zip(book.sell_price.tolist(), book.sell_quantity.tolist(), strict=True))
    try:
        tesp = tesp_clear(buys, sells, price_cap=TESP_PRICE_CAP, repeats=repeats)
    except PeerUnavailable as exc:
        return TespRun(f"TESP unavailable: {exc.reason}")
    except TespDriverError as exc:
        return TespRun(f"TESP failed: {exc}")
    same_volume = tesp.quantity == ours.volume
    equilibrium = is_equilibrium(book, tesp.price, tesp.quantity)
    detail = (
        f"  TESP price {tesp.price:g} ({tesp.clearing_type}), volume {tesp.quantity:g}, "
        f"marginal fraction {tesp.marginal_frac:.6f}; ours price {ours.price}, volume {ours.volume}\n"
        f"  volumes agree: {'yes' if same_volume else 'NO'}; "
        f"TESP's price is an equilibrium price for its volume: {'yes' if equilibrium else 'NO'}\n"
        f"  TESP cycle {tesp.cycle_seconds * 1e3:.2f} ms = bid intake {tesp.intake_seconds * 1e3:.2f} ms "
        f"+ clear_market {tesp.clear_seconds * 1e3:.2f} ms (best of {repeats} each)"
    )
    note = (
        f"tesp-support {tesp.version} simple_auction, own venv process (--no-deps + numpy), "
        "no per-order fills"
    )
    return TespRun(note, tesp.cycle_seconds, tesp.clear_seconds, detail)


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {0})
        except OSError as exc:
            return f"not pinned ({exc})"
        return "pinned to CPU 0 (the TESP subprocess inherits it)"
    return "not pinned (no sched_setaffinity on this platform)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 runs per size and 1 TESP run (noisier)")
    parser.add_argument("--repeats", type=int, help="runs per size for our engine (default 7, --quick 3)")
    parser.add_argument("--tesp-repeats", type=int, help="TESP market cycles (default 3, --quick 1)")
    args = parser.parse_args(argv)
    repeats = max(1, args.repeats or (3 if args.quick else 7))
    tesp_repeats = max(1, args.tesp_repeats or (1 if args.quick else 3))

    pinning = pin_to_one_core()
    print(f"python {platform.python_version()} ({platform.python_implementation()}), numpy {np.__version__}")
    print(f"{pinning}; best of {repeats} runs per size, {tesp_repeats} TESP cycles")
    print()

    cases = [(f"{size:,}", random_book(size, seed=size)) for size in SIZES]
    cases.append(("1,000,000, 1% AON", random_book(1_000_000, seed=1_000_000, all_or_none_share=0.01)))
    header = f"{'tenders':<20} {'price':>6} {'volume':>12} {'ms':>9} {'tenders/s':>12}"
    print(header)
    print("-" * len(header))
    seconds: dict[str, float] = {}
    results: dict[str, Clearing] = {}
    for name, book in cases:
        seconds[name], results[name] = best_seconds(book, repeats)
        print(f"{name:<20} {results[name].price:>6} {results[name].volume:>12,} "
              f"{seconds[name] * 1e3:>9.2f} {book.size / seconds[name]:>12,.0f}")
    print()

    ten_k = f"{TESP_SIZE:,}"
    tesp = run_tesp(cases[SIZES.index(TESP_SIZE)][1], results[ten_k], tesp_repeats)
    print(f"tesp: {tesp.note}")
    if tesp.detail:
        print(tesp.detail)
    ratio = f"{tesp.cycle_seconds / seconds[ten_k]:.0f}" if tesp.cycle_seconds else "n/a"
    clear_only = f"{tesp.clear_seconds / seconds[ten_k]:.1f}" if tesp.clear_seconds else "n/a"
    print(f"  TESP clear_market alone (its bids already sorted at intake) / our whole clear: {clear_only}")
    print()
    print(f"clear_1m_seconds: {seconds['1,000,000']:.4f}")
    print(f"clear_ratio_vs_tesp_10k: {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

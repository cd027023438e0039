"""Our clearing against PNNL TESP's double auction (tesp-support 1.3.8, own venv) on fixed books.

Both maximise volume, so volumes must agree exactly. Prices differ by rule only: ours is
the midpoint of the equilibrium interval W = [max(s_Q, b_{Q+1}), min(b_Q, s_{Q+1})];
TESP takes the marginal order's price when one side is rationed (its BUYER / SELLER
types, where W is usually one tick), and otherwise a point inside W (the average of the
last matched buy and sell, or a limit nudged by its ``bid_offset`` of 1e-4). So every
TESP price must lie in W, and each book pins both prices exactly.
"""

from __future__ import annotations

import numpy as np
import pytest

from conformance.peers.tesp import TespClearing, tesp_clear, tesp_venv
from conformance.peers.venv import PeerUnavailable
from energyinterop.market.clearing import Orders, clear

PRICE_CAP = 10_000  # above every limit: TESP reads bids at its cap as unresponsive load

# (buys, sells, our price, W, TESP's price, TESP's clearing type); (price, quantity) bids.
BOOKS = [
    pytest.param(
        [(100, 5), (90, 10)], [(50, 8), (80, 10)], 80, (80, 80), 80.0, "SELLER",
        id="marginal seller",  # Q = 15; the 80 sell is rationed
    ),
    pytest.param(
        [(100, 5), (100, 5), (100, 5)], [(50, 7)], 100, (100, 100), 100.0, "BUYER",
        id="marginal buyers",  # Q = 7; the buyers at 100 are rationed
    ),
    pytest.param(
        [(100, 10)], [(60, 10)], 80, (60, 100), 80.0, "PRICE",
        id="exact match",  # both rules take the midpoint of [60, 100]
    ),
    pytest.param(
        [(100, 4), (70, 6)], [(10, 4)], 85, (70, 100), 70.0001, "PRICE",
        id="unfilled buy below",  # TESP: just above the unfilled buy at 70
    ),
    pytest.param(
        [(100, 4)], [(10, 4), (30, 6)], 20, (10, 30), 29.9999, "PRICE",
        id="unfilled sell above",  # TESP: just below the unfilled sell at 30
    ),
    pytest.param(
        [(200, 10), (150, 5)], [(90, 8), (120, 10), (130, 4)], 120, (120, 120), 120.0, "SELLER",
        id="stacked",  # Q = 15
    ),
]


@pytest.fixture(scope="module")
def tesp_available() -> None:
    """The TESP venv, built through PeerVenv on first use and cached."""
    try:
        tesp_venv()
    except PeerUnavailable as exc:
        pytest.skip(f"TESP peer unavailable: {exc.reason}")


@pytest.mark.peer
@pytest.mark.parametrize(("buys", "sells", "ours", "window", "theirs", "kind"), BOOKS)
def test_tesp_and_our_engine_agree(
    tesp_available: None,
    buys: list[tuple[int, int]],
    sells: list[tuple[int, int]],
    ours: int,
    window: tuple[int, int],
    theirs: float,
    kind: str,
) -> None:
    result = clear(Orders.of(*zip(*buys, strict=True)), Orders.of(*zip(*sells, strict=True)))
    tesp: TespClearing = tesp_clear(buys, sells, price_cap=PRICE_CAP)
    assert tesp.quantity == result.volume
    assert result.price == ours
    assert (tesp.price, tesp.clearing_type) == (pytest.approx(theirs, abs=1e-9), kind)
    low, high = window
    assert low <= tesp.price <= high and low <= result.price <= high


def is_equilibrium(buys: np.ndarray, sells: np.ndarray, price: float, volume: float) -> bool:
    """D(p+) <= Q <= D(p) and S(p-) <= Q <= S(p), straight from the (price, quantity) rows."""
    return bool(
        buys[buys[:, 0] > price, 1].sum() <= volume <= buys[buys[:, 0] >= price, 1].sum()
        and sells[sells[:, 0] < price, 1].sum() <= volume <= sells[sells[:, 0] <= price, 1].sum()
    )


@pytest.mark.peer
def test_tesp_and_our_engine_agree_on_a_random_book(tesp_available: None) -> None:
    rng = np.random.default_rng(7)
    buys = np.column_stack([rng.integers(100, 300, 1000), rng.integers(1, 50, 1000)])
    sells = np.column_stack([rng.integers(90, 290, 1000), rng.integers(1, 50, 1000)])
    result = clear(Orders.of(buys[:, 0], buys[:, 1]), Orders.of(sells[:, 0], sells[:, 1]))
    tesp = tesp_clear(buys.tolist(), sells.tolist(), price_cap=PRICE_CAP)
    assert result.volume > 0 and tesp.quantity == result.volume
    assert result.price is not None and is_equilibrium(buys, sells, result.price, result.volume)
    assert is_equilibrium(buys, sells, tesp.price, tesp.quantity)

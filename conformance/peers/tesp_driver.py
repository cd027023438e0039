"""Drive PNNL TESP's double auction from inside its own venv: ``python -I tesp_driver.py clear``.

Reads a JSON book on stdin and writes a JSON result on stdout. Runs under the TESP venv's
interpreter and imports only ``tesp_support.original.simple_auction`` (whose one
dependency is numpy), never our packages.

Input::

    {"buys": [[price, quantity], ...], "sells": [[price, quantity], ...],
     "price_cap": float, "repeats": int}

Each repeat drives one market cycle the way TESP's substation loop does: a fresh
``simple_auction``, ``clear_bids()``, one ``collect_bid([price, quantity, False])`` per buy
and one ``supplier_bid([price, quantity])`` per sell (TESP's bid intake: each bid is
insertion-sorted into a Python list), then ``clear_market()``. ``aggregate_bids()`` (the
curve fit TESP sends to the wholesale market) and ``surplusCalculation()`` are not part
of clearing and are left out. No reference load and no wholesale capacity bid
(``refload`` 0, ``max_capacity_reference_bid_quantity`` 0), so only the given bids trade.
TESP ignores buys priced <= 0 and treats bids priced at the cap as unresponsive: give
positive prices below ``price_cap``.

Output: the clearing of the last repeat (``clearing_price``, ``clearing_quantity``,
``clearing_type`` as its name, ``marginal_quantity``, ``marginal_frac``) and the best
time of the repeats for the intake, the clearing and the two together (one cycle).
TESP's prints go to stderr.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from importlib.metadata import version
from typing import Any

from tesp_support.original.simple_auction import simple_auction

CONFIG = {
    "init_stdev": 0.0,
    "init_price": 0.0,
    "period": 300,
    "max_capacity_reference_bid_quantity": 0,
    "statistic_mode": 1,
    "stat_mode": ["ST_CURR", "ST_CURR"],
    "stat_interval": [86400, 86400],
    "stat_type": ["SY_MEAN", "SY_STDEV"],
    "stat_value": [0, 0],
}


def one_cycle(
    buys: list[list[float]], sells: list[list[float]], price_cap: float
) -> tuple[simple_auction, float, float]:
    auction = simple_auction({**CONFIG, "pricecap": price_cap}, "benchmark")
    auction.set_refload(0.0)
    started = time.perf_counter()
    auction.clear_bids()
    for price, quantity in buys:
        auction.collect_bid([price, quantity, False])
    for price, quantity in sells:
        auction.supplier_bid([price, quantity])
    taken = time.perf_counter()
    auction.clear_market()
    return auction, taken - started, time.perf_counter() - taken


def clear(payload: dict[str, Any]) -> dict[str, Any]:
    buys, sells, cap = payload["buys"], payload["sells"], float(payload["price_cap"])
    intake = clearing = total = float("inf")
    for _ in range(max(1, int(payload.get("repeats", 1)))):
        auction, intake_s, clear_s = one_cycle(buys, sells, cap)
        intake, clearing, total = min(intake, intake_s), min(clearing, clear_s), min(total, intake_s + clear_s)
    return {
        "version": version("tesp-support"),
        "clearing_price": auction.clearing_price,
        "clearing_quantity": auction.clearing_quantity,
        "clearing_type": auction.clearing_type.name,
        "marginal_quantity": auction.marginal_quantity,
        "marginal_frac": auction.marginal_frac,
        "intake_seconds": intake,
        "clear_seconds": clearing,
        "cycle_seconds": total,
    }


def main() -> int:
    if sys.argv[1:] != ["clear"]:
        print("usage: tesp_driver.py clear < book.json", file=sys.stderr)
        return 2
    payload = json.load(sys.stdin)
    with contextlib.redirect_stdout(sys.stderr):
        result = clear(payload)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

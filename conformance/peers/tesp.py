"""PNNL TESP's double auction (``tesp-support``), run in its own venv as a reference market.

tesp-support 1.3.8 declares heavy dependencies (helics, pyomo, pandas, scipy, matplotlib,
h5py, pypower, networkx, ...) that its auction never imports:
``tesp_support.original.simple_auction`` needs only ``tesp_support.original.curve``,
which needs numpy. So the venv holds tesp-support installed with ``--no-deps`` and
numpy, nothing else, and everything goes through ``tesp_driver.py`` run by the venv's
python.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from conformance.peers.venv import PeerVenv

TESP_REQUIREMENTS = ("--no-deps", "tesp-support==1.3.8", "numpy==2.4.6")
DRIVER = Path(__file__).with_name("tesp_driver.py")
DRIVER_TIMEOUT_S = 600.0
_STDERR_TAIL_CHARS = 4000


class TespDriverError(RuntimeError):
    """The driver ran but failed: a bug in the driver or a book TESP cannot take."""


@dataclass(frozen=True)
class TespClearing:
    """TESP's answer for one book, and the best times of its market cycle."""

    version: str
    price: float
    quantity: float
    clearing_type: str  # TESP's ClearingType name: BUYER, SELLER, EXACT, PRICE, FAILURE, NULL
    marginal_quantity: float
    marginal_frac: float
    intake_seconds: float  # collect_bid / supplier_bid for every bid (TESP sorts as bids arrive)
    clear_seconds: float  # clear_market()
    cycle_seconds: float  # both, one run


def tesp_venv() -> PeerVenv:
    """The TESP venv, built on first use; raises PeerUnavailable if it cannot be."""
    return PeerVenv(name="tesp", requirements=TESP_REQUIREMENTS).ensure()


def tesp_clear(
    buys: Sequence[tuple[float, float]],
    sells: Sequence[tuple[float, float]],
    *,
    price_cap: float,
    repeats: int = 1,
    timeout: float = DRIVER_TIMEOUT_S,
) -> TespClearing:
    """Clear one book of (price, quantity) bids with TESP's simple_auction, ``repeats``
    times; prices must be positive and below ``price_cap`` (see tesp_driver.py)."""
    payload = {
        "buys": [[float(p), float(q)] for p, q in buys],
        "sells": [[float(p), float(q)] for p, q in sells],
        "price_cap": float(price_cap),
        "repeats": repeats,
    }
    # -I: the driver must see the venv's packages only, never this checkout.
    argv = [str(tesp_venv().python), "-I", str(DRIVER), "clear"]
    try:
        completed = subprocess.run(
            argv, input=json.dumps(payload), capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise TespDriverError(f"TESP driver timed out after {timeout:.0f}s") from exc
    if completed.returncode != 0:
        raise TespDriverError(
            f"TESP driver failed (exit {completed.returncode}); stderr:\n{completed.stderr[-_STDERR_TAIL_CHARS:]}"
        )
    result = json.loads(completed.stdout)
    return TespClearing(
        version=result["version"],
        price=result["clearing_price"],
        quantity=result["clearing_quantity"],
        clearing_type=result["clearing_type"],
        marginal_quantity=result["marginal_quantity"],
        marginal_frac=result["marginal_frac"],
        intake_seconds=result["intake_seconds"],
        clear_seconds=result["clear_seconds"],
        cycle_seconds=result["cycle_seconds"],
    )

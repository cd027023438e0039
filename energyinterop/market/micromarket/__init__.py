"""The reference micromarket: a periodic call market per delivery interval, bound to one
microgrid, one market context per :class:`MicroMarket` (a VTN hosts several).

    spec = MarketSpec("urn:market:building-7", "Building 7", microgrid="building-7",
                      interval=timedelta(minutes=15), price_tick=Decimal("0.001"),
                      quantity_unit=Decimal("0.1"), price_cap=Decimal("2.000"))
    market = MicroMarket(spec, store)
    app = build_app(config, store, markets=MarketRegistry({spec.market_context: market}))

One module per job: :mod:`.spec` (the context and its EMIX form), :mod:`.artifacts`
(EMIX in and out), :mod:`.ledger` (state as a fold of the log), :mod:`.audit` (the
hash chain), :mod:`.auction` (one interval's clearing), :mod:`.delivery` (meter data),
:mod:`.binding` (enrollment in the microgrid), :mod:`.scheduler` (the clock),
:mod:`.distribution` and :mod:`.listener` (quotes pushed after each clearing, both sides),
:mod:`.discovery` (the VEN side), :mod:`.uplink` (markets of markets), :mod:`.replay`
(the audit rebuild). See docs/market.md.
"""

from energyinterop.market.micromarket.market import ClearingSummary, MarketStateError, MicroMarket
from energyinterop.market.micromarket.rules import MarketRule, Refused
from energyinterop.market.micromarket.scheduler import MarketScheduler
from energyinterop.market.micromarket.spec import MarketSpec, SpecError

__all__ = ["ClearingSummary", "MarketRule", "MarketScheduler", "MarketSpec", "MarketStateError", "MicroMarket",
           "Refused", "SpecError"]

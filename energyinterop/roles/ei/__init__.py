"""The VTN role of full Energy Interoperation 1.0 (every EI service, beyond the OpenADR
profile), sans-IO: an EI payload, ``now`` and the store go in, an Outcome comes out.

    vtn = EiVtn(EiVtnConfig(vtn_id="VTN-1"), MarketRegistry({uri: market}))
    outcome = await vtn.handle(payload, now=now, store=store, party_id=authenticated)

One module per EI service; market-facing services go through
:class:`energyinterop.market.Market`.
"""

from energyinterop.roles.ei.common import EiVtnConfig
from energyinterop.roles.ei.effects import Recorded, Replayed
from energyinterop.roles.ei.vtn import OPERATIONS, EiVtn

__all__ = ["OPERATIONS", "EiVtn", "EiVtnConfig", "Recorded", "Replayed"]

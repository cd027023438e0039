"""Markets a VTN hosts: the interface the EI market services (quote, tender, transaction,
delivery, market context) talk to. The reference micromarket lives elsewhere."""

from energyinterop.market.interface import (
    DeliveryResult,
    ItemResult,
    Market,
    MarketRegistry,
    TenderResult,
    TransactionResult,
)

__all__ = ["DeliveryResult", "ItemResult", "Market", "MarketRegistry", "TenderResult", "TransactionResult"]

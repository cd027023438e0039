"""Markets a VTN hosts: the interface the EI market services (quote, tender, transaction,
delivery, market context) talk to; the reference micromarket is :mod:`.micromarket`."""

from energyinterop.market.interface import (
    DeliveryResult,
    ItemResult,
    Market,
    MarketRegistry,
    ScheduledMarket,
    TenderResult,
    TransactionResult,
)

__all__ = ["DeliveryResult", "ItemResult", "Market", "MarketRegistry", "ScheduledMarket", "TenderResult", "TransactionResult"]

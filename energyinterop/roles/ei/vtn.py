"""The full-EI VTN, sans-IO: a decoded EI payload, ``now`` and the store go in; an
:class:`Outcome` with the response payload and typed effects comes out.

Every request payload of every operation of the EI WSDLs has one handler (see
``OPERATIONS``). The dispatcher does what all of them share, in this order:

1. the acting party: the one the payload names (``claims``) must be the one the
   transport authenticated, when it did (452 otherwise); payloads naming no party
   (eiCancelEvent, eiUpdateReport, eiCancelHistorian) take the transport's;
2. replay: a repeated request (same party, same requestID, or object ID for the few
   payloads without one) gets the stored reply and changes nothing; the same requestID
   on a different request is refused (454);
3. the party must be known (452) and registered (463) unless the operation says less;
4. the handler; a :class:`ProtocolError` becomes the operation's own response payload
   carrying the code. Successful replies are stored for step 2.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any

from energyinterop.ei import ei_codec
from energyinterop.market import MarketRegistry
from energyinterop.roles.effects import Outcome, Rejected
from energyinterop.roles.ei import (
    avail,
    delivery,
    enroll,
    event,
    market_context,
    opt,
    quote,
    registration,
    report,
    tender,
    transaction,
)
from energyinterop.roles.ei.common import (
    EiContext,
    EiVtnConfig,
    Operation,
    authorize,
    ei_response,
)
from energyinterop.roles.ei.effects import Replayed
from energyinterop.roles.errors import Code, ProtocolError
from energyinterop.store.base import Store

OPERATIONS: Mapping[type, Operation] = MappingProxyType({
    **registration.OPERATIONS, **enroll.OPERATIONS, **market_context.OPERATIONS, **event.OPERATIONS,
    **opt.OPERATIONS, **avail.OPERATIONS, **report.OPERATIONS, **quote.OPERATIONS, **tender.OPERATIONS,
    **transaction.OPERATIONS, **delivery.OPERATIONS,
})

_REPLIES = "ei.replies"  # key/value namespace of stored replies, by (party, kind, key)


def _code(reply: Any) -> str:
    response = getattr(reply, "ei_response", None) or getattr(reply, "ei_event_response", None)
    return response.response_code if response is not None else "200"


def _digest(payload: Any) -> str:
    return hashlib.sha256(ei_codec().encode(payload)).hexdigest()


class EiVtn:
    """One EI VTN hosting the markets of ``markets``. Holds only configuration; all state
    lives in the store (parties, EI objects, stored replies) and in the markets."""

    operations = OPERATIONS

    def __init__(self, config: EiVtnConfig, markets: MarketRegistry | None = None) -> None:
        self.config = config
        self.markets = markets if markets is not None else MarketRegistry()

    async def handle(self, payload: Any, *, now: datetime, store: Store, party_id: str | None = None) -> Outcome:
        """Answer one EI request payload. ``party_id`` is the party the transport
        authenticated (e.g. by its client certificate), ``None`` when it did not.

        A payload that is no request of an EI operation has no response type: the
        outcome has no reply and a 453 ``Rejected`` effect (the SOAP layer faults first).
        """
        name = type(payload).__name__
        op = OPERATIONS.get(type(payload))
        if op is None:
            return Outcome(None, (Rejected(name, int(Code.NOT_RECOGNIZED), f"{name} is not an EI request"),))
        try:
            acting = self._acting(op, payload, party_id)
            key = op.key(payload)
            slot = json.dumps([acting, "requestID" if hasattr(payload, "request_id") else name, key]) if key else None
            digest = _digest(payload) if slot else ""
            if slot:
                replayed = await self._replay(store, slot, name, digest, acting, key or "")
                if replayed is not None:
                    return replayed
            if op.requires != "nothing":
                await authorize(store, acting, registered=op.requires == "registered")
            outcome = await op.handle(EiContext(self.config, self.markets, store, now, acting), payload)
        except ProtocolError as error:
            return self._rejection(op, payload, error, now, party_id)
        if slot and (outcome.reply is None or _code(outcome.reply).startswith("2")):
            reply = None if outcome.reply is None else ei_codec().encode(outcome.reply).decode()
            await store.put_value(_REPLIES, slot, json.dumps({"request": name, "digest": digest, "reply": reply}).encode())
        return outcome

    def _acting(self, op: Operation, payload: Any, authenticated: str | None) -> str:
        claims = [c for c in op.claims(payload) if c]
        if authenticated is not None:
            if claims and authenticated not in claims:
                raise ProtocolError(Code.INVALID_ID, f"the payload names {claims[0]!r}, "
                                                     f"the transport authenticated {authenticated!r}")
            return authenticated
        if not claims:
            raise ProtocolError(Code.INVALID_ID, "the payload names no party and the transport identified none")
        return claims[0]

    @staticmethod
    async def _replay(store: Store, slot: str, name: str, digest: str, party: str, key: str) -> Outcome | None:
        raw = await store.get_value(_REPLIES, slot)
        if raw is None:
            return None
        stored = json.loads(raw)
        if stored["request"] != name or stored["digest"] != digest:
            raise ProtocolError(Code.INVALID_DATA, f"{key!r} was already used for another request")
        effect = Replayed(name, party, key)
        if stored["reply"] is None:
            return Outcome(None, (effect,))
        document = stored["reply"].encode()
        return Outcome(ei_codec().decode(document), (effect,), reply_document=document)

    def _rejection(self, op: Operation, payload: Any, error: ProtocolError, now: datetime,
                   party_id: str | None) -> Outcome:
        name = type(payload).__name__
        claimed = next((c for c in op.claims(payload) if c), None)
        effect = Rejected(name, int(error.code), error.description, party_id or claimed)
        if op.reply is None:
            return Outcome(None, (effect,))
        response = ei_response(op.key(payload) or "", error.code, error.description, now)
        return Outcome(op.reply(payload, response, self.config.vtn_id), (effect,))


__all__ = ["OPERATIONS", "EiVtn"]

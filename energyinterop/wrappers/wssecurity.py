"""The WS-Security wrapper for the SOAP binding (SOAP 1.1 and 1.2).

Outgoing envelopes are signed (see :mod:`wssecurity_sign`); incoming ones are verified
(:mod:`wssecurity_verify`), their Timestamp and SignatureValue pass a
:class:`~energyinterop.wrappers.replay.ReplayGuard`, the signer must be the party the
identity policy expects (:mod:`wssecurity_trust`), and what goes on is the signed
envelope without its Security header. ``exchange.signer_fingerprint`` names the signer and
``exchange.notes[PARTY]`` the party its certificate is registered for, when known.

Stack order with reliable messaging: the RM headers must be signed, so WS-Security sits
outside RM: ``WrapperStack([reliable, ws_security])`` (innermost first). Outgoing, RM adds
its headers and WS-Security then signs them; incoming, WS-Security verifies first and RM
sees only signed headers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

from lxml import etree

from energyinterop.wrappers.base import PARTY, Binding, Exchange, Held
from energyinterop.wrappers.replay import ReplayGuard, StoredReplayGuard
from energyinterop.wrappers.wssecurity_common import SECURITY, SOAP_NAMESPACES, SecurityHeaderMissing
from energyinterop.wrappers.wssecurity_sign import Credentials, EnvelopeSigner
from energyinterop.wrappers.wssecurity_trust import CertificateTrust, Identity, PinnedPeer, RegisteredParties
from energyinterop.wrappers.wssecurity_verify import EnvelopeVerifier
from energyinterop.xml.parser import HardenedParser

EI_NS = "http://docs.oasis-open.org/ns/energyinterop/201110"
REPLAY_NAMESPACE = "wssecurity.replay"  # the store's key/value namespace of accepted signatures
_CLAIMS = etree.XPath("(.//ei:venID | .//ei:registreePartyID | .//ei:partyID)[1]", namespaces={"ei": EI_NS})


def claimed_party(body: etree._Element) -> str | None:
    """The party an EI payload speaks for: its first venID, registreePartyID or partyID."""
    found = _CLAIMS(body)
    return (found[0].text or "").strip() or None if found else None


class WsSecurity:
    """Signs what goes out and verifies what comes in, on the SOAP binding only.

    ``credentials`` sign outgoing envelopes (``sign``); ``trust`` and ``identity`` check
    incoming ones. With ``require`` False an unsigned envelope passes unchanged (a signed
    one is still verified). ``accept_unsigned_faults`` lets a client read a peer's unsigned
    SOAP fault (a refusal carries nothing to act on; servers fault unsigned).
    """

    def __init__(self, credentials: Credentials | None, trust: CertificateTrust, identity: Identity, *,
                 sign: bool = True, require: bool = True, ttl: timedelta = timedelta(minutes=5),
                 window: timedelta = timedelta(minutes=5), replay: ReplayGuard | None = None,
                 parser: HardenedParser | None = None, accept_unsigned_faults: bool = False,
                 claims: Callable[[etree._Element], str | None] = claimed_party) -> None:
        if sign and credentials is None:
            raise ValueError("signing needs credentials")
        self.signer = EnvelopeSigner(credentials, ttl=ttl) if sign and credentials is not None else None
        self.verifier = EnvelopeVerifier(trust, parser=parser)
        self._parser = self.verifier.parser
        self.identity = identity
        self.require = require
        # Persisted in the exchange's store when there is one (a VTN), so a restart forgets
        # no signature already accepted; in memory only on a client.
        self.replay = StoredReplayGuard(replay if replay is not None else ReplayGuard(window, 100_000),
                                        namespace=REPLAY_NAMESPACE)
        self.accept_unsigned_faults = accept_unsigned_faults
        self.claims = claims

    @classmethod
    def for_client(cls, credentials: Credentials, trusted_cas: Sequence[Path] | CertificateTrust, vtn_fingerprint: str,
                   **options: object) -> WsSecurity:
        """A party calling a VTN: sign requests, and accept answers (and unsigned faults)
        from the one VTN whose certificate fingerprint is given."""
        trust = trusted_cas if isinstance(trusted_cas, CertificateTrust) else CertificateTrust.from_files(trusted_cas)
        options.setdefault("accept_unsigned_faults", True)
        return cls(credentials, trust, PinnedPeer(vtn_fingerprint), **options)  # type: ignore[arg-type]

    @classmethod
    def for_vtn(cls, key: Path, cert: Path, trusted_cas: Sequence[Path], *, sign_answers: bool = True,
                require_signatures: bool = True, allow_unregistered: bool = False, timestamp_ttl_s: float = 300.0,
                window_s: float = 300.0, replay_capacity: int = 100_000) -> WsSecurity:
        """A VTN's wrapper from files (the ``[vtn.soap_security]`` settings): parties are
        those registered in the exchange's store."""
        window = timedelta(seconds=window_s)
        return cls(Credentials.from_files(key, cert), CertificateTrust.from_files(trusted_cas),
                   RegisteredParties(allow_unregistered=allow_unregistered), sign=sign_answers,
                   require=require_signatures, ttl=timedelta(seconds=timestamp_ttl_s), window=window,
                   replay=ReplayGuard(window, replay_capacity))

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes | Held:
        if exchange.binding is not Binding.SOAP or self.signer is None:
            return document
        return self.signer.sign(document, exchange.now)

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes | Held:
        if exchange.binding is not Binding.SOAP:
            return document
        if not self.require or self.accept_unsigned_faults:
            unsigned = self._unsigned_kind(document)
            if unsigned == "fault" and self.accept_unsigned_faults or unsigned and not self.require:
                return document
        verified = self.verifier.verify(document, exchange.now)
        party = await self.identity.check(verified.fingerprint, self.claims(verified.body), exchange)
        # Last: only a message that passed every other check uses up its signature value.
        # The nonce is a digest of it: short and of fixed size whatever the key.
        nonce = hashlib.sha256(verified.signature_value.encode("ascii")).hexdigest()
        await self.replay.check(nonce, verified.created, exchange.now, exchange.store)
        exchange.signer_fingerprint = verified.fingerprint
        if party is not None:
            exchange.notes[PARTY] = party
        return verified.document

    def _unsigned_kind(self, document: bytes) -> str | None:
        """``"fault"`` / ``"message"`` for an envelope without a Security header, else None
        (signed, or not an envelope at all: the verifier then says what is wrong)."""
        root = self._parser.parse(document)
        soap = etree.QName(root).namespace
        if soap not in SOAP_NAMESPACES or any(True for _ in root.iter(SECURITY)):
            return None
        body = root.find(f"{{{soap}}}Body")
        payload = next((child for child in body if isinstance(child.tag, str)), None) if body is not None else None
        return "fault" if payload is not None and payload.tag == f"{{{soap}}}Fault" else "message"


__all__ = ["Credentials", "CertificateTrust", "PinnedPeer", "RegisteredParties", "SecurityHeaderMissing",
           "WsSecurity", "claimed_party"]

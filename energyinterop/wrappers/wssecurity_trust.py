"""Who may sign: certificates chaining to trusted CAs, and the fingerprint registered for a party.

:class:`CertificateTrust` checks the token's certificate against the trust anchors at the
message time (key usage digitalSignature required, as signxml >= 5 requires it too).
An identity policy then says whether that certificate is the one registered for the
sender: :class:`RegisteredParties` (a VTN: the parties in its store) or
:class:`PinnedPeer` (a client: the one VTN it talks to).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from cryptography import x509
from cryptography.x509 import verification

from energyinterop.security.fingerprint import normalize_fingerprint
from energyinterop.wrappers.base import Exchange
from energyinterop.wrappers.signing import FingerprintMismatch, UnregisteredSender, UntrustedCertificate


def _require_digital_signature(policy: object, cert: x509.Certificate, usage: x509.KeyUsage | None) -> None:
    if usage is None or not usage.digital_signature:
        raise ValueError("certificate KeyUsage does not allow digitalSignature")


class CertificateTrust:
    """Trust anchors, and a small bounded cache of parsed peer certificates (a peer signs
    every message with the same token; parsing it once is enough)."""

    def __init__(self, anchors: Sequence[x509.Certificate], cache_size: int = 256) -> None:
        if not anchors:
            raise ValueError("at least one trusted CA is needed")
        self._builder = verification.PolicyBuilder().store(verification.Store(list(anchors))).extension_policies(
            ee_policy=verification.ExtensionPolicy.permit_all().require_present(
                x509.KeyUsage, verification.Criticality.AGNOSTIC, _require_digital_signature),
            ca_policy=verification.ExtensionPolicy.webpki_defaults_ca(),
        )
        self._parsed: OrderedDict[bytes, x509.Certificate] = OrderedDict()
        self._cache_size = cache_size

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> CertificateTrust:
        anchors = [cert for path in paths for cert in x509.load_pem_x509_certificates(Path(path).read_bytes())]
        return cls(anchors)

    def certificate(self, der: bytes) -> x509.Certificate:
        cert = self._parsed.get(der)
        if cert is None:
            try:
                cert = x509.load_der_x509_certificate(der)
            except ValueError as exc:
                raise UntrustedCertificate(f"unreadable X.509 token: {exc}") from None
            self._parsed[der] = cert
            if len(self._parsed) > self._cache_size:
                self._parsed.popitem(last=False)
        else:
            self._parsed.move_to_end(der)
        return cert

    def check(self, cert: x509.Certificate, now: datetime) -> None:
        """Raise :class:`UntrustedCertificate` unless ``cert`` chains to an anchor at ``now``."""
        try:
            self._builder.time(now).build_client_verifier().verify(cert, [])
        except verification.VerificationError as exc:
            raise UntrustedCertificate(f"signing certificate not trusted: {exc}") from None


class Identity(Protocol):
    async def check(self, fingerprint: str, claimed: str | None, exchange: Exchange) -> str | None:
        """Accept the signer (returning the party it is, when known) or raise a 463 error."""
        ...


class PinnedPeer:
    """A client's policy: every answer is signed by the one peer whose fingerprint is configured."""

    def __init__(self, fingerprint: str, name: str = "the VTN") -> None:
        self.fingerprint = normalize_fingerprint(fingerprint)
        self.name = name

    async def check(self, fingerprint: str, claimed: str | None, exchange: Exchange) -> str | None:
        if fingerprint != self.fingerprint:
            raise FingerprintMismatch(f"signing certificate {fingerprint} is not {self.name}'s ({self.fingerprint})")
        return None


class RegisteredParties:
    """A VTN's policy: the signer is the party its fingerprint is registered for in the
    store, and the party the payload names (when it names one) must be that party.

    ``allow_unregistered`` admits a trusted certificate registered for nobody (a VTN that
    auto-accepts new parties, which register with their first signed request); a
    certificate registered for one party still cannot speak for another.
    """

    def __init__(self, *, allow_unregistered: bool = False) -> None:
        self.allow_unregistered = allow_unregistered

    async def check(self, fingerprint: str, claimed: str | None, exchange: Exchange) -> str | None:
        store = exchange.store
        if store is None:
            raise UnregisteredSender("no store to look the signing party up in")
        owner = await store.find_ven_by_fingerprint(fingerprint)
        if claimed is not None:
            record = owner if owner is not None and owner.ven_id == claimed else await store.get_ven(claimed)
            registered = record.fingerprint if record is not None else None
            if registered and _canonical(registered) != fingerprint:
                raise FingerprintMismatch(
                    f"signing certificate {fingerprint} is not the one registered for {claimed!r} ({registered})")
            if owner is not None and owner.ven_id != claimed:
                raise FingerprintMismatch(f"signing certificate {fingerprint} is registered for {owner.ven_id!r}, "
                                          f"not for {claimed!r}")
            if registered:
                return claimed
        elif owner is not None:
            return owner.ven_id
        if self.allow_unregistered:
            return None  # trusted, but registered for nobody: the claim proves no identity
        raise UnregisteredSender(f"no party is registered with certificate {fingerprint}")


def _canonical(value: str) -> str | None:
    try:
        return normalize_fingerprint(value)
    except ValueError:
        return None  # an unreadable registration matches no certificate

"""Test and lab certificate material: a small CA and the leaf certificates it issues.

OpenADR 2.0b certification expects VTNs to hold both ECC and RSA SHA-256 certificates and
every peer to authenticate with a client certificate, so the CA here issues both kinds.
Leaf certificates always carry the digitalSignature key usage: signxml >= 5 refuses to
verify XML signatures made with a certificate that lacks it. Keys are written unencrypted:
this is test and lab material, not a production PKI.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from energyinterop.security.fingerprint import fingerprint

KeyKind = Literal["ecc", "rsa"]
PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

RSA_KEY_BITS = 2048
# Backdating absorbs clock skew between the machine that issues and the peers that verify.
CLOCK_SKEW = timedelta(minutes=5)
CA_VALIDITY = timedelta(days=3650)
LEAF_VALIDITY = timedelta(days=365)
DEFAULT_DNS_NAMES = ("localhost",)
DEFAULT_IP_ADDRESSES = ("127.0.0.1",)
_HOSTNAME = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
)


def _now() -> datetime:
    return datetime.now(UTC)


def _new_key(kind: KeyKind) -> PrivateKey:
    if kind == "ecc":
        return ec.generate_private_key(ec.SECP256R1())
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    raise ValueError(f"key kind must be 'ecc' or 'rsa', not {kind!r}")


def _key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _serial() -> int:
    # 159 random bits: positive, at most 20 octets (RFC 5280 4.1.2.2), unguessable.
    return secrets.randbits(159) | 1


def _write(path: Path, data: bytes, *, private: bool) -> Path:
    # Private keys are created 0600 from the start rather than chmod-ed after the write.
    mode = 0o600 if private else 0o644
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return path


@dataclass(frozen=True)
class Issued:
    """A leaf certificate with its private key, in object and PEM form, and its fingerprint."""

    name: str
    kind: KeyKind
    cert: x509.Certificate
    key: PrivateKey
    cert_pem: bytes
    key_pem: bytes
    fingerprint: str

    def save(self, directory: str | os.PathLike[str], stem: str | None = None) -> tuple[Path, Path]:
        """Write ``<stem>.crt`` and ``<stem>.key`` (default stem ``<name>-<kind>``); return both paths."""
        base = Path(directory)
        base.mkdir(parents=True, exist_ok=True)
        stem = stem or f"{self.name}-{self.kind}"
        cert_path = _write(base / f"{stem}.crt", self.cert_pem, private=False)
        key_path = _write(base / f"{stem}.key", self.key_pem, private=True)
        return cert_path, key_path


@dataclass(frozen=True)
class TestCa:
    """A self-signed ECC P-256 certificate authority that issues ECC and RSA leaf certificates."""

    __test__ = False  # the name starts with "Test"; keep pytest from collecting it

    name: str
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @classmethod
    def create(
        cls,
        name: str,
        *,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
    ) -> TestCa:
        """A new CA whose subject and issuer are ``CN=<name>``."""
        key = ec.generate_private_key(ec.SECP256R1())
        start = _now() - CLOCK_SKEW if not_before is None else not_before
        end = start + CA_VALIDITY if not_after is None else not_after
        subject = _name(name)
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(_serial())
            .not_valid_before(start)
            .not_valid_after(end)
            # path_length=0: this CA signs leaves only, never intermediates.
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(name=name, cert=cert, key=key)

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(Encoding.PEM)

    @property
    def key_pem(self) -> bytes:
        return _key_pem(self.key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.cert)

    def issue(
        self,
        name: str,
        kind: KeyKind = "ecc",
        *,
        server: bool = True,
        client: bool = True,
        dns_names: Sequence[str] | None = None,
        ip_addresses: Sequence[str] = DEFAULT_IP_ADDRESSES,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
    ) -> Issued:
        """A leaf certificate ``CN=<name>`` signed by this CA.

        ``dns_names`` defaults to ``localhost`` plus ``name`` when it is a valid host name.
        Give ``not_before`` / ``not_after`` in the past to make an expired certificate.
        """
        if dns_names is None:
            dns_names = DEFAULT_DNS_NAMES + (
                (name,) if _HOSTNAME.match(name) and name not in DEFAULT_DNS_NAMES else ()
            )
        start = _now() - CLOCK_SKEW if not_before is None else not_before
        end = start + LEAF_VALIDITY if not_after is None else not_after
        if end <= start:
            raise ValueError("not_after must be later than not_before")
        key = _new_key(kind)
        alt_names: list[x509.GeneralName] = [x509.DNSName(n) for n in dns_names]
        alt_names += [x509.IPAddress(ipaddress.ip_address(a)) for a in ip_addresses]
        purposes = [ExtendedKeyUsageOID.SERVER_AUTH] * server + [ExtendedKeyUsageOID.CLIENT_AUTH] * client
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(name))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(_serial())
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    # TLS handshake signatures, and XML signatures (signxml >= 5 checks it).
                    digital_signature=True,
                    content_commitment=False,
                    # TLS_RSA_* key exchange encrypts the premaster secret to the RSA key.
                    key_encipherment=kind == "rsa",
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False
            )
        )
        if alt_names:
            builder = builder.add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        if purposes:
            builder = builder.add_extension(x509.ExtendedKeyUsage(purposes), critical=False)
        cert = builder.sign(self.key, hashes.SHA256())
        return Issued(
            name=name,
            kind=kind,
            cert=cert,
            key=key,
            cert_pem=cert.public_bytes(Encoding.PEM),
            key_pem=_key_pem(key),
            fingerprint=fingerprint(cert),
        )

    def save(self, directory: str | os.PathLike[str], stem: str = "ca") -> tuple[Path, Path]:
        """Write ``<stem>.crt`` (the trust anchor peers load) and ``<stem>.key``; return both paths."""
        base = Path(directory)
        base.mkdir(parents=True, exist_ok=True)
        cert_path = _write(base / f"{stem}.crt", self.cert_pem, private=False)
        key_path = _write(base / f"{stem}.key", self.key_pem, private=True)
        return cert_path, key_path

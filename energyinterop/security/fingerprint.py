"""OpenADR 2.0b certificate fingerprints: a VEN's identity as the VTN registers it.

The fingerprint is the last 10 bytes of SHA-256 over the DER certificate, written as
colon-separated upper-case hex (``AB:CD:...``, 29 characters). OpenADR 2.0a used SHA-1;
2.0b peers compare the SHA-256 form.
"""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

FINGERPRINT_BYTES = 10

CertificateLike = x509.Certificate | bytes


def certificate_der(cert: CertificateLike) -> bytes:
    """The DER bytes of ``cert`` (an x509.Certificate, DER bytes or PEM bytes)."""
    if isinstance(cert, x509.Certificate):
        return cert.public_bytes(Encoding.DER)
    if isinstance(cert, (bytes, bytearray, memoryview)):
        data = bytes(cert)
        # PEM is ASCII text starting with a dash line; DER starts with a SEQUENCE tag (0x30).
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data).public_bytes(Encoding.DER)
        # Parsing rejects bytes that are not a certificate instead of hashing garbage.
        return x509.load_der_x509_certificate(data).public_bytes(Encoding.DER)
    raise TypeError(f"expected x509.Certificate, DER or PEM bytes, not {type(cert).__name__}")


def fingerprint_der(der: bytes) -> str:
    """The fingerprint of DER certificate bytes, without parsing them (hot path on the VTN)."""
    tail = hashlib.sha256(der).digest()[-FINGERPRINT_BYTES:]
    return ":".join(f"{b:02X}" for b in tail)


def fingerprint(cert: CertificateLike) -> str:
    """The OpenADR 2.0b fingerprint of ``cert`` (x509.Certificate, DER bytes or PEM bytes)."""
    return fingerprint_der(certificate_der(cert))


def normalize_fingerprint(value: str) -> str:
    """A registered fingerprint in canonical form, so comparisons ignore case and separators.

    Raises ValueError when ``value`` is not 10 bytes of hex.
    """
    digits = value.strip().replace(":", "").replace("-", "").replace(" ", "")
    raw = bytes.fromhex(digits)
    if len(raw) != FINGERPRINT_BYTES:
        raise ValueError(f"a fingerprint has {FINGERPRINT_BYTES} bytes, got {len(raw)}")
    return ":".join(f"{b:02X}" for b in raw)

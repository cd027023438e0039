"""WS-Security (X.509 token profile) for SOAP envelopes: names, algorithms, errors, helpers.

Shared by the signer (:mod:`wssecurity_sign`), the verifier (:mod:`wssecurity_verify`),
the trust checks (:mod:`wssecurity_trust`) and the wrapper (:mod:`wssecurity`).

Error codes follow :mod:`energyinterop.wrappers.signing`: layout, algorithm and crypto
failures answer 459 (compliance error), trust and identity failures 463; the generic
classes (digest mismatch, bad signature value, untrusted certificate, HMAC, SHA-1...) are
those of the OpenADR signer, so a caller catches one family for both bindings.
"""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import etree

from energyinterop.wrappers.replay import TimestampTooOld
from energyinterop.wrappers.signing import MalformedSignature, SignatureError, SignatureMissing

WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
WSU_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
WSSE11_NS = "http://docs.oasis-open.org/wss/oasis-wss-wssecurity-secext-1.1.xsd"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
EC_NS = "http://www.w3.org/2001/10/xml-exc-c14n#"

X509V3 = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3"
BASE64_BINARY = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary"

EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
SIGNATURE_METHODS = frozenset({ECDSA_SHA256, RSA_SHA256})

SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope"
SOAP_NAMESPACES = frozenset({SOAP11_NS, SOAP12_NS})

WSRM_NS = "http://docs.oasis-open.org/ws-rx/wsrm/200702"
WSMC_NS = "http://docs.oasis-open.org/ws-rx/wsmc/200702"
WSA_NS = "http://www.w3.org/2005/08/addressing"
# Header blocks whose meaning the receiver acts on (sequence numbers, acknowledgements,
# addressing): each present must be signed.
PROTECTED_HEADER_NAMESPACES = frozenset({WSRM_NS, WSMC_NS, WSA_NS})

WSU_ID = f"{{{WSU_NS}}}Id"
SECURITY = f"{{{WSSE_NS}}}Security"
TIMESTAMP = f"{{{WSU_NS}}}Timestamp"
BINARY_TOKEN = f"{{{WSSE_NS}}}BinarySecurityToken"
TOKEN_REFERENCE = f"{{{WSSE_NS}}}SecurityTokenReference"
SIGNATURE = f"{{{DS_NS}}}Signature"


def ds(tag: str) -> str:
    return f"{{{DS_NS}}}{tag}"


def c14n(element: etree._Element, prefixes: list[str] | None = None) -> bytes:
    """Exclusive C14N of ``element`` where it stands (without comments)."""
    return etree.tostring(element, method="c14n", exclusive=True, with_comments=False,
                          inclusive_ns_prefixes=prefixes or None)


def utc_text(moment: datetime) -> str:
    """xsd:dateTime in UTC with milliseconds, the form WSS stacks write and read."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --- errors (the generic ones are imported from signing) -------------------------------------


class SecurityHeaderMissing(SignatureMissing):
    """The envelope has no ``wsse:Security`` header (or it holds no ``ds:Signature``)."""


class MalformedSecurityHeader(MalformedSignature):
    """The envelope or its ``wsse:Security`` header is not laid out as the X.509 profile requires."""


class MissingSecurityToken(MalformedSecurityHeader):
    """No X.509v3 ``wsse:BinarySecurityToken`` in the Security header."""


class TokenReferenceInvalid(MalformedSecurityHeader):
    """KeyInfo does not point, through a SecurityTokenReference, at the header's token."""


class MissingBodyReference(SignatureError):
    """No reference covers the SOAP Body that would be processed."""


class MissingTimestampReference(SignatureError):
    """No reference covers the Security header's ``wsu:Timestamp``."""


class UnsignedHeader(SignatureError):
    """A header block that matters (reliable messaging, addressing, or mustUnderstand) is
    not among the signed references."""


class MalformedTimestamp(MalformedSecurityHeader):
    """A ``wsu:Timestamp`` without a readable Created, or expiring before it was created."""


class TimestampExpired(TimestampTooOld):
    """The Timestamp's Expires is past (beyond the allowed clock skew)."""

"""Verifying the WS-Security signature of a SOAP envelope, processing only what it signed.

The checks, in order (each failure has its own error class, see ``wssecurity_common``):

1. layout: an Envelope with at most one Header and exactly one Body; exactly one
   ``wsse:Security`` header holding one ``wsu:Timestamp``, one X.509v3
   ``wsse:BinarySecurityToken`` and one ``ds:Signature``;
2. algorithms: exclusive C14N, ECDSA-SHA256 or RSA-SHA256, SHA-256 digests; HMAC and SHA-1
   refused by name before anything is computed;
3. the key: KeyInfo points through a SecurityTokenReference at that token, whose
   certificate chains to a trusted CA at the message time;
4. the SignatureValue over SignedInfo, then every reference digest; each ``#id`` must
   resolve to exactly one element (no duplicate Ids);
5. coverage: the envelope's own Body, the Timestamp and every header block of a protected
   namespace (WS-RM, WS-Addressing) or marked mustUnderstand are referenced; a reference to
   a Body that is not the envelope's Body is a wrapping attempt; references to anything
   but the Body, the Timestamp, the token and header blocks are refused;
6. the Timestamp has not expired (its Created is checked by the caller's ReplayGuard).

The document handed on is rebuilt from the canonical bytes the digests covered (the
signed header blocks and the Body), without the Security header and without unsigned
blocks: nothing unsigned reaches the next wrapper or the role.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from lxml import etree

from energyinterop.security.fingerprint import fingerprint
from energyinterop.wrappers.replay import MissingTimestamp
from energyinterop.wrappers.signing import (
    DigestMismatch,
    DuplicateId,
    HmacRefused,
    Sha1Refused,
    SignatureValueInvalid,
    SignatureWrapping,
    UnexpectedReference,
    UnsupportedAlgorithm,
)
from energyinterop.wrappers.wssecurity_common import (
    BASE64_BINARY,
    BINARY_TOKEN,
    EC_NS,
    ECDSA_SHA256,
    EXC_C14N,
    PROTECTED_HEADER_NAMESPACES,
    SECURITY,
    SHA256,
    SIGNATURE,
    SIGNATURE_METHODS,
    SOAP_NAMESPACES,
    TIMESTAMP,
    TOKEN_REFERENCE,
    WSSE_NS,
    WSU_NS,
    X509V3,
    MalformedSecurityHeader,
    MalformedTimestamp,
    MissingBodyReference,
    MissingSecurityToken,
    MissingTimestampReference,
    SecurityHeaderMissing,
    TimestampExpired,
    TokenReferenceInvalid,
    UnsignedHeader,
    c14n,
    ds,
)
from energyinterop.wrappers.wssecurity_trust import CertificateTrust
from energyinterop.xml.parser import HardenedParser

_MUST_UNDERSTAND = frozenset({"1", "true"})


@dataclass(frozen=True)
class VerifiedEnvelope:
    """What a verified envelope signed, and by whom. ``document`` is the envelope to process:
    the signed header blocks and the signed Body, nothing else. ``body`` is the Body element
    the signature covered, in the parsed request."""

    document: bytes
    body: etree._Element
    cert: x509.Certificate
    fingerprint: str
    created: datetime
    expires: datetime | None
    signature_value: str


@dataclass(frozen=True)
class _Layout:
    soap: str
    header: etree._Element
    body: etree._Element
    security: etree._Element
    timestamp: etree._Element
    token: etree._Element
    signature: etree._Element
    signed_info: etree._Element


class EnvelopeVerifier:
    def __init__(self, trust: CertificateTrust, *, parser: HardenedParser | None = None,
                 protected: frozenset[str] = PROTECTED_HEADER_NAMESPACES,
                 clock_skew: timedelta = timedelta(seconds=30)) -> None:
        self.trust = trust
        self.parser = parser or HardenedParser()
        self.protected = protected
        self.clock_skew = clock_skew

    def verify(self, data: bytes, now: datetime) -> VerifiedEnvelope:
        layout = _layout(self.parser.parse(data))
        _check_algorithms(layout.signed_info)
        ids = _ids(layout.header.getparent())
        cert = self._token_certificate(layout, ids)
        self.trust.check(cert, now)
        value = _check_signature_value(layout, cert)
        signed = _check_references(layout.signed_info, ids)
        kept = self._check_coverage(layout, signed)
        created, expires = _timestamp(layout.timestamp)
        if expires is not None and expires <= now - self.clock_skew:
            raise TimestampExpired(f"the Timestamp expired at {expires.isoformat()} (now {now.isoformat()})")
        return VerifiedEnvelope(
            document=_rebuild(layout.soap, [signed[block] for block in kept], signed[layout.body]),
            body=layout.body, cert=cert, fingerprint=fingerprint(cert), created=created, expires=expires,
            signature_value=value,
        )

    def _token_certificate(self, layout: _Layout, ids: dict[str, list[etree._Element]]) -> x509.Certificate:
        reference = layout.signature.find(f"{ds('KeyInfo')}/{TOKEN_REFERENCE}/{{{WSSE_NS}}}Reference")
        uri = reference.get("URI", "") if reference is not None else ""
        if not uri.startswith("#"):
            raise TokenReferenceInvalid("KeyInfo holds no SecurityTokenReference to a token in this message")
        targets = ids.get(uri[1:], [])
        if len(targets) > 1:
            raise DuplicateId(f"Id {uri[1:]!r} occurs {len(targets)} times")
        if not targets or targets[0] is not layout.token:
            raise TokenReferenceInvalid(f"{uri} is not the BinarySecurityToken of the Security header")
        try:
            der = base64.b64decode("".join((layout.token.text or "").split()), validate=True)
        except ValueError:
            raise MissingSecurityToken("the BinarySecurityToken is not base64") from None
        return self.trust.certificate(der)

    def _check_coverage(self, layout: _Layout, signed: dict[etree._Element, bytes]) -> list[etree._Element]:
        """The header blocks to hand on (signed ones, in order); raise when something that
        matters is unsigned."""
        body_tag = f"{{{layout.soap}}}Body"
        if any(target.tag == body_tag and target is not layout.body for target in signed):
            raise SignatureWrapping("the signature covers a Body that is not the Envelope's Body")
        if layout.body not in signed:
            raise MissingBodyReference("no reference covers the SOAP Body")
        if layout.timestamp not in signed:
            raise MissingTimestampReference("no reference covers the wsu:Timestamp")
        kept = []
        for block in layout.header:
            if block is layout.security:
                continue
            if block in signed:
                kept.append(block)
                continue
            if etree.QName(block).namespace in self.protected:
                raise UnsignedHeader(f"header block {block.tag} is not signed")
            if (block.get(f"{{{layout.soap}}}mustUnderstand") or "").strip() in _MUST_UNDERSTAND:
                raise UnsignedHeader(f"header block {block.tag} must be understood but is not signed")
        allowed = {layout.body, layout.timestamp, layout.token, *kept}
        if any(target not in allowed for target in signed):
            raise UnexpectedReference("a reference covers something other than the Body, the Timestamp, "
                                      "the token or a header block")
        return kept


def _layout(root: etree._Element) -> _Layout:
    soap = etree.QName(root).namespace
    if soap not in SOAP_NAMESPACES or etree.QName(root).localname != "Envelope":
        raise MalformedSecurityHeader("not a SOAP 1.1 / 1.2 Envelope")
    children = [child for child in root if isinstance(child.tag, str)]
    bodies = [child for child in children if child.tag == f"{{{soap}}}Body"]
    headers = [child for child in children if child.tag == f"{{{soap}}}Header"]
    if len(bodies) != 1:
        raise SignatureWrapping(f"the Envelope holds {len(bodies)} Body elements")
    if len(headers) != 1 or children != [headers[0], bodies[0]]:
        if not headers:
            raise SecurityHeaderMissing("the envelope has no wsse:Security header (no Header at all)")
        raise MalformedSecurityHeader("an Envelope holds one Header then one Body")
    header = headers[0]
    securities = header.findall(SECURITY)
    if not securities:
        raise SecurityHeaderMissing("the envelope has no wsse:Security header")
    if len(securities) > 1 or len(list(root.iter(SECURITY))) > 1:
        raise MalformedSecurityHeader("exactly one wsse:Security header is expected")
    security = securities[0]
    signatures = security.findall(SIGNATURE)
    if not signatures:
        raise SecurityHeaderMissing("the wsse:Security header holds no ds:Signature")
    if len(signatures) > 1 or len(list(root.iter(SIGNATURE))) > 1:
        raise MalformedSecurityHeader("exactly one ds:Signature is expected")
    timestamps = security.findall(TIMESTAMP)
    if not timestamps:
        raise MissingTimestamp("the wsse:Security header holds no wsu:Timestamp")
    tokens = security.findall(BINARY_TOKEN)
    if not tokens:
        raise MissingSecurityToken("the wsse:Security header holds no BinarySecurityToken")
    if len(timestamps) > 1 or len(tokens) > 1:
        raise MalformedSecurityHeader("one Timestamp and one BinarySecurityToken are expected")
    token = tokens[0]
    if token.get("ValueType") != X509V3 or token.get("EncodingType", BASE64_BINARY) != BASE64_BINARY:
        raise MissingSecurityToken("the BinarySecurityToken is not an X.509v3 certificate in Base64Binary")
    signed_info = signatures[0].find(ds("SignedInfo"))
    if signed_info is None or signatures[0].find(ds("SignatureValue")) is None:
        raise MalformedSecurityHeader("ds:Signature lacks SignedInfo or SignatureValue")
    return _Layout(soap, header, bodies[0], security, timestamps[0], token, signatures[0], signed_info)


def _check_algorithms(signed_info: etree._Element) -> None:
    for element in signed_info.iter(ds("SignatureMethod"), ds("DigestMethod"), ds("CanonicalizationMethod"),
                                    ds("Transform")):
        algorithm = (element.get("Algorithm") or "").lower()
        if "hmac" in algorithm:
            raise HmacRefused(f"HMAC signature method {algorithm} is never accepted")
        if "sha1" in algorithm:
            raise Sha1Refused(f"SHA-1 ({algorithm}) is not accepted")
    method = signed_info.find(ds("SignatureMethod"))
    if method is None or method.get("Algorithm") not in SIGNATURE_METHODS:
        raise UnsupportedAlgorithm("the signature method must be ECDSA-SHA256 or RSA-SHA256")
    c14n_method = signed_info.find(ds("CanonicalizationMethod"))
    if c14n_method is None or c14n_method.get("Algorithm") != EXC_C14N:
        raise UnsupportedAlgorithm("SignedInfo canonicalization must be exclusive C14N")
    references = signed_info.findall(ds("Reference"))
    if not references:
        raise MissingBodyReference("SignedInfo holds no reference")
    for reference in references:
        digest = reference.find(ds("DigestMethod"))
        if digest is None or digest.get("Algorithm") != SHA256:
            raise UnsupportedAlgorithm("reference digests must be SHA-256")
        transforms = reference.findall(f"{ds('Transforms')}/{ds('Transform')}")
        if [t.get("Algorithm") for t in transforms] != [EXC_C14N]:
            raise UnsupportedAlgorithm("each reference takes exactly one transform: exclusive C14N")


def _ids(root: etree._Element) -> dict[str, list[etree._Element]]:
    """Every element carrying an attribute named Id (any namespace: wsu:Id, Id), by value."""
    found: dict[str, list[etree._Element]] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if etree.QName(name).localname == "Id":
                found.setdefault(value, []).append(element)
    return found


def _prefixes(parent: etree._Element) -> list[str] | None:
    inclusive = parent.find(f"{{{EC_NS}}}InclusiveNamespaces")
    return inclusive.get("PrefixList", "").split() if inclusive is not None else None


def _check_signature_value(layout: _Layout, cert: x509.Certificate) -> str:
    text = "".join((layout.signature.findtext(ds("SignatureValue")) or "").split())
    try:
        value = base64.b64decode(text, validate=True)
    except ValueError:
        raise SignatureValueInvalid("the SignatureValue is not base64") from None
    c14n_method = layout.signed_info.find(ds("CanonicalizationMethod"))
    data = c14n(layout.signed_info, _prefixes(c14n_method))
    method = layout.signed_info.find(ds("SignatureMethod")).get("Algorithm")
    key = cert.public_key()
    try:
        if method == ECDSA_SHA256 and isinstance(key, ec.EllipticCurvePublicKey):
            size = (key.curve.key_size + 7) // 8
            if len(value) != 2 * size:
                raise InvalidSignature
            der = encode_dss_signature(int.from_bytes(value[:size], "big"), int.from_bytes(value[size:], "big"))
            key.verify(der, data, ec.ECDSA(hashes.SHA256()))
        elif method != ECDSA_SHA256 and isinstance(key, rsa.RSAPublicKey):
            key.verify(value, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise SignatureValueInvalid(f"the token's key cannot make {method} signatures")
    except InvalidSignature:
        raise SignatureValueInvalid("the SignatureValue does not verify over SignedInfo") from None
    return text


def _check_references(signed_info: etree._Element,
                      ids: dict[str, list[etree._Element]]) -> dict[etree._Element, bytes]:
    """Verify every digest; the canonical bytes of each referenced element."""
    signed: dict[etree._Element, bytes] = {}
    for reference in signed_info.iterfind(ds("Reference")):
        uri = reference.get("URI") or ""
        if not uri.startswith("#") or len(uri) < 2:
            raise UnexpectedReference(f"reference URI {uri!r} is not a same-document #id")
        targets = ids.get(uri[1:], [])
        if len(targets) != 1:
            if targets:
                raise DuplicateId(f"Id {uri[1:]!r} occurs {len(targets)} times")
            raise UnexpectedReference(f"reference {uri} resolves to nothing")
        target = targets[0]
        if target in signed:
            raise UnexpectedReference(f"{uri} is referenced twice")
        canonical = c14n(target, _prefixes(reference.find(f"{ds('Transforms')}/{ds('Transform')}")))
        expected = "".join((reference.findtext(ds("DigestValue")) or "").split())
        if base64.b64encode(hashlib.sha256(canonical).digest()).decode("ascii") != expected:
            raise DigestMismatch(f"the element {uri} ({etree.QName(target).localname}) was altered after signing")
        signed[target] = canonical
    return signed


def _timestamp(timestamp: etree._Element) -> tuple[datetime, datetime | None]:
    created = _instant(timestamp.findtext(f"{{{WSU_NS}}}Created"), "Created")
    if created is None:
        raise MalformedTimestamp("the wsu:Timestamp has no Created")
    expires = _instant(timestamp.findtext(f"{{{WSU_NS}}}Expires"), "Expires")
    if expires is not None and expires <= created:
        raise MalformedTimestamp("the wsu:Timestamp expires before it was created")
    return created, expires


def _instant(text: str | None, name: str) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise MalformedTimestamp(f"unreadable {name} {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _rebuild(soap: str, headers: list[bytes], body: bytes) -> bytes:
    """An envelope made of the signed canonical fragments only (each declares the
    namespaces it uses, so they stand on their own)."""
    parts = [b'<?xml version="1.0" encoding="UTF-8"?>\n', f'<soapenv:Envelope xmlns:soapenv="{soap}">'.encode()]
    if headers:
        parts += [b"<soapenv:Header>", *headers, b"</soapenv:Header>"]
    parts += [body, b"</soapenv:Envelope>"]
    return b"".join(parts)

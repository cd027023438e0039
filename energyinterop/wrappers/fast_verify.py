"""A specialised verifier for the fixed OpenADR 2.0b signature layouts (lxml C14N + cryptography).

signxml's ``XMLVerifier`` is generic: it re-serialises and re-parses the whole document once
for the signature and once more per reference, and builds a certificate verifier per call.
That caps a signed round trip well below the 1,000 per second the project needs. This
verifier parses once (with the hardened parser), canonicalises each referenced node in place
(the same lxml call signxml makes on its copies, which carry the same in-scope namespaces),
keeps parsed certificates and trust verdicts in a small cache, and decodes the message from
the same tree after schema validation. SignedInfo is canonicalised once; when those bytes have
the plain form (C14N 1.0, two ``#id`` references with the C14N 1.0 transform alone, SHA-256),
every algorithm is known to be accepted, the element-by-element checks are skipped and the
method, URIs and digest values are read from those bytes; any other form goes through them.

It accepts a strict subset of what the signxml-based :class:`~energyinterop.wrappers.signing.
Verifier` (the reference) accepts, checked in the same order with the same error classes:

* exactly one ``ds:Signature``, a child of ``oadrPayload``, beside exactly one
  ``oadrSignedObject``; no two ``Id`` attributes alike;
* two references: the signed object (``#<oadr:Id>``, or ``URI=""`` with the enveloped
  transform) and the ``SignatureProperty`` holding ``dsp:ReplayProtect`` inside this
  signature's ``ds:Object``;
* transform lists limited to ``[c14n]``, ``[]`` (inclusive C14N by default) or, for the
  enveloped reference, ``[enveloped]`` / ``[enveloped, c14n]`` (c14n: C14N 1.0 or exclusive,
  never with comments, without ``InclusiveNamespaces``); SHA-256 digests; ECDSA-SHA256 or
  RSA-SHA256 signatures;
* ``KeyInfo`` holding ``X509Data/X509Certificate`` only (signxml compares a ``KeyValue`` with
  the certificate; here there is none to compare);
* the certificate pinned, or chaining to a trusted CA under signxml's own policy
  (digitalSignature key usage), valid at ``now``.

Anything outside that subset is refused. The tests prove the subset claim on the whole
negative suite and on a generated corpus of altered signatures.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from lxml import etree
from signxml.exceptions import InvalidCertificate

from energyinterop.codec import OpenADRCodec, openadr_codec
from energyinterop.roles.messages import ven_id_of
from energyinterop.wrappers.signing import (
    C14N_10,
    DS_NS,
    ECDSA_SHA256,
    ENVELOPED,
    EXC_C14N,
    RSA_SHA256,
    SHA256,
    DigestMismatch,
    DuplicateId,
    MalformedSignature,
    MissingReplayProtectReference,
    MissingSignedObjectReference,
    MultipleSignedObjects,
    SignatureMissing,
    SignatureValueInvalid,
    UnexpectedReference,
    UnsupportedAlgorithm,
    UntrustedCertificate,
    Verifier,
    VerifiedPayload,
    _ECDSA_SHA256,
    _PKCS1,
    _SHA256_HASH,
    _StoreChainVerifier,
    _child,
    _children,
    reference_kind,
)
from energyinterop.security.fingerprint import fingerprint_der

_PAYLOAD = "{http://openadr.org/oadr-2.0b/2012/07}oadrPayload"
_SIGNED_OBJECT = "{http://openadr.org/oadr-2.0b/2012/07}oadrSignedObject"
_SIGNATURE = f"{{{DS_NS}}}Signature"
_SIGNED_INFO = f"{{{DS_NS}}}SignedInfo"
_REFERENCE = f"{{{DS_NS}}}Reference"
_TRANSFORMS = f"{{{DS_NS}}}Transforms"
_TRANSFORM = f"{{{DS_NS}}}Transform"
_DIGEST_VALUE = f"{{{DS_NS}}}DigestValue"
_SIGNATURE_VALUE = f"{{{DS_NS}}}SignatureValue"
_KEY_INFO = f"{{{DS_NS}}}KeyInfo"
_X509_DATA = f"{{{DS_NS}}}X509Data"
_X509_CERTIFICATE = f"{{{DS_NS}}}X509Certificate"
_CANONICALIZATION = f"{{{DS_NS}}}CanonicalizationMethod"

_ID_ATTRIBUTES = etree.XPath("//@*[local-name()='Id']")
_ID_TRANSFORMS = frozenset({(), (C14N_10,), (EXC_C14N,)})
_ENVELOPED_TRANSFORMS = frozenset({(ENVELOPED,), (ENVELOPED, C14N_10), (ENVELOPED, EXC_C14N)})
_CACHE_SIZE = 256

# The canonical SignedInfo of the plain layout (ours, and the usual one): C14N 1.0, ECDSA or RSA
# with SHA-256, two "#id" references each transformed by C14N 1.0 alone, nothing else (no
# attributes, parameters, whitespace or comments: the hardened parser drops comments). Its
# canonical bytes are needed for the signature anyway; when they have this form every
# algorithm and transform is known to be accepted without walking the elements, and the
# groups give the method, the URIs and the digest values. URIs and digests holding "&" (C14N
# escapes) are left to the element walk, so each group is exactly the attribute value or text.
_ID_REFERENCE = (b'<ds:Reference URI="(#[^"&]*)">' + re.escape(
    f'<ds:Transforms><ds:Transform Algorithm="{C14N_10}"></ds:Transform></ds:Transforms>'
    f'<ds:DigestMethod Algorithm="{SHA256}"></ds:DigestMethod>'.encode())
    + b"<ds:DigestValue>([^<&]*)</ds:DigestValue></ds:Reference>")
_PLAIN_SIGNED_INFO = re.compile(
    b'<ds:SignedInfo(?: xmlns(?::[^=]+)?="[^"]*")*>'
    + re.escape(f'<ds:CanonicalizationMethod Algorithm="{C14N_10}"></ds:CanonicalizationMethod>'.encode())
    + b'<ds:SignatureMethod Algorithm="(' + re.escape(ECDSA_SHA256.encode()) + b"|" + re.escape(RSA_SHA256.encode())
    + b')"></ds:SignatureMethod>' + _ID_REFERENCE + _ID_REFERENCE + b"</ds:SignedInfo>")

# A reference as classified: (URI, DigestValue text, target, enveloped, exclusive C14N).
_Classified = tuple[str | None, str, etree._Element | None, bool, bool]


@dataclass(frozen=True, slots=True)
class _Trusted:
    """A certificate chain that verified, and the interval in which that verdict holds."""

    der: bytes
    public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey
    fingerprint: str
    valid_from: datetime
    valid_until: datetime


class FastVerifier:
    """Verifies signed ``oadrPayload`` documents in the layouts above; see the module doc.

    Returns what was signed (decoded) and by whom; the caller checks identity and replay
    (:class:`~energyinterop.wrappers.signing_wrapper.SigningWrapper` does both).
    """

    def __init__(
        self,
        *,
        trusted_cas: Iterable[x509.Certificate] = (),
        pinned: Iterable[x509.Certificate] = (),
        codec: OpenADRCodec | None = None,
    ) -> None:
        self._anchors = list(trusted_cas)
        self._pinned = {c.public_bytes(serialization.Encoding.DER): c for c in pinned}
        if not self._anchors and not self._pinned:
            raise ValueError("a verifier needs trusted CAs or pinned certificates")
        self._codec = codec or openadr_codec()
        # Chains seen lately (keyed by their X509Certificate texts): parsed and judged once.
        self._trusted: OrderedDict[tuple[str, ...], _Trusted] = OrderedDict()

    def verify(self, document_bytes: bytes, *, now: datetime) -> VerifiedPayload:
        root = self._codec.parser.parse(document_bytes)
        signature, signed_object, ids = self._layout(root)
        signed_info, signature_value, key_infos = _signature_children(signature)
        # SignedInfo is canonicalised once: its form may spare the element walk, and the
        # signature covers these very bytes (or, with exclusive C14N, those made again below).
        canonical_info = _c14n(signed_info, exclusive=False) if signed_info is not None else b""
        plain = _PLAIN_SIGNED_INFO.fullmatch(canonical_info)
        if plain is None:  # the reference's checks, then the stricter ones here
            Verifier._check_algorithms(signature)  # refuses a signature without SignedInfo
            assert signed_info is not None
            self._check_c14n_parameters(signed_info)
        texts = self._certificate_texts(key_infos)
        references = self._classify(signed_info, signature, signed_object, ids, plain)
        if not texts:  # after the references, as the reference verifier refuses it
            raise MalformedSignature("KeyInfo carries no X509Certificate")
        trusted = self._trust(texts, now)
        if plain is not None:
            method, c14n = plain.group(1).decode(), C14N_10
        else:
            method = _child(signed_info, f"{{{DS_NS}}}SignatureMethod").get("Algorithm")  # type: ignore[union-attr]
            c14n = _child(signed_info, _CANONICALIZATION).get("Algorithm")  # type: ignore[union-attr]
        data = _c14n(signed_info, exclusive=True) if c14n == EXC_C14N else canonical_info
        self._check_signature_value(signature_value, method, data, trusted)
        signed_bytes = b""
        for uri, digest, target, enveloped, exclusive in references:
            canonical = self._digest_input(root, signature, target, enveloped, exclusive)
            if hashlib.sha256(canonical).digest() != _b64decode(digest, DigestMismatch):
                raise DigestMismatch(f"signed content was altered (reference {uri!r})")
            if target is signed_object or enveloped:
                signed_bytes = canonical
        timestamp, nonce = Verifier._replay_protect(references[1][2])
        self._codec.validate(root)
        # What is decoded is exactly what was signed: the one message of the signed object
        # (valid, so it holds exactly one), decoded from its own element.
        message = self._codec.binding.decode_root(signed_object[0])
        return VerifiedPayload(signed_object=signed_bytes, message=message, fingerprint=trusted.fingerprint,
                               ven_id=ven_id_of(message), timestamp=timestamp, nonce=nonce)

    # ------------------------------------------------------------------ structure

    @staticmethod
    def _layout(root: etree._Element) -> tuple[etree._Element, etree._Element, dict[str, etree._Element]]:
        if root.tag != _PAYLOAD:
            raise MalformedSignature("a signed document is an oadrPayload")
        signatures = list(root.iter(_SIGNATURE))
        if not signatures:
            raise SignatureMissing("the payload is not signed")
        if len(signatures) > 1 or signatures[0].getparent() is not root:
            raise MalformedSignature("exactly one ds:Signature, a child of oadrPayload, is expected")
        objects = _children(root, _SIGNED_OBJECT)
        if len(objects) != 1:
            raise MultipleSignedObjects(f"oadrPayload holds {len(objects)} oadrSignedObject elements")
        ids: dict[str, etree._Element] = {}
        for value in _ID_ATTRIBUTES(root):
            if value in ids:
                raise DuplicateId(f"Id {value!r} occurs more than once")
            ids[str(value)] = value.getparent()
        return signatures[0], objects[0], ids

    # What the reference would accept but this verifier does not handle is refused: parameters
    # of the canonicalisation, and KeyInfo holding anything but certificates.

    @staticmethod
    def _check_c14n_parameters(signed_info: etree._Element) -> None:
        method = _child(signed_info, _CANONICALIZATION)
        if method is not None and len(method):
            raise UnsupportedAlgorithm("CanonicalizationMethod parameters (InclusiveNamespaces) are not accepted")

    @staticmethod
    def _classify(
        signed_info: etree._Element, signature: etree._Element, signed_object: etree._Element,
        ids: dict[str, etree._Element], plain: re.Match[bytes] | None,
    ) -> list[_Classified]:
        """The signed object's reference first, the property's second. ``plain``: SignedInfo's
        canonical form matched the plain layout, whose transforms, URIs and digests it gives."""
        found: dict[str, _Classified] = {}
        # (URI, DigestValue text, the Reference element when its transforms are still to be read)
        listed: list[tuple[str | None, str, etree._Element | None]]
        if plain is not None:  # the groups are the attribute values and texts themselves
            listed = [(plain.group(2).decode(), plain.group(3).decode(), None),
                      (plain.group(4).decode(), plain.group(5).decode(), None)]
        else:
            listed = [(reference.get("URI"), _text(reference, _DIGEST_VALUE), reference)
                      for reference in _children(signed_info, _REFERENCE)]
        for uri, digest, reference in listed:
            algorithms = FastVerifier._transforms(reference) if reference is not None else (C14N_10,)
            if uri == "" and ENVELOPED in algorithms:
                if algorithms not in _ENVELOPED_TRANSFORMS:
                    raise UnsupportedAlgorithm(f"transforms {list(algorithms)} are not accepted")
                kind, target, enveloped = "object", None, True
            elif uri and uri.startswith("#"):
                target = ids.get(uri[1:])
                kind = reference_kind(uri, target, signed_object, signature)
                if algorithms not in _ID_TRANSFORMS:
                    raise UnsupportedAlgorithm(f"transforms {list(algorithms)} are not accepted")
                enveloped = False
            else:
                raise UnexpectedReference(f"reference URI {uri!r} is not accepted")
            if kind in found:
                raise UnexpectedReference(f"the {'signed object' if kind == 'object' else 'ReplayProtect'} "
                                          "is referenced twice")
            found[kind] = (uri, digest, target, enveloped, EXC_C14N in algorithms)
        if "object" not in found:
            raise MissingSignedObjectReference("no reference covers the oadrSignedObject")
        if "property" not in found:
            raise MissingReplayProtectReference("no reference covers the dsp:ReplayProtect property")
        if len(listed) != 2:
            raise UnexpectedReference(f"expected 2 references, found {len(listed)}")
        return [found["object"], found["property"]]

    @staticmethod
    def _transforms(reference: etree._Element) -> tuple[str | None, ...]:
        """The transform algorithms of a reference, refusing what this verifier does not handle."""
        transforms_node = _children(reference, _TRANSFORMS)
        if len(transforms_node) > 1:
            raise UnsupportedAlgorithm("a reference has one Transforms element at most")
        transforms = _children(transforms_node[0], _TRANSFORM) if transforms_node else []
        if any(len(t) or (t.text or "").strip() for t in transforms):
            raise UnsupportedAlgorithm("transform parameters are not accepted")
        return tuple(t.get("Algorithm") for t in transforms)

    # ------------------------------------------------------------------ trust

    @staticmethod
    def _certificate_texts(key_infos: list[etree._Element]) -> tuple[str, ...]:
        """The X509Certificate texts under the KeyInfo elements, the first of which must hold
        exactly one X509Data of certificates (anything else is refused); empty when there are
        none. The text as sent is the trust cache key: stripping ~1 KB of base64 is left to a
        cache miss."""
        key_info = key_infos[0] if key_infos else None
        if key_info is None or len(key_info) != 1 or key_info[0].tag != _X509_DATA:
            raise MalformedSignature("KeyInfo must hold exactly one X509Data")
        if any(child.tag != _X509_CERTIFICATE for child in key_info[0]):
            raise MalformedSignature("X509Data must hold X509Certificate elements only")
        return tuple(certificate.text or "" for key_info in key_infos for data in _children(key_info, _X509_DATA)
                     for certificate in _children(data, _X509_CERTIFICATE))

    def _trust(self, texts: tuple[str, ...], now: datetime) -> _Trusted:
        cached = self._trusted.get(texts)
        if cached is not None and cached.valid_from <= now <= cached.valid_until:
            self._trusted.move_to_end(texts)
            return cached
        try:
            certs = [x509.load_der_x509_certificate(_b64decode(text, MalformedSignature)) for text in texts]
        except ValueError as exc:
            raise MalformedSignature(f"unreadable X509Certificate: {exc}") from None
        pinned = next((c for c in certs if c.public_bytes(serialization.Encoding.DER) in self._pinned), None)
        if pinned is not None:
            leaf, chain = pinned, [pinned]
        elif self._anchors:
            verifier = _StoreChainVerifier(self._anchors, verification_time=now)
            try:
                leaf = verifier.verify(certs)
            except InvalidCertificate as exc:
                raise UntrustedCertificate(f"signing certificate not trusted: {exc}") from None
            chain = [leaf, *certs, *self._anchors]  # conservative: the verdict holds while all are valid
        else:
            raise UntrustedCertificate("the signing certificate is not pinned")
        if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
            raise UntrustedCertificate(f"the signing certificate is not valid at {now.isoformat()}")
        key = leaf.public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
            raise UntrustedCertificate("the signing certificate holds neither an ECC nor an RSA key")
        der = leaf.public_bytes(serialization.Encoding.DER)
        trusted = _Trusted(der, key, fingerprint_der(der), max(c.not_valid_before_utc for c in chain),
                           min(c.not_valid_after_utc for c in chain))
        self._trusted[texts] = trusted
        if len(self._trusted) > _CACHE_SIZE:
            self._trusted.popitem(last=False)
        return trusted

    @staticmethod
    def _check_signature_value(value: str, method: str | None, data: bytes, trusted: _Trusted) -> None:
        """``value``: the SignatureValue text; ``data``: SignedInfo canonicalised as its method says."""
        raw = _b64decode(value, SignatureValueInvalid)
        key = trusted.public_key
        try:
            if method == ECDSA_SHA256:
                if not isinstance(key, ec.EllipticCurvePublicKey):
                    raise MalformedSignature("an ECDSA signature with a certificate that holds no ECC key")
                size = (key.curve.key_size + 7) // 8
                if len(raw) != 2 * size:
                    raise SignatureValueInvalid(f"expected a {2 * size}-byte SignatureValue, got {len(raw)}")
                der = encode_dss_signature(int.from_bytes(raw[:size], "big"), int.from_bytes(raw[size:], "big"))
                key.verify(der, data, _ECDSA_SHA256)
            elif method == RSA_SHA256:
                if not isinstance(key, rsa.RSAPublicKey):
                    raise MalformedSignature("an RSA signature with a certificate that holds no RSA key")
                key.verify(raw, data, _PKCS1, _SHA256_HASH)
            else:  # _check_algorithms refused every other method already
                raise UnsupportedAlgorithm(f"signature method {method} is not accepted")
        except InvalidSignature:
            raise SignatureValueInvalid("signature does not verify over SignedInfo") from None

    # ------------------------------------------------------------------ digests

    @staticmethod
    def _digest_input(root: etree._Element, signature: etree._Element, target: etree._Element | None,
                      enveloped: bool, exclusive: bool) -> bytes:
        if not enveloped:
            assert target is not None
            return _c14n(target, exclusive=exclusive)
        # The whole payload but the signature (whose tail text stays, as signxml keeps it).
        copied = copy.deepcopy(root)
        copied_signature = copied.find(_SIGNATURE)
        assert copied_signature is not None
        if copied_signature.tail:
            previous = copied_signature.getprevious()
            if previous is None:
                copied.text = (copied.text or "") + copied_signature.tail
            else:
                previous.tail = (previous.tail or "") + copied_signature.tail
        copied.remove(copied_signature)
        return _c14n(copied, exclusive=exclusive)


def _signature_children(signature: etree._Element) -> tuple[etree._Element | None, str, list[etree._Element]]:
    """The first SignedInfo, the first SignatureValue's text and the KeyInfo elements of a
    ``ds:Signature``, in one pass over its children."""
    signed_info: etree._Element | None = None
    value: str | None = None
    key_infos: list[etree._Element] = []
    for child in signature:
        tag = child.tag
        if tag == _SIGNED_INFO:
            if signed_info is None:
                signed_info = child
        elif tag == _SIGNATURE_VALUE:
            if value is None:
                value = child.text or ""
        elif tag == _KEY_INFO:
            key_infos.append(child)
    return signed_info, value or "", key_infos


def _c14n(element: etree._Element, *, exclusive: bool) -> bytes:
    return etree.tostring(element, method="c14n", exclusive=exclusive, with_comments=False)


def _text(element: etree._Element, tag: str) -> str:
    """``element.findtext(tag) or ""`` without ElementPath's cost."""
    child = _child(element, tag)
    return (child.text or "") if child is not None else ""


def _b64decode(text: str, error: type[Exception]) -> bytes:
    try:  # the usual form, unbroken: one strict call
        return binascii.a2b_base64(text, strict_mode=True)
    except ValueError:  # binascii.Error, or not ASCII
        pass
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise error("not base64") from None


__all__ = ["FastVerifier"]

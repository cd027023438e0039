"""OpenADR 2.0b XML signatures: sign and verify ``oadrPayload`` documents.

Layout (the one deployed peers and the EPRI vectors use)::

    oadr:oadrPayload
      ds:Signature Id=S
        ds:SignedInfo  (C14N 1.0 inclusive, ECDSA-SHA256 | RSA-SHA256)
          ds:Reference URI="#<oadr:Id of oadrSignedObject>"  (C14N 1.0, SHA-256)
          ds:Reference URI="#<Id of the SignatureProperty>"  (C14N 1.0, SHA-256)
        ds:SignatureValue
        ds:KeyInfo/ds:X509Data/ds:X509Certificate
        ds:Object/ds:SignatureProperties/ds:SignatureProperty Id=P Target="#S"
          dsp:ReplayProtect/{dsp:timestamp, dsp:nonce}
      oadr:oadrSignedObject oadr:Id=...

The signer writes the signature itself (a text template of the fixed layout, lxml C14N of the
signed object, cryptography) rather than through ``signxml.XMLSigner``: signxml builds the
detached signature and its ``ds:Object`` outside the document, and with inclusive C14N the
digests then change once they sit inside ``oadrPayload``. Here the signed object is written in
its canonical form inside an envelope declaring only ``oadr`` (see :meth:`Signer.sign`), and
the other digests are computed in the signature's final context. The reference verifier is
signxml's ``XMLVerifier`` (below); the wrapper uses :mod:`energyinterop.wrappers.fast_verify`.
The tests prove signxml accepts what the signer writes, and that the fast verifier rejects
whatever the reference rejects.

The second reference may also cover the ``ds:Object`` that holds nothing but that property:
openleadr (signxml 4's detached signatures) puts its ``Id`` there; the canonical form then
covers the property all the same.

The verifier also accepts the enveloped layout one Java stack emits: a ``URI=""`` reference
with the enveloped-signature transform (covering the whole payload but the signature) in
place of ``#<oadr:Id>``, plus the same ReplayProtect property reference.

Error codes: structural and cryptographic failures and algorithm refusals answer 459
(compliance error); certificate trust and identity failures answer 463 (not registered or
authorised, HTTP 403); replay failures come from :mod:`energyinterop.wrappers.replay` (459).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import signxml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from lxml import etree
from signxml import exceptions as sx
from signxml.util import X509CertChainVerifier

from energyinterop.codec import OpenADRCodec, message_of, openadr_codec
from energyinterop.wrappers.replay import EmptyNonce, MissingTimestamp, ReplayGuard
from energyinterop.xml.binding import XML_DECLARATION
from energyinterop.xml.errors import CodecError, ResponseCode

OADR_NS = "http://openadr.org/oadr-2.0b/2012/07"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
DSP_NS = "http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties"
EI_NS = "http://docs.oasis-open.org/ns/energyinterop/201110"

C14N_10 = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"

_C14N_METHODS = frozenset({C14N_10, EXC_C14N})
_TRANSFORMS = _C14N_METHODS | {ENVELOPED}
_SIGNATURE_METHODS = frozenset({ECDSA_SHA256, RSA_SHA256})

_PAYLOAD = f"{{{OADR_NS}}}oadrPayload"
_SIGNED_OBJECT = f"{{{OADR_NS}}}oadrSignedObject"
_OADR_ID = f"{{{OADR_NS}}}Id"
_SIGNATURE = f"{{{DS_NS}}}Signature"


def _ds(tag: str) -> str:
    return f"{{{DS_NS}}}{tag}"


def _dsp(tag: str) -> str:
    return f"{{{DSP_NS}}}{tag}"


_SIGNED_INFO = _ds("SignedInfo")
_SIGNATURE_METHOD = _ds("SignatureMethod")
_CANONICALIZATION_METHOD = _ds("CanonicalizationMethod")
_REFERENCE_TAG = _ds("Reference")
_DIGEST_METHOD = _ds("DigestMethod")
_TRANSFORMS_TAG = _ds("Transforms")
_TRANSFORM_TAG = _ds("Transform")
_OBJECT_TAG = _ds("Object")
_SIGNATURE_PROPERTIES_TAG = _ds("SignatureProperties")
_SIGNATURE_PROPERTY_TAG = _ds("SignatureProperty")
_REPLAY_PROTECT_TAG = _dsp("ReplayProtect")
_TIMESTAMP_TAG = _dsp("timestamp")
_NONCE_TAG = _dsp("nonce")
_ALGORITHM_TAGS = (_SIGNATURE_METHOD, _DIGEST_METHOD, _CANONICALIZATION_METHOD, _TRANSFORM_TAG)


def _child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with ``tag``: ``element.find(tag)`` at a fraction of the cost (ElementPath
    and even ``iterchildren(tag)`` cost more than a plain loop over a handful of children)."""
    for child in element:
        if child.tag == tag:
            return child
    return None


def _children(element: etree._Element, tag: str) -> list[etree._Element]:
    """``element.findall(tag)``, as cheaply as :func:`_child`."""
    return [child for child in element if child.tag == tag]


# --- errors ---------------------------------------------------------------------------------


class SignatureError(CodecError):
    """A signed payload was refused (base class)."""

    code = ResponseCode.COMPLIANCE_ERROR

    def describe(self) -> str:  # the class names the refusal on the wire too
        return f"{type(self).__name__}: {super().describe()}"


class SignatureMissing(SignatureError):
    """The payload carries no ``ds:Signature``."""


class MalformedSignature(SignatureError):
    """The signature is not laid out as OpenADR 2.0b requires (or signxml refused its form)."""


class MultipleSignedObjects(SignatureError):
    """``oadrPayload`` holds more than one ``oadrSignedObject``."""


class DuplicateId(SignatureError):
    """Two elements carry the same Id: a reference to it would be ambiguous."""


class SignatureWrapping(SignatureError):
    """The signed element is not the ``/oadrPayload/oadrSignedObject`` that would be processed."""


class MissingSignedObjectReference(SignatureError):
    """No reference covers the ``oadrSignedObject``."""


class MissingReplayProtectReference(SignatureError):
    """No reference covers a ``SignatureProperty`` holding ``dsp:ReplayProtect``."""


class UnexpectedReference(SignatureError):
    """A reference to something other than the signed object and the ReplayProtect property."""


class UnsupportedAlgorithm(SignatureError):
    """An algorithm outside C14N 1.0 / SHA-256 / ECDSA-SHA256 / RSA-SHA256."""


class HmacRefused(UnsupportedAlgorithm):
    """An HMAC signature method: never accepted (a shared secret proves no identity)."""


class Sha1Refused(UnsupportedAlgorithm):
    """A SHA-1 digest or signature method."""


class DigestMismatch(SignatureError):
    """A referenced node changed after signing (tampered content)."""


class SignatureValueInvalid(SignatureError):
    """The SignatureValue does not verify over SignedInfo with the certificate's key."""


class CertificateError(SignatureError):
    """Trust or identity failures: answered 463 / HTTP 403."""

    code = ResponseCode.NOT_REGISTERED_OR_AUTHORIZED
    http_status = 403


class UntrustedCertificate(CertificateError):
    """The signing certificate is neither pinned nor chains to a trusted CA (or is not valid now)."""


class UnregisteredSender(CertificateError):
    """No fingerprint is registered for the sender."""


class FingerprintMismatch(CertificateError):
    """The signing certificate is not the one registered for the sender."""


# --- helpers --------------------------------------------------------------------------------


def fingerprint(cert: x509.Certificate) -> str:
    """OpenADR 2.0b fingerprint: last 10 bytes of SHA-256 over the DER certificate."""
    digest = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).digest()
    return ":".join(f"{b:02X}" for b in digest[-10:])


def _c14n(element: etree._Element, algorithm: str = C14N_10) -> bytes:
    # In place: inclusive C14N then carries the namespaces in scope from oadrPayload,
    # exactly as a verifier sees them.
    return etree.tostring(element, method="c14n", exclusive=algorithm == EXC_C14N, with_comments=False)


def _load_cert(cert: x509.Certificate | bytes) -> x509.Certificate:
    if isinstance(cert, x509.Certificate):
        return cert
    return x509.load_pem_x509_certificate(cert) if b"-----BEGIN" in cert else x509.load_der_x509_certificate(cert)


def _b64(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii")


# Documents the signer reads are our own encoder's output, so a plain (but still
# entity-free, offline) parser does; incoming documents go through the hardened one.
_OWN_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True,
                              huge_tree=False)
_UNSAFE_TEXT = re.compile(r"[<>&\r\x00-\x08\x0b\x0c\x0e-\x1f]")
# The codec's own declaration: the hardened parser recognises it with one literal match.
_DECLARATION = XML_DECLARATION.encode()
_ENVELOPE_OPEN = f'<oadr:oadrPayload xmlns:oadr="{OADR_NS}">'.encode()
_ENVELOPE_CLOSE = b"</oadr:oadrPayload>"

# The signature's fixed layout, written as text in its canonical (C14N 1.0) form. In the signed
# document the namespaces in scope on SignedInfo and on the SignatureProperty are ds (declared on
# ds:Signature) and oadr (on the lean envelope): inclusive C14N writes both on those apexes,
# sorted by prefix, and nothing on their descendants, which declare only dsp.
_IN_SCOPE = f' xmlns:ds="{DS_NS}" xmlns:oadr="{OADR_NS}"'
_REFERENCE = (f'<ds:Reference URI="#{{uri}}"><ds:Transforms><ds:Transform Algorithm="{C14N_10}"></ds:Transform>'
              f'</ds:Transforms><ds:DigestMethod Algorithm="{SHA256}"></ds:DigestMethod>'
              '<ds:DigestValue>{digest}</ds:DigestValue></ds:Reference>')
_REPLAY_PROTECT = (f'<dsp:ReplayProtect xmlns:dsp="{DSP_NS}"><dsp:timestamp>{{timestamp}}</dsp:timestamp>'
                   '<dsp:nonce>{nonce}</dsp:nonce></dsp:ReplayProtect>')
# C14N's escaping of attribute values (also well-formed XML as written in the document).
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", '"': "&quot;", "\t": "&#x9;", "\n": "&#xA;",
                                    "\r": "&#xD;"})


# Built once: cryptography's constructors are not free, and these are stateless.
_ECDSA_SHA256 = ec.ECDSA(hashes.SHA256())
_SHA256_HASH = hashes.SHA256()
_PKCS1 = padding.PKCS1v15()


def _timestamp_text(now: datetime) -> str:
    if now.tzinfo is not UTC:
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        now = now.astimezone(UTC)
    return now.isoformat(timespec="microseconds").replace("+00:00", "Z")


# --- signing --------------------------------------------------------------------------------


class Signer:
    """Signs ``oadrPayload`` documents with one key and its certificate (parsed once)."""

    def __init__(
        self,
        key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | bytes,
        cert: x509.Certificate | bytes,
        chain: Sequence[x509.Certificate] = (),
    ) -> None:
        if isinstance(key, bytes):
            key = serialization.load_pem_private_key(key, password=None)  # type: ignore[assignment]
        if isinstance(key, ec.EllipticCurvePrivateKey):
            self.signature_method = ECDSA_SHA256
        elif isinstance(key, rsa.RSAPrivateKey):
            self.signature_method = RSA_SHA256
        else:
            raise TypeError("OpenADR 2.0b signs with ECC or RSA keys only")
        self._key = key
        self._ecdsa_size = (key.curve.key_size + 7) // 8 if isinstance(key, ec.EllipticCurvePrivateKey) else 0
        self.cert = _load_cert(cert)
        if self.cert.public_key().public_numbers() != key.public_key().public_numbers():  # type: ignore[union-attr]
            raise ValueError("the certificate does not hold this key's public key")
        certificates = "".join(f"<ds:X509Certificate>{_b64(c.public_bytes(serialization.Encoding.DER))}"
                               "</ds:X509Certificate>" for c in (self.cert, *chain))
        self._key_info = f"<ds:KeyInfo><ds:X509Data>{certificates}</ds:X509Data></ds:KeyInfo>"
        self._signed_info_head = (f'<ds:CanonicalizationMethod Algorithm="{C14N_10}"></ds:CanonicalizationMethod>'
                                  f'<ds:SignatureMethod Algorithm="{self.signature_method}"></ds:SignatureMethod>')
        self.fingerprint = fingerprint(self.cert)

    def sign(self, payload_bytes: bytes, *, now: datetime, nonce: str | None = None) -> bytes:
        """Sign an ``oadrPayload`` (giving its ``oadrSignedObject`` an ``oadr:Id`` when it has
        none) and return the signed document: a lean envelope declaring only ``oadr``, the
        ``ds:Signature``, then the signed object written in its canonical form.

        Why lean: the object is written as its exclusive C14N, which declares each namespace
        on the first element that uses it. Inside an envelope that declares only ``oadr``
        (which the object's root uses and declares too), the inclusive C14N of that object
        is then exactly the bytes written, so one cheap exclusive canonicalisation gives the
        digest, and every verifier's inclusive canonicalisation of the object is cheap too
        (no unused declarations inherited from the envelope onto every element). The
        ``ds:Signature`` is written from a text template of its fixed layout, its SignedInfo
        and ReplayProtect property hashed and signed in their known canonical forms. The tests
        prove signxml verifies what this writes, for every message type.
        """
        if nonce is not None and (not nonce.strip() or _UNSAFE_TEXT.search(nonce)):
            raise ValueError("a nonce is non-blank text without markup characters")
        try:
            root = etree.fromstring(payload_bytes, _OWN_PARSER)  # our own encoder's output
        except etree.XMLSyntaxError as exc:
            raise MalformedSignature(f"cannot sign a document that is not well-formed: {exc}") from None
        if root.tag != _PAYLOAD:
            raise MalformedSignature("only oadrPayload documents are signed")
        if _child(root, _SIGNATURE) is not None:
            raise MalformedSignature("the payload is already signed")
        objects = _children(root, _SIGNED_OBJECT)
        if len(objects) != 1:
            raise MultipleSignedObjects(f"oadrPayload holds {len(objects)} oadrSignedObject elements")
        signed = objects[0]
        random = os.urandom(32).hex()  # one call: the Ids' tag and the default nonce
        tag = random[:32]
        object_id = signed.get(_OADR_ID)
        if object_id:
            uri = object_id.translate(_ATTRIBUTE_ESCAPES)
        else:
            uri = object_id = f"oadrSignedObject-{tag}"  # hex: nothing to escape
            signed.set(_OADR_ID, object_id)
        canonical = etree.tostring(signed, method="c14n", exclusive=True, with_comments=False)

        # Text, not lxml elements: the layout is fixed, so SignedInfo and the property are
        # written directly in their canonical forms (building and canonicalising elements
        # cost more than the rest of signing together).
        property_id = f"replayProtect-{tag}"
        replay = _REPLAY_PROTECT.format(timestamp=_timestamp_text(now),
                                        nonce=nonce if nonce is not None else random[32:])
        property_attributes = f' Id="{property_id}" Target="#signature-{tag}">'
        property_digest = hashlib.sha256(
            f"<ds:SignatureProperty{_IN_SCOPE}{property_attributes}{replay}</ds:SignatureProperty>".encode()).digest()
        signed_info = "".join((
            self._signed_info_head,
            _REFERENCE.format(uri=uri, digest=_b64(hashlib.sha256(canonical).digest())),
            _REFERENCE.format(uri=property_id, digest=_b64(property_digest)),
            "</ds:SignedInfo>",
        ))
        value = _b64(self._sign_bytes(f"<ds:SignedInfo{_IN_SCOPE}>{signed_info}".encode()))
        signature = "".join((
            f'<ds:Signature xmlns:ds="{DS_NS}" Id="signature-{tag}"><ds:SignedInfo>', signed_info,
            f"<ds:SignatureValue>{value}</ds:SignatureValue>", self._key_info,
            f"<ds:Object><ds:SignatureProperties><ds:SignatureProperty{property_attributes}{replay}"
            "</ds:SignatureProperty></ds:SignatureProperties></ds:Object></ds:Signature>",
        ))
        return b"".join((_DECLARATION, _ENVELOPE_OPEN, signature.encode(), canonical, _ENVELOPE_CLOSE))

    def _sign_bytes(self, data: bytes) -> bytes:
        if isinstance(self._key, ec.EllipticCurvePrivateKey):
            r, s = decode_dss_signature(self._key.sign(data, _ECDSA_SHA256))
            size = self._ecdsa_size
            return r.to_bytes(size, "big") + s.to_bytes(size, "big")  # XML-DSig wants raw r||s
        return self._key.sign(data, _PKCS1, _SHA256_HASH)

    def seal(self, signature: etree._Element) -> None:
        """(Re)compute every ``#id`` reference digest and the SignatureValue of a
        ``ds:Signature`` already in its document. :meth:`sign` uses it; tests and gateways
        use it to sign a layout they built."""
        doc = signature.getroottree()
        signed_info = signature.find(_ds("SignedInfo"))
        for reference in signed_info.iterfind(_ds("Reference")):
            uri = reference.get("URI", "")
            if not uri.startswith("#"):
                raise MalformedSignature(f"seal() handles #id references only, not {uri!r}")
            targets = doc.xpath("//*[@*[local-name()='Id']=$id]", id=uri[1:])
            if len(targets) != 1:
                raise DuplicateId(f"reference {uri} resolves to {len(targets)} elements")
            transform = reference.find(f"{_ds('Transforms')}/{_ds('Transform')}")
            algorithm = transform.get("Algorithm") if transform is not None else C14N_10
            digest = hashlib.sha256(_c14n(targets[0], algorithm)).digest()
            reference.find(_ds("DigestValue")).text = base64.b64encode(digest).decode("ascii")
        value = self._sign_bytes(_c14n(signed_info))
        signature.find(_ds("SignatureValue")).text = _b64(value)


# --- verification ---------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifiedPayload:
    """What a verified payload signed, and by whom. ``signed_object`` is the canonical form
    the digest covered; ``message`` was decoded from it alone."""

    signed_object: bytes
    message: Any
    fingerprint: str
    ven_id: str | None
    timestamp: datetime
    nonce: str


def signature_configuration() -> signxml.SignatureConfiguration:
    """The signxml configuration matching the deployed layout."""
    return signxml.SignatureConfiguration(
        expect_references=2,
        signature_methods=frozenset({signxml.SignatureMethod.ECDSA_SHA256, signxml.SignatureMethod.RSA_SHA256}),
        digest_algorithms=frozenset({signxml.DigestAlgorithm.SHA256}),
    )


class _StoreChainVerifier(X509CertChainVerifier):
    """signxml's chain verifier reading trust anchors from memory instead of a PEM file."""

    def __init__(self, anchors: Sequence[x509.Certificate], **kwargs: Any) -> None:
        super().__init__(ca_pem_file="<memory>", **kwargs)
        self._anchors = list(anchors)

    @property
    def store(self) -> x509.verification.Store:
        return x509.verification.Store(self._anchors)


class _XMLVerifier(signxml.XMLVerifier):
    def __init__(self, anchors: Sequence[x509.Certificate]) -> None:
        super().__init__()
        self._anchors = anchors

    def get_cert_chain_verifier(self, ca_pem_file: Any, ee_policy: Any, ca_policy: Any) -> X509CertChainVerifier:
        return _StoreChainVerifier(
            self._anchors, verification_time=self._get_cert_verification_time(),
            ee_policy=ee_policy, ca_policy=ca_policy,
        )


@dataclass(frozen=True)
class _Refs:
    signed_object: int  # index of the reference covering the signed object
    enveloped: bool  # that reference is URI="" + enveloped-signature
    replay_protect: int  # index of the reference covering the ReplayProtect property


class Verifier:
    """Verifies signed ``oadrPayload`` documents, independent of the transport.

    Trust: a certificate in ``pinned`` (exact DER match) or one chaining to ``trusted_cas``.
    ``expected_fingerprint(ven_id)`` returns the fingerprint registered for the sender
    (``ven_id`` is the first ``ei:venID`` in the signed message, ``None`` when it has none).
    """

    def __init__(
        self,
        *,
        replay: ReplayGuard,
        trusted_cas: Iterable[x509.Certificate] = (),
        pinned: Iterable[x509.Certificate] = (),
        expected_fingerprint: Callable[[str | None], str | None] | None = None,
        codec: OpenADRCodec | None = None,
    ) -> None:
        self._anchors = list(trusted_cas)
        self._pinned = {c.public_bytes(serialization.Encoding.DER): c for c in pinned}
        if not self._anchors and not self._pinned:
            raise ValueError("a verifier needs trusted CAs or pinned certificates")
        self._replay = replay
        self._expected = expected_fingerprint
        self._codec = codec or openadr_codec()
        self._config = signature_configuration()

    def verify(self, document_bytes: bytes, *, now: datetime) -> VerifiedPayload:
        root = self._codec.parser.parse(document_bytes)
        signature, signed_object = self._layout(root)
        self._check_algorithms(signature)
        refs = self._classify_references(root, signature, signed_object)
        certs = self._certificates(signature)
        results = self._signxml_verify(root, certs, now)

        signer_cert = self._signing_cert(certs, results[0].signature_key)
        signed = results[refs.signed_object].signed_xml
        if refs.enveloped:  # the whole payload was signed: take its one signed object
            found = signed.findall(_SIGNED_OBJECT) if signed is not None else []
            if len(found) != 1:
                raise SignatureWrapping("the enveloped payload does not hold exactly one oadrSignedObject")
            signed = found[0]
        if signed is None or signed.tag != _SIGNED_OBJECT:
            raise SignatureWrapping("the signed-object reference does not cover an oadrSignedObject")
        ven_id = signed.findtext(f".//{{{EI_NS}}}venID")
        self._check_identity(signer_cert, ven_id)
        timestamp, nonce = self._replay_protect(results[refs.replay_protect].signed_xml)

        # Only the signed bytes are processed: rebuild an envelope around them.
        envelope = etree.Element(_PAYLOAD, nsmap=root.nsmap)
        envelope.append(signed)
        self._codec.validate(root)
        self._codec.validate(envelope)
        message = message_of(self._codec.decode_tree(envelope))
        self._replay.check(nonce, timestamp, now)  # last: only a fully valid message uses a nonce
        return VerifiedPayload(
            signed_object=_c14n(signed), message=message, fingerprint=fingerprint(signer_cert),
            ven_id=ven_id, timestamp=timestamp, nonce=nonce,
        )

    @staticmethod
    def _layout(root: etree._Element) -> tuple[etree._Element, etree._Element]:
        if root.tag != _PAYLOAD:
            raise MalformedSignature("a signed document is an oadrPayload")
        signatures = list(root.iter(_SIGNATURE))
        if not signatures:
            raise SignatureMissing("the payload is not signed")
        if len(signatures) > 1 or signatures[0].getparent() is not root:
            raise MalformedSignature("exactly one ds:Signature, a child of oadrPayload, is expected")
        objects = root.findall(_SIGNED_OBJECT)
        if len(objects) != 1:
            raise MultipleSignedObjects(f"oadrPayload holds {len(objects)} oadrSignedObject elements")
        seen: set[str] = set()
        for value in root.xpath("//@*[local-name()='Id']"):
            if value in seen:
                raise DuplicateId(f"Id {value!r} occurs more than once")
            seen.add(value)
        return signatures[0], objects[0]

    @staticmethod
    def _check_algorithms(signature: etree._Element) -> None:
        # Plain child loops rather than ElementPath (find/iterfind): the same elements, several
        # times cheaper, and the fast verifier runs this on every message.
        signed_info = _child(signature, _SIGNED_INFO)
        if signed_info is None:
            raise MalformedSignature("ds:Signature has no SignedInfo")
        for element in signed_info.iter(_ALGORITHM_TAGS):
            algorithm = element.get("Algorithm") or ""
            lowered = algorithm.lower()
            if "hmac" in lowered:
                raise HmacRefused(f"HMAC signature method {algorithm} is never accepted")
            if "sha1" in lowered:
                raise Sha1Refused(f"SHA-1 ({algorithm}) is not accepted")
        method = _child(signed_info, _SIGNATURE_METHOD)
        if method is None or method.get("Algorithm") not in _SIGNATURE_METHODS:
            raise UnsupportedAlgorithm("signature method must be ECDSA-SHA256 or RSA-SHA256")
        c14n = _child(signed_info, _CANONICALIZATION_METHOD)
        if c14n is None or c14n.get("Algorithm") not in _C14N_METHODS:
            raise UnsupportedAlgorithm("SignedInfo canonicalization must be C14N 1.0 (or exclusive C14N)")
        for reference in _children(signed_info, _REFERENCE_TAG):
            digest = _child(reference, _DIGEST_METHOD)
            if digest is None or digest.get("Algorithm") != SHA256:
                raise UnsupportedAlgorithm("reference digests must be SHA-256")
            for transforms in _children(reference, _TRANSFORMS_TAG):
                for transform in _children(transforms, _TRANSFORM_TAG):
                    if transform.get("Algorithm") not in _TRANSFORMS:
                        raise UnsupportedAlgorithm(f"transform {transform.get('Algorithm')} is not accepted")

    @staticmethod
    def _classify_references(
        root: etree._Element, signature: etree._Element, signed_object: etree._Element
    ) -> _Refs:
        object_ref: int | None = None
        enveloped = False
        property_ref: int | None = None
        references = signature.findall(f"{_ds('SignedInfo')}/{_ds('Reference')}")
        for index, reference in enumerate(references):
            uri = reference.get("URI")
            transforms = [t.get("Algorithm") for t in reference.iterfind(f"{_ds('Transforms')}/{_ds('Transform')}")]
            if uri == "" and ENVELOPED in transforms:
                kind = "object"
            elif uri and uri.startswith("#"):
                targets = root.xpath("//*[@*[local-name()='Id']=$id]", id=uri[1:])
                kind = reference_kind(uri, targets[0] if targets else None, signed_object, signature)
            else:
                raise UnexpectedReference(f"reference URI {uri!r} is not accepted")
            if kind == "object":
                if object_ref is not None:
                    raise UnexpectedReference("the signed object is referenced twice")
                object_ref, enveloped = index, uri == ""
            else:
                if property_ref is not None:
                    raise UnexpectedReference("ReplayProtect is referenced twice")
                property_ref = index
        if object_ref is None:
            raise MissingSignedObjectReference("no reference covers the oadrSignedObject")
        if property_ref is None:
            raise MissingReplayProtectReference("no reference covers the dsp:ReplayProtect property")
        if len(references) != 2:
            raise UnexpectedReference(f"expected 2 references, found {len(references)}")
        return _Refs(object_ref, enveloped, property_ref)

    @staticmethod
    def _certificates(signature: etree._Element) -> list[x509.Certificate]:
        texts = signature.findall(f"{_ds('KeyInfo')}/{_ds('X509Data')}/{_ds('X509Certificate')}")
        if not texts:
            raise MalformedSignature("KeyInfo carries no X509Certificate")
        try:
            return [x509.load_der_x509_certificate(base64.b64decode("".join((t.text or "").split()))) for t in texts]
        except ValueError as exc:
            raise MalformedSignature(f"unreadable X509Certificate: {exc}") from None

    def _signxml_verify(
        self, root: etree._Element, certs: list[x509.Certificate], now: datetime
    ) -> list[signxml.VerifyResult]:
        pinned = next((self._pinned[der] for der in (c.public_bytes(serialization.Encoding.DER) for c in certs)
                       if der in self._pinned), None)
        if pinned is None and not self._anchors:
            raise UntrustedCertificate("the signing certificate is not pinned")
        verifier = _XMLVerifier(self._anchors)
        config = signxml.SignatureConfiguration(
            expect_references=self._config.expect_references,
            signature_methods=self._config.signature_methods,
            digest_algorithms=self._config.digest_algorithms,
            verification_time=now,
        )
        try:
            results = verifier.verify(root, x509_cert=pinned, expect_config=config)
        except sx.InvalidCertificate as exc:
            raise UntrustedCertificate(f"signing certificate not trusted: {exc}") from None
        except sx.InvalidDigest as exc:
            raise DigestMismatch(f"signed content was altered: {exc}") from None
        except sx.InvalidSignature as exc:
            raise SignatureValueInvalid(f"signature does not verify: {exc}") from None
        except sx.InvalidInput as exc:
            raise MalformedSignature(f"signature refused: {exc}") from None
        except (etree.DocumentInvalid, TypeError, ValueError, KeyError) as exc:
            # signxml's own schema check of ds:Signature, or an element it expects left empty
            raise MalformedSignature(f"signature refused: {type(exc).__name__}: {exc}") from None
        assert isinstance(results, list)
        return results

    @staticmethod
    def _signing_cert(certs: list[x509.Certificate], key_pem: bytes) -> x509.Certificate:
        for cert in certs:
            if cert.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ) == key_pem:
                return cert
        raise UntrustedCertificate("no certificate in KeyInfo holds the key that signed")

    def _check_identity(self, cert: x509.Certificate, ven_id: str | None) -> None:
        if self._expected is None:
            return
        expected = self._expected(ven_id)
        if expected is None:
            raise UnregisteredSender(f"no certificate fingerprint is registered for {ven_id or 'the VTN'}")
        actual = fingerprint(cert)
        if actual != expected.upper():
            raise FingerprintMismatch(
                f"signing certificate {actual} is not the one registered for {ven_id or 'the VTN'} ({expected})"
            )

    @staticmethod
    def _replay_protect(prop: etree._Element | None) -> tuple[datetime, str]:
        """Timestamp and nonce of the signed property (a SignatureProperty, or the ds:Object
        holding it in the layout signxml 4 writes for openleadr)."""
        if prop is not None and prop.tag == _OBJECT_TAG:
            prop = next((p for ps in _children(prop, _SIGNATURE_PROPERTIES_TAG)
                         for p in _children(ps, _SIGNATURE_PROPERTY_TAG)), None)
        protect = _child(prop, _REPLAY_PROTECT_TAG) if prop is not None else None
        if protect is None:
            raise MissingReplayProtectReference("the signed property holds no dsp:ReplayProtect")
        timestamp, nonce_element = _child(protect, _TIMESTAMP_TAG), _child(protect, _NONCE_TAG)
        text = (timestamp.text or "").strip() if timestamp is not None else ""
        nonce = (nonce_element.text or "").strip() if nonce_element is not None else ""
        # Checked here as well as in the guard so these get their own error before the
        # schema check (a missing timestamp is also a schema violation).
        if not text:
            raise MissingTimestamp("ReplayProtect has no timestamp")
        if not nonce:
            raise EmptyNonce("ReplayProtect nonce is empty")
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError:
            raise MissingTimestamp(f"unreadable dsp:timestamp {text!r}") from None
        return (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)), nonce


def reference_kind(uri: str, target: etree._Element | None, signed_object: etree._Element,
                   signature: etree._Element) -> str:
    """What a same-document reference ``uri`` covers: "object" (the one oadrSignedObject in
    place) or "property" (the ReplayProtect property); anything else is refused, a signed
    object elsewhere (or wrapped) as a wrapping attack."""
    if target is signed_object:
        return "object"
    if target is not None and target.tag == _SIGNED_OBJECT:
        raise SignatureWrapping(f"{uri} signs an oadrSignedObject that is not /oadrPayload/oadrSignedObject")
    if target is not None and next(target.iterdescendants(_SIGNED_OBJECT), None) is not None:
        raise SignatureWrapping(f"{uri} signs an element wrapping an oadrSignedObject")
    if _is_replay_property(target, signature):
        return "property"
    raise UnexpectedReference(f"reference {uri} covers neither the signed object nor ReplayProtect")


def _is_replay_property(target: etree._Element | None, signature: etree._Element) -> bool:
    """A ds:SignatureProperty inside this signature's ds:Object, holding dsp:ReplayProtect; or
    that ds:Object itself when it holds nothing else (one SignatureProperties with one such
    SignatureProperty): openleadr's signatures (signxml 4) put the Id on the ds:Object."""
    if target is not None and target.tag == _OBJECT_TAG and target.getparent() is signature:
        if len(target) != 1 or target[0].tag != _SIGNATURE_PROPERTIES_TAG or len(target[0]) != 1:
            return False
        target = target[0][0]
    if target is None or target.tag != _SIGNATURE_PROPERTY_TAG:
        return False
    properties = target.getparent()
    obj = properties.getparent() if properties is not None else None
    return (
        properties is not None and properties.tag == _SIGNATURE_PROPERTIES_TAG
        and obj is not None and obj.tag == _OBJECT_TAG and obj.getparent() is signature
        and _child(target, _REPLAY_PROTECT_TAG) is not None
    )

"""Signing SOAP envelopes with a WS-Security header (X.509 token profile).

What an outgoing envelope gets, first in its Header::

    wsse:Security  mustUnderstand
      wsu:Timestamp wsu:Id=TS-..  (Created, Expires)
      wsse:BinarySecurityToken wsu:Id=X509-..  (X509v3, Base64Binary: our certificate)
      ds:Signature
        ds:SignedInfo  (exclusive C14N; ECDSA-SHA256 | RSA-SHA256)
          ds:Reference URI=#<Body>  ... one per covered element: the Body, the Timestamp
          and every header block of a protected namespace (WS-RM, WS-Addressing); each
          exclusive C14N (with an InclusiveNamespaces list, see below) and SHA-256
        ds:SignatureValue
        ds:KeyInfo/wsse:SecurityTokenReference/wsse:Reference URI=#X509-..

Every covered element gets a ``wsu:Id`` (kept when it has one). Each reference lists the
prefixes in scope inside its element as InclusiveNamespaces: EI payloads carry QNames in
content (``xsi:type="emix:ProductType"``) which exclusive C14N alone would not bind, and
the verifier processes only the canonical bytes the digest covered.

The key and certificate are parsed once, when the :class:`Credentials` are made.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from lxml import etree

from energyinterop.security.fingerprint import fingerprint
from energyinterop.wrappers.wssecurity_common import (
    BASE64_BINARY,
    BINARY_TOKEN,
    DS_NS,
    EC_NS,
    ECDSA_SHA256,
    EXC_C14N,
    PROTECTED_HEADER_NAMESPACES,
    RSA_SHA256,
    SECURITY,
    SHA256,
    SOAP11_NS,
    SOAP_NAMESPACES,
    TIMESTAMP,
    TOKEN_REFERENCE,
    WSSE11_NS,
    WSSE_NS,
    WSU_ID,
    WSU_NS,
    X509V3,
    c14n,
    ds,
    utc_text,
)

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

# Our own envelopes: no entities, no network; the hardened parser is for what peers send.
_OWN_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True)
class Credentials:
    """A signing key and its certificate, parsed and checked once."""

    key: PrivateKey
    cert: x509.Certificate
    method: str = field(init=False)
    token: str = field(init=False)  # the certificate's DER, base64: the BinarySecurityToken
    fingerprint: str = field(init=False)

    def __post_init__(self) -> None:
        if isinstance(self.key, ec.EllipticCurvePrivateKey):
            method = ECDSA_SHA256
        elif isinstance(self.key, rsa.RSAPrivateKey):
            method = RSA_SHA256
        else:
            raise TypeError("WS-Security signs with ECC or RSA keys only")
        if self.cert.public_key().public_numbers() != self.key.public_key().public_numbers():
            raise ValueError("the certificate does not hold this key's public key")
        der = self.cert.public_bytes(serialization.Encoding.DER)
        object.__setattr__(self, "method", method)
        object.__setattr__(self, "token", base64.b64encode(der).decode("ascii"))
        object.__setattr__(self, "fingerprint", fingerprint(der))

    @classmethod
    def from_pem(cls, key_pem: bytes, cert_pem: bytes) -> Credentials:
        key = serialization.load_pem_private_key(key_pem, password=None)
        if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
            raise TypeError("WS-Security signs with ECC or RSA keys only")
        return cls(key, x509.load_pem_x509_certificate(cert_pem))

    @classmethod
    def from_files(cls, key_path: Path, cert_path: Path) -> Credentials:
        return cls.from_pem(Path(key_path).read_bytes(), Path(cert_path).read_bytes())

    def sign(self, data: bytes) -> bytes:
        """The XML-DSig SignatureValue of ``data`` (ECDSA as raw r||s, as XML-DSig wants)."""
        if isinstance(self.key, ec.EllipticCurvePrivateKey):
            r, s = decode_dss_signature(self.key.sign(data, ec.ECDSA(hashes.SHA256())))
            size = (self.key.curve.key_size + 7) // 8
            return r.to_bytes(size, "big") + s.to_bytes(size, "big")
        return self.key.sign(data, padding.PKCS1v15(), hashes.SHA256())


class EnvelopeSigner:
    """Adds the ``wsse:Security`` header to SOAP 1.1 and 1.2 envelopes."""

    def __init__(self, credentials: Credentials, *, ttl: timedelta = timedelta(minutes=5),
                 protected: frozenset[str] = PROTECTED_HEADER_NAMESPACES) -> None:
        if ttl <= timedelta(0):
            raise ValueError("ttl must be positive")
        self.credentials = credentials
        self.ttl = ttl
        self.protected = protected

    def sign(self, envelope: bytes, now: datetime) -> bytes:
        """The envelope with a signed ``wsse:Security`` header first in its Header.

        Two passes: the header is laid out on the parsed envelope, then the whole is
        serialised and parsed again, and the digests and the signature are computed on that
        tree, the one a receiver rebuilds. (libxml2's C14N of nodes moved between trees by
        the API can miss namespace declarations in scope; a parsed tree has none of that.)
        """
        root = _with_wsu(etree.fromstring(envelope, _OWN_PARSER))
        soap = etree.QName(root).namespace
        header = root.find(f"{{{soap}}}Header")
        if header is None:
            header = etree.Element(f"{{{soap}}}Header")
            root.insert(0, header)
        if header.find(SECURITY) is not None:
            raise ValueError("the envelope already carries a wsse:Security header")
        body = root.find(f"{{{soap}}}Body")
        if body is None:
            raise ValueError("the envelope has no Body")
        covered = [body, *(block for block in header
                           if isinstance(block.tag, str) and etree.QName(block).namespace in self.protected)]

        tag = uuid.uuid4().hex
        security = etree.SubElement(header, SECURITY, nsmap={"wsse": WSSE_NS})
        header.insert(0, security)  # first: a streaming receiver meets it before what it covers
        security.set(f"{{{soap}}}mustUnderstand", "1" if soap == SOAP11_NS else "true")
        timestamp = etree.SubElement(security, TIMESTAMP, {WSU_ID: f"TS-{tag}"})
        etree.SubElement(timestamp, f"{{{WSU_NS}}}Created").text = utc_text(now)
        etree.SubElement(timestamp, f"{{{WSU_NS}}}Expires").text = utc_text(now + self.ttl)
        token = etree.SubElement(security, BINARY_TOKEN, {
            WSU_ID: f"X509-{tag}", "ValueType": X509V3, "EncodingType": BASE64_BINARY})
        token.text = self.credentials.token

        signature = etree.SubElement(security, ds("Signature"), nsmap={"ds": DS_NS})
        signed_info = etree.SubElement(signature, ds("SignedInfo"))
        etree.SubElement(signed_info, ds("CanonicalizationMethod"), Algorithm=EXC_C14N)
        etree.SubElement(signed_info, ds("SignatureMethod"), Algorithm=self.credentials.method)
        for index, element in enumerate([*covered, timestamp]):
            element_id = element.get(WSU_ID)
            if not element_id:
                element_id = f"id-{index}-{tag}"
                element.set(WSU_ID, element_id)
            reference = etree.SubElement(signed_info, ds("Reference"), URI=f"#{element_id}")
            transform = etree.SubElement(etree.SubElement(reference, ds("Transforms")), ds("Transform"),
                                         Algorithm=EXC_C14N)
            etree.SubElement(transform, f"{{{EC_NS}}}InclusiveNamespaces", nsmap={"ec": EC_NS})
            etree.SubElement(reference, ds("DigestMethod"), Algorithm=SHA256)
            etree.SubElement(reference, ds("DigestValue"))
        etree.SubElement(signature, ds("SignatureValue"))
        # wsse11:TokenType: WSS 1.1 names the kind of token referenced.
        token_reference = etree.SubElement(etree.SubElement(signature, ds("KeyInfo")), TOKEN_REFERENCE,
                                           {f"{{{WSSE11_NS}}}TokenType": X509V3}, nsmap={"wsse11": WSSE11_NS})
        etree.SubElement(token_reference, f"{{{WSSE_NS}}}Reference", URI=f"#X509-{tag}", ValueType=X509V3)

        root = etree.fromstring(etree.tostring(root), _OWN_PARSER)
        signature = root.find(f"{{{soap}}}Header/{SECURITY}/{ds('Signature')}")
        signed_info = signature.find(ds("SignedInfo"))
        for reference in signed_info.iterfind(ds("Reference")):
            element = root.xpath("//*[@wsu:Id=$id]", id=reference.get("URI")[1:], namespaces={"wsu": WSU_NS})[0]
            prefixes = in_scope_prefixes(element)
            reference.find(f"{ds('Transforms')}/{ds('Transform')}/{{{EC_NS}}}InclusiveNamespaces").set(
                "PrefixList", " ".join(prefixes))
            digest = hashlib.sha256(c14n(element, prefixes)).digest()
            reference.find(ds("DigestValue")).text = base64.b64encode(digest).decode("ascii")
        value = self.credentials.sign(c14n(signed_info))
        signature.find(ds("SignatureValue")).text = base64.b64encode(value).decode("ascii")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _with_wsu(root: etree._Element) -> etree._Element:
    """The envelope with ``xmlns:wsu`` declared on its root, so every ``wsu:Id`` added below
    uses that prefix (lxml would invent ``ns0`` on each element otherwise)."""
    if etree.QName(root).namespace not in SOAP_NAMESPACES or etree.QName(root).localname != "Envelope":
        raise ValueError("only SOAP 1.1 / 1.2 envelopes are signed")
    if root.nsmap.get("wsu", WSU_NS) != WSU_NS or "wsu" in root.nsmap:
        return root
    copy = etree.Element(root.tag, dict(root.attrib), nsmap={**root.nsmap, "wsu": WSU_NS})
    copy.text = root.text
    copy.extend(list(root))
    return copy


def in_scope_prefixes(element: etree._Element) -> list[str]:
    """Every namespace prefix in scope somewhere inside ``element`` (``#default`` for the
    default namespace), sorted: what InclusiveNamespaces must keep bound."""
    prefixes: set[str] = set()
    for node in element.iter():
        if isinstance(node.tag, str):
            prefixes.update(p or "#default" for p in node.nsmap)
    return sorted(prefixes)

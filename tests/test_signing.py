"""OpenADR 2.0b XML signing, verification and replay protection."""

from __future__ import annotations

import base64
import copy
import hashlib
from datetime import UTC, datetime, timedelta

import pytest
import signxml
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from lxml import etree

from energyinterop.openadr import OadrPoll, openadr_codec
from energyinterop.wrappers import replay as rp
from energyinterop.wrappers import signing as sg

NOW = datetime(2030, 1, 1, 12, 0, 0, tzinfo=UTC)
DS = sg.DS_NS
DSP = sg.DSP_NS
OADR = sg.OADR_NS


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject_key, subject: str, issuer_key, issuer: str, *, ca: bool) -> x509.Certificate:
    public = subject_key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject)).issuer_name(_name(issuer)).public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1)).not_valid_after(NOW + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    )
    return builder.sign(issuer_key, hashes.SHA256())


class PKI:
    def __init__(self) -> None:
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        self.ca = _cert(self.ca_key, "Test Root", self.ca_key, "Test Root", ca=True)
        self.ec_key = ec.generate_private_key(ec.SECP256R1())
        self.ec_cert = _cert(self.ec_key, "ven-1", self.ca_key, "Test Root", ca=False)
        self.rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.rsa_cert = _cert(self.rsa_key, "ven-1-rsa", self.ca_key, "Test Root", ca=False)
        other_ca_key = ec.generate_private_key(ec.SECP256R1())
        self.rogue_key = ec.generate_private_key(ec.SECP256R1())
        self.rogue_cert = _cert(self.rogue_key, "ven-1", other_ca_key, "Other Root", ca=False)
        self.self_signed = _cert(self.rogue_key, "ven-1", self.rogue_key, "ven-1", ca=False)


@pytest.fixture(scope="module")
def pki() -> PKI:
    return PKI()


@pytest.fixture(scope="module")
def signer(pki: PKI) -> sg.Signer:
    return sg.Signer(pki.ec_key, pki.ec_cert)


def payload(ven_id: str = "ven-1", object_id: str = "so-1") -> bytes:
    return openadr_codec().encode_message(OadrPoll(ven_id=ven_id, schema_version="2.0b"), signed_object_id=object_id)


def verifier(pki: PKI, *, lookup=None, capacity: int = 1000, **kwargs) -> sg.Verifier:
    guard = rp.ReplayGuard(timedelta(seconds=5), capacity)
    return sg.Verifier(replay=guard, trusted_cas=[pki.ca], expected_fingerprint=lookup, **kwargs)


def signxml_verify(data: bytes, ca: x509.Certificate):
    """signxml's own verifier, configured as SECURITY-FACTS prescribes."""
    class V(signxml.XMLVerifier):
        def get_cert_chain_verifier(self, ca_pem_file, ee_policy, ca_policy):
            return sg._StoreChainVerifier([ca], verification_time=NOW, ee_policy=ee_policy, ca_policy=ca_policy)
    config = sg.signature_configuration()
    config = signxml.SignatureConfiguration(
        expect_references=2, signature_methods=config.signature_methods,
        digest_algorithms=config.digest_algorithms, verification_time=NOW)
    return V().verify(data, expect_config=config)


def tree(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def ds(el: etree._Element, path: str) -> etree._Element:
    return el.find(path.replace("ds:", f"{{{DS}}}").replace("dsp:", f"{{{DSP}}}").replace("oadr:", f"{{{OADR}}}"))


def reseal(root: etree._Element, signer: sg.Signer) -> bytes:
    signer.seal(ds(root, "ds:Signature"))
    return etree.tostring(root)


# --- positive ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["ec", "rsa"])
def test_sign_validate_decode_and_verify(pki: PKI, kind: str) -> None:
    key, cert = (pki.ec_key, pki.ec_cert) if kind == "ec" else (pki.rsa_key, pki.rsa_cert)
    s = sg.Signer(key, cert)
    signed = s.sign(payload(), now=NOW, nonce="n-1")
    codec = openadr_codec()
    root = codec.parser.parse(signed)
    assert codec.schema.validate(root), codec.schema.error_log
    assert root[0].tag == f"{{{DS}}}Signature" and root[1].tag == f"{{{OADR}}}oadrSignedObject"
    uris = [r.get("URI") for r in root[0].iter(f"{{{DS}}}Reference")]
    prop = ds(root, "ds:Signature/ds:Object/ds:SignatureProperties/ds:SignatureProperty")
    assert uris == ["#so-1", "#" + prop.get("Id")]
    method = ds(root, "ds:Signature/ds:SignedInfo/ds:SignatureMethod").get("Algorithm")
    assert method == (sg.ECDSA_SHA256 if kind == "ec" else sg.RSA_SHA256)
    assert codec.decode_message(signed).ven_id == "ven-1"

    results = signxml_verify(signed, pki.ca)
    assert len(results) == 2 and results[0].signed_xml.tag == f"{{{OADR}}}oadrSignedObject"

    result = verifier(pki, lookup={"ven-1": s.fingerprint}.get).verify(signed, now=NOW)
    assert result.fingerprint == s.fingerprint == sg.fingerprint(cert)
    assert result.message.ven_id == "ven-1" and result.ven_id == "ven-1"
    assert result.nonce == "n-1" and result.timestamp == NOW
    assert len(result.fingerprint.split(":")) == 10 and result.fingerprint == result.fingerprint.upper()


def test_signs_without_id_and_pinned_certificate(pki: PKI, signer: sg.Signer) -> None:
    signed = signer.sign(payload(object_id=None), now=NOW)
    guard = rp.ReplayGuard(timedelta(seconds=5), 10)
    result = sg.Verifier(replay=guard, pinned=[pki.ec_cert]).verify(signed, now=NOW)
    assert result.fingerprint == signer.fingerprint
    with pytest.raises(sg.UntrustedCertificate):
        sg.Verifier(replay=guard, pinned=[pki.rsa_cert]).verify(signer.sign(payload(), now=NOW), now=NOW)


def test_enveloped_layout_accepted(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    ref = ds(root, "ds:Signature/ds:SignedInfo/ds:Reference")
    ref.set("URI", "")
    transforms = ds(ref, "ds:Transforms")
    transforms.insert(0, etree.Element(f"{{{DS}}}Transform", Algorithm=sg.ENVELOPED))
    # seal() handles #id references only: take the enveloped one out, seal the rest, then
    # digest the payload without its signature (what the enveloped transform covers).
    signature = ds(root, "ds:Signature")
    ref.getparent().remove(ref)
    signer.seal(signature)
    unsigned = copy.deepcopy(root)
    unsigned.remove(ds(unsigned, "ds:Signature"))
    digest = hashlib.sha256(etree.tostring(unsigned, method="c14n")).digest()
    ds(ref, "ds:DigestValue").text = base64.b64encode(digest).decode()
    ds(signature, "ds:SignedInfo").insert(2, ref)
    _resign_value(signature, signer)
    result = verifier(pki).verify(etree.tostring(root), now=NOW)
    assert result.message.ven_id == "ven-1"


def _resign_value(signature: etree._Element, signer: sg.Signer) -> None:
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
    data = etree.tostring(ds(signature, "ds:SignedInfo"), method="c14n")
    r, s = decode_dss_signature(signer._key.sign(data, ec.ECDSA(hashes.SHA256())))
    ds(signature, "ds:SignatureValue").text = base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode()


# --- negative ------------------------------------------------------------------------------


def test_tampered_content(pki: PKI, signer: sg.Signer) -> None:
    signed = signer.sign(payload(), now=NOW).replace(b">ven-1<", b">ven-2<")
    with pytest.raises(sg.DigestMismatch):
        verifier(pki).verify(signed, now=NOW)


def test_tampered_signed_info(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    ds(root, "ds:Signature/ds:SignedInfo/ds:Reference/ds:DigestValue").text = base64.b64encode(b"0" * 32).decode()
    with pytest.raises(sg.SignatureValueInvalid):
        verifier(pki).verify(etree.tostring(root), now=NOW)


def test_certificate_not_the_registered_one(pki: PKI) -> None:
    signed = sg.Signer(pki.rsa_key, pki.rsa_cert).sign(payload(), now=NOW)  # trusted CA, wrong cert
    registered = sg.fingerprint(pki.ec_cert)
    with pytest.raises(sg.FingerprintMismatch):
        verifier(pki, lookup={"ven-1": registered}.get).verify(signed, now=NOW)
    with pytest.raises(sg.UnregisteredSender):
        verifier(pki, lookup={}.get).verify(signed, now=NOW)


@pytest.mark.parametrize("which", ["other_ca", "self_signed"])
def test_untrusted_certificate(pki: PKI, which: str) -> None:
    cert = pki.rogue_cert if which == "other_ca" else pki.self_signed
    signed = sg.Signer(pki.rogue_key, cert).sign(payload(), now=NOW)
    with pytest.raises(sg.UntrustedCertificate):
        verifier(pki).verify(signed, now=NOW)


def _drop_reference(signer: sg.Signer, index: int) -> bytes:
    root = tree(signer.sign(payload(), now=NOW))
    info = ds(root, "ds:Signature/ds:SignedInfo")
    info.remove(info.findall(f"{{{DS}}}Reference")[index])
    return reseal(root, signer)


def test_no_reference_to_replay_protect(pki: PKI, signer: sg.Signer) -> None:
    with pytest.raises(sg.MissingReplayProtectReference):
        verifier(pki).verify(_drop_reference(signer, 1), now=NOW)


def test_no_reference_to_signed_object(pki: PKI, signer: sg.Signer) -> None:
    with pytest.raises(sg.MissingSignedObjectReference):
        verifier(pki).verify(_drop_reference(signer, 0), now=NOW)


def test_empty_nonce(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    ds(root, ".//dsp:nonce").text = ""
    with pytest.raises(rp.EmptyNonce):
        verifier(pki).verify(reseal(root, signer), now=NOW)


def test_missing_timestamp(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    stamp = ds(root, ".//dsp:timestamp")
    stamp.getparent().remove(stamp)
    with pytest.raises(rp.MissingTimestamp):
        verifier(pki).verify(reseal(root, signer), now=NOW)


def test_replayed_nonce(pki: PKI, signer: sg.Signer) -> None:
    v = verifier(pki)
    signed = signer.sign(payload(), now=NOW, nonce="once")
    v.verify(signed, now=NOW)
    with pytest.raises(rp.ReplayedNonce):
        v.verify(signed, now=NOW + timedelta(seconds=1))
    with pytest.raises(rp.ReplayedNonce):  # re-signed, same nonce
        v.verify(signer.sign(payload(), now=NOW + timedelta(seconds=1), nonce="once"), now=NOW + timedelta(seconds=1))


def test_timestamp_too_old_and_in_future(pki: PKI, signer: sg.Signer) -> None:
    v = verifier(pki)
    with pytest.raises(rp.TimestampTooOld):
        v.verify(signer.sign(payload(), now=NOW - timedelta(seconds=6)), now=NOW)
    with pytest.raises(rp.TimestampInFuture):
        v.verify(signer.sign(payload(), now=NOW + timedelta(seconds=6)), now=NOW)


def test_wrapping_nested_in_attackers_signed_object(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    original = ds(root, "oadr:oadrSignedObject")
    evil = _attacker_object(original)  # the attacker's unsigned oadrSignedObject
    root.replace(original, evil)
    evil.append(original)  # the signed element, nested inside
    data = etree.tostring(root)
    # signxml alone accepts it: the referenced element's digest is intact.
    assert len(signxml_verify(data, pki.ca)) == 2
    with pytest.raises(sg.SignatureWrapping):
        verifier(pki).verify(data, now=NOW)


def _attacker_object(original: etree._Element) -> etree._Element:
    """A copy of the signed object without its Id and for another venID: it declares the
    same namespaces, so the original keeps its canonical form (and digest) nested inside."""
    evil = copy.deepcopy(original)
    del evil.attrib[f"{{{OADR}}}Id"]
    for ven in evil.iter("{http://docs.oasis-open.org/ns/energyinterop/201110}venID"):
        ven.text = "evil"
    return evil


def test_signed_element_moved_into_object(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    original = ds(root, "oadr:oadrSignedObject")
    root.replace(original, tree(payload(ven_id="evil", object_id=None))[0])
    etree.SubElement(ds(root, "ds:Signature"), f"{{{DS}}}Object").append(original)
    with pytest.raises(sg.SignatureWrapping):
        verifier(pki).verify(etree.tostring(root), now=NOW)


def test_duplicate_id(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    etree.SubElement(ds(root, "ds:Signature"), f"{{{DS}}}Object", Id="so-1")
    with pytest.raises(sg.DuplicateId):
        verifier(pki).verify(etree.tostring(root), now=NOW)


def test_two_signed_objects(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    root.append(tree(payload(ven_id="evil", object_id="so-2"))[0])
    with pytest.raises(sg.MultipleSignedObjects):
        verifier(pki).verify(etree.tostring(root), now=NOW)


def test_hmac_method_refused(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    ds(root, "ds:Signature/ds:SignedInfo/ds:SignatureMethod").set(
        "Algorithm", "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256")
    with pytest.raises(sg.HmacRefused):
        verifier(pki).verify(etree.tostring(root), now=NOW)


def test_sha1_refused(pki: PKI, signer: sg.Signer) -> None:
    root = tree(signer.sign(payload(), now=NOW))
    ds(root, "ds:Signature/ds:SignedInfo/ds:Reference/ds:DigestMethod").set(
        "Algorithm", "http://www.w3.org/2000/09/xmldsig#sha1")
    with pytest.raises(sg.Sha1Refused):
        verifier(pki).verify(etree.tostring(root), now=NOW)


def test_unsigned_payload(pki: PKI) -> None:
    with pytest.raises(sg.SignatureMissing):
        verifier(pki).verify(payload(), now=NOW)


def test_error_classes_are_distinct() -> None:
    classes = [sg.DigestMismatch, sg.FingerprintMismatch, sg.UntrustedCertificate, sg.MissingReplayProtectReference,
               sg.MissingSignedObjectReference, rp.EmptyNonce, rp.MissingTimestamp, rp.ReplayedNonce,
               rp.TimestampTooOld, rp.TimestampInFuture, sg.SignatureWrapping, sg.DuplicateId,
               sg.MultipleSignedObjects, sg.HmacRefused, sg.Sha1Refused]
    for a in classes:
        assert sum(issubclass(a, b) for b in classes) == 1, a


# --- volume and the replay guard -----------------------------------------------------------


def test_200_signatures_bounded_memory(pki: PKI, signer: sg.Signer) -> None:
    v = verifier(pki, capacity=50)
    guard = v._replay
    first = None
    for i in range(200):
        now = NOW + timedelta(milliseconds=10 * i)
        signed = signer.sign(payload(), now=now, nonce=f"nonce-{i}")
        first = first or signed
        assert v.verify(signed, now=now).nonce == f"nonce-{i}"
        assert len(guard) <= 50
    assert len(guard) == 50
    # The first nonce was evicted but is still inside the window: refused, never accepted.
    with pytest.raises(rp.TimestampTooOld):
        v.verify(first, now=NOW + timedelta(seconds=2))


def test_guard_expiry_snapshot_restore() -> None:
    guard = rp.ReplayGuard(timedelta(seconds=5), 3)
    guard.check("a", NOW, NOW)
    guard.check("b", NOW + timedelta(seconds=1), NOW + timedelta(seconds=1))
    guard.check("c", NOW + timedelta(seconds=10), NOW + timedelta(seconds=10))
    assert len(guard) == 1  # a and b expired from the front
    snap = guard.snapshot()
    other = rp.ReplayGuard(timedelta(seconds=5), 3)
    other.restore(snap)
    with pytest.raises(rp.ReplayedNonce):
        other.check("c", NOW + timedelta(seconds=10), NOW + timedelta(seconds=11))
    with pytest.raises(rp.EmptyNonce):
        other.check("  ", NOW, NOW)
    with pytest.raises(rp.MissingTimestamp):
        other.check("x", None, NOW)

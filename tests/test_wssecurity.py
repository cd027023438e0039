"""WS-Security (X.509 token profile) on SOAP envelopes: signing, verification, and every refusal."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import signxml
from lxml import etree

from energyinterop.ei import ei_codec
from energyinterop.security.certs import Issued, TestCa
from energyinterop.store import MemoryStore
from energyinterop.store.base import VenRecord
from energyinterop.transport.soap import SoapVersion, build_envelope, parse_envelope
from energyinterop.wrappers import replay as rp
from energyinterop.wrappers import signing as sg
from energyinterop.wrappers import wssecurity_common as wc
from energyinterop.wrappers.base import PARTY, Binding, Direction, Exchange, Held, WrapperStack
from energyinterop.wrappers.wssecurity import WsSecurity
from energyinterop.wrappers.wssecurity_sign import Credentials, EnvelopeSigner
from energyinterop.wrappers.wssecurity_trust import CertificateTrust, PinnedPeer, RegisteredParties
from energyinterop.xml.errors import ResponseCode

GOLDEN = Path(__file__).parent / "data" / "golden" / "ei"
NOW = datetime.now(UTC).replace(microsecond=0)  # the test certificates are valid around now
VEN_ID = "0000ven042"  # the venID of the golden eiRequestEvent
NS = {"ds": wc.DS_NS, "wsse": wc.WSSE_NS, "wsu": wc.WSU_NS, "wsrm": wc.WSRM_NS, "wsa": wc.WSA_NS,
      "ec": wc.EC_NS, "s11": wc.SOAP11_NS}
COMPLIANCE, AUTH = ResponseCode.COMPLIANCE_ERROR, ResponseCode.NOT_REGISTERED_OR_AUTHORIZED

RM_HEADERS = (
    f'<wsrm:Sequence xmlns:wsrm="{wc.WSRM_NS}"><wsrm:Identifier>urn:uuid:seq-1</wsrm:Identifier>'
    f'<wsrm:MessageNumber>1</wsrm:MessageNumber></wsrm:Sequence>'.encode(),
    f'<wsrm:AckRequested xmlns:wsrm="{wc.WSRM_NS}"><wsrm:Identifier>urn:uuid:seq-1</wsrm:Identifier>'
    f'</wsrm:AckRequested>'.encode(),
    f'<wsa:Action xmlns:wsa="{wc.WSA_NS}">RequestEvent</wsa:Action>'.encode(),
)


class Pki:
    def __init__(self) -> None:
        self.ca = TestCa.create("wss-root")
        self.ven_ecc = self.ca.issue("ven-ecc", "ecc")
        self.ven_rsa = self.ca.issue("ven-rsa", "rsa")
        self.other = self.ca.issue("other-ven", "ecc")  # trusted, but registered for nobody
        self.rogue = TestCa.create("rogue-root").issue("ven-ecc", "ecc")
        self.expired = self.ca.issue("old-ven", "ecc", not_before=NOW - timedelta(days=30),
                                     not_after=NOW - timedelta(days=1))
        self.trust = CertificateTrust([self.ca.cert])


@pytest.fixture(scope="module")
def pki() -> Pki:
    return Pki()


def creds(issued: Issued) -> Credentials:
    return Credentials(issued.key, issued.cert)


def envelope(version: SoapVersion = SoapVersion.V11, golden: str = "eiRequestEvent", rm: bool = True) -> bytes:
    return build_envelope(version, (GOLDEN / f"{golden}.xml").read_bytes(), RM_HEADERS if rm else ())


def sign(issued: Issued, document: bytes | None = None, at: datetime = NOW, ttl: timedelta = timedelta(minutes=5)) -> bytes:
    return EnvelopeSigner(creds(issued), ttl=ttl).sign(document or envelope(), at)


async def store_with(ven: Issued) -> MemoryStore:
    store = MemoryStore()
    await store.open()
    await store.put_ven(VenRecord(ven_id=VEN_ID, ven_name="ven", fingerprint=ven.fingerprint))
    return store


def vtn_security(pki: Pki, **options) -> WsSecurity:
    return WsSecurity(None, pki.trust, options.pop("identity", RegisteredParties()), sign=False, **options)


def receive(wss: WsSecurity, document: bytes, *, ven: Issued | None = None, store: MemoryStore | None = None,
            now: datetime = NOW) -> tuple[bytes, Exchange]:
    async def go() -> tuple[bytes, Exchange]:
        exchange = Exchange(Binding.SOAP, Direction.INCOMING, "EiEvent", now,
                            store if store is not None else await store_with(ven) if ven else None)
        result = await wss.incoming(document, exchange)
        assert not isinstance(result, Held)
        return result, exchange

    return asyncio.run(go())


def refused(pki: Pki, document: bytes, error: type[Exception], code: ResponseCode, **kwargs) -> Exception:
    wss = kwargs.pop("wss", None) or vtn_security(pki)
    with pytest.raises(error) as raised:
        receive(wss, document, ven=kwargs.pop("ven", pki.ven_ecc), **kwargs)
    assert type(raised.value) is error, raised.value
    assert raised.value.code == code
    return raised.value


def tree(document: bytes) -> etree._Element:
    return etree.fromstring(document)


def text(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def reseal(root: etree._Element, issued: Issued) -> bytes:
    """Recompute every digest and the signature over a modified layout, as a peer holding
    a valid key (or an attacker with its own trusted key) would."""
    root = etree.fromstring(etree.tostring(root))
    signature = root.find(".//ds:Signature", NS)
    signed_info = signature.find("ds:SignedInfo", NS)
    for reference in signed_info.iterfind("ds:Reference", NS):
        target = root.xpath("//*[@*[local-name()='Id']=$id]", id=reference.get("URI")[1:])[0]
        inclusive = reference.find(".//ec:InclusiveNamespaces", NS)
        canonical = wc.c14n(target, inclusive.get("PrefixList").split() if inclusive is not None else None)
        reference.find("ds:DigestValue", NS).text = base64.b64encode(hashlib.sha256(canonical).digest()).decode()
    value = creds(issued).sign(wc.c14n(signed_info))
    signature.find("ds:SignatureValue", NS).text = base64.b64encode(value).decode()
    return text(root)


def drop_reference(document: bytes, local_name: str, issued: Issued) -> bytes:
    root = tree(document)
    for reference in root.iterfind(".//ds:Reference", NS):
        target = root.xpath("//*[@*[local-name()='Id']=$id]", id=reference.get("URI")[1:])[0]
        if etree.QName(target).localname == local_name:
            reference.getparent().remove(reference)
    return reseal(root, issued)


# --- signing and verifying --------------------------------------------------------------------


@pytest.mark.parametrize("version", list(SoapVersion), ids=lambda v: v.name)
@pytest.mark.parametrize("kind", ["ecc", "rsa"])
def test_a_signed_envelope_verifies_and_only_the_signed_parts_go_on(pki: Pki, kind: str, version: SoapVersion) -> None:
    ven = pki.ven_ecc if kind == "ecc" else pki.ven_rsa
    signed = sign(ven, envelope(version))
    root = tree(signed)
    security = root.find(f"{{{version.namespace}}}Header/wsse:Security", NS)
    assert security is root.find(f"{{{version.namespace}}}Header")[0]  # first header block
    assert security.get(f"{{{version.namespace}}}mustUnderstand") == ("1" if version is SoapVersion.V11 else "true")
    assert [etree.QName(c).localname for c in security] == ["Timestamp", "BinarySecurityToken", "Signature"]
    method = security.find("ds:Signature/ds:SignedInfo/ds:SignatureMethod", NS).get("Algorithm")
    assert method == (wc.ECDSA_SHA256 if kind == "ecc" else wc.RSA_SHA256)
    assert security.find("ds:Signature/ds:SignedInfo/ds:CanonicalizationMethod", NS).get("Algorithm") == wc.EXC_C14N
    token_ref = security.find("ds:Signature/ds:KeyInfo/wsse:SecurityTokenReference/wsse:Reference", NS)
    assert token_ref.get("URI") == "#" + security.find("wsse:BinarySecurityToken", NS).get(wc.WSU_ID)

    result, exchange = receive(vtn_security(pki), signed, ven=ven)
    assert exchange.signer_fingerprint == ven.fingerprint and exchange.fingerprint == ven.fingerprint
    assert exchange.notes[PARTY] == VEN_ID
    request = parse_envelope(result, parser=ei_codec().parser)  # no Security block left to misunderstand
    assert request.version is version
    assert [etree.QName(h).localname for h in request.headers] == ["Sequence", "AckRequested", "Action"]
    original = parse_envelope(envelope(version), parser=ei_codec().parser).payload
    assert ei_codec().decode_tree(request.payload) == ei_codec().decode_tree(original)


@pytest.mark.parametrize("version", list(SoapVersion), ids=lambda v: v.name)
@pytest.mark.parametrize("kind", ["ecc", "rsa"])
@pytest.mark.parametrize("rm", [True, False], ids=["with-rm", "without-rm"])
def test_signxml_verifies_what_the_signer_emits(pki: Pki, kind: str, version: SoapVersion, rm: bool) -> None:
    ven = pki.ven_ecc if kind == "ecc" else pki.ven_rsa
    signed = sign(ven, envelope(version, golden="eiCreateTender", rm=rm))
    expected = ["Body", "Sequence", "AckRequested", "Action", "Timestamp"] if rm else ["Body", "Timestamp"]
    results = signxml.XMLVerifier().verify(
        tree(signed), x509_cert=ven.cert, id_attribute="Id",
        expect_config=signxml.SignatureConfiguration(
            expect_references=len(expected),
            signature_methods=frozenset({signxml.SignatureMethod.ECDSA_SHA256, signxml.SignatureMethod.RSA_SHA256}),
            digest_algorithms=frozenset({signxml.DigestAlgorithm.SHA256})))
    assert [etree.QName(r.signed_xml).localname for r in results] == expected
    # ... and refuses the same envelope once its Body changed
    tampered = signed.replace(b"TDR-000981", b"TDR-000982")
    with pytest.raises(signxml.exceptions.InvalidDigest):
        signxml.XMLVerifier().verify(tree(tampered), x509_cert=ven.cert, id_attribute="Id",
                                     expect_config=signxml.SignatureConfiguration(expect_references=len(expected)))


def test_qnames_in_content_stay_bound_in_what_goes_on(pki: Pki) -> None:
    # eiCreateTender carries xsi:type="emix:ProductType": the prefix is bound only because
    # the reference lists it as an inclusive namespace.
    result, _ = receive(vtn_security(pki, identity=RegisteredParties(allow_unregistered=True)),
                        sign(pki.other, envelope(golden="eiCreateTender")), store=MemoryStore())
    payload = parse_envelope(result, parser=ei_codec().parser).payload
    ei_codec().validate(payload)
    assert type(ei_codec().decode_tree(payload)).__name__ == "EiCreateTender"


def test_other_bindings_pass_untouched(pki: Pki) -> None:
    wss = WsSecurity(creds(pki.ven_ecc), pki.trust, RegisteredParties())

    async def go() -> None:
        for direction in Direction:
            exchange = Exchange(Binding.SIMPLE_HTTP, direction, "EiEvent", NOW)
            method = wss.outgoing if direction is Direction.OUTGOING else wss.incoming
            assert await method(b"<oadrPayload/>", exchange) == b"<oadrPayload/>"

    asyncio.run(go())


def test_credentials_are_checked_once(pki: Pki) -> None:
    with pytest.raises(ValueError, match="public key"):
        Credentials(pki.ven_ecc.key, pki.ven_rsa.cert)
    with pytest.raises(ValueError, match="credentials"):
        WsSecurity(None, pki.trust, RegisteredParties())
    loaded = Credentials.from_pem(pki.ven_rsa.key_pem, pki.ven_rsa.cert_pem)
    assert loaded.method == wc.RSA_SHA256 and loaded.fingerprint == pki.ven_rsa.fingerprint


# --- refusals ---------------------------------------------------------------------------------


def test_tampered_body_is_refused(pki: Pki) -> None:
    error = refused(pki, sign(pki.ven_ecc).replace(b"REQ-00123", b"REQ-00666"), sg.DigestMismatch, COMPLIANCE)
    assert "Body" in str(error)


def test_tampered_timestamp_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    expires = root.find(".//wsu:Timestamp/wsu:Expires", NS)
    expires.text = expires.text.replace(expires.text[:4], str(int(expires.text[:4]) + 1))
    assert "Timestamp" in str(refused(pki, text(root), sg.DigestMismatch, COMPLIANCE))


def test_tampered_rm_header_is_refused(pki: Pki) -> None:
    tampered = sign(pki.ven_ecc).replace(b"<wsrm:MessageNumber>1<", b"<wsrm:MessageNumber>2<")
    assert "Sequence" in str(refused(pki, tampered, sg.DigestMismatch, COMPLIANCE))


def test_an_unsigned_header_that_matters_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    header = root.find("s11:Header", NS)
    header.append(etree.fromstring(f'<wsrm:SequenceAcknowledgement xmlns:wsrm="{wc.WSRM_NS}"><wsrm:Identifier>'
                                   f'urn:uuid:seq-9</wsrm:Identifier><wsrm:AcknowledgementRange Lower="1" Upper="9"/>'
                                   f'</wsrm:SequenceAcknowledgement>'))
    refused(pki, text(root), wc.UnsignedHeader, COMPLIANCE)
    root = tree(sign(pki.ven_ecc))
    root.find("s11:Header", NS).append(etree.fromstring(
        f'<x:Pay xmlns:x="urn:x" xmlns:s="{wc.SOAP11_NS}" s:mustUnderstand="1">all</x:Pay>'))
    refused(pki, text(root), wc.UnsignedHeader, COMPLIANCE)


def test_an_unsigned_header_that_does_not_matter_is_dropped(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    root.find("s11:Header", NS).append(etree.fromstring('<x:Note xmlns:x="urn:x">hello</x:Note>'))
    result, _ = receive(vtn_security(pki), text(root), ven=pki.ven_ecc)
    assert b"Note" not in result and b"Sequence" in result


def test_a_signed_rm_header_must_be_the_one_processed(pki: Pki) -> None:
    # the signed Sequence is moved into an unsigned wrapper; a forged one takes its place
    root = tree(sign(pki.ven_ecc))
    header = root.find("s11:Header", NS)
    sequence = header.find("wsrm:Sequence", NS)
    wrapper = etree.SubElement(header, "{urn:x}Wrapper")
    forged = etree.fromstring(etree.tostring(sequence).replace(b">1<", b">7<"))
    del forged.attrib[wc.WSU_ID]
    sequence.addprevious(forged)
    wrapper.append(sequence)
    refused(pki, text(root), wc.UnsignedHeader, COMPLIANCE)


def test_a_moved_body_is_refused(pki: Pki) -> None:
    # the classic wrapping attack: the signed Body hides in a header, a forged Body is processed
    root = tree(sign(pki.ven_ecc))
    body = root.find("s11:Body", NS)
    forged = etree.SubElement(root, f"{{{wc.SOAP11_NS}}}Body")
    forged.append(etree.fromstring(etree.tostring(body[0]).replace(b"REQ-00123", b"REQ-EVIL")))
    etree.SubElement(root.find("s11:Header", NS), "{urn:x}Wrapper").append(body)
    refused(pki, text(root), sg.SignatureWrapping, COMPLIANCE)


def test_an_unsigned_second_body_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    root.append(etree.fromstring(f'<s:Body xmlns:s="{wc.SOAP11_NS}"><x:evil xmlns:x="urn:x"/></s:Body>'))
    refused(pki, text(root), sg.SignatureWrapping, COMPLIANCE)


def test_a_forged_body_reusing_the_signed_id_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    body = root.find("s11:Body", NS)
    forged = etree.fromstring(etree.tostring(body).replace(b"REQ-00123", b"REQ-EVIL"))
    etree.SubElement(root.find("s11:Header", NS), "{urn:x}Wrapper").append(body)
    root.append(forged)
    refused(pki, text(root), sg.DuplicateId, COMPLIANCE)


def test_a_signature_not_covering_the_body_is_refused(pki: Pki) -> None:
    refused(pki, drop_reference(sign(pki.ven_ecc), "Body", pki.ven_ecc), wc.MissingBodyReference, COMPLIANCE)


def test_a_signature_not_covering_the_timestamp_is_refused(pki: Pki) -> None:
    refused(pki, drop_reference(sign(pki.ven_ecc), "Timestamp", pki.ven_ecc), wc.MissingTimestampReference,
            COMPLIANCE)


def test_a_signature_not_covering_an_rm_header_is_refused(pki: Pki) -> None:
    refused(pki, drop_reference(sign(pki.ven_ecc), "AckRequested", pki.ven_ecc), wc.UnsignedHeader, COMPLIANCE)


def test_a_reference_to_something_else_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    signed_info = root.find(".//ds:SignedInfo", NS)
    reference = etree.fromstring(etree.tostring(signed_info.find("ds:Reference", NS)))
    payload = root.find("s11:Body", NS)[0][0]  # pyld:requestID inside the Body
    payload.set(wc.WSU_ID, "inner")
    reference.set("URI", "#inner")
    signed_info.append(reference)
    refused(pki, reseal(root, pki.ven_ecc), sg.UnexpectedReference, COMPLIANCE)


def test_missing_timestamp_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    timestamp = root.find(".//wsu:Timestamp", NS)
    timestamp.getparent().remove(timestamp)
    refused(pki, text(root), rp.MissingTimestamp, COMPLIANCE)


def test_unreadable_timestamp_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    root.find(".//wsu:Timestamp/wsu:Created", NS).text = "yesterday"
    refused(pki, reseal(root, pki.ven_ecc), wc.MalformedTimestamp, COMPLIANCE)


def test_expired_timestamp_is_refused(pki: Pki) -> None:
    stale = sign(pki.ven_ecc, at=NOW - timedelta(minutes=3), ttl=timedelta(minutes=1))
    refused(pki, stale, wc.TimestampExpired, COMPLIANCE)


def test_timestamp_older_than_the_window_is_refused(pki: Pki) -> None:
    old = sign(pki.ven_ecc, at=NOW - timedelta(minutes=6), ttl=timedelta(hours=1))
    refused(pki, old, rp.TimestampTooOld, COMPLIANCE)


def test_future_timestamp_is_refused(pki: Pki) -> None:
    refused(pki, sign(pki.ven_ecc, at=NOW + timedelta(minutes=6)), rp.TimestampInFuture, COMPLIANCE)


def test_replayed_signature_is_refused(pki: Pki) -> None:
    wss = vtn_security(pki)
    signed = sign(pki.ven_ecc)
    receive(wss, signed, ven=pki.ven_ecc)
    refused(pki, signed, rp.ReplayedNonce, COMPLIANCE, wss=wss, now=NOW + timedelta(seconds=1))


def test_accepted_signatures_are_remembered_in_the_store_across_restarts(pki: Pki) -> None:
    store = asyncio.run(store_with(pki.ven_ecc))
    signed = sign(pki.ven_ecc)
    receive(vtn_security(pki), signed, store=store)
    refused(pki, signed, rp.ReplayedNonce, COMPLIANCE, wss=vtn_security(pki), store=store)  # a new process


def test_a_refused_message_does_not_use_up_its_signature_value(pki: Pki) -> None:
    wss = vtn_security(pki)
    signed = sign(pki.ven_ecc)
    refused(pki, signed, sg.FingerprintMismatch, AUTH, wss=wss, ven=pki.ven_rsa)
    assert receive(wss, signed, ven=pki.ven_ecc)[1].signer_fingerprint == pki.ven_ecc.fingerprint


def test_untrusted_certificate_is_refused(pki: Pki) -> None:
    refused(pki, sign(pki.rogue), sg.UntrustedCertificate, AUTH)


def test_expired_certificate_is_refused(pki: Pki) -> None:
    refused(pki, sign(pki.expired), sg.UntrustedCertificate, AUTH)


def test_a_certificate_that_is_not_the_registered_one_is_refused(pki: Pki) -> None:
    refused(pki, sign(pki.other), sg.FingerprintMismatch, AUTH)  # the VEN registered ven_ecc's


def test_a_certificate_registered_for_another_party_is_refused(pki: Pki) -> None:
    async def go() -> None:
        store = MemoryStore()
        await store.open()
        await store.put_ven(VenRecord(ven_id="someone-else", ven_name="else", fingerprint=pki.other.fingerprint))
        await store.put_ven(VenRecord(ven_id=VEN_ID, ven_name="ven"))  # no fingerprint registered
        exchange = Exchange(Binding.SOAP, Direction.INCOMING, "EiEvent", NOW, store)
        with pytest.raises(sg.FingerprintMismatch, match="registered for 'someone-else'"):
            await vtn_security(pki).incoming(sign(pki.other), exchange)

    asyncio.run(go())


def test_an_unregistered_certificate_is_refused_unless_allowed(pki: Pki) -> None:
    refused(pki, sign(pki.other), sg.UnregisteredSender, AUTH, store=MemoryStore())
    allowed = vtn_security(pki, identity=RegisteredParties(allow_unregistered=True))
    _, exchange = receive(allowed, sign(pki.other), store=MemoryStore())
    assert exchange.signer_fingerprint == pki.other.fingerprint and PARTY not in exchange.notes


def test_the_vtn_identifies_a_party_by_its_certificate_alone(pki: Pki) -> None:
    # eiCancelEvent-like payloads name no party: the store tells who signed
    document = build_envelope(SoapVersion.V11, b'<x:ping xmlns:x="urn:x"/>')
    _, exchange = receive(vtn_security(pki), sign(pki.ven_ecc, document), ven=pki.ven_ecc)
    assert exchange.notes[PARTY] == VEN_ID


def test_a_client_accepts_only_the_pinned_vtn(pki: Pki) -> None:
    pinned = WsSecurity(None, pki.trust, PinnedPeer(pki.ven_rsa.fingerprint), sign=False)
    refused(pki, sign(pki.ven_ecc), sg.FingerprintMismatch, AUTH, wss=pinned)
    _, exchange = receive(pinned, sign(pki.ven_rsa))
    assert exchange.signer_fingerprint == pki.ven_rsa.fingerprint


def test_hmac_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    root.find(".//ds:SignatureMethod", NS).set("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256")
    refused(pki, text(root), sg.HmacRefused, COMPLIANCE)


@pytest.mark.parametrize("element, algorithm", [
    ("DigestMethod", "http://www.w3.org/2000/09/xmldsig#sha1"),
    ("SignatureMethod", "http://www.w3.org/2000/09/xmldsig#rsa-sha1"),
])
def test_sha1_is_refused(pki: Pki, element: str, algorithm: str) -> None:
    root = tree(sign(pki.ven_ecc))
    root.find(f".//ds:{element}", NS).set("Algorithm", algorithm)
    refused(pki, text(root), sg.Sha1Refused, COMPLIANCE)


def test_inclusive_c14n_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    root.find(".//ds:CanonicalizationMethod", NS).set("Algorithm", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315")
    refused(pki, text(root), sg.UnsupportedAlgorithm, COMPLIANCE)


def test_missing_binary_security_token_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    token = root.find(".//wsse:BinarySecurityToken", NS)
    token.getparent().remove(token)
    refused(pki, text(root), wc.MissingSecurityToken, COMPLIANCE)


def test_a_token_reference_elsewhere_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    reference = root.find(".//wsse:SecurityTokenReference/wsse:Reference", NS)
    reference.set("URI", "#" + root.find(".//wsu:Timestamp", NS).get(wc.WSU_ID))
    refused(pki, text(root), wc.TokenReferenceInvalid, COMPLIANCE)


def test_a_swapped_token_is_refused(pki: Pki) -> None:
    # another trusted certificate in the token: the signature no longer verifies with its key
    root = tree(sign(pki.ven_ecc))
    root.find(".//wsse:BinarySecurityToken", NS).text = creds(pki.other).token
    refused(pki, text(root), sg.SignatureValueInvalid, COMPLIANCE)


def test_a_tampered_signed_info_is_refused(pki: Pki) -> None:
    root = tree(sign(pki.ven_ecc))
    digest = root.find(".//ds:DigestValue", NS)
    digest.text = base64.b64encode(hashlib.sha256(b"other").digest()).decode()
    refused(pki, text(root), sg.SignatureValueInvalid, COMPLIANCE)


def test_an_unsigned_envelope_is_refused_unless_signatures_are_optional(pki: Pki) -> None:
    refused(pki, envelope(), wc.SecurityHeaderMissing, COMPLIANCE)
    result, exchange = receive(vtn_security(pki, require=False), envelope(), ven=pki.ven_ecc)
    assert result == envelope() and exchange.signer_fingerprint is None
    # optional, but a signature present is still checked
    refused(pki, sign(pki.rogue), sg.UntrustedCertificate, AUTH, wss=vtn_security(pki, require=False))


def test_a_client_may_read_an_unsigned_fault(pki: Pki) -> None:
    fault = (f'<s:Envelope xmlns:s="{wc.SOAP11_NS}"><s:Body><s:Fault><faultcode>s:Client</faultcode>'
             f'<faultstring>no</faultstring></s:Fault></s:Body></s:Envelope>').encode()
    client = WsSecurity(None, pki.trust, PinnedPeer(pki.ven_rsa.fingerprint), sign=False, accept_unsigned_faults=True)
    assert receive(client, fault)[0] == fault
    refused(pki, fault, wc.SecurityHeaderMissing, COMPLIANCE)  # a server never takes one
    refused(pki, envelope(), wc.SecurityHeaderMissing, COMPLIANCE, wss=client)


# --- stacking with reliable messaging ------------------------------------------------------------


class FakeRm:
    """Stands in for the WS-RM wrapper: numbers outgoing envelopes with a wsrm:Sequence
    header, and on receipt reads (and strips) the number."""

    def __init__(self) -> None:
        self.received: list[str] = []

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes:
        root = etree.fromstring(document)
        soap = etree.QName(root).namespace
        header = root.find(f"{{{soap}}}Header")
        if header is None:
            header = etree.Element(f"{{{soap}}}Header")
            root.insert(0, header)
        header.append(etree.fromstring(RM_HEADERS[0]))
        return etree.tostring(root)

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes:
        root = etree.fromstring(document)
        sequence = root.find(".//wsrm:Sequence", NS)
        self.received.append(sequence.findtext("wsrm:MessageNumber", namespaces=NS))
        sequence.getparent().remove(sequence)
        return etree.tostring(root)


def test_ws_security_outside_reliable_messaging_signs_the_rm_headers(pki: Pki) -> None:
    async def go(sender_order: str) -> list[str]:
        sender_rm, receiver_rm = FakeRm(), FakeRm()
        signer = WsSecurity(creds(pki.ven_ecc), pki.trust, RegisteredParties())
        sender = WrapperStack([sender_rm, signer] if sender_order == "rm-inside" else [signer, sender_rm])
        receiver = WrapperStack([receiver_rm, vtn_security(pki)])
        wire = await sender.outgoing(envelope(rm=False), Exchange(Binding.SOAP, Direction.OUTGOING, "EiEvent", NOW))
        await receiver.incoming(wire, Exchange(Binding.SOAP, Direction.INCOMING, "EiEvent", NOW,
                                               await store_with(pki.ven_ecc)))
        return receiver_rm.received

    assert asyncio.run(go("rm-inside")) == ["1"]
    with pytest.raises(wc.UnsignedHeader):  # the wrong order: RM numbers after the signature
        asyncio.run(go("rm-outside"))


def test_the_wrapper_builds_from_files(pki: Pki, tmp_path: Path) -> None:
    key, cert = pki.ven_rsa.save(tmp_path)[::-1]
    ca_cert, _ = pki.ca.save(tmp_path)
    wss = WsSecurity.for_vtn(key, cert, [ca_cert], require_signatures=False, window_s=60, replay_capacity=10)
    assert wss.signer is not None and wss.signer.credentials.fingerprint == pki.ven_rsa.fingerprint
    assert not wss.require and wss.replay.guard.window == timedelta(seconds=60) and wss.replay.guard.capacity == 10
    client = WsSecurity.for_client(creds(pki.ven_ecc), [ca_cert], pki.ven_rsa.fingerprint)
    assert client.accept_unsigned_faults and client.identity.fingerprint == pki.ven_rsa.fingerprint

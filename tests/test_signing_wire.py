"""Signed simple HTTP through the VTN server: every negative signature case of issue 4 is refused
on the wire with its own error class (named in the eiResponse description), its EI code and
its HTTP status, and nothing reaches the role; a good signed poll is answered signed.

Plain HTTP on purpose: signature checks never depend on the transport. The case builders are
shared with tests/test_signing_fast.py, which runs them through both verifiers.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from lxml import etree

from energyinterop.openadr import OadrPoll, OadrResponse, openadr_codec
from energyinterop.security.certs import Issued, TestCa
from energyinterop.store import MemoryStore
from energyinterop.store.base import VenRecord
from energyinterop.transport.simple_http import OPENADR_PATH, Peer, error_response, openadr_routes
from energyinterop.vtn.config import ServerConfig
from energyinterop.vtn.server import build_app
from energyinterop.wrappers import replay as rp
from energyinterop.wrappers import signing as sg
from energyinterop.wrappers.base import Exchange, WrapperStack
from energyinterop.wrappers.fast_verify import FastVerifier
from energyinterop.wrappers.signing_wrapper import SigningWrapper, registered_vens

CODEC = openadr_codec()
NOW = datetime.now(UTC).replace(microsecond=0)
WINDOW = timedelta(seconds=30)
DS, DSP, OADR = sg.DS_NS, sg.DSP_NS, sg.OADR_NS
EI = "http://docs.oasis-open.org/ns/energyinterop/201110"


@dataclass(frozen=True)
class Pki:
    ca: TestCa
    vtn: Issued
    ven: Issued  # registered for ven-1
    ven_rsa: Issued  # same CA, not registered for ven-1
    rogue: Issued  # another CA


def make_pki() -> Pki:
    ca = TestCa.create("wire CA")
    return Pki(ca, ca.issue("vtn"), ca.issue("ven-1"), ca.issue("ven-1-rsa", "rsa"),
               TestCa.create("rogue CA").issue("ven-1"))


@pytest.fixture(scope="module")
def pki() -> Pki:
    return make_pki()


# --- the cases -------------------------------------------------------------------------------


def find(root: etree._Element, path: str) -> etree._Element:
    found = root.find(path.replace("ds:", f"{{{DS}}}").replace("dsp:", f"{{{DSP}}}").replace("oadr:", f"{{{OADR}}}"))
    assert found is not None, path
    return found


def poll(ven_id: str = "ven-1") -> bytes:
    return CODEC.encode_message(OadrPoll(ven_id=ven_id, schema_version="2.0b"), signed_object_id="so-1")


def resealed(signer: sg.Signer, edit: Callable[[etree._Element], None], now: datetime = NOW) -> bytes:
    """A signed poll, edited, then re-signed with the VEN's key (a signer that misbehaves)."""
    root = etree.fromstring(signer.sign(poll(), now=now))
    edit(root)
    signer.seal(find(root, "ds:Signature"))
    return etree.tostring(root)


def edited(signer: sg.Signer, edit: Callable[[etree._Element], None]) -> bytes:
    """A signed poll edited by an attacker (no key: the signature is left as it was)."""
    root = etree.fromstring(signer.sign(poll(), now=NOW))
    edit(root)
    return etree.tostring(root)


def _drop_reference(index: int) -> Callable[[etree._Element], None]:
    def edit(root: etree._Element) -> None:
        info = find(root, "ds:Signature/ds:SignedInfo")
        info.remove(info.findall(f"{{{DS}}}Reference")[index])
    return edit


def _set_text(path: str, text: str) -> Callable[[etree._Element], None]:
    def edit(root: etree._Element) -> None:
        find(root, path).text = text
    return edit


def _remove(path: str) -> Callable[[etree._Element], None]:
    def edit(root: etree._Element) -> None:
        element = find(root, path)
        element.getparent().remove(element)
    return edit


def attacker_object(original: etree._Element) -> etree._Element:
    """An unsigned copy for another venID, declaring the same namespaces (the original keeps its
    canonical form, and so its digest, once nested inside)."""
    evil = copy.deepcopy(original)
    evil.attrib.pop(f"{{{OADR}}}Id", None)
    for ven in evil.iter(f"{{{EI}}}venID"):
        ven.text = "evil"
    return evil


def _nest_in_attackers_object(root: etree._Element) -> None:
    original = find(root, "oadr:oadrSignedObject")
    evil = attacker_object(original)
    root.replace(original, evil)
    evil.append(original)


def _duplicate_id(root: etree._Element) -> None:
    etree.SubElement(find(root, "ds:Signature"), f"{{{DS}}}Object", Id="so-1")


def _second_signed_object(root: etree._Element) -> None:
    root.append(etree.fromstring(poll("evil").replace(b'"so-1"', b'"so-2"'))[0])


def _algorithm(path: str, algorithm: str) -> Callable[[etree._Element], None]:
    def edit(root: etree._Element) -> None:
        find(root, path).set("Algorithm", algorithm)
    return edit


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Pki], bytes]
    error: type[Exception]
    code: int
    status: int


def _signer(issued: Issued) -> sg.Signer:
    return sg.Signer(issued.key, issued.cert)


CASES = [
    Case("tampered content", lambda p: _signer(p.ven).sign(poll(), now=NOW).replace(b">ven-1<", b">ven-2<"),
         sg.DigestMismatch, 459, 400),
    Case("certificate not the one registered", lambda p: _signer(p.ven_rsa).sign(poll(), now=NOW),
         sg.FingerprintMismatch, 463, 403),
    Case("untrusted certificate", lambda p: _signer(p.rogue).sign(poll(), now=NOW),
         sg.UntrustedCertificate, 463, 403),
    Case("no reference to ReplayProtect", lambda p: resealed(_signer(p.ven), _drop_reference(1)),
         sg.MissingReplayProtectReference, 459, 400),
    Case("no reference to the signed object", lambda p: resealed(_signer(p.ven), _drop_reference(0)),
         sg.MissingSignedObjectReference, 459, 400),
    Case("empty nonce", lambda p: resealed(_signer(p.ven), _set_text(".//dsp:nonce", "")),
         rp.EmptyNonce, 459, 400),
    Case("missing timestamp", lambda p: resealed(_signer(p.ven), _remove(".//dsp:timestamp")),
         rp.MissingTimestamp, 459, 400),
    Case("timestamp too old", lambda p: _signer(p.ven).sign(poll(), now=NOW - 2 * WINDOW),
         rp.TimestampTooOld, 459, 400),
    Case("timestamp in the future", lambda p: _signer(p.ven).sign(poll(), now=NOW + 2 * WINDOW),
         rp.TimestampInFuture, 459, 400),
    Case("signed element nested in an attacker's oadrSignedObject",
         lambda p: edited(_signer(p.ven), _nest_in_attackers_object), sg.SignatureWrapping, 459, 400),
    Case("duplicate Id", lambda p: edited(_signer(p.ven), _duplicate_id), sg.DuplicateId, 459, 400),
    Case("two signed objects", lambda p: edited(_signer(p.ven), _second_signed_object),
         sg.MultipleSignedObjects, 459, 400),
    Case("HMAC method", lambda p: edited(_signer(p.ven), _algorithm(
        "ds:Signature/ds:SignedInfo/ds:SignatureMethod", "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256")),
        sg.HmacRefused, 459, 400),
    Case("SHA-1", lambda p: edited(_signer(p.ven), _algorithm(
        "ds:Signature/ds:SignedInfo/ds:Reference/ds:DigestMethod", "http://www.w3.org/2000/09/xmldsig#sha1")),
        sg.Sha1Refused, 459, 400),
    Case("unsigned", lambda p: poll(), sg.SignatureMissing, 459, 400),
]


# --- the server ------------------------------------------------------------------------------


def vtn_wrapper(pki: Pki) -> SigningWrapper:
    return SigningWrapper(signer=_signer(pki.vtn), verifier=FastVerifier(trusted_cas=[pki.ca.cert]), require=True,
                          expected_fingerprint=registered_vens(),
                          replay=rp.StoredReplayGuard(rp.ReplayGuard(WINDOW, 1000)))


async def serve(pki: Pki, requests: list[bytes]) -> tuple[list[tuple[int, bytes]], MemoryStore]:
    store = MemoryStore()
    app = build_app(ServerConfig.load(vtn_id="VTN-1"), store, clock=lambda: NOW,
                    wrappers=WrapperStack([vtn_wrapper(pki)]))
    answers = []
    async with TestServer(app) as server, aiohttp.ClientSession() as session:
        await store.put_ven(VenRecord(ven_id="ven-1", ven_name="v1", registration_id="reg-1",
                                      fingerprint=pki.ven.fingerprint))
        for body in requests:
            async with session.post(server.make_url(f"{OPENADR_PATH}/OadrPoll"), data=body,
                                    headers={"Content-Type": "application/xml"}) as response:
                answers.append((response.status, await response.read()))
    return answers, store


def test_each_negative_case_refused_on_the_wire_with_its_class_and_code(pki: Pki) -> None:
    answers, store = asyncio.run(serve(pki, [case.build(pki) for case in CASES]))
    for case, (status, body) in zip(CASES, answers, strict=True):
        reply = CODEC.decode_message(body)
        assert isinstance(reply, OadrResponse), case.name
        response = reply.ei_response
        assert (status, int(response.response_code)) == (case.status, case.code), case.name
        assert response.response_description.startswith(f"{case.error.__name__}: "), (case.name, response)
    assert len({case.error for case in CASES}) == len(CASES)  # each case its own class
    assert asyncio.run(_nonces(store)) == []  # no refused message used up a nonce


async def _nonces(store: MemoryStore) -> list[str]:
    return [key for key, _ in await store.list_values("signing.replay", "n:")]


def test_good_poll_is_answered_signed_then_its_replay_refused(pki: Pki) -> None:
    signed = _signer(pki.ven).sign(poll(), now=NOW, nonce="nonce-1")
    answers, store = asyncio.run(serve(pki, [signed, signed]))
    (status, body), (replay_status, replay_body) = answers
    assert status == 200
    verified = FastVerifier(pinned=[pki.vtn.cert]).verify(body, now=NOW)  # the answer is signed by the VTN
    assert verified.fingerprint == pki.vtn.fingerprint and isinstance(verified.message, OadrResponse)
    assert verified.message.ei_response.response_code == "200"
    refused = CODEC.decode_message(replay_body).ei_response
    assert (replay_status, refused.response_code) == (400, "459")
    assert refused.response_description.startswith("ReplayedNonce: ")
    assert asyncio.run(_nonces(store)) == ["n:nonce-1"]  # persisted in the store


def test_replay_memory_survives_a_restart(pki: Pki) -> None:
    """A new guard (a restarted VTN) reads the accepted nonces back from the store."""
    async def go() -> None:
        store = MemoryStore()
        first = rp.StoredReplayGuard(rp.ReplayGuard(WINDOW, 1000))
        await first.check("n-1", NOW, NOW, store)
        restarted = rp.StoredReplayGuard(rp.ReplayGuard(WINDOW, 1000))
        with pytest.raises(rp.ReplayedNonce):
            await restarted.check("n-1", NOW, NOW + timedelta(seconds=1), store)
        await restarted.check("n-2", NOW + 2 * WINDOW, NOW + 2 * WINDOW, store)  # n-1 expired: deleted
        assert [key for key, _ in await store.list_values("signing.replay")] == ["n:n-2"]
        small = rp.StoredReplayGuard(rp.ReplayGuard(WINDOW, 1))
        await small.check("n-3", NOW + 2 * WINDOW, NOW + 2 * WINDOW, store)  # evicts n-2: horizon persisted
        again = rp.StoredReplayGuard(rp.ReplayGuard(WINDOW, 1))
        with pytest.raises(rp.TimestampTooOld):  # n-2's time is behind the horizon, even restarted
            await again.check("n-2", NOW + 2 * WINDOW, NOW + 2 * WINDOW, store)

    asyncio.run(go())


def test_concurrent_nonces_share_one_commit_and_each_waits_for_it() -> None:
    """Group commit: nonces accepted while a commit is pending go out in one write, and no
    check returns before the write that holds its nonce; a replay among them is refused."""
    writes: list[dict[str, bytes | None]] = []

    class CountingStore(MemoryStore):
        async def put_values(self, namespace: str, items: dict[str, bytes | None]) -> None:  # type: ignore[override]
            await asyncio.sleep(0.01)  # a slow disk: callers must still wait for it
            writes.append(dict(items))
            await super().put_values(namespace, items)

    async def go() -> None:
        store = CountingStore()
        guard = rp.StoredReplayGuard(rp.ReplayGuard(WINDOW, 1000), store)
        await guard.check("first", NOW, NOW)  # loads the (empty) memory, then one write
        stored_when_answered: list[bool] = []

        async def accept(nonce: str) -> None:
            await guard.check(nonce, NOW, NOW)
            stored_when_answered.append(await store.get_value("signing.replay", "n:" + nonce) is not None)

        results = await asyncio.gather(*(accept(f"n-{i}") for i in range(8)), accept("n-3"),
                                       return_exceptions=True)
        assert [type(r).__name__ for r in results] == ["NoneType"] * 8 + ["ReplayedNonce"]
        assert stored_when_answered == [True] * 8
        assert [sorted(batch) for batch in writes] == [["n:first"], [f"n:n-{i}" for i in range(8)]]

    asyncio.run(go())


def test_a_commit_gathers_nonces_arriving_a_turn_later_and_each_failure_reaches_its_callers() -> None:
    """A pending commit waits while its batch grows (nonces checked turns later join it);
    a failed write fails every caller waiting for it; a caller that gives up cancels only its
    own wait, and the commit still goes out for the others; a cancelled commit cancels its
    callers and leaves its changes to the next."""
    writes: list[list[str]] = []
    failing = [True]

    class FlakyStore(MemoryStore):
        async def put_values(self, namespace: str, items: dict[str, bytes | None]) -> None:  # type: ignore[override]
            writes.append(sorted(items))
            if failing[0]:
                raise OSError("disk full")
            await super().put_values(namespace, items)

    async def go() -> None:
        store = FlakyStore()
        guard = rp.StoredReplayGuard(rp.ReplayGuard(WINDOW, 1000), store)

        async def late(nonce: str) -> None:
            for _ in range(2):  # reaches the guard two turns after the first nonce
                await asyncio.sleep(0)
            await guard.check(nonce, NOW, NOW)

        results = await asyncio.gather(guard.check("a", NOW, NOW), late("b"), return_exceptions=True)
        assert [type(r).__name__ for r in results] == ["OSError", "OSError"]
        assert writes == [["n:a", "n:b"]]  # one commit, and each caller saw it fail

        failing[0] = False
        given_up = asyncio.ensure_future(guard.check("c", NOW, NOW))
        stays = asyncio.ensure_future(guard.check("d", NOW, NOW))
        await asyncio.sleep(0)
        given_up.cancel()
        await stays
        assert given_up.cancelled()
        assert writes[-1] == ["n:c", "n:d"]
        assert await store.get_value("signing.replay", "n:c") is not None

        waiting = asyncio.ensure_future(guard.check("e", NOW, NOW))
        for _ in range(2):  # e waits, its commit gathers
            await asyncio.sleep(0)
        assert guard._commit is not None
        guard._commit.cancel()  # as when the loop closes: its caller is cancelled, not left waiting
        with pytest.raises(asyncio.CancelledError):
            await waiting
        await guard.check("f", NOW, NOW)  # the next commit carries e's change too
        assert writes[-1] == ["n:e", "n:f"]

    asyncio.run(go())


def test_signed_registration_records_the_signer_and_other_certificates_are_refused(pki: Pki) -> None:
    """Identity through signatures alone (plain HTTP): registration binds the signing
    certificate; a request for that venID signed by another trusted certificate is 463 / 403."""
    from energyinterop.openadr import OadrCreatePartyRegistration, OadrProfile, OadrTransport

    registration = OadrCreatePartyRegistration(
        request_id="r-1", ven_id="ven-2", oadr_profile_name=OadrProfile("2.0b"),
        oadr_transport_name=OadrTransport("simpleHttp"), oadr_report_only=False,
        oadr_xml_signature=True, oadr_ven_name="v2", oadr_http_pull_model=True, schema_version="2.0b")

    async def go() -> None:
        store = MemoryStore()
        app = build_app(ServerConfig.load(vtn_id="VTN-1"), store, clock=lambda: NOW,
                        wrappers=WrapperStack([vtn_wrapper(pki)]))
        async with TestServer(app) as server, aiohttp.ClientSession() as session:
            await store.put_ven(VenRecord(ven_id="ven-2", ven_name="v2"))  # provisioned, no certificate yet

            async def post(service: str, body: bytes) -> tuple[int, object]:
                async with session.post(server.make_url(f"{OPENADR_PATH}/{service}"), data=body,
                                        headers={"Content-Type": "application/xml"}) as response:
                    return response.status, CODEC.decode_message(await response.read())

            status, reply = await post("EiRegisterParty", _signer(pki.ven_rsa).sign(
                CODEC.encode_message(registration), now=NOW))
            assert status == 200 and reply.ei_response.response_code == "200"
            assert (await store.get_ven("ven-2")).fingerprint == pki.ven_rsa.fingerprint
            status, reply = await post("OadrPoll", _signer(pki.ven).sign(poll("ven-2"), now=NOW))
            assert (status, reply.ei_response.response_code) == (403, "463")
            assert reply.ei_response.response_description.startswith("FingerprintMismatch: ")

    asyncio.run(go())


# --- the role gets the verifier's decoding ---------------------------------------------------------


class _RecordingVerifier(FastVerifier):
    """The fast verifier, keeping what it verified."""

    def __init__(self, pki: Pki) -> None:
        super().__init__(trusted_cas=[pki.ca.cert])
        self.verified: list[sg.VerifiedPayload] = []

    def verify(self, document_bytes: bytes, *, now: datetime) -> sg.VerifiedPayload:
        verified = super().verify(document_bytes, now=now)
        self.verified.append(verified)
        return verified


class _Rewrite:
    """A wrapper inside the signing wrapper that hands the role another document."""

    def __init__(self, document: bytes) -> None:
        self.document = document

    async def outgoing(self, document: bytes, exchange: Exchange) -> bytes:
        return document

    async def incoming(self, document: bytes, exchange: Exchange) -> bytes:
        return self.document


async def _through_routes(pki: Pki, bodies: list[bytes], inner: list[object], monkeypatch: pytest.MonkeyPatch
                          ) -> tuple[list[tuple[int, bytes]], list[tuple[object, Peer]], _RecordingVerifier, int]:
    """POST each body to openadr_routes behind [inner..., signing]: the answers, what the role
    received, the verifier, and how many times the transport's codec decoded a message."""
    codec = openadr_codec()
    decodes = 0
    decode_message = codec.decode_message

    def counting(data: bytes) -> object:
        nonlocal decodes
        decodes += 1
        return decode_message(data)

    monkeypatch.setattr(codec, "decode_message", counting)
    verifier = _RecordingVerifier(pki)
    received: list[tuple[object, Peer]] = []

    async def role(service: str, message: object, peer: Peer) -> OadrResponse:
        received.append((message, peer))
        return error_response(200, "OK")

    stack = WrapperStack([*inner, SigningWrapper(verifier=verifier)])  # type: ignore[list-item]
    app = web.Application()
    app.add_routes(openadr_routes(role, codec, wrappers=stack, store=MemoryStore(), clock=lambda: NOW))
    answers = []
    async with TestServer(app) as server, aiohttp.ClientSession() as session:
        for body in bodies:
            async with session.post(server.make_url(f"{OPENADR_PATH}/OadrPoll"), data=body,
                                    headers={"Content-Type": "application/xml"}) as response:
                answers.append((response.status, await response.read()))
    return answers, received, verifier, decodes


def test_the_role_gets_the_message_the_verifier_decoded_and_nothing_is_decoded_again(
        pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    signed = _signer(pki.ven).sign(poll(), now=NOW)
    answers, received, verifier, decodes = asyncio.run(_through_routes(pki, [signed], [], monkeypatch))
    assert [status for status, _ in answers] == [200]
    [(message, peer)] = received
    [verified] = verifier.verified
    assert message is verified.message  # the very object decoded from the signed bytes
    assert message == OadrPoll(ven_id="ven-1", schema_version="2.0b")
    assert peer.fingerprint == pki.ven.fingerprint
    assert decodes == 0  # the transport did not decode the request a second time


def _tamper_unsigned_parts(root: etree._Element) -> None:
    """Edits outside what the digests cover: the signature's own Id, a comment in the signed
    object carrying markup for another VEN, and text between the envelope's children."""
    find(root, "ds:Signature").set("Id", "renamed")
    find(root, "oadr:oadrSignedObject")[0].insert(0, etree.Comment("<ei:venID>evil</ei:venID>"))
    find(root, "ds:Signature").tail = "\n  "


def test_tampering_with_unsigned_parts_does_not_change_what_the_role_sees(
        pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    tampered = edited(_signer(pki.ven), _tamper_unsigned_parts)
    altered = _signer(pki.ven).sign(poll(), now=NOW).replace(b">ven-1<", b">evil<")  # a signed part
    answers, received, verifier, decodes = asyncio.run(
        _through_routes(pki, [tampered, altered], [], monkeypatch))
    assert [status for status, _ in answers] == [200, 400]
    assert CODEC.decode_message(answers[1][1]).ei_response.response_description.startswith("DigestMismatch: ")
    [(message, _)] = received  # the altered one never reached the role
    assert message is verifier.verified[0].message
    assert message == OadrPoll(ven_id="ven-1", schema_version="2.0b")
    assert decodes == 0


def test_a_document_changed_after_verification_is_decoded_not_taken_from_the_note(
        pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    """The note holds the verified document with its message: a wrapper inside the verifier that
    passes on another document (or a later release through ``onward``) gets it decoded anew."""
    other = poll("ven-9")
    answers, received, verifier, decodes = asyncio.run(
        _through_routes(pki, [_signer(pki.ven).sign(poll(), now=NOW)], [_Rewrite(other)], monkeypatch))
    assert [status for status, _ in answers] == [200]
    [(message, _)] = received
    assert message == OadrPoll(ven_id="ven-9", schema_version="2.0b")
    assert verifier.verified[0].message.ven_id == "ven-1"
    assert decodes == 1

"""Certificates, fingerprints and mutual TLS against a live aiohttp server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import hashlib
import os
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, load_pem_private_key
from cryptography.x509.oid import ExtendedKeyUsageOID

from energyinterop.security.certs import Issued, TestCa
from energyinterop.security.fingerprint import fingerprint, normalize_fingerprint
from energyinterop.security.tls import client_context, peer_fingerprint, server_context

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = aiohttp.ClientTimeout(total=5)


def independent_fingerprint(der: bytes) -> str:
    """The 2.0b fingerprint computed without the module under test."""
    tail = hashlib.sha256(der).hexdigest().upper()[-20:]
    return ":".join(tail[i : i + 2] for i in range(0, 20, 2))


# --- material -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Pki:
    directory: Path
    ca: TestCa
    leaves: dict[str, Issued]

    def files(self, stem: str) -> tuple[Path, Path]:
        return self.directory / f"{stem}.crt", self.directory / f"{stem}.key"

    @property
    def ca_file(self) -> Path:
        return self.directory / "ca.crt"

    def client(self, stem: str, *, tls12_openadr_only: bool = False) -> ssl.SSLContext:
        cert, key = self.files(stem)
        return client_context(cert, key, self.ca_file, tls12_openadr_only=tls12_openadr_only)

    def server(self, stem: str, *, tls12_openadr_only: bool = False) -> ssl.SSLContext:
        cert, key = self.files(stem)
        return server_context(cert, key, self.ca_file, tls12_openadr_only=tls12_openadr_only)

    def anonymous_client(self, *, tls12: bool = False) -> ssl.SSLContext:
        """Trusts our CA but presents no certificate."""
        context = ssl.create_default_context(cafile=self.ca_file)
        if tls12:
            context.maximum_version = ssl.TLSVersion.TLSv1_2
        return context


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    directory = tmp_path_factory.mktemp("pki")
    ca = TestCa.create("EI test CA")
    ca.save(directory)
    # Same profile, different key: a certificate from it must not be trusted.
    other = TestCa.create("Other CA")
    now = datetime.now(UTC)
    leaves = {
        "vtn-ecc": ca.issue("vtn", "ecc", client=False),
        "vtn-rsa": ca.issue("vtn", "rsa", client=False),
        "ven-ecc": ca.issue("ven1", "ecc", server=False),
        "ven-rsa": ca.issue("ven1", "rsa", server=False),
        "expired": ca.issue(
            "ven2", "ecc", not_before=now - timedelta(days=30), not_after=now - timedelta(days=1)
        ),
        "rogue": other.issue("ven1", "ecc"),
    }
    for stem, issued in leaves.items():
        issued.save(directory, stem)
    return Pki(directory, ca, leaves)


# --- fingerprints and certificate profile ---------------------------------------------------


def test_fingerprint_matches_independent_sha256(pki: Pki) -> None:
    for issued in pki.leaves.values():
        der = issued.cert.public_bytes(Encoding.DER)
        expected = independent_fingerprint(der)
        assert issued.fingerprint == expected
        assert fingerprint(issued.cert) == expected
        assert fingerprint(der) == expected
        assert fingerprint(issued.cert_pem) == expected
        assert len(expected) == 29 and expected == expected.upper()


def test_fingerprint_rejects_non_certificates() -> None:
    with pytest.raises(ValueError):
        fingerprint(b"not a certificate")
    with pytest.raises(TypeError):
        fingerprint("AB:CD")  # type: ignore[arg-type]


def test_normalize_fingerprint() -> None:
    assert normalize_fingerprint("ab:cd:ef:01:23:45:67:89:0a:bc") == "AB:CD:EF:01:23:45:67:89:0A:BC"
    assert normalize_fingerprint("ABCDEF0123456789 0ABC") == "AB:CD:EF:01:23:45:67:89:0A:BC"
    with pytest.raises(ValueError):
        normalize_fingerprint("AB:CD")


def test_ca_profile(pki: Pki) -> None:
    cert = pki.ca.cert
    assert cert.subject == cert.issuer
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    cert.verify_directly_issued_by(cert)


@pytest.mark.parametrize("stem", ["ven-ecc", "ven-rsa", "vtn-ecc", "vtn-rsa"])
def test_leaf_profile(pki: Pki, stem: str) -> None:
    issued = pki.leaves[stem]
    cert = issued.cert
    cert.verify_directly_issued_by(pki.ca.cert)
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature  # signxml >= 5 needs it on signing certificates
    assert usage.key_encipherment == (issued.kind == "rsa")
    purposes = set(cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value)
    expected = ExtendedKeyUsageOID.CLIENT_AUTH if stem.startswith("ven") else ExtendedKeyUsageOID.SERVER_AUTH
    assert purposes == {expected}
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in san.get_values_for_type(x509.DNSName)
    assert [str(a) for a in san.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    cert_file, key_file = pki.files(stem)
    assert x509.load_pem_x509_certificate(cert_file.read_bytes()) == cert
    load_pem_private_key(key_file.read_bytes(), password=None)
    assert key_file.stat().st_mode & 0o077 == 0


def test_validity_is_configurable(pki: Pki) -> None:
    expired = pki.leaves["expired"].cert
    assert expired.not_valid_after_utc < datetime.now(UTC)
    with pytest.raises(ValueError):
        pki.ca.issue("x", not_before=datetime.now(UTC), not_after=datetime.now(UTC) - timedelta(seconds=1))
    with pytest.raises(ValueError):
        pki.ca.issue("x", "dsa")  # type: ignore[arg-type]


# --- the server's verdict, observed directly (asyncio closes without telling the client why) -


def server_verdict(server: ssl.SSLContext, client: ssl.SSLContext) -> ssl.SSLError | None:
    """Run a handshake in memory; return the server's error, or None when both sides succeed."""
    c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
    client_side = client.wrap_bio(c_in, c_out, server_hostname="localhost")
    server_side = server.wrap_bio(s_in, s_out, server_side=True)
    client_done = server_done = False
    for _ in range(10):
        if not client_done:
            try:
                client_side.do_handshake()
                client_done = True
            except ssl.SSLWantReadError:
                pass
        s_in.write(c_out.read())
        if not server_done:
            try:
                server_side.do_handshake()
                server_done = True
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError as error:
                return error
        c_in.write(s_out.read())
        if client_done and server_done:
            return None
    raise AssertionError("handshake did not finish")


@pytest.mark.parametrize("tls12", [False, True], ids=["tls13", "tls12-openadr"])
def test_server_verdicts(pki: Pki, tls12: bool) -> None:
    server = pki.server("vtn-ecc", tls12_openadr_only=tls12)
    assert server_verdict(server, pki.client("ven-ecc", tls12_openadr_only=tls12)) is None

    expired = server_verdict(server, pki.client("expired", tls12_openadr_only=tls12))
    assert isinstance(expired, ssl.SSLCertVerificationError)
    assert expired.verify_message == "certificate has expired"

    rogue = server_verdict(server, pki.client("rogue", tls12_openadr_only=tls12))
    assert isinstance(rogue, ssl.SSLCertVerificationError)
    assert rogue.verify_message == "unable to get local issuer certificate"

    anonymous = server_verdict(server, pki.anonymous_client(tls12=tls12))
    assert anonymous is not None
    assert anonymous.reason == "PEER_DID_NOT_RETURN_A_CERTIFICATE"


# --- a live aiohttp server ------------------------------------------------------------------

SEEN = web.AppKey("seen", list)


async def echo(request: web.Request) -> web.Response:
    """Echo what the VTN would check: the client's fingerprint, and the negotiated parameters."""
    ssl_object = request.get_extra_info("ssl_object")
    seen = peer_fingerprint(request)
    request.app[SEEN].append(seen)
    return web.json_response(
        {"fingerprint": seen, "cipher": ssl_object.cipher()[0], "version": ssl_object.version()}
    )


@dataclass
class LiveServer:
    url: str
    seen: list[str | None]


@dataclass
class Servers:
    loop: asyncio.AbstractEventLoop
    by_name: dict[str, LiveServer] = field(default_factory=dict)
    runners: list[web.AppRunner] = field(default_factory=list)

    def __getitem__(self, name: str) -> LiveServer:
        return self.by_name[name]


@pytest.fixture(scope="module")
def servers(pki: Pki) -> Iterator[Servers]:
    """Three servers on one background loop: ECC and RSA (TLS 1.2 + 1.3), and ECC pinned to 1.2."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    result = Servers(loop)

    async def start(context: ssl.SSLContext) -> LiveServer:
        app = web.Application()
        app[SEEN] = []
        app.router.add_get("/", echo)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context).start()
        result.runners.append(runner)
        port = runner.addresses[0][1]
        return LiveServer(f"https://127.0.0.1:{port}/", app[SEEN])

    contexts = {
        "ecc": pki.server("vtn-ecc"),
        "rsa": pki.server("vtn-rsa"),
        "ecc-pinned": pki.server("vtn-ecc", tls12_openadr_only=True),
    }
    try:
        for name, context in contexts.items():
            result.by_name[name] = asyncio.run_coroutine_threadsafe(start(context), loop).result(5)
        yield result
    finally:
        for runner in result.runners:
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


def fetch(url: str, context: ssl.SSLContext) -> dict[str, Any]:
    async def go() -> dict[str, Any]:
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as session,
            session.get(url, ssl=context) as response,
        ):
            response.raise_for_status()
            body: dict[str, Any] = await response.json()
            return body

    return asyncio.run(go())


@pytest.mark.parametrize("server", ["ecc", "rsa"])
@pytest.mark.parametrize("client", ["ven-ecc", "ven-rsa"])
def test_ecc_and_rsa_clients_are_identified(pki: Pki, servers: Servers, server: str, client: str) -> None:
    body = fetch(servers[server].url, pki.client(client))
    assert body["fingerprint"] == pki.leaves[client].fingerprint
    assert body["fingerprint"] == independent_fingerprint(pki.leaves[client].cert.public_bytes(Encoding.DER))
    # The default allows 1.3, and both sides prefer it.
    assert body["version"] == "TLSv1.3"
    assert body["cipher"].startswith("TLS_")


@pytest.mark.parametrize(
    ("server", "client", "cipher"),
    [
        # a certification harness pinned to 1.2 meets our default server ...
        ("ecc", "ven-ecc", "ECDHE-ECDSA-AES128-SHA256"),
        ("rsa", "ven-rsa", "AES128-SHA256"),
        ("rsa", "ven-ecc", "AES128-SHA256"),
        # ... and our pinned server meets a pinned client
        ("ecc-pinned", "ven-rsa", "ECDHE-ECDSA-AES128-SHA256"),
    ],
)
def test_tls12_openadr_suites_negotiate(
    pki: Pki, servers: Servers, server: str, client: str, cipher: str
) -> None:
    body = fetch(servers[server].url, pki.client(client, tls12_openadr_only=True))
    assert (body["version"], body["cipher"]) == ("TLSv1.2", cipher)
    assert body["fingerprint"] == pki.leaves[client].fingerprint


def test_pinned_server_stays_on_tls12_for_a_default_client(pki: Pki, servers: Servers) -> None:
    body = fetch(servers["ecc-pinned"].url, pki.client("ven-ecc"))
    assert (body["version"], body["cipher"]) == ("TLSv1.2", "ECDHE-ECDSA-AES128-SHA256")


def test_tls13_only_client(pki: Pki, servers: Servers) -> None:
    context = pki.client("ven-ecc")
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    body = fetch(servers["ecc"].url, context)
    assert body["version"] == "TLSv1.3"
    with pytest.raises(aiohttp.ClientConnectionError):
        fetch(servers["ecc-pinned"].url, context)  # the certification pin refuses 1.3


@pytest.mark.parametrize("tls12", [False, True], ids=["tls13", "tls12"])
@pytest.mark.parametrize("stem", ["rogue", "expired", None], ids=["other-ca", "expired", "no-cert"])
def test_refused_clients_and_server_keeps_serving(
    pki: Pki, servers: Servers, stem: str | None, tls12: bool
) -> None:
    server = servers["ecc"]
    context = pki.client(stem, tls12_openadr_only=tls12) if stem else pki.anonymous_client(tls12=tls12)
    before = len(server.seen)
    # TLS 1.2: the handshake fails; TLS 1.3: the client's half completes, then the server drops
    # the connection before any request is read. Either way no HTTP exchange happens.
    with pytest.raises(aiohttp.ClientConnectionError):
        fetch(server.url, context)
    assert len(server.seen) == before  # the handler never ran
    body = fetch(server.url, pki.client("ven-ecc"))
    assert body["fingerprint"] == pki.leaves["ven-ecc"].fingerprint


def test_peer_fingerprint_without_tls() -> None:
    class Plain:
        def get_extra_info(self, name: str, default: Any = None) -> Any:
            return default

    class Request:
        transport = None

    assert peer_fingerprint(None) is None
    assert peer_fingerprint(Plain()) is None
    assert peer_fingerprint(Request()) is None


# --- ei-certs -------------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "energyinterop.security.cli", *args],
        capture_output=True, text=True, timeout=30, env=env, cwd=REPO, check=False,
    )  # fmt: skip


def test_ei_certs_init(tmp_path: Path) -> None:
    directory = tmp_path / "certs"
    done = run_cli("init", str(directory), "--names", "vtn,ven1")
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert [(r[0], r[1]) for r in rows] == [
        ("ca", "-"),
        ("vtn", "ecc"),
        ("vtn", "rsa"),
        ("ven1", "ecc"),
        ("ven1", "rsa"),
    ]
    ca = x509.load_pem_x509_certificate((directory / "ca.crt").read_bytes())
    for name, kind, printed, path in rows:
        cert = x509.load_pem_x509_certificate(Path(path).read_bytes())
        assert printed == independent_fingerprint(cert.public_bytes(Encoding.DER))
        if name != "ca":
            cert.verify_directly_issued_by(ca)
            load_pem_private_key((directory / f"{name}-{kind}.key").read_bytes(), password=None)
    # The files are what the contexts load, and they talk to each other.
    server = server_context(directory / "vtn-ecc.crt", directory / "vtn-ecc.key", directory / "ca.crt")
    client = client_context(directory / "ven1-rsa.crt", directory / "ven1-rsa.key", directory / "ca.crt")
    assert server_verdict(server, client) is None

    again = run_cli("init", str(directory))
    assert again.returncode == 1 and "refusing to overwrite" in again.stderr
    assert run_cli("init", str(directory), "--names", "../x").returncode == 2

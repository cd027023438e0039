"""Security settings of a VTN or a VEN, and what they build: TLS contexts and the signing wrapper.

Files are read and keys parsed once, here, when a server or client starts; nothing per message.

* :class:`TlsSettings`: the party's certificate and key and the CA its peers' certificates
  must chain to. A VTN serves HTTPS with client certificates required; a VEN presents its
  certificate and checks the VTN's.
* :class:`SigningSettings`: whether to sign what goes out, whether to require signatures on
  what comes in, the signing key and certificate (default: the TLS ones), the CAs a signing
  certificate must chain to (default: the TLS CA), the replay window and nonce memory, and,
  for a VEN, the VTN's certificate fingerprint.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from cryptography import x509

from energyinterop.security.tls import client_context, server_context
from energyinterop.wrappers.fast_verify import FastVerifier
from energyinterop.wrappers.replay import ReplayGuard, StoredReplayGuard
from energyinterop.wrappers.signing import Signer
from energyinterop.wrappers.signing_wrapper import SigningWrapper, pinned_peer, registered_vens


T = TypeVar("T")


class SecuritySettingsError(ValueError):
    """A certificate, key or CA file is missing or unreadable, or the settings contradict."""


@dataclass(frozen=True, slots=True)
class TlsSettings:
    cert: Path
    key: Path
    ca: Path
    tls12_openadr_only: bool = False  # TLS 1.2 with the two OpenADR suites only (certification runs)

    def server_context(self) -> ssl.SSLContext:
        return _loading(lambda: server_context(self.cert, self.key, self.ca,
                                               tls12_openadr_only=self.tls12_openadr_only))

    def client_context(self) -> ssl.SSLContext:
        return _loading(lambda: client_context(self.cert, self.key, self.ca,
                                               tls12_openadr_only=self.tls12_openadr_only))


@dataclass(frozen=True, slots=True)
class SigningSettings:
    sign: bool = True
    require: bool = True
    key: Path | None = None
    cert: Path | None = None
    trusted_cas: tuple[Path, ...] = ()
    replay_window: timedelta = timedelta(minutes=5)
    replay_capacity: int = 100_000
    peer_fingerprint: str | None = None  # a VEN's pin of the VTN's signing certificate

    def wrapper(self, *, vtn: bool, tls: TlsSettings | None = None) -> SigningWrapper:
        """The signing wrapper of a VTN (identity: the registered VEN fingerprints) or of a
        VEN (identity: ``peer_fingerprint``, when set). Key, certificate and CAs default to
        the TLS ones."""
        key = self.key or (tls.key if tls else None)
        cert = self.cert or (tls.cert if tls else None)
        cas = self.trusted_cas or ((tls.ca,) if tls else ())
        signer = None
        if self.sign:
            if key is None or cert is None:
                raise SecuritySettingsError("signing needs a key and a certificate (or the TLS ones)")
            signer = _loading(lambda: Signer(key.read_bytes(), cert.read_bytes()))
        verifier = None
        if cas:
            anchors = [anchor for path in cas for anchor in _loading(lambda: _certificates(path))]
            verifier = FastVerifier(trusted_cas=anchors)
        elif self.require:
            raise SecuritySettingsError("requiring signatures needs trusted CAs (or the TLS CA)")
        expected = registered_vens() if vtn else (pinned_peer(self.peer_fingerprint) if self.peer_fingerprint
                                                  else None)
        replay = StoredReplayGuard(ReplayGuard(self.replay_window, self.replay_capacity))
        return SigningWrapper(signer=signer, verifier=verifier, require=self.require,
                              expected_fingerprint=expected, replay=replay)


def _certificates(path: Path) -> list[x509.Certificate]:
    data = path.read_bytes()
    return x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data else [x509.load_der_x509_certificate(data)]


def _loading(load: Callable[[], T]) -> T:
    try:
        return load()
    except (OSError, ValueError, ssl.SSLError) as exc:
        raise SecuritySettingsError(str(exc)) from None


__all__ = ["SecuritySettingsError", "SigningSettings", "TlsSettings"]

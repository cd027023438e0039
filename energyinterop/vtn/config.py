"""VTN server configuration: a TOML file, then command-line overrides.

    [vtn]
    vtn_id = "vtn-building-7"
    host = "127.0.0.1"
    port = 8080
    store = "sqlite:///vtn.sqlite3"       # or postgresql://user@host/db
    auto_accept_vens = false              # new VENs only when the operator provisioned them
    poll_frequency_s = 10
    report_interval_s = 60                # telemetry asked of VENs: granularity and report-back
    operator_token = "change-me"          # bearer token of the operator API
    max_body_bytes = 1048576

    [vtn.soap_security]                   # WS-Security on /soap/* (docs/security-soap.md)
    key = "vtn-ecc.key"                   # paths relative to this file
    cert = "vtn-ecc.crt"
    trusted_cas = ["ca.crt"]
    sign_answers = true
    require_signatures = true

    [vtn.tls]                             # mutual TLS (absent, or enabled = false: plain HTTP)
    cert = "vtn-ecc.crt"                  # paths relative to this file
    key = "vtn-ecc.key"
    ca = "ca.crt"                         # VEN client certificates must chain to it (required)
    tls12_openadr_only = false

    [vtn.signing]                         # XML signatures on simple HTTP (docs/security.md)
    sign = true                           # sign every answer and pushed message
    require = true                        # refuse unsigned requests (false: verify those signed)
    key = "vtn-ecc.key"                   # default: the TLS key and certificate
    cert = "vtn-ecc.crt"
    trusted_cas = ["ca.crt"]              # default: the TLS CA
    replay_window_s = 300
    replay_capacity = 100000
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from energyinterop.security.profile import SigningSettings, TlsSettings


class ConfigError(ValueError):
    """The configuration file or an override is not usable."""


@dataclass(frozen=True, slots=True)
class SoapSecurityConfig:
    """``[vtn.soap_security]``: sign SOAP answers, require signed SOAP requests."""

    key: Path
    cert: Path
    trusted_cas: tuple[Path, ...]
    sign_answers: bool = True
    require_signatures: bool = True
    allow_unregistered: bool = False  # admit trusted certificates registered for no party
    timestamp_ttl_s: float = 300.0
    window_s: float = 300.0  # accepted clock difference of a Timestamp, both directions
    replay_capacity: int = 100_000

    @classmethod
    def from_table(cls, table: dict[str, Any], base: Path) -> SoapSecurityConfig:
        """The TOML table; relative paths are relative to ``base`` (the file's folder)."""
        known = {item.name for item in fields(cls)}
        unknown = sorted(set(table) - known)
        if unknown:
            raise ConfigError(f"unknown soap_security settings: {', '.join(unknown)}")
        missing = sorted({"key", "cert", "trusted_cas"} - set(table))
        if missing:
            raise ConfigError(f"soap_security needs {', '.join(missing)}")
        cas = table["trusted_cas"]
        config = cls(**{**table, "key": base / table["key"], "cert": base / table["cert"],
                        "trusted_cas": tuple(base / ca for ca in ([cas] if isinstance(cas, str) else cas))})
        if config.timestamp_ttl_s <= 0 or config.window_s <= 0 or config.replay_capacity < 1:
            raise ConfigError("soap_security: timestamp_ttl_s, window_s and replay_capacity must be positive")
        return config


@dataclass(frozen=True, slots=True)
class ServerConfig:
    vtn_id: str = "vtn"
    host: str = "127.0.0.1"
    port: int = 8080
    store: str = "sqlite:///vtn.sqlite3"
    auto_accept_vens: bool = False
    poll_frequency_s: float = 10.0
    report_interval_s: float = 60.0
    operator_token: str | None = None
    max_body_bytes: int = 1024 * 1024
    soap_security: SoapSecurityConfig | None = None
    # [vtn.tls] and [vtn.signing] (energyinterop.security.profile); None: off.
    tls: TlsSettings | None = None
    signing: SigningSettings | None = None

    @property
    def poll_frequency(self) -> timedelta:
        return timedelta(seconds=self.poll_frequency_s)

    @property
    def report_interval(self) -> timedelta:
        return timedelta(seconds=self.report_interval_s)

    @classmethod
    def load(cls, path: Path | None = None, **overrides: Any) -> ServerConfig:
        """Defaults, then the file's ``[vtn]`` table, then the overrides that are not None."""
        values: dict[str, Any] = {}
        if path is not None:
            try:
                document = tomllib.loads(path.read_text())
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{path}: {exc}") from None
            values.update(document.get("vtn", {}))
        values.update({key: value for key, value in overrides.items() if value is not None})
        if isinstance(values.get("soap_security"), dict):
            base = path.parent if path is not None else Path.cwd()
            values["soap_security"] = SoapSecurityConfig.from_table(values["soap_security"], base)
        for name, parse in (("tls", _tls_settings), ("signing", _signing_settings)):
            if isinstance(values.get(name), dict):
                values[name] = parse(values[name], path.parent if path is not None else Path.cwd())
        known = {item.name: item.type for item in fields(cls)}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ConfigError(f"unknown settings: {', '.join(unknown)}")
        config = replace(cls(), **values)
        if config.max_body_bytes <= 0 or not 0 < config.port < 65536:
            raise ConfigError("max_body_bytes must be positive and port within 1..65535")
        for name in ("poll_frequency_s", "report_interval_s"):
            # OpenADR 2.0b writes these as durations without fractions of a second.
            value = getattr(config, name)
            if value < 1 or value != int(value):
                raise ConfigError(f"{name} must be a whole number of seconds, at least 1 (got {value})")
        return config


def _table(table: dict[str, Any], name: str, allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"unknown settings in [vtn.{name}]: {', '.join(unknown)}")


def _path(value: Any, base: Path, what: str) -> Path:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{what} must be a file path")
    return base / value  # an absolute value replaces base


def _tls_settings(table: dict[str, Any], base: Path) -> TlsSettings | None:
    """``[vtn.tls]``: paths relative to the configuration file."""
    _table(table, "tls", {"enabled", "cert", "key", "ca", "tls12_openadr_only"})
    if table.get("enabled", True) is False:
        return None
    missing = [key for key in ("cert", "key", "ca") if key not in table]
    if missing:
        raise ConfigError(f"[vtn.tls] needs {', '.join(missing)} (or enabled = false)")
    return TlsSettings(cert=_path(table["cert"], base, "tls.cert"), key=_path(table["key"], base, "tls.key"),
                       ca=_path(table["ca"], base, "tls.ca"),
                       tls12_openadr_only=bool(table.get("tls12_openadr_only", False)))


def _signing_settings(table: dict[str, Any], base: Path) -> SigningSettings | None:
    """``[vtn.signing]``: paths relative to the configuration file."""
    _table(table, "signing", {"enabled", "sign", "require", "key", "cert", "trusted_cas", "replay_window_s",
                              "replay_capacity"})
    if table.get("enabled", True) is False:
        return None
    cas = table.get("trusted_cas", [])
    if not isinstance(cas, list):
        raise ConfigError("signing.trusted_cas must be a list of file paths")
    window, capacity = table.get("replay_window_s", 300), table.get("replay_capacity", 100_000)
    if not isinstance(window, int | float) or window <= 0 or not isinstance(capacity, int) or capacity < 1:
        raise ConfigError("signing.replay_window_s must be positive and replay_capacity at least 1")
    return SigningSettings(
        sign=bool(table.get("sign", True)), require=bool(table.get("require", True)),
        key=_path(table["key"], base, "signing.key") if "key" in table else None,
        cert=_path(table["cert"], base, "signing.cert") if "cert" in table else None,
        trusted_cas=tuple(_path(ca, base, "signing.trusted_cas") for ca in cas),
        replay_window=timedelta(seconds=window), replay_capacity=capacity)

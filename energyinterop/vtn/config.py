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
    access_log = false                    # a JSON line per HTTP request (effects are always logged)

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

    [vtn.reliable]                        # reliable messaging on both bindings (docs/reliable-messaging.md)
    assurance = ["ExactlyOnce", "InOrder"]  # AtLeastOnce, AtMostOnce, ExactlyOnce, InOrder
    window = 64                           # messages held ahead of the oldest unacknowledged
    required = false                      # true: refuse messages outside a sequence (WSRMRequired)
    max_sequences = 10000
    busy_timeout_s = 60                   # a delivery the role failed on is retried after this
    backoff_initial_s = 1                 # retransmission of the VTN's pushes: initial delay,
    backoff_factor = 2                    # times this per attempt,
    backoff_maximum_s = 60                # capped here,
    backoff_attempts = 0                  # transmissions at most (0: until acknowledged)

    [[vtn.market]]                        # one table per hosted micromarket (docs/market.md)
    context = "urn:market:building-7"     # the market context URI
    name = "Building 7 micromarket"
    microgrid = "building-7"              # the service delivery point it balances
    interval_s = 900                      # interval length; the grid starts at 1970-01-01T00:00Z
    gate_closure_s = 300                  # clearing schedule: each interval clears this long before it
    horizon_s = 21600                     # how far ahead tenders are taken
    price_tick = "0.001"                  # per kWh (scale "k"); strings keep decimals exact
    quantity_unit = "0.1"                 # kW
    price_cap = "1.000"                   # absent: no cap
    currency = "USD"
    scale = "k"                           # SI scale of W and Wh
    settle_imbalances = true              # delivery deviations become settling transactions

The protection stacks follow from these tables (each part optional), innermost first:
simple HTTP ``[signing, reliable]`` (RM outermost: a retransmitted copy is answered from the
kept answer before the signature's replay check sees its nonce again); SOAP
``[reliable, soap_security]`` (RM innermost: WS-Security signs the RM header blocks).
Explicit ``wrappers`` / ``soap_wrappers`` given to ``build_app`` replace them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from energyinterop.market.micromarket.spec import MarketSpec, SpecError
from energyinterop.security.profile import SigningSettings, TlsSettings
from energyinterop.wrappers.reliable import Assurance, Backoff
from energyinterop.wrappers.reliable.wrapper import ReliableConfig


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
class MarketConfig:
    """One ``[[vtn.market]]`` table: the micromarket's terms and how it settles."""

    spec: MarketSpec
    settle_imbalances: bool = True


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
    # Off by default: at thousands of polls a second a line per request floods the log and
    # costs a sizeable share of each poll; what changes state is logged as effects anyway.
    access_log: bool = False
    soap_security: SoapSecurityConfig | None = None
    # [vtn.tls] and [vtn.signing] (energyinterop.security.profile); None: off.
    tls: TlsSettings | None = None
    signing: SigningSettings | None = None
    reliable: ReliableConfig | None = None  # [vtn.reliable]; None: off
    markets: tuple[MarketConfig, ...] = ()  # [[vtn.market]]

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
            table = document.get("vtn", {})
            if not isinstance(table, dict):
                raise ConfigError(f"{path}: vtn must be a table ([vtn])")
            values.update(table)
        values.update({key: value for key, value in overrides.items() if value is not None})
        # The file names the array [[vtn.market]]; the field holding the parsed markets is not a setting.
        unknown = sorted(set(values) - ({item.name for item in fields(cls)} - {"markets"} | {"market"}))
        if unknown:
            raise ConfigError(f"unknown settings: {', '.join(unknown)}")
        base = path.parent if path is not None else Path.cwd()
        if isinstance(values.get("soap_security"), dict):
            values["soap_security"] = SoapSecurityConfig.from_table(values["soap_security"], base)
        for name, parse in (("tls", _tls_settings), ("signing", _signing_settings)):
            if isinstance(values.get(name), dict):
                values[name] = parse(values[name], base)
        if "reliable" in values:
            values["reliable"] = _reliable_config(values["reliable"])
        if "market" in values:
            values["markets"] = _markets(values.pop("market"))
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


_ASSURANCES = {"AtLeastOnce": Assurance.AT_LEAST_ONCE, "AtMostOnce": Assurance.AT_MOST_ONCE,
               "ExactlyOnce": Assurance.EXACTLY_ONCE, "InOrder": Assurance.IN_ORDER}


def _number(table: dict[str, Any], key: str, where: str, default: float, *, minimum: float,
            whole: bool = False) -> Any:
    """``table[key]`` (or ``default``), a number (a whole one if ``whole``) not below ``minimum``."""
    value = table.get(key, default)
    kinds = int if whole else int | float
    if isinstance(value, bool) or not isinstance(value, kinds) or value < minimum:
        what = "a whole number" if whole else "a number"
        raise ConfigError(f"{where}.{key} must be {what} of at least {minimum} (got {value!r})")
    return value


def _reliable_config(table: Any) -> ReliableConfig | None:
    """``[vtn.reliable]``: a :class:`ReliableConfig` (None when ``enabled = false``)."""
    if not isinstance(table, dict):
        raise ConfigError("reliable must be a table ([vtn.reliable])")
    _table(table, "reliable", {"enabled", "assurance", "window", "required", "max_sequences", "busy_timeout_s",
                               "backoff_initial_s", "backoff_factor", "backoff_maximum_s", "backoff_attempts"})
    for key in ("enabled", "required"):
        if not isinstance(table.get(key, False), bool):
            raise ConfigError(f"reliable.{key} must be true or false")
    if table.get("enabled", True) is False:
        return None
    names = table.get("assurance", ["ExactlyOnce", "InOrder"])
    names = [names] if isinstance(names, str) else names
    if not isinstance(names, list) or not names or any(name not in _ASSURANCES for name in names):
        raise ConfigError(f"reliable.assurance must be one or a list of {', '.join(_ASSURANCES)} (got {names!r})")
    assurance = Assurance(0)
    for name in names:
        assurance |= _ASSURANCES[name]
    where = "reliable"
    initial = _number(table, "backoff_initial_s", where, 1, minimum=0.001)
    maximum = _number(table, "backoff_maximum_s", where, 60, minimum=initial)
    attempts = _number(table, "backoff_attempts", where, 0, minimum=0, whole=True)
    return ReliableConfig(
        assurance=assurance, window=_number(table, "window", where, 64, minimum=1, whole=True),
        required=table.get("required", False),
        max_sequences=_number(table, "max_sequences", where, 10_000, minimum=1, whole=True),
        busy_timeout=timedelta(seconds=_number(table, "busy_timeout_s", where, 60, minimum=0.001)),
        backoff=Backoff(initial=timedelta(seconds=initial), factor=_number(table, "backoff_factor", where, 2, minimum=1),
                        maximum=timedelta(seconds=maximum), attempts=attempts or None))


_MARKET_KEYS = {"context", "name", "microgrid", "interval_s", "gate_closure_s", "horizon_s", "price_tick",
                "quantity_unit", "price_cap", "currency", "scale", "settle_imbalances"}


def _markets(tables: Any) -> tuple[MarketConfig, ...]:
    """The ``[[vtn.market]]`` array: one micromarket per table, each context once."""
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise ConfigError("market must be an array of tables ([[vtn.market]])")
    markets = tuple(_market(table, f"[[vtn.market]] #{index}") for index, table in enumerate(tables, 1))
    contexts = [market.spec.market_context for market in markets]
    repeated = sorted({context for context in contexts if contexts.count(context) > 1})
    if repeated:
        raise ConfigError(f"[[vtn.market]]: each context once, repeated: {', '.join(repeated)}")
    return markets


def _market(table: dict[str, Any], where: str) -> MarketConfig:
    unknown = sorted(set(table) - _MARKET_KEYS)
    if unknown:
        raise ConfigError(f"unknown settings in {where}: {', '.join(unknown)}")
    missing = [key for key in ("context", "name", "microgrid", "interval_s", "price_tick", "quantity_unit")
               if key not in table]
    if missing:
        raise ConfigError(f"{where} needs {', '.join(missing)}")
    for key in ("context", "name", "microgrid", "currency", "scale"):
        if not isinstance(table.get(key, "x"), str) or not table.get(key, "x"):
            raise ConfigError(f"{where}.{key} must be a non-empty string")
    if not isinstance(table.get("settle_imbalances", True), bool):
        raise ConfigError(f"{where}.settle_imbalances must be true or false")
    where = f"{where} ({table['context']})"
    try:
        spec = MarketSpec(
            market_context=table["context"], name=table["name"], microgrid=table["microgrid"],
            interval=timedelta(seconds=_number(table, "interval_s", where, 0, minimum=1, whole=True)),
            price_tick=_decimal(table, "price_tick", where), quantity_unit=_decimal(table, "quantity_unit", where),
            currency=table.get("currency", "USD"),
            price_cap=_decimal(table, "price_cap", where) if "price_cap" in table else None,
            gate_closure=timedelta(seconds=_number(table, "gate_closure_s", where, 300, minimum=0, whole=True)),
            horizon=timedelta(seconds=_number(table, "horizon_s", where, 86_400, minimum=1, whole=True)),
            scale=table.get("scale", "k"))
    except SpecError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    return MarketConfig(spec, settle_imbalances=table.get("settle_imbalances", True))


def _decimal(table: dict[str, Any], key: str, where: str) -> Decimal:
    """A price or quantity: a string (exact) or an integer; a TOML float would round."""
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ConfigError(f'{where}.{key} must be a decimal string such as "0.001" (got {value!r})')
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ConfigError(f"{where}.{key} is not a number: {value!r}") from None
    if not number.is_finite():
        raise ConfigError(f"{where}.{key} must be finite (got {value!r})")
    return number

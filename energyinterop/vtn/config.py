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
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """The configuration file or an override is not usable."""


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

"""``ei-certs``: test and lab certificate material for VTNs and VENs.

    ei-certs init DIR [--names vtn,ven1,ven2] [--days N] [--force]

writes ``DIR/ca.crt`` and ``DIR/ca.key`` (an ECC P-256 CA) and, for each name, an ECC and an
RSA key and certificate (``DIR/<name>-ecc.crt``, ``<name>-ecc.key``, ``<name>-rsa.*``), valid
for TLS server and client use and for XML signatures, then prints each fingerprint (the VEN
identity the VTN registers). Exit codes: 0 ok, 1 refused (files exist without --force, or
cannot write), 2 usage error.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NoReturn, get_args

from energyinterop.security.certs import CA_VALIDITY, CLOCK_SKEW, KeyKind, TestCa

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
DEFAULT_NAMES = "vtn,ven1,ven2"
# Names become file names: no separators, no leading dot.
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _names(value: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise argparse.ArgumentTypeError("at least one name is needed")
    bad = [n for n in names if not _SAFE_NAME.match(n) or n == "ca"]
    if bad:
        raise argparse.ArgumentTypeError(
            f"invalid name(s): {', '.join(bad)} (letters, digits, . _ -; not 'ca')"
        )
    if len(set(names)) != len(names):
        raise argparse.ArgumentTypeError("names must be distinct")
    return names


def _positive_days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if days <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return days


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ei-certs", description="Test and lab certificates for OpenADR 2.0b peers.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    init = commands.add_parser("init", help="write a CA and ECC + RSA certificates for each name")
    init.add_argument("directory", type=Path)
    init.add_argument(
        "--names",
        type=_names,
        default=_names(DEFAULT_NAMES),
        help=f"comma-separated (default {DEFAULT_NAMES})",
    )
    init.add_argument("--days", type=_positive_days, default=365, help="leaf validity in days (default 365)")
    init.add_argument("--force", action="store_true", help="overwrite existing files")
    return parser


def init(directory: Path, names: Sequence[str], days: int, force: bool) -> int:
    kinds: tuple[KeyKind, ...] = get_args(KeyKind)
    targets = [directory / f"ca.{ext}" for ext in ("crt", "key")]
    targets += [directory / f"{n}-{k}.{ext}" for n in names for k in kinds for ext in ("crt", "key")]
    existing = [str(p) for p in targets if p.exists()]
    if existing and not force:
        # A second init would silently orphan every certificate issued by the first CA.
        print(f"ei-certs: refusing to overwrite {', '.join(existing)} (use --force)", file=sys.stderr)
        return EXIT_REFUSED
    start = datetime.now(UTC) - CLOCK_SKEW
    leaf_end = start + timedelta(days=days)
    # The CA outlives every leaf it signs.
    ca_end = max(start + CA_VALIDITY, leaf_end)
    ca = TestCa.create(
        f"{directory.resolve().name or 'energyinterop'} test CA", not_before=start, not_after=ca_end
    )
    ca_cert, _ = ca.save(directory)
    print(f"ca\t-\t{ca.fingerprint}\t{ca_cert}")
    for name in names:
        for kind in kinds:
            issued = ca.issue(name, kind, not_before=start, not_after=leaf_end)
            cert_path, _ = issued.save(directory)
            print(f"{name}\t{kind}\t{issued.fingerprint}\t{cert_path}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return init(args.directory, args.names, args.days, args.force)
    except OSError as error:
        print(f"ei-certs: {error}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())

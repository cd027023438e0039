"""Command line: validate documents and round-trip them through the codec.

    python -m energyinterop validate FILE...   exit 0 all valid, 1 any invalid, 2 usage error
    python -m energyinterop roundtrip FILE     decode, encode, print the re-encoded document

The output format is stable: scripts rely on it. ``validate`` prints one line per file,
``ok: FILE: <kind> <root element>`` or ``invalid: FILE: <located reason>``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from lxml import etree

from energyinterop.codec import codec_for, kind_of, openadr_codec
from energyinterop.xml.errors import CodecError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
_KIND_LABELS = {"openadr": "OpenADR 2.0b payload", "ei": "EI 1.0 payload", "emix": "EMIX document"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m energyinterop", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    validate = commands.add_parser("validate", help="check documents against the schemas")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    roundtrip = commands.add_parser("roundtrip", help="decode then encode a document")
    roundtrip.add_argument("file", type=Path, metavar="FILE")
    return parser


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CodecError(f"cannot read: {exc.strerror}") from None


def _check(path: Path) -> tuple[str, etree._Element]:
    root = openadr_codec().parser.parse(_read(path))
    kind = kind_of(root)
    codec_for(kind).validate(root)
    return kind, root


def validate(files: list[Path], out: TextIO) -> int:
    status = EXIT_OK
    for path in files:
        try:
            kind, root = _check(path)
        except CodecError as exc:
            status = EXIT_INVALID
            print(f"invalid: {path}: {exc.describe()}", file=out)
            continue
        print(f"ok: {path}: {_KIND_LABELS[kind]} {etree.QName(root).localname}", file=out)
    return status


def roundtrip(path: Path, out: TextIO, err: TextIO) -> int:
    try:
        kind, root = _check(path)
        codec = codec_for(kind)
        document = codec.decode_tree(root)
        encoded = codec.encode(document, root.tag)
    except CodecError as exc:
        print(f"invalid: {path}: {exc.describe()}", file=err)
        return EXIT_INVALID
    out.write(encoded.decode("utf-8"))
    out.write("\n")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "validate":
            return validate(args.files, sys.stdout)
        return roundtrip(args.file, sys.stdout, sys.stderr)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): not an error of ours
        sys.stderr.close()
        return EXIT_OK

"""``ei-conformance``: the conformance tool's command line.

The black-box suites (VEN and VTN, push and pull) arrive with the roles and transports;
today the tool prepares the real peers the suites and the interop tests drive.

    ei-conformance peers     create (or reuse) each peer's cached virtual environment
"""

from __future__ import annotations

import argparse
import sys

from conformance.peers.openleadr import OPENLEADR_REQUIREMENT, openleadr_schema_dir, openleadr_venv
from conformance.peers.venv import PeerUnavailable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ei-conformance", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("peers", help="create or reuse the peers' virtual environments")
    parser.parse_args(argv)
    try:
        venv = openleadr_venv()
        print(f"{OPENLEADR_REQUIREMENT}: {venv.path}")
        print(f"  OpenADR 2.0b schemas: {openleadr_schema_dir()}")
    except PeerUnavailable as exc:
        print(f"{OPENLEADR_REQUIREMENT}: unavailable: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

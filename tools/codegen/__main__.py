"""Command line of the generator: regenerate, or check that generated files are current."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import xmlschema

from tools.codegen.generate import Generator, SetConfig
from tools.codegen.sets import SETS

ROOT = Path(__file__).resolve().parents[2]


def generate(config: SetConfig) -> dict[Path, str]:
    schema = xmlschema.XMLSchema10(str(ROOT / config.entry), allow="local")
    model, binding = Generator(config, schema).run()
    package_dir = ROOT / config.package.replace(".", "/")
    return {package_dir / "_model.py": model, package_dir / "_binding.py": binding}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.codegen")
    parser.add_argument("--check", action="store_true", help="fail when a generated file is stale")
    parser.add_argument("sets", nargs="*", help="names of the sets (default: all)")
    args = parser.parse_args(argv)
    stale = []
    for config in SETS:
        if args.sets and config.name not in args.sets:
            continue
        for path, text in generate(config).items():
            current = path.read_text() if path.exists() else None
            if current == text:
                continue
            if args.check:
                stale.append(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
                print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        print(f"stale: {path.relative_to(ROOT)} (run python -m tools.codegen)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

"""The examples run as a user runs them (the README's main job is one of them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_example(name: str) -> str:
    result = subprocess.run([sys.executable, str(ROOT / "examples" / name)], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_vtn_with_vens_tells_the_whole_story() -> None:
    out = run_example("vtn_with_vens.py")
    assert out.count("registered as ven-") == 3
    assert "LOAD_DISPATCH" in out and "for 3 VENs" in out
    opts = [line.split() for line in out.splitlines() if line.strip().endswith(("optIn", "optOut"))]
    assert sorted((words[0], words[-1]) for words in opts) == [
        ("battery-1", "optIn"), ("ev-charger-2", "optOut"), ("thermostat-4", "optIn")]
    assert out.count(" kW at ") == 3


def test_codec_demo_encodes_validates_and_decodes() -> None:
    out = run_example("codec_demo.py")
    assert out.count("equal to what was built: True") == 3
    assert "SchemaViolation (response code 454)" in out

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


def test_vtn_with_vens_runs_the_micromarket(tmp_path: Path) -> None:
    plot = tmp_path / "market.png"
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "vtn_with_vens.py"), "--plot", str(plot)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "tick 0.001 USD/kWh, unit 0.1 kW, cap 1.000" in out  # discovered, not configured
    assert "128 tenders for 16 intervals" in out
    rows = [line.split() for line in out.splitlines() if line.startswith("   ") and len(line.split()) == 5
            and line.split()[0].count(":") == 1 and line.split()[4][0].isdigit()]
    # interval, demand, supply, cleared, price: the first four intervals, exactly.
    assert [row[1:] for row in rows[:4]] == [["15.4", "14.5", "9.3", "0.120"], ["15.9", "14.9", "9.8", "0.120"],
                                              ["16.4", "15.3", "6.7", "0.240"], ["15.4", "15.7", "5.7", "0.210"]]
    assert len(rows) == 16
    positions = {line.split()[0]: line.split()[1:] for line in out.splitlines()
                 if line.strip().startswith(("pv-roof", "battery-1", "grid-connection"))}
    assert positions["pv-roof"] == ["-2.0", "-2.4", "-2.8", "-3.2"]
    assert positions["grid-connection"] == ["-7.3", "-7.4", "-1.4", "0"]
    assert "positions add up to [Decimal('0.0')] kW in each of the 16 intervals" in out
    assert out.count("deviation +0.30  settled at 0.120") == 2 and "deviation +1.50  settled at 0.120" in out
    assert "9 of 12 deliveries matched their positions exactly" in out
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and f"plot of supply, demand and price: {plot}" in out


def test_codec_demo_encodes_validates_and_decodes() -> None:
    out = run_example("codec_demo.py")
    assert out.count("equal to what was built: True") == 3
    assert "SchemaViolation (response code 454)" in out


def test_market_of_markets_keeps_tier_conservation() -> None:
    out = run_example("market_of_markets.py")
    assert "building 7: 60 devices offer 21.9 kW of demand and 25.7 kW of supply" in out
    assert "neighbourhood gate" in out and "cleared 6.0 kW at 0.18 USD/kWh" in out
    assert "building clearing: 14.6 kW at 0.227 USD/kWh" in out
    assert "building net import 3.5 kW; its upstream transactions 3.5 kW; positions add up to 0.0 kW" in out

"""The project's own contracts: README commands, CI, generated code, the installed wheel."""

from __future__ import annotations

import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    return re.findall(r"```\n(python -m pip install[^\n]*)\n```", (ROOT / "README.md").read_text())


def test_readme_has_the_two_setup_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert "examples/" in commands[0] or "energyinterop" in commands[0]
    assert "pytest" in commands[1] and "[test]" in commands[1]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert readme_commands()[1] in ci_lines


def test_generated_models_are_current() -> None:
    """The models follow the schemas: a schema edit without regeneration fails here."""
    result = subprocess.run([sys.executable, "-m", "tools.codegen", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_wheel_carries_schemas_and_works_installed(tmp_path: Path) -> None:
    """Build the wheel, install it (not editable) in a fresh venv, use it from elsewhere."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
                   check=True, timeout=600)
    wheel = next(dist.glob("energyinterop-*.whl"))
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "energyinterop/_schemas/openadr/oadr.xsd" in names
    assert "energyinterop/_schemas/ei/energyinterop.xsd" in names
    assert not any(name.startswith(("tests/", "tools/")) for name in names)
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    sample = elsewhere / "poll.xml"
    script = (
        "from energyinterop.openadr import openadr_codec, OadrPoll\n"
        "import energyinterop.xml.schemaset as s\n"
        "assert '_schemas' in str(s.schemas_root()), s.schemas_root()\n"
        "c = openadr_codec()\n"
        "open('poll.xml', 'wb').write(c.encode_message(OadrPoll(ven_id='00123', schema_version='2.0b')))\n"
    )
    subprocess.run([str(python), "-c", script], cwd=elsewhere, check=True, timeout=120)
    result = subprocess.run([str(python), "-m", "energyinterop", "validate", str(sample)],
                            cwd=elsewhere, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OpenADR 2.0b payload oadrPayload" in result.stdout

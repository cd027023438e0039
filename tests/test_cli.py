"""The command line contract: exit codes and one located line per file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from energyinterop.openadr import OadrPoll, openadr_codec


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "energyinterop", *args], capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def poll_file(tmp_path: Path) -> Path:
    path = tmp_path / "poll.xml"
    path.write_bytes(openadr_codec().encode_message(OadrPoll(ven_id="00123", schema_version="2.0b")))
    return path


def test_validate_all_valid_exits_0(poll_file: Path) -> None:
    result = run("validate", str(poll_file))
    assert result.returncode == 0
    assert result.stdout == f"ok: {poll_file}: OpenADR 2.0b payload oadrPayload\n"


def test_validate_reports_each_bad_file_with_its_location(poll_file: Path, tmp_path: Path) -> None:
    invalid = tmp_path / "invalid.xml"
    invalid.write_bytes(poll_file.read_bytes().replace(b"<ei:venID>", b"<ei:venId>").replace(b"</ei:venID>", b"</ei:venId>"))
    hostile = tmp_path / "hostile.xml"
    hostile.write_bytes(b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    missing = tmp_path / "missing.xml"
    result = run("validate", str(poll_file), str(invalid), str(hostile), str(missing))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ok: ")
    assert lines[1].startswith(f"invalid: {invalid}: line ") and "venId" in lines[1]
    assert lines[2].startswith(f"invalid: {hostile}: ") and "DOCTYPE" in lines[2]
    assert lines[3].startswith(f"invalid: {missing}: cannot read")


def test_usage_errors_exit_2() -> None:
    assert run("validate").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run().returncode == 2


def test_roundtrip_prints_a_valid_equal_document(poll_file: Path) -> None:
    result = run("roundtrip", str(poll_file))
    assert result.returncode == 0, result.stderr
    codec = openadr_codec()
    assert codec.decode(result.stdout.encode()) == codec.decode(poll_file.read_bytes())


def test_roundtrip_of_an_invalid_document_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<oadrPayload/>")
    result = run("roundtrip", str(bad))
    assert result.returncode == 1 and result.stdout == ""
    assert "invalid:" in result.stderr

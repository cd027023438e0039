"""Tests of the peer harness itself: cached venvs, openleadr samples, schema validity, parsing."""

from __future__ import annotations

import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from lxml import etree

from conformance.peers.openleadr import OpenleadrPeer, openleadr_venv, run_driver
from conformance.peers.venv import PeerUnavailable, PeerVenv

OADR_NS = "http://openadr.org/oadr-2.0b/2012/07"
MESSAGE_TYPES = frozenset(
    {
        "oadrCancelOpt",
        "oadrCancelPartyRegistration",
        "oadrCancelReport",
        "oadrCanceledOpt",
        "oadrCanceledPartyRegistration",
        "oadrCanceledReport",
        "oadrCreateOpt",
        "oadrCreatePartyRegistration",
        "oadrCreateReport",
        "oadrCreatedEvent",
        "oadrCreatedOpt",
        "oadrCreatedPartyRegistration",
        "oadrCreatedReport",
        "oadrDistributeEvent",
        "oadrPoll",
        "oadrQueryRegistration",
        "oadrRegisterReport",
        "oadrRegisteredReport",
        "oadrRequestEvent",
        "oadrRequestReregistration",
        "oadrResponse",
        "oadrUpdateReport",
        "oadrUpdatedReport",
    }
)


@pytest.fixture(scope="module")
def openleadr_schema(openleadr_peer: OpenleadrPeer) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(openleadr_peer.schema_dir / "oadr_20b.xsd"), parser))


def _parse_xml(xml: str) -> etree._Element:
    return etree.fromstring(xml.encode(), etree.XMLParser(no_network=True))


@pytest.mark.peer
def test_openleadr_venv_is_cached(openleadr_peer: OpenleadrPeer) -> None:
    started = time.perf_counter()
    venv = openleadr_venv()
    assert time.perf_counter() - started < 1.0
    assert venv.path == openleadr_peer.venv.path
    assert venv.marker.is_file()
    assert not list(venv.cache_root.glob(f".{venv.path.name}.*.tmp"))


@pytest.mark.peer
def test_samples_cover_every_message_type(openleadr_peer: OpenleadrPeer) -> None:
    assert set(openleadr_peer.samples()) == MESSAGE_TYPES


@pytest.mark.peer
def test_samples_are_deterministic(openleadr_peer: OpenleadrPeer) -> None:
    assert run_driver("samples") == openleadr_peer.samples()


@pytest.mark.peer
@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_sample_is_an_oadr_payload(openleadr_peer: OpenleadrPeer, message_type: str) -> None:
    root = _parse_xml(openleadr_peer.samples()[message_type])
    assert root.tag == f"{{{OADR_NS}}}oadrPayload"
    (signed_object,) = root.findall(f"{{{OADR_NS}}}oadrSignedObject")
    assert [child.tag for child in signed_object] == [f"{{{OADR_NS}}}{message_type}"]


@pytest.mark.peer
@pytest.mark.parametrize("message_type", sorted(MESSAGE_TYPES))
def test_sample_is_valid_against_openleadr_schema(
    openleadr_peer: OpenleadrPeer, openleadr_schema: etree.XMLSchema, message_type: str
) -> None:
    document = _parse_xml(openleadr_peer.samples()[message_type])
    assert openleadr_schema.validate(document), str(openleadr_schema.error_log)


@pytest.mark.peer
def test_parse_round_trips_distribute_event(openleadr_peer: OpenleadrPeer) -> None:
    parsed = openleadr_peer.parse(openleadr_peer.samples()["oadrDistributeEvent"])
    assert parsed["type"] == "oadrDistributeEvent"
    first, second = parsed["payload"]["events"]
    assert first["event_descriptor"]["event_id"] == "evt-1"
    assert first["event_descriptor"]["created_date_time"] == "2021-06-01T08:00:00+00:00"
    assert first["active_period"]["duration"] == "PT1H"
    simple, price = first["event_signals"]
    assert [interval["signal_payload"] for interval in simple["intervals"]] == [1.0, 2.0, 3.0, 1.0]
    assert [interval["duration"] for interval in price["intervals"]] == ["PT30M", "PT30M"]
    assert first["targets_by_type"] == {
        "group_id": ["group-north"],
        "resource_id": ["res-1", "res-2"],
        "ven_id": ["ven-0123456789"],
    }
    assert second["response_required"] == "never"


@pytest.mark.peer
def test_parse_round_trips_update_report(openleadr_peer: OpenleadrPeer) -> None:
    parsed = openleadr_peer.parse(openleadr_peer.samples()["oadrUpdateReport"])
    assert parsed["type"] == "oadrUpdateReport"
    (report,) = parsed["payload"]["reports"]
    assert [interval["report_payload"]["value"] for interval in report["intervals"]] == [1200.5, 300.0, 980.0, 245.25]


@pytest.mark.peer
def test_bench_codec_reports_a_rate(openleadr_peer: OpenleadrPeer) -> None:
    result = openleadr_peer.bench_codec(openleadr_peer.samples()["oadrPoll"], seconds=0.2)
    assert result["roundtrips_per_s"] > 0


def _tiny_wheel(directory: Path) -> Path:
    """A dependency-free wheel, so PeerVenv can be exercised without a package registry."""
    wheel = directory / "ei_demo_peer-1.0-py3-none-any.whl"
    dist_info = "ei_demo_peer-1.0.dist-info"
    files = {
        "ei_demo_peer.py": "VALUE = 42\n",
        f"{dist_info}/METADATA": "Metadata-Version: 2.1\nName: ei-demo-peer\nVersion: 1.0\n",
        f"{dist_info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
        archive.writestr(f"{dist_info}/RECORD", "".join(f"{name},,\n" for name in [*files, f"{dist_info}/RECORD"]))
    return wheel


@pytest.mark.slow
def test_concurrent_ensures_build_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venv = PeerVenv(name="demo", requirements=(str(_tiny_wheel(tmp_path)),), cache_root=tmp_path / "cache")
    builds: list[int] = []
    real_build = PeerVenv._build

    def counting_build(self: PeerVenv) -> None:
        builds.append(threading.get_ident())
        real_build(self)

    monkeypatch.setattr(PeerVenv, "_build", counting_build)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: venv.ensure().python, range(2)))

    assert len(builds) == 1
    assert results[0] == results[1] == venv.python
    assert venv.marker.is_file()
    leftovers = sorted(path.name for path in venv.cache_root.iterdir())
    assert leftovers == sorted([venv.path.name, f".{venv.path.name}.lock"])


@pytest.mark.slow
def test_pip_failure_raises_peer_unavailable(tmp_path: Path) -> None:
    missing = tmp_path / "missing-1.0-py3-none-any.whl"
    venv = PeerVenv(name="broken", requirements=(str(missing),), cache_root=tmp_path / "cache")
    with pytest.raises(PeerUnavailable) as raised:
        venv.ensure()
    assert "pip install" in raised.value.reason
    assert str(missing) in raised.value.reason
    assert not venv.path.exists()
    assert not list(venv.cache_root.glob(f".{venv.path.name}.*.tmp"))


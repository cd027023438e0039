"""Where sequences live in the store's key/value space (one namespace, ordered keys).

    s:<id>                  a source: its meta (JSON)
    s:<id>:m:<n>            an unacknowledged message: service, newline, document
    d:<id>                  a destination: its meta (JSON), rewritten on close and terminate
    d:<id>:r                a destination's delivered numbers as ranges (``1-41``), per delivery
    d:<id>:h:<n>            a message received out of order and held (InOrder): service,
                            newline, document
    d:<id>:p:<n>            a delivery's marker (empty): in the store only while the role's
                            writes for it may be kept in part (see docs/reliable-messaging.md)
    c:<remote>              the client's current sequence towards that peer

``<n>`` is zero-padded to 20 digits so that key order is number order (with ``zfill``: these
keys are built several times per message, and a ``:020d`` format spec costs twice as much).
"""

from __future__ import annotations

NAMESPACE = "wsrm"
# A batch of changes for Store.put_values: None deletes the key.
Writes = dict[str, bytes | None]


def source(identifier: str) -> str:
    return f"s:{identifier}"


def message(identifier: str, number: int) -> str:
    return f"s:{identifier}:m:{str(number).zfill(20)}"


def destination(identifier: str) -> str:
    return f"d:{identifier}"


def delivered(identifier: str) -> str:
    return f"d:{identifier}:r"


def held(identifier: str, number: int) -> str:
    return f"d:{identifier}:h:{str(number).zfill(20)}"


def in_progress(identifier: str, number: int) -> str:
    return f"d:{identifier}:p:{str(number).zfill(20)}"


def client(remote: str) -> str:
    return f"c:{remote}"


def number_of(key: str) -> int:
    return int(key.rsplit(":", 1)[1])


def encode_message(service: str, document: bytes) -> bytes:
    return service.encode() + b"\n" + document


def decode_message(value: bytes) -> tuple[str, bytes]:
    service, _, document = value.partition(b"\n")
    return service.decode(), document

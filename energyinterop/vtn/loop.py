"""The event loop the VTN server runs on.

uvloop (libuv, written in Cython) runs the same asyncio programs with less work per event
than the standard loop, and its TLS transport does in C what asyncio's does in Python: on
a VTN answering thousands of small requests a second, that is a large share of the cost
per request. It is used wherever it is installed (a dependency on Linux and macOS, where
it builds); elsewhere, or when asked, the standard loop serves.
"""

from __future__ import annotations

import asyncio
from typing import Literal

LoopName = Literal["auto", "uvloop", "asyncio"]


def new_event_loop(name: LoopName = "auto") -> asyncio.AbstractEventLoop:
    """A new loop: uvloop's when ``name`` is "uvloop", or "auto" and uvloop is installed."""
    if name == "asyncio":
        return asyncio.new_event_loop()
    try:
        import uvloop
    except ImportError:
        if name == "uvloop":
            raise
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


__all__ = ["LoopName", "new_event_loop"]

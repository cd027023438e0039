"""Shared fixtures: the real openleadr peer runs in its own cached virtual environment."""

from peers_fixtures import openleadr_peer

__all__ = ["openleadr_peer"]

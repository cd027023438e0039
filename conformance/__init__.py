"""Conformance tooling: drive real third-party OpenADR peers against this implementation."""

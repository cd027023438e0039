"""Isolated third-party peers (each in its own cached virtual environment) used by tests and benchmarks."""

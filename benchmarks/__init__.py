"""Benchmarks: `python -m benchmarks.<name>`; each prints its figures as JSON on its last line."""

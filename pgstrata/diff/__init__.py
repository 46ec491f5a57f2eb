"""The diff: comparators per kind → changes → ordered plan."""

from __future__ import annotations

from pgstrata.diff.compare import compare

__all__ = ["compare"]

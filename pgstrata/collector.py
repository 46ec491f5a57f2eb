"""Pausing Python's cyclic garbage collector around bulk work (inspection, planning, rendering).

The rows, models, graphs and changes built there hold no reference cycles, and the collector's
passes over hundreds of thousands of young tuples, ids, sets and strings would double the time.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block (re-enabled after, if it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

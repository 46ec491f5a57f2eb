"""Pausing Python's cyclic garbage collector around bulk work (inspection, planning, rendering).

The rows, models, graphs and changes built there hold no reference cycles, and the collector's
passes over hundreds of thousands of young tuples, ids, sets and strings would double the time.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block (re-enabled after, if it was on).

    What the block made is frozen (``gc.freeze``) before the collector comes back: otherwise
    the first allocation after it runs a full collection over everything made meanwhile
    (0.17 s after reading two 10,000-table catalogs) only to find no cycles.  Frozen objects
    are still freed by reference counting; only the cyclic collector ignores them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


# Objects left for the end of the process instead of being freed when their last user is
# done: None (the default, a library) frees as usual; a list once the command-line entry
# point says the process ends without tearing its heap down (``ending_without_teardown``).
_left: list[object] | None = None


def ending_without_teardown() -> None:
    """Say that this process ends with ``os._exit`` (the command line does): large structures
    may then be left for the operating system, which frees them at once, instead of Python
    freeing them object by object (~0.1 s for each 10,000-table catalog)."""
    global _left
    if _left is None:
        _left = []


def leave_for_exit(*objects: object) -> None:
    """Keep ``objects`` alive until the process ends, when it ends without teardown; in a
    library (the default) this does nothing."""
    if _left is not None:
        _left.append(objects)


@cache
def _malloc_trim() -> object | None:
    """glibc's ``malloc_trim``, or None on another C library."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def give_back_freed_memory() -> None:
    """Hand the heap memory freed so far back to the operating system (glibc keeps it
    otherwise, and the next big structures go on top of it: the rows of a 10,000-table catalog,
    freed once the model is built, kept ~50 MB of the peak)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)  # type: ignore[operator]

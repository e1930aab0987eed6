"""Fewer cyclic garbage collections during bulk work (a build, the resources worker).

A national build holds millions of container objects (lists of suppressed columns, parsed
rows) until it ends; with Python's default thresholds every full collection walks all of them:
≈ 0.7 s of a build's single-threaded time, almost none of it freeing anything. Raising the
thresholds keeps collections, only rarer (memory held by cycles is freed a little later).
"""
from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

BULK_THRESHOLDS = (50_000, 20, 10)

_lock = threading.Lock()
_active = 0
_saved: tuple[int, int, int] | None = None


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collection thresholds (never lower them) while the block runs.

    Process-wide, so nested and concurrent blocks (two builds in one dashboard process) share
    it: the first to enter saves the thresholds, the last to leave restores them.
    """
    global _active, _saved
    with _lock:
        if _active == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*(max(a, b) for a, b in zip(_saved, BULK_THRESHOLDS)))
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None

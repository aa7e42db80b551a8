"""Pausing the cyclic garbage collector around work that makes many acyclic objects.

A big friend list is hundreds of thousands of objects. While they are made, the collector would
rescan them over and over (a cost that grows faster than linearly); once made, every full collection
scans them all again, holding the GIL for a tenth of a second or more, which freezes the window even
when the work ran in a worker thread. So the collector is paused while the work runs, and what is
alive when the last pause ends is moved out of its reach (`gc.freeze`). Contacts, snapshots and
warning signs hold no reference cycles: when a list is replaced, reference counting frees it, frozen
or not.

Pauses may overlap (a worker imports while another reads): the collector is paused by the first
and resumed by the last.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC for the work inside; when the last pause ends, freeze what is alive."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()

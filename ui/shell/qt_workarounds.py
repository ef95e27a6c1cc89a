"""Work-arounds for bugs in the Qt binding, applied once when ``ui`` is imported.

PySide6 6.12.0 on Python < 3.12: every ``Signal.emit()`` made from Python returns ``True`` without
taking a reference to it, so each emit lowers ``True``'s reference count by one. After a few hundred
more emits than there are live references to ``True``, Python aborts ("Fatal Python error:
bool_dealloc: deallocating True or False") — in a long session, or when the tree of a large
evaluation is refreshed (one ``dataChanged`` per group of indicators). Reproduce with::

    o = QObject(); before = sys.getrefcount(True)
    for _ in range(100): o.objectNameChanged.emit("x")
    sys.getrefcount(True) == before - 100        # True on 6.12.0 / Python 3.11

Python 3.12 made ``True`` and ``False`` immortal, which is exactly the cure: here we raise their
reference counts by 2**40 at start-up, so that the leaked decrements can never reach zero (a
trillion emits). Nothing is done on Python 3.12+ or on interpreters other than CPython.
tests/test_qt_workarounds.py guards it.
"""
from __future__ import annotations

import ctypes
import platform
import sys

HEADROOM = 1 << 40
_applied = False


def protect_bools() -> bool:
    """Make ``True``/``False`` effectively immortal on CPython < 3.12. Returns whether it acted."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for obj in (True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM
    _applied = True
    return True

"""Work-arounds for bugs in the Qt binding, applied once when ``ui`` is imported.

PySide6 6.12.0 on Python < 3.12 returns references it never took, to two kinds of object:

- every ``Signal.emit()`` made from Python returns ``True`` without a reference to it;
- every call from C++ into Python that returns ``None`` — a slot connected to a button's
  ``clicked``, an overridden ``paintEvent`` or ``eventFilter``, a line edit's ``textChanged`` —
  drops one reference to ``None``.

Each such call lowers the object's reference count by one. Once it reaches zero Python aborts
("Fatal Python error: bool_dealloc" or "none_dealloc"): after a few hundred saved edits or some
tens of thousands of moves through the indicator tree. Reproduce with::

    b = QPushButton(); b.clicked.connect(lambda: None); before = sys.getrefcount(None)
    for _ in range(100): b.click()
    sys.getrefcount(None) == before - 100        # True on 6.12.0 / Python 3.11

Python 3.12 made these singletons immortal, which is exactly the cure: here we raise their
reference counts by 2**40 at start-up, so that the leaked decrements can never reach zero (a
trillion calls). ``NotImplemented`` and ``Ellipsis`` get the same headroom, being the other
singletons Python 3.12 made immortal. Nothing is done on Python 3.12+ or on interpreters other
than CPython. tests/test_qt_workarounds.py guards it, and tests/gui/stress_window.py (10,000 saved
edits and 100,000 moves through the window, run by CI) shows a whole session living on it; the
``QtPdf`` module that FieldEval uses for its print preview exists only for 6.12, so the binding
cannot simply be pinned to 6.11.
"""
from __future__ import annotations

import ctypes
import platform
import sys

HEADROOM = 1 << 40
SINGLETONS = (True, False, None, NotImplemented, Ellipsis)
_applied = False


def protect_singletons() -> bool:
    """Make Python's singletons effectively immortal on CPython < 3.12. Returns whether it acted."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for obj in SINGLETONS:
        # ob_refcnt is the first field of every CPython object, at the object's address
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM
    _applied = True
    return True

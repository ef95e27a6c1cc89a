"""Start-up probe for benchmarks: ``FIELDEVAL_QUIT_AFTER_PAINT=1`` makes the window quit as soon as
it has been painted once, so a benchmark can time "process start → first painted window" from the
outside, the same way for the real app (also the bundled one) and for a bare PySide6 window
(benchmarks/bench_startup.py). Nothing happens without the variable. ``after_first_paint`` is what the window
runs once it is on screen (the first-start question)."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "FIELDEVAL_QUIT_AFTER_PAINT"


class _FirstPaint(QObject):
    """Watches every widget (application-wide filter) until the first paint of anything in ``window``, then runs
    ``then`` from the event loop, once that paint is done. A widget covered all over by its children gets no paint
    event of its own, so the window's parts are watched, not only the window."""

    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self.window, self.then = window, then
        self.done = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if (not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and obj.window() is self.window):
            self.done = True
            QApplication.instance().removeEventFilter(self)  # no Python on every event of the session
            QTimer.singleShot(0, self.then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """``then()`` once ``window`` has been painted: what is built and shown before the first paint (a first-start
    question costs ~0.3 s to build) delays the window itself."""
    _FirstPaint(window, then)


def _stamp_and_quit() -> None:
    print(f"first-paint {time.perf_counter():.6f}", file=sys.stderr, flush=True)
    QApplication.quit()


def arm(window: QWidget) -> None:
    """Quit after ``window``'s first paint when the environment asks for it."""
    if os.environ.get(ENV):
        after_first_paint(window, _stamp_and_quit)

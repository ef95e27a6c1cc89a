"""Start-up probe for benchmarks: ``FIELDEVAL_QUIT_AFTER_PAINT=1`` makes the window quit as soon as
it has been painted once, so a benchmark can time "process start → first painted window" from the
outside, the same way for the real app (also the bundled one) and for a bare PySide6 window
(benchmarks/bench_startup.py). Nothing happens without the variable."""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "FIELDEVAL_QUIT_AFTER_PAINT"


class _FirstPaint(QObject):
    """Watches every widget (application-wide filter): the first paint of anything in the window counts."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, obj, event) -> bool:
        if (not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and obj.window() is self.window):
            self.done = True
            print(f"first-paint {time.perf_counter():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def arm(window: QWidget) -> None:
    """Quit after ``window``'s first paint when the environment asks for it."""
    if os.environ.get(ENV):
        QApplication.instance().installEventFilter(_FirstPaint(window))

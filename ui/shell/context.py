"""One application context handed to every page, dialog and undo command.

Pages never talk to each other: they call ``services`` (through undo commands for edits), then
``ctx.notify(kind)``; every page listening to ``dataChanged`` decides whether it must redraw.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.store import Store
from ui.i18n import message_text

#: kinds passed through ``dataChanged``
SCORES, FINDINGS, EVIDENCE, PROJECT, FRAMEWORK, ALL = "scores", "findings", "evidence", "project", "framework", "all"


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, str)


class Task(QRunnable):
    """Runs ``fn(*args, progress=callback)`` on the thread pool; results come back on the GUI thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False):
        super().__init__()
        self.fn, self.args, self.with_progress = fn, args, with_progress
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            kwargs = {"progress": lambda pct, text="": self.signals.progress.emit(int(pct), text)} if self.with_progress else {}
            result = self.fn(*self.args, **kwargs)
        except Exception as exc:
            message = message_text(exc)
            traceback.print_exc()
            self.signals.failed.emit(message)
        else:
            self.signals.done.emit(result)


class AppContext(QObject):
    """The open evaluation, its undo stack, the evaluator's identity and change notifications."""

    dataChanged = Signal(str)  # one of the kinds above
    fileOpened = Signal()
    fileClosed = Signal()
    saved = Signal(str)  # "HH:MM:SS" of the last committed edit
    message = Signal(str)  # a short status-bar message

    def __init__(self, actor: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.store: Store | None = None
        self.actor = actor
        #: False when the actor was named at start (--user, FIELDEVAL_USER): settings then never replace it
        self.actor_from_settings = True
        self.undo_stack = QUndoStack(self)
        self.pool = QThreadPool.globalInstance()
        self._tasks: set[Task] = set()

    def set_actor(self, name: str) -> None:
        """Who is working from now on: the actor of the next edits and sign-offs, open file included."""
        self.actor = name
        if self.store is not None:
            self.store.actor = name

    # -- file -------------------------------------------------------------
    def set_store(self, store: Store | None) -> None:
        if self.store is not None:
            from PySide6.QtWidgets import QApplication

            focus = QApplication.focusWidget()
            if focus is not None and hasattr(focus, "editingFinished"):
                focus.editingFinished.emit()  # what is being typed goes into the file it was typed for
            # closed before anyone hears of it: a field losing the focus as the pages clear must find no file
            # to write to (a write now would reopen the checkpointed, released file)
            old, self.store = self.store, None
            old.close()
            self.fileClosed.emit()
        self.store = store
        self.undo_stack.clear()
        if store is not None:
            store.actor = self.actor
            self.fileOpened.emit()

    # -- edits ------------------------------------------------------------
    def push(self, command: QUndoCommand) -> None:
        """Run an edit through the undo stack (its redo() runs now)."""
        self.undo_stack.push(command)

    def notify(self, kind: str) -> None:
        from datetime import datetime

        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.dataChanged.emit(kind)

    # -- background work --------------------------------------------------
    def run_task(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[str], None] | None = None,
                 on_progress: Callable[[int, str], None] | None = None) -> Task:
        """Run ``fn`` off the GUI thread. ``fn`` must not touch widgets; it gets ``progress=`` when
        ``on_progress`` is given."""
        task = Task(fn, *args, with_progress=on_progress is not None)
        self._tasks.add(task)

        def finish(_=None):
            self._tasks.discard(task)

        if on_done:
            task.signals.done.connect(on_done)
        if on_error:
            task.signals.failed.connect(on_error)
        if on_progress:
            task.signals.progress.connect(on_progress)
        task.signals.done.connect(finish)
        task.signals.failed.connect(finish)
        task.setAutoDelete(False)
        self.pool.start(task)
        return task

"""Undo commands: every edit in the window is one command on ``ctx.undo_stack``.

Commands call services (never the ORM) and then ``ctx.notify(kind)`` so pages redraw. A service
refusing an edit raises ``EditRefused``; the command then reports the message and the stack
drops it, so nothing half-done stays on the stack or in the file.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from services.core.errors import EditRefused
from ui.i18n import message_text, translate
from ui.shell.context import AppContext


class ServiceCommand(QUndoCommand):
    """An edit as a pair of service calls: ``do()`` and ``undo()``.

    ``merge_key`` (optional): consecutive commands with the same key merge into one undo step
    (typing into the same field).
    """

    _ids: dict[str, int] = {}

    def __init__(self, ctx: AppContext, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 kind: str, merge_key: str | None = None):
        super().__init__(text)
        self.ctx, self._do, self._undo, self.kind = ctx, do, undo, kind
        self.merge_key = merge_key
        self.failed: str | None = None

    def id(self) -> int:
        if self.merge_key is None:
            return -1
        return ServiceCommand._ids.setdefault(self.merge_key, len(ServiceCommand._ids) + 1)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key or other.failed:
            return False
        self._do = other._do  # keep our undo (the value before the first edit), take their redo
        return True

    def redo(self) -> None:
        try:
            self._do()
        except Exception as exc:
            self.failed = _message(exc)
            self.setObsolete(True)  # a failed edit never stays on the stack
            self.ctx.message.emit(self.failed)
            return
        self.ctx.notify(self.kind)

    def undo(self) -> None:
        try:
            self._undo()
        except Exception as exc:
            self.ctx.message.emit(_message(exc))
            return
        self.ctx.notify(self.kind)


def _message(exc: Exception) -> str:
    """EditRefused carries the evaluator's message; anything else is reported without a traceback."""
    if isinstance(exc, EditRefused):
        return message_text(exc)
    import traceback

    traceback.print_exc()
    text = translate("", "操作未能完成，文件未作修改（%1：%2）")
    return text.replace("%1", exc.__class__.__name__).replace("%2", message_text(exc))


def push_edit(ctx: AppContext, text: str, do: Callable[[], Any], undo: Callable[[], Any], kind: str,
              merge_key: str | None = None) -> str | None:
    """Run an edit through the undo stack. Returns the refusal message, or None when saved."""
    cmd = ServiceCommand(ctx, text, do, undo, kind, merge_key)
    ctx.push(cmd)
    return cmd.failed

"""The file is open elsewhere: who has it, and the evaluator's choice — open it read-only, or wait
until the other window or process closes it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from models import locks

READ_ONLY, WRITE = "readonly", "write"


class LockDialog(QDialog):
    """Names the holder; 只读打开 → ``choice == READ_ONLY``; 等待 polls the lock and ends with
    ``choice == WRITE`` as soon as the file is free; 取消 → ``choice is None``."""

    POLL_MS = 500

    def __init__(self, path: Path | str, holder: locks.LockInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("文件正在别处打开"))
        lay = QVBoxLayout(self)
        self.text = QLabel(self.tr("“%1”正由 %2 打开编辑。\n同一时间只能有一处修改它：可以只读打开查看，"
                                   "或等对方关闭后再打开编辑。").replace("%1", self.path.name).replace("%2", holder.who()),
                           self)
        self.text.setWordWrap(True)
        lay.addWidget(self.text)
        self.waiting = QLabel("", self)
        lay.addWidget(self.waiting)
        self.buttons = QDialogButtonBox(self)
        self.readonly_btn = self.buttons.addButton(self.tr("只读打开"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.wait_btn = self.buttons.addButton(self.tr("等待对方关闭"), QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.readonly_btn.clicked.connect(self.open_readonly)
        self.wait_btn.clicked.connect(self.start_waiting)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.poll)

    def open_readonly(self) -> None:
        self.timer.stop()
        self.choice = READ_ONLY
        self.accept()

    def start_waiting(self) -> None:
        self.wait_btn.setEnabled(False)
        self.waiting.setText(self.tr("正在等待对方关闭文件……"))
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        if locks.holder(self.path) is None:
            self.timer.stop()
            self.choice = WRITE
            self.accept()

    def reject(self) -> None:
        self.timer.stop()
        self.choice = None
        super().reject()


def ask(parent: QWidget | None, path: Path | str, holder: locks.LockInfo) -> str | None:
    """READ_ONLY, WRITE (the file became free while waiting) or None (cancelled)."""
    dlg = LockDialog(path, holder, parent)
    dlg.exec()
    return dlg.choice

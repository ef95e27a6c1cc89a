"""备份与恢复: the backups of the open file (when, why, size, sound or not), a backup now, and
restoring one — the current file is backed up first. ``offer_recovery`` is what the window shows
when a file will not open or is damaged: what is wrong, and the newest good backup to restore."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from services.evaluation import assessments
from services.teamwork import backups, integrity
from services.teamwork.backups import BackupInfo
from ui.i18n import message_text
from ui.shell.context import ALL, AppContext


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def _check_all(paths: list[Path]) -> dict[str, list[str]]:
    return {str(p): integrity.verify(p) for p in paths}


class BackupDialog(QDialog):
    """The backups of one evaluation file."""

    def __init__(self, ctx: AppContext, parent=None, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path) if path else (Path(ctx.store.path) if ctx.store else None)
        self.rows: list[BackupInfo] = []
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(760, 440)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("原因"), self.tr("大小"), self.tr("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 110)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.keep = QSpinBox(self)
        self.keep.setRange(backups.MIN_KEEP, backups.MAX_KEEP)
        self.keep.setToolTip(self.tr("每个评价文件保留的备份份数（保存在评价文件中）"))
        self.backup_btn = QPushButton(self.tr("立即备份"), self)
        self.restore_btn = QPushButton(self.tr("从所选备份恢复…"), self)
        self.backup_btn.clicked.connect(self.backup_now)
        self.restore_btn.clicked.connect(self.restore_selected)
        self.keep.editingFinished.connect(self._save_keep)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("保留份数"), self))
        bar.addWidget(self.keep)
        bar.addStretch(1)
        bar.addWidget(self.backup_btn)
        bar.addWidget(self.restore_btn)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)
        lay.addLayout(bar)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        if self.path is None:
            self.heading.setText(self.tr("没有打开评价文件。"))
            self.rows = []
        else:
            self.heading.setText(self.tr("“%1”的备份（最新的在上）。恢复前会先把当前文件再备份一次。")
                                 .replace("%1", self.path.name))
            self.rows = backups.list_backups(self.path)
            self.keep.blockSignals(True)
            self.keep.setValue(backups.keep_count(self.path))
            self.keep.blockSignals(False)
        self.table.setRowCount(len(self.rows))
        for r, b in enumerate(self.rows):
            for c, text in enumerate((f"{b.made_at:%Y-%m-%d %H:%M:%S}", b.reason_text, _size(b.size),
                                      self.tr("校验中…"))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(b.path))
                self.table.setItem(r, c, item)
        if self.rows:
            self.table.selectRow(0)
            self.ctx.run_task(_check_all, [b.path for b in self.rows], on_done=self._checked)
        self._update_buttons()

    def _checked(self, results: dict[str, list[str]]) -> None:
        for r, b in enumerate(self.rows):
            problems = results.get(str(b.path))
            if problems is None or self.table.item(r, 3) is None:
                continue
            item = self.table.item(r, 3)
            item.setText(self.tr("完好") if not problems else self.tr("有问题：") + message_text(problems[0]))
            item.setForeground(Qt.GlobalColor.darkGreen if not problems else Qt.GlobalColor.red)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.backup_btn.setEnabled(self.path is not None and self.path.exists())
        self.restore_btn.setEnabled(self.selected() is not None)

    def _save_keep(self) -> None:
        if self.ctx.store is not None and self.path == Path(self.ctx.store.path):
            backups.set_keep_count(self.ctx.store, self.keep.value())
        else:
            backups.set_user_setting("backup_keep", self.keep.value())

    def backup_now(self) -> None:
        try:
            made = backups.make_backup(self.path, "manual")
        except Exception as exc:
            self.status.setText(self.tr("备份失败：%1").replace("%1", message_text(exc)))
            return
        self.status.setText(self.tr("已备份：%1").replace("%1", made.name))
        self.reload()

    def restore_selected(self, confirm: bool = True) -> bool:
        b = self.selected()
        if b is None or self.path is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("从备份恢复"),
                self.tr("用 %1 的备份替换当前文件？当前文件会先备份，可以再恢复回来。")
                .replace("%1", f"{b.made_at:%Y-%m-%d %H:%M:%S}")) != QMessageBox.StandardButton.Yes:
            return False
        was_open = self.ctx.store is not None and Path(self.ctx.store.path) == self.path
        if was_open:
            self.ctx.set_store(None)
        try:
            saved = backups.restore(b.path, self.path)
        except Exception as exc:
            self.status.setText(message_text(exc))
            if was_open:
                self._reopen()
            return False
        self.restored = b.path
        if was_open:
            self._reopen()
            self.ctx.notify(ALL)
        self.status.setText(self.tr("已恢复。原文件备份为 %1").replace("%1", saved.name if saved else ""))
        self.reload()
        return True

    def _reopen(self) -> None:
        try:
            self.ctx.set_store(assessments.open_evaluation(self.path, actor=self.ctx.actor))
        except Exception as exc:
            QMessageBox.warning(self, self.tr("无法打开"), message_text(exc))


class RecoveryDialog(QDialog):
    """A damaged file: what is wrong, and restoring the newest good backup."""

    def __init__(self, diagnosis: integrity.Diagnosis, parent=None):
        super().__init__(parent)
        self.diagnosis = diagnosis
        self.setWindowTitle(self.tr("评价文件有问题"))
        self.setMinimumWidth(560)
        text = QLabel(message_text(diagnosis.message), self)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.restore_btn = buttons.addButton(self.tr("从最近的完好备份恢复"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_btn.setEnabled(diagnosis.backup is not None)
        buttons.addButton(self.tr("不恢复"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(buttons)


def offer_recovery(parent, path: Path | str, diagnosis: integrity.Diagnosis | None = None,
                   ask=None) -> bool:
    """Explain what is wrong with ``path`` and offer its newest good backup; True once restored.

    ``ask(dialog) -> bool`` replaces ``dialog.exec()`` in tests.
    """
    d = diagnosis or integrity.diagnose(path)
    if not d.problems or d.backup is None:
        return False  # nothing to offer: the caller's own message says what is wrong
    dlg = RecoveryDialog(d, parent)
    accepted = ask(dlg) if ask else dlg.exec() == QDialog.DialogCode.Accepted
    if not accepted or d.backup is None:
        return False
    try:
        backups.restore(d.backup, path)
    except Exception as exc:
        QMessageBox.warning(parent, dlg.tr("恢复失败"), message_text(exc))
        return False
    return True

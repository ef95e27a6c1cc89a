"""The 团队 menu of the main window (merge copies, hand out a copy, packages, backups, integrity
check) and the periodic backup while a file is open. ``install(window)`` is the one call the
window makes."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from services.teamwork import assignments, backups, integrity
from ui.i18n import message_text, translator
from ui.widgets import run_modal

#: how often the window looks whether a periodic backup is due (the interval itself is in services)
TICK_MS = 60 * 1000


tr = translator("TeamworkMenu")


class Teamwork(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.periodic: backups.PeriodicBackup | None = None
        bar = window.menuBar()
        self.menu = bar.addMenu(tr("团队(&T)"))
        actions = bar.actions()
        if len(actions) >= 2:  # keep 帮助 last
            bar.insertMenu(actions[-2], self.menu)
        self.file_actions = []
        for entry in ((tr("合并组员副本…"), self.merge), (tr("分发副本给组员…"), self.hand_out), None,
                      (tr("导出数据包…"), self.export_package), None,
                      (tr("备份与恢复…"), self.backups), (tr("校验文件完整性"), self.verify)):
            if entry is None:
                self.menu.addSeparator()
                continue
            self.file_actions.append(self.menu.addAction(*entry))
        self.menu.addSeparator()
        self.menu.addAction(tr("导入数据包…"), self.import_package)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(TICK_MS)
        self.ctx.fileOpened.connect(self._opened)
        self.ctx.fileClosed.connect(self._closed)
        self._closed() if self.ctx.store is None else self._opened()

    def _opened(self) -> None:
        for a in self.file_actions:
            a.setEnabled(True)
        path = self.ctx.store.path
        self.periodic = backups.PeriodicBackup(path, interval=backups.periodic_seconds(path))

    def _closed(self) -> None:
        for a in self.file_actions:
            a.setEnabled(self.ctx.store is not None)
        self.periodic = None

    def tick(self) -> None:
        if self.periodic is None or self.ctx.store is None:
            return
        try:
            made = self.periodic.tick()
        except Exception:
            return
        if made is not None:
            self.window.statusBar().showMessage(tr("已自动备份"), 5000)

    # -- actions ----------------------------------------------------------------
    def merge(self) -> None:
        from ui.dialogs.merge_dialog import MergeDialog

        dlg = MergeDialog(self.ctx, self.window)
        if run_modal(dlg) and dlg.result is not None:
            self.window.statusBar().showMessage(tr("已合并：%1").replace("%1", dlg.result.summary()), 15000)

    def hand_out(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        members = assignments.team_members(store)
        member, ok = QInputDialog.getItem(self.window, tr("分发副本"), tr("交给哪位组员？"), members or [""], 0, True)
        if not ok or not member.strip():
            return
        default = Path(store.path).with_name(f"{Path(store.path).stem}-{member.strip()}.fev")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("副本保存为"), str(default), tr("评价文件 (*.fev)"))
        if not path:
            return
        try:
            made = assignments.hand_out(store, member.strip(), Path(path))
        except Exception as exc:
            QMessageBox.warning(self.window, tr("无法分发副本"), message_text(exc))
            return
        QMessageBox.information(self.window, tr("分发副本"),
                                tr("已为 %1 写出副本：%2\n组员改完交回后，用“合并组员副本”合并回来。")
                                .replace("%1", member.strip()).replace("%2", str(made)))

    def export_package(self) -> None:
        from ui.dialogs.package_dialog import ExportPackageDialog

        dlg = ExportPackageDialog(self.ctx, self.window)
        if run_modal(dlg) and dlg.result_info is not None:
            self.window.statusBar().showMessage(tr("已导出数据包：%1").replace("%1", str(dlg.result_info.path)), 10000)

    def import_package(self) -> None:
        from ui.dialogs.package_dialog import ImportPackageDialog

        dlg = ImportPackageDialog(self.ctx, self.window)
        if run_modal(dlg) and dlg.result_info is not None:
            if QMessageBox.question(self.window, tr("导入数据包"),
                                    tr("已导入为 %1。现在打开它吗？").replace("%1", str(dlg.result_info.path))) \
                    == QMessageBox.StandardButton.Yes:
                self.window.open_file(dlg.result_info.path)

    def backups(self) -> None:
        from ui.dialogs.backup_dialog import BackupDialog

        run_modal(BackupDialog(self.ctx, self.window))

    def verify(self) -> None:
        if self.ctx.store is None:
            return
        self.window.statusBar().showMessage(tr("正在校验文件完整性…"))
        self.ctx.run_task(integrity.verify, self.ctx.store.path, on_done=self._verified,
                          on_error=lambda m: QMessageBox.warning(self.window, tr("校验未能完成"), m))

    def _verified(self, problems: list[str]) -> None:
        self.window.statusBar().clearMessage()
        if problems:
            QMessageBox.warning(self.window, tr("文件有问题"), "\n".join(message_text(p) for p in problems[:15]))
        else:
            QMessageBox.information(self.window, tr("文件完好"),
                                    tr("数据库结构、证据校验值和审计轨迹的哈希链均通过校验。"))


def install(window) -> Teamwork:
    return Teamwork(window)

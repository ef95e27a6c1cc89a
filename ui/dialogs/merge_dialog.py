"""合并组员副本: pick the copies, compare them with the open file off the GUI thread, show every
conflict side by side (value, who, when) to choose, then write the merge into the open file.

The open file is closed while the merge is written (the service backs it up first and moves the
result in with ``os.replace``) and opened again afterwards — also when the merge fails.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.evaluation import assessments
from services.teamwork import merge
from services.teamwork.merge import Conflict, MergePlan
from ui import theme
from ui.i18n import message_text
from ui.shell.context import ALL, AppContext


class ConflictChooser(QWidget):
    """One conflict's sides next to each other, each with a radio button: the evaluator picks one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.conflict: Conflict | None = None
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self._picked)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setObjectName("strong")
        self.grid = QGridLayout()
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(self.grid)
        lay.addStretch(1)
        self.changed = None  # callback set by the dialog

    def show_conflict(self, c: Conflict | None) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for b in self.group.buttons():
            self.group.removeButton(b)
        self.conflict = c
        if c is None:
            self.title.setText(self.tr("选择左侧的一处冲突。"))
            return
        self.title.setText(f"{c.label} · {c.field_label}")
        sides = [c.base] + list(c.copies)
        for i, side in enumerate(sides):
            box = QGroupBox(self.tr("本文件") if i == 0 else side.source, self)
            inner = QVBoxLayout(box)
            radio = QRadioButton(self.tr("采用这个值"), box)
            radio.setObjectName(f"choice{i}")
            self.group.addButton(radio, i)
            value = QLabel(side.value, box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName("quoted")
            meta = QLabel("，".join(x for x in (side.who or self.tr("未署名"), side.when) if x), box)
            meta.setObjectName("muted")
            inner.addWidget(radio)
            inner.addWidget(value, 1)
            inner.addWidget(meta)
            self.grid.addWidget(box, 0, i)
            radio.setChecked(i == c.choice)

    def _picked(self, i: int) -> None:
        if self.conflict is not None:
            self.conflict.choice = i
            if self.changed:
                self.changed(self.conflict)


class MergeDialog(QDialog):
    """Merge team members' copies into the open evaluation."""

    def __init__(self, ctx: AppContext, parent=None, copies: list[Path] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan: MergePlan | None = None
        self.result = None
        self.setWindowTitle(self.tr("合并组员副本"))
        self.resize(1000, 640)

        intro = QLabel(self.tr("选择组员交回的副本。同一行只在一方修改的，直接采用；两方都改了的，"
                               "在下方逐处选择采用哪个值。写入前会先备份本文件。"), self)
        intro.setWordWrap(True)
        self.copies = QListWidget(self)
        self.copies.setMaximumHeight(90)
        self.add_btn = QPushButton(self.tr("添加副本…"), self)
        self.remove_btn = QPushButton(self.tr("移除"), self)
        self.compare_btn = QPushButton(self.tr("比较"), self)
        self.add_btn.clicked.connect(self.choose_copies)
        self.remove_btn.clicked.connect(self._remove_selected)
        self.compare_btn.clicked.connect(self.compare)
        side = QVBoxLayout()
        for b in (self.add_btn, self.remove_btn, self.compare_btn):
            side.addWidget(b)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.copies, 1)
        top.addLayout(side)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("内容"), self.tr("字段"), self.tr("各方的值"), self.tr("采用")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(3, 120)
        self.table.itemSelectionChanged.connect(self._select)
        self.chooser = ConflictChooser(self)
        self.chooser.changed = self._choice_changed
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.chooser)
        split.setSizes([220, 260])

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.write_btn = self.buttons.addButton(self.tr("合并并写入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.write_btn.setEnabled(False)
        self.write_btn.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        for p in copies or []:
            self.copies.addItem(str(p))
        self._update_buttons()

    # -- copies -------------------------------------------------------------------
    def choose_copies(self) -> None:
        start = str(self.ctx.store.path.parent) if self.ctx.store else str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择组员的副本"), start,
                                                self.tr("评价文件 (*.fev);;所有文件 (*)"))
        for p in paths:
            if not self.copies.findItems(p, Qt.MatchFlag.MatchExactly):
                self.copies.addItem(p)
        self._invalidate()

    def _remove_selected(self) -> None:
        for item in self.copies.selectedItems():
            self.copies.takeItem(self.copies.row(item))
        self._invalidate()

    def copy_paths(self) -> list[Path]:
        return [Path(self.copies.item(i).text()) for i in range(self.copies.count())]

    def _invalidate(self) -> None:
        self.plan = None
        self.table.setRowCount(0)
        self.chooser.show_conflict(None)
        self.summary.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.progress.isVisible()
        self.compare_btn.setEnabled(bool(self.copies.count()) and self.ctx.store is not None and not busy)
        self.write_btn.setEnabled(self.plan is not None and not busy)

    # -- compare ------------------------------------------------------------------
    def compare(self) -> None:
        if self.ctx.store is None or not self.copies.count():
            return
        self._busy(self.tr("正在比较…"))
        self.ctx.run_task(merge.plan, self.ctx.store.path, self.copy_paths(), on_done=self._planned,
                          on_error=self._failed)

    def _planned(self, plan: MergePlan) -> None:
        self._idle()
        self.status.clear()
        self.plan = plan
        text = self.tr("比较结果：%1。").replace("%1", plan.summary())
        if plan.conflicts:
            text += self.tr("请逐处选择采用哪一方的值（默认保留本文件的值）。")
        self.summary.setText(text)
        self.table.setRowCount(len(plan.conflicts))
        for row, c in enumerate(plan.conflicts):
            sides = [self.tr("本文件") + "：" + c.base.value] + [f"{s.source}：{s.value}" for s in c.copies]
            for col, text in enumerate((c.label, c.field_label, "　｜　".join(sides), "")):
                self.table.setItem(row, col, QTableWidgetItem(text))
            self._show_choice(row, c)
        if plan.conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def _show_choice(self, row: int, c: Conflict) -> None:
        name = self.tr("本文件") if c.choice == 0 else c.copies[c.choice - 1].source
        self.table.item(row, 3).setText(name)

    def _select(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.plan is not None:
            self.chooser.show_conflict(self.plan.conflicts[rows[0].row()])

    def _choice_changed(self, c: Conflict) -> None:
        if self.plan is not None:
            self._show_choice(self.plan.conflicts.index(c), c)

    # -- write --------------------------------------------------------------------
    def write(self) -> None:
        if self.plan is None or self.ctx.store is None:
            return
        path = Path(self.ctx.store.path)
        self._path = path
        self.ctx.set_store(None)  # the file must not be open while it is replaced
        self._busy(self.tr("正在合并并写入…"))
        self.ctx.run_task(merge.apply, self.plan, path, self.ctx.actor, on_done=self._written,
                          on_error=self._write_failed, on_progress=self._progress)

    def _reopen(self) -> None:
        try:
            self.ctx.set_store(assessments.open_evaluation(self._path, actor=self.ctx.actor))
        except Exception as exc:
            QMessageBox.warning(self, self.tr("无法重新打开"), message_text(exc))

    def _written(self, result) -> None:
        self._idle()
        self.result = result
        self._reopen()
        self.ctx.notify(ALL)
        self.status.setText(self.tr("已合并：%1。合并前的文件已备份。").replace("%1", result.summary()))
        self.plan = None
        self._update_buttons()
        self.accept()

    def _write_failed(self, message: str) -> None:
        self._idle()
        self._reopen()
        self._failed(message)

    def _failed(self, message: str) -> None:
        self._idle()
        self.status.setStyleSheet(theme.colour_css(theme.ERROR))
        self.status.setText(message)
        self._update_buttons()

    def _progress(self, pct: int, text: str) -> None:
        self.progress.setValue(pct)
        if text:
            self.status.setText(text)

    def _busy(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.progress.setValue(0)
        self.progress.show()
        self._update_buttons()

    def _idle(self) -> None:
        self.progress.hide()
        self._update_buttons()

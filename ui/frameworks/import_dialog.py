"""The Excel import wizard: file → column mapping → validation report → proposed rules → create.

Every step calls ``services.excel_framework``; nothing is written until the last page, and a
spreadsheet with blocking problems cannot get past the report.
"""
from __future__ import annotations

import copy
import threading
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QRegularExpression, Qt, QThreadPool, QTimer
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.messages import joined
from services.core.errors import EditRefused
from services.core.numbers import plain
from services.evaluation import assessments
from services.frameworks import catalog, excel as xf
from services.frameworks.proposal import judgement, rule_name
from services.scoring.rules import FALLBACK
from ui import theme
from ui.i18n import message_text, translator
from ui.shell.context import AppContext, Task
from ui.walk.rule_inputs import proposal_words

_t = translator("ImportDialog")


# jobs started by a wizard opened without an application context, kept alive until they end (with a
# context, ``AppContext.run_task`` keeps them)
_tasks: set[Task] = set()


def _run(wiz: ImportDialog, job, on_done, on_error, on_progress=None) -> None:
    """``job`` run off the GUI thread (through the application context when the wizard has one); what it brings
    back, its failure and its progress come to the callbacks on the GUI thread."""
    if wiz.ctx is not None:
        wiz.ctx.run_task(job, on_done=on_done, on_error=on_error, on_progress=on_progress)
        return
    task = Task(job, with_progress=on_progress is not None)
    _tasks.add(task)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    task.signals.done.connect(lambda _r: _tasks.discard(task))
    task.signals.failed.connect(lambda _m: _tasks.discard(task))
    task.setAutoDelete(False)
    QThreadPool.globalInstance().start(task)


#: how long the typing of a path pauses before the file step opens it
TYPING_PAUSE_MS = 500


class FilePage(QWizardPage):
    """The file to import. The workbook is opened (and its header guessed) off the GUI thread as soon as a path is
    given (a large sheet takes a second or more); Next is enabled once it is in, what went wrong is said on the
    page. Each path given is a new generation: what an earlier one's opening brings back is dropped."""

    def __init__(self, wiz: ImportDialog):
        super().__init__()
        self.wiz = wiz
        self.setTitle(_t("第 1 步：选择 Excel 文件"))
        self.setSubTitle(_t("指标体系或评分表（.xlsx），版式如评价报告附件1：一级指标 | 二级指标 | 分值 | 三级指标 | 分值 | "
                            "指标解释 | 指标说明 | 评分标准 [| 得分 | 评分说明]"))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.textChanged.connect(lambda _t: self._changed())
        browse = QPushButton(_t("浏览…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        self.status = QLabel(_t("正在打开表格…"))
        self.status.setObjectName("importFileStatus")
        self.status.hide()
        lay.addWidget(self.status)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.ERROR_STYLE)
        self.error.hide()
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.generation = 0
        self.running = False
        self._guessed: tuple[str, xf.Mapping] | None = None  # (the path, its guessed mapping) once opened
        #: a path being typed is opened once the typing pauses, not at every key (each prefix a missing file)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.timeout.connect(self._open)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("选择 Excel 文件"), "", _t("Excel 文件 (*.xlsx *.xlsm);;所有文件 (*)"))
        if path:
            self.path.setText(path)

    def _changed(self) -> None:
        """A new path: Next off at once; opened at once when chosen or set, after a pause when typed."""
        self.generation += 1
        self._guessed = None
        self.error.hide()
        self.running = bool(self.path.text().strip())
        self.status.setVisible(self.running)
        self.completeChanged.emit()
        if self.path.isModified():
            self._typing.start(TYPING_PAUSE_MS)
        else:
            self._typing.stop()
            self._open()

    def _open(self) -> None:
        self.generation += 1
        gen, path = self.generation, self.path.text().strip()
        if not path:
            return

        def job():
            try:
                return xf.guess_mapping(path), []
            except xf.ExcelImportError as exc:
                return None, exc.problems

        _run(self.wiz, job, lambda result: self._opened(gen, path, result), lambda message: self._failed(gen, message))

    def _current(self, gen: int) -> bool:
        """Whether an opening is of the path the page now holds (and the page is still there)."""
        return gen == self.generation and shiboken6.isValid(self)

    def _opened(self, gen: int, path: str, result) -> None:
        if not self._current(gen):
            return
        guessed, problems = result
        if guessed is None:
            self._show_error("\n".join(message_text(p) for p in problems))
            return
        self._guessed = path, guessed
        self.running = False
        self.status.hide()
        self.completeChanged.emit()

    def _failed(self, gen: int, message: str) -> None:
        if self._current(gen):
            self._show_error(_t("未能打开这份表格：%1").replace("%1", message or _t("发生了意外的错误")))

    def _show_error(self, text: str) -> None:
        self.running = False
        self.status.hide()
        self.error.setText(text)
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.running and self._guessed is not None and self._guessed[0] == self.path.text().strip()

    def validatePage(self) -> bool:
        if not self.isComplete() or self._guessed is None:
            return False
        path, guessed = self._guessed
        guessed = copy.deepcopy(guessed)  # the mapping step changes the wizard's mapping; the guess stays as made
        # a sheet with the same header layout as one imported before: the columns as chosen then
        saved = xf.remembered_mapping(guessed)
        self.wiz.mapping = saved or guessed
        self.wiz.mapping_remembered = saved is not None
        self.wiz.source = Path(path)
        return True


class GradeEntry(QWidget):
    """One graded column (评分档次列) on the mapping step: which column, the grade's points, and a button to drop it."""

    def __init__(self, page: MappingPage, choices: list[tuple[str, int]], col: int | None, points: Decimal | None):
        super().__init__()
        self.setObjectName("gradeEntry")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.column = QComboBox()
        self.column.setObjectName("gradeColumn")
        self.column.addItem(_t("（选择列）"), None)
        for text, c in choices:
            self.column.addItem(text, c)
        if col is not None:
            self.column.setCurrentIndex(max(0, self.column.findData(col)))
        self.points = QLineEdit("" if points is None else plain(points))
        self.points.setObjectName("gradePoints")
        self.points.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(\.\d{0,2})?"), self.points))
        self.points.setFixedWidth(56)
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.points.setToolTip(_t("该档的得分"))
        self.remove = QToolButton()
        self.remove.setObjectName("gradeRemove")
        self.remove.setText("✕")
        self.remove.setToolTip(_t("不作为档次列"))
        self.remove.setAutoRaise(True)
        lay.addWidget(self.column, 1)
        lay.addWidget(self.points)
        lay.addWidget(QLabel(_t("分")))
        lay.addWidget(self.remove)
        self.column.currentIndexChanged.connect(page._changed)
        self.points.textChanged.connect(page._changed)
        self.remove.clicked.connect(lambda: page.remove_grade(self))

    def value(self) -> tuple[int | None, Decimal | None]:
        """(column, points); points None when the field is not a number."""
        try:
            points = Decimal(self.points.text().strip())
        except ArithmeticError:
            points = None
        return self.column.currentData(), points


class MappingPage(QWizardPage):
    """Which column is which: the guesses, and a picker per role to correct them."""

    def __init__(self, wiz: ImportDialog):
        super().__init__()
        self.wiz = wiz
        self.setTitle(_t("第 2 步：核对列的对应关系"))
        self.setSubTitle(_t("已根据表头文字猜测每一列的含义；如有不对，请在下拉框中改正。带 * 的为必需。"))
        lay = QVBoxLayout(self)
        grid = QGridLayout()
        self.pickers: dict[str, QComboBox] = {}
        for i, (role, label) in enumerate(xf.ROLES.items()):
            box = QComboBox()
            box.setObjectName(f"map_{role}")
            box.currentIndexChanged.connect(self._changed)
            self.pickers[role] = box
            star = " *" if role in xf.REQUIRED else ""
            grid.addWidget(QLabel(_t(label) + star), i // 4, (i % 4) * 2)
            grid.addWidget(box, i // 4, (i % 4) * 2 + 1)
        # the graded columns (评分档次列): a column per grade, its points in the header (5分 | 3分 | 0分); in the
        # grid's last row, under the roles' labels
        grades_label = QLabel(_t("评分档次列"))
        grades_label.setToolTip(_t("表头写明一档得分（如“5分”“优秀(10分)”）的列，各行在其中写达到该档的情形；"
                                   "导入时并入评分标准，识别为情形选择"))
        grades_row = QHBoxLayout()
        self.grades_box = QWidget()
        self.grades_box.setObjectName("gradeColumns")
        self.grades_grid = QGridLayout(self.grades_box)
        self.grades_grid.setContentsMargins(0, 0, 0, 0)
        grades_row.addWidget(self.grades_box, 1)
        self.add_grade = QPushButton(_t("添加档次列"))
        self.add_grade.setObjectName("addGrade")
        self.add_grade.clicked.connect(lambda: self.add_grade_entry(None, None))
        grades_row.addWidget(self.add_grade, 0, Qt.AlignmentFlag.AlignTop)
        last = (len(xf.ROLES) + 3) // 4
        grades_label.setMinimumHeight(self.add_grade.sizeHint().height())  # level with the first row of entries
        grid.addWidget(grades_label, last, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(grades_row, last, 1, 1, 7)
        lay.addLayout(grid)
        self.grade_entries: list[GradeEntry] = []
        self.grade_problems: list[str] = []
        self._choices: list[tuple[str, int]] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.preview = QTableWidget()
        self.preview.setObjectName("mappingPreview")
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.preview, 1)

    def initializePage(self) -> None:
        from openpyxl.utils import get_column_letter

        m = self.wiz.mapping
        rows = xf.sheet_preview(self.wiz.source, m, rows=16)
        ncol = max((len(r) for r in rows), default=0)
        self._loading = True
        self._choices = []
        for c in range(1, ncol + 1):
            header = m.headers.get(c, "")
            column = _t("%1 列").replace("%1", get_column_letter(c))
            self._choices.append((column + (f"：{header.replace(chr(10), '')}" if header else ""), c))
        for role, box in self.pickers.items():
            box.clear()
            box.addItem(_t("（无此列）"), None)
            for text, c in self._choices:
                box.addItem(text, c)
            if role in m.columns:
                box.setCurrentIndex(box.findData(m.columns[role]))
        for entry in self.grade_entries:
            entry.deleteLater()
        self.grade_entries = []
        for c, points in sorted(m.grades.items()):
            self.add_grade_entry(c, points)
        self._loading = False
        self.preview.setColumnCount(ncol)
        self.preview.setRowCount(max(0, len(rows) - 1))
        self.preview.setHorizontalHeaderLabels([f"{get_column_letter(c + 1)}\n{(rows[0][c] if rows else '')[:12]}" for c in range(ncol)])
        for r, row in enumerate(rows[1:]):
            for c, v in enumerate(row):
                item = QTableWidgetItem(v[:60] + ("…" if len(v) > 60 else ""))
                item.setToolTip(v)
                self.preview.setItem(r, c, item)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # no empty band right of the last column
        # each column as wide as its words, within bounds: short codes narrow, long texts wide but not
        # pushing the other columns out of sight (the whole text is in the cell's tooltip)
        self.preview.resizeColumnsToContents()
        for c in range(ncol):
            self.preview.setColumnWidth(c, max(72, min(self.preview.columnWidth(c), 240)))
        self.note.setText(_t("工作表“%1”，表头在第 %2 行。").replace("%1", m.sheet).replace("%2", str(m.header_row)))
        self._changed()

    def add_grade_entry(self, col: int | None, points: Decimal | None) -> GradeEntry:
        """A graded column's row on the mapping step (the button “添加档次列”: an empty one, to fill in)."""
        entry = GradeEntry(self, self._choices, col, points)
        self.grade_entries.append(entry)
        self._lay_out_grades()
        self._changed()
        return entry

    def remove_grade(self, entry: GradeEntry) -> None:
        self.grade_entries.remove(entry)
        entry.hide()
        entry.deleteLater()
        self._lay_out_grades()
        self._changed()

    def _lay_out_grades(self) -> None:
        for entry in self.grade_entries:
            self.grades_grid.removeWidget(entry)
        for i, entry in enumerate(self.grade_entries):
            self.grades_grid.addWidget(entry, i // 4, i % 4)
        for c in range(4):
            self.grades_grid.setColumnStretch(c, 1)

    def _grades_given(self) -> tuple[dict[int, Decimal], list[str]]:
        """The graded columns the entries give, and what is wrong with the entries themselves (in the window's
        language); what is wrong with the grades as a whole the mapping says (``Mapping.grade_problems``)."""
        grades: dict[int, Decimal] = {}
        problems: list[str] = []
        for entry in self.grade_entries:
            col, points = entry.value()
            if col is None:
                continue  # an entry not filled in yet
            if points is None:
                problems.append(_t("档次列 %1 的得分不是数字").replace("%1", entry.column.currentText().split("：")[0]))
            elif col in grades:
                problems.append(_t("%1 被选为两个档次").replace("%1", entry.column.currentText().split("：")[0]))
            else:
                grades[col] = points
        return grades, problems

    def _changed(self, *_a) -> None:
        if getattr(self, "_loading", False):
            return
        cols = {role: box.currentData() for role, box in self.pickers.items() if box.currentData()}
        grades, problems = self._grades_given()
        self.wiz.mapping = xf.Mapping(self.wiz.mapping.sheet, self.wiz.mapping.header_row, cols, self.wiz.mapping.headers,
                                      self.wiz.mapping.total, grades)
        self.grade_problems = problems + [message_text(p) for p in self.wiz.mapping.grade_problems()]
        missing = self.wiz.mapping.missing()
        if missing:
            self.note.setText(_t("还缺必需的列：") + message_text(joined(missing, "、")))
            self.note.setStyleSheet(theme.colour_css(theme.ERROR))
        elif self.grade_problems:
            self.note.setText("\n".join(self.grade_problems))
            self.note.setStyleSheet(theme.colour_css(theme.ERROR))
        else:
            self.note.setText(_t("工作表“%1”，表头在第 %2 行；列的对应关系已齐全。")
                              .replace("%1", self.wiz.mapping.sheet).replace("%2", str(self.wiz.mapping.header_row))
                              + (_t("（沿用上次同样表头的表格所用的列对应）") if self.wiz.mapping_remembered else "")
                              + (_t("一级指标与三级指标是同一列：每行各为一个一级指标，分值即该行的分值。")
                                 if cols.get("level1") == cols.get("level3") else "")
                              + (_t("评分档次列 %1 列（%2 分）的文字并入各行的评分标准，按情形选择识别。")
                                 .replace("%1", str(len(grades)))
                                 .replace("%2", message_text(joined([plain(p) for _c, p in sorted(grades.items(), key=lambda cp: -cp[1])], "、")))
                                 if grades else ""))
            self.note.setStyleSheet("")
        highlighted = set(cols.values())
        for c in range(self.preview.columnCount()):
            colour = theme.OK_BG if c + 1 in grades else theme.ACCENT_SOFT if c + 1 in highlighted else theme.SURFACE
            for r in range(self.preview.rowCount()):
                item = self.preview.item(r, c)
                if item is not None:
                    item.setBackground(QBrush(QColor(colour)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.wiz.mapping:
            return False
        return not self.wiz.mapping.missing() and not self.grade_problems


class _Stale(Exception):
    """Raised in the worker by the progress callback of a build the page no longer waits for: it stops there."""


class _Phase(StrEnum):
    """The step the report page's build is at: told with a percent of 0 on the task's progress signal as it begins
    (the signal carries a text; the other progress reports of the build carry none)."""

    READING = "reading"  # the rows of the sheet
    RULES = "rules"  # the rule proposals, whose percent the progress bar shows


class ReportPage(QWizardPage):
    """The validation report; blocking problems keep the wizard here.

    Reading the rows and proposing the rules (1–2 ms a 评分标准: seconds for a large sheet) run off the GUI
    thread; the page shows their progress meanwhile and lets the wizard on only once the report is in. Each
    visit of the page is a new generation: what an earlier visit's build brings back is dropped."""

    def __init__(self, wiz: ImportDialog):
        super().__init__()
        self.wiz = wiz
        self.setTitle(_t("第 3 步：校验报告"))
        self.setSubTitle(_t("在创建任何内容之前检查表格：分值是否相符、合并单元格是否规范、数字列里有没有文字。"))
        lay = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("importReportStatus")
        self.status.hide()
        lay.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("importReportProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        lay.addWidget(self.progress)
        self.text = QPlainTextEdit()
        self.text.setObjectName("importReport")
        self.text.setReadOnly(True)
        lay.addWidget(self.text)
        self.generation = 0
        self.running = False
        self._cancel = threading.Event()

    def initializePage(self) -> None:
        self._stop()
        gen = self.generation
        cancel = self._cancel
        self.wiz.sheet, self.wiz.data, self.wiz.report = None, None, None
        self.text.clear()
        self.text.setStyleSheet("")
        self._enter(_Phase.READING)
        self.status.show()
        self.progress.setValue(0)
        self.progress.show()
        self.running = True
        self.completeChanged.emit()
        source, mapping, cache = self.wiz.source, self.wiz.mapping, self.wiz.proposal_cache

        def job(progress):
            def tell(percent: int) -> None:
                if cancel.is_set():
                    raise _Stale
                progress(percent)

            try:
                sheet = xf.read_rows(source, mapping)
                progress(0, _Phase.RULES)
                data, report = xf.build_framework(sheet, source=str(source), progress=tell, cache=cache)
            except _Stale:
                return None
            except xf.ExcelImportError as exc:
                return None, None, None, exc.problems
            return sheet, data, report, []

        on_done = lambda result: self._finished(gen, result)  # noqa: E731 - the generation goes with it
        on_error = lambda message: self._failed(gen, message)  # noqa: E731
        on_progress = lambda percent, label: self._progressed(gen, percent, label)  # noqa: E731
        _run(self.wiz, job, on_done, on_error, on_progress)

    def _current(self, gen: int) -> bool:
        """Whether what a build brings back is for this page as it is now (not an earlier visit's, nor a closed wizard's)."""
        return gen == self.generation and shiboken6.isValid(self)

    def _progressed(self, gen: int, percent: int, label: str) -> None:
        if not self._current(gen):
            return
        if label:
            self._enter(_Phase(label))
        self.progress.setValue(percent)

    def _enter(self, phase: _Phase) -> None:
        """The status line of the build's step."""
        self.status.setText(_t("正在读取表格…") if phase is _Phase.READING else _t("正在识别评分规则…"))

    def _finished(self, gen: int, result) -> None:
        if not self._current(gen) or result is None:
            return
        sheet, data, report, problems = result
        self.wiz.sheet, self.wiz.data, self.wiz.report = sheet, data, report
        self._show(message_text(report.text()) if report is not None else "\n".join(message_text(p) for p in problems))

    def _failed(self, gen: int, message: str) -> None:
        if not self._current(gen):
            return
        self.wiz.sheet, self.wiz.data, self.wiz.report = None, None, None
        self._show(_t("未能校验这份表格：%1").replace("%1", message or _t("发生了意外的错误")))

    def _show(self, text: str) -> None:
        self.running = False
        self.status.hide()
        self.progress.hide()
        self.text.setPlainText(text)
        self.text.setStyleSheet("" if self.wiz.data else f"QPlainTextEdit {{ color: {theme.ERROR}; }}")
        self.completeChanged.emit()

    def _stop(self) -> None:
        """A build still running is no longer waited for: it stops at its next step, its result is dropped."""
        self.generation += 1
        self._cancel.set()
        self._cancel = threading.Event()
        self.running = False

    def cleanupPage(self) -> None:
        self._stop()
        super().cleanupPage()

    def isComplete(self) -> bool:
        return not self.running and self.wiz.data is not None

    def validatePage(self) -> bool:
        return self.isComplete()


class RulesPage(QWizardPage):
    """The rule proposed for each indicator, to confirm (or set to judgement)."""

    def __init__(self, wiz: ImportDialog):
        super().__init__()
        self.wiz = wiz
        self.setTitle(_t("第 4 步：确认评分规则"))
        self.setSubTitle(_t("根据“评分标准”文字识别出的规则和参数。勾选的采用建议规则（“请核对”的须看过再勾选），未勾选的按“酌情评分”；导入后可在“指标体系”页细改。"))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels([_t("采用"), _t("指标"), _t("评分标准"), _t("建议规则"), _t("说明")])
        self.table.verticalHeader().setVisible(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 180)
        self.table.setColumnWidth(3, 120)
        self.table.setWordWrap(True)
        # the rows take the height of their words once the columns have their widths; the resizes of one
        # layout pass (stretch columns, scroll bar shown) are gathered into one sizing of the rows
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        h.sectionResized.connect(lambda *_a: self._fit_rows.start())
        lay.addWidget(self.table)

    def initializePage(self) -> None:
        props = self.wiz.report.proposals if self.wiz.report else []
        self.table.setUpdatesEnabled(False)  # filled at once (back and forth again: refilled, not item by item over the old rows)
        self.table.setRowCount(0)
        self.table.setRowCount(len(props))
        for r, p in enumerate(props):
            prop = p.proposal
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            use.setCheckState(Qt.CheckState.Checked if prop.confident else Qt.CheckState.Unchecked)
            use.setData(Qt.ItemDataRole.UserRole, p.code)
            self.table.setItem(r, 0, use)
            self.table.setItem(r, 1, QTableWidgetItem(f"{p.code} {p.name}"))
            crit = QTableWidgetItem(p.criteria)
            crit.setToolTip(p.criteria)
            self.table.setItem(r, 2, crit)
            kinds = message_text(joined(list(dict.fromkeys(_t(rule_name(i["type"])) for i in prop.items)), "、"))
            sure = self.tr("可采用") if prop.confident else self.tr("请核对")
            # the mark first, in its own colour, so a row to check stands out when scanning the list
            rule_cell = QTableWidgetItem(("✓ " if prop.confident else "⚠ ") + sure + "\n" + kinds)
            rule_cell.setForeground(QBrush(QColor(theme.OK if prop.confident else theme.WARNING_TEXT)))
            if not prop.confident:
                rule_cell.setBackground(QBrush(QColor(theme.WARNING_BG)))
            self.table.setItem(r, 3, rule_cell)
            note = proposal_words(prop)
            if prop.kind == FALLBACK.type:  # the source names the rule already (“无法识别，酌情评分”): its words once
                note = note.removeprefix(_t(rule_name(FALLBACK.type))).lstrip("：: ")
            if prop.matched:
                note += "\n" + self.tr("依据：") + "；".join(prop.matched)
            if prop.unplaced:
                note += "\n" + self.tr("未能对应：") + "、".join(prop.unplaced)
            elif prop.notes:
                note += "\n" + _t("；").join(message_text(n) for n in prop.notes)
            source = _t(p.source)
            if not prop.confident and prop.kind != FALLBACK.type:
                source = self.tr("识别出规则，待核对（勾选后采用，否则按酌情评分）")
            ni = QTableWidgetItem(source + _t("：") + note)
            ni.setToolTip(note)
            if not prop.confident:
                ni.setForeground(QBrush(QColor(theme.WARNING)))
            self.table.setItem(r, 4, ni)
        self.table.setUpdatesEnabled(True)
        self._fit_rows.start()  # once the columns have their real widths

    def chosen_rules(self) -> dict[str, list[dict[str, Any]]]:
        """code → items: a confident proposal unticked becomes judgement; a proposal to check, ticked, is applied."""
        out = {}
        props = {p.code: p for p in self.wiz.report.proposals}
        for r in range(self.table.rowCount()):
            it = self.table.item(r, 0)
            code = it.data(Qt.ItemDataRole.UserRole)
            p = props[code]
            checked = it.checkState() == Qt.CheckState.Checked
            if not checked and p.proposal.confident:
                w = sum((Decimal(i["max"]) for i in p.proposal.items), Decimal(0))
                out[code] = judgement(w, p.name).items
            elif checked and not p.proposal.confident and p.proposal.kind != FALLBACK.type:
                out[code] = p.proposal.items  # a proposal to check, taken by the evaluator
        return out


class FinishPage(QWizardPage):
    """What to create: a framework in the template folder, a framework file, or a new evaluation."""

    def __init__(self, wiz: ImportDialog):
        super().__init__()
        self.wiz = wiz
        self.setTitle(_t("第 5 步：创建"))
        self.setSubTitle(_t("选择用导入的指标体系做什么。"))
        self.setFinalPage(True)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.fid = QLineEdit()
        self.fid.setObjectName("importId")
        self.fname = QLineEdit()
        self.fname.setObjectName("importName")
        form.addRow(_t("指标体系编号"), self.fid)
        form.addRow(_t("指标体系名称"), self.fname)
        lay.addLayout(form)
        self.group = QButtonGroup(self)
        self.opt_template = QRadioButton(_t("保存为我的指标体系模板（新建评价时可选用）"))
        self.opt_file = QRadioButton(_t("另存为指标体系文件（.json）…"))
        self.opt_eval = QRadioButton(_t("用它新建评价文件（.fev）…（表中的得分和评分说明一并导入）"))
        for i, b in enumerate((self.opt_template, self.opt_file, self.opt_eval)):
            self.group.addButton(b, i)
            lay.addWidget(b)
        self.opt_template.setChecked(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.ERROR_STYLE)
        self.error.hide()
        lay.addWidget(self.error)
        lay.addStretch(1)

    def initializePage(self) -> None:
        data = self.wiz.data or {}
        self.fid.setText(str(data.get("id", "")))
        self.fname.setText(str(data.get("name", "")))
        has_scores = bool(self.wiz.report and self.wiz.report.scores)
        self.opt_eval.setText(_t("用它新建评价文件（.fev）…") + (_t("（表中的得分和评分说明一并导入）") if has_scores else ""))

    def validatePage(self) -> bool:
        rules = self.wiz.rules_page.chosen_rules()
        # the proposals the report step made are in the cache: none is made again
        data, report = xf.build_framework(self.wiz.sheet, id=self.fid.text().strip() or None,
                                          name=self.fname.text().strip() or None, rules=rules,
                                          source=str(self.wiz.source), cache=self.wiz.proposal_cache)
        if data is None:
            return self._fail(message_text(report.text()))
        try:
            choice = self.group.checkedId()
            if choice == 0:
                if any(i.id == data["id"] and i.builtin for i in catalog.list_frameworks()):
                    return self._fail(_t("“%1”是内置指标体系的编号，请换一个").replace("%1", data["id"]))
                path = catalog.save_user_template(catalog.from_dict(data, data["name"]))
                self.wiz.result_text = _t("已保存为指标体系模板：%1").replace("%1", str(path))
            elif choice == 1:
                out, _ = QFileDialog.getSaveFileName(self, _t("保存指标体系文件"), f"{data['id']}.json", _t("指标体系 (*.json)"))
                if not out:
                    return False
                xf.write_framework_json(data, out)
                self.wiz.result_text = _t("已写出指标体系文件：%1").replace("%1", out)
            else:
                out, _ = QFileDialog.getSaveFileName(self, _t("新建评价文件"), f"{data['name']}.fev", _t("评价文件 (*.fev)"))
                if not out:
                    return False
                store = xf.create_evaluation(data, out, report, actor=self.wiz.ctx.actor if self.wiz.ctx else "")
                store.close()
                self.wiz.created_evaluation = out
                self.wiz.result_text = _t("已新建评价文件：%1").replace("%1", out)
        except (catalog.FrameworkError, EditRefused, OSError) as exc:
            return self._fail(message_text(exc))
        try:
            xf.remember_mapping(self.wiz.mapping)  # the next sheet of this layout is read the same way
        except (OSError, ValueError):
            pass  # the import itself is done; a mapping that cannot be kept is only guessed again next time
        return True

    def _fail(self, text: str) -> bool:
        self.error.setText(text)
        self.error.show()
        return False


class ImportDialog(QWizard):
    """``ImportDialog(ctx, parent)``; once the dialog has run, ``result_text`` says what was created."""

    def __init__(self, ctx: AppContext | None = None, parent=None, path: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_t("从 Excel 导入指标体系"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(1100, 680)
        #: the rule proposals made for this file and mapping, for every later build (a new one when either changes)
        self.proposal_cache: xf.ProposalCache = {}
        self._source: Path | None = None
        self._mapping: xf.Mapping | None = None
        self.sheet = None
        self.data: dict[str, Any] | None = None
        self.report: xf.ImportReport | None = None
        self.result_text = ""
        self.mapping_remembered = False
        self.created_evaluation: str | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.rules_page = RulesPage(self)
        self.finish_page = FinishPage(self)
        for p in (self.file_page, self.mapping_page, self.report_page, self.rules_page, self.finish_page):
            self.addPage(p)
        self.setButtonText(QWizard.WizardButton.NextButton, _t("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, _t("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("创建"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("取消"))
        if path:
            self.file_page.path.setText(path)

    @property
    def source(self) -> Path | None:
        return self._source

    @source.setter
    def source(self, path: Path | None) -> None:
        self._source = path
        self.proposal_cache = {}  # the file read anew: it may have changed since

    @property
    def mapping(self) -> xf.Mapping | None:
        return self._mapping

    @mapping.setter
    def mapping(self, mapping: xf.Mapping | None) -> None:
        if mapping != self._mapping:
            self.proposal_cache = {}
        self._mapping = mapping

    def done(self, result: int) -> None:
        self.report_page._stop()  # closed while the report is being made: its build is dropped
        self.file_page._typing.stop()  # and a workbook still being opened (or about to be) is not waited for
        self.file_page.generation += 1
        super().done(result)

    def accept(self) -> None:
        super().accept()
        if self.ctx is not None and self.result_text:
            self.ctx.message.emit(self.result_text)
        if self.ctx is not None and self.created_evaluation:
            from PySide6.QtWidgets import QMessageBox

            if QMessageBox.question(self.parentWidget(), _t("已新建评价"),
                                    self.result_text + "\n" + _t("现在打开它吗？")) == QMessageBox.StandardButton.Yes:
                self.ctx.set_store(assessments.open_evaluation(self.created_evaluation, actor=self.ctx.actor))

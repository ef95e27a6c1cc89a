"""Project pages: 项目概况 (简要情况表 facts, team, grade scheme), 绩效目标表, 资金, 报告章节."""
from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.core.errors import EditRefused
from services.core.numbers import fmt
from services.evaluation import assessments, findings, fund_math, project
from services.scoring.grades import resolve
from ui import theme
from ui.i18n import message_text, shown, stored, translate, translator
from ui.shell.context import ALL, FINDINGS, PROJECT, SCORES, AppContext
from ui.shell.undo import push_edit
from ui.widgets import (
    ChoiceDelegate,
    Column,
    CommitTextEdit,
    EmptyHint,
    RefusalBanner,
    RowTableModel,
    fixed2,
    mark_invalid,
    money_text,
    number_text,
    rate_text,
)

tr = translator("")


class _Page(QWidget):
    """Common frame: heading, refusal banner, refresh on file open and on the kinds it cares about."""

    kinds: tuple[str, ...] = (PROJECT, ALL)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.banner = RefusalBanner(self)
        self._pending = False
        ctx.fileOpened.connect(self.refresh)
        ctx.fileClosed.connect(self.refresh)
        ctx.dataChanged.connect(self._on_data)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("pageHeading")
        return label

    def _on_data(self, kind: str) -> None:
        if kind in self.kinds and not self._pending:
            # after the edit that caused it has returned (an item editor may still be closing)
            self._pending = True
            QTimer.singleShot(0, self._deferred)

    def _deferred(self) -> None:
        self._pending = False
        self.refresh()

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _table(self, model: RowTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setItemDelegate(ChoiceDelegate(model, view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setDefaultSectionSize(26)
        for i, col in enumerate(model.columns):
            if col.width:
                view.setColumnWidth(i, col.width)
        model.refused.connect(self.banner.show_message)
        return view

    def _row_commit(self, update: Callable[..., Any], noun: str,
                    words: tuple[str, ...] = ()) -> Callable[[Any, str, str], str | None]:
        """A table cell edit as one undoable service call (old value kept for undo). The columns in ``words``
        show stored words in the interface language: what is chosen there is stored as the word it shows."""
        def commit(row: Any, key: str, text: str) -> str | None:
            store, old = self.ctx.store, getattr(row, key)
            if key in words:
                text = stored(text)
            msg = push_edit(self.ctx, tr("修改%1").replace("%1", noun),
                            lambda: update(store, row.id, **{key: text}),
                            lambda: update(store, row.id, **{key: old}), PROJECT)
            if not msg:
                self.banner.clear()
            return msg
        return commit

    def _add_row(self, add: Callable[..., Any], delete: Callable[..., Any], noun: str, defaults: dict | None = None) -> str | None:
        store = self.ctx.store
        if store is None:
            return None
        rid = str(uuid.uuid4())
        data = {"id": rid, **(defaults or {})}
        msg = push_edit(self.ctx, tr("新增%1").replace("%1", noun), lambda: add(store, data),
                        lambda: delete(store, rid), PROJECT)
        if msg:
            self.banner.show_message(msg)
            return None
        return rid

    def _delete_row(self, row: Any, delete: Callable[..., Any], restore: Callable[..., Any], noun: str) -> None:
        store = self.ctx.store
        state: dict[str, Any] = {}

        def do():
            state["data"] = delete(store, row.id)

        msg = push_edit(self.ctx, tr("删除%1").replace("%1", noun), do, lambda: restore(store, state["data"]), PROJECT)
        if msg:
            self.banner.show_message(msg)

    @staticmethod
    def _selected(view: QTableView, model: RowTableModel):
        idx = view.currentIndex()
        return model.row_at(idx) if idx.isValid() and view.selectionModel().hasSelection() else None

    @staticmethod
    def _select_id(view: QTableView, model: RowTableModel, row_id: str | None) -> None:
        for i, r in enumerate(model.rows):
            if r.id == row_id:
                view.selectRow(i)
                return


# ── 项目概况 ─────────────────────────────────────────────────────────────────
#: (field, label, kind) of the 简要情况表 facts; kind: text | money | year | date | type
#: (labels marked for lupdate here, translated where shown)
FACTS = (
    ("name", QT_TRANSLATE_NOOP("ProjectPages", "评价项目名称"), "text"),
    ("evaluated_unit", QT_TRANSLATE_NOOP("ProjectPages", "被评价单位"), "text"),
    ("department", QT_TRANSLATE_NOOP("ProjectPages", "主管部门"), "text"),
    ("commissioner", QT_TRANSLATE_NOOP("ProjectPages", "委托方"), "text"),
    ("agency", QT_TRANSLATE_NOOP("ProjectPages", "评价机构"), "text"),
    ("evaluation_type", QT_TRANSLATE_NOOP("ProjectPages", "评价类型"), "type"),
    ("year", QT_TRANSLATE_NOOP("ProjectPages", "评价年度"), "year"),
    ("report_number", QT_TRANSLATE_NOOP("ProjectPages", "报告文号"), "text"),
    ("fund_total", QT_TRANSLATE_NOOP("ProjectPages", "资金总额（万元）"), "money"),
    ("onsite_amount", QT_TRANSLATE_NOOP("ProjectPages", "现场评价金额（万元）"), "money"),
    ("project_count", QT_TRANSLATE_NOOP("ProjectPages", "项目总数"), "text"),
    ("onsite_project_count", QT_TRANSLATE_NOOP("ProjectPages", "现场评价项目数"), "text"),
    ("start_date", QT_TRANSLATE_NOOP("ProjectPages", "评价开始日期"), "date"),
    ("end_date", QT_TRANSLATE_NOOP("ProjectPages", "评价结束日期"), "date"),
    ("report_date", QT_TRANSLATE_NOOP("ProjectPages", "报告日期"), "date"),
)
EVALUATION_TYPES = project.EVALUATION_TYPES


def _fact_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "as_tuple"):
        return fixed2(value)
    return str(value)


class OverviewPage(_Page):
    """项目概况: the 简要情况表 facts, the team and the grade scheme."""

    kinds = (PROJECT, SCORES, FINDINGS, ALL, "framework")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("OverviewPage")
        self.fields: dict[str, QWidget] = {}
        facts = QGroupBox(self.tr("简要情况表"), self)
        grid = QGridLayout(facts)
        grid.setHorizontalSpacing(10)
        for i, (key, label, kind) in enumerate(FACTS):
            r, c = divmod(i, 2)
            if kind == "type":
                w = QComboBox(facts)
                w.setEditable(True)
                for kind_name in EVALUATION_TYPES:  # stored in Chinese, shown in the interface language
                    w.addItem(shown(kind_name))
                w.lineEdit().editingFinished.connect(lambda key=key, w=w: self._save_fact(key, stored(w.currentText())))
                w.activated.connect(lambda _i, key=key, w=w: self._save_fact(key, stored(w.currentText())))
            else:
                w = QLineEdit(facts)
                if kind == "money":
                    w.setPlaceholderText(self.tr("万元，如 30295.88"))
                    w.setAlignment(Qt.AlignmentFlag.AlignRight)
                elif kind == "date":
                    w.setPlaceholderText(self.tr("年-月-日"))
                elif kind == "year":
                    w.setPlaceholderText(self.tr("如 2024"))
                w.editingFinished.connect(lambda key=key, w=w: self._save_fact(key, w.text()))
            if key == "onsite_amount":
                self.qualifier = QComboBox(facts)
                for word in project.AMOUNT_QUALIFIERS:
                    self.qualifier.addItem(shown(word), word)
                self.qualifier.setToolTip(self.tr("金额前的限定词，如“＞16,000.00”"))
                self.qualifier.activated.connect(lambda _i: self._save_fact("onsite_amount_qualifier",
                                                                            self.qualifier.currentData()))
                box = QHBoxLayout()
                box.addWidget(self.qualifier)
                box.addWidget(w, 1)
                holder = QWidget(facts)
                holder.setLayout(box)
                box.setContentsMargins(*theme.FLUSH)
                cell = holder
            else:
                cell = w
            w.setObjectName(f"fact_{key}")
            self.fields[key] = w
            grid.addWidget(QLabel(translate("ProjectPages", label), facts), r, c * 2)
            grid.addWidget(cell, r, c * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fact_error = QLabel(facts)
        self.fact_error.setStyleSheet(theme.colour_css(theme.ERROR))
        self.fact_error.setWordWrap(True)
        self.fact_error.hide()
        grid.addWidget(self.fact_error, grid.rowCount(), 0, 1, 4)

        # team
        self.team_model = RowTableModel([
            Column("name", self.tr("姓名"), editable=True, width=110),
            Column("role", self.tr("角色"), editable=True, choices=project.ROLES, width=90, display=shown),
            Column("unit", self.tr("单位 / 职务"), editable=True, width=220),
        ], self._row_commit(project.update_evaluator, self.tr("评价组成员"), words=("role",)), self)
        team = QGroupBox(self.tr("评价组"), self)
        self.team_view = self._table(self.team_model)
        self.team_view.horizontalHeader().setStretchLastSection(True)
        self.team_view.verticalHeader().hide()
        add = QPushButton(self.tr("添加成员"), team)
        rem = QPushButton(self.tr("移除成员"), team)
        add.clicked.connect(self._add_member)
        rem.clicked.connect(self._remove_member)
        tl = QVBoxLayout(team)
        tl.addWidget(self.team_view, 1)
        self.team_empty = QLabel(self.tr("尚未登记评价组成员。点“添加成员”，双击单元格填写姓名、角色（组长 / 组员 / 专家）和单位。"), team)
        self.team_empty.setWordWrap(True)
        self.team_empty.setObjectName("muted")
        tl.addWidget(self.team_empty)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(rem)
        row.addStretch(1)
        tl.addLayout(row)

        # grade scheme and result
        grades = QGroupBox(self.tr("等级标准与结果"), self)
        gl = QVBoxLayout(grades)
        self.scheme_label = QLabel(grades)
        self.scheme_label.setWordWrap(True)
        self.scheme_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label = QLabel(grades)
        self.result_label.setObjectName("result")
        gl.addWidget(self.scheme_label)
        gl.addWidget(self.result_label)

        # 简要情况表 rows
        self.summary_model = RowTableModel([
            Column("area", self.tr("评价主要内容"), editable=True, width=160),
            Column("problems", self.tr("发现的主要问题"), editable=True, width=420),
            Column("advice", self.tr("原因分析及工作建议"), editable=True, width=420),
        ], self._row_commit(project.update_summary_row, self.tr("简要情况表内容")), self)
        summary = QGroupBox(self.tr("简要情况表：主要问题与建议"), self)
        self.summary_view = self._table(self.summary_model)
        self.summary_view.setWordWrap(True)
        self.summary_view.horizontalHeader().setStretchLastSection(True)
        self.summary_view.setMinimumHeight(180)
        sadd = QPushButton(self.tr("添加一行"), summary)
        srem = QPushButton(self.tr("删除所选行"), summary)
        sadd.clicked.connect(lambda: self._add_row(project.add_summary_row, project.delete_summary_row,
                                                   self.tr("简要情况表内容")))
        srem.clicked.connect(self._remove_summary)
        #: 主要问题 from the 问题清单 by category, shown while none is typed (a display, never written)
        self.derived_problems = QLabel(summary)
        self.derived_problems.setObjectName("derivedProblems")
        self.derived_problems.setWordWrap(True)
        self.derived_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.derived_problems.hide()
        sl = QVBoxLayout(summary)
        sl.addWidget(self.derived_problems)
        sl.addWidget(self.summary_view, 1)
        srow = QHBoxLayout()
        srow.addWidget(sadd)
        srow.addWidget(srem)
        srow.addStretch(1)
        sl.addLayout(srow)

        right = QVBoxLayout()
        right.addWidget(team, 1)
        right.addWidget(grades)
        top = QHBoxLayout()
        top.addWidget(facts, 3)
        top.addLayout(right, 2)
        inner = QWidget(self)
        il = QVBoxLayout(inner)
        il.addWidget(self._heading(self.tr("项目概况")))
        il.addWidget(self.banner)
        il.addLayout(top)
        il.addWidget(summary, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        lay.addWidget(scroll)
        if ctx.store is not None:
            self.refresh()

    def page_title(self) -> str:
        return self.tr("项目概况")

    def refresh(self) -> None:
        store = self.ctx.store
        self.setEnabled(store is not None)
        if store is None:
            for w in self.fields.values():
                (w.lineEdit() if isinstance(w, QComboBox) else w).clear()
            self.team_model.set_rows([])
            self.summary_model.set_rows([])
            self.derived_problems.hide()
            self.scheme_label.clear()
            self.result_label.clear()
            return
        info = assessments.get_info(store)
        for key, w in self.fields.items():
            text = _fact_text(getattr(info, key))
            if isinstance(w, QComboBox):
                w.setCurrentText(shown(text))
            elif not (w.hasFocus() and w.isModified()):
                w.setText(text)
                w.setCursorPosition(0)  # long names show their beginning
                mark_invalid(w, False)
        self.qualifier.setCurrentText(shown(info.onsite_amount_qualifier or ""))
        members = project.list_evaluators(store)
        self.team_model.set_rows(members)
        self.team_empty.setVisible(not members)
        summary_rows = project.list_summary_rows(store)
        self.summary_model.set_rows(summary_rows)
        self._show_derived_problems(store, typed=any(r.problems.strip() for r in summary_rows))
        self.summary_view.resizeRowsToContents()
        for r in range(self.summary_model.rowCount()):  # long texts: a few lines, the rest in the tooltip
            self.summary_view.setRowHeight(r, min(self.summary_view.rowHeight(r), 92))
        scheme = resolve(info.grade_scheme)
        bands = sorted(scheme.bands, key=lambda b: b.min, reverse=True)
        parts = []
        for i, b in enumerate(bands):
            upper = bands[i - 1].min if i else None
            rng = f"≥ {fmt(b.min)}" if upper is None else (f"{fmt(b.min)} – {fmt(upper)}" if b.min > 0 else f"< {fmt(upper)}")
            parts.append(f"<b>{escape(shown(b.name))}</b> {escape(rng)}")
        name = escape(shown(getattr(scheme, "name", "") or ""))
        self.scheme_label.setText((f"{name}<br>" if name else "") + "　｜　".join(parts))
        try:
            sheet = assessments.score(store)
            total, grade = sheet.total, sheet.grade
        except Exception:
            total, grade = None, ""
        self.result_label.setText(self.tr("当前总分 %1 分，等级：%2").replace("%1", fmt(total)).replace("%2", shown(grade) or "—"))

    def _show_derived_problems(self, store, typed: bool) -> None:
        """While no 主要问题 is typed: the findings by category (count and titles), as a display only."""
        found = [] if typed else findings.list_findings(store)
        if not found:
            self.derived_problems.hide()
            return
        counts, _line = findings.category_counts(store)
        lines = []
        for code, name, n in counts:
            if n:
                titles = "；".join(escape(f.title) for f in found if f.category == code)
                lines.append(self.tr("<b>%1类 %2</b>（%3 个）：%4").replace("%1", escape(code))
                             .replace("%2", escape(shown(name))).replace("%3", str(n)).replace("%4", titles))
        head = self.tr("尚未填写“发现的主要问题”。下面是问题清单按类别的汇总，供填写时参考"
                       "（仅作显示，不写入评价文件）：")
        self.derived_problems.setText(f"<span style='{theme.colour_css(theme.TEXT_SECONDARY)}'>{escape(head)}</span>"
                                      "<br>" + "<br>".join(lines))
        self.derived_problems.show()

    def _save_fact(self, key: str, text: str) -> None:
        store = self.ctx.store
        if store is None:
            return
        info = assessments.get_info(store)
        old = getattr(info, key)
        widget = self.fields.get(key)
        if _fact_text(old) == text.strip() or (old in (None, "") and not text.strip()):
            if widget is not None and not isinstance(widget, QComboBox):
                mark_invalid(widget, False)
            return
        label = translate("ProjectPages", dict((k, lab) for k, lab, _ in FACTS).get(key, key))
        value = text.strip()
        msg = push_edit(self.ctx, tr("修改%1").replace("%1", label),
                        lambda: assessments.update_info(store, **{key: value}),
                        lambda: assessments.update_info(store, **{key: old}), PROJECT)
        if widget is not None and not isinstance(widget, QComboBox):
            mark_invalid(widget, bool(msg))
        self.fact_error.setText(f"{label}：{msg}" if msg else "")
        self.fact_error.setVisible(bool(msg))

    def _add_member(self) -> None:
        rid = self._add_row(project.add_evaluator, project.delete_evaluator, self.tr("评价组成员"),
                            {"name": self.tr("新成员"), "role": "组员"})
        if rid:
            QTimer.singleShot(0, lambda: self._select_id(self.team_view, self.team_model, rid))

    def _remove_member(self) -> None:
        row = self._selected(self.team_view, self.team_model)
        if row is None:
            self.banner.show_message(self.tr("请先选择要移除的成员。"))
            return
        self._delete_row(row, project.delete_evaluator, project.restore_evaluator, self.tr("评价组成员"))

    def _remove_summary(self) -> None:
        row = self._selected(self.summary_view, self.summary_model)
        if row is None:
            self.banner.show_message(self.tr("请先选择要删除的行。"))
            return
        self._delete_row(row, project.delete_summary_row, project.restore_summary_row, self.tr("简要情况表内容"))


# ── 绩效目标表 ────────────────────────────────────────────────────────────────
def _achieved_text(v: bool | None) -> str:
    return "" if v is None else ("✔ " + tr("达成") if v else "✘ " + tr("未达成"))


class TargetsPage(_Page):
    """绩效目标表: declared targets with the actual values and the derived completion."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("TargetsPage")
        self.model = RowTableModel([
            Column("table", self.tr("目标表"), editable=True, width=60),
            Column("level1", self.tr("一级指标"), editable=True, width=80),
            Column("level2", self.tr("二级指标"), editable=True, width=150),
            Column("name", self.tr("三级指标"), editable=True, width=200),
            Column("comparator", self.tr("比较"), editable=True, choices=project.COMPARATORS, width=44),
            Column("target_text", self.tr("指标值"), editable=True, width=120),
            Column("target_value", self.tr("目标值"), editable=True, display=number_text, align_right=True, width=80),
            Column("unit", self.tr("单位"), editable=True, width=48),
            Column("actual_text", self.tr("实际完成"), editable=True, width=150),
            Column("actual_value", self.tr("实际值"), editable=True, display=number_text, align_right=True, width=80),
            Column("completion", self.tr("完成率"), display=rate_text, align_right=True, width=76),
            Column("achieved", self.tr("是否达成"), display=_achieved_text, width=76),
            Column("note", self.tr("备注"), editable=True, width=160),
        ], self._row_commit(project.update_target, self.tr("绩效目标")), self)
        self.view = self._table(self.model)
        self.table_filter = QComboBox(self)
        self.table_filter.setMinimumWidth(140)
        self.table_filter.currentIndexChanged.connect(lambda _i: self._apply())
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        add = QPushButton(self.tr("新增目标"), self)
        rem = QPushButton(self.tr("删除所选"), self)
        add.clicked.connect(self._add)
        rem.clicked.connect(self._remove)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("目标表"), self))
        bar.addWidget(self.table_filter)
        bar.addWidget(self.summary, 1)
        bar.addWidget(add)
        bar.addWidget(rem)
        self.empty = EmptyHint(self.tr("还没有绩效目标。按批复的绩效目标表逐条录入指标、指标值和实际完成值。"),
                               [(self.tr("新增目标"), self._add)], over=self.view)
        hint = QLabel(self.tr("双击单元格修改；“目标值”“实际值”填数字时程序计算完成率（“≤”“<”类指标按 目标值÷实际值 计算）。"), self)
        hint.setObjectName("muted")
        lay = QVBoxLayout(self)
        lay.addWidget(self._heading(self.tr("绩效目标表")))
        lay.addLayout(bar)
        lay.addWidget(self.banner)
        lay.addWidget(self.view, 1)
        lay.addWidget(hint)
        self._rows: list[project.TargetData] = []
        if ctx.store is not None:
            self.refresh()

    def page_title(self) -> str:
        return self.tr("绩效目标表")

    def refresh(self) -> None:
        store = self.ctx.store
        keep = self._selected(self.view, self.model)
        self._rows = project.list_targets(store) if store else []
        current = self.table_filter.currentData()
        self.table_filter.blockSignals(True)
        self.table_filter.clear()
        self.table_filter.addItem(self.tr("全部"), None)
        for name in dict.fromkeys(t.table for t in self._rows):
            self.table_filter.addItem(name or self.tr("（未命名）"), name)
        self.table_filter.setCurrentIndex(max(self.table_filter.findData(current), 0))
        self.table_filter.blockSignals(False)
        self._apply(keep.id if keep else None)
        self.empty.show_when(store is not None and not self._rows)

    def _apply(self, keep: str | None = None) -> None:
        name = self.table_filter.currentData()
        rows = [t for t in self._rows if self.table_filter.currentIndex() <= 0 or t.table == name]
        self.model.set_rows(rows)
        measured = [t for t in rows if t.achieved is not None]
        met = sum(1 for t in measured if t.achieved)
        self.summary.setText(self.tr("共 %1 项指标，可量化比较 %2 项，已达成 %3 项")
                             .replace("%1", str(len(rows))).replace("%2", str(len(measured))).replace("%3", str(met)))
        self._select_id(self.view, self.model, keep)

    def _add(self) -> None:
        name = self.table_filter.currentData()
        rid = self._add_row(project.add_target, project.delete_target, self.tr("绩效目标"),
                            {"table": name or "", "name": self.tr("新指标")})
        if rid:
            QTimer.singleShot(0, lambda: self._select_id(self.view, self.model, rid))

    def _remove(self) -> None:
        row = self._selected(self.view, self.model)
        if row is None:
            self.banner.show_message(self.tr("请先选择要删除的目标。"))
            return
        self._delete_row(row, project.delete_target, project.restore_target, self.tr("绩效目标"))


# ── 资金 ─────────────────────────────────────────────────────────────────────
def _settling(edit: Callable[..., Any]) -> Callable[..., Any]:
    """A 资金 edit (and its undo) followed by the 进度 of the indicators bound to the fund figures, so
    an indicator the page now scores reads 已评分 (``bindings.settle_status``)."""
    from services.fieldwork import bindings

    def run(store, *args, **kwargs):
        out = edit(store, *args, **kwargs)
        try:
            bindings.settle_status(store)
        except EditRefused:
            pass  # the 资金 edit stands; the 进度 marks follow at the next edit
        return out
    return run


class FundsPage(_Page):
    """资金: budget, arrival and spending (万元) per line and per year, with 到位率 and 执行率."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("FundsPage")
        money = dict(display=money_text, edit=number_text, align_right=True)
        self.model = RowTableModel([
            Column("year", self.tr("年度"), editable=True, width=56),
            Column("source", self.tr("资金来源 / 项目"), editable=True, width=200),
            Column("budget", self.tr("预算"), editable=True, width=96, **money),
            Column("arrived", self.tr("到位"), editable=True, width=96, **money),
            Column("spent", self.tr("支出"), editable=True, width=96, **money),
            Column("arrival_rate", self.tr("到位率"), display=rate_text, align_right=True, width=84),
            Column("execution_rate", self.tr("执行率"), display=rate_text, align_right=True, width=84),
            Column("contract_amount", self.tr("合同金额"), editable=True, width=96, **money),
            Column("paid", self.tr("已支付"), editable=True, width=96, **money),
            Column("payee", self.tr("收款单位"), editable=True, width=160),
            Column("note", self.tr("备注"), editable=True, width=240),
        ], self._row_commit(_settling(project.update_fund), self.tr("资金")), self)
        self.view = self._table(self.model)
        self.year_model = RowTableModel([
            Column("label", self.tr("年度"), width=90),
            Column("budget", self.tr("预算"), width=110, display=money_text, align_right=True),
            Column("arrived", self.tr("到位"), width=110, display=money_text, align_right=True),
            Column("spent", self.tr("支出"), width=110, display=money_text, align_right=True),
            Column("arrival_rate", self.tr("到位率"), display=rate_text, align_right=True, width=96),
            Column("execution_rate", self.tr("执行率"), display=rate_text, align_right=True, width=96),
        ], parent=self)
        self.year_view = self._table(self.year_model)
        self.year_view.verticalHeader().hide()
        self.year_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.year_view.verticalHeader().setDefaultSectionSize(26)
        add = QPushButton(self.tr("新增资金行"), self)
        rem = QPushButton(self.tr("删除所选"), self)
        add.clicked.connect(self._add)
        rem.clicked.connect(self._remove)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("单位：万元。到位率 = 到位 ÷ 预算；执行率 = 支出 ÷ 到位。双击单元格修改。"), self), 1)
        bar.addWidget(add)
        bar.addWidget(rem)
        self.empty = EmptyHint(self.tr("还没有资金数据。按资金来源逐行录入预算、到位和支出金额（万元），程序计算到位率和执行率。"),
                               [(self.tr("新增资金行"), self._add)], over=self.view)
        years = QGroupBox(self.tr("按年度汇总"), self)
        yl = QVBoxLayout(years)
        yl.addWidget(self.year_view)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(years)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setCollapsible(0, False)
        self.split, self.years_box = split, years
        #: contract lines paid beyond the cap before the final audit (e.g. 85%): the first in view, the
        #: others one click (or a hover) away, so that on a laptop screen the fund lines keep their room
        self.flags_box = QFrame(self)
        self.flags_box.setObjectName("paymentFlags")
        flags_row = QHBoxLayout(self.flags_box)
        flags_row.setContentsMargins(8, 6, 8, 6)
        self.flags = QLabel(self.flags_box)
        self.flags.setWordWrap(True)
        self.flags_more = QToolButton(self.flags_box)
        self.flags_more.setAutoRaise(True)
        self.flags_more.clicked.connect(self._toggle_payment_flags)
        flags_row.addWidget(self.flags, 1)
        flags_row.addWidget(self.flags_more, 0, Qt.AlignmentFlag.AlignBottom)
        self._flags_open = False
        self.flags_box.hide()
        #: where the source data give two figures for one thing: the evaluator picks the one the report uses
        self.questions = QFrame(self)
        self.questions.setObjectName("fundQuestions")
        self.questions_layout = QVBoxLayout(self.questions)
        self.questions_layout.setContentsMargins(8, 6, 8, 6)
        self.questions_layout.setSpacing(4)
        # the questions scroll within a few lines of their own: the fund table keeps its room
        self.questions_area = QScrollArea(self)
        self.questions_area.setWidget(self.questions)
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_area.setMaximumHeight(150)
        self.questions_area.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self._heading(self.tr("资金")))
        lay.addLayout(bar)
        lay.addWidget(self.banner)
        lay.addWidget(self.questions_area)
        lay.addWidget(self.flags_box)
        lay.addWidget(split, 1)
        if ctx.store is not None:
            self.refresh()

    def page_title(self) -> str:
        return self.tr("资金")

    def _show_payment_flags(self, store) -> None:
        from services.fieldwork import bindings

        flags = bindings.payment_flags(store)
        if flags:
            head = self.tr("%1 份合同在竣工结算审计前的支付超过 %2% 上限：").replace("%1", str(len(flags))).replace(
                "%2", fmt(flags[0].cap))
            texts = [message_text(f.text()) for f in flags]
            shown = texts if self._flags_open else texts[:1]
            self.flags.setText(head + "\n" + "\n".join(f"· {t}" for t in shown))
            self.flags.setToolTip("\n".join(texts))
            self.flags_more.setText(self.tr("收起") if self._flags_open
                                    else self.tr("全部 %1 份").replace("%1", str(len(flags))))
            self.flags_more.setVisible(len(flags) > 1)
        self.flags_box.setVisible(bool(flags))

    def _toggle_payment_flags(self) -> None:
        self._flags_open = not self._flags_open
        self._show_payment_flags(self.ctx.store)

    def _show_fund_questions(self, store) -> None:
        """One row per figure the source data disagree on: open ones ask, answered ones say what was chosen."""
        from services.evaluation import fund_figures

        lay = self.questions_layout
        while lay.count():
            item = lay.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        conflicts = fund_figures.of_store(store).conflicts if store is not None else []
        self.questions_area.setVisible(bool(conflicts))
        if not conflicts:
            return
        open_count = sum(1 for c in conflicts if c.chosen is None)
        head = QLabel(self.tr("资金数据有 %1 处不一致，其中 %2 处尚待确认报告采用哪一个：")
                      .replace("%1", str(len(conflicts))).replace("%2", str(open_count)), self.questions)
        head.setObjectName("strong")
        lay.addWidget(head)
        for c in conflicts:
            row = QWidget(self.questions)
            rl = QHBoxLayout(row)
            rl.setContentsMargins(0, 0, 0, 0)
            text = QLabel(message_text(c.question if c.chosen is None else c.answer_text), row)
            text.setWordWrap(True)
            text.setObjectName("fundQuestion" if c.chosen is None else "fundAnswer")
            rl.addWidget(text, 1)
            if c.chosen is None:
                for i in range(len(c.figures)):
                    btn = QPushButton(self.tr("采用：%1").replace("%1", message_text(c.figure_text(i))), row)
                    btn.setObjectName("fundFigure")
                    btn.clicked.connect(lambda _=False, key=c.key, i=i, old=c.chosen: self._answer(key, i, old))
                    rl.addWidget(btn)
            else:
                again = QPushButton(self.tr("重新选择"), row)
                again.setObjectName("fundAskAgain")
                again.clicked.connect(lambda _=False, key=c.key, old=c.chosen: self._answer(key, None, old))
                rl.addWidget(again)
            lay.addWidget(row)

    def _answer(self, key: str, index: int | None, old: int | None) -> None:
        """Record (or, ``index`` None, withdraw) the figure the report uses, as one undoable edit."""
        from services.evaluation import fund_figures

        store = self.ctx.store
        if store is None:
            return
        text = self.tr("确认采用的资金数据") if index is not None else self.tr("重新选择采用的资金数据")
        msg = push_edit(self.ctx, text, lambda: fund_figures.answer(store, key, index),
                        lambda: fund_figures.answer(store, key, old), PROJECT)
        if msg:
            self.banner.show_message(msg)
        else:
            self.banner.clear()

    def refresh(self) -> None:
        store = self.ctx.store
        keep = self._selected(self.view, self.model)
        if store is None:
            self.model.set_rows([])
            self.year_model.set_rows([])
            self.empty.show_when(False)
            self._show_fund_questions(None)
            return
        lines = project.list_funds(store)
        self.empty.show_when(not lines)
        total = fund_math.totals_of(lines, self.tr("合计"))
        self.model.set_rows(lines, footer=_FooterRow(total, self.tr("合计")))
        by_year = project.funds_by_year(store)
        for t in by_year:  # the labels in the window's language
            t.label = self.tr("%1年").replace("%1", str(t.year)) if t.year is not None else self.tr("未注明年度")
        self.year_model.set_rows(by_year, footer=total if lines else None)
        rows = self.year_model.rowCount()
        # at most three years and the 合计 in view (more scroll): the fund lines keep the room
        self.year_view.setFixedHeight(self.year_view.horizontalHeader().height() + 26 * min(rows, 4) + 6)
        total = sum(self.split.sizes())
        years = self.years_box.sizeHint().height()
        if total > years:
            self.split.setSizes([total - years, years])
        self._show_payment_flags(store)
        self._show_fund_questions(store)
        self._select_id(self.view, self.model, keep.id if keep else None)

    def _add(self) -> None:
        info = assessments.get_info(self.ctx.store) if self.ctx.store else None
        rid = self._add_row(_settling(project.add_fund), _settling(project.delete_fund), self.tr("资金行"),
                            {"year": info.year if info else None})
        if rid:
            QTimer.singleShot(0, lambda: self._select_id(self.view, self.model, rid))

    def _remove(self) -> None:
        row = self._selected(self.view, self.model)
        if row is None:
            self.banner.show_message(self.tr("请先选择要删除的资金行。"))
            return
        self._delete_row(row, _settling(project.delete_fund), _settling(project.restore_fund), self.tr("资金行"))


class _FooterRow:
    """The totals row under the fund lines (label in the 资金来源 column)."""

    def __init__(self, totals: fund_math.FundTotals, label: str):
        self.__dict__.update(vars(totals))
        self.year = None
        self.source = label
        self.payee = self.note = ""


# ── 报告章节 ─────────────────────────────────────────────────────────────────
class ChaptersPage(_Page):
    """报告章节: one plain-text editor per chapter, saved as you type (one undo step per chapter)."""

    SAVE_DELAY_MS = 700

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("ChaptersPage")
        self._sections: list[project.SectionData] = []
        self._current_id: str | None = None
        self.list = QListWidget(self)
        self.list.setMinimumWidth(240)
        self.list.setObjectName("roomyList")
        self.list.currentRowChanged.connect(self._select)
        self.add_btn = QPushButton(self.tr("新增章节"), self)
        self.del_btn = QPushButton(self.tr("删除章节"), self)
        self.outline_btn = QPushButton(self.tr("按国家提纲创建章节"), self)
        self.outline_btn.setToolTip(self.tr("一、基本情况 …… 七、其他需要说明的问题（财预〔2020〕10号附件）"))
        self.add_btn.clicked.connect(self._add)
        self.del_btn.clicked.connect(self._delete)
        self.outline_btn.clicked.connect(self._create_outline)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.editingFinished.connect(self._save_title)
        self.body = CommitTextEdit(self)
        self.body.editingFinished.connect(self.save_body)
        self.body.setPlaceholderText(self.tr("在此撰写本章内容。输入即自动保存。"))
        f = self.body.font()
        f.setPointSizeF(11.5)
        self.body.setFont(f)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_body)
        self.body.textChanged.connect(self._typed)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(*theme.FLUSH)
        ll.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_btn)
        row.addWidget(self.del_btn)
        ll.addLayout(row)
        ll.addWidget(self.outline_btn)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(*theme.FLUSH)
        rl.addWidget(self.title_edit)
        rl.addWidget(self.body, 1)
        rl.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([280, 900])
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        self.empty = EmptyHint(self.tr("还没有报告章节。按国家提纲（财预〔2020〕10号）一次创建七章，或逐章新增。"),
                               [(self.tr("按国家提纲创建章节"), self._create_outline), (self.tr("新增章节"), self._add)],
                               over=self.list)
        lay.addWidget(self._heading(self.tr("报告章节")))
        lay.addWidget(self.banner)
        lay.addWidget(split, 1)
        if ctx.store is not None:
            self.refresh()

    def page_title(self) -> str:
        return self.tr("报告章节")

    def hideEvent(self, event):
        self.save_body()
        super().hideEvent(event)

    def refresh(self) -> None:
        self.save_body()
        store = self.ctx.store
        self._sections = project.list_sections(store) if store else []
        keep = self._current_id
        self.list.blockSignals(True)
        self.list.clear()
        for sec in self._sections:
            item = QListWidgetItem(sec.title)
            item.setData(Qt.ItemDataRole.UserRole, sec.id)
            item.setToolTip(self.tr("%1 字").replace("%1", str(len(sec.body))))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.outline_btn.setVisible(store is not None and not self._sections)
        self.empty.show_when(store is not None and not self._sections)
        self.add_btn.setEnabled(store is not None)
        self.del_btn.setEnabled(bool(self._sections))
        row = next((i for i, s in enumerate(self._sections) if s.id == keep), 0 if self._sections else -1)
        self.list.setCurrentRow(row)
        self._select(row, force=True)

    def _section(self, section_id: str | None) -> project.SectionData | None:
        return next((s for s in self._sections if s.id == section_id), None)

    def _select(self, row: int, force: bool = False) -> None:
        sec = self._sections[row] if 0 <= row < len(self._sections) else None
        if not force and sec is not None and sec.id == self._current_id:
            return
        if sec is None or sec.id != self._current_id:
            self.save_body()
        self._current_id = sec.id if sec else None
        self.title_edit.setEnabled(sec is not None)
        self.body.setEnabled(sec is not None)
        if sec is None:
            self.title_edit.clear()
            self._set_body("")
            self.status.setText(self.tr("还没有章节。点“按国家提纲创建章节”开始撰写。") if self.ctx.store else "")
            return
        if not self.title_edit.hasFocus():
            self.title_edit.setText(sec.title)
        if self.body.toPlainText() != sec.body:
            self._set_body(sec.body)
        self.status.setText(self.tr("共 %1 字 · 已保存").replace("%1", str(len(sec.body))))

    def _set_body(self, text: str) -> None:
        self.body.blockSignals(True)
        self.body.setPlainText(text)
        self.body.blockSignals(False)

    def _typed(self) -> None:
        self.status.setText(self.tr("共 %1 字 · 正在输入…").replace("%1", str(len(self.body.toPlainText()))))
        self._timer.start()

    def save_body(self) -> None:
        """Save the chapter being edited now (the debounce timer calls this; so does leaving it)."""
        self._timer.stop()
        sec = self._section(self._current_id)
        store = self.ctx.store
        if sec is None or store is None:
            return
        text = self.body.toPlainText()
        if text == sec.body:
            return
        old, sid = sec.body, sec.id
        sec.body = text  # what the file holds from now on
        msg = push_edit(self.ctx, tr("编辑章节“%1”").replace("%1", sec.title),
                        lambda: project.update_section(store, sid, body=text),
                        lambda: project.update_section(store, sid, body=old), PROJECT,
                        merge_key=f"chapter-body:{sid}")
        if msg:
            self.banner.show_message(msg)
        else:
            self.status.setText(self.tr("共 %1 字 · 已保存").replace("%1", str(len(text))))

    def _save_title(self) -> None:
        sec, store = self._section(self._current_id), self.ctx.store
        if sec is None or store is None:
            return
        text = self.title_edit.text().strip()
        if text == sec.title:
            mark_invalid(self.title_edit, False)
            return
        old, sid = sec.title, sec.id
        msg = push_edit(self.ctx, tr("修改章节标题"), lambda: project.update_section(store, sid, title=text),
                        lambda: project.update_section(store, sid, title=old), PROJECT)
        mark_invalid(self.title_edit, bool(msg))
        if msg:
            self.banner.show_message(msg)

    def _add(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.save_body()
        rid = str(uuid.uuid4())
        n = len(self._sections) + 1
        data = {"id": rid, "key": f"custom-{rid[:8]}", "title": self.tr("新章节 %1").replace("%1", str(n))}
        msg = push_edit(self.ctx, tr("新增章节"), lambda: project.add_section(store, data),
                        lambda: project.delete_section(store, rid), PROJECT)
        if msg:
            self.banner.show_message(msg)
            return
        self._current_id = rid
        QTimer.singleShot(0, self.title_edit.setFocus)

    def _delete(self) -> None:
        sec = self._section(self._current_id)
        if sec is None:
            return
        self.save_body()
        self._delete_row(sec, project.delete_section, project.restore_section, tr("章节"))

    def _create_outline(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        state: dict[str, list[str]] = {}

        def do():
            state["ids"] = [s.id for s in project.ensure_default_sections(store)]

        def undo():
            for sid in state.get("ids", []):
                project.delete_section(store, sid)

        msg = push_edit(self.ctx, tr("按国家提纲创建章节"), do, undo, PROJECT)
        if msg:
            self.banner.show_message(msg)

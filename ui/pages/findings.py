"""问题清单 page: the findings table, the per-category count line, the finding form.

``new_finding(ctx, parent, preset, indicator_ids)`` is also what the indicator panel calls to raise
a finding from a deduction (pre-filled with the indicator, the point and the deduction).
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from services.core.numbers import RuleInputError, fmt, fmt_money, to_decimal
from services.evaluation import assessments, findings
from services.evaluation.findings import FindingData
from services.fieldwork import evidence
from services.frameworks import catalog
from ui import theme
from ui.i18n import message_text, shown, translator
from ui.shell.context import ALL, EVIDENCE, FINDINGS, AppContext
from ui.shell.undo import push_edit
from ui.widgets import EmptyHint, RefreshWhenShown, RefusalBanner, indicator_choices, mark_invalid, run_modal

tr = translator("")


COL_NO, COL_CAT, COL_TITLE, COL_AMOUNT, COL_INDICATORS, COL_EVIDENCE = range(6)
FindingRole = Qt.ItemDataRole.UserRole + 1


def categories(store) -> list[dict[str, str]]:
    return assessments.get_info(store).finding_categories or list(catalog.DEFAULT_CATEGORIES)


class FindingsModel(QAbstractTableModel):
    """Findings as plain rows; 序号 is the row's place in the whole list (as printed in 附件2)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[FindingData] = []
        self.serial: dict[str, int] = {}
        self.cat_names: dict[str, str] = {}
        self.indicator_labels: dict[str, str] = {}
        self.evidence_counts: dict[str, int] = {}

    def set_data(self, rows, serial, cat_names, indicator_labels, evidence_counts) -> None:
        self.beginResetModel()
        self.rows, self.serial, self.cat_names = list(rows), serial, cat_names
        self.indicator_labels, self.evidence_counts = indicator_labels, evidence_counts
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("序号"), self.tr("问题类别"), self.tr("问题"), self.tr("涉及金额（万元）"),
                    self.tr("关联指标"), self.tr("证据")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.rows[index.row()]
        col = index.column()
        if role == FindingRole:
            return f
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_NO:
                return str(self.serial.get(f.id, index.row() + 1))
            if col == COL_CAT:
                name = self.cat_names.get(f.category, "")
                if role == Qt.ItemDataRole.ToolTipRole or not name:
                    return f"{f.category} {name}"
                return self.tr("%1类 %2").replace("%1", f.category).replace("%2", name)
            if col == COL_TITLE:
                return f.title if role == Qt.ItemDataRole.DisplayRole else (f.detail or f.title)
            if col == COL_AMOUNT:
                return fmt_money(f.amount) if f.amount is not None else ""
            if col == COL_INDICATORS:
                labels = [self.indicator_labels.get(i, self.tr("（已删除的指标）")) for i in f.indicator_ids]
                return ("、" if role == Qt.ItemDataRole.DisplayRole else "\n").join(labels)
            if col == COL_EVIDENCE:
                n = self.evidence_counts.get(f.id, 0)
                return str(n) if n else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_NO, COL_AMOUNT, COL_EVIDENCE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_INDICATORS and not f.indicator_ids:
            return QBrush(QColor(theme.FAINT))
        return None


class FindingsTable(QTableView):
    """The findings table; files dropped on a row become evidence of that finding."""

    filesDropped = Signal(object, list)  # FindingData, [paths]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def _paths(self, event) -> list[str]:
        md = event.mimeData()
        return [u.toLocalFile() for u in md.urls() if u.isLocalFile()] if md.hasUrls() else []

    def dragEnterEvent(self, event):
        if self._paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):
        idx = self.indexAt(event.position().toPoint())
        if self._paths(event) and idx.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):
        paths = self._paths(event)
        idx = self.indexAt(event.position().toPoint())
        if paths and idx.isValid():
            self.filesDropped.emit(idx.data(FindingRole), paths)
            event.acceptProposedAction()
        else:
            event.ignore()


class IndicatorPicker(QWidget):
    """Checkable list of indicators with a search box (leaves are the usual targets)."""

    def __init__(self, choices, checked: Iterable[str] = (), parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索指标编号或名称"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(120)
        checked = set(checked)
        for c in choices:
            item = QListWidgetItem("　" * c.depth + c.label)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in checked else Qt.CheckState.Unchecked)
            if not c.leaf:
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        lay.addWidget(self.search)
        lay.addWidget(self.list)

    def _filter(self, text: str) -> None:
        t = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(t) and t not in item.text().lower())

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                     if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, ids: Iterable[str]) -> None:
        ids = set(ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)


class FindingDialog(QDialog):
    """The finding form. ``submit(values, indicator_ids)`` saves and returns a refusal or None;
    a refused form stays open with the reason shown."""

    def __init__(self, ctx: AppContext, finding: FindingData | None = None, preset: dict[str, Any] | None = None,
                 indicator_ids: Iterable[str] = (), parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.submit = None
        self.setWindowTitle(self.tr("编辑问题") if finding else self.tr("新增问题"))
        self.resize(760, 720)
        data = finding or FindingData(**{k: v for k, v in (preset or {}).items() if k in FindingData.__dataclass_fields__})
        links = finding.indicator_ids if finding else tuple(indicator_ids)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.category = QComboBox(self)
        for c in categories(ctx.store):
            self.category.addItem(self.tr("%1类 %2").replace("%1", c["code"]).replace("%2", shown(c["name"])), c["code"])
        i = self.category.findData(data.category)
        self.category.setCurrentIndex(max(i, 0))
        self.title_edit = QLineEdit(data.title, self)
        self.title_edit.setPlaceholderText(self.tr("一句话概括问题，如：合同管理不规范"))
        self.detail = self._text(data.detail, self.tr("存在的具体问题、事实和数据"))
        self.cause = self._text(data.cause, self.tr("问题产生的原因"))
        self.suggestion = self._text(data.suggestion, self.tr("整改建议"))
        self.unit = QLineEdit(data.responsible_unit, self)
        self.deadline = QLineEdit(data.deadline.isoformat() if data.deadline else "", self)
        self.deadline.setPlaceholderText(self.tr("年-月-日，如 2025-06-30"))
        self.amount = QLineEdit("" if data.amount is None else format(data.amount, "f"), self)
        self.amount.setPlaceholderText(self.tr("万元，可留空"))
        self.remark = QLineEdit(data.remark, self)
        self.picker = IndicatorPicker(indicator_choices(ctx.store), links, self)
        self.amount_hint = QLabel(self)
        self.deadline_hint = QLabel(self)
        for hint in (self.amount_hint, self.deadline_hint):
            hint.setStyleSheet(theme.colour_css(theme.ERROR))
            hint.hide()

        form.addRow(self.tr("问题类别"), self.category)
        form.addRow(self.tr("问题"), self.title_edit)
        form.addRow(self.tr("具体问题"), self.detail)
        form.addRow(self.tr("原因分析"), self.cause)
        form.addRow(self.tr("建议"), self.suggestion)
        row = QHBoxLayout()
        row.addWidget(self.amount, 1)
        row.addWidget(QLabel(self.tr("整改期限"), self))
        row.addWidget(self.deadline, 1)
        form.addRow(self.tr("涉及金额（万元）"), row)
        form.addRow("", self.amount_hint)
        form.addRow("", self.deadline_hint)
        form.addRow(self.tr("责任单位"), self.unit)
        form.addRow(self.tr("备注"), self.remark)
        form.addRow(self.tr("关联指标"), self.picker)
        if data.source_item or data.deduction is not None:
            src = self.tr("来自评分项“%1”，扣分 %2").replace("%1", data.source_item or "—").replace(
                "%2", fmt(data.deduction) if data.deduction is not None else "—")
            form.addRow(self.tr("来源"), QLabel(src, self))
        self._extra = {k: getattr(data, k) for k in ("source_indicator_id", "source_item", "deduction")} if not finding else {}

        self.error = RefusalBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addLayout(form, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.amount.textChanged.connect(self._check_amount)
        self.deadline.textChanged.connect(self._check_deadline)
        if finding is not None and ctx.store is not None and ctx.store.readonly:
            self._view_only()

    def _view_only(self) -> None:
        """A file opened read-only: the finding can be read (and its indicators searched), not changed."""
        self.setWindowTitle(self.tr("查看问题（只读）"))
        for w in (self.title_edit, self.detail, self.cause, self.suggestion, self.unit, self.deadline,
                  self.amount, self.remark):
            w.setReadOnly(True)
        self.category.setEnabled(False)
        for i in range(self.picker.list.count()):
            item = self.picker.list.item(i)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))

    def _text(self, value: str, placeholder: str) -> QPlainTextEdit:
        w = QPlainTextEdit(value or "", self)
        w.setPlaceholderText(placeholder)
        w.setTabChangesFocus(True)
        w.setMinimumHeight(70)
        return w

    def _check_amount(self) -> str | None:
        text = self.amount.text().strip()
        msg = None
        if text:
            try:
                to_decimal(text, self.tr("涉及金额"))
            except RuleInputError as exc:
                msg = message_text(exc)
        mark_invalid(self.amount, msg is not None)
        self.amount_hint.setText(msg or "")
        self.amount_hint.setVisible(msg is not None)
        return msg

    def _check_deadline(self) -> str | None:
        text = self.deadline.text().strip()
        msg = None
        if text:
            try:
                date.fromisoformat(text)
            except ValueError:
                msg = self.tr("整改期限“%1”格式不对，应为 年-月-日（如 2025-06-30）").replace("%1", text)
        mark_invalid(self.deadline, msg is not None)
        self.deadline_hint.setText(msg or "")
        self.deadline_hint.setVisible(msg is not None)
        return msg

    def values(self) -> dict[str, Any]:
        v = {"category": self.category.currentData(), "title": self.title_edit.text().strip(),
             "detail": self.detail.toPlainText(), "cause": self.cause.toPlainText(),
             "suggestion": self.suggestion.toPlainText(), "responsible_unit": self.unit.text().strip(),
             "deadline": self.deadline.text().strip() or None, "amount": self.amount.text().strip() or None,
             "remark": self.remark.text()}
        v.update(self._extra)
        return v

    def _save(self) -> None:
        problem = self._check_amount() or self._check_deadline()
        if not problem and not self.title_edit.text().strip():
            problem = self.tr("问题标题不能为空")
            mark_invalid(self.title_edit, True)
        if problem:
            self.error.show_message(problem)
            return
        message = self.submit(self.values(), self.picker.checked_ids()) if self.submit else None
        if message:
            self.error.show_message(message)
            return
        self.accept()


def new_finding(ctx: AppContext, parent=None, preset: dict[str, Any] | None = None,
                indicator_ids: Iterable[str] = (), exec_dialog: bool = True) -> FindingDialog | str | None:
    """Open the form for a new finding; saving adds it as one undoable edit. Returns the new id
    (or None when cancelled). With ``exec_dialog=False`` returns the dialog unopened (for tests)."""
    dlg = FindingDialog(ctx, None, preset, indicator_ids, parent)
    new_id = str(uuid.uuid4())
    store = ctx.store

    def submit(values, links):
        return push_edit(ctx, tr("新增问题“%1”").replace("%1", values["title"]),
                         lambda: findings.add_finding(store, {**values, "id": new_id}, links),
                         lambda: findings.delete_finding(store, new_id), FINDINGS)

    dlg.submit = submit
    if not exec_dialog:
        dlg.new_id = new_id
        return dlg
    return new_id if run_modal(dlg) == QDialog.DialogCode.Accepted else None


def edit_finding(ctx: AppContext, finding: FindingData, parent=None, exec_dialog: bool = True):
    dlg = FindingDialog(ctx, finding, parent=parent)
    store = ctx.store

    def submit(values, links):
        changes = {k: v for k, v in values.items() if _differs(getattr(finding, k), v)}
        if tuple(links) == tuple(finding.indicator_ids) and not changes:
            return None
        old = {k: getattr(finding, k) for k in changes}
        return push_edit(ctx, tr("修改问题“%1”").replace("%1", values["title"]),
                         lambda: findings.update_finding(store, finding.id, **changes, indicator_ids=links),
                         lambda: findings.update_finding(store, finding.id, **old, indicator_ids=finding.indicator_ids),
                         FINDINGS)

    dlg.submit = submit
    if not exec_dialog:
        return dlg
    return run_modal(dlg) == QDialog.DialogCode.Accepted


def _as_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, date):
        return v.isoformat()
    if hasattr(v, "as_tuple"):  # Decimal
        return format(v, "f")
    return str(v)


def _differs(old: Any, new: Any) -> bool:
    return _as_text(old) != _as_text(new)


def delete_finding(ctx: AppContext, finding: FindingData) -> str | None:
    store = ctx.store
    holder: dict[str, FindingData] = {}

    def do():
        holder["data"] = findings.delete_finding(store, finding.id)

    return push_edit(ctx, tr("删除问题“%1”").replace("%1", finding.title), do,
                     lambda: findings.restore_finding(store, holder.get("data", finding)), FINDINGS)


class FindingsPage(RefreshWhenShown, QWidget):
    """问题清单."""

    printRequested = Signal(str)  # the document to print: the window opens its print dialog on it

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("FindingsPage")
        self.model = FindingsModel(self)
        self._all: list[FindingData] = []

        self.heading = QLabel(self.tr("问题清单"), self)
        self.heading.setObjectName("pageHeading")
        self.count_line = QLabel(self)
        self.count_line.setWordWrap(True)
        self.count_line.setObjectName("countLine")
        self.count_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filter = QComboBox(self)
        self.filter.setMinimumWidth(200)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.add_btn = QPushButton(self.tr("新增问题…"), self)
        self.edit_btn = QPushButton(self.tr("编辑…"), self)
        self.del_btn = QPushButton(self.tr("删除"), self)
        self.evidence_btn = QPushButton(self.tr("添加证据…"), self)
        self.print_btn = QPushButton(self.tr("打印问题清单…"), self)
        self.print_btn.setToolTip(self.tr("打印或导出问题清单（附件2）"))
        self.print_btn.clicked.connect(lambda: self.printRequested.emit("issue-list"))
        self.add_btn.clicked.connect(self.add_finding)
        self.edit_btn.clicked.connect(self.edit_selected)
        self.del_btn.clicked.connect(self.delete_selected)
        self.evidence_btn.clicked.connect(self.add_evidence_to_selected)
        self.add_btn.setToolTip(self.tr("新增一条问题（Insert）"))
        self.del_btn.setToolTip(self.tr("删除所选问题（可撤销）"))
        self.evidence_btn.setToolTip(self.tr("为所选问题添加证据文件；也可把文件直接拖到表格的行上"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("类别"), self))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        for b in (self.add_btn, self.edit_btn, self.del_btn, self.evidence_btn):
            bar.addWidget(b)
        bar.addSpacing(theme.SPACE_XL)
        bar.addWidget(self.print_btn)

        self.table = FindingsTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for c, w in ((COL_NO, 48), (COL_CAT, 170), (COL_AMOUNT, 130), (COL_INDICATORS, 260), (COL_EVIDENCE, 50)):
            self.table.setColumnWidth(c, w)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.table.filesDropped.connect(self._files_dropped)
        for key, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_finding),
                          (QKeySequence(Qt.Key.Key_Delete), self.delete_selected),
                          (QKeySequence(Qt.Key.Key_Return), self.edit_selected)):
            sc = QShortcut(key, self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("选择一条问题查看具体问题、原因分析和建议。"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.banner = RefusalBanner(self)
        self.empty = EmptyHint(self.tr("还没有问题。评分时发现的问题按类别记在这里，附上金额、原因分析、建议和证据。"),
                               [(self.tr("新增问题…"), self.add_finding)], over=self.table)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.count_line)
        lay.addLayout(bar)
        lay.addWidget(self.banner)
        lay.addWidget(split, 1)

        ctx.fileOpened.connect(self.refresh_when_shown)
        ctx.fileClosed.connect(self.refresh_when_shown)
        ctx.dataChanged.connect(self._on_data)
        self._update_buttons()
        if ctx.store is not None:
            self.refresh()

    def page_title(self) -> str:
        return self.tr("问题清单")

    def _on_data(self, kind: str) -> None:
        if kind in (FINDINGS, EVIDENCE, ALL, "framework", "project"):
            self.refresh_when_shown()

    # -- data ---------------------------------------------------------------
    def refresh(self) -> None:
        store = self.ctx.store
        selected = self.current()
        if store is None:
            self._all = []
            self.model.set_data([], {}, {}, {}, {})
            self.count_line.clear()
            self.empty.show_when(False)
            self._update_buttons()
            return
        cats = categories(store)
        self._all = findings.list_findings(store)
        self.empty.show_when(not self._all)
        _counts, _line = findings.category_counts(store)
        used = [(code, n) for code, _name, n in _counts if n]
        line = self.tr("共计发现问题 %1 类，问题总数 %2 个。").replace("%1", str(len(used))).replace("%2", str(len(self._all)))
        if used:  # the seed's wording (services.evaluation.findings.category_counts), in the window's language
            line += self.tr("其中，") + self.tr("，").join(
                self.tr("%1类问题 %2 个").replace("%1", code).replace("%2", str(n)) for code, n in used)
        self.count_line.setText(line)
        counts = {c[0]: c[2] for c in _counts}
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("全部类别（%1）").replace("%1", str(len(self._all))), None)
        for c in cats:
            self.filter.addItem(self.tr("%1类 %2（%3）").replace("%1", c["code"]).replace("%2", shown(c["name"]))
                               .replace("%3", str(counts.get(c["code"], 0))), c["code"])
        i = self.filter.findData(current)
        self.filter.setCurrentIndex(max(i, 0))
        self.filter.blockSignals(False)
        self._cat_names = {c["code"]: shown(c["name"]) for c in cats}
        self._labels = {c.id: c.label for c in indicator_choices(store)}
        self._evidence: dict[str, int] = {}
        self._evidence_names: dict[str, list[str]] = {}
        for ev in evidence.list_evidence(store):
            for kind, target in ev.links:
                if kind == "finding":
                    self._evidence[target] = self._evidence.get(target, 0) + 1
                    self._evidence_names.setdefault(target, []).append(f"{ev.index_no} {ev.filename}")
        self._apply_filter(keep=selected.id if selected else None)

    def _apply_filter(self, *_args, keep: str | None = None) -> None:
        code = self.filter.currentData()
        rows = [f for f in self._all if code is None or f.category == code]
        serial = {f.id: i + 1 for i, f in enumerate(self._all)}
        self.model.set_data(rows, serial, getattr(self, "_cat_names", {}), getattr(self, "_labels", {}),
                            getattr(self, "_evidence", {}))
        if keep:
            for r, f in enumerate(rows):
                if f.id == keep:
                    self.table.selectRow(r)
                    break
        self._show_detail()

    def current(self) -> FindingData | None:
        idx = self.table.currentIndex() if self.table.selectionModel().hasSelection() else QModelIndex()
        return idx.data(FindingRole) if idx.isValid() else None

    def _update_buttons(self) -> None:
        has_file = self.ctx.store is not None
        has_sel = self.current() is not None
        self.add_btn.setEnabled(has_file)
        for b in (self.edit_btn, self.del_btn, self.evidence_btn):
            b.setEnabled(has_sel)

    def _show_detail(self, *_args) -> None:
        self._update_buttons()
        f = self.current()
        if f is None:
            self.detail.clear()
            return
        from html import escape

        def para(label: str, text: str) -> str:
            if not text:
                return ""
            body = "<br>".join(escape(line) for line in text.splitlines())
            return f"<p><b>{escape(label)}</b><br>{body}</p>"

        head = f"<h3>{escape(f.category)}类 · {escape(f.title)}</h3>"
        meta = []
        if f.amount is not None:
            meta.append(self.tr("涉及金额 %1 万元").replace("%1", fmt_money(f.amount)))
        if f.responsible_unit:
            meta.append(self.tr("责任单位：%1").replace("%1", f.responsible_unit))
        if f.deadline:
            meta.append(self.tr("整改期限：%1").replace("%1", f.deadline.isoformat()))
        html = head + (f"<p style='color:{theme.TEXT_SECONDARY}'>{escape('　'.join(meta))}</p>" if meta else "")
        html += para(self.tr("具体问题"), f.detail) + para(self.tr("原因分析"), f.cause) + para(self.tr("建议"), f.suggestion)
        html += para(self.tr("证据"), "\n".join(getattr(self, "_evidence_names", {}).get(f.id, [])))
        self.detail.setHtml(html)

    # -- edits --------------------------------------------------------------
    def add_finding(self) -> None:
        if self.ctx.store is None:
            return
        preset = {"category": self.filter.currentData()} if self.filter.currentData() else None
        new_finding(self.ctx, self, preset)

    def edit_selected(self) -> None:
        f = self.current()
        if f is not None:
            edit_finding(self.ctx, f, self)

    def delete_selected(self, confirm: bool = True) -> None:
        f = self.current()
        if f is None:
            return
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("删除问题"),
                              self.tr("删除问题“%1”？\n可用“撤销”（Ctrl+Z）恢复。").replace("%1", f.title),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("删除"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        msg = delete_finding(self.ctx, f)
        if msg:
            self.banner.show_message(msg)

    def add_evidence_to_selected(self) -> None:
        f = self.current()
        if f is None:
            return
        from ui.pages.evidence import choose_files
        paths = choose_files(self)
        if paths:
            self._files_dropped(f, paths)

    def _files_dropped(self, finding: FindingData, paths: list[str]) -> None:
        from ui.pages.evidence import add_evidence_files
        refused = add_evidence_files(self.ctx, paths, links=(("finding", finding.id),))
        if refused:
            self.banner.show_message("\n".join(refused))
        else:
            self.ctx.message.emit(self.tr("已为问题“%1”添加 %2 个证据").replace("%1", finding.title)
                                  .replace("%2", str(len(paths))))

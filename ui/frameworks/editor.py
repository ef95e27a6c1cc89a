"""指标体系 page: edit the evaluation's indicator system — tree, texts, 分值 and scoring rules.

Left, the tree (drag a node, or use the buttons, to move it); right, the selected node's form and,
for a leaf, its scoring items: each rule type's parameter form (built from what the type declares), a live "试算" panel scoring sample inputs with
the rule being edited (nothing saved), and 应用规则 to save it. At the bottom the validation list
names every node whose sums do not add up; clicking a line selects the node. Every edit is one
undo command calling ``services.framework_edit``.
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.core.errors import EditRefused
from services.core.numbers import fmt
from services.evaluation import assessments
from services.frameworks import edit as fe, excel
from services.frameworks.proposal import propose
from services.scoring.rules import FALLBACK, RULES, check_item
from services.scoring.rules.base import Column
from ui import theme
from ui.i18n import message_text, translator
from ui.shell.context import ALL, FRAMEWORK, AppContext
from ui.shell.undo import push_edit
from ui.walk.rule_inputs import proposal_words, rule_text
from ui.widgets import CommitTextEdit, RefusalBanner, mark_invalid, run_modal

ID_ROLE = Qt.ItemDataRole.UserRole


_t = translator("FrameworkEditor")


# ── the parameter forms, built from what each rule type declares ────────────
def _column_default(column: Column, n: int) -> Any:
    d = column.default
    return d.format(n=n) if isinstance(d, str) else d


class TableParam(QWidget):
    """A list parameter (要点, 分档, 情形 …) as an editable table with add / remove."""

    changed = Signal()

    def __init__(self, columns: tuple[Column, ...], rows: list[dict[str, Any]], parent=None):
        super().__init__(parent)
        self.columns = columns
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([rule_text(c.label) for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        wide = next((i for i, c in enumerate(columns) if c.name in ("label", "text")), None)
        if wide is not None:
            self.table.horizontalHeader().setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        lay.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QToolButton()
        add.setText(_t("＋ 添加一行"))
        add.clicked.connect(self.add_row)
        remove = QToolButton()
        remove.setText(_t("－ 删除选中行"))
        remove.clicked.connect(self.remove_row)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self._loading = True
        for r in rows:
            self._append(r)
        self._loading = False
        self.table.itemChanged.connect(lambda _i: None if self._loading else self.changed.emit())

    def _append(self, row: dict[str, Any]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, column in enumerate(self.columns):
            key = column.name
            item = QTableWidgetItem()
            if column.kind == "bool":
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if row.get(key) else Qt.CheckState.Unchecked)
            else:
                v = row.get(key)
                item.setText("" if v is None else str(v))
            self.table.setItem(r, c, item)

    def add_row(self) -> None:
        n = self.table.rowCount() + 1
        defaults = {c.name: _column_default(c, n) for c in self.columns if c.default is not None}
        self._loading = True
        self._append(defaults)
        self._loading = False
        self.changed.emit()

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for c, column in enumerate(self.columns):
                item = self.table.item(r, c)
                if column.kind == "bool":
                    row[column.name] = item is not None and item.checkState() == Qt.CheckState.Checked
                else:
                    text = (item.text() if item else "").strip()
                    row[column.name] = text if text else (None if column.kind == "number" else "")
            out.append(row)
        return out


class ParamsForm(QWidget):
    """The form of one rule type's parameters, as the type declares them; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, rtype: str, params: dict[str, Any], parent=None):
        super().__init__(parent)
        self.fields: dict[str, tuple[str, Any]] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        declared = RULES[rtype].params if rtype in RULES else ()
        for p in declared:
            value = params.get(p.name)
            if p.kind in ("number", "text"):
                w = QLineEdit("" if value is None else str(value))
                w.textEdited.connect(lambda _t=None: self.changed.emit())
            elif p.kind == "bool":
                w = QCheckBox()
                w.setChecked(bool(value))
                w.toggled.connect(lambda _v: self.changed.emit())
            elif p.kind == "select":
                w = QComboBox()
                for data, text in p.choices:
                    w.addItem(rule_text(text), data)
                if value is not None and w.findData(value) < 0:  # a value the list lacks (a unit “半天”): kept as written
                    w.addItem(str(value), value)
                if value is not None and w.findData(value) >= 0:
                    w.setCurrentIndex(w.findData(value))
                w.currentIndexChanged.connect(lambda _i: self.changed.emit())
            else:
                w = TableParam(p.columns, list(value or []))
                w.changed.connect(self.changed)
            w.setObjectName(f"param_{p.name}")
            self.fields[p.name] = (p.kind, w)
            form.addRow(rule_text(p.label), w)
        if not declared:
            form.addRow(QLabel(_t("此规则没有参数：评价组在 0～分值内评分并写明理由。")))

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, (kind, w) in self.fields.items():
            if kind in ("number", "text"):
                text = w.text().strip()
                if text:
                    out[key] = text
            elif kind == "bool":
                out[key] = w.isChecked()
            elif kind == "select":
                out[key] = w.currentData()
            else:
                out[key] = w.value()
        return out


class ItemForm(QGroupBox):
    """One scoring item being edited: 标签, 分值, 规则类型 and its parameters."""

    changed = Signal()

    def __init__(self, item: dict[str, Any], parent=None):
        super().__init__(parent)
        self.setTitle(_t("评分项 %1").replace("%1", item.get("key", "")))
        self.key = item.get("key", "a")
        lay = QVBoxLayout(self)
        top = QFormLayout()
        self.label = QLineEdit(item.get("label", ""))
        self.label.setObjectName("itemLabel")
        self.max = QLineEdit(str(item.get("max", "")))
        self.max.setObjectName("itemMax")
        self.max.setMaximumWidth(90)
        self.type = QComboBox()
        self.type.setObjectName("itemType")
        for k, rule in RULES.items():
            self.type.addItem(rule_text(rule.name), k)
        self.type.setCurrentIndex(max(0, self.type.findData(item.get("type", FALLBACK.type))))
        top.addRow(_t("标签"), self.label)
        top.addRow(_t("分值"), self.max)
        top.addRow(_t("评分规则"), self.type)
        lay.addLayout(top)
        self.params_box = QVBoxLayout()
        lay.addLayout(self.params_box)
        self.params = ParamsForm(item.get("type", FALLBACK.type), dict(item.get("params") or {}))
        self.params.changed.connect(self._params_changed)
        self.params_box.addWidget(self.params)
        self.label.textEdited.connect(lambda _t=None: self.changed.emit())
        self.max.textEdited.connect(lambda _t=None: self.changed.emit())
        self.type.currentIndexChanged.connect(self._type_changed)

    def _type_changed(self, _i: int) -> None:
        self.params.deleteLater()
        rule = RULES[self.type.currentData()]
        self.params = ParamsForm(rule.type, rule.default_params(self.max.text().strip() or "0"))
        self.params.changed.connect(self._params_changed)
        self.params_box.addWidget(self.params)
        self.changed.emit()

    def _params_changed(self) -> None:
        rule = RULES.get(self.type.currentData())
        if rule is not None and rule.max_from_params is not None:  # e.g. the sum of the points
            try:
                self.max.setText(fmt(rule.max_from_params(self.params.value()), 6))
            except ArithmeticError:
                pass
        self.changed.emit()

    def value(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label.text().strip(), "max": self.max.text().strip(),
                "type": self.type.currentData(), "params": self.params.value()}


# ── the tree ────────────────────────────────────────────────────────────────
class FrameworkTree(QTreeWidget):
    """The indicator tree. A drop asks the page to move the node (the service does it, with undo)."""

    moveRequested = Signal(str, object, int)  # node id, new parent id (None: level 1), position

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([_t("指标"), _t("分值"), _t("评分规则")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def drop_target(self, dragged: QTreeWidgetItem, target: QTreeWidgetItem | None,
                    where: QAbstractItemView.DropIndicatorPosition) -> tuple[str | None, int | None] | None:
        """(new parent id, position among the new siblings without the dragged node) for a drop."""
        if target is None or where == QAbstractItemView.DropIndicatorPosition.OnViewport:
            return None, None
        if where == QAbstractItemView.DropIndicatorPosition.OnItem:
            return target.data(0, ID_ROLE), None
        parent = target.parent()
        siblings = [parent.child(i) if parent else self.topLevelItem(i)
                    for i in range(parent.childCount() if parent else self.topLevelItemCount())]
        ids = [s.data(0, ID_ROLE) for s in siblings if s is not dragged]
        pos = ids.index(target.data(0, ID_ROLE)) if target is not dragged else 0
        if where == QAbstractItemView.DropIndicatorPosition.BelowItem:
            pos += 1
        return (parent.data(0, ID_ROLE) if parent else None), pos

    def dropEvent(self, event):
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        found = self.drop_target(dragged, target, self.dropIndicatorPosition()) if dragged else None
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if found is not None and dragged is not None:
            parent_id, pos = found
            self.moveRequested.emit(dragged.data(0, ID_ROLE), parent_id, -1 if pos is None else pos)


# ── the page ────────────────────────────────────────────────────────────────
class FrameworkEditorPage(QWidget):
    """The framework editor: ``FrameworkEditorPage(ctx)``, listening to ``ctx.dataChanged``."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: str | None = None
        self.nodes: dict[str, fe.NodeData] = {}
        self.item_forms: list[ItemForm] = []
        self._try_inputs: dict[str, Any] = {}
        self._building = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(*theme.PAGE_MARGINS)
        head = QHBoxLayout()
        title = QLabel(self.tr("指标体系"))
        title.setObjectName("pageHeading")
        head.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)  # gives way to the buttons beside it when the words are long
        head.addWidget(self.summary, 1)
        head.addWidget(QLabel(self.tr("总分")))
        self.total_edit = QLineEdit()
        self.total_edit.setObjectName("frameworkTotal")
        self.total_edit.setMaximumWidth(70)
        self.total_edit.editingFinished.connect(self._commit_total)
        head.addWidget(self.total_edit)
        excel = QToolButton()
        excel.setText(self.tr("Excel"))
        excel.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(excel)
        menu.addAction(self.tr("从 Excel 导入指标体系…"), self.import_excel)
        menu.addAction(self.tr("导出指标体系（空白评分表）…"), lambda: self.export_excel(False))
        menu.addAction(self.tr("导出评分表（含得分和评分说明）…"), lambda: self.export_excel(True))
        excel.setMenu(menu)
        head.addWidget(excel)
        save_tpl = QPushButton(self.tr("另存为模板…"))
        save_tpl.clicked.connect(self.save_template)
        head.addWidget(save_tpl)
        new_eval = QPushButton(self.tr("以此体系新建评价…"))
        new_eval.clicked.connect(self.new_evaluation)
        head.addWidget(new_eval)
        outer.addLayout(head)

        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, fn in (
            ("add_sibling", "＋ 同级指标", "在所选指标之后新增一个同级指标", self.add_sibling),
            ("add_child", "＋ 下级指标", "在所选指标之下新增一个指标", self.add_child),
            ("up", "↑ 上移", "与上一个同级指标交换位置", lambda: self.shift(-1)),
            ("down", "↓ 下移", "与下一个同级指标交换位置", lambda: self.shift(1)),
            ("outdent", "← 升一级", "移到上一级，放在原上级指标之后", self.outdent),
            ("indent", "→ 降一级", "移到前一个同级指标之下", self.indent),
            ("delete", "删除", "删除所选指标及其下级（可撤销）", self.delete),
            ("renumber", "重新编号", "按当前顺序重新编排编号（1、1.1、1.1.1…）", self.renumber),
        ):
            b = QPushButton(self.tr(text))
            b.setToolTip(self.tr(tip))
            b.setObjectName(f"fe_{key}")
            b.clicked.connect(fn)
            self.buttons[key] = b
            bar.addWidget(b)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.banner = RefusalBanner(self)
        outer.addWidget(self.banner)
        self.info = QLabel()
        self.info.setStyleSheet(theme.INFO_STYLE)
        self.info.setWordWrap(True)
        self.info.hide()
        outer.addWidget(self.info)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = FrameworkTree()
        self.tree.currentItemChanged.connect(self._on_select)
        self.tree.moveRequested.connect(self.move_to)
        split.addWidget(self.tree)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_host = QWidget()
        self.form_layout = QVBoxLayout(self.form_host)
        self.form_area.setWidget(self.form_host)
        split.addWidget(self.form_area)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([520, 680])

        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(split)
        checks = QWidget()
        cl = QVBoxLayout(checks)
        cl.setContentsMargins(0, theme.SPACE_S, 0, 0)
        self.check_title = QLabel()
        self.check_title.setObjectName("checkTitle")
        cl.addWidget(self.check_title)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.itemActivated.connect(self._problem_clicked)
        self.problems.itemClicked.connect(self._problem_clicked)
        self.problems.setMaximumHeight(96)
        cl.addWidget(self.problems)
        vsplit.addWidget(checks)
        vsplit.setStretchFactor(0, 5)
        vsplit.setStretchFactor(1, 1)
        vsplit.setSizes([640, 60])
        outer.addWidget(vsplit, 1)
        self._build_form()

        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, activated=self.delete)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the tree has the focus
        ctx.fileOpened.connect(self.refresh)
        ctx.fileClosed.connect(self.refresh)
        ctx.dataChanged.connect(self._on_data)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("指标体系")

    # -- data ---------------------------------------------------------------
    def _on_data(self, kind: str) -> None:
        if kind in (FRAMEWORK, ALL):
            self.refresh()

    def showEvent(self, e):
        super().showEvent(e)
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        expanded = {it.data(0, ID_ROLE) for it in self._all_items() if it.isExpanded()}
        first = not self.nodes
        self._building = True
        self.tree.clear()
        self.nodes = {}
        if store is None:
            self._building = False
            self.summary.setText("")
            self._build_form()
            return
        nodes = fe.list_nodes(store)
        self.nodes = {n.id: n for n in nodes}
        problems = fe.validate(store)
        bad = {p.indicator_id for p in problems}
        items: dict[str, QTreeWidgetItem] = {}
        for n in nodes:
            parent = items.get(n.parent_id)
            it = QTreeWidgetItem([f"{n.code}  {n.name}", fmt(n.max_points), self._rule_text(n)])
            it.setData(0, ID_ROLE, n.id)
            it.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if n.id in bad:
                for c in range(3):
                    it.setForeground(c, QBrush(QColor(theme.ERROR)))
                it.setToolTip(0, "\n".join(message_text(p.message) for p in problems if p.indicator_id == n.id))
            flags = it.flags() | Qt.ItemFlag.ItemIsDragEnabled
            flags = flags | Qt.ItemFlag.ItemIsDropEnabled if not n.is_leaf else flags & ~Qt.ItemFlag.ItemIsDropEnabled
            it.setFlags(flags)
            (parent.addChild(it) if parent else self.tree.addTopLevelItem(it))
            items[n.id] = it
            if first or n.id in expanded or n.level < 2:
                it.setExpanded(True)
        info = assessments.get_info(store)
        self.total_edit.setText(fmt(info.full_marks, 4))
        leaves = sum(1 for n in nodes if n.is_leaf)
        self.summary.setText(self.tr("  %1 个末级指标 · 一级指标合计 %2 分")
                             .replace("%1", str(leaves))
                             .replace("%2", fmt(sum((n.max_points for n in nodes if n.parent_id is None), type(info.full_marks)(0)))))
        self.problems.clear()
        for p in problems:
            li = QListWidgetItem("✗ " + message_text(p.said()))
            li.setForeground(QBrush(QColor(theme.ERROR)))
            li.setData(ID_ROLE, p.indicator_id)
            self.problems.addItem(li)
        self.problems.setVisible(bool(problems))
        self.check_title.setText(self.tr("校验：指标体系完整，分值相符") if not problems else
                                 self.tr("校验：%1 处问题（保存为模板、导出和新建评价前必须改正）").replace("%1", str(len(problems))))
        self.check_title.setStyleSheet(theme.colour_css(theme.ERROR if problems else theme.OK, bold=True))
        self._building = False
        if self.current_id in items:
            self.tree.setCurrentItem(items[self.current_id])
        elif nodes:
            self.current_id = None
            self.tree.setCurrentItem(items[nodes[0].id])
        self._build_form()

    def _all_items(self):
        out = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            it = stack.pop()
            out.append(it)
            stack += [it.child(i) for i in range(it.childCount())]
        return out

    def item_for(self, indicator_id: str) -> QTreeWidgetItem | None:
        return next((it for it in self._all_items() if it.data(0, ID_ROLE) == indicator_id), None)

    @staticmethod
    def _rule_text(n: fe.NodeData) -> str:
        if not n.is_leaf:
            return ""
        names = list(dict.fromkeys(RULES[i["type"]].name if i.get("type") in RULES else str(i.get("type"))
                                   for i in n.items or []))
        return "、".join(rule_text(x) for x in names)

    def _on_select(self, current: QTreeWidgetItem | None, _prev=None) -> None:
        if self._building:
            return
        new = current.data(0, ID_ROLE) if current else None
        if new != self.current_id:
            self.current_id = new
            self._try_inputs = {}
            self._build_form()

    def _problem_clicked(self, li: QListWidgetItem) -> None:
        iid = li.data(ID_ROLE)
        it = self.item_for(iid) if iid else None
        if it is not None:
            self.tree.setCurrentItem(it)
            self.tree.scrollToItem(it)

    # -- the form -----------------------------------------------------------
    def _clear_form(self) -> None:
        building, self._building = self._building, True  # a field losing focus here must not commit
        try:
            while self.form_layout.count():
                w = self.form_layout.takeAt(0).widget()
                if w is not None:
                    w.setParent(None)
                    w.deleteLater()
        finally:
            self._building = building
        self.item_forms = []

    def _build_form(self) -> None:
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        refocus = focused.objectName() if focused is not None and self.form_host.isAncestorOf(focused) else ""
        self._build_form_widgets()
        if refocus:
            target = self.form_host.findChild(QWidget, refocus)
            if target is not None:
                target.setFocus()

    def _build_form_widgets(self) -> None:
        self._clear_form()
        n = self.nodes.get(self.current_id or "")
        if n is None:
            empty = QLabel(self.tr("请在左侧选择一个指标。") if self.ctx.store else self.tr("尚未打开评价文件。"))
            empty.setObjectName("muted")
            self.form_layout.addWidget(empty)
            self.form_layout.addStretch(1)
            return
        numerals = self.tr("一二三四五六", "level numerals 1-6, one character each")
        box = QGroupBox(self.tr("%1级指标").replace("%1", numerals[min(n.level, 6) - 1]))
        form = QFormLayout(box)
        self.code_edit = QLineEdit(n.code)
        self.code_edit.setObjectName("nodeCode")
        self.code_edit.setMaximumWidth(120)
        self.name_edit = QLineEdit(n.name)
        self.name_edit.setObjectName("nodeName")
        self.weight_edit = QLineEdit(fmt(n.max_points, 6))
        self.weight_edit.setObjectName("nodeWeight")
        self.weight_edit.setMaximumWidth(90)
        iid = n.id
        self.code_edit.editingFinished.connect(lambda e=self.code_edit: self._commit_field(iid, "code", e.text()))
        self.name_edit.editingFinished.connect(lambda e=self.name_edit: self._commit_field(iid, "name", e.text()))
        self.weight_edit.editingFinished.connect(lambda e=self.weight_edit: self._commit_field(iid, "max_points", e.text()))
        form.addRow(self.tr("编号"), self.code_edit)
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("分值"), self.weight_edit)
        self.text_edits = {}
        for key, label in (("definition", "指标解释"), ("key_points", "指标说明 / 评价要点"), ("criteria", "评分标准")):
            e = CommitTextEdit(getattr(n, key))
            e.setObjectName(f"node_{key}")
            e.setFixedHeight(64)
            e.editingFinished.connect(lambda e=e, key=key: self._commit_field(iid, key, e.toPlainText()))
            self.text_edits[key] = e
            form.addRow(self.tr(label), e)
        self.form_layout.addWidget(box)
        if n.is_leaf:
            self._build_rule_box(n)
            self._build_bindings(n)
        self.form_layout.addStretch(1)
        self._fit()

    def _build_bindings(self, n: fe.NodeData) -> None:
        from ui.walk.binding_bar import BindingBar

        box = QGroupBox(self.tr("数据来源（本评价的录入：手工录入，或引用资金表、绩效目标表、满意度调查）"))
        lay = QVBoxLayout(box)
        self.binding_bars = []
        for item in n.items or []:
            bar = BindingBar(self.ctx, n.id, item)
            self.binding_bars.append(bar)
            lay.addWidget(bar)
        self.form_layout.addWidget(box)

    def _fit(self) -> None:
        """Let the form be as tall as its contents (the scroll area scrolls instead of squeezing it)."""
        self.form_layout.activate()
        self.form_host.setMinimumHeight(self.form_layout.sizeHint().height())

    def _build_rule_box(self, n: fe.NodeData) -> None:
        box = QGroupBox(self.tr("评分规则（各评分项分值之和应等于指标分值）"))
        lay = QVBoxLayout(box)
        tools = QHBoxLayout()
        add = QPushButton(self.tr("＋ 评分项"))
        add.clicked.connect(self._add_item)
        remove = QPushButton(self.tr("－ 删除最后一个评分项"))
        remove.clicked.connect(self._remove_item)
        propose_btn = QPushButton(self.tr("按评分标准识别规则"))
        propose_btn.setObjectName("proposeRule")
        propose_btn.setToolTip(self.tr("根据“评分标准”文字（如“每发现1例扣0.5分，扣完为止”）建议规则和参数"))
        propose_btn.clicked.connect(self._propose)
        for b in (add, remove, propose_btn):
            tools.addWidget(b)
        tools.addStretch(1)
        lay.addLayout(tools)
        self.items_host = QVBoxLayout()
        lay.addLayout(self.items_host)
        for it in copy.deepcopy(n.items or []):
            self._add_item_form(it)
        self.draft_problems = QLabel()
        self.draft_problems.setWordWrap(True)
        self.draft_problems.setObjectName("draftProblems")
        lay.addWidget(self.draft_problems)
        apply_row = QHBoxLayout()
        self.apply_btn = QPushButton(self.tr("应用规则"))
        self.apply_btn.setObjectName("applyRule")
        self.apply_btn.clicked.connect(self._apply_items)
        self.revert_btn = QPushButton(self.tr("还原"))
        self.revert_btn.clicked.connect(self._build_form)
        apply_row.addWidget(self.apply_btn)
        apply_row.addWidget(self.revert_btn)
        apply_row.addStretch(1)
        lay.addLayout(apply_row)
        self.form_layout.addWidget(box)
        self.try_box = QGroupBox(self.tr("试算（输入样例，查看按上面的规则得几分；不保存）"))
        self.try_box.setObjectName("tryBox")
        self.try_layout = QVBoxLayout(self.try_box)
        self.form_layout.addWidget(self.try_box)
        self._draft_changed()

    def _add_item_form(self, item: dict[str, Any]) -> None:
        f = ItemForm(item)
        f.changed.connect(self._draft_changed)
        self.item_forms.append(f)
        self.items_host.addWidget(f)

    def _add_item(self) -> None:
        used = {f.key for f in self.item_forms}
        key = next(chr(c) for c in range(ord("a"), ord("z") + 1) if chr(c) not in used)
        self._add_item_form({"key": key, "label": "", "max": "0", "type": FALLBACK.type, "params": {}})
        self._draft_changed()

    def _remove_item(self) -> None:
        if len(self.item_forms) > 1:
            f = self.item_forms.pop()
            f.deleteLater()
            self._draft_changed()

    def draft_items(self) -> list[dict[str, Any]]:
        return [f.value() for f in self.item_forms]

    def _draft_changed(self) -> None:
        n = self.nodes.get(self.current_id or "")
        if n is None or not hasattr(self, "draft_problems"):
            return
        items = self.draft_items()
        problems = []
        total = None
        try:
            from decimal import Decimal

            total = sum((Decimal(i["max"]) for i in items), Decimal(0))
        except ArithmeticError:
            problems.append(self.tr("分值必须是数字"))
        for i in items:
            problems += [self.tr("%1：%2").replace("%1", str(i["key"])).replace("%2", message_text(m)) for m in check_item(i)]
        blocking = list(problems)  # items whose 分值 do not add up yet can still be tried
        if total is not None and total != n.max_points:
            problems.append(self.tr("评分项分值之和 %1 不等于指标分值 %2").replace("%1", fmt(total)).replace("%2", fmt(n.max_points)))
        self.draft_problems.setText("\n".join(problems))
        self.draft_problems.setStyleSheet(theme.ERROR_STYLE if problems else "")
        self.draft_problems.setVisible(bool(problems))
        self.apply_btn.setEnabled(not blocking and items != (n.items or []))
        self._rebuild_try(items, blocking)

    def _rebuild_try(self, items: list[dict[str, Any]], blocking: list[str]) -> None:
        from ui.walk.rule_inputs import editor_for

        while self.try_layout.count():
            w = self.try_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.try_editors = {}
        if blocking:
            msg = QLabel(self.tr("规则参数有误，改正后可试算。"))
            msg.setObjectName("muted")
            self.try_layout.addWidget(msg)
            return
        for item in items:
            try:
                ed = editor_for(dict(item))
            except Exception as exc:
                self.try_layout.addWidget(QLabel(message_text(exc)))
                continue
            ed.set_inputs(self._try_inputs.get(item["key"]) or {})
            ed.submitted.connect(lambda inputs, item=item, ed=ed: self._try(item, ed, inputs))
            self.try_layout.addWidget(ed)
            self.try_editors[item["key"]] = ed
            self._try(item, ed, self._try_inputs.get(item["key"]) or {}, remember=False)
        self._fit()

    def _try(self, item: dict[str, Any], ed, inputs: dict[str, Any], remember: bool = True) -> None:
        if remember:
            self._try_inputs[item["key"]] = inputs
        r = fe.try_rule(item, inputs)
        if r.error:
            ed.show_error(message_text(r.error))
            ed.show_result(None)
        else:
            ed.show_error("")
            ed.show_result(r)
        ed.finding_btn.hide()  # trying a rule raises no finding

    # -- edits (each an undo command) -----------------------------------------
    def _push(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> str | None:
        self.info.hide()
        failed = push_edit(self.ctx, text, do, undo, FRAMEWORK)
        if failed:
            self.banner.show_message(failed)
        else:
            self.banner.clear()
        return failed

    def _show_affected(self, affected) -> None:
        if affected:
            self.info.setText(self.tr("影响已有评分的指标：") + "；".join(str(a) for a in affected))
            self.info.show()

    def _commit_field(self, iid: str, key: str, text: str) -> None:
        n = self.nodes.get(iid)
        if n is None or self._building or self.ctx.store is None:
            return
        current = {"code": n.code, "name": n.name, "max_points": fmt(n.max_points, 6)}.get(key, getattr(n, key, ""))
        if str(text).strip() == str(current).strip():
            return
        store = self.ctx.store
        state: dict[str, Any] = {}

        def do():
            state["old"], affected = fe.update_node(store, iid, **{key: text})
            state["affected"] = affected

        failed = self._push(self.tr("修改指标“%1”").replace("%1", n.name), do,
                            lambda: fe.restore_node_fields(store, iid, state["old"]))
        if failed and iid == self.current_id:
            edit = {"code": self.code_edit, "name": self.name_edit, "max_points": self.weight_edit}.get(key)
            if edit is not None:
                mark_invalid(edit, True)
        else:
            self._show_affected(state.get("affected"))

    def _commit_total(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        text = self.total_edit.text()
        if text.strip() == fmt(assessments.get_info(store).full_marks, 4):
            return
        state: dict[str, Any] = {}
        self._push(self.tr("修改总分"), lambda: state.update(old=fe.set_total(store, text)),
                   lambda: fe.set_total(store, state["old"]))

    def _apply_items(self) -> None:
        n = self.nodes.get(self.current_id or "")
        if n is None:
            return
        store, iid, items = self.ctx.store, n.id, self.draft_items()
        state: dict[str, Any] = {}

        def do():
            state["change"] = fe.set_items(store, iid, items)

        if not self._push(self.tr("修改“%1”的评分规则").replace("%1", n.name), do,
                          lambda: fe.restore_items(store, iid, state["change"])):
            self._show_affected(state["change"].affected)

    def _propose(self) -> None:
        n = self.nodes.get(self.current_id or "")
        if n is None:
            return
        criteria = self.text_edits["criteria"].toPlainText()
        p = propose(criteria, n.max_points, n.name, self.text_edits["key_points"].toPlainText(),
                    self.text_edits["definition"].toPlainText())
        for f in self.item_forms:
            f.deleteLater()
        self.item_forms = []
        for it in p.items:
            self._add_item_form(it)
        self._draft_changed()
        notes = self.tr("；").join(message_text(n) for n in p.notes)
        self.info.setText(self.tr("识别结果：") + proposal_words(p) + (self.tr("；") + notes if notes else "")
                          + self.tr("。核对无误后点“应用规则”保存。"))
        self.info.show()

    def _selected(self) -> fe.NodeData | None:
        n = self.nodes.get(self.current_id or "")
        if n is None:
            self.banner.show_message(self.tr("请先在左侧选择一个指标"))
        return n

    def _add(self, parent_id: str | None, position: int | None) -> None:
        store = self.ctx.store
        if store is None:
            return
        state: dict[str, Any] = {}

        def do():
            state["id"] = fe.add_node(store, parent_id, self.tr("新指标"), "0", position=position)

        def undo():
            fe.delete_node(store, state["id"])

        if not self._push(self.tr("新增指标"), do, undo):
            self.current_id = state["id"]
            self.refresh()
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def add_sibling(self) -> None:
        n = self.nodes.get(self.current_id or "")
        self._add(n.parent_id if n else None, (n.position + 1) if n else None)

    def add_child(self) -> None:
        n = self._selected()
        if n is not None:
            self._add(n.id, None)

    def move_to(self, indicator_id: str, parent_id: str | None, position: int) -> None:
        n = self.nodes.get(indicator_id)
        if n is None:
            return
        store = self.ctx.store
        state: dict[str, Any] = {}
        pos = None if position < 0 else position

        def do():
            state["old"] = fe.move_node(store, indicator_id, parent_id, pos)

        def undo():
            fe.move_node(store, indicator_id, *state["old"])

        self.current_id = indicator_id
        self._push(self.tr("移动指标“%1”").replace("%1", n.name), do, undo)

    def shift(self, step: int) -> None:
        n = self._selected()
        if n is None:
            return
        siblings = [x for x in self.nodes.values() if x.parent_id == n.parent_id]
        pos = n.position + step
        if 0 <= pos < len(siblings):
            self.move_to(n.id, n.parent_id, pos)

    def outdent(self) -> None:
        n = self._selected()
        if n is None or n.parent_id is None:
            return
        parent = self.nodes[n.parent_id]
        self.move_to(n.id, parent.parent_id, parent.position + 1)

    def indent(self) -> None:
        n = self._selected()
        if n is None:
            return
        before = [x for x in self.nodes.values() if x.parent_id == n.parent_id and x.position == n.position - 1]
        if before:
            self.move_to(n.id, before[0].id, -1)

    def delete(self) -> None:
        n = self._selected()
        if n is None:
            return
        store, iid = self.ctx.store, n.id
        state: dict[str, Any] = {}

        def do():
            state["snap"] = fe.delete_node(store, iid)

        self.current_id = n.parent_id
        if not self._push(self.tr("删除指标“%1”").replace("%1", n.name), do,
                          lambda: fe.restore_node(store, state["snap"])):
            self._show_affected(state["snap"].affected)

    def renumber(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        state: dict[str, Any] = {}
        self._push(self.tr("重新编号"), lambda: state.update(old=fe.renumber(store)),
                   lambda: fe.set_codes(store, state["old"]))

    # -- files ----------------------------------------------------------------
    def import_excel(self) -> None:
        from ui.frameworks.import_dialog import ImportDialog

        run_modal(ImportDialog(self.ctx, self))

    def export_excel(self, with_scores: bool) -> None:
        store = self.ctx.store
        if store is None:
            return
        name = assessments.get_info(store).name or self.tr("指标体系")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), f"{name}{'评分表' if with_scores else '指标体系'}.xlsx",
                                              self.tr("Excel 文件 (*.xlsx)"))
        if not path:
            return
        try:
            if with_scores:
                excel.export_evaluation_xlsx(store, path)
            else:
                fe.require_valid(store, "导出")
                excel.export_xlsx(fe.framework_of(store), path)
        except (EditRefused, OSError) as exc:
            self.banner.show_message(message_text(exc))
            return
        self.ctx.message.emit(self.tr("已导出：%1").replace("%1", path))

    def save_template(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        info = assessments.get_info(store)
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("另存为指标体系模板"))
        form = QFormLayout(dlg)
        tid = QLineEdit(f"{info.framework_id or 'my-framework'}-custom")
        tname = QLineEdit(f"{info.framework_name or info.name}（自定义）")
        desc = QLineEdit()
        form.addRow(self.tr("模板编号"), tid)
        form.addRow(self.tr("模板名称"), tname)
        form.addRow(self.tr("说明"), desc)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(dlg.accept)
        bb.rejected.connect(dlg.reject)
        form.addRow(bb)
        if run_modal(dlg) != QDialog.DialogCode.Accepted:
            return
        try:
            path = fe.save_as_template(store, tid.text(), tname.text(), desc.text())
        except (EditRefused, OSError) as exc:
            self.banner.show_message(message_text(exc))
            return
        self.info.setText(self.tr("已保存为模板：%1（新建评价时可选用）").replace("%1", str(path)))
        self.info.show()

    def new_evaluation(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("以此体系新建评价"), self.tr("新评价.fev"),
                                              self.tr("评价文件 (*.fev)"))
        if not path:
            return
        try:
            new = fe.new_evaluation_from_current(store, path, {"name": ""}, actor=self.ctx.actor)
        except (EditRefused, OSError) as exc:
            self.banner.show_message(message_text(exc))
            return
        new.close()
        answer = QMessageBox.question(self, self.tr("已新建评价"),
                                      self.tr("已新建评价文件：%1\n现在打开它吗？").replace("%1", path))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.set_store(assessments.open_evaluation(path, actor=self.ctx.actor))

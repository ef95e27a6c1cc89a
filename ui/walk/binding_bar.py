"""A scoring item's link to a figure (资金 / 绩效目标 / 满意度): shows where its input comes from,
binds it (引用数据… / 重新绑定…) and unbinds it (改为手填), each an undo command calling
``services.fieldwork.bindings``.

``BindingBar(ctx, indicator_id, item)`` fits under any item editor (the framework editor uses it;
the indicator walk can add it under each item with one line).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from services.fieldwork import bindings, figures, surveys
from services.scoring.rules import RULES
from ui import theme
from ui.i18n import message_text, translator
from ui.shell.context import SCORES, AppContext
from ui.shell.undo import push_edit
from ui.widgets import run_modal

_t = translator("BindingBar")


def _asks_level(item: dict[str, Any]) -> bool:
    """The item's rule takes a figure as met or not met at a level the binding states."""
    rule = RULES.get(item.get("type"))
    return rule is not None and rule.bind_at_least


class BindDialog(QDialog):
    """Pick the figure an item's input follows."""

    def __init__(self, ctx: AppContext, item: dict[str, Any], current: dict[str, Any] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_t("引用数据"))
        self.item = item
        form = QFormLayout(self)
        self.figure = QComboBox()
        allowed = figures.BINDABLE.get(item.get("type"), set())
        for (source, fig), name in figures.FIGURES.items():
            if fig in allowed:
                self.figure.addItem(f"{_t(figures.SOURCE_NAMES[source])} · {_t(name)}", (source, fig))
        form.addRow(_t("数据"), self.figure)
        self.source_filter = QLineEdit()
        self.source_filter.setPlaceholderText(_t("只计资金来源含此文字的行（可空，如“续签”）"))
        form.addRow(_t("资金范围"), self.source_filter)
        self.table_filter = QLineEdit()
        self.table_filter.setPlaceholderText(_t("只计这张绩效目标表（可空，如“一期”）"))
        form.addRow(_t("目标表"), self.table_filter)
        self.survey = QComboBox()
        self.survey.addItem(_t("第一份调查"), None)
        for sv in surveys.list_surveys(ctx.store) if ctx.store else []:
            self.survey.addItem(sv.title, sv.id)
        form.addRow(_t("满意度调查"), self.survey)
        self.at_least = QLineEdit("100")
        form.addRow(_t("达到多少（%）视为满足"), self.at_least)
        self.at_least.setEnabled(_asks_level(item))
        cur = current or {}
        if cur:
            idx = self.figure.findData((cur.get("source"), cur.get("figure")))
            if idx >= 0:
                self.figure.setCurrentIndex(idx)
            self.source_filter.setText(str((cur.get("filter") or {}).get("source_contains", "")))
            self.table_filter.setText(str((cur.get("filter") or {}).get("table", "")))
            if cur.get("at_least"):
                self.at_least.setText(str(cur["at_least"]))
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        form.addRow(bb)

    def binding(self) -> dict[str, Any]:
        source, fig = self.figure.currentData()
        b: dict[str, Any] = {"source": source, "figure": fig}
        if source == "funds" and self.source_filter.text().strip():
            b["filter"] = {"source_contains": self.source_filter.text().strip()}
        if source == "targets" and self.table_filter.text().strip():
            b["filter"] = {"table": self.table_filter.text().strip()}
        if source == "survey" and self.survey.currentData():
            b["survey"] = self.survey.currentData()
        if _asks_level(self.item):
            b["at_least"] = self.at_least.text().strip() or "100"
        return b


class BindingBar(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, indicator_id: str, item: dict[str, Any], parent=None):
        super().__init__(parent)
        self.ctx, self.indicator_id, self.item = ctx, indicator_id, item
        lay = QHBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("bindingText")
        lay.addWidget(self.label, 1)
        self.bind_btn = QPushButton(_t("引用数据…"))
        self.bind_btn.clicked.connect(self.choose)
        self.unbind_btn = QPushButton(_t("改为手填"))
        self.unbind_btn.clicked.connect(self.unbind)
        lay.addWidget(self.bind_btn)
        lay.addWidget(self.unbind_btn)
        self.bind_btn.setEnabled(bool(figures.BINDABLE.get(item.get("type"))))
        self.refresh()

    def current(self) -> dict[str, Any] | None:
        b = next((x for x in bindings.bindings(self.ctx.store) if x.indicator_id == self.indicator_id
                  and x.item_key == self.item["key"]), None) if self.ctx.store else None
        return b

    def refresh(self) -> None:
        b = self.current()
        label = self.item.get("label") or self.item["key"]
        if b is not None:
            self.label.setText(f"{label}：{message_text(b.text)}")
            self.label.setStyleSheet(theme.colour_css(theme.DERIVED))
        else:
            can = bool(figures.BINDABLE.get(self.item.get("type")))
            self.label.setText(f"{label}：" + (_t("手工录入（可改为引用资金、绩效目标或满意度数据）") if can else _t("手工录入")))
            self.label.setStyleSheet(theme.colour_css(theme.MUTED))
        self.unbind_btn.setVisible(b is not None)
        self.bind_btn.setText(_t("重新绑定…") if b is not None else _t("引用数据…"))

    def choose(self) -> None:
        cur = self.current()
        dlg = BindDialog(self.ctx, self.item, cur.binding if cur else None, self)
        if run_modal(dlg) != QDialog.DialogCode.Accepted:
            return
        self.bind(dlg.binding())

    def bind(self, binding: dict[str, Any]) -> str | None:
        store, iid, key = self.ctx.store, self.indicator_id, self.item["key"]
        state: dict[str, Any] = {}
        failed = push_edit(self.ctx, _t("引用数据"), lambda: state.update(old=bindings.bind_input(store, iid, key, binding)),
                           lambda: bindings.restore_item_inputs(store, iid, key, state["old"]), SCORES)
        if failed:
            self.ctx.message.emit(failed)
        self.refresh()
        self.changed.emit()
        return failed

    def unbind(self) -> None:
        """改为手填: the figure's values stay as typed inputs, and the item is not bound again on opening."""
        store, iid, key = self.ctx.store, self.indicator_id, self.item["key"]
        state: dict[str, Any] = {}

        def do() -> None:
            state["old"] = bindings.unbind_input(store, iid, key)
            state["by_hand"] = bindings.set_typed_by_hand(store, iid, key, True)

        def undo() -> None:
            bindings.restore_item_inputs(store, iid, key, state["old"])
            bindings.set_typed_by_hand(store, iid, key, state["by_hand"])
        failed = push_edit(self.ctx, _t("改为手填"), do, undo, SCORES)
        if failed:
            self.ctx.message.emit(failed)
        self.refresh()
        self.changed.emit()

"""Input widgets for the scoring items (评分要点), built from what each rule type declares.

Every editor shows what the evaluator enters for one item — the inputs its rule type declares in
``services.scoring.rules`` (name, label, kind, unit) and documents in docs/framework-format.md — and
emits ``submitted(inputs)`` when an entry is complete (a field left, a choice clicked). The editor is
chosen by the kinds of input: one field per number, text or option (``FieldsEditor``), or an editor
of its own for a kind that needs one (points met / partly / not met, target rows, formula
variables). It never decides what is valid: the service refuses bad input and the editor shows the
reason under the field (``show_error``), keeping the typed text so it can be fixed.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.core.numbers import RuleInputError, to_decimal
from services.frameworks.proposal import Proposal
from services.scoring import RULES, fmt
from services.scoring.rules import described
from services.scoring.rules.base import CONTEXT as RULE_CONTEXT, Input, Look, Msg, Note, Phrase, render
from ui.i18n import current_language, message_text, translate


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


def rule_text(text: str) -> str:
    """A text a rule type declares (services.scoring.rules), translated."""
    return translate(RULE_CONTEXT, text) if text else text


def proposal_words(p: Proposal) -> str:
    """What the rule proposer recognised, in the window's language: its own words (Chinese), or in another language
    the proposed rule said from its items."""
    return p.summary if current_language() == "zh_CN" else show(described(p.items))


def show(message: Msg | Phrase) -> str:
    """A rule's (template, values) message, or a phrase of them (a calculation): each template translated,
    %1 … filled in one pass (a value that is itself a message is translated in turn)."""
    return render(message, rule_text)


def note_text(note: Note) -> str:
    return "".join(show(part) for part in note.parts)


def _wrap(text: str, css: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if css:
        lab.setObjectName(css)
    return lab


class NumberEdit(QLineEdit):
    """A field for a number. Accepts any text (the service judges it); Up/Down step whole units."""

    def __init__(self, placeholder: str = "", step: bool = False, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(130)
        self.setMinimumWidth(80)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._step = step

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if self._step and e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            try:
                v = int(to_decimal(self.text() or "0"))
            except (RuleInputError, ValueError):
                v = 0
            v = max(0, v + (1 if e.key() == Qt.Key.Key_Up else -1))
            self.setText(str(v))
            self.editingFinished.emit()
            return
        super().keyPressEvent(e)


class ItemEditor(QFrame):
    """Base: header (label, 分值, rule), body built by subclasses, calculation and refusal lines."""

    submitted = Signal(object)  # the item's new inputs (dict; {} clears)
    unbindRequested = Signal()  # the input is bound to a figure; the evaluator wants to type it instead
    notice = Signal(str)  # an entry that was not saved, and why (the window shows it in the status bar)
    bindRequested = Signal()  # take the input from a figure (资金 / 绩效目标 / 满意度) instead of typing it
    raiseFinding = Signal(str, str, object)  # point key ("" for the whole item), label, points lost

    def __init__(self, item: dict[str, Any], parent=None):
        super().__init__(parent)
        self.item = item
        self.params = item.get("params") or {}
        self.max = Decimal(str(item["max"]))
        self._loading = False
        self._last: dict[str, Any] = {}
        self.setObjectName("itemEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)
        head = QHBoxLayout()
        title = _wrap(item.get("label") or item["key"], "itemTitle")
        head.addWidget(title, 1)
        self.rule = RULES[item["type"]]
        self.meta = QLabel(tr("%1 分 · %2").replace("%1", fmt(self.max)).replace("%2", rule_text(self.rule.name)))
        self.meta.setObjectName("muted")
        head.addWidget(self.meta, 0, Qt.AlignmentFlag.AlignTop)
        self.score_label = QLabel("—")
        self.score_label.setObjectName("itemScore")
        self.score_label.setMinimumWidth(70)
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer.addLayout(self.body)
        foot = QHBoxLayout()
        self.calc = _wrap("", "calc")
        foot.addWidget(self.calc, 1)
        self.finding_btn = QToolButton()
        self.finding_btn.setText(tr("提出问题"))
        self.finding_btn.setToolTip(tr("就本项扣分提出一个问题（问题清单）"))
        self.finding_btn.clicked.connect(lambda: self.raiseFinding.emit("", self.item.get("label") or "", self._lost))
        self.finding_btn.hide()
        foot.addWidget(self.finding_btn, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(foot)
        self.error = _wrap("", "error")
        self.error.hide()
        outer.addWidget(self.error)
        bound = QHBoxLayout()
        self.bound_label = _wrap("", "bound")
        bound.addWidget(self.bound_label, 1)
        self.unbind_btn = QToolButton()
        self.unbind_btn.setText(tr("改为手填"))
        self.unbind_btn.setToolTip(tr("解除数据引用，保留当前数值，之后可手工修改"))
        self.unbind_btn.clicked.connect(self.unbindRequested.emit)
        bound.addWidget(self.unbind_btn, 0, Qt.AlignmentFlag.AlignTop)
        self.bind_btn = QToolButton()
        self.bind_btn.setText(tr("引用数据…"))
        self.bind_btn.setToolTip(tr("不再手工录入：引用资金表、绩效目标表或满意度调查中已录入的数字（录入一次，处处使用）"))
        self.bind_btn.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.bind_btn.clicked.connect(self.bindRequested.emit)
        bound.addWidget(self.bind_btn, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(bound)
        self.note = _wrap("", "muted")
        outer.addWidget(self.note)
        self._lost = Decimal(0)
        self._keep: dict[str, Any] = {}
        self.build()
        self._show_binding(None)

    # -- subclass API -----------------------------------------------------
    def build(self) -> None:
        """The rule's notes above, the inputs, the notes below."""
        notes = self.rule.notes(self.params, self.max)
        for n in notes:
            if n.above:
                self.body.addWidget(_wrap(note_text(n), "muted"))
        self.build_inputs(self.rule.shown_inputs(self.params))
        for n in notes:
            if not n.above:
                self.body.addWidget(_wrap(note_text(n), "muted"))

    def build_inputs(self, inputs: tuple[Input, ...]) -> None:
        raise NotImplementedError

    def load(self, inputs: dict[str, Any]) -> None:
        raise NotImplementedError

    def collect(self) -> dict[str, Any]:
        raise NotImplementedError

    def first_focus(self) -> QWidget | None:
        return None

    def item_finding_allowed(self) -> bool:
        return True

    def complete(self, inputs: dict[str, Any]) -> bool:
        """False while an entry is only half made (one of two numbers typed): wait, don't refuse."""
        return True

    # -- shared -----------------------------------------------------------
    def set_inputs(self, inputs: dict[str, Any] | None) -> None:
        inputs = dict(inputs or {})
        self._keep = {k: inputs[k] for k in ("note",) if inputs.get(k)}  # kept through every edit
        self._loading = True
        try:
            self.load(inputs)
        finally:
            self._loading = False
        self._last = self.collect()
        self.show_error("")
        self.note.setText(tr("备注：") + str(self._keep["note"]) if "note" in self._keep else "")
        self.note.setVisible("note" in self._keep)
        self._show_binding(inputs.get("bind") if isinstance(inputs.get("bind"), dict) else None, inputs)

    def _show_binding(self, bind: dict[str, Any] | None, inputs: dict[str, Any] | None = None) -> None:
        """A bound input follows its figure (funds, targets, survey): where it comes from, with the way
        out (改为手填) and to another figure (重新绑定). Amounts bound to the 资金 page stay editable: what
        is typed here goes to that page; other bound inputs are read-only here."""
        from services.fieldwork.bindings import binding_words, writes_through
        from services.fieldwork.figures import BINDABLE

        self.bound = bind
        if bind:
            self.bound_label.setText(message_text(binding_words(self.item, bind, inputs)))
        typed_here = not bind or writes_through(bind)
        for w in self.findChildren(QLineEdit):
            w.setReadOnly(not typed_here)
        for w in self.findChildren(QRadioButton):
            w.setEnabled(not bind)
        self.bound_label.setVisible(bool(bind))
        self.unbind_btn.setText(tr("改为手填"))
        self.unbind_btn.setVisible(bool(bind))
        self.bind_btn.setText(tr("重新绑定…") if bind else tr("引用数据…"))
        self.bind_btn.setVisible(bool(BINDABLE.get(self.item.get("type"))))

    def submit(self) -> None:
        if self._loading:
            return
        new = self.collect()
        if new == self._last or not self.complete(new):
            return
        self._last = new
        self.submitted.emit({**new, **self._keep} if new or self._keep else {})

    def settle(self) -> None:
        """The entry is saved: forget the fields' own typing history, so Ctrl+Z undoes the saved edit."""
        for w in self.findChildren(QLineEdit):
            if w.isUndoAvailable() or w.isRedoAvailable():
                pos = w.cursorPosition()
                w.setText(w.text())  # setText clears a line edit's undo history
                w.setCursorPosition(pos)

    def refused(self, message: str) -> None:
        """The service refused the entry: show why, and let the same entry be retried after a fix."""
        self._last = {"__refused__": True}
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def show_result(self, result) -> None:
        """``result``: the engine's ItemScore for this item."""
        if result is None:
            self.score_label.setText("—")
            self.calc.setText("")
            return
        self.score_label.setText(tr("%1 / %2 分").replace("%1", fmt(result.score)).replace("%2", fmt(self.max))
                                 if result.score is not None else tr("未评分"))
        self.calc.setText(show(result.said))  # the calculation in the window's language
        self._lost = self.max - result.score if result.score is not None else Decimal(0)
        self.finding_btn.setVisible(self._lost > 0 and self.item_finding_allowed())

    # helpers
    def _row(self, label: str, widget: QWidget, unit: str = "", extra: QWidget | None = None) -> QHBoxLayout:
        row = QHBoxLayout()
        lab = QLabel(label)
        lab.setBuddy(widget)
        lab.setMinimumWidth(90)
        row.addWidget(lab)
        row.addWidget(widget)
        if unit:
            row.addWidget(QLabel(unit))
        if extra is not None:
            row.addWidget(extra)
        row.addStretch(1)
        self.body.addLayout(row)
        return row

    def _number(self, placeholder: str = "", step: bool = False) -> NumberEdit:
        e = NumberEdit(placeholder, step)
        e.editingFinished.connect(self.submit)
        return e


class _DigitKeys(QObject):
    """Keys 1…9 on a radio button pick the n-th choice of its group (then focus moves on with Tab)."""

    def __init__(self, buttons: list[QRadioButton], parent: QObject):
        super().__init__(parent)
        self.buttons = buttons
        for b in buttons:
            b.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            n = event.key() - Qt.Key.Key_1
            if 0 <= n < len(self.buttons) and n < 9:
                self.buttons[n].setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.buttons[n].click()
                return True
        return False


def _text(e: QLineEdit) -> str:
    return e.text().strip()


def _radio_group(parent_layout, options: list[tuple[str, str]], on_click: Callable[[], None],
                 vertical: bool = True) -> tuple[QButtonGroup, dict[str, QRadioButton]]:
    box = QWidget()
    lay = QVBoxLayout(box) if vertical else QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    group = QButtonGroup(box)
    buttons = {}
    for key, label in options:
        b = QRadioButton(label)
        b.setProperty("key", key)
        group.addButton(b)
        lay.addWidget(b)
        buttons[key] = b
    if not vertical:
        lay.addStretch(1)
    group.buttonClicked.connect(lambda _b: on_click())
    group._digits = _DigitKeys(list(buttons.values()), box)
    parent_layout.addWidget(box)
    return group, buttons


def _checked_key(group: QButtonGroup) -> str | None:
    b = group.checkedButton()
    return b.property("key") if b is not None else None


def _set_checked(group: QButtonGroup, buttons: dict[str, QRadioButton], key: str | None) -> None:
    group.setExclusive(False)
    for k, b in buttons.items():
        b.setChecked(k == key)
    group.setExclusive(True)


# ── kind "points": met / partly / not met per point ─────────────────────────
class _PointRow(QWidget):
    def __init__(self, editor: PointsEditor, point: dict[str, Any]):
        super().__init__()
        self.point = point
        self.pmax = Decimal(str(point["max"]))
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.setHorizontalSpacing(8)
        label = _wrap((point.get('label') or point['key']) + tr("（%1 分）").replace("%1", fmt(self.pmax)))
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay.addWidget(label, 0, 0, 1, 5)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for col, (key, text) in enumerate((("met", tr("满足")), ("partly", tr("部分满足")), ("not_met", tr("不满足")))):
            b = QRadioButton(text)
            b.setProperty("key", key)
            self.group.addButton(b)
            self.buttons[key] = b
            lay.addWidget(b, 1, col)
        self.value = NumberEdit(tr("得分"))
        self.value.setMaximumWidth(80)
        self.value.hide()
        lay.addWidget(self.value, 1, 3)
        self.raise_btn = QToolButton()
        self.raise_btn.setText(tr("提出问题"))
        self.raise_btn.setToolTip(tr("就该要点未满足提出一个问题，带入指标、要点和扣分"))
        self.raise_btn.hide()
        lay.addWidget(self.raise_btn, 1, 4, Qt.AlignmentFlag.AlignLeft)
        lay.setColumnStretch(4, 1)
        self._digits = _DigitKeys(list(self.buttons.values()), self)
        for b in self.buttons.values():
            b.setToolTip(tr("按 1 满足、2 部分满足、3 不满足；Tab 到下一个要点"))
        self.group.buttonClicked.connect(lambda _b: editor.point_changed(self))
        self.value.editingFinished.connect(editor.submit)
        self.raise_btn.clicked.connect(lambda: editor.raiseFinding.emit(
            point["key"], point.get("label") or point["key"], self.lost()))

    def state(self) -> str | None:
        return _checked_key(self.group)

    def lost(self) -> Decimal:
        st = self.state()
        if st == "not_met":
            return self.pmax
        if st == "partly":
            try:
                return max(Decimal(0), self.pmax - to_decimal(self.value.text()))
            except RuleInputError:
                return Decimal(0)
        return Decimal(0)

    def sync(self) -> None:
        st = self.state()
        self.value.setVisible(st == "partly")
        self.raise_btn.setVisible(st in ("not_met", "partly"))


class PointsEditor(ItemEditor):
    """One row per point of ``params["points"]``: 1 met, 2 partly (then its score), 3 not met."""

    def build_inputs(self, inputs):
        self.key = next(i.name for i in inputs if i.kind == "points")
        self.rows = [_PointRow(self, p) for p in self.params.get("points", [])]
        for r in self.rows:
            self.body.addWidget(r)

    def item_finding_allowed(self) -> bool:
        return False  # findings are raised from the points themselves

    def point_changed(self, row: _PointRow) -> None:
        row.sync()
        if row.state() == "partly":
            row.value.setFocus()
            if not row.value.text().strip():
                # a draft, marked as one: nothing is saved until the points are typed
                self.show_error(tr("“部分满足”：请填写该要点的得分。填写前不保存，仍按上次保存的结果计分。"))
                return
        self.submit()

    def submit(self) -> None:
        if self._loading:
            return
        pending = [r for r in self.rows if r.state() == "partly" and not r.value.text().strip()]
        if pending:
            label = pending[0].point.get("label") or pending[0].point["key"]
            message = tr("“%1”选了“部分满足”但未填得分，未保存").replace("%1", label)
            self.show_error(message + tr("；仍按上次保存的结果计分。"))
            self.notice.emit(message)
            return
        super().submit()

    def load(self, inputs):
        answers = inputs.get(self.key) or {}
        for r in self.rows:
            ans = answers.get(r.point["key"])
            state = ans.get("state") if isinstance(ans, dict) else ans
            _set_checked(r.group, r.buttons, state)
            r.value.setText(str(ans.get("value", "")) if isinstance(ans, dict) and state == "partly" else "")
            r.sync()

    def collect(self):
        points = {}
        for r in self.rows:
            st = r.state()
            if st is None:
                continue
            entry: dict[str, Any] = {"state": st}
            if st == "partly":
                entry["value"] = r.value.text().strip()
            points[r.point["key"]] = entry
        return {self.key: points} if points else {}

    def first_focus(self):
        if not self.rows:
            return None
        r = self.rows[0]
        return r.group.checkedButton() or r.buttons["met"]


# ── kind "rows": target and actual, one row per target ──────────────────────
class RowsEditor(ItemEditor):
    def build_inputs(self, inputs):
        self.key = next(i.name for i in inputs if i.kind == "rows")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        for col, text in enumerate((tr("项目/年度"), tr("计划数"), tr("完成数"))):
            lab = QLabel(text)
            lab.setObjectName("muted")
            self.grid.addWidget(lab, 0, col)
        self.body.addLayout(self.grid)
        self.rows: list[tuple[QLineEdit, NumberEdit, NumberEdit]] = []
        add = QPushButton(tr("添加一行"))
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self._add_row(focus=True))
        line = QHBoxLayout()
        line.addWidget(add)
        line.addStretch(1)
        self.body.addLayout(line)
        self._add_row()

    def _add_row(self, focus: bool = False):
        label = QLineEdit()
        label.setPlaceholderText(tr("可不填"))
        label.setMaximumWidth(160)
        target, actual = self._number(), self._number()
        label.editingFinished.connect(self.submit)
        r = len(self.rows) + 1
        self.grid.addWidget(label, r, 0)
        self.grid.addWidget(target, r, 1)
        self.grid.addWidget(actual, r, 2)
        self.grid.setColumnStretch(3, 1)
        self.rows.append((label, target, actual))
        if focus:
            target.setFocus()

    def load(self, inputs):
        rows = inputs.get(self.key)
        if rows is None and ("target" in inputs or "actual" in inputs):
            rows = [{"target": inputs.get("target"), "actual": inputs.get("actual")}]
        rows = rows or []
        while len(self.rows) < max(1, len(rows)):
            self._add_row()
        for i, (lab, tgt, act) in enumerate(self.rows):
            r = rows[i] if i < len(rows) else {}
            lab.setText(str(r.get("label") or ""))
            tgt.setText("" if r.get("target") is None else str(r.get("target")))
            act.setText("" if r.get("actual") is None else str(r.get("actual")))

    def collect(self):
        rows = []
        for lab, tgt, act in self.rows:
            r = {"label": _text(lab), "target": _text(tgt), "actual": _text(act)}
            if r["target"] or r["actual"]:
                rows.append({k: v for k, v in r.items() if v})
        return {self.key: rows} if rows else {}

    def complete(self, inputs):
        return all(r.get("target") and r.get("actual") for r in inputs.get(self.key, []))

    def first_focus(self):
        return self.rows[0][1]


# ── kind "vars": one number per formula variable ────────────────────────────
class VarsEditor(ItemEditor):
    def build_inputs(self, inputs):
        self.key = next(i.name for i in inputs if i.kind == "vars")
        self.vars: dict[str, NumberEdit] = {}
        for v in self.params.get("variables", []):
            e = self._number()
            self.vars[v["name"]] = e
            self._row(v.get("label") or v["name"], e, v.get("unit", ""))

    def load(self, inputs):
        given = inputs.get(self.key) or {}
        for name, e in self.vars.items():
            e.setText(str(given.get(name, "")))

    def collect(self):
        vals = {n: _text(e) for n, e in self.vars.items() if _text(e)}
        return {self.key: vals} if vals else {}

    def first_focus(self):
        return next(iter(self.vars.values()), None)


# ── numbers, texts and options: one field each ──────────────────────────────
NUMBER_KINDS = ("number", "count", "numerator", "denominator")
#: the attribute a field is also reachable by (``editor.num``), where it is not the input's name
ALIASES = {"numerator": "num", "denominator": "den"}


class FieldsEditor(ItemEditor):
    """A row per declared input: a number field (with unit and hint), a text line, or radio options."""

    def build_inputs(self, inputs):
        looks = self.rule.looks(self.params, self.max)
        self.inputs = inputs
        self.fields: dict[str, QWidget] = {}
        self.options: dict[str, tuple[QButtonGroup, dict[str, QRadioButton], dict[str, Any]]] = {}
        self.derived: QLabel | None = None
        self.required = [i for i in inputs if i.kind == "text" and i.required]
        for inp in inputs:
            look = looks.get(inp.name, Look())
            label = self._label(inp, look)
            if inp.kind in NUMBER_KINDS:
                placeholder = show(look.placeholder) if look.placeholder else rule_text(inp.placeholder)
                e = NumberEdit(placeholder, step=inp.step or inp.kind == "count")
                e.editingFinished.connect(self._number_done if self.required else self.submit)
                extra = None
                if look.hint:
                    extra = QLabel(show(look.hint))
                    extra.setObjectName("muted")
                if inp.kind == "denominator":
                    self.derived = extra = QLabel("")
                    self.derived.setObjectName("muted")
                self._row(label, e, self._unit(inp, look), extra)
                if inp.kind in ("numerator", "denominator"):
                    e.textChanged.connect(self._update_derived)
                widget: QWidget = e
            elif inp.kind == "text":
                e = QLineEdit()
                e.setPlaceholderText(show(look.placeholder) if look.placeholder else rule_text(inp.placeholder))
                e.editingFinished.connect(self.submit)
                row = QHBoxLayout()
                lab = QLabel(label)
                lab.setBuddy(e)
                lab.setMinimumWidth(90)
                row.addWidget(lab)
                row.addWidget(e, 1)
                self.body.addLayout(row)
                widget = e
            elif inp.kind == "option":
                opts = self.rule.options(self.params, self.max) if self.rule.options else []
                group, buttons = _radio_group(self.body, [(k, show(m)) for k, _v, m in opts], self.submit)
                self.options[inp.name] = (group, buttons, {k: v for k, v, _m in opts})
                self.group, self.buttons = group, buttons
                continue
            else:
                raise ValueError(f"input kind {inp.kind!r} has no field")
            self.fields[inp.name] = widget
            for attr in (inp.name, ALIASES.get(inp.kind)):
                if attr and not hasattr(self, attr):
                    setattr(self, attr, widget)

    def _label(self, inp: Input, look: Look) -> str:
        if look.label:
            return show(look.label)
        if inp.label_param and self.params.get(inp.label_param):
            return str(self.params[inp.label_param])  # the framework's own words
        return rule_text(inp.label)

    def _unit(self, inp: Input, look: Look) -> str:
        if look.unit:
            return show(look.unit)
        if inp.unit_param and inp.unit_param in self.params:
            return str(self.params[inp.unit_param])
        return rule_text(inp.unit)

    def _number_done(self) -> None:
        """A number is entered where a text is required too (a score and its reason): ask for the text first."""
        missing = [i for i in self.required if not self.fields[i.name].text().strip()]
        typed = any(self.fields[i.name].text().strip() for i in self.inputs if i.kind in NUMBER_KINDS)
        if missing and typed:
            self.show_error(tr("请填写%1，填好后即保存").replace("%1", self._label(missing[0], Look())))
        else:
            self.submit()

    def _update_derived(self) -> None:
        num = next((self.fields[i.name] for i in self.inputs if i.kind == "numerator"), None)
        den = next((self.fields[i.name] for i in self.inputs if i.kind == "denominator"), None)
        if self.derived is None or num is None or den is None:
            return
        try:
            n, d = to_decimal(num.text()), to_decimal(den.text())
            self.derived.setText(tr("= %1%").replace("%1", fmt(n / d * 100)) if d else "")
        except (RuleInputError, ArithmeticError):
            self.derived.setText("")

    def load(self, inputs):
        for name, w in self.fields.items():
            w.setText("" if inputs.get(name) is None else str(inputs.get(name, "")))
        for name, (group, buttons, values) in self.options.items():
            value = inputs.get(name)
            key = None if value is None else next((k for k, v in values.items() if v == value and type(v) is type(value)), None)
            _set_checked(group, buttons, key)
        self._update_derived()

    def collect(self):
        out: dict[str, Any] = {}
        kinds = {i.name: i.kind for i in self.inputs}
        for name, w in self.fields.items():
            t = _text(w)
            if not t:
                continue
            if kinds[name] == "count":
                try:
                    d = to_decimal(t)
                    out[name] = int(d) if d == d.to_integral_value() else t
                except RuleInputError:
                    out[name] = t
            else:
                out[name] = t
        for name, (group, _buttons, values) in self.options.items():
            k = _checked_key(group)
            if k is not None:
                out[name] = values[k]
        return out

    def complete(self, inputs):
        """Two numbers (numerator and denominator, actual and limit) are saved together or not at all."""
        numbers = [i.name for i in self.inputs if i.kind in NUMBER_KINDS]
        if len(numbers) < 2:
            return True
        given = sum(1 for n in numbers if n in inputs)
        return given in (0, len(numbers))

    def first_focus(self):
        for inp in self.inputs:
            if inp.name in self.fields:
                return self.fields[inp.name]
            if inp.name in self.options:
                group, buttons, _values = self.options[inp.name]
                return group.checkedButton() or next(iter(buttons.values()), None)
        return None


#: the editors of their own, by the kind of input that needs one
SPECIAL_EDITORS: dict[str, type[ItemEditor]] = {"points": PointsEditor, "rows": RowsEditor, "vars": VarsEditor}


def editor_class(item: dict[str, Any]) -> type[ItemEditor]:
    kinds = {i.kind for i in RULES[item["type"]].shown_inputs(item.get("params") or {})}
    return next((cls for kind, cls in SPECIAL_EDITORS.items() if kind in kinds), FieldsEditor)


def editor_for(item: dict[str, Any], parent=None) -> ItemEditor:
    return editor_class(item)(item, parent)

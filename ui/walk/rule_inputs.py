"""Input widgets for the scoring items (评分要点), one editor per rule type.

Every editor shows what the evaluator enters for one item — the inputs documented per rule type in
docs/framework-format.md — and emits ``submitted(inputs)`` when an entry is complete (a field
left, a choice clicked). It never decides what is valid: the service refuses bad input and the
editor shows the reason under the field (``show_error``), keeping the typed text so it can be fixed.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
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
from services.scoring import RULES, fmt

#: the rule types' names (from services.scoring.rules), listed so lupdate offers them for translation
RULE_NAMES = (
    QT_TRANSLATE_NOOP("", "要点核查"), QT_TRANSLATE_NOOP("", "逐例扣分"), QT_TRANSLATE_NOOP("", "达标线扣分"),
    QT_TRANSLATE_NOOP("", "比率计分"), QT_TRANSLATE_NOOP("", "上限控制"), QT_TRANSLATE_NOOP("", "延迟扣分"),
    QT_TRANSLATE_NOOP("", "完成比例"), QT_TRANSLATE_NOOP("", "分档计分"), QT_TRANSLATE_NOOP("", "情形选择"),
    QT_TRANSLATE_NOOP("", "等级评定"), QT_TRANSLATE_NOOP("", "全有或全无"), QT_TRANSLATE_NOOP("", "酌情评分"),
    QT_TRANSLATE_NOOP("", "公式计分"))


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


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
        rule = RULES.get(item["type"])
        self.meta = QLabel(tr("%1 分 · %2").replace("%1", fmt(self.max)).replace("%2", tr(rule.name) if rule else item["type"]))
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
        self.unbind_btn.setText(tr("改为手工录入"))
        self.unbind_btn.setToolTip(tr("解除数据引用，保留当前数值，之后可手工修改"))
        self.unbind_btn.clicked.connect(self.unbindRequested.emit)
        bound.addWidget(self.unbind_btn, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(bound)
        self.note = _wrap("", "muted")
        outer.addWidget(self.note)
        self._lost = Decimal(0)
        self._keep: dict[str, Any] = {}
        self.build()
        self._show_binding(None)

    # -- subclass API -----------------------------------------------------
    def build(self) -> None:
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
        self._show_binding(inputs.get("bind") if isinstance(inputs.get("bind"), dict) else None)

    def _show_binding(self, bind: dict[str, Any] | None) -> None:
        """A bound input follows its figure (funds, targets, survey): shown read-only, with the way out."""
        self.bound = bind
        if bind:
            try:
                from services.fieldwork.bindings import FIGURES, SOURCE_NAMES

                what = f"{SOURCE_NAMES.get(bind.get('source'), bind.get('source'))}：" \
                       f"{FIGURES.get((bind.get('source'), bind.get('figure')), bind.get('figure'))}"
            except ImportError:  # pragma: no cover
                what = f"{bind.get('source')}/{bind.get('figure')}"
            self.bound_label.setText(tr("数据引用自%1，随该表更新").replace("%1", what))
        for w in self.findChildren(QLineEdit):
            w.setReadOnly(bool(bind))
        for w in self.findChildren(QRadioButton):
            w.setEnabled(not bind)
        self.bound_label.setVisible(bool(bind))
        self.unbind_btn.setVisible(bool(bind))

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
        self.calc.setText(result.text)
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


# ── checklist ───────────────────────────────────────────────────────────────
class _PointRow(QWidget):
    def __init__(self, editor: "ChecklistEditor", point: dict[str, Any]):
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


class ChecklistEditor(ItemEditor):
    def build(self) -> None:
        self.rows = [_PointRow(self, p) for p in self.params.get("points", [])]
        for r in self.rows:
            self.body.addWidget(r)
        if self.params.get("gate"):
            gate = next((p for p in self.params["points"] if p["key"] == self.params["gate"]), None)
            if gate:
                self.body.addWidget(_wrap(tr("关键要素：%1 不满足时本项不得分").replace("%1", gate.get("label") or gate["key"]), "muted"))

    def item_finding_allowed(self) -> bool:
        return False  # findings are raised from the points themselves

    def point_changed(self, row: _PointRow) -> None:
        row.sync()
        if row.state() == "partly":
            row.value.setFocus()
            if not row.value.text().strip():
                return  # wait for the partial score
        self.submit()

    def load(self, inputs):
        answers = inputs.get("points") or {}
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
        return {"points": points} if points else {}

    def first_focus(self):
        if not self.rows:
            return None
        r = self.rows[0]
        return r.group.checkedButton() or r.buttons["met"]


# ── one number, or a ratio of two ───────────────────────────────────────────
class _ValueOrRatio:
    """Shared by threshold and tiers: typed value, or numerator ÷ denominator with the derived rate."""

    def _build_value(self: ItemEditor) -> None:
        unit = self.params.get("unit", "%")
        self.ratio = self.params.get("input", "value") == "ratio"
        if self.ratio:
            self.num = self._number()
            self.den = self._number()
            self._row(self.params.get("numerator_label", tr("分子")), self.num)
            self.derived = QLabel("")
            self.derived.setObjectName("muted")
            self._row(self.params.get("denominator_label", tr("分母")), self.den, "", self.derived)
            for e in (self.num, self.den):
                e.textChanged.connect(self._update_derived)
        else:
            self.val = self._number()
            self._row(self.params.get("value_label", tr("实际值")), self.val, unit)

    def _update_derived(self) -> None:
        try:
            n, d = to_decimal(self.num.text()), to_decimal(self.den.text())
            self.derived.setText(tr("= %1%").replace("%1", fmt(n / d * 100)) if d else "")
        except (RuleInputError, ArithmeticError):
            self.derived.setText("")

    def _load_value(self, inputs) -> None:
        if self.ratio:
            self.num.setText(str(inputs.get("numerator", "")))
            self.den.setText(str(inputs.get("denominator", "")))
            self._update_derived()
        else:
            self.val.setText(str(inputs.get("value", "")))

    def _collect_value(self) -> dict[str, Any]:
        if self.ratio:
            out = {"numerator": _text(self.num), "denominator": _text(self.den)}
        else:
            out = {"value": _text(self.val)}
        return {k: v for k, v in out.items() if v}

    def complete(self, inputs):
        return not self.ratio or len(inputs) != 1

    def _focus_value(self):
        return self.num if self.ratio else self.val


class ThresholdEditor(_ValueOrRatio, ItemEditor):
    def build(self):
        self._build_value()
        p = self.params
        unit = p.get("unit", "%")
        sign = ("≥" if p.get("inclusive", True) else ">") if p.get("direction", "higher") == "higher" else \
               ("≤" if p.get("inclusive", True) else "<")
        self.body.addWidget(_wrap(tr("达标线：%1 %2%3 得满分").replace("%1", sign).replace("%2", str(p.get("full_at")))
                                  .replace("%3", unit), "muted"))

    def load(self, inputs):
        self._load_value(inputs)

    def collect(self):
        return self._collect_value()

    def first_focus(self):
        return self._focus_value()


class TiersEditor(_ValueOrRatio, ItemEditor):
    def build(self):
        self._build_value()
        from services.scoring.rules import _tier_words

        unit = self.params.get("unit", "%")
        lines = [_tier_words(t, unit) + tr("：%1 分").replace("%1", str(t["score"])) for t in self.params.get("tiers", [])]
        self.body.addWidget(_wrap(tr("分档：") + "；".join(lines), "muted"))

    def load(self, inputs):
        self._load_value(inputs)

    def collect(self):
        return self._collect_value()

    def first_focus(self):
        return self._focus_value()


class RateEditor(ItemEditor):
    def build(self):
        self.num = self._number()
        self.den = self._number()
        self._row(self.params.get("numerator_label", tr("分子")), self.num)
        self.derived = QLabel("")
        self.derived.setObjectName("muted")
        self._row(self.params.get("denominator_label", tr("分母")), self.den, "", self.derived)
        for e in (self.num, self.den):
            e.textChanged.connect(lambda _t: _ValueOrRatio._update_derived(self))

    def complete(self, inputs):
        return len(inputs) != 1

    def load(self, inputs):
        self.num.setText(str(inputs.get("numerator", "")))
        self.den.setText(str(inputs.get("denominator", "")))

    def collect(self):
        return {k: v for k, v in {"numerator": _text(self.num), "denominator": _text(self.den)}.items() if v}

    def first_focus(self):
        return self.num


class UpperBoundEditor(ItemEditor):
    def build(self):
        self.actual = self._number()
        self.limit = self._number()
        self._row(self.params.get("actual_label", tr("实际金额")), self.actual, self.params.get("unit", ""))
        self._row(self.params.get("limit_label", tr("上限")), self.limit, self.params.get("unit", ""))

    def complete(self, inputs):
        return len(inputs) != 1

    def load(self, inputs):
        self.actual.setText(str(inputs.get("actual", "")))
        self.limit.setText(str(inputs.get("limit", "")))

    def collect(self):
        return {k: v for k, v in {"actual": _text(self.actual), "limit": _text(self.limit)}.items() if v}

    def first_focus(self):
        return self.actual


class DeductionEditor(ItemEditor):
    def build(self):
        unit = self.params.get("unit", "例")
        self.count = self._number(tr("例数"), step=True)
        hint = QLabel(tr("每%1扣 %2 分（↑↓ 增减）").replace("%1", unit).replace("%2", str(self.params.get("per"))))
        hint.setObjectName("muted")
        self._row(tr("不符合%1数").replace("%1", unit), self.count, unit, hint)

    def load(self, inputs):
        self.count.setText(str(inputs.get("count", "")))

    def collect(self):
        t = _text(self.count)
        if not t:
            return {}
        try:
            d = to_decimal(t)
            return {"count": int(d) if d == d.to_integral_value() else t}
        except RuleInputError:
            return {"count": t}

    def first_focus(self):
        return self.count


class DelayEditor(ItemEditor):
    def build(self):
        unit = self.params.get("unit", "月")
        self.delay = self._number(step=True)
        hint = QLabel(tr("每%1扣 %2 分").replace("%1", unit).replace("%2", str(self.params.get("per"))))
        hint.setObjectName("muted")
        self._row(tr("延迟"), self.delay, tr("个月") if unit == "月" else unit, hint)

    def load(self, inputs):
        self.delay.setText(str(inputs.get("delay", "")))

    def collect(self):
        t = _text(self.delay)
        return {"delay": t} if t else {}

    def first_focus(self):
        return self.delay


class CompletionEditor(ItemEditor):
    def build(self):
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
        rows = inputs.get("rows")
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
        return {"rows": rows} if rows else {}

    def complete(self, inputs):
        return all(r.get("target") and r.get("actual") for r in inputs.get("rows", []))

    def first_focus(self):
        return self.rows[0][1]


class _RadioEditor(ItemEditor):
    def _options(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    input_key = ""

    def build(self):
        self.group, self.buttons = _radio_group(self.body, self._options(), self.submit)

    def load(self, inputs):
        value = inputs.get(self.input_key)
        _set_checked(self.group, self.buttons, None if value is None else self._key_of(value))

    def _key_of(self, value):
        return value

    def _value_of(self, key):
        return key

    def collect(self):
        k = _checked_key(self.group)
        return {} if k is None else {self.input_key: self._value_of(k)}

    def first_focus(self):
        return self.group.checkedButton() or next(iter(self.buttons.values()), None)


class ChoiceEditor(_RadioEditor):
    input_key = "option"

    def _options(self):
        return [(o["key"], o.get("label", o["key"]) + tr("（%1 分）").replace("%1", str(o["score"])))
                for o in self.params.get("options", [])]


class ScaleEditor(_RadioEditor):
    input_key = "level"

    def _options(self):
        return [(lv["label"], lv["label"] + tr("（%1 分）").replace("%1", fmt(self.max * Decimal(str(lv["share"])))))
                for lv in self.params.get("levels", [])]


class AllOrNothingEditor(_RadioEditor):
    input_key = "met"

    def build(self):
        cond = self.params.get("condition")
        if cond:
            self.body.addWidget(_wrap(tr("条件：") + cond, "muted"))
        super().build()

    def _options(self):
        return [("yes", tr("满足（得 %1 分）").replace("%1", fmt(self.max))), ("no", tr("不满足（不得分）"))]

    def _key_of(self, value):
        return "yes" if value is True else "no"

    def _value_of(self, key):
        return key == "yes"


class JudgementEditor(ItemEditor):
    def build(self):
        self.score = self._number(tr("0～%1").replace("%1", fmt(self.max)))
        self.score.editingFinished.disconnect()
        self.score.editingFinished.connect(self._score_done)
        self._row(tr("评定得分"), self.score, tr("分"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("酌情评分的理由（必填）"))
        self.reason.editingFinished.connect(self.submit)
        row = QHBoxLayout()
        lab = QLabel(tr("理由"))
        lab.setBuddy(self.reason)
        lab.setMinimumWidth(90)
        row.addWidget(lab)
        row.addWidget(self.reason, 1)
        self.body.addLayout(row)

    def _score_done(self):
        if self.reason.text().strip() or not self.score.text().strip():
            self.submit()
        else:
            self.show_error(tr("请填写评分理由，填好后即保存"))

    def load(self, inputs):
        self.score.setText(str(inputs.get("score", "")))
        self.reason.setText(str(inputs.get("reason", "")))

    def collect(self):
        return {k: v for k, v in {"score": _text(self.score), "reason": self.reason.text().strip()}.items() if v}

    def first_focus(self):
        return self.score


class FormulaEditor(ItemEditor):
    def build(self):
        self.vars: dict[str, NumberEdit] = {}
        for v in self.params.get("variables", []):
            e = self._number()
            self.vars[v["name"]] = e
            self._row(v.get("label") or v["name"], e, v.get("unit", ""))
        self.body.addWidget(_wrap(tr("公式：") + str(self.params.get("expression", "")), "muted"))

    def load(self, inputs):
        given = inputs.get("vars") or {}
        for name, e in self.vars.items():
            e.setText(str(given.get(name, "")))

    def collect(self):
        vals = {n: _text(e) for n, e in self.vars.items() if _text(e)}
        return {"vars": vals} if vals else {}

    def first_focus(self):
        return next(iter(self.vars.values()), None)


EDITORS: dict[str, type[ItemEditor]] = {
    "checklist": ChecklistEditor,
    "deduction": DeductionEditor,
    "threshold": ThresholdEditor,
    "rate": RateEditor,
    "upper_bound": UpperBoundEditor,
    "delay": DelayEditor,
    "completion": CompletionEditor,
    "tiers": TiersEditor,
    "choice": ChoiceEditor,
    "scale": ScaleEditor,
    "all_or_nothing": AllOrNothingEditor,
    "judgement": JudgementEditor,
    "formula": FormulaEditor,
}


def editor_for(item: dict[str, Any], parent=None) -> ItemEditor:
    return EDITORS[item["type"]](item, parent)

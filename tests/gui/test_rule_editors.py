"""The input editors and parameter forms the window builds from the rule types' declarations."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLineEdit

from services.scoring.rules import RULES, check_item, score_item
from ui.frameworks.editor import ParamsForm
from ui.walk.rule_inputs import FieldsEditor, PointsEditor, RowsEditor, VarsEditor, editor_class, editor_for

#: what the evaluator types into each kind of field (by input name), and which option is clicked
TYPED = {"value": "85", "count": "1", "numerator": "45", "denominator": "50", "actual": "105", "limit": "100",
         "delay": "2", "score": "6", "reason": "资料齐全但有一处瑕疵"}
OPTION = 1  # the second option
FORMULA = {"expression": "max * a / 100", "variables": [{"name": "a", "label": "完成率", "unit": "%"}]}

#: (editor, inputs the editor hands on, score) for an item worth 10 with the type's default params
EXPECTED = {
    "checklist": (PointsEditor, {"points": {"p1": {"state": "met"}}}, "10"),
    "deduction": (FieldsEditor, {"count": 1}, "9.5"),
    "threshold": (FieldsEditor, {"value": "85"}, "7.5"),
    "rate": (FieldsEditor, {"numerator": "45", "denominator": "50"}, "9"),
    "upper_bound": (FieldsEditor, {"actual": "105", "limit": "100"}, "7.5"),
    "delay": (FieldsEditor, {"delay": "2"}, "9"),
    "completion": (RowsEditor, {"rows": [{"target": "10", "actual": "8"}]}, "8"),
    "tiers": (FieldsEditor, {"value": "85"}, "0"),
    "choice": (FieldsEditor, {"option": "o2"}, "0"),
    "scale": (FieldsEditor, {"level": "良"}, "8"),
    "all_or_nothing": (FieldsEditor, {"met": False}, "0"),
    "judgement": (FieldsEditor, {"score": "6", "reason": "资料齐全但有一处瑕疵"}, "6"),
    "formula": (VarsEditor, {"vars": {"a": "80"}}, "8"),
}


def _item(rtype: str) -> dict:
    params = FORMULA if rtype == "formula" else RULES[rtype].default_params("10")
    return {"key": "a", "label": "样例", "max": "10", "type": rtype, "params": params}


def _enter(ed) -> None:
    """Type into every field the way the evaluator does: text, then leave the field."""
    if isinstance(ed, PointsEditor):
        for row in ed.rows:
            row.buttons["met"].click()
    elif isinstance(ed, RowsEditor):
        _label, target, actual = ed.rows[0]
        for e, text in ((target, "10"), (actual, "8")):
            e.setText(text)
            e.editingFinished.emit()
    elif isinstance(ed, VarsEditor):
        ed.vars["a"].setText("80")
        ed.vars["a"].editingFinished.emit()
    else:
        for inp in ed.inputs:
            if inp.name in ed.fields:
                e: QLineEdit = ed.fields[inp.name]
                e.setText(TYPED[inp.name])
                e.editingFinished.emit()
            else:
                _group, buttons, _values = ed.options[inp.name]
                list(buttons.values())[OPTION].click()


def test_every_type_has_an_expectation():
    assert set(EXPECTED) == set(RULES)


@pytest.mark.parametrize("rtype", list(RULES))
def test_generated_editor_produces_inputs_that_score(qtbot, rtype):
    cls, inputs, score = EXPECTED[rtype]
    item = _item(rtype)
    assert editor_class(item) is cls
    ed = editor_for(item)
    qtbot.addWidget(ed)
    sent = []
    ed.submitted.connect(sent.append)
    ed.set_inputs({})
    _enter(ed)
    assert sent, "the editor handed on a complete entry"
    assert sent[-1] == inputs
    result = score_item(item, sent[-1])
    assert result.score == Decimal(score), result.text
    ed.show_result(result)
    assert ed.score_label.text().startswith(score)
    # and the same inputs load back into the same fields
    again = editor_for(item)
    qtbot.addWidget(again)
    again.set_inputs(sent[-1])
    assert again.collect() == inputs


def test_two_numbers_are_handed_on_together(qtbot):
    item = _item("upper_bound")
    ed = editor_for(item)
    qtbot.addWidget(ed)
    sent = []
    ed.submitted.connect(sent.append)
    ed.actual.setText("105")
    ed.actual.editingFinished.emit()
    assert sent == []  # half an entry waits for the limit
    ed.limit.setText("100")
    ed.limit.editingFinished.emit()
    assert sent == [{"actual": "105", "limit": "100"}]


def test_ratio_fields_show_the_rate_and_follow_the_params(qtbot):
    item = _item("threshold")
    item["params"] = {**item["params"], "input": "ratio", "numerator_label": "实际支出", "denominator_label": "到位资金"}
    ed = editor_for(item)
    qtbot.addWidget(ed)
    assert [i.name for i in ed.inputs] == ["numerator", "denominator"] and ed.num is ed.fields["numerator"]
    ed.num.setText("45")
    ed.den.setText("50")
    assert ed.derived.text() == "= 90%"
    labels = [w.text() for w in ed.findChildren(type(ed.meta))]
    assert "实际支出" in labels and "到位资金" in labels
    assert any("达标线" in t and "≥ 90%" in t for t in labels)


def test_a_score_without_its_reason_waits(qtbot):
    ed = editor_for(_item("judgement"))
    qtbot.addWidget(ed)
    sent = []
    ed.submitted.connect(sent.append)
    ed.score.setText("6")
    ed.score.editingFinished.emit()
    assert sent == [] and "理由" in ed.error.text()


@pytest.mark.parametrize("rtype", list(RULES))
def test_generated_param_form_round_trips_the_defaults(qtbot, rtype):
    rule = RULES[rtype]
    form = ParamsForm(rtype, rule.default_params("10"))
    qtbot.addWidget(form)
    assert set(form.fields) == {p.name for p in rule.params}
    value = form.value()
    assert check_item({"key": "a", "max": "10", "type": rtype, "params": value}) == []
    for name, default in rule.default_params("10").items():
        if default not in ("", [], None):
            assert value[name] == default, name


def test_the_form_keeps_the_labels_the_calculation_reads(qtbot):
    """Applying a rule from the form keeps what its calculation is worded with (value and ratio labels)."""
    params = {"input": "ratio", "unit": "%", "value_label": "预算执行率", "numerator_label": "实际支出",
              "denominator_label": "到位资金", "tiers": RULES["tiers"].default_params("10")["tiers"]}
    form = ParamsForm("tiers", params)
    qtbot.addWidget(form)
    value = form.value()
    assert {k: value[k] for k in ("value_label", "numerator_label", "denominator_label")} == \
        {"value_label": "预算执行率", "numerator_label": "实际支出", "denominator_label": "到位资金"}
    result = score_item({"key": "a", "max": "10", "type": "tiers", "params": value}, {"numerator": "95", "denominator": "100"})
    assert result.text.startswith("预算执行率 = 实际支出 95 ÷ 到位资金 100")


@pytest.mark.parametrize("unit", ["半天", "3天", "组"])
def test_the_form_keeps_a_unit_its_list_lacks(qtbot, unit):
    """A deduction counted in a unit the list of units lacks (“每迟报半天扣0.5分” is counted in half-days): the form
    shows it and gives it back as it was, never the first unit of the list in its place."""
    form = ParamsForm("deduction", {"per": "0.5", "unit": unit})
    qtbot.addWidget(form)
    combo = form.fields["unit"][1]
    assert combo.currentText() == unit
    assert form.value() == {"per": "0.5", "unit": unit}

"""The registry of scoring rule types: every type declares what the window and the proposer need,
in its own module, and nothing outside that module names it."""
from __future__ import annotations

import ast
import re
from decimal import Decimal
from pathlib import Path

import pytest

from services.fieldwork import figures
from services.frameworks.proposal import propose
from services.scoring.rules import FALLBACK, MODULES, RULES, check_item, recognisers, score_item
from services.scoring.rules.base import COLUMN_KINDS, INPUT_KINDS, PARAM_KINDS

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "services" / "scoring" / "rules"
MAXES = ["10", "2.5", "1"]

#: files where a type's name is a string of another meaning (a finding's 扣分 field, the survey's
#: answer scale, the 绩效目标 completion figure, the score sheet's 得分率, a radio button's name)
OTHER_MEANINGS = {
    ("services/evaluation/findings.py", "deduction"), ("ui/pages/findings.py", "deduction"),
    ("ui/walk/indicator_panel.py", "deduction"), ("models/migrations/versions/0001_baseline.py", "deduction"),
    ("services/evaluation/sample.py", "scale"), ("services/fieldwork/surveys.py", "scale"),
    ("services/reports/snapshot.py", "scale"), ("services/reports/snapshot.py", "deduction"),  # columns read for printing
    ("ui/pages/survey.py", "scale"), ("models/migrations/versions/0001_baseline.py", "scale"),
    ("services/fieldwork/bindings.py", "completion"), ("services/fieldwork/figures.py", "completion"),
    ("ui/pages/project.py", "completion"),
    ("cli/evaluation.py", "rate"), ("ui/dialogs/merge_dialog.py", "choice"),
    ("services/teamwork/audit_log.py", "deduction"),  # a finding's 扣分 field, named in the audit trail
}


def test_every_module_is_registered_once_under_its_own_name():
    files = {p.stem for p in RULES_DIR.glob("*.py")} - {"__init__", "base", "wording"}
    assert {m.__name__.rpartition(".")[2] for m in MODULES} == files
    assert [m.RULE.type for m in MODULES] == [m.__name__.rpartition(".")[2] for m in MODULES]
    assert list(RULES) == [m.RULE.type for m in MODULES] and len(RULES) == 13
    assert FALLBACK is RULES["judgement"]


@pytest.mark.parametrize("rtype", list(RULES))
def test_declarations_are_complete(rtype):
    rule = RULES[rtype]
    assert re.search(r"[\u4e00-\u9fff]", rule.name)
    assert rule.inputs, "every type declares what the evaluator enters"
    for p in rule.params:
        assert p.kind in PARAM_KINDS and p.label
        assert (p.kind == "select") == bool(p.choices)
        assert (p.kind == "table") == bool(p.columns)
        assert all(c.kind in COLUMN_KINDS and c.label for c in p.columns)
    for i in rule.inputs:
        assert i.kind in INPUT_KINDS and i.label and i.name
        if i.label_param or i.unit_param:
            assert {i.label_param, i.unit_param} - {""} <= {p.name for p in rule.params}
    for params in ({}, rule.default_params("10")):
        shown = rule.shown_inputs(params)
        assert shown and set(shown) <= set(rule.inputs)
    if any(i.kind == "option" for i in rule.inputs):
        assert rule.options is not None and len(rule.options(rule.default_params("10"), Decimal(10))) >= 2
    assert (rule.from_figure is None) == (not rule.binds)


@pytest.mark.parametrize("item_max", MAXES)
@pytest.mark.parametrize("rtype", list(RULES))
def test_default_params_pass_the_check_and_score_nothing_yet(rtype, item_max):
    rule = RULES[rtype]
    item = {"key": "a", "label": "", "max": item_max, "type": rtype, "params": rule.default_params(item_max)}
    assert check_item(item) == []
    result = score_item(item, {})
    assert result.score is None and result.text
    assert rule.default_params(item_max) is not rule.default_params(item_max)  # a fresh copy each time
    if rule.max_from_params is not None:
        assert rule.max_from_params(item["params"]) == Decimal(item_max)


@pytest.mark.parametrize("rtype", list(RULES))
def test_a_missing_required_param_is_reported(rtype):
    rule = RULES[rtype]
    for p in (p for p in rule.params if p.required):
        params = rule.default_params("10")
        del params[p.name]
        problems = check_item({"key": "a", "max": "10", "type": rtype, "params": params})
        assert problems and any(p.name in m for m in problems), (p.name, problems)


def test_default_params_as_before():
    """What a new item of each type starts with in the framework editor."""
    assert RULES["deduction"].default_params("4") == {"per": "0.5", "unit": "例"}
    assert RULES["threshold"].default_params("4") == {
        "full_at": "90", "inclusive": True, "direction": "higher", "step": "1", "deduct": "0.5",
        "deduct_mode": "points", "stepwise": False, "input": "value", "unit": "%"}
    assert RULES["checklist"].default_params("4") == {"points": [{"key": "p1", "label": "①", "max": "4"}]}
    assert RULES["tiers"].default_params("4")["tiers"][0]["score"] == "4"
    assert RULES["choice"].default_params("4")["options"][0] == {"key": "o1", "label": "符合", "score": "4"}
    assert RULES["all_or_nothing"].default_params("4") == {"condition": ""}
    assert RULES["judgement"].default_params("4") == {}
    assert RULES["formula"].default_params("4") == {"expression": "max", "variables": []}


def _string_constants(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value, node.lineno


def test_a_type_is_named_only_in_its_own_module():
    """Adding or changing a rule type touches its module only: no other code spells its type string."""
    found = []
    for top in ("services", "ui", "cli", "models"):
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            for value, line in _string_constants(path):
                if value in RULES and rel != f"services/scoring/rules/{value}.py" \
                        and (rel, value) not in OTHER_MEANINGS:
                    found.append(f"{rel}:{line} {value!r}")
    assert found == []


def test_the_scan_does_find_a_type_string(tmp_path):
    """The check above reads string constants, f-string parts included, not words in comments."""
    p = tmp_path / "x.py"
    p.write_text('# threshold in a comment\nif t == "threshold" or f"{t}" == "rate": pass\n', encoding="utf-8")
    assert sorted(v for v, _ in _string_constants(p) if v in RULES) == ["rate", "threshold"]


def test_the_proposer_only_orchestrates():
    """The wordings live with their types: proposal.py holds no pattern of its own."""
    src = (ROOT / "services" / "frameworks" / "proposal.py").read_text(encoding="utf-8")
    assert "import re" not in src and "re.compile" not in src and "re.search" not in src
    orders = [r.order for _rule, r in recognisers()]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)  # a deterministic order
    # every type the proposer can produce recognises at least one wording
    assert {rule.type for rule, _r in recognisers()} == set(RULES) - {"judgement"}


@pytest.mark.parametrize("criteria, weight, kind", [
    ("每发现1例扣0.5分，扣完为止", "2", "deduction"),
    ("≥90%得满分，每低于1%扣0.5分", "3", "threshold"),
    ("每延迟1个月扣0.5分", "2", "delay"),
    ("①②各1分", "2", "checklist"),
    ("优秀的得满分；良好的得分值的80%；较差的不得分", "5", "scale"),
    ("说不清", "2", "judgement"),
])
def test_each_recogniser_is_reached_through_the_registry(criteria, weight, kind):
    p = propose(criteria, weight, "某指标")
    assert p.kind == kind and all(check_item(it) == [] for it in p.items)
    assert sum(Decimal(it["max"]) for it in p.items) == Decimal(weight)


def test_bindable_figures_follow_the_declared_shapes():
    assert figures.BINDABLE == {
        "threshold": {"arrival_rate", "execution_rate", "paid_share", "satisfaction", "completion"},
        "tiers": {"arrival_rate", "execution_rate", "paid_share", "satisfaction", "completion"},
        "rate": {"arrival_rate", "execution_rate", "paid_share", "completion"},
        "all_or_nothing": {"arrival_rate", "execution_rate", "paid_share", "satisfaction", "completion"},
        "completion": {"completion", "arrival_rate", "execution_rate", "paid_share"},
        "upper_bound": {"paid_vs_contract"},
    }
    fig = figures.Figure("funds", "execution_rate", Decimal("80"), Decimal("8"), Decimal("10"),
                          [{"label": "资金", "target": "10", "actual": "8"}], "")
    item = {"key": "a", "max": "10", "type": "threshold", "params": {"full_at": "90", "deduct": "0.5", "input": "ratio"}}
    assert figures.concrete_inputs(item, {}, fig) == {"numerator": "8", "denominator": "10"}
    assert figures.concrete_inputs({**item, "params": {"full_at": "90", "deduct": "0.5"}}, {}, fig) == {"value": "80"}
    aon = {"key": "a", "max": "1", "type": "all_or_nothing", "params": {}}
    assert figures.concrete_inputs(aon, {"at_least": "75"}, fig) == {"met": True}
    assert figures.concrete_inputs(aon, {}, fig) == {"met": False}
    assert figures.concrete_inputs({"key": "a", "max": "1", "type": "completion", "params": {}}, {}, fig)["rows"] == fig.rows
    assert figures.concrete_inputs({"key": "a", "max": "1", "type": "choice", "params": {}}, {}, fig) == {}


def test_every_rule_text_has_an_english_translation():
    """Labels, notes and option texts are translated under one context; none is left in Chinese."""
    import xml.etree.ElementTree as ET

    from services.scoring.rules.base import CONTEXT

    texts = {t for rule in RULES.values() for t in rule.texts()}
    for path in RULES_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "T":
                texts.add(node.args[0].value)
    ts = ET.parse(ROOT / "resources" / "translations" / "fieldeval_en.ts").getroot()
    english = {m.findtext("source"): m.find("translation") for c in ts.iter("context")
               if c.findtext("name") == CONTEXT for m in c.iter("message")}
    missing = sorted(t for t in texts if t not in english or english[t].get("type") == "unfinished"
                     or re.search(r"[\u4e00-\u9fff]", english[t].text or "中"))
    assert missing == []

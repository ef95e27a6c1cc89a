"""Classes of wording first missed on tables nobody tuned the proposer on, read as formulas:

- points per case of kinds listed in turn, over several sentences (“被省、市、县简报刊发的,每次分别得1分、0.6分、0.4分;被网站
  刊发的,每次得0.1分”), the kinds found at the end of a longer name (“…举措、经验和效果被省、市、县…”): one count per kind;
- a written formula after a clause saying what it converts (“按照测评结果进行折算,得分=平均分×20%”).

Made-up texts, each with the formula it must give and the score of a few situations, and near misses that must not be
read so. None of them is confident: how each count or score is entered is the evaluator's to confirm.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_vars, sole


# ── points per case of each kind, kinds listed in turn over several sentences ────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expression, labels, situations", [
    ("被省、市、县媒体宣传报道的,每次分别得1分、0.6分、0.4分;被各级网站宣传报道的,每次得0.1分", "5",
     "1 * a + 0.6 * b + 0.4 * c + 0.1 * d", ["省媒体宣传报道", "市媒体宣传报道", "县媒体宣传报道", "各级网站宣传报道"],
     {("1", "1", "0", "2"): Decimal("1.8"), ("3", "2", "2", "0"): 5}),
    # words before the kinds, in the first name of the list
    ("单位典型做法、经验被省、市、县简报刊发的,每次分别得1分、0.5分、0.2分;被省、市级报刊刊登的,每篇分别得0.8分、0.4分", "4",
     "1 * a + 0.5 * b + 0.2 * c + 0.8 * d + 0.4 * e", ["省简报刊发", "市简报刊发", "县简报刊发", "省级报刊刊登", "市级报刊刊登"],
     {("1", "0", "0", "1", "1"): Decimal("2.2"), ("0", "0", "5", "0", "0"): 1}),
    # a cap closing the last sentence
    ("在国家、省级期刊发表论文的,每篇分别加3分、2分;在市级期刊发表的,每篇加1分,最多加6分", "8",
     None, None, None),  # a cap after a single kind: not read (whose cap is it?)
    ("获国家、省级表彰的,每项分别加3分、2分;获市、县级表彰的,每项分别加1分、0.5分,最多加6分", "8",
     "min(6, 3 * a + 2 * b + 1 * c + 0.5 * d)", ["国家表彰", "省级表彰", "市级表彰", "县级表彰"],
     {("1", "1", "1", "1"): Decimal("6"), ("0", "1", "1", "2"): 4}),
])
def test_points_per_case_of_kinds_over_sentences(text, weight, expression, labels, situations):
    p = propose(text, weight, "宣传推介")
    if expression is None:
        assert not (p.kind == "formula" and " + " in p.items[0]["params"]["expression"] and p.confident), p.summary
        return
    params = sole(p, "formula")
    assert params["expression"] == expression
    assert [v["label"].split("（")[0] for v in params["variables"]] == labels
    for values, score in situations.items():
        assert by_vars(p, *values) == score
    assert not p.confident  # whether a case of a higher kind also counts under a lower one is not said


@pytest.mark.parametrize("text, weight", [
    ("被省、市级媒体报道的,每次分别得1分、0.5分;被网站报道的,每次扣0.1分", "5"),  # a deduction after: no points per kind
    ("被省、市级媒体报道的,每次分别得1分、0.5分;网站报道不计分", "5"),  # a sentence of no kind counted
    ("被省、市级媒体报道的,每次分别得1分、0.5分;被网站报道的,得0.1分", "5"),  # a situation, no case counted
    ("获得国家级、省级、市级荣誉的分别得5分、3分、2分;获县级荣誉的,每项得1分", "5"),  # no case counted in the list
    ("工作举措、经验和效果、省、市、县简报的,每次分别得1分、0.6分、0.4分", "3"),  # more names than scores, no verb before
    # the kinds: which of the names are kinds is not said
])
def test_no_points_per_kind_over_sentences(text, weight):
    p = propose(text, weight, "宣传推介")
    assert not (p.kind == "formula" and p.items and "每" in p.summary and "得" in p.summary and " + " in str(
        p.items[0]["params"].get("expression", ""))), p.summary


# ── a written formula after the clause saying what it converts ───────────────────────────────────────────────────────
#: the text, its 分值, the formula, a score to convert and the points it gives
_CONVERTED = (("按照居民测评平均分进行折算,得分=平均分×20%", "20", "a * 0.2", "85", "17"),
              ("按照窗口测评结果折算,得分=测评得分*10%。", "10", "a * 0.1", "92", "9.2"),
              ("按满意度调查结果换算,得分=满意度得分×5%", "5", "a * 0.05", "100", "5"))


@pytest.mark.parametrize("text, weight, expression, situation, score", _CONVERTED)
def test_a_written_formula_after_what_it_converts(text, weight, expression, situation, score):
    p = propose(text, weight, "测评")
    assert (sole(p, "formula")["expression"], by_vars(p, situation), p.confident) == (expression, Decimal(score), False)
    assert any("作为评分方式的说明" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("按照测评结果折算,得分=平均分*10%,低于60分不得分", "10"),  # a line after the formula: more than a conversion
    ("按满意度调查结果折算,满意度90%以上得10分", "10"),  # no formula written
    ("按照测评结果80%进行折算,得分=平均分×20%", "20"),  # a figure in the clause: not a description
])
def test_no_written_formula_after_a_clause_that_scores(text, weight):
    p = propose(text, weight, "测评")
    assert not (p.kind == "formula" and p.items and p.items[0]["params"].get("expression") in
                ("a * 0.1", "a * 0.2")), p.summary


def _gated(p) -> bool:
    """Whether the proposal multiplies its deductions by a condition zeroing the item (“g * (…)”)."""
    return any(it["type"] == "formula" and str(it["params"].get("expression", "")).startswith("g * (") for it in p.items)


# ── a condition zeroing the item in a clause between deductions, a comma after it ────────────────────────────────────
@pytest.mark.parametrize("text, weight, said, faults, situation, score", [
    ("未建立巡查制度扣3分,发生群体性事件的不得分,信息少报1次扣2分", "10", "发生群体性事件", 2, ["1", "1", "2"], "3"),
    ("每缺1个岗位扣2分,发现1人违章作业不得分,其他不符合要求每处扣1分", "6", "发现1人违章作业", 2, ["1", "1", "2"], "2"),
    ("台账不规范扣1分,未建立台账的,不得分,资料缺失每项扣1分,扣完为止", "6", "未建立台账", 2, ["1", "0", "3"], "3"),
])
def test_a_condition_between_deductions_before_a_comma_gates_them(text, weight, said, faults, situation, score):
    p = propose(text, weight, "安全管理")
    params = sole(p, "formula")
    gate, *rest = params["variables"]
    assert (params["expression"][:10], said in gate["label"], len(rest), p.confident) == ("g * (max -", True, faults, False)
    assert by_vars(p, *situation) == Decimal(score)
    assert by_vars(p, "0", *situation[1:]) == 0  # the condition holds: nothing left


@pytest.mark.parametrize("text, weight", [
    ("台账不规范扣1分,上报少于4次的,不得分,资料缺失每项扣1分,扣完为止", "5"),  # a line crossed: maybe the fault's before it
    ("每缺1个岗位扣2分,发现3人违章作业不得分,其他每处扣1分", "6"),  # a count other than one: a line, not a case
    ("未建立制度扣3分,按比例计算不得分,少报1次扣2分", "10"),  # a word of computing in the condition
])
def test_no_gate_between_deductions_on_a_figure(text, weight):
    assert not _gated(propose(text, weight, "安全管理"))


# ── a closing condition opened as one (如有、若发生、凡发现 …) zeroing the deductions before it ──────────────────────────
@pytest.mark.parametrize("text, weight, said, situation, score", [
    ("每发现1笔收入坐支扣2分,扣完为止;如有私设小金库现象,该项不得分", "10", "如有私设小金库现象", ["1", "2"], "6"),
    ("每迟报1天扣0.5分,扣完为止;若发生瞒报的,本项不得分", "8", "若发生瞒报", ["1", "4"], "6"),
    ("资料不全的每项扣1分,扣完为止;凡发现弄虚作假的,本项不得分", "5", "凡发现弄虚作假", ["1", "1"], "4"),
])
def test_a_condition_opened_as_one_gates_the_deductions(text, weight, said, situation, score):
    p = propose(text, weight, "资金管理")
    params = sole(p, "formula")
    assert (params["expression"][:5], said in params["variables"][0]["label"], p.confident) == ("g * (", True, False)
    assert by_vars(p, *situation) == Decimal(score)
    assert by_vars(p, "0", *situation[1:]) == 0


@pytest.mark.parametrize("text, weight", [
    ("每迟报1天扣0.5分,扣完为止;如超过10天,本项不得分", "8"),  # a line of the same unit: the steps' end, no condition
    ("每发现1处扣1分,扣完为止;如按比例计算不足60%的,本项不得分", "5"),  # a computing word after the opening
])
def test_no_gate_on_a_condition_opened_as_one_with_a_figure(text, weight):
    assert not _gated(propose(text, weight, "资金管理"))


# ── points per case of kinds, each with its own 每, listed over 、 ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expression, situation, score", [
    ("国家级每篇2分、省级每篇1分、市级每篇0.5分,最多10分", "10", "2 * a + 1 * b + 0.5 * c", ["1", "2", "3"], "5.5"),
    ("在刊物发表宣传文章,国家级每篇2分、省级每篇1分,最多6分。", "6", "2 * a + 1 * b", ["3", "2"], "6"),
    ("获国家级表彰每项3分、省级表彰每项2分", "5", "3 * a + 2 * b", ["1", "0"], "3"),
    # the next kinds' 每 and unit left out: the unit of the one before
    ("在刊物发表文章,国家级每篇5分、省级3分、市级1分,最多10分", "10", "5 * a + 3 * b + 1 * c", ["0", "2", "3"], "9"),
    ("省级每项2分、市级1分", "4", "2 * a + 1 * b", ["1", "1"], "3"),
])
def test_points_per_case_of_kinds_listed_over_a_pause_mark(text, weight, expression, situation, score):
    p = propose(text, weight, "宣传")
    assert (sole(p, "formula")["expression"], p.confident) == (expression, False)
    assert by_vars(p, *situation) == Decimal(score)


@pytest.mark.parametrize("text, weight", [
    ("国家级2分、省级1分、市级0.5分", "2"),  # no case counted: one situation of each kind
    ("每篇2分、3分、4分", "4"),  # amounts with no kind of their own
    ("每项2分、其余3分", "5"),  # no kind before the first 每: nothing to list
    ("省级每项2分、其余3分", "5"),  # the rest: no kind
])
def test_no_points_per_case_listed_without_a_count_or_a_kind(text, weight):
    p = propose(text, weight, "宣传")
    assert not (p.kind == "formula" and " + " in str(p.items[0]["params"].get("expression", ""))), p.summary


# ── deductions with their 分 left out, closing their clause ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expression, situation, score", [
    ("值班制度不健全扣0.5,未设服务电话扣0.5,没有回访记录每次扣1.0", "3", "max - 0.5 * a - 0.5 * b - c", ["1", "0", "2"],
     "0.5"),
    ("迟报1次扣1,漏报扣2,扣完为止", "5", "max - a - 2 * b", ["2", "1"], "1"),
])
def test_deductions_without_their_unit_are_points(text, weight, expression, situation, score):
    p = propose(text, weight, "物业服务")
    assert sole(p, "formula")["expression"] == expression
    assert by_vars(p, *situation) == Decimal(score)


@pytest.mark.parametrize("text, weight, kind, per", [
    ("每发现1项资料不齐全扣0.2", "2", "deduction", "0.2"),
    ("每发现1处不合格扣0.5;扣完为止", "3", "deduction", "0.5"),
])
def test_a_deduction_per_case_without_its_unit(text, weight, kind, per):
    assert sole(propose(text, weight, "资料"), kind)["per"] == per


@pytest.mark.parametrize("text, weight", [
    ("不服从安排的扣2/次", "5"),  # a unit after the figure: read as the text says it, not as bare points
    ("每低于目标1个百分点扣0.5%", "5"),  # a share, not points
])
def test_a_deduction_with_a_unit_of_its_own_is_not_bare_points(text, weight):
    assert "0.5分" not in normalize(text) and "2分/" not in normalize(text)

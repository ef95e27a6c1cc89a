"""Wordings of deductions a proposer missed: costs per person-time and per case in sentences of their own, a grave case
taking the whole 分值 in words and barring the unit from the year's rating (“出现重伤及以上事故扣全部分数,取消…评定资格”);
numbered faults each with its cost, the first one opening with the word 项目 (“1、项目部…不健全扣2分”); faults run
together without stops, the last of them clauses costing the same each (“…没有门卫值勤,没有保卫制度的各扣2分”); and a
numbered first part vetoing the whole assessment (“1.未确定…的一票否决。2.…扣2分”), the row scored by the faults after.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, maxes, point_labels, scored, sole, ticks


def _gated_vars(p, g: str, *values: str) -> Decimal:
    """The score of a gated formula (``g * (…)``) with its gate ``g`` and its faults, in the text's order, at ``values``."""
    variables = sole(p, "formula")["variables"]
    assert variables[0]["name"] == "g" and len(variables) == len(values) + 1, [v["label"] for v in variables]
    return scored(p, {"vars": {"g": g, **{v["name"]: x for v, x in zip(variables[1:], values)}}})


# ── costs per person-time and per case, a grave case taking everything ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, grave", [
    ("违章操作一人次扣3分。 轻伤事故按一人次扣6分。 出现重伤及以上事故扣全部分数,取消年度评优资格。", "20", "重伤及以上"),
    ("违章指挥每人次扣3分;轻伤事故每人次扣6分;发生重伤以上事故扣除全部分值", "20", "重伤以上"),
])
def test_per_case_costs_and_a_grave_case_taking_everything(text, weight, grave):
    p = propose(text, weight, "安全事故管理")
    params = sole(p, "formula")
    assert params["expression"] == "g * (max - 3 * a - 6 * b)"
    assert grave in params["variables"][0]["label"]
    assert _gated_vars(p, "1", "0", "0") == Decimal(20)
    assert _gated_vars(p, "1", "2", "1") == Decimal(8)
    assert _gated_vars(p, "1", "3", "2") == Decimal(0)  # (down to 0)
    assert _gated_vars(p, "0", "0", "0") == Decimal(0)
    assert not p.confident


def test_the_rating_barred_besides_is_named_to_check():
    p = propose("违章操作一人次扣3分。轻伤事故按一人次扣6分。出现重伤及以上事故扣全部分数,取消年度评优资格。", "20", "安全事故管理")
    assert any("取消年度评优资格" in u for u in p.unplaced)


def test_near_miss_a_grade_left_to_judge_is_no_gate():
    # “视情节”: how grave is the team's to judge, never a condition read in words
    p = propose("违章操作每人次扣3分;轻伤事故每人次扣6分;出现重伤以上事故视情节扣分", "20", "安全事故管理")
    assert not p.confident
    assert not any(it["type"] == "formula" and str(it["params"]["expression"]).startswith("g *") for it in p.items)


# ── numbered faults, the first opening with 项目 ─────────────────────────────────────────────────────────────────
def test_numbered_faults_the_first_of_a_project():
    p = propose("1、项目经理未持证上岗扣3分。2、安全员配备不足扣2分。3、特种作业人员无证上岗扣5分。", "10", "人员管理")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(3), Decimal(2), Decimal(5)]
    assert point_labels(p)[0] == "无：项目经理未持证上岗"
    assert ticks(p, True, True, True) == Decimal(10)
    assert ticks(p, False, True, False) == Decimal(2)
    assert not p.confident


def test_numbered_faults_a_fault_over_clauses():
    p = propose("1、项目部组织机构不健全扣2分。2、分工不明确扣2分。3、没有配备专职人员,或人员工作不到位,扣1分。", "5", "组织")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(2), Decimal(2), Decimal(1)]
    assert ticks(p, True, True, False) == Decimal(4)


def test_near_miss_a_requirement_named_by_its_number_is_no_mark():
    # “(1)项”: the requirement the fault breaks, named by its number in the list: never read as a list mark
    p = propose("(1)项未达到要求扣2分;(2)项未达到要求扣3分", "5", "要求")
    assert not any(label.startswith("无：项未") for it in p.items if it["type"] == "checklist"
                   for label in (pt["label"] for pt in it["params"]["points"]))


# ── faults run together, the last of them clauses each costing it ──────────────────────────────────────────────────
def test_faults_run_together_clauses_each_costing():
    text = "仓库没有消防器材的扣3分仓库门口没有警示标志的扣2分值班室没有值班人员,没有值班记录的各扣2分"
    p = propose(text, "8", "消防")
    params = sole(p, "formula")
    assert params["expression"] == "max - 3 * a - 2 * b - 2 * c - 2 * d"
    assert [v["label"] for v in params["variables"]][2:] == ["是否值班室没有值班人员（是=1，否=0）", "是否没有值班记录（是=1，否=0）"]
    assert by_vars(p, "0", "0", "0", "0") == Decimal(8)
    assert by_vars(p, "0", "1", "1", "0") == Decimal(4)
    assert by_vars(p, "1", "0", "1", "1") == Decimal(1)
    assert by_vars(p, "1", "1", "1", "1") == Decimal(0)
    assert not p.confident


def test_near_miss_a_clause_naming_no_fault_is_no_list():
    # “按要求检查”: how it is checked, no fault of its own: the clauses are not split into faults
    p = propose("仓库没有消防器材的扣3分按要求检查,没有值班记录的各扣2分", "8", "消防")
    assert not any(it["type"] == "formula" and len(it["params"]["variables"]) == 3 for it in p.items)


# ── a veto of the whole assessment first, the faults after scoring the row ────────────────────────────────────────
def test_a_veto_first_the_faults_scoring_the_row():
    p = propose("1.未签订安全生产责任书的一票否决。2.未建立安全管理台账的扣3分。3.台账记录不完整的扣2分。", "5", "责任制")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(3), Decimal(2)]
    assert ticks(p, True, True) == Decimal(5)
    assert ticks(p, True, False) == Decimal(3)
    assert ticks(p, False, False) == Decimal(0)
    assert not p.confident
    assert any("一票否决" in u and "整个考核" in u for u in p.unplaced)


def test_near_miss_a_veto_naming_the_row_zeroes_it():
    # “一票否决,该项不得分”: the row's own zero, a gate of the faults
    p = propose("1.未签订安全生产责任书的一票否决,该项不得分。2.未建立安全管理台账的扣3分。3.台账记录不完整的扣2分。", "5", "责任制")
    params = sole(p, "formula")
    assert params["expression"] == "g * (max - 3 * a - 2 * b)"
    assert not p.confident


def test_near_miss_faults_short_of_the_score_are_no_points():
    # the faults after the veto do not make up the 分值: no 要点核查 of them
    p = propose("1.未签订安全生产责任书的一票否决。2.未建立安全管理台账的扣3分。3.台账记录不完整的扣2分。", "8", "责任制")
    assert p.kind != "checklist"
    assert not p.confident


# ── the last fault's cost said bare, making up the 分值 with the others ───────────────────────────────────────────
def test_the_last_cost_said_without_its_deduction():
    p = propose("桌面不整洁扣3分;地面有纸屑扣2分;门窗不干净扣2分;墙面有污渍1分。", "8", "教室卫生")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(3), Decimal(2), Decimal(2), Decimal(1)]
    assert point_labels(p)[-1] == "无：墙面有污渍"
    assert ticks(p, True, True, True, True) == Decimal(8)
    assert ticks(p, False, True, True, False) == Decimal(4)
    assert not p.confident
    assert any("原文未写“扣”" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("桌面不整洁扣3分;地面有纸屑扣2分;门窗不干净扣2分;墙面有污渍1分。", "10"),  # (the costs fall short of the 分值)
    ("桌面不整洁扣3分;地面有纸屑扣2分;门窗不干净扣2分;墙面无污渍得1分。", "8"),  # (points earned, no fault)
])
def test_near_miss_a_bare_last_cost_that_is_no_fault_of_the_list(text, weight):
    p = propose(text, weight, "教室卫生")
    assert p.kind != "checklist"
    assert not p.confident


# ── “一级否定”: the row voted down with its 一级要素, a gate of the faults ─────────────────────────────────────────
def test_voted_down_with_the_first_level_element():
    p = propose("无应急预案的,一级否定;预案未经评审的,扣2分;未组织演练的,扣3分。", "10", "应急管理")
    params = sole(p, "formula")
    assert params["expression"] == "g * (max - 2 * a - 3 * b)"
    assert _gated_vars(p, "1", "0", "0") == Decimal(10)
    assert _gated_vars(p, "1", "1", "1") == Decimal(5)
    assert _gated_vars(p, "0", "0", "0") == Decimal(0)
    assert not p.confident


# ── a gate between deductions on the level of the body reached (“县级及以上越级上访”) ──────────────────────────────────
def test_a_gate_between_on_a_level_named_in_words():
    p = propose("未建立排查台账扣3分,发生县级及以上越级上访的不得分,重点时段少报1次,扣2分。", "10", "信访")
    params = sole(p, "formula")
    assert params["expression"] == "g * (max - 3 * a - 2 * b)"
    assert "县级及以上越级上访" in params["variables"][0]["label"]
    assert _gated_vars(p, "1", "1", "2") == Decimal(3)
    assert _gated_vars(p, "0", "0", "0") == Decimal(0)
    assert not p.confident


def test_near_miss_a_count_past_a_line_is_no_level():
    # “3次以上”: a count past a line, not a level named in words: no gate read between the deductions
    p = propose("未建立排查台账扣3分,越级上访3次以上的不得分,重点时段少报1次,扣2分。", "10", "信访")
    assert not any(it["type"] == "formula" and str(it["params"]["expression"]).startswith("g *") for it in p.items)
    assert not p.confident

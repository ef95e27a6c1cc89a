"""Wordings of 评分标准 from staff, school and enterprise assessments that the proposer missed: a score written as a formula
in words of a base, the points added and the points taken off, with the points of its quantities in brackets closing it
(“德育测评得分的计算公式为:基础分+奖励分-扣分(基础分为60分,德育奖励分满分为40分)”, as a student's 综合测评 gives them):
the base said there is a constant of the formula, a quantity said with its most (满分为、最高、最多) is kept within it, and
the points in those brackets are never the points of a 要点核查 (“基础分为50分、奖励分满分为50分” adding up to the 分值);
and one case of a fault and its deduction, 每 left out, the fault's words holding a 计 of a word (“工作面平盘宽度小于设计1处
扣2分”, a coal mine's standard: 设计、统计、会计、审计 are no scoring verb).

Made-up texts in the style of such rules, with the scores of a few cases, and near misses that must not be read that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, by_vars, readings, sole, types


# ── a formula of a base, points added and points taken off, its quantities' points in brackets ───────────────────
@pytest.mark.parametrize("text, base, cap, added, taken", [
    ("※思想品德测评得分的计算公式为:基础分+奖励分-扣分(基础分为70分,品德奖励分满分为30分)", 70, 30, "奖励分", "扣分"),
    ("体育测评成绩的计算公式为：基本分+加分－减分（基本分为60分、加分最高为40分）", 60, 40, "加分", "减分"),
    ("得分=基础分+加分-扣分(基础分为80分,加分最多20分)", 80, 20, "加分", "扣分"),
])
def test_base_added_and_taken(text, base, cap, added, taken):
    p = propose(text, "100", "综合测评")
    params = sole(p, "formula")
    assert [v["label"] for v in params["variables"]] == [added, taken]
    assert by_vars(p, "0", "0") == Decimal(base)
    assert by_vars(p, "10", "5") == Decimal(base + 10 - 5)
    assert by_vars(p, str(cap + 15), "0") == Decimal(base + cap)  # the points added kept within their most
    assert by_vars(p, "0", "200") == Decimal(0)  # never below 0
    assert not p.confident  # how each quantity is entered is the team's to confirm


def test_the_bracketed_points_are_no_checklist():
    text = "※文体测评得分的计算公式为:基础分+奖励分-扣分(基础分为50分、奖励分满分为50分)"
    assert types(propose(text, "100", "文体测评")) == ["formula"]
    assert all(it["type"] != "checklist" for r in readings(text, "100") for it in r.items)


@pytest.mark.parametrize("text", [
    # a quantity the brackets give that the formula does not name: its points are placed nowhere
    "得分=基础分+加分-扣分(基础分为80分,附加分最多20分)",
    # the brackets say more than the quantities' points
    "得分=基础分+加分-扣分(基础分为80分,奖惩另计)",
])
def test_near_misses_of_valued_quantities(text):
    for r in readings(text, "100"):
        for it in r.items:
            assert not (it["type"] == "formula" and "min(" in it["params"]["expression"]), it["params"]["expression"]
            assert not (it["type"] == "formula" and it["params"]["expression"].startswith("80")), it["params"]


def test_a_formula_without_its_values_keeps_its_quantities():
    p = propose("得分=基础分+加分-扣分", "100", "综合测评")
    params = sole(p, "formula")
    assert [v["label"] for v in params["variables"]] == ["基础分", "加分", "扣分"]
    assert by_vars(p, "60", "10", "5") == Decimal(65)


# ── one case of a fault whose words hold a 计 of a word (设计、统计、会计、审计), no scoring verb ─────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("查现场。以50m为1个检查段，台阶坡面角大于设计1处扣2分", "8", "2"),
    ("统计报表数据与台账不一致1处扣0.5分", "3", "0.5"),
])
def test_one_case_of_a_fault_said_with_a_word_of_ji(text, weight, per):
    p = propose(text, weight, "指标")
    params = sole(p, "deduction")
    assert params["unit"] == "处" and Decimal(params["per"]) == Decimal(per)
    full, each = Decimal(weight), Decimal(per)
    assert [by_count(p, n) for n in ("0", "1", "2")] == [full, full - each, full - 2 * each]
    assert not p.confident  # each further case costing as much is read, not said


def test_a_scoring_ji_is_no_fault():
    # “计1次”: a count scored, never a fault's words
    assert all(it["type"] != "deduction" for r in readings("考核计1次扣2分", "5") for it in r.items)

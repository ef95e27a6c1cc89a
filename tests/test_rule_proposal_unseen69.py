"""Wordings of a formula the proposer read short of a term: a condition zeroing the row said between the deductions
beside another closing them, the closing one opened by 如 (“…每次扣1分,因…造成重大损失的本项不计分;…扣1分,如未组织…的不计分”);
a zero said “直接计0分” after a sentence naming what the row is scored on (“按…结果进行计分。未建立…的,直接计0分。”); a
shortage said in words (“场地面积不足不得分”) and a value compared with another named in words (“如增速低于全市平均水平,
此项不得分”) as conditions; a rate's lines stated for several kinds in one sentence (“亮灯率主干道≥98%、支次干道≥97%;
未达到每下降1%扣0.1分”), each kind its own rate below its own line.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way. None of these readings is sure: every proposal is to check.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, sole


def _labels(p) -> list[str]:
    return [v["label"] for it in p.items for v in (it.get("params") or {}).get("variables", ())]


def _gate(p) -> str:
    """The label of the proposal's factor zeroing the row ("" where none is)."""
    return next((x for x in _labels(p) if "整项不得分" in x), "")


# ── a zero between the deductions beside one closing them, the closing one opened by 如 ─────────────────────────────
@pytest.mark.parametrize("text, weight, conds, at, expected", [
    ("发生险情,积极组织抢险,每次需上级支援的扣1分,因组织不力导致重大损失的本项不计分。未按时上报灾情扣1分,"
     "如未组织转移安置群众的不计分。", "5", ("因组织不力导致重大损失", "未组织转移安置群众"),
     [("1", "0", "0"), ("1", "2", "1"), ("0", "0", "0")], [5, 2, 0]),
    ("每迟报1次扣1分,因瞒报造成严重后果的此项不计分;漏报1次扣2分,若未建立报告制度的,不得分", "10",
     ("因瞒报造成严重后果", "未建立报告制度"), [("1", "3", "1"), ("1", "0", "0"), ("0", "1", "0")], [5, 10, 0]),
])
def test_a_zero_between_the_deductions_and_one_closing_them_fold_into_one_factor(text, weight, conds, at, expected):
    p = propose(text, weight, "应急处置")
    params = sole(p, "formula")
    assert params["expression"].startswith("g * (")
    assert all(c in _gate(p) for c in conds), p.summary
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


def test_near_miss_a_closing_clause_with_a_line_crossed_is_no_gate():
    # “如超过3次的不计分”: a line of the count before it (the steps running out), no condition in words
    p = propose("每迟报1次扣1分,如超过3次的不计分;漏报1次扣2分", "10", "报送")
    assert not _gate(p)
    assert not p.confident


# ── “直接计0分” after the sentence naming what the row is scored on ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("按季度检查结果进行计分。未建立巡查台账的,直接计0分。巡查记录每缺1次扣1分;发现问题未整改的每处扣2分。", "10",
     [("1", "0", "0"), ("1", "2", "1"), ("0", "0", "0"), ("1", "6", "3")], [10, 6, 0, 0]),
    ("根据季度抽检结果按批复的路段进行计分。未采用检测设备开展自检的,直接计0分。检测里程每差1个百分点扣1分;"
     "检测指标每缺1项扣2分。", "10", [("1", "3", "1"), ("0", "0", "0")], [5, 0]),
])
def test_a_zero_said_directly_after_what_the_row_is_scored_on(text, weight, at, expected):
    p = propose(text, weight, "巡查")
    params = sole(p, "formula")
    assert params["expression"].startswith("g * (") and _gate(p).startswith("未")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


def test_near_miss_points_taken_directly_are_a_fault_no_gate():
    # “直接扣5分”: five points off, no zero of the row
    p = propose("未建立巡查台账的,直接扣5分;巡查记录每缺1次扣1分;发现问题未整改的每处扣2分。", "10", "巡查")
    assert not _gate(p)
    assert by_vars(p, "1", "0", "0") == 5


# ── a shortage in words, a value compared with another named in words: conditions of a gate ──────────────────────────
@pytest.mark.parametrize("text, weight, conds, at, expected", [
    ("场地面积不足不得分。设施损坏每处扣1分。无管理制度不得分。", "10", ("场地面积不足", "无管理制度"),
     [("1", "3"), ("0", "0")], [7, 0]),
    ("办公经费不足的,不得分;台账每缺1项扣0.5分", "4", ("办公经费不足",), [("1", "2"), ("0", "0")], [3, 0]),
])
def test_a_shortage_in_words_zeroes_the_row(text, weight, conds, at, expected):
    p = propose(text, weight, "场地")
    sole(p, "formula")
    assert all(c in _gate(p) for c in conds), p.summary
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


def test_near_miss_a_shortage_of_a_figure_is_no_condition_in_words():
    # “不足50平方米”: a line with its figure, not read as the row's zero
    p = propose("场地面积不足50平方米的不得分。设施损坏每处扣1分。", "10", "场地")
    assert not _gate(p)
    assert not p.confident


@pytest.mark.parametrize("text, weight, cond", [
    ("各单位按完成量从高到低排名,第一名10分,依次递减0.5分,递减到0分为止。(如增速低于全市平均水平,此项不得分)", "10",
     "增速低于全市平均水平"),
    ("按存款增幅从高到低排名,第一名10分,依次递减0.5分,递减到0分为止。(如存款增幅低于上年,此项不得分)", "10",
     "存款增幅低于上年"),
])
def test_a_value_below_another_named_in_words_zeroes_a_rank(text, weight, cond):
    p = propose(text, weight, "增速排名")
    sole(p, "formula")
    assert _gate(p).startswith(cond + "（"), p.summary
    # the factor first, then the rank
    assert [by_vars(p, "1", "1"), by_vars(p, "1", "3"), by_vars(p, "0", "1"), by_vars(p, "1", "30")] == D(10, 9, 0, 0)
    assert not p.confident


def test_near_miss_a_value_below_a_figure_is_no_condition_in_words():
    p = propose("各单位按完成量从高到低排名,第一名10分,依次递减0.5分,递减到0分为止。(如增速低于5%,此项不得分)", "10", "增速排名")
    assert not _gate(p)
    assert not p.confident


# ── one rate's lines for several kinds, a step below each line ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, lines, at, expected", [
    ("垃圾清运不及时1次扣0.5分;清扫保洁率主干道≥95%、次干道和小巷≥90%;未达到每下降1%扣0.2分", "5", ("95", "90"),
     [("0", "96", "90"), ("2", "93", "85"), ("4", "80", "80")], [5, 2.6, 0]),
    ("设备完好率生产线≥98%、辅助设施≥95%。未达到每下降1%扣0.5分;维修记录不全1次扣0.5分", "6", ("98", "95"),
     [("99", "95", "0"), ("97", "93", "2"), ("90", "90", "0")], [6, 3.5, 0]),
])
def test_a_rate_below_the_line_of_its_own_kind(text, weight, lines, at, expected):
    p = propose(text, weight, "保洁")
    params = sole(p, "formula")
    rates = [v for v in params["variables"] if v["unit"] == "%"]
    assert len(rates) == 2 and all(f"({x} - min({x}, " in params["expression"] for x in lines)
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


def test_near_miss_lines_of_two_rates_are_not_one_rate_of_two_kinds():
    # “主干道清扫率≥95%、次干道保洁率≥90%”: two rates named, not the kinds of one; not read as each kind's line
    p = propose("垃圾清运不及时1次扣0.5分;主干道清扫率≥95%、次干道保洁率≥90%;未达到每下降1%扣0.2分", "5", "保洁")
    expression = " ".join(str((it.get("params") or {}).get("expression", "")) for it in p.items)
    assert "(95 - min(95" not in expression and "(90 - min(90" not in expression
    assert not p.confident

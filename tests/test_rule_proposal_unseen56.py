"""Wordings a proposer found no reading of at all: the full marks named before their figure (“…比例达到100%的,得满分10分”);
one case of a fault said as 一起 or 1起 before its deduction (“录入超期限办案一起扣0.5分”); a requirement that only rules
cases out, with no word of its score (“无无故迟到、早退情况。”, “不存在…骗取评审专家资格的情形。”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, met_or_not, sole


# ── the full marks named before their figure (“…的,得满分10分”) ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("在接警后24小时内完成网上审批比例达到100%的,得满分10分。", "10"),
    ("档案资料齐全的,计满分5分", "5"),
    ("按时报送年度报告的，得满分为三分。", "3"),
])
def test_full_marks_named_before_their_figure(text, weight):
    p = propose(text, weight, "审批")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


def test_full_marks_and_their_figure_are_one_statement_of_the_points():
    # the 满分 and its figure say the 分值 once: no “more points than the rule holds”
    p = propose("办理比例达到100%的,得满分15分,录入超期限办案每起扣0.5分。", "15", "办案")
    assert sole(p, "deduction")["per"] == "0.5"
    assert not any("能容纳的多" in u for u in p.unplaced), p.unplaced


def test_near_miss_full_marks_of_another_figure_are_no_requirement_met():
    p = propose("审批比例达到100%的,得满分8分。", "10", "审批")
    assert p.kind != "all_or_nothing" or not p.confident


# ── one case of a fault said as 一起 or 1起 before its deduction (“…办案一起扣0.5分”) ────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("录入超期限办案一起扣0.5分。", "15", "0.5"),
    ("超期办结1起扣1分", "10", "1"),
    ("案件受理比例达到100%的,得满分15分,录入超期限办案一起扣0.5分。", "15", "0.5"),
    ("群众投诉查实一起，扣二分", "10", "2"),
])
def test_one_case_said_as_yi_qi_is_a_deduction_per_case(text, weight, per):
    p = propose(text, weight, "办案")
    assert sole(p, "deduction")["per"] == per and sole(p, "deduction")["unit"] == "起"
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]
    assert not p.confident  # that each further case costs as much is read, not said


@pytest.mark.parametrize("text", [
    "与其他单位一起扣分",  # 一起 as together, no figure
    "会同有关部门一起开展检查",
])
def test_near_miss_yi_qi_as_together(text):
    p = propose(text, "10", "检查")
    assert p.kind != "deduction"


# ── a requirement that only rules cases out, no word of its score (“无无故迟到、早退情况。”) ──────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("无无故迟到、早退情况。", "5"),
    ("无故意隐瞒个人情况,无不执行主动回避制度情形。", "10"),
    ("不存在提供不实信息、伪造履历等方式骗取评审专家资格的情形", "5"),
    ("无因技术评审意见有重大过失,造成严重后果的情形。", "5"),
    ("遵守评审纪律,接受评审任务后无正当理由不参加评审活动,且未及时告知组织单位情况。", "10"),
    ("没有擅自离岗、脱岗情况", "3"),
])
def test_a_requirement_ruling_cases_out_is_met_or_not(text, weight):
    p = propose(text, weight, "评审纪律")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), Decimal(0))
    assert not p.confident and any("未说明计分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "熟悉项目评审资料。",  # a quality the team weighs
    "评审意见专业实在中肯,不讲空话套话。",
    "提出的评审意见能节约投资成本或避免经济损失",
    "检查资金使用情况",  # a state of the work judged
    "未按时完成的任务情况",  # no case ruled out: the state of what is not done
    "无违规情况,按完成情况评分",  # scored by how much is done
    "评审结果为优秀",
])
def test_near_miss_qualities_and_states_stay_judged(text):
    p = propose(text, "5", "评审")
    assert p.kind == "judgement", p.summary

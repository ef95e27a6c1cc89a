"""Wordings a proposer left as a judgement: faults each with its cost in brackets and a minus, no 扣 nor 分 said (a 质检
sheet's 扣分点: “未主动报工号(-2)未确认客户需求(-3)…”, a single “(-10)” fault taking the whole row, examples in brackets
after the cost); situations' points written with their sign (“按期交付+8分…0分”, “A级+6分…B级+4分”, “…+10分…-3分/次最多扣10分”);
situations whose figures measure different things, a share beside counts of cases (“100%按时完工 6 存在1-2次延误 4 存在3次以上
延误 2 …”), read as cases to choose from, not bands of one value.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way. Every reading here is of signs or layout, never of words: always to check.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, met_or_not, picked, scores, sole


# ── faults each with its cost in brackets (“未主动报工号(-2)未确认客户需求(-3)…”) ──────────────────────────────────────
def test_faults_each_with_a_bracketed_cost():
    p = propose("未主动报工号(-2)未确认客户需求(-3)未做结束语(-2)", "10", "服务规范")
    sole(p, "formula")
    assert [by_vars(p, "0", "0", "0"), by_vars(p, "1", "0", "0"), by_vars(p, "0", "1", "1"),
            by_vars(p, "1", "1", "1")] == D(10, 8, 5, 3)
    assert not p.confident and any("(-2)" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "未按规定流程登记工单(-10)",
    "未按规定流程登记工单(-10分)",
    "未按规定流程登记工单（－10）",
])
def test_one_fault_taking_the_whole_row(text):
    p = propose(text, "10", "工单登记")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (10, 0)
    assert not p.confident


def test_faults_with_their_examples_after_the_cost():
    p = propose("语速过快(-5)(例:客户多次要求重复)使用服务禁语(-5)(如:不知道、不归我管)", "5", "语言规范")
    sole(p, "all_or_nothing")  # each fault takes the whole 5
    assert met_or_not(p) == (5, 0)
    assert "(例:客户多次要求重复),扣5分" in normalize("语速过快(-5)(例:客户多次要求重复)使用服务禁语(-5)")
    assert not p.confident


@pytest.mark.parametrize("text", [
    "室温保持在(-5)℃以上得5分",  # a figure of a measure, never a cost
    "冷库温度(-18)℃以下",
    "资料齐全得10分;缺少签字(-2)",  # points earned beside the bracket: not a table of costs alone
    "误差控制在(-2)至2之间",
])
def test_near_miss_not_bracketed_costs(text):
    assert "扣" not in normalize(text), normalize(text)


# ── points written with their sign (“按期交付+8分…0分”) ────────────────────────────────────────────────────────────
def test_two_situations_signed():
    p = propose("按合同约定时间完成交付+8分未按时交付且造成损失0分", "8", "交付")
    sole(p, "choice")
    assert [picked(p, 0), picked(p, 1)] == D(8, 0)
    assert not p.confident and any("+8分" in u for u in p.unplaced)


def test_grades_signed():
    p = propose("安全评级A级+6分安全评级B级+4分安全评级C级+1分", "6", "安全评级")
    sole(p, "choice")
    assert [picked(p, 0), picked(p, 1), picked(p, 2)] == D(6, 4, 1)
    assert not p.confident


def test_none_signed_then_a_cost_per_case_signed():
    p = propose("未发生安全生产责任事故+10分发生一般安全事故-3分/次最多扣10分", "10", "安全生产")
    sole(p, "deduction")
    assert [by_count(p, "0"), by_count(p, "2"), by_count(p, "5")] == D(10, 4, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "每参加培训1次+2分,本年最高6分",  # points added per case, capped: not a situation's
    "基础分5+2分",  # a sum
    "得分=完成值/目标值×10+2分",  # a formula
    "获评先进+2分,得满分",  # points earned with a verb beside it
])
def test_near_miss_not_signed_points(text):
    assert ",得2分;" not in normalize(text), normalize(text)


# ── situations whose figures measure different things (“100%按时完工 6 存在1-2次延误 4 …”) ────────────────────────────
@pytest.mark.parametrize("text", [
    "100%按时完工 6 存在1-2次延误 4 存在3次以上延误 2 多次延误或严重拖期 0",
    "按时完工率100%得6分;1-2次延误得4分;3次以上延误得2分;多次延误不得分",
])
def test_a_share_beside_counts_of_cases(text):
    p = propose(text, "6", "工期")
    sole(p, "choice")
    assert [picked(p, 0), picked(p, 1), picked(p, 2), picked(p, 3)] == D(6, 4, 2, 0)
    assert not p.confident and any("计量不同" in u for u in p.unplaced)


def test_near_miss_bands_of_one_share():
    # every figure a share: bands of one value, never cases
    p = propose("完成率100%得6分;完成率90%以上得4分;完成率80%以上得2分;80%以下不得分", "6", "完成率")
    assert p.kind == "tiers"
    assert scores(p, [100, 95, 85, 50]) == D(6, 4, 2, 0)


def test_near_miss_a_step_beside_a_share():
    # “每…” is a deduction per case, never a situation to choose
    p = propose("完成率100%得6分;每延误1次扣2分", "6", "工期")
    assert p.kind != "choice"

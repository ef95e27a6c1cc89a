"""Near misses of this round's readings that came back sure and wrong: each is to check now, its near variants still read.

- a title with the 分值 in brackets run into situations whose best is less (“档案管理(5分)档案齐全得4分,不齐全得2分”)
  had been read as one more situation on the 分值: it may be the row's title (to check), unless another situation says
  its state again (“全部完成(5分)部分完成得3分,未完成不得分”) or it is a grade;
- points of which one denies another (“有宣传得2分,无宣传得1分”, “档案齐全得4分,不齐全得1分”) cannot both be met:
  situations, not points that add up (to check);
- a fault said as the requirement met (“工作方案完整,扣5分”, “档案齐全。扣2分”): a denial left out (to check);
- costs by the number of those satisfied (“一户满意扣3分,…”): no count of cases (never sure bands); those not or only
  partly satisfied still are.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, maxes, met_or_not, picked, point_labels, scored, sole, ticks


# ── a title, or the first situation, with the 分值 in brackets ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, title", [
    ("宣传报道(3分)有宣传得2分,无宣传不得分。", "3", "宣传报道"),
    ("1.宣传报道(3分)有宣传得2分,无宣传不得分。", "3", "宣传报道"),
    ("(二)档案管理(5分)档案齐全得4分,不齐全得2分", "5", "档案管理"),
    ("信息公开(6分):按时公开得4分,未公开不得分", "6", "信息公开"),
])
def test_title_run_into_lesser_situations_is_to_check(text, weight, title):
    p = propose(text, weight, "指标")
    assert not p.confident, p.summary
    assert any(title in u and "标题" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight, labels, scores", [
    ("全部完成(5分)部分完成得3分,未完成不得分", "5", ["全部完成", "部分完成", "未完成"], [5, 3, 0]),
    ("按时完成(6分)延期完成得2分,未完成不得分", "6", ["按时完成", "延期完成", "未完成"], [6, 2, 0]),
    ("全部达标(8分)基本达标得5分,不达标不得分", "8", ["全部达标", "基本达标", "不达标"], [8, 5, 0]),
])
def test_first_situation_saying_its_state_again_reads(text, weight, labels, scores):
    p = propose(text, weight, "指标")
    params = sole(p, "choice")
    assert p.confident, p.unplaced
    assert [o["label"] for o in params["options"]] == labels
    assert [picked(p, k) for k in range(len(scores))] == D(*scores)


# ── points of which one denies another ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("有宣传得2分,无宣传得1分", "3"),
    ("资料齐全得4分,不齐全得1分", "5"),
    ("建立台账得2分;未建立台账得1分", "3"),
    ("宣传报道(3分)有宣传得2分,无宣传得1分。", "3"),
    ("★台账建设(4分)台账完整得3分,台账缺失得1分", "4"),
])
def test_points_denying_each_other_are_to_check(text, weight):
    p = propose(text, weight, "指标")
    assert not p.confident, p.summary
    assert any("否定" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight, labels, pts", [
    ("成立领导小组得4分,制定方案得6分", "10", ["成立领导小组", "制定方案"], [4, 6]),
    ("有应急预案得2分,无安全事故得1分", "3", ["有应急预案", "无安全事故"], [2, 1]),
])
def test_points_of_different_matters_add_up(text, weight, labels, pts):
    p = propose(text, weight, "指标")
    sole(p, "checklist")
    assert p.confident, p.unplaced
    assert point_labels(p) == labels
    assert maxes(p) == D(*pts)
    assert ticks(p, True, True) == D(sum(pts))[0]


# ── a fault said as the requirement met ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("工作方案完整,扣5分", "5"),
    ("档案齐全。扣2分", "2"),
    ("巡查记录规范的,扣3分", "3"),
    ("责任分工明确,扣4分", "4"),
])
def test_fault_said_as_met_is_to_check(text, weight):
    p = propose(text, weight, "指标")
    assert not p.confident, p.summary
    assert any("漏写" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("档案不齐全。扣2分", "2"),
    ("资料不完整的,扣3分", "3"),
    ("未及时上报的,扣4分", "4"),
    ("工作方案无时间节点,无责任分工。扣5分", "5"),
])
def test_fault_said_as_a_lack_reads(text, weight):
    p = propose(text, weight, "指标")
    assert p.confident, p.unplaced
    assert p.kind == "all_or_nothing"
    assert list(met_or_not(p)) == D(weight, 0)


# ── costs by the number of those satisfied ────────────────────────────────────────────────────────────────────
def test_costs_by_those_satisfied_are_no_bands():
    p = propose("一户满意扣2分,二户满意扣4分,三户满意不得分", "6", "指标")
    assert not p.confident, p.summary
    assert p.kind != "tiers"


@pytest.mark.parametrize("text, weight, counted, scores", [
    ("一户不满意扣2分,二户不满意扣4分,三户不满意不得分", "6", "不满意", [6, 4, 2, 0, 0]),
    ("一人基本满意扣1分,两人基本满意扣2分,三人基本满意不得分", "3", "基本满意", [3, 2, 1, 0, 0]),
])
def test_costs_by_those_less_than_satisfied_are_bands(text, weight, counted, scores):
    p = propose(text, weight, "指标")
    params = sole(p, "tiers")
    assert p.confident, p.unplaced
    assert counted in params["value_label"]
    assert [scored(p, {"value": str(n)}) for n in range(5)] == D(*scores)

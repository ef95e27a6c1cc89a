"""Deductions read per case where the text states a formula: a zero on a rate past a line (“外伤超过5%不得分”), or
short of the line the text asks as its standard (“…均达85%以上;…低于85%该项不得分”), beside deductions per case that
count something else and nothing per point of a rate, a condition zeroing the row; a count found that takes all the points, “发现1件全扣”, the whole 分值 taken; and of two
readings to check placing as many figures, a formula that holds every scored clause before one of another type that
leaves one out (“…扣2分,解决1个实际问题得1分” read as a deduction without the points earned).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, sole


def _gate_label(p) -> str:
    variables = sole(p, "formula")["variables"]
    return next(v["label"] for v in variables if "整项不得分" in v["label"])


# ── a rate past a line zeroing the row beside deductions per case (“…或者每学期外伤超过5%不得分;其余有1项…扣1分”) ──────
@pytest.mark.parametrize("text, weight, cond, values, score", [
    ("查阅台账,了解情况;无应急预案或者年度事故率超过3%不得分;其余有1项未落实扣1分;", "4", "超过3%", ("1", "1"), "3"),
    ("无消防制度或者年度火灾发生率高于2%的,不得分;其余每有1项做不到扣0.5分", "3", "高于2%", ("1", "2"), "2"),
    ("绿化带连续不断,苗木成活率达90%以上;每有1处护栏破损扣2分;成活率低于90%该项不得分", "8", "低于90%",
     ("1", "3"), "2"),
])
def test_a_rate_past_a_line_zeroes_the_row(text, weight, cond, values, score):
    p = propose(text, weight, "安全")
    assert cond in _gate_label(p)
    assert by_vars(p, *values) == Decimal(score)
    assert by_vars(p, "0", "0") == 0  # the condition met: nothing, whatever the deductions
    assert by_vars(p, "1", "0") == Decimal(weight)
    assert not p.confident  # the gate is always said back


def test_near_miss_a_rate_short_of_a_line_asked_nowhere_is_no_gate():
    # “合格率低于90%” where the text asks no 90%: maybe a ladder's floor, not read as a condition
    p = propose("未建立台账、或者合格率低于90%的,本项不得分;记录不全,每缺1份扣0.5分", "4", "台账")
    assert not p.confident
    assert not any("整项不得分" in v["label"] for it in p.items for v in it["params"].get("variables", [])), p.summary


def test_near_miss_a_rate_of_what_the_deductions_count_is_no_gate():
    # “漏检率超过5%” beside “每漏检1处扣1分”: the rate of the cases counted, their count running out
    p = propose("巡查漏检率超过5%的,不得分;每漏检1处扣1分,扣完为止", "5", "巡查")
    assert not any("整项不得分" in v["label"] for it in p.items for v in it["params"].get("variables", [])), p.summary


@pytest.mark.parametrize("text", [
    "合格率≥95%得满分,每低1个百分点扣1分;合格率高于99%另不扣分;合格率超过100%的,不得分",
    "每超过1%扣1分;超标率超过5%的,不得分",
])
def test_near_miss_a_rate_line_where_the_rate_is_stepped_is_no_gate(text):
    # deductions per point of the rate: the line is where its steps run out, no condition of its own
    p = propose(text, "5", "合格率")
    assert not any("整项不得分" in v["label"] for it in p.items for v in it["params"].get("variables", [])), p.summary


# ── a count found that takes all the points: “发现1件全扣” (the whole 分值) ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("办理信访件未按期答复的,发现1件扣1分;涉及重大群体事件未及时处置的,发现一起全扣", "5"),
    ("投诉未按时办结的,每发现1件扣0.5分;隐瞒不报的,发现1次全扣", "4"),
])
def test_a_count_found_taking_all_zeroes_the_row(text, weight):
    p = propose(text, weight, "投诉")
    _gate_label(p)
    assert by_vars(p, "1", "2") == 3  # two cases of the deduction per case
    assert by_vars(p, "0", "0") == 0
    assert not p.confident


@pytest.mark.parametrize("text, per", [
    ("档案资料不全扣1分;每缺1份记录扣0.5分", "1"),
    ("资料不齐全扣2分,每发现1处错误扣1分", "2"),
])
def test_near_miss_not_all_taken_is_no_whole(text, per):
    # “不全扣1分”, “不齐全扣2分”: the fault is “不全”, its points said: nothing takes the whole 分值
    p = propose(text, "6", "资料")
    assert "扣全分" not in p.text
    assert not any("整项不得分" in v["label"] for it in p.items for v in it["params"].get("variables", [])), p.summary


def test_near_miss_points_said_then_all_taken_keep_their_points():
    # “5分全扣”: the points said, then that all are taken (read as 扣5分 already)
    p = propose("无领导小组,5分全扣;领导小组成员变动未有文字材料,扣2分", "5", "组织")
    assert "扣全分" not in p.text


# ── a formula holding every scored clause before a deduction leaving one out ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("查资料,听取意见,少开展1次走访扣2分,化解1起矛盾纠纷得1分", "6", ("1", "1"), "5"),
    ("查资料,听反映,少召开1次座谈会扣2分,解决1个实际问题得1分", "6", ("2", "0"), "2"),
])
def test_points_earned_after_a_deduction_keep_the_formula(text, weight, values, score):
    p = propose(text, weight, "联系群众")
    sole(p, "formula")
    assert by_vars(p, *values) == Decimal(score)
    assert by_vars(p, "0", "3") == Decimal(weight)  # never past the 分值
    assert not p.confident


def test_near_miss_a_line_with_its_floor_stays_a_line():
    # two readings of other types both leaving a clause out rank as ever: the line of the rate, its floor to check
    p = propose("群众满意度≥90%得满分,每降低1%扣0.2分,扣完为止;满意度低于70%不得分", "5", "满意度")
    assert not p.confident
    assert any("满意度低于70%不得分" in u for u in p.unplaced), p.unplaced

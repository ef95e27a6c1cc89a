"""Wordings the proposer read wrongly, though to check (probe26's list of what remained): a count let pass said alone
before the deduction per case (“每班最多缺席3人,超过3人的,扣0.5分/人”, “迟到3次以内不扣分,超过3次的每次扣1分”) is
``max - per * max(0, n - 3)``, never the count as a step nor a deduction from the first case; one part's cap said with
扣完 (“…发现一次扣2分,10分扣完为止”) on a 分值 past it caps that part; bands of days said with 以上…以内 and their ends
marked (“请假一天以内不扣分;一天以上两天以内扣除20分(包括两天);…”) are bands on the days, each the 分值 less its
deduction; things listed then their points in turn after 各 (“市级、县级各得2分、1分”) on the points' sum are a 要点核查,
each its own points.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way. None of these readings is sure: every proposal is to check.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, maxes, picked, readings, scores, sole, ticks


# ── a count let pass said alone, then each case past it deducted ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, n, per", [
    ("每周最多迟到2次,超过2次的,扣1分/次", "10", 2, "1"),
    ("早退2次以内不扣分,超过2次的每次扣0.5分", "5", 2, "0.5"),
    ("每天缺岗1人以内不扣分,超过1人的每人扣2分", "8", 1, "2"),
    ("缺勤超过2天的,每天扣1分", "6", 2, "1"),
    ("每月最多请假3次,超过3次的,每次扣2分,扣完为止", "10", 3, "2"),
])
def test_a_count_let_pass_alone_is_where_the_deducting_starts(text, weight, n, per):
    p = propose(text, weight, "考勤")
    params = sole(p, "formula")
    assert f"max(0, a - {n})" in params["expression"]
    w, x = D(weight)[0], D(per)[0]
    for k in (0, n, n + 1, n + 3, 40):
        assert by_vars(p, str(k)) == max(D(0)[0], w - x * max(0, k - n)), (k, params["expression"])
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每班最多缺席3人,超过3人的,扣0.5分/人", "5"),
    ("迟到3次以内不扣分,超过3次的每次扣1分", "10"),
])
def test_a_count_let_pass_is_no_step_and_no_first_case(text, weight):
    # neither a step of the count (0.5 shared among 3) nor a deduction from the first case
    for r in readings(text, weight):
        kind = r.items[0]["type"]
        assert kind not in ("deduction", "threshold"), r.summary


@pytest.mark.parametrize("text, weight, per", [
    ("每月至少检查2次,每少1次扣1分", "5", "1"),          # a count asked for, each one short a case
    ("每发现1次超过规定时限的扣1分,扣完为止", "5", "1"),   # 超过 in the fault's words, no count let pass
])
def test_near_miss_no_count_let_pass_stays_per_case(text, weight, per):
    p = propose(text, weight, "指标")
    assert sole(p, "deduction")["per"] == per


def test_near_miss_a_count_past_which_another_thing_is_counted():
    # “超过5天每日学习积分未达…”: 每日 is what is measured each day, not each day past 5 deducted
    text = "班子成员近一个月内超过5天每日学习积分未达41分,每人扣1分,扣满8分为止;全年供稿未被采用的,扣2分。"
    p = propose(text, "10", "学习")
    assert not any("max(0, a - 5)" in (it["params"].get("expression") or "") for it in p.items)


# ── one part's cap said with 扣完, short of the 分值 ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, cap", [
    ("资料报送不及时每次扣1分,扣完5分为止", "10", "1", "5"),
    ("巡查中发现一处隐患扣2分,8分扣完为止", "16", "2", "8"),
    ("未按规定着装的,经查实1次扣0.5分,2分扣完为止。", "4", "0.5", "2"),
])
def test_one_part_capped_short_of_the_weight_keeps_its_cap(text, weight, per, cap):
    p = propose(text, weight, "管理")
    params = sole(p, "formula")
    assert params["expression"].startswith(f"max - min({cap}, ")
    w, x, c = D(weight)[0], D(per)[0], D(cap)[0]
    for k in (0, 1, 3, 10, 50):
        assert by_vars(p, str(k)) == w - min(c, x * k)
    assert not p.confident


@pytest.mark.parametrize("text, weight, per", [
    ("资料报送不及时每次扣1分,扣完5分为止", "5", "1"),          # the cap the 分值 itself
    ("(6分)每缺少1项扣2分,扣完20分为止。", "6", "2"),           # a cap past the 分值: the 分值 stops first
])
def test_near_miss_a_cap_at_or_past_the_weight_is_a_deduction_per_case(text, weight, per):
    p = propose(text, weight, "管理")
    assert sole(p, "deduction")["per"] == per
    assert by_count(p, "100") == 0


@pytest.mark.parametrize("weight", ["22", "20"])
def test_parts_each_capped_past_the_weight_are_one_formula_each_term_capped(weight):
    # caps of 15 and 15 past the 分值: no parts of 15 each, one formula, each fault within its cap, the whole within 0
    p = propose("未按时送达的,1次扣5分,扣完15分为止;包装破损的,1次扣3分,扣完15分为止。", weight, "配送")
    params = sole(p, "formula")
    assert "min(15, 5 * a)" in params["expression"] and "min(15, 3 * b)" in params["expression"]
    w = D(weight)[0]
    assert [by_vars(p, *x) for x in (("0", "0"), ("1", "1"), ("4", "0"), ("3", "6"))] == [w, w - 8, w - 15, max(D(0)[0], w - 30)]
    assert not p.confident


def test_near_miss_parts_each_capped_making_up_the_weight_stay_parts():
    p = propose("未按时送达的,1次扣5分,扣完15分为止;包装破损的,1次扣3分,扣完15分为止。", "30", "配送")
    assert [it["type"] for it in p.items] == ["deduction", "deduction"]
    assert [it["max"] for it in p.items] == ["15", "15"]


def test_near_miss_a_cap_on_a_fault_taken_once_is_no_cap():
    # “1床…扣5分”: a count the reading of a fault taken once would lose; the deduction per bed stays, to check
    p = propose("一床不按要求扣5分,扣完10分止;", "15", "内务")
    assert sole(p, "deduction")["per"] == "5"
    assert not p.confident


# ── bands of days (or times) said with 以上…以内, their ends marked after the deductions ─────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("请假一天以内不扣分;请假一天以上两天以内扣除20分(包括两天);请假两天以上三天以内扣除30分(包括三天);请假三天以上不得分",
     "100", [0.5, 1, 1.5, 2, 2.5, 3, 4], [100, 100, 80, 80, 70, 70, 0]),
    ("病假1天以内不扣分;病假1天以上3天以内扣10分(包括3天);病假3天以上5天以内扣20分(包括5天);病假5天以上不得分",
     "50", [1, 2, 3, 4, 5, 6], [50, 40, 40, 30, 30, 0]),
    ("迟到2次以内不扣分;迟到2次以上4次以内扣5分(含4次);迟到4次以上不得分", "20", [0, 2, 3, 4, 5], [20, 20, 15, 15, 0]),
])
def test_bands_of_days_are_tiers_of_the_score(text, weight, values, expected):
    p = propose(text, weight, "考勤")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident


def test_bands_of_days_are_no_yes_no_faults():
    text = "请假一天以内不扣分;请假一天以上两天以内扣除20分(包括两天);请假两天以上三天以内扣除30分(包括三天)"
    for r in readings(text, "100"):
        assert r.items[0]["type"] != "formula", r.summary
    assert not propose(text, "100", "考勤").confident


def test_near_miss_a_deduction_per_case_past_the_band_kept_is_no_band():
    # “超过1人的每人扣2分”: each person past the one let pass, not one band of “more than 1”
    for r in readings("缺岗1人以内不扣分,超过1人的每人扣2分", "8"):
        assert r.items[0]["type"] != "tiers", r.summary


# ── things listed, then their points in turn after 各 ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("市级、县级各得2分、1分", "3", [2, 1]),
    ("省级、市级各加3分、2分", "5", [3, 2]),
    ("获得一等奖、二等奖、三等奖各得3分、2分、1分", "6", [3, 2, 1]),
])
def test_points_in_turn_after_ge_on_their_sum_are_each_their_own(text, weight, points):
    p = propose(text, weight, "表彰")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert ticks(p, *([True] + [False] * (len(points) - 1))) == D(points[0])[0]
    assert ticks(p, *([False] * (len(points) - 1) + [True])) == D(points[-1])[0]
    assert ticks(p, *([True] * len(points))) == D(weight)[0]
    assert not p.confident


def test_points_in_turn_on_the_highest_stay_one_of_them():
    p = propose("获得一等奖、二等奖、三等奖各得3分、2分、1分", "3", "表彰")
    sole(p, "choice")
    assert [picked(p, k) for k in range(4)] == D(3, 2, 1, 0)
    assert not p.confident


def test_points_in_turn_are_never_one_amount_for_each():
    # on a 分值 neither their sum nor their highest: not two points of 2 each
    for r in readings("市级、县级各得2分、1分", "4"):
        assert not (r.items[0]["type"] == "checklist" and maxes_of(r) == D(2, 2)), r.summary
    assert not propose("市级、县级各得2分、1分", "4", "表彰").confident


def test_near_miss_one_amount_after_ge_is_each_alike():
    p = propose("市级、县级各得2分", "4", "表彰")
    sole(p, "checklist")
    assert maxes(p) == D(2, 2)


def maxes_of(r) -> list:
    return D(*(pt["max"] for pt in r.items[0]["params"]["points"]))

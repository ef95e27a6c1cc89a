"""Confident readings that scored a procurement, bank, school, 积分制, contractor, IT-service or accounting table wrong:
each is to check now (or reads right), its near variants still read.

- points taken beyond the item (“反扣2分”, “从考核总分中扣除5分”, “在总分中扣3分”), as “倒扣” already was: the item's score
  may fall below 0 or the points come off the total, which a rule kept within 0～分值 does not say (to check);
- one unit of time late and its deduction after the situation in time (“按时完成得5分,延迟1天扣1分”): per day late, or
  that one situation only? (to check, as “有1项未落实扣1分” is);
- a deduction “每次每人” (“每户每次”) is one per person-time (household-time), as “每人每次” is; one “每人每天” is no
  deduction per person;
- grades scoring less and less, then one taking points off that, off the 分值, scores more than the grade before it
  (“A类得5分,B类得3分,C类不得分,D类扣2分”): a lower grade still, its points off below it (to check).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, sole, to_check


# ── points taken beyond the item ─────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, word", [
    ("出现重大差错反扣5分", "5", "反扣"),
    ("未达到要求的反扣2分", "2", "反扣"),
    ("未按要求整改的反扣3分", "3", "反扣"),
    ("每出现一次差错反扣1分,扣完为止", "5", "反扣"),
    ("出现重大差错的,从考核总分中扣除5分", "5", "总分中扣"),
    ("发生责任事故的,在总分中扣3分", "3", "总分中扣"),
])
def test_points_taken_beyond_the_item_are_to_check(text, weight, word):
    to_check(text, weight, word)


@pytest.mark.parametrize("text, weight", [
    ("出现重大差错扣5分", "5"),
    ("违反规定的扣2分", "2"),
    ("发现一次违反扣0.5分,扣完为止", "3"),
    ("每出现一次差错扣1分,扣完为止", "5"),
])
def test_points_taken_within_the_item_still_read(text, weight):
    p = propose(text, weight, "指标")
    assert p.confident, p.unplaced


# ── one unit of time late and its deduction, after the situation in time ─────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("月结按时完成得5分,延迟1天扣1分", "5"),
    ("按时完成得5分,延迟1天扣1分", "5"),
    ("按时提交得3分,逾期1周扣1分", "3"),
    ("按时交付得4分,超期1天扣1分", "4"),
])
def test_one_unit_of_time_late_is_to_check(text, weight):
    p = propose(text, weight, "指标")
    assert not p.confident, p.summary


@pytest.mark.parametrize("text, weight, labels", [
    # a band of time late, its bound a day: the situations say every case
    ("按时完成得5分,延迟1天以内扣1分,超过1天不得分", "5", ["按时完成", "延迟1天以内", "超过1天"]),
])
def test_bands_of_time_late_still_read(text, weight, labels):
    p = propose(text, weight, "指标")
    params = sole(p, "choice")
    assert p.confident, p.unplaced
    assert [o["label"] for o in params["options"]] == labels


# ── a deduction each time each person ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("每次每人扣0.5分,扣完为止", "5", "0.5", "人次"),
    ("两操缺勤每次每人扣0.2分,扣完为止", "4", "0.2", "人次"),
    ("门前卫生不达标每户每次扣1分,扣完为止", "5", "1", "户次"),
    ("每次每户扣0.5分,扣完为止", "3", "0.5", "户次"),
])
def test_each_time_each_person_is_a_person_time(text, weight, per, unit):
    p = propose(text, weight, "指标")
    params = sole(p, "deduction")
    assert p.confident, p.unplaced
    assert params["unit"] == unit and params["per"] == per
    assert by_count(p, "3") == D(weight)[0] - 3 * D(per)[0]


@pytest.mark.parametrize("text, weight", [
    # a person and a span of time: person-days, person-months, neither persons nor cases
    ("每人每天扣0.5分,扣完为止", "5"),
    ("每天每人扣0.5分,扣完为止", "5"),
    ("缺勤每月每人扣1分,扣完为止", "5"),
    ("每户每月扣0.2分,扣完为止", "4"),
])
def test_each_person_each_span_of_time_is_no_count_of_persons(text, weight):
    p = propose(text, weight, "指标")
    assert not p.confident, p.summary


# ── a grade taking points off, listed below one scoring less ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, grade", [
    ("A类得5分,B类得3分,C类不得分,D类扣2分", "5", "D类"),
    ("A级得5分,B级得3分,C级得1分,D级扣2分", "5", "D级"),
    ("甲等得5分,乙等得3分,丙等不得分,丁等扣1分", "5", "丁等"),
    ("好得6分,中得3分,差不得分,很差扣1分", "6", "很差"),
])
def test_grade_deducted_below_a_lower_one_is_to_check(text, weight, grade):
    to_check(text, weight, grade)


@pytest.mark.parametrize("text, weight, scores", [
    # the points off leave it below the grade before it: the grades still fall
    ("A类得5分,B类得3分,C类得2分,D类扣4分", "5", [5, 3, 2, 1]),
    ("甲等得8分,乙等得5分,丙等扣6分", "8", [8, 5, 2]),
    # after two situations, the last scoring nothing: a degree between them
    ("召开专题会议研究安全工作并落实经费计4分,未研究不计分,只研究不落实扣2分", "4", [4, 0, 2]),
])
def test_grade_deducted_below_the_ones_before_still_reads(text, weight, scores):
    p = propose(text, weight, "指标")
    params = sole(p, "choice")
    assert p.confident, p.unplaced
    assert [Decimal(o["score"]) for o in params["options"]] == D(*scores)

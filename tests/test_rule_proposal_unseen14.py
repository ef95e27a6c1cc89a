"""Wordings of formulas missed in the tuning set, each a class read with texts written for the tests:

- a case counted in person-times said as one person once (“每人每次扣0.5分”, “有1人1次未…扣5分”, “一人一次”): the
  unit is 人次, as “每人次” says (a person late three times is three cases, never one person); a person a year or a
  day (“每人每年”) is no person-time.

Near misses: a person a year or a day, eleven people once, a one-off grant.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, by_vars, sole


# ── person-times said as one person once ───────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("会议考勤:无故缺席的每人每次扣0.5分,扣完为止。", "3", "0.5"),
    ("每人每次迟到早退扣0.2分,扣完为止", "2", "0.2"),
    ("培训考勤,有一人一次未参加培训的扣1分,扣完为止", "4", "1"),
])
def test_one_person_once_is_a_person_time(text, weight, per):
    p = propose(text, weight, "考勤")
    params = sole(p, "deduction")
    assert params["unit"] == "人次"
    w = Decimal(weight)
    assert by_count(p, "0") == w
    assert by_count(p, "2") == w - 2 * Decimal(per)
    assert by_count(p, "100") == 0


def test_faults_each_one_person_once_with_their_own_points():
    p = propose("有1人1次未按时交回登记表扣3分,有1人1次未按要求参加走访的扣2分,扣完为止。", "10", "走访")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["人次", "人次"]
    assert by_vars(p, "0", "0") == 10
    assert by_vars(p, "1", "2") == 3
    assert by_vars(p, "3", "1") == 0


def test_faults_each_one_person_once_alike_count_as_cases():
    p = propose("有1人1次未按时交回登记表扣5分,有1人1次未按要求参加走访的扣5分。", "10", "走访")
    assert not p.confident  # “有1人次…”: counted per case or one situation is not said, nor where it stops
    assert sole(p, "deduction")["unit"] == "人次"
    assert by_count(p, "1") == 5
    assert by_count(p, "2") == 0


@pytest.mark.parametrize("text, kept", [
    ("每人每年参加培训不少于2次,每少1次扣1分", "每人每年"),  # a person a year: no person-time
    ("每人每天登记1次,未登记的扣1分", "每人每天"),             # a person a day
    ("共11人1次未到,扣2分", "11人1次"),                       # eleven people, not one person once
    ("困难职工1人1次性补助500元", "1人1次性"),                # a one-off grant, no count of cases
])
def test_a_person_a_year_is_no_person_time(text, kept):
    assert kept in normalize(text)


"""The time allowed said bare at the head of a practical test's cell, before its overtime:

- “20分钟,超出1分钟扣1分”, “考核时间30分钟,每超时1分钟扣1分,扣完为止”, “90秒,每超过10秒扣1分”: the time taken is the value,
  full marks at the limit or under it, each step past it costing the points (a 达标线扣分, ``delay._limit_then_overtime``,
  reached from ``delay._overtime``, the home of minutes over a practical test's limit); the doubts of the step kept (no
  每 said, a step of seconds or of several units, a part of a step), sure where the text says 每 and 扣完为止.

Near misses: overtime with no limit said (a deduction per minute over, as before), a limit in hours beside a step in
minutes, a limit not at the head of the text.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scores


@pytest.mark.parametrize("text, weight, values, expected", [
    ("考核时间30分钟,每超时1分钟扣1分,扣完为止", "10", ["25", "30", "33", "50"], [10, 10, 7, 0]),
    ("操作时间15分钟,每超出1分钟扣0.5分,扣完为止", "5", ["15", "16", "30"], [5, 4.5, 0]),
])
def test_limit_first_then_each_minute_over_sure(text, weight, values, expected):
    p = propose(text, weight, "操作用时")
    assert p.kind == "threshold" and p.confident, p.unplaced
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight, values, expected", [
    ("25分钟,超出1分钟扣1分。", "8", ["20", "27", "40"], [8, 6, 0]),
    ("90秒,每超过10秒扣1分", "4", ["80", "110"], [4, 2]),
    ("规定时间:40分钟,每超过2分钟扣1分,扣完为止", "6", ["38", "44", "60"], [6, 4, 0]),
])
def test_limit_first_then_overtime_to_check(text, weight, values, expected):
    p = propose(text, weight, "操作用时")
    assert p.kind == "threshold" and not p.confident
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text", [
    "每超时1分钟扣1分,扣完为止",
    "超时1分钟扣1分,扣完为止",
])
def test_overtime_without_a_limit_stays_a_deduction(text):
    assert propose(text, "10", "操作用时").kind == "deduction"


@pytest.mark.parametrize("text", [
    "2小时,每超时1分钟扣1分,扣完为止",
    "器材准备齐全,20分钟,每超时1分钟扣1分,扣完为止",
])
def test_limit_not_read_so(text):
    assert propose(text, "10", "操作用时").kind != "threshold"

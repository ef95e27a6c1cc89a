"""Bands of lessons or study hours: a teacher's or a trainee's 课时 and 学时 counted like any other figure of a band.

- “10课时以上得5分；6课时以上得3分；低于6课时不得分”, “40学时以上5分，20学时以上3分，不足20学时0分”: the units of
  ``tiers._BAND_UNIT`` (and of ``reading._UNIT_AT``, which settles on which side of a figure its band falls, “10课时以上”
  holding 10) now hold 课时 and 学时; 课时 is a whole count (one lesson), 学时 may be split (1.5学时), so only 课时 is
  among the whole units.

Near misses: two bands both holding the same figure (“6至9课时…6课时以下”) stay to check; a line with a cost per hour
short (“40学时…每少1学时扣1分”) is no band.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scores, sure_scores


@pytest.mark.parametrize("text, weight, values, expected", [
    ("10课时以上得5分；6课时以上得3分；低于6课时得0分", "5", [12, 10, 7, 6, 5, 0], [5, 5, 3, 3, 0, 0]),
    ("培训满20课时以上4分，10课时以上2分，不足10课时不得分", "4", [20, 15, 10, 9], [4, 2, 2, 0]),
    ("参加培训40学时以上得5分；20学时以上得3分；不足20学时不得分", "5", [40, 25.5, 20, 19.5], [5, 3, 3, 0]),
    ("年度授课≥120课时得10分，≥80课时得6分，<80课时得0分", "10", [130, 80, 79], [10, 6, 0]),
])
def test_bands_of_lessons_or_study_hours(text, weight, values, expected):
    assert sure_scores(text, weight, values) == D(*expected)


def test_lessons_counted_whole():
    p = propose("授课1-3课时得1分，4-6课时得2分，7课时以上得3分", "3", "授课")
    assert p.kind == "tiers"
    assert scores(p, [1, 3, 4, 6, 7, 9]) == D(1, 1, 2, 2, 3, 3)


@pytest.mark.parametrize("text", [
    "10课时以上5分；6至9课时3分；6课时以下0分",  # 6 said in two bands
])
def test_lessons_said_twice_to_check(text):
    p = propose(text, "5", "课时")
    assert not p.confident


def test_hours_short_of_a_line_no_band():
    p = propose("每学期完成40学时得5分，每少1学时扣1分", "5", "学时")
    assert p.kind != "tiers"

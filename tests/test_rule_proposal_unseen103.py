"""Bands of a gap below a reference named in words: the 分值 at or above the reference (“≥全省平均合格率”, “不低于…”),
lesser points where the value lies below it by a stated gap (“低于全省平均合格率5个百分点，得1分”), nothing further
below (“其他情况不得分”), a formula defining the rate in brackets after, perhaps.

Made-up texts in the style of published 评分标准, with the rule they must give and the score of a few situations, and
near misses that must not be read that way. The reading is to check (never confident): whether “低于…5个百分点” holds
a gap of at most 5 or of just 5 is not said.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, readings, scored, sole

_SUMMARY = "分档计分：按"


@pytest.mark.parametrize("text, weight, gap, lesser", [
    ("近两年本院学员结业考核的合格率≥全省同类基地平均合格率，得4分；低于全省同类基地平均合格率3个百分点，得2分，"
     "其他情况不得分（合格率=合格人数/参加考核总人数）", "4", "3", "2"),
    ("本单位群众满意率不低于全市平均满意率的，得5分；低于全市平均满意率5个百分点以内的，得3分；否则不得分", "5", "5", "3"),
    ("年度抽检合格率≥全区平均抽检合格率，计2分；低于全区平均抽检合格率2个百分点，计1分，其余情况不得分。", "2", "2", "1"),
])
def test_a_gap_below_a_named_reference_is_bands_of_the_gap(text, weight, gap, lesser):
    p = propose(text, weight, "考核合格率")
    params = sole(p, "tiers")
    assert params["input"] == "value" and params["unit"] == "个百分点"
    full, g, pts = D(weight, gap, lesser)
    assert scored(p, {"value": "-2"}) == full  # above the reference
    assert scored(p, {"value": "0"}) == full  # at it
    assert scored(p, {"value": str(g / 2)}) == pts
    assert scored(p, {"value": gap}) == pts  # just the gap: read as within it, to check
    assert scored(p, {"value": str(g + 1)}) == 0
    assert not p.confident


def test_a_gap_in_percent_keeps_its_unit():
    p = propose("本县完成率≥全市平均完成率，得3分；低于全市平均完成率10%以内，得1分，否则不得分", "3", "完成率")
    params = sole(p, "tiers")
    assert params["unit"] == "%"
    assert scored(p, {"value": "8"}) == 1 and scored(p, {"value": "12"}) == 0
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    # a deduction per point below the reference: a line and a step, not bands of the gap
    ("本专业通过率≥全国平均通过率，得3分；低于全国平均通过率，每降低1个百分点，扣1分，扣完为止", "3"),
    # the gap measured from another reference than the one the 分值 is at
    ("本单位合格率≥全市平均合格率，得4分；低于全省平均合格率3个百分点，得2分，其他情况不得分", "4"),
    # the lesser points no less than the 分值: not a lesser band
    ("本单位合格率≥全市平均合格率，得2分；低于全市平均合格率3个百分点，得2分，其他情况不得分", "2"),
    # the best score is not the 分值
    ("本单位合格率≥全市平均合格率，得3分；低于全市平均合格率3个百分点，得1分，其他情况不得分", "5"),
])
def test_near_miss_is_not_read_as_bands_of_a_gap_below_a_reference(text, weight):
    found = readings(text, weight)
    assert not any(f.summary.startswith(_SUMMARY) and "低于" in f.summary and "的幅度 3 档" in f.summary
                   for f in found)

"""Wordings of grades a proposer left as a judgement or read as bands of nothing: one fault said at two degrees, the
graver taking the whole 分值 (“整体布局明显不合理扣1分,严重不合理扣完2分”, “…轻微不完整扣1分,严重不完整不得分”); a fault
found some times or more beside the situation in full, the scores in cells of their own (“送达指定地点 5 出现两次以上未送达
指定地点 0”); the top band said as its figure alone, on a measure per another (“12万元/年/人 2 8-12万元/年/人 1.8 …”); a
row zeroed by a thing missing or a rate short of its lines (“无计划或计划完成率全年低于90%、上半年低于30%不得分”), after how
the team checks (“查资料。”, “查台账,”); bands of a survey's score in 分, written with spaces and several bands to a
sentence (“-员工满意度调查得分在80 分及以上得10 分。-得分在70 - 80 分得8 分,60 - 70 分得6 分,…”), a last line that
falls inside the band above it (“60 - 70 分得6 分,低于65 分得0 分”) read below that band.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way. Every reading here is to check (a degree judged, a count left unsaid, a figure read as
a line, a requirement read from its failures).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, picked, scores, sole


# ── one fault at two degrees, the graver taking the whole 分值 ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("档案摆放明显不整齐扣1分,严重不整齐扣完3分", "3", [3, 2, 0]),
    ("标识设置明显不规范扣2分,严重不规范扣完5分", "5", [5, 3, 0]),
    ("台账记录轻微不完整扣1分,严重不完整不得分", "4", [4, 3, 0]),
])
def test_one_fault_at_two_degrees(text, weight, expected):
    p = propose(text, weight, "现场管理")
    sole(p, "choice")
    assert [picked(p, k) for k in range(3)] == D(*expected)
    assert not p.confident  # which degree holds is judged


@pytest.mark.parametrize("text, weight", [
    ("标识设置明显不规范扣2分,严重不规范扣完4分", "5"),  # “扣完4分” of 5: not the whole 分值
    ("未设置标识扣1分,严重破损扣完3分", "3"),  # two faults of different things
    ("明显不合理扣1分,设备严重老化扣完2分", "2"),  # the graver is not the same fault
])
def test_near_miss_not_degrees_of_one_fault(text, weight):
    assert propose(text, weight, "现场管理").kind != "choice"


# ── a fault found some times or more, beside the situation in full ───────────────────────────────────────────────
def test_fault_some_times_or_more_beside_the_full_situation():
    p = propose("按时交付 6 出现三次以上延期交付 0", "6", "交付情况")
    sole(p, "choice")
    assert [picked(p, k) for k in range(2)] == D(6, 0)
    assert not p.confident
    assert any("次数较少" in u for u in p.unplaced)


def test_near_miss_a_count_past_a_line_scoring_points():
    # the fault found three times or more still scores: a grade of its own, not the zero beside the full situation
    p = propose("按时交付 6 出现三次以上延期交付 2", "6", "交付情况")
    assert not any("次数较少" in u for u in p.unplaced)


# ── the top band said as its figure alone ──────────────────────────────────────────────────────────────────────
def test_top_band_said_as_its_figure_alone():
    p = propose("人均产值 20万元/人 3 10-20万元/人 2 5-10万元/人 1 5万元/人以下 0", "3", "人均产值")
    sole(p, "tiers")
    assert scores(p, [30, 20, 15, 7, 2]) == D(3, 3, 2, 1, 0)
    assert not p.confident
    assert any("只写了数值" in u for u in p.unplaced)


def test_near_miss_a_figure_alone_past_the_next_band():
    # 25 is not where the next band (10-20) ends: no line of the ladder, no reading
    assert propose("人均产值 25万元/人 3 10-20万元/人 2 5-10万元/人 1 5万元/人以下 0", "3", "人均产值").kind != "tiers"


# ── a thing missing or a rate short of its lines zeroes the row ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("查资料。无方案或方案执行率低于80%不得分", "3"),
    ("查台账,无培训计划或培训完成率全年低于85%、上半年低于40%不得分", "2"),
    ("查台账,无检修计划或未完成不得分,无大修计划或计划完成率全年低于90%,上半年低于30%不得分", "1"),
])
def test_thing_missing_or_rate_short_zeroes(text, weight):
    p = propose(text, weight, "设备管理")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident


def test_near_miss_rates_alone_are_lines():
    # no thing missing beside the lines: a line on the rate (bands), never a row zeroed by faults in words
    assert propose("查资料,完成率低于90%、上半年低于30%不得分", "2", "设备管理").kind != "all_or_nothing"
    assert propose("计划完成率低于90%不得分", "2", "设备管理").kind == "tiers"


# ── bands of a survey's score, several to a sentence ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, at, expected", [
    ("-客户满意度调查得分在90 分及以上得5 分。-得分在80 - 90 分得4 分,70 - 80 分得2 分,低于70 分得0 分。",
     [95, 90, 85, 75, 60], [5, 5, 4, 2, 0]),
    # the last line inside the band above it: read below that band (to check)
    ("-客户满意度调查得分在90 分及以上得5 分。-得分在80 - 90 分得4 分,70 - 80 分得2 分,低于75 分得0 分。",
     [95, 85, 78, 60], [5, 4, 2, 0]),
])
def test_survey_score_bands_several_to_a_sentence(text, at, expected):
    p = propose(text, "5", "客户满意度")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident


def test_near_miss_a_last_line_inside_a_band_still_scoring():
    # the band below the line still scores: no slip to read away, the bands overlap
    p = propose("-客户满意度调查得分在90 分及以上得5 分。-得分在80 - 90 分得4 分,70 - 80 分得2 分,低于75 分得1 分。", "5",
                "客户满意度")
    assert p.kind != "tiers"

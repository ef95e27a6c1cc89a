"""Wordings a proposer missed: a top band of percentages written as a range up to the whole (“90-100%得5分”), which holds
100% itself; and the points of a task done, its shortfall scored in proportion and a capped bonus per unit past the
target (“完成任务计4分,完不成任务按比例计分;超额完成目标每个加0.2分,加分不超过1分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few values, and near misses that
must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scores, sole


# ── “90-100%得5分”: the top band ending at the whole holds 100% ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("满意度90-100%得5分,80-89%得4分,80%以下不得分", "5", ["100", "95", "90", "85", "70"], [5, 5, 5, 4, 0]),
    ("完成率90%-100%得10分,80%-90%得6分,低于80%不得分", "10", ["100", "92", "85", "60"], [10, 10, 6, 0]),
    ("合格率95%~100%,得4分;85%~95%,得2分;85%以下不得分", "4", ["100", "99", "90", "50"], [4, 4, 2, 0]),
    ("群众满意率90%至100%的得3分,70%至90%的得1分,70%以下的不得分", "3", ["100", "90", "75", "10"], [3, 3, 1, 0]),
    ("满意度评分90-100%得5分,85-89%得4分,80-84%得3分,以此类推", "5", ["100", "86", "81", "60"], [5, 4, 3, 0]),
])
def test_a_top_band_up_to_the_whole_holds_it(text, weight, values, expected):
    p = propose(text, weight, "满意度")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not any("100%时的得分未说明" in u for u in p.unplaced)


def test_the_whole_held_leaves_values_past_it_to_check():
    # a rate past 100% (a task more than done) falls in no band: said, never scored silently
    p = propose("完成率90%(含)-100%得10分,80%(含)-90%得6分,80%以下不得分", "10", "完成率")
    assert scores(p, ["100"]) == D(10)
    assert not p.confident


@pytest.mark.parametrize("text, weight, values, expected", [
    # a band of 100% of its own: 100% is that band's, the range below it keeps its declared end
    ("完成率100%得5分;90-100%得3分;90%以下不得分", "5", ["100", "95"], [5, 3]),
    # a band past 100%: the range up to 100% is no top band
    ("完成率超过100%得6分,90%-100%得5分,90%以下不得分", "6", ["101"], [6]),
])
def test_near_miss_another_band_holds_the_whole(text, weight, values, expected):
    p = propose(text, weight, "完成率")
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text", [
    "满意度90%-100%(不含100%)得5分,80%-90%得3分,80%以下不得分",  # the whole said left out
    "任务完成90%以上、不到100%的,得3分,90%以下不得分",  # a band short of the whole in words, no range up to it
])
def test_near_miss_the_whole_left_out_in_words(text):
    p = propose(text, "5", "完成率")
    assert p.kind == "tiers"
    assert scores(p, ["100"]) == D(0)
    assert not p.confident


def test_near_miss_a_top_band_ending_short_of_the_whole_keeps_its_end():
    p = propose("完成率90%-95%得5分,80%-90%得3分,80%以下不得分", "5", "完成率")
    top = next(tr for tr in sole(p, "tiers")["tiers"] if tr["max"] == "95")
    assert not top["max_inclusive"]
    assert any("95%时的得分未说明" in u for u in p.unplaced)
    assert not p.confident


# ── “完成任务计4分,完不成任务按比例计分;超额完成目标每个加0.2分,加分不超过1分” ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("完成任务计4分,完不成任务按比例计分;超额完成目标每个加0.2分,加分不超过1分", "5",
     [(("10", "10"), 4), (("5", "10"), 2), (("12", "10"), 4.4), (("20", "10"), 5), (("0", "10"), 0)]),
    ("新增企业完成目标任务得8分,未完成的按比例计分,超额完成每家加0.5分,最多加2分", "10",
     [(("4", "4"), 8), (("3", "4"), 6), (("5", "4"), 8.5), (("9", "4"), 10)]),
    ("完成任务计4.5分，完不成任务按比例计分;超额完成目标每个加0.1分，加分不超过0.5分。总分不超过5分", "5",
     [(("6", "6"), 4.5), (("3", "6"), 2.25), (("8", "6"), 4.7)]),
    # rates against a target rate: the excess in percentage points
    ("投资增幅完成目标任务计12分,未完成按比例扣分,超额完成1个百分点加0.3分,加分不超过3分,总分不超过15分", "15",
     [(("8", "8"), 12), (("4", "8"), 6), (("10", "8"), 12.6), (("30", "8"), 15)]),
])
def test_task_done_shortfall_in_proportion_and_a_capped_bonus(text, weight, cases):
    p = propose(text, weight, "目标任务")
    sole(p, "formula")
    for (done, target), expected in cases:
        assert by_vars(p, done, target) == D(expected)[0], (done, target)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("完成任务计4分,完不成任务按比例计分;超额完成目标每个加0.2分,加分不超过2分", "5"),  # 4 + 2 is not the 分值
    ("完成任务计5分,完不成任务按比例计分;超额完成目标每个加0.2分,加分不超过1分", "5"),  # the task alone is the 分值
    ("完成任务计4分,完不成任务不得分;超额完成目标每个加0.2分,加分不超过1分", "5"),  # no proportion below the target
    ("完成任务计4分,完不成任务按比例计分;超额完成目标每5个加0.2分,加分不超过1分", "5"),  # a step of several
    ("完成任务计4分,完不成任务按比例计分;超额完成1%加0.2分,加分不超过1分", "5"),  # 1% of what: the target or the rate
])
def test_near_miss_not_the_task_with_a_capped_bonus(text, weight):
    assert not any("未完成按比例计分，超额" in r.summary for r in readings(text, weight, "目标任务"))
    assert not propose(text, weight, "目标任务").confident


def test_a_bonus_said_by_proportion_stays_a_share_done():
    # “超额完成任务的按比例加分”: no points per unit, the existing reading of the share done (its bonus to check)
    p = propose("全面完成机械还田任务的得5分。完不成任务的按比例扣分,超额完成任务的按比例加分。", "5", "机械还田")
    assert p.kind in ("rate", "completion")
    assert not p.confident


def test_a_bonus_per_point_beside_the_share_done_stays_a_share_done():
    # no points of the task done short of the 分值: the share done × 分值, the bonus past it to check
    p = propose("医保费收缴以县文件为依据,按完成比例得分,如超额完成每超1个百分点加2分。", "40", "收缴完成率")
    assert p.kind in ("rate", "completion")
    assert not p.confident

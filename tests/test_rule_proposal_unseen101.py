"""Situations each closed by “者N分”, 得 unsaid (“…按时完成者6分;有1项未完成者3分”); levels each with its points after
为/积, the text saying only the highest held counts (“中专为20分;大专为40分;本科为80分,按最高学历计分,不累加计分”, or run
together: “取得中级职称,积30分取得高级职称,积60分”); levels listed with the words they share after the last, then
their scores respectively (“被县、市、省级以上表彰的,分别加2分、5分、8分”); situations closed by the worst costing points
per time until nothing is left (“…延迟报送,2分;未报送,-1分/次,扣完为止”): a 情形选择 each, always to check.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import picked, readings, sole


# ── situations each closed by “者N分” ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("近2年,每年按计划完成培训任务者6分;有1年完成培训任务者3分。( )", "6", ["6", "3", "0"]),
    ("近2年,每年按时参加并通过省级比对考核者4分;参加比对且未通过者0分;未被安排参加比对者2分。", "4", ["4", "2", "0"]),
])
def test_situations_closed_by_who_scores(text, weight, scores):
    p = propose(text, weight, "质量控制")
    options = sole(p, "choice")["options"]
    assert sorted((o["score"] for o in options), key=float, reverse=True) == scores
    assert [str(picked(p, i)) for i in range(len(scores))] == scores
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("检测合格率达到95%以上者6分;合格率达到90%以上者3分。", "6"),  # bands of a rate: tiers, not situations
    ("每发现1例漏报者扣2分;迟报者扣1分。", "6"),  # faults taken off
    ("按时完成者6分;未完成者3分,另有说明见附件。", "6"),  # words after the last situation
])
def test_near_misses_not_who_scores(text, weight):
    assert not any("者N分" in x for r in readings(text, weight) for x in (r.doubts or ()))


# ── levels with points after 为/积, the highest counting ─────────────────────────────────────────────────────
def test_levels_highest_counts():
    p = propose("学历得分:得分标准,中专(技校)为20分;大学专科为40分;大学本科为80分,按最高学历计分,不累加计分。", "80", "学历")
    options = sole(p, "choice")["options"]
    assert [o["score"] for o in options] == ["20", "40", "80", "0"]
    assert picked(p, 0) == 80 and picked(p, 2) == 20 and picked(p, 3) == 0
    assert not p.confident


def test_levels_run_together_capped_by_the_item():
    p = propose("职称指标最高分值60分,申请人取得初级职称,积15分申请人取得中级职称,积30分申请人取得高级职称,积60分", "60", "职称")
    options = sole(p, "choice")["options"]
    assert [o["score"] for o in options] == ["15", "30", "60", "0"]
    assert options[1]["label"] == "申请人取得中级职称"
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("中专为20分;大专为40分;本科为80分。", "80"),  # nothing says only the highest counts
    ("中专为20分;大专为40分;本科为80分,可累加计分,按最高学历计分。", "80"),  # a remark this wording does not hold
    ("本科为80分;大专为40分;中专为20分,按最高学历计分。", "80"),  # not rising to the 分值
    ("分值为10分;大专为40分;本科为80分,按最高学历计分。", "80"),  # a cap, not a level
])
def test_near_misses_not_levels_highest(text, weight):
    assert not any("各级不累加" in x for r in readings(text, weight) for x in (r.doubts or ()))


# ── levels listed, the words they share after the last, scores respectively ──────────────────────────────────
def test_levels_sharing_their_words_respectively():
    p = propose("2.典型经验加分。在工作中形成的典型经验,被县、市、省级以上表彰或推广的,分别加2分、5分、8分。", "8", "加分")
    options = sole(p, "choice")["options"]
    assert [o["score"] for o in options] == ["2", "5", "8", "0"]
    assert picked(p, 0) == 8 and picked(p, 1) == 5 and picked(p, 3) == 0
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("被县、市、省级以上表彰的,分别加8分、5分、2分。", "8"),  # falling: not levels rising to the 分值
    ("被县、市、省级以上表彰的,分别加2分、5分。", "5"),  # the counts differ
    ("被县、市表彰的,分别加2分、5分,累计不超过10分。", "5"),  # words after the scores
])
def test_near_misses_not_shared_respectively(text, weight):
    assert not any("各级共用" in x for r in readings(text, weight) for x in (r.doubts or ()))


# ── the worst situation costing points per time until nothing is left ────────────────────────────────────────
def test_situations_then_per_time_to_nothing():
    p = propose("按时报送,且内容完整,4分;按时报送,内容简单,3分;延迟报送,2分;未报送,-1分/次,扣完为止;", "4", "信息报送")
    options = sole(p, "choice")["options"]
    assert [o["score"] for o in options] == ["4", "3", "2", "0"]
    assert options[-1]["label"] == "未报送"
    assert picked(p, 0) == 4 and picked(p, 3) == 0
    assert not p.confident


def test_near_miss_per_time_without_situations():
    # faults each costing per time, no situation scored: not a 情形选择 closed by a cost per time
    text = "迟报1次扣1分;未报送,-2分/次,扣完为止;"
    assert not any("扣完为止）" in x for r in readings(text, "4") for x in (r.doubts or ()))

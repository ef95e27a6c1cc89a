"""Situations the proposer left to 酌情评分 though the text states a choice among them.

- Situations said of each period (“每月5号前报送…得10分;每月在10号前报送的得6分;每月10号后报送的不得分”, “每学期完成32学时
  教学任务得6分,不足32学时扣6分”): a 每 of when, not of a step or a case; read to check (a period missed is no situation
  named). How often a thing is done (“每月更新2次”) stays a count required, and a case counted each period a deduction.
- A sentence holding two situations apart after the first one's score (“…得12分;不按时计5分,每月在10号后上报不得分”,
  “…的得10分或…得6分;否则不得分”): a comma or 或 after the score, the situations each scoring their own; never one
  situation holding another's score. Points met or not (“…计1分,未制定的计0分;…”) are no situations to pick one of.
- A grade's points after a colon run straight into the next situation's count (“…优秀:10分2次以内迟到早退…良好:8分…”, a
  table's cells joined): to check, the counts being the evaluator's to compare.
- Situations told apart by comparing a quantity with another named in words, no figure on either side (“年末实有耕地面积≥
  上级下达的耕地保有量任务的,得4分;…加上补充耕地面积≥上级下达的任务的,得2分;否则不得分”): no band of a value; to check. A
  sign with its figure (“≥90%”) still makes bands.
- “参加” is no points added on top (“积极参加…的得5分”).

Each class has made-up texts in the style of published 评分标准, with the score of each situation, and near misses that
must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, picked, sole, types


def _ranked(p):
    """The scores of a 情形选择's situations, best first."""
    return [picked(p, k) for k in range(len(p.items[0]["params"]["options"]))]


# ── situations said of each period (“每月5号前…”, “每学期完成…”) ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("每月5号前将上月报表报送财务科得10分;每月在10号前报送的得6分;每月10号后报送的不得分", "10", [10, 6, 0]),
    ("每月3日前上报统计报表:优秀:8分每月8日前上报:良好:5分需多次催报才能上报:差:0分", "8", [8, 5, 0]),
    ("每学期完成32学时教学任务得6分,不足32学时扣6分。", "6", [6, 0]),
])
def test_situations_said_of_each_period(text, weight, expected):
    p = propose(text, weight, "报送")
    sole(p, "choice")
    assert _ranked(p) == D(*expected)
    assert not p.confident  # a period missed is no situation named: to check
    assert any("按每期的情形读" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每月更新2次的得3分,否则不得分", "3"),  # how often a thing is done: a count required, met or not
    ("村务公开栏每季度更新1次的记4分,否则不记分;", "4"),
])
def test_near_miss_how_often_a_thing_is_done_is_a_count_required(text, weight):
    p = propose(text, weight, "公开")
    assert types(p) == ["all_or_nothing"] and not p.confident, p.summary
    assert met_or_not(p) == (D(weight)[0], 0)


def test_near_miss_a_case_counted_each_period_is_a_deduction():
    p = propose("每月5日前报送得3分;每月迟报1次扣1分,扣完为止", "3", "报送")
    assert types(p) != ["choice"], p.summary


# ── a sentence holding two situations apart after the first one's score ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected, sure", [
    ("成立工作专班,落实专人负责,并于每月5号前上报进度得12分;不按时计5分,每月在10号后上报不得分。", "12", [12, 5, 0], False),
    ("有完整的会议记录得6分;记录不全计3分,无会议记录的不得分", "6", [6, 3, 0], True),
    ("分管领导牵头组织调研的得10分或科室负责人组织调研得6分;否则不得分", "10", [10, 6, 0], True),
])
def test_a_sentence_holding_two_situations(text, weight, expected, sure):
    p = propose(text, weight, "工作")
    sole(p, "choice")
    assert _ranked(p) == D(*expected)
    assert p.confident is sure, p.unplaced


def test_near_miss_points_met_or_not_are_no_situations_to_pick_one_of():
    p = propose("制定工作方案计1分,未制定的计0分;方案落实到位计1分,未落实的计0分", "2", "方案")
    # each requirement met or not, worth its own point: never one 情形选择 of four situations
    assert not (types(p) == ["choice"] and len(p.items[0]["params"]["options"]) > 2), p.summary
    assert sum(D(*(it["max"] for it in p.items)), D(0)[0]) == 2


# ── a grade's points after a colon, run straight into the next situation's count ───────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("本月无迟到早退,工作服穿戴整齐优秀:10分2次以内迟到早退,工作服穿戴整齐良好:8分本月2次以上迟到早退,工作服穿戴不整差:4分",
     "10", [10, 8, 4]),
    ("本季度无客户投诉,服务态度良好优秀:6分1次以内客户投诉,服务态度较好良好:4分本季度1次以上客户投诉,服务态度较差差:0分",
     "6", [6, 4, 0]),
])
def test_a_grade_run_into_the_next_situation(text, weight, expected):
    p = propose(text, weight, "考勤")
    sole(p, "choice")
    assert _ranked(p) == D(*expected)
    assert not p.confident  # the counts in the situations are the evaluator's to compare


def test_near_miss_a_score_run_into_a_line_of_points_is_no_situation():
    p = propose("成绩:85分以上得5分,85分以下得3分", "5", "成绩")
    # (“85分以上” is a line on a score, never the end of a situation scoring 85)
    assert not any(o["score"] == "85" for it in p.items for o in it["params"].get("options", []))


# ── situations told apart by a comparison with a quantity named in words ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("年末实有耕地面积≥上级下达的耕地保有量任务的,得4分;实有耕地面积加上补充耕地面积≥上级下达的任务的,得2分;否则不得分",
     "4", [4, 2, 0]),
    ("增长率≥全省平均水平得5分;低于全省平均水平不得分", "5", [5, 0]),
])
def test_situations_compared_with_a_quantity_named_in_words(text, weight, expected):
    p = propose(text, weight, "耕地")
    sole(p, "choice")
    assert _ranked(p) == D(*expected)
    assert not p.confident
    assert any("与文字所指的数量比较" in u for u in p.unplaced), p.unplaced


def test_near_miss_a_sign_with_its_figure_makes_bands():
    p = propose("完成率≥90%得5分;完成率≥80%得3分;完成率<80%不得分", "5", "完成率")
    assert types(p) == ["tiers"], p.summary


# ── “参加” is no points added on top ──────────────────────────────────────────────────────────────────────────────
def test_attending_is_no_points_added_on_top():
    p = propose("积极参加业务培训的得5分,不参加的不得分", "5", "培训")
    assert p.confident and not any("另行扣分" in u for u in p.unplaced), p.unplaced
    assert (_ranked(p) if types(p) == ["choice"] else list(met_or_not(p))) == D(5, 0)


def test_near_miss_points_added_on_top_stay_so():
    p = propose("按时完成得3分;完成质量高的再加1分;未完成不得分", "3", "任务")
    assert not p.confident, p.summary

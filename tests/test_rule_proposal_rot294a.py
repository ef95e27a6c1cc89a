"""Course grading rules, a scale's rows and a city's ranked assessment: the wordings of a list of missed texts, each class
with the rule it must give, its scores in a few situations, and near misses.

Taught:

- a requirement and its points in brackets written with their plus sign (``all_or_nothing._POINTS_AFTER``,
  ``_POINTS_BEFORE``: “仓库中存在`README.md`文件（+1分）”, “(+2分)编写了测试脚本”), or the points in brackets before a
  requirement opening with a command or a name in Latin letters (“(2 分) `git log` 输出正确历史”): met or not, to check;
- a rank with full marks at the first place and the step of the places after it said before the word for the decrease
  (``threshold.RANK_DOWN``: “排名第一记满分，后续位次按0.1分递减”, “第一名满分，后续名次依次按照0.5分递减”): the 分值
  less the step for each place after the first, to check unless the text says where the steps stop;
- a scale's row whose score column ran before its descriptions (``wording._scores_then_sentences``: “10 5 0 可独立完成。
  需他人协助。完全依赖他人。”): the scores, strictly falling to 0, given in order to as many sentences, to check
  (no 分 is written).

The texts are written for these tests in the style of course pages, scales and assessment tables (none is taken from
the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import met_or_not, picked, scored, types


def by_place(p, r):
    (var,) = p.items[0]["params"]["variables"]
    return scored(p, {"vars": {var["name"]: str(r)}})


# ── points in brackets with their plus sign, or before a command's name ─────
@pytest.mark.parametrize("text,weight", [
    ("仓库中存在`README.md`文件（+1分）", "1"),
    ("提交的压缩包小于5MB（+1分）", "1"),
    ("脚本使用了UNIX风格的换行符（+2分）", "2"),
    ("(+2分)编写了自动化测试脚本", "2"),
    ("（+0.5分）实验报告中画出了流程图", "0.5"),
    ("(2 分) `git log` 输出正确的历史记录", "2"),
    ("(3 分) make test 全部通过", "3"),
    ("（1 分）`ls -l` 的输出格式正确", "1"),
])
def test_bracketed_points_of_a_requirement_are_met_or_not(text, weight):
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"] and not p.confident, (p.summary, p.unplaced)
    assert met_or_not(p) == (Decimal(weight), 0)


@pytest.mark.parametrize("text,weight", [
    ("仓库中存在`README.md`文件（+1分）", "2"),  # points other than the 分值: a part of the row, not read so
    ("（-1分）没有使用调试工具", "1"),  # a cost, not points earned
    ("(2 分) 10 人以下时所有接口回应正确", "2"),  # a figure after the brackets: a list's number, or a count
])
def test_near_misses_of_bracketed_points_are_left_to_check(text, weight):
    p = propose(text, weight, "")
    assert not p.confident
    assert not any("只给出分值" in u for u in p.unplaced), p.unplaced  # not read as the row's 分值 in brackets


def test_a_cost_in_brackets_stays_a_cost():
    p = propose("没有使用调试工具（-1分）", "1", "")
    assert not p.confident
    assert "扣" in p.summary


# ── a rank: full marks at the first place, the step said before 递减 ─────────
@pytest.mark.parametrize("text,weight,per", [
    ("全年投资完成率由高到低排名，排名第一记满分，后续位次按0.1分递减", "3", "0.1"),
    ("按项目数量从高到低排名，排名第一满分，后续名次按照0.2分递减", "4", "0.2"),
    ("按区域分类由高到低排名，第一名记满分，后续位次按0.5分递减", "5", "0.5"),
    ("招商引资到位资金排名第一得满分，后续位次依次按照0.3分递减", "6", "0.3"),
    ("第一名满分，后续名次依次按照0.5分递减", "3", "0.5"),
    ("排名第1位满分，其余名次按0.25分递减", "2", "0.25"),
])
def test_rank_first_full_then_each_place_after_loses_the_step(text, weight, per):
    p = propose(text, weight, "")
    assert types(p) == ["formula"] and not p.confident, (p.summary, p.unplaced)
    w, step = Decimal(weight), Decimal(per)
    assert by_place(p, 1) == w
    assert by_place(p, 2) == w - step
    assert by_place(p, 4) == w - 3 * step
    assert by_place(p, 1000) == 0


def test_rank_whose_steps_stop_at_zero_is_sure():
    p = propose("排名第一记满分，后续位次按0.1分递减，扣完为止", "3", "")
    assert types(p) == ["formula"] and p.confident, (p.summary, p.unplaced)
    assert [by_place(p, r) for r in (1, 2, 11, 40)] == [3, Decimal("2.9"), 2, 0]


@pytest.mark.parametrize("text", [
    "排名第一记满分，后续位次按0.1分递增",  # a rise, not a step down
    "排名第一记满分，后续位次按10%递减",  # a share of the 分值, read otherwise or not at all
    "排名第一记满分，后续位次按0.1分加分",
])
def test_near_misses_of_the_rank_step(text):
    p = propose(text, "3", "")
    assert not p.confident
    if types(p) == ["formula"]:
        assert by_place(p, 2) != Decimal("2.9"), p.summary


def test_a_top_band_of_places_then_the_step_is_a_line():
    p = propose("前3名满分，后续名次按0.5分递减", "3", "")
    assert types(p) == ["threshold"] and not p.confident, (p.summary, p.unplaced)


def test_the_floor_said_after_the_step_is_left_to_check():
    p = propose("排名第一记满分，后续位次按0.1分递减，最低1分", "3", "")
    assert not p.confident


# ── a scale's row: the scores first, then as many sentences ─────────────────
@pytest.mark.parametrize("text,weight,labels", [
    ("10 5 0 可独立完成穿衣及系好鞋带。需他人协助完成一半以上的动作。完全依赖他人。", "10",
     ["可独立完成穿衣及系好鞋带", "需他人协助完成一半以上的动作", "完全依赖他人"]),
    ("15 10 5 0 可独立上下床，包括刹住轮椅。需少量协助或口头提示。能坐起，但转移时需要人帮忙。完全需要他人搬动。", "15",
     ["可独立上下床,包括刹住轮椅", "需少量协助或口头提示", "能坐起,但转移时需要人帮忙", "完全需要他人搬动"]),
    ("5 0 能独立完成洗漱（含刷牙、梳头）。需他人帮忙。", "5", ["能独立完成洗漱(含刷牙、梳头)", "需他人帮忙"]),
    ("10 ５ ０ 能自行控制排尿。偶尔失禁（每周不超过一次）。需他人处理。", "10",
     ["能自行控制排尿", "偶尔失禁(每周不超过1次)", "需他人处理"]),
])
def test_scores_listed_before_their_sentences_are_given_in_order(text, weight, labels):
    p = propose(text, weight, "")
    assert types(p) == ["choice"] and not p.confident, (p.summary, p.unplaced)
    options = sorted(p.items[0]["params"]["options"], key=lambda o: -Decimal(o["score"]))
    assert [o["label"] for o in options] == labels
    scores = [Decimal(x) for x in text.replace("５", "5").replace("０", "0").split()[:len(labels)]]
    assert [picked(p, k) for k in range(len(labels))] == scores
    assert any("未写“分”" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text,weight", [
    ("10 5 0 可独立完成穿衣。需他人协助。", "10"),  # fewer sentences than scores
    ("10 5 可独立完成穿衣。需他人协助。", "10"),  # the scores do not reach 0
    ("0 5 10 完全依赖他人。需他人协助。可独立完成。", "10"),  # rising: which sentence has which score is unsure
    ("10 5 0 可独立完成穿衣。需他人协助，扣5分。完全依赖他人。", "10"),  # a sentence scoring of itself
    ("10 5 0 可独立完成穿衣。需他人协助的得5分。完全依赖他人。", "10"),
    ("10 5 0 可独立完成穿衣及系扣。需他人协助。完全依赖他人。", "10"),  # “…系扣” then its score would read as a cost
    ("10 5 0 可独立完成穿衣。需他人协助。完全依赖他人", "10"),  # the last sentence not closed: more may follow
])
def test_near_misses_of_scores_before_sentences_are_not_read_so(text, weight):
    p = propose(text, weight, "")
    assert not p.confident
    assert not any("10、5、0" in u for u in p.unplaced), p.unplaced  # the scores not given to the sentences
    if types(p) == ["choice"]:
        labels = [o["label"] for o in p.items[0]["params"]["options"]]
        assert not ("完全依赖他人" in labels and "需他人协助" in labels and len(labels) == 3), (p.summary, labels)

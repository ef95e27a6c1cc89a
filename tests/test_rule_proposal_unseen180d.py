"""Wordings of a 情形选择 or 分档计分 a proposer left as a judgement: a row of a 信用计分表 set as its options, then their
bare scores in the same order (“男 女 1 2”, “机关事业 国营企业 … 其 他 6 4 3 5 …”), or in groups, each run of bands
followed by as many scores (“10000 元以上 8000 元~10000 元 12 10 3000 元~4000 元 1000 元以下 6 1”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import _labels_then_scores
from tests.proposals import D, picked, scored, sole


# ── options, then their bare scores in the same order ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("已婚 未婚 离异 3 1 2", "3", [3, 2, 1]),
    ("自有住房 按揭住房 租房 其 他 8 6 3 1", "8", [8, 6, 3, 1]),
    ("公务员 教师 医生 个体户 无业 5 5 4 2 0", "5", [5, 5, 4, 2, 0]),
])
def test_options_then_their_scores(text, weight, expected):
    p = propose(text, weight, "婚姻状况")
    options = sole(p, "choice")["options"]
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not any(o["label"] == "其" or o["label"] == "他" for o in options)
    assert not p.confident  # the scores are bare: a reading of the layout


# ── bands in groups, each run followed by as many scores ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("20000 元以上 15000 元~20000 元 10000 元~15000 元 10 8 6 5000 元~10000 元 5000 元以下 3 1", "10",
     ["25000", "17000", "12000", "7000", "3000"], [10, 8, 6, 3, 1]),
    ("3000 元以上 2000 元~3000 元8 5 1000 元~2000 元 1000 元以下 3 1", "8",
     ["4000", "2500", "1500", "500"], [8, 5, 3, 1]),
])
def test_bands_in_groups_then_their_scores(text, weight, at, expected):
    p = propose(text, weight, "月收入")
    sole(p, "tiers")
    assert [scored(p, {"value": x}) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "优秀 良好 一般 10 8",  # two scores for three options
    "已婚 未婚 3 1 2",  # three scores for two options
    "3 1 已婚 未婚",  # the scores first
    "每缺一项 扣 1 2",  # words that score of themselves
    "已婚 已婚 3 1",  # the same option twice
    "已婚 未婚 3 1 离异",  # words after the scores
])
def test_near_miss_not_options_then_scores(text):
    assert _labels_then_scores(text) is None


def test_near_miss_requirements_in_cells_not_a_confident_choice():
    # two requirements each worth points, run together: never read as sure options
    p = propose("资料齐全 内容完整 5 5", "10", "档案")
    assert not p.confident


# ── bands whose scores rise and fall again along the row: the band that applies is picked ───────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("22 岁以下 23 岁~40 岁 41 岁~55 岁 55 岁以上 1 5 3 2", "5", [5, 3, 2, 1]),
    ("25岁以下得3分;26~45岁得5分;46~60岁得4分;60岁以上得1分", "5", [5, 4, 3, 1]),
])
def test_bands_scored_up_and_down_are_picked(text, weight, expected):
    p = propose(text, weight, "年龄")
    sole(p, "choice")
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("90%以上得5分;80%-90%得3分;80%以下得0分", "5"),  # scores falling with the bands: a ladder of a value
    ("60%以下得1分;60%-80%得3分", "3"),  # two bands only
])
def test_near_miss_bands_in_order_are_no_choice(text, weight):
    assert propose(text, weight, "完成率").kind != "choice"

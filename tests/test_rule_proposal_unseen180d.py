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
from tests.proposals import D, by_vars, picked, scored, sole


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
    ("城镇覆盖率达到95%以上得4分;85%以上得2分;85%以下不得分;乡村覆盖率达到75%以上得4分;65%以上得2分;65%以下不得分", "4"),
    ("完成率≥90%,6分;80%≤完成率<90%,4分;完成率<80%,0分;完成率超过110%扣1分", "6"),  # a clause after the bands
])
def test_near_miss_bands_in_order_are_no_choice(text, weight):
    assert not any("各档得分不随数值依次升降" in x for x in propose(text, weight, "完成率").unplaced)


# ── bands on a score in 分, each band's points glued after it (“90 分以上 20 分85 分以上 10 分…”) ──────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("顾客满意度在 95 分以上 15 分90 分以上 10 分80 分以上 6 分低于 80 分 0 分", "15",
     ["97", "92", "85", "70"], [15, 10, 6, 0]),
    ("测评得分为88分以上10分75分以上6分低于75分2分", "10", ["90", "80", "60"], [10, 6, 2]),
])
def test_score_bands_with_glued_points(text, weight, at, expected):
    p = propose(text, weight, "满意度")
    sole(p, "tiers")
    assert [scored(p, {"value": x}) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("客户满意度在 80 分以上 10 分90 分以上 20 分低于 80 分 0 分", "20"),  # the lower line said first
    ("客户满意度在 90 分以上 20 分90 分以上 10 分", "20"),  # one line twice
])
def test_near_miss_score_bands_out_of_order(text, weight):
    p = propose(text, weight, "满意度")
    assert p.kind != "tiers" or not p.confident


# ── a question opening the sentence, then a clause zeroing the row and a deduction per item ───────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("是否按要求对入库物资进行登记,未建立出入库台账此项不得分,每缺失一项扣1分,", "6",
     [("1", "0"), ("1", "2"), ("0", "2"), ("1", "9")], [6, 4, 0, 0]),
    ("是否定期开展安全巡查,未做巡查记录本项不得分,每漏记一次扣0.5分", "4",
     [("1", "0"), ("1", "3"), ("0", "0")], [4, 2.5, 0]),
])
def test_question_then_zeroing_clause_then_per_item(text, weight, at, expected):
    p = propose(text, weight, "登记")
    params = sole(p, "formula")
    assert "整项不得分" in params["variables"][0]["label"]  # the gate: 1 when the record is kept (否=1)
    assert [by_vars(p, g, n) for g, n in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("是否按要求进行登记,每缺失一项扣1分", "6"),  # no clause zeroing the row
])
def test_near_miss_question_no_gate(text, weight):
    assert propose(text, weight, "登记").kind != "formula"


# ── a deduction per time, then a closing condition opened by 若 zeroing the row ───────────────────────────────────
def test_closing_condition_after_ruo_zeroes_the_row():
    p = propose("缺席一次扣1分,若全年一次都未参加者,该项不给分。", "5", "参加例会")
    params = sole(p, "formula")
    assert "未参加" in params["variables"][0]["label"]
    assert [by_vars(p, g, n) for g, n in [("1", "0"), ("1", "2"), ("0", "0")]] == D(5, 3, 0)
    assert not p.confident

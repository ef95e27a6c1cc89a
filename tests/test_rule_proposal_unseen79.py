"""Table rows whose columns a page ran together, the cells joined by spaces and no 分 said: a ladder of grades each
before its score and its words (“差 0 …很乱 较差 1 … 合格 2 … 良好 3 … 优秀 4 …”); a run of lines then as many scores
(“10↑ 8↑ 6↑ 10 8 6”), or each line followed by its score (“10↑ 10 8↑ 8”); bare figures in pairs, a standard then its score (“1200 20 1000 15 800 10”); options each closed by
a bare score glued to their bracket (“…(需提供证明)10 …(需提供注册证)18”).

The scores are bare, so every such reading is to check (“原文未写分，按分值读”); the pairs' standard and score are told
apart by the layout alone. Near misses (scores not monotone with the grades or lines, counts that differ, a figure
after words not in brackets) must not be read so.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, picked, scores, sole


def _bare_flagged(p) -> None:
    assert not p.confident
    assert any("原文未写“分”" in u for u in p.unplaced), p.unplaced


# ── grades each before their score and their words ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, best_first", [
    ("差 0 台账缺失,记录混乱 较差 1 台账不全,记录较乱 合格 2 台账齐全,但未及时更新 良好 3 台账齐全,更新及时 "
     "优秀 4 台账齐全,分类归档,查阅方便", "4", [4, 3, 2, 1, 0]),
    ("优秀 6 地面清洁,无积水 良好 4 地面较清洁 一般 2 地面有杂物 差 0 地面脏乱,有积水", "6", [6, 4, 2, 0]),
])
def test_grades_each_before_score_and_words(text, weight, best_first):
    p = propose(text, weight, "现场管理")
    params = sole(p, "choice")
    named = [o for o in params["options"] if o["label"] != "以上情形均不符合"]
    assert len(named) == len(best_first)
    assert [picked(p, k) for k in range(len(best_first))] == D(*best_first)
    _bare_flagged(p)


def test_near_miss_grades_whose_scores_are_not_monotone_are_no_ladder():
    text = "差 2 现场很乱 较差 1 现场较乱 合格 3 现场整齐"
    assert "较差:" not in normalize(text)
    assert not propose(text, "3", "现场管理").confident


def test_near_miss_two_grades_are_no_ladder():
    # two grades alone are read as they were before (a cell's score), never as a ladder of grades
    assert "合格:" not in normalize("合格 2 资料齐全 不合格 0 资料缺失")


# ── a run of lines, then as many scores ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("12↑ 9↑ 6↑ 3↑ 8 6 4 2", "8", ["12", "11.9", "6", "5", "2.9"], [8, 6, 4, 2, 0]),
    ("300以上 200以上 100以上 15 10 5", "15", ["300", "250", "100", "99"], [15, 10, 5, 0]),
    ("12↑ 8 9↑ 6 6↑ 4", "8", ["15", "9", "8.9", "5"], [8, 6, 4, 0]),      # each line followed by its score
])
def test_lines_then_as_many_scores(text, weight, at, expected):
    p = propose(text, weight, "馆藏量")
    params = sole(p, "tiers")
    assert len(params["tiers"]) >= len(expected) - 1
    assert scores(p, at) == D(*expected)
    _bare_flagged(p)


@pytest.mark.parametrize("text", [
    "12↑ 9↑ 6↑ 8 6",        # fewer scores than lines
    "12↑ 9↑ 6↑ 4 6 8",      # the scores rise as the lines ask less
    "6↑ 9↑ 12↑ 8 6 4",      # the lines rise while the scores fall
    "12↑ 8 9↑ 6 6↑ 7",      # each line with its score, the scores not monotone
])
def test_near_miss_lines_and_scores_not_matched(text):
    p = propose(text, "8", "馆藏量")
    assert not (p.kind == "tiers" and p.confident)
    assert p.kind != "tiers" or scores(p, ["12"]) != D(8)


# ── bare figures in pairs: a standard, then its score ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("2000 30 1500 20 1000 10", "30", ["2000", "1999", "1000", "999"], [30, 20, 10, 0]),
    ("50 10 40 8 30 6 20 4", "10", ["60", "45", "20", "10"], [10, 8, 4, 0]),
])
def test_standard_and_score_pairs(text, weight, at, expected):
    p = propose(text, weight, "活动场地面积(平方米)")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    _bare_flagged(p)


@pytest.mark.parametrize("text, weight", [
    ("2000 30 1500 35 1000 10", "30"),     # the scores are not monotone
    ("2000 30 1500 20 1000", "30"),        # an odd count of figures
    ("30 2000 20 1500 10 1000", "30"),     # the scores first: as pairs, the scores would pass the 分值
])
def test_near_miss_figures_not_in_pairs(text, weight):
    p = propose(text, weight, "活动场地面积(平方米)")
    assert not p.confident
    assert p.kind != "tiers" or scores(p, ["2000"]) != D(30)


# ── options each closed by a bare score glued to their bracket ────────────────────────────────────────────────
def test_options_closed_by_a_score_after_their_bracket():
    p = propose("取得省级示范称号(需提供批准文件)6 取得国家级示范称号(需提供批准文件)12", "12", "示范创建")
    params = sole(p, "choice")
    assert len([o for o in params["options"] if o["label"] != "以上情形均不符合"]) == 2
    assert [picked(p, k) for k in range(2)] == D(12, 6)
    _bare_flagged(p)


def test_near_miss_one_bracketed_option_is_no_choice_of_them():
    # one option closed so, the other's score after words: not read as options closed by their bracket
    p = propose("取得省级示范称号(需提供批准文件)6 其他情况酌情", "12", "示范创建")
    assert not p.confident
    assert p.kind != "choice" or [picked(p, 0)] != D(6) or len(p.items[0]["params"]["options"]) != 2

"""Wordings of a rank scored from the first place down that were read as a line at the first place: the 分值 at the
first place and the points of a step taken off for each place after it, read as a formula over the place
(``max - (r - 1) * 0.4``), also beside a bracketed condition zeroing the row (“(如未使用…,此项不得分)”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, sole


# ── the first place at the 分值, each place after it a step less: “第一名10分,依次递减0.4分,递减到0分为止” ───────────
@pytest.mark.parametrize("text, weight, situations", [
    ("各项贷款余额从高到低排名,第一名10分,依次递减0.4分,递减到0分为止。", "10", [("1", "10"), ("6", "8"), ("40", "0")]),
    ("按季度考核各单位新增存款额,第一名得20分,按名次依次递减2分。", "20", [("1", "20"), ("4", "14"), ("30", "0")]),
    ("按培训人次排名,第1名8分,依次递减0.5分", "8", [("1", "8"), ("3", "7"), ("17", "0")]),
    ("按完成率排序,第一名计满分,其余名次依次递减1分;", "6", [("2", "5"), ("6", "1"), ("9", "0")]),
    ("排名第1名的得满分,每后退1名扣0.5分", "5", [("1", "5"), ("3", "4"), ("12", "0")]),
])
def test_first_place_then_a_step_down_each_place(text, weight, situations):
    p = propose(text, weight, "排名")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["名"]
    assert not p.confident  # the words of what is ranked, or of where it stops, are the team's to check
    for place, score in situations:
        assert by_vars(p, place) == Decimal(score), (place, score)


def test_the_place_from_which_nothing_is_left_is_said():
    p = propose("各单位按新增贷款额排名,第一名10分,依次递减0.4分,递减到0分为止。", "10", "排名")
    sole(p, "formula")
    assert "第 26 名及以后得 0 分" in p.summary, p.summary


@pytest.mark.parametrize("text, weight, condition, situations", [
    ("按使用再贷款发放金额排名,第一名5分,依次递减0.2分,递减到0分为止。(如未使用再贷款,此项不得分)", "5", "未使用再贷款",
     [("1", "1", "5"), ("1", "11", "3"), ("0", "1", "0")]),
    ("制造业贷款增量从高到低排名,第一名10分,依次递减0.4分,递减到0分为止。(如增量为负,此项不得分)", "10", "增量为负",
     [("1", "5", "8.4"), ("0", "1", "0"), ("1", "40", "0")]),
    ("按辖区案件办结数排名,第一名得12分,按名次依次递减1分(若未按时上报数据,本项不得分)", "12", "未按时上报数据",
     [("1", "2", "11"), ("0", "2", "0")]),
])
def test_first_place_down_beside_a_bracketed_condition_zeroing_the_row(text, weight, condition, situations):
    p = propose(text, weight, "排名")
    params = sole(p, "formula")
    assert params["expression"].startswith("g * (")
    assert params["variables"][0]["label"].startswith(condition), params["variables"][0]["label"]
    assert not p.confident
    for gate, place, score in situations:
        assert by_vars(p, gate, place) == Decimal(score), (gate, place, score)


# ── near misses ──────────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("按考核得分排名,前3名得满分,其后按名次依次递减0.2分", "5"),  # top places at full marks: a line's
    ("排名倒数第1名得满分,每进1名扣0.1分", "2"),  # counted from the last: a line's
])
def test_near_miss_top_places_or_a_rank_from_the_last_stay_a_line(text, weight):
    p = propose(text, weight, "排名")
    assert p.kind == "threshold", p.kind


def test_near_miss_a_first_place_short_of_the_weight_is_no_such_formula():
    # the first place's points are not the 分值: the steps are not read off it
    p = propose("各项贷款余额从高到低排名,第一名8分,依次递减0.4分", "10", "排名")
    assert p.kind == "judgement" and not p.confident


def test_near_miss_a_condition_comparing_figures_is_no_gate_read_confidently():
    # a condition that compares (“低于名义GDP增速”) is no condition in words: never confidently a gate
    p = propose("各项贷款同比增速从高到低排名,第一名15分,依次递减0.6分,递减到0分为止。(如贷款增速低于名义GDP增速,此项不得分)",
                "15", "排名")
    assert not p.confident

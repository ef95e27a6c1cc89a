"""Wordings of bands and lines a proposer missed: a band “X及以下” beside a bare “X以上” (the 及 marks the figure held, the
以上 means past it); bands on a share split by “、” after each band's points, the values below the lowest band unsaid; a
step whose line only the indicator's name states (“每低1个百分点扣1分” in the row “…比例不低于80%”); a step on an amount
short of what is asked with no line said (“每少拆除500平方米扣0.5分,不足500平方米按500平方米计分”); ceilings on a count of
people, each higher one scoring less (“有3人以下(含3人)…得8分;有6人以下(含6人)…得6分;…”), after the 分值 said first.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scores, sole


# ── “X及以下 … X以上”: the 及 holds the figure, the bare 以上 is past it ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("500万元及以下得2分,500万元以上得4分", "4", ["100", "500", "501"], [2, 2, 4]),
    ("注册资本50万元及以下的,得1分;50万元以上的,得3分", "3", ["50", "50.5", "200"], [1, 3, 3]),
])
def test_held_below_and_bare_above(text, weight, at, expected):
    p = propose(text, weight, "注册资金")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert p.confident, p.unplaced


def test_near_miss_bare_below_and_bare_above_is_to_check():
    # 以下 and 以上 both bare: the figure is claimed by both (by law), never read confidently
    p = propose("500万元以下得2分,500万元以上得4分", "4", "注册资金")
    assert not p.confident


# ── bands split by “、”, nothing said below the lowest ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("出勤率70%-79%得2分、80%-94%得3分、95%及以上得4分", "4", ["60", "79.5", "94.5", "95"], [0, 2, 3, 4]),
    ("培训参训率50%-69%得0.5分、70%-89%得1分、90%及以上得2分", "2", ["49", "69", "89", "100"], [0, 0.5, 1, 2]),
])
def test_bands_split_by_a_pause_mark(text, weight, at, expected):
    p = propose(text, weight, "出勤")
    params = sole(p, "tiers")
    assert len(params["tiers"]) == 4
    assert scores(p, at) == D(*expected)
    assert not p.confident
    assert any("按0分读" in u for u in p.unplaced)


def test_near_miss_a_band_below_said_adds_none():
    p = propose("60%-79%得1分;80%及以上得2分;60%以下不得分", "2", "出勤")
    params = sole(p, "tiers")
    assert len(params["tiers"]) == 3
    assert scores(p, ["50", "70", "90"]) == D(0, 1, 2)
    assert not any("按0分读" in u for u in p.unplaced)


def test_near_miss_points_listed_by_a_pause_mark_are_no_bands_split():
    # “依次得…分、…分”: a list of points, never cut at its 、
    p = propose("90%以上、80%-90%、80%以下的依次得10分、6分、0分", "10", "完成率")
    assert not any("按0分读" in u for u in p.unplaced)


# ── a step whose line is the indicator's name's ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, name, at, expected", [
    ("每低1个百分点扣0.5分,扣完为止。", "5", "群众满意率不低于90%", ["90", "86", "80", "95"], [5, 3, 0, 5]),
    ("每低1个百分点扣1分,直至本项分值扣完", "6", "5.2 达标社区占全部社区的比例达到85%以上。", ["85", "82", "70"], [6, 3, 0]),
])
def test_a_step_with_its_line_in_the_name(text, weight, name, at, expected):
    p = propose(text, weight, name)
    params = sole(p, "threshold")
    assert params["direction"] == "higher"
    assert scores(p, at) == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("name", [
    "A率不低于90%,B率不低于80%",  # two lines: which one is not said
    "群众满意率",  # no line
    "群众满意率90%",  # a figure with no comparison
])
def test_near_miss_no_one_line_in_the_name(name):
    p = propose("每低1个百分点扣0.5分,扣完为止。", "5", name)
    assert not any(it["type"] == "threshold" and it["params"].get("full_at") == "90" for it in p.items)
    assert not p.confident


# ── a step on an amount short, no line said ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("每少完成造林100亩扣1分,不足100亩按100亩计,扣完为止", "5", ["0", "50", "250", "900"], [5, 4, 2, 0]),
    ("(2)按整治面积计算,每少整治1000平方米扣0.5分,不足1000平方米按1000平方米计分,本项扣完为止。", "4",
     ["0", "1000", "1500", "20000"], [4, 3.5, 3, 0]),
])
def test_a_step_on_an_amount_short(text, weight, at, expected):
    p = propose(text, weight, "整治")
    params = sole(p, "threshold")
    assert params["direction"] == "lower" and params["full_at"] == "0" and params["stepwise"]
    assert scores(p, at) == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "每少1人扣1分,扣完为止",  # one by one: a deduction per case
    "完成造林1000亩以上得满分,每少100亩扣1分",  # a line said: the line's own reading
])
def test_near_miss_no_shortfall_from_none(text):
    p = propose(text, "5", "造林")
    assert not any(it["type"] == "threshold" and it["params"].get("full_at") == "0"
                   and it["params"].get("direction") == "lower" for it in p.items)


# ── ceilings on a count of people ───────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("全员准时到岗得10分;有2人以下(含2人)迟到得8分;有5人以下(含5人)迟到得5分;有6人以上(含6人)迟到得0分。", "10",
     ["0", "1", "2", "3", "5", "6", "12"], [10, 8, 8, 5, 5, 0, 0]),
    ("卫生每天检查一次,每次检查分值为5分。评分办法:①全组桌面整洁得5分;②有2人以下(含2人)桌面杂乱得4分;③有4人以下(含4人)"
     "桌面杂乱得2分;④有5人以上(含5人)桌面杂乱得0分。", "5", ["0", "2", "3", "5"], [5, 4, 2, 0]),
])
def test_ceilings_on_a_count(text, weight, at, expected):
    p = propose(text, weight, "纪律")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident
    assert any("逐档递进" in u for u in p.unplaced)


def test_near_miss_ceilings_scoring_more_higher_up():
    # higher ceilings scoring more: no ladder of ceilings (whatever else is read, never confidently)
    p = propose("有3人以下(含3人)参加得2分;有6人以下(含6人)参加得5分;有7人以上(含7人)参加得10分", "10", "参与")
    assert not any("逐档递进" in u for u in p.unplaced)
    assert not p.confident

"""Wordings a proposer missed: the score a piece earned otherwise, taken at a share or zeroed when a condition holds
(“逾期提交的,成绩打8折”, “若有抄袭行为,该次作业直接0分”, a course's rules); a time over the one allowed, one unit of it
costing its points with no 每 (“不超工期不扣分,超过1天扣2分,扣完为止”); the points of each case in brackets, then how many
cases there are or what they come to, said with 共 (“(1个3分,共20个,60分)”); bands of a rate each with its deduction, the
first band deducting too (“偏差率5%以下扣1分,5%-10%扣2分,10%以上扣3分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way. None of these readings is ever sure.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scored, scores, sole


# ── a piece's own score taken at a share, or zeroed, on a condition ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, raw, late, expected", [
    ("迟交者，原始成绩乘以0.8计算。", "100", "90", "1", 72),
    ("迟交者，原始成绩乘以0.8计算。", "100", "90", "0", 90),
    ("逾期提交的，实验报告成绩打7折", "100", "80", "1", 56),
    ("两天内迟交打9折", "10", "8", "1", "7.2"),
    ("两天内迟交打9折", "10", "8", "0", 8),
    ("按时提交者，成绩正常计算；逾时提交者，原始成绩×0.6计算。", "100", "50", "1", 30),
    ("作业须在课前提交，期末前补交的，该作业分数会乘上70%。", "20", "10", "1", 7),
])
def test_score_taken_at_a_share(text, weight, raw, late, expected):
    p = propose(text, weight, "作业")
    sole(p, "formula")
    assert by_vars(p, raw, late) == D(expected)[0]
    assert not p.confident


def test_share_in_chinese_numerals_read_too():
    # “打九折”: the share in a Chinese numeral is read alike (a reading among others; the proposal may take another)
    found = [r for r in readings("两天内迟交打九折", "10") if r.items[0]["type"] == "formula"]
    assert [r.items[0]["params"]["expression"] for r in found] == ["a * (1 - 0.1 * b)"]


@pytest.mark.parametrize("text", [
    "若有代考行为，该次考试直接0分",
    "未经批准缺考，则当次测验计为零分。",
    "若查实抄袭，当天之测验分数将全部计为零分，并报教务处处理。",
    "使用非指定邮箱提交者，成绩将以0分计算。",
])
def test_score_zeroed(text):
    p = propose(text, "100", "测验")
    sole(p, "formula")
    assert [by_vars(p, "85", "0"), by_vars(p, "85", "1")] == D(85, 0)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("未按时提交的，本项得分乘以0.8", "10"),  # the row's own score: not a piece's
    ("未按时提交的，0分", "10"),  # the row's own points: a requirement met or not
    ("成绩打8折", "10"),  # no condition
    ("迟交打12折", "10"),  # no share
    ("考核得分60分以下的，成绩计为0分", "100"),  # a line of points, not a condition on the piece
    ("提交材料不全的，每缺一项扣1分，成绩打8折", "10"),  # a deduction beside it
    ("缺考者，成绩以0分计算，可申请补考", "100"),  # a further clause that changes the score
])
def test_near_miss_not_a_score_taken_on_a_condition(text, weight):
    for r in readings(text, weight):
        labels = [v["label"] for it in r.items for v in it.get("params", {}).get("variables", [])]
        assert not any(label.startswith("原始") for label in labels), r.summary


# ── a time over the one allowed, one unit costing its points, no 每 ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("不超工期不扣分，超过1天扣2分，扣完为止。", "20", "2", "天"),
    ("进场总时间不超不扣分；超出1天扣3分，扣完为止。", "15", "3", "天"),
    ("报告提交时间超出1个月扣1分，扣完为止", "5", "1", "月"),
])
def test_time_over_one_unit_read_per_unit(text, weight, per, unit):
    p = propose(text, weight, "工期")
    params = sole(p, "delay")
    assert (params["per"], params["unit"]) == (per, unit)
    assert scored(p, {"delay": "2"}) == D(weight)[0] - 2 * D(per)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "超过1天扣2分，超过3天扣5分，扣完为止。",  # steps of their own
    "不超工期不扣分，超过1天扣2分。",  # no stop: one case, not a step per day
    "超过1天以上扣2分，扣完为止",  # a line
    "超过1人扣2分，扣完为止",  # no time
])
def test_near_miss_time_over_not_per_unit(text):
    assert not any(it["type"] == "delay" for r in readings(text, "20") for it in r.items)


# ── points of each case in brackets, then 共: how many there are, what they come to ────────────────────────────────
@pytest.mark.parametrize("text, weight, count, expected", [
    ("完成实验报告(1份4分,共5份,20分)", "20", "3", 12),
    ("通过功能测试(每个2分，共10分)", "10", "3", 6),
    ("开展入户走访(每次1分,共8次)", "8", "5", 5),
    ("完成实验报告(一份4分，共5份，20分)", "20", "6", 20),  # kept within the 分值
])
def test_points_each_then_all_told(text, weight, count, expected):
    p = propose(text, weight, "实验")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    assert by_vars(p, count) == D(expected)[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("完成实验报告(1份4分,共6份)", "20"),  # 6 of 4 points is not the 分值
    ("通过功能测试(每个2分，共8分)", "10"),  # the total is not the 分值
    ("完成实验报告(1份4分,共5次,20分)", "20"),  # counted in another unit
])
def test_near_miss_all_told_not_the_weight(text, weight):
    assert not any(it["type"] == "formula" for r in readings(text, weight) for it in r.items)


# ── bands of a rate, each deducting, the first too ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("偏差率5%以下扣1分，5%-10%扣2分，10%以上扣3分", "5", [0, 4, 5, 7, 10, 12], [4, 4, 3, 3, 3, 2]),
    ("偏差率在5%以内的扣1分，5%-10%的扣2分，10%以上的扣3分", "3", [2, 8, 20], [2, 1, 0]),
    ("1、误差率1%以下，扣1分；1%-2%，扣2分；2%-4%，扣3分；4%以上扣4分", "4", [0.5, 1.5, 3, 5], [3, 2, 1, 0]),
])
def test_bands_all_deducting(text, weight, values, expected):
    p = propose(text, weight, "偏差率")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident


def test_bands_all_deducting_per_mille():
    p = propose("损失率2‰以下扣0.5分;2‰-4‰扣1分;4‰以上扣2分", "2", "损失率")
    params = sole(p, "tiers")
    assert params["unit"] == "‰"
    assert scores(p, [1, 3, 5]) == D("1.5", 1, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "偏差率5%以下扣1分，6%-10%扣2分，10%以上扣3分",  # a gap between the bands
    "偏差率5%以下扣3分，5%-10%扣2分，10%以上扣1分",  # deductions falling
    "偏差率5%以下扣1分，5%-10%扣2分，10%以上扣5分",  # past the 分值
])
def test_near_miss_bands_all_deducting(text):
    assert not any("无一档得满分" in d for r in readings(text, "3") for d in (r.doubts or ()))


def test_first_band_kept_is_not_all_deducting():
    # the first band keeps the 分值: another reading's, whose value 0 scores in full
    p = propose("偏差率5%以下不扣分，5%-10%扣2分，10%以上扣3分", "3", "偏差率")
    sole(p, "tiers")
    assert scores(p, [3]) == D(3)
    assert not any("无一档得满分" in d for r in readings("偏差率5%以下不扣分，5%-10%扣2分，10%以上扣3分", "3")
                   for d in (r.doubts or ()))

"""A rate at or above an average the text names but does not give for the 分值, points off per step below it
(“本单位满意度≥全市平均满意度,得5分;低于全市平均满意度,每降低1个百分点扣1分,扣完为止”): the 分值 less the points per
step of how far the rate lies below the average, both entered. And points per period a thing is done in, the year's
points the cap (“按时报送统计报表的,每月得0.5分,全年6分”), and a cap said right after the points of each case, no comma
between (“每项加1分其加分上限为5分”).

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, sole


def _at_reference(text: str, weight: str) -> bool:
    return any("max(0, q - p)" in str(it["params"].get("expression", "")) for r in readings(text, weight) for it in r.items)


# ── a rate at or above an average named in words ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, rates, expected", [
    ("近二年本科室学员年度考核的合格率≥近二年全院学员年度考核平均合格率，得4分；低于近二年全院学员年度考核平均合格率，"
     "每降低1个百分点，扣1分，扣完为止（合格率=合格人数/参加考核总人数）", "4",
     [("96", "92"), ("90", "92"), ("85", "92")], ["4", "2", "0"]),
    ("本单位群众满意度不低于全市平均满意度的,得满分;低于全市平均满意度的,每低0.5个百分点扣1分,扣完为止。", "5",
     [("88", "86"), ("85", "86"), ("80", "86")], ["5", "3", "0"]),
])
def test_rate_at_or_above_a_named_average(text, weight, rates, expected):
    p = propose(text, weight, "考核合格率")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["%", "%"]
    assert [by_vars(p, *r) for r in rates] == D(*expected)
    assert not p.confident  # the average is the evaluator's to find; a part of a step is unsaid


@pytest.mark.parametrize("text, weight", [
    # the line is a figure, no average named (other readings')
    ("本科室学员考核合格率≥90%,得4分;低于90%,每降低1个百分点,扣1分,扣完为止", "4"),
    # the points at the average are not the 分值
    ("本单位群众满意度不低于全市平均满意度的,得3分;低于全市平均满意度的,每低1个百分点扣1分,扣完为止。", "5"),
    # below another figure than the average
    ("本单位群众满意度不低于全市平均满意度的,得满分;低于上年度满意度的,每低1个百分点扣1分,扣完为止。", "5"),
    # points off per case, no percentage points
    ("本单位群众满意度不低于全市平均满意度的,得满分;低于全市平均满意度的,每发现1起投诉扣1分。", "5"),
])
def test_near_miss_no_named_average(text, weight):
    assert not _at_reference(text, weight)


# ── points per period a thing is done in, the year's points the cap ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, periods, expected", [
    ("按时保质报送月度统计报表的,每月得1分,全年12分;", "12", ["12", "9", "0"], ["12", "9", "0"]),
    ("按时报送季度工作进展情况的,每季度得2分,全年8分。", "8", ["4", "3"], ["8", "6"]),
])
def test_points_per_period_capped_by_the_year(text, weight, periods, expected):
    p = propose(text, weight, "信息报送")
    params = sole(p, "formula")
    assert params["variables"][0]["unit"] in ("月", "季度")
    assert [by_vars(p, x) for x in periods] == D(*expected)


def test_a_period_as_how_often_is_not_counted():
    # “每季度开展1次活动得2分”: how often a thing is required, no period counted
    assert not any(it["type"] == "formula" and "月" in str(it["params"].get("variables"))
                   for r in readings("每月开展1次安全检查,得12分", "12") for it in r.items)


# ── a cap said right after the points of each case (“每项加1分其加分上限为5分”) ───────────────────────────────────────
@pytest.mark.parametrize("text, weight, count, expected", [
    ("擔任校級委員會委員、實驗室管理等，且為義務性質者，每項加1分其加分上限為4分。", "4", "3", "3"),
    ("擔任校級委員會委員、實驗室管理等，且為義務性質者，每項加1分其加分上限為4分。", "4", "6", "4"),
    ("指导学生参加学科竞赛获奖的,每项加2分其加分上限为6分", "6", "2", "4"),
])
def test_cap_right_after_points_of_each_case(text, weight, count, expected):
    p = propose(text, weight, "服务")
    sole(p, "formula")
    assert by_vars(p, count) == D(expected)[0]


def test_near_miss_cap_not_of_the_cases():
    # a cap past the 分值: not this row's
    assert not any(it["type"] == "formula" for r in readings("指导学生参加学科竞赛获奖的,每项加2分其加分上限为10分", "6")
                   for it in r.items)


# ── the 分值 at or above an average named in words, below it the share of the average ──────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("3.存款余额,分值40分。高于或等于各行年末人民币存款余额平均值的银行得满分,低于平均值的以其所占平均值份额计算各行得分。",
     "40", [("120", "100"), ("75", "100")], ["40", "30"]),
    ("不低于全县人均培训时长平均水平的得满分,低于的按其占平均水平的比例计分", "10", [("30", "40"), ("50", "40")], ["7.5", "10"]),
])
def test_share_of_a_named_average(text, weight, values, expected):
    p = propose(text, weight, "规模")
    sole(p, "formula")
    assert [by_vars(p, *v) for v in values] == D(*expected)
    assert not p.confident  # the average is the evaluator's to find


@pytest.mark.parametrize("text, weight", [
    ("3.存款余额,分值30分。高于或等于各行年末人民币存款余额平均值的银行得满分,低于平均值的以其所占平均值份额计算各行得分。", "40"),
    ("高于或等于各行年末人民币存款余额平均值的银行得满分,低于平均值的酌情扣分。", "40"),  # judged, not a share
    ("高于或等于各行年末人民币存款余额最高值的银行得满分,低于的以其所占份额计算各行得分。", "40"),  # no average
])
def test_near_miss_no_share_of_average(text, weight):
    assert not any("max * x / a" in str(it["params"].get("expression", "")) for r in readings(text, weight) for it in r.items)

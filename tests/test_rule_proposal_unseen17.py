"""Rates in more words: the full marks said as all of those asked doing it (“100%参加培训,得6分”) before the step of
their rate below it, and a share in words scored in proportion “按照…进行计分”; a step on a quantity of its own after a
line said of another (“配套资金100%到位,得6分;项目完工率每低1个百分点扣0.5分”) is to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import ratio, readings, scored, sole


# ── the full marks at all of them doing what is asked (“100%签订责任书”), then the step of their rate below it ─────
@pytest.mark.parametrize("text, weight, step, deduct, at, score", [
    ("辖区企业100%签订安全生产责任书的,得6分;签订率每降低1个百分点扣0.5分,扣完为止。", "6", "1", "0.5", "96", "4"),
    ("在职职工100%参加业务培训,得10分,参训率每低1个百分点扣1分,扣完为止", "10", "1", "1", "97", "7"),
    ("各村(社区)100%建立居民健康档案,计8分;建档率每下降2个百分点扣1分,扣完为止。", "8", "2", "1", "96", "6"),
    ("新建小区100%配建垃圾分类设施,5分,配建率每降5个百分点扣1分", "5", "5", "1", "90", "3"),
])
def test_all_of_them_then_the_step_of_their_rate(text, weight, step, deduct, at, score):
    p = propose(text, weight, "指标")
    params = sole(p, "threshold")
    assert params["full_at"] == "100" and params["direction"] == "higher"
    assert Decimal(params["step"]) == Decimal(step) and Decimal(params["deduct"]) == Decimal(deduct)
    assert scored(p, {"value": "100"}) == Decimal(weight)
    assert scored(p, {"value": at}) == Decimal(score)
    assert scored(p, {"value": "0"}) == 0
    # whether the rate of the step is that of the words before 100% is read, not said: to check
    assert not p.confident and any("100%" in u for u in p.unplaced)


def test_all_of_them_with_a_step_of_several_points_stays_to_check():
    # how a part of a step of 5 counts is unsaid, and “扣完为止” is not said either
    p = propose("适龄教师100%参加普通话培训和测试,4分,培训或测试率每降5个百分点扣1分。", "4", "普通话")
    sole(p, "threshold")
    assert not p.confident


def test_near_miss_all_of_them_for_less_than_the_weight_is_no_line():
    # the points at 100% are not the 分值: no 达标线 of the whole item
    for found in readings("辖区企业100%签订责任书的,得3分;签订率每降低1个百分点扣0.5分,扣完为止。", "6"):
        assert all(it["type"] != "threshold" or it["params"].get("full_at") != "100" for it in found.items)


def test_near_miss_all_of_them_then_a_count_is_no_rate():
    # the step counts households, not points of a rate: no 达标线 on a percentage
    p = propose("辖区农户100%建立档案,得6分;每少1户扣0.5分,扣完为止。", "6", "档案")
    assert not (p.kind == "threshold" and p.items[0]["params"].get("unit") == "%")


def test_near_miss_a_line_above_100_percent_keeps_its_own_reading():
    # “100%以上” is the line said as a value, read as before
    p = propose("签订率100%以上得6分,每降低1个百分点扣0.5分,扣完为止", "6", "签订率")
    params = sole(p, "threshold")
    assert params["full_at"] == "100" and scored(p, ratio("98")) == 5


# ── a share in words scored in proportion, “按照A占B的比重(乘以N)进行计分” ──────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("按照实际完成改造户数占年度任务户数的比重进行计分", "10"),
    ("按照实际下降比例占考核要求的比重乘以20进行计分", "20"),
    ("按照当年新增就业人数占目标任务的比例进行评分", "8"),
    ("根据已整改问题数占反馈问题总数的比例进行计分", "6"),
])
def test_share_in_words_scored_by_its_proportion(text, weight):
    p = propose(text, weight, "指标")
    params = sole(p, "rate")
    assert params["cap"] is True
    assert not params["numerator_label"].startswith("照")  # “按照”: the lead is no part of the quantity's name
    assert scored(p, ratio("50")) == Decimal(weight) / 2
    assert scored(p, ratio("120")) == Decimal(weight)


@pytest.mark.parametrize("text", [
    "按照已办结件数÷受理件数×分值进行计算",
    "得分按照实际支出/预算数×分值进行计算",
])
def test_quotient_times_the_weight_then_carried_out(text):
    # “进行计算”: the formula's closing words, nothing of their own
    p = propose(text, "10", "指标")
    sole(p, "rate")
    assert p.confident and p.unplaced == []
    assert scored(p, ratio("75")) == Decimal("7.5")


@pytest.mark.parametrize("text, numerator", [
    ("得分按照实际支出/预算数×分值进行计算", "实际支出"),
    ("评分按已办结件数占受理件数的比例×分值计算", "已办结件数"),
    ("得分按照预算执行率×分值计算", None),
])
def test_score_by_lead_is_no_part_of_the_quantity(text, numerator):
    # “得分按照…”: the score said before the lead, neither a word of the rate's name
    p = propose(text, "10", "指标")
    params = sole(p, "rate")
    if numerator:
        assert params["numerator_label"] == numerator
    assert "按" not in p.summary.split("得分 = ", 1)[1].split("×", 1)[0]


def test_near_miss_carried_out_after_a_deduction_is_still_its_words():
    # a deduction beside the formula: the formula is then words the deduction does not place
    p = propose("按照已办结件数÷受理件数×分值进行计算,每少1件扣1分", "10", "指标")
    assert not p.confident


def test_share_in_words_after_the_full_marks_stays_to_check():
    # the full marks when met, in proportion when not: the rate reads both, the words around it left to check
    p = propose("减排比例满足考核要求的,计20分;未满足考核要求的,按照实际减排比例占考核要求的比重乘以20进行计分", "20", "减排")
    sole(p, "rate")
    assert not p.confident
    assert scored(p, ratio("80")) == 16


def test_near_miss_a_share_of_money_scored_otherwise_is_not_the_rate():
    # “按…的比重进行分配”: no score said, the share distributes money, not points
    for found in readings("按照各乡镇人口占全县人口的比重进行分配", "10"):
        assert all(it["type"] != "rate" for it in found.items)


# ── a step on one quantity after a line on another ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "配套资金100%到位,得6分;项目完工率每低1个百分点扣0.5分,扣完为止",
    "资金到位率达到95%得6分,项目完工率每低1个百分点扣0.5分,扣完为止",
    "培训覆盖率≥90%的得满分;考核合格率每降低1%扣1分,扣完为止",
])
def test_a_step_on_another_quantity_than_the_line_is_to_check(text):
    p = propose(text, "6", "项目实施")
    assert not p.confident and any("是否同一数值" in n for n in p.notes)


@pytest.mark.parametrize("text", [
    "完工率达100%得6分;完工率每低1个百分点扣0.5分,扣完为止",
    "预算执行率≥95%,得满分;执行率每低1个百分点扣0.5分,扣完为止",
    "达到100%得满分;完成率每下降1个百分点扣1分,扣完为止",
    "配套资金到位率100%,得6分;每低1个百分点扣0.5分,扣完为止",
])
def test_a_step_on_the_line_s_own_quantity_stays_read(text):
    p = propose(text, "6", "项目实施")
    assert p.confident and p.items[0]["type"] == "threshold"

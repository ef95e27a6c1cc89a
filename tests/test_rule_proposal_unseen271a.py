"""Wordings of the tenders for security services (and the tables before them) the proposer had not read.

A price scored by how far it lies above or below a base, points off per step either side, the price at the base
scoring the 分值 (“有效报价与评审基准价一致得满分;其余报价每高于评审基准价1%扣0.2分,每低于评审基准价1%扣0.1分,不足1%的
按插值法计算,扣完为止”, “每高出基准价1%扣1分…每低于基准价1%扣0.5分”, “正偏离比例每1%扣0.6分,负偏离比例每1%扣0.3分”,
“正向偏差时(…),偏差率每增加2%时,在满分的基础上减1分”): a formula over the base and the price, both entered, each side's
deviation taken in % of the base (``formula._price_off_base``). It is never a count of faults (“高于评审基准价的百分点数”
as a number the evaluator works out) nor read where the text counts a part of a step as a whole one (“不足1%的按1%计算”:
whole steps the evaluator counts, as before). A part of a step of 1% counts in proportion, as it did where each side's
deviation was entered in %; a part of a longer step (“每增加2%”) is to check unless the text says how it counts.

A cap on points earned said with 可 before its verb (“每提供一个同类业绩合同得5分,最高可得25分”, “本项最多可得10分”, “最高可加3分”):
the cap as ``formula._CAP_SAID`` spells every other (“最高得25分”), so a case earning its points up to the 分值 is read as
it is without the 可; a cap other than the 分值 stays to check.

Grades each in a cell of its own, the points closing the cell run into the next grade's label (“优:…无遗漏。15分良:…有1项
遗漏,13分一般:…。11分”, a State Grid table's layout): each grade's points written as its own (``wording.cell_read``),
then read as the grades are; never where the points are not set apart from the grade's words (“≥90.5分B(良好):”).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings, sole


@pytest.mark.parametrize("text, weight, up, down", [
    ("响应报价与评审基准价一致的得满分；其余报价每高于评审基准价1%扣0.4分，每低于评审基准价1%扣0.2分，"
     "不足1%的按插值法计算，扣完为止。", "40", "0.4", "0.2"),
    ("投标人的评标价等于基准价的，得50分；评标价每高出基准价1％扣2分，最多扣至0分；评标价每低于基准价1％扣1分，"
     "最多扣至0分，不足1%按线性插入计算。", "50", "2", "1"),
    ("投标报价与评标基准价相比，正偏离比例每1%扣0.8分，负偏离比例每1%扣0.4分，扣完为止。", "40", "0.8", "0.4"),
    ("报价每高于K值1%，扣1分；报价每低于K值1%，扣0.5分；不足1%的按上述规则线性计算。", "100", "1", "0.5"),
])
def test_a_price_either_side_of_its_base(text, weight, up, down):
    p = propose(text, weight, "报价得分")
    params = sole(p, "formula")
    assert [v["name"] for v in params["variables"]] == ["b", "p"]
    w = Decimal(weight)
    assert by_vars(p, "100", "100") == w  # at the base: the 分值
    assert by_vars(p, "100", "110") == w - 10 * Decimal(up)  # 10% above it
    assert by_vars(p, "100", "90") == w - 10 * Decimal(down)  # 10% below it
    assert by_vars(p, "100", "1000") == 0  # kept within 0～分值
    assert not p.confident  # (how the base is found is the evaluator's to check)


def test_a_step_of_two_percent_on_the_deviation_side():
    p = propose("投标报价与评标基准价的偏差率以正负百分比列示；正向偏差时(即投标报价大于评标基准价时)，偏差率每增加2%时，"
                "在满分的基础上减1分，减至0分为止；负向偏差时(即投标报价小于评标基准价时)，偏差率每增加2%时，"
                "在满分的基础上减0.5分，减至0分为止。", "20", "报价")
    sole(p, "formula")
    assert by_vars(p, "100", "110") == Decimal("15")
    assert by_vars(p, "100", "90") == Decimal("17.5")
    assert not p.confident


def test_a_part_of_a_longer_step_unsaid_is_to_check():
    p = propose("报价与评审基准价一致得满分，每高于评审基准价2%扣1分，每低于评审基准价2%扣0.5分，扣完为止。", "30", "报价")
    sole(p, "formula")
    assert by_vars(p, "100", "104") == Decimal("28")
    assert not p.confident and any("比例" in n for n in p.notes), p.notes


@pytest.mark.parametrize("text, weight", [
    # a part of a step counted as a whole one: steps the evaluator counts, not a proportion of the base
    ("基准价等于所有单位报价的平均价，每高于评审基准价1%扣0.5分，每低于评审基准价1%扣0.3分（不足1%的按1%计算），扣完为止", "10"),
    # no price: a rate's base, not a price's
    ("能耗每高于基准值1%扣1分，每低于基准值1%扣0.5分", "10"),
    # one side only
    ("报价每高于评审基准价1%扣1分，扣完为止", "10"),
])
def test_near_misses_are_not_a_price_either_side(text, weight):
    assert not any("报价等于" in r.summary for r in readings(text, weight, "报价"))


@pytest.mark.parametrize("text, weight, each", [
    ("每提供一个同类项目服务合同得4分，最高可得20分。", "20", "4"),
    ("投标人每具有一项有效的软件著作权得1分，本项最多可得5分。", "5", "1"),
    ("每配备1名持证安保人员得0.5分，最高可得3分。", "3", "0.5"),
])
def test_a_cap_said_with_ke(text, weight, each):
    p = propose(text, weight, "业绩")
    sole(p, "formula")
    assert p.confident, p.unplaced
    assert by_vars(p, "1") == Decimal(each)
    assert by_vars(p, "100") == Decimal(weight)


def test_a_cap_with_ke_short_of_the_weight_is_to_check():
    p = propose("每提供一个同类项目服务合同得4分，最高可得12分。", "20", "业绩")
    sole(p, "formula")
    assert not p.confident


def test_grades_whose_points_run_into_the_next_label():
    p = propose("项目负责人业绩。优：担任过同类项目负责人且业绩数量在所有投标人中最多的。6分良：担任过同类项目负责人的。"
                "4分一般：未担任过同类项目负责人的。2分", "6", "项目负责人")
    params = sole(p, "choice")
    assert sorted(Decimal(o["score"]) for o in params["options"]) == [2, 4, 6]
    assert [o["label"][:2] for o in params["options"]] == ["优:", "良:", "一般"]


def test_grade_points_not_set_apart_are_not_moved():
    from services.scoring.rules.wording import cell_read, normalize
    t = normalize("A(优秀)：评价大于等于90。5分B(良好)：评价大于等于80小于90。4分")
    assert cell_read(t) == t

"""Points in proportion to how much was done, said without a formula (按比例扣分, 按…推算, 按实际完成率乘以标准分):

- a condition zeroing the row, then the share done in proportion (“未制定工作计划的扣全分,已制定但未完成的,按照未完成比例
  扣分”): a formula ``g * (max * min(c, 100) / 100)``, always to check; “按照未完成比例扣分” alone is the share done;
- the units failing named after the fault (“未按时足额拨付配套资金的乡镇按比例扣分”), or a shortfall of a requirement the text
  does not state (“市本级专项工作经费不足的按比例扣分”): the share done, to check (of what the share is taken is unsaid);
- a reference reached for full marks, the others reckoned from it (“…达到全区平均水平的村得满分,其他村得分以全区平均水平为基准
  推算”): the value ÷ the reference × 分值, at most the 分值, to check;
- 标准分 for the 分值 (“完成年度造林计划得标准分,未完成的按实际完成率乘以标准分计分”): read as 满分 and 分值;
- a rate's line alone, below it in proportion (“日常监察率低于90%的按照比例扣分”): the share of the line reached, to check;
  a line of 100% is the rate itself.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, ratio, readings, scored, sole


def _share(p, target: str, actual: str) -> Decimal:
    """The score of a one-row share done (完成比例, or a rate of two figures)."""
    if p.items[0]["type"] == "completion":
        return scored(p, {"rows": [{"target": target, "actual": actual}]})
    return scored(p, ratio(actual, target))


# ── a condition zeroing the row, then the share done ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, done, score", [
    ("未制定工作计划的扣全分,已制定但未完成的,按照未完成比例扣分", "8", "75", 6),
    ("未建立管理台账的不得分,未完成的按比例扣分", "6", "50", 3),
    ("未开展专项整治的,本项不得分;已开展但未完成的,按照未完成比例扣分", "10", "120", 10),
    ("未完成的按比例扣分,未落实专人负责的不得分", "4", "25", 1),
])
def test_share_done_zeroed_by_a_condition(text, weight, done, score):
    p = propose(text, weight, "计划执行")
    params = sole(p, "formula")
    assert not p.confident
    assert params["expression"] == "g * (max * min(c, 100) / 100)"
    assert by_vars(p, "1", done) == Decimal(score)
    assert by_vars(p, "0", done) == 0
    assert any("整项不得分的条件" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # a deduction of a few points, no zero of the row
    ("未制定工作计划的扣2分,未完成的按比例扣分", "8"),
    # a count of cases, not a share
    ("未制定工作计划的不得分,每少完成1项扣1分", "8"),
])
def test_near_miss_not_share_zeroed(text, weight):
    assert not any(it["type"] == "formula" and "min(c, 100)" in it["params"]["expression"]
                   for found in readings(text, weight) for it in found.items)


@pytest.mark.parametrize("text, weight", [
    ("未完成的,按照未完成比例扣分", "10"),
    ("任务未完成的按照未完成比例扣分", "5"),
])
def test_share_left_undone_said_with_anzhao(text, weight):
    p = propose(text, weight, "任务完成")
    sole(p, "completion")
    assert p.confident, p.unplaced  # as “未完成的按比例扣分”
    assert _share(p, "10", "7") == Decimal(weight) * Decimal("0.7")


# ── the failing units named after the fault; a shortfall of an unstated requirement ───────────────────────────
@pytest.mark.parametrize("text, weight, target, actual, score", [
    ("没有按要求落实防疫专项经费的所辖乡镇(街道)按比例扣分。", "20", "10", "7", 14),
    ("未按时足额拨付配套资金的乡镇按比例扣分", "8", "10", "5", 4),
    ("未建立台账的村(社区)按比例扣分", "5", "20", "20", 5),
    ("市本级专项工作经费不足的按比例扣分", "20", "100", "60", 12),
    ("配套资金到位不足的,按比例扣减", "10", "40", "30", 7.5),
    ("全县常住人口万人,县级配套经费万元,不足的按比例扣分。", "30", "50", "25", 15),
])
def test_share_of_units_or_of_an_unstated_requirement(text, weight, target, actual, score):
    p = propose(text, weight, "经费落实")
    sole(p, "completion")
    assert not p.confident
    assert any("比例按何数计算请核对" in u for u in p.unplaced)
    assert _share(p, target, actual) == Decimal(str(score))
    assert _share(p, target, str(int(target) * 2)) == Decimal(weight)


@pytest.mark.parametrize("text, weight", [
    # the task's own points: rate._done_else_share's, confident (not the unstated requirement)
    ("完成培训任务得10分,不足的按比例扣分", "10"),
])
def test_near_miss_shortfall_with_points_of_the_task(text, weight):
    p = propose(text, weight, "培训")
    assert p.confident and p.kind == "rate", p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("配套资金不足50%的按比例扣分", "10"),  # a line, not an unstated requirement
    ("未按时足额拨付配套资金的乡镇每个扣1分", "8"),  # a deduction per unit
])
def test_near_miss_not_a_share_of_units(text, weight):
    assert not any(it["type"] == "completion" for found in readings(text, weight) for it in found.items)


# ── a reference reached for full marks, the others reckoned from it ────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, value, ref, score", [
    ("人均招商引资额达到全区平均水平的村得满分,其他村得分以全区平均水平为基准推算", "6", "45", "60", 4.5),
    ("年度財政收入達到全縣平均水平的鄉鎮得5分,其餘鄉鎮得分以全縣平均水平為標準推算。", "5", "30", "40", 3.75),
    ("得分以全县平均水平为标准推算", "5", "20", "50", 2),
])
def test_reckoned_from_a_reference(text, weight, value, ref, score):
    p = propose(text, weight, "产值")
    sole(p, "rate")
    assert not p.confident
    assert any("推算" in u for u in p.unplaced)
    assert scored(p, ratio(value, ref)) == Decimal(str(score))
    assert scored(p, ratio("90", ref)) == Decimal(weight)  # at most the 分值


@pytest.mark.parametrize("text, weight", [
    # the reference reached is not the one reckoned from
    ("税收收入达到全市平均水平的得5分,其余得分以上年水平为标准推算", "5"),
    # the points of the reference reached are not the 分值
    ("达到全市平均水平的得3分,其余得分以全市平均水平为标准推算", "5"),
])
def test_near_miss_not_reckoned_from_a_reference(text, weight):
    assert not any(it["type"] == "rate" for found in readings(text, weight) for it in found.items)


# ── 标准分 for the 分值 ─────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("项目开工率达到100%得标准分,未达到的按实际开工率乘以标准分计分", "8", [75, 100], [6, 8]),
    ("得分=资金到位率×标准分", "6", [50, 120], [3, 6]),
])
def test_standard_points_the_weight_of_a_rate(text, weight, values, expected):
    p = propose(text, weight, "进度")
    sole(p, "rate")
    assert p.confident, p.unplaced
    assert [scored(p, ratio(v)) for v in values] == [Decimal(x) for x in expected]


def test_standard_points_the_weight_of_a_share_done():
    p = propose("完成年度造林计划得标准分,未完成的按实际完成率乘以标准分计分", "10", "造林")
    sole(p, "completion")
    assert p.confident, p.unplaced
    assert _share(p, "100", "80") == 8


def test_near_miss_standard_points_with_a_figure():
    # “得标准分3分” names points of its own (not the 分值 of 5): never the full marks
    p = propose("达标的得标准分3分,不达标的不得分", "5", "达标")
    assert not p.confident


# ── a rate's line alone, below it in proportion ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, below, score", [
    ("日常监察率低于90%的按照比例扣分", "6", 90, "45", 3),
    ("项目验收合格率不足80%的,按比例减分", "8", 80, "60", 6),
    ("对其他单位的巡查覆盖率低于60%按照比例扣分", "3", 60, "40", 2),
])
def test_line_alone_in_proportion(text, weight, line, below, score):
    p = propose(text, weight, "监察")
    params = sole(p, "formula")
    assert not p.confident
    assert params["expression"] == f"max * min(r / {line}, 1)"
    assert by_vars(p, below) == Decimal(score)
    assert by_vars(p, str(line + 5)) == Decimal(weight)


def test_line_of_hundred_alone_is_the_rate():
    p = propose("巡查覆盖率低于100%的按比例扣分", "5", "巡查")
    sole(p, "rate")
    assert not p.confident
    assert [scored(p, ratio(v)) for v in (80, 100)] == [Decimal(4), Decimal(5)]


@pytest.mark.parametrize("text, weight", [
    ("日常监察率达到90%得满分,低于80%的按比例扣分", "6"),  # two lines: what lies between is unsaid
    ("日常监察率低于90%的扣2分", "6"),  # a fixed deduction below the line
])
def test_near_miss_not_a_line_in_proportion(text, weight):
    assert not any(it["type"] == "formula" and "min(r /" in it["params"]["expression"]
                   for found in readings(text, weight) for it in found.items)

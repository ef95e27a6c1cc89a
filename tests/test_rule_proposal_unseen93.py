"""Wordings of bands a proposer missed: bands of the days early or late against a contracted date (“提前竣工5天以上给5分。
按合同工期±5天(含5天)给4分。延期5至10天(含10天)给3分。延期10天以上给0分。”), read on one axis, the days late (early days
negative). Always to check.

Made-up texts in the style of assessment tables, with the scores of a few values, and near misses that must not be
read that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import readings, scored, sole


# ── bands of days early or late ──────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("提前供货2天以上给6分。按合同交货期±2天(含2天)给5分。延期2至4天(含4天)给2分。延期4天以上给0分。", "6",
     [("-3", 6), ("-2", 5), ("0", 5), ("2", 5), ("3", 2), ("4", 2), ("5", 0)]),
    ("提前完工7日以上得10分;按合同工期±7日(含7日)得8分;拖延7至15日(含15日)得4分;拖延15日以上不得分。", "10",
     [("-10", 10), ("-7", 8), ("7", 8), ("8", 4), ("15", 4), ("20", 0)]),
    ("提前10天以上完成得10分;提前10天以内完成得8分;延误5天以内得5分;延误5天以上不得分。", "10",
     [("-12", 10), ("-4", 8), ("3", 5), ("9", 0)]),
])
def test_bands_of_days_early_or_late(text, weight, cases):
    p = propose(text, weight, "交付工期")
    params = sole(p, "tiers")
    assert params["unit"] == "天" and "提前为负" in params["value_label"]
    assert not p.confident
    for value, want in cases:
        assert scored(p, {"value": value}) == Decimal(want)


@pytest.mark.parametrize("text", [
    "延期3天以内得8分;延期3至5天得5分;延期5天以上不得分。",  # late only: no axis through the date
    "提前3天以上得5分;提前1至3天得4分;提前1天以内得3分。",  # early only
    "提前3天以上得5分;按合同工期±3天得4分;延期3至5个月得3分;延期5个月以上不得分。",  # months beside days
    "提前3天以上得5分;按合同工期±3天(含3天)得4分;延期3至5天(含8天)得3分;延期5天以上不得分。",  # a mark naming another day
])
def test_near_misses_are_no_bands_of_days_early_or_late(text):
    assert not any("按提前、延后天数" in r.summary for r in readings(text, "5", "交付工期"))


# ── a line reached (满) that a range starting at the same figure follows ──────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("注册并正常运营满2年的得1分;2-4年得3分;4年以上得5分。", "5", [("2", 1), ("3", 3), ("6", 5)]),
    ("从业满5年的得2分;5-10年得4分;10年以上得6分。", "6", [("5", 2), ("7", 4), ("12", 6)]),
])
def test_a_line_reached_before_a_range_from_it_is_that_figure_alone(text, weight, cases):
    p = propose(text, weight, "经营年限")
    sole(p, "tiers")
    assert not p.confident
    assert any("按恰为" in u for u in p.unplaced), p.unplaced
    for value, want in cases:
        assert scored(p, {"value": value}) == Decimal(want)


def test_lines_reached_one_after_another_stay_a_ladder():
    p = propose("满2年的得1分;满4年得3分;满6年得5分。", "5", "经营年限")
    sole(p, "tiers")
    assert not any("按恰为" in u for u in p.unplaced)
    assert scored(p, {"value": "3"}) == Decimal(1) and scored(p, {"value": "5"}) == Decimal(3)


# ── a requirement said before bands of cases going on by “以此类推” ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("1.升旗仪式时不得讲话,嬉戏打闹,东张西望等2.1至3人违反扣1分,4至6人违反扣2分,以此类推。", "10",
     [("0", 10), ("2", 9), ("6", 8), ("7", 7)]),
    ("课间操全员参加,队列整齐;1至2人缺席扣0.5分,3至4人缺席扣1分,依此类推。", "5", [("0", 5), ("1", 4.5), ("5", 3.5)]),
])
def test_a_requirement_before_bands_of_cases_so_on(text, weight, cases):
    p = propose(text, weight, "出勤")
    sole(p, "threshold")
    assert not p.confident
    assert any("按所数情形的要求读" in u for u in p.unplaced), p.unplaced
    for value, want in cases:
        assert scored(p, {"value": value}) == Decimal(str(want))


@pytest.mark.parametrize("text", [
    "1.全员参加得2分2.1至3人缺席扣1分,4至6人缺席扣2分,以此类推。",  # the first part scores points of its own
    "课间操全员参加,1至3人缺席扣1分,4至5人缺席扣2分,以此类推。",  # bands not of one width
])
def test_near_misses_are_no_requirement_before_bands(text):
    assert not any("按所数情形的要求读" in u for r in readings(text, "10", "出勤") for u in r.doubts or ())


# ── the work done in full said with 完毕 for 完成 ──────────────────────────────────────────────────────────────────
def test_the_task_done_in_full_said_with_wanbi():
    p = propose("完毕年度任务得2分;完毕率80%-100%得1分;低于80%不得分。", "2", "任务完成")
    sole(p, "tiers")
    assert not p.confident
    assert [scored(p, {"value": v}) for v in ("100", "90", "70")] == [Decimal(2), Decimal(1), Decimal(0)]


def test_the_task_not_done_is_no_task_done_in_full():
    assert not any("按执行（完成）100%读" in u for r in readings("未完毕任务得2分;完毕率低于60%不得分。", "2", "任务完成")
                   for u in r.doubts or ())


# ── a band's figure run into its points (“100%60分>=80%48分…”) ───────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("100%20分>=90%15分>=70%10分<70%0分", "20", [("100", 20), ("95", 15), ("80", 10), ("50", 0)]),
    ("资金到位情况100%10分≥80%6分<80%0分", "10", [("100", 10), ("85", 6), ("79", 0)]),
])
def test_a_band_figure_run_into_its_points(text, weight, cases):
    p = propose(text, weight, "资金到位")
    sole(p, "tiers")
    assert not p.confident
    assert any("按100%得" in u for u in p.unplaced), p.unplaced
    for value, want in cases:
        assert scored(p, {"value": value}) == Decimal(want)


@pytest.mark.parametrize("text", [
    "≥90%,15分;<90%,0分",  # every band said with its comparison
    "资金到位率×100%15分",  # the figure of a formula, no band
])
def test_near_misses_are_no_band_figure_run_into_its_points(text):
    assert not any("按100%得" in u or "按90%得" in u for r in readings(text, "15", "到位率") for u in r.doubts or ())


# ── the weight in percent × a quotient × 100 (“分项分数=30%×(A/B)×100”) ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("计算方法:A2分项分数=40%×(已接入统一身份认证平台并实现单点登录的业务系统数量/部门业务系统总数)×100", "40",
     [(("30", "40"), 30), (("40", "40"), 40), (("0", "40"), 0)]),
    ("分项分数=25%×(已实现全程网上办理的依申请类政务服务事项数量/依申请类政务服务事项总数)×100", "25",
     [(("50", "100"), 12.5), (("120", "100"), 25)]),
])
def test_the_weight_in_percent_times_a_quotient_times_hundred(text, weight, cases):
    found = [r for r in readings(text, weight, "事项办理") if "% × 100）" in r.summary]
    assert len(found) == 1
    item = found[0].items[0]
    assert item["type"] == "rate" and found[0].doubts
    for (num, den), want in cases:
        assert scored(found[0], {"numerator": num, "denominator": den}) == Decimal(str(want))  # type: ignore[arg-type]


@pytest.mark.parametrize("text, weight", [
    ("分项分数=30%×(已办理事项数量/事项总数)×100", "20"),  # the weight's share of 100 is not the 分值
    ("分项分数=30%×(已办理事项数量/事项总数)×10", "30"),  # times 10, not 100
    ("分项分数=30%×(已办理事项数量/事项总数)", "30"),  # no × 100
])
def test_near_misses_are_no_weight_times_a_quotient_times_hundred(text, weight):
    assert not any("% × 100）" in r.summary for r in readings(text, weight, "事项办理"))

"""Wordings read short of their rule: points per whole span of years (“每满3年加1分”), a sentence zeroing the row on
one case of a fault beside several faults (“1处发生漏水不得分;…1次扣3分;…1处扣2分”), numbered sub-points in a
condition zeroing the row (“不符合第1和2小项要求不得分”), and a date in a fault's words read as a count of days
(“在2015年1月1日之后…的,扣1分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, sole


def _formula(p) -> dict:
    params = sole(p, "formula")
    assert not p.confident
    return params


# ── points per whole span of years: “工龄每满2年加1分,最多加5分” ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values", [
    # (years, score): only whole spans count, the cap or the 分值 holds
    ("工龄每满2年加1分,最多加5分", "5", [("1", "0"), ("2", "1"), ("3.9", "1"), ("4", "2"), ("30", "5")]),
    ("从事本行业每满3年加0.5分,最高2分", "2", [("2", "0"), ("3", "0.5"), ("8", "1"), ("12", "2"), ("20", "2")]),
    ("企业注册年限每满5年得2分,累计不超过6分", "6", [("4", "0"), ("5", "2"), ("14", "4"), ("15", "6")]),
    ("服务年限每满10年加1分", "3", [("9", "0"), ("10", "1"), ("25", "2"), ("40", "3")]),
])
def test_points_per_whole_span_of_years(text, weight, values):
    p = propose(text, weight, "年限")
    params = _formula(p)
    assert [v["unit"] for v in params["variables"]] == ["年"]
    for years, score in values:
        assert by_vars(p, years) == Decimal(score), (text, years)
    assert any("不足" in u for u in p.unplaced)  # the part short of a span is said to earn nothing


@pytest.mark.parametrize("text", [
    "每3年开展1次绩效评估得2分",  # how often a thing is done, no span reached
    "工作满3年的加1分",  # one line of years, no 每: no step
    "每满3年扣1分",  # points taken off: no points earned per span
])
def test_near_miss_years_without_a_whole_span_earning_are_not_read_so(text):
    p = propose(text, "5", "年限")
    for it in p.items:
        expression = str((it.get("params") or {}).get("expression", ""))
        assert "/ 3 - 0.5" not in expression, (text, expression)


def test_one_year_spans_are_counted_as_before():
    p = propose("参保缴费每满1年加1分,最多5分", "5", "参保")
    params = _formula(p)
    assert params["expression"] == "1 * a"
    assert by_vars(p, "3") == Decimal(3) and by_vars(p, "9") == Decimal(5)


# ── one case of a fault zeroing the row, beside several faults: “1处发生漏水不得分;…1次扣3分;…1处扣2分” ───────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("查现场。1处发生漏水不得分;无计划停水1次扣3分;其他1处不符合要求扣2分", "20", ("1", "1", "2"), "13"),
    ("查现场。1处发生漏水不得分;无计划停水1次扣3分;其他1处不符合要求扣2分", "20", ("0", "1", "2"), "0"),
    ("1次发生泄漏不得分;未按时巡检1次扣2分;记录不全1处扣1分", "10", ("1", "2", "3"), "3"),
    ("发生1起火灾的不得分;消防通道堵塞1处扣2分;灭火器过期1台扣1分", "10", ("1", "1", "1"), "7"),
    ("发生1起火灾的不得分;消防通道堵塞1处扣2分;灭火器过期1台扣1分", "10", ("0", "0", "0"), "0"),
    ("无计划停水1次扣3分;其他1处不符合要求扣2分;1处发生漏水不得分", "20", ("1", "1", "1"), "15"),
])
def test_one_case_zeroing_the_row_beside_several_faults(text, weight, values, score):
    p = propose(text, weight, "供水")
    params = _formula(p)
    assert params["expression"].startswith("g * ("), params["expression"]
    assert params["variables"][0]["name"] == "g"  # (1: the zeroing case did not happen)
    assert by_vars(p, *values) == Decimal(score)


@pytest.mark.parametrize("text", [
    # a line of a count: the faults running out or a line, never one case zeroing the row
    "3处以上不符合要求不得分;无计划停水1次扣3分;其他1处不符合要求扣2分",
    "1处以上不符合要求不得分;无计划停水1次扣3分;其他1处不符合要求扣2分",
])
def test_near_miss_a_line_of_a_count_is_no_gate_of_one_case(text):
    p = propose(text, "20", "供水")
    assert not p.confident
    for it in p.items:
        variables = (it.get("params") or {}).get("variables") or []
        assert not any("以上不符合要求（否=1" in v["label"] for v in variables), variables


# ── numbered sub-points in a condition zeroing the row: “不符合第1和2小项要求不得分,其他…1处扣2分” ────────────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("查资料和现场。不符合第1和2小项要求不得分,其他不符合要求1处扣2分", "15", ("1", "2"), "11"),
    ("查资料和现场。不符合第1和2小项要求不得分,其他不符合要求1处扣2分", "15", ("0", "2"), "0"),
    ("不符合第2、3小项要求的不得分,其他不符合要求1处扣1分", "12", ("1", "5"), "7"),
    ("第1小项不符合要求不得分;其他1处不符合要求扣0.5分", "4", ("1", "3"), "2.5"),
])
def test_numbered_sub_points_in_a_zeroing_condition(text, weight, values, score):
    p = propose(text, weight, "现场管理")
    params = _formula(p)
    assert "小项" in params["variables"][0]["label"]
    assert by_vars(p, *values) == Decimal(score)


def test_near_miss_numbered_sub_points_costing_points_are_faults_not_a_gate():
    p = propose("不符合第1小项要求扣3分,其他不符合要求1处扣1分", "10", "现场管理")
    assert not p.confident
    for it in p.items:
        variables = (it.get("params") or {}).get("variables") or []
        assert not any("整项不得分" in v["label"] for v in variables), variables


# ── a date in a fault's words: “在2015年1月1日之后…的,扣1分” counts no days ───────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("新建站点扣1分;老站点在2015年1月1日之后改造的,扣1分;其他站点扣1.5分,扣完为止", "10", ("0", "1", "1"), "7.5"),
    ("2019年7月1日以后未完成整改的,扣1分;台账缺失的扣2分", "5", ("1", "0"), "4"),
    ("未在3月15日前报送年度总结的扣1分;台账缺失的扣2分", "5", ("1", "1"), "2"),
])
def test_a_date_is_no_count_of_days(text, weight, values, score):
    p = propose(text, weight, "管理")
    params = _formula(p)
    assert "日" not in [v["unit"] for v in params["variables"]], params["variables"]
    dated = [v["label"] for v in params["variables"] if "月" in v["label"]]
    assert len(dated) == 1 and "日" in dated[0], params["variables"]  # the date kept whole in the fault's words
    assert by_vars(p, *values) == Decimal(score)


def test_a_date_and_a_count_of_days_after_it():
    # the date names when the count starts; the days past it are counted
    p = propose("6月1日后每逾期1日扣1分;台账缺失的扣2分", "5", "报送")
    params = _formula(p)
    assert [v["unit"] for v in params["variables"]] == ["日", ""]
    assert "6月1日" in params["variables"][0]["label"]
    assert by_vars(p, "2", "0") == Decimal(3) and by_vars(p, "1", "1") == Decimal(2)


def test_near_miss_days_late_are_still_counted():
    p = propose("逾期1日扣1分;台账缺失的扣2分", "5", "报送")
    params = _formula(p)
    assert [v["unit"] for v in params["variables"]] == ["日", ""]
    assert by_vars(p, "2", "1") == Decimal(1)


# ── a decimal's digit of points that text recognition gave as the letter l: “每处扣0.l分” ───────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("一处不符合要求的,扣0.l分", "0.5", "0.1"),
    ("每缺1项资料扣0.l5分", "2", "0.15"),
    ("每发现1处隐患扣0.2l分", "1", "0.21"),
])
def test_letter_l_for_a_decimal_digit_of_points(text, weight, per):
    p = propose(text, weight, "资料")
    params = sole(p, "deduction")
    assert Decimal(params["per"]) == Decimal(per)
    assert not p.confident and any("按 1 读" in u for u in p.unplaced)


@pytest.mark.parametrize("text", ["得分=A/l.5", "达到Level 2.l分"])
def test_near_miss_letter_l_elsewhere_is_no_digit_of_points(text):
    p = propose(text, "2", "资料")
    assert not any("按 1 读" in u for u in p.unplaced)

"""Formulas of rates, faults and cases, read by the shape of the text rather than its exact words.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, verbs and
units), with the rule they must give and the score of a few situations, and near misses that must not be read that
way, or not confidently.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, sole


# ── a rate's line below 100% earns the 分值, below it the share of the line reached ─────────────────────
@pytest.mark.parametrize("text, weight, rate, score", [
    ("适龄儿童建档率≥90%,得 8分;低于90%按比例得分", "8", "45", 4),
    ("适龄儿童建档率≥90%,得 8分;低于90%按比例得分", "8", "96", 8),
    ("居民知晓率达到80%以上的,得5分;不足80%的,按比例计分。", "5", "60", Decimal("3.75")),
    ("随访率≥70,得 14低于70%,按百分比得分", "14", "35", 7),
    ("抽查的覆盖率/60%×6分(60%以上得满分)", "6", "30", 3),
    ("抽查的覆盖率/60%×6分(60%以上得满分)", "6", "75", 6),
    ("报告发病率/2‰*2 分;抽查的报告发病率超过 2‰按 2 分计算。", "2", "1", 1),
    ("报告发病率/2‰*2 分;抽查的报告发病率超过 2‰按 2 分计算。", "2", "2.5", 2),
])
def test_a_rate_scored_in_proportion_to_its_line(text, weight, rate, score):
    p = propose(text, weight, "管理率")
    params = sole(p, "formula")
    assert "min(" in params["expression"]
    assert by_vars(p, rate) == score
    assert not p.confident  # the share taken of the line, not of 100%, is to confirm


@pytest.mark.parametrize("text, weight", [
    ("普查率达100%,得10分;低于100%按百分比得分。", "10"),  # a line of 100%: the rate itself
    ("适龄儿童建档率≥90%,得 5分;低于90%按比例得分", "8"),  # the points are not the 分值
    ("适龄儿童建档率≥90%,得 8分;低于90%不得分", "8"),  # a line met or not, no share
    ("抽查的覆盖率/60%×6分(60%以上得满分)", "10"),
    ("报告发病率/2‰*2 分;抽查的报告发病率超过 2‰按 1 分计算。", "2"),  # points beyond the line not the 分值
])
def test_near_misses_are_not_a_share_of_the_line(text, weight):
    p = propose(text, weight, "管理率")
    assert not (p.kind == "formula" and "min(r /" in p.items[0]["params"].get("expression", "")), p.summary


# ── several rates, each with its line and points, below the line each earns its share of the line ─────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("培训覆盖率达到95%得3分,考核合格率90%以上得2分,未达到的按比例得分。", "5", ("95", "45"), 4),
    ("培训覆盖率达到95%得3分,考核合格率90%以上得2分,未达到的按比例得分。", "5", ("57", "99"), Decimal("3.8")),
    ("案件办结率达100%得4分;群众满意率80%以上得4分;回访率50%以上的得2分;低于标准按比例计分", "10", ("100", "40", "50"), 8),
    ("按时上报率≥90%,计3分;数据准确率≥95%,计3分;低于指标的,按比例扣分。", "6", ("45", "95"), Decimal("4.5")),
])
def test_several_rates_each_in_proportion_to_its_line(text, weight, values, score):
    p = propose(text, weight, "工作完成率")
    sole(p, "formula")
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("values, score", [(("1", "100", "90", "30"), 5), (("0", "100", "90", "60"), 0)])
def test_several_rates_in_proportion_zeroed_by_a_last_condition(values, score):
    p = propose("案件决定率达100%得2分;执行率90%以上得2分;回收率60%以上得2分;低于考核指标按比例扣分,发生重大违法的该项不得分。",
                "6", "案件办理")
    sole(p, "formula")
    assert by_vars(p, *values) == score  # the condition first, then the rates in the order named
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("培训覆盖率达到95%得3分,考核合格率90%以上得2分,未达到的按比例得分。", "8"),  # the parts are not the 分值
    ("培训覆盖率达到95%得3分,考核合格率90%以上得2分,未达到的不得分。", "5"),  # a line met or not
    ("培训覆盖率达到95%得3分,考核合格率90%以上得2分,未达到的每低1个百分点扣0.1分。", "5"),  # a step, no share
])
def test_near_misses_are_not_rates_in_proportion(text, weight):
    p = propose(text, weight, "工作完成率")
    assert not (p.kind == "formula" and "min(a /" in p.items[0]["params"].get("expression", "")), p.summary


# ── the points taken off written as a formula (“扣分=…”): the 分值 less the formula ─────────────────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("扣分=(目标值-实际值)/目标值×10", "10", ("200", "150"), Decimal("7.5")),
    ("扣分=(目标值-实际值)/目标值×10", "10", ("200", "220"), 10),  # above the target nothing is taken off
    ("扣分=(计划支出-实际支出)÷计划支出×分值", "8", ("100", "75"), 6),
    ("应扣分=(应报户数-实报户数)×0.5", "5", ("20", "16"), 3),
    ("完成核定任务95%及以上的,不扣分;低于95%的,按如下方式扣分:扣分值=(核定任务量×0.95-实际完成量)÷核定任务量×20",
     "20", ("100", "85"), 18),
])
def test_the_deduction_written_as_a_formula(text, weight, values, score):
    p = propose(text, weight, "任务完成")
    params = sole(p, "formula")
    assert params["expression"].startswith("max - (")
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("得分=(目标值-实际值)/目标值×10", "10"),  # the score itself
    ("未按时完成的另扣2分;扣分=(目标值-实际值)/目标值×10", "10"),  # words before that take points themselves
])
def test_near_misses_are_not_a_written_deduction(text, weight):
    p = propose(text, weight, "任务完成")
    assert not (p.kind == "formula" and p.items[0]["params"].get("expression", "").startswith("max - (")), p.summary


# ── the full marks, “否则相应扣分”, then faults each with its own deduction ──────────────────────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("严格落实值班制度,得3分;否则相应扣分。值班表未公示的,扣0.5分。值班记录不全的,扣1分。", "3", ("1", "0"), Decimal("2.5")),
    ("严格落实值班制度,得3分;否则相应扣分。值班表未公示的,扣0.5分。值班记录不全的,扣1分。", "3", ("1", "1"), Decimal("1.5")),
    ("档案管理规范的得满分,否则相应扣分:未及时归档的扣2分;台账不完整的扣1分;无专人管理的扣2分。", "6", ("0", "1", "1"), 3),
    ("建立陪餐制度,得 2分;否则相应扣分。 查看陪餐记录,未建立陪餐制度的,扣0.5 分。", "2", ("1",), Decimal("1.5")),
])
def test_faults_after_otherwise_points_off_accordingly(text, weight, values, score):
    p = propose(text, weight, "制度落实")
    params = sole(p, "formula")
    assert params["expression"].startswith("max - ")
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("严格落实值班制度,得3分;否则相应扣分。", "3"),  # nothing said of what is taken off
    ("严格落实值班制度,得3分;否则不得分。", "3"),  # a requirement met or not
    ("严格落实值班制度,得3分;否则相应扣分。值班表未公示的,扣0.5分。值班记录不全的,扣1分。", "5"),  # the full marks are not the 分值
])
def test_near_misses_are_not_faults_after_otherwise(text, weight):
    p = propose(text, weight, "制度落实")
    assert not (p.kind == "formula" and p.items[0]["params"].get("expression", "").startswith("max - ")), p.summary


# ── points for each time a thing is done, counted up to the most times the text allows ─────────────────
@pytest.mark.parametrize("text, weight, times, score", [
    ("每开展1次专题培训加2分,全年最多加5次", "10", "3", 6),
    ("每开展1次专题培训加2分,全年最多加5次", "10", "7", 10),
    ("举办专题讲座的,每次得1.5分(最多计4次)", "6", "2", 3),
    ("组织现场观摩活动的;指组织全县性现场观摩活动的加20分;(按季度执行,全年最多加4次)", "80", "5", 80),
])
def test_points_per_time_up_to_a_number_of_times(text, weight, times, score):
    p = propose(text, weight, "活动开展")
    params = sole(p, "formula")
    assert "min(a, " in params["expression"]
    assert by_vars(p, times) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每开展1次专题培训加2分,全年最多加5次", "8"),  # the points of the most times are not the 分值
    ("发表调研文章的,每篇加1分,最多加3次", "3"),  # counted in articles, capped in times
    ("每开展1次专题培训加2分,全年最多加5分", "10"),  # a cap of points, not of times
])
def test_near_misses_are_not_points_per_time_up_to_times(text, weight):
    p = propose(text, weight, "活动开展")
    assert not (p.kind == "formula" and re.search(r"min\(a, \d+\)$", p.items[0]["params"].get("expression", ""))), p.summary

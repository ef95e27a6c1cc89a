"""Wordings of 评分标准 a proposer missed: situations in a bracketed aside after how the team checks (“…有台账(看材料,
按月登记8分、登记不全4分、无台账0分)”); grades with their points, then each grade defined (“一级5分;二级3分。一级:…二级:…”);
a row whose columns ran together, each fault's cost opening a cell after it (“…无操作证的;扣4分…;扣4分”); faults such
as “措施不得力”, “年龄大于40岁” taken once; and a cost per case down to nothing said as a count past which nothing is left
(“一次扣4分,2次以上不得分” on 8).

Made-up texts in the style of assessment sheets, with the scores of a few cases, and near misses that must not be read
that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, maxes, picked, readings, sole, ticks, types


# ── situations in a bracketed aside, after how the team checks ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("建立器材借用登记台账,专人管理(看材料,按月登记8分、登记不全4分、无台账0分)。", "8", D(8, 4, 0)),
    ("每学期组织一次安全演练并留存影像资料(查阅台账,演练规范6分、演练不规范3分、未演练0分)", "6", D(6, 3, 0)),
    ("按规定公示收费项目(查看现场:公示完整5分、公示不全2分、未公示0分)", "5", D(5, 2, 0)),
])
def test_situations_in_an_aside_after_how_it_is_checked(text, weight, expected):
    p = propose(text, weight, "指标")
    options = sole(p, "choice")["options"]
    assert len(options) == len(expected)
    assert [picked(p, r) for r in range(len(expected))] == expected


@pytest.mark.parametrize("text, weight", [
    # the aside names what is looked at, no situations: the requirement met or not
    ("建立器材借用登记台账,专人管理(看材料)。", "8"),
    # situations that add up (points), not one of them picked
    ("建立器材借用登记台账,专人管理(看材料,有台账4分、专人管理4分)。", "8"),
])
def test_near_misses_of_an_aside(text, weight):
    assert not any(it["type"] == "choice" for r in readings(text, weight) for it in r.items)


# ── grades with their points, then each grade defined ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("一级5分;二级3分;三级1分。一级:古树名木保存完好,有专人养护二级:古树名木基本完好,养护不够经常三级:古树名木有损毁,已采取补救措施。",
     "5", D(5, 3, 1, 0)),
    ("传统技艺(项目):一级4分;二级2分。一级:列入国家级非物质文化遗产名录;二级:列入省级非物质文化遗产名录。", "4", D(4, 2, 0)),
    ("甲级3分,乙级2分,丙级1分。甲级:全国有影响;乙级:全省有影响;丙级:本地有影响。", "3", D(3, 2, 1, 0)),
])
def test_grades_then_each_defined(text, weight, expected):
    p = propose(text, weight, "指标")
    options = sole(p, "choice")["options"]
    assert len(options) == len(expected)
    assert [picked(p, r) for r in range(len(expected))] == expected
    assert not p.confident  # which grade the case is, and nothing for none of them, are the team's to check
    assert "以上情形均不符合" in [o["label"] for o in options]


@pytest.mark.parametrize("text, weight", [
    # the grades defined are not those scored
    ("一级5分;二级3分;三级1分。一级:古树名木保存完好;二级:古树名木基本完好。", "5"),
    # the best grade is not the 分值
    ("一级4分;二级2分。一级:列入国家级名录;二级:列入省级名录。", "5"),
    # a definition scoring on its own: no grade's words alone
    ("一级4分;二级2分。一级:列入国家级名录,每项加1分;二级:列入省级名录。", "4"),
])
def test_near_misses_of_grades_then_defined(text, weight):
    assert not any(it["type"] == "choice" for r in readings(text, weight) for it in r.items)


# ── a row's columns run together: each fault's cost opening a cell after it ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("起重作业人员无特种作业操作证的;扣4分吊索具无检验合格标识;扣4分", "8", D(4, 4)),
    ("施工现场未设置安全警示标志的;扣3分消防器材配置不足;扣3分临时用电无专项方案;扣3分", "9", D(3, 3, 3)),
])
def test_costs_in_cells_after_their_faults(text, weight, costs):
    p = propose(text, weight, "指标")
    assert types(p) == ["checklist"]
    assert maxes(p) == costs
    n = len(costs)
    assert ticks(p, *([True] * n)) == int(weight)
    assert ticks(p, False, *([True] * (n - 1))) == int(weight) - costs[0]
    assert ticks(p, *([False] * n)) == 0


def test_a_cost_opening_a_sentence_is_not_a_cell():
    # “;扣3分为止” closes a deduction; no run-together cells
    p = propose("未设置安全警示标志的;扣3分,消防器材配置不足的扣3分", "6", "指标")
    assert types(p) != ["checklist"] or maxes(p) == D(3, 3)


def test_the_secondary_side_is_no_count():
    p = propose("使用非标电焊机;扣5分电焊机防护设施不齐全每台;扣2分二次侧地线使用螺纹钢;扣5分", "10", "电焊")
    assert "二次侧" in p.text and "2次侧" not in p.text


# ── faults of an effect or a line of age, each taken once ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("未按规定程序开展创建扣3分,无年度工作计划扣2分,无半年总结扣1分,措施不得力扣1分。", "7", D(3, 2, 1, 1)),
    ("党员比例少于30%扣2分,支部书记年龄大于45周岁扣2分。", "4", D(2, 2)),
    ("方法不得当扣2分,未建立台账扣2分。", "4", D(2, 2)),
])
def test_faults_each_taken_once(text, weight, costs):
    p = propose(text, weight, "指标")
    assert types(p) == ["checklist"]
    assert maxes(p) == costs
    assert ticks(p, *([True] * len(costs))) == int(weight)
    assert ticks(p, *([False] * len(costs))) == 0


def test_a_fault_scoring_nothing_is_no_fault_of_its_own():
    # “不得分” is a zero, not a fault's words
    assert not any(r.summary.startswith("要点核查") and "不得分" in str(r.items)
                   for r in readings("未建立台账不得分,措施不得力扣2分。", "4"))


# ── a cost per case down to nothing, said as a count past which nothing is left ────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("违反学校考勤制度,一次扣4分,2次以上不得分。", "8"),
    ("出现安全责任事故,一次扣3分,3次以上不得分。", "9"),
])
def test_one_cost_per_case_down_to_nothing(text, weight):
    p = propose(text, weight, "指标")
    assert types(p) == ["deduction"]
    per = int(weight) // int(text.split("次以上")[0][-1])
    assert [by_count(p, c) for c in ("0", "1", "5")] == D(int(weight), int(weight) - per, 0)


def test_a_cost_that_does_not_reach_nothing_stays_bands():
    # 1 case costs 3 of 10, 2 or more nothing: no cost per case gives that
    p = propose("违反学校考勤制度,一次扣3分,2次以上不得分。", "10", "指标")
    assert types(p) == ["tiers"]

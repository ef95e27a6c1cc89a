"""Faults of unlike cost read where unseen tables word them otherwise: a fault that falls short of a count or runs to a
count (“每年开展执法行动少于2次的,扣3分”, “辖区巡查不到1次的,扣2分”, “连续通报2次的扣2分”) beside other faults is taken
once, the count its condition, not the cases counted; and a cost per problem found said without 扣 (“巡查发现问题每宗
0.3分,未及时整改的扣1分”) beside faults said with it is a cost per case, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings, sole


def _formulas(text: str, weight: str) -> list[str]:
    return [it["params"]["expression"] for found in readings(text, weight) for it in found.items
            if it["type"] == "formula"]


# ── a fault short of a count, or a run of a count, beside other faults: taken once ─────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("未制定年度检查计划的,扣2分;每年组织联合检查少于2次的,扣3分;检查记录不完整的,扣1分", "8", ("2", "3", "1")),
    ("没有建立工作台账的扣2分,全年开展督导不足3次的扣2分,督导记录不规范的扣1分,扣完为止", "6", ("2", "2", "1")),
    ("未落实专人负责的,扣1分;对辖区企业年检查次数不到1次的,扣3分;检查发现问题未督促整改的,扣2分", "8", ("1", "3", "2")),
    ("宣传材料未按期发放的扣0.5分;同一问题连续被通报2次的扣2分;台账缺失的扣1分", "5", ("0.5", "2", "1")),
])
def test_a_fault_short_of_a_count_is_taken_once(text: str, weight: str, costs: tuple[str, ...]) -> None:
    p = propose(text, weight, "监管")
    variables = sole(p, "formula")["variables"]
    assert len(variables) == len(costs)
    assert all(v["unit"] == "" for v in variables), variables  # each 0/1, none counted
    w = Decimal(weight)
    assert by_vars(p, *["0"] * len(costs)) == w
    for k, cost in enumerate(costs):
        one = ["0"] * len(costs)
        one[k] = "1"
        assert by_vars(p, *one) == w - Decimal(cost)
    assert by_vars(p, *["1"] * len(costs)) == max(Decimal(0), w - sum(map(Decimal, costs)))


def test_the_count_stays_in_the_faults_words() -> None:
    p = propose("未制定年度检查计划的,扣2分;每年组织联合检查少于2次的,扣3分;检查记录不完整的,扣1分", "8", "监管")
    labels = [v["label"] for v in sole(p, "formula")["variables"]]
    assert "少于2次" in labels[1], labels
    p = propose("宣传材料未按期发放的扣0.5分;同一问题连续被通报2次的扣2分;台账缺失的扣1分", "5", "监管")
    labels = [v["label"] for v in sole(p, "formula")["variables"]]
    assert "连续被通报2次" in labels[1], labels


def test_a_run_of_a_count_is_to_check_as_once_or_per_time() -> None:
    # each time the run happens again may cost again: said nowhere
    p = propose("宣传材料未按期发放的扣0.5分;同一问题连续被通报2次的扣2分;台账缺失的扣1分,扣完为止", "5", "监管")
    assert not p.confident
    assert any("扣一次还是每出现一次" in u for u in p.unplaced), p.unplaced


def test_a_count_short_each_month_is_to_check() -> None:
    # each month short, or the year's row once? unsaid
    p = propose("未建立巡查制度的,扣2分;每月巡查少于2次的,扣1分;巡查记录不全的,扣1分,扣完为止", "6", "巡查")
    assert sole(p, "formula") and not p.confident
    assert any("每月" in u and "各扣一次" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight, counted", [
    # a count counted per case (每少1次) after the line is no line taken once
    ("未制定年度检查计划的,扣2分;每年组织联合检查少于2次的,每少1次扣1分;检查记录不完整的,扣1分", "8", 1),
    # a count where deducting starts (超过2次的每次扣1分): the times counted, the count to check
    ("未制定计划的,扣2分;超过2次未整改的,每次扣1分,扣完为止", "5", 1),
])
def test_a_count_counted_per_case_is_no_line_taken_once(text: str, weight: str, counted: int) -> None:
    p = propose(text, weight, "监管")
    variables = sole(p, "formula")["variables"]
    assert variables[counted]["unit"] == "次", variables
    assert not p.confident


# ── a cost per problem found said without 扣, beside faults said with it ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, other", [
    ("督查组检查发现问题每宗0.3分,未及时整改的扣1分,同样问题连续通报2次的扣2分", "10", "0.3", "1"),
    ("暗访发现问题每处0.5分;问题未按期整改的,扣2分", "10", "0.5", "2"),
    ("日常检查发现违规问题每起0.2分,整改不到位的扣0.5分,扣完为止", "5", "0.2", "0.5"),
])
def test_a_cost_per_problem_found_without_deduct_is_read_beside_the_faults(
        text: str, weight: str, per: str, other: str) -> None:
    p = propose(text, weight, "督查")
    params = sole(p, "formula")
    assert not p.confident  # 扣 is not written: to check
    assert any("原文未写“扣”" in u for u in p.unplaced), p.unplaced
    n = len(params["variables"])
    w = Decimal(weight)
    assert by_vars(p, *["0"] * n) == w
    assert by_vars(p, *(["3"] + ["0"] * (n - 1))) == w - 3 * Decimal(per)
    assert by_vars(p, *(["0", "1"] + ["0"] * (n - 2))) == w - Decimal(other)
    assert by_vars(p, *(["99"] + ["0"] * (n - 1))) == 0


@pytest.mark.parametrize("text, weight", [
    # points earned per item, no problem found: no cost
    ("每项0.5分,未及时报送的扣1分", "3"),
    ("提交调研报告每篇0.5分,报告质量不高的扣1分", "3"),
    # a cost alone without 扣 and no fault beside it
    ("巡查发现问题每宗0.3分", "10"),
])
def test_points_per_item_without_deduct_are_no_cost(text: str, weight: str) -> None:
    for expression in _formulas(text, weight):
        assert not expression.startswith("max - "), (text, expression)  # never taken off the 分值


# ── a share below a line scores nothing, each point above it earns points ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, step, x", [
    ("节能灯具数量占灯具总数的比例低于90%不得分,每高1个百分点得1分,满分10分。", "10", "90", "1", "1"),
    ("设备完好率低于95%的,不得分;每提高1个百分点加2分,最高10分", "10", "95", "1", "2"),
    ("系统覆盖率低于80%不得分,每高2个百分点得1分,满分5分", "5", "80", "2", "1"),
])
def test_nothing_below_a_line_and_points_per_point_above_it(text: str, weight: str, line: str, step: str,
                                                             x: str) -> None:
    p = propose(text, weight, "普及率")
    assert len(sole(p, "formula")["variables"]) == 1
    assert not p.confident  # the share is entered in %, a part of a point in proportion: to check
    lo, w = Decimal(line), Decimal(weight)
    assert by_vars(p, str(lo - 10)) == 0 and by_vars(p, line) == 0
    assert by_vars(p, str(lo + Decimal(step))) == Decimal(x)
    assert by_vars(p, "100") == w  # the cap: the 分值


def test_a_line_from_which_the_points_cannot_be_reached_is_said() -> None:
    # 96% + 5 points × 1 point each = 101%: the 分值 is out of reach
    p = propose("器具普及率低于96%不得分,每高1个百分点得1分,满分5分", "5", "普及率")
    assert sole(p, "formula") and not p.confident
    assert any("达不到分值" in u for u in p.unplaced), p.unplaced
    assert by_vars(p, "100") == 4


@pytest.mark.parametrize("text, weight", [
    # points off per point below (a 达标线), not earned above
    ("普及率低于96%不得分,每低1个百分点扣2分", "8"),
    # a cap other than the 分值
    ("普及率低于96%不得分,每高1个百分点得1分,最高3分", "8"),
    # a line that is no share (a count)
    ("培训人数低于96人不得分,每高1人得1分,满分8分", "8"),
])
def test_what_is_no_line_with_points_above_it(text: str, weight: str) -> None:
    for expression in _formulas(text, weight):
        assert not expression.startswith("max(0, p - 96)"), (text, expression)


# ── points for each administrative level listed that meets a requirement ─────────────────────────────────────
def _level_labels(text: str, weight: str) -> list[str]:
    return [v["label"] for found in readings(text, weight) for it in found.items if it["type"] == "formula"
            for v in it["params"]["variables"] if v["unit"] == "级"]


@pytest.mark.parametrize("text, weight, levels, each", [
    ("省、市、县建立工作专班各得1分。", "3", 3, ("1",)),
    ("市、县(市、区)、乡(镇)制定实施方案各得0.5分;开展督导检查各得0.5分", "3", 3, ("0.5", "0.5")),
    ("县、乡镇、村建立管护台账各计0.25分;配备专职管护人员各计0.5分", "2.25", 3, ("0.25", "0.5")),
    ("市、县领导开展专题调研各得0.5分;市、县领导撰写调研报告各得0.5分", "2", 2, ("0.5", "0.5")),
])
def test_points_for_each_level_meeting_a_requirement(text: str, weight: str, levels: int,
                                                     each: tuple[str, ...]) -> None:
    p = propose(text, weight, "组织")
    variables = sole(p, "formula")["variables"]
    assert [v["unit"] for v in variables] == ["级"] * len(each)
    assert all(f"0-{levels}" in v["label"] for v in variables), variables
    assert not p.confident  # each level or each thing named: the evaluator's to confirm
    n = len(each)
    assert by_vars(p, *[str(levels)] * n) == Decimal(weight)
    assert by_vars(p, *["0"] * n) == 0
    assert by_vars(p, *(["1"] + ["0"] * (n - 1))) == Decimal(each[0])


def test_a_requirement_of_the_whole_beside_the_levels_is_met_or_not() -> None:
    p = propose("县、乡、村设立便民服务站点各得0.5分;群众满意度高得0.5分", "2", "服务")
    variables = sole(p, "formula")["variables"]
    assert [v["unit"] for v in variables] == ["级", ""]
    assert by_vars(p, "3", "1") == 2 and by_vars(p, "2", "0") == 1 and by_vars(p, "0", "1") == Decimal("0.5")


def test_points_per_case_of_the_whole_beside_the_levels_up_to_their_cap() -> None:
    p = propose("市、县配备联络员各得0.5分;按时报送简报各得0.25分;简报被省厅转发1期得0.2分,最高1分", "2.5", "信息")
    variables = sole(p, "formula")["variables"]
    assert [v["unit"] for v in variables] == ["级", "级", "期"]
    assert by_vars(p, "2", "2", "5") == Decimal("2.5") and by_vars(p, "2", "2", "20") == Decimal("2.5")
    assert by_vars(p, "1", "0", "2") == Decimal("0.9")
    # the cap not reached by the points per case: no cap of their own
    assert _level_labels("市、县配备联络员各得0.5分;简报被转发1期得0.2分,最高0.2分", "1.2") == []


@pytest.mark.parametrize("text, weight", [
    # the points do not add up to the 分值 over the levels listed
    ("市、县建立工作专班各得1分", "5"),
    # other levels in the second sentence: not the ones counted
    ("市、县建立专班各得0.5分;乡、村建立台账各得0.5分", "2"),
    # no requirement: the levels are the things named
    ("市、县各得1分", "2"),
    # the levels alone, the things named (a 要点核查 of levels)
    ("省级、市级、县级各得2分", "6"),
    # not levels: words that open with a level's character (市场, 县域)
    ("市场监管、县域经济各得1分", "2"),
    # things listed, not levels
    ("方案、制度、台账各得1分", "3"),
])
def test_what_is_not_points_per_level(text: str, weight: str) -> None:
    assert _level_labels(text, weight) == [], text


# ── a window of time in a fault's words is no count of cases ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, window", [
    ("未开设统计数据栏目的,扣2分;监测时间点前2个月内未更新的,扣1分;每发现1处数据错误,扣0.5分,扣完为止", "4", "前2个月内"),
    ("未建立投诉台账的,扣2分;3个工作日内未回复的,扣1分,扣完为止", "4", "3个工作日内"),
])
def test_a_window_of_time_is_the_faults_condition(text: str, weight: str, window: str) -> None:
    p = propose(text, weight, "栏目")
    variables = sole(p, "formula")["variables"]
    held = [v for v in variables if window in v["label"]]
    assert len(held) == 1 and held[0]["unit"] == "", variables  # taken once, the window kept in its words
    assert not p.confident  # once, or each thing not done in time?
    assert any("扣一次还是按逾期的每件扣分" in u for u in p.unplaced), p.unplaced
    n = len(variables)
    assert by_vars(p, *["0"] * n) == Decimal(weight)
    assert by_vars(p, *["1" if v is held[0] else "0" for v in variables]) == Decimal(weight) - 1


def test_a_window_counted_per_case_after_it_counts_the_cases() -> None:
    # “3个工作日内未办结的,每件扣1分”: the window is the fault's, the cases are 件
    p = propose("3个工作日内未办结的,每件扣1分;未建立台账的,扣2分,扣完为止", "5", "办理")
    variables = sole(p, "formula")["variables"]
    assert variables[0]["unit"] == "件" and "3个工作日内" in variables[0]["label"]
    assert by_vars(p, "2", "0") == 3 and by_vars(p, "0", "1") == 3


def test_levels_alone_are_the_points_of_a_checklist() -> None:
    p = propose("省级、市级、县级各得2分", "6", "荣誉")
    assert [pt["label"] for pt in p.items[0]["params"]["points"]] == ["省级", "市级", "县级"]

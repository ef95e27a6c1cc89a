"""Made-up texts for requirements stated with no score whose words hold a figure, a time word or a word opening with 分
that scores nothing, and the near misses beside them.

The texts are written for these tests in the styles of construction-site, emergency-management and archive tables (none
is taken from the rule corpus). A requirement with no scoring words is met or not, full marks or none; the text says
nothing of the score, so the reading is always to check.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import maxes, met_or_not, readings, scored, sole, ticks


def _met_or_not_to_check(text: str, weight: str, said: str = "未说明计分") -> None:
    p = propose(text, weight, "现场管理")
    sole(p, "all_or_nothing")
    assert not p.confident, p.summary
    assert met_or_not(p) == (Decimal(weight), Decimal(0))
    assert any(said in u for u in p.unplaced), p.unplaced


# ── words opening with 分 that divide things (分类、分级、分布、分区、分室), a report of an assessment, a camera ──────────────
@pytest.mark.parametrize("text, weight", [
    ("建立辖区学生分类、分层管理台账", "3"),
    ("生活垃圾分类投放,投放点分区设置并有标识", "2"),
    ("男女更衣室分室设置,配备储物柜", "4"),
    ("编制重点防护目标分布图并上墙公示", "2"),
    ("及时报送年度绩效自评估报告", "3"),
    ("在出入口安装视频监控设备并保存录像资料", "5"),
])
def test_a_requirement_with_words_that_score_nothing_is_met_or_not(text, weight):
    _met_or_not_to_check(text, weight)


# ── time words: how a requirement is kept (按时按质、按质按量、及时), the plan a thing is placed by ────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("按时按质完成年度防汛物资储备任务", "2"),
    ("按质按量报送季度统计报表,数据真实", "3"),
    ("材料按照施工平面布置图指定的位置分类堆放,标识清楚", "4"),
])
def test_a_requirement_kept_in_time_or_by_a_plan_is_met_or_not(text, weight):
    _met_or_not_to_check(text, weight)


# ── a count asked at least (“不少1次”, the 于 dropped), a measure asked at least or at most, all of a thing ─────────────────
@pytest.mark.parametrize("text, weight, said", [
    ("班子成员每季度带队开展安全检查不少2次", "5", "2次"),
    ("消防通道宽度不小于4米,保持畅通无堵塞", "3", "4米"),
    ("生活区绿化面积不小于200平方米并定期养护管理", "3", "200平方米"),  # a unit of more than one character
    ("主要道路硬化宽度不小于350厘米并设置排水沟", "3", "350厘米"),
    ("裸土堆放高度不超过1.5m,并全部覆盖防尘网", "4", "1.5m"),
    ("进出车辆100%登记,台账记录完整", "2", "100%"),
    ("值班室使用面积不小于20㎡,配备值班床和通讯设备", "2", "20平方米"),  # square metres written one way
    ("料场围挡高度不低于2.5m,连续封闭无缺口;一般路段不低于1.8m", "5", "1.8m"),
])
def test_a_requirement_asking_a_count_or_a_measure_is_met_or_not(text, weight, said):
    _met_or_not_to_check(text, weight, said)


@pytest.mark.parametrize("text, weight", [
    ("施工现场安装PM2.5在线监测设备并联网", "5"),  # a pollutant named by its figure
    ("洗车槽旁设置排水沟和两级沉淀池", "3"),  # a rank of a thing
    ("厂区四周设置绿化隔离带,定期养护", "3"),  # 四周: all around, not four weeks
    ("料场四周均设排水沟,场地无积水", "2"),
])
def test_a_requirement_naming_a_thing_by_a_figure_is_met_or_not(text, weight):
    _met_or_not_to_check(text, weight)


def test_all_around_is_not_four_weeks():
    assert "四周设置" in normalize("工地四周设置围挡")
    assert "4周" in normalize("连续四周未报送")  # four weeks in a row
    assert "4周" in normalize("每四周开展1次检查")
    assert "4周内" in normalize("竣工后四周内完成验收")


# ── near misses: a degree, a line with no “at least”, a rate, a weighed quality ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("部分类别档案已整理归档", "2"),  # 部分: a degree
    ("按质量优劣确定等次", "3"),  # 按质量: weighed, not kept
    ("每季度带队开展安全检查2次", "5"),  # a count with no at-least: a line
    ("围挡高度2.5m,连续封闭", "5"),  # a measure with no at-least or at-most
    ("90%车辆冲洗干净", "5"),  # a share other than all
    ("按视频监控抽查情况评分", "5"),  # 评分, 情况: judged
    ("生活垃圾分类得分按抽查结果计算", "3"),  # scored
])
def test_near_misses_are_not_read_as_met_or_not(text, weight):
    assert propose(text, weight, "现场管理").kind != "all_or_nothing", text


# ── a delay said with 迟 alone (“每迟一天”), no deadline stated: each day (week) late costs the points ───────────────────
@pytest.mark.parametrize("text, weight, unit, per, late, score", [
    ("年度报表的报出时间以系统提交时间为准,每迟一天,扣0.5分。", "10", "天", "0.5", "3", "8.5"),
    ("统计月报每迟1天报送扣1分,扣完为止", "5", "天", "1", "6", "0"),
    ("工作总结每迟一周扣2分,扣完为止", "6", "周", "2", "1", "4"),
])
def test_a_delay_said_with_chi_alone(text, weight, unit, per, late, score):
    p = propose(text, weight, "报送时效")
    params = sole(p, "delay")
    assert (params["unit"], params["per"]) == (unit, per)
    assert scored(p, {"delay": "0"}) == Decimal(weight)
    assert scored(p, {"delay": late}) == Decimal(score)


@pytest.mark.parametrize("text, weight", [
    ("迟报一天扣1分", "3"),  # one case, no 每: not a step per day
    ("会议每迟到1次扣1分,扣完为止", "3"),  # late arrivals counted, not days late
])
def test_near_misses_of_a_delay_said_with_chi(text, weight):
    assert propose(text, weight, "报送时效").kind != "delay", text


# ── a deduction whose 分 is left out before its stop (“缺1项扣0.5 扣完为止”) or its closing bracket ───────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("(1)安全生产责任制度 (2)隐患排查制度 (3)应急值守制度 (4)教育培训制度 (制度齐全得2分, 缺1项扣0.5 扣完为止)", "2", "0.5"),
    ("台账资料齐全得3分,每缺1项扣1 扣完为止", "3", "1"),
    ("制度健全,上墙公示,得2分(缺1项扣0.5)扣完为止", "2", "0.5"),
])
def test_a_deduction_with_its_points_unit_left_out(text, weight, per):
    p = propose(text, weight, "制度建设")
    assert p.kind == "deduction" and p.items[0]["params"]["per"] == per, (p.summary, p.unplaced)
    assert scored(p, {"count": "0"}) == Decimal(weight)
    assert scored(p, {"count": "1"}) == Decimal(weight) - Decimal(per)
    assert scored(p, {"count": "9"}) == 0


def test_a_figure_after_deducting_with_another_unit_keeps_it():
    assert "扣0.5分扣完为止" in normalize("缺1项扣0.5 扣完为止")
    assert "扣2%" in normalize("缺1项扣2% 扣完为止")  # a share of something, not points
    assert "扣2次分" not in normalize("违规1次扣2次")


# ── a step worth its points, the step not taken scoring nothing, then the step taken with a further one adding its own ──
@pytest.mark.parametrize("text, weight, first, further", [
    ("3.1制定年度培训计划的得1分,未制定的不得分,制定并按计划实施的,得1分", "2", "1", "1"),
    ("建立安全隐患台账的,得2分;没有建立的,不得分;建立后按月更新的,再得1分", "3", "2", "1"),
    ("编制应急预案的计0.5分,未编制的不得分,编制并组织演练的计0.5分", "1", "0.5", "0.5"),
])
def test_a_step_then_a_further_step_adds_its_points(text, weight, first, further):
    p = propose(text, weight, "制度落实")
    assert p.kind == "checklist" and not p.confident, p.summary
    assert maxes(p) == [Decimal(first), Decimal(further)]
    assert ticks(p, True, True) == Decimal(weight)
    assert ticks(p, True, False) == Decimal(first)
    assert ticks(p, False, False) == 0


@pytest.mark.parametrize("text, weight", [
    ("制定年度培训计划的得1分,未制定的不得分,制定并按计划实施的,得2分", "2"),  # the second score is the whole: situations
    ("制定年度培训计划的得1分,未制定的不得分,组织演练并总结的,得1分", "2"),  # another step, not the first taken again
    ("制定年度培训计划的得1分,未制定的不得分,制定并按计划实施的,得1分", "3"),  # not adding up to the 分值
    ("制定年度培训计划的得1分,未制定的不得分,制定后未按计划实施的,得0.5分", "1.5"),  # the further step not taken
    ("建立隐患台账的得1分,没有建立的不得分,建立并无更新记录的得1分", "2"),
])
def test_near_misses_of_a_step_then_a_further_step(text, weight):
    assert all("之外再得" not in " ".join(r.doubts or ()) for r in readings(text, weight)), text


# ── a requirement and its score, then the documents checked naming their year ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("建立项目管理制度并严格执行,得3分。查阅2023年度项目档案", "3"),
    ("制定考核办法,对目标完成情况进行考核,得2分。核查考核办法、2022年考核实施情况等相关文件。", "2"),
])
def test_a_requirement_with_its_evidence_naming_a_year(text, weight):
    _met_or_not_to_check(text, weight, "核查依据")


@pytest.mark.parametrize("text", [
    "建立项目管理制度并严格执行,得3分。查阅3份项目档案",  # a count of documents: a sample to check, not a year
    "建立项目管理制度并严格执行,得3分。查阅20230101后档案",  # a date, not a year
])
def test_near_misses_of_evidence_naming_a_year(text):
    assert propose(text, "3", "现场管理").kind != "all_or_nothing", text


# ── points each with their own points, one of them naming a part of its points in brackets, or more asked of one after ──
@pytest.mark.parametrize("text, weight, points", [
    ("各类台账建立齐全。其中安全台账占4分(含消防台账1分),培训台账占3分,会议台账占3分。", "10", ["4", "3", "3"]),
    ("各类资料归档完整;其中合同资料占3分,财务资料占2分,影像资料占2分。其中影像资料要求20张以上。", "7", ["3", "2", "2"]),
])
def test_points_with_a_part_named_or_more_asked_of_one(text, weight, points):
    p = propose(text, weight, "资料管理")
    assert p.kind == "checklist" and not p.confident, p.summary
    assert maxes(p) == [Decimal(x) for x in points]
    assert ticks(p, *([True] * len(points))) == Decimal(weight)
    assert ticks(p, False, *([True] * (len(points) - 1))) == Decimal(weight) - Decimal(points[0])


@pytest.mark.parametrize("text, weight", [
    ("其中安全台账占4分(含消防台账1分),培训台账占3分,会议台账占3分。", "11"),  # the part counted apart: no sum
    ("其中合同资料占3分,财务资料占2分,影像资料占2分。其中影像资料每缺1张扣0.1分。", "7"),  # a deduction, not more asked
])
def test_near_misses_of_a_part_named_or_more_asked(text, weight):
    assert all("要点分值中所含部分" not in " ".join(r.doubts or ()) and "在该要点内核查" not in " ".join(r.doubts or ())
               for r in readings(text, weight)), text

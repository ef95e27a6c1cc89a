"""A rate below its line then a bare step (“交付率低于100%每1%扣2分,不满1%按1%计算”): a 达标线扣分. A plan's figure the
text does not give, the 分值 at it and points off per percentage point short of it (“刚好达成目标可得30分,…;比计划值每低
1个百分点扣1分”): a formula of the plan and the figure reached, the points above it beyond the row. Steps both ways from
the target the indicator's name states (“每少2个百分点扣1分,每增2个百分点加1分” in “…（考核目标90%）”): a formula. A
percentage step and nothing more (“每少1个百分点扣1分”): full at 100%, to check. Scores weighted in a heading's shares
(“考核成绩占比:学生评教占60%,…”). Faults listed, then their costs in turn (“如发现A,B,C将依次扣除3分、2分、1分”): a 要点核查.
Questions each worth their points (“共四道题,每题5分,共20分”): the points times the questions answered right. A cost
per stage (“扣5分/阶段”): a deduction per case. All of them to check.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, maxes, readings, scored, sole, ticks


# ── a line, then a bare step below it ──────────────────────────────────────────────────────────────────────
def test_below_the_line_a_bare_step_counted_whole():
    p = propose("到货及时率低于98%每1%扣3分,不满1%按1%计算", "30", "到货及时率")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"], params["stepwise"]) == ("98", "1", "3", True)
    assert [scored(p, {"value": v}) for v in ("99", "98", "96.5", "90", "50")] == D(30, 30, 24, 6, 0)
    assert not p.confident


def test_below_the_line_a_bare_step_in_proportion():
    p = propose("检验合格率低于95%每2个百分点扣1分", "10", "检验合格率")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["stepwise"]) == ("95", "2", False)
    assert [scored(p, {"value": v}) for v in ("95", "91", "90")] == D(10, 8, "7.5")


@pytest.mark.parametrize("text", [
    "交付率低于100%每批次扣2分",  # a step of batches, no percentage step
    "交付率低于100%每1天扣2分",  # a step of days
    "交付率低于100%每1%加2分",  # points added, not taken
])
def test_near_misses_not_a_bare_step_below_a_line(text):
    assert not any(r.summary.startswith("达标线扣分：≥100% 得满分，每低于 1%") for r in readings(text, "20"))


# ── the 分值 at a plan not stated, points off per percentage point short of it ────────────────────────────────
def test_points_off_per_point_short_of_the_plan():
    p = propose("实际得分计算:刚好达成目标可得30分,比计划值每高1个百分点可另加1分,最高可加5分;比计划值每低1个百分点"
                "扣2分,至扣完为止", "30", "订单交付达成率")
    assert sole(p, "formula")["expression"] == "max - max(0, t - a) * 2"
    assert [by_vars(p, "96", x) for x in ("96", "93", "99", "70")] == D(30, 24, 30, 0)
    assert not p.confident and any("高于计划值的加分" in u for u in p.unplaced), p.unplaced


def test_a_step_of_half_a_point_short_of_the_target():
    p = propose("达到目标值得20分;比目标值每低0.5个百分点扣1分", "20", "来料合格率")
    assert [by_vars(p, "98", x) for x in ("98", "97", "96.25")] == D(20, 18, "16.5")
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("刚好达成目标可得30分,比计划值每低1个百分点扣1分", "40"),  # the points at the plan not the 分值
    ("刚好达成目标可得30分,比计划值每低1%扣1分", "30"),  # a step in % (of the plan?), not percentage points
    ("比计划值每低1个百分点扣1分", "30"),  # no points said at the plan
])
def test_near_misses_not_short_of_a_plan(text, weight):
    assert not any(r.summary.startswith("公式计分：达到计划值得满分") for r in readings(text, weight))


# ── steps both ways from the target the name states ───────────────────────────────────────────────────────
def test_steps_both_ways_from_the_named_target():
    p = propose("每少2个百分点扣1分,每增2个百分点加1分", "6", "客户满意度（客户对售后服务的满意度；考核目标90%）")
    assert sole(p, "formula")["expression"] == "max - (90 - v) / 2"
    assert [by_vars(p, x) for x in ("90", "86", "95", "70")] == D(6, 4, 6, 0)
    assert not p.confident


def test_steps_both_ways_of_other_sizes():
    p = propose("每少1个百分点扣2分,每增2个百分点加1分", "10", "准确率（考核目标95%）")
    assert [by_vars(p, x) for x in ("95", "93", "99")] == D(10, 6, 10)


@pytest.mark.parametrize("name", ["客户满意度", "客户满意度（目标85%，上年80%）"])
def test_no_named_target_no_steps_both_ways(name):
    assert not any("个百分点加" in r.summary for r in readings("每少2个百分点扣1分,每增2个百分点加1分", "6", name))


def test_a_bare_percentage_point_step_is_full_at_100():
    p = propose("每少1个百分点扣1分", "10", "单据合规性")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"]) == ("100", "1")
    assert [scored(p, {"value": v}) for v in ("100", "96")] == D(10, 6)
    assert not p.confident


# ── a weighted sum after a heading of its shares ──────────────────────────────────────────────────────────
def test_shares_after_a_heading():
    p = propose("考核成绩占比:学生评教占60%,督导评价占25%,教研室评价占15%。", "100", "课堂教学质量")
    assert sole(p, "formula")["expression"] == "0.6 * a + 0.25 * b + 0.15 * c"
    assert by_vars(p, "90", "80", "60") == D("83")[0]
    assert not p.confident


def test_shares_not_adding_up_are_no_weighted_sum():
    p = propose("考核成绩占比:学生评教占60%,督导评价占25%", "100", "课堂教学质量")
    assert not (p.kind == "formula" and "0.6 * a" in p.items[0]["params"]["expression"])


# ── faults listed, their costs in turn ────────────────────────────────────────────────────────────────────
def test_faults_then_their_costs_in_turn():
    p = propose("做好泵站日常养护;保持站区整洁,如发现设备锈蚀,站内有积水,台账缺失将依次扣除3分、2分、1分。", "6", "泵站养护")
    assert sole(p, "checklist") and maxes(p) == D(3, 2, 1)
    assert [ticks(p, True, True, True), ticks(p, False, True, True), ticks(p, True, False, False)] == D(6, 3, 3)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("如发现设备锈蚀,站内有积水将依次扣除3分、2分、1分", "6"),  # two faults, three costs
    ("如发现设备锈蚀,站内有积水,台账缺失将依次扣除3分、2分、1分", "10"),  # the costs not the 分值
    ("如发现设备锈蚀2处以上,站内有积水,台账缺失将依次扣除3分、2分、1分", "6"),  # a figure in a fault
])
def test_near_misses_not_faults_in_turn(text, weight):
    assert not any("扣分项（3分、2分、1分）" in r.summary for r in readings(text, weight))


# ── questions each worth their points ─────────────────────────────────────────────────────────────────────
def test_questions_each_worth_their_points():
    p = propose("安全知识考核采用笔试方式进行;内容包括操作规程、应急处置共四道题,每题5分,共20分。", "20", "安全知识")
    assert sole(p, "formula")["expression"] == "5 * n"
    assert [by_vars(p, x) for x in ("4", "3", "0")] == D(20, 15, 0)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("共四道题,每题5分,共20分", "25"),  # the questions' points not the 分值
    ("答错1题扣5分;共四道题,每题5分", "20"),  # a deduction before
])
def test_near_misses_not_questions_each(text, weight):
    assert not any(r.summary.startswith("公式计分：共 4 题") for r in readings(text, weight))


# ── a cost per stage ──────────────────────────────────────────────────────────────────────────────────────
def test_a_cost_per_stage():
    p = propose("主要人员到岗人数不足合同约定的一半,扣5分/阶段", "20", "人员到岗")
    assert p.kind == "deduction", (p.summary, p.unplaced)
    assert [by_count(p, n) for n in ("0", "1", "5")] == D(20, 15, 0)


# ── three lettered targets, each with its score, straight lines between ───────────────────────────────────
def test_three_lettered_targets_with_lines_between():
    p = propose("评分标准:底线目标A,赋值60分;基准目标B,赋值100分;挑战目标C,赋值110分;得分计算:完成值≤A,得分为60分;"
                "A<完成值X≤B,得分为60+40(X-A)/(B-A);B<完成值X≤C,得分100+10(X-B)/(C-B)", "110", "销售额")
    assert sole(p, "formula")
    assert [by_vars(p, "50", "100", "150", x) for x in ("40", "75", "100", "125", "200")] == D(60, 80, 100, 105, 110)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("底线目标A,赋值0分;基准目标B,赋值100分;努力目标C,赋值120分", "120"),  # no lines between said
    ("底线目标A,赋值0分;基准目标B,赋值100分;努力目标C,赋值120分;得分为100(X-A)/(B-A)", "120"),  # one line only
    ("底线目标A,赋值0分;基准目标B,赋值100分;努力目标C,赋值120分;得分为100(X-A)/(B-A),100+20(X-B)/(C-B)", "100"),
])
def test_near_misses_not_lettered_targets(text, weight):
    assert not any("其间按直线计" in r.summary for r in readings(text, weight))

"""Lists, deductions and composite texts in more wordings: the rule each class of wording is read as, its
parameters, its scores in a few situations, and the near misses that must not be read that way.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, maxes, point_labels, scored, scores, ticks, types


# ── things listed with the 分值 for all of them, then what each one missing costs ──────────────────────────
@pytest.mark.parametrize("text, weight, labels", [
    ("建立台账,配备专人,定期报送,得1.5分;缺一项扣0.5分。", "1.5", ["建立台账", "配备专人", "定期报送"]),
    ("有年度计划、工作总结和自查报告的,记3分;少一项,扣1分。", "3", ["有年度计划", "工作总结", "自查报告"]),
    ("制定实施方案、成立工作专班,计4分;缺少一项扣2分", "4", ["制定实施方案", "成立工作专班"]),
    ("按时报送月报、季报、年报及分析材料的,得2分;少1项扣0.5分。", "2", ["按时报送月报", "季报", "年报", "分析材料"]),
    ("有实施方案、工作台账、年度总结的得满分,缺一项扣1分", "3", ["有实施方案", "工作台账", "年度总结"]),
    ("完成道路硬化、路灯安装、绿化改造等3项年度任务的得6分,每完成1项得2分,少完成1项扣2分", "6", ["完成道路硬化", "路灯安装", "绿化改造"]),
    ("落实例会、公示、回访等三件工作的,得3分;少完成一件减1分。", "3", ["落实例会", "公示", "回访"]),
])
def test_things_listed_then_each_missing_are_points_of_a_checklist(text, weight, labels):
    p = propose(text, weight)
    assert types(p) == ["checklist"], (p.summary, p.unplaced)
    assert point_labels(p) == labels
    per = Decimal(weight) / len(labels)
    assert maxes(p) == [per] * len(labels)
    assert ticks(p, *[True] * len(labels)) == Decimal(weight)
    assert ticks(p, False, *[True] * (len(labels) - 1)) == Decimal(weight) - per
    assert ticks(p, *[False] * len(labels)) == 0
    # the things are told apart by the marks between them: the team is asked to check the list
    assert not p.confident and any("读作所列" in u for u in p.unplaced)


def test_things_that_do_not_add_up_to_the_score_are_each_a_case_of_a_deduction():
    # four things named, 0.5 each, on 1.5 points: each one missing costs 0.5, down to 0
    p = propose("有管理制度、操作规程、应急预案和培训记录的,得1.5分;缺1项扣0.5分", "1.5")
    assert types(p) == ["deduction"] and p.items[0]["params"]["per"] == "0.5", (p.summary, p.unplaced)
    assert [by_count(p, n) for n in ("0", "1", "3", "4")] == [Decimal("1.5"), Decimal("1"), Decimal("0"), Decimal("0")]
    assert not p.confident


def test_each_missing_until_nothing_is_left_stays_a_deduction():
    # “扣完为止” says the deduction per thing missing outright: read as it was
    p = propose("按时报送月报、季报、年报及分析材料的,得2分;少1项扣0.5分,扣完为止。", "2")
    assert types(p) == ["deduction"] and p.confident, (p.summary, p.unplaced)
    assert [by_count(p, n) for n in ("0", "1", "4")] == [Decimal("2"), Decimal("1.5"), Decimal("0")]


@pytest.mark.parametrize("text, weight", [
    ("召开专题会议,得2分;少一次扣1分。", "2"),  # times short, not things of a list
    ("建立管理制度的,得2分;少一项扣1分。", "2"),  # one thing named: nothing to list
    ("建立台账、配备专人,得2分;缺一项扣1.5分。", "2"),  # what each costs does not divide the score
    ("建立台账、配备专人,得1分;缺一项扣1分。", "2"),  # the score is not the 分值
    ("完成道路硬化、路灯安装等3项任务的得6分,少完成1项扣2分", "6"),  # two named, three said
])
def test_near_misses_are_not_a_list_of_things_each_missing(text, weight):
    p = propose(text, weight)
    assert "checklist" not in types(p) and not p.confident, (p.summary, p.unplaced)


# ── faults adding up to the 分值, framed by the 分值 said first or by “扣完为止”; a fault falling short of a line ──
@pytest.mark.parametrize("text, weight, costs", [
    ("2分,未建立工作台账扣1分,未明确责任人扣1分", "2", ["1", "1"]),
    ("未制定年度计划扣1分,未开展督查扣2分,扣完为止", "3", ["1", "2"]),
    ("4分;无管理制度扣2分;无专人负责扣1分;档案不全扣1分;扣完为止。", "4", ["2", "1", "1"]),
    ("未成立领导小组的扣1分;专职人员少于3人的扣1分。", "2", ["1", "1"]),
    ("未开展宣传扣0.5分,群众知晓率低于80%扣1.5分", "2", ["0.5", "1.5"]),
    ("本项3分,未建立台账扣1分,未明确责任人扣1分,未按时报送扣1分", "3", ["1", "1", "1"]),
    ("共4分:无管理制度扣2分;无专人负责扣2分", "4", ["2", "2"]),
])
def test_framed_faults_are_points_of_a_checklist(text, weight, costs):
    p = propose(text, weight)
    assert types(p) == ["checklist"], (p.summary, p.unplaced)
    assert maxes(p) == [Decimal(c) for c in costs]
    n = len(costs)
    assert ticks(p, *[True] * n) == Decimal(weight)
    assert ticks(p, False, *[True] * (n - 1)) == Decimal(weight) - Decimal(costs[0])
    assert ticks(p, *[False] * n) == 0
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("3分,未建立工作台账扣1分,未明确责任人扣1分", "3"),  # the faults take 2 of the 3 points
    ("2分,未建立台账扣1分,未明确责任人扣1分", "5"),  # the 分值 said first is not the row's
    ("5分,每发现1处问题扣1分,扣完为止", "5"),  # one fault counted per case
])
def test_near_misses_are_not_framed_faults(text, weight):
    p = propose(text, weight)
    assert "checklist" not in types(p), (p.summary, p.unplaced)


def test_a_fault_with_a_step_stays_a_formula_of_the_step():
    p = propose("未建立台账扣1分,满意率低于90%每低1个百分点扣0.5分,扣完为止", "3")
    assert types(p) == ["formula"], (p.summary, p.unplaced)


# ── what the row checks with its 分值 in a sentence of its own, then its points each with their points ──────────
@pytest.mark.parametrize("text, weight, head, costs", [
    ("制度建设计3分。有管理制度计1分,有操作规程计1分,有考核办法计1分。", "3", "制度建设", ["1", "1", "1"]),
    ("②宣传工作2分;开展集中宣传活动得1分,印发宣传资料得0.5分,设立宣传栏得0.5分", "2", "宣传工作", ["1", "0.5", "0.5"]),
    ("(3)档案管理共4分:档案齐全2分,分类规范1分,及时归档1分。", "4", "档案管理", ["2", "1", "1"]),
])
def test_a_heading_with_the_score_then_points_is_a_checklist(text, weight, head, costs):
    p = propose(text, weight)
    assert types(p) == ["checklist"], (p.summary, p.unplaced)
    assert p.items[0]["label"] == head
    assert maxes(p) == [Decimal(c) for c in costs]
    n = len(costs)
    assert ticks(p, *[True] * n) == Decimal(weight)
    assert ticks(p, *[True] * (n - 1), False) == Decimal(weight) - Decimal(costs[-1])
    assert ticks(p, *[False] * n) == 0


@pytest.mark.parametrize("text, weight", [
    ("制度建设计2分;有管理制度计1分,有操作规程计1分。", "3"),  # the heading's score is not the 分值
    ("全部完成计3分;完成80%以上计2分,完成60%以上计1分。", "3"),  # situations of one figure, not a heading
    ("制度建设计3分;有管理制度计1分,有操作规程计1分。", "3"),  # the points leave 1 of the 3 unsaid
])
def test_near_misses_are_not_a_heading_then_points(text, weight):
    p = propose(text, weight)
    assert not (types(p) == ["checklist"] and p.items[0]["label"] == "制度建设"), (p.summary, p.unplaced)
    assert not (types(p) == ["checklist"] and p.confident)


# ── faults taken once beside faults counted per case up to a stated cap, adding up to the 分值 ─────────────────
@pytest.mark.parametrize("text, weight, parts", [
    ("未制定培训计划的,扣1分;缺席培训的,每人次扣0.5分,累计扣分不超过2分。", "3",
     [("all_or_nothing", "1"), ("deduction", "2")]),
    ("1.未建立工作台账的,扣2分;2.每发现1处数据错误扣0.5分,扣满3分为止。", "5",
     [("all_or_nothing", "2"), ("deduction", "3")]),
    ("未建立考勤制度的扣1分;每发现1人次迟到扣0.2分,扣完2分为止", "3", [("all_or_nothing", "1"), ("deduction", "2")]),
    ("每迟报1次扣0.5分,扣满2分为止;未制定工作方案的扣1分;未指定联络员的扣1分。", "4",
     [("deduction", "2"), ("all_or_nothing", "1"), ("all_or_nothing", "1")]),
])
def test_faults_once_and_counted_to_a_cap_are_parts(text, weight, parts):
    p = propose(text, weight)
    assert [(it["type"], it["max"]) for it in p.items] == parts, (p.summary, p.unplaced)
    counted = next(i for i, (kind, _m) in enumerate(parts) if kind == "deduction")
    once = next(i for i, (kind, _m) in enumerate(parts) if kind == "all_or_nothing")
    per = Decimal(p.items[counted]["params"]["per"])
    cap = Decimal(parts[counted][1])
    assert scored(p, {"count": "0"}, counted) == cap
    assert scored(p, {"count": "1"}, counted) == cap - per
    assert scored(p, {"count": "100"}, counted) == 0  # stops at its cap, the other parts untouched
    assert scored(p, {"met": True}, once) == Decimal(parts[once][1])
    assert scored(p, {"met": False}, once) == 0
    assert not p.confident and any("上限" in u or "分值" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("未制定培训计划的,扣1分;缺席培训的,每人次扣0.5分,累计扣分不超过2分。", "5"),  # 1 + 2 is not the 分值
    ("未建立台账扣2分;每发现1处错误扣0.5分,扣完为止。", "5"),  # no cap of its own: the whole score goes on
    ("每缺1人扣1分,最多扣2分;每迟报1次扣0.5分,最多扣1分。", "3"),  # no fault taken once
])
def test_near_misses_are_not_faults_once_and_capped(text, weight):
    p = propose(text, weight)
    kinds = types(p)
    assert not ("all_or_nothing" in kinds and "deduction" in kinds), (p.summary, p.unplaced)


# ── a deduction per case in a unit of vehicles, machines or batches counted as times, or of class hours ─────────
@pytest.mark.parametrize("text, weight, per", [
    ("车辆未按时年检的,扣2分/辆次,扣完为止。", "10", "2"),
    ("抽检不合格的扣5分/批次。", "20", "5"),
    ("设备未按规定校验的,扣1.5分/台次", "6", "1.5"),
    ("每少1课时扣0.5分,扣完为止", "5", "0.5"),
    ("培训每缺1学时扣0.1分", "2", "0.1"),
])
def test_a_deduction_per_vehicle_batch_or_class_hour(text, weight, per):
    p = propose(text, weight)
    assert types(p) == ["deduction"] and p.items[0]["params"]["per"] == per, (p.summary, p.unplaced)
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)
    assert by_count(p, "100") == 0
    # the unit is entered as 个: said in the notes
    assert not p.confident and any("按个录入" in u for u in p.unplaced)


def test_a_deduction_per_vehicle_taking_the_whole_score_is_not_per_case():
    p = propose("车辆未按时年检的,扣10分/辆次。", "10")
    assert types(p) != ["deduction"] or not p.confident


# ── points each with their points, then what scores 0 said as a situation of its own ─────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("建立项目台账,得1分;台账数据准确,得1分;未建立台账、数据有误时,得0分。", "2", ["1", "1"]),
    ("按时报送决算得2分;决算数据与账表一致得1分;未按时报送、数据不一致的,计0分", "3", ["2", "1"]),
])
def test_points_then_their_zero_are_a_checklist(text, weight, costs):
    p = propose(text, weight)
    assert types(p) == ["checklist"], (p.summary, p.unplaced)
    assert maxes(p) == [Decimal(c) for c in costs]
    # one point not met keeps the other's points: the zero is each point's own
    assert ticks(p, False, True) == Decimal(costs[1])
    assert ticks(p, True, False) == Decimal(costs[0])
    assert ticks(p, False, False) == 0
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("建立台账得2分;台账不完整的,得0分", "2"),  # one requirement met or not
    ("资金按时拨付得1分;使用合规得1分;拨付率低于80%时,得0分", "2"),  # a line of its own zeroing the row
])
def test_near_misses_are_not_points_then_their_zero(text, weight):
    p = propose(text, weight)
    assert not (types(p) == ["checklist"] and len(p.items[0]["params"]["points"]) == 2), (p.summary, p.unplaced)


# ── a requirement, then in brackets its 分值 and the points it is scored by ───────────────────────────────────
@pytest.mark.parametrize("text, weight, head, costs", [
    ("3、项目资料归档及时完整。(共2分,归档及时得1分;资料完整得1分。)", "2", "项目资料归档及时完整", ["1", "1"]),
    ("建立健全财务管理制度并严格执行(满分4分:制度健全2分,执行到位2分)", "4", "建立健全财务管理制度并严格执行", ["2", "2"]),
    ("按期完成年度培训任务,培训台账齐全。(共3分,完成年度培训任务得2分;台账齐全得1分)", "3", "按期完成年度培训任务,培训台账齐全",
     ["2", "1"]),
])
def test_a_requirement_then_bracketed_points_is_a_checklist(text, weight, head, costs):
    p = propose(text, weight)
    assert types(p) == ["checklist"], (p.summary, p.unplaced)
    assert p.items[0]["label"] == head
    assert maxes(p) == [Decimal(c) for c in costs]
    assert ticks(p, True, False) == Decimal(costs[0])
    assert ticks(p, True, True) == Decimal(weight)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("建立健全财务管理制度并严格执行(共4分,制度健全2分,执行到位1分)", "4"),  # the points leave 1 of the 4 unsaid
    ("建立健全财务管理制度(共4分,每缺1项扣1分)", "4"),  # a deduction in the brackets, not points
    ("项目资料归档及时完整。(共3分,归档及时得1分;资料完整得1分。)", "2"),  # the bracket's total is not the 分值
])
def test_near_misses_are_not_a_requirement_then_bracketed_points(text, weight):
    p = propose(text, weight)
    assert types(p) != ["checklist"], (p.summary, p.unplaced)


# ── the one deduction of a text, per case and said with 减 ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("各项指标达到年度要求,得5分;每项不达标减1.5分。", "5", "1.5", "项"),
    ("每人次缺勤减0.5分,减完为止", "3", "0.5", "人次"),
])
def test_a_deduction_per_case_said_with_less(text, weight, per, unit):
    p = propose(text, weight)
    assert types(p) == ["deduction"], (p.summary, p.unplaced)
    assert p.items[0]["params"] == {"per": per, "unit": unit}
    assert by_count(p, "1") == Decimal(weight) - Decimal(per)
    assert by_count(p, "100") == 0
    assert p.confident == ("减完为止" in text)  # read as its 扣 form: sure where it says where it stops


@pytest.mark.parametrize("text, weight", [
    ("不按时报送的每次减0.5分,迟报的每例减1分,减完为止", "2"),  # two faults counted apart
    ("每项不达标减5分", "5"),  # one case takes the whole score
])
def test_near_misses_are_not_one_deduction_said_with_less(text, weight):
    p = propose(text, weight)
    assert types(p) != ["deduction"] or not p.confident, (p.summary, p.unplaced)


# ── points with their own points, one statement naming several things worth the same each ──────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("编制年度预算得2分;建立资产台账、合同台账、票据台账等台账各得1分。", "5", ["2", "1", "1", "1"]),
    ("按时上报统计报表得2分;做好安全、信访、计生工作各得1分,达不到要求的不得分。", "5", ["2", "1", "1", "1"]),
    ("完成年度招商任务得4分;开展项目签约活动得2分;做好接待、宣传等工作各得0.5分", "7", ["4", "2", "0.5", "0.5"]),
])
def test_points_with_a_group_worth_the_same_each_are_a_checklist(text, weight, costs):
    p = propose(text, weight)
    assert types(p) == ["checklist"], (p.summary, p.unplaced)
    assert maxes(p) == [Decimal(c) for c in costs]
    n = len(costs)
    assert ticks(p, *[True] * (n - 1), False) == Decimal(weight) - Decimal(costs[-1])
    assert ticks(p, False, *[True] * (n - 1)) == Decimal(weight) - Decimal(costs[0])
    assert not p.confident and any("个要点，各" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("编制年度预算得2分;建立资产台账、合同台账各得1分。", "5"),  # the points leave 1 of the 5 unsaid
    ("编制年度预算得2分;建立资产台账、合同台账各扣1分。", "4"),  # deductions, not points
])
def test_near_misses_are_not_points_with_a_group(text, weight):
    p = propose(text, weight)
    assert types(p) != ["checklist"], (p.summary, p.unplaced)


# ── sentences each stating their points once, adding up to the 分值: one deducting from its points, one a condition ──
@pytest.mark.parametrize("text, weight, line, deduct", [
    ("资金到位率≥95%,得2分,每低1个百分点扣0.2分,扣完为止;按时报送绩效报告,得1分。", "3", 95, "0.2"),
    ("经常参加锻炼人数比例≥30%,得2分,每下降1%扣0.5分,扣完为止;比上年增幅达到1%以上,得1分", "3", 30, "0.5"),
])
def test_a_line_with_its_step_beside_a_condition_are_two_parts(text, weight, line, deduct):
    p = propose(text, weight)
    assert [(it["type"], it["max"]) for it in p.items] == [("threshold", "2"), ("all_or_nothing", "1")], (p.summary, p.unplaced)
    assert scores(p, [line, line - 2, line - 10]) == D(2, 2 - 2 * Decimal(deduct), 0)
    assert scored(p, {"met": True}, 1) == 1 and scored(p, {"met": False}, 1) == 0


def test_a_condition_holding_a_share_beside_the_line_is_to_check():
    p = propose("经常参加锻炼人数比例≥30%,得2分,每下降1%扣0.5分,扣完为止;比上年增幅达到1%以上,得1分", "3")
    assert not p.confident and any("条件中的数值" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("资金到位率≥95%,得2分,每低1个百分点扣0.2分,扣完为止;按时报送绩效报告,得1分。", "4"),  # 2 + 1 is not the 分值
    ("项目验收合格率100%,得3分,每降低1个百分点扣0.5分,扣完为止;年度培训达到2次以上,得1分", "4"),  # a count: bands?
])
def test_near_misses_are_not_a_line_beside_a_condition(text, weight):
    p = propose(text, weight)
    assert types(p) != ["threshold", "all_or_nothing"], (p.summary, p.unplaced)


# ── the 分值 less a count of cases times what each costs, written as a formula ───────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("本项得分=5-差错个数×0.5", "5", "0.5", "个"),
    ("得分=10-违规次数×2分", "10", "2", "次"),
    ("由科室记录迟报情况;本项得分为:6分-迟报次数*1.5分", "6", "1.5", "次"),
])
def test_the_score_less_a_count_times_a_cost_is_a_deduction(text, weight, per, unit):
    p = propose(text, weight)
    assert types(p) == ["deduction"] and p.items[0]["params"] == {"per": per, "unit": unit}, (p.summary, p.unplaced)
    assert by_count(p, "1") == Decimal(weight) - Decimal(per)
    assert by_count(p, "100") == 0
    assert not p.confident  # where the score stops is not said


@pytest.mark.parametrize("text, weight", [
    ("得分=10-违规次数×2分", "8"),  # the formula's full score is not the 分值
    ("得分=10-违规金额×2", "10"),  # an amount, not a count of cases
])
def test_near_misses_stay_formulas(text, weight):
    p = propose(text, weight)
    assert types(p) == ["formula"], (p.summary, p.unplaced)


# ── things listed, then what each is worth and the total ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, labels", [
    ("建立请示报告制度、值班制度、档案管理制度等。(每项1分,共3分)", "3", ["建立请示报告制度", "值班制度", "档案管理制度"]),
    ("坚持例会、学习、考勤、廉政等各项制度;(1个0.5分,共2分)", "2", ["坚持例会", "学习", "考勤", "廉政"]),
    ("落实安全巡查、隐患登记。(1项1.5分,满分3分)", "3", ["落实安全巡查", "隐患登记"]),
])
def test_things_listed_with_each_worth_and_the_total_are_a_checklist(text, weight, labels):
    p = propose(text, weight)
    assert types(p) == ["checklist"], (p.summary, p.unplaced)
    assert point_labels(p) == labels
    per = Decimal(weight) / len(labels)
    assert maxes(p) == [per] * len(labels)
    assert ticks(p, False, *[True] * (len(labels) - 1)) == Decimal(weight) - per
    assert not p.confident


@pytest.mark.parametrize("text, weight, listed", [
    ("建立请示报告制度、值班制度。(每项1分,共3分)", "3", ["建立请示报告制度", "值班制度"]),  # two named, three points
    ("建立请示报告制度、值班制度、档案管理制度。(每项1分,共3分)", "4", ["建立请示报告制度", "值班制度", "档案管理制度"]),
])
def test_near_misses_are_not_the_things_listed(text, weight, listed):
    p = propose(text, weight)
    assert not p.confident
    if types(p) == ["checklist"]:
        assert point_labels(p) != listed

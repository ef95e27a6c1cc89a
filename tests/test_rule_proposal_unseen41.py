"""Lists of named faults, each with its own cost, in the forms inspectors write:

- the item's name and its 分值 as a sentence of their own, then faults each with its cost (“工作基本条件2分。工作经费不足扣1
  分,没有固定的工作场所扣0.5分,…”): the heading restates the 分值, the faults are points of a 要点核查, to check as faults
  listed are;
- a requirement with its 分值 in brackets after a sentence of how records are kept (“原始记录采用纸介质或计算机等手段进行登记。
  …(10分)。字迹不符合要求的扣5分,…”): the lead sentence scores nothing (计算机 is a word of record, no 计 of points), the
  faults read after it, to check;
- a case counted in entries (“不一致的,每一笔扣2分”): 笔 a measure word like 件, 一笔 a count of one;
- one fault costing the whole 分值 that fails a frequency the work asks for (“管理人员未每日登陆系统的,扣3分”): how often is
  no count of cases, the item all or nothing, sure;
- faults in words, then their one cost in a sentence of its own closing the text (“…无阶段性目标,无具体工作措施。 扣5分”):
  the cost is the faults', as after a comma;
- things named in a list, then one of them short and what it costs (“工作人员、经费、工作制度一项不达标扣2分”): a deduction per
  thing short, as with 任一项, to check where the stop is unsaid;
- costs by the number of those not satisfied (“一户不满意扣2分,二户不满意扣5分,有三户不满意不得分”): bands of the count,
  as of cases found (不满意 is no 满分);
- faults taken once beside a count short of a line (“没有明确的责任部门扣1分;…;专职工作人员不足4人,少1人扣0.25分”): one
  part each, the count short capped at the line times its cost, where the parts fill the 分值, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, maxes, met_or_not, readings, scored, scores, sole, ticks


# ── the item's name and its 分值 as a heading, then faults each with its cost ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("队伍建设4分。未配备专职人员扣2分,人员未经培训扣1分,无考勤记录扣1分。", "4", [2, 1, 1]),
    ("(3)档案管理1.5分。未建立档案扣0.5分,档案不全扣0.5分,未指定专人管理扣0.5分。", "1.5", [0.5, 0.5, 0.5]),
    ("宣传阵地3分;未设立宣传栏扣1.5分;宣传栏内容未更新扣1分;无宣传资料扣0.5分", "3", [1.5, 1, 0.5]),
])
def test_a_heading_with_the_weight_then_faults_each_with_its_cost(text, weight, costs):
    p = propose(text, weight, "基础工作")
    sole(p, "checklist")
    assert maxes(p) == D(*costs)
    n = len(costs)
    assert ticks(p, *[True] * n) == Decimal(weight)
    assert ticks(p, False, *[True] * (n - 1)) == Decimal(weight) - Decimal(str(costs[0]))
    assert ticks(p, *[False] * n) == 0
    assert not p.confident  # faults listed: each taken once, as points of a 要点核查, is to check


@pytest.mark.parametrize("text, weight", [
    # the heading's points are not the 分值: a part of it, or a situation
    ("队伍建设3分。未配备专职人员扣2分,人员未经培训扣1分,无考勤记录扣1分。", "4"),
    # points earned after the heading: a ladder of situations, the heading the first of them
    ("队伍建设4分。未配备专职人员扣2分,人员经过培训得1分。", "4"),
])
def test_near_miss_no_heading_of_the_weight_before_faults(text, weight):
    assert propose(text, weight, "基础工作").kind != "checklist"


# ── a lead sentence on how records are kept, a requirement with its 分值 in brackets, then faults ─────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("台账采用计算机管理。台账应当日登记、内容完整(6分)。登记不及时的扣3分,内容不完整的扣3分。", "6", [3, 3]),
    ("病历使用纸质或计算机系统书写。病历书写规范、签名齐全(4分)。书写不规范的扣2分,未签名的扣2分。", "4", [2, 2]),
])
def test_a_sentence_on_the_computer_records_before_a_requirement_and_its_faults(text, weight, costs):
    p = propose(text, weight, "台账")
    sole(p, "checklist")
    assert maxes(p) == D(*costs)
    assert ticks(p, True, True) == Decimal(weight)
    assert ticks(p, False, True) == Decimal(weight) - Decimal(costs[0])
    assert not p.confident
    assert any("计算机" in u and "未计入规则" in u for u in p.unplaced)


# ── a case counted in entries: 每一笔 ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, count, score", [
    ("报表数据与会计凭证不一致的,每一笔扣1分,扣完为止", "10", "1", "3", 7),
    ("收入未及时入账的,每一笔扣0.5分,扣完为止。", "4", "0.5", "10", 0),
    ("资金拨付与账面不符的,每一笔扣2分,扣完为止", "6", "2", "2", 2),
])
def test_each_entry_counted(text, weight, per, count, score):
    p = propose(text, weight, "账务")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == (per, "笔")
    assert by_count(p, count) == Decimal(score)
    assert p.confident


def test_near_miss_each_entry_down_to_nothing_said_otherwise_stays_to_check():
    p = propose("台账与原始记录不一致的,每一笔扣2分,直至本项不得分。", "20", "台账")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == ("2", "笔")
    assert by_count(p, "4") == 12
    assert not p.confident  # “直至本项不得分” read as the stop


def test_a_requirement_with_its_weight_then_each_entry_counted():
    p = propose("台账记载与原始记录一致,做到准确、及时、完整(30分)。台账与原始记录不一致的,每一笔扣3分,直至本项不得分。",
                "30", "台账")
    assert sole(p, "deduction")["unit"] == "笔"
    assert by_count(p, "2") == 24
    assert not p.confident


# ── one fault of a frequency missed, costing the whole 分值 ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("管理人员未每日登录平台的,扣2分;", "2"),
    ("值班人员未每天巡查的扣4分", "4"),
    ("未每月报送工作动态的,扣1.5分。", "1.5"),
    ("网格员没每周走访的,扣3分", "3"),
])
def test_a_frequency_missed_costing_the_whole_weight(text, weight):
    p = propose(text, weight, "系统运行")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert p.confident


@pytest.mark.parametrize("text, weight", [
    # each day missed costs the points: a count of days, not one fault
    ("每日未巡查的,扣3分", "3"),
    # less than the 分值: the fault leaves some of it
    ("未每日巡查的,扣1分", "3"),
    # a count of cases in the fault
    ("每发现1次未巡查的,扣3分", "3"),
])
def test_near_miss_no_frequency_missed_costing_the_whole_weight(text, weight):
    assert not any(it["type"] == "all_or_nothing" for found in readings(text, weight) for it in found.items)


# ── faults in words, their one cost in a sentence of its own closing the text ────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("工作方案无时间节点,无责任分工。扣5分", "5"),
    ("年度计划未报送备案。 扣3分。", "3"),
    ("整改台账无整改时限,无责任人。 扣2分", "2"),
])
def test_faults_then_their_cost_in_a_sentence_of_its_own(text, weight):
    p = propose(text, weight, "重点工作")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert p.confident


@pytest.mark.parametrize("text, weight", [
    # the sentence before scores already: the cost after it is another fault's, unnamed
    ("未报送的扣1分。扣3分", "3"),
    # the cost short of the 分值: one fault taken once or counted, unsaid
    ("工作方案无时间节点,无责任分工。扣2分", "5"),
])
def test_near_miss_cost_in_a_sentence_of_its_own(text, weight):
    p = propose(text, weight, "重点工作")
    assert not p.confident


# ── things named in a list, one of them short and what it costs ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, count, score", [
    ("查阅台账资料,人员、经费、工作制度一项不达标扣2分.", "6", "2", "项", "1", 4),
    ("场地、设备、人员、制度一项不符合要求扣1分", "4", "1", "项", "3", 1),
    ("灭火器、应急灯、疏散指示标志一个不合格扣0.5分", "2", "0.5", "个", "2", 1),
])
def test_one_of_the_things_listed_short(text, weight, per, unit, count, score):
    p = propose(text, weight, "基础保障")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == (per, unit)
    assert by_count(p, count) == Decimal(score)
    assert not p.confident  # where the deductions stop is unsaid


def test_near_miss_a_count_of_two_after_a_list_is_no_one_of_them():
    # “2项” after the list: a line of two, not each one of them
    assert not any(it["type"] == "deduction" and it["params"].get("per") == "2"
                   for found in readings("人员、经费2项不达标扣2分", "6") for it in found.items)


# ── costs by the number of those not satisfied ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("回访对象中一户不满意扣3分,二户不满意扣6分,三户不满意不得分。", "10", [0, 1, 2, 3, 5], [10, 7, 4, 0, 0]),
    ("有1家不满意的扣1分,有2家不满意的扣2分,有3家以上不满意的不得分", "5", [0, 1, 2, 4], [5, 4, 3, 0]),
    ("1人不满意扣0.5分,2人不满意扣1.5分,3人及以上不满意不得分", "2", [0, 1, 2, 3], [2, 1.5, 0.5, 0]),
])
def test_costs_by_the_number_not_satisfied(text, weight, values, expected):
    p = propose(text, weight, "满意度")
    params = sole(p, "tiers")
    assert "不满意" in params["value_label"]
    assert scores(p, values) == D(*expected)
    assert p.confident


@pytest.mark.parametrize("text, weight", [
    # one not satisfied costing more than two: no bands of a count
    ("1户不满意扣3分,2户不满意扣2分,3户不满意不得分", "10"),
    # the counts out of order
    ("2户不满意扣3分,1户不满意扣1分,3户不满意不得分", "10"),
])
def test_near_miss_no_costs_by_the_number_not_satisfied(text, weight):
    assert not any(it["type"] == "tiers" for found in readings(text, weight) for it in found.items)


# ── faults taken once beside a count short of a line ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, maxes_, situation, score", [
    ("没有明确的分管领导扣1分;没有建立工作台账,扣1分;专职人员不足4人,少1人扣0.25分。", "3", [1, 1, 1],
     [True, False, 2], 1.5),
    ("没有专门办公场所扣0.5分;没有建立值班制度,扣0.5分;信息员不足5人,少1人扣0.2分。", "2", [0.5, 0.5, 1],
     [False, True, 1], 1.3),
])
def test_faults_taken_once_beside_a_count_short_of_a_line(text, weight, maxes_, situation, score):
    p = propose(text, weight, "机构建设")
    assert [it["type"] for it in p.items] == ["all_or_nothing"] * (len(maxes_) - 1) + ["deduction"]
    assert [Decimal(it["max"]) for it in p.items] == D(*maxes_)
    *met, short = situation
    total = sum((scored(p, {"met": ok}, i) for i, ok in enumerate(met)), Decimal(0))
    assert total + scored(p, {"count": str(short)}, len(met)) == Decimal(str(score))
    assert not p.confident  # the line's count read as where the deductions stop


def test_near_miss_a_count_short_of_a_line_that_does_not_fill_the_weight():
    # 1 + 1 + 4 × 0.25 is not 4: no parts of the 分值
    assert not any(len(found.items) == 3 for found in readings(
        "没有明确的分管领导扣1分;没有建立工作台账,扣1分;专职人员不足4人,少1人扣0.25分。", "4"))

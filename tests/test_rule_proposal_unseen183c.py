"""Readings of a lone fault whose words hold a figure, of one case alone, of a rate or a figure against a line unsaid,
of a rank's share of the 基本分, of class periods counted and of the whole 配分 taken:

- one fault taken once off the 分值 (``max - 10 * a``) where its words hold figures that count nothing: the time
  looked back over or allowed (“近3年内受到行政处罚的,扣10分”, “在1个月内未传达落实的,扣10分”), an incident named by its
  size (“1次3人(含)以上重伤事故”, “3人以上死亡事故”: ``wording.ONE_EVENT_COUNT``) or a level or grade named (“标准化3级及
  以上”, “较大以上”), and long words (up to 80 characters) (``formula._lone_fault``) — to check, as every lone fault;
- one case and its deduction, a setting said first (“过程中1个环节不正确扣10分”), or the whole text one case alone
  (“一次扣1分”: the fault is the indicator's), read per case (``deduction._one_fault``) — to check;
- a rate the text reckons by, its line in another column (“按…的比例计算,每低1%扣1分,最高扣5分”), full at 100%
  (``threshold._line_and_step``), and a task met “得分” before the step (“完成…任务得分,每少1个百分点扣1分”): the share of
  the task reached, full at 100% — both to check;
- a figure set against others' named in words (“…占比与全省三年平均比例相比,每超过0.1个百分点扣2分”): a formula of the
  figure and the reference, ``max - max(0, p - q) / 0.1 * 2`` (``formula._against_reference``); a rise on last year's own
  figure (“…与本地上年相比,每上升1个百分点扣2分”): a line of none on the rise (``threshold._line_and_step``) — to check;
- a rank whose places each lose a share of the 基本分 (“第一名得基本分20分,名次每减1位减基本分5%”): the first place's
  formula, each place 5% of the 分值 (``threshold.rank_step``);
- class periods counted (“每少1节次扣1分”, “旷课每节扣0.5分”: ``deduction.THING_UNITS``);
- the whole 配分 of a skills test taken (“扣光此处全部配分”, “此处配分扣光”: ``all_or_nothing.TAKES_ALL``, ``USED_UP``);
- a cap on points added said as “本项累计加分不得超过2分” (``formula._CAP_SAID``, the one spelling of a cap);
- lines listed, then their deductions in turn (“执行率低于80%、70%、60%的,分别扣1分、2分、3分”): the lines one by one
  (``tiers._lines_below``), never a step of 80% (``threshold._line_and_step``) — to check;
- faults listed, each case costing its own amount in turn (“迟到、早退的,每次分别扣1分、0.5分”): the faults one by one,
  ``max - a - 0.5 * b`` (``formula._faults_in_turn``), never one amount per case (``deduction._per_instance``) — to check.

Near misses: a count line in a lone fault (“迟到3次以上的”), persons past a count that name no incident (“3人以上迟到的”),
a bare count of one among others (“1次扣1分,2次扣3分”), a case costing the whole 分值, a reckoning by an amount, not a
rate (“按平均时长计算,每超过1分钟…”), “得分” followed by its formula, a reference of no figure named or a step in %, a
fall on last year (not a rise), a share off each place not said of the 基本分, a saving (“每节约”).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, scored, sole, types


# ── a lone fault whose words hold a figure ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, amount", [
    ("近2年内在消防安全方面受到行政处罚的,扣8分。", "20", "8"),
    ("近五年内发生较大以上环境污染事件的，扣6分", "15", "6"),
    ("上级布置的重点工作，乡镇在一个月内未研究部署的，扣5分", "40", "5"),
    ("在3个工作日内未上报处置结果的,扣2分", "10", "2"),
    ("年度内发生1次2人(含)以上重伤的生产安全责任事故的，扣10分。", "30", "10"),
    ("发生3人以上死亡的交通事故的,扣12分", "40", "12"),
    ("未取得职业健康安全管理体系二级及以上认证的，扣4分。", "10", "4"),
])
def test_a_lone_fault_with_figures_that_count_nothing(text, weight, amount):
    p = propose(text, weight, "安全管理")
    sole(p, "formula")
    assert by_vars(p, "0") == D(weight)[0]
    assert by_vars(p, "1") == D(weight)[0] - D(amount)[0]
    assert not p.confident


def test_a_lone_fault_keeps_the_size_of_its_incident_in_its_words():
    p = propose("发生1次3人(含)以上中毒事故的,扣10分", "20", "安全")
    label = sole(p, "formula")["variables"][0]["label"]
    assert "1次3人" in label


def test_a_long_lone_fault():
    text = ("区级道路视频监控系统建设资金未列入本级财政年度预算、基本建设投资计划，系统日常运行和维护所需的专项经费"
            "没有落实到位的，扣4分")
    p = propose(text, "20", "视频监控")
    sole(p, "formula")
    assert by_vars(p, "1") == D(16)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "迟到3次以上的,扣2分",  # a count line: how many cases, not an incident
    "3人以上迟到的,扣2分",  # persons past a count, no incident befalling them
])
def test_a_count_line_is_no_lone_fault(text):
    assert "formula" not in types(propose(text, "10", "纪律"))


# ── one case and its deduction ──────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, unit, per", [
    ("操作过程中一个步骤不规范扣5分", "20", "个", "5"),
    ("检查中1处不合格扣2分", "10", "处", "2"),
    ("一次扣1分", "2.5", "次", "1"),
    ("1项扣0.5分", "3", "项", "0.5"),
    ("一处扣2分。", "6", "处", "2"),
])
def test_one_case_read_per_case(text, weight, unit, per):
    p = propose(text, weight, "会议迟到、早退")
    params = sole(p, "deduction")
    assert (params["unit"], params["per"]) == (unit, per)
    assert by_count(p, "2") == max(D(weight)[0] - 2 * D(per)[0], 0)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("1次扣1分,2次扣3分", "5"),  # counts in turn: bands
    ("一次扣5分", "5"),  # the case takes the whole 分值
])
def test_one_case_alone_near_misses(text, weight):
    assert types(propose(text, weight, "考勤")) != ["deduction"] or sole(propose(text, weight, "考勤"), "deduction")["per"] != "1"


# ── a rate reckoned, its line not said ──────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("按全体员工参加安全培训的比例计算,每低1%扣1分,最高扣5分。", "5", ["100", "97", "80"], [5, 2, 0]),
    ("按各站点的任务达成比例计算，每低1%扣0.5分，最高扣10分", "10", ["100", "90", "50"], [10, 5, 0]),
    ("按员工的实际到岗率计算,每低1%扣2分", "10", ["100", "98"], [10, 6]),
])
def test_a_rate_reckoned_with_no_line_is_full_at_100(text, weight, values, expected):
    p = propose(text, weight, "培训覆盖")
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"]) == ("100", "higher")
    assert [scored(p, {"value": v}) for v in values] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight, values, expected", [
    ("以市下达全年招商引资任务为准,完成招商引资任务得分,每少1个百分点扣1分,扣完为止。", "20", ["100", "95", "70"], [20, 15, 0]),
    ("完成年度培训计划得分，每少一个百分点扣0.5分", "10", ["100", "90"], [10, 5]),
])
def test_a_task_met_scores_then_a_step_short(text, weight, values, expected):
    p = propose(text, weight, "任务完成")
    params = sole(p, "threshold")
    assert params["full_at"] == "100"
    assert [scored(p, {"value": v}) for v in values] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "按所有工单的平均处理时长计算,每超过1分钟扣0.5分,最高扣10分。",  # an amount, not a rate: its line is elsewhere
    "按满意度调查评分计算,每低0.1分扣0.5分,最高扣5分。",
])
def test_a_reckoning_by_an_amount_reads_no_line(text):
    p = propose(text, "10", "时效")
    assert not (types(p) == ["threshold"] and p.items[0]["params"]["full_at"] == "100")


def test_a_score_followed_by_its_formula_is_no_task_met():
    p = propose("完成任务得分=实际完成数÷任务数×20,每少1个百分点扣1分", "20", "任务")
    assert not (types(p) == ["threshold"] and p.confident)


# ── a figure against others' named in words ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, over, values, expected", [
    ("重大案件占全部案件的比例与全市三年平均比例相比，每超过0.5个百分点扣1分", "20", True,
     [("8", "9"), ("10", "9"), ("30", "9")], [20, 18, 0]),
    ("本县群众满意度与全省平均满意度相比,每降低1个百分点扣2分", "30", False,
     [("95", "92"), ("90", "92"), ("50", "92")], [30, 26, 0]),
    ("经测算后，与省统计局公布的全省平均水平相比，每低1个百分点扣1分", "10", False, [("80", "83")], [7]),
])
def test_a_figure_against_a_reference_of_others(text, weight, over, values, expected):
    p = propose(text, weight, "平安建设")
    params = sole(p, "formula")
    assert ("p - q" in params["expression"]) == over
    assert [by_vars(p, a, b) for a, b in values] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "刑事案件发案数与上年相比,每上升1个百分点扣2分",  # last year's own figure: a rise, one value (threshold)
    "与全省平均水平相比,每降低1个百分点扣2分",  # no figure named before the reference
    "本地满意度与全省平均相比,每降低1%扣2分",  # a step in % (of what?), not in points
])
def test_against_a_reference_near_misses(text):
    p = propose(text, "20", "平安建设")
    assert not (types(p) == ["formula"] and len(p.items[0]["params"]["variables"]) == 2)


# ── a rise on last year's own figure ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("盗窃案件发案数与本地上年相比，每上升一个百分点扣2分", "30", ["-4", "0", "3", "40"], [30, 30, 24, 0]),
    ("火灾起数较上年,每上升1个百分点扣0.5分", "10", ["-1", "4"], [10, 8]),
])
def test_a_rise_on_last_year_is_full_at_none(text, weight, values, expected):
    p = propose(text, weight, "治安")
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"]) == ("0", "lower")
    assert [scored(p, {"value": v}) for v in values] == D(*expected)
    assert not p.confident


def test_a_fall_on_last_year_is_not_read_as_a_rise():
    p = propose("财政收入与上年相比,每下降1个百分点扣2分", "20", "收入")
    assert not (types(p) == ["threshold"] and p.items[0]["params"]["full_at"] == "0"
                and p.items[0]["params"]["direction"] == "lower")


# ── a rank, a share of the 基本分 off each place ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, ranks, expected", [
    ("按全年完成量排名,第一名得基本分20分,名次每减1位减基本分5%。", "20", ["1", "4", "11"], [20, 17, 10]),
    ("每季度排名一次,第一名得基本分10分,名次每减1位减基本分10%。年终按四个季度的得分取平均值。", "10", ["1", "2.5"], [10, 8.5]),
    ("第1名得30分,名次每下降1位扣分值的5%", "30", ["1", "3"], [30, 27]),
])
def test_first_place_then_a_share_of_the_base_off_each_place(text, weight, ranks, expected):
    p = propose(text, weight, "排名")
    sole(p, "formula")
    assert [by_vars(p, r) for r in ranks] == D(*expected)
    assert not p.confident


def test_a_share_off_each_place_of_another_base_is_not_the_step():
    # 5% of something other than the 基本分: not said of what
    p = propose("第一名得基本分20分,名次每减1位减5%", "20", "排名")
    assert types(p) != ["formula"] or p.items[0]["params"]["expression"] != "max - (r - 1)"


# ── a class period counted (节, 节次) ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("听课记录完整,完成规定节次,得10分,每少1节次扣1分,扣完10分为止。", "10", "1"),
    ("旷课每节扣0.5分,扣完为止", "5", "0.5"),
    ("每少听1节课扣2分", "10", "2"),
])
def test_a_class_period_counted(text, weight, per):
    p = propose(text, weight, "听课")
    assert sole(p, "deduction")["per"] == per
    assert by_count(p, "3") == max(D(weight)[0] - 3 * D(per)[0], 0)


def test_a_saving_is_no_class_period():
    assert types(propose("每节约1%加1分", "5", "节能")) != ["deduction"]


# ── the whole 配分 taken (扣光) ───────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "焊缝表面若有夹渣、气孔等任一缺陷,扣光此处全部配分;",
    "焊缝有裂纹的,此处配分扣光",
    "操作中出现严重失误的,扣光此项全部配分",
])
def test_the_whole_share_taken(text):
    p = propose(text, "10", "外观")
    sole(p, "all_or_nothing")
    assert [scored(p, {"met": v}) for v in (True, False)] == D(10, 0)



# ── a cap on points added, said as a sentence of its own ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "每多配备1名专职安全员加0.2分;每配备1名注册安全工程师,加0.5分。本项累计加分不得超过2分。",
    "每获1项专利加0.5分;每发表1篇论文加0.2分;累计得分不得超过2分",
])
def test_points_added_under_a_cap_said_apart(text):
    p = propose(text, "2", "加分项")
    sole(p, "formula")
    assert by_vars(p, "1", "1") == D(0.7)[0]
    assert by_vars(p, "10", "10") == D(2)[0]
    assert not p.confident


# ── lines listed, their deductions in turn (分别) ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("社区矫正人员有效管控率低于90%、80%、70%的，分别扣2分、4分、6分", "20", ["95", "90", "85", "75", "50"], [20, 20, 18, 16, 14]),
    ("投诉次数超过2次、4次的,分别扣1分、3分", "5", ["2", "3", "5"], [5, 4, 2]),
])
def test_lines_listed_then_their_deductions_in_turn(text, weight, values, expected):
    p = propose(text, weight, "管控")
    sole(p, "tiers")
    assert [scored(p, {"value": v}) for v in values] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "合格率低于90%、80%的，分别扣2分",  # fewer deductions than lines
    "合格率低于80%、90%的，分别扣2分、4分",  # lines out of order
])
def test_lines_listed_near_misses(text):
    assert types(propose(text, "10", "合格率")) != ["tiers"]


# ── faults listed, each counted, their amounts in turn ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("迟到、早退的,每次分别扣1分、0.5分", "5", ("1", "2"), 3),
    ("上级交办的信访事项当事人越级上访、集体上访的，每起分别扣6分、3分", "20", ("1", "1"), 11),
    ("漏报、迟报、错报的,每项分别扣2分、1分、0.5分,扣完为止", "10", ("1", "1", "2"), 6),
])
def test_faults_listed_with_amounts_in_turn(text, weight, counts, expected):
    p = propose(text, weight, "信访")
    sole(p, "formula")
    assert by_vars(p, *counts) == D(expected)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "迟到、早退的,每次扣1分",  # one amount for all: a deduction per case
    "迟到的,每次分别扣1分、0.5分",  # fewer faults than amounts
    "被县、市、省通报批评的,每次分别扣1分、2分",  # more listed than amounts, no modifier of the first
    "在安全、质量、进度方面被通报的,每次分别扣1分、2分、3分",  # kinds of one fault, its words shared after the last
])
def test_faults_in_turn_near_misses(text):
    p = propose(text, "5", "考勤")
    assert not (types(p) == ["formula"] and len(p.items[0]["params"]["variables"]) >= 2)

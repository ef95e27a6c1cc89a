"""Formulas and deductions read by the shape of the text (fourth set): deductions per case counted in a unit of
their own, points earned per case up to a cap.

Each class of wording has made-up texts in the style of published 评分标准 (several punctuations, numberings, verbs
and Chinese numerals), with the rule they must give and the score of a few situations, and near misses that must
not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, by_vars, sole


# ── a deduction per case counted in a unit of its own: 种, 天, 平方米, 宗次, 基 ─────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, counts", [
    ("每少一种台账扣2分,扣完为止", "10", "2", "种", {"0": 10, "2": 6, "7": 0}),
    ("台账齐全。每缺1种台账,扣1.5分;", "6", "1.5", "种", {"1": Decimal("4.5"), "4": 0}),
    ("值班人员每少到岗一天扣0.5分，扣完为止。", "5", "0.5", "天", {"3": Decimal("3.5"), "10": 0}),
    ("无故缺勤的，每天扣1分", "4", "1", "天", {"2": 2, "5": 0}),
    ("路面坑槽未及时修补，每平方米扣0.05分", "4", "0.05", "平方米", {"20": 3, "100": 0}),
    ("(2)未按时清运的每宗次扣0.3分", "3", "0.3", "宗次", {"5": Decimal("1.5"), "12": 0}),
    ("①路灯整基不亮的,每基扣0.5分。", "5", "0.5", "基", {"4": 3}),
    ("护栏缺损未修复的，每米扣0.1分；", "2", "0.1", "米", {"5": Decimal("1.5")}),
    ("巡护道路不通畅，每公里扣1分", "5", "1", "公里", {"2": 3}),
])
def test_each_case_counted_in_a_unit_of_its_own(text, weight, per, unit, counts):
    p = propose(text, weight, "检查")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": "个"}
    assert unit in p.summary
    for count, score in counts.items():
        assert by_count(p, count) == score
    assert not p.confident  # the count is entered as 个: to check
    assert any(f"{unit}数按个录入" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每天巡查河道,发现问题扣1分", "5"),  # 每天 says how often the patrol is done: no day is counted
    ("每日开展安全检查,检查记录不全的扣1分", "3"),
    ("每少一种台账扣6分", "6"),  # one case takes the whole 分值: no count to keep
])
def test_no_day_or_unit_counted_where_the_words_count_none(text, weight):
    p = propose(text, weight, "检查")
    assert not (p.kind == "deduction" and p.items[0]["params"].get("unit") == "个"), p.summary


@pytest.mark.parametrize("text, weight, kind", [
    ("每迟报1天扣0.5分,扣完为止", "3", "delay"),  # a day late is the 延迟扣分's
    ("每延迟一天扣1分，扣完为止", "5", "delay"),
])
def test_days_late_stay_a_delay(text, weight, kind):
    p = propose(text, weight, "报送")
    assert p.kind == kind, p.summary


# ── points earned per case, the points in a clause of their own, up to a cap ─────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, scores", [
    ("每开展一类主题活动并有完整记录，得10分，最多得50分", "50", "10", "类", {"0": 0, "2": 20, "7": 50}),
    ("每开展1类宣传活动,得5分,最高20分。", "20", "5", "类", {"3": 15, "5": 20}),
    ("每推广一种新技术并形成报告的，计3分，最多计9分", "9", "3", "种", {"2": 6, "4": 9}),
    ("每举办一场专题培训,加2分,累计不超过6分;", "6", "2", "场", {"1": 2, "4": 6}),
    ("每完成1个示范点建设，得1.5分，最多得6分", "6", "1.5", "个", {"2": 3, "9": 6}),
])
def test_points_per_case_said_after_a_comma(text, weight, per, unit, scores):
    p = propose(text, weight, "活动")
    params = sole(p, "formula")
    assert params["expression"] == f"{per} * a", params
    assert params["variables"][0]["unit"] == unit
    for count, score in scores.items():
        assert by_vars(p, count) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每季度开展1次活动,得2分", "2"),  # a frequency required (每季度), not a case counted
    ("每月召开一次例会的，得3分", "3"),
    ("每年开展1次培训，计2分，最多计2分", "2"),
    ("每开展1次活动，2分，最多10分", "10"),  # points with no verb after the comma: not this wording
])
def test_no_points_per_case_for_a_frequency_or_bare_points(text, weight):
    p = propose(text, weight, "活动")
    assert not (p.kind == "formula" and p.items[0]["params"]["expression"].endswith("* a")
                and len(p.items[0]["params"]["variables"]) == 1), p.summary


# ── one fault alone, taken once, costing less than the 分值 ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, amount", [
    ("无体弱儿童汇总表扣 2分", "8", "2"),
    ("综治工作经费没有落实的,扣3分。", "5", "3"),
    ("(3)档案资料未装订成册的，扣1.5分；", "4", "1.5"),
    ("未在醒目位置公示收费标准扣减2分", "6", "2"),
])
def test_one_fault_alone_is_taken_once(text, weight, amount):
    p = propose(text, weight, "资料")
    params = sole(p, "formula")
    assert params["expression"] == f"max - {amount} * a"
    assert params["variables"][0]["unit"] == ""  # found or not: 0/1
    assert by_vars(p, "0") == Decimal(weight)
    assert by_vars(p, "1") == Decimal(weight) - Decimal(amount)
    assert not p.confident
    assert any("只列此一种扣分情形" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight, kind", [
    ("无资格证书，没人扣0.5分", "1", "deduction"),  # persons counted (“没人” a slip for 每人)
    ("每缺1项扣1分", "5", "deduction"),  # counted per case
    ("未按时上报扣1分,扣完为止", "5", "deduction"),  # said to go on: one per case
    ("未建立台账扣5分", "5", "all_or_nothing"),  # the whole 分值: found, nothing is left
])
def test_a_fault_counted_or_taking_all_is_not_taken_once(text, weight, kind):
    p = propose(text, weight, "资料")
    assert p.kind == kind, p.summary


def test_a_fault_against_a_line_is_not_one_fault_taken_once():
    p = propose("达标率低于90%的扣2分", "6", "达标率")
    assert not (p.kind == "formula" and p.items[0]["params"]["expression"] == "max - 2 * a"), p.summary


# ── points per case of each kind listed, respectively, up to a cap ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expression, unit, situations", [
    ("在国家、省级期刊发表1篇分别加2分和1分,最多不超过5分;", "5", "2 * a + 1 * b", "篇",
     {("1", "1"): 3, ("2", "3"): 5}),
    ("获国家级、省级、市级表彰的，每项分别加3分、2分、1分，最多加5分", "5", "3 * a + 2 * b + 1 * c", "项",
     {("0", "1", "1"): 3, ("1", "1", "1"): 5}),
    ("3.科研成果：国家级、省级、市级课题每立项一项分别计4、2、1分，最高计8分", "10",
     "min(8, 4 * a + 2 * b + 1 * c)", "项", {("1", "1", "1"): 7, ("2", "1", "0"): 8}),
    ("省、市级媒体每报道1次分别得1分、0.5分", "4", "1 * a + 0.5 * b", "次", {("1", "3"): Decimal("2.5"), ("5", "0"): 4}),
])
def test_points_per_case_of_each_kind_in_turn(text, weight, expression, unit, situations):
    p = propose(text, weight, "加分")
    params = sole(p, "formula")
    assert params["expression"] == expression
    assert {v["unit"] for v in params["variables"]} == {unit}
    for values, score in situations.items():
        assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("获得国家级、省级、市级荣誉的分别得5分、3分、2分", "5"),  # no case counted: one situation of each kind
    ("国家级、省级每项分别加3分", "5"),  # one amount for two kinds: not points in turn
    ("考核得分90分以上、80分以上每项分别加2分、1分", "2"),  # scores before the kinds: not kinds listed
])
def test_no_points_per_kind_without_a_count_or_a_score_for_each(text, weight):
    p = propose(text, weight, "加分")
    assert not (p.kind == "formula" and " + " in p.items[0]["params"]["expression"]
                and all(v["unit"] for v in p.items[0]["params"]["variables"])), p.summary


# ── “直至不得分”: the deducting stops at nothing left, no condition zeroing the item ──────────────────────────
@pytest.mark.parametrize("text, weight, per, counts", [
    ("重大天气预警信号每漏报1次扣1分,直至不得分。", "3", "1", {"1": 2, "4": 0}),
    ("按要求开展5次以上总结得2分,少开展或报告质量不符要求的一次扣1分,直至不得分", "2", "1", {"1": 1, "2": 0}),
    ("每缺一项扣0.5分，直到不得分为止", "3", "0.5", {"2": 2}),
])
def test_until_nothing_is_left_is_a_stop_not_a_gate(text, weight, per, counts):
    p = propose(text, weight, "报送")
    params = sole(p, "deduction")
    assert params["per"] == per
    for count, score in counts.items():
        assert by_count(p, count) == score
    assert not p.confident


def test_a_condition_zeroing_the_item_is_still_a_gate():
    p = propose("每漏报1次扣1分,未建立预警制度的不得分", "3", "报送")
    params = sole(p, "formula")
    assert params["expression"].startswith("g * (")
    assert not p.confident


# ── faults each with its own amount per case, the 分 left out before the case (“扣2/次”) ─────────────────────
@pytest.mark.parametrize("text, weight, expression, situations", [
    ("不服从调度安排的扣2/次,私自外运处置的扣5分/次。", "5", "max - 2 * a - 5 * b", {("1", "0"): 3, ("0", "1"): 0}),
    ("迟报的扣1/次；漏报的扣2/次，扣完为止", "6", "max - a - 2 * b", {("2", "1"): 2, ("3", "3"): 0}),
    ("①台账缺失扣0.5/处,②数据错误扣1/项", "4", "max - 0.5 * a - b", {("2", "1"): 2}),
])
def test_faults_with_amounts_per_case_written_short(text, weight, expression, situations):
    p = propose(text, weight, "报送")
    params = sole(p, "formula")
    assert params["expression"] == expression
    for values, score in situations.items():
        assert by_vars(p, *values) == score
    assert not p.confident


def test_a_ratio_is_no_amount_per_case():
    p = propose("按实际完成数扣2/3的分值", "6", "完成")
    assert not (p.kind == "formula" and p.items[0]["params"]["expression"].startswith("max - 2")), p.summary


# ── a rate with an aside after its name, each step below 100% a deduction, beside a fault counted ───────────
@pytest.mark.parametrize("text", [
    "经营户持证，每缺1户扣1分；人员持证率(按培训证统计)每下降5%扣0.5分，扣完为止。",
    "每缺1户许可证扣1分,人员持证率（以健康证为准）每降低5%扣0.5分,扣完为止",
])
def test_a_rate_with_an_aside_each_step_below_full(text):
    p = propose(text, "4", "持证")
    params = sole(p, "formula")
    assert params["expression"] == "max - a - 0.5 * (100 - min(100, b)) / 5"
    assert by_vars(p, "1", "100") == 3
    assert by_vars(p, "0", "90") == 3
    assert not p.confident
    assert any("按 100% 计" in u for u in p.unplaced), p.unplaced


# ── faults numbered, then their deductions in turn (a table's two cells joined) ───────────────────────────
@pytest.mark.parametrize("text, weight, expression, situations", [
    ("1、未按时报送2、数据不全不规范 3、次月5日前仍未报送 -1分-1分-2分", "3", "max - a - b - 2 * c",
     {("1", "0", "0"): 2, ("1", "1", "1"): 0, ("0", "0", "0"): 3}),
    ("(1)未建立台账(2)资料缺失 扣2分 扣1分", "4", "max - 2 * a - b", {("1", "1"): 1, ("0", "1"): 3}),
    ("①未按时上报；②数据不准确。 −2分 −0.5分", "3", "max - 2 * a - 0.5 * b", {("0", "1"): Decimal("2.5")}),
    ("1.合格率低于90%2.资料不全3.未归档 -2分-1分-1分", "4", "max - 2 * a - b - c", {("1", "0", "1"): 1}),
])
def test_numbered_faults_then_their_deductions_in_turn(text, weight, expression, situations):
    p = propose(text, weight, "报送")
    params = sole(p, "formula")
    assert params["expression"] == expression
    assert all(v["unit"] == "" for v in params["variables"])  # each taken once: 0/1
    for values, score in situations.items():
        assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("1、未按时上报2、数据不全-2分", "3"),  # two faults, one deduction: which is it?
    ("1、未按时上报3、数据不全-2分-1分", "3"),  # the numbering skips: not one list
    ("1、制度健全2、台账齐全 2分 3分", "5"),  # points earned, no deductions
    ("1、未按时上报扣1分2、数据不全-2分-1分", "3"),  # a deduction among the faults: not two cells joined
])
def test_no_deductions_in_turn_unless_one_for_each_numbered_fault(text, weight):
    p = propose(text, weight, "报送")
    assert not (p.kind == "formula" and len(p.items[0]["params"]["variables"]) >= 2
                and p.items[0]["params"]["expression"].startswith("max - ")), p.summary


# ── a line stated in the sentence before, then its shortfall by steps, beside other faults ─────────────────
@pytest.mark.parametrize("text, weight, expression, situations", [
    ("设施设置规范。不符合要求一处扣0.3分 路灯装灯率≥99%。 未达到每下降1%扣0.3分", "3",
     "max - 0.3 * a - 0.3 * (99 - min(99, b))", {("0", "99.5"): 3, ("1", "97"): Decimal("2.1")}),
    ("档案合格率达到95%;未达到的,每降低1%扣0.5分;资料缺失每处扣1分", "5",
     "max - 0.5 * (95 - min(95, a)) - b", {("93", "1"): 3, ("100", "0"): 5}),
])
def test_a_line_stated_before_its_shortfall(text, weight, expression, situations):
    p = propose(text, weight, "设施")
    params = sole(p, "formula")
    assert params["expression"] == expression
    for values, score in situations.items():
        assert by_vars(p, *values) == score
    assert not p.confident
    assert any("计低于的百分点" in u for u in p.unplaced), p.unplaced


def test_two_lines_before_one_shortfall_are_not_read_as_one():
    p = propose("不适时开关路灯一次扣0.1分 主干道亮灯率≥98%、支路亮灯率≥97%。未达到每下降1%扣0.1分", "3", "设施")
    params = p.items[0]["params"] if p.kind == "formula" else {}
    assert "98 - min(98" not in str(params.get("expression")) and "97 - min(97" not in str(params.get("expression"))


# ── a count required, then points for each case of it ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, scores", [
    ("党委每年至少召开2次专题会议;(2分) 有1次得1分", "2", "1", "次", {"0": 0, "1": 1, "3": 2}),
    ("全年至少开展四次督查，开展一次得1分。", "4", "1", "次", {"3": 3, "4": 4}),
    ("年内至少组织3场培训(3分),每场计1分", "3", "1", "场", {"2": 2}),
    ("至少报送4篇信息，有1篇得0.5分", "2", "0.5", "篇", {"1": Decimal("0.5"), "6": 2}),
])
def test_points_for_each_case_of_a_count_required(text, weight, per, unit, scores):
    p = propose(text, weight, "会议")
    params = sole(p, "formula")
    assert params["expression"] == f"{per} * a"
    assert params["variables"][0]["unit"] == unit
    assert "至少" not in params["variables"][0]["label"]
    for count, score in scores.items():
        assert by_vars(p, count) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("全年至少开展4次督查,开展1次得1分", "3"),  # 4 cases of 1 point are not the 分值 of 3
    ("至少召开2次会议(3分),有1次得1分", "2"),  # the points said are not the 分值
    ("至少召开1次会议,召开1次得2分", "2"),  # a count of one: a requirement met or not
])
def test_no_points_per_case_when_the_count_and_points_disagree(text, weight):
    p = propose(text, weight, "会议")
    assert not (p.kind == "formula" and p.items[0]["params"]["expression"].endswith("* a")), p.summary


# ── a deduction for each block of a sum of money ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, block, counts", [
    ("违规从公用账户入库资金每10万元扣0.1分,扣完为止。", "1", "0.1", "10万元", {"3": Decimal("0.7"), "12": 0}),
    ("预算执行中每超支1万元扣0.5分", "5", "0.5", "1万元", {"4": 3}),
    ("项目资金每滞留100万元扣1分；", "5", "1", "100万元", {"2": 3}),
    ("每超支一万元扣0.5分。", "2", "0.5", "万元", {"3": Decimal("0.5")}),
    ("每挤占挪用5000元扣2分;", "10", "2", "5000元", {"1": 8}),
])
def test_each_block_of_a_sum_of_money(text, weight, per, block, counts):
    p = propose(text, weight, "资金")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": "个"}
    for count, score in counts.items():
        assert by_count(p, count) == score
    assert not p.confident
    assert any(f"按{block}的个数录入" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每笔支出1万元以上的未经审批扣2分", "5"),  # each case above a sum, not each block of it
    ("每节约1万元加1分", "5"),  # points earned, no deduction
    ("每超支1万元扣5分", "5"),  # one block takes the whole 分值
    ("每超支十万元扣1分", "5"),  # a block in Chinese numerals: not read as one 万元
])
def test_no_blocks_of_money_where_none_are_counted(text, weight):
    p = propose(text, weight, "资金")
    assert not any("的个数录入" in u for u in p.unplaced), (p.summary, p.unplaced)

"""Rates, lines and bands: a fourth round of wordings the proposer reads by their shape.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus). Each class
is tried in several wordings; each proposal's type and parameters are checked and it is scored in a few situations;
near misses must not be read so, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, ratio, scored, scores, sole


# ── a line said in words of its own, then a step below it: 达标线扣分 ─────────
@pytest.mark.parametrize("text, line, step, per", [
    ("验收合格率95%起,每降低2%,扣1分。", "95", "2", "1"),  # the line the steps count from
    ("持证上岗比例 90%起，每降低 5%，扣 2 分", "90", "5", "2"),
    ("达标率达98%时得满分,每降低1%扣2分,扣完为止", "98", "1", "2"),  # “…时得满分”
    ("覆盖率90%(含90%)不扣分,每低1个百分点扣1分", "90", "1", "1"),  # full marks as nothing taken off
    ("资金到位率90%计满分,每欠2%扣1分,扣完为止", "90", "2", "1"),  # a shortfall “欠”
    ("完成年度计划任务计满分,每差欠1个百分点扣1分,扣完本项分为止", "100", "1", "1"),  # “差欠”, the target met
    ("回访率95%以上得满分,每差1个百分点扣0.5分,扣完为止", "95", "1", "0.5"),  # “差”
])
def test_a_line_said_in_words_then_a_step_below_it(text, line, step, per):
    p = propose(text, "10", "达标情况")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"], params["direction"]) == (line, step, per, "higher")
    top = int(line)
    assert scores(p, [100, top, top - int(step)]) == D(10, 10, 10 - float(per))


def test_a_rate_after_words_on_its_source_steps_down_from_100_to_check():
    p = propose("以年末在册人数和参保人数为准,参保率每降低1个百分点扣0.5分,扣完为止。", "10", "参保率")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"]) == ("100", "1", "0.5")
    assert not p.confident  # the line is not stated, and the words on the source are not placed
    assert scores(p, [100, 96, 70]) == D(10, 8, 0)


@pytest.mark.parametrize("text", [
    '"三清三改"中清理到位率每下降10%扣2分,低于80%不得分。',
    "“四好农村路”中养护达标率每下降10%扣2分",
])
def test_a_quoted_name_before_a_rate_with_its_step_steps_down_from_100(text):
    p = propose(text, "4", "整治")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"]) == ("100", "10", "2")
    assert not p.confident  # the line is not stated
    assert scores(p, [100, 90, 80, 70]) == D(4, 2, 0, 0)


@pytest.mark.parametrize("text, kind", [
    # a fault counted per place, a line named beside it: not a step below the line
    ("有积水,排水达标率低于95%,面积超过5平方米的每处扣2分", "deduction"),
    # “不扣分” beside a count of faults: a deduction per case, not a line
    ("资料齐全的不扣分,每缺1项扣1分,扣完为止", "deduction"),
    # “差错” is a fault counted, not a shortfall “差” below a line
    ("合格率95%以上得满分,工作差错每2次扣1分,扣完为止", "deduction"),
])
def test_near_misses_of_a_line_in_words_are_not_a_line(text, kind):
    p = propose(text, "10", "管理情况")
    assert p.kind != "threshold"
    assert p.kind == kind


def test_a_scored_clause_before_a_rate_step_is_no_word_on_its_source():
    p = propose("按时完成全部整改的,得1分;整改完成率每降低10个百分点扣0.5分,扣完为止", "2", "整改")
    assert not (p.kind == "threshold" and p.items[0]["params"]["full_at"] == "100")


def test_a_difference_either_way_is_not_a_shortfall():
    p = propose("实际值与目标值每相差1%扣1分,扣完为止", "10", "偏差")
    assert p.kind != "threshold" or p.items[0]["params"]["direction"] != "higher" or not p.confident


# ── a count reached (“达N家”) or a share of a named total reached, else nothing: two bands ──
@pytest.mark.parametrize("text, line, unit", [
    ("巡查企业数量达30家得2分,否则不得分", "30", "家"),
    ("年度宣传报道达10篇的,得2分;否则不得分", "10", "篇"),
    ("入户走访达200户得2分,否则不得分。", "200", "户"),
])
def test_a_count_reached_else_nothing_is_two_bands(text, line, unit):
    p = propose(text, "2", "工作开展情况")
    params = sole(p, "tiers")
    assert params["unit"] == unit and p.confident  # “达” settles that the line itself is reached
    n = int(line)
    assert scores(p, [n + 5, n, n - 1, 0]) == D(2, 2, 0, 0)


@pytest.mark.parametrize("text", [
    "固定资产管理、合同管理、内部审计、政府采购岗位工作人员全县(市、区)每年参加业务培训的人数达到上述人员编制数之和的30%得2分,否则不得分",
    "各乡镇每年接受技术培训的企业数量达到辖区企业总数30%得2分,否则不得分.",
])
def test_a_share_of_a_named_total_reached_else_nothing_is_two_bands(text):
    p = propose(text, "2", "培训情况")
    sole(p, "tiers")
    assert not p.confident  # the total the share is of is named in words: to check
    assert scores(p, [45, 30, 29.9, 0]) == D(2, 2, 0, 0)


@pytest.mark.parametrize("text", [
    "巡查企业达30家得1分,否则不得分",  # the points are not the 分值
    "巡查企业数量达30家得2分,否则扣1分",  # something other than nothing below the line
    "增长率高于全省平均水平10%得2分,否则不得分",  # 10 points above an average, not a line at 10%
])
def test_near_misses_of_a_line_reached_are_not_confident_bands(text):
    p = propose(text, "2", "工作开展情况")
    assert not (p.kind == "tiers" and p.confident)
    if p.kind == "tiers":
        assert p.items[0]["params"]["tiers"][0]["min"] != "10"


def shares(p, values, item=0):
    """The scores of a 比率计分 item when the share done is each of ``values`` (percent)."""
    return [scored(p, ratio(v), item) for v in values]


# ── the task done scores its points, a shortfall in proportion: 比率计分, one per task ──
@pytest.mark.parametrize("text", [
    "完成年度造林任务的计6分,不足的按比例扣分",
    "完成年度造林任务得6分；未完成的按比例扣分。",
    "完成年度造林任务的,计6分,达不到的按比例扣分",
])
def test_a_task_done_else_in_proportion_is_a_rate(text):
    p = propose(text, "6", "造林任务")
    params = sole(p, "rate")
    assert params["cap"] is True and p.confident
    assert shares(p, [100, 50, 120, 0]) == D(6, 3, 6, 0)


def test_two_tasks_each_done_else_in_proportion_are_two_rates():
    p = propose("完成良种推广计划得4分,未完成的按比例扣分;完成测土配方施肥任务得6分,达不到的按比例扣分", "10", "种植")
    assert [(it["type"], it["max"]) for it in p.items] == [("rate", "4"), ("rate", "6")]
    assert shares(p, [50], 0) == D(2) and shares(p, [80], 1) == D("4.8")


@pytest.mark.parametrize("text", [
    "凡按时完成镇下达任务的得满分,完不成任务按比例减分",
    "医疗救助5分;凡完成县下达任务的得满分,资金以拨付到户为准,完不成任务按比例减分",
])
def test_full_marks_for_the_task_done_and_less_in_proportion(text):
    p = propose(text, "5", "任务完成")
    sole(p, "rate")
    assert shares(p, [100, 40]) == D(5, 2)


def test_more_or_less_in_proportion_leaves_the_bonus_out_to_check():
    p = propose("凡完成年初下达任务的得满分,增减按比例加减分", "5", "任务完成")
    sole(p, "rate")
    assert not p.confident and any("加分未计入" in u for u in p.unplaced)
    assert shares(p, [100, 130, 60]) == D(5, 5, 3)


@pytest.mark.parametrize("text, weight", [
    ("完成年度造林任务的计6分,不足的按比例扣分", "8"),  # the points are not the 分值
    ("完成年度造林任务的计6分,未完成的扣3分", "6"),  # a fixed deduction, not in proportion
    ("完成年度造林任务的计6分,不足的酌情扣分", "6"),  # judged, not in proportion
])
def test_near_misses_of_a_task_in_proportion_are_not_a_sure_rate(text, weight):
    p = propose(text, weight, "造林任务")
    assert not (p.kind == "rate" and p.confident)


# ── a quotient times the 标准分值: 比率计分 ───────────────────────────────────
@pytest.mark.parametrize("text", [
    "考核得分=验收合格户数/抽查总户数×标准分值",
    "3、资料归档及时(2分)。得分=按时归档卷数/应归档卷数×标准分值。",
])
def test_a_quotient_times_the_standard_points_is_a_rate(text):
    p = propose(text, "2", "归档情况")
    params = sole(p, "rate")
    assert params["cap"] is True
    assert [scored(p, ratio(n, 50)) for n in ("50", "45", "0")] == D(2, "1.8", 0)


def test_a_quotient_taken_off_the_standard_points_is_not_the_score():
    p = propose("扣分=不合格户数/抽查总户数×标准分值", "2", "归档情况")
    assert not (p.kind == "rate" and p.confident)


# ── the price score of a bid: the base over the bid × the weight × 100 ─────
@pytest.mark.parametrize("text, weight", [
    ("价格分=(评标基准价/投标报价)×价格权值×100,价格权值=20%", "20"),
    ("投标报价得分=(评标基准价/投标报价)×40%×100", "40"),
    ("各投标人的价格得分按以下公式计算:价格得分=(评标基准价/投标报价)*10%*100", "10"),
])
def test_the_base_over_the_bid_times_a_weight_of_100_is_a_rate(text, weight):
    p = propose(text, weight, "价格分")
    params = sole(p, "rate")
    assert params["cap"] is True and params["numerator_label"] == "评标基准价"
    assert not p.confident  # a bid below the base is held at the 分值: to check
    w = int(weight)
    assert [scored(p, ratio(90, b)) for b in ("90", "100", "80")] == D(w, w * 0.9, w)


@pytest.mark.parametrize("text", [
    "价格分=(评标基准价/投标报价)×20%×100",  # a weight that is not the 分值 (30)
    "价格分=(评标基准价/投标报价)×价格权值×100",  # the weight never given
])
def test_a_price_formula_whose_weight_is_not_the_points_is_not_a_rate(text):
    p = propose(text, "30", "价格分")
    assert p.kind != "rate"


# ── a requirement that is a line on a figure, no score said: two bands, to check ──
@pytest.mark.parametrize("text, unit, values, want", [
    ("落实配套资金50万元以上", "万元", [80, 50, 49], (4, 4, 0)),
    ("参加技能培训的农户不少于30%", "%", [45, 30, 29], (4, 4, 0)),
    ("2、年内发生安全事故在3次(含)以下(分值4分);", "次", [0, 3, 4], (4, 4, 0)),
    ("开展入户宣传不少于200户", "户", [200, 199], (4, 0)),
    ("群众投诉不超过5次", "次", [5, 6], (4, 0)),
])
def test_a_requirement_that_is_a_line_scores_the_points_on_its_side(text, unit, values, want):
    p = propose(text, "4", "工作落实")
    params = sole(p, "tiers")
    assert params["unit"] == unit
    assert not p.confident and any("未说明计分" in u for u in p.unplaced)
    assert scores(p, values) == D(*want)


@pytest.mark.parametrize("text", [
    "种植面积是否达到1000亩以上",  # a question: yes or no
    "落实配套资金50万元以上,人员到位",  # a second requirement beside the line
    "落实配套资金50万元",  # no side said
    "验收合格率不低于95%",  # a rate and its line: a target value, how it scores not said
])
def test_near_misses_of_a_bare_line_are_not_read_as_one(text):
    p = propose(text, "4", "工作落实")
    assert p.kind != "tiers"


# ── the target met for the 分值, then shares of the target for less: bands on the share ──
@pytest.mark.parametrize("text", [
    "(1)达到计划数的,得10分;(2)达到计划数的90%及以上,得8分;(3)达到计划数的80%及以上,得6分;(4)未达到计划数的80%的,不得分",
    "达到目标值的,得10分;达到目标值的90%及以上,得8分;达到目标值的80%及以上,得6分;未达到目标值的80%,不得分。",
    "符合标准的,得10分;达到标准的90%及以上,得8分;达到标准的80%及以上,得6分;未达到标准的80%的,不得分",
    "(1)达到计划数的,得10分;(2)达到计划数90%的,得8分;(3)达到计划数80%的,得6分;(4)未达到计划数80%的,不得分",  # “计划数90%”
])
def test_the_target_met_then_shares_of_it_are_bands(text):
    p = propose(text, "10", "目标完成")
    sole(p, "tiers")
    assert scores(p, [100, 120, 95, 85, 70]) == D(10, 10, 8, 6, 0)


def test_the_target_met_for_less_than_the_points_is_not_the_top_band():
    p = propose("(1)达到目标值的,得8分;(2)达到目标值的90%及以上,得6分;(3)未达到目标值的90%的,不得分", "10", "目标完成")
    assert not p.confident


# ── a rate named with its points, scored in proportion: 比率计分 per rate ──────
def test_rates_each_with_their_points_in_proportion_are_rates():
    p = propose("即时办结率满分20分,按百分比扣分;群众满意率满分10分,按百分比扣分。", "30", "服务质量")
    assert [(it["type"], it["max"]) for it in p.items] == [("rate", "20"), ("rate", "10")]
    assert not p.confident  # “按百分比扣分”: the share missing taken off, read as the rate × points
    assert shares(p, [90, 100, 130], 0) == D(18, 20, 20) and shares(p, [85], 1) == D("8.5")


@pytest.mark.parametrize("text", ["资金到位率10分,按比例计分", "资金到位率满分10分,按百分比扣分"])
def test_a_rate_with_its_points_in_proportion_is_a_rate(text):
    p = propose(text, "10", "资金到位")
    sole(p, "rate")
    assert shares(p, [75, 100]) == D("7.5", 10)


@pytest.mark.parametrize("text, weight", [
    ("资金到位率10分,按比例计分", "8"),  # the points are not the 分值
    ("资金到位率满分10分,酌情扣分", "10"),  # judged
])
def test_near_misses_of_a_rate_with_its_points_are_not_a_sure_rate(text, weight):
    p = propose(text, weight, "资金到位")
    assert not (p.kind == "rate" and p.confident)


# ── time past a limit: a deduction at one step, twice it at two, and so on ──
@pytest.mark.parametrize("text, step, per, unit", [
    ("超过规定3个工作日扣0.5分,6个工作日扣1分,以此类推,直至扣完", "3", "0.5", "工作日"),
    ("报送资料逾期2天扣1分,逾期4天扣2分,依次类推,扣完为止。", "2", "1", "天"),
    ("延迟1个月扣0.5分;延迟2个月扣1分;以此类推", "1", "0.5", "个月"),
])
def test_time_past_a_limit_stepping_in_equal_deductions_is_a_line(text, step, per, unit):
    p = propose(text, "2", "报送时效")
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"], params["step"], params["deduct"], params["unit"]) == \
        ("0", "lower", step, per, unit)
    assert not p.confident  # part of a step is not said
    n = int(step)
    assert scores(p, [0, n, 2 * n, 10 * n]) == D(2, 2 - float(per), 2 - 2 * float(per), 0)


@pytest.mark.parametrize("text", [
    "超过规定3个工作日扣0.5分,6个工作日扣2分,以此类推",  # not one equal step
    "超过规定3个工作日扣0.5分,6个工作日扣1分",  # no “and so on”: two cases only
])
def test_time_past_a_limit_in_unequal_steps_is_not_one_step(text):
    p = propose(text, "2", "报送时效")
    assert not (p.kind == "threshold" and p.confident)
    if p.kind == "threshold":
        assert p.items[0]["params"].get("step") != "3"


# ── points at a line and a step either way: the step below the line, the bonus above left out ──
@pytest.mark.parametrize("text, line, per", [
    ("粮食产量较上年增长5%的得10分,每增(减)1个百分点加(减)2分", "5", "2"),
    ("产业发展有特色,特色产业占比达到40%的得10分,每增(减)1个百分点加(减)1分。", "40", "1"),
])
def test_a_line_with_a_step_either_way_is_read_below_the_line(text, line, per):
    p = propose(text, "10", "产业发展")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"], params["direction"]) == (line, "1", per, "higher")
    assert not p.confident and any("加分未计入" in u for u in p.unplaced)
    x = int(line)
    assert scores(p, [x + 3, x, x - 2]) == D(10, 10, 10 - 2 * int(per))


@pytest.mark.parametrize("text", [
    "粮食产量较上年增长5%的得8分,每增(减)1个百分点加(减)2分",  # the line's points are not the 分值
    "粮食产量较上年增长5%的得10分,每增1个百分点加2分",  # a bonus only, no step below
])
def test_near_misses_of_a_step_either_way_are_not_read_so(text):
    p = propose(text, "10", "产业发展")
    assert not (p.kind == "threshold" and p.confident)
    if p.kind == "threshold":
        assert p.items[0]["params"]["deduct"] != "2" or p.items[0]["params"]["full_at"] != "5"


# ── a rate counted from named figures, then scored by itself ──────────────────
@pytest.mark.parametrize("text", [
    "根据年末参保人数和户籍人口数计算参保率,按其比率计分。",
    "以实际入学人数和适龄儿童数计算入学率,按其比率赋分",
])
def test_a_rate_counted_from_figures_then_scored_by_it_is_a_rate(text):
    p = propose(text, "10", "覆盖情况")
    sole(p, "rate")
    assert not p.confident  # how the rate is counted from the figures is to check
    assert shares(p, [92, 100, 105]) == D("9.2", 10, 10)


def test_a_rate_counted_then_judged_is_not_a_rate():
    p = propose("根据年末参保人数和户籍人口数计算参保率,按其比率酌情评分", "10", "覆盖情况")
    assert p.kind != "rate"


# ── a line alone in the clause before its step, full marks implied: “预算执行率≥95%,每低1个百分点扣0.5分” ─────────────
@pytest.mark.parametrize("text, values, want", [
    ("预算执行率≥95%,每低1个百分点扣0.5分,扣完为止", [100, 95, 94, 90, 70], (10, 10, 9.5, 7.5, 0)),
    ("预算执行率达到95%,每低于1个百分点扣0.5分,扣完为止", [100, 95, 94, 90, 70], (10, 10, 9.5, 7.5, 0)),
    ("资金到位率95%以上,每降低1个百分点扣0.5分,扣完为止", [100, 95, 94, 90, 70], (10, 10, 9.5, 7.5, 0)),
    ("差错率不超过2%,每超过1个百分点扣0.5分,扣完为止", [0, 2, 3, 6, 40], (10, 10, 9.5, 8, 0)),
    ("差错率控制在2%以内,每超过1个百分点扣0.5分,扣完为止", [0, 2, 3, 6, 40], (10, 10, 9.5, 8, 0)),
    ("差错率2%以下,每增加1个百分点扣0.5分,扣完为止", [0, 2, 3, 6, 40], (10, 10, 9.5, 8, 0)),
])
def test_a_line_alone_before_its_step_is_where_full_marks_end(text, values, want):
    p = propose(text, "10", "执行率")
    assert sole(p, "threshold")
    assert scores(p, values) == D(*want)


@pytest.mark.parametrize("text", [
    "预算执行率≥95%,每超过1个百分点扣0.5分,扣完为止",  # at least, then a step above: the two point apart
    "差错率不超过2%,每低于1个百分点扣0.5分,扣完为止",  # at most, then a step below
    "预算执行率达到95%得8分,每低于1%扣0.5分",  # the line scores less than the 分值
])
def test_a_line_pointing_away_from_its_step_is_no_such_line(text):
    p = propose(text, "10", "执行率")
    assert not (p.kind == "threshold" and p.confident), (p.summary, p.unplaced)

"""Rates, bands and thresholds by the shape of their wording, in many spellings — read exactly, or left to check.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus), each class
in several wordings (punctuation, numbering, 得/计/no verb, Chinese numerals). Each proposal's type, parameters
and confidence are checked and it is scored in a few situations; each class has near misses that must not be
read that way, or not with confidence.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import ratio, scored, types


def value(v):
    return {"value": str(v)}


def rows(actual, target):
    return {"rows": [{"target": str(target), "actual": str(actual)}]}


# ── a rate times the 分值, in either order, however the rate is given ───────────
@pytest.mark.parametrize("text", [
    "得分(10分*执行率)",
    "得分=10分×预算执行率",
    "得分＝分值×预算执行率",
    "（10分×资金执行率）",
    "考核得分=10×资金执行率",
])
def test_points_times_a_named_rate(text):
    p = propose(text, "10", "预算执行率")
    assert types(p) == ["rate"] and p.confident, p.unplaced
    assert scored(p, ratio(85)) == Decimal("8.5")
    assert scored(p, ratio(120)) == 10  # never above the 分值


@pytest.mark.parametrize("text, num, den", [
    ("按照10分乘以实际完成数占计划数的比例计分", "实际完成数", "计划数"),
    ("进度。进度按照10分乘以完成投资占年度计划的比;", "完成投资", "年度计划"),
    ("得分=已验收项目数÷计划项目数×10,最高得10分", "已验收项目数", "计划项目数"),
    ("项目进度分值=当年开工项目数/当年计划开工项目数*10,最高10分。", "当年开工项目数", "当年计划开工项目数"),
    ("评分=(实际到位资金/计划资金)×10", "实际到位资金", "计划资金"),
])
def test_points_times_a_quotient_or_share(text, num, den):
    p = propose(text, "10", "进度")
    assert types(p) == ["rate"] and p.confident, p.unplaced
    params = p.items[0]["params"]
    assert (params["numerator_label"], params["denominator_label"]) == (num, den)
    assert scored(p, ratio(3, 4)) == Decimal("7.5")
    assert scored(p, ratio(5, 4)) == 10


@pytest.mark.parametrize("text", [
    "产业契合度=新引进产业项目个数/新引进项目数;得分=产业契合度×分值",
    "达标度=达标站点数/监测站点数,得分=达标度*该项分值",
])
def test_a_name_the_text_defines_as_a_quotient(text):
    p = propose(text, "20", "")
    assert types(p) == ["rate"] and p.confident, p.unplaced
    assert scored(p, ratio(3, 5)) == 12


@pytest.mark.parametrize("text", [
    "以实际评定的好路率X20",
    "以实际评定的优良率x20。",
])
def test_a_latin_x_for_the_sign_times(text):
    p = propose(text, "20", "")
    assert types(p) == ["rate"]
    assert scored(p, ratio(90)) == 18


@pytest.mark.parametrize("text, weight", [
    ("得分=执行率×8", "10"),  # a multiplier that is not the 分值
    ("得分(8分*执行率)", "10"),
    ("得分=质量系数×分值", "10"),  # a name that is no rate, not defined by the text
    ("得分=已完成项目数÷计划项目数×10,最高得8分", "10"),  # a cap that is not the 分值
])
def test_products_that_are_not_the_rate_times_the_points(text, weight):
    p = propose(text, weight, "执行率")
    assert not (types(p) == ["rate"] and p.confident), p.items


@pytest.mark.parametrize("text", [
    "扣分值=未完成项目数/计划项目数×10",  # what is taken off, not the score
    "应扣分数=未完成数/计划数*10",
    "扣减分值=10分×未完成率",
    "得分=10分×未完成率",
])
def test_a_product_that_takes_points_off_is_not_the_rate(text):
    p = propose(text, "10", "")
    assert types(p) != ["rate"]


def test_a_product_with_a_condition_beside_it_is_to_check():
    p = propose("得分(10分*执行率),资金未经批复的不得分", "10", "执行率")
    assert not p.confident


# ── full at 100%, the rate's share of the 分值 below it ──────────────────────
@pytest.mark.parametrize("text", [
    "预算执行率达到100%的，得10分；低于100%的，按比例得分。",
    "预算执行率≥100%,得满分;预算执行率<100%的,按实际比例计分",
    "预算执行率达100%得满分，未达到的按预算执行率计分",
    "(1)预算执行率达到100%的得满分,低于100%的按比例计分",
    "预算执行率为100%的,计10分;未达100%的,按比例计算得分",
])
def test_full_at_100_then_in_proportion(text):
    p = propose(text, "10", "预算执行率")
    assert types(p) == ["rate"] and p.confident, p.unplaced
    assert scored(p, ratio(92)) == Decimal("9.2")
    assert scored(p, ratio(100)) == 10


def test_in_proportion_within_a_range_of_the_points_is_to_check():
    p = propose("年度支出执行率达到或超过100%的得100分,支出执行率低于100%的,按比例在0-100分之间评分。", "100", "")
    assert types(p) == ["rate"] and not p.confident  # “0-100分之间” reads as judgement words too
    assert scored(p, ratio(87)) == 87


@pytest.mark.parametrize("text", [
    "预算执行率为100%的,得满分;低于100%的,按比例在0-60分之间评分",  # a range that is not the 分值's
    "资金到位率达到100%得满分,未达到的按执行率计分",  # the share of another rate
])
def test_full_then_share_near_misses(text):
    p = propose(text, "100", "")
    assert not (types(p) == ["rate"] and p.confident), p.items


# ── work left undone, in proportion ─────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "根据目标任务的完成情况进行考评,达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分。",
    "全部落实到位的得满分,出现未落实的按比例扣分。",
    "资金全部拨付到位得20分，未拨付到位的部分按比例扣减",
])
def test_work_left_undone_in_proportion_is_the_share_done_to_check(text):
    p = propose(text, "20", "任务完成")
    assert types(p) == ["completion"] and not p.confident
    assert scored(p, rows(3, 4)) == 15
    assert scored(p, rows(4, 4)) == 20


def test_left_undone_is_not_read_where_a_share_is_scored_not_deducted():
    # “按比例得分” after a line on a rate is the rate's own reading, confident
    p = propose("验收合格率达到100%的得满分,未达到的按比例得分", "6", "验收合格率")
    assert types(p) == ["rate"] and p.confident, p.unplaced


# ── shares listed with their share of the 分值, and so on down ──────────────
@pytest.mark.parametrize("text", [
    "完成年度计划目标得10分,完成目标的90%得9分,完成80%得8分,依次类推。",
    "达到目标值的100%得10分；达到90%的，计9分；80%的，计8分；以此类推",
    "全部完成任务的得10分;完成90%的得9分;完成80%的得8分;依此类推",
])
def test_a_ladder_in_proportion_is_the_rate_to_check(text):
    p = propose(text, "10", "目标完成")
    assert types(p) == ["rate"] and not p.confident
    assert scored(p, ratio(9, 10)) == 9
    assert scored(p, ratio(3, 5)) == 6
    assert scored(p, ratio(6, 5)) == 10


@pytest.mark.parametrize("text", [
    "完成100%得10分,完成90%得8分,依次类推",  # 8 is not 90% of 10: a step, not the share
    "完成年度计划目标得10分,完成目标的90%得9分,完成80%得8分。",  # no “and so on”: bands
])
def test_ladder_near_misses_are_not_the_rate(text):
    p = propose(text, "10", "目标完成")
    assert types(p) != ["rate"]


# ── targets each with its points, one clause in proportion ──────────────────
@pytest.mark.parametrize("text", [
    "完成市下达的年度税收任务的得5分,完成年度非税收入任务的得10分,没有完成任务按比例得分。",
    "完成全年招商任务得5分;完成全年项目开工任务得10分;未完成的按比例计分",
])
def test_targets_each_in_proportion(text):
    p = propose(text, "15", "")
    assert types(p) == ["rate", "rate"]
    assert [it["max"] for it in p.items] == ["5", "10"]
    assert scored(p, ratio(90, 100), 0) == Decimal("4.5")
    assert scored(p, ratio(120, 100), 0) == 5
    assert scored(p, ratio(3, 4), 1) == Decimal("7.5")


def test_targets_whose_points_do_not_make_the_weight_are_not_split():
    p = propose("完成年度税收任务的得5分,完成非税收入任务的得8分,没有完成任务按比例得分。", "15", "")
    assert types(p) != ["rate", "rate"] or not p.confident


# ── a threshold whose line is stated as the shortfall, or as the task met ───
@pytest.mark.parametrize("text, full_at", [
    ("收缴率未达100%的,每低1个百分点扣1分,扣完为止。", "100"),
    ("资金到位率未达到100%的，每低一个百分点扣0.5分，扣完为止", "100"),
    ("(2)验收合格率低于95%时,每降低1%扣0.5分,扣完为止", "95"),
    ("覆盖率不足90%的，每低1个百分点扣0.5分，扣完为止。", "90"),
])
def test_the_line_stated_as_where_the_shortfall_starts(text, full_at):
    p = propose(text, "5", "")
    assert types(p) == ["threshold"] and p.confident, p.unplaced
    params = p.items[0]["params"]
    assert (params["full_at"], params["direction"], params["inclusive"]) == (full_at, "higher", True)
    line = Decimal(full_at)
    assert scored(p, value(line)) == 5
    assert scored(p, value(line - 4)) == 5 - 4 * Decimal(params["deduct"])
    assert scored(p, value(line - 40)) == 0


@pytest.mark.parametrize("text, weight", [
    ("完成年度改造计划任务(户数)得15分,每减少10%扣2分。", "15"),
    ("完成年度任务的得10分;每少完成5%扣1分,扣完为止", "10"),
    ("巡查未达到规定户次数,每下降2%扣0.5分,最高扣10分。", "10"),
    ("未完成计划任务的,每低于计划2个百分点扣1分,扣完为止", "10"),
])
def test_the_line_is_the_task_met_in_percent_of_it_to_check(text, weight):
    p = propose(text, weight, "")
    assert types(p) == ["threshold"] and not p.confident
    params = p.items[0]["params"]
    assert (params["full_at"], params["direction"], params["unit"]) == ("100", "higher", "%")
    w = Decimal(weight)
    step, per = Decimal(params["step"]), Decimal(params["deduct"])
    assert scored(p, value(100)) == w
    assert scored(p, value(100 - 2 * step)) == w - 2 * per


def test_two_tasks_each_with_its_step():
    p = propose("完成村庄河塘清淤计划任务(个数)得15分,每减少10%扣2分。完成河道疏浚计划任务(个数)得10分,每减少10%扣2分。",
                "25", "")
    assert types(p) == ["threshold", "threshold"]
    assert scored(p, value(80), 0) == 11 and scored(p, value(70), 1) == 4


@pytest.mark.parametrize("text", [
    "农业技术到位率不低于95%的,得2.5分;每减少1个百分点,扣0.5分;低于90%不得分。",
    "到位率≥95%得2.5分，每低1个百分点扣0.5分，不足90%的不得分",
    "到位率≥95%得2.5分，每低1个百分点扣0.5分，低于85%不得分",  # below where the steps already took it all
])
def test_a_closing_cliff_where_the_steps_have_taken_the_points(text):
    p = propose(text, "2.5", "")
    assert types(p) == ["threshold"]
    assert not p.confident  # the cliff is a second statement of 0, left to check
    assert scored(p, value(93)) == Decimal("1.5")
    assert scored(p, value(89)) == 0


def test_a_shortfall_line_below_the_full_line_is_to_check():
    # between 90% and 95% the text says nothing: the figure 90 is not placed by a line at 95
    p = propose("≥95%得满分;低于90%的,每低1%扣1分,扣完为止", "5", "")
    assert not p.confident


def test_a_cliff_above_where_the_steps_end_is_not_the_threshold():
    p = propose("到位率≥95%得2.5分，每低1个百分点扣0.5分，低于92%不得分", "2.5", "")
    assert types(p) != ["threshold"] and not p.confident


# ── bands on a counted or measured figure ───────────────────────────────────
@pytest.mark.parametrize("text", [
    "5年以上(含5年)的,得5分;3年至5年的,得3分;不足3年的,得1分",
    # signs before figures in years: never read as percentages (“<5年” is not a band below 5%)
    "经营年限≥5年，5分；3年≤经营年限＜5年，3分；经营年限＜3年，1分",
])
def test_bands_of_years_read_whole(text):
    p = propose(text, "5", "经营年限")
    assert types(p) == ["tiers"] and p.confident, p.unplaced
    assert p.items[0]["params"]["unit"] == "年"
    assert [scored(p, value(v)) for v in (8, 5, 4, 3, 1)] == [5, 5, 3, 3, 1]


@pytest.mark.parametrize("text", [
    "按照企业注册年限,5年及以上得5分,3-5年得3分,3年以下得1分。",
    "从业年限五年以上得5分，三年至五年得3分，三年以下得1分",
])
def test_bands_whose_shared_end_is_claimed_twice_are_to_check(text):
    p = propose(text, "5", "经营年限")
    assert types(p) == ["tiers"] and not p.confident
    assert [scored(p, value(v)) for v in (8, 4, 1)] == [5, 3, 1]


@pytest.mark.parametrize("text", [
    "1-3次,得4分;4-6次,得2分;7次及以上不得分",
    "①发生1至3次：4分；②发生4-6次：2分；③发生7次以上：0分",
])
def test_bands_of_cases_leave_none_to_check(text):
    p = propose(text, "4", "迟报次数")
    assert types(p) == ["tiers"] and not p.confident  # no case at all is not said
    assert [scored(p, value(v)) for v in (3, 4, 6, 9)] == [4, 2, 2, 0]


@pytest.mark.parametrize("text", [
    "全年按时报送的,得6分;迟报1-2次的,得4分;迟报3-5次的,得2分;迟报6次及6次以上的,不得分。",
    "未发生迟报的得6分;迟报1至2次的得4分;迟报3至5次的得2分;迟报6次以上的不得分",
])
def test_a_band_of_none_before_bands_of_cases(text):
    p = propose(text, "6", "迟报")
    assert types(p) == ["tiers"] and not p.confident
    tiers = p.items[0]["params"]["tiers"]
    assert (tiers[0]["min"], tiers[0]["max"], tiers[0]["score"]) == ("0", "0", "6")
    assert [scored(p, value(v)) for v in (0, 2, 3, 5, 6, 12)] == [6, 4, 2, 2, 0, 0]


def test_counts_ranged_and_alone():
    p = propose("项目个数≥5个,得6分;3-4个,得4分;1-2个,得2分;0个,不得分", "6", "项目个数")
    assert types(p) == ["tiers"] and p.confident, p.unplaced
    assert [scored(p, value(v)) for v in (7, 5, 3, 2, 0)] == [6, 6, 4, 2, 0]
    p = propose("开展培训3次及以上得6分;开展2次得4分;开展1次得2分;未开展不得分", "6", "培训")
    assert types(p) == ["tiers"]
    assert [scored(p, value(v)) for v in (4, 2, 1, 0)] == [6, 4, 2, 0]


@pytest.mark.parametrize("text", [
    "年度计划投资10亿元以上20分,5亿元(含5亿元)至10亿元15分,1亿元(含1亿元)至5亿元8分,1亿元以下3分。",
    "年度计划投资10亿元以上的得20分;5亿元(含)-10亿元的得15分;1亿元(含)-5亿元的得8分;1亿元以下的得3分",
])
def test_bands_of_amounts_with_their_own_ends_claimed(text):
    p = propose(text, "20", "年度计划投资")
    assert types(p) == ["tiers"]
    assert p.items[0]["params"]["unit"] == "亿元"
    assert [scored(p, value(v)) for v in (12, 10, 5, "7.5", 1, "0.6")] == [20, 20, 15, 15, 8, 3]


@pytest.mark.parametrize("text, weight", [
    ("2项均满足，得3分;1项满足，得1分", "3"),  # counts each named alone: situations, not bands
    ("1-3次,得4分;4-6次,得2分;7次及以上不得分", "5"),  # the best band is not the 分值
    ("3次以上得4分;2-5次得2分;1次得1分", "4"),  # bands that overlap
])
def test_counted_band_near_misses(text, weight):
    p = propose(text, weight, "")
    assert not (types(p) == ["tiers"] and p.confident), p.items


# ── bands listed first, their scores after them ─────────────────────────────
@pytest.mark.parametrize("text", [
    "规模。按单个项目年度投资计划10亿元以上、5-10亿元、1-5亿元、亿元以下分别加20、10、6、3分;",
    "单个项目投资10亿元以上、5-10亿元、1-5亿元、1亿元以下的，分别得20分、10分、6分、3分",
])
def test_bands_then_their_scores_in_order(text):
    p = propose(text, "20", "项目规模")
    assert types(p) == ["tiers"]
    assert [scored(p, value(v)) for v in (12, "7.5", 2, "0.6")] == [20, 10, 6, 3]


def test_shares_then_their_scores_in_order():
    p = propose("完成率90%以上、80%-90%、80%以下的,分别得20分、12分、0分", "20", "任务完成率")
    assert types(p) == ["tiers"] and not p.confident  # 80% is claimed by 80%-90% and by 80%以下
    assert [scored(p, ratio(95)) if p.items[0]["params"]["input"] == "ratio" else scored(p, value(95))][0] == 20


def test_listed_bands_and_scores_that_differ_in_number_are_not_read():
    p = propose("10亿元以上、5-10亿元、1-5亿元分别得20、10分", "20", "")
    assert types(p) != ["tiers"] or not p.confident


# ── a band's points however they are marked ─────────────────────────────────
@pytest.mark.parametrize("text", [
    "完成率≥95%(20分);90%≤完成率<95%(15分);完成率<90%(0分)",
    "完成率≥95%，20分；完成率90%(含)-95%，15分；完成率低于90%，0分",
    "（1）≥95%，20分；（2）90%-95%（不含），15分；（3）＜90%，0分",
    "完成率95%以上（含95%）计20分，90%（含）至95%计15分，低于90%不计分",
])
def test_band_points_marked_every_way(text):
    p = propose(text, "20", "")
    assert types(p) == ["tiers"] and p.confident, p.unplaced
    assert [scored(p, value(v)) for v in (98, 95, 92, 90, 80)] == [20, 20, 15, 15, 0]


@pytest.mark.parametrize("text", [
    "高于上年决算数的30%(包括30%)得4分,高于上年决算数的20%(包括20%)得3分,高于上年决算数的10%(包括10%)得2分,高于上年决算数10%以内的得1分。",
    "增幅达到30%(含30%)以上得4分;增幅达到20%(含20%)以上得3分;增幅达到10%(含10%)以上得2分;增长10%以内得1分",
])
def test_bands_claiming_their_own_line_and_the_band_within(text):
    p = propose(text, "4", "")
    assert types(p) == ["tiers"]
    assert [scored(p, value(v)) for v in (35, 30, 20, 15, 10, 6)] == [4, 4, 3, 2, 2, 1]


def test_whole_percentages_one_apart_leave_no_gap():
    p = propose("合格率100%得10分;95%-99%得8分;90%-94%得5分;低于90%得0分", "10", "")
    assert types(p) == ["tiers"]
    assert [scored(p, value(v)) for v in (100, "99.5", 95, "94.5", 90, 85)] == [10, 8, 8, 5, 5, 0]


@pytest.mark.parametrize("text", [
    "培训完成率100%,资料齐全。4;培训完成率80-99%,资料较齐全 3;培训完成率60-79%,资料基本齐全 2;培训完成率<60% 1",
    "入户指导率100%,平均每年入户20次以上 4;入户指导率80-99% 3;入户指导率<80% 1",
])
def test_band_scores_joined_to_their_words_are_read_to_check(text):
    p = propose(text, "4", "")
    assert types(p) == ["tiers"] and not p.confident
    assert [scored(p, value(v)) for v in (100, "99.5", 85)] == [4, 3, 3]


def test_joined_scores_not_read_where_a_band_has_none():
    p = propose("培训完成率100%,资料齐全 4;培训完成率80-99%,资料较齐全;培训完成率<80% 1", "4", "")
    assert not (types(p) == ["tiers"] and p.confident)


# ── a line or nothing, numbered, on a share of a requirement ────────────────
@pytest.mark.parametrize("text", [
    "(1)辖区内污水处理厂运行负荷达到设计能力的60%,得1分,否则不得分。",
    "2、病床使用率达到85%以上的,得1分;否则不得分",
])
def test_line_or_nothing_numbered(text):
    p = propose(text, "1", "")
    assert types(p) == ["tiers"]
    line = Decimal(p.items[0]["params"]["tiers"][0]["min"])
    assert scored(p, value(line)) == 1 and scored(p, value(line - 1)) == 0


# ── full from a line on a count, a step per whole unit, a cliff ─────────────
@pytest.mark.parametrize("text, weight, line, cliff", [
    ("成立10年以上的10分;3-10年以下每少一年减1分;3年以下不得分。", "10", 10, 3),
    ("从业人员20人及以上得满分,每少1人扣1分,不足15人不得分", "10", 20, 15),
])
def test_line_step_and_cliff_on_a_count(text, weight, line, cliff):
    p = propose(text, weight, "")
    assert types(p) == ["tiers"] and not p.confident
    w = Decimal(weight)
    assert scored(p, value(line + 2)) == w
    assert scored(p, value(line - 2)) == w - 2
    assert scored(p, value(cliff)) == w - (line - cliff)
    assert scored(p, value(cliff - 1)) == 0


def test_line_step_cliff_whose_steps_go_below_nothing_is_not_read():
    p = propose("从业人员20人及以上得满分,每少1人扣2分,不足10人不得分", "10", "")
    assert types(p) != ["tiers"] or not p.confident


# ── the same shapes however the points and stops are marked ─────────────────
@pytest.mark.parametrize("text", [
    "牛羊免疫密度100%(5分);每降1%扣0.5分,扣完为止。",
    "免疫密度100%，5分；每降1%扣0.5分，扣完为止.",
    "(2)免疫密度达到100%的得5分;每降1%扣0.5分,扣完为止",
    "2、免疫密度100%得五分，每降低1个百分点扣零点五分，扣完为止。",
])
def test_threshold_points_and_stops_marked_every_way(text):
    p = propose(text, "5", "")
    assert types(p) == ["threshold"] and p.confident, p.unplaced
    params = p.items[0]["params"]
    assert (params["full_at"], params["step"], params["deduct"]) == ("100", "1", "0.5")
    assert scored(p, value(96)) == 3


@pytest.mark.parametrize("text", [
    "完成年度计划目标，10分,完成目标的90%，9分,完成80%，8分,依次类推。",
    "完成年度计划目标（10分）,完成目标的90%（9分）,完成80%（8分）,依次类推.",
])
def test_ladder_points_marked_every_way(text):
    p = propose(text, "10", "目标完成")
    assert types(p) == ["rate"]
    assert scored(p, ratio(85)) == Decimal("8.5")


@pytest.mark.parametrize("text", [
    "完成市下达的年度税收任务的（5分）,完成年度非税收入任务的（10分）,没有完成任务按比例得分.",
    "完成市下达的年度税收任务的，5分；完成年度非税收入任务的，10分；没有完成任务按比例得分。",
])
def test_targets_points_marked_every_way(text):
    p = propose(text, "15", "")
    assert types(p) == ["rate", "rate"]
    assert scored(p, ratio(1, 2), 1) == 5


@pytest.mark.parametrize("text", [
    "征收率达到90%以上（1分）,否则（0分）",
    "(3)征收率达到90%以上,1分;否则,不得分.",
    "征收率达到90%以上者，1分,低于90%，0分。",
])
def test_line_or_nothing_marked_every_way(text):
    p = propose(text, "1", "")
    assert types(p) == ["tiers"]
    assert scored(p, value(90)) == 1 and scored(p, value(89)) == 0


def test_bands_with_commas_inside_and_between():
    p = propose("重点支出安排率≥90%,计5分,80%(含)-90%,计4分,70%(含)-80%,计3分,60%(含)-70%,计2分,低于60%不得分。", "5", "")
    assert types(p) == ["tiers"] and p.confident, p.unplaced
    assert [scored(p, value(v)) for v in (92, 90, 85, 75, 60, 50)] == [5, 5, 4, 3, 2, 0]


def test_a_bare_score_run_into_the_next_band():
    # the cells of a table joined without a mark: “…,1分培训率<90%…”
    p = propose("培训率≥95%,得满分培训率≥90%,1分培训率<90%,不得分", "2", "")
    assert types(p) == ["tiers"]
    assert [scored(p, value(v)) for v in (96, 92, 80)] == [2, 1, 0]


def test_a_row_number_with_no_next_number_is_not_a_part():
    p = propose("1、10年以上的10分;3-10年以下每少1年减1分;3年以下不得分。", "10", "")
    assert types(p) == ["tiers"]
    assert scored(p, value(7)) == 7
    # “1.…2.…”: numbers of parts stay
    p = propose("1.资金到位率达到100%的得5分,低于100%的按比例计分;2.预算执行率达到100%的得5分,低于100%的按比例计分", "10", "")
    assert types(p) == ["rate", "rate"]


# ── a delay with a bonus for being early, capped at the 分值 ─────────────────
@pytest.mark.parametrize("text", [
    "6月底前完成得10分,每提前或推迟1天加扣1分",
    "按期完成得10分，每提前或推迟一天加扣1分，扣完为止。",
])
def test_early_or_late_by_the_day_is_a_delay_to_check(text):
    p = propose(text, "10", "")
    assert types(p) == ["delay"] and not p.confident
    assert scored(p, {"delay": "0"}) == 10
    assert scored(p, {"delay": "3"}) == 7
    assert scored(p, {"delay": "12"}) == 0


# ── a ladder of equal steps, and so on: a step of points per step of the share ──
@pytest.mark.parametrize("text", [
    "完成率100%得10分，完成率90%得8分，以此类推",
    "完成年度目标得10分;完成90%得7分;完成80%得4分;依次类推",
])
def test_a_ladder_of_equal_steps_is_a_stepwise_threshold_to_check(text):
    p = propose(text, "10", "")
    assert types(p) == ["threshold"] and not p.confident
    params = p.items[0]["params"]
    assert (params["full_at"], params["step"], params["stepwise"]) == ("100", "10", True)
    per = Decimal(params["deduct"])
    assert scored(p, value(100)) == 10
    assert scored(p, value(90)) == 10 - per
    assert scored(p, value(95)) == 10 - per  # a step begun counts whole
    assert scored(p, value(80)) == 10 - 2 * per


def test_a_ladder_of_unequal_steps_is_not_read_as_bands():
    p = propose("完成率100%得10分，完成率90%得8分，完成率80%得3分，以此类推", "10", "")
    assert types(p) not in (["tiers"], ["threshold"], ["rate"])


def test_the_cap_said_with_the_indicator_points():
    p = propose("实际完成值÷计划值×该指标分值,最高不超过该指标分值", "10", "")
    assert types(p) == ["rate"] and p.confident, p.unplaced
    assert scored(p, ratio(120)) == 10


# ── a band with both its ends said in words; lines open below ───────────────
@pytest.mark.parametrize("text", [
    "合格率达95%及以上的计6分，达85%不足95%的计4分，不足85%的不计分",
    "合格率95%以上的计6分，85%以上不足95%的计4分，不足85%的不计分",
    "95%≤合格率,6分;85%≤合格率<95%,4分;合格率<85%,0分",
])
def test_a_band_bounded_on_both_sides_in_words(text):
    p = propose(text, "6", "")
    assert types(p) == ["tiers"]
    assert [scored(p, value(v)) for v in (96, 95, 90, 85, 80)] == [6, 6, 4, 4, 0]


def test_lines_open_below_the_narrowest_holds_its_values_to_check():
    p = propose("合格率95%以上的计6分，不足95%的计4分，不足85%的不计分", "6", "")
    assert types(p) == ["tiers"] and not p.confident
    assert [scored(p, value(v)) for v in (96, 90, 80)] == [6, 4, 0]


# ── a threshold's step with 减, and its line standing alone before it ─────────
@pytest.mark.parametrize("text, line", [
    ("完成率达到90%的,得5分;每低于1%减0.5分,扣完为止", 90),
    ("95%,每低1个百分点扣0.5分,扣完为止", 95),
    ("(2)100%;每下降一个百分点扣0.5分;扣完为止", 100),
    ("覆盖率未达到90%的;每减少1个百分点,扣0.5分,扣完为止", 90),
])
def test_threshold_step_and_line_in_other_words(text, line):
    p = propose(text, "5", "")
    assert types(p) == ["threshold"]
    assert p.items[0]["params"]["full_at"] == str(line)
    assert scored(p, value(line - 2)) == 4 and scored(p, value(line)) == 5


def test_a_step_that_adds_is_not_a_deduction():
    p = propose("完成率达到90%的,得5分;每高于1%加0.5分", "5", "")
    assert not (types(p) == ["threshold"] and p.confident)


def test_bands_of_faults_with_a_closing_remark_on_something_else():
    p = propose("全部符合标准,得3分;1项不符合标准,得2分;2项不符合标准,得1分;3项及以上不符合标准,不得分。连续3个年度不达标者,取消资格。",
                "3", "")
    assert types(p) == ["tiers"] and not p.confident
    assert [scored(p, value(v)) for v in (0, 1, 2, 3, 5)] == [3, 2, 1, 0, 0]
    # a closing sentence with a figure in the bands' own unit is a band left unscored: not read as bands
    p = propose("全部符合标准,得3分;1项不符合标准,得2分;2项不符合标准,得1分;3项及以上不符合标准", "3", "")
    assert types(p) != ["tiers"] or not p.confident


def test_a_quotient_in_brackets_times_the_points_is_the_rate():
    # “按(A÷B)×10计分” on 10 points: the rate's share of the 分值 (with another multiplier it is a formula)
    p = propose("按（实际完成数÷计划数）×10计分", "10", "评价")
    assert types(p) == ["rate"] and p.confident, p.unplaced
    assert scored(p, ratio(3, 4)) == Decimal("7.5") and scored(p, ratio(5, 4)) == 10
    assert types(propose("按（实际完成数÷计划数）×8计分", "10", "评价")) == ["formula"]


def test_a_bare_score_before_a_cap_word_is_not_a_band_end():
    # “…,3分封顶”: the cap, not the score of a band run into the next words
    from services.scoring.rules.wording import normalize
    assert normalize("每报送1条信息得0.2分,3分封顶") == "每报送1条信息得0.2分,3分封顶"
    assert normalize("培训率≥90%,1分培训率<90%,不得分") == "培训率≥90%,1分;培训率<90%,不得分"

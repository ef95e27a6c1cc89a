"""Formulas and deductions, read by the shape of the text rather than its exact words.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, numberings,
verbs and Chinese numerals), with the rule they must give and the score of a few situations, and near misses that
must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import candidates
from services.scoring.rules.base import Wording
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, by_vars, sole


# ── a deduction per case counted in a measure word of its own ──────────────
@pytest.mark.parametrize("text, weight, per, counts", [
    ("发现校车乱停乱放的，每辆扣1分", "5", "1", {"0": 5, "2": 3, "9": 0}),
    ("每少一台设备减0.5分，扣完为止。", "3", "0.5", {"1": Decimal("2.5"), "6": 0}),
    ("抽查学校档案,每1所学校不合格,扣2分;", "6", "2", {"1": 4, "3": 0}),
    ("发现一级单位未按要求报送的扣0.3分,扣完为止", "3", "0.3", {"2": Decimal("2.4")}),
    ("缺1支志愿服务队扣2分，扣完为止", "4", "2", {"1": 2, "2": 0}),
    ("要素填写不规范的每一小点扣0.5分。", "2", "0.5", {"3": Decimal("0.5")}),
])
def test_each_case_of_a_thing_counted_in_its_own_measure_word(text, weight, per, counts):
    p = propose(text, weight, "检查")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": "个"}
    for count, score in counts.items():
        assert by_count(p, count) == score
    assert not p.confident  # the count is entered as 个: to check
    assert any("按个录入" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "发现所有问题均已整改的得3分",  # 所有: no measure word, nothing counted
    "每辆扣5分",  # a case costing the whole 分值 is no deduction per case
    "本级财政资金到位的得5分,否则不得分",
])
def test_no_deduction_per_case_without_a_count_of_one_or_each(text):
    p = propose(text, "5", "检查")
    assert p.kind != "deduction" or p.items[0]["params"]["unit"] != "个", (p.kind, p.summary)


# ── points added per case, under a cap ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, pts, cases", [
    ("1.开展社区义诊活动,每开展一次加2分,最高不超过6分;", "6", 2, {"0": 0, "2": 4, "5": 6}),
    ("承担省级交流任务一次加1分，最多不超过3分。", "3", 1, {"1": 1, "4": 3}),
    ("（2）每推出1个示范案例得0.5分，最高得2分", "2", Decimal("0.5"), {"3": Decimal("1.5"), "9": 2}),
    ("有1篇工作信息被市级刊物采用的得1分,最多得3分", "3", 1, {"2": 2}),
    ("每举办1期培训班计1分,累计不超过4分", "4", 1, {"4": 4, "6": 4}),
    ("每开展1次专题宣传得0.5分，满分2分", "2", Decimal("0.5"), {"3": Decimal("1.5"), "5": 2}),
    ("每开展一次宣传活动加0.5分，加满2分为止。", "2", Decimal("0.5"), {"4": 2}),
    ("每报送1条信息得0.2分,3分封顶", "3", Decimal("0.2"), {"10": 2, "20": 3}),
])
def test_points_added_per_case_up_to_a_cap(text, weight, pts, cases):
    p = propose(text, weight, "加分")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    for count, score in cases.items():
        assert by_vars(p, count) == score
    assert by_vars(p, "1") == pts


@pytest.mark.parametrize("text", [
    "资金一次性到位的得5分,最多5分",  # 一次性: at once, not a case counted
    "承担省级交流任务一次加1分",  # a count of one without 每 and without a cap: one situation, perhaps
    "每开展1次活动得1分,满分5分,视情况酌情加分",
])
def test_a_count_of_one_is_not_points_per_case_without_a_cap_or_with_judgement(text):
    p = propose(text, "5", "加分")
    assert "得分限于 0～分值" not in p.summary, p.summary


# ── faults each with a fixed deduction, whose words carry figures that count nothing ──
@pytest.mark.parametrize("text", [
    "缺2015年度考核表的扣4分；缺2016年度考核表的扣2分",
    "缺少2019年决算报表扣4分,缺少2020年决算报表扣2分。",
])
def test_a_year_in_a_fault_names_it_and_counts_nothing(text):
    p = propose(text, "5", "档案")
    params = sole(p, "formula")
    assert params["expression"] == "max - 4 * a - 2 * b"
    assert [v["unit"] for v in params["variables"]] == ["", ""]
    assert [by_vars(p, "0", "0"), by_vars(p, "1", "0"), by_vars(p, "0", "1"), by_vars(p, "1", "1")] == [5, 1, 3, 0]
    assert not p.confident  # the years are left unplaced, and no stop is said


def test_a_number_of_things_checked_before_the_fault_is_no_count_of_it():
    p = propose("抽查台账,任查3个月,无台账扣3分;每缺1次检查记录扣0.5分;记录不规范,每次扣0.2分", "3", "台账")
    params = sole(p, "formula")
    assert params["expression"] == "max - 3 * a - 0.5 * b - 0.2 * c"
    assert [v["unit"] for v in params["variables"]] == ["", "次", "次"]
    assert by_vars(p, "0", "2", "1") == Decimal("1.8")
    assert by_vars(p, "1", "0", "0") == 0
    assert not p.confident


def test_a_count_of_more_than_one_beside_its_deduction_is_not_dropped():
    # “漏报2次扣1分”: per two cases, or once for two? not a formula of counts of one
    p = propose("漏报2次扣1分,错报1次扣2分,扣完为止", "5", "报送")
    assert p.kind != "formula" and not p.confident, (p.kind, p.summary)


def test_a_count_in_the_fault_s_own_clause_is_kept():
    # “出现2次的,扣2分”: the count is the fault's own (bands of counts), never dropped as a description
    p = propose("出现1次的,扣1分;出现2次的,扣2分;出现3次及以上的,本项不得分", "4", "信息报送")
    assert p.kind == "tiers" and p.confident, (p.kind, p.summary, p.unplaced)


def test_the_end_of_a_range_is_no_description_and_judgement_stays():
    p = propose("建立1-2家示范点,未建立扣1分;台账不全扣2分;其余酌情打分", "5", "示范点")
    assert p.kind == "judgement" and not p.confident, (p.kind, p.summary)


# ── a formula written out, its quantities named in words ────────────────────
def test_a_coefficient_times_a_count():
    for text in ("2.5×达标村数", "得分=2.5*达标村数", "3.得分＝2.5×达标村数。"):
        p = propose(text, "20", "达标村")
        params = sole(p, "formula")
        assert params["expression"] == "2.5 * a", text
        assert params["variables"][0]["label"] == "达标村数"
        assert by_vars(p, "4") == 10 and by_vars(p, "10") == 20 and by_vars(p, "12") == 20  # within the 分值
        assert not p.confident


def test_a_weighted_sum_of_named_scores():
    p = propose("分管领导评价得分=任务量得分×30%+效率得分×30%+完成情况得分×40%", "100", "分管领导评价")
    params = sole(p, "formula")
    assert params["expression"] == "a * 0.3 + b * 0.3 + c * 0.4"
    assert [v["label"] for v in params["variables"]] == ["任务量得分", "效率得分", "完成情况得分"]
    assert [v["unit"] for v in params["variables"]] == ["分", "分", "分"]
    assert by_vars(p, "90", "80", "70") == 79
    assert not p.confident


def test_votes_weighted_by_their_points_over_the_votes_cast():
    p = propose("1.满意度得分={（[满意]票数×100分）+（[基本满意]票数×60分）}÷有效票数", "100", "满意度")
    params = sole(p, "formula")
    assert params["expression"] == "( ( a * 100 ) + ( b * 60 ) ) / c"
    assert by_vars(p, "8", "2", "10") == 92
    assert not p.confident


def test_an_average_of_two_scores_and_the_item_points_named():
    p = propose("评价得分=（自评得分+复核得分）÷2", "10", "评价")
    assert by_vars(p, "8", "9") == Decimal("8.5")
    p = propose("得分=（1-闲置资产÷资产总额）×指标分值", "5", "资产")
    params = sole(p, "formula")
    assert "max" in params["expression"] and len(params["variables"]) == 2
    assert by_vars(p, "10", "100") == Decimal("4.5")


@pytest.mark.parametrize("text, expression, values, score", [
    ("按（自评分+抽查分）÷2计算", "( a + b ) / 2", ("8", "9"), Decimal("8.5")),
    ("评分=自评分×0.4+抽查分×0.6", "a * 0.4 + b * 0.6", ("5", "10"), 8),
    ("按（实际完成数÷计划数）×8计分", "( a / b ) * 8", ("3", "4"), Decimal("6")),  # ×10 on 10 points is the rate

    ("得分=5-未达标项数×1", "5 - a * 1", ("2",), 3),
])
def test_a_formula_said_as_the_way_of_scoring(text, expression, values, score):
    p = propose(text, "10", "评价")
    assert sole(p, "formula")["expression"] == expression
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, kind", [
    ("得分=预算执行率×分值", "rate"),  # one rate times the 分值: the rate's own reading
    ("资金到位率×10", "rate"),
])
def test_a_rate_times_the_points_stays_a_rate(text, kind):
    p = propose(text, "10", "执行率")
    assert p.kind == kind, (p.kind, p.summary)


@pytest.mark.parametrize("text", [
    "得分=完成数/计划数×分值,未完成的酌情扣分",  # more than the formula
    "按实际完成数×2计分;未完成的不得分",
    "得分=x+y",  # no quantity named in words
    "5×实达标数=得分",
])
def test_more_than_a_formula_is_not_read_as_one(text):
    p = propose(text, "10", "完成")
    assert not p.summary.startswith("公式计分：得分 = "), p.summary


# ── a shortfall per step of a rate ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("重点任务完成率每低10%扣2分；群众满意率每低10%扣1分，扣完为止", "10"),
    ("1.重点任务完成率每下降10%扣2分;2.群众满意率每下降10%扣1分,扣完为止", "10"),
    ("（1）重点任务完成率每降低10个百分点减2分；（2）群众满意率每降低10个百分点减1分。", "10"),
])
def test_rates_each_losing_points_per_step_below_full(text, weight):
    p = propose(text, weight, "任务完成")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["%", "%"]
    assert "完成率" in params["variables"][0]["label"] and "满意率" in params["variables"][1]["label"]
    assert by_vars(p, "100", "100") == 10
    assert by_vars(p, "80", "90") == 5  # 10 − 2 × 2 − 1 × 1
    assert by_vars(p, "85", "100") == 7  # half a step: taken in proportion
    assert not p.confident
    assert any("按 100% 计" in u for u in p.unplaced), p.unplaced


def test_a_step_below_a_stated_line():
    p = propose("培训率未达到90%的，每低5个百分点扣1分；持证率未达到80%的，每少1个百分点扣0.5分，扣完为止", "6", "培训")
    params = sole(p, "formula")
    assert params["expression"] == "max - (90 - min(90, a)) / 5 - 0.5 * (80 - min(80, b))"
    assert by_vars(p, "95", "80") == 6
    assert by_vars(p, "80", "78") == 3
    assert not p.confident  # a part of a step taken in proportion: to check
    assert all("按 100% 计" not in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "差错率每超过10%扣2分；投诉率每超过5%扣1分",  # a step up: no line of 100% below which it counts
    "完成数每低10%扣2分；质量每低10%扣1分",  # no rate named
    "每低10例扣2分；每低5例扣1分",  # a step of cases: a remainder to read
])
def test_steps_that_are_not_a_rate_short_of_full_are_not_read_so(text):
    p = propose(text, "10", "质量")
    assert "低于 100%" not in p.summary, p.summary


# ── faults listed, each costing the same ────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("村两委班子团结计4分;班子不团结、不协调、战斗力不强、工作效率不高各扣1分;", "4", "1"),
    ("2、队伍稳定、作风过硬得满分。纪律松散、作风漂浮、推诿扯皮的各扣2分", "6", "2"),
    ("无组织、无方案、无台账的，各扣1.5分。", "4.5", "1.5"),
])
def test_each_fault_of_a_listing_costs_the_same(text, weight, per):
    p = propose(text, weight, "班子建设")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": "项"}
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)
    assert not p.confident
    assert any("按出现的项数录入" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, per", [("没有落实的,各扣2分。", "2"), ("未按要求完成的，各扣1分；", "1")])
def test_one_fault_under_each_is_a_deduction_per_thing_required(text, per):
    p = propose(text, "4", "任务落实")
    assert sole(p, "deduction") == {"per": per, "unit": "项"}
    assert by_count(p, "1") == 4 - Decimal(per)
    assert not p.confident
    assert any("未列出" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "班子团结计3分;班子不团结、不协调各扣1分",  # the full marks said are not the 分值
    "不团结、不协调各扣4分",  # each fault takes the whole 分值
    "团结协作的各扣1分",  # one clause, and no fault in it
])
def test_a_listing_that_does_not_fit_is_not_read_so(text):
    p = propose(text, "4", "班子建设")
    assert p.kind != "deduction" and not p.confident, (p.kind, p.summary)


# ── a condition zeroing the item, then deductions per case ──────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("未制定实施方案的不得分,方案不具体、措施不得力的每发现1项扣0.5分,扣完为止", "4", "0.5"),
    ("无工作台账不得分，台账每缺一项扣1分，扣完为止。", "5", "1"),
    ("未建立制度的，本项不得分，制度每缺1项内容扣0.5分，扣完为止", "3", "0.5"),
    ("方案制定科学合理的,得满分,否则不得分;未制定方案的,不得分;方案每缺1项内容扣0.5分。", "3", "0.5"),
])
def test_a_condition_zeroing_the_item_then_deductions_per_case(text, weight, per):
    p = propose(text, weight, "方案")
    params = sole(p, "formula")
    gate, count = params["variables"]
    assert params["expression"] == (f"{gate['name']} * (max - {count['name']})" if per == "1"
                                    else f"{gate['name']} * (max - {per} * {count['name']})")
    assert by_vars(p, "1", "0") == Decimal(weight)
    assert by_vars(p, "1", "2") == Decimal(weight) - 2 * Decimal(per)
    assert by_vars(p, "0", "0") == 0
    assert not p.confident  # a gate is always to check
    assert any("整项不得分的条件" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "未达到要求的不得分,其余酌情扣分",  # judgement, no deduction
    "每超过1天扣1分的不得分,其余扣2分",  # a count in the condition: not a condition in words
])
def test_an_opening_clause_that_is_no_condition_in_words_is_not_a_gate(text):
    p = propose(text, "4", "方案")
    assert "整项不得分（g=0）" not in p.summary, p.summary


@pytest.mark.parametrize("text", [
    "每获得1项市级荣誉得1分,每获得1项省级荣誉得2分,最高4分",
    "每获得一项市级荣誉得1分；每获得一项省级荣誉得2分；最高不超过4分。",
    "每取得1项市级荣誉计1分,每取得1项省级荣誉计2分,累计不超过4分",
])
def test_points_added_per_case_of_two_kinds_under_one_cap(text):
    p = propose(text, "4", "荣誉")
    params = sole(p, "formula")
    assert params["expression"] == "1 * a + 2 * b"
    assert [v["unit"] for v in params["variables"]] == ["项", "项"]
    assert "市级荣誉" in params["variables"][0]["label"] and "省级荣誉" in params["variables"][1]["label"]
    assert by_vars(p, "1", "1") == 3 and by_vars(p, "2", "2") == 4 and by_vars(p, "0", "0") == 0
    assert not p.confident
    assert all("未说明最多得分" not in u for u in p.unplaced), p.unplaced


def test_a_cap_sentence_below_the_points_is_not_the_cap_of_all():
    p = propose("每获得1项市级荣誉得1分;每获得1项省级荣誉得2分;最高不超过3分", "4", "荣誉")
    assert "得分限于 0～分值" not in p.summary and not p.confident, (p.summary, p.unplaced)


@pytest.mark.parametrize("text", [
    "未建立制度(扣2分);未公示(扣1分);档案不全(扣0.5分)",
    "未建立制度（扣2分），未公示（扣1分），档案不全（扣0.5分）",
])
def test_deductions_in_brackets_after_their_faults(text):
    p = propose(text, "5", "制度")
    params = sole(p, "formula")
    assert params["expression"] == "max - 2 * a - b - 0.5 * c"
    labels = [v["label"] for v in params["variables"]]
    assert all("(" not in x and ")" not in x for x in labels), labels
    assert "未建立制度" in labels[0] and "未公示" in labels[1] and "档案不全" in labels[2]
    assert by_vars(p, "1", "0", "1") == Decimal("2.5")


# ── the case counted, said after the amount (“扣0.5分/次”) ────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("迟报扣0.5分/次，扣完为止", "3", "0.5", "次"),
    ("未按要求整改的,扣2分/项,扣完为止。", "6", "2", "项"),
    ("发现问题扣1分/处", "5", "1", "处"),
    ("培训缺席扣0.2分/人次;", "2", "0.2", "人次"),
])
def test_one_deduction_per_case_said_after_its_amount(text, weight, per, unit):
    p = propose(text, weight, "报送")
    assert sole(p, "deduction") == {"per": per, "unit": unit}
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)
    assert by_count(p, "100") == 0


@pytest.mark.parametrize("text", [
    "迟报扣0.5分/次，漏报扣1分/次，扣完为止",
    "迟报的,扣0.5分/次;漏报的,扣1分/次;本项扣完为止",
])
def test_faults_each_counted_after_its_amount(text):
    p = propose(text, "3", "报送")
    params = sole(p, "formula")
    assert params["expression"] == "max - 0.5 * a - b"
    assert [v["unit"] for v in params["variables"]] == ["次", "次"]
    assert "迟报" in params["variables"][0]["label"] and "漏报" in params["variables"][1]["label"]
    assert all("/" not in v["label"] for v in params["variables"])
    assert by_vars(p, "2", "1") == 1 and by_vars(p, "4", "2") == 0


@pytest.mark.parametrize("text", [
    "得分=实际完成数/计划数×分值,迟报扣1分",  # “/” a division, not a case counted
    "迟报扣0.5分/次,漏报扣1分",  # two deductions: not one deduction per case
])
def test_a_slash_that_is_not_a_case_after_one_amount(text):
    p = propose(text, "3", "报送")
    assert p.kind != "deduction", (p.kind, p.summary)


# ── a weighted sum said in words ────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "按自评得分占30%、复评得分占70%计算",
    "自评占30%，复评占70%。",
    "按自评、复评得分分别占30%、70%计算得分",
    "由评价组对资料打分,重点看完整性(5分)、规范性(5分);结果按自评和复评分别以30%、70%比例评价",
])
def test_scores_weighted_by_shares_said_in_words(text):
    p = propose(text, "10", "综合评价")
    params = sole(p, "formula")
    assert params["expression"] == "0.3 * a + 0.7 * b"
    labels = [v["label"] for v in params["variables"]]
    assert "自评" in labels[0] and "复评" in labels[1], labels
    assert by_vars(p, "10", "5") == Decimal("6.5") and by_vars(p, "8", "9") == Decimal("8.7")
    assert not p.confident


@pytest.mark.parametrize("text", [
    "自评占40%,复评占50%",  # the shares do not add up to the whole
    "资金到位率占50%、执行率占50%",  # rates weighted: the rate or its score? not said
    "省级资金占60%、县级配套资金占40%",  # a funding share, no score
    "未按时报送的扣2分;结果按自评和复评分别以30%、70%比例评价",  # a deduction beside the weights
])
def test_shares_that_are_no_weighted_sum_are_not_read_so(text):
    p = propose(text, "10", "综合评价")
    assert "得分占" not in p.summary and not p.confident, (p.summary, p.unplaced)


@pytest.mark.parametrize("text", [
    "每季度由各工作队对专班打分,重点评价工作深度(5分)、协作成效(5分);结果按平均值得分",
    "各评委打分，结果按平均值得分。",
    "取各评委打分的平均分",
])
def test_the_mean_of_the_scores_given(text):
    p = propose(text, "10", "专班评价")
    params = sole(p, "formula")
    assert params["expression"] == "a / b"
    assert by_vars(p, "26", "3") == Decimal(26) / 3 and by_vars(p, "40", "4") == 10
    assert not p.confident


@pytest.mark.parametrize("text", [
    "由各单位打分，去掉最高分和最低分后取平均分",  # a trimmed mean: not the plain one
    "未报送的扣2分,结果按平均值得分",  # a deduction beside it
])
def test_a_mean_with_more_to_it_is_not_read_as_the_plain_one(text):
    p = propose(text, "10", "专班评价")
    assert "平均值" not in p.summary, p.summary


def test_a_count_in_brackets_after_a_fault_taken_once():
    p = propose("未按要求开展培训的扣2分（每少一次扣1分），扣完为止", "5", "培训")
    params = sole(p, "formula")
    assert params["expression"] == "max - 2 * a - b"
    first, second = params["variables"]
    assert first["unit"] == "" and second["unit"] == "次"
    assert not second["label"].startswith("("), second["label"]
    assert by_vars(p, "1", "2") == 1


# ── one per-case deduction under a cap of its own below the 分值 ─────────────
@pytest.mark.parametrize("text", ["每缺1项扣1分,最多扣3分", "每缺一项扣1分，扣满3分为止。", "每缺1项扣1分，最高扣3分"])
def test_a_deduction_per_case_capped_below_the_points_keeps_the_rest(text):
    p = propose(text, "5", "资料")
    params = sole(p, "formula")
    assert params["expression"] == "max - min(3, a)"
    assert params["variables"][0]["unit"] == "项"
    assert [by_vars(p, "1"), by_vars(p, "3"), by_vars(p, "9")] == [4, 2, 2]


def test_a_cap_that_is_the_points_leaves_a_plain_deduction_per_case():
    p = propose("每缺1项扣1分,最多扣5分", "5", "资料")
    assert sole(p, "deduction") == {"per": "1", "unit": "项"}


# ── points per case added to a base ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, base, cases", [
    ("基础分3分,每增加1个示范点加1分,最多5分", "5", 3, {"1": 4, "4": 5}),
    ("基本分6分，每开展一次活动加1分，最高10分。", "10", 6, {"2": 8, "9": 10}),
    ("基础分2分；每发表1篇论文加0.5分，最多加2分", "4", 2, {"2": 3, "8": 4}),
])
def test_points_per_case_added_to_a_base(text, weight, base, cases):
    p = propose(text, weight, "示范")
    params = sole(p, "formula")
    assert params["expression"].startswith(f"{base} + ")
    assert by_vars(p, "0") == base
    for count, score in cases.items():
        assert by_vars(p, count) == score
    assert not p.confident
    assert any("基础分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "基础分5分,每发现1处问题扣1分",  # a deduction from the base: a deduction per case
    "基础分6分,每开展1次活动加1分,每发现1处问题扣1分,最高10分",  # points added and taken: from what? not said
    "基础分10分,每开展1次活动加1分",  # the base is the whole 分值
])
def test_a_base_with_more_or_less_than_points_added_is_not_read_so(text):
    p = propose(text, "10", "示范")
    assert "基础分" not in p.summary, p.summary


def test_a_clause_zeroing_the_item_is_never_a_fault_s_words():
    text = normalize("未建立台账不得分，台账不规范扣1分，未及时更新扣0.5分")
    found = [it for c in candidates(Wording(text, Decimal(3), "台账")) for it in c.items if it["type"] == "formula"]
    assert [it["params"]["expression"] for it in found] == ["g * (max - a - 0.5 * b)"]  # the gate's reading only
    assert "未建立台账" in found[0]["params"]["variables"][0]["label"]
    assert not propose("未建立台账不得分，台账不规范扣1分，未及时更新扣0.5分", "3", "台账").confident

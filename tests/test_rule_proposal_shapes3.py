"""Shapes of rule read wrong: wordings whose rule is computable but was proposed in another shape.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus). Each class
is tried in several wordings; each proposal's type and parameters are checked and it is scored in a few situations;
near misses must not be read so, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import score_item
from services.scoring.rules.formula import exempted
from services.scoring.rules.wording import normalize, share_in_words
from tests.proposals import D, by_vars, picked, scored, scores, sole, types


# ── situations named by a share of the work: bands of the completion rate ─────────
@pytest.mark.parametrize("text, lines, points", [
    ("全部完成得满分;完成一半得4分;一半以下不得分", ["100", "50"], ["10", "4", "0"]),
    ("完成任务的,得10分,完成八成以上的得6分,不足八成的不得分", ["100", "80"], ["10", "6", "0"]),
    ("按时完成得满分;完成四分之三得7分;完成一半得3分;不足一半不得分", ["100", "75", "50"], ["10", "7", "3", "0"]),
    ("完成目标任务计10分,完成半数计5分", ["100", "50"], ["10", "5", "0"]),  # nothing said below the share
    ("任务全部完成的得10分,半数以上完成的得6分,否则不得分", ["100", "50"], ["10", "6", "0"]),  # the share before 完成
])
def test_shares_of_the_work_are_bands_of_the_completion_rate(text, lines, points):
    p = propose(text, "10", "任务完成情况")
    params = sole(p, "tiers")
    assert params["input"] == "ratio"
    assert [t["min"] for t in params["tiers"]] == [*lines, "0"]
    assert [t["score"] for t in params["tiers"]] == points
    assert not p.confident  # the bands are read from the shares: to check
    top, *rest = (int(x) for x in lines)
    assert scores(p, [120, top, rest[0], rest[-1] - 1]) == D(10, 10, points[1], 0)


def test_a_share_below_the_whole_scores_from_its_line_up_to_the_next():
    p = propose("完成得满分,完成一半得5分,一半以下不得分", "10", "培训任务")
    assert scores(p, [99, 50, 49.9]) == D(5, 5, 0)


@pytest.mark.parametrize("text", [
    "完成得满分,完成三分之二得5分,不足三分之二不得分",  # no exact percentage: stays situations
    "完成任务的得满分;完成八成的得6分;不足一半的不得分",  # the shares leave a gap between them
    "完成得满分,完成一半得12分",  # a share scoring more than the whole
    "完成一半得5分,完成得满分",  # the whole not first
    "完成得满分,过半得5分",  # “过半”: more than half by how much
])
def test_shares_that_do_not_make_bands_are_not_read_as_bands(text):
    p = propose(text, "10", "任务完成情况")
    assert not (p.kind == "tiers" and p.items[0]["params"].get("input") == "ratio" and p.confident)
    assert p.kind != "tiers" or p.items[0]["params"].get("value_label") != "完成率"


@pytest.mark.parametrize("word, value", [("一半", "50"), ("半数", "50"), ("八成", "80"), ("四分之三", "75"),
                                         ("五分之二", "40"), ("三分之二", None), ("过半", None)])
def test_a_share_in_words_is_its_percentage_when_it_has_one(word, value):
    assert share_in_words(word) == (None if value is None else Decimal(value))


# ── a target with its figure, met or not: two bands at the target ─────────
@pytest.mark.parametrize("text, line, unit", [
    ("完成全年招商引资5亿元的目标任务,完成目标的得满分,未完成目标的不得分", "5", "亿元"),
    ("实现地区生产总值增长7.5%的目标,达到目标的得10分;未达到目标的不得分。", "7.5", "%"),
    ("全年新增城镇就业1200人的目标任务,完成任务的计满分,完不成任务的不计分", "1200", "人"),
])
def test_a_target_with_its_figure_met_or_not_is_two_bands(text, line, unit):
    p = propose(text, "10")
    params = sole(p, "tiers")
    assert params["unit"] == unit and params["input"] == "value"
    assert [(t["min"], t["max"], t["score"]) for t in params["tiers"]] == [(line, None, "10"), (None, line, "0")]
    assert params["tiers"][0]["min_inclusive"]  # the target reached is met
    x = float(line)
    assert scores(p, [x * 2, x, x * 0.9]) == D(10, 10, 0)


def test_a_bonus_above_the_target_leaves_the_bands_to_check():
    p = propose("全面实现全县确定的增长9%的目标,达目标的计满分,不达目标不计分,每超目标1个百分点加1分;", "10")
    params = sole(p, "tiers")
    assert [t["min"] for t in params["tiers"]] == ["9", None]
    assert not p.confident  # the bonus cannot raise the 分值: its words are left to check
    assert scores(p, [12, 9, 8.9]) == D(10, 10, 0)


@pytest.mark.parametrize("text", [
    "完成年度目标,达目标的得满分,不达目标不得分",  # no figure: a yes/no, not bands
    "实现增长8%的目标,达目标的计满分,不达目标扣5分",  # missing costs part of the 分值
    "实现增长8%的目标,达目标的计6分,不达目标不计分",  # met scores less than the 分值
    "每超过8%的目标,达目标的计满分,不达目标不计分",  # a step, not a target
])
def test_targets_that_are_not_two_bands_are_not_read_so(text):
    assert propose(text, "10").kind != "tiers"


# ── bands on a value whose sign is said in words (正增长, 负增长, 正技巧, 负技巧) ─────────
SIGNED = {
    "收入增长率为正增长且达到5%以上的得10分;正增长在5%以下的得6分;负增长的不得分": ("5", "6"),
    "与上年相比正增长3%以上的得10分,正增长3%以下得5分,负增长不得分": ("3", "5"),
    "预报评分相对指导预报有正订正技巧4%以上的得10分,正技巧在4%以下得5分,负技巧的不得分": ("4", "5"),
}


@pytest.mark.parametrize("text", SIGNED)
def test_a_sign_in_words_bounds_the_bands_at_zero(text):
    line, lower = SIGNED[text]
    p = propose(text, "10", "增长率")
    bands = [(t["min"], t["max"], t["score"]) for t in sole(p, "tiers")["tiers"]]
    assert bands == [(line, None, "10"), ("0", line, lower), (None, "0", "0")]
    assert not p.confident  # 0 itself is in neither the positive nor the negative band: to check
    assert scores(p, [float(line) + 1, line, float(line) / 2, -0.5, -20]) == D(10, 10, lower, 0, 0)


def test_a_negative_value_with_a_figure_is_not_read_as_a_positive_band():
    p = propose("负增长5%以上的不得分;负增长5%以内得5分;正增长得10分", "10", "增长率")
    assert p.kind != "tiers" and not p.confident


def test_words_holding_zheng_that_are_no_sign_leave_bands_as_they_were():
    p = propose("正常运行率95%以上得10分,90%以下不得分", "10", "正常运行率")
    assert [(t["min"], t["max"]) for t in sole(p, "tiers")["tiers"]] == [("95", None), (None, "90")]


# ── an exemption in words (“…的,此项不扣分”) beside a gate and deductions: the item keeps its 分值 on it ─────────
def test_an_exemption_keeps_the_whole_score_whatever_the_faults():
    p = propose("(1)设施不符合要求扣5分;(2)制度不符合要求扣5分。采取委托方式的,此项不扣分;未开展该项服务的,此项不得分", "10")
    params = sole(p, "formula")
    assert params["expression"] == "p * max + (1 - p) * g * (max - 5 * a - 5 * b)"
    assert [v["name"] for v in params["variables"]] == ["p", "g", "a", "b"]  # the exemption first, then the gate
    assert "采取委托方式" in params["variables"][0]["label"]
    assert not p.confident  # always to check
    assert by_vars(p, "1", "0", "1", "1") == 10  # exempt: the 分值, whatever else holds
    assert by_vars(p, "0", "0", "0", "0") == 0  # no service: nothing
    assert by_vars(p, "0", "1", "1", "0") == 5
    assert by_vars(p, "0", "1", "1", "1") == 0


def test_an_exemption_closing_a_gate_and_a_deduction_per_case():
    p = propose("未建立台账的,本项不得分;每缺1项记录扣1分,扣完为止;当年无此项业务的,本项不扣分", "10")
    params = sole(p, "formula")
    assert params["expression"] == "p * max + (1 - p) * g * (max - n)"
    assert not p.confident
    assert by_vars(p, "1", "0", "20") == 10
    assert by_vars(p, "0", "1", "3") == 7
    assert by_vars(p, "0", "1", "30") == 0
    assert by_vars(p, "0", "0", "0") == 0


@pytest.mark.parametrize("text", [
    "(1)设施不符合要求扣5分;(2)制度不符合要求扣5分。服务人员不足3人的,此项不扣分;未开展该项服务的,此项不得分",  # a figure
    "迟报1次扣2分,瞒报1次扣5分;扣完为止;未开展该项服务的,此项不得分;未发生突发公共卫生事件的不扣分",  # not the item's
])
def test_conditions_that_are_no_exemption_of_the_item_are_not_read_so(text):
    p = propose(text, "10")
    assert not (p.kind == "formula" and "p * max" in p.items[0]["params"]["expression"])


# ── a situation's score with its 分 left out, beside situations that say theirs ─────────
@pytest.mark.parametrize("text, lower", [
    ("资料齐全,得3分;资料基本齐全,得1.5;无资料,不得分", "1.5"),
    ("近3年均开展,得3分;开展过1次,得1;未开展,不得分", "1"),
    ("按时报送,得3分;逾期报送,得2。未报送,不得分", "2"),
])
def test_a_score_without_its_unit_beside_scores_with_it_is_points(text, lower):
    p = propose(text, "3")
    options = sole(p, "choice")["options"]
    assert sorted(o["score"] for o in options) == sorted(["3", lower, "0"])
    assert [picked(p, rank) for rank in range(3)] == D(3, lower, 0)


@pytest.mark.parametrize("text", [
    "工作有成效,得3;否则不得分",  # no score in the text says its 分: the figure is not known to be points
    "考核合格率得分,得95",
])
def test_a_bare_figure_with_no_score_said_with_its_unit_stays_as_written(text):
    assert normalize(text) == text


# ── requirements each closed by its own “否则不得分”, adding up to the 分值: one part each ─────────
def test_requirements_each_with_their_own_otherwise_are_parts():
    p = propose("年内未发生安全事故,得2分;否则不得分。培训覆盖率≥90%,得2分;否则不得分。", "4")
    assert types(p)[0] in ("choice", "all_or_nothing") and types(p)[1] == "tiers"
    assert [it["max"] for it in p.items] == ["2", "2"]
    assert picked(p, 0) == 2 and picked(p, 1) == 0
    assert scores(p, [95, 90, 89.9], item=1) == D(2, 2, 0)


def test_three_requirements_and_the_score_said_again_closing_them():
    p = propose("建立工作台账,得1分;否则不得分;按月报送信息,得1分;否则,不得分;信息采用率达到60%以上,得1分;否则不得分;(3分)", "3")
    assert types(p) == ["choice", "choice", "tiers"]
    assert scores(p, [60, 59], item=2) == D(1, 0)


@pytest.mark.parametrize("weight", ["3", "4"])
def test_requirements_whose_points_do_not_add_up_are_not_parts(weight):
    p = propose("建立工作台账,得1分;否则不得分。按月报送信息,得1分;否则不得分。", weight)
    assert len(p.items) == 1 and not p.confident


# ── the 分值 up to one line, nothing past a second, in proportion between them ─────────
@pytest.mark.parametrize("text, a, b, unit", [
    ("资金拨付时间≤10天得满分,超过20天不得分,10-20天按比例扣分", 10, 20, "天"),
    ("审核办结时限在5个工作日内的,得4分;超过15个工作日的,得0分;5~15个工作日之间的,按比例计分", 5, 15, "个工作日"),
    ("资金下达到县级≤15日得满分4分,>30日为0分,15-30日按比例减分", 15, 30, "日"),
])
def test_full_to_one_line_nothing_past_another_is_a_straight_line_between(text, a, b, unit):
    p = propose(text, "4")
    params = sole(p, "formula")
    assert params["variables"][0]["unit"] == unit
    assert not p.confident  # “按比例” read as a straight line: to check
    middle = (a + b) / 2
    assert [by_vars(p, str(x)) for x in (0, a, middle, b, b + 5)] == D(4, 4, 2, 0, 0)


def test_parts_each_full_to_a_line_are_one_formula_each():
    p = propose("1.对直接分配的资金下达≤15日得满分1分,>30日为0分,15-30日按比例减分;对再次分配的资金下达≤30日得满分1分,>60日为0分,"
                "30-60日按比例减分。2.下达到项目单位≤25个工作日得满分2分,>50个工作日为0分,25-50个工作日按比例减分。", "4")
    assert types(p) == ["formula", "formula", "formula"]
    assert [it["max"] for it in p.items] == ["1", "1", "2"]
    assert scored(p, {"vars": {"d": "45"}}, item=1) == D(0.5)[0]


@pytest.mark.parametrize("text", [
    "资金拨付时间≤20天得满分,超过10天不得分,10-20天按比例扣分",  # the lines the wrong way round
    "资金拨付时间≤10天得3分,超过20天不得分,10-20天按比例扣分",  # the first line scores less than the 分值
])
def test_lines_that_make_no_straight_line_are_not_read_so(text):
    assert propose(text, "4").kind != "formula"


# ── a part closed by how it is checked (“,重点检查…情况”, “,以…为准”): the remark is no part of its rule ─────────
@pytest.mark.parametrize("text", [
    "完成年度造林任务的计6分,不足的按比例扣分,以县林业局验收数据为准;完成森林抚育计划的计4分,不足的按比例扣分",
    "完成改厕任务的计6分,不足的按比例扣分,重点检查改厕户台账资料;完成宣传计划的计4分,不足的按比例扣分",
    "完成良种推广的计6分,不足的按比例扣分,重点检查“稻油轮作”等种植模式开展情况;完成免耕栽培计划的计4分,不足的按比例扣分",
])
def test_a_check_remark_closing_a_part_leaves_its_rule_to_be_read(text):
    p = propose(text, "10")
    assert types(p) == ["rate", "rate"] and [it["max"] for it in p.items] == ["6", "4"]
    assert not p.confident  # the remark is left unplaced: to check
    assert scored(p, {"numerator": "80", "denominator": "100"}) == D(4.8)[0]


def test_a_remark_holding_a_score_is_not_dropped():
    p = propose("完成年度造林任务的计6分,不足的按比例扣分,检查发现虚报的扣2分情况;完成森林抚育计划的计4分,不足的按比例扣分", "10")
    assert types(p) != ["rate", "rate"] and not p.confident


# ── review: near misses of the classes above that were read too widely ─────────
@pytest.mark.parametrize("text", [
    "将城镇登记失业率控制在4%的目标任务,完成目标的得满分,未完成目标的不得分",  # a ceiling: met at or below it
    "实现单位产值能耗降至2.5吨的目标,达到目标的得满分,未达到目标的不得分",
    "全年安全事故发生率在1%的目标,达目标的计满分,不达目标不计分",
])
def test_a_target_that_is_a_ceiling_is_not_two_bands_from_it_up(text):
    p = propose(text, "10")
    assert not (p.kind == "tiers" and p.items[0]["params"]["tiers"][0]["min"] is not None)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "完成率≥90%得10分;80%≤完成率<90%得6分;完成率<80%且完成一半以上得3分",  # the share bounds a band read without it
    "完成率90%以上得10分;完成一半以上且低于90%得5分",
    "完成率≥90%得10分;80%≤完成率<90%得6分;完成率<80%,完成半数以上的得3分",
])
def test_a_share_joined_to_another_condition_is_not_placed_by_a_band_read_without_it(text):
    p = propose(text, "10", "任务完成率")
    assert not p.confident
    assert any("一半" in u or "半数" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "(1)台账不完整扣4分;(2)报送不及时扣4分。其他情况,此项不扣分;未建立台账的,此项不得分",  # the rest of the cases
    "(1)台账不完整扣4分;(2)报送不及时扣4分。其余情形的,本项不扣分;未建立台账的,本项不得分",
])
def test_the_cases_left_by_the_others_are_no_exemption(text):
    p = propose(text, "8")
    assert not (p.kind == "formula" and "p * max" in p.items[0]["params"]["expression"])
    assert not p.confident


@pytest.mark.parametrize("text", [
    "宣传报道为正面的得10分;为负面的不得分",  # 正面/负面, 正向/负向: a quality, no sign of a value
    "群众评议结果为正向的得10分;为负向的不得分",
    "网络舆情为正面信息得10分,为负面信息不得分",
])
def test_words_that_are_a_quality_not_a_sign_are_not_bands_at_zero(text):
    p = propose(text, "10")
    assert p.kind == "choice"
    assert not any("分档" in u for u in p.unplaced), p.unplaced


def test_a_sign_closing_its_condition_is_still_a_band_at_zero():
    p = propose("结余资金为正的得10分,为负的不得分", "10")
    assert p.kind == "tiers" or any("分档" in u for u in p.unplaced), p.unplaced


def test_the_figure_of_a_straight_line_is_named_by_the_clause_before_its_line():
    p = propose("资金及时拨付,县级财政收到资金后,拨付时间≤10天得满分,超过20天不得分,10-20天按比例扣分", "4")
    assert sole(p, "formula")["variables"][0]["label"] == "拨付时间（天）"


@pytest.mark.parametrize("exempt, a, b, score", [("1", "1", "1", "10"), ("0", "1", "0", "5"), ("0", "1", "1", "0")])
def test_an_exemption_of_a_formula_without_a_gate_takes_its_deductions_off_as_a_whole(exempt, a, b, score):
    item = {"type": "formula", "key": "a", "label": "设施管理", "max": "10",
            "params": {"expression": "max - 5 * a - 5 * b", "variables": [{"name": "a", "label": "设施不合格", "unit": ""},
                                                                      {"name": "b", "label": "制度不合格", "unit": ""}]}}
    made = exempted(item, "采取委托方式")
    assert made is not None
    assert score_item(made, {"vars": {"p": exempt, "a": a, "b": b}}).score == Decimal(score)


@pytest.mark.parametrize("text", [
    "与上年相比正增长的得10分;3%以内的负增长得5分;负增长超过3%的不得分",  # the figure before the sign
    "(1)正增长得10分;(2)下降3%以内的负增长得5分;(3)其余不得分",
])
def test_a_negative_value_with_a_figure_before_it_is_not_read_as_below_zero(text):
    p = propose(text, "10", "增长率")
    assert not (p.kind == "tiers" and any(t["max"] == "0" and t["score"] == "5" for t in sole(p, "tiers")["tiers"]))
    assert not p.confident


def test_a_full_score_said_with_another_figure_than_the_weight_is_no_straight_line():
    p = propose("资金拨付时间≤10天得满分3分,超过20天不得分,10-20天按比例扣分", "4")
    assert not (p.kind == "formula" and "max * (20 - d)" in p.items[0]["params"]["expression"])

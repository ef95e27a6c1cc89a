"""Rates, completions, thresholds and bounds in the wordings tables use, read exactly — or left to check.

The texts here are written for these tests in the styles 评分标准 use (none is taken from the rule
corpus). A text read with confidence is scored in a few situations and must give the score its words
give; each class has a near miss that must stay “请核对”.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from services.scoring.rules.wording import normalize
from tests.proposals import scored


# ── a rate named by its two quantities: “A占B的比例” ──────────────────────────
@pytest.mark.parametrize("text, weight, num, den", [
    ("得分=实际拨付资金占年度预算资金的比例×本项分值", "6", "实际拨付资金", "年度预算资金"),
    ("考核得分=已验收项目数占计划项目数的比例*该项指标分值", "4", "已验收项目数", "计划项目数"),
    ("根据当年实际支出资金占到位资金的比重计算得分(4分)", "4", "当年实际支出资金", "到位资金"),
    ("按受益农户数占计划农户数的百分比计分", "4", "受益农户数", "计划农户数"),
])
def test_share_of_two_quantities_is_a_rate(text, weight, num, den):
    p = propose(text, weight, "比率")
    assert p.confident, p.unplaced
    assert [it["type"] for it in p.items] == ["rate"]
    params = p.items[0]["params"]
    assert params["cap"] is True
    assert params["numerator_label"].endswith(num) and params["denominator_label"] == den
    w = Decimal(weight)
    assert scored(p, {"numerator": "75", "denominator": "100"}) == w * Decimal("0.75")
    assert scored(p, {"numerator": "100", "denominator": "100"}) == w
    assert scored(p, {"numerator": "130", "denominator": "100"}) == w  # over 100% counts as 100%
    assert scored(p, {"numerator": "0", "denominator": "100"}) == 0


def test_a_rate_defined_in_words_before_its_formula():
    p = propose("到位资金占批复预算资金的比例(考核得分=资金到位率×该项指标分值)", "5", "资金到位率")
    assert p.confident, p.unplaced
    assert p.items[0]["type"] == "rate"
    assert scored(p, {"numerator": "45", "denominator": "50"}) == Decimal("4.5")


def test_recognition_slip_of_equals_is_read_as_equals():
    assert normalize("评价指标得分二支出资金占到位资金的比例×该项指标分值").startswith("评价指标得分=")
    p = propose("评价指标得分二支出资金占到位资金的比例×该项指标分值", "5", "支出率")
    assert p.confident, p.unplaced
    assert scored(p, {"numerator": "3", "denominator": "4"}) == Decimal("3.75")
    # not a slip: a numeral, a grade, a text with no formula
    assert "得分=" not in normalize("该项得分二十分")
    assert "得分=" not in normalize("考核得分二级以上的予以通报")


@pytest.mark.parametrize("text", [
    "根据到位资金占计划资金的比重酌情计分",  # judgement
    "按到位资金占计划资金的比例计分,超过100%的按实际计算,最高不超过120%",  # more than the rate holds
    "得分=到位资金占计划资金的比例×分值,资金未经批复的不得分",  # a condition the rate does not hold
    "得分=到位资金占计划资金的比例×8",  # a multiplier that is not the 分值
])
def test_share_of_near_misses_are_to_check(text):
    p = propose(text, "4", "到位率")
    assert not p.confident, p.items


# ── a line named in words: an average, a level, last year's figure ──────────
def test_line_at_a_named_reference_reads_the_difference():
    p = propose("人均培训时长不低于全市平均水平的,得3分;每低1天,扣0.5分,扣完为止", "3", "培训时长")
    assert p.confident, p.unplaced
    item = p.items[0]
    assert item["type"] == "threshold"
    params = item["params"]
    assert (params["full_at"], params["direction"], params["step"], params["deduct"], params["unit"]) == ("0", "higher", "1", "0.5", "天")
    assert "全市平均水平" in params["value_label"]
    assert scored(p, {"value": "2"}) == 3  # two days above the average
    assert scored(p, {"value": "0"}) == 3
    assert scored(p, {"value": "-3"}) == Decimal("1.5")
    assert scored(p, {"value": "-9"}) == 0


def test_line_at_most_a_named_reference():
    p = propose("人员平均年龄不高于同级部门平均年龄的，得满分；每超出平均年龄1岁的，扣0.4分，扣完为止", "2", "平均年龄")
    assert p.confident, p.unplaced
    params = p.items[0]["params"]
    assert (params["full_at"], params["direction"], params["step"], params["deduct"], params["unit"]) == ("0", "lower", "1", "0.4", "岁")
    assert scored(p, {"value": "-6.5"}) == 2
    assert scored(p, {"value": "2.5"}) == 1
    assert scored(p, {"value": "8"}) == 0


@pytest.mark.parametrize("text, kind", [
    ("就业率不低于全省平均水平的得满分,每高1个百分点扣0.5分,扣完为止", None),  # the step points away from the line
    ("就业率不低于全省平均水平且工作扎实的得满分,每低1个百分点扣0.5分,扣完为止", None),  # a condition beside the line
    ("就业率不低于全省平均水平的得满分,每低2个百分点扣0.5分,扣完为止", "threshold"),  # a remainder not settled
    ("就业率不低于全省平均水平的得满分,每低1个百分点扣0.5分", "threshold"),  # no floor stated
    ("就业率不低于全省平均水平的得满分,每低1个百分点扣0.5分,扣完为止;发生重大事故的不得分", None),
])
def test_named_reference_near_misses_are_to_check(text, kind):
    p = propose(text, "4", "就业率")
    assert not p.confident, p.items
    if kind:
        assert p.items[0]["type"] == kind


# ── a quotient “A/B的比值×该项指标分值”; completion of each part ─────────────────
def test_quotient_named_as_a_ratio_times_the_indicator_points():
    p = propose("评价指标得分=实际完成面积/计划完成面积的比值×该项指标分值", "4", "完成面积")
    assert p.confident, p.unplaced
    params = p.items[0]["params"]
    assert p.items[0]["type"] == "rate"
    assert (params["numerator_label"], params["denominator_label"]) == ("实际完成面积", "计划完成面积")
    assert scored(p, {"numerator": "90", "denominator": "120"}) == 3
    assert scored(p, {"numerator": "150", "denominator": "120"}) == 4
    # a further clause the rate does not hold: the same rate, to check
    p = propose("评价指标得分=实际完成面积/计划完成面积的比值×该项指标分值;没有该项任务的不扣分", "4", "完成面积")
    assert not p.confident and p.items[0]["type"] == "rate"


def test_completion_of_each_part_averaged_is_proposed_to_check():
    p = propose("建设内容4个子项是否完成(全部完成得8分,每个子项2分,按各子项完成的百分比得分)", "8", "完成率")
    assert p.items[0]["type"] == "completion"
    assert not p.confident  # the points of each part are the rule's to hold, not read
    rows = [{"target": "100", "actual": a} for a in ("100", "100", "50", "0")]
    assert scored(p, {"rows": rows}) == 5
    p = propose("按各子项完成的比例计分", "6", "完成率")
    assert p.items[0]["type"] == "completion"
    assert scored(p, {"rows": [{"target": "10", "actual": "10"}, {"target": "4", "actual": "1"}]}) == Decimal("3.75")


def test_bare_quotient_is_a_share_of_the_points_to_check():
    p = propose("本项得分=验收通过的子任务数/子任务总数", "5", "验收通过率")
    assert p.items[0]["type"] == "rate"
    assert not p.confident  # the words do not say the quotient is a share of the 分值
    assert any("得分=" in u for u in p.unplaced)
    assert scored(p, {"numerator": "3", "denominator": "4"}) == Decimal("3.75")
    # a rate defined by its quotient, then multiplied by the 分值: read whole, with confidence
    p = propose("验收通过率=验收通过的子任务数/子任务总数×100%,得分=验收通过率×分值", "5", "验收通过率")
    assert p.confident, p.unplaced
    assert scored(p, {"numerator": "3", "denominator": "4"}) == Decimal("3.75")


# ── a rank: full marks at the first places, a step for each place after ──────
def test_rank_with_a_step_per_place():
    p = propose("全省排名第1名的得满分,每后退1名扣0.3分,扣完为止", "3", "工作排名")
    assert p.confident, p.unplaced
    params = p.items[0]["params"]
    assert p.items[0]["type"] == "formula"  # the first place alone: a formula over the place
    assert params["expression"] == "max - (r - 1) * 0.3" and params["variables"][0]["unit"] == "名"
    assert [scored(p, {"vars": {"r": v}}) for v in ("1", "2", "5", "12")] == [3, Decimal("2.7"), Decimal("1.8"), 0]
    p = propose("考核排名前5名的得满分,每后退1名扣0.5分,扣完为止", "4", "考核排名")
    assert p.confident, p.unplaced
    assert [scored(p, {"value": v}) for v in ("3", "5", "6", "20")] == [4, 4, Decimal("3.5"), 0]


def test_places_listed_with_their_scores_lie_on_the_step():
    text = "按考核得分排名,倒数第1名、第2名的分别计3分、2.8分,倒数第3名及以上的,每进1名扣0.2分"
    p = propose(text, "3", "排名")
    assert p.items[0]["type"] == "threshold" and not p.confident  # the listed scores are not the rule's own words
    assert p.items[0]["params"]["value_label"] == "倒数名次"
    assert [scored(p, {"value": v}) for v in ("1", "2", "4")] == [3, Decimal("2.8"), Decimal("2.4")]
    # listed scores off the step: not this reading
    p = propose("排名第1名、第2名的分别计3分、2.5分,此后每后退1名扣0.2分,扣完为止", "3", "排名")
    assert not p.confident
    assert p.items[0]["type"] != "threshold"


def test_rank_near_misses_are_to_check():
    assert not propose("全市排名第1名的得满分,每后退1名扣0.2分", "3", "排名").confident  # no floor
    assert not propose("全市排名第1名的得2分,每后退1名扣0.2分,扣完为止", "3", "排名").confident  # first place short of 分值
    assert not propose("全市排名第1名的得满分,第2名得2.5分,每后退1名扣0.2分,扣完为止", "3", "排名").confident


# ── below the line, the quotient of the two quantities named ─────────────────
def test_ratio_below_the_line_of_two_named_quantities():
    p = propose("实际回收资金不低于应回收资金的得满分;实际回收资金低于应回收资金的,按其比例计分", "8", "资金回收")
    assert p.confident, p.unplaced
    params = p.items[0]["params"]
    assert p.items[0]["type"] == "rate" and params["cap"] is True
    assert (params["numerator_label"], params["denominator_label"]) == ("实际回收资金", "应回收资金")
    assert [scored(p, {"numerator": n, "denominator": "200"}) for n in ("250", "200", "150", "0")] == [8, 8, 6, 0]
    # on a 100-point item, “其比率作为考核得分” is the same share
    p = propose("实际上缴利润大于或等于应上缴利润的得100分;实际上缴利润小于应上缴利润的,其比率作为考核得分", "100", "利润上缴")
    assert p.confident, p.unplaced
    assert scored(p, {"numerator": "87", "denominator": "100"}) == 87


@pytest.mark.parametrize("text, weight", [
    ("实际回收资金不低于应回收资金的得满分;实际回收资金低于应回收资金的,其比率作为考核得分", "10"),  # a rate as the score of 10 points
    ("实际回收资金不低于应回收资金的得满分;实际支出资金低于预算资金的,按其比例计分", "10"),  # two other quantities
    ("实际回收资金不低于应回收资金的得6分;实际回收资金低于应回收资金的,按其比例计分", "10"),  # the line short of the 分值
    ("实际回收资金不低于应回收资金的得满分;实际回收资金低于应回收资金的,按其比例计分,超过部分另行奖励", "10"),
])
def test_ratio_below_near_misses_are_to_check(text, weight):
    assert not propose(text, weight, "资金回收").confident


# ── the formula alone, “乘以” in words, 100% then a share ────────────────────
@pytest.mark.parametrize("text, name", [
    ("资金到位率×该指标分值", "资金到位率"),
    ("验收合格率×权重", "验收合格率"),
    ("得分=预算执行率乘以本项分值", "预算执行率"),
    ("以验收合格率乘以分值计算得分", "验收合格率"),
    ("验收合格数/抽检总数×100%×分值", "验收合格率"),
    ("验收合格率达到100%的得满分,未达到的按比例得分", "验收合格率"),
])
def test_rate_times_the_points_in_other_words(text, name):
    p = propose(text, "6", name)
    assert p.confident, p.unplaced
    assert p.items[0]["type"] == "rate" and p.items[0]["params"]["cap"] is True
    assert scored(p, {"numerator": "90", "denominator": "100"}) == Decimal("5.4")
    assert scored(p, {"numerator": "110", "denominator": "100"}) == 6


def test_completion_rate_in_words():
    p = propose("按实际完成率计分,超过100%的按100%计算", "5", "任务完成率")
    assert p.confident, p.unplaced
    assert p.items[0]["type"] == "completion"
    assert scored(p, {"rows": [{"target": "40", "actual": "30"}]}) == Decimal("3.75")
    assert scored(p, {"rows": [{"target": "40", "actual": "50"}]}) == 5


@pytest.mark.parametrize("text", [
    "资金到位率×该指标分值,到位不及时的扣1分",
    "资金到位率×该指标分值×50%",
    "验收合格率达到90%的得满分,未达到的按比例得分",  # a share of what: of the rate, or of the rate over 90%?
    "验收合格率达到100%的得满分,未达到的按比例得分,验收不规范的扣1分",
])
def test_rate_in_other_words_near_misses_are_to_check(text):
    assert not propose(text, "5", "验收合格率").confident


# ── lines and limits in other words ─────────────────────────────────────────
def test_step_with_its_each_is_the_step_not_the_comparison_leading_into_it():
    p = propose("群众满意度达85%以上的得满分;低于85%的,每降低1个百分点扣0.4分,扣完为止", "4", "群众满意度")
    assert p.confident, p.unplaced
    params = p.items[0]["params"]
    assert (params["full_at"], params["step"], params["deduct"], params["direction"]) == ("85", "1", "0.4", "higher")
    assert [scored(p, {"value": v}) for v in ("90", "85", "80", "70")] == [4, 4, 2, 0]


def test_target_named_before_its_figure():
    p = propose("以群众满意度85%为基准,每降低1个百分点扣0.4分,扣完为止", "4", "群众满意度")
    assert p.confident, p.unplaced
    assert [scored(p, {"value": v}) for v in ("86", "82.5")] == [4, 3]


def test_line_kept_within():
    p = propose("结算偏差率控制在3%以内的得满分,每超过1个百分点扣1分,扣完为止", "5", "结算偏差")
    assert p.confident, p.unplaced
    params = p.items[0]["params"]
    assert (params["full_at"], params["direction"], params["deduct"]) == ("3", "lower", "1")
    assert [scored(p, {"value": v}) for v in ("2", "3", "5", "20")] == [5, 5, 3, 0]


@pytest.mark.parametrize("text", [
    "项目实际支出控制在预算范围内的得满分,每超支1%扣0.5分,扣完为止",
    "实际支出未超过预算的得满分,超支的每超1个百分点扣0.5分,扣完为止",
    "实际成本不超过预算成本的得满分,每超过1%扣0.5分,扣完为止",
])
def test_spending_kept_within_the_budget(text):
    p = propose(text, "5", "成本控制")
    assert p.confident, p.unplaced
    assert p.items[0]["type"] == "upper_bound"
    assert scored(p, {"actual": "98", "limit": "100"}) == 5
    assert scored(p, {"actual": "104", "limit": "100"}) == 3
    assert scored(p, {"actual": "130", "limit": "100"}) == 0


@pytest.mark.parametrize("text", [
    "项目实际支出控制在预算范围内的得满分,每超支1%扣0.5分",  # no floor
    "项目实际支出控制在预算范围内且手续完备的得满分,每超支1%扣0.5分,扣完为止",
    "实际支出未超过预算的得满分,超支的每超2个百分点扣0.5分,扣完为止",  # a remainder not settled
])
def test_limit_near_misses_are_to_check(text):
    assert not propose(text, "5", "成本控制").confident


@pytest.mark.parametrize("text, kind", [
    ("按照实际完成比例计算得分", "completion"),
    ("未全部完成的,按完成比例计分;全部完成的得满分", "completion"),
    ("验收合格率达到100%得满分,否则每降低1%扣0.1分,扣完为止", "threshold"),
])
def test_completion_and_lines_in_more_words(text, kind):
    p = propose(text, "5", "验收合格率" if kind == "threshold" else "任务完成")
    assert p.confident, p.unplaced
    assert p.items[0]["type"] == kind
    if kind == "completion":
        assert scored(p, {"rows": [{"target": "8", "actual": "6"}]}) == Decimal("3.75")
    else:
        assert scored(p, {"numerator": "97", "denominator": "100"}) == Decimal("4.7")


# ── a formula of one rate: proposed, never sure ──────────────────────────────
def test_straight_line_of_a_rate_is_a_formula_to_check():
    p = propose("得分=50×实际合格率-45", "5", "合格率")
    item = p.items[0]
    assert item["type"] == "formula" and item["params"]["expression"] == "50 * r - 45"
    assert not p.confident  # whether the rate is typed as 0.95 or as 95 is the evaluator's to confirm
    assert any("录入方式" in u for u in p.unplaced) and not any("“50”" in u for u in p.unplaced)
    assert [scored(p, {"vars": {"r": v}}) for v in ("1", "0.96", "0.9", "0.5")] == [5, 3, 0, 0]
    p = propose("得分=(1-预算调整率)×本项分值", "4", "预算调整")
    assert p.items[0]["params"]["expression"] == "(1 - r) * max" and not p.confident
    assert scored(p, {"vars": {"r": "0.25"}}) == 3


@pytest.mark.parametrize("text", [
    "评分=验收合格率×分值",
    "计分=验收合格率×权重分",
    "得分=验收合格率×分值;验收合格率=验收合格数/验收总数",
])
def test_score_named_otherwise_and_definition_after_the_formula(text):
    p = propose(text, "5", "验收合格率")
    assert p.confident, p.unplaced
    assert p.items[0]["type"] == "rate"
    assert scored(p, {"numerator": "4", "denominator": "5"}) == 4


def test_completion_against_plan():
    p = propose("项目按计划完成,得满分;未按计划完成的,按完成比例得分", "6", "产出完成")
    assert p.confident, p.unplaced
    assert scored(p, {"rows": [{"target": "12", "actual": "9"}]}) == Decimal("4.5")
    # a condition of its own after the definition: to check
    assert not propose("得分=验收合格率×分值;验收合格率=验收合格数/验收总数;未验收的不得分", "5", "验收合格率").confident


def test_floor_stated_as_lowest_score_zero():
    p = propose("资金到位率达100%得5分,每低1%扣0.5分,最低得0分", "5", "资金到位率")
    assert p.confident, p.unplaced
    assert p.items[0]["type"] == "threshold"
    assert [scored(p, {"numerator": n, "denominator": "100"}) for n in ("100", "96", "80")] == [5, 3, 0]
    # a band of its own scoring 0 is still not the step's: to check
    assert not propose("资金到位率达100%得5分,每低1%扣0.5分,扣完为止;低于80%得0分", "5", "资金到位率").confident


# ── “得分值=…率×N”: the rate named, not defined — read, and left to check ────────
@pytest.mark.parametrize("text, weight, kind", [
    ("得分值=验收合格率×12", "12", "rate"),
    ("得分值=苗木成活率(超过100%以100%计算)×8", "8", "rate"),
    ("得分值=农田、水渠、道路等配套设施建设完成率×10", "10", "completion"),
    ("得分值=年度植树任务完成率(超过100%按100%计)×15", "15", "completion"),
])
def test_score_value_is_a_rate_times_the_weight(text, weight, kind):
    p = propose(text, weight, "测试")
    assert [it["type"] for it in p.items] == [kind]
    assert not p.confident  # the rate may be defined elsewhere as a product of two rates
    assert any("指标说明" in u for u in p.unplaced)
    w = Decimal(weight)
    if kind == "rate":
        assert scored(p, {"numerator": "80", "denominator": "100"}) == w * Decimal("0.8")
        assert scored(p, {"numerator": "120", "denominator": "100"}) == w  # capped at 100%
    else:
        assert scored(p, {"rows": [{"target": "8", "actual": "6"}]}) == w * Decimal("0.75")
        assert scored(p, {"rows": [{"target": "8", "actual": "9"}]}) == w


def test_score_value_times_another_figure_is_not_the_rate():
    # ×20 on a 10-point row: not the rate's share of the 分值
    p = propose("得分值=验收合格率×20", "10", "验收合格率")
    assert p.kind not in ("rate", "completion") or not p.confident
    assert all(it["type"] not in ("rate", "completion") for it in p.items)
    # the plain “得分=…率×分值” stays sure
    assert propose("得分=验收合格率×分值", "10", "验收合格率").confident


# ── “每降1%”: the step said with 降 alone ────────────────────────────────────
def test_step_said_with_jiang_alone():
    p = propose("免疫密度达到100%得6分,每降1个百分点扣0.5分,扣完为止", "6", "免疫密度")
    assert p.confident, p.unplaced
    params = p.items[0]["params"]
    assert p.items[0]["type"] == "threshold" and params["direction"] == "higher"
    assert (params["full_at"], params["step"], params["deduct"]) == ("100", "1", "0.5")
    assert [scored(p, {"value": v}) for v in ("100", "97", "90", "80")] == [6, Decimal("4.5"), 1, 0]
    # near miss: no floor said — still read, but to check
    assert not propose("免疫密度达到100%得6分,每降1个百分点扣0.5分", "6", "免疫密度").confident


# ── “合格率每下降10%扣0.5分”: a rate with no line, full at 100% — to check ──────
def test_rate_step_with_no_line_is_full_at_hundred_to_check():
    p = propose("检测合格率每下降10%扣0.5分,扣完为止", "2", "检测")
    assert p.items[0]["type"] == "threshold" and not p.confident
    assert any("100%" in u for u in p.unplaced)
    assert [scored(p, {"value": v}) for v in ("100", "90", "75", "50")] == [2, Decimal("1.5"), Decimal("0.75"), 0]
    # near misses: a step upward, a count that is not a rate, a line stated elsewhere
    assert propose("检测合格率每提高10%扣0.5分", "2", "检测").kind != "threshold"
    assert propose("检测户数每下降10户扣0.5分,扣完为止", "2", "检测").kind != "threshold"


# ── “与计划每相差3%扣1分”: off the plan on either side — a formula to check ──────
def test_deduction_for_each_step_off_the_plan_either_side():
    p = propose("按采购数量完成情况计分。实际完成数与计划每相差5%,扣2分,扣满10分为止。", "10", "采购完成")
    item = p.items[0]
    assert item["type"] == "formula" and item["params"]["expression"] == "max - abs(p - 100) / 5 * 2"
    assert not p.confident and any("高于、低于" in u for u in p.unplaced)
    assert [scored(p, {"vars": {"p": v}}) for v in ("100", "90", "110", "97.5", "60")] == [10, 6, 6, 9, 0]


def test_one_side_of_the_plan_named_is_not_either_side():
    # the text says which side is deducted: not read as either side
    p = propose("在计划时间内完成的,得满分,超过计划时间的,按超出比例扣分。实际完成情况与计划每相差5%,扣1分,扣满10分为止。",
                "10", "完成时间")
    assert not (p.kind == "formula" and "abs(" in p.items[0]["params"].get("expression", ""))


# ── a step below a target reached ───────────────────────────────────────────
def test_a_step_below_the_target_reached_is_a_line_at_100_percent_of_it():
    p = propose("完成或超额完成年度目标值得满分;未完成的,每低于目标值5%扣2分,扣完为止。", "20", "营业收入完成情况")
    assert p.kind == "threshold", (p.kind, p.summary)
    assert not p.confident  # how the value is entered is to check
    params = p.items[0]["params"]
    assert (params["full_at"], params["direction"], params["step"], params["deduct"]) == ("100", "higher", "5", "2")
    assert "目标值" in params["value_label"]
    assert score_item(p.items[0], {"value": "100"}).score == 20
    assert score_item(p.items[0], {"value": "90"}).score == 16
    assert score_item(p.items[0], {"value": "40"}).score == 0


def test_a_target_in_figures_is_not_read_as_100_percent():
    p = propose("完成目标值90%的得满分,每低于目标值1%扣1分。", "10")
    assert p.kind == "threshold" and p.items[0]["params"]["full_at"] == "90"


def test_a_step_not_measured_against_the_target_is_not_this_reading():
    p = propose("完成年度目标任务的得满分;每低于1天扣1分。", "10")
    assert p.kind != "threshold" and not p.confident


# ── a step below a target named but not given ───────────────────────────────
def test_a_step_short_of_a_target_set_for_each_unit_is_a_formula_of_target_and_figure():
    p = propose("未完成市下达目标的,每低0.5个百分点扣1分,扣完为止。", "4", "达标率")
    assert p.kind == "formula", (p.kind, p.summary)
    assert not p.confident  # a part of a step is taken in proportion: to check
    item = p.items[0]
    assert check_item(item) == []
    assert [v["name"] for v in item["params"]["variables"]] == ["t", "r"]

    def at(target: str, reached: str) -> Decimal:
        res = score_item(item, {"vars": {"t": target, "r": reached}})
        assert res.score is not None
        return res.score

    assert at("90", "91") == 4  # above the target: full marks
    assert at("90", "89") == 2
    assert at("90", "80") == 0


@pytest.mark.parametrize("text", [
    "未完成目标的,每低1个百分点扣1分,另按完成比例扣分。",  # more than the step
    "未完成省下达指标的,每低0.5%扣1分。",  # a step in percent of the target, not in points of a rate
    "完成省下达指标的得满分,每低1个百分点扣1分。",  # full marks stated first: a line, read elsewhere
])
def test_near_misses_of_a_step_short_of_a_target(text):
    p = propose(text, "4")
    assert not (p.kind == "formula" and "max(t - r, 0)" in p.items[0]["params"]["expression"]), p.summary


def test_all_done_for_the_points_then_a_step_of_the_completion_rate_is_a_line_at_100():
    p = propose("全部完成年度建设任务的,得2分;年度任务完成率每减少10个百分点,扣0.5分,扣完为止。", "2")
    assert p.kind == "threshold", (p.kind, p.summary)
    params = p.items[0]["params"]
    assert (params["full_at"], params["direction"], params["step"], params["deduct"]) == ("100", "higher", "10", "0.5")
    item = p.items[0]
    assert score_item(item, {"value": "100"}).score == 2
    assert score_item(item, {"value": "80"}).score == 1


def test_all_done_for_fewer_points_than_the_row_is_not_the_line():
    p = propose("全部完成年度建设任务的,得1分;年度任务完成率每减少10个百分点,扣0.5分,扣完为止。", "2")
    assert not (p.kind == "threshold" and p.items[0]["params"]["full_at"] == "100")

"""Tender rows (综合评分法) left to judgement or read as situations on the tuning set: the classes behind them.

- a rank whose places after the first each lose a share of the 分值 (“排名第一的得标准分值,其余依次按标准分值的25%递减,
  最低分为0分”): the 分值 at the first place, less the share's points per place after it, not below 0; the clause saying
  what the bidders are ranked by (“根据报价供应商近三年平均营业收入由大到小排序评分”) and the floor said as “最低分为0分”
  are the rank's own words;
- a closing sentence keeping the 分值 for a kind of unit outside the rank (“…最低分为0分;军队单位、事业单位按要求提供上级
  管理部门批复的决算得满分”): the rank kept whole as ``p * max + (1 - p) * (…)`` (formula.exempted), to check;
- a band's points said as a share of the 分值 (“50%-70%(含)得标准分的50%”): points, the reading that takes them so kept
  before one that reads the share's figure as a band's, even where something else is left to check;
- a span of time past its least, each step past it earning points (“质保期不低于12个月,投标人每增加3个月得0.5分,最多得
  满分”): the value past the line in proportion (formula._steps_past_line), in months or years, the bidder named before
  the step; never confidently;
- points per case capped at the 分值 without its figure (“每提供1份同类合同得1分,最多得满分”, “每具备1名…得标准分值的
  50%,最高得满分”): a formula of the count, up to the 分值.

The texts are written for these tests in the style of tender scoring tables (none is taken from the rule corpus). Each
proposal's type and parameters are checked and it is scored in a few situations; near misses must not be read so, or
must stay to check.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scored, sole


# ── “排名第一的得标准分值,其余依次按标准分值的25%递减,最低分为0分”: a rank stepping down by a share of the 分值 ─────────
@pytest.mark.parametrize("text, weight, per, second, last_scoring", [
    ("根据投标人近三年平均营业收入由高到低排序,排名第一的得标准分值,其余依次按标准分值的20%递减,最低分为0分。",
     "5", "1", "4", 5),
    ("按投标人注册资本由大到小排序评分,第1名得满分,其余依次按分值10%递减,最低分为0分", "2", "0.2", "1.8", 10),
    ("根据供应商上年度纳税总额由大至小排序评分,排名第一的得满分,其余依次按标准分值的50%递减,最低分为0分;", "3", "1.5",
     "1.5", 2),
])
def test_a_rank_stepping_down_by_a_share_of_the_points_is_a_formula_of_the_place(text, weight, per, second,
                                                                                  last_scoring):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["名"]
    assert by_vars(p, "1") == D(weight)[0]
    assert by_vars(p, "2") == D(second)[0]
    assert by_vars(p, str(last_scoring)) == D(weight)[0] - (last_scoring - 1) * D(per)[0]
    assert by_vars(p, str(last_scoring + 3)) == 0  # never below 0
    assert p.confident, p.unplaced


def test_a_rank_stepping_down_by_a_share_with_a_zero_beside_it_stays_to_check():
    # “净利润为负值的不得分”: a condition of its own the place does not hold
    p = propose("根据投标人近三年净利润由高到低排序评分,第1名得满分,其余依次按标准分值25%递减,最低分为0分,净利润为负值的"
                "不得分", "2", "指标")
    assert sole(p, "formula")["expression"] == "max - (r - 1) * 0.5"
    assert by_vars(p, "2") == D("1.5")[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("按投标人注册资本由大到小排序评分,第1名得满分,其余按分值10%酌情递减,最低分为0分", "2"),  # 酌情: judged
    ("按投标人注册资本由大到小排序评分,第1名得满分,其余依次按分值10%递减", "2"),  # no floor said
])
def test_near_misses_of_a_rank_stepping_down_by_a_share_stay_to_check(text, weight):
    assert not propose(text, weight, "指标").confident


def test_a_share_said_of_the_points_is_no_rank_step_without_its_rank():
    # “依次按标准分值的25%递减” with no first place at full marks: no rank read
    found = [r for r in readings("评审小组依次按标准分值的25%递减打分,最低分为0分", "2")
             if r.items and r.items[0]["type"] == "formula" and "r - 1" in str(r.items[0]["params"].get("expression"))]
    assert found == []


# ── “每提供1份…得1分,最多得满分”: points per case capped at the 分值, its figure unsaid ────────────────────────────────
@pytest.mark.parametrize("text, weight, each", [
    ("每提供1份同类项目业绩合同得1分,最多得满分", "4", "1"),
    ("投标人每具备1个同类认证证书得标准分值的50%,最高得满分;", "3", "1.5"),
    ("每承担1项同类服务项目得标准分值的25%,最多得满分", "2", "0.5"),
])
def test_points_per_case_capped_at_full_marks_are_a_formula_of_the_count(text, weight, each):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert params["expression"] == f"{each} * a"
    assert by_vars(p, "0") == 0
    assert by_vars(p, "1") == D(each)[0]
    assert by_vars(p, "9") == D(weight)[0]  # kept within the 分值
    assert p.confident, p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每提供1份合同得1分,最多得满分", "0.5"),  # a case worth more than the 分值
    ("每发现1份合同不合格扣1分,最多扣满分", "3"),  # points taken off, not earned
])
def test_near_misses_of_points_per_case_capped_at_full_marks_are_not_read_so(text, weight):
    p = propose(text, weight, "指标")
    assert not (p.kind == "formula" and p.confident)


# ── “50%-70%(含)得标准分的50%”: a band's points a share of the 分值, among bands of a percentage ──────────────────────
def test_a_bands_points_said_as_a_share_of_the_points_are_points_not_a_band():
    p = propose("资产负债率低于50%(含)的得标准分,50%-70%(含)得标准分的50%,70%以上不得分", "2", "指标")
    params = sole(p, "tiers")
    assert [t["score"] for t in params["tiers"]] == ["2", "1", "0"]
    assert [scored(p, {"value": v}) for v in ("42", "50", "63", "85")] == D("2", "2", "1", "0")
    assert not p.confident  # 70% in both bands (“(含)” and “以上”)


def test_a_bands_share_said_without_the_points_it_is_of_stays_to_check():
    p = propose("资产负债率低于50%(含)的得满分,50%-70%(含)得50%,70%以上不得分", "2", "指标")
    assert not p.confident


# ── “质保期不低于12个月,投标人每增加3个月得0.5分,最多得满分”: each step of a span of time past its least earning points ─────
@pytest.mark.parametrize("text, weight, unit, scores", [
    ("质保期不低于12个月,投标人每增加3个月得标准分值的25%,最多得满分;", "2", "个月", {"12": "0", "18": "1", "30": "2"}),
    ("免费维保期不少于2年,供应商每延长1年加1分,最高3分", "3", "年", {"2": "0", "4": "2", "9": "3"}),
])
def test_each_step_of_a_span_of_time_past_its_least_earns_its_points(text, weight, unit, scores):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == [unit]
    assert {v: by_vars(p, v) for v in scores} == {v: D(x)[0] for v, x in scores.items()}
    assert not p.confident  # a part of a step counted in proportion is the text's to bear out


def test_a_span_of_time_past_its_least_with_a_cap_short_of_the_points_is_not_read_so():
    found = [r for r in readings("质保期不低于12个月,每增加3个月得0.5分,最多得1分", "2")
             if r.items and "max(0, p - 12)" in str(r.items[0]["params"].get("expression"))]
    assert found == []


# ── “…最低分为0分;事业单位提供上年度决算报告的得满分”: units outside the rank keeping the 分值 ─────────────────────────────
def test_units_given_full_marks_after_a_rank_keep_the_points_on_their_condition():
    p = propose("按投标人近三年营业收入由高到低排序评分,排名第一的得满分,其余依次递减0.5分,最低分为0分;事业单位提供上年度"
                "决算报告的得满分", "2", "指标")
    params = sole(p, "formula")
    assert [v["name"] for v in params["variables"]] == ["p", "r"]
    assert by_vars(p, "1", "4") == D("2")[0]  # the unit keeps the 分值, whatever its place
    assert by_vars(p, "0", "3") == D("1")[0]
    assert by_vars(p, "0", "9") == 0
    assert not p.confident  # whether those units take a place in the rank too is unsaid


def test_full_marks_for_an_honour_after_a_rank_are_no_units_kept_whole():
    p = propose("按投标人近三年营业收入由高到低排序评分,排名第一的得满分,其余依次递减0.5分,最低分为0分;获得市级表彰的得满分",
                "2", "指标")
    assert [v["name"] for v in p.items[0]["params"].get("variables", [])] != ["p", "r"]
    assert not p.confident

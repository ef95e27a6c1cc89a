"""Rows of a 考核表 whose cells a page joined, each read where the readings did not look:

- a group's merged cell joined to one row of the group (the 分值 column merges the rows: “驾驶员有下列情形之一的,扣10分”
  beside each row “酒后驾驶车辆的”): the group's cost, the whole 分值, then the row's one case: a 全有或全无 — the case
  found takes the 分值, none found keeps it, as “酒后驾驶车辆的,扣10分” reads (``all_or_nothing._group_cell_then_case``);
- a rate times the 分值 and the line past which the row scores nothing (“合格率*10;低于80%不得分”), or a figure less a
  rate times the 分值 and its ceiling (“10-差错率*10;高于8%不得分”): a formula gated by the line (``g * (…)``, the rate
  in %), to check (``formula._rate_then_zero_line``);
- parts each opened by a heading and its points in brackets, then the options it chooses among with their points, the
  parts' points adding up to the 分值 (“学校类别(40分):普通学校20分,重点学校30分,示范学校40分;职称(60分):初级30分,
  中级45分,高级60分”), the spaces of a page's cells perhaps lost between an option's points and the next (“…20分
  211院校…”): one 情形选择 per part (``reading._split_headed_options``), to check (none of the options: 0, unsaid);
- a formula written out after its name, “计算公式:” (“计算公式:业绩×40%+能力×30%+态度×30%”, “计分公式:综合得分=…”):
  the formula written (``formula._WRITTEN_LHS``), to check as every written formula is;
- grades one of which is scored anywhere in a range (“优得10分,良得3-9分,一般得2分”): the team fixes the points, so no
  情形选择 of fixed points is read (it dropped the grade of the range) and the text falls to 酌情评分
  (``choice._POINTS_RANGE``);
- a cell's line break after a clause that zeroes or voids the row (“…此分值扣完”, “…的,一级否定”, “…实行一票否决”) read
  as the clause's end, as after a score (``wording._LINE_SCORED``).

Near misses: a group's cost below the 分值 (a deduction per case of the group, another layout), a row that scores of
itself, the cases listed after a colon (``_any_listed_after``'s); a line on the wrong side of the rate (“合格率*10;高于
80%不得分”), a rate times other than the 分值, no line; parts whose points do not add up to the 分值, an option scoring
past its part's points, an option that deducts; a formula named but said in words (“计算公式:按完成率计分”); a
range of points taken off (“扣1-3分”), no grade's score.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import _split_headed_options
from services.scoring.rules.wording import line_breaks_read, normalize
from tests.proposals import D, by_vars, met_or_not, picked, readings, sole, types


# ── a group's cell joined to one row ─────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, fault", [
    ("驾驶员有下列情形之一的,扣10分 酒后驾驶车辆的。", "10", "酒后驾驶车辆"),
    ("承运人有所列情形之一的，扣20分 擅自变更运输路线、或将货物交给无资质人员承运的。", "20", "擅自变更运输路线"),
    ("保洁员有下列行为之一的,扣3分 将垃圾倒入绿化带的。", "3", "将垃圾倒入绿化带"),
    ("有下列情形之一的,不得分 未取得上岗证即上岗作业的", "4", "未取得上岗证即上岗作业"),
])
def test_group_cell_then_one_case(text, weight, fault):
    p = propose(text, weight, "服务质量")
    params = sole(p, "all_or_nothing")
    assert p.confident, p.unplaced
    assert fault in params["condition"] and params["condition"].startswith("无：")
    assert list(met_or_not(p)) == D(weight, 0)


def test_group_named_with_a_band_word_reads_the_same_rule():
    # (“以下” is a band's word elsewhere: the proposal may leave it to check, the rule is the same)
    p = propose("有以下情形之一的,扣5分 未经客户同意,擅自更改服务时间的", "5", "服务质量")
    assert "擅自更改服务时间" in sole(p, "all_or_nothing")["condition"]
    assert list(met_or_not(p)) == D(5, 0)


@pytest.mark.parametrize("text, weight", [
    ("驾驶员有下列情形之一的,扣5分 酒后驾驶车辆的。", "10"),  # the group's cost below the 分值: a deduction per case
    ("驾驶员有下列情形之一的,扣10分 每酒后驾驶车辆1次的。", "10"),  # the row counts cases of its own
    ("驾驶员有下列情形之一的,扣10分 酒后驾驶车辆的扣2分。", "10"),  # the row scores of itself
])
def test_group_cell_near_misses(text, weight):
    p = propose(text, weight, "服务质量")
    assert not (p.confident and p.kind == "all_or_nothing"), p.summary


def test_cases_listed_after_a_colon_are_the_listing_reading():
    p = propose("驾驶员有下列情形之一的,扣10分:①酒后驾驶车辆的;②超速行驶的", "10", "服务质量")
    assert p.kind == "all_or_nothing" and not p.confident  # (``_any_listed_after``: none found scoring it is unsaid)


# ── a rate times the 分值, nothing past a line ────────────────────────────────────────────────────────────────────────
def _rate_gated(text: str, weight: str) -> bool:
    """Whether any reading of the text is the rate (or the figure less it) gated by a line."""
    return any("（至多100%）" in r.summary or "按百分数）" in r.summary for r in readings(text, weight))


# (gate 1: the line not crossed; the rate in %)
@pytest.mark.parametrize("text, weight, situations", [
    ("合格率*10；低于80%不得分。", "10", [("1", "100", "10"), ("1", "90", "9"), ("1", "80", "8"), ("0", "79", "0")]),
    ("抽检合格率*20。低于85%不得分。", "20", [("1", "100", "20"), ("1", "95", "19"), ("0", "84", "0")]),
    ("得分=到课率*6,到课率低于60%的不得分", "6", [("1", "100", "6"), ("1", "75", "4.5"), ("0", "50", "0")]),
])
def test_rate_with_a_floor(text, weight, situations):
    p = propose(text, weight, "合格率")
    params = sole(p, "formula")
    gate, rate = params["variables"]
    assert gate["label"].endswith("（否=1，是=0：整项不得分）") and rate["unit"] == "%"
    assert [by_vars(p, g, v) for g, v, _s in situations] == D(*(s for _g, _v, s in situations))


@pytest.mark.parametrize("text, weight, situations", [
    ("10-差错率*10；高于8%不得分。", "10", [("1", "0", "10"), ("1", "5", "9.5"), ("0", "9", "0")]),
    ("20-投诉率*20;超过10%不得分", "20", [("1", "0", "20"), ("1", "10", "18"), ("0", "11", "0")]),
])
def test_figure_less_rate_with_a_ceiling(text, weight, situations):
    p = propose(text, weight, "差错率")
    params = sole(p, "formula")
    gate, rate = params["variables"]
    assert gate["label"].endswith("（否=1，是=0：整项不得分）") and rate["unit"] == "%"
    assert [by_vars(p, g, v) for g, v, _s in situations] == D(*(s for _g, _v, s in situations))


def test_a_figure_other_than_the_weight_is_taken_as_written_to_check():
    p = propose("10-差错率*20；高于5%不得分。", "20", "差错率")
    sole(p, "formula")
    assert not p.confident and any("被减数" in u for u in p.unplaced)
    assert [by_vars(p, "1", "2")] == D("9.6")


@pytest.mark.parametrize("text, weight", [
    ("合格率*10；高于80%不得分。", "10"),  # a rising score's line above it: no floor
    ("10-差错率*10；低于8%不得分。", "10"),  # a falling score's line below it
    ("合格率*5；低于80%不得分。", "10"),  # the rate times other than the 分值
    ("合格率*10；低于80%扣2分。", "10"),  # no zero at the line
    ("合格率*10；低于180%不得分。", "10"),  # no line a rate can cross
])
def test_rate_line_near_misses(text, weight):
    assert _rate_gated("合格率*10；低于80%不得分。", "10")
    assert not _rate_gated(text, weight)


# ── parts each a heading with its points, then its options ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("学校类别(40分):普通学校20分,重点学校30分,示范学校40分;职称(60分):初级30分,中级45分,高级60分", "100",
     [[40, 30, 20], [60, 45, 30]]),
    ("学校类别（40分） 普通学校：20分 重点学校：30分 示范学校：40分 职称（60分） 初级：30分 中级：45分 高级：60分", "100",
     [[40, 30, 20], [60, 45, 30]]),
    ("院校层次（30分） 普通院校：15分 211院校：25分 985院校：30分 学位（20分） 学士：10分 硕士：15分 博士：20分", "50",
     [[30, 25, 15], [20, 15, 10]]),
    ("评价要素:服务态度(10分):热情周到:10分;一般:6分;冷淡:2分;响应速度(10分):当日响应:10分;次日响应:5分", "20",
     [[10, 6, 2], [10, 5]]),
])
def test_headed_parts_each_a_choice(text, weight, expected):
    p = propose(text, weight, "人员评价")
    assert types(p) == ["choice"] * len(expected), (p.summary, p.unplaced)
    for k, scores in enumerate(expected):
        assert [picked(p, r, k) for r in range(len(scores))] == D(*scores)
        assert picked(p, len(scores), k) == 0  # none of the options: 0, which the text does not say
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("学校类别(40分):普通学校20分,重点学校30分,示范学校40分;职称(60分):初级30分,中级45分,高级60分", "80"),  # parts ≠ 分值
    ("学校类别(40分):普通学校20分,重点学校30分,示范学校50分;职称(60分):初级30分,中级45分,高级60分", "100"),  # past its part
    ("学校类别(40分):普通学校20分,重点学校30分,示范学校40分;职称(60分):初级扣30分,中级45分,高级60分", "100"),  # a deduction
])
def test_headed_parts_near_misses(text, weight):
    assert _split_headed_options(normalize(text), Decimal(weight)) == []


# ── a formula named “计算公式:” first ───────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("计算公式：业绩×40% + 能力×30% + 态度×30%", "100", ["90", "80", "70"], "81"),
    ("计分公式:综合得分=业绩得分×50%+考勤得分×50%", "100", ["80", "100"], "90"),
    ("公式：(自评分+抽查分)÷2", "100", ["80", "90"], "85"),
])
def test_formula_named_first(text, weight, values, expected):
    p = propose(text, weight, "综合评分")
    sole(p, "formula")
    assert [by_vars(p, *values)] == D(expected)
    assert not p.confident  # (how each quantity is entered is the evaluator's to confirm)


def test_a_formula_named_but_said_in_words_is_no_written_formula():
    assert all(r.items[0]["type"] != "formula" for r in readings("计算公式:按完成率计分", "10"))


# ── a grade scored in a range ──────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("优得10分,良得3-9分,一般的得2分", "10"),
    ("方案完善得8分，较完善得4~7分，不完善得0分", "8"),
    ("能力强计6分,能力一般计2至5分,无能力计0分", "6"),
])
def test_a_grade_scored_in_a_range_is_no_choice(text, weight):
    assert all(r.items[0]["type"] != "choice" for r in readings(text, weight))
    assert propose(text, weight, "实力").kind == "judgement"


def test_grades_of_fixed_points_stay_a_choice():
    p = propose("优得10分,良得6分,一般的得2分", "10", "实力")
    sole(p, "choice")
    assert [picked(p, k) for k in range(3)] == D(10, 6, 2)


# ── a line break after a clause that zeroes the row ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, joined", [
    ("发现一户未登记的此分值扣完\n按时发放补贴的,得4分", "发现一户未登记的此分值扣完;按时发放补贴的,得4分"),
    ("无安全制度的,一级否定\n制度未公示的,扣2分", "无安全制度的,一级否定;制度未公示的,扣2分"),
    ("弄虚作假的实行一票否决\n资料不全的扣1分", "弄虚作假的实行一票否决;资料不全的扣1分"),
])
def test_a_break_after_a_zeroing_clause_ends_it(text, joined):
    assert line_breaks_read(text)[0] == joined


def test_a_break_inside_words_still_joins_them():
    assert line_breaks_read("项目资金\n到位率达到90%得5分")[0] == "项目资金到位率达到90%得5分"

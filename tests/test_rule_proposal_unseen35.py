"""Deductions per case whose stop or case is said in other words, and numerals that are no count.

Classes:

- the 分值 restated in brackets after deductions that say no other stop (“…每个点扣0.5分。(共4分)”, “(本项共计5分)”):
  where the deducting stops; a total other than the 分值 is no such stop;
- a stop said as the deductions' total (“累计扣分最多4分”, “扣分最多1分”, “累计扣分不超过2分”), read as 最多扣 is; one fault
  capped short of the 分值 (“每迟报1次扣0.1分,最多扣1分” on 2 points) is read with its cap, to check, as any stop short of
  the 分值 is;
- “每个点”, no number between 每 and 个点: each place, never a percentage point (“每低1个点” is one);
- any one case (“任何一个队伍人数不足的扣1分”): each one counted;
- each one thing whose fault recurs past a count (“同一投诉问题累计三次以上未及时处理回复的扣1分”): the things counted, to check;
- a case of one without 每 and its cap (“迟报1次扣0.1分,最多扣1分”): per case, to check;
- a bare step of percentage points past a line the text does not give (“每低0.1个百分点扣2分,扣完为止”, “每增加0.1%扣0.3分”):
  a formula of how far past the line the value is, to check;
- numerals that are part of a word are kept as written (上一年度, 二次污染, 独立二次项目, 光缆一张图), counts still become digits
  (每少一项扣一分, 通报二次的, 每缺一张图纸).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, by_vars, readings, sole


# ── the 分值 restated in brackets after deductions: where they stop ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, count, score", [
    ("未按要求设置分类垃圾桶的, 每个点扣 0.5 分。(共 4 分)", "4", "0.5", 3, "2.5"),
    ("宣传栏未及时更新的,每处扣1分(共5分)", "5", "1", 7, "0"),
    ("台账缺失的，每发现1处扣0.5分（本项共计3分）", "3", "0.5", 2, "2"),
    ("每缺1份记录扣2分(合计6分)", "6", "2", 1, "4"),
])
def test_the_weight_restated_after_deductions_is_their_stop(text, weight, per, count, score):
    p = propose(text, weight, "设施")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert p.confident, p.unplaced
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, str(count)) == Decimal(score)


@pytest.mark.parametrize("text, weight", [
    ("未按要求设置分类垃圾桶的,每处扣0.5分(共3分)", "4"),  # a total short of the 分值: where it stops is not said
    ("每处扣0.5分", "4"),  # no stop said at all
    ("每处扣0.5分(4分)", "4"),  # points without 共: a score said after the deduction, to check
])
def test_no_restated_weight_no_stop(text, weight):
    assert not propose(text, weight, "设施").confident


# ── a stop said as the deductions' total ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("每处扣0.5分,累计扣分最多4分", "4", "0.5"),
    ("每迟报1次扣0.1分，扣分最多1分", "1", "0.1"),
    ("每发现1例不规范扣0.2分,累计扣分不超过2分", "2", "0.2"),
])
def test_a_total_of_the_deductions_is_their_stop(text, weight, per):
    p = propose(text, weight, "报送")
    assert sole(p, "deduction")["per"] == per
    assert p.confident, p.unplaced
    assert by_count(p, "100") == 0


def test_a_total_of_the_deductions_short_of_the_weight_is_not_confident():
    p = propose("每处扣0.5分,累计扣分最多2分", "4", "设施")  # 每处 of no fault named
    assert not p.confident


@pytest.mark.parametrize("text, weight, cap, per", [
    ("每迟报1次扣0.1分,累计扣分最多1分", "2", "1", "0.1"),
    ("迟报1次扣0.1分，最多扣1分", "2", "1", "0.1"),
    ("每发现1例不规范扣0.2分,累计扣分不超过1分", "3", "1", "0.2"),
])
def test_one_fault_capped_short_of_the_weight_is_read_with_its_cap_to_check(text, weight, cap, per):
    p = propose(text, weight, "报送")
    params = sole(p, "formula")
    assert not p.confident  # a stop short of the 分值: what the rest of the points are for is not said
    assert len(params["variables"]) == 1
    assert by_vars(p, "0") == Decimal(weight)
    assert by_vars(p, "2") == Decimal(weight) - 2 * Decimal(per)
    assert by_vars(p, "100") == Decimal(weight) - Decimal(cap)


def test_two_faults_under_one_fault_s_cap_are_still_to_check():
    p = propose("每迟报1次扣0.1分,最多扣1分;每漏报1次扣0.5分", "3", "报送")
    assert not p.confident


# ── 每个点: each place ──────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("未设置宣传栏的,每个点位扣1分,扣完为止", "5", "1"),
    ("垃圾未清运的，每个点扣0.5分，扣完为止", "3", "0.5"),
])
def test_each_place_is_a_case(text, weight, per):
    p = propose(text, weight, "点位")
    assert sole(p, "deduction")["per"] == per
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)


@pytest.mark.parametrize("text", ["每低1个点扣1分,扣完为止", "每降低一个点扣1分,扣完为止"])
def test_a_point_below_is_no_place(text):
    p = propose(text, "5", "达标率")
    assert not (p.kind == "deduction" and p.confident)


# ── any one case ────────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, count, score", [
    ("任何1个站点未达标的扣1分,扣完为止", "4", "1", 2, "2"),
    ("任何一个村未按时上报的，扣0.5分，扣完为止", "3", "0.5", 7, "0"),
    ("队伍不健全的, 任何一个队伍人数不足的扣 1 分( 4 分)", "4", "1", 1, "3"),
])
def test_any_one_case_is_counted(text, weight, per, count, score):
    p = propose(text, weight, "队伍")
    assert sole(p, "deduction")["per"] == per
    assert by_count(p, str(count)) == Decimal(score)


def test_a_task_is_no_any_one():
    # 任务 before a count is no 任一: one task short of the 分值 once, never each of many
    p = propose("任务1项未完成的扣4分", "4", "任务")
    assert p.kind != "deduction"


# ── a case of one without 每, capped ────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("迟报1次扣0.1分,最多扣1分", "1", "0.1"),
    ("值班脱岗1次扣0.5分，累计扣分最多2分", "2", "0.5"),
])
def test_a_case_of_one_capped_is_per_case_to_check(text, weight, per):
    p = propose(text, weight, "报送")
    assert sole(p, "deduction")["per"] == per
    assert not p.confident  # that each further case costs as much is read, not said
    assert by_count(p, "3") == Decimal(weight) - 3 * Decimal(per)


# ── numerals that are no count ──────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, kept", [
    ("查看上一年度台账", "上一年度"),
    ("对照上一季度报表", "上一季度"),
    ("整改中产生二次污染的扣2分", "二次污染"),
    ("独立二次项目未验收的扣1分", "独立二次项目"),
    ("未建成光缆一张图的扣1分", "光缆一张图"),
])
def test_a_numeral_in_a_word_is_kept(text, kept):
    assert kept in normalize(text)


@pytest.mark.parametrize("text, read", [
    ("每少一项扣一分", "每少1项扣1分"),
    ("问题连续通报二次的扣2分", "通报2次的"),
    ("每缺一张图纸扣0.5分", "每缺1张图纸"),
    ("第二次检查仍不合格的", "第2次"),
    ("每年上报一次", "上报1次"),
])
def test_a_count_still_becomes_digits(text, read):
    assert read in normalize(text)


@pytest.mark.parametrize("text, unit", [
    ("光缆一张图未更新的,每处扣1分,扣完为止", "处"),  # once read as 1张: a case counted in 张, its word left over
    ("产生二次污染的,每起扣1分,扣完为止", "起"),  # once read as 2次: a stray count
])
def test_a_word_with_a_numeral_leaves_the_case_counted_alone(text, unit):
    p = propose(text, "5", "整改")
    assert sole(p, "deduction") == {"per": "1", "unit": unit}
    assert p.confident, p.unplaced


# ── a bare step past a line the text does not give ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, side, past, score", [
    ("每低0.1个百分点扣2分,扣完为止", "20", "低于", "0.3", "14"),
    ("每增加0.1%扣0.3分", "6", "高于", "0.5", "4.5"),
    ("每超过1个百分点扣0.5分，扣完为止", "3", "高于", "2", "2"),
    ("每低于0.5%扣1分", "5", "低于", "9", "0"),
])
def test_a_bare_step_is_a_formula_of_the_gap(text, weight, side, past, score):
    p = propose(text, weight, "入学率")
    params = sole(p, "formula")
    assert not p.confident  # the line is not given
    assert params["variables"][0]["label"].startswith(side)
    assert by_vars(p, "0") == Decimal(weight)
    assert by_vars(p, past) == Decimal(score)


@pytest.mark.parametrize("text, weight", [
    ("达到95%,每低1个百分点扣1分,扣完为止", "10"),  # the line given: a 达标线
    ("每下降1%扣0.5分", "5"),  # a decline of the value itself: the 达标线's share of what is asked
    ("每少1项扣1分,扣完为止", "5"),  # a count, no percentage
    ("每低1个百分点扣10分", "10"),  # one step takes the whole 分值
    ("入学率每低0.1个百分点扣2分", "20"),  # a rate named before the step: not the bare step
])
def test_no_bare_step(text, weight):
    assert not any(it["type"] == "formula" and "标准值的百分点" in str(it["params"])
                   for found in readings(text, weight) for it in found.items)


# ── each one thing whose fault recurs past a count ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, count, score", [
    ("同一投诉问题累计三次以上未及时处理回复的扣1分", "10", "1", 2, "8"),
    ("同一问题重复2次以上被通报的，扣0.5分，扣完为止", "3", "0.5", 7, "0"),
    ("同一路段连续3次以上检查不合格的扣2分", "6", "2", 1, "4"),
])
def test_each_one_thing_past_a_count_is_a_case(text, weight, per, count, score):
    p = propose(text, weight, "投诉处理")
    assert sole(p, "deduction")["per"] == per
    assert not p.confident  # the things are counted, not the times: read, not said
    assert by_count(p, str(count)) == Decimal(score)


@pytest.mark.parametrize("text, weight", [
    ("同一问题累计3次以上未整改的,不得分", "3"),  # the whole 分值, no deduction per thing
    ("累计3次以上未处理的扣1分", "10"),  # no 同一: one situation past a count of times
    ("同一问题累计3次以上未整改的扣3分", "3"),  # one deduction of the whole 分值
])
def test_no_thing_past_a_count(text, weight):
    assert not any(it["type"] == "deduction" for found in readings(text, weight) for it in found.items)

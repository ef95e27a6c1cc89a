"""Formulas and their near kin that fell back to judgement: a formula written over a rank with a count of things
closing a term (“/10个系”), a formula whose two lines may be alike (“(年级最高通过率-目标线)”), a formula named as the
way of scoring (“计分办法为10×…”) after the rate it writes out again, a numbered point holding the formula beside points
saying what it is for, parts each with their own points and formula (a closing cost per thing left undone taken off
the part it speaks of), the least count asked before points per time (“1次以上,每次1分”), and base points with as many
added when a task is done and the base taken when it is not (all or nothing).

Each class has made-up texts in the style of published 评分标准, the score of a few situations through the proposal,
and near misses that must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, item_score, met_or_not, readings, sole, types


def _formulas(text: str, weight: str) -> list[str]:
    return [str(it["params"].get("expression")) for found in readings(text, weight) for it in found.items
            if it["type"] == "formula"]


# ── a formula over a rank, a count of things closing a term ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, rank, want", [
    ("得分=4分*[1-(考核排名-1)/8个乡镇]", "4", "1", "4"),
    ("得分=4分*[1-(考核排名-1)/8个乡镇]", "4", "5", "2"),
    ("得分=3分×[1-(完成率的名次-1)/12个单位]", "3", "7", "1.5"),
])
def test_a_rank_over_a_count_of_things(text, weight, rank, want):
    p = propose(text, weight, "排名得分")
    sole(p, "formula")
    assert by_vars(p, rank) == D(want)[0]
    assert not p.confident  # how each quantity is entered is the evaluator's


@pytest.mark.parametrize("text", [
    "得分=4分*[1-(考核排名-1)/8个乡镇的平均分]",   # the count of things goes on: a quantity named, not a number
    "得分=4分*8个乡镇",                          # no formula of a quantity at all
])
def test_near_miss_a_count_that_is_no_closing_term(text):
    assert not any("/ 8 )" in e or e.endswith("* 8") for e in _formulas(text, "4"))


# ── a formula whose two lines may be alike ─────────────────────────────────────────────────────────────────
def test_a_formula_between_two_named_lines():
    p = propose("得分=16+4×(合格率-基准线)/(全市最高合格率-基准线)", "20", "合格率")
    sole(p, "formula")
    assert by_vars(p, "90", "80", "90") == D(20)[0]
    assert by_vars(p, "85", "80", "90") == D(18)[0]
    assert by_vars(p, "70", "80", "90") == D(12)[0]
    assert not p.confident


# ── the way of scoring named, after the rate it writes out again ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, want", [
    ("参训率=实际参训人数/应参训人数。计分办法为8×实际参训人数/应参训人数。", "8", ("30", "40"), "6"),
    ("计分方法:5×按期办结件数/受理件数", "5", ("9", "10"), "4.5"),
])
def test_the_way_of_scoring_named(text, weight, values, want):
    p = propose(text, weight, "参训率")
    assert types(p) in (["formula"], ["rate"]), p.summary  # the 分值 times a quotient: a formula or the rate itself
    got = by_vars(p, *values) if types(p) == ["formula"] else item_score(
        p.items[0], {"numerator": values[0], "denominator": values[1]})
    assert got == D(want)[0]
    assert not p.confident


def test_near_miss_a_rate_defined_but_not_written_again():
    # the formula uses neither the rate's name nor its quotient: the definition is no note on it
    text = "参训率=实际参训人数/应参训人数。计分办法为8×考试合格人数/考试人数。"
    assert not any("公式中已写出" in str(doubt) for found in readings(text, "8") for doubt in found.doubts or ())


# ── one numbered point holding the formula, the others what it is for ──────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "1.以全校各专业平均就业率为基准线。2.就业率按8月底统计,得分=18+2×(就业率-基准线)/(学院最高就业率-基准线)。"
    "3.新设专业不参加该项考核。",
    "1.以全校各专业平均就业率为基准线;2.就业率按8月底统计,得分=18+2×(就业率-基准线)/(学院最高就业率-基准线);"
    "3.既有本科又有专科学生的学院分别计算本科得分和专科得分,最后得分=(本科学生数/学生总数)×本科得分+(专科学生数/学生总数)×专科得分",
])
def test_a_numbered_point_holding_the_formula(text):
    p = propose(text, "20", "就业率")
    sole(p, "formula")
    assert by_vars(p, "95", "90", "95") == D(20)[0]
    assert by_vars(p, "90", "90", "95") == D(18)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    # another point scores of its own: the formula is not the whole rule
    "1.以全校平均就业率为基准线。2.得分=18+2×(就业率-基准线)/(学院最高就业率-基准线)。3.未按时报送数据的扣2分。",
    # two points each with a score's formula, no mixed case: which is the row's is not told
    "1.本科得分=18+2×(就业率-基准线)/(最高就业率-基准线)。2.得分=(本科得分+专科得分)/2。",
])
def test_near_miss_points_that_score_beside_the_formula(text):
    assert not any("未用于公式" in str(doubt) or "计算口径" in str(doubt)
                   for found in readings(text, "20") for doubt in found.doubts or ())


# ── parts each with their own points and formula ────────────────────────────────────────────────────────────
def test_parts_each_with_their_formula():
    text = "“上报”指按时报送信息,“采用”指被上级刊物采用。上报占2分,得分=上报条数/10*2;采用占3分,得分=采用条数/5*3。"
    p = propose(text, "5", "信息报送")
    assert types(p) == ["formula", "formula"]
    assert [it["max"] for it in p.items] == ["2", "3"]
    assert item_score(p.items[0], {"vars": {"a": "5"}}) == D(1)[0]
    assert item_score(p.items[1], {"vars": {"a": "5"}}) == D(3)[0]
    assert not p.confident


def test_parts_with_a_cost_off_the_part_it_speaks_of():
    text = "上报占2分,得分=上报条数/10*2;采用占3分,得分=采用条数/5*3。重要信息少上报1条扣0.5分。"
    p = propose(text, "5", "信息报送")
    assert types(p) == ["formula", "formula"]
    first = p.items[0]["params"]
    assert len(first["variables"]) == 2 and len(p.items[1]["params"]["variables"]) == 1
    assert item_score(p.items[0], {"vars": {"a": "10", "b": "1"}}) == D("1.5")[0]
    assert item_score(p.items[0], {"vars": {"a": "2", "b": "3"}}) == D(0)[0]  # down to 0 of that part
    assert not p.confident and any("上报" in u and "扣" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "上报占2分,得分=上报条数/10*2;采用占2分,得分=采用条数/5*2。",                  # parts not adding up to the 分值
    "上报占2分,得分=上报条数/10*2;采用占3分,得分=采用条数/5*3。迟报1次扣0.5分。",     # a cost of no part's words
    "上报占2分,得分=上报条数/10*2;采用占3分,得分=采用条数/5*3。上报不及时、采用率低酌情扣分。",  # words of judgement
])
def test_near_miss_parts_that_do_not_hold(text):
    assert not any(len(found.items) == 2 and all(it["type"] == "formula" for it in found.items)
                   for found in readings(text, "5"))


# ── the least count asked before points per time ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, count, want", [
    ("坚持每月召开安全例会1次以上,每次0.5分。", "6", "4", "2"),
    ("坚持每月召开安全例会1次以上,每次0.5分。", "6", "20", "6"),
    ("每年开展业务培训不少于2次,每次得1分", "4", "3", "3"),
])
def test_the_least_asked_then_points_per_time(text, weight, count, want):
    p = propose(text, weight, "会议")
    sole(p, "formula")
    assert by_vars(p, count) == D(want)[0]
    assert not p.confident  # the cap is the row's points, unsaid


@pytest.mark.parametrize("text", [
    "每月召开安全例会1次以上,每次扣0.5分",          # points taken per time: a deduction
    "每月召开安全例会1次以上,每少1次扣0.5分",        # a step short of the line
    "每月召开安全例会1次以上,每篇0.5分",            # another unit: not the times asked
])
def test_near_miss_no_points_per_time_asked(text):
    assert not any("作为要求的" in str(doubt) for found in readings(text, "6") for doubt in found.doubts or ())


# ── base points, as many added when the task is done, the base taken when it is not ─────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("1、门户网站信息更新基础分值4分,完成任务的加4分,完不成任务的在总分值中扣4分。", "8"),
    ("微信公众号运营基础分6分,完成目标的加6分,未完成目标的扣6分", "12"),
])
def test_base_added_or_taken(text, weight):
    p = propose(text, weight, "信息公开")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (D(weight)[0], D(0)[0])
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("门户网站信息更新基础分值4分,完成任务的加4分,完不成任务的扣2分。", "8"),   # 2 of the base left: not all or nothing
    ("门户网站信息更新基础分值4分,完成任务的加2分,完不成任务的扣4分。", "8"),   # base and bonus short of the 分值
])
def test_near_miss_base_not_all_or_nothing(text, weight):
    assert not any(it["type"] == "all_or_nothing" and "基础分" in str(found.doubts)
                   for found in readings(text, weight) for it in found.items)

"""Cells of a KPI or supplier sheet that the page ran together, each case's points set where the readings did not look:

- each case's points in brackets opening its cell (“(0分)晚于约定日期 (4分)按约定日期 (8分)早于约定日期”);
- cases run together with no mark between a case's points and the next case (“投诉处理率在 95%以上 15 分投诉处理率在
  90%以上 8 分投诉处理率低于 90%为 0 分”, “2%以内15分高于2%为0分”, “1级3分2级6分3级9分”, “…(2分)及时率…(6分)”), read
  only where every case is a line of a figure, a level or words alone (``wording._chained_cases_read``);
- a bare score opening each cell before its band (“100 B>=98% 85 95%<=B<98% 60 …”, “100 N=0 80 N=1 …”), scores falling or
  rising strictly (``wording._scores_then_bands``, in ``_run_together``, the home of rows whose cells ran together) — to
  check, no 分 being said.

Near misses: a range of points inside a case (“一般 2~3分”), points said inside a case, deductions, a share (“占10分”), a
score before a band that is no line, scores out of order.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import _chained_cases_read, _scores_then_bands, normalize
from tests.proposals import D, picked, scored, sole


def at(p, *values):
    """The scores of the proposal's one 分档 item at ``values`` (in %, for a ratio)."""
    ratio = p.items[0]["params"].get("input") == "ratio"
    return [scored(p, {"numerator": v, "denominator": "100"} if ratio else {"value": v}) for v in values]


# ── each case's points in brackets first ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("(0 分)晚于约定日期 (4 分)按约定日期 (8 分)早于约定日期", "8", [8, 4, 0]),
    ("(0分)供方合同文本(2分)双方协商文本(3分)采用我方合同文本", "3", [3, 2, 0]),
    ("（1 分）资料不全 （3 分）资料基本齐全 （5 分）资料齐全且规范", "5", [5, 3, 1]),
])
def test_points_in_brackets_before_each_case(text, weight, expected):
    p = propose(text, weight, "交付")
    options = sole(p, "choice")["options"]
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert all("分" not in o["label"] for o in options)


def test_points_in_brackets_first_need_two_cells_from_the_start():
    # words before the first bracket: another layout, left as written
    assert normalize("按合同约定(0分)晚于约定日期(5分)早于约定日期").startswith("按合同约定")


# ── cases run together, no mark between ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("投诉处理率在 95%以上 15 分投诉处理率在 90%以上 8 分投诉处理率低于 90%为 0 分", "15", ["97", "92", "80"], [15, 8, 0]),
    ("2%以内15分高于2%为0分", "15", ["1", "2", "3"], [15, 15, 0]),
    ("到货及时率85%以上12分到货及时率70%-85%为6分到货及时率低于70%为0分", "12", ["90", "75", "60"], [12, 6, 0]),
    ("合格率98%以上(8分)合格率95%-98%(5分)合格率低于95%(0分)", "8", ["99", "96", "90"], [8, 5, 0]),
])
def test_bands_run_together(text, weight, values, expected):
    p = propose(text, weight, "比率")
    sole(p, "tiers")
    assert at(p, *values) == D(*expected)


@pytest.mark.parametrize("text, weight, expected", [
    ("1级3分2级6分3级9分4级12分", "12", [12, 9, 6, 3]),
    ("1 级 2 分 2 级 4 分 3 级 6 分", "6", [6, 4, 2]),
])
def test_levels_run_together(text, weight, expected):
    p = propose(text, weight, "主动性")
    sole(p, "choice")
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not p.confident  # the levels' words are elsewhere on the sheet


def test_words_cases_run_together_are_left_to_the_readings_of_situations():
    flat = "按时按质提交报表6分按时或按质任一项4分均未做到0分"
    assert _chained_cases_read(flat) == flat


def test_a_zero_read_from_a_stop_closing_a_band_run_together_is_to_check():
    p = propose("2%以内10分高于2%为。分", "10", "次品率")
    sole(p, "tiers")
    assert at(p, "1", "3") == D(10, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "工作情况良好以上 5分工作情况一般 2~3分工作情况差 0分",  # a range of points inside a case
    "基本分占10分 加分项占10分",  # shares of the 分值
    "符合要求10分缺少1次扣2分缺少2次以上0分",  # a deduction among them
    "按要求完成20分月投诉1起10分月投诉2起以上0分",  # a count that is no line of its own
])
def test_near_misses_not_run_together(text):
    flat = text.replace(" ", "")
    assert _chained_cases_read(flat) == flat


# ── a bare score opening each cell before its band ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, values, expected", [
    ("100 B>=98% 85 95%<=B<98% 60 90%<=B<95% 0 B<90%", ["99", "96", "92", "80"], [100, 85, 60, 0]),
    ("100 R<=2% 80 2%<R<=3% 40 3%<R<=4% 0 R>4%", ["1", "2.5", "3.5", "5"], [100, 80, 40, 0]),
    ("100 N=0 80 N=1 50 N=2 0 N>=3", ["0", "1", "2", "4"], [100, 80, 50, 0]),
    ("100低于0.3% 70 位于0.3%~0.5%之间 0 高于0.5%", ["0.2", "0.4", "0.8"], [100, 70, 0]),
])
def test_scores_before_their_bands(text, values, expected):
    p = propose(text, "100", "指标")
    sole(p, "tiers")
    assert at(p, *values) == D(*expected)
    assert not p.confident  # no 分 said


@pytest.mark.parametrize("text", [
    "100 B>=98% 85 95%<=B<98%",  # two cells only
    "100 B>=98% 60 95%<=B<98% 85 B<95%",  # scores out of order
    "100 按时完成 80 基本完成 0 未完成",  # no band: options, read as the cells' options are or not at all
])
def test_near_misses_not_scores_before_bands(text):
    assert _scores_then_bands(text) is None

"""Made-up texts of ranges, lines with steps, delays, completion shares, choices and checklists that were read
confidently and wrong, and the near misses beside them.

The texts are written for these tests in the styles 评分标准 and 项目支出绩效评价 scoring sheets use (none is taken from
the rule corpus). Each asks that the proposal be unsure or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, readings, sure_scores, to_check


def never_read_as(text: str, weight: str, kind: str) -> None:
    """No reading of the text, proposed or not, has an item of type ``kind``, and the proposal is unsure."""
    assert not [r.summary for r in readings(text, weight) if any(it["type"] == kind for it in r.items)]
    assert not propose(text, weight, "指标").confident


# ── a line and a step that point opposite ways (“≥0得满分,每超支…”, “90%以上得满分,每超过…”): which value is ──
# ── meant is not said, so no 达标线 is read ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "成本节约率≥0得满分,每超支1个百分点扣2分,扣完为止",
    "节约率不低于0%得满分,每超出1个百分点扣1分,扣完为止",
    "覆盖率90%以上得满分,每超过1个百分点扣2分,扣完为止",
    "投诉率在2%以上的得满分,每上升1个百分点扣2分,扣完为止",
    "覆盖率在90%以下的得满分,每下降1个百分点扣2分,扣完为止",
    "差错率≤1%得满分,每降低0.5个百分点扣1分,扣完为止",
])
def test_a_line_and_a_step_pointing_opposite_ways_are_not_read_confidently(text):
    never_read_as(text, "10", "threshold")


@pytest.mark.parametrize("text, at, expected", [
    ("节约率≥0得满分,每低1个百分点扣2分,扣完为止", [5, 0, -3], [10, 10, 4]),
    ("超支率≤0得满分,每超支1个百分点扣2分,扣完为止", [0, 3, 8], [10, 4, 0]),
    ("覆盖率达90%以上得10分,每下降1个百分点扣2分,扣完为止", [95, 90, 87, 80], [10, 10, 4, 0]),
    ("投诉率在2%以内的得满分,每上升1个百分点扣2分,扣完为止", [1, 3, 8], [10, 8, 0]),
    ("偏离度不超过5%得满分,每增加一个百分点扣1分,扣完为止", [5, 7, 20], [10, 8, 0]),
    ("完成120户以上得满分,每少1户扣0.5分,扣完为止", [120, 110, 90], [10, 5, 0]),
])
def test_a_line_and_a_step_pointing_the_same_way_are_still_read(text, at, expected):
    assert sure_scores(text, "10", at) == D(*expected)


# ── a situation whose scoring words name only the item (“…的,本项不得分”): the situation is the clause before ──
@pytest.mark.parametrize("text, labels", [
    ("资金使用符合规定得5分,有截留、挤占、挪用等情况的,本项不得分", ["资金使用符合规定", "有截留、挤占、挪用等情况"]),
    ("资金管理规范得5分,存在虚列支出的,该项不得分", ["资金管理规范", "存在虚列支出"]),
    ("信息公开及时得5分,未按要求公开的,此项不计分", ["信息公开及时", "未按要求公开"]),
])
def test_a_situation_named_before_the_item_word_keeps_its_words(text, labels):
    p = propose(text, "5", "资金使用")
    assert p.kind == "choice", p.summary
    assert [o["label"] for o in p.items[0]["params"]["options"]] == labels


def test_two_situations_never_share_the_item_word_as_their_label():
    p = propose("制度健全得5分,制度不够完善的,本项得3分,无制度的,本项不得分", "5", "制度建设")
    assert p.confident is False or len({o["label"] for o in p.items[0]["params"]["options"]}) == 3, p.summary
    assert not any(o["label"] in ("本项", "该项", "此项") for it in p.items for o in it["params"].get("options", []))


# ── bands with a further clause the bands do not hold: a deduction on a value no band of its points ends at ──
# ── (“…;执行率超过100%扣2分”), or a band whose values all fall in a band before it (“≥95%…;超过100%的得5分”) ──
@pytest.mark.parametrize("text, word", [
    ("执行率≥95%,10分;85%≤执行率<95%,8分;75%≤执行率<85%,6分;执行率<75%,0分;执行率超过100%扣2分", "超过100%扣2分"),
    ("支出率≥90%得10分;80%≤支出率<90%得8分;支出率<80%得0分;支出率超过100%的扣2分", "超过100%的扣2分"),
    ("执行率≥95%得10分;85%≤执行率<95%得8分;执行率<85%得0分;超过100%的得5分", "100～不限%得5分"),
    ("满意度≥90%得10分;80%≤满意度<90%得6分;满意度<80%得0分;满意度达到98%以上的得8分", "98～不限%得8分"),
])
def test_a_clause_the_bands_do_not_hold_is_left_to_check(text, word):
    to_check(text, "10", word)


@pytest.mark.parametrize("text, at, expected", [
    ("执行率≥95%,10分;85%≤执行率<95%,8分;75%≤执行率<85%,6分;执行率<75%,0分", [96, 90, 80, 70], [10, 8, 6, 0]),
    # bands from the top down, each “≥”: a later band is reached below the one before
    ("执行率≥100%得10分;≥90%得8分;≥80%得6分;<80%得0分", [100, 95, 85, 70], [10, 8, 6, 0]),
])
def test_bands_that_hold_every_clause_are_still_read(text, at, expected):
    assert sure_scores(text, "10", at) == D(*expected)


# ── a line with no unit of its own between 0 and 1 before a step in 百分点 (“≥0.9得满分,每低1个百分点…”): a share ──
# ── written as a fraction (90%) or 0.9%, which is not said ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "执行率≥0.9得满分,每低1个百分点扣0.5分,扣完为止",
    "到位率≥1得满分,每低1个百分点扣0.5分,扣完为止",
    "差错率≤0.05得满分,每超过1个百分点扣1分,扣完为止",
])
def test_a_line_said_as_a_fraction_before_a_step_in_points_of_percent_is_not_read(text):
    never_read_as(text, "5", "threshold")


def test_a_line_of_none_with_no_unit_still_takes_the_steps_unit():
    assert sure_scores("变动率≤0,计8分;每超过1个百分点扣0.8分,扣完为止", "8", [0, 5, 20]) == D(8, 4, 0)


@pytest.mark.parametrize("text", [
    "执行率≥0.95得10分,0.85≤执行率<0.95得6分,执行率<0.85不得分",
    "执行率X≥0.95,10分;0.85≤X<0.95,6分;X<0.85,0分",
])
def test_bands_said_as_fractions_with_no_unit_are_left_to_check(text):
    to_check(text, "10", "未写单位")


def test_bands_of_small_shares_said_in_percent_are_still_read():
    assert sure_scores("差错率≤0.5%得10分,0.5%<差错率≤1%得6分,差错率>1%不得分", "10", [0.3, 0.8, 2]) == D(10, 6, 0)


# ── a step down a ranking (“每下降1个名次扣1分”) counts places from the top, never faults found: the place is what ──
# ── the evaluator has, so no count of cases is read ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "排名第一得5分,每下降一个名次扣1分,扣完为止",
    "排名第1名得满分,名次每下降1位扣1分,扣完为止",
    "全省排序第一的得满分,排序每后退1位扣0.5分,扣完为止",
    "每有1个名次落后扣1分,扣完为止",
])
def test_a_step_down_a_ranking_is_not_a_count_of_faults(text):
    assert not [r.summary for r in readings(text, "5") if any(it["type"] == "deduction" for it in r.items)]
    p = propose(text, "5", "指标")
    # unsure, or read whole as the 分值 at the first place less a step per place after it (formula._first_place_down)
    assert not p.confident or (p.kind == "formula" and [by_vars(p, r) for r in ("1", "3", "9")] == D(5, 3, 0))


def test_ranks_and_faults_beside_them_are_still_read():
    assert sure_scores("全市排名前10名得5分,每后退1名扣0.5分,扣完为止", "5", [3, 10, 12, 30]) == D(5, 5, 4, 0)
    p = propose("每发现1个问题扣1分,扣完为止", "5", "问题整改")
    assert p.confident and [by_count(p, n) for n in ("0", "2", "9")] == D(5, 3, 0)

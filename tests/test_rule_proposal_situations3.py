"""Texts whose proposal had the right shape but scored a situation wrong: a parameter of the rule misread.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, verbs and
units), with the rule they must give and the score of a few situations, and near misses that must not be read that
way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_vars, scored, sole


def _labels(p: Proposal) -> list[str]:
    """The labels of the variables of every formula the proposal holds."""
    return [v["label"] for it in p.items for v in (it.get("params") or {}).get("variables", [])]


# ── a line to stay under, then a step up: “差错率不超过2%,每超过1个百分点扣0.5分” ─────────────────────────────
@pytest.mark.parametrize("text", [
    "每发现1例错报扣3分;差错率不超过2%,每超过1个百分点扣0.5分,扣完为止",
    "每发现一例错报扣3分；差错率控制在2%以内，每超过一个百分点扣0.5分，扣完为止。",
    "每发现1例错报扣3分;差错率≤2%,每超1%扣0.5分,扣完为止",
    "每发现1例错报扣3分,差错率不高于2%的,每高出1个百分点扣0.5分,扣完为止",
    "每发现1例错报扣3分;差错率应控制在2%以内,每增加1个百分点扣0.5分,扣完为止",
])
def test_a_step_up_over_a_line_to_stay_under_takes_the_excess(text):
    p = propose(text, "10", "数据质量")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["例", "%"]
    assert by_vars(p, "0", "1.5") == 10  # under the line: nothing off
    assert by_vars(p, "0", "2") == 10
    assert by_vars(p, "0", "4") == 9  # 2 points over
    assert by_vars(p, "1", "6") == 5
    assert by_vars(p, "2", "30") == 0
    assert params["variables"][1]["label"] == "差错率（%）"


def test_a_line_said_below_with_a_step_up_is_the_excess_and_to_check():
    # “低于2%” states the requirement; the step up says the points go above it, never below
    p = propose("每发现1例错报扣3分;差错率低于2%,每高1个百分点扣0.5分,扣完为止", "10", "数据质量")
    sole(p, "formula")
    assert by_vars(p, "0", "1") == 10
    assert by_vars(p, "0", "5") == 8.5
    assert not p.confident
    p = propose("(1)每发现漏报1例扣3分。(2)漏报率低于2%,每超过一个百分点扣0.5分。", "10", "数据质量")
    assert by_vars(p, "0", "0") == 10
    assert by_vars(p, "0", "3") == 9.5
    assert not p.confident


@pytest.mark.parametrize("text", [
    "每发现1例错报扣3分;合格率低于90%的,每低1个百分点扣0.5分,扣完为止",
    "每发现1例错报扣3分;合格率未达到90%,每下降1个百分点扣0.5分,扣完为止",
])
def test_near_miss_a_step_down_below_a_line_is_still_the_shortfall(text):
    p = propose(text, "10", "数据质量")
    sole(p, "formula")
    assert by_vars(p, "0", "95") == 10
    assert by_vars(p, "0", "88") == 9


# ── a condition zeroing the item closing a sentence between deductions ─────────────────────────────────────
@pytest.mark.parametrize("text", [
    "未按要求张贴宣传标语的扣2分,未按要求开展宣传活动的,不得分。培训考核不合格的,扣2分,无故缺席培训的每次扣3分,扣完为止。",
    "未按要求张贴宣传标语扣2分，未开展宣传活动的本项不得分；培训考核不合格扣2分，无故缺席培训1次扣3分，扣完为止",
])
def test_a_zeroing_clause_between_deductions_gates_them_all(text):
    p = propose(text, "10", "宣传培训")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["", "", "", "次"]
    assert "宣传活动" in params["variables"][0]["label"]  # the gate, named first
    assert by_vars(p, "1", "0", "0", "0") == 10
    assert by_vars(p, "1", "1", "0", "1") == 5
    assert by_vars(p, "0", "0", "0", "0") == 0  # the condition holds: nothing left
    assert not p.confident  # whether the condition voids the deductions' points too is the evaluator's


def test_two_zeroing_clauses_between_deductions_fold_into_one_gate():
    p = propose("台账不规范的扣1分,未建立台账的,不得分;每迟报1次扣0.5分,弄虚作假的,不得分;资料缺失的每项扣1分,扣完为止", "5",
                "台账管理")
    params = sole(p, "formula")
    gate = params["variables"][0]["label"]
    assert "未建立台账" in gate and "弄虚作假" in gate
    assert by_vars(p, "1", "1", "2", "1") == 2.0
    assert by_vars(p, "0", "0", "0", "0") == 0
    assert not p.confident


@pytest.mark.parametrize("text", [
    # the zero is the otherwise of points earned, not a gate over deductions
    "按时上报的得5分,未上报的,不得分;",
    # a line in the condition: not a condition in words
    "台账不规范的扣1分,迟报超过3次的,不得分;资料缺失的每项扣1分,扣完为止",
])
def test_near_miss_no_gate_between_deductions(text):
    p = propose(text, "5", "台账管理")
    assert not [x for x in _labels(p) if "整项不得分" in x], p.summary


# ── a doubling clause closing a sentence of deductions doubles that sentence's faults only ────────────────
@pytest.mark.parametrize("text", [
    "台账齐全、按时报送的记4分,缺报1次扣1分。每例登记错误扣0.5分,属重点人群登记错误的加倍扣分。",
    "缺报一次扣1分；登记错误一例扣0.5分，其中重点人群登记错误的，加倍扣分；",
])
def test_doubling_in_the_sentence_of_one_fault_doubles_that_fault(text):
    p = propose(text, "4", "登记管理")
    params = sole(p, "formula")
    labels = [v["label"] for v in params["variables"]]
    assert len(labels) == 3 and "缺报" not in labels[2], labels
    assert by_vars(p, "1", "2", "0") == 2
    assert by_vars(p, "1", "2", "1") == 1.5  # one of the two errors among the doubled: 0.5 more
    assert not p.confident


def test_near_miss_doubling_of_its_own_sentence_still_doubles_all_before_it():
    p = propose("缺报一次扣1分；登记错误一例扣0.5分；经上级通报的，加倍扣分。", "4", "登记管理")
    params = sole(p, "formula")
    assert len(params["variables"]) == 4
    assert by_vars(p, "1", "2", "1", "0") == 1


# ── text recognition: the digit 1 of a score read as a Latin I or l, the “-1” of a range as a T ────────────────
@pytest.mark.parametrize("text", [
    "未制定工作目标的扣 10 分未进行目标分解的扣 I0 分无考核规定的扣 8 分考核办法未落实的扣 5 分",
    "未制定工作目标的扣10分;未进行目标分解的扣l0分;无考核规定的扣8分;考核办法未落实的扣5分",
])
def test_a_latin_i_or_l_opening_a_score_is_the_digit_1(text):
    p = propose(text, "10", "目标管理")
    params = sole(p, "formula")
    assert len(params["variables"]) == 4
    assert by_vars(p, "0", "1", "0", "0") == 0  # the second fault costs 10, not 0
    assert by_vars(p, "0", "0", "0", "1") == 5


def test_a_latin_t_between_digits_is_the_dash_and_1_of_a_range():
    p = propose("年度投资完成排名:1-3名,5分;4-6名,3分;7T0名,1分。", "5", "投资排名")
    params = sole(p, "tiers")
    assert ("7", "10", "1") in [(t["min"], t["max"], t["score"]) for t in params["tiers"]]
    assert scored(p, {"value": "9"}) == 1
    assert scored(p, {"value": "5"}) == 3


@pytest.mark.parametrize("text", [
    "按GB/T19001标准建立质量体系",  # a standard's number: no digit before the T
    "通过ISO9001认证的得5分",  # an I opening no score
    "Level2及以上得5分",
    "T1类项目扣2分",
    "排名7T10名的得1分",  # two digits after the T: no “-1” before them (not 7-110)
])
def test_near_miss_latin_letters_elsewhere_are_left_alone(text):
    assert normalize(text) == text


# ── several sentences closing the text, each zeroing the item ──────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "1.未执行收费公示制度的,每项扣0.5分;2.发生1起违规收费行为的该项不得分;3.教辅资料征订不规范的该项不得分。",
    "未执行收费公示制度,有一项扣0.5分；发现一起违规收费行为，本项不得分；教辅资料征订不规范的，本项不得分",
])
def test_closing_zeroing_sentences_fold_into_one_gate(text):
    p = propose(text, "4", "收费管理")
    params = sole(p, "formula")
    gate = params["variables"][0]["label"]
    assert "违规收费" in gate and "教辅资料" in gate, gate
    assert len(params["variables"]) == 2
    assert scored(p, {"vars": {"g": "1", "n": "2"}}) == 3
    assert scored(p, {"vars": {"g": "0", "n": "0"}}) == 0
    assert not p.confident


def test_near_miss_a_closing_zero_after_points_is_not_folded_with_the_gate():
    # the sentence before the gate scores its own points and zero: not a second gate over deductions
    p = propose("每迟报1天扣0.2分,扣完为止;按时报送的得满分,未报送的不得分;弄虚作假的不得分", "5", "报送")
    assert not [x for x in _labels(p) if "未报送" in x and "弄虚作假" in x], p.summary

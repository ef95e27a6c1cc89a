"""Deductions written the way supply, attendance and safety tables set them down:

- the figure a part's deductions stop at said before 扣完 (“…发现1次扣1分,5分扣完为止”): that part's cap, and a first
  sentence earning the whole 分值 with no fault (“按时到货得10分;…”) before parts whose caps make it up: the best of them;
- what a row deducts for, said in a cell of its own run straight into the scoring (“对…的情况进行扣分 不满足要求扣10分”):
  words set aside, the scoring read without them (to check);
- each person's each half-day a case (“擅自离岗的,每人次每半天扣2分”): one count, person-times by half-days (to check);
- one of the main things lacking, no measure word (“每缺一大类扣1分”): a count of one;
- a count let pass before the deducting starts (“每月最多请假2次,超过2次的,每次扣1分”): the cases past it, each taken
  off (to check).

Near misses keep their old readings: a figure before 扣完 after no deduction, a first sentence naming a fault or caps
short of the 分值, a sentence of what is deducted for that holds a figure, 每 a person and 每 a time apart, 一大 with no
每缺 before it, a count let pass in another unit than the one counted.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, by_vars, met_or_not, readings, scored, types


# ── a part's cap said before 扣完, the whole 分值 earned first ──────────────────────────────────────────────
def test_the_figure_before_the_stop_is_the_parts_cap():
    assert normalize("迟到1次扣1分,5分扣完为止") == "迟到1次扣1分,扣完5分为止"


@pytest.mark.parametrize("text", ["本项满分10分扣完为止", "按时完成得10分扣完为止"])
def test_a_figure_before_the_stop_after_no_deduction_is_left(text):
    assert "扣完10分为止" not in normalize(text)


def test_parts_each_capped_after_the_whole_earned():
    p = propose("按时到货得10分;到货迟于约定时间的发现一次扣1分,5分扣完为止;货物数量短缺一次扣1分,5分扣完为止。",
                "10", "供货")
    assert types(p) == ["deduction", "deduction"]
    assert not p.confident
    assert [it["max"] for it in p.items] == ["5", "5"]
    assert by_count(p, "2") == Decimal(3)
    assert scored(p, {"count": "7"}, 1) == Decimal(0)


@pytest.mark.parametrize("text", [
    # the caps fall short of the 分值: the first sentence is no best of them all
    "按时到货得10分;到货迟于约定时间的发现一次扣1分,4分扣完为止;货物数量短缺一次扣1分,4分扣完为止。",
    # the first sentence names a fault
    "未按时到货扣10分;到货迟于约定时间的发现一次扣1分,5分扣完为止;货物数量短缺一次扣1分,5分扣完为止。",
])
def test_a_first_sentence_not_the_best_of_capped_parts_is_not_dropped(text):
    assert types(propose(text, "10", "供货")) != ["deduction", "deduction"]


# ── what the row deducts for, run into the scoring ────────────────────────────────────────────────────────
def test_what_is_deducted_for_run_into_the_scoring_is_set_aside():
    p = propose("对上级检查提出的问题未按期整改销号的情况进行扣分 不满足要求扣10分", "10", "问题整改")
    assert types(p) == ["all_or_nothing"]
    assert not p.confident
    assert any("进行扣分" in u for u in p.unplaced)
    assert met_or_not(p) == (Decimal(10), Decimal(0))


@pytest.mark.parametrize("text", ["按照未完成事项进行扣分,每项扣5分", "进行扣分每项扣5分"])
def test_deducted_for_with_a_mark_after_or_no_subject_gets_no_stop(text):
    assert "进行扣分;" not in normalize(text)


def test_a_sentence_of_what_is_deducted_for_with_a_figure_is_not_set_aside():
    p = propose("对3次以上未整改的情况进行扣分 不满足要求扣10分", "10", "问题整改")
    assert not (types(p) == ["all_or_nothing"] and p.confident)


# ── person-times by half-days ───────────────────────────────────────────────────────────────────────────
def test_each_person_each_half_day_is_one_count():
    p = propose("值班人员严格按规定在岗,得10分。值班人员擅自离岗半天以上,每人次每半天扣2分。例会迟到每次扣1分,缺席每次扣3分。",
                "10", "在岗情况")
    assert types(p) == ["formula"]
    assert not p.confident
    assert p.items[0]["params"]["variables"][0]["unit"] == "人次·0.5天"
    assert by_vars(p, "2", "1", "0") == Decimal(5)
    assert by_vars(p, "3", "1", "1") == Decimal(0)


def test_each_person_and_each_time_apart_are_not_one_count():
    p = propose("擅自离岗每人次扣2分,每半天另扣1分;例会迟到每次扣1分", "10", "在岗情况")
    assert all("·" not in v.get("unit", "") for it in p.items for v in it["params"].get("variables", []))


# ── one of the main things lacking ──────────────────────────────────────────────────────────────────────
def test_one_main_thing_lacking_is_a_count_of_one():
    assert normalize("每缺一大类扣1分") == "每缺1个大类扣1分"
    p = propose("1、应急物资应配齐四大类,每缺一大类扣1分。2、物资台账每缺一项记录扣0.5分。3、储备期限低于12个月扣2分",
                "4", "应急物资")
    assert types(p) == ["formula"]
    assert not p.confident
    assert by_vars(p, "1", "2", "0") == Decimal(2)
    assert by_vars(p, "0", "0", "1") == Decimal(2)


@pytest.mark.parametrize("text", ["缺一大类扣1分", "每一大类扣1分", "每缺一类扣1分"])
def test_one_main_thing_without_each_lacking_is_left(text):
    assert "1个大" not in normalize(text)


# ── a count let pass before the deducting ─────────────────────────────────────────────────────────────────
def test_cases_past_a_count_let_pass_are_deducted():
    p = propose("(1)请假次数,每月最多请假2次,超过2次的,扣1分/次 (2)旷工的,扣3分/次", "10", "考勤")
    assert types(p) == ["formula"]
    assert not p.confident
    assert by_vars(p, "2", "0") == Decimal(10)
    assert by_vars(p, "4", "1") == Decimal(5)
    assert by_vars(p, "9", "2") == Decimal(0)


def test_a_count_let_pass_for_the_same_amount_is_still_a_formula():
    p = propose("(1)缺席人数,每班最多缺席2人,超过2人的,扣0.5分/人 (2)做操不认真的,扣0.5分/人", "4", "早操")
    assert types(p) == ["formula"]
    assert by_vars(p, "4", "1") == Decimal("2.5")


def test_a_count_let_pass_in_another_unit_is_not_read_so():
    for found in readings("迟到超过3人的,每次扣1分;旷课每次扣3分", "10"):
        assert all("max(0," not in it["params"].get("expression", "") for it in found.items)


# ── 扣 split by text recognition before 除 ────────────────────────────────────────────────────────────────
def test_kou_split_by_text_recognition_before_chu_is_kou():
    assert normalize("垃圾未清理的,一次扌II除5分") == "垃圾未清理的,1次扣除5分"
    p = propose("桌椅摆放整齐,否则各扣1分;教室垃圾未清理的,一次扌II除3分", "5", "卫生")
    assert types(p) == ["formula"]
    assert not p.confident
    assert by_vars(p, "1", "1") == Decimal(1)


@pytest.mark.parametrize("text", ["扌II类问题", "扌口除外"])
def test_the_hand_radical_before_no_points_nor_chu_is_left(text):
    assert "扣" not in normalize(text)

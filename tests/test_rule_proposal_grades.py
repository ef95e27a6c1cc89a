"""The grades of one rating, or the degrees of one quality, stated as deductions: a 情形选择, one holds.

“评价为A的不扣分,评价为B的扣5分,评价为C的扣10分”: the best grade costs nothing and each lower grade costs more. The
grades exclude each other (a rating has one result), so the text is situations to pick one of — the 分值 less each
grade's deduction — never faults that may all be found. Confident only when every word is placed; a grade word the
team judges (“优秀的不扣分,良好的扣1分” with no rating named) stays to check. Faults, grades out of rank, costs that do
not rise, or a clause that is no grade are not read this way. Degrees of one quality (“资料齐全的不扣分,资料基本齐全的
扣1分,资料不齐全的扣3分”) exclude each other too, but which holds is judged: read as situations, always to check.
The texts are written for these tests in the style of published 评分标准.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.choice import deducted_degrees, graded_deductions, rating_named
from tests.proposals import picked, sole


def situations(p) -> list[tuple[str, Decimal]]:
    return [(o["label"], Decimal(o["score"])) for o in sole(p, "choice")["options"]]


@pytest.mark.parametrize("text, weight, scores", [
    # letters, half-width punctuation, 的 before the cost
    ("评价为A的不扣分,评价为B的扣5分,评价为C的扣10分,评价为D的扣20分。", "20", ["20", "15", "10", "0"]),
    # full-width semicolons, 级 after the letter, the lowest grade 不得分 after a comma
    ("单位绩效自评等级为A级的不扣分；B级的扣1分；C级的扣2分；D级的，不得分。", "4", ["4", "3", "2", "0"]),
    # grade words in quotes, no 的, full-width commas
    ("年度考评等次为“好”不扣分，“较好”扣1分，“一般”扣2分，“差”扣4分", "4", ["4", "3", "2", "0"]),
    # grade words after the rating, 的 then a comma before each cost
    ("年度考核结果为优秀的，不扣分；合格的，扣2分；不合格的，扣3分", "3", ["3", "1", "0"]),
    # numbered (1)/1./①/1、, with Chinese numerals for the costs
    ("(1)信用评价为A的不扣分;(2)评价为B的扣2分;(3)评价为C的扣4分", "4", ["4", "2", "0"]),
    ("1.考核评价为优秀的不扣分；2.良好的扣一分；3.合格的扣二分；4.不合格的不得分", "3", ["3", "2", "1", "0"]),
    ("①考核为优的不扣分；②良的扣1分；③差的扣3分。", "3", ["3", "2", "0"]),
    ("1、A级不扣分，2、B级扣1分，3、C级扣3分", "3", ["3", "2", "0"]),
    # decimals, two grades only
    ("检查评定为合格的不扣分,评定为不合格的扣1.5分", "1.5", ["1.5", "0"]),
])
def test_a_rating_s_grades_with_their_deductions_are_situations(text, weight, scores):
    p = propose(text, weight, "评价结果")
    assert p.confident, p.unplaced
    got = situations(p)
    assert [s for _label, s in got] == [Decimal(x) for x in scores]
    assert picked(p, 0) == Decimal(weight)
    assert picked(p, len(scores) - 1) == Decimal(scores[-1])


def test_the_labels_name_the_grades_in_the_text_s_words():
    p = propose("评价为A的不扣分,评价为B的扣5分,评价为C的扣10分。", "10", "信用评价")
    assert [label for label, _s in situations(p)] == ["评价为A", "评价为B", "评价为C"]
    assert picked(p, 1) == 5


def test_grade_words_with_no_rating_named_are_degrees_the_team_judges():
    # the situations score right, but which of 优秀/良好/一般 holds is the team's judgement: to check
    p = propose("工作成效优秀的不扣分,良好的扣1分,一般的扣2分,较差的扣3分", "3", "工作成效")
    assert not p.confident
    assert [s for _label, s in situations(p)] == [3, 2, 1, 0]
    assert any("程度由评价组判断" in u for u in p.unplaced)


def test_single_character_grades_of_a_rating():
    p = propose("为优的不扣分,良的扣2分,差的扣5分", "5", "满意度测评")
    assert p.confident, p.unplaced
    assert [s for _label, s in situations(p)] == [5, 3, 0]


def test_a_remark_on_where_the_rating_comes_from_is_left_to_check():
    p = propose("单位信用评价为A的不扣分,评价为B的扣3分,评价为C的扣6分。(由主管部门提供评价结果)", "6", "信用评价")
    assert not p.confident
    assert any("由主管部门提供评价结果" in u for u in p.unplaced)
    assert [s for _label, s in situations(p)] == [6, 3, 0]


# ── near misses ─────────────────────────────────────────────────────────────
def test_faults_that_may_all_be_found_stay_a_formula():
    p = propose("资料齐全的不扣分,资料未归档扣2分,台账未更新扣3分", "5", "资料管理")
    assert p.kind != "choice"
    assert graded_deductions(p.text) is None


def test_a_grade_beside_a_fault_is_not_a_rating():
    p = propose("为优的不扣分,良的扣2分;资料不全的扣1分", "5", "管理")
    assert p.kind != "choice" or not p.confident
    assert graded_deductions(p.text) is None


@pytest.mark.parametrize("text", [
    "评价为B的不扣分,评价为A的扣5分",  # grades out of rank
    "优的不扣分,良的扣3分,差的扣2分",  # a lower grade costing less
    "评价为A的不扣分,评价为B的不扣分,评价为C的扣5分",  # two grades costing nothing
    "评价为A的不扣分,评价为B的不得分,评价为C的扣5分",  # 不得分 before the lowest grade
    "评价为A的不扣分,评价为B、C的扣5分",  # two grades in one situation
    "评价为A的得满分,评价为B的扣5分",  # the best grade scored, not 不扣分 (other readings take it)
    "制度执行好的不扣分,宣传一般的扣1分,档案管理差的扣2分",  # grades of different things: faults that may all hold
    "评价为A的不扣分,整改为合格的扣2分",  # a second grade of another subject
])
def test_no_reading_as_grades(text):
    assert graded_deductions(text) is None


def test_a_deduction_beyond_the_points_is_not_read_as_grades():
    p = propose("评价为A的不扣分,评价为B的扣5分,评价为C的扣10分", "5", "信用评价")
    assert not p.confident
    assert p.kind != "choice"


def test_a_rating_is_named_only_before_the_first_grade():
    assert rating_named("考核结果为优秀的不扣分,良好的扣1分")
    assert not rating_named("优秀的不扣分,良好的扣1分")
    assert not rating_named("考核结果为优秀的得满分")


# ── degrees of one quality stated as deductions ─────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("资料齐全的不扣分,资料基本齐全的扣1分,资料不齐全的扣3分", "3", ["3", "2", "0"]),
    ("方案完整的，不扣分；方案基本完整的，扣1分；方案不完整的，扣2分；", "2", ["2", "1", "0"]),
    ("(1)台账规范的不扣分;(2)台账较规范的扣0.5分;(3)台账不规范的不得分", "2", ["2", "1.5", "0"]),
    ("①制度执行到位不扣分；②制度执行部分到位扣二分；③制度执行未到位扣四分。", "4", ["4", "2", "0"]),
])
def test_degrees_of_one_quality_with_their_deductions_are_situations_to_check(text, weight, scores):
    p = propose(text, weight, "资料管理")
    assert not p.confident  # which degree holds is judged
    assert any("程度由评价组判断" in u for u in p.unplaced)
    assert [s for _label, s in situations(p)] == [Decimal(x) for x in scores]
    assert picked(p, 0) == Decimal(weight) and picked(p, len(scores) - 1) == Decimal(scores[-1])


@pytest.mark.parametrize("text", [
    "制度健全的不扣分,制度不健全扣2分,未执行扣3分",  # a second fault of another thing
    "资料齐全的不扣分,资料未归档扣2分,台账未更新扣3分",  # faults of different things that may all be found
    "资料基本齐全的不扣分,资料不齐全的扣2分",  # the first is not the quality in full
    "资料齐全的不扣分,资料不齐全的扣3分,资料基本齐全的扣1分",  # the costs do not rise
    "资料齐全的不扣分,资料不全的扣2分,无资料的扣5分",  # “无资料” names no degree of “资料齐全”
])
def test_no_reading_as_degrees(text):
    assert deducted_degrees(text) is None
    p = propose(text, "5", "资料管理")
    assert not (p.kind == "choice" and p.confident)

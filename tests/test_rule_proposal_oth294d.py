"""Wordings of a deduction per case a proposer missed: the case found said with 存在 (“存在一处隐患扣2分”, as “有一处
隐患扣2分” is read), and the item itself named between 扣 and the points (“出现一次,扣除该项3分”, “每处扣本项0.5分”: the
row's own points, as a bare 扣 takes them); and a minus straight after a case's unit, its one unsaid (“每处-2分”, as
“每1处-2分” is read: a deduction, never points earned per case).

Each class has made-up texts in the style of published 评分标准, with the score of a few counts, and near misses that
must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, sole


# ── “存在1处…扣N分”: a case found there, counted as 有/发现 are ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, counts, expected", [
    ("存在一处隐患扣2分", "10", "2", "处", ["0", "1", "3", "6"], [10, 8, 4, 0]),
    ("门窗、桌椅完好,无安全隐患10分,存在一处安全隐患扣1分", "10", "1", "处", ["0", "2"], [10, 8]),
    ("存在1项资料缺失的扣0.5分", "3", "0.5", "项", ["1", "4"], [2.5, 1]),
    ("检查台账,存在1个问题扣0.2分", "2", "0.2", "个", ["5"], [1]),
])
def test_a_case_found_with_cunzai_is_counted(text, weight, per, unit, counts, expected):
    p = propose(text, weight, "安全管理")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == (per, unit)
    assert [by_count(p, c) for c in counts] == D(*expected)
    assert not p.confident  # no 扣完为止 said: how far the deductions go is to check


def test_cunzai_with_its_end_said_reads_as_before():
    p = propose("存在一处隐患扣2分,扣完为止", "10", "安全管理")
    assert sole(p, "deduction")["per"] == "2"


@pytest.mark.parametrize("text", [
    "不存在1处隐患扣2分",  # a negation: no case found there, never a count of cases
    "没存在一处隐患扣2分",
])
def test_near_miss_cunzai_negated_is_no_case(text):
    p = propose(text, "10", "安全管理")
    assert p.kind != "deduction"
    assert not p.confident


def test_near_miss_cunzai_without_a_count_is_one_fault():
    # “存在问题扣2分”: no count of cases, one fault found or not
    p = propose("存在问题扣2分", "10", "安全管理")
    assert p.kind != "deduction"
    assert not p.confident


# ── “扣除该项N分”, “扣本项N分”: the item named between 扣 and the points ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, counts, expected", [
    ("因个人原因耽误部门工作的情况出现一次,扣除该项2分", "6", "2", "次", ["0", "1", "2", "5"], [6, 4, 2, 0]),
    ("每发现一处扣本项0.5分", "5", "0.5", "处", ["3"], [3.5]),
    ("台账不全的,发现1处扣此项1分", "4", "1", "处", ["2"], [2]),
    ("每处扣本项目0.5分,扣完为止", "2", "0.5", "处", ["1", "4"], [1.5, 0]),
])
def test_the_item_named_before_the_points(text, weight, per, unit, counts, expected):
    p = propose(text, weight, "工作纪律")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == (per, unit)
    assert [by_count(p, c) for c in counts] == D(*expected)
    assert not p.confident  # a new reading: always to check


def test_a_class_named_before_the_points_reads_as_before():
    p = propose("每次扣本班1分,扣完为止", "5", "卫生评比")
    assert sole(p, "deduction")["per"] == "1"


@pytest.mark.parametrize("text", [
    "每发现一处扣该项分值的50%",  # a share of the points, no figure of points per case
    "出现一次扣除该项全部分数",  # the whole item, said in words
])
def test_near_miss_the_item_named_without_points_per_case(text):
    p = propose(text, "6", "工作纪律")
    assert not (p.kind == "deduction" and p.items[0]["params"].get("per") in ("50", "6"))
    assert not p.confident


# ── “每处-2分”: a minus after the case's unit, its one unsaid ────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, counts, expected", [
    ("每处-2分", "10", "2", "处", ["0", "1", "3"], [10, 8, 4]),
    ("每项-0.5分", "3", "0.5", "项", ["2", "8"], [2, 0]),
    ("卫生不达标,每次-1分", "5", "1", "次", ["2"], [3]),
    ("迟到早退每人次-0.2分", "2", "0.2", "人次", ["5"], [1]),
])
def test_a_minus_after_the_unit_deducts(text, weight, per, unit, counts, expected):
    p = propose(text, weight, "日常管理")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == (per, unit)
    assert [by_count(p, c) for c in counts] == D(*expected)
    assert not p.confident  # no 扣完为止 said


@pytest.mark.parametrize("text, weight, per, unit", [
    ("每处-2分,扣完为止", "10", "2", "处"),
    ("每人次-1分,扣完为止", "6", "1", "人次"),
])
def test_a_minus_after_the_unit_reads_as_with_its_one(text, weight, per, unit):
    # the same reading, and the same confidence, as “每1处-2分,扣完为止”
    one = text.replace("每", "每1", 1)
    p, q = propose(text, weight, "日常管理"), propose(one, weight, "日常管理")
    assert (sole(p, "deduction")["per"], p.items[0]["params"]["unit"]) == (per, unit)
    assert (p.kind, p.items[0]["params"], p.confident) == (q.kind, q.items[0]["params"], q.confident)


@pytest.mark.parametrize("text", [
    "每处1-2分",  # a range of points per case, the figure before the dash
    "每次2-5分",
    "每项0.5-1分,最高5分",
])
def test_near_miss_a_range_after_the_unit_is_no_minus(text):
    p = propose(text, "10", "日常管理")
    assert p.kind != "deduction"
    assert not p.confident

"""Scoring clauses of unseen tables, read where they are written otherwise than the readings knew: a form's line whose
cell runs into the box where the cases found are counted (“未注明日期的,扣1分,共”, “…扣2分,共__处”), and pages counted
as cases (“每缺1页扣0.5分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, readings, sole


def _deductions(text: str, weight: str) -> list[dict]:
    return [it["params"] for found in readings(text, weight) for it in found.items if it["type"] == "deduction"]


# ── a count box after one fault: “…的,扣1分,共” ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("会议纪要未经主持人签字的,扣1分,共", "10", "1", "处"),
    ("档案封面未填写编号,扣0.5分,共计", "5", "0.5", "处"),
    ("台账缺少经办人签名的扣2分,共__处", "10", "2", "处"),
    ("资料未按年度装订成册的,扣1分,共（ ）份", "10", "1", "份"),
    ("检查人员少于3人的,扣2分,共", "8", "2", "处"),  # a figure in the fault says what makes a case
    ("现场核查时,未出示执法证件的,扣减1.5分;共", "6", "1.5", "处"),
])
def test_a_fault_then_the_count_box_is_a_deduction_per_case(text, weight, per, unit):
    p = propose(text, weight, "执法质量")
    assert sole(p, "deduction") == {"per": per, "unit": unit}
    assert not p.confident  # that the 共 counts the cases is read, not said
    assert any("共" in u for u in p.unplaced), p.unplaced
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)
    assert by_count(p, "100") == 0


def test_a_count_box_after_a_fault_taking_the_whole_weight_still_counts():
    p = propose("主要事实认定不清的,扣6分,共", "6", "执法质量")
    assert not p.confident
    assert p.items[0]["type"] in ("deduction", "all_or_nothing")
    assert {"per": "6", "unit": "处"} in _deductions("主要事实认定不清的,扣6分,共", "6")


@pytest.mark.parametrize("text, weight", [
    ("会议纪要未经主持人签字的,扣1分", "10"),  # no count box: the fault is taken once
    ("会议纪要未经主持人签字的,扣1分,共__分", "10"),  # a box of points, not of cases
    ("会议纪要未经主持人签字的,扣12分,共", "10"),  # more than the 分值
    ("得分率低于90%的,扣2分,共", "10"),  # a line on a rate, not a case
    ("得分率每低1个百分点扣1分,共", "10"),  # a step on a rate
    ("会议纪要未经主持人签字的,扣1分,共3次", "10"),  # a count given, not a box to fill
])
def test_near_miss_no_count_box_is_no_deduction_per_case(text, weight):
    assert _deductions(text, weight) == []


# ── pages counted: “每缺1页扣0.5分” ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("抽查档案,每缺1页扣0.5分", "5", "0.5"),
    ("扫描材料缺页的,每缺1页扣1分,扣完为止", "10", "1"),
    ("装订的卷宗每少一页扣2分", "6", "2"),
])
def test_pages_missing_are_counted_as_cases(text, weight, per):
    p = propose(text, weight, "档案")
    assert sole(p, "deduction") == {"per": per, "unit": "个"}
    assert not p.confident  # the page is counted as 个
    assert by_count(p, "1") == Decimal(weight) - Decimal(per)
    assert by_count(p, "100") == 0

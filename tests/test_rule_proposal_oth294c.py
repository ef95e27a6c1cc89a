"""Assessment sheets of many kinds (schools, enterprises, work assessment): the wordings of a list of missed corpus
texts, each class with the rule it must give, its scores in a few situations, and near misses.

Taught:

- a count the row asks for, then, in a clause of its own, a fault of how the work is done costing each time it is found
  (``deduction._ASKED_THEN_FAULT``: “班主任每周深入宿舍不少于2次,管理不到位的,每次扣0.5分”): a deduction per case of the
  fault, the count asked left out of the rule and said back (to check); never where the fault is a shortfall of the
  count (“未达到的,每次扣1分”, “少于2次的”, “缺少记录的”), which counts the times missing.

The texts are written for these tests in the style of school and work assessment tables (none is taken from the rule
corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import readings, scored, sole


def count(p, n):
    return scored(p, {"count": str(n)})


# ── a count asked, then a fault of manner costing each time ─────────────────
@pytest.mark.parametrize("text,weight,unit,per", [
    ("辅导员要主动深入学生宿舍,每周不少于2次,宿舍管理不到位,每次扣0.5分。", "5", "次", "0.5"),
    ("班主任每周深入宿舍不少于2次,管理不到位的,每次扣0.5分。", "5", "次", "0.5"),
    ("每月至少开展1次安全检查,检查不认真的,每次扣1分。", "4", "次", "1"),
    ("每学期至少召开2次班会,班会流于形式的,每次扣1分。", "4", "次", "1"),
    ("每学期至少召开2次班会,记录不完整,每次扣0.5分,扣完为止。", "4", "次", "0.5"),
    ("每季度至少组织3次演练,演练不规范的,每次扣1分。", "6", "次", "1"),
])
def test_a_count_asked_then_a_fault_costing_each_time(text, weight, unit, per):
    """Each time the fault is found costs, down to 0; the count asked is said back, never sure."""
    p = propose(text, weight, "学生管理")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": unit}
    assert not p.confident
    assert any("按要求读，未计入规则" in u and "未达到要求的次数是否也扣分未说明" in u for u in p.unplaced), p.unplaced
    assert [count(p, n) for n in (0, 1, 2)] == [Decimal(weight), Decimal(weight) - Decimal(per),
                                                 Decimal(weight) - 2 * Decimal(per)]
    assert count(p, 100) == 0


@pytest.mark.parametrize("text,weight", [
    ("每学期至少召开2次班会,未达到的,每次扣1分。", "4"),  # short of the count: the times missing
    ("每学期至少召开2次班会,缺少记录的,每次扣1分。", "4"),
    ("每月至少开展2次安全检查,少于2次的,每次扣1分。", "4"),
    ("每学期至少召开2次班会,未按要求召开的,每次扣1分。", "4"),
    ("每月至少开展2次安全检查,每少1次扣1分。", "4"),  # the shortfall said as a step
    ("每周不少于2次深入宿舍,每次扣0.5分。", "5"),  # no fault named: nothing but the count
])
def test_a_shortfall_of_the_count_is_not_a_fault_of_manner(text, weight):
    """The fault short of the count asked (or no fault named) is never read as each time a fault is found."""
    for r in readings(text, weight):
        assert not any("按要求读，未计入规则" in u for u in r.doubts or ()), (r.summary, r.doubts)
    p = propose(text, weight, "指标")
    assert not any("按要求读，未计入规则" in u for u in p.unplaced), p.unplaced


def test_several_faults_after_the_count_stay_a_formula():
    """A shortfall step and a fault of manner side by side: each its own count (a formula), not one deduction."""
    p = propose("每学期至少召开2次班会,每缺1次扣2分;记录不规范的,每次扣0.5分。", "4", "班会")
    assert [it["type"] for it in p.items] == ["formula"] and not p.confident


def test_a_count_per_person_after_the_count_asked():
    """The fault counted in another unit (每人) is a deduction per person, the count asked said back."""
    p = propose("每学期至少召开2次班会,不合格的每人扣1分。", "4", "班会")
    assert sole(p, "deduction") == {"per": "1", "unit": "人"} and not p.confident
    assert count(p, 3) == 1

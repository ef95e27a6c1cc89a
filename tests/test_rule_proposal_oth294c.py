"""Assessment sheets of many kinds (schools, enterprises, work assessment): the wordings of a list of missed corpus
texts, each class with the rule it must give, its scores in a few situations, and near misses.

Taught:

- a count the row asks for, then, in a clause of its own, a fault of how the work is done costing each time it is found
  (``deduction._ASKED_THEN_FAULT``: “班主任每周深入宿舍不少于2次,管理不到位的,每次扣0.5分”): a deduction per case of the
  fault, the count asked left out of the rule and said back (to check); never where the fault is a shortfall of the
  count (“未达到的,每次扣1分”, “少于2次的”, “缺少记录的”), which counts the times missing;
- bands of one width, each a step of points below the one above, then “以此类推” closing the text
  (``tiers._bands_so_on``: “满意度90-100%得5分,85-89%得4分,80-84%得3分,以此类推”): the bands go on down in that width
  and step until one would score 0, that band open below (to check); never bands of unequal widths or steps, two bands
  alone, or a step not reaching 0 exactly.

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


# ── bands that go on down “以此类推” ───────────────────────────────────────────
def value(p, v):
    return scored(p, {"value": str(v)})


@pytest.mark.parametrize("text,weight,probes", [
    ("满意度测评90-100%得5分,85-89%得4分,80-84%得3分,以此类推。", "5",
     {95: 5, 87: 4, 80: 3, 79: 2, 75: 2, 72: 1, 69: 0, 30: 0}),
    ("合格率95%-100%得10分,90%-95%得8分,85%-90%得6分,依此类推", "10",
     {96: 10, 92: 8, 86: 6, 82: 4, 76: 2, 74: 0}),
    ("群众满意率90%-100%得6分;80%-89%得4分;70%-79%得2分;以此类推", "6", {91: 6, 85: 4, 71: 2, 69: 0, 10: 0}),
])
def test_bands_going_on_down_in_one_width_and_step(text, weight, probes):
    """The bands listed, then more of the same width, each a step less, down to the band of 0 (open below)."""
    p = propose(text, weight, "满意度")
    params = sole(p, "tiers")
    assert not p.confident
    assert any("往下延续" in u for u in p.unplaced), p.unplaced
    assert params["tiers"][-1]["min"] is None and params["tiers"][-1]["score"] == "0"
    assert {v: value(p, v) for v in probes} == {v: Decimal(sc) for v, sc in probes.items()}


@pytest.mark.parametrize("text,weight", [
    ("满意度测评90-100%得5分,85-89%得4分,以此类推", "5"),  # two bands: no width below the top to go on with
    ("满意度测评90-100%得5分,80-89%得4分,75-79%得3分,以此类推", "5"),  # widths unequal
    ("满意度测评90-100%得5分,85-89%得3分,80-84%得2分,以此类推", "5"),  # steps unequal
    ("满意度测评90-100%得4分,85-89%得3分,80-84%得2.5分,以此类推", "4"),
    ("满意度测评90-100%得5分,85-89%得4分,以此类推,80-84%得3分", "5"),  # the so-on not closing the text
    ("满意度测评30-40%得12分,20-30%得9分,10-20%得6分,以此类推", "12"),  # a band below 0% before a band of 0 points
])
def test_bands_not_going_on_in_one_way_are_not_extended(text, weight):
    """Unequal widths or steps, too few bands, or the words not closing the text: never extended so."""
    for r in readings(text, weight):
        assert not any("往下延续" in u for u in r.doubts or ()), (r.summary, r.doubts)


def test_a_rate_listed_so_on_stays_a_rate():
    """Shares reached with their points (no bands), “依次类推”: the rate's reading, not bands going on."""
    p = propose("完成年度计划目标得10分,完成目标的90%得9分,完成80%得8分,依次类推。", "10", "完成率")
    assert [it["type"] for it in p.items] == ["rate"]

"""Wordings of assessment tables outside fiscal evaluation (skill tests, inspection sheets, staff appraisals) that the
proposer read as faults adding up where they are one count said again.

- The count of a fault counted per case said again at what that many cases cost (“不按规定穿着一项扣5分,两项以上不符合
  要求扣10分” on 10: 2 × 5, the whole 分值): the same cases, no fault beside them, so no formula of a count and a 0/1
  fault (``formula._count_restated``); the deduction per case reads the text, with a note saying the band is read as the
  step over its cases (``deduction._per_instance``), to check. A band costing otherwise (“发现1处扣2分,2处以上扣5分”,
  “每缺1项扣2分,3项及以上扣10分”), or one that leaves points (“两次以上扣4分” on 6: a cap at 4, or the step going on?), is
  no restatement: read as before (bands, or the formula), to check.
- Lines one below another on a figure, each with its deduction, and none of it at all (“活动场地小于100㎡扣1分,小于50㎡的扣
  2分;无户外活动场地的不得分”, “低于人均0.05元扣0.05分;无专项经费不得分”): bands, the lowest from above 0 and 0 itself the
  band of none (``tiers._lines_below`` with ``_NONE_AT_ALL``; 小于 and 平方米 now words of its lines), never 0/1 faults that
  add up (a small area would lose both lines' points) nor a gate. To check (none read as the value 0). “无…” of another
  thing than the figure (“培训率低于90%扣1分;无培训计划不得分”) is no band of it.

Each class has made-up texts in the style of published 评分标准, with the score of each situation, and near misses that
must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, readings, scored, sole, types


# ── a count said again at its cost (“一项扣5分,两项以上扣10分”) ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, counts, expected", [
    ("不按规定佩戴安全帽、绝缘手套一项扣5分,两项以上不符合要求扣10分", "10", "5", ["0", "1", "2", "3"], [10, 5, 0, 0]),
    ("工具摆放不整齐1处扣1分,3处以上扣3分", "3", "1", ["0", "2", "3", "6"], [3, 1, 0, 0]),
    ("操作程序错误一次扣2分,两次以上扣4分", "4", "2", ["0", "1", "2", "4"], [4, 2, 0, 0]),
])
def test_a_count_said_again_at_its_cost_is_the_deduction_per_case(text, weight, per, counts, expected):
    p = propose(text, weight, "操作规范")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert [by_count(p, c) for c in counts] == D(*expected)
    assert not p.confident  # the band read as the step over its cases: to check
    assert any("按逐例扣分读" in u for u in p.unplaced), p.unplaced
    # no reading of the band as a fault of its own beside the count
    assert all(types_of(r) != ["formula"] for r in readings(text, weight)), [r.summary for r in readings(text, weight)]


def types_of(found) -> list[str]:
    return [it["type"] for it in found.items]


@pytest.mark.parametrize("text, weight", [
    ("发现1处扣2分,2处以上扣5分", "10"),  # 5 is no 2 × 2: a band of its own
    ("每缺1项扣2分,3项及以上扣10分", "10"),  # 10 is no 3 × 2
    ("迟到1次扣1分,3次以上扣5分", "10"),  # 5 is no 3 × 1
    ("操作程序错误一次扣2分,两次以上扣4分", "6"),  # 2 × 2, but 2 points left: a cap at 4 or the step going on
    ("记录填写错误1处扣0.5分,2处及以上的扣1分", "2"),  # the same, on 2
])
def test_near_miss_a_band_costing_otherwise_is_no_restatement(text, weight):
    p = propose(text, weight, "检查")
    assert types(p) != ["deduction"], p.summary  # never the step alone, which would leave the band's cost out
    assert not p.confident


def test_near_miss_a_fault_of_its_own_after_a_count_stays_a_fault():
    # “无台账扣2分” is a fault beside the count, not the count said again
    p = propose("资料每缺1份扣1分,无台账扣2分,扣完为止", "5", "台账")
    assert types(p) == ["formula"], p.summary
    variables = p.items[0]["params"]["variables"]
    assert len(variables) == 2, variables


# ── lines below one another and none at all (“小于100㎡扣1分,小于50㎡的扣2分;无…的不得分”) ─────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("活动场地小于100㎡扣1分,小于50㎡的扣2分;无活动场地的不得分", "5", ["120", "100", "60", "30", "0"], [5, 5, 4, 3, 0]),
    ("无户外活动场地的不得分;户外活动场地小于200平方米扣2分,小于100平方米的扣4分", "6",
     ["250", "150", "80", "0"], [6, 4, 2, 0]),
    ("低于人均0.05元扣0.05分;无专项经费不得分", "0.1", ["0.06", "0.03", "0"], [0.1, 0.05, 0]),
    ("绿地率低于30%扣2分,低于20%扣4分;无绿地的不得分", "8", ["35", "25", "10", "0"], [8, 6, 4, 0]),
])
def test_lines_below_one_another_and_none_at_all_are_bands(text, weight, values, expected):
    p = propose(text, weight, "场地")
    params = sole(p, "tiers")
    assert params["input"] == "value"
    assert [scored(p, {"value": v}) for v in values] == D(*expected)
    assert not p.confident  # none read as the value 0: to check
    assert any("为 0 读" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("培训率低于90%扣1分;无培训计划不得分", "5"),  # none of another thing (a plan), not a rate of 0
    ("经费低于0.05元扣0.05分;无管理制度不得分", "1"),  # none of a rule, not of the money
    ("投诉超过3次扣1分;无投诉台账不得分", "3"),  # a line to stay under: no band at 0 below it
])
def test_near_miss_none_of_another_thing_is_no_band_at_0(text, weight):
    p = propose(text, weight, "指标")
    for it in p.items:
        if it["type"] == "tiers":
            assert not any(t.get("min") == "0" and t.get("max") == "0" for t in it["params"]["tiers"]), p.summary
    assert not p.confident

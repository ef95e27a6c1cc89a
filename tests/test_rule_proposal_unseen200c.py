"""Bands of older tuning-set rows whose top band or whose points were said in words the band readings did not take:

- the requirement met in words (“…达要求,得满分”) beside bands that are shares of it (“≥规定数的80%,得3分”), with the
  thing counted named at length before it (“独立操作和报告种类及数量达要求,得满分”): the band of 100% (``tiers._ranges``,
  ``_REQUIREMENT_MET``);
- the work done as asked (“按要求完成得10分”, “按照要求完成5分”) first, then bands of a fault measured (“错漏在3%以内5分,
  错漏超过3%为0分”): the band of no fault, 0, the band “以内” under it running from above 0 (``tiers._as_asked``) — to
  check, the words naming no figure;
- bands said by what they take off the 分值 (“达到100%得8分,95%~100%减3分;90%~95%减5分,90%以下不得分”) beside a band
  scoring the 分值: each band scores the 分值 less its deduction (``tiers._ranges``, ``_OFF_BAND``) — to check.

Near misses: the requirement met scoring less than the 分值; the work done as asked beside shares of it done (rising, no
fault); deductions per step (“每低于1%扣2分”); bands of deduction with no band scoring the 分值; a deduction on a band
that has its own points already (“<95%得0分,未达95%的扣3分”).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, readings, scores, sole


# ── the requirement met, the thing counted named at length ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("独立完成的手术操作种类及数量达要求，得满分独立完成的手术操作种类及数量≥规定数的80%，得3分独立完成的手术操作种类及"
     "数量≥规定数的60%，得1分＜60%，或未安排，不得分", "5", ["100", "85", "65", "50"], [5, 3, 1, 0]),
    ("完成各亚专业门诊病例种类及数量达要求，得4分完成各亚专业门诊病例种类及数量≥规定数的80%，得2分＜80%，不得分", "4",
     ["100", "90", "70"], [4, 2, 0]),
    ("管理病例数达到要求，得满分；管理病例数≥规定数的90%，得2分；＜90%，不得分", "3", ["100", "95", "80"], [3, 2, 0]),
])
def test_requirement_met_named_at_length(text, weight, values, expected):
    p = propose(text, weight, "培训工作量")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)


def test_requirement_met_scoring_less_is_no_band_of_100():
    # the requirement met on points short of the 分值: not the 100% band
    for r in readings("独立完成的手术操作种类及数量达要求，得3分；独立完成的手术操作种类及数量≥规定数的80%，得2分；"
                      "＜80%，不得分", "5"):
        for it in r.items:
            assert not any(tr.get("min") == "100" for tr in it["params"].get("tiers") or []), r.summary


# ── the work done as asked, then bands of a fault ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("按要求完成 10 分错漏在 3%以内 5 分错漏超过 3%为 0 分", "10", ["0", "2", "3", "4"], [10, 5, 5, 0]),
    ("按照要求完成8分账实差异2%以内4分账实差异2%以上0分", "8", ["0", "1", "5"], [8, 4, 0]),
    ("按要求完成得6分;差错率在5%-10%得3分;差错率超过10%,不得分", "6", ["0", "4", "7", "12"], [6, 6, 3, 0]),
])
def test_done_as_asked_before_bands_of_a_fault(text, weight, values, expected):
    p = propose(text, weight, "资料管理")
    sole(p, "tiers")
    assert not p.confident
    assert any("没有差错" in u for u in p.unplaced), p.unplaced
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("按要求完成得10分;完成80%以上得5分;完成不足80%,不得分", "10"),  # shares of the work done, rising: no fault
    ("按要求完成得6分;差错率在3%以内得8分;差错率超过3%,不得分", "10"),  # the work done as asked not the 分值
])
def test_done_as_asked_near_misses(text, weight):
    for r in readings(text, weight):
        assert not any("没有差错" in x for x in r.doubts or ()), r.summary


# ── bands said by what they take off the 分值 ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("全年合同履约率达到100%得8分，95%~100%减3分；90%~95%减5分，90%以下不得分", "8", ["100", "97", "92", "80"],
     [8, 5, 3, 0]),
    ("到货及时率≥98%得10分；95%-98%的扣2分；90%-95%的扣6分；低于90%不得分", "10", ["99", "96", "91", "85"],
     [10, 8, 4, 0]),
    ("验收合格率100%得5分；低于100%扣2分", "5", ["100", "99"], [5, 3]),
])
def test_bands_said_by_their_deduction(text, weight, values, expected):
    p = propose(text, weight, "履约率")
    sole(p, "tiers")
    assert not p.confident
    assert any("所扣分数" in u for u in p.unplaced), p.unplaced
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("合格率≥95%得10分；每低于1%扣2分", "10"),  # a step, not bands
    ("合格率90%-95%扣2分；合格率80%-90%扣5分；低于80%不得分", "10"),  # no band scoring the 分值
    ("合格率≥95%得8分；90%-95%扣2分；低于90%不得分", "10"),  # the best band short of the 分值
    ("达标率≥95%得10分;达标率<95%得0分,未达95%的扣3分", "10"),  # a deduction of its own on a band scored already
])
def test_bands_said_by_their_deduction_near_misses(text, weight):
    for r in readings(text, weight):
        assert not any("所扣分数" in x for x in r.doubts or ()), r.summary

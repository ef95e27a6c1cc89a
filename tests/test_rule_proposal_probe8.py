"""Made-up texts that were read confidently and wrong (a case counted twice once confirmed, a condition of its own
read as a situation, a lesser situation with the one of nothing unsaid, bands and lines that cannot be meant), and the
near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, to_check


# ── a fault that is an earlier fault's case once confirmed (“每发现1起投诉扣1分,经查实的每起扣2分”): the same case may be ──
# ── counted under both or under the graver only, to check ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, word", [
    ("每发现1起投诉扣1分,经查实的每起扣2分,扣完为止", "5", "经查实"),
    ("接到群众投诉每起扣0.5分;投诉属实的,每起扣1分,扣完为止", "4", "投诉属实"),
    ("群众举报每件扣1分,经核实确有问题的每件扣2分,扣完为止。", "6", "经核实"),
    ("被媒体曝光1次扣1分,其中经查证属实的每次扣3分,扣完为止", "5", "查证属实"),
])
def test_a_fault_confirmed_of_an_earlier_case_is_to_check(text, weight, word):
    to_check(text, weight, word)


@pytest.mark.parametrize("text, weight, counts, expected", [
    ("迟报1次扣1分,漏报1次扣2分,扣完为止", "5", [("1", "0"), ("0", "2"), ("2", "2")], [4, 1, 0]),
    ("每发现1起投诉扣1分,每发现1起安全事故扣2分,扣完为止", "5", [("1", "0"), ("1", "1")], [4, 2]),
])
def test_near_miss_faults_of_their_own_stay_sure(text, weight, counts, expected):
    p = propose(text, weight, "投诉")
    assert p.confident and p.kind == "formula", (p.summary, p.unplaced)
    assert [by_vars(p, *c) for c in counts] == D(*expected)

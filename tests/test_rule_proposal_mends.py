"""Mended defects of the proposer: each class with made-up wordings and near misses.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scored, sole


# ── 1. a boundary marked (含) in one band is held by that band, lettered (“B.80%(含)”) or not ──────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("A.完成率≥90%(含)得5分;B.80%(含)-90%得3分;C.80%以下得0分", "5", (("95", "5"), ("90", "5"), ("80", "3"), ("79", "0"))),
    ("A.覆盖率90%(含)以上得4分;B.70%(含)-90%得2分;C.70%以下得0分", "4", (("90", "4"), ("70", "2"), ("69", "0"))),
    ("满意度≥85%得6分;75%(含)-85%得4分;75%以下不得分", "6", (("85", "6"), ("75", "4"), ("60", "0"))),
])
def test_a_boundary_marked_as_held_is_no_doubt(text, weight, scores):
    p = propose(text, weight, "指标")
    sole(p, "tiers")
    assert p.confident, p.unplaced
    for value, score in scores:
        assert scored(p, {"value": value}) == D(score)[0]


@pytest.mark.parametrize("text, weight, doubt", [
    ("A.完成率90%以上得5分;B.80%-90%得3分;C.80%以下得0分", "5", "80%同时归入两档"),  # 以上/以下 and a range's start
    ("A.完成率≥90%得5分;B.80%-90%(含)得3分;C.低于80%得0分", "5", "90%同时归入两档"),  # two outright marks claim 90
    ("A.完成率≥90%得5分;B.80%-90%(含)得3分;C.80%以上不得分", "5", "同时归入两档"),  # an end held, and 以上 after it
])
def test_a_boundary_truly_in_two_bands_stays_a_doubt(text, weight, doubt):
    p = propose(text, weight, "完成率")
    assert not p.confident
    assert any(doubt in u for u in p.unplaced), p.unplaced

"""Made-up texts that the proposer once read confidently and wrong (choices, tiers, checklists and the readings of
lettered bands, cells, bracketed points and caps), each with near misses: the rule they must give, or a flag.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, picked, sole


# ── “得半分” is half of the 分值, not 0.5 points: to check; “扣半分” stays a deduction of 0.5 ──────────────────────
@pytest.mark.parametrize("text, weight", [
    ("有且落实得满分，有但未落实得半分，无不得分", "4"),
    ("有且落实得满分，有但未落实的得半分", "4"),
    ("落实得2分，部分落实计半分", "2"),
])
def test_half_the_points_earned_is_no_half_point(text, weight):
    p = propose(text, weight, "制度落实")
    assert not p.confident
    assert all(o["score"] != "0.5" for it in p.items if it["type"] == "choice" for o in it["params"]["options"])


def test_near_miss_half_a_point_deducted_per_case():
    p = propose("每次扣半分，扣完为止", "3", "日常管理")
    assert sole(p, "deduction") == {"per": "0.5", "unit": "次"}
    assert by_count(p, "2") == D("2")[0]


# ── a clause scoring a situation the rule holds nowhere (“…各得1分,工作突出的得满分”): to check ─────────────────────
@pytest.mark.parametrize("text, weight, word", [
    ("制定方案、召开会议、报送总结各得1分，工作突出的得满分", "3", "工作突出"),
    ("制定方案、召开会议、报送总结各得1分，排名全市前三的满分", "3", "排名全市前三"),
    ("落实得满分，部分落实扣2分，未落实不得分，获省级表彰的满分", "4", "获省级表彰"),
    ("建立台账得1分，台账规范得1分；被评为示范单位的得满分", "2", "以上情形均不符合"),  # read as situations
])
def test_a_situation_the_rule_does_not_hold_is_to_check(text, weight, word):
    p = propose(text, weight, "工作落实")
    assert not p.confident
    assert any(word in u for u in p.unplaced), p.unplaced
    assert not (len(p.items) > 1 and all(it["type"] == "all_or_nothing" for it in p.items))  # no rule for each part


@pytest.mark.parametrize("text, weight, kind", [
    ("制定方案、召开会议、报送总结各得1分。", "3", "checklist"),
    ("好得3分，较好得2分，差不得分", "3", "choice"),  # one-character situations stand in their clauses
    ("有方案，且内容完整，得3分；有方案但内容不完整，得1分；无方案，不得分", "3", "choice"),
])
def test_near_miss_situations_all_held(text, weight, kind):
    p = propose(text, weight, "工作落实")
    assert p.kind == kind and p.confident, p.unplaced

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

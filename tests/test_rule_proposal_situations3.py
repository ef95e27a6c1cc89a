"""Texts whose proposal had the right shape but scored a situation wrong: a parameter of the rule misread.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, verbs and
units), with the rule they must give and the score of a few situations, and near misses that must not be read that
way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, sole


# ── a line to stay under, then a step up: “差错率不超过2%,每超过1个百分点扣0.5分” ─────────────────────────────
@pytest.mark.parametrize("text", [
    "每发现1例错报扣3分;差错率不超过2%,每超过1个百分点扣0.5分,扣完为止",
    "每发现一例错报扣3分；差错率控制在2%以内，每超过一个百分点扣0.5分，扣完为止。",
    "每发现1例错报扣3分;差错率≤2%,每超1%扣0.5分,扣完为止",
    "每发现1例错报扣3分,差错率不高于2%的,每高出1个百分点扣0.5分,扣完为止",
])
def test_a_step_up_over_a_line_to_stay_under_takes_the_excess(text):
    p = propose(text, "10", "数据质量")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["例", "%"]
    assert by_vars(p, "0", "1.5") == 10  # under the line: nothing off
    assert by_vars(p, "0", "2") == 10
    assert by_vars(p, "0", "4") == 9  # 2 points over
    assert by_vars(p, "1", "6") == 5
    assert by_vars(p, "2", "30") == 0


def test_a_line_said_below_with_a_step_up_is_the_excess_and_to_check():
    # “低于2%” states the requirement; the step up says the points go above it, never below
    p = propose("每发现1例错报扣3分;差错率低于2%,每高1个百分点扣0.5分,扣完为止", "10", "数据质量")
    sole(p, "formula")
    assert by_vars(p, "0", "1") == 10
    assert by_vars(p, "0", "5") == 8.5
    assert not p.confident
    p = propose("(1)每发现漏报1例扣3分。(2)漏报率低于2%,每超过一个百分点扣0.5分。", "10", "数据质量")
    assert by_vars(p, "0", "0") == 10
    assert by_vars(p, "0", "3") == 9.5
    assert not p.confident


@pytest.mark.parametrize("text", [
    "每发现1例错报扣3分;合格率低于90%的,每低1个百分点扣0.5分,扣完为止",
    "每发现1例错报扣3分;合格率未达到90%,每下降1个百分点扣0.5分,扣完为止",
])
def test_near_miss_a_step_down_below_a_line_is_still_the_shortfall(text):
    p = propose(text, "10", "数据质量")
    sole(p, "formula")
    assert by_vars(p, "0", "95") == 10
    assert by_vars(p, "0", "88") == 9

"""Mends of review 11: wordings that a reading of the last merge matched but could not read."""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, picked, types


# ── levels and their scores respectively, the scores parted by commas as well as 、 ──────────────────
@pytest.mark.parametrize("text", [
    "考核等级评为优秀、良好、合格和不合格四个等次,分别得60,45,30和0分",
    "综合评价等级为优秀、良好、一般、较差,分别计60,45,30,0分",
    "年度考评达到优秀、良好、合格及不合格的,分别得60分,45分,30分和0分",
])
def test_levels_whose_scores_are_parted_by_commas_are_read(text):
    p = propose(text, "60", "考评")
    assert types(p) == ["choice"]
    assert [picked(p, rank) for rank in range(4)] == D(60, 45, 30, 0)
    assert not p.confident  # what is rated is named to check


@pytest.mark.parametrize("text", [
    "考核等级评为优秀、良好、合格和不合格四个等次,分别得60,45,30分",  # four levels, three scores
    "考核等级评为优秀、良好、合格和不合格,分别得30,45,60和0分",  # the scores do not fall
])
def test_near_miss_levels_with_commas_are_no_situations_of_them(text):
    p = propose(text, "60", "考评")
    assert not (types(p) == ["choice"] and len(p.items[0]["params"]["options"]) == 4)
    assert not p.confident

"""Bands written from the top down: “达到100%的得30分,99%-90%的得27分,89%-80%的得24分,…,50%以下的不得分”, “300户及以上的得
10分,299-271户的得9分,…”. Each range is read from its lower figure to its higher, whatever order it is written in, with
the mark of each figure kept on it; whole percentages one apart leave no gap (“89%-80%” runs up to 90%) and stay to
check as they do written from the bottom up; whole counts hold both ends.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scores, sole, to_check


# ── bands of whole percentages written from the top down ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("项目完工率达到100%的得20分,99%-90%的得18分,89%-80%的得16分,79%-60%的得10分,60%以下的不得分。", "20",
     [100, "99.5", 90, "89.5", 80, 60, "59.9"], [20, 18, 18, 16, 16, 10, 0]),
    ("资金到位率达到100%得10分;99%~80%得6分;79%~60%得3分;低于60%不得分", "10",
     [100, 85, 80, "79.2", 60, 30], [10, 6, 6, 3, 3, 0]),
    ("群众满意度达到95%及以上的,计8分;94%至85%的,计6分;84%至70%的,计3分;70%以下的,不计分", "8",
     [97, 95, "94.5", 85, 84, 70, 69], [8, 8, 6, 6, 3, 3, 0]),
    ("验收合格率达到１００％的得５分，９９％－９０％的得３分，９０％以下的不得分。", "5",
     [100, 95, 90, 89], [5, 3, 3, 0]),
])
def test_percentage_bands_from_the_top_down_are_bands(text, weight, values, expected):
    p = propose(text, weight, "完成率")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not any("-" in u or "~" in u or "至" in u for u in p.unplaced), p.unplaced  # every range placed


@pytest.mark.parametrize("text, weight, values, expected", [
    ("覆盖农户达到500户及以上的得10分,499-400户的得8分,399-300户的得6分,299-200户的得4分,低于200户的不得分。", "10",
     [600, 500, 499, 400, 350, 200, 199], [10, 10, 8, 8, 6, 4, 0]),
    ("培训人数50人以上得5分；49～30人得3分；29～10人得1分；不足10人不得分", "5", [50, 49, 30, 29, 10, 9], [5, 3, 3, 1, 1, 0]),
    ("开展宣传活动12次及以上的得6分,11-8次的得4分,7-4次的得2分,4次以下的不得分", "6", [12, 11, 8, 7, 5], [6, 4, 4, 2, 2]),
])
def test_count_bands_from_the_top_down_are_bands(text, weight, values, expected):
    p = propose(text, weight, "覆盖面")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)


def test_count_bands_from_the_top_down_are_sure():
    p = propose("覆盖农户达到500户及以上的得10分,499-400户的得8分,399-300户的得6分,低于300户的不得分。", "10", "覆盖面")
    assert p.confident, p.unplaced


# ── near misses: the ends are as doubtful as written from the bottom up ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight, word", [
    # 80 is in “99%-80%” and in “80%以下” (以下 holds its figure by law)
    ("支出率达到100%的得10分,99%-80%的得5分,80%以下的不得分。", "10", "80%"),
    ("满意度95%(含)以上得6分，94%-85%得4分，84%-70%得2分，70%以下不得分", "6", "70%"),
    # 95 is the top of a range and the start of 95%以上
    ("满意度95%以上得6分，95%-85%(含)得4分，85%以下不得分", "6", "95%"),
])
def test_near_miss_ends_claimed_twice_from_the_top_down_stay_to_check(text, weight, word):
    to_check(text, weight, word)


def test_near_miss_a_range_of_no_width_is_not_a_band():
    p = propose("完成率达到100%的得10分,90%-90%的得5分,90%以下的不得分", "10", "完成率")
    assert not p.confident

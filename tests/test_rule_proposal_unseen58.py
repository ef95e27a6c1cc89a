"""Lists of requirements each followed by its points (a 要点核查) that fell back to judgement: a requirement asked of
each one of a kind (“每村不少于10亩”, “每个乡镇至少1名”) or of every round (“对每一轮建设有…计划”) is the point's words,
not a step; and a closing bracket sending the reader elsewhere (“(具体见…分解表)”) is set aside, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, maxes, readings, sole, ticks


# ── a requirement asked of each one of a kind, or of every round: the point's words ─────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("1)每村新增成片林不少于十亩(5分);2)巩固绿色通道建设(5分)", "10", (5, 5)),
    ("(1)每个乡镇至少1名专职人员(3分);(2)建立工作台账(2分)", "5", (3, 2)),
    ("①对每一轮建设有明确的行动计划(2分);②开展建设效果评价(3分)。", "5", (2, 3)),
    ("⑴新增成片林150亩,每村不少于10亩;(15分)⑵巩固完善绿色通道建设;(5分)⑶抓好河道绿化带建设。(20分)", "40",
     (15, 5, 20)),
])
def test_a_requirement_of_each_one_is_the_points_words(text, weight, points):
    p = propose(text, weight, "目标任务")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert ticks(p, *([True] * len(points))) == D(weight)[0]
    assert ticks(p, False, *([True] * (len(points) - 1))) == D(weight)[0] - points[0]
    assert not p.confident  # the figure asked (“每村”, “每1轮”) is the team's to check


@pytest.mark.parametrize("text", [
    "1)每少10亩扣2分(5分);2)巩固绿色通道建设(5分)",          # a step per shortfall, never a requirement
    "1.每村不少于10亩,每少1亩扣1分(5分);2.巩固绿色通道建设(5分)",  # a line with a step below it
])
def test_near_miss_a_step_per_one_is_no_point(text):
    assert not any(it["type"] == "checklist" for found in readings(text, "10") for it in found.items)


# ── a closing bracket sending the reader elsewhere: set aside, to check ───────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("⑴完成造林任务;(10分)⑵抓好河道绿化带建设。(20分)(具体见林业绿化目标任务分解表)", "30", (10, 20)),
    ("1、建立工作台账(2分);2、开展培训(3分)(详见考核细则分解表)", "5", (2, 3)),
])
def test_a_bracket_sending_elsewhere_is_set_aside(text, weight, points):
    p = propose(text, weight, "目标任务")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert not p.confident and any("见" in u for u in p.unplaced), p.unplaced


def test_near_miss_a_bracket_of_points_elsewhere_is_not_set_aside():
    p = propose("1)建立台账(5分);2)巩固绿色通道建设(5分)(见考核细则,每项扣1分)", "10", "目标任务")
    assert not p.confident
    assert not any("未计入规则" in u and "每项扣1分" in u for u in p.unplaced)

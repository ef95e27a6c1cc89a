"""Shapes of 评分标准 that used to fall back to a judgement rule: the rule each is read as, its parameters, its
scores in a few situations, and the near misses that must not be read that way or not confidently.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import scored, sole


def answered(p, *states):
    """The score of the proposal's one 要点核查 with its points in ``states``: True (met), False (not met), or a
    Decimal (partly met, scoring that)."""
    points = sole(p, "checklist")["points"]
    assert len(points) == len(states)
    answers = {}
    for pt, st in zip(points, states):
        if isinstance(st, bool):
            answers[pt["key"]] = {"state": "met" if st else "not_met"}
        else:
            answers[pt["key"]] = {"state": "partly", "value": str(st)}
    return scored(p, {"points": answers})


# ── a numbered list of requirements, one of them stating a lower score right after its own ─────────────────
STEPPED = [
    # Arabic numbers with full stops, “得N分；…，不得分” after each point, no stop before the next number
    ("1.设立项目领导小组，得1分；未设立，不得分2.每月召开调度会，得2分；每季度召开1次，得1分；未召开，不得分"
     "3.建立项目台账，得1分；没有，不得分", "4", ["1", "2", "1"], 1, "1"),
    # 1) numbering, half-width punctuation, “计N分”, a space before the next number
    ("1)制定实施方案,计2分;方案不完整,计1分;无方案,不计分 2)资金专户管理,计1分,否则不计分 "
     "3)档案资料齐全,计1分;不齐全,不计分", "4", ["2", "1", "1"], 0, "1"),
    # (1) numbering, two lower steps on the middle point
    ("(1)配备专职管理人员，得1分；没有，不得分(2)开展业务培训每年不少于2次，得3分；培训1次，得1.5分；"
     "未按要求培训但有培训计划，得0.5分；未培训，不得分(3)培训记录完整，得1分；记录不全，不得分", "5",
     ["1", "3", "1"], 1, "1.5"),
    # Chinese numerals in brackets, the score with no verb before it
    ("(一)有年度工作计划，0.5分；没有，不得分(二)有年度工作总结且内容详实，1分；总结内容简单，0.5分；没有总结，不得分"
     "(三)按时报送统计报表，0.5分；未按时报送，不得分", "2", ["0.5", "1", "0.5"], 1, "0.5"),
    # Chinese numerals for the scores and the count
    ("1.建立工作制度，得二分；未建立，不得分2.每季度开展检查，得二分；全年开展一次，得一分；未开展，不得分"
     "3.检查记录完整，得一分；不完整，不得分", "5", ["2", "2", "1"], 1, "1"),
    # stops closing each part: read part by part unless a “每” in a point stops that reading
    ("1.设立项目领导小组，得1分；未设立，不得分。2.每月召开调度会，得2分；每季度召开1次，得1分；未召开，不得分。"
     "3.建立项目台账，得1分；没有，不得分。", "4", ["1", "2", "1"], 1, "1"),
    # circled numbers, “得N分” with no comma before it
    ("①有年度工作计划得0.5分，没有不得分②有年度工作总结且内容详实得1分；总结内容简单得0.5分；没有总结不得分"
     "③按时报送统计报表得0.5分；未按时报送不得分", "2", ["0.5", "1", "0.5"], 1, "0.5"),
]


def by_parts(p, *states):
    """The score of a reading part by part (one item per numbered part; a 情形选择 for a stepped part) in ``states``:
    True (the part's points), False (nothing), or a Decimal (the stepped part's lower score)."""
    assert len(p.items) == len(states), p.summary
    total = Decimal(0)
    for k, (it, st) in enumerate(zip(p.items, states)):
        if it["type"] == "choice":
            scores = {Decimal(o["score"]): o["key"] for o in it["params"]["options"]}
            want = Decimal(it["max"]) if st is True else Decimal(0) if st is False else st
            total += scored(p, {"option": scores[want]}, k)
        elif it["type"] == "all_or_nothing":
            total += scored(p, {"met": st}, k)
        else:
            pt = it["params"]["points"][0]["key"]
            total += scored(p, {"points": {pt: {"state": "met" if st else "not_met"}}}, k)
    return total


@pytest.mark.parametrize("text, weight, maxes, stepped, lower", STEPPED)
def test_a_numbered_point_with_a_lower_step_is_a_point_partly_met(text, weight, maxes, stepped, lower):
    """“1.…,得1分;…不得分2.…,得2分;每季度召开1次,得1分;未召开,不得分3.…”: requirements each numbered with their
    points, one with a lower score stated after its own without a number: a 要点核查 of the numbered points, the
    lower score that point partly met, always to check (the step is the evaluator's to enter); or, where each part
    reads on its own, one item per part, the stepped one a 情形选择. Either way the same scores."""
    p = propose(text, weight, "组织管理")
    n = len(maxes)
    states: list[object] = [True] * n
    states[stepped] = Decimal(lower)
    if not stepped:
        states[1] = False
    else:
        states[0] = False
    expected = Decimal(weight) - Decimal(maxes[stepped]) + Decimal(lower) - Decimal(maxes[0 if stepped else 1])
    if p.kind == "checklist":
        params = sole(p, "checklist")
        assert [Decimal(pt["max"]) for pt in params["points"]] == [Decimal(m) for m in maxes], (text, p.summary)
        assert not p.confident and any("部分满足" in u for u in p.unplaced), p.unplaced
        assert answered(p, *[True] * n) == Decimal(weight)
        assert answered(p, *[False] * n) == 0
        assert answered(p, *states) == expected
    else:
        assert [Decimal(it["max"]) for it in p.items] == [Decimal(m) for m in maxes], (text, p.summary)
        assert by_parts(p, *[True] * n) == Decimal(weight)
        assert by_parts(p, *[False] * n) == 0
        assert by_parts(p, *states) == expected


@pytest.mark.parametrize("text, weight, maxes, stepped, lower", STEPPED[:5])
def test_parts_run_together_are_the_checklist_reading(text, weight, maxes, stepped, lower):
    """The parts run together (no stop before the next number): only the 要点核查 reading places them."""
    p = propose(text, weight, "组织管理")
    assert p.kind == "checklist", p.summary


def test_a_numbered_list_without_steps_is_still_read_as_before():
    """The same list with no lower step keeps its reading (its points add up to the 分值 as they stand)."""
    p = propose("1.设立项目领导小组，得1分；2.每月召开调度会，得2分；3.建立项目台账，得1分。", "4", "组织管理")
    assert [pt["max"] for pt in sole(p, "checklist")["points"]] == ["1", "2", "1"]
    assert not any("部分满足" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # the lower “step” scores more than the point before it: a point of its own, not a step
    ("1.设立项目领导小组，得1分；召开调度会，得2分；未召开，不得分2.建立项目台账，得1分；没有，不得分", "2"),
    # no numbers at all: which statements are steps cannot be told from the shape
    ("设立项目领导小组，得1分；每月召开调度会，得2分；每季度召开1次，得1分；建立项目台账，得1分", "4"),
    # the numbered points do not add up to the 分值 once the step is set aside
    ("1.设立项目领导小组，得1分；未设立，不得分2.每月召开调度会，得2分；每季度召开1次，得1分；未召开，不得分"
     "3.建立项目台账，得1分；没有，不得分", "5"),
    # the statement after a point is a deduction, not a lower score
    ("1.设立项目领导小组，得1分；未设立，不得分2.每月召开调度会，得2分；缺1次扣1分3.建立项目台账，得1分", "4"),
])
def test_near_misses_of_a_lower_step_are_not_read_as_one(text, weight):
    p = propose(text, weight, "组织管理")
    assert not any("部分满足的得分" in u for u in p.unplaced), (p.summary, p.unplaced)
    if p.kind == "checklist" and len(p.items) == 1:
        # whatever else it is read as, never a 要点核查 that puts the step aside
        assert sum(Decimal(pt["max"]) for pt in p.items[0]["params"]["points"]) == Decimal(weight)


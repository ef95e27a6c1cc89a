"""Wordings of the tuning set's misses of other types or splits, each a class read with texts written for the tests:

- situations of two requirements in combination, the lowest still having one of them (“有制度有台账得4分,有制度无台账得
  2分,无制度有台账得1分”): the situation with neither is unsaid, a situation “以上情形均不符合” scoring 0 (to check).

Near misses that must not be read so: the situation with neither said, degrees of one requirement whose lowest names
its lack.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.choice import NONE_APPLIES
from tests.proposals import picked, sole


# ── two requirements in combination, neither unsaid ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("有制度有台账得4分,有制度无台账得2分,无制度有台账得1分", "4", ["4", "2", "1", "0"]),
    ("有考核办法且有考核记录的,得满分;有考核记录无办法的,得3分;有办法无记录的,得1分", "5", ["5", "3", "1", "0"]),
    ("既有方案又有总结,计2分;有总结无方案,计1.5分;有方案无总结,计1分。", "2", ["2", "1.5", "1", "0"]),
])
def test_two_requirements_in_combination_leave_neither_unsaid(text, weight, scores):
    p = propose(text, weight, "方案与记录")
    params = sole(p, "choice")
    assert [o["label"] for o in params["options"]][-1] == NONE_APPLIES
    assert [picked(p, rank) for rank in range(len(scores))] == [Decimal(x) for x in scores]
    assert not p.confident  # the situation with neither is not said


@pytest.mark.parametrize("text, weight, scores", [
    # the situation with neither is said: nothing is added
    ("有制度有台账得4分,有制度无台账得2分,无制度无台账得0分", "4", ["4", "2", "0"]),
    # degrees of one requirement, the lowest naming its lack: the text has reached its floor
    ("制度健全得4分,制度不够健全得2分,无制度得1分", "4", ["4", "2", "1"]),
])
def test_a_floor_said_adds_no_situation(text, weight, scores):
    p = propose(text, weight, "制度")
    params = sole(p, "choice")
    assert NONE_APPLIES not in [o["label"] for o in params["options"]]
    assert [picked(p, rank) for rank in range(len(scores))] == [Decimal(x) for x in scores]

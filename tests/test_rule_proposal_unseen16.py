"""Wordings of the tuning set's misses of other types or splits, each a class read with texts written for the tests:

- situations of two requirements in combination, the lowest still having one of them (“有制度有台账得4分,有制度无台账得
  2分,无制度有台账得1分”): the situation with neither is unsaid, a situation “以上情形均不符合” scoring 0 (to check);
- statements each with a line on its own quantity and its points, none of them the 分值 and together all of it
  (“建立制度得1分;培训覆盖率90%以上得1分;满意率85%以上得1分”): the points of a 要点核查, never the bands of one value
  (to check: whether each line is reached is the team's to judge);
- a case counted below a line (“各乡镇均不低于95%得6分,有1个乡镇低于95%的扣2分,扣完为止”): a deduction per case below
  the line, never a 达标线 stepping by the line's own figure (to check: one case or each);
- numbered points, one with lower steps each naming a figure and closed by a band of it scoring nothing (“2.每年开展
  督导4次以上,得2分;开展3次,得1分;2次及以下,不得分3.…”): that point the bands of its figure, each other point a
  全有或全无 (to check).

Near misses that must not be read so: the situation with neither said, degrees of one requirement whose lowest names
its lack; bands of one value whose best reaches the 分值, or whose scores do not add up to it; a step of the value
said with its 每 (“每低于1%扣2分”); a point with lower steps closed by its denial (“召开1次,得0.5分;未召开,不得分”), a
point partly met.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.choice import NONE_APPLIES
from tests.proposals import by_count, maxes, met_or_not, picked, readings, scored, sole, ticks, types


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


# ── lines on quantities of their own, points adding up to the 分值 ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("建立考核制度得1分;培训覆盖率90%以上得1分;群众满意率85%以上得1分", "3", ["1", "1", "1"]),
    ("设有专门场所得0.5分;设备完好率95%以上得0.5分;人员持证率80%以上得1分", "2", ["0.5", "0.5", "1"]),
    ("档案数字化率达到80%以上得1分;借阅登记率达100%得1分", "2", ["1", "1"]),
    ("宣传覆盖率达到60%以上得1分，群众知晓率达到80%以上得1分", "2", ["1", "1"]),
])
def test_lines_on_quantities_of_their_own_are_points(text, weight, points):
    p = propose(text, weight, "工作开展")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(x) for x in points]
    assert ticks(p, *([True] * len(points))) == Decimal(weight)
    assert ticks(p, False, *([True] * (len(points) - 1))) == Decimal(weight) - Decimal(points[0])
    assert not p.confident  # whether each line is reached is judged
    assert not any(it["type"] == "tiers" for r in readings(text, weight) for it in r.items)


@pytest.mark.parametrize("text, weight, value, score", [
    # a ladder whose best reaches the 分值
    ("达到5%得1分;达到10%得2分;达到15%以上得3分", "3", "12", "2"),
    # bands whose scores do not add up to the 分值 (the best short of it is the doubt)
    ("≥70%得3分,≥65%得1分,<65%不得分", "5", "68", "1"),
    ("≥95%得5分;90%-95%得3分;<90%不得分", "5", "92", "3"),
])
def test_bands_of_one_value_stay_bands(text, weight, value, score):
    p = propose(text, weight, "完成率")
    params = sole(p, "tiers")
    key = "value" if params["input"] == "value" else None
    inputs = {key: value} if key else {"numerator": value, "denominator": "100"}
    assert scored(p, inputs) == Decimal(score)


# ── a case counted below a line ─────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("各乡镇达标率均不低于95%的得6分,有1个乡镇低于95%的扣2分,扣完为止", "6", "2"),
    ("各监测点达标率均达到90%以上得10分,有一个监测点低于90%的扣2分,扣完为止", "10", "2"),
    ("各项指标均不低于85%得8分,有一项指标低于85%扣2分,扣完为止", "8", "2"),
])
def test_a_case_counted_below_a_line(text, weight, per):
    p = propose(text, weight, "达标情况")
    params, full = sole(p, "deduction"), Decimal(weight)
    assert (params["per"], by_count(p, "0"), by_count(p, "2")) == (per, full, full - 2 * Decimal(per))
    assert not p.confident and not any(it["type"] == "threshold" for r in readings(text, weight) for it in r.items)


@pytest.mark.parametrize("text, weight, value, score", [
    ("达标率达到90%得满分,每低于1%扣2分,扣完为止", "10", "87", "4"),
    ("达标率不低于90%得10分,低于90%的,每低1个百分点扣1分,扣完为止", "10", "85", "5"),
])
def test_a_step_of_the_value_stays_a_line(text, weight, value, score):
    p = propose(text, weight, "监测达标")
    sole(p, "threshold")
    assert scored(p, {"value": value}) == Decimal(score)


# ── a numbered point in bands of its figure beside plain points ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, scores", [
    ("1.建立工作制度,得1分;未建立,不得分2.每年开展督导4次以上,得2分;开展3次,得1分;2次及以下,不得分3.有年度总结,得1分;"
     "没有,不得分", "4", ["5", "3", "2"], ["2", "1", "0"]),
    ("1.建立工作制度，得1分；未建立，不得分。2.每年开展督导4次以上，得2分；开展3次，得1分；2次及以下，不得分。"
     "3.有年度总结，得1分；没有，不得分。", "4", ["4", "3", "1"], ["2", "1", "0"]),
    ("1.制定实施方案,得1分;未制定,不得分2.培训覆盖率≥90%,得2分;80%≤覆盖率<90%,得1分;覆盖率<80%,不得分", "3",
     ["95", "85", "70"], ["2", "1", "0"]),
])
def test_a_numbered_point_in_bands_of_its_figure(text, weight, values, scores):
    p = propose(text, weight, "管理")
    kinds = types(p)
    assert kinds[1] == "tiers" and set(kinds) - {"tiers"} == {"all_or_nothing"}
    assert [scored(p, {"value": v}, 1) for v in values] == [Decimal(x) for x in scores]
    assert met_or_not(p, 0) == (Decimal(1), Decimal(0))
    assert not p.confident


def test_a_point_closed_by_its_denial_is_partly_met():
    text = "1.制定实施方案,得2分;未制定,不得分2.每年至少召开2次专题会议,得1分;召开1次,得0.5分;未召开,不得分"
    p = propose(text, "3", "管理")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(2), Decimal(1)]

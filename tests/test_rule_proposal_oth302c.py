"""Wordings of 评分标准 a proposer missed: points earned elsewhere (the row's parts, its questions, its bonuses) added up
and capped at the 分值 (“满分12分,超过12分的按12分计”, “所获总分如果高于12分,将被截断为12分”, “超过满分的以满分计”); and a
line on a count of times done whose row is zeroed when none was done (“至少开展2次,每少1次扣1分,不开展的不得分”: one count,
``min(1, x) * (…)``, not a 0/1 condition beside it); and work done in full for the 分值, short of it a cost, below a line
of the share done nothing (“完成年度任务得4分,未完成的扣2分,完成率低于90%的不得分”: three bands of the share done).

Made-up texts in the style of those tables, with the scores of a few cases, and near misses that must not be read that
way or must stay to check.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings, scored, sole


# ── points added up, capped at the 分值 ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("满分10分，超过10分的按10分计。", "10"),
    ("满分8分,超过8分的以8分计分", "8"),
    ("本项满分6分，超过6分的按6分计算。", "6"),
    ("注：满分5分，超过满分的以5分计分。", "5"),
    ("满分6分,超过满分按满分计", "6"),
    ("分值10分，得分超过分值的按分值计算。", "10"),
    ("本次考核满分20分。所获总分如果高于20分，将被截断为20分。", "20"),
    ("总分超过8分的，按8分计算。", "8"),
    ("得分高于8分时，一律按8分计。", "8"),
    ("加分累计超过3分的按3分计。", "3"),
    ("合计得分超过12.5分的按12.5分计", "12.5"),
])
def test_points_added_up_capped_at_the_weight(text, weight):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert params["expression"] == "min(max, s)"
    cap = Decimal(weight)
    assert [by_vars(p, v) for v in ("0", "3", weight, str(cap + 4))] == [Decimal(0), min(Decimal(3), cap), cap, cap]
    assert not p.confident  # what is added up is scored elsewhere: to check


@pytest.mark.parametrize("text, weight", [
    # points off capped: the score is the 分值 less them, not their sum
    ("扣分累计超过10分的按10分计。", "10"),
    ("满分10分，扣分超过10分的按10分计。", "10"),
    # a time or a count capped, not points
    ("满分10分，超过10分钟的按10分钟计。", "10"),
    ("超过10分钟的按10分钟计算", "10"),
    ("超过10个的按10个计", "10"),
    ("超过6次的按6次计", "6"),
    # the excess kept otherwise: halved, or carried as a bonus
    ("满分10分，超出10分的部分按50%计。", "10"),
    ("满分10分，超出10分的部分作为加分。", "10"),
    # the cap not the 分值, or figures that disagree
    ("满分10分，超过10分的按10分计。", "12"),
    ("满分10分，超过12分的按10分计。", "10"),
    ("超过8分的按6分计", "8"),
    # more said than the cap: the points or a floor
    ("超过6分的按6分计;每次加1分", "6"),
    ("超过6分的按6分计,低于3分的不得分", "6"),
    # the excess points off, not a cap
    ("超过6分的扣2分", "6"),
])
def test_near_misses_of_points_capped(text, weight):
    assert not any("min(max, s)" == str(it["params"].get("expression")) for r in readings(text, weight) for it in r.items)


# ── a line on a count of times done, zeroed when none was done ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, cost", [
    ("每学期专题学习至少开展3次,每少一次扣2分,不开展记0分。", "8", 3, "2"),
    ("每年至少召开2次联席会议,每少1次扣1分,未召开的不得分。", "4", 2, "1"),
    ("每年至少组织2次演练,每少1次扣0.5分,一次都未组织的不得分。", "3", 2, "0.5"),
    ("全年至少开展4次督查,每少1次扣1分,全年未开展的不得分。", "5", 4, "1"),
])
def test_a_count_of_times_zeroed_at_none(text, weight, line, cost):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert params["expression"].startswith("min(1, x) * (") and len(params["variables"]) == 1
    full, per = Decimal(weight), Decimal(cost)
    assert by_vars(p, "0") == 0  # none done: nothing, not the 分值 less every time short
    assert by_vars(p, "1") == max(Decimal(0), full - per * (line - 1))
    assert by_vars(p, str(line)) == full
    assert by_vars(p, str(line + 2)) == full
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    # a thing named after the verb, or another requirement: its own 0/1 condition
    ("每年至少开展2次培训,每少1次扣1分,未开展检查的不得分。", "4"),
    ("至少开展2次,每少一次扣3分,未建立台账的不得分。", "10"),
    ("每年至少召开2次会议,每少1次扣1分,会议记录不全的不得分。", "4"),
])
def test_near_misses_of_a_count_zeroed_at_none(text, weight):
    for r in readings(text, weight):
        for it in r.items:
            assert not str(it["params"].get("expression") or "").startswith("min(1, x) * (")
    p = propose(text, weight, "指标")
    assert not p.confident


# ── done in full for the 分值, short of it a cost, below a line of the share done nothing ───────────────────────────
def _value(p, value: str) -> Decimal:
    return scored(p, {"value": value})


@pytest.mark.parametrize("text, weight, cost, line", [
    ("完成年度任务的得4分;未完成的扣2分;完成率低于90%的不得分。", "4", "2", "90"),
    ("全面完成建设任务得6分,未全面完成任务的扣3分,完成率低于85%的不得分。", "6", "3", "85"),
    ("按期完成年度改造任务的得满分,未按期完成的扣1.5分,完成率不足80%的不得分。", "5", "1.5", "80"),
    ("1、按时完成年度培训任务。4分(未全面完成任务的扣1分,完成率低于90%的不得分)", "4", "1", "90"),
])
def test_done_in_full_short_of_it_and_a_floor(text, weight, cost, line):
    p = propose(text, weight, "指标")
    params = sole(p, "tiers")
    assert params["input"] == "value" and params["unit"] == "%"
    full, less = Decimal(weight), Decimal(weight) - Decimal(cost)
    below = str(Decimal(line) - Decimal("0.5"))
    assert [_value(p, v) for v in ("100", "105", "99.5", line, below, "0")] == \
        [full, full, less, less, Decimal(0), Decimal(0)]
    assert not p.confident  # “未完成” read as short of 100% and at least the line: to check
    assert not any("分档之外的扣分" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # a cost per case, or in proportion: not one band short of done in full
    ("完成年度任务得4分,未完成的每项扣2分,完成率低于90%的不得分。", "4"),
    ("完成年度任务得4分,未完成的按比例扣分,完成率低于90%的不得分。", "4"),
    # a second cost below the line, not nothing
    ("完成年度任务得4分,未完成的扣2分,完成率低于90%的扣3分。", "4"),
    # the cost the whole 分值, or the points not the 分值
    ("完成年度任务得4分,未完成的扣4分,完成率低于90%的不得分。", "4"),
    ("完成年度任务得3分,未完成的扣2分,完成率低于90%的不得分。", "4"),
    # the work said not done, another requirement, or a line on another share
    ("未完成年度任务得4分,未完成的扣2分,完成率低于90%的不得分。", "4"),
    ("建立制度得4分,未建立的扣2分,完成率低于90%的不得分。", "4"),
    ("完成年度任务得4分,未完成的扣2分,合格率低于90%的不得分。", "4"),
    # more said after the floor
    ("完成年度任务得4分,未完成的扣2分,完成率低于90%的不得分,超额完成的加1分。", "4"),
])
def test_near_misses_of_done_in_full_and_a_floor(text, weight):
    for r in readings(text, weight):
        assert r.summary != "分档计分：3 档（完成率）"

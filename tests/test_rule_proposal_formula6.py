"""Delays whose step is not one unit (sixth set of formulas and deductions read by the shape of the text): a step of
half a day (“每迟报半天扣0.5分”) is counted in half-days, and a step whose points make no exact figure per unit
(“每延迟3天扣1分”: 0.333… a day) is counted in steps; each step costs the points the text places on it, never a
figure per day the text does not state.

Each class of wording has made-up texts in the style of published 评分标准 (several punctuations, numberings, verbs
and Chinese numerals), with the rule they must give and the score of each situation, and near misses that must
not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, scored, sole


# ── a step of half a day: the half-days late are counted ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, block, per, counts", [
    ("每迟报半天扣0.5分,扣完为止", "2", "半天", "0.5", {0: 2, 1: 1.5, 3: 0.5, 5: 0}),
    ("按规定时间报送。每迟报半天扣0.5分，扣完为止。", "2", "半天", "0.5", {0: 2, 2: 1, 4: 0}),
    ("按时报送得满分，每晚报半日扣1分", "3", "半日", "1", {0: 3, 1: 2, 2: 1, 9: 0}),
    ("(1)报表按时报送;每延迟半天扣零点五分,扣完为止", "1.5", "半天", "0.5", {1: 1, 3: 0}),
    ("①按期上报计2分，每逾期0.5天扣0.2分", "2", "半天", "0.2", {0: 2, 4: 1.2, 10: 0}),
    ("每推迟半个工作日扣0.25分；扣完为止", "1", "半个工作日", "0.25", {2: 0.5, 4: 0}),
])
def test_a_delay_in_half_days_counts_the_half_days(text, weight, block, per, counts):
    p = propose(text, weight, "报送及时性")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": block}
    for count, score in counts.items():
        assert by_count(p, str(count)) == Decimal(str(score)), (count, score)
    # whether a part of half a day costs anything is not said: to check, never confident
    assert not p.confident
    assert any(f"按延迟了几个{block}录入" in u for u in p.unplaced), p.unplaced
    assert not any("不是同一扣法" in u for u in p.unplaced), p.unplaced


# ── a step whose points make no exact figure per unit: the steps are counted ─────────────────────────────────
@pytest.mark.parametrize("text, weight, block, per, counts", [
    ("每延迟3天扣1分,扣完为止", "3", "3天", "1", {0: 3, 1: 2, 3: 0}),
    ("项目每推迟三个月扣1分。", "2", "3个月", "1", {1: 1, 2: 0}),
    ("每逾期1.5天扣1分，扣完为止", "3", "1.5天", "1", {2: 1}),
    ("完工时间:按期完成得4分;每滞后6个工作日扣一分,扣完为止", "4", "6个工作日", "1", {0: 4, 3: 1}),
])
def test_a_step_with_no_exact_figure_per_unit_counts_the_steps(text, weight, block, per, counts):
    p = propose(text, weight, "完成及时性")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": block}
    for count, score in counts.items():
        assert by_count(p, str(count)) == Decimal(str(score)), (count, score)
    assert not p.confident
    assert any(f"按延迟了几个{block}录入" in u for u in p.unplaced), p.unplaced
    # never a figure per day the text does not state (0.333…)
    assert "333" not in p.summary


# ── near misses: a step of one unit, of several units with an exact figure per unit, half of a longer unit ──
@pytest.mark.parametrize("text, weight, unit, per, delay, score", [
    ("每延迟1天扣0.5分，扣完为止", "2", "天", "0.5", "3", "0.5"),
    ("每延迟10天扣1分，扣完为止", "2", "天", "0.1", "10", "1"),
    ("每推迟两天扣0.5分,扣完为止", "2", "天", "0.25", "4", "1"),
    ("每滞留半个月扣0.5分,扣完为止", "3", "月", "1", "1.5", "1.5"),
    ("每逾期半年扣1分，扣完为止", "4", "年", "2", "1", "2"),
])
def test_other_steps_stay_a_delay(text, weight, unit, per, delay, score):
    p = propose(text, weight, "完成及时性")
    params = sole(p, "delay")
    assert (params["unit"], params["per"]) == (unit, per)
    assert scored(p, {"delay": delay}) == Decimal(score)


def test_a_step_of_one_unit_stays_confident():
    p = propose("每延迟1个月扣1分，扣完为止", "3", "完成及时性")
    assert sole(p, "delay")["per"] == "1"
    assert p.confident


def test_half_a_day_with_a_grace_is_not_read_as_a_figure_per_day():
    """A grace in days before half-days are counted cannot be placed in a count of half-days: never 每1天扣1分."""
    p = propose("延迟1天以内不扣分,每延迟半天扣0.5分", "2", "报送及时性")
    assert not p.confident
    assert not any(it["type"] == "delay" and it["params"].get("per") == "1" for it in p.items), p.summary


def test_early_or_late_by_half_a_day_stays_a_delay_to_check():
    p = propose("每提前或推迟半天加扣1分", "3", "完成及时性")
    assert sole(p, "delay")["per"] == "2"
    assert not p.confident

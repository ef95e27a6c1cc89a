"""Formulas of points counted per case, read by the shape of the text rather than its exact words.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, numberings,
verbs and Chinese numerals), with the rule they must give and the score of a few situations, and near misses that
must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, sole


# ── points per case, capped by a sentence or clause of its own (“本项最高5分”, “,本项最高限分6分”) ──────
@pytest.mark.parametrize("text, weight, values, score", [
    ("积极开展读书活动,组织一次得2分,本项最高限分6分。", "6", ("2",), 4),
    ("积极开展读书活动,组织一次得2分,本项最高限分6分。", "6", ("5",), 6),
    ("开展志愿服务,每开展1次得1分。本项最高4分。", "4", ("3",), 3),
    ("开展志愿服务,每开展1次得1分。本项最高4分。", "4", ("9",), 4),
    ("1、每举办一期培训班得1.5分;该项最高分3分", "3", ("1",), Decimal("1.5")),
    ("每报送1篇调研报告得1分,此项最高5分", "5", ("7",), 5),
])
def test_points_per_case_under_a_cap_of_the_item(text, weight, values, score):
    p = propose(text, weight, "活动开展")
    sole(p, "formula")
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight, values, score", [
    ("做好技术推广,获评市级示范基地每个得2分,新品种推广每项0.5分。本项最高5分。", "5", ("1", "2"), 3),
    ("做好技术推广,获评市级示范基地每个得2分,新品种推广每项0.5分。本项最高5分。", "5", ("2", "4"), 5),
    ("开展宣传,在市级媒体发稿每篇得1分,在省级媒体发稿每篇2分;本项最高6分", "6", ("1", "1"), 3),
    ("引进人才每人得3分,柔性引进专家每名1分,最高不超过8分", "8", ("2", "1"), 7),
])
def test_two_cases_counted_in_one_sentence_each_with_its_points(text, weight, values, score):
    p = propose(text, weight, "技术推广")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight, kinds", [
    ("每组织1次活动得2分;本项最高5分", "6", {"judgement"}),  # a cap that is not the 分值: whose cap is it?
    ("每组织1次活动扣2分;本项最高扣6分", "6", {"deduction"}),  # points taken off, not earned
    ("组织活动得2分,本项最高6分", "6", {"choice", "judgement", "all_or_nothing"}),  # no case counted
])
def test_not_points_per_case_under_a_cap(text, weight, kinds):
    p = propose(text, weight, "活动开展")
    assert p.kind in kinds, (p.kind, p.summary)
    assert not p.confident

"""Formulas of rates, faults and cases, read by the shape of the text rather than its exact words.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, verbs and
units), with the rule they must give and the score of a few situations, and near misses that must not be read that
way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, sole


# ── a rate's line below 100% earns the 分值, below it the share of the line reached ─────────────────────
@pytest.mark.parametrize("text, weight, rate, score", [
    ("适龄儿童建档率≥90%,得 8分;低于90%按比例得分", "8", "45", 4),
    ("适龄儿童建档率≥90%,得 8分;低于90%按比例得分", "8", "96", 8),
    ("居民知晓率达到80%以上的,得5分;不足80%的,按比例计分。", "5", "60", Decimal("3.75")),
    ("随访率≥70,得 14低于70%,按百分比得分", "14", "35", 7),
    ("抽查的覆盖率/60%×6分(60%以上得满分)", "6", "30", 3),
    ("抽查的覆盖率/60%×6分(60%以上得满分)", "6", "75", 6),
    ("报告发病率/2‰*2 分;抽查的报告发病率超过 2‰按 2 分计算。", "2", "1", 1),
    ("报告发病率/2‰*2 分;抽查的报告发病率超过 2‰按 2 分计算。", "2", "2.5", 2),
])
def test_a_rate_scored_in_proportion_to_its_line(text, weight, rate, score):
    p = propose(text, weight, "管理率")
    params = sole(p, "formula")
    assert "min(" in params["expression"]
    assert by_vars(p, rate) == score
    assert not p.confident  # the share taken of the line, not of 100%, is to confirm


@pytest.mark.parametrize("text, weight", [
    ("普查率达100%,得10分;低于100%按百分比得分。", "10"),  # a line of 100%: the rate itself
    ("适龄儿童建档率≥90%,得 5分;低于90%按比例得分", "8"),  # the points are not the 分值
    ("适龄儿童建档率≥90%,得 8分;低于90%不得分", "8"),  # a line met or not, no share
    ("抽查的覆盖率/60%×6分(60%以上得满分)", "10"),
    ("报告发病率/2‰*2 分;抽查的报告发病率超过 2‰按 1 分计算。", "2"),  # points beyond the line not the 分值
])
def test_near_misses_are_not_a_share_of_the_line(text, weight):
    p = propose(text, weight, "管理率")
    assert not (p.kind == "formula" and "min(r /" in p.items[0]["params"].get("expression", "")), p.summary

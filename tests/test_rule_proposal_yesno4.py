"""Yes/no and pick-one texts read by their shape: a requirement whose points stand in brackets after it under a name
(“(分值2分)”, “(基础分5分)”, “(基本分10分)”), … — each with the rule it must give, its scores in a few situations, and
the near misses that must not be read that way or must not be confident.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import scored, types


def met_or_not(p):
    return scored(p, {"met": True}), scored(p, {"met": False})


# ── a requirement, then its points in brackets under a name ─────────────────
@pytest.mark.parametrize("text,weight,condition", [
    ("按时报送年度统计报表(分值2分);", "2", "按时报送年度统计报表"),
    ("《排水许可证》在有效期内,排放量与许可一致(分值3分);", "3", "《排水许可证》在有效期内,排放量与许可一致"),
    ("设有图书角、宣传栏等学习场所,配备齐全。(基础分4分)", "4", "设有图书角、宣传栏等学习场所,配备齐全"),
    ("办公场所整洁,标识统一(基本分6分)", "6", "办公场所整洁,标识统一"),
    ("站点均取得《经营许可证》(标准分1.5分)", "1.5", "站点均取得《经营许可证》"),
    ("服务台账按月更新(分值:2分)", "2", "服务台账按月更新"),
])
def test_a_requirement_with_its_named_points_in_brackets_is_met_or_not(text, weight, condition):
    """The bracket gives the points under a name (分值、基础分、基本分、标准分): full marks when the requirement is met,
    none otherwise. Not met scoring nothing is read, not said: to check."""
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"] and not p.confident, (text, p.summary, p.unplaced)
    assert p.items[0]["params"]["condition"] == condition
    assert met_or_not(p) == (Decimal(weight), 0)
    assert any("推定" in u for u in p.unplaced)


def test_a_share_measured_against_a_line_is_a_condition_with_figures():
    """“…比例达到40%以上” names the share measured, it scores nothing in proportion: the requirement with its figures,
    whose reaching the team judges."""
    p = propose("垃圾分类覆盖率达到90%,资源化利用比例达到40%以上。(基本分10分)", "10", "")
    assert types(p) == ["all_or_nothing"] and not p.confident
    assert met_or_not(p) == (Decimal(10), 0)
    assert any("数值" in u for u in p.unplaced)


@pytest.mark.parametrize("text,weight", [
    ("按时报送年度统计报表(分值2分);", "3"),                       # the bracket is not the 分值
    ("每按时报送1次得1分(分值2分)", "2"),                          # points per case, not one requirement
    ("按实际完成比例计分(基础分5分)", "5"),                        # in proportion, not met or not
    ("按时报送年度统计报表(最高2分)", "2"),                        # a cap, not the points of the requirement
])
def test_near_misses_of_named_points_in_brackets(text, weight):
    p = propose(text, weight, "")
    assert types(p) != ["all_or_nothing"], (text, p.summary)

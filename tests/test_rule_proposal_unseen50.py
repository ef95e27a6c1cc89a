"""Points per case a next agency's table is likely to share:

- faults of different costs counted per policy or order (“1、每发现一单变更保险条款责任的扣2分; 2、…扣2分 3、每发现一单交强险违规
  优惠的扣5分”): one formula, the 分值 less each fault's cost per 单 found, in the order the text names them;
- points earned per credit or per case, up to a top said as “最高上限” (“當年度每學分加1分，最高上限5分”, “每案加1分，最高上限3分”):
  the points times the count, the top the 分值.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, sole


# ── faults of different costs, per 单 found ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs, situations", [
    ("1、每发现一单变更保险条款责任的扣2分; 2、每发现一单改变使用性质承保扣2分 3、每发现一单交强险违规优惠的扣5分", "10",
     ("2", "2", "5"), [(("0", "0", "0"), 10), (("1", "0", "1"), 3), (("0", "3", "1"), 0)]),
    ("每发现一单虚假理赔扣3分;每发现一单违规退保扣1分", "10", ("3", "1"), [(("1", "2"), 5), (("3", "2"), 0)]),
    ("每查实一单虚假批改的扣2分,每查实一单违规返还手续费的扣4分,扣完为止", "10", ("2", "4"), [(("2", "1"), 2)]),
    ("(1)每发现一单保单信息与系统不一致的扣2分;(2)每发现一单阴阳保单扣5分", "10", ("2", "5"), [(("2", "1"), 1)]),
])
def test_faults_of_different_costs_per_policy(text, weight, costs, situations):
    p = propose(text, weight, "承保合规")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["单"] * len(costs)
    assert all("一单" not in v["label"] for v in params["variables"])
    for values, score in situations:
        assert by_vars(p, *values) == Decimal(str(score)), values


@pytest.mark.parametrize("text", [
    "每发现一单位未按时报送扣2分",  # 单位: the unit reporting, no policy
    "每发现一单项不合格扣2分",  # 单项: one item, no policy
])
def test_near_miss_no_policy_counted(text):
    p = propose(text, "10", "报送")
    assert not any(v.get("unit") == "单" for it in p.items for v in it.get("params", {}).get("variables", []))
    assert not p.confident


# ── points per credit or case, up to a top said as 最高上限 ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, unit, situations", [
    ("錄製e-learning課程，當年度每學分加1分，最高上限5分。", "5", "学分", [("2", 2), ("7", 5)]),
    ("当年度每学分计0.5分，最高上限4分", "4", "学分", [("3", 1.5), ("10", 4)]),
    ("建立教師個人教學網頁、教材或教具，經審核通過獲補助者，當年度每案加1分，最高上限3分。", "3", "案", [("1", 1), ("4", 3)]),
    ("指导学生获得国家级奖项,每人次得2分,最高上限6分", "6", "人次", [("2", 4), ("5", 6)]),
])
def test_points_per_credit_up_to_a_top(text, weight, unit, situations):
    p = propose(text, weight, "教学")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == [unit]
    for value, score in situations:
        assert by_vars(p, value) == Decimal(str(score)), value


@pytest.mark.parametrize("text, weight", [
    # a top higher than the 分值: no cap of the row read
    ("当年度每学分加1分，最高上限8分", "5"),
    # 学分 as the line of a requirement, not a count earning points
    ("当年度修满20学分得5分", "5"),
])
def test_near_miss_not_points_per_credit(text, weight):
    p = propose(text, weight, "教学")
    assert not (p.kind == "formula" and p.confident)
    assert not any("1 * a" == it.get("params", {}).get("expression") for it in p.items)

"""Points earned per count up to a cap, read where unseen tables word them otherwise: a cap said with 总计 (“每次计2分,
总计不超过10分”), a bonus on some of the cases counted (“每条计10分,被采用的再加5分”), the 分值 said as the points of a
copy times the copies (“满分40分(5分/份×8)”) and the points of a time with the times that make the 分值 (“每次7.5分,
不低于4次,计30分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings, sole


def _formulas(text: str, weight: str) -> list[str]:
    return [it["params"]["expression"] for found in readings(text, weight) for it in found.items
            if it["type"] == "formula"]


# ── a cap said with 总计: “每次计2分,总计不超过10分” ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("参加专题调研、视察等活动,每次计2分,总计不超过10分。", "10", "2"),
    ("每报送1篇经验材料得3分,总计不超过12分", "12", "3"),
    ("撰写调研报告每篇计5分;总计不超过15分。", "15", "5"),
])
def test_points_per_case_capped_in_total(text, weight, per):
    p = propose(text, weight, "履职")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    assert by_vars(p, "1") == Decimal(per)
    assert by_vars(p, "2") == 2 * Decimal(per)
    assert by_vars(p, "50") == Decimal(weight)  # the cap
    assert by_vars(p, "0") == 0


def test_near_miss_a_total_of_another_figure_is_not_the_cap():
    # a cap below the 分值 on its own sentence is no cap of the whole: not read as points earned up to the 分值
    assert not any(e == "2 * a" for e in _formulas("参加活动每次计2分;总计不超过8分。", "10"))


# ── a bonus on some of the cases counted: “每条计10分,被采用的再加5分” ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, bonus", [
    ("报送社情民意信息,每条(次)计10分,被采用的再加5分,总计不超过15分。", "15", "10", "5"),
    ("报送工作信息每篇计1分,被市级采用的,另加2分,最高10分。", "10", "1", "2"),
    ("提交意见建议每件得4分,被领导批示的再加4分;累计不超过20分", "20", "4", "4"),
])
def test_a_bonus_on_cases_counted(text, weight, per, bonus):
    p = propose(text, weight, "信息")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2
    assert not p.confident  # that the bonus cases are among those counted is the reading's
    assert by_vars(p, "1", "0") == Decimal(per)
    assert by_vars(p, "1", "1") == Decimal(per) + Decimal(bonus)
    assert by_vars(p, "30", "30") == Decimal(weight)
    assert by_vars(p, "0", "0") == 0


@pytest.mark.parametrize("text, weight", [
    ("被采用的再加2分,最高10分。", "10"),  # no case counted before the bonus
    ("报送信息每篇计1分,被采用的再加2分,未被采用的扣1分。", "10"),  # a fault after the bonus
    ("报送信息每篇计1分,被采用的再加2分以上。", "10"),  # words after the bonus that are no cap
    ("迟报每次扣1分,被通报的再加2分,最高10分。", "10"),  # a bonus on a deduction
])
def test_near_miss_bonus_not_read(text, weight):
    assert not any("b" in e for e in _formulas(text, weight))


# ── the 分值 said as the points of a copy times the copies: “满分40分(5分/份×8)” ─────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("①月报:包括全年十二个月,满分60分(5分/份×12)。", "60", "5"),
    ("季度总结:每季度一份,共40分(10分/份×4)", "40", "10"),
    ("专题简报,满分30分(6分/期×5期)。", "30", "6"),
])
def test_copies_times_their_points(text, weight, per):
    p = propose(text, weight, "报送")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    assert by_vars(p, "1") == Decimal(per)
    assert by_vars(p, "3") == 3 * Decimal(per)
    assert by_vars(p, "0") == 0
    assert by_vars(p, "99") == Decimal(weight)


@pytest.mark.parametrize("text, weight", [
    ("月报,满分40分(5分/份×6)。", "40"),  # the copies do not make the 分值
    ("月报,满分40分(5分/份×8)。", "50"),  # the 分值 said is not the row's
    ("每少报一期扣分,满分40分(5分/期×8)。", "40"),  # copies missing: points lost
])
def test_near_miss_copies_not_making_the_weight(text, weight):
    assert "5 * a" not in _formulas(text, weight)


# ── the points of a time, then the times that make the 分值: “每次7.5分,不低于4次,计30分” ──────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("参加讲座、培训、调研等履职活动,每次7.5分,不低于4次,计30分。", "30", "7.5"),
    ("参加集中学习,每次得5分,满4次计满分", "20", "5"),
    ("开展志愿服务每次计2分,达到5次及以上的,得10分。", "10", "2"),
])
def test_times_that_make_the_weight(text, weight, per):
    p = propose(text, weight, "活动")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    assert not p.confident  # a least count asked may zero fewer times: the reading's
    assert by_vars(p, "1") == Decimal(per)
    assert by_vars(p, "2") == 2 * Decimal(per)
    assert by_vars(p, "9") == Decimal(weight)


@pytest.mark.parametrize("text, weight", [
    ("参加培训每次5分,不低于4次,计30分。", "30"),  # 5×4 is not the 分值
    ("每少参加1次扣5分,不低于4次,计20分。", "20"),  # times missing: points lost
    ("每季度5分,满4次计20分。", "20"),  # a period, no unit of a time counted
])
def test_near_miss_times_not_making_the_weight(text, weight):
    p = propose(text, weight, "活动")
    assert not (p.kind == "formula" and p.confident)
    assert not any(e == "5 * a" for e in _formulas(text, weight))

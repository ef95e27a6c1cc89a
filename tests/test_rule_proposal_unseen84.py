"""Wordings of points per unit counted a proposer missed: a table's cell holding only the points per unit (“80分/项”,
“10分/人”, “1分/30人”, “5分/千元”), its row naming what is counted; points per case closed by none of them scoring
nothing (“每新增1家得1分,未新增不得分”, “每个项目计2分,没有不计分”); the cap of them said with whose points they are
(“…,学院最多不超过10分”); and a quotient in % earning points per percentage point (“有效机时/定额机时×100%,每个百分点
得1分”). Always to check.

Made-up texts in the style of assessment tables, with the scores of a few counts, and near misses that must not be
read that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings, sole


# ── a cell holding only the points per unit ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, name, cases", [
    ("50分/项", "100", "省级科技奖", [("1", 50), ("3", 100), ("0", 0)]),
    ("4分/人", "40", "取得上岗证人数", [("5", 20), ("20", 40)]),
    ("2分/50人", "20", "开放实验接待人数", [("100", 4), ("2000", 20)]),
    ("3分/万元", "30", "对外服务收入", [("4", 12), ("15", 30)]),
    ("15分/篇。", "60", "核心期刊论文", [("2", 30), ("5", 60)]),
])
def test_a_cell_of_points_per_unit_counts_the_rows_units(text, weight, name, cases):
    p = propose(text, weight, name)
    params = sole(p, "formula")
    assert len(params["variables"]) == 1 and name in params["variables"][0]["label"]
    assert not p.confident
    assert any("只写了每" in u for u in p.unplaced), p.unplaced
    for n, want in cases:
        assert by_vars(p, n) == Decimal(want)


@pytest.mark.parametrize("text", [
    "扣2分/次",  # a deduction per case, said so
    "5分/基",  # a unit no count is read in
    "5-10分/项",  # a range of points per case: judged
    "80分/项,100分封顶/年",  # a cap per period after it
])
def test_near_misses_are_no_cell_of_points_per_unit(text):
    assert not any("只写了每" in u for r in readings(text, "100", "奖项") for u in r.doubts or ())


def test_a_cell_of_points_per_amount_is_no_quotient():
    p = propose("5分/千元", "100", "校外服务收入")
    params = sole(p, "formula")
    assert params["expression"] == "5 * a"
    assert by_vars(p, "6") == Decimal(30)


# ── points per case, none of them scoring nothing ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("每引进1家企业得2分,未引进不得分。", "10", [("0", 0), ("3", 6), ("7", 10)]),
    ("每个课题计3分,没有不计分。", "9", [("0", 0), ("2", 6), ("4", 9)]),
    ("每举办1场讲座得1分,未举办的不得分。", "5", [("2", 2), ("6", 5)]),
])
def test_points_per_case_and_none_scoring_nothing(text, weight, cases):
    p = propose(text, weight, "工作成效")
    sole(p, "formula")
    assert not p.confident
    for n, want in cases:
        assert by_vars(p, n) == Decimal(want)


def test_a_closing_nought_for_another_want_is_not_read_as_none_counted():
    # “未按时上报”: another requirement, not the case counted: never dropped as a count of 0
    assert not any(r.items[0]["params"].get("expression") == "1 * a"
                   for r in readings("每新增1家得1分,未按时上报不得分。", "10", "工作成效"))


# ── the cap said with whose points they are ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("组织学生参加学科竞赛,每1项加3分,学院最多不超过12分。", "12", [("2", 6), ("5", 12)]),
    ("承担校级教改课题,每项得2分,单位累计不超过6分。", "6", [("1", 2), ("4", 6)]),
])
def test_points_per_case_capped_with_whose_points(text, weight, cases):
    p = propose(text, weight, "加分项")
    sole(p, "formula")
    assert not p.confident
    assert any("按本项最多得分读" in u for u in p.unplaced), p.unplaced
    for n, want in cases:
        assert by_vars(p, n) == Decimal(want)


@pytest.mark.parametrize("text", [
    "组织学生参加学科竞赛,每1项加3分,学生最多不超过12分。",  # whose points is not the unit scored: no cap read
    "组织学生参加学科竞赛,每1项加3分,学院每年最多不超过12分。",  # a cap per period
])
def test_near_misses_are_no_cap_of_whose_points(text):
    assert not any("按本项最多得分读" in u for r in readings(text, "12", "加分项") for u in r.doubts or ())


# ── a quotient in %, points per percentage point ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("实际开课学时/计划开课学时×100%,每个百分点得0.5分。", "50", [(("45", "50"), 45), (("50", "50"), 50), (("20", "40"), 25)]),
    ("完成户数/任务户数×100%,每1个百分点计1分,最高100分。", "100", [(("80", "100"), 80), (("120", "100"), 100)]),
])
def test_a_quotient_in_percent_earning_points_per_point(text, weight, cases):
    p = propose(text, weight, "完成情况")
    sole(p, "formula")
    assert not p.confident
    for values, want in cases:
        assert by_vars(p, *values) == Decimal(want)


@pytest.mark.parametrize("text", [
    "有效机时/定额机时×100%,每低1个百分点扣1分。",  # points taken off below a line
    "有效机时/定额机时×100%,每超过1个百分点得1分。",  # points past a line unsaid
    "有效机时/定额机时,每个百分点得1分。",  # no percentage said
    "有效机时/有效机时×100%,每个百分点得1分。",  # one quantity over itself
])
def test_near_misses_are_no_points_per_point_of_a_quotient(text):
    assert not any("×100%，每个百分点得" in r.summary for r in readings(text, "100", "机时利用"))

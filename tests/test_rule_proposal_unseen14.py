"""Wordings of formulas missed in the tuning set, each a class read with texts written for the tests:

- a case counted in person-times said as one person once (“每人每次扣0.5分”, “有1人1次未…扣5分”, “一人一次”): the
  unit is 人次, as “每人次” says (a person late three times is three cases, never one person); a person a year or a
  day (“每人每年”) is no person-time;
- levels listed, each case deducted in turn (“被县、市、省通报批评的,每次分别扣1分、2分、3分”, “被镇、县及县以上督查通报的,每项
  分别扣2、4、6分”), alone or after other faults: a formula over the count of cases of each level, in the order listed,
  never confidently (whether a case of a higher level counts under a lower one too is not said);
- a lateness or an absence said with 到 before its deduction (“迟到扣0.5分”, “会议未到扣1分”, “没到扣1分”): a fault
  like any other, beside others (“旷工1天扣2分,迟到扣0.5分,扣完为止”), where 到 before 扣 used to be read as a stop
  (“直到扣完为止” still is one); said without a count (“迟到扣0.5分”), whether it is taken once or per time is
  unsaid: to check.

Near misses: a listing of levels scored once each with no case counted, points added per level (another reading), kinds
that are no levels, as many amounts as levels missing; “直到扣完为止”, a stop and no fault.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, by_vars, readings, sole


# ── person-times said as one person once ───────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("会议考勤:无故缺席的每人每次扣0.5分,扣完为止。", "3", "0.5"),
    ("每人每次迟到早退扣0.2分,扣完为止", "2", "0.2"),
    ("培训考勤,有一人一次未参加培训的扣1分,扣完为止", "4", "1"),
])
def test_one_person_once_is_a_person_time(text, weight, per):
    p = propose(text, weight, "考勤")
    params = sole(p, "deduction")
    assert params["unit"] == "人次"
    w = Decimal(weight)
    assert by_count(p, "0") == w
    assert by_count(p, "2") == w - 2 * Decimal(per)
    assert by_count(p, "100") == 0


def test_faults_each_one_person_once_with_their_own_points():
    p = propose("有1人1次未按时交回登记表扣3分,有1人1次未按要求参加走访的扣2分,扣完为止。", "10", "走访")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["人次", "人次"]
    assert by_vars(p, "0", "0") == 10
    assert by_vars(p, "1", "2") == 3
    assert by_vars(p, "3", "1") == 0


def test_faults_each_one_person_once_alike_count_as_cases():
    p = propose("有1人1次未按时交回登记表扣5分,有1人1次未按要求参加走访的扣5分。", "10", "走访")
    assert not p.confident  # “有1人次…”: counted per case or one situation is not said, nor where it stops
    assert sole(p, "deduction")["unit"] == "人次"
    assert by_count(p, "1") == 5
    assert by_count(p, "2") == 0


@pytest.mark.parametrize("text, kept", [
    ("每人每年参加培训不少于2次,每少1次扣1分", "每人每年"),  # a person a year: no person-time
    ("每人每天登记1次,未登记的扣1分", "每人每天"),             # a person a day
    ("共11人1次未到,扣2分", "11人1次"),                       # eleven people, not one person once
    ("困难职工1人1次性补助500元", "1人1次性"),                # a one-off grant, no count of cases
])
def test_a_person_a_year_is_no_person_time(text, kept):
    assert kept in normalize(text)


# ── levels listed, each case deducted in turn ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, amounts", [
    ("被县、市、省通报批评的,每次分别扣1分、2分、3分,扣完为止。", "6", ["1", "2", "3"]),
    ("工作被市级、省级、国家级通报批评的,每次分别扣1、2、4分,扣完为止", "8", ["1", "2", "4"]),
    ("因工作失误被区、市及市以上媒体曝光的,每起分别扣0.5分、1分和2分。", "5", ["0.5", "1", "2"]),
])
def test_levels_listed_each_case_deducted_in_turn(text, weight, amounts):
    w, costs = Decimal(weight), [Decimal(x) for x in amounts]
    p = propose(text, weight, "通报")
    assert len(sole(p, "formula")["variables"]) == len(amounts) and not p.confident
    assert by_vars(p, *["0"] * len(amounts)) == w
    for k, cost in enumerate(costs):  # one case of each level in turn costs that level's amount
        one = ["0"] * len(amounts)
        one[k] = "1"
        assert by_vars(p, *one) == w - cost
    assert by_vars(p, *["9"] * len(amounts)) == 0


def test_levels_listed_after_another_fault():
    p = propose("无故缺席会议的每次扣0.5分;对未及时整改被乡镇、县及县以上督查通报的,每项分别扣1分、2分、3分。", "6", "监督")
    params = sole(p, "formula")
    assert not p.confident
    assert len(params["variables"]) == 4
    assert by_vars(p, "0", "0", "0", "0") == 6
    assert by_vars(p, "2", "1", "0", "0") == 4
    assert by_vars(p, "0", "0", "0", "1") == 3
    assert by_vars(p, "1", "0", "1", "0") == Decimal("3.5")


def _read_by_levels(text: str, weight: str) -> bool:
    """Whether any reading of the text is a formula taking off the cases of each level, one variable each."""
    return any(it["type"] == "formula" and len(it["params"]["variables"]) >= 2
               and str(it["params"]["expression"]).startswith("max - ")
               for r in readings(text, weight) for it in r.items)


@pytest.mark.parametrize("text", [
    "被省、市通报的分别扣2分、1分",                          # no case counted: a situation of each level
    "被县、市、省通报批评的,每次分别扣1分、2分",             # fewer amounts than levels
    "被县、市、省表彰的,每次分别加1分、2分、3分",            # points added, another reading
    "在安全、质量、进度方面被通报的,每次分别扣1分、2分、3分",  # kinds that are no levels
])
def test_no_levels_each_deducted(text):
    assert not _read_by_levels(text, "6")


# ── a lateness or an absence said with 到 ───────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, first, second", [
    ("旷工1天扣2分,迟到扣0.5分,扣完为止。", "10", "2", "0.5"),
    ("会议未到扣1分,迟到早退扣0.5分,扣完为止", "5", "1", "0.5"),
    ("值班没到扣2分;值班记录不全扣1分;扣完为止", "6", "2", "1"),
])
def test_a_lateness_or_absence_is_a_fault(text, weight, first, second):
    w, p = Decimal(weight), propose(text, weight, "考勤")
    assert len(sole(p, "formula")["variables"]) == 2 and by_vars(p, "0", "0") == w
    assert by_vars(p, "1", "0") == w - Decimal(first)
    assert by_vars(p, "1", "1") == w - Decimal(first) - Decimal(second)


def test_a_lateness_counted_per_case():
    p = propose("迟到1次扣0.5分,旷工1天扣2分,扣完为止", "10", "考勤")
    assert [v["unit"] for v in sole(p, "formula")["variables"]] == ["次", "天"]
    assert by_vars(p, "4", "1") == 6


def test_until_nothing_is_left_is_no_fault():
    p = propose("每缺1项资料扣1分,直到扣完为止", "5", "资料")
    assert p.confident and sole(p, "deduction")["per"] == "1"
    assert by_count(p, "2") == 3


@pytest.mark.parametrize("text", [
    "旷工1天扣2分,迟到扣0.5分,扣完为止。",
    "会议未到扣1分,迟到早退扣0.5分,扣完为止",
    "值班记录不全扣1分;值班没到扣2分;扣完为止",
    "学习缺席扣1分,笔记不全扣0.5分,扣完为止",
])
def test_a_lateness_said_without_a_count_is_to_check(text):
    """A lateness or an absence happens again and again: said without 每/一次, taken once or per time is unsaid."""
    p = propose(text, "10", "考勤")
    assert not p.confident and any("扣一次还是每次扣分未说明" in n for n in p.notes)


@pytest.mark.parametrize("text", [
    "未建立制度扣2分,措施未到位扣1分,扣完为止",    # 未到位: no absence
    "资金未到账扣2分,方案缺失扣1分,扣完为止",
])
def test_a_fault_that_is_no_lateness_stays_read(text):
    p = propose(text, "10", "管理")
    assert not any("扣一次还是每次扣分未说明" in n for n in p.notes)

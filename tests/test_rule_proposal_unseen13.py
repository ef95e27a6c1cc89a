"""Wordings of the former hold-out set's misses, each a class read with texts written for the tests:

- a task done for its points and a shortfall in proportion, the task said done in full (全面完成、全部完成) and a bonus
  for doing more in proportion after it (“…,超额完成任务的按比例加分”): a rate of the task done, at most the points, the
  bonus left out (to check);
- a line with no figure named before it that zeroes the row (“低于90%的,该项不得分”): the figure is the indicator's, named
  in another cell; the line and above keeps the 分值 (to check: not said);
- a count to reach for the points and a shortfall in proportion (“上报信息4篇以上记2分(完不成的按比例扣分)”): the count
  done ÷ the count asked × the points, at most the points (to check);
- a case found on inspection (“查实1例,扣1分”, “查出1起…扣0.5分”): a deduction per case, as “发现1例”.

Near misses that must not be read so: an unnamed line that only takes points off, a bonus of another kind.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, ratio, readings, scored, sole


# ── a task done in full, a shortfall in proportion, a bonus for more left out ───────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("全面完成造林绿化任务的得8分。完不成任务的按比例扣分,超额完成任务的按比例加分。", "8"),
    ("全部完成危房改造任务的得6分;未完成的按比例扣分,超额完成的按比例加分", "6"),
    ("圆满完成年度培训任务的,得满分;完不成任务的按比例扣分", "4"),
])
def test_a_task_done_in_full_and_a_shortfall_in_proportion(text, weight):
    p = propose(text, weight, "任务完成")
    # a rate of the task done, or (a shortfall said 未完成) the completion of a plan: the same score
    sole(p, p.kind if p.kind in ("rate", "completion") else "rate")

    def share(done: int) -> dict:
        return ratio(done, 100) if p.kind == "rate" else {"target": "100", "actual": str(done)}

    w = Decimal(weight)
    assert scored(p, share(50)) == w / 2
    assert scored(p, share(100)) == w
    assert scored(p, share(130)) == w  # the bonus for more is left out: at most the points
    if "加分" in text:
        assert not p.confident
        assert any("超额完成" in u for u in p.unplaced)


def test_a_bonus_of_another_kind_is_not_read_as_the_overshoot():
    p = propose("全面完成造林绿化任务的得8分。完不成任务的按比例扣分,获得省级表彰的加分。", "8", "任务完成")
    assert not p.confident


# ── an unnamed line zeroing the row ─────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, line", [
    ("低于95%的,该项不得分。", "10", "95"),
    ("不足80%的,本项不得分", "6", "80"),
    ("未达到90%的,不得分", "4", "90"),
])
def test_an_unnamed_line_zeroing_the_row(text, weight, line):
    p = propose(text, weight, "群众满意度")
    params = sole(p, "tiers")
    assert not p.confident  # the full marks at the line and above are not said
    w, x = Decimal(weight), Decimal(line)
    assert scored(p, {"value": str(x)}) == w
    assert scored(p, {"value": str(x + 3)}) == w
    assert scored(p, {"value": str(x - Decimal("0.5"))}) == 0
    assert params["unit"] == "%"


@pytest.mark.parametrize("text, weight", [
    ("低于90%的扣2分", "5"),  # takes points off: not a line zeroing the row
    ("少于3次的,扣1分", "4"),
])
def test_an_unnamed_line_that_takes_points_off_is_not_read_as_one(text, weight):
    assert not any(it["type"] == "tiers" for r in readings(text, weight) for it in r.items)


# ── a case found on inspection ───────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("凡未按规定执行报销政策的,查实1例,扣1分。", "4", "1", "例"),
    ("住院费用未按比例结算的,查实一例,扣0.5分", "3", "0.5", "例"),
    ("查出1起违规报销的扣0.5分,扣完为止", "3", "0.5", "起"),
])
def test_a_case_found_on_inspection(text, weight, per, unit):
    p = propose(text, weight, "待遇落实")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": unit}
    w = Decimal(weight)
    assert by_count(p, "0") == w
    assert by_count(p, "2") == w - 2 * Decimal(per)
    assert by_count(p, "100") == 0
    if "为止" not in text:
        assert not p.confident  # where the deducting stops is not said


def test_an_inspection_that_finds_no_case_counted_is_not_a_deduction_per_case():
    p = propose("查实存在违规报销的,扣4分", "4", "待遇落实")
    assert p.kind != "deduction"


# ── a count to reach, a shortfall in proportion ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, target", [
    ("每年向县科协报送工作简报4篇以上记2分(完不成的按比例扣分)。", "2", "4"),
    ("3.开展普法宣传活动5次以上得5分,不足的按比例计分", "5", "5"),
    ("组织业务培训3期以上的,计3分;达不到的按比例扣分", "3", "3"),
])
def test_a_count_to_reach_and_a_shortfall_in_proportion(text, weight, target):
    p = propose(text, weight, "宣传工作")
    params = sole(p, "rate")
    assert not p.confident  # the count asked read as the denominator
    assert target in params["denominator_label"]
    w, n = Decimal(weight), int(target)
    assert scored(p, ratio(n, n)) == w
    assert scored(p, ratio(n - 1, n)) == w * (n - 1) / n
    assert scored(p, ratio(n + 2, n)) == w  # more than asked scores no more
    assert scored(p, ratio(0, n)) == 0


@pytest.mark.parametrize("text, weight", [
    ("开展普法宣传活动5次以上得3分,不足的按比例计分", "5"),  # the points are not the 分值
    ("开展普法宣传活动1次以上得3分,不足的按比例计分", "3"),  # one time: nothing to share
    ("开展普法宣传活动5次以上得5分,不足的酌情扣分", "5"),  # no proportion said
])
def test_a_count_to_reach_that_is_no_share(text, weight):
    assert not any(it["type"] == "rate" for r in readings(text, weight) for it in r.items)

"""Wordings of the former hold-out set's misses, each a class read with texts written for the tests:

- a task done for its points and a shortfall in proportion, the task said done in full (全面完成、全部完成) and a bonus
  for doing more in proportion after it (“…,超额完成任务的按比例加分”): a rate of the task done, at most the points, the
  bonus left out (to check);
- a line with no figure named before it that zeroes the row (“低于90%的,该项不得分”): the figure is the indicator's, named
  in another cell; the line and above keeps the 分值 (to check: not said);
- a count to reach for the points and a shortfall in proportion (“上报信息4篇以上记2分(完不成的按比例扣分)”): the count
  done ÷ the count asked × the points, at most the points (to check);
- sentences of bands each closed by a sentence of its own zeroing the rest (“A达目标值的80%得3分,达60%得1分。低于60%
  不得分。B达…得7分,…。低于60%不得分。”): one item of bands each, the bests adding up to the 分值; a share of a target
  after 达 alone (“达目标值的80%”) is a line reached, as after 达到;
- a rate that must be exactly its figure (“实际支出率≠100%则不得分”, “…不等于100%的,该项不得分”): the figure scores the
  分值, any other value nothing (to check: the score at the figure is not said);
- a quotient laid out as a fraction whose two lines were run together, its bar a row of dashes (“A------×70B”): A ÷ B ×
  the 分值 (to check: the layout is read back);
- requirements each closed by their points in brackets, one followed by its own deduction (“成立领导小组(1分),开展
  走访慰问(4分),少1次扣1分”): one part each, the deduction the rule of the part it follows;
- bands of a gap from a standard, each with its deduction (“低于标准10%以内的扣2分,低于标准20%以内的扣4分,低于标准20%
  以上的扣6分”): bands on the gap in %, no gap keeping the 分值 (to check: 以内 read as holding its line);
- a case found on inspection (“查实1例,扣1分”, “查出1起…扣0.5分”): a deduction per case, as “发现1例”.

Near misses that must not be read so: an unnamed line that only takes points off, a bonus of another kind.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, ratio, readings, scored, sole


def _read_as(kind: str, text: str, weight: str) -> bool:
    """Whether any reading of the text, proposed or not, has an item of type ``kind``."""
    return any(it["type"] == kind for r in readings(text, weight) for it in r.items)


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
    assert not _read_as("tiers", text, weight)


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
    assert not _read_as("rate", text, weight)


# ── bands of two figures, each closed by its own sentence of nothing ───────────────────────────────────────────────
def _value(v: str) -> dict:
    return {"value": v}


@pytest.mark.parametrize("text, first, second", [
    ("人均藏书达目标值的80%得4分,达60%得2分。低于60%不得分。年购书经费达目标值的80%得6分,达70%得4分,达60%得2分。低于60%不得分。",
     ["4", "2", "0"], ["6", "4", "2", "0"]),
    ("场地面积达到标准的90%得3分,达到70%得1分;不足70%不得分;器材配备达到标准的90%得2分,达到70%得1分;不足70%不得分",
     ["3", "1", "0"], ["2", "1", "0"]),
])
def test_bands_of_two_figures_each_closed_by_a_sentence_of_nothing(text, first, second):
    p = propose(text, "10" if "购书" in text else "5", "办学条件")
    assert [it["type"] for it in p.items] == ["tiers", "tiers"], (p.summary, p.unplaced)
    assert [Decimal(it["max"]) for it in p.items] == [Decimal(first[0]), Decimal(second[0])]
    values = ["95", "85", "65", "50"] if "购书" in text else ["95", "75", "50"]
    got_a = [scored(p, _value(v), 0) for v in values]
    got_b = [scored(p, _value(v), 1) for v in values]
    if "购书" in text:  # 95, 85: the top; 65: the lowest band; 50: nothing
        assert got_a == [Decimal(x) for x in (first[0], first[0], first[1], first[2])]
        assert got_b == [Decimal(x) for x in (second[0], second[0], second[2], second[3])]
    else:
        assert got_a == [Decimal(x) for x in first]
        assert got_b == [Decimal(x) for x in second]


@pytest.mark.parametrize("text, weight, values", [
    ("藏书量达目标值的80%得3分,达70%得2分,达60%得1分,低于60%不得分", "3", {"95": "3", "80": "3", "75": "2", "59": "0"}),
    ("经费达计划的90%得5分,达80%得3分", "5", {"100": "5", "85": "3"}),
])
def test_a_share_of_a_target_after_da_alone_is_a_line_reached(text, weight, values):
    p = propose(text, weight, "办学条件")
    sole(p, "tiers")
    for v, want in values.items():
        assert scored(p, _value(v)) == Decimal(want), v


def test_a_sentence_of_nothing_after_one_score_is_not_joined_to_it():
    # the sentence before it is no bands: the zeroing line is not the lowest band of anything said
    p = propose("建立图书管理制度得2分。低于60%不得分。借阅率达80%得3分,达60%得1分。", "5", "办学条件")
    assert not p.confident


# ── a rate that must be exactly its figure ──────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("资金拨付率≠100%则不得分", "2"),
    ("到位资金/计划资金*100%≠100%则不得分", "1"),
    ("资金执行率不等于100%的,该项不得分", "3"),
])
def test_a_rate_that_must_be_exactly_its_figure(text, weight):
    p = propose(text, weight, "资金管理")
    sole(p, "tiers")
    assert not p.confident
    assert scored(p, _value("100")) == Decimal(weight)
    assert scored(p, _value("99.5")) == 0
    assert scored(p, _value("101")) == 0


@pytest.mark.parametrize("text, weight", [
    ("资金拨付率≠100%的,每低1个百分点扣0.1分", "2"),  # a step, not a line zeroing the row
    ("资金拨付率≠100%则扣1分", "2"),
])
def test_a_figure_missed_that_takes_points_off_is_not_read_as_exactly_it(text, weight):
    assert not _read_as("tiers", text, weight)


# ── a fraction whose lines were run together ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, num, den", [
    ("已完成验收的项目个数------------------------×30计划验收的项目个数", "30", "已完成验收的项目个数", "计划验收的项目个数"),
    ("按时报送报表的乡镇数-----------×20应报送报表的乡镇数", "20", "按时报送报表的乡镇数", "应报送报表的乡镇数"),
])
def test_a_fraction_whose_lines_were_run_together(text, weight, num, den):
    p = propose(text, weight, "工作落实")
    params = sole(p, "rate")
    assert not p.confident
    assert (params["numerator_label"], params["denominator_label"]) == (num, den)
    assert scored(p, ratio(3, 4)) == Decimal(weight) * 3 / 4
    assert scored(p, ratio(4, 4)) == Decimal(weight)


@pytest.mark.parametrize("text, weight", [
    ("已完成验收的项目个数------------------------×30计划验收的项目个数", "20"),  # the points are not the 分值
    ("已完成验收的项目个数--计划验收的项目个数", "20"),  # no bar, no points
])
def test_dashes_that_are_no_fraction_bar(text, weight):
    assert not _read_as("rate", text, weight)


# ── requirements with their points in brackets, one with its own deduction ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight, first, second", [
    ("建立帮扶工作台账(1分),开展入户走访慰问(4分),少1次扣1分;", "5", "1", "4"),
    ("做好结对帮扶工作。明确分管领导(2分),按月报送帮扶信息(3分),迟报1次扣0.5分", "5", "2", "3"),
])
def test_requirements_in_brackets_one_with_its_own_deduction(text, weight, first, second):
    p = propose(text, weight, "帮扶工作")
    assert [it["type"] for it in p.items] == ["all_or_nothing", "deduction"], (p.summary, p.unplaced)
    assert [it["max"] for it in p.items] == [first, second]
    per = Decimal(p.items[1]["params"]["per"])
    assert scored(p, {"met": True}, 0) == Decimal(first)
    assert scored(p, {"met": False}, 0) == 0
    assert scored(p, {"count": "2"}, 1) == Decimal(second) - 2 * per
    assert scored(p, {"count": "100"}, 1) == 0


@pytest.mark.parametrize("text, weight", [
    ("建立帮扶工作台账(1分),开展入户走访慰问(4分),少1次扣1分;", "6"),  # the points do not add up to the 分值
    ("建立帮扶工作台账(1分),开展入户走访慰问(4分),资料存档3年,少1次扣1分", "5"),  # a figure in no requirement's clause
])
def test_requirements_in_brackets_that_are_not_parts(text, weight):
    p = propose(text, weight, "帮扶工作")
    assert len(p.items) == 1 and not p.confident, p.summary  # not read in parts, and left to check


# ── bands of a gap from a standard ──────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values", [
    ("超出预算5%以内的扣1分,超出预算10%以内的扣3分,超出预算10%以上的扣6分", "6",
     {"0": "6", "3": "5", "5": "5", "8": "3", "10": "3", "12": "0"}),
    ("经费低于标准10%以内的,扣1分;低于标准30%以内的,扣2分;低于标准30%以上的,扣4分", "5",
     {"0": "5", "9": "4", "25": "3", "40": "1"}),
])
def test_bands_of_a_gap_from_a_standard(text, weight, values):
    p = propose(text, weight, "经费管理")
    params = sole(p, "tiers")
    assert not p.confident
    assert params["unit"] == "%"
    for v, want in values.items():
        assert scored(p, _value(v)) == Decimal(want), v


@pytest.mark.parametrize("text, weight", [
    ("超出预算5%以内的扣1分,超出预算10%以内的扣3分", "6"),  # no band above the last line
    ("超出预算5%以内的扣3分,超出预算10%以内的扣1分,超出预算10%以上的扣6分", "6"),  # deductions not growing
    ("超出预算5%以内的扣1分,低于预算10%以内的扣3分,低于预算10%以上的扣6分", "6"),  # two gaps, either way
])
def test_gaps_that_are_no_bands(text, weight):
    assert not _read_as("tiers", text, weight)

"""Made-up texts that were read confidently and wrong (a line reached with a step above it, a requirement of 100%
closing a deducting text, …), and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, sure_scores, to_check


def _unsure(text: str, weight: str) -> None:
    p = propose(text, weight, "指标")
    assert not p.confident, (p.summary, p.items)


# ── a line reached (“达到95%得满分”) with a step above it (“每超过1个百分点扣…”): full marks at 95% and above, and ──
# ── deductions above 95% too, contradict; read as a limit, 90% scored full: to check ─────────────────────────────
@pytest.mark.parametrize("text", [
    "执行率达到95%得满分,每超过1个百分点扣0.5分,扣完为止",
    "执行率达到95%得满分,每增加1个百分点扣0.5分,扣完为止",
    "执行率达到95%得满分,每提高1个百分点扣0.5分,扣完为止",
    "差错率达到2%得满分,每超过1个百分点扣0.5分,扣完为止",
    "完成率达95%,得5分;每超出1个百分点,扣0.5分,扣完为止",
])
def test_a_line_reached_with_a_step_above_it_is_to_check(text):
    _unsure(text, "5")


@pytest.mark.parametrize("text, values, expected", [
    ("差错率达到2%以下得满分,每超过1个百分点扣0.5分,扣完为止", [1, 2, 3, 4], [5, 5, 4.5, 4]),  # 以下: at most
    ("差错率控制在2%以内得满分,每超过1个百分点扣0.5分,扣完为止", [2, 4], [5, 4]),
    ("执行率达到95%得满分,每低1个百分点扣0.5分,扣完为止", [100, 95, 93, 80], [5, 5, 4, 0]),
    ("执行率达到95%得满分,每差1个百分点扣0.5分,扣完为止", [96, 94], [5, 4.5]),
])
def test_near_miss_a_line_and_a_step_the_same_way_stay_sure(text, values, expected):
    assert sure_scores(text, "5", values) == D(*expected)


# ── a requirement of 100% closing a deducting text, no score after it (“…扣完为止(中央资金执行率达到100%)”): what ──
# ── missing it costs is unsaid; 100% is no whole the rule implies there ───────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "执行率达到95%得满分,每低1个百分点扣0.5分,扣完为止(中央资金执行率达到100%)",
    "执行率达到95%得满分,每低1个百分点扣0.5分,扣完为止,中央资金执行率须达到100%",
    "每发现1处扣0.5分,扣完为止(整改率达到100%)",
    "每发现1处问题扣0.5分,扣完为止;问题整改率不低于100%",
    "每逾期1天扣0.5分,扣完为止(完成率须达到100%)",
])
def test_a_line_of_100_closing_a_deducting_text_is_to_check(text):
    _unsure(text, "5")


@pytest.mark.parametrize("text, values, expected", [
    ("资金到位率达到100%得5分,每低1个百分点扣0.5分,扣完为止", [100, 98, 90], [5, 4, 0]),
    ("到位率达到100%得满分,每低1个百分点扣0.5分,扣完为止", [99], [4.5]),
])
def test_near_miss_the_line_of_100_the_rule_holds_stays_sure(text, values, expected):
    assert sure_scores(text, "5", values) == D(*expected)


def test_near_miss_a_deduction_alone_stays_sure():
    p = propose("每发现1处问题扣0.5分,扣完为止", "5", "指标")
    assert p.confident and by_count(p, "3") == D(3.5)[0]


@pytest.mark.parametrize("text", [
    "得分=实际到位资金/计划投入资金×分值,其中中央资金到位率必须达到100%",
    "得分=到位率×分值;省级资金到位率应达到100%",
    "按完成比例得分,完成率达到100%",
])
def test_a_line_of_100_closing_a_rate_is_to_check(text):
    _unsure(text, "5")


def test_near_miss_a_rate_alone_stays_sure():
    p = propose("得分=实际到位资金/计划投入资金×分值", "5", "指标")
    assert p.confident and p.kind == "rate"


# ── a rate required in each period (“每季度执行率不低于25%”): as many values as periods, no one line on one value ──
@pytest.mark.parametrize("text", [
    "每季度执行率不低于25%得5分,每降低1个百分点扣0.5分,扣完为止",
    "每月完成率不低于90%,每降低1个百分点扣0.5分,扣完为止",
    "每半年支出进度不低于50%得满分,每低1个百分点扣0.2分,扣完为止",
])
def test_a_rate_each_period_is_to_check(text):
    _unsure(text, "5")


def test_near_miss_a_rate_of_the_year_stays_sure():
    assert sure_scores("全年执行率不低于90%得5分,每降低1个百分点扣0.5分,扣完为止", "5", [95, 88]) == D(5, 4)


# ── a line either side of nothing (“偏差率在±5%以内得满分”): a deviation of -8% is as far off as +8%, read on the ──
# ── value it would score full: the value is the deviation's size, to check ──────────────────────────────────────
@pytest.mark.parametrize("text", [
    "偏差率在±5%以内得满分,每超出1个百分点扣0.5分,扣完为止",
    "偏差率在正负5%以内得满分,每超出1个百分点扣0.5分,扣完为止",
    "预算偏差率±5%以内,每超出1个百分点扣0.5分,扣完为止",
    "实际支出与预算偏差上下浮动5%以内得5分;每超出1个百分点扣1分,扣完为止",
])
def test_a_line_either_side_is_to_check(text):
    to_check(text, "5", "绝对值")


@pytest.mark.parametrize("text, values, expected", [
    ("偏差率绝对值不超过5%得满分,每超出1个百分点扣0.5分,扣完为止", [3, 5, 8], [5, 5, 3.5]),
    ("预算调整率不超过10%的得满分,每超过1个百分点扣0.5分,扣完为止", [10, 12], [5, 4]),
])
def test_near_miss_a_line_on_one_side_stays_sure(text, values, expected):
    assert sure_scores(text, "5", values) == D(*expected)


# ── two quantities held to one line (“到位率、执行率均达到90%得6分,每低1个百分点扣…”): one value entered for two, ──
# ── which is deducted (or each) unsaid ───────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "到位率、执行率均达到90%得6分,每低1个百分点扣0.5分,扣完为止",
    "到位率和执行率都不低于90%得满分,每低1个百分点扣0.5分,扣完为止",
    "合格率与验收率均在95%以上得6分,每降低1个百分点扣1分,扣完为止",
])
def test_two_quantities_at_one_line_are_to_check(text):
    to_check(text, "6", "两个数值")


def test_near_miss_one_quantity_at_the_line_stays_sure():
    assert sure_scores("执行率达到90%得6分,每低1个百分点扣0.5分,扣完为止", "6", [90, 86]) == D(6, 4)


# ── a remainder of a step other than 1 counted as some other figure (“每低5个百分点扣1分,不足5个百分点的按1个百分点计”): ──
# ── neither a whole step nor in proportion ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "执行率达到95%得5分,每低5个百分点扣1分,不足5个百分点的按1个百分点计,扣完为止",
    "执行率达到95%得5分,每低5个百分点扣1分,不足1个百分点的按1个百分点计,扣完为止",
    "覆盖率不低于90%得满分,每降低3个百分点扣1分,不足3个百分点的以1个百分点计算,扣完为止",
])
def test_a_remainder_counted_as_another_figure_is_to_check(text):
    _unsure(text, "5")


@pytest.mark.parametrize("text, values, expected", [
    ("执行率达到95%得5分,每低2个百分点扣1分,扣完为止,不足2个百分点的按2个百分点计", [95, 94, 92, 90], [5, 4, 3, 2]),
    ("执行率达到95%得5分,每低1个百分点扣1分,扣完为止,不足1个百分点的按1个百分点计", [94.5, 93], [4, 3]),
    ("执行率达到95%得5分,每低5个百分点扣1分,不足5个百分点的按比例扣分,扣完为止", [92.5, 90], [4.5, 4]),
])
def test_near_miss_a_remainder_as_a_whole_step_or_in_proportion_stays_sure(text, values, expected):
    assert sure_scores(text, "5", values) == D(*expected)


# ── a requirement held “except in special cases” (除特殊情况外, 一般情况下): what a special case scores is unsaid ──────
@pytest.mark.parametrize("text", [
    "除特殊情况外,建立台账的得2分,否则不得分",
    "一般情况下建立台账的得2分,否则不得分",
    "按时报送得2分,未按时报送不得分(特殊情况报经同意的,视为按时)",
    "每逾期1天扣0.5分,扣完为止,特殊情况另行认定",
])
def test_a_requirement_with_special_cases_is_to_check(text):
    _unsure(text, "2")


def test_near_miss_a_requirement_with_no_special_case_stays_sure():
    p = propose("建立台账的得2分,否则不得分", "2", "指标")
    assert p.confident and p.kind == "all_or_nothing"


# ── a single case of a size after a count per person or case (“每人次扣0.5分,…单人次违规金额超过1万元的扣1分”): a ──
# ── case of the count, taken once (0/1) beside it, where each such case may cost its own deduction ───────────────
@pytest.mark.parametrize("text", [
    "违规人员每人次扣0.5分,扣完为止,单人次违规金额超过1万元的扣1分",
    "每发现1户不符合条件扣0.5分,单户补贴金额超过5000元的扣1分,扣完为止",
    "每查出1例违规扣0.5分;单例涉及金额达到10万元以上的扣2分;扣完为止",
])
def test_a_single_case_of_a_size_after_a_count_is_to_check(text):
    _unsure(text, "3")


def test_near_miss_two_faults_of_their_own_stay_sure():
    p = propose("每迟报1次扣0.5分,每漏报1次扣1分,扣完为止", "3", "指标")
    assert p.confident and p.kind == "formula"

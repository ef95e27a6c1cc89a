"""Made-up texts that were read confidently and wrong (a fault of another matter after the full situation, a thing
not done scoring more than the same thing done poorly, …), and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, picked, scores, to_check


# ── a fault about another matter after the full situation (“建立项目库得2分,当年无新入库项目的扣1分”): both, or neither, ──
# ── may hold; a word shared (not “项目”, which every row holds) and what the fault denies tell the matter ──────────
@pytest.mark.parametrize("text, weight", [
    ("建立项目库得2分,当年无新入库项目的扣1分", "2"),
    ("建立项目库的得2分;本年度没有新增入库项目的,扣1分", "2"),
    ("项目按实施方案执行得3分,调整方案未报批的扣2分", "3"),
    ("严格按照实施方案执行的,得3分;方案调整未经审批的,扣1分", "3"),
    ("制定管理制度得2分,制度未执行扣1分", "2"),
    ("资金专款专用得3分;资金拨付不及时扣1分", "3"),  # a word shared, a matter of the fault's own beside it
    ("按时完成验收得2分,验收资料不全扣1分", "2"),
    ("及时兑付补贴得2分,补贴发放对象不准确扣1分", "2"),
])
def test_a_fault_of_another_matter_after_the_full_situation_is_to_check(text, weight):
    to_check(text, weight, "可能同时出现")


@pytest.mark.parametrize("text, weight", [
    ("按时报送得2分,迟报扣1分", "2"),  # the same matter sharing one character only
    ("按时上报绩效报告的得2分,报告未按时上报的扣1分", "2"),
    ("资料齐全得2分,资料不全扣1分", "2"),
    ("制定实施方案得3分,实施方案不完善扣1分", "3"),
    ("建立项目台账得2分,台账不完整扣1分", "2"),
    ("有年度工作计划计3分,计划不完善扣1分", "3"),
    ("项目按期完工得2分,项目延期完工扣1分", "2"),
    ("补贴及时足额兑付得2分,未足额兑付扣1分", "2"),
    ("信息公开透明得3分;信息公开不及时扣1分", "3"),
    ("全面落实得2分,落实不充分扣1分", "2"),  # a manner of its own (不充分, 不严格) is a lesser degree
    ("严格执行制度得2分,执行不严格扣1分", "2"),
])
def test_near_miss_a_lesser_degree_of_the_same_matter_stays_a_sure_choice(text, weight):
    p = propose(text, weight, "指标")
    assert p.confident and p.kind == "choice", p.unplaced
    assert [picked(p, k) for k in range(2)] == D(weight, int(weight) - 1)


# ── a thing not done at all scoring more than the same thing done poorly (“执行不力的不得分,有制度未执行的扣1分”): the ──
# ── text contradicts itself, which situation a case is is unsaid ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("有制度且执行得2分,执行不力的不得分,有制度未执行的扣1分", "2"),
    ("按要求开展得3分,开展不到位的不得分,未开展的扣1分", "3"),
    ("全面落实得3分;落实不到位的,不得分;未落实的,扣2分", "3"),
])
def test_not_done_scoring_more_than_done_poorly_is_to_check(text, weight):
    to_check(text, weight, "相互矛盾")


def test_contradictory_faults_without_the_full_situation_stay_to_check():
    assert not propose("执行不力的不得分,有制度未执行的扣1分", "2", "执行").confident


@pytest.mark.parametrize("text, weight, expected", [
    ("全面落实得3分;落实不到位的,扣1分;未落实的,不得分", "3", [3, 2, 0]),
    ("按时完成得3分,逾期完成扣1分,未完成不得分", "3", [3, 2, 0]),
])
def test_near_miss_not_done_scoring_less_stays_a_sure_choice(text, weight, expected):
    p = propose(text, weight, "指标")
    assert p.confident and p.kind == "choice", p.unplaced
    assert [picked(p, k) for k in range(3)] == D(*expected)


# ── a fault that only follows up the cases an unnamed earlier fault found (“每发现1处扣0.5分,每处整改不到位扣1分”): the ──
# ── place not rectified is a place found too, counted under both or under its own deduction only ──────────────────
@pytest.mark.parametrize("text, weight", [
    ("每发现1处扣0.5分,每处整改不到位扣1分,扣完为止", "4"),
    ("每查出1处扣0.5分,未整改的每处扣1分,扣完为止", "4"),
    ("每发现1个扣0.2分;逾期未整改的,每个扣0.5分;扣完为止", "3"),
])
def test_a_follow_up_of_cases_found_unnamed_is_to_check(text, weight):
    to_check(text, weight, "其他各项是否也计入")


# ── one fault counted in two units (“每迟报1天扣0.5分,每迟报1周扣2分”): a week late is also seven days late ─────────────
@pytest.mark.parametrize("text, weight", [
    ("每迟报1天扣0.5分,每迟报1周扣2分,扣完为止", "4"),
    ("每逾期1天扣0.2分;每逾期1个月扣3分;扣完为止", "5"),
])
def test_one_fault_in_two_units_is_to_check(text, weight):
    to_check(text, weight, "两种单位")


@pytest.mark.parametrize("text, weight, counts, expected", [
    ("每迟报1次扣0.5分,每漏报1次扣1分,扣完为止", "4", [("2", "1"), ("0", "5")], [2, 0]),
    ("每发现1人次违规扣1分,每发现1起事故扣3分,扣完为止", "6", [("1", "1"), ("3", "0")], [2, 3]),
    ("人员每缺1名扣1分;培训每少1天扣0.5分;扣完为止", "4", [("1", "2"), ("0", "1")], [2, 3.5]),
    ("每缺1名扣1分,每缺1天扣0.5分,扣完为止", "4", [("1", "2"), ("0", "1")], [2, 3.5]),  # a person, then a time
])
def test_near_miss_faults_of_their_own_in_their_units_stay_sure(text, weight, counts, expected):
    p = propose(text, weight, "指标")
    assert p.confident and p.kind == "formula", (p.summary, p.unplaced)
    assert [by_vars(p, *c) for c in counts] == D(*expected)


# ── a time required in each period of the year (“驻村工作每月不少于20天,每少1天扣0.2分”): each month falls short on its ──
# ── own, the days missed add up over the months; never one line on one value ───────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("驻村工作每月不少于20天得3分,每少1天扣0.2分,扣完为止", "3"),
    ("每月在岗不少于22天,每少1天扣0.1分,扣完为止", "3"),
    ("每周学习不少于8小时,每少1小时扣0.1分,扣完为止", "3"),
])
def test_a_time_required_each_period_is_no_line_on_one_value(text, weight):
    p = propose(text, weight, "驻村")
    assert not p.confident
    assert all(it["type"] != "threshold" for it in p.items), p.summary


def test_near_miss_a_time_required_in_the_year_is_a_sure_line():
    p = propose("全年驻村不少于200天,每少1天扣0.1分,扣完为止", "3", "驻村")
    assert p.confident and p.kind == "threshold", p.unplaced
    assert scores(p, [200, 230, 190, 150]) == D(3, 3, 2, 0)


# ── bands of whole counts written with their ends held (“不超过3件…;4-5件…”), then a band from that end up (“5件以上”): ──
# ── the end is in both, to check ──────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, unit", [
    ("投诉不超过3件得2分,4-5件得1分,5件以上不得分", "2", "5件"),
    ("开展活动1-2次得1分,3-5次得2分,5次以上得3分", "3", "5次"),
    ("发现问题0-2个得3分,3-4个得1分,4个及以上不得分", "3", "4个"),
])
def test_a_whole_count_in_two_bands_is_to_check(text, weight, unit):
    to_check(text, weight, unit)


@pytest.mark.parametrize("text, weight, values, expected", [
    ("投诉不超过3件得2分,4-5件得1分,6件以上不得分", "2", [0, 3, 4, 5, 6], [2, 2, 1, 1, 0]),
    ("投诉少于3件得2分,3-5件得1分,超过5件不得分", "2", [2, 3, 5, 6], [2, 1, 1, 0]),
])
def test_near_miss_whole_counts_each_in_one_band_stay_sure(text, weight, values, expected):
    p = propose(text, weight, "投诉")
    assert p.confident and p.kind == "tiers", p.unplaced
    assert scores(p, values) == D(*expected)

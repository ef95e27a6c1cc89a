"""Made-up texts that were read confidently and wrong (a case counted twice once confirmed, a condition of its own
read as a situation, a lesser situation with the one of nothing unsaid, bands and lines that cannot be meant), and the
near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, picked, sure_scores, to_check


# ── a fault that is an earlier fault's case once confirmed (“每发现1起投诉扣1分,经查实的每起扣2分”): the same case may be ──
# ── counted under both or under the graver only, to check ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, word", [
    ("每发现1起投诉扣1分,经查实的每起扣2分,扣完为止", "5", "经查实"),
    ("接到群众投诉每起扣0.5分;投诉属实的,每起扣1分,扣完为止", "4", "投诉属实"),
    ("群众举报每件扣1分,经核实确有问题的每件扣2分,扣完为止。", "6", "经核实"),
    ("被媒体曝光1次扣1分,其中经查证属实的每次扣3分,扣完为止", "5", "查证属实"),
])
def test_a_fault_confirmed_of_an_earlier_case_is_to_check(text, weight, word):
    to_check(text, weight, word)


# ── a fault in the unit of an earlier one that only gives a case's size (“单笔金额超过1万元的每例扣2分”): a case of the ──
# ── earlier fault, which may count under both or under its own deduction only ─────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("每发现1例不合规支出扣1分,单笔金额超过1万元的每例扣2分,扣完为止", "3"),
    ("每发现1笔违规资金扣0.5分;其中单笔超过5000元的,每笔扣1分;扣完为止", "4"),
    ("每发现1笔违规资金扣1分,涉及金额5万元以上的每笔扣3分,扣完为止", "3"),
])
def test_a_fault_that_only_sizes_an_earlier_case_is_to_check(text, weight):
    to_check(text, weight, "重复扣分")


def test_a_late_report_sized_by_its_days_is_to_check_too():
    p = propose("每迟报1次扣0.5分,迟报超过10天的每次扣1分,扣完为止", "3", "报送")
    assert not p.confident


@pytest.mark.parametrize("text, weight, counts, expected", [
    ("迟报1次扣1分,漏报1次扣2分,扣完为止", "5", [("1", "0"), ("0", "2"), ("2", "2")], [4, 1, 0]),
    ("每发现1起投诉扣1分,每发现1起安全事故扣2分,扣完为止", "5", [("1", "0"), ("1", "1")], [4, 2]),
])
def test_near_miss_faults_of_their_own_stay_sure(text, weight, counts, expected):
    p = propose(text, weight, "投诉")
    assert p.confident and p.kind == "formula", (p.summary, p.unplaced)
    assert [by_vars(p, *c) for c in counts] == D(*expected)


# ── a band whose upper end lies at or below its lower end (“95%以上不足90%”): no value is in it, never read as the lower ─
# ── end alone ──────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("完成率95%以上得3分,90%(含)以上不足85%得2分,90%以下不得分", "3"),
    ("≥95%得3分;90%以上低于80%得2分;<90%得0分", "3"),
    ("执行率达到95%以上但低于90%的,得4分;90%以下的,不得分", "4"),
])
def test_a_band_ending_below_its_start_is_not_read(text, weight):
    p = propose(text, weight, "完成率")
    assert not p.confident
    tiers = [tr for it in p.items if it["type"] == "tiers" for tr in it["params"]["tiers"]]
    assert not any(tr.get("min") in ("90", "95") and tr.get("max") is None and tr["score"] == "2" for tr in tiers)


def test_near_miss_a_band_between_two_ends_is_read():
    assert sure_scores("达到85%以上不足95%得2分,95%以上得3分,85%以下不得分", "3", [96, 90, 85, 80]) == D(3, 2, 2, 0)


# ── bands whose scores do not follow the value (a higher band scoring less than a lower one and more than another) ──
@pytest.mark.parametrize("text, weight", [
    ("完成率≥90%得3分,80%-90%得5分,<80%不得分", "5"),
    ("执行率95%以上,计2分;85%(含)-95%,计4分;85%以下,计0分", "4"),
    ("满意度达到90%及以上的得1分,80%(含)至90%的得3分,70%(含)至80%的得2分,70%以下不得分", "3"),
    ("培训人数50人以上得2分,30-50人得4分,30人以下不得分", "4"),
])
def test_bands_out_of_order_are_to_check(text, weight):
    to_check(text, weight, "各档得分")


@pytest.mark.parametrize("text, weight, at, expected", [
    ("完成率≥90%得5分,80%-90%得3分,<80%不得分", "5", [95, 85, 70], [5, 3, 0]),
    ("偏差率≤5%得4分,5%-10%(含)得2分,>10%不得分", "4", [3, 8, 12], [4, 2, 0]),
    ("≥95%得5分;≥90%得3分;<90%得1分", "5", [99, 92, 50], [5, 3, 1]),
    ("合格率为100%,得满分;≥90%,得1分;<90%,不得分", "3", [100, 95, 80], [3, 1, 0]),
])
def test_near_miss_bands_in_order_stay_sure(text, weight, at, expected):
    assert sure_scores(text, weight, at) == D(*expected)


# ── a line or a band below 0% of a share that cannot fall below 0 (“执行率低于0%的不得分”): never reached, a slip ─────
@pytest.mark.parametrize("text, weight", [
    ("执行率低于0%的,每低1个百分点扣1分,扣完为止", "5"),
    ("合格率≥0%得满分,低于0%不得分", "5"),
    ("资金到位率低于0%的不得分,0%-90%得3分,90%以上得5分", "5"),
    ("满意度<0%,不得分;满意度≥0%,得2分", "2"),
])
def test_a_line_below_nothing_is_to_check(text, weight):
    to_check(text, weight, "低于0%")


@pytest.mark.parametrize("text, weight, at, expected", [
    ("增长率低于0%的不得分,0%-5%得3分,5%以上得5分", "5", [-2, 0, 3, 8], [0, 3, 3, 5]),
    ("收入增长率低于0%的,每低1个百分点扣1分,扣完为止", "5", [2, -1, -9], [5, 4, 0]),
    ("成本变动率≤0,计8分;>0,每超过1个百分点扣0.8分,扣完为止", "8", [-3, 0, 5], [8, 8, 4]),
])
def test_near_miss_a_line_at_0_on_a_rate_of_change_stays_sure(text, weight, at, expected):
    assert sure_scores(text, weight, at) == D(*expected)


# ── a lesser situation that only says what the one before it lacks (“建立制度的得3分,但制度未上墙的得2分”), nothing at 0: ──
# ── what scores when the first does not hold at all is unsaid ────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("建立制度的得3分,但制度未上墙的得2分", "3"),
    ("有应急预案的,得4分;但未组织演练的,得2分", "4"),
    ("设立公示栏得2分,但是公示内容未及时更新的得1分", "2"),
    # the thing had said again, then what it lacks: “有方案…” / “有方案但…”, “已建立台账…” / “已建立台账未…”
    ("有方案且落实到位得3分,有方案但落实不到位得1分", "3"),
    ("有实施方案且落实到位的,计3分;有实施方案未落实的,计1分", "3"),
    ("已建立台账且按月更新得3分,已建立台账未按月更新得1分", "3"),
    # what the first did, said short, then 但 and what it lacks
    ("按要求开展绩效自评并报送自评报告得3分;开展自评但未报送报告得1分", "3"),
    ("组织召开专题会议并形成会议纪要的,得2分;召开会议但无会议纪要的,得1分", "2"),
])
def test_a_shortfall_of_the_situation_before_with_nothing_at_0_is_to_check(text, weight):
    to_check(text, weight, "不成立时的得分未说明")


@pytest.mark.parametrize("text, weight, ranks", [
    ("建立制度的得3分,但制度未上墙的得2分,未建立制度的不得分", "3", [3, 2, 0]),
    ("有应急预案并组织演练的得4分;有预案未演练的得2分;无预案的不得分", "4", [4, 2, 0]),
    ("有方案且落实到位得3分,有方案但落实不到位得1分,无方案不得分", "3", [3, 1, 0]),
    ("按要求开展绩效自评并报送自评报告得3分;开展自评但未报送报告得1分;未开展自评不得分", "3", [3, 1, 0]),
    # the thing again with a lesser degree and no 但 (“建立了工作台账的得2分,台账不完善的扣0.5分”) stays a situation
    # (tests/test_rule_proposal_probe3.py), as does the first situation's own quality denied
    ("绩效目标规范得2分,绩效目标不规范扣1分", "2", [2, 1]),
    ("及时整改得2分,整改不彻底扣1分", "2", [2, 1]),
])
def test_near_miss_the_situation_of_nothing_said_stays_sure(text, weight, ranks):
    p = propose(text, weight, "制度")
    assert p.confident and p.kind == "choice", (p.summary, p.unplaced)
    assert [picked(p, i) for i in range(len(ranks))] == D(*ranks)


# ── a situation on a condition of its own (“…得3分;如当年无新申报项目,扣1分”): it may hold beside the full one, never ──
# ── one of two to pick ──────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("项目申报及时得3分;如当年无新申报项目,扣1分", "3"),
    ("按要求储备项目的得3分;如当年无新申报项目的,扣1分", "3"),
    ("资料报送齐全得4分,若被上级通报批评的,扣2分", "4"),
    ("台账规范得2分;假如检查时台账不在现场,扣0.5分", "2"),
])
def test_a_situation_on_a_condition_of_its_own_is_to_check(text, weight):
    to_check(text, weight, "另一条件下的得分")


@pytest.mark.parametrize("text, weight, ranks", [
    ("如期完成得3分,延期完成得1分,未完成不得分", "3", [3, 1, 0]),
    ("制定政务公开制度的得4分,如没有制定的扣2分", "4", [4, 2]),
])
def test_near_miss_a_manner_or_a_denial_after_如_stays_sure(text, weight, ranks):
    p = propose(text, weight, "制度")
    assert p.confident and p.kind == "choice", (p.summary, p.unplaced)
    assert [picked(p, i) for i in range(len(ranks))] == D(*ranks)


# ── a quotient whose numerator opens with 按时/按期 (“按时完成项目数占项目总数的比例×6”): the 按 is the numerator's, not a ──
# ── lead of the formula ─────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, numerator", [
    ("按时完成项目数占项目总数的比例×6", "按时完成项目数"),
    ("按时完成的项目数/项目总数×分值", "按时完成的项目数"),
    ("得分=按期开工项目数/计划开工项目数×6", "按期开工项目数"),
])
def test_a_numerator_opening_with_按时_keeps_it(text, numerator):
    p = propose(text, "6", "及时率")
    assert p.kind == "rate" and p.items[0]["params"]["numerator_label"] == numerator, p.items


def test_near_miss_a_lead_按_is_still_dropped():
    p = propose("按完成项目数占项目总数的比例计分", "6", "完成率")
    assert p.kind == "rate" and p.items[0]["params"]["numerator_label"] == "完成项目数"

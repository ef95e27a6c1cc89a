"""Made-up texts that were read confidently and wrong, or broke the proposer, in the families read in the last rounds
(gates past a line, how a row is checked, points per piece, bands with (含) ends, periods, numbered parts, the whole
分值 taken in words), and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, picked, readings, sure_scores, ticks, to_check


# ── a step counting no case or no time (“每0项”, “每延迟0天”): a slip, never a division by zero inside propose ─────────
@pytest.mark.parametrize("text, weight", [
    ("查阅相关台账,每少0项扣1分,扣完为止", "5"),
    ("1.资料完整得2分,每缺0份扣0.5分,最多扣2分。", "2"),
    ("每发现0处隐患扣1分;未建立台账的,扣1分", "3"),
    ("每延迟0天扣0.5分,扣完为止", "3"),
])
def test_a_step_of_none_is_no_step(text, weight):
    p = propose(text, weight, "台账")
    assert not p.confident


def test_near_miss_a_step_of_ten_is_still_read():
    p = propose("每少10份扣1分,扣完为止", "5", "问卷")
    assert p.kind == "deduction" and p.items[0]["params"]["per"] == "0.1"


# ── a step that takes nothing (“每低1%扣0分”, “每处扣0分”): a slip of a figure, flagged ───────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("执行率≥90%得满分,每低1%扣0分,扣完为止", "10"),
    ("每发现1处问题扣0分,扣完为止", "5"),
    ("抽查档案,每份不合格扣0.0分,扣完为止", "5"),
    ("每延迟1天扣0分,扣完为止", "5"),
    ("迟报一次扣0分,漏报一次扣1分,扣完为止", "4"),
])
def test_a_step_taking_nothing_is_to_check(text, weight):
    to_check(text, weight, "扣0分")


@pytest.mark.parametrize("text, weight, at, expected", [
    ("执行率≥90%得满分,每低1%扣0.5分,扣完为止", "10", [95, 88, 60], [10, 9, 0]),
    ("每发现1处问题扣0.5分,扣完为止", "5", None, None),
])
def test_near_miss_a_step_taking_something_stays_sure(text, weight, at, expected):
    if at is None:
        p = propose(text, weight, "执行")
        assert p.confident and by_count(p, "3") == D(3.5)[0]
    else:
        assert sure_scores(text, weight, at) == D(*expected)


# ── situations after a semicolon naming the item they score (“;制度不完善的,本项得3分”): the label is the situation ─────
@pytest.mark.parametrize("text, weight, labels", [
    ("管理制度健全得4分;制度不够完善的,本项得2分;未建立制度的,本项不得分", "4", ["管理制度健全", "制度不够完善", "未建立制度"]),
    ("台账完整的,本项得3分;台账缺页的,本项得1分;无台账的,本项不得分", "3", ["台账完整", "台账缺页", "无台账"]),
    ("按期上报得2分;逾期上报的,该项不得分", "2", ["按期上报", "逾期上报"]),
    ("公示及时得2分。公示滞后的,此项得1分。未公示的,此项不得分。", "2", ["公示及时", "公示滞后", "未公示"]),
])
def test_a_situation_naming_the_item_after_it_keeps_only_its_words(text, weight, labels):
    p = propose(text, weight, "管理")
    assert p.confident and p.kind == "choice", (p.summary, p.unplaced)
    assert [o["label"] for o in p.items[0]["params"]["options"]] == labels
    assert picked(p, 0) == D(weight)[0] and picked(p, len(labels) - 1) == 0


def test_near_miss_a_situation_whose_words_end_in_the_item_name_alone():
    # “…本项指标” inside the words (no comma or 的 before it) is left as written
    p = propose("本项指标完成得3分,本项指标未完成不得分", "3", "完成")
    assert not any(o.get("label") in ("", "本项") for it in p.items for o in it["params"].get("options", []))


# ── a deduction per case or per day starting from a score the text gives that is not the 分值 (“无问题得4分,每发现…” ──
# ── on 5 points): where the deducting starts is unsaid, to check ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("检查无问题得4分,每发现1处问题扣1分,扣完为止", "5"),
    ("资料无差错的计3分,每发现1处差错扣0.5分,扣完为止", "4"),
    ("按时完成得3分,每延迟1天扣1分,扣完为止", "5"),
])
def test_a_deduction_from_another_score_than_the_weight_is_to_check(text, weight):
    to_check(text, weight, "扣分从何处起算")


@pytest.mark.parametrize("text, weight, count, expected", [
    ("检查无问题得5分,每发现1处问题扣1分,扣完为止", "5", "2", "3"),
    ("未发现问题的得满分,每发现1处问题扣1分,扣完为止", "5", "6", "0"),
    ("资料无差错的计4分,每发现1处差错扣0.5分,扣完为止", "4", "3", "2.5"),
])
def test_near_miss_a_deduction_from_the_weight_stays_sure(text, weight, count, expected):
    p = propose(text, weight, "检查")
    assert p.confident and p.kind == "deduction", p.unplaced
    assert by_count(p, count) == D(expected)[0]


# ── faults counted per case with a stop for each (“…扣完为止,每项最多扣1分”): a formula of counts holds no such stop ────
@pytest.mark.parametrize("text, weight, said", [
    ("每迟报一次扣0.5分,漏报一次扣1分,扣完为止,每项最多扣1分", "3", "每项最多扣1分"),
    ("文书不合格每份扣1分;败诉案件每例扣2分,扣完为止,每项最多扣2分", "6", "每项最多扣2分"),
    ("台账缺页每处扣0.5分;数据错误每处扣1分,扣完为止,单项扣分不超过2分", "5", "单项扣分不超过2分"),
])
def test_a_stop_for_each_fault_is_to_check(text, weight, said):
    to_check(text, weight, said)


def test_near_miss_a_stop_of_one_fault_is_in_the_formula():
    p = propose("文书不合格每份扣1分,最多扣2分;败诉案件每例扣2分,扣完为止", "6", "文书")
    assert p.confident and p.kind == "formula", p.unplaced
    assert by_vars(p, "3", "1") == D(2)[0]  # 6 - min(2, 3) - 2


# ── points or one condition, then a deduction for a fault that is the denial of none of them (“…各1分;台账报送不及时 ──
# ── 的扣1分”): the rule does not hold the deduction, to check; nor is the fault read once for each point ─────────────
@pytest.mark.parametrize("text, weight, said", [
    ("制定工作方案得1分,否则不得分;未按时报送的扣1分", "1", "未按时报送的扣1分"),
    ("建立台账、按月更新各1分;台账报送不及时的扣1分", "2", "台账报送不及时的扣1分"),
    ("建立巡查制度、落实巡查人员各1.5分;资料弄虚作假的扣1.5分", "3", "资料弄虚作假的扣1.5分"),
])
def test_a_deduction_beside_points_it_does_not_deny_is_to_check(text, weight, said):
    to_check(text, weight, said)


@pytest.mark.parametrize("text, weight, met, score", [
    # the fault is the denial of a point: that point not met
    ("建立台账、按月更新各1分;未按月更新的扣1分", "2", (True, False), "1"),
    ("建立台账、按月更新各1分,未建立台账的扣1分", "2", (False, True), "1"),
])
def test_near_miss_a_deduction_denying_a_point_stays_sure(text, weight, met, score):
    p = propose(text, weight, "台账")
    assert p.confident and p.kind == "checklist", p.unplaced
    assert ticks(p, *met) == D(score)[0]


@pytest.mark.parametrize("text, weight", [
    ("化学需氧量、氨氮各占5分。达标的得满分,否则不得分", "10"),
    ("建立台账、按月更新各1分;资料弄虚作假的扣1分", "2"),
])
def test_a_condition_in_words_after_parts_is_not_sure_of_each_part(text, weight):
    each = [r for r in readings(text, weight) if r.summary.startswith("2 个评分项，各")]
    assert each and all(any("每一部分分别判断" in x for x in r.doubts or ()) for r in each)
    assert not propose(text, weight, "排放").confident


# ── the floor of the item's score closing situations (“…扣2分;本项最低得1分”): no situation of its own, to check ─────
@pytest.mark.parametrize("text, weight", [
    ("安置方式合理的得2分。安置不及时,引发信访的,扣2分;本项最低得1分", "2"),
    ("资料齐全得3分,资料不全扣1分,本项最低得1分", "3"),
    ("资料齐全得3分,资料不全扣2分,最低得1分", "3"),
])
def test_a_floor_is_no_situation(text, weight):
    to_check(text, weight, "下限")


def test_near_miss_other_cases_are_a_situation():
    p = propose("资料齐全得3分,资料不全扣1分,其他情况得1分", "3", "资料")
    assert p.confident and p.kind == "choice" and picked(p, 2) == 1


# ── a stop of all the faults of a formula short of the 分值 (“…扣完为止,最多扣2分” on 10 points), and a deduction ──────
# ── beside a share of the 分值 (“得分=合格数/抽查数×分值;未按时报送的扣1分”): neither held by the rule, to check ─────────
@pytest.mark.parametrize("text, weight, said", [
    ("每发现1名本单位员工吸烟扣2分,1名外来人员吸烟扣1分,扣完为止,最多扣2分", "10", "最多扣2分"),
    ("迟报一次扣0.5分,漏报一次扣1分,扣完为止,最多扣3分", "6", "最多扣3分"),
    ("得分=合格户数/抽查户数×分值;未按时报送的扣1分", "1", "未按时报送的扣1分"),
    ("按完成比例计分;数据弄虚作假的扣2分", "2", "数据弄虚作假的扣2分"),
])
def test_a_stop_or_a_deduction_the_rule_does_not_hold_is_to_check(text, weight, said):
    to_check(text, weight, said)


@pytest.mark.parametrize("text, weight, values, expected", [
    ("迟报1次扣0.5分,漏报1次扣1分,扣满10分为止", "10", ("2", "3"), "6"),
    ("文书不合格每份扣1分,最多扣2分;败诉案件每例扣2分,扣完为止", "6", ("4", "1"), "2"),
])
def test_near_miss_a_stop_the_formula_holds_stays_sure(text, weight, values, expected):
    p = propose(text, weight, "报送")
    assert p.confident and p.kind == "formula", p.unplaced
    assert by_vars(p, *values) == D(expected)[0]


# ── a scored clause no situation of a numbered part holds (“2、…逾期扣1分;获得上级表彰的加1分”): to check, as in a whole text ─
@pytest.mark.parametrize("text, weight, said", [
    ("1、目标全申报的1分,缺一项扣0.5分,扣完为止;2、按时申报计2分,逾期扣1分;获得上级表彰的加1分", "3", "获得上级表彰的加1分"),
    ("(1)台账完整的得2分,每缺1项扣0.5分,扣完为止;(2)按时报送得1分,逾期不得分;获评先进单位的加0.5分", "3", "0.5分"),
])
def test_a_clause_no_situation_of_a_part_holds_is_to_check(text, weight, said):
    to_check(text, weight, said)


def test_near_miss_parts_whose_clauses_are_all_held_stay_sure():
    p = propose("1、目标全申报的1分,缺一项扣0.5分,扣完为止;2、按时申报计2分,逾期扣1分", "3", "申报")
    assert p.confident and [it["type"] for it in p.items] == ["deduction", "choice"], p.unplaced
    assert picked(p, 1, item=1) == 1


# ── a sentence deducting after the bracketed points of the last numbered part (“…3、数据是否准确(1分);发现问题未整改的 ──
# ── 再扣1分”): of that part or of the whole row is unsaid; never read into the part's condition as a fault ────────────
@pytest.mark.parametrize("text, weight, said", [
    ("1、数据是否真实(1分);2、数据是否完整(1分);3、数据是否准确(1分);发现问题未整改的再扣1分", "3", "发现问题未整改的再扣1分"),
    ("1、数据真实(1分);2、数据完整(1分);3、数据准确(1分);被约谈的扣1分", "3", "被约谈的扣1分"),
])
def test_a_deduction_after_the_last_parts_points_is_to_check(text, weight, said):
    to_check(text, weight, said)


def test_near_miss_parts_with_their_points_alone_stay_sure():
    p = propose("1、数据真实(1分);2、数据完整(1分);3、数据准确(1分)", "3", "数据")
    assert p.confident and p.kind == "checklist" and ticks(p, True, False, True) == 2


# ── the full situation, its denial, and a fault of another matter (“全部完成得2分,未完成不得分,被约谈的扣1分”): the fault ──
# ── may hold beside the full situation, which a choice of one cannot say, to check ──────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("全部完成得2分,未完成不得分,被约谈的扣1分", "2"),
    ("按时完成整改得3分,未完成整改不得分,被上级通报的扣1分", "3"),
    ("有年度工作计划计2分,没有不得分;主要负责人未参加的扣0.5分", "2"),  # the denial bare
])
def test_a_fault_beside_the_full_situation_and_its_denial_is_to_check(text, weight):
    to_check(text, weight, "可能同时出现")


@pytest.mark.parametrize("text, weight", [
    ("按时完成得3分,逾期完成扣1分,未完成不得分", "3"),  # a degree of the same matter: one of three holds
    ("资料齐全得3分,资料不全扣1分,无资料不得分", "3"),
    ("有年度工作计划计3分,计划不完善扣1分,没有不得分", "3"),
])
def test_near_miss_degrees_of_one_matter_stay_a_sure_choice(text, weight):
    p = propose(text, weight, "完成")
    assert p.confident and p.kind == "choice" and [picked(p, k) for k in range(3)] == D(3, 2, 0)

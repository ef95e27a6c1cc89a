"""Probe3: faults each with a deduction, and counts of days or cases, that the proposer once read with confidence
and wrongly; each class with its near misses, asserting the proposal to check (with the words it names) or scored right.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, picked, to_check


# ── a count tied to the fault before it (“第1天扣1分,以后每天扣0.5分”, “首次…;再次…每次”, “其余每项”): the split unsaid ──
@pytest.mark.parametrize("text, weight", [
    ("第1天扣1分，以后每天扣0.5分，扣完为止", "10"),
    ("逾期第一天扣1分，以后每天扣0.5分，扣完为止", "10"),
    ("首日扣2分，此后每日扣1分，扣完为止", "10"),
    ("迟报当天扣1分，其后每天扣0.5分，扣完为止", "10"),
    ("首次发现扣2分，再次发现每次扣1分，扣完为止", "5"),
    ("首次发现扣1分，之后每次扣2分，扣完为止", "5"),
    ("初次未按时报送扣1分，再次未按时报送每次扣2分，扣完为止", "5"),
    ("未建立台账扣2分，以后每次扣1分，扣完为止", "5"),
    ("未建立台账扣2分，其余每项扣1分，扣完为止", "5"),
    ("未建立台账扣2分，其他每项扣1分，扣完为止", "5"),
    ("未建立台账扣2分，并每处扣0.5分，扣完为止", "5"),
    ("逾期1天以内扣1分，逾期1天以上每天扣2分，扣完为止", "10"),
])
def test_a_count_tied_to_the_fault_before_is_to_check(text, weight):
    to_check(text, weight, "如何划分")


@pytest.mark.parametrize("text, weight, counts, score", [
    ("未建立台账扣2分，此外每缺1项资料扣0.5分，扣完为止", "5", ("1", "2"), Decimal(2)),
    ("未按期完成扣2分，每延期一个月再扣1分，扣完为止", "4", ("1", "1"), Decimal(1)),
    ("未按时报送扣1分；数据错误每处扣0.5分；扣完为止", "5", ("0", "4"), Decimal(3)),
])
def test_faults_each_counted_on_their_own_are_read(text, weight, counts, score):
    p = propose(text, weight, "指标")
    assert p.confident, p.unplaced
    assert by_vars(p, *counts) == score


# ── the case counted in brackets after the amount (“扣2分(每处)”): that fault's count, never the next fault's words ──
@pytest.mark.parametrize("text", [
    "未建立台账扣2分（每处），资料缺失每项扣1分，扣完为止",
    "未建立台账扣2分(每处)；资料缺失每项扣1分；扣完为止",
    "未建立台账扣2分/处，资料缺失每项扣1分，扣完为止",
])
def test_a_case_counted_after_the_amount_is_its_faults(text):
    p = propose(text, "5", "台账")
    labels = [v["label"] for v in p.items[0]["params"]["variables"]]
    assert labels == ["未建立台账（处数）", "资料缺失（项数）"], labels
    assert by_vars(p, "1", "1") == Decimal(2)
    assert by_vars(p, "2", "0") == Decimal(1)


def test_a_bracket_after_the_amount_saying_no_count_is_not_read_as_one():
    for text in ("未建立台账扣2分（含电子台账），资料缺失每项扣1分，扣完为止",
                 "未建立台账扣2分（每个乡镇），资料缺失每项扣1分，扣完为止"):
        p = propose(text, "5", "台账")
        assert not p.confident, p.summary


# ── a deduction said on top (“经督促仍不报的,每次加扣1分”): 加 is the deduction's word, not the fault's ─────────────────
def test_a_deduction_on_top_keeps_its_faults_words():
    p = propose("迟报一次扣0.5分，漏报一次扣1分，扣完为止；经督促仍不报的，每次加扣1分", "6", "报送")
    labels = [v["label"] for v in p.items[0]["params"]["variables"]]
    assert labels[-1] == "经督促仍不报（次数）", labels
    assert by_vars(p, "2", "1", "1") == Decimal(3)


# ── a stop per period beside faults counted apart (“…扣完为止(每月最多扣1分)”): the formula of counts cannot hold it ──
@pytest.mark.parametrize("text", [
    "未按时报送每次扣1分，数据不准确每处扣0.5分，扣完为止（每月最多扣1分）",
    "未按时报送每次扣1分，每季度最多扣2分；数据不准确每处扣0.5分，扣完为止",
    "迟报一次扣0.5分，漏报一次扣1分，每年最多扣3分，扣完为止",
])
def test_a_stop_per_period_beside_faults_is_to_check(text):
    to_check(text, "6", "每期的扣分上限")


def test_a_cap_of_one_fault_beside_others_is_still_read():
    p = propose("未按时报送每次扣1分（最多扣2分），数据不准确每处扣0.5分，扣完为止", "6", "报送")
    assert p.confident, p.unplaced
    assert by_vars(p, "5", "2") == Decimal(3)


# ── a count said after 超过 (“未按时更新超过1个月的每月扣1分”): where deducting starts, not one case ──────────────────
@pytest.mark.parametrize("text", [
    "台账不规范每处扣0.5分，未按时更新超过1个月的每月扣1分，扣完为止",
    "资料缺失每项扣0.5分；迟报超过1天的每天扣1分；扣完为止",
])
def test_a_count_where_deducting_starts_is_to_check(text):
    to_check(text, "4", "从何处起扣")


# ── a fault ending in 高 or 多 (“方案质量不高扣1分”, “问题较多扣1分”): a fault of its own, not a cap (最高扣、最多扣) ──────
@pytest.mark.parametrize("text, counts, score", [
    ("未成立领导小组扣2分，未制定实施方案扣2分，方案质量不高扣1分，扣完为止", ("0", "0", "1"), Decimal(5)),
    ("未成立领导小组扣2分；未制定实施方案扣2分；群众满意度偏低、投诉较多扣1分；扣完为止", ("1", "0", "1"), Decimal(3)),
    ("未建立台账扣2分，台账错漏过多扣1分，扣完为止", ("0", "1"), Decimal(5)),
])
def test_a_fault_ending_in_high_or_many_is_counted(text, counts, score):
    p = propose(text, "6", "组织")
    assert len(p.items[0]["params"]["variables"]) == len(counts), p.summary
    assert by_vars(p, *counts) == score


@pytest.mark.parametrize("text", [
    "未建立台账扣2分，每缺1项资料扣1分，最多扣3分，扣完为止",
    "未建立台账扣2分，每缺1项资料扣1分，最高扣3分，扣完为止",
])
def test_a_cap_after_a_fault_is_still_its_cap(text):
    p = propose(text, "6", "台账")
    assert p.confident, p.unplaced
    assert by_vars(p, "0", "5") == Decimal(3)
    assert by_vars(p, "1", "5") == Decimal(1)


# ── a fault that names nothing of its own (“每低1个百分点”, “上述问题每次”, “其中每件”, “逐次扣1分”): the count unsaid ──
@pytest.mark.parametrize("text", [
    "未报送扣2分；每低1个百分点扣1分；扣完为止",
    "未报送扣2分；差额每个百分点扣1分；扣完为止",
    "未报送扣2分；每少1个扣1分；扣完为止",
    "未报送扣2分；其中每件扣1分；扣完为止",
    "未报送扣2分；上述问题每次扣1分；扣完为止",
    "未报送扣2分，同类问题每次扣1分，扣完为止",
    "未报送扣2分，重复发生的每次扣1分，扣完为止",
    "未报送扣2分，逐次扣1分，扣完为止",
    "未公示扣2分，未建档扣1分，其他问题扣1分，扣完为止",
])
def test_a_fault_naming_nothing_of_its_own_is_to_check(text):
    to_check(text, "6", "按什么计数")


@pytest.mark.parametrize("text, counts, score", [
    ("未报送每次扣2分；逾期每天扣1分；扣完为止", ("1", "3"), Decimal(1)),
    ("未报送扣2分；多报的每件扣1分；扣完为止", ("0", "2"), Decimal(4)),
])
def test_a_fault_naming_its_own_case_is_read(text, counts, score):
    p = propose(text, "6", "报送")
    assert p.confident, p.unplaced
    assert by_vars(p, *counts) == score


# ── full marks and one deduction of another matter (“按时报送得1.5分,内容不全扣0.5分”): both or neither may hold ──────
@pytest.mark.parametrize("text, weight", [
    ("按时报送得1.5分，内容不全扣0.5分", "1.5"),
    ("制度健全得1.5分，执行不到位扣0.5分", "1.5"),
    ("按时报送得1.5分，内容不全扣0.5分；数据准确得1.5分，有误不得分", "3"),
])
def test_a_deduction_of_another_matter_beside_full_marks_is_to_check(text, weight):
    to_check(text, weight, "两种情形未穷尽")


@pytest.mark.parametrize("text, scores", [
    ("资料齐全得1.5分，资料不全的扣0.5分", [Decimal("1.5"), Decimal(1)]),
    ("按时报送得1.5分，迟报扣0.5分", [Decimal("1.5"), Decimal(1)]),
    ("建立台账得1.5分，台账不规范扣0.5分", [Decimal("1.5"), Decimal(1)]),
])
def test_a_deduction_of_the_same_matter_is_a_situation(text, scores):
    p = propose(text, "1.5", "资料")
    assert p.confident, p.unplaced
    assert [picked(p, r) for r in range(2)] == scores


# ── a count opening its sentence (“每户未公示扣0.5分,未建档扣0.2分”): whether it reaches the faults after it is unsaid ──
@pytest.mark.parametrize("text", [
    "每户未公示扣0.5分，未建档扣0.2分，扣完为止",
    "每个项目：未公示扣1分，未建档扣0.5分，扣完为止",
    "每个单位未公示扣1分、未建档扣0.5分，扣完为止",
    "每迟报1次扣0.5分，漏报扣1分，扣完为止",
])
def test_a_count_opening_the_sentence_may_reach_the_next_fault(text):
    to_check(text, "6", "逐个扣分")


@pytest.mark.parametrize("text, counts, score", [
    ("未建档扣1分，每个项目未公示扣0.5分，扣完为止", ("1", "4"), Decimal(3)),
    ("每户未公示扣0.5分，每户未建档扣0.2分，扣完为止", ("2", "5"), Decimal(4)),
])
def test_faults_each_with_their_own_count_are_read(text, counts, score):
    p = propose(text, "6", "公示")
    assert p.confident, p.unplaced
    assert by_vars(p, *counts) == score


def test_days_late_opening_the_sentence_reach_no_other_fault():
    p = propose("每逾期1天扣0.2分，未报送的扣1分，扣完为止", "2", "报送")
    assert p.confident, p.unplaced
    assert by_vars(p, "3", "0") == Decimal("1.4")


def test_a_lesser_degree_of_the_full_situation_is_a_situation():
    p = propose("建立了工作台账的得2分，台账不完善的扣0.5分", "2", "台账")
    assert p.confident, p.unplaced
    p = propose("建立了长效工作机制得2分，不健全的扣1分", "2", "机制")
    assert p.confident, p.unplaced
    assert [picked(p, r) for r in range(2)] == [Decimal(2), Decimal(1)]


@pytest.mark.parametrize("text, counts, score", [
    ("办公区每发现1处垃圾扣1分；其他区域每发现1处垃圾扣0.5分，扣完为止", ("1", "2"), Decimal(3)),
    ("未委托第三方检测扣2分，检测报告每缺1份扣0.5分，扣完为止", ("1", "2"), Decimal(2)),
])
def test_words_like_a_tie_that_name_their_own_fault_are_read(text, counts, score):
    p = propose(text, "5", "指标")
    assert p.confident, p.unplaced
    assert by_vars(p, *counts) == score


def test_a_line_of_persons_in_a_faults_words_is_no_tied_count():
    p = propose("未明确第一责任人扣2分，3人以上事故每起扣1分，扣完为止", "5", "安全")
    assert not any("如何划分" in u for u in p.unplaced), p.unplaced

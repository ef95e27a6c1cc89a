"""Made-up texts that the proposer read confidently and wrongly, and their near misses (probe2).

Each class of wording below has texts in the style of published 评分标准, with what the proposal must be: flagged
(请核对) where the text says more than the rule can hold, or the right scores where it can be read.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, by_vars, met_or_not, picked, to_check, types


# ── points taken beyond the item (“倒扣3分”): the item's score stays within 0～分值, so the text is never read as sure ──
@pytest.mark.parametrize("text", [
    "达到要求得3分，基本达到的得2分，达不到的不得分，弄虚作假的倒扣3分。",
    "每发现一处问题扣0.5分，扣完为止，情节严重的倒扣2分。",
    "按时报送得3分；未按时报送不得分；瞒报漏报的，倒扣1分。",
    "材料完整得3分，基本完整得1分，虚报材料的倒扣本项分值。",
])
def test_points_taken_beyond_the_item_are_to_check(text):
    to_check(text, "3", "倒扣")


def test_a_deduction_that_is_not_taken_beyond_the_item_is_read():
    p = propose("每发现一处问题扣0.5分，扣完为止，不倒扣。", "3", "问题整改")
    assert p.confident, p.unplaced
    assert [by_count(p, n) for n in ("0", "2", "9")] == [Decimal(3), Decimal(2), Decimal(0)]


def test_degrees_without_a_penalty_beyond_are_read():
    p = propose("达到要求得3分，基本达到的得2分，达不到的不得分。", "3", "工作要求")
    assert p.confident, p.unplaced
    assert [picked(p, r) for r in range(3)] == [Decimal(3), Decimal(2), Decimal(0)]


# ── a stop other than 0 (“扣至1分为止”) or one per period (“每季度最多扣1分”): a deduction per case cannot hold it ──────
@pytest.mark.parametrize("text, weight", [
    ("发现问题每处扣0.5分，扣至1分为止。", "3"),
    ("每发现一次未按规定执行扣0.5分，每季度最多扣1分。", "3"),
    ("未按时整改的，每次扣0.5分，每季度扣完为止", "3"),
    ("每延迟一天扣0.5分，扣至1分为止", "3"),
    ("台账每缺1项扣1分，扣到2分为止", "5"),
])
def test_a_stop_the_deduction_cannot_hold_is_to_check(text, weight):
    to_check(text, weight, "止点")


@pytest.mark.parametrize("text, weight", [
    ("每发现一处问题扣1分，最多扣5分。", "5"),
    ("每发现1处问题扣1分,扣满5分为止", "5"),
    ("每处扣1分，扣至0分为止", "5"),
    ("发现问题每处扣0.5分，扣完为止。", "3"),
])
def test_a_stop_at_nothing_left_is_read(text, weight):
    p = propose(text, weight, "问题整改")
    assert p.confident, p.unplaced
    w = Decimal(weight)
    per = Decimal(p.items[0]["params"]["per"])
    assert by_count(p, "1") == w - per
    assert by_count(p, "99") == 0


# ── a lack named last in a situation of several clauses (“…三方面,缺一方面扣1分”): perhaps counted per lack ───────────
@pytest.mark.parametrize("text", [
    "建立了长效机制的得3分；机制包括制度、人员、经费三方面，缺一方面扣1分。",
    "配备专职人员得3分;人员包括管理员、联络员、记录员,少一类扣1分",
])
def test_a_lack_named_after_a_clause_may_be_counted(text):
    to_check(text, "3", "每缺一项")


def test_a_degree_named_after_a_clause_is_one_situation():
    p = propose("建立了长效机制的得3分；机制包括制度、人员、经费三方面，不完善的扣1分。", "3", "长效机制")
    assert p.confident, p.unplaced
    assert [picked(p, r) for r in range(2)] == [Decimal(3), Decimal(2)]


# ── a fault's own cap in brackets (“每次扣1分（最多扣2分）”): the cap of that fault, not words of the next ─────────────
@pytest.mark.parametrize("text", [
    "未建立制度扣2分，未按时报送每次扣1分（最多扣2分），资料不全每项扣0.5分，扣完为止。",
    "未建立制度扣2分;迟报每次扣1分(累计扣2分);缺少资料每项扣0.5分;扣完为止",
    "未建立制度扣2分、逾期报送的每次扣1分（扣满2分为止）、资料不全的每项扣0.5分，扣完为止",
])
def test_a_cap_in_brackets_is_the_fault_s_own(text):
    p = propose(text, "5", "制度执行")
    assert types(p) == ["formula"], p.summary
    assert by_vars(p, "0", "4", "0") == 3  # four times late: 2 taken, not 4
    assert by_vars(p, "1", "1", "2") == 1
    assert all("扣" not in v["label"] for v in p.items[0]["params"]["variables"])


# ── a count in a fault's words besides the one counted (“超过2次的,每次”, “第3次起”): where deducting starts ───────────
@pytest.mark.parametrize("text", [
    "未建立制度扣2分；未按时报送超过2次的，每次扣1分，扣完为止。",
    "每发现一处问题扣0.5分，扣完为止；第3次起每处扣1分。",
    "未建立台账扣1分;全年迟报3次以外的每次扣0.5分;扣完为止",
])
def test_a_count_where_deducting_starts_is_to_check(text):
    to_check(text, "5", "从何处起扣")


def test_faults_counted_one_at_a_time_are_read():
    p = propose("每迟报1次扣0.5分，漏报1次扣1分，扣完为止", "5", "报送")
    assert p.confident, p.unplaced
    assert by_vars(p, "2", "1") == 3


# ── a deduction on top of the situation found (“…的再扣0.5分”, “另扣1分”): never a situation of its own ────────────────
@pytest.mark.parametrize("text", [
    "按时报送得3分，逾期报送的得1.5分，未报送的不得分，报送内容有误的再扣0.5分。",
    "资料齐全得3分;基本齐全得2分;不齐全的不得分;资料造假的另扣1分",
    "验收合格得3分，整改后合格得2分，不合格不得分，验收资料不全的还扣0.5分",
])
def test_a_deduction_on_top_is_to_check(text):
    to_check(text, "3", "另行扣分")


# ── the words leading to an equal share after the list (“…,满足1项得1分”, “…,四项各1分”): no point's words ────────────
@pytest.mark.parametrize("text", [
    "建立制度、明确专人、按时报送、资料归档，满足一项得1分。",
    "建立制度、明确专人、按时报送、资料归档,做到一项得一分",
    "建立制度、明确专人、按时报送、资料归档，四项各1分。",
    "建立制度、明确专人、按时报送、资料归档各1分。",
])
def test_the_words_leading_to_the_share_are_no_point(text):
    p = propose(text, "4", "工作机制")
    assert types(p) == ["checklist"], p.summary
    assert [pt["label"] for pt in p.items[0]["params"]["points"]] == ["建立制度", "明确专人", "按时报送", "资料归档"]


# ── a fault named only as a problem found, beside others (“每处问题扣0.5分;逾期未整改的每处扣1分”): overlapping counts ──
@pytest.mark.parametrize("text", [
    "每发现1处问题扣0.5分，扣完为止；逾期未整改的，每处扣1分。",
    "每发现一处问题扣0.5分,扣完为止,省级检查发现的每处扣1分。",
    "存在问题的每个扣0.5分;被媒体曝光的每次扣1分;扣完为止",
])
def test_a_problem_found_beside_other_faults_is_to_check(text):
    to_check(text, "3", "也计入")


# ── a requirement in several clauses before “得N分,否则不得分”: all of them are the condition ─────────────────────────
@pytest.mark.parametrize("text, condition", [
    ("制度健全，执行到位，得2分，否则不得分", "制度健全,执行到位"),
    ("有方案，有记录，有总结，得2分，否则不得分。", "有方案,有记录,有总结"),
    ("资料齐全,归档及时,得满分,否则不得分", "资料齐全,归档及时"),
    ("报送及时得2分，否则不得分", "报送及时"),
])
def test_every_clause_of_the_requirement_is_the_condition(text, condition):
    p = propose(text, "2", "制度执行")
    assert types(p) == ["all_or_nothing"], p.summary
    assert p.items[0]["params"]["condition"] == condition
    assert met_or_not(p) == (Decimal(2), Decimal(0))


# ── “否则” after a requirement with no points of its own, which no situation names ─────────────────────────────────────
@pytest.mark.parametrize("text", [
    "按要求设立公示栏得2分，未设立不得分，公示栏须设在醒目位置，否则扣1分。",
    "按时报送得2分，未报送不得分，报送材料须经负责人签字，否则扣0.5分",
])
def test_otherwise_after_an_unscored_requirement_is_to_check(text):
    to_check(text, "2", "否则")


def test_otherwise_after_the_situation_it_denies_is_read():
    p = propose("按时报送得2分，否则扣1分。", "2", "报送")
    assert p.confident, p.unplaced
    assert [picked(p, r) for r in range(2)] == [Decimal(2), Decimal(1)]


# ── a deduction per block of money said without a figure (“每万元扣0.5分”): never a case counted in 例 ───────────────
@pytest.mark.parametrize("text", [
    "违规资金每万元扣0.5分，扣完为止。",
    "超支资金每万元扣0.1分,扣完为止",
])
def test_a_block_of_money_is_not_a_case(text):
    p = propose(text, "4", "资金管理")
    assert p.items[0]["params"]["unit"] != "例"
    to_check(text, "4", "万元的个数")


# ── a bracket left open: where the aside ends is not said, so the cap may be read into the next fault ──────────────
@pytest.mark.parametrize("text", [
    "未建立制度扣2分，未按时报送每次扣1分（最多扣2分，资料不全每项扣0.5分，扣完为止。",
    "未按时报送每次扣1分(最多扣2分;资料不全每项扣0.5分;扣完为止",
    "资料不全每项扣0.5分,扣完为止)",
])
def test_a_bracket_left_open_is_to_check(text):
    to_check(text, "6", "括号不成对")

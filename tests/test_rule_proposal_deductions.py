"""Per-case deductions (逐例扣分) in more units and words: the rule each class of wording is read as, its parameters,
its scores in a few situations, and the near misses that must not be read that way or must stay “请核对”.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from services.scoring.rules.wording import normalize


def scored(p, count):
    it = p.items[0]
    assert check_item(it) == []
    res = score_item(it, {"count": count})
    assert res.score is not None, res.text
    return res.score


def per_case(p):
    """(per, unit) of a one-item per-case deduction, or None when the proposal is something else."""
    if [it["type"] for it in p.items] != ["deduction"]:
        return None
    return Decimal(p.items[0]["params"]["per"]), p.items[0]["params"]["unit"]


# ── a full stop for the decimal point ───────────────────────────────────────
def test_a_full_stop_between_two_digits_is_a_decimal_point():
    assert normalize("每缺1份扣0。5分") == "每缺1份扣0.5分"
    assert normalize("得分为98。5分。") == "得分为98.5分;"
    # a stop that ends a sentence before a numbered part is kept
    assert normalize("全年不少于3。2、未按时报送的扣1分") == "全年不少于3;2、未按时报送的扣1分"
    assert normalize("完成率100%。2.资料齐全") == "完成率100%;2.资料齐全"


# ── per person, per person-time, per pupil ──────────────────────────────────
def test_per_person_and_per_person_time():
    """“…的,每人扣1分”, “…每人次扣0.5分”, “…每生扣0。2分”: the unit counted is people (visits, pupils)."""
    cases = (("抽查岗位人员,不熟悉应急处置流程的,每人扣1分。", "4", Decimal(1), "人"),
             ("检查中发现未按规定佩戴防护用品的,每人次扣0.5分。", "3", Decimal("0.5"), "人次"),
             ("(4分)学籍信息填报有误每生扣0。2分。", "4", Decimal("0.2"), "人"))
    for text, weight, per, unit in cases:
        p = propose(text, weight, "人员管理")
        assert per_case(p) == (per, unit), (text, p.summary)
        assert not p.confident  # when the deductions stop is not said
        assert scored(p, 2) == Decimal(weight) - 2 * per
        assert scored(p, 100) == 0


def test_nobody_deducted_is_a_slip_for_each_person_and_is_to_check():
    p = propose("未持证上岗,没人扣0.5分", "2", "持证上岗")
    assert per_case(p) == (Decimal("0.5"), "人")
    assert not p.confident and any("读作“每人”" in u for u in p.unplaced)
    assert scored(p, 3) == Decimal("0.5")
    # “没人…” that speaks of nobody doing something is no deduction per person
    p = propose("节假日没人值守的扣2分", "2", "值守")
    assert per_case(p) != (Decimal(2), "人")


def test_fewer_of_each_scoring_less_is_a_deduction():
    """“要素齐全得10分,每少1项少得1分”: 少得 is a deduction."""
    p = propose("档案要素齐全得10分,每少一项要素少得1分。", "10", "档案管理")
    assert per_case(p) == (Decimal(1), "项")
    assert scored(p, 3) == 7


# ── the count nearest the deduction ─────────────────────────────────────────
def test_the_count_is_the_one_next_to_the_deduction():
    """A count earlier in the sentence (“有2次”, “每个乡5户”) is not the count each deduction is for."""
    p = propose("组织主题活动,有两次活动记录完整(6分),少一次扣1分。", "6", "主题活动")
    assert per_case(p) == (Decimal(1), "次")
    assert scored(p, 1) == 5
    p = propose("每个乡抽查3个村,每个村5户,每一户不达标扣除0.2分,扣完为止。", "6", "入户抽查")
    assert per_case(p) == (Decimal("0.2"), "户")
    assert scored(p, 4) == Decimal("5.2")
    # a count that is itself the case counted still divides (“每发现2处扣1分”)
    p = propose("每发现2处错误扣1分,扣完为止", "5", "数据质量")
    assert per_case(p) == (Decimal("0.5"), "处")


# ── one case of a fault, 每 left out ────────────────────────────────────────
def test_one_case_of_a_fault_is_per_case_and_to_check():
    """“…,不按时报送的一次扣1分”, “规定时间内未提交一次扣0。5分”: each case costs that much; 每 is not said."""
    for text, weight, per in (("按时报送月度统计数据,不按时报送的一次扣1分。", "4", Decimal(1)),
                              ("(3分)规定时间内未提交一次扣0。5分", "3", Decimal("0.5"))):
        p = propose(text, weight, "报送")
        assert per_case(p) == (per, "次"), (text, p.summary)
        assert not p.confident and any("读作每次" in u for u in p.unplaced)
        assert scored(p, 2) == Decimal(weight) - 2 * per
    # one case costing the whole 分值 is not counted case by case
    p = propose("按时报送月度统计数据,不按时报送的一次扣4分。", "4", "报送")
    assert per_case(p) is None
    # one case that scores, not one fault that costs
    p = propose("按时报送1次得1分", "4", "报送")
    assert per_case(p) is None


# ── each single case meeting a condition ────────────────────────────────────
def test_each_single_case_meeting_a_condition_is_to_check():
    """“单起损失5万元以上的扣5分,扣完为止”: every such case costs 5; the condition is the team's to apply."""
    p = propose("因管理不到位发生安全事故的,单起直接损失5万元以上的扣5分,扣完为止。", "20", "安全管理")
    assert per_case(p) == (Decimal(5), "起")
    assert not p.confident and any("只计满足此条件的起数" in u for u in p.unplaced)
    assert scored(p, 3) == 5 and scored(p, 5) == 0
    # without “扣完为止” a single case need not recur: not this reading
    p = propose("单起直接损失5万元以上的扣5分。", "20", "安全管理")
    assert per_case(p) != (Decimal(5), "起")

"""Scoring clauses of unseen tables, read where they are written otherwise than the readings knew: a form's line whose
cell runs into the box where the cases found are counted (“未注明日期的,扣1分,共”, “…扣2分,共__处”); pages counted
as cases (“每缺1页扣0.5分”); a fault using up the row's points (“不合要求扣完此项分数”); any one of the faults listed
after what it costs (“有下列情形之一的,扣100分:①…;②…”); faults listed after what is checked, each costing the same
(“查看文件资料;无专人、无实施方案分别扣1分”); and texts written in traditional characters.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, met_or_not, readings, scored, sole


def _zeroed_by_a_fault(text: str, weight: str) -> None:
    """The text is a 全有或全无 on the 分值, to check (that nothing found scores the 分值 is not said)."""
    p = propose(text, weight, "指标")
    sole(p, "all_or_nothing")
    assert not p.confident
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


def scored_value(p, value: Decimal) -> Decimal:
    """The score of a 达标线 proposal when the value is ``value`` (a percentage, typed or as two figures of 100)."""
    ratio = p.items[0]["params"].get("input") == "ratio"
    return scored(p, {"numerator": str(value), "denominator": "100"} if ratio else {"value": str(value)})


def _deductions(text: str, weight: str) -> list[dict]:
    return [it["params"] for found in readings(text, weight) for it in found.items if it["type"] == "deduction"]


# ── a count box after one fault: “…的,扣1分,共” ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("会议纪要未经主持人签字的,扣1分,共", "10", "1", "处"),
    ("档案封面未填写编号,扣0.5分,共计", "5", "0.5", "处"),
    ("台账缺少经办人签名的扣2分,共__处", "10", "2", "处"),
    ("资料未按年度装订成册的,扣1分,共（ ）份", "10", "1", "份"),
    ("检查人员少于3人的,扣2分,共", "8", "2", "处"),  # a figure in the fault says what makes a case
    ("现场核查时,未出示执法证件的,扣减1.5分;共", "6", "1.5", "处"),
    ("笔录未经本人核对的减1分,共__份", "10", "1", "份"),
    ("减免审批表未经负责人签字的,扣2分,共", "10", "2", "处"),  # a 减 of the fault's own words
])
def test_a_fault_then_the_count_box_is_a_deduction_per_case(text, weight, per, unit):
    p = propose(text, weight, "执法质量")
    assert sole(p, "deduction") == {"per": per, "unit": unit}
    assert not p.confident  # that the 共 counts the cases is read, not said
    assert any("共" in u for u in p.unplaced), p.unplaced
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)
    assert by_count(p, "100") == 0


def test_a_count_box_after_a_fault_taking_the_whole_weight_still_counts():
    p = propose("主要事实认定不清的,扣6分,共", "6", "执法质量")
    assert not p.confident
    assert p.items[0]["type"] in ("deduction", "all_or_nothing")
    assert {"per": "6", "unit": "处"} in _deductions("主要事实认定不清的,扣6分,共", "6")


@pytest.mark.parametrize("text, weight", [
    ("会议纪要未经主持人签字的,扣1分", "10"),  # no count box: the fault is taken once
    ("会议纪要未经主持人签字的,扣1分,共__分", "10"),  # a box of points, not of cases
    ("会议纪要未经主持人签字的,扣12分,共", "10"),  # more than the 分值
    ("得分率低于90%的,扣2分,共", "10"),  # a line on a rate, not a case
    ("得分率每低1个百分点扣1分,共", "10"),  # a step on a rate
    ("会议纪要未经主持人签字的,扣1分,共3次", "10"),  # a count given, not a box to fill
])
def test_near_miss_no_count_box_is_no_deduction_per_case(text, weight):
    assert _deductions(text, weight) == []


# ── pages counted: “每缺1页扣0.5分” ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("抽查档案,每缺1页扣0.5分", "5", "0.5"),
    ("扫描材料缺页的,每缺1页扣1分,扣完为止", "10", "1"),
    ("装订的卷宗每少一页扣2分", "6", "2"),
])
def test_pages_missing_are_counted_as_cases(text, weight, per):
    p = propose(text, weight, "档案")
    assert sole(p, "deduction") == {"per": per, "unit": "个"}
    assert not p.confident  # the page is counted as 个
    assert by_count(p, "1") == Decimal(weight) - Decimal(per)
    assert by_count(p, "100") == 0


# ── the row's points used up: “…,不合要求扣完此项分数” ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "查看会议记录及相关资料,不合要求扣完此项分数。",
    "查阅台账,不符合要求的,扣完本项分值",
    "未建立管理制度的扣完该项全部分值",
])
def test_a_fault_using_up_the_rows_points_is_all_or_nothing(text):
    _zeroed_by_a_fault(text, "3")


@pytest.mark.parametrize("text", [
    "未建立管理制度的,扣完本项分值为止",  # a stop, not the whole taken
    "每缺1项扣1分,扣完此项分值",  # a deduction per case up to the whole
])
def test_near_miss_points_used_up_as_a_stop_is_no_all_or_nothing(text):
    assert all(it["type"] != "all_or_nothing" for found in readings(text, "3") for it in found.items)


# ── any one of the faults listed after what it costs: “有下列情形之一的,扣100分:①…;②…” ───────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("行政许可决定有下列情形之一的,扣20分:①超越法定权限;②未经集体讨论;③未送达当事人;", "20"),
    ("存在以下问题之一者,本项不得分:1.未建立台账;2.未按时上报", "5"),
    ("凡有下列情况之一的,扣除全部分值:(1)未公示;(2)未备案", "8"),
    ("有如下行为中的任何一种,不得分:①虚报冒领;②挤占挪用", "10"),
    ("(1)未公示;(2)未备案。存在以上问题之一的,扣10分。", "10"),  # the list first
    ("①超越法定权限;②未经集体讨论;有上述情形之一的,扣除全部分值", "6"),
])
def test_any_listed_fault_takes_the_whole_weight(text, weight):
    _zeroed_by_a_fault(text, weight)


@pytest.mark.parametrize("text, weight", [
    ("有下列情形之一的,扣2分:①超越法定权限;②未经集体讨论", "10"),  # less than the 分值: once, or per fault?
    ("有下列情形之一的,扣10分:①每缺1项;②未经集体讨论", "10"),  # a step in the list
    ("有下列情形之一的,扣10分:①超越法定权限", "10"),  # a list of one
    ("每年有下列情形之一的,扣10分:①超越法定权限;②未经集体讨论", "10"),  # a period leading
    ("同时满足下列条件之一的,得10分:①有方案;②有记录", "10"),  # a score earned, not a fault's cost
    ("有上述情形之一的,扣10分:①超越法定权限;②未经集体讨论", "10"),  # “上述” names nothing before it
    ("①超越法定权限;②未经集体讨论;有下列情形之一的,扣10分", "10"),  # “下列” names nothing after it
])
def test_near_miss_listed_faults_not_taking_the_whole(text, weight):
    assert all(not it["params"].get("condition", "").startswith("无下列情形") for found in readings(text, weight)
               for it in found.items)


# ── what is checked, then faults each costing the same: “查看文件资料;无专人、无方案分别扣1分” ───────────────────────
@pytest.mark.parametrize("text, weight, n", [
    ("1.查看文件资料。无专人负责、无实施方案、无工作总结分别扣1分。", "3", 3),
    ("查阅台账,无专人负责、无工作记录各扣1分", "3", 2),
    ("检查现场:未设置警示标志、未配备灭火器各扣0.5分", "2", 2),
])
def test_faults_listed_after_what_is_checked_each_cost_the_same(text, weight, n):
    p = propose(text, weight, "组织实施")
    assert sole(p, "deduction")["unit"] == "项"
    assert not p.confident
    per = Decimal(p.items[0]["params"]["per"])
    assert by_count(p, "1") == Decimal(weight) - per
    assert by_count(p, str(n + 5)) == 0


def test_near_miss_checked_then_one_fault_costing_the_whole_is_no_list():
    assert all(it["type"] != "deduction" for found in readings("查阅台账,无专人负责、无工作记录各扣3分", "3")
               for it in found.items)


# ── traditional characters: the same rule as the simplified text ─────────────────────────────────────────────────
@pytest.mark.parametrize("traditional, simplified, weight", [
    ("查閱檔案,無專人負責、未簽訂協議分別扣1分", "查阅档案,无专人负责、未签订协议分别扣1分", "4"),
    ("查看會議記錄及相關資料,不合要求扣完此項分數。", "查看会议记录及相关资料,不合要求扣完此项分数。", "3"),
    ("有下列情形之一的,扣4分:①未編制預算;②未經審批", "有下列情形之一的,扣4分:①未编制预算;②未经审批", "4"),
    ("該項工作未落實的,每發現1處扣1分,扣完為止", "该项工作未落实的,每发现1处扣1分,扣完为止", "5"),
    ("黨員幹部未參加學習的,每人次扣0.5分,扣完為止", "党员干部未参加学习的,每人次扣0.5分,扣完为止", "2"),
])
def test_traditional_characters_read_as_simplified(traditional, simplified, weight):
    assert normalize(traditional) == normalize(simplified)
    a, b = propose(traditional, weight, "指标"), propose(simplified, weight, "指标")
    assert a.items == b.items and a.confident == b.confident
    assert a.kind != "judgement"


# ── a step below a line the text leaves unnamed, stated by the indicator's name: “不达标,每降低1%,扣2分” ─────────────
@pytest.mark.parametrize("text, name, line", [
    ("投放准确率不达标,每降低1%,扣2分。", "分类达标率(30分)：垃圾分类投放准确率达到90%。", "90"),
    ("回收率未达标的,每降低1个百分点扣2分", "可回收物回收率≥85%", "85"),
    ("覆盖率不达标时,每下降1%扣2分,扣完为止", "服务覆盖率不低于95%", "95"),
])
def test_a_line_unnamed_in_the_text_is_taken_from_the_name(text, name, line):
    p = propose(text, "30", name)
    params = sole(p, "threshold")
    assert params["full_at"] == line and params["direction"] == "higher"
    assert not p.confident and any("指标名称" in u for u in p.unplaced)
    full = Decimal(line)
    assert scored_value(p, full) == 30 and scored_value(p, full + 3) == 30
    assert scored_value(p, full - 2) == 26
    assert scored_value(p, full - 40) == 0


@pytest.mark.parametrize("text, name", [
    ("投放准确率不达标,每降低1%,扣2分。", "分类达标率"),  # no line in the name
    ("投放准确率不达标,每降低1%,扣2分。", "准确率达到90%,知晓率达到80%"),  # two lines: which is unsaid
    ("投放准确率不达标,每降低1%,扣2分。", "准确率控制在5%"),  # no line at least
])
def test_near_miss_no_single_line_in_the_name(text, name):
    p = propose(text, "30", name)
    assert all(it["type"] != "threshold" or it["params"]["full_at"] == "100" for it in p.items)


# ── one kind of thing short: “一种设备达不到扣0.5分” ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("现场查看,一种设备达不到扣0.5分。", "2", "0.5"),
    ("一种药品未按规定储存的,扣1分", "4", "1"),
])
def test_one_kind_short_is_a_deduction_per_kind(text, weight, per):
    p = propose(text, weight, "设备配置")
    assert sole(p, "deduction") == {"per": per, "unit": "个"}
    assert not p.confident
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)

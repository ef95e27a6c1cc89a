"""Deducting texts whose opening or closing words kept the readings of their faults from being found:

- the 分值 restated in a clause of its own after the last deduction, past a comma (“…扣2分,总计4分”, “…,合计3分”): said
  again, not a cap nor more points (``reading._RESTATED_END``), as it already was in a sentence of its own (never
  after points earned per case, “…得0.5分,共计2分”, whose total it is);
- a line break after a clause closing on the whole points taken (“…此分值扣完”, “…,一级否定”, “…一票否决”) ends that
  clause (``wording._LINE_SCORED``), as one after “不得分” does;
- a requirement heading the faults that holds 计算 (“进行负荷计算,并校核导线截面。…扣2分”): no 计 of points
  (``wording.WORDS_OF_RECORD``);
- clauses of what the row asks opening the sentence of a condition zeroing the row and its deductions counted per case
  (“台账应包括…等,未建立台账不得分,缺1项扣1分”): the condition a 0/1 factor before the deductions
  (``reading._ASKED_CLAUSES`` in ``_gated_first``), the asked words named in a note; and several such conditions
  in clauses of that sentence, one after another (“未进行检测的不得分,检测机构无资质的不得分,检测项目不全的扣3分”),
  folded into one factor as they are when each is a sentence of its own; and a part of a text in parts that says such
  a condition beside its deductions per case (“1.…缺1项扣0.5分,未建立台账此项不得分,累计扣分不超过2分。2.…”), read
  gated rather than as a deduction per case, which cannot hold the zero (``reading._composite``); and a condition
  naming a measure of a standard or a scope at or above it (“…不能满足人均2平方米及以上、室内杂乱的不得分”, “年产量在
  30万吨及以上的企业未安装…,不得分”), part of the condition's words (``reading._MEASURE_OVER``), unless the
  deductions count that measure (“…50平方米及以上的不得分,每超占1平方米扣1分”: the deductions running out);
- the 分值 on a condition in words, none otherwise, then deductions from it (“…无安全事故的得3分,否则不得分。发现隐患…每
  处扣0.5分”): the deductions as one formula, a 0/1 factor for the condition met before it (``reading._met_or_none``);
- points for a requirement met, then points per case of another kind named before its 每, the base perhaps “加” and
  asides in brackets on what proves a case (“有过培训经验的加10分,另有其他项目经验(提供合同)每提供1个加5分,最高得20
  分”): ``3 * a + 1 * b`` as before (``formula._MET_THEN_EACH``), the kind's words and the asides named in notes.

All to check. Near misses: a total that is not the 分值, points of a sentence of their own before the faults, a single
fault not counted per case after the asked clauses, points on the condition short of the 分值, no “否则” said, points
per step past a line (“超额完成的,每超1个百分点加0.5分”), a shortfall counted (“另有…每缺1项扣0.5分”).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import stated_weight_dropped
from services.scoring.rules.wording import line_breaks_read, normalize
from tests.proposals import by_vars, readings, sole, ticks


# ── the 分值 restated after a comma ───────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("没有台账或台账不全扣1分；台账与实物不符的扣1分，总计2分。", "2", (1, 1)),
    ("报告格式错误扣1分，报告数据错误扣2分，合计3分。", "3", (1, 2)),
    ("2.装订规范。装订错误扣1分，未盖章扣1分，共计2分。", "2", (1, 1)),
])
def test_total_restated_after_the_last_fault(text, weight, costs):
    p = propose(text, weight, "文本")
    sole(p, "checklist")
    assert ticks(p, True, True) == int(weight)
    assert ticks(p, False, True) == int(weight) - costs[0]
    assert ticks(p, True, False) == int(weight) - costs[1]
    assert not p.confident


@pytest.mark.parametrize("text", ["随机抽查4户:资料齐全的得0.5分,共计2分", "每篇报道得1分,合计3分"])
def test_a_total_after_points_earned_is_kept(text):
    assert "计" in stated_weight_dropped(normalize(text), Decimal(text[-2]))


@pytest.mark.parametrize("text, first", [
    ("建立账户的,得3分,发现1户未纳入的此分值扣完\n资金发放到户的,得4分", "建立账户的,得3分,发现1户未纳入的此分值扣完;"),
    ("无该项制度的,一级否定\n未以文件形式发布的,扣2分", "无该项制度的,一级否定;"),
    ("发生重大事故的实行一票否决\n其他事故每起扣2分", "发生重大事故的实行一票否决;"),
])
def test_a_line_closing_on_the_whole_points_taken_ends_its_clause(text, first):
    assert line_breaks_read(text)[0].startswith(first)


def test_a_total_other_than_the_weight_is_not_read_as_it():
    p = propose("报告格式错误扣1分，报告数据错误扣2分，总计5分。", "3", "文本")
    assert p.kind != "checklist" and not p.confident


# ── 计算 in the requirement heading the faults ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "进行负荷计算,并校核导线截面。负荷计算错误扣2分,未校核截面扣2分。",
    "根据用电预测,进行容量计算。容量计算错误扣2分,没有比选方案扣2分。",
])
def test_a_calculation_asked_is_no_points(text):
    p = propose(text, "4", "设计")
    sole(p, "checklist")
    assert ticks(p, True, True) == 4
    assert ticks(p, False, True) == 2
    assert not p.confident


def test_points_of_their_own_before_the_faults_are_no_heading():
    assert propose("完成任务计2分。报表错误扣1分,数据错误扣1分。", "4", "任务").kind != "checklist"


# ── asked clauses, then a condition zeroing the row, then deductions per case ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("安全台账应包括检查记录、整改记录等,未建立台账不得分,缺1项扣1分。", "5", 1),
    ("建立党员活动室,制定活动制度,未建立活动室的不得分,每缺1项制度扣2分。", "6", 2),
    ("应急预案应明确分工、处置流程和物资保障,未制定预案的不得分,每缺1项内容扣0.5分。", "3", 0.5),
])
def test_asked_clauses_before_a_gate_and_its_deductions(text, weight, per):
    p = propose(text, weight, "制度")
    assert sole(p, "formula")["expression"].startswith("g * (")
    assert by_vars(p, "1", "0") == int(weight)
    assert by_vars(p, "1", "2") == int(weight) - 2 * per
    assert by_vars(p, "0", "0") == 0
    assert not p.confident
    assert any("读作该项的要求" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight, costs", [
    ("未进行检测的不得分,检测机构无资质的不得分,检测项目不全的扣3分;未公告扣3分。", "10", (3, 3)),
    ("查阅档案,未建立档案的不得分,档案无专人管理的不得分,档案不全的扣1分,档案未归档的扣2分。", "5", (1, 2)),
])
def test_several_gates_in_the_clauses_before_the_deductions(text, weight, costs):
    p = propose(text, weight, "检测")
    assert sole(p, "formula")["expression"].startswith("g * (")
    gate = p.items[0]["params"]["variables"][0]["label"]
    assert "或" in gate  # both conditions, one factor
    assert by_vars(p, "1", "0", "0") == int(weight)
    assert by_vars(p, "1", "1", "1") == int(weight) - sum(costs)
    assert by_vars(p, "0", "0", "0") == 0
    assert not p.confident


@pytest.mark.parametrize("text", [
    "1.台账管理规范,缺1项扣0.5分,未建立台账此项不得分,累计扣分不超过2分。2.按时报送,迟报一次扣1分,累计扣分不超过2分。",
    "1.台账管理,每缺1项扣0.5分,未建立台账的此项不得分,累计扣分不超过2分。2.信息报送,迟报1次扣1分,累计扣分不超过2分。",
])
def test_a_part_with_a_gate_beside_its_deductions(text):
    p = propose(text, "4", "管理")
    assert [it["type"] for it in p.items] == ["formula", "deduction"]
    gated_part = p.items[0]["params"]
    assert gated_part["expression"].startswith("g * (")
    assert by_vars(p, "1", "2") == 1
    assert by_vars(p, "0", "0") == 0
    assert not p.confident


@pytest.mark.parametrize("text, weight, per", [
    ("查现场。库房面积不能满足人均2平方米及以上、室内杂乱的不得分,其他不符合要求1处扣1分", "6", 1),
    ("年产量在30万吨及以上的企业未安装监测设备,不得分;发现数据中断1次扣0.5分,扣完为止", "2", 0.5),
])
def test_a_measure_within_a_gate(text, weight, per):
    p = propose(text, weight, "设施")
    assert sole(p, "formula")["expression"].startswith("g * (")
    assert float(by_vars(p, "1", "2")) == pytest.approx(int(weight) - 2 * per)
    assert by_vars(p, "0", "0") == 0
    assert not p.confident


def test_a_measure_the_deductions_count_is_no_gate():
    found = readings("违规占地50平方米及以上的不得分,每超占1平方米扣1分", "5")
    assert not any(it["type"] == "formula" and it["params"]["expression"].startswith("g * (")
                   for r in found for it in r.items)


def test_a_single_fault_after_asked_clauses_is_not_read_so():
    # one fault, not counted: whether it is a milder case of the same matter (a 情形选择) is another reading's question
    found = readings("建立值班制度,确保通讯畅通,未建立制度的不得分,制度不完善的扣2分。", "5")
    assert not any("读作该项的要求，其不满足" in x for r in found for x in (r.doubts or ()))


# ── the 分值 on a condition, none otherwise, then deductions ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("按要求开展巡查,无安全事故的得3分,否则不得分。发现隐患未整改的每处扣0.5分,扣完为止。", "3", 0.5),
    ("资料报送及时的得满分,否则不得分;报送数据有误的每次扣1分。", "4", 1),
    ("企业诚信经营,无不良记录的得2分,否则不得分。有群众投诉的每次扣0.2分,扣完为止。", "2", 0.2),
])
def test_full_marks_on_a_condition_then_deductions(text, weight, per):
    p = propose(text, weight, "诚信")
    assert sole(p, "formula")["expression"].startswith("g * (")
    assert p.items[0]["params"]["variables"][0]["label"].endswith("（是=1，否=0：否则整项不得分）")
    assert by_vars(p, "1", "0") == int(weight)
    assert float(by_vars(p, "1", "1")) == pytest.approx(int(weight) - per)
    assert by_vars(p, "0", "0") == 0
    assert not p.confident


@pytest.mark.parametrize("text", [
    "无安全事故的得2分,否则不得分。发现隐患每处扣0.5分。",  # points short of the 分值: another part
    "无安全事故的得3分。发现隐患每处扣0.5分,扣完为止。",  # no “否则”
])
def test_no_condition_met_read_where_the_text_does_not_say_it(text):
    found = readings(text, "3")
    assert not any("满分的条件" in x for r in found for x in (r.doubts or ()))


# ── points for a requirement met, then points per case of a kind named before its 每 ─────────────────────────────
@pytest.mark.parametrize("text, weight, base, each", [
    ("有过培训经验的加10分,另有其他项目经验的每提供1个加5分,最高得20分。", "20", 10, 5),
    ("具有培训资质(提供证书复印件),得4分,另外每承担1个同类项目(提供合同)加2分,最高10分。", "10", 4, 2),
    ("建立诊改平台得1分。平台运行良好，各维度每达成一个维度目标得0.2分。", "2", 1, 0.2),
])
def test_met_then_each_of_a_kind_named_before(text, weight, base, each):
    p = propose(text, weight, "资质")
    sole(p, "formula")
    assert by_vars(p, "1", "0") == base
    assert float(by_vars(p, "1", "2")) == pytest.approx(base + 2 * each)
    assert float(by_vars(p, "0", "1")) == pytest.approx(each)
    assert by_vars(p, "1", "99") == int(weight)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("完成任务得6分,超额完成的,每超1个百分点加0.5分,最高10分。", "10"),
    ("建立台账得2分,另有台账不全的每缺1项扣0.5分。", "4"),
])
def test_no_met_then_each_past_a_line_or_for_a_shortfall(text, weight):
    found = readings(text, weight)
    assert not any("做到按 1、未做到按 0 录入" in x for r in found for x in (r.doubts or ()))

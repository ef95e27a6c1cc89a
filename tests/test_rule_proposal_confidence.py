"""The rule proposer is sure only when it has read the whole text, and reads classes of wording exactly.

The texts here are written for these tests in the styles 评分标准 use (none is taken from the rule
corpus). Each text read with confidence is scored in situations and must give the score its words
give; each text with something the proposer cannot place must be “请核对” and name those words.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from services.frameworks.proposal import propose
from services.frameworks.reading import FILLER
from services.scoring.rules import check_item, score_item
from services.scoring.rules.wording import normalize


def total(p, inputs_per_item):
    """The proposal's score for the inputs of each of its items, in order."""
    assert len(p.items) == len(inputs_per_item), [it["type"] for it in p.items]
    out = Decimal(0)
    for it, inputs in zip(p.items, inputs_per_item):
        assert check_item(it) == []
        res = score_item(it, inputs)
        assert res.score is not None, res.text
        out += res.score
    return out


def option(p, label_part, item=0):
    """The key of the 情形 whose label holds ``label_part``."""
    opts = p.items[item]["params"]["options"]
    return next(o["key"] for o in opts if label_part in o["label"])


# ── texts read exactly, with confidence ─────────────────────────────────────
#: (text, 分值, indicator, rule types, [(inputs per item, score)])
EXACT = [
    # Chinese numerals and measure words
    ("资金到位率达到百分之百的得满分，每低于一个百分点扣零点五分，扣完为止", "5", "资金到位率", ["threshold"],
     [([{"numerator": "98", "denominator": "100"}], "4"), ([{"numerator": "100", "denominator": "100"}], "5"),
      ([{"numerator": "80", "denominator": "100"}], "0")]),
    ("每缺少一项材料扣0.3分，扣满三分为止", "3", "资料完整性", ["deduction"],
     [([{"count": 4}], "1.8"), ([{"count": 0}], "3"), ([{"count": 11}], "0")]),
    ("以九十五%为目标，每低于目标两个百分点扣一分，不足两个百分点的按两个百分点计算，扣完为止", "4", "覆盖面", ["threshold"],
     [([{"value": "95"}], "4"), ([{"value": "94"}], "3"), ([{"value": "91"}], "2"), ([{"value": "90"}], "1"), ([{"value": "80"}], "0")]),
    ("百分之九十以上得满分，百分之八十至九十得三分，不足百分之八十不得分", "5", "完成程度", ["tiers"],
     [([{"value": "90"}], "5"), ([{"value": "80"}], "3"), ([{"value": "79.9"}], "0")]),
    # points without 得/计
    ("有绩效目标，2分；无绩效目标，0分", "2", "目标设置", ["choice"], []),
    ("≥95%：5分；85%-95%：3分；<85%：0分", "5", "验收合格率", ["tiers"],
     [([{"numerator": "96", "denominator": "100"}], "5"), ([{"numerator": "85", "denominator": "100"}], "3"),
      ([{"numerator": "84.9", "denominator": "100"}], "0")]),
    ("①方案经过集体研究，1分；②方案按程序报批，1分", "2", "方案审批", ["checklist"],
     [([{"points": {"p1": "met", "p2": "not_met"}}], "1"), ([{"points": {"p1": "met", "p2": "met"}}], "2")]),
    # exact-value bands
    ("偏差率为0，计4分；0-5%（含），计3分；5%-10%（含），计1分；超过10%不得分", "4", "预算偏差", ["tiers"],
     [([{"value": "0"}], "4"), ([{"value": "5"}], "3"), ([{"value": "5.1"}], "1"), ([{"value": "10"}], "1"),
      ([{"value": "12"}], "0")]),
    # a key point that zeroes the item
    ("①②③各1分，②不符合的不得分", "3", "立项", ["checklist"],
     [([{"points": {"p1": "met", "p2": "not_met", "p3": "met"}}], "0"),
      ([{"points": {"p1": "not_met", "p2": "met", "p3": "met"}}], "2")]),
    # additive point lists (no point reaches the 分值 alone) and pick-one situations
    ("制定实施方案的得2分；建立工作台账的得2分；按期报送总结的得1分", "5", "过程管理", ["checklist"],
     [([{"points": {"p1": "met", "p2": "not_met", "p3": "met"}}], "3")]),
    # negative options: the 分值 less the deduction
    ("制度规范的得8分，不规范的扣8分", "8", "制度执行", ["choice"], []),
    # composite: each part its own rule
    ("1.预算执行率≥90%得3分，每低于1%扣0.3分，扣完为止；2.按时报送资料得2分，否则不得分", "5", "预算管理",
     ["threshold", "all_or_nothing"],
     [([{"numerator": "88", "denominator": "100"}, {"met": True}], "4.4"),
      ([{"numerator": "95", "denominator": "100"}, {"met": False}], "3")]),
    ("1.资料齐全得2分，否则不得分；2.每发现1例扣1分，扣完为止（3分）", "5", "资料与合规", ["all_or_nothing", "deduction"],
     [([{"met": True}, {"count": 1}], "4"), ([{"met": False}, {"count": 5}], "0")]),
    # formulas over named rates
    ("得分=资金到位率×本项分值", "4", "资金到位率", ["rate"],
     [([{"numerator": "75", "denominator": "100"}], "3"), ([{"numerator": "120", "denominator": "100"}], "4")]),
    ("得分=实际完成值/目标值×分值", "6", "产出数量", ["rate"],
     [([{"numerator": "45", "denominator": "60"}], "4.5")]),
    ("按实际完成比例计分", "10", "任务完成", ["completion"],
     [([{"rows": [{"target": "8", "actual": "6"}]}], "7.5")]),
    # delay in every unit
    ("每逾期1周扣0.5分，扣完为止", "2", "报送及时性", ["delay"], [([{"delay": "3"}], "0.5")]),
    ("每延迟一个季度扣1分，扣完为止", "3", "建设进度", ["delay"], [([{"delay": "2"}], "1")]),
    ("每推迟1年扣2分，扣完为止", "4", "建设进度", ["delay"], [([{"delay": "1"}], "2")]),
    ("每晚1个工作日扣0.2分，扣完为止", "1", "报送及时性", ["delay"], [([{"delay": "3"}], "0.4")]),
    # a line on a count: at least N, a step short of it
    ("年内至少开展3次培训得满分，每少1次扣1分，扣完为止", "3", "培训", ["threshold"],
     [([{"value": "3"}], "3"), ([{"value": "2"}], "2"), ([{"value": "0"}], "0")]),
    # caps written as a floor of the deductions
    ("每发现1例扣0.5分，扣满2分为止", "2", "支出合规", ["deduction"], [([{"count": 3}], "0.5"), ([{"count": 9}], "0")]),
    ("按期完成得满分，每拖延1个月扣1分，扣完为止", "3", "完成及时性", ["delay"], [([{"delay": "2"}], "1")]),
    # a case counted without its number
    ("每项工作未按时完成扣1分，扣完为止", "3", "工作及时性", ["deduction"], [([{"count": 2}], "1")]),
    ("报告格式规范、结构完整得5分；每发现一处错误扣0.5分，扣完为止", "5", "报告质量", ["deduction"],
     [([{"count": 3}], "3.5")]),
    # steps written short (每低, 每超支) and lines settled by 高于 / (含)以下
    ("高于95%得满分；95%（含）以下每低1个百分点扣0.5分，扣完为止", "5", "达标情况", ["threshold"],
     [([{"value": "96"}], "5"), ([{"value": "93"}], "4"), ([{"value": "80"}], "0")]),
    ("质量合格率=合格数/总数×100%，合格率≥95%得满分，每低1个百分点扣1分，扣完为止", "5", "质量合格率", ["threshold"],
     [([{"numerator": "92", "denominator": "100"}], "2")]),
    # a rate as its two numbers, with full marks stated first
    ("完成值达到目标值的得满分，未达到的按完成值/目标值×分值计分", "5", "产出", ["rate"],
     [([{"numerator": "3", "denominator": "4"}], "3.75"), ([{"numerator": "5", "denominator": "4"}], "5")]),
    ("得分=（实际完成值/计划值）×100%×本项分值，最高不超过本项分值", "5", "完成情况", ["rate"],
     [([{"numerator": "9", "denominator": "10"}], "4.5")]),
    # points that follow their words directly
    ("①有方案1分，②有总结1分，③有台账1分", "3", "管理", ["checklist"],
     [([{"points": {"p1": "met", "p2": "not_met", "p3": "met"}}], "2")]),
    # situations scored 满分 / 不得分 / points: one is picked
    ("有健全的管理制度且执行有效得3分，有制度但执行不到位得1分，无制度不得分", "3", "制度建设", ["choice"], []),
    # situations run together without a mark (table cells joined)
    ("资料完整，按时报送，得满分资料不全或逾期，不得分", "2", "资料报送", ["choice"], []),
    ("覆盖率为100%，得满分覆盖率≥90%，得1分覆盖率＜90%，不得分", "3", "覆盖面", ["tiers"],
     [([{"value": "100"}], "3"), ([{"value": "95"}], "1"), ([{"value": "89"}], "0")]),
    # a deduction for one case that goes on until nothing is left is per case
    ("资料齐全得2分，缺1份扣0.5分，扣完为止", "2", "资料", ["deduction"], [([{"count": 3}], "0.5")]),
    # a line at or below a value with no unit of its own, read in the step's unit; a rate of change
    # may fall below 0, so it is one value given, not two counts
    ("“运行成本”变动率≦0，计6分；“运行成本”变动率＞0，每超过一个百分点扣0.6分，扣完为止。", "6", "运行成本变动率",
     ["threshold"], [([{"value": "-4"}], "6"), ([{"value": "0"}], "6"), ([{"value": "5"}], "3"), ([{"value": "12"}], "0")]),
    ("支出增长率≤5，得4分；每高于1个百分点扣1分，扣完为止", "4", "支出增长率", ["threshold"],
     [([{"value": "-2"}], "4"), ([{"value": "5"}], "4"), ([{"value": "7"}], "2"), ([{"value": "9.5"}], "0")]),
    # equal points named before their share (各占, 各得)
    ("制度健全、台账完整、按时报送各占2分", "6", "管理", ["checklist"],
     [([{"points": {"p1": "met", "p2": "not_met", "p3": "met"}}], "4"), ([{"points": {"p1": "not_met", "p2": "not_met", "p3": "not_met"}}], "0")]),
    ("年度计划、培训记录和考核结果，各得1分", "3", "培训管理", ["checklist"],
     [([{"points": {"p1": "met", "p2": "met", "p3": "not_met"}}], "2")]),
    # points listed with their own points, one after another
    ("制度建设3分、台账管理2分、资料报送1分", "6", "管理", ["checklist"],
     [([{"points": {"p1": "met", "p2": "not_met", "p3": "met"}}], "4")]),
    # the target's cell joined before the scoring words: the value that opens the text is the line
    ("3次 每少1次扣1分，扣完为止", "3", "培训次数", ["threshold"],
     [([{"value": "4"}], "3"), ([{"value": "2"}], "2"), ([{"value": "0"}], "0")]),
    ("≤5% 每高于1个百分点扣1分，扣完为止", "4", "预算偏差", ["threshold"],
     [([{"value": "3"}], "4"), ([{"value": "5"}], "4"), ([{"value": "7"}], "2"), ([{"value": "12"}], "0")]),
    # all or nothing
    ("按时报送得2分，否则不得分", "2", "报送", ["all_or_nothing"], [([{"met": True}], "2"), ([{"met": False}], "0")]),
    # the one situation that scores, on the whole 分值: none otherwise
    ("有应急预案，得2分", "2", "应急管理", ["all_or_nothing"], [([{"met": True}], "2"), ([{"met": False}], "0")]),
    ("资料齐全，得满分", "3", "资料", ["all_or_nothing"], [([{"met": True}], "3"), ([{"met": False}], "0")]),
]


@pytest.mark.parametrize("text,weight,name,types,situations", EXACT, ids=[e[0][:14] for e in EXACT])
def test_wording_is_read_exactly_and_with_confidence(text, weight, name, types, situations):
    p = propose(text, weight, name)
    assert p.confident, p.unplaced
    assert p.confidence == "可采用" and p.unplaced == []
    assert [it["type"] for it in p.items] == types
    assert sum(Decimal(it["max"]) for it in p.items) == Decimal(weight)
    for inputs, want in situations:
        assert total(p, inputs) == Decimal(want), (inputs, p.items)


def test_situations_score_as_their_words_say():
    p = propose("有绩效目标，2分；无绩效目标，0分", "2", "目标设置")
    assert total(p, [{"option": option(p, "有绩效目标")}]) == 2
    assert total(p, [{"option": option(p, "无绩效目标")}]) == 0
    p = propose("制度规范的得8分，不规范的扣8分", "8", "制度执行")
    assert total(p, [{"option": option(p, "不规范")}]) == 0
    p = propose("开展工作的得1分；取得明显成效的得2分；未开展的不得分", "2", "工作开展")
    assert p.confident and p.items[0]["type"] == "choice"  # the best situation reaches the 分值: pick one
    assert total(p, [{"option": option(p, "明显成效")}]) == 2
    assert total(p, [{"option": option(p, "开展工作")}]) == 1
    p = propose("资料完整，按时报送，得满分资料不全或逾期，不得分", "2", "资料报送")
    assert total(p, [{"option": option(p, "资料完整")}]) == 2
    assert total(p, [{"option": option(p, "资料不全")}]) == 0
    p = propose("有健全的管理制度且执行有效得3分，有制度但执行不到位得1分，无制度不得分", "3", "制度建设")
    assert total(p, [{"option": option(p, "执行不到位")}]) == 1
    assert total(p, [{"option": option(p, "无制度")}]) == 0


def test_spans_say_which_words_each_phrase_consumed():
    p = propose("预算执行率≥90%得满分，每低于1个百分点扣0.5分，扣完为止", "5", "预算执行率")
    assert p.confident
    words = {p.text[a:b]: what for a, b, what in p.spans}
    assert words["≥90%"] == "数值" and words["得满分"] == "分值"
    assert words["每低于1个百分点"] == "每" and words["扣0.5分"] == "扣分" and words["扣完为止"] == "下限"
    assert words["预算执行率"] == "描述"
    assert "扣完为止" in p.matched
    assert p.text == normalize("预算执行率≥90%得满分，每低于1个百分点扣0.5分，扣完为止")


# ── texts with something the proposer cannot place: 请核对, words named ─────
#: (text, 分值, indicator, words that must be named among the unplaced)
DOUBTFUL = [
    # a clause no rule reads
    ("每发现1例扣0.5分，扣完为止，情节严重的移交纪检部门", "3", "合规", ["情节严重的移交纪检部门"]),
    ("≥90%得满分，每低于1%扣0.5分，扣完为止，并提供第三方检测报告", "5", "合格率", ["并提供第三方检测报告"]),
    # a score after the deducting, which a deduction rule does not hold
    ("每发现1例扣0.5分，扣完为止；获得省级表彰的得满分", "3", "合规", ["获得省级表彰的得满分"]),
    ("每发现1处不规范扣0.5分，扣完为止；发现重大违规问题的，本项不得分", "3", "合规", ["本项不得分"]),
    # the same in one part of a composite text
    ("1.资料齐全得2分，否则不得分；2.每发现1例扣1分，扣完为止，获得表彰的得满分（3分）", "5", "资料与合规", ["获得表彰的得满分"]),
    # a number no parameter uses
    ("群众满意度≥90%得满分，每降低1%扣0.2分，扣完为止；满意度低于70%不得分", "5", "满意度", ["满意度低于70%不得分"]),
    ("设备完好率达到98%的得满分，每下降1个百分点扣0.5分，最多扣2分", "5", "完好率", ["最多扣2分"]),
    ("年内至少开展3次培训得满分，每少1次扣1分，扣完为止，培训记录不全的不计次数", "3", "培训", ["记录不全的不计次数"]),
    # a deduction that never stops
    ("每发现1例扣0.5分", "3", "合规", ["扣完为止"]),
    # the best band does not reach the 分值
    ("≥95%得4分；90%-95%得3分；<90%不得分", "5", "合格率", ["最高一档得分 4 分"]),
    # 扣完为止 in a rule that does not deduct per case
    ("数据真实准确得3分，存在数据错误扣0.5分，扣完为止", "3", "数据质量", ["扣完为止"]),
    # a statement of 0 the rule has no place for (the key point is lost)
    ("①项目立项符合规划，②程序规范，③资料齐全，各1分；①不符合的，本项不得分", "3", "立项", ["本项不得分"]),
    # a band end claimed by two bands: 以下 includes the number, and so does the range starting at it
    ("百分之九十以上得满分，百分之八十至九十得三分，百分之八十以下不得分", "5", "完成程度", ["80%同时归入两档"]),
    ("偏差率为0，计4分；0-5%（含），计3分；5%-10%（含），计1分；10%以上不得分", "4", "预算偏差", ["10%同时归入两档"]),
    # one case deducted as a situation: only that case, or each case?
    ("均落实，得满分有1项未落实，扣1分", "3", "落实", ["按例数逐次扣分"]),
    # equal points the text does not name: their number is the 分值 over the share
    ("已建立，各得2分", "6", "管理", ["要点共 3 个"]),
    ("1项1分，完成即得分，未完成不得分", "4", "任务完成", ["要点共 4 个"]),
    # named points read as a list, with a word of the share not placed
    ("1、有年度计划；2、有培训记录；3、有考核结果。每项各2分", "6", "培训", ["每项"]),
    # a rule stated and its breach scoring 0: full marks otherwise is implied, not said
    ("会计账簿的设置符合规定。违规设置账外账的，不得分。", "2", "账簿", ["满足时得满分，评分标准未明说"]),
    # a figure in a condition: the team judges whether it is reached
    ("服务满意度排名前3位，得2分", "2", "满意度", ["条件中的数值"]),
    # a score on less than the 分值 is not the one situation that scores
    ("有应急预案，得1分", "2", "应急管理", ["有应急预案,得1分"]),
    # cells joined where a counted case follows the score (“得满分一项未落实”)
    ("制度健全，得满分一项未执行，扣1分", "1", "制度", ["按例数逐次扣分"]),
    # the same after a lead-in, with words the list does not place
    ("考查3项工作的完成情况。其中：制度建设3分、台账管理2分、资料报送1分，每完成1项取得该项分数", "6", "管理", ["取得该项分数"]),
    # the same with words of how it is checked, or a target named but not placed
    ("≥90% 查看年度台账，每低于1%扣0.5分，扣完为止", "5", "监测覆盖率", ["查看年度台账"]),
    ("300天 每低于目标值1天扣0.1分，扣完为止", "6", "达标天数", ["目标值"]),
    # a part that is a condition with a figure no rule compares: a point, or a 全有或全无, to check
    ("1.按时制定实施方案（2分）；2.资金配套达到总投资的20%以上，得3分", "5", "资金配套", ["条件中的数值"]),
    ("1.确保验收合格率达95%以上，资料归档完整，否则不得分（4分）；2.建立管护制度（2分）", "6", "验收管护", ["条件中的数值"]),
    # faults each costing their points, adding up to the 分值: each taken once, to check
    ("未建立管理制度扣3分；台账不全扣2分，未按时报送扣1分", "6", "管理", ["只扣一次"]),
    # situations of one sentence read apart, with a sentence after them that is not placed
    ("按规定公开的得2分，部分公开的得1分，未公开的不得分；公开内容不含涉密信息", "2", "公开", ["公开内容不含涉密信息"]),
    # words of judgement
    ("资料齐全的得2分，不齐全的酌情扣分", "2", "资料", ["酌情"]),
    # a step read as a situation: the label holds a step, not a condition
    ("合格率100%得满分，每降低1个百分点扣1分", "5", "合格率", ["扣完为止"]),
    # a line on a count that is a case of three, not three cases (the count of the 每 is one)
    ("年内至少开展3次培训得满分，每少1次扣1分", "3", "培训", ["扣完为止"]),
    # a remainder of a step that is not one unit
    ("系统可用率≥99.9%得满分，每降低0.1%扣1分，扣完为止", "5", "系统可用率", ["不足一档"]),
    # a second condition joined to the measured value: bands or a line on the value alone would drop it
    ("完成年度栽植任务且成活率达90%的得满分。完不成任务且成活率低于90%的不得分。", "20", "栽植", ["任务且成活率"]),
    ("按期交付并且验收合格率达95%以上的得10分，合格率低于95%的不得分", "10", "交付验收", ["按期交付并且验收合格率"]),
    ("资料报送及时同时知晓率达到90%的得满分，每低1个百分点扣0.5分", "5", "知晓率", ["资料报送及时同时"]),
]


@pytest.mark.parametrize("text,weight,name,words", DOUBTFUL, ids=[e[0][:14] for e in DOUBTFUL])
def test_unplaced_words_leave_the_proposal_to_check(text, weight, name, words):
    p = propose(text, weight, name)
    assert not p.confident and p.confidence == "请核对"
    assert p.unplaced
    named = "".join(p.unplaced)
    for word in words:
        assert word in named, p.unplaced
    assert p.notes  # the reason, in the evaluator's words


def test_equal_points_not_named_are_counted_from_the_share():
    """Flagged, but the rule proposed scores as the words say: one share for each point met."""
    p = propose("已建立，各得2分", "6", "管理")
    assert not p.confident and [it["type"] for it in p.items] == ["checklist"]
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["2", "2", "2"]
    assert total(p, [{"points": {"p1": "met", "p2": "met", "p3": "not_met"}}]) == Decimal(4)
    p = propose("1、有年度计划；2、有培训记录；3、有考核结果。每项各2分", "6", "培训")
    assert [pt["label"] for pt in p.items[0]["params"]["points"]] == ["有年度计划", "有培训记录", "有考核结果"]
    # a share the 分值 does not hold a whole number of times, or a count that disagrees, is not this reading
    assert propose("已建立，各得4分", "6", "管理").kind != "checklist"
    assert propose("共4项，1项2分，完成即得分", "6", "管理").kind != "checklist"


def test_only_situations_stated_score_and_the_rest_scores_none():
    """Flagged readings of a rule and its breach, and of a figure in a condition, still score as their words say."""
    for text, weight in (("会计账簿的设置符合规定。违规设置账外账的，不得分。", "2"), ("服务满意度排名前3位，得2分", "2")):
        p = propose(text, weight, "指标")
        assert not p.confident and [it["type"] for it in p.items] == ["all_or_nothing"]
        assert total(p, [{"met": True}]) == Decimal(weight) and total(p, [{"met": False}]) == 0
    p = propose("制度健全，得满分一项未执行，扣1分", "1", "制度")
    assert p.text == "制度健全,得满分;1项未执行,扣1分" and [it["type"] for it in p.items] == ["choice"]
    assert sorted(Decimal(o["score"]) for o in p.items[0]["params"]["options"]) == [0, 1]


@pytest.mark.parametrize("text,unit", [("每发现1条错误信息扣0.5分，扣完为止", "条"), ("每超出编制1人扣0.5分，扣完为止", "人"),
                                       ("每发生1起安全事故扣1分，扣完为止", "起"), ("每有1家单位未报送扣0.5分，扣完为止", "家"),
                                       ("培训每少1人次扣0.1分，扣完为止", "人次")])
def test_units_the_deduction_reader_returns_are_units_the_rule_offers(text, unit):
    from services.scoring.rules import RULES
    p = propose(text, "3", "管理")
    assert [it["type"] for it in p.items] == ["deduction"]
    assert p.items[0]["params"]["unit"] == unit
    offered = next(par.choices for par in RULES["deduction"].params if par.name == "unit")
    assert unit in [key for key, _label in offered]
    assert total(p, [{"count": 2}]) == Decimal(3) - 2 * Decimal(p.items[0]["params"]["per"])


def test_points_listed_with_their_points_score_each_point_met():
    p = propose("考查3项工作的完成情况。其中：制度建设3分、台账管理2分、资料报送1分，每完成1项取得该项分数", "6", "管理")
    assert [pt["label"] for pt in p.items[0]["params"]["points"]] == ["制度建设", "台账管理", "资料报送"]
    assert total(p, [{"points": {"p1": "not_met", "p2": "met", "p3": "met"}}]) == Decimal(3)
    # points that do not add up to the 分值 are not this reading
    assert propose("制度建设3分、台账管理2分、资料报送1分", "7", "管理").kind == "judgement"


def test_a_target_opening_the_text_is_the_line_of_its_step():
    p = propose("300天 每低于目标值1天扣0.1分，扣完为止", "6", "达标天数")
    assert p.items[0]["params"]["full_at"] == "300" and p.items[0]["params"]["unit"] == "天"
    assert total(p, [{"value": "310"}]) == 6 and total(p, [{"value": "290"}]) == 5
    # a line and a step that point different ways are not read as one 达标线
    assert propose("≥90% 每高于1%扣1分，扣完为止", "5", "合格率").kind != "threshold"


def test_a_part_with_a_figure_in_its_condition_scores_as_its_words_say():
    p = propose("1.按时制定实施方案（2分）；2.资金配套达到总投资的20%以上，得3分", "5", "资金配套")
    assert [it["type"] for it in p.items] == ["checklist"]
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["2", "3"]
    assert total(p, [{"points": {"p1": "met", "p2": "not_met"}}]) == Decimal(2)
    p = propose("1.确保验收合格率达95%以上，资料归档完整，否则不得分（4分）；2.建立管护制度（2分）", "6", "验收管护")
    assert [(it["type"], it["max"]) for it in p.items] == [("all_or_nothing", "4"), ("all_or_nothing", "2")]
    assert p.items[0]["params"]["condition"] == "确保验收合格率达95%以上,资料归档完整"
    assert total(p, [{"met": False}, {"met": True}]) == Decimal(2)
    # a part that deducts, or that scores below its line, is not a condition to check: its line is read as bands
    # (nothing below it), the score at the line not said (to check)
    p = propose("1.按时制定实施方案（2分）；2.资金配套低于20%的不得分（3分）", "5", "资金配套")
    assert [it["type"] for it in p.items] == ["all_or_nothing", "tiers"] and not p.confident
    assert total(p, [{"met": True}, {"value": "19"}]) == Decimal(2)
    assert total(p, [{"met": True}, {"value": "20"}]) == Decimal(5)


def test_lines_on_a_ladder_score_the_highest_line_reached():
    p = propose("完成率达到60%得1分；达到80%得2分；达到100%得3分；未达到60%不得分", "3", "任务完成")
    assert [it["type"] for it in p.items] == ["tiers"]
    for value, want in (("100", 3), ("85", 2), ("80", 2), ("60", 1), ("59", 0)):
        assert total(p, [{"value": value}]) == want, value
    p = propose("达到60%得1分；达到80%得2分；达到100%得3分", "3", "任务完成")
    assert not p.confident and "“0%时的得分未说明”" in p.unplaced  # nothing is said below the lowest line
    assert total(p, [{"value": "90"}]) == 2


def test_faults_that_add_up_to_the_points_take_each_its_points():
    p = propose("未建立管理制度扣3分；台账不全扣2分，未按时报送扣1分", "6", "管理")
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["3", "2", "1"]
    assert p.items[0]["params"]["points"][1]["label"] == "无：台账不全"
    # no fault found: full marks; the second fault found: its 2 points off
    assert total(p, [{"points": {"p1": "met", "p2": "met", "p3": "met"}}]) == Decimal(6)
    assert total(p, [{"points": {"p1": "met", "p2": "not_met", "p3": "met"}}]) == Decimal(4)
    # faults that do not add up to the 分值, or one counted per case, are not this reading
    assert propose("未建立管理制度扣3分；台账不全扣2分", "6", "管理").kind != "checklist"
    assert propose("未建立管理制度扣3分；每发现1处台账不全扣1分，扣完为止", "4", "管理").kind != "checklist"


@pytest.mark.parametrize("text,weight,faults", [
    # the larger fault first, then the smaller; faults found “一经发现”
    ("规范执行预算批复（3分）。未按批复调整预算的，一经发现扣2分；预算公开不及时的，扣1分", "3",
     [("调整预算", "2"), ("公开不及时", "1")]),
    # the smaller first: each keeps its own points, whatever the order
    ("规范执行预算批复（3分）。预算公开不及时的，扣1分；未按批复调整预算的，一经发现扣2分", "3",
     [("公开不及时", "1"), ("调整预算", "2")]),
    # the total after a colon, the faults in one sentence
    ("安全管理到位(2分):未开展安全培训的扣0.5分,未建立安全台账的扣1.5分", "2",
     [("安全培训", "0.5"), ("安全台账", "1.5")]),
    # three faults, the dearest in the middle
    ("档案管理规范（4分）；档案未分类的扣1分；借阅无登记的扣2分；未专人保管的扣1分", "4",
     [("未分类", "1"), ("借阅无登记", "2"), ("专人保管", "1")]),
])
def test_faults_after_a_total_in_brackets_take_each_its_own_points(text, weight, faults):
    """Each fault costs the points written after it — never what the 分值 less them leaves, nor another fault's."""
    p = propose(text, weight, "执行")
    assert [it["type"] for it in p.items] == ["checklist"], p.summary
    assert not p.confident and any("只扣一次" in u for u in p.unplaced)
    points = p.items[0]["params"]["points"]
    assert [(word in pt["label"], pt["max"]) for (word, _pts), pt in zip(faults, points)] == [
        (True, pts) for _word, pts in faults]
    everything_met = {pt["key"]: "met" for pt in points}
    assert total(p, [{"points": everything_met}]) == Decimal(weight)
    for found, (_word, pts) in zip(points, faults):  # one fault found: its own points off, no more, no less
        assert total(p, [{"points": {**everything_met, found["key"]: "not_met"}}]) == Decimal(weight) - Decimal(pts)
    assert total(p, [{"points": {pt["key"]: "not_met" for pt in points}}]) == 0


def test_faults_are_not_points_left_of_the_points_nor_a_total_of_another_size():
    # a total in brackets that is not the 分值: not the faults of this indicator
    assert propose("规范执行预算批复（5分）。未按批复调整预算的，一经发现扣2分；预算公开不及时的，扣1分", "5",
                   "执行").kind != "checklist"
    # faults after a full-marks situation may both be found: never a choice between them, and never sure;
    # adding up to the 分值, each is a point worth its own deduction
    p = propose("规范执行预算批复的得3分；未按批复调整预算的扣2分；预算公开不及时的扣1分", "3", "执行")
    assert not p.confident and p.kind == "checklist"
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["2", "1"]
    p = propose("规范执行预算批复的得4分；未按批复调整预算的扣2分；预算公开不及时的扣1分", "4", "执行")
    assert not p.confident and p.kind != "checklist"
    # a deduction that takes the whole 分值 is the situation of 0, read with confidence as before
    p = propose("制度规范的得8分，不规范的扣8分", "8", "制度执行")
    assert p.confident and sorted(Decimal(o["score"]) for o in p.items[0]["params"]["options"]) == [0, 8]


@pytest.mark.parametrize("text,weight,once", [
    ("台账登记准确、报表汇总一致的，计3分；台账登记错一处扣0.5分，报表汇总不一致扣0.5分，扣完为止", "3", "报表汇总不一致扣0.5分"),
    ("报表汇总不一致扣1分，台账登记每错1处扣0.5分，扣完为止", "3", "报表汇总不一致扣1分"),
    ("资料每缺1份扣0.5分，扣完为止；未按时报送扣1分", "3", "未按时报送扣1分"),
    ("评审记录完整的得2分；评审记录每缺1份扣0.2分，结论与记录不符扣0.2分，未签字扣0.2分，扣完为止", "2", "结论与记录不符扣0.2分"),
])
def test_deductions_for_different_faults_are_not_one_deduction_per_case(text, weight, once):
    """One fault counted per case and others taken once when found: one deduction per case would count every
    fault as a case of the first, so the proposal is a formula of the faults, the one taken once a 0/1 variable."""
    p = propose(text, weight, "计分")
    assert p.kind == "formula", p.summary
    variables = p.items[0]["params"]["variables"]
    fault = once.rsplit("扣", 1)[0]
    taken_once = [v for v in variables if fault in v["label"]]
    assert len(taken_once) == 1 and taken_once[0]["label"].startswith("是否") and taken_once[0]["unit"] == ""
    amount = Decimal(once.rsplit("扣", 1)[1].rstrip("分"))
    none = {v["name"]: "0" for v in variables}
    assert total(p, [{"vars": none}]) == Decimal(weight)
    assert total(p, [{"vars": {**none, taken_once[0]["name"]: "1"}}]) == Decimal(weight) - amount
    assert total(p, [{"vars": {v["name"]: "9" for v in variables}}]) == 0


def test_deductions_all_counted_per_case_are_still_one_deduction():
    p = propose("每发现1处台账错误扣0.5分，每发现1处报表错误扣0.5分，扣完为止", "3", "计分")
    assert p.confident and [it["type"] for it in p.items] == ["deduction"]
    assert total(p, [{"count": 3}]) == Decimal("1.5")


def test_a_time_limit_kept_scores_full_and_each_step_over_it_deducts():
    for text, weight, over, want in (("在计划工期内完成的，得满分；超过计划工期的，每超过5%扣1分，扣完为止", "5", "110", 3),
                                     ("在规定时间内完成的得满分，实际用时与计划每相差10%扣2分，扣满10分为止", "10", "130", 4)):
        p = propose(text, weight, "完成及时性")
        assert [it["type"] for it in p.items] == ["upper_bound"], p.summary
        assert p.items[0]["params"]["limit_label"] == "计划用时"
        # finished early: 相差 counts one way only, since the text gives full marks within the limit
        assert total(p, [{"actual": "80", "limit": "100"}]) == Decimal(weight)
        assert total(p, [{"actual": over, "limit": "100"}]) == want
    # a difference either way with no full marks within a limit is not a limit
    assert propose("与计划每相差3%扣1分，扣满15分为止", "15", "完成量").kind != "upper_bound"


def test_situations_of_one_sentence_are_read_apart_when_a_sentence_follows():
    p = propose("资料齐全的得3分，基本齐全的得2分，缺失较多的不得分；另有违规的，酌情扣分", "3", "资料")
    assert not p.confident and [it["type"] for it in p.items] == ["choice"]
    assert [(o["label"], o["score"]) for o in p.items[0]["params"]["options"]] == [
        ("资料齐全", "3"), ("基本齐全", "2"), ("缺失较多", "0")]
    assert total(p, [{"option": option(p, "基本齐全")}]) == Decimal(2)


@pytest.mark.parametrize("shares,broken,weight,maxes", [
    ("具备要素1得30%，具备要素2得30%，具备要素3得40%。", "具备要素1得30%，具备要素2得30%，具备要素3得30%。", "5", ["1.5", "1.5", "2"]),
    ("具备要素1得40%，其余要素每符合一项增加30%。", "具备要素1得40%，其余要素每符合一项增加20%。", "5", ["2", "1.5", "1.5"]),
    ("具备一个得分要素业绩值加1。业绩值为3得满分，每降低1扣除权重分的1/3，扣完为止。",
     "具备一个得分要素业绩值加1。业绩值为4得满分，每降低1扣除权重分的1/4，扣完为止。", "6", ["2", "2", "2"]),
])
def test_scoring_elements_are_points_worth_their_share(shares, broken, weight, maxes):
    listed = "得分要素：1.有实施方案；2.方案经过论证；3.方案按程序报批。"
    p = propose(listed + shares, weight, "方案编制")
    assert [it["type"] for it in p.items] == ["checklist"], p.summary
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == maxes
    assert [pt["label"] for pt in p.items[0]["params"]["points"]] == ["有实施方案", "方案经过论证", "方案按程序报批"]
    met = {"p1": "met", "p2": "not_met", "p3": "met"}
    assert total(p, [{"points": met}]) == Decimal(maxes[0]) + Decimal(maxes[2])
    # shares that do not make up the whole are not this reading
    assert "得分要素" not in propose(listed + broken, weight, "方案编制").summary


def test_one_case_that_may_happen_again_is_a_deduction_per_case_to_check():
    p = propose("均落实，得满分有1项未落实，扣1分", "3", "落实")
    assert [it["type"] for it in p.items] == ["deduction"] and not p.confident
    assert any("按例数逐次扣分" in u for u in p.unplaced)
    assert total(p, [{"count": 0}]) == 3 and total(p, [{"count": 1}]) == 2 and total(p, [{"count": 2}]) == 1
    # a case that costs the whole 分值 can happen once only: two situations
    p = propose("均落实，得满分有1项未落实，扣3分", "3", "落实")
    assert [it["type"] for it in p.items] == ["choice"] and not p.confident


def test_a_text_read_whole_confidently_before_is_still_read_after_normalising_numerals():
    a = propose("每发现一例扣零点五分，扣完为止", "2", "合规")
    b = propose("每发现1例扣0.5分，扣完为止", "2", "合规")
    assert a.confident and b.confident and a.items == b.items


def test_percent_words_are_not_points():
    assert normalize("占计划的百分比") == "占计划的百分比"
    assert normalize("三分之一") == "三分之一"
    assert normalize("扣满十分为止") == "扣满10分为止"
    assert normalize("每低于两个百分点扣一分") == "每低于2个百分点扣1分"


# ── property: words appended to a text read with confidence are never ignored ─
RECOGNISED = [(text, weight, name) for text, weight, name, _t, _s in EXACT]
_FILLER_CHARS = set("的得计记为分时则且即及和与或")
_NUMERALS = set("零〇一二两三四五六七八九十百千万半")
garbage = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=10).filter(
    lambda g: not set(g) & _NUMERALS and len(set(g) - _FILLER_CHARS) >= 2 and not FILLER.match(g))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from(RECOGNISED), extra=garbage, sep=st.sampled_from(["，", "；", "。", ""]))
def test_garbage_appended_to_a_recognised_text_is_never_confident(base, extra, sep):
    text, weight, name = base
    assume(extra not in text)  # (words of the text said again are no garbage: “…扣完为止，扣完为止”)
    assert propose(text, weight, name).confident
    p = propose(text.rstrip("。") + sep + extra, weight, name)
    assert not p.confident, (text + sep + extra, p.summary)


# ── the wordings behind confident wrong proposals ───────────────────────────
@pytest.mark.parametrize("text,weight,faults", [
    # each fault and its deduction after a comma (“…的,扣1分”), the cheaper first
    ("未按规定建立资金台账的,扣1分;未按时报送统计数据的,扣2分。", "3", [("资金台账", "1"), ("统计数据", "2")]),
    # the dearer first: each keeps its own points, in the text's order
    ("未按时报送统计数据的,扣2分;未按规定建立资金台账的,扣1分。", "3", [("统计数据", "2"), ("资金台账", "1")]),
])
def test_faults_with_a_deduction_after_a_comma_take_each_its_own_points(text, weight, faults):
    """“…的,扣1分;…的,扣2分” adding up to the 分值: each fault is a point worth its own deduction, never what the
    分值 less it leaves (which would swap their points)."""
    p = propose(text, weight, "管理")
    assert [it["type"] for it in p.items] == ["checklist"], p.summary
    points = p.items[0]["params"]["points"]
    assert [(word in pt["label"], pt["max"]) for (word, _pts), pt in zip(faults, points)] == [
        (True, pts) for _word, pts in faults]
    met = {pt["key"]: "met" for pt in points}
    for found, (_word, pts) in zip(points, faults):  # one fault found: its own deduction off
        assert total(p, [{"points": {**met, found["key"]: "not_met"}}]) == Decimal(weight) - Decimal(pts)
    # near miss: faults that do not add up to the 分值 are not its points, and never sure
    p = propose(text, "5", "管理")
    assert p.kind != "checklist" and not p.confident


@pytest.mark.parametrize("text,weight", [
    ("宣传材料不全、台账不清、报送不及时、档案不规范各扣1分。", "4"),
    ("制度健全、执行到位计4分。制度不健全、执行不到位、台账不清、档案不全各扣1分。", "4"),
    ("工作有计划计3分,无计划、无总结、无台账各扣1分", "3"),
])
def test_faults_listed_each_with_a_deduction_are_never_one_situation(text, weight):
    """“A、B、C各扣1分” after a list of faults: a deduction for each fault, never one situation labelled “…各”."""
    p = propose(text, weight, "班子建设")
    assert not p.confident
    for it in p.items:
        if it["type"] == "choice":
            assert not any(o["label"].endswith("各") for o in it["params"]["options"]), p.summary


def test_situations_that_all_score_get_none_of_them_at_zero_to_check():
    """“示范乡镇计3分,达标乡镇计1分”: a town that is neither cannot be scored from the text, so the situation
    “以上情形均不符合” scores 0, and the proposal says the text does not say it."""
    for text, scores in (("示范乡镇计3分,达标乡镇计1分。", ["3", "1", "0"]),
                         ("示范乡镇计3分,达标乡镇计2分,一般乡镇计1分。", ["3", "2", "1", "0"])):
        p = propose(text, "3", "创建等级")
        assert p.kind == "choice" and not p.confident
        assert [o["score"] for o in p.items[0]["params"]["options"]] == scores
        assert any("以上情形均不符合" in u and "未明说" in u for u in p.unplaced)
        assert total(p, [{"option": option(p, "以上情形均不符合")}]) == 0
        assert total(p, [{"option": option(p, "示范乡镇")}]) == 3
    # near misses: a text that says what the rest scores, or whose lowest situation is itself the failing one,
    # is read as it stands, with confidence
    p = propose("示范乡镇计3分,达标乡镇计1分,未达标不得分。", "3", "创建等级")
    assert p.confident and [o["score"] for o in p.items[0]["params"]["options"]] == ["3", "1", "0"]
    p = propose("示范乡镇计3分,未达标乡镇计1分。", "3", "创建等级")
    assert p.confident and [o["score"] for o in p.items[0]["params"]["options"]] == ["3", "1"]
    # a fault with its deduction beside the full situation: the situation without the fault is the full one
    p = propose("绩效目标规范计2分,不规范扣1分", "2", "目标")
    assert all(o["label"] != "以上情形均不符合" for o in p.items[0]["params"]["options"])


@pytest.mark.parametrize("text,weight,units", [
    ("合同不规范每份扣2分;发生安全责任事故1起扣2分,扣完为止。", "6", ["份", "起"]),
    ("村干部每缺席例会1次扣0.5分,每错报数据1例扣0.5分。", "2", ["次", "例"]),
])
def test_faults_counted_in_units_of_their_own_are_a_formula_of_two_counts(text, weight, units):
    """Two per-case faults of different things (counted in 份 and 起): one count of cases cannot stand for both;
    the proposal is a formula ``max - 2*a - 2*b``, never one deduction per case."""
    p = propose(text, weight, "执法")
    assert p.kind == "formula", p.summary
    variables = p.items[0]["params"]["variables"]
    assert [v["unit"] for v in variables] == units
    a, b = (v["name"] for v in variables)
    per = Decimal(p.items[0]["params"]["expression"].split("*")[0].split("-")[1].strip())
    assert total(p, [{"vars": {a: "1", b: "1"}}]) == Decimal(weight) - 2 * per
    assert total(p, [{"vars": {a: "0", b: "0"}}]) == Decimal(weight)


def test_faults_of_one_kind_with_one_amount_stay_one_deduction():
    """Near miss: faults counted in one unit (or in 个, which counts anything) with one amount are one deduction."""
    for text, unit in (("合同不规范每份扣2分;合同未备案每份扣2分,扣完为止。", "份"),
                       ("台账不规范每个扣0.5分;资料缺失每处扣0.5分,扣完为止。", None)):
        p = propose(text, "6", "合同")
        assert [it["type"] for it in p.items] == ["deduction"], p.summary
        if unit:
            assert p.items[0]["params"]["unit"] == unit


def test_a_word_named_with_what_it_was_read_as_is_listed_once():
    """The wizard lists the words a proposal could not place: a word is not listed bare beside the doubt that names
    it with its reading, and the proposal stays to check."""
    p = propose("完成年度计划目标得10分,完成目标的90%得9分,完成80%得8分,依次类推。", "10", "目标完成率")
    assert not p.confident
    assert "“依次类推”" not in p.unplaced
    assert [u for u in p.unplaced if u.startswith("“依次类推”：")]


@pytest.mark.parametrize("text, weight, share", [
    ("完成得满分,完成一半得5分,一半以下不得分", "10", "一半"),
    ("全部完成得满分,完成三分之二以上得3分,未完成不得分", "5", "三分之二"),
    ("全部完成得6分;完成八成以上的得4分;否则不得分", "6", "八成"),
    ("任务全部完成的得5分,半数以上完成的得3分,其余不得分", "5", "半数"),
])
def test_situations_that_are_shares_of_the_work_are_to_check(text, weight, share):
    """“完成一半得5分”: a situation named by a share of the work is a band of a completion rate in words; read as
    bands of the rate (tiers._shares_done) or, where the shares make no bands, as situations, but never with
    confidence, and the share is named."""
    p = propose(text, Decimal(weight))
    assert p.kind in ("choice", "tiers") and not p.confident
    assert any(share in u and "完成率分档" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("按时完成得3分,未完成不得分", "3"),
    ("已建立制度得2分,未建立不得分", "2"),
    ("成立工作专班的得2分,未成立的不得分", "2"),
])
def test_situations_without_a_share_of_the_work_stay_confident(text, weight):
    p = propose(text, Decimal(weight))
    assert p.confident and not any("完成率分档" in u for u in p.unplaced), (p.summary, p.unplaced)


@pytest.mark.parametrize("text, weight, degrees", [
    ("方案较完善,2分;方案基本完善,1分", "3", "方案较完善、方案基本完善"),
    ("制度健全得2分;制度较健全得1分", "3", "制度健全、制度较健全"),
    ("材料齐全2分,材料基本齐全1分", "3", "材料齐全、材料基本齐全"),
    ("台账规范得2分,台账比较规范得1分", "3", "台账规范、台账比较规范"),
])
def test_points_that_are_degrees_of_one_quality_are_to_check(text, weight, degrees):
    """“制度健全得2分;制度较健全得1分” on 3 points: the points add up to the 分值, but they name degrees of one quality,
    more likely situations to choose from; read as points, never with confidence, and the degrees are named."""
    p = propose(text, Decimal(weight))
    assert not p.confident
    assert any(u.startswith(f"“{degrees}：同一事项的不同程度") for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("(1)制度健全,计1分;(2)执行到位,计2分", "3"),
    ("建立制度得1分;制度执行到位得2分", "3"),
    ("①台账完整1分;②台账规范1分;③资料齐全1分", "3"),
])
def test_points_of_different_things_stay_confident(text, weight):
    p = propose(text, Decimal(weight))
    assert p.confident and len(p.items[0]["params"]["points"]) == len(text.split(";")), (p.summary, p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("符合标准的,得5分;字号、牌匾不清晰或营业时间等没有明示的,分别扣2.5分。", "5"),
    ("符合要求的得4分;台账不全或记录不及时的,均扣2分。", "4"),
    ("达到要求的得6分;方案未制定或未报备的,各扣3分", "6"),
])
def test_faults_each_taking_their_points_are_not_one_situation(text, weight):
    """“…不清晰或…没有明示的,分别扣2.5分”: each fault named takes its points, and two can come together (0 of 5), so
    the text is not two situations to pick from; whatever is proposed is to check, and the words are named."""
    p = propose(text, Decimal(weight))
    assert not p.confident, (p.summary, p.unplaced)
    if p.kind == "choice":
        assert any("各项分别扣分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("符合标准的得5分;字号、牌匾不清晰或营业时间没有明示的,扣2.5分。", "5"),
])
def test_faults_joined_by_or_taking_points_once_stay_one_situation(text, weight):
    p = propose(text, Decimal(weight))
    assert not any("各项分别扣分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text,weight,kind", [
    ("成活率达90%的得满分,成活率低于90%的不得分。", "20", "tiers"),
    ("环评执行“三同时”制度的执行率达100%得满分,每低1个百分点扣0.5分,扣完为止", "5", "threshold"),
    ("绩效目标完整且明确的得2分,否则不得分", "2", "all_or_nothing"),
])
def test_a_value_alone_or_a_judged_condition_with_and_stays_confident(text, weight, kind):
    """The near misses of a second condition joined to the measured value: the value alone (“三同时” is a name, not
    “at the same time”), and a condition judged whole, whose words may join two qualities."""
    p = propose(text, weight, "x")
    assert p.confident and [it["type"] for it in p.items] == [kind], (p.summary, p.unplaced)

"""Bands, deductions per case and composite texts: classes of wording the proposer reads exactly.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
Each is proposed a rule whose type and parameters are checked and which is scored in a few situations;
each class has a near miss that must not be confident.
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from services.scoring.rules.wording import normalize


def scores(p, inputs_list, item=0):
    it = p.items[item]
    assert check_item(it) == []
    return [score_item(it, inputs).score for inputs in inputs_list]


def value(v):
    return {"value": str(v)}


def count(n):
    return {"count": str(n)}


# ── deductions per case ─────────────────────────────────────────────────────
def test_traditional_characters_read_as_simplified():
    assert normalize("每發現一處扣0.5分,扣完為止。") == "每发现1处扣0.5分,扣完为止;"
    p = propose("每發現一處不規範的賬目扣0.5分,扣完為止。", "3", "會計核算")
    assert (p.kind, p.items[0]["params"]) == ("deduction", {"per": "0.5", "unit": "处"})
    assert p.confident
    assert scores(p, [count(0), count(2), count(9)]) == [Decimal(3), Decimal(2), Decimal(0)]


def test_one_case_counted_by_yi_qi():
    p = propose("发生一起安全责任事故扣2分,扣完为止", "6", "安全生产")
    assert (p.kind, p.items[0]["params"]) == ("deduction", {"per": "2", "unit": "起"})
    assert p.confident
    assert scores(p, [count(0), count(1), count(4)]) == [Decimal(6), Decimal(4), Decimal(0)]
    # “一起” that does not count a case stays a word
    assert "1起" not in normalize("与主管部门一起研究制定方案")


def test_a_lead_restating_the_weight_is_dropped():
    p = propose("本项满分5分。每发现一份合同未备案扣1分,扣完为止。", "5", "合同管理")
    assert p.confident and p.kind == "deduction"
    assert scores(p, [count(3)]) == [Decimal(2)]
    # a lead stating other points than the 分值 is not dropped, and the proposal is to check
    q = propose("本项满分4分。每发现一份合同未备案扣1分,扣完为止。", "5", "合同管理")
    assert not q.confident


def test_a_case_counted_after_a_verb_of_fault():
    p = propose("按规定程序编制预算,得3分,漏报1个程序扣1分。", "3", "预算编制")
    assert (p.kind, p.items[0]["params"]) == ("deduction", {"per": "1", "unit": "个"})
    assert scores(p, [count(0), count(2), count(5)]) == [Decimal(3), Decimal(1), Decimal(0)]
    assert not p.confident  # where the deduction stops is not said
    assert any("为止" in u for u in p.unplaced)


def test_one_deduction_going_on_until_nothing_is_left_is_per_case():
    p = propose("台账登记不及时扣0.5分,扣完为止", "2", "台账管理")
    assert (p.kind, p.items[0]["params"]["per"]) == ("deduction", "0.5")
    assert scores(p, [count(1), count(3), count(6)]) == [Decimal("1.5"), Decimal("0.5"), Decimal(0)]
    # the same deduction without “扣完为止” is one situation, not read per case
    q = propose("台账登记不及时扣0.5分", "2", "台账管理")
    assert q.kind != "deduction" or not q.confident


def test_one_case_opening_its_clause():
    p = propose("设备采购是否符合合同约定(符合得2分,1个批次不符扣0.5分)", "2", "采购管理")
    assert (p.kind, p.items[0]["params"]["per"]) == ("deduction", "0.5")
    assert scores(p, [count(0), count(3)]) == [Decimal(2), Decimal("0.5")]
    assert not p.confident  # where the deduction stops is not said


# ── bands ───────────────────────────────────────────────────────────────────
def test_bands_cut_after_each_score_inside_a_sentence():
    p = propose("考核得分≥85分得满分,≥75分得4分,≥60分得2分,<60分不得分", "6", "考核结果")
    assert p.kind == "tiers"
    tiers = p.items[0]["params"]["tiers"]
    assert [t["score"] for t in tiers] == ["6", "4", "2", "0"]
    assert scores(p, [value(90), value(80), value(61), value(30)]) == [Decimal(6), Decimal(4), Decimal(2), Decimal(0)]


def test_a_lone_top_value_holds_the_values_above_it():
    p = propose("资金支付进度,100%:6分;80-100%:4分;60%-80%:2分;60%以下:0分", "6", "资金支付进度")
    assert p.kind == "tiers"
    top = p.items[0]["params"]["tiers"][0]
    assert (top["min"], top["max"], top["score"]) == ("100", None, "6")
    assert scores(p, [value(100), value(104), value(85), value(70), value(50)]) == [
        Decimal(6), Decimal(6), Decimal(4), Decimal(2), Decimal(0)]
    assert not p.confident  # 80% and 60%: which band holds them is not said
    q = propose("完成率100%,5分;95%(含)-100%,3分;低于95%,0分", "5", "任务完成情况")
    assert [t["score"] for t in q.items[0]["params"]["tiers"]] == ["5", "3", "0"]
    assert scores(q, [value(100), value(97), value(90)]) == [Decimal(5), Decimal(3), Decimal(0)]
    # a value after a sign is a line, not a lone value
    r = propose("完成率达到100%,5分;95%(含)-100%,3分;低于95%,0分", "5", "任务完成情况")
    assert r.items[0]["params"]["tiers"][0]["max"] is None


def test_requirement_met_before_bands_of_its_share():
    text = "达到要求,得满分考核病例数≥规定数的80%,得2分考核病例数<规定数的80%,不得分"
    p = propose(text, "5", "病例数")
    assert p.kind == "tiers"
    assert scores(p, [value(100), value(130), value(85), value(60)]) == [Decimal(5), Decimal(5), Decimal(2), Decimal(0)]
    # without bands that are shares of a requirement, “达到要求,得满分” is not read as 100%
    q = propose("达到要求,得满分;考核病例数≥80例,得2分;考核病例数<80例,不得分", "5", "病例数")
    assert not (q.kind == "tiers" and any(t["min"] == "100" for t in q.items[0]["params"]["tiers"]))


def test_points_by_rank():
    p = propose("各县市区按考核得分排名,在全省排名1-4名的依次赋予8分、7分、6分、5分", "8", "考核排名")
    assert p.kind == "tiers"
    assert [(t["min"], t["max"], t["score"]) for t in p.items[0]["params"]["tiers"]] == [
        ("1", "1", "8"), ("2", "2", "7"), ("3", "3", "6"), ("4", "4", "5")]
    assert scores(p, [value(1), value(3), value(4)]) == [Decimal(8), Decimal(6), Decimal(5)]
    q = propose("按人均绿地面积从高到低排序,分别得6、4、2分", "6", "绿地")
    assert q.kind == "tiers" and scores(q, [value(2)]) == [Decimal(4)]
    # a rank range that does not match the scores listed is not read
    r = propose("在全省排名1-5名的依次赋予8分、7分、6分", "8", "考核排名")
    assert r.kind != "tiers" or not r.confident
    assert not p.confident  # the ranks after the last are not said


def test_deductions_by_bands_of_shortfall():
    p = propose("比年度目标低3%以内的扣1分,低3%-8%的扣3分,低超过8%的扣5分", "4", "目标完成")
    assert p.kind == "tiers"
    # the value is the shortfall in %: 0 (target met) keeps the 分值, a deduction beyond it leaves 0
    assert scores(p, [value(0), value(2), value(3), value(5), value(8), value(12)]) == [
        Decimal(4), Decimal(3), Decimal(3), Decimal(1), Decimal(1), Decimal(0)]
    assert not p.confident  # the band of the target met is not stated in words
    # bands that do not meet end to end are not read
    q = propose("比年度目标低3%以内的扣1分,低5%-8%的扣3分", "4", "目标完成")
    assert q.kind != "tiers"


def test_a_line_on_a_percentage_with_nothing_below():
    p = propose("资料归档率达到95%以上得3分,否则不得分", "3", "资料归档")
    assert p.kind == "tiers" and p.confident
    assert scores(p, [value(95), value(99), value("94.9")]) == [Decimal(3), Decimal(3), Decimal(0)]
    q = propose("资料归档率高于95%,3分;否则,不计分", "3", "资料归档")
    assert q.kind == "tiers"
    assert scores(q, [value(95), value(96)]) == [Decimal(0), Decimal(3)]
    # a line whose points are not the 分值 is not this reading
    r = propose("资料归档率达到95%以上得2分,否则不得分", "3", "资料归档")
    assert not r.confident


# ── composite texts ─────────────────────────────────────────────────────────
def test_sentences_each_deducting_up_to_their_own_cap():
    text = ("发现1起项目未按期开工的,扣1分,扣满3分为止。"
            "发现1起资金未按规定拨付或拨付后未及时报账的,扣0.5分,扣满2分为止。")
    p = propose(text, "5", "项目管理")
    assert [(it["type"], it["max"], it["params"]["per"]) for it in p.items] == [
        ("deduction", "3", "1"), ("deduction", "2", "0.5")]
    assert scores(p, [count(1), count(5)], 0) == [Decimal(2), Decimal(0)]
    assert scores(p, [count(1), count(5)], 1) == [Decimal("1.5"), Decimal(0)]
    # caps that do not add up to the 分值 are not a reading to trust
    q = propose(text, "6", "项目管理")
    assert not q.confident


def test_a_sentence_stating_points_then_its_deductions():
    text = ("档案资料齐全、分类清楚,计2分。缺少资料的,每份扣0.5分;档案按规定装订成册的,计1分。"
            "每有1处未按规定装订的,扣0.2分,扣完为止。")
    p = propose(text, "3", "档案管理")
    assert [(it["type"], it["max"], it["params"]["per"]) for it in p.items] == [
        ("deduction", "2", "0.5"), ("deduction", "1", "0.2")]
    assert scores(p, [count(1)], 0) == [Decimal("1.5")]
    assert scores(p, [count(2), count(7)], 1) == [Decimal("0.6"), Decimal(0)]
    assert not p.confident  # the first part does not say where its deduction stops


def test_deductions_by_the_number_of_cases():
    p = propose("发现1起扣2分,2起及以上不得分", "5", "安全事故")
    assert p.kind == "tiers" and p.confident
    assert [(t["min"], t["max"], t["score"]) for t in p.items[0]["params"]["tiers"]] == [
        ("0", "0", "5"), ("1", "1", "3"), ("2", None, "0")]
    assert scores(p, [value(0), value(1), value(2), value(6)]) == [Decimal(5), Decimal(3), Decimal(0), Decimal(0)]
    q = propose("出现1次的,扣1分;出现2次的,扣2分;出现3次及以上的,本项不得分", "4", "信息报送")
    assert q.kind == "tiers" and q.confident
    assert scores(q, [value(2), value(3)]) == [Decimal(2), Decimal(0)]
    # counts that skip one are not read as bands
    r = propose("发现1起扣2分,3起及以上不得分", "5", "安全事故")
    assert r.kind != "tiers"


def test_a_composite_part_scored_by_rank():
    text = "年度考核达到优秀等次得6分,未达到不得分;各乡镇按人均培训时长从高到低排序,分别得4、3、2、1分。"
    p = propose(text, "10", "培训工作")
    assert [it["type"] for it in p.items][1] == "tiers"
    assert [it["max"] for it in p.items] == ["6", "4"]
    assert scores(p, [value(1), value(3)], 1) == [Decimal(4), Decimal(2)]
    assert not p.confident  # ranks after the fourth are not said


def test_part_points_closing_the_part_or_after_its_heading():
    text = "1.合同签订不规范、条款缺失的,每份扣0.5分,共2分。2.档案管理情况(1分)。未按规定归档的每项扣0.2分。"
    p = propose(text, "3", "合同与档案")
    assert [(it["type"], it["max"], it["params"]["per"]) for it in p.items] == [
        ("deduction", "2", "0.5"), ("deduction", "1", "0.2")]
    assert scores(p, [count(3)], 0) == [Decimal("0.5")]
    assert scores(p, [count(2)], 1) == [Decimal("0.6")]
    assert not p.confident  # neither part says where its deduction stops


def test_delays_said_as_late_reports():
    p = propose("每迟报1天扣0.5分,扣完为止", "3", "报表报送")
    assert (p.kind, p.items[0]["params"]) == ("delay", {"per": "0.5", "unit": "天", "grace": "0"})
    assert p.confident
    assert scores(p, [{"delay": "0"}, {"delay": "2"}, {"delay": "10"}]) == [Decimal(3), Decimal(2), Decimal(0)]
    q = propose("每晚报1个工作日扣0.2分,扣完为止", "1", "信息报送")
    assert (q.kind, q.items[0]["params"]["unit"], q.confident) == ("delay", "工作日", True)
    # a step of half a day does not say how a part of it counts
    r = propose("每迟报半天扣0.5分,扣完为止", "3", "报表报送")
    assert not r.confident


def test_each_thing_in_which_a_fault_is_found():
    p = propose("每个项目出现差错扣0.2分,扣完为止", "2", "项目审核")
    assert (p.kind, p.items[0]["params"]) == ("deduction", {"per": "0.2", "unit": "个"})
    assert p.confident
    assert scores(p, [count(0), count(4), count(20)]) == [Decimal(2), Decimal("1.2"), Decimal(0)]
    q = propose("资料完整,得2分,每个环节发现问题扣0.5分。", "2", "资料审核")
    assert q.kind == "deduction" and not q.confident  # where the deduction stops is not said


def test_parts_headed_by_their_points():
    text = "1、资料报送齐全的2分,缺1项扣0.5分,扣完为止;2、资料内容真实1分,不真实扣0.5分;3、按时报送计1分,逾期扣0.5分。"
    p = propose(text, "4", "资料报送")
    assert [(it["type"], it["max"]) for it in p.items] == [("deduction", "2"), ("choice", "1"), ("choice", "1")]
    assert scores(p, [count(1), count(5)], 0) == [Decimal("1.5"), Decimal(0)]
    assert sorted(o["score"] for o in p.items[1]["params"]["options"]) == ["0.5", "1"]
    # a heading whose points do not add up with the others to the 分值 is not confident
    q = propose(text, "5", "资料报送")
    assert not q.confident


def test_deductions_by_the_number_missing():
    p = propose("资料齐全得满分,缺1项扣1分,缺2项扣3分,缺3项及以上不得分", "5", "资料")
    assert p.kind == "tiers" and p.confident
    assert p.items[0]["params"]["value_label"] == "缺少项数"
    assert scores(p, [value(0), value(1), value(2), value(3)]) == [Decimal(5), Decimal(4), Decimal(2), Decimal(0)]


def test_a_second_fault_with_its_own_amount_is_not_one_more_case():
    # two faults, each with its own deduction, under one stop: one deduction per case would count a
    # missed report as a late one (0.5 instead of 1), so each fault is counted apart in a formula
    for text in ("每迟报一次扣0.5分，漏报一次扣1分；扣完为止。", "每发现一处错误扣0.5分,遗漏一处扣1分,扣完为止"):
        p = propose(text, "6", "报表报送")
        assert p.kind == "formula" and p.confident, (text, p.unplaced)
        assert score_item(p.items[0], {"vars": {"a": "2", "b": "1"}}).score == Decimal(4)
    # a graver case named within a lighter one may count under both: the formula is to be checked
    p = propose("每缺1项资料扣0.2分,缺1项关键资料扣0.5分,扣完为止", "6", "报表报送")
    assert p.kind == "formula" and not p.confident
    assert any("较重的情形" in u for u in p.unplaced), p.unplaced
    # the same amount for cases counted otherwise is one rule: 每2例扣1分 is 0.5 a case
    p = propose("每发现1例扣0.5分,发现2例扣1分,扣完为止", "3", "核查")
    assert not any("不是同一扣法" in u for u in p.unplaced)
    q = propose("每发现1例不合规支出扣0.5分,扣完为止", "3", "支出")
    assert q.kind == "deduction" and q.confident


# ── bands of deduction on a share named first ───────────────────────────────
def test_bands_of_deduction_on_a_named_share():
    p = propose("根据抽查差错户数占抽查总户数的比例,3%以内扣1分,3%-6%之间扣2分,6%以上不得分。", "6", "差错率")
    assert p.kind == "tiers"
    assert not p.confident  # whether none at all keeps the 分值 (“3%以内” read as above 0) is to check
    assert any("为 0 得满分" in u for u in p.unplaced) and len(p.unplaced) == 1, p.unplaced
    assert "差错户数占抽查总户数的比例" in p.items[0]["params"]["value_label"]
    assert scores(p, [value(0), value(2), value(3), value(4.5), value(7)]) == [6, 5, 5, 4, 0]
    p = propose("按漏报指标占应报指标的比率,4%以内扣2分,4%-8%扣4分,8%-12%扣6分;12%以上不得分", "10", "漏报")
    assert p.kind == "tiers"
    assert scores(p, [value(0), value(1), value(6), value(10), value(13)]) == [10, 8, 6, 4, 0]


def test_bands_of_deduction_near_misses():
    # deductions that do not grow from band to band, bands that leave a gap, no share named: not this reading
    for text in ("根据差错户数占总户数的比例,3%以内扣2分,3%-6%扣1分,6%以上不得分",
                 "根据差错户数占总户数的比例,3%以内扣1分,4%-6%扣2分,6%以上不得分",
                 "3%以内扣1分,3%-6%扣2分,6%以上不得分"):
        p = propose(text, "6", "差错率")
        assert not (p.kind == "tiers" and p.summary.startswith("分档计分：按差错户数")), text
        assert not p.confident, text


# ── a line on a counted figure ──────────────────────────────────────────────
def test_figure_line_or_nothing():
    p = propose("各乡镇禽流感防控经费5000元以上得分,否则不得分", "3", "防控经费")
    assert p.kind == "tiers"
    params = p.items[0]["params"]
    assert params["unit"] == "元" and params["tiers"][0]["min"] == "5000"
    assert scores(p, [value(5000), value(8000), value(4999)]) == [3, 3, 0]
    # the points below the line not said: read as none, to check
    p = propose("查看台账,专职检疫人员4人以上得2分", "2", "检疫人员")
    assert p.kind == "tiers" and not p.confident
    assert any("按不得分读" in u for u in p.unplaced)
    assert scores(p, [value(4), value(3)]) == [2, 0]
    # near misses: the points are not the 分值; a step per unit is not a line
    assert not propose("专职检疫人员4人以上得1分,否则不得分", "2", "检疫人员").confident
    assert propose("专职检疫人员每少1人扣0.5分", "2", "检疫人员").kind != "tiers"


def test_one_deduction_below_a_counted_line():
    p = propose("单位负责人主持召开的安全生产专题会议全年少于4次的,扣2分。", "5", "专题会议")
    assert p.kind == "tiers" and p.confident, p.unplaced
    assert p.items[0]["params"]["unit"] == "次"
    assert scores(p, [value(4), value(6), value(3), value(0)]) == [5, 5, 3, 3]  # one deduction, not one per meeting
    p = propose("全年开展应急演练不足2次的,扣3分", "3", "应急演练")
    assert scores(p, [value(2), value(1)]) == [3, 0]
    # near misses: a deduction per meeting short; a deduction larger than the 分值
    p = propose("专题会议全年每少1次扣2分", "5", "专题会议")
    assert p.kind != "tiers"
    assert propose("专题会议全年少于4次的,扣6分", "5", "专题会议").kind != "tiers"


def test_target_with_its_points_and_a_deduction_when_not_reached():
    p = propose("(2)年度简报数量,简报50篇得6分,未完成扣2分;", "6", "简报")
    assert p.kind == "tiers"
    assert not p.confident  # “50篇” read as 50 and more
    assert any("及以上" in u for u in p.unplaced)
    assert scores(p, [value(50), value(60), value(49)]) == [6, 6, 4]
    # the points are not the 分值: not this reading
    assert propose("简报50篇得4分,未完成扣2分", "6", "简报").kind != "tiers"


# ── a step with a cliff ─────────────────────────────────────────────────────
def test_step_with_a_cliff_to_nothing():
    p = propose("每迟交一天扣0.5分;迟交五天及以上不得分。", "4", "报送")
    assert p.kind == "tiers" and not p.confident  # a part day counted as a day: to check
    assert p.items[0]["params"]["unit"] == "天"
    assert scores(p, [value(0), value(1), value(3), value(4), value(5), value(9)]) == \
        [4, Decimal("3.5"), Decimal("2.5"), 2, 0, 0]
    p = propose("每缺1人扣1分,缺3人及以上不得分", "6", "人员")
    assert p.kind == "tiers"
    assert scores(p, [value(0), value(2), value(3)]) == [6, 4, 0]


def test_step_reaching_nothing_by_the_cliff_is_no_cliff():
    # 1 point a day on 2 points: two days reach 0 anyway, the per-day deduction stands
    p = propose("每迟交一天扣1分;迟交两天及以上不得分。", "2", "报送")
    assert p.kind == "delay"
    # the cliff named with another verb: not this reading
    assert propose("每迟交一天扣0.5分;漏报三天及以上不得分。", "4", "报送").kind != "tiers"

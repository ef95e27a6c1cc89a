"""Conditions that zero the whole item beside other scoring, in more shapes (see test_rule_proposal_gates.py).

Each class is tested in several wordings written for these tests in the style of published 评分标准, with the
near misses that must not be read that way. A gate is always to check (请核对); it counts for its score.
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from services.scoring.rules import check_item
from tests.proposals import by_vars, scored


def gated(p) -> dict:
    """The params of a one-item formula multiplied by a 0/1 gate named first, to check."""
    assert p.kind == "formula", (p.kind, p.summary, p.unplaced)
    assert len(p.items) == 1 and check_item(p.items[0]) == []
    params = p.items[0]["params"]
    gate = params["variables"][0]["name"]
    assert params["expression"].startswith(f"{gate} * ("), params["expression"]
    assert not p.confident and any("整项不得分" in u for u in p.unplaced), p.unplaced
    return params


def no_gate(p) -> None:
    assert not any(it["type"] == "formula" and "* (max" in it["params"].get("expression", "") for it in p.items), \
        p.summary


# ── a condition in words holding a rank, a class or a single case ──────────────────────────────
def test_a_condition_naming_two_levels_closes_the_deductions():
    for text in ("台账登记不规范扣2分,县乡两级数据不一致不得分",
                 "台账登记不规范的,扣2分;县乡两级数据不一致的,本项不得分。",
                 "台账登记不规范扣2分，县、乡两级数据不一致的此项不得分"):
        p = propose(text, "6", "台账")
        params = gated(p)
        assert params["expression"] == "g * (max - 2 * a)", text
        assert "2级数据不一致" in params["variables"][0]["label"], text
        assert by_vars(p, "1", "0") == 6
        assert by_vars(p, "1", "1") == 4
        assert by_vars(p, "0", "0") == 0


def test_a_single_case_zeroes_the_item_after_deductions_counted_per_case():
    for text in ("每发现1处错漏扣0.5分,扣完为止;发现弄虚作假一例的,本项不得分。",
                 "每发现一处错漏扣0.5分，扣完为止，出现弄虚作假1次该项不得分",
                 "错漏每处扣0.5分,扣完为止,发现1起弄虚作假的不得分"):
        p = propose(text, "3", "资料真实性")
        params = gated(p)
        assert params["expression"] == "g * (max - 0.5 * n)", (text, params)
        assert "弄虚作假" in params["variables"][0]["label"]
        assert by_vars(p, "1", "2") == 2
        assert by_vars(p, "1", "9") == 0
        assert by_vars(p, "0", "0") == 0


def test_near_miss_a_count_above_one_or_a_compared_figure_is_no_gate():
    # “2处以上”, “超过3天”, “3例”: a line on a count, not a condition in words
    for text in ("每发现1处错漏扣0.5分,扣完为止;错漏2处以上的不得分。",
                 "每迟报1天扣0.5分,扣完为止,迟报超过3天该项不得分",
                 "每发现1处错漏扣0.5分,扣完为止;发现弄虚作假3例的,本项不得分。",
                 "每发现1处错漏扣0.5分,扣完为止;错漏率达到2%的不得分。"):
        p = propose(text, "3", "资料")
        no_gate(p)
        assert not p.confident, text


# ── zeroing sentences, then a sentence opening with one more before its deductions ───────────────
def test_zeroing_sentences_then_one_more_zeroing_clause_before_the_deductions():
    for text in ("资金拨付按程序办理并及时公示记6分;未按程序办理不得分;未按标准足额拨付不得分,拨付不及时扣2分,未公示的扣2分。",
                 "资金拨付按程序办理并及时公示得6分；未按程序办理的，不得分；未按标准足额拨付的不得分，拨付不及时扣2分；未公示的扣2分",
                 "未按程序办理不得分;未按标准足额拨付不得分,拨付不及时扣2分,未公示的扣2分。"):
        p = propose(text, "6", "资金拨付")
        params = gated(p)
        assert params["expression"] == "g * (max - 2 * a - 2 * b)", (text, params)
        gate = params["variables"][0]["label"]
        assert "未按程序办理" in gate and "未按标准足额拨付" in gate, gate
        assert by_vars(p, "1", "0", "0") == 6
        assert by_vars(p, "1", "1", "1") == 2
        assert by_vars(p, "0", "0", "0") == 0


def test_near_miss_a_share_by_proportion_is_no_opening_condition():
    # “按比例” computes the points: the opening sentence is no condition in words
    p = propose("按比例拨付不得分;拨付不及时扣2分,未公示的扣2分。", "6", "资金拨付")
    no_gate(p)
    assert not p.confident


# ── numbered: full marks, a deduction per day late with its cap, a gate closing the text ────────
def test_numbered_full_marks_days_late_then_a_zeroing_condition_last():
    for text in ("1.按照有关规定拨付补助资金的,得4分。2.没有及时拨付的,每延迟1天扣1分,最多扣4分。3.没有按国库集中支付规定拨付的,不得分。",
                 "(1)按规定拨付补助资金,得4分;(2)未及时拨付的,每延迟1天扣1分,最多扣4分;(3)未按国库集中支付规定拨付的,不得分。",
                 "①按规定拨付补助资金的，得4分；②未及时拨付的，每延迟一天扣1分，最多扣4分；③不按国库集中支付规定拨付的，本项不得分。"):
        p = propose(text, "4", "资金拨付")
        params = gated(p)
        assert "国库集中支付" in params["variables"][0]["label"], (text, params)
        assert by_vars(p, "1", "0") == 4
        assert by_vars(p, "1", "3") == 1
        assert by_vars(p, "1", "9") == 0
        assert by_vars(p, "0", "0") == 0


def test_faults_taken_once_within_the_points_need_no_stop():
    # 2 + 1 of 6 points: all found still leaves 3, so no “扣完为止” is missing
    p = propose("未建立台账的不得分;台账未及时更新扣2分,台账未经审核扣1分。", "6", "台账")
    params = gated(p)
    assert params["expression"] == "g * (max - 2 * a - b)"
    assert not any("到何时为止" in u for u in p.unplaced), p.unplaced
    assert by_vars(p, "1", "1", "1") == 3
    # near miss: a count of cases may run past the points, the stop is missing
    p = propose("未建立台账的不得分;台账每缺1项扣2分。", "6", "台账")
    gated(p)
    assert any("到何时为止" in u for u in p.unplaced), p.unplaced


# ── “直至不得分”: where the deducting stops, not a zero of its own (read so, to check) ─────────
def test_until_nothing_is_left_said_as_until_no_points():
    for text, kind, inputs, expect in (
            ("每发现1处错误扣0.5分,直至不得分。", "deduction", {"count": 3}, "0.5"),
            ("每发现一处错误扣0.5分，直至本项不得分", "deduction", {"count": 9}, "0"),
            ("资料每缺1项扣1分,直至该项0分", "deduction", {"count": 1}, "1"),
            ("每迟报一天扣0.5分，直至不得分。", "delay", {"delay": 2}, "1")):
        p = propose(text, "2", "资料报送")
        assert p.kind == kind, (text, p.kind, p.summary, p.unplaced)
        # the one doubt: the stop said as the score it reaches, read as 扣完为止
        assert not p.confident and len(p.unplaced) == 1 and "按扣完为止" in p.unplaced[0], (text, p.unplaced)
        assert scored(p, inputs) == Decimal(expect), text


def test_near_miss_until_no_points_for_a_case_in_judged_words():
    # “情节严重的直至不得分”: when it goes to nothing is the team's judgement, never a sure reading
    p = propose("每发现1处错误扣0.5分,情节严重的直至不得分。", "2", "资料")
    assert not p.confident, p.summary


# ── the zero said in other words: 计零分, 不给分, 该项考核得零分, 一票否决; what goes beyond the row ─
def test_a_gate_said_with_other_zero_words_after_deductions_per_case():
    for text, cond in (("每发现1笔资金未按规定入账扣2分,扣完为止;有坐收坐支现象的计零分。", "坐收坐支"),
                       ("每发现一笔资金未按规定入账扣2分，扣完为止，弄虚作假的不给分", "弄虚作假"),
                       ("资金未按规定入账的每笔扣2分,扣完为止;发生挪用资金的,该项考核得零分。", "发生挪用资金"),
                       ("每发现1笔资金未按规定入账扣2分,扣完为止;发生挪用资金的,实行“一票否决”。", "发生挪用资金")):
        p = propose(text, "6", "资金管理")
        params = gated(p)
        assert params["expression"] == "g * (max - 2 * n)", (text, params)
        label = params["variables"][0]["label"]
        assert cond in label and "该项考核" not in label, (text, label)
        assert by_vars(p, "1", "1") == 4
        assert by_vars(p, "1", "5") == 0
        assert by_vars(p, "0", "0") == 0


def test_a_consequence_beyond_the_row_stays_to_check():
    # “并报请纪委查处” is no part of the score: the gate is read, the words are left for the team
    p = propose("每发现1笔资金未按规定入账扣2分,扣完为止;有坐收坐支现象的计零分并报请纪委查处。", "6", "资金管理")
    params = gated(p)
    assert "坐收坐支" in params["variables"][0]["label"]
    assert any("报请纪委查处" in u for u in p.unplaced), p.unplaced
    assert by_vars(p, "0", "0") == 0


def test_near_miss_a_vote_down_beside_a_deduction_is_never_a_sure_deduction():
    # read without the gate, the deduction has no 0 for the vote down: never confident
    p = propose("每发现1处隐患未整改扣1分,扣完为止;发生重大安全事故的,实行一票否决。", "6", "安全管理")
    assert not p.confident
    assert p.kind == "formula" and "重大安全事故" in p.items[0]["params"]["variables"][0]["label"]


# ── a row scored on its own points, its own zero said, then a gate: a key point of no points ──────
def checklist_gate(p) -> dict:
    assert p.kind == "checklist", (p.kind, p.summary, p.unplaced)
    assert len(p.items) == 1 and check_item(p.items[0]) == []
    params = p.items[0]["params"]
    gate = next(pt for pt in params["points"] if pt["key"] == params["gate"])
    assert params["points"][0] is gate and gate["max"] == "0"
    assert not p.confident
    return params


def ticked(p, states: list[str]) -> Decimal:
    """The score of the one 要点核查 when its points, in order, are in ``states``."""
    keys = [pt["key"] for pt in p.items[0]["params"]["points"]]
    return scored(p, {"points": {k: {"state": s} for k, s in zip(keys, states, strict=True)}})


def test_a_yes_no_row_then_a_sentence_zeroing_it_on_a_condition_in_words():
    for text in ("资料报送及时准确的，得3分，否则不得分；出现弄虚作假的，不得分（3分）",
                 "资料报送及时准确得3分,否则不得分;有弄虚作假行为的该项不得分",
                 "资料报送及时准确计3分,否则不得分;弄虚作假的,实行一票否决"):
        p = propose(text, "3", "资料报送")
        params = checklist_gate(p)
        assert "弄虚作假" in params["points"][0]["label"], (text, params)
        assert [pt["max"] for pt in params["points"]] == ["0", "3"]
        assert ticked(p, ["met", "met"]) == 3
        assert ticked(p, ["met", "not_met"]) == 0
        assert ticked(p, ["not_met", "met"]) == 0


def test_points_that_add_up_then_a_sentence_zeroing_the_row():
    p = propose("制度健全得1分;台账完整得1分;按时上报得1分;否则不得分。弄虚作假的,本项不得分。", "3", "基础管理")
    params = checklist_gate(p)
    assert [pt["max"] for pt in params["points"]] == ["0", "1", "1", "1"]
    assert ticked(p, ["met", "met", "not_met", "met"]) == 2
    assert ticked(p, ["not_met", "met", "met", "met"]) == 0


def test_near_miss_the_last_part_s_otherwise_is_no_gate():
    # “未开展,不得分” closes the second part: it is that part's otherwise, not a condition on the row
    p = propose("1.开展评优活动,得0.5分;未开展,不得分2.开展表彰活动,得0.5分;未开展,不得分", "1", "激励")
    assert not (p.kind == "checklist" and p.items[0]["params"].get("gate") == "gate"), p.summary


def test_near_miss_zeroing_conditions_only_are_one_yes_no():
    # no points of the row's own: two faults that each zero it are one yes/no, not a key point beside one
    p = propose("未缴纳的,不得分;无缴费相关资料的,不得分。", "3", "保险")
    assert not (p.kind == "checklist" and p.items[0]["params"].get("gate") == "gate"), p.summary


def test_near_miss_a_gate_on_a_figure_after_a_yes_no_row():
    p = propose("资料报送及时准确,得3分;否则不得分;差错率超过5%的,不得分。", "3", "资料报送")
    assert not (p.kind == "checklist" and p.items[0]["params"].get("gate") == "gate"), p.summary
    assert not p.confident

"""A condition that zeroes the whole item beside its deductions: proposed as a formula with a 0/1 factor.

“每逾期1天扣0.5分,扣完为止;未报送的不得分”: the deductions run as usual, and the whole item scores 0 when the
condition in words holds. The proposal is the deducting reading of the rest of the text, as a formula
``g * (max - 0.5 * n)``: ``g`` (1 when the condition does not hold, 0 when it does) named first because it multiplies
the rest, then the deduction's own count. Such a proposal is always to check (the condition's entry and whether it
voids the deductions are the evaluator's to confirm). The texts are written for these tests in the style of
published 评分标准.
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item


def gated_params(p):
    assert p.kind == "formula", (p.kind, p.summary, p.unplaced)
    assert len(p.items) == 1 and check_item(p.items[0]) == []
    return p.items[0]["params"]


def scored(p, gate: str, count: str) -> Decimal:
    names = [v["name"] for v in p.items[0]["params"]["variables"]]
    assert len(names) == 2
    res = score_item(p.items[0], {"vars": {names[0]: gate, names[1]: count}})
    assert res.score is not None, res.text
    return res.score


def test_days_late_then_a_report_never_sent_zeroes_the_item():
    p = propose("每逾期1天报送扣0.5分,扣完为止;未报送年度决算报表的不得分。", "2", "决算报送")
    params = gated_params(p)
    assert params["expression"] == "g * (max - 0.5 * n)"
    gate, days = params["variables"]
    assert gate["name"] == "g" and "未报送年度决算报表" in gate["label"] and gate["unit"] == ""
    assert days["unit"] == "天"
    assert scored(p, "1", "0") == 2
    assert scored(p, "1", "3") == Decimal("0.5")
    assert scored(p, "1", "9") == 0  # deducted to nothing, never below
    assert scored(p, "0", "0") == 0  # never sent: nothing, whatever the days
    assert not p.confident
    assert any("整项不得分" in u for u in p.unplaced)


def test_errors_counted_per_case_and_a_void_in_brackets():
    p = propose("报表数据准确得满分,每发现1处错误扣0.5分,扣完为止(未经单位负责人审核直接上报的此项不得分)", "3",
                "报表质量")
    params = gated_params(p)
    assert params["expression"] == "g * (max - 0.5 * n)"
    assert "未经单位负责人审核直接上报" in params["variables"][0]["label"]
    assert scored(p, "1", "0") == 3
    assert scored(p, "1", "2") == 2
    assert scored(p, "0", "1") == 0
    assert not p.confident


def test_a_formula_of_faults_is_gated_as_a_whole():
    p = propose("每迟报1次扣0.5分,漏报1次扣1分,扣完为止;拒不报送的不得分。", "4", "信息报送")
    params = gated_params(p)
    names = [v["name"] for v in params["variables"]]
    assert names[0] not in names[1:] and len(names) == 3
    assert params["expression"].startswith(f"{names[0]} * (max - ")
    res = score_item(p.items[0], {"vars": dict(zip(names, ["1", "2", "1"]))})
    assert res.score == 2  # 4 − 0.5 × 2 − 1
    res = score_item(p.items[0], {"vars": dict(zip(names, ["0", "0", "0"]))})
    assert res.score == 0
    assert not p.confident


def test_near_miss_a_zero_with_a_figure_is_no_gate():
    # “超过10天的不得分” is a line on the same count, not a condition in words: no 0/1 factor is read
    p = propose("每迟报1天扣0.2分,扣完为止;迟报超过10天的不得分。", "2", "报送时效")
    assert not p.confident
    assert not any(it["type"] == "formula" and "* (max" in it["params"].get("expression", "") for it in p.items)


def test_near_miss_no_deduction_beside_the_zero():
    # nothing is deducted: a yes/no reading, never a gated formula
    p = propose("按时报送的得满分;未报送的不得分。", "2", "报送")
    assert p.kind != "formula"


def test_near_miss_a_judged_condition_is_no_gate():
    p = propose("每发现1处错误扣0.5分,扣完为止;问题较多的酌情不得分。", "3", "质量")
    assert not p.confident
    assert not any(it["type"] == "formula" and "* (max" in it["params"].get("expression", "") for it in p.items)


def test_a_stop_said_as_until_this_items_points_are_gone():
    p = propose("未建立内部控制制度的,每缺1项扣0.5分,直至本项分值扣完。", "3", "内控制度")
    assert p.kind == "deduction", (p.kind, p.summary, p.unplaced)
    assert not any("到何时为止" in u for u in p.unplaced)
    assert score_item(p.items[0], {"count": 2}).score == 2
    assert score_item(p.items[0], {"count": 9}).score == 0


# ── a case counted in sheets, entries, household visits ─────────────────────
def test_each_sheet_with_its_number_left_out():
    p = propose("会计凭证附件不全每张扣0.2分,摘要填写不规范的每张扣0.2分,扣完为止。", "2", "会计凭证")
    assert p.kind == "deduction", (p.kind, p.summary, p.unplaced)
    assert p.items[0]["params"] == {"per": "0.2", "unit": "张"}
    assert check_item(p.items[0]) == []
    assert p.confident, p.unplaced
    assert score_item(p.items[0], {"count": 3}).score == Decimal("1.4")
    assert score_item(p.items[0], {"count": 20}).score == 0


def test_each_payment_entry_and_each_household_visit():
    p = propose("资金支付未经审批的,每笔扣1分,扣完为止。", "3", "资金支付")
    assert p.kind == "deduction" and p.items[0]["params"] == {"per": "1", "unit": "笔"}, (p.summary, p.unplaced)
    assert score_item(p.items[0], {"count": 2}).score == 1
    p = propose("随访每少1户次扣0.1分，扣完为止。", "2", "随访")
    assert p.kind == "deduction" and p.items[0]["params"] == {"per": "0.1", "unit": "户次"}, (p.summary, p.unplaced)
    assert score_item(p.items[0], {"count": 5}).score == Decimal("1.5")


def test_near_miss_sheets_with_two_amounts_are_not_one_deduction():
    # a sheet missing its attachment and an unbound one cost differently: one deduction per sheet cannot hold both
    p = propose("凭证附件不全每张扣0.5分,未装订成册的每张扣1分,扣完为止。", "3", "凭证")
    assert p.kind != "deduction"
    # and a deduction per sheet that never says where it stops is to check
    p = propose("发票不合规的每张扣0.5分。", "2", "发票")
    assert p.kind == "deduction" and not p.confident


# ── faults each counted “发现1次” after the words saying what they are ─────
def test_faults_found_once_each_time_are_one_deduction_per_case():
    p = propose("按时准确上报统计数据的,得3分;未按时上报的,发现1次扣0.5分;上报数据有误的,发现1次扣0.5分。", "3", "统计上报")
    assert p.kind == "deduction", (p.kind, p.summary, p.unplaced)
    assert p.items[0]["params"] == {"per": "0.5", "unit": "次"}
    assert score_item(p.items[0], {"count": 0}).score == 3
    assert score_item(p.items[0], {"count": 4}).score == 1
    # the words of each fault are placed; only the missing stop is left to check
    assert not p.confident and all("到何时为止" in u for u in p.unplaced), p.unplaced


def test_near_miss_faults_found_once_with_different_amounts():
    p = propose("按时准确上报统计数据的,得3分;未按时上报的,发现1次扣0.5分;上报数据有误的,发现1次扣1分。", "3", "统计上报")
    assert p.kind != "deduction" and not p.confident, (p.kind, p.summary)


# ── one deduction said to go on until the item's points are gone ────────────
def test_a_heading_with_its_points_then_one_deduction_until_the_points_are_gone():
    p = propose("财务制度计2分,未建立健全各项财务管理制度扣0.5分,直至本项目分扣完。", "2", "财务制度")
    assert p.kind == "deduction", (p.kind, p.summary, p.unplaced)
    assert p.items[0]["params"]["per"] == "0.5"
    assert p.confident, p.unplaced
    assert score_item(p.items[0], {"count": 1}).score == Decimal("1.5")
    assert score_item(p.items[0], {"count": 6}).score == 0


def test_near_miss_a_heading_whose_points_are_not_the_items():
    p = propose("财务制度计1分,未建立健全各项财务管理制度扣0.5分,直至本项目分扣完。", "2", "财务制度")
    assert not p.confident


def test_near_miss_a_situation_of_full_marks_before_the_one_deduction():
    # “…准确得2分” is a situation: the fault after it may be one other situation, or counted per case
    p = propose("财务制度健全得2分,未建立健全各项财务管理制度扣0.5分,直至本项目分扣完。", "2", "财务制度")
    assert p.kind == "deduction" and not p.confident
    assert any("逐次扣分" in u for u in p.unplaced), p.unplaced


# ── faults taken once, each with its points, that may both be found ─────────
def test_faults_under_a_parts_heading_are_points_to_check_not_one_situation():
    p = propose("1、组织保障4分,未成立领导小组扣3分,未明确专人负责扣1分;2、制度建设2分,每缺1项制度扣0.5分,扣完为止。", "6",
                "组织与制度")
    assert [it["type"] for it in p.items] == ["checklist", "deduction"], (p.summary, p.unplaced)
    org = p.items[0]
    assert [pt["max"] for pt in org["params"]["points"]] == ["3", "1"]
    both = {pt["key"]: {"state": "not_met"} for pt in org["params"]["points"]}
    assert score_item(org, {"points": both}).score == 0  # both faults found: both taken
    one = dict(both, **{org["params"]["points"][0]["key"]: {"state": "met"}})
    assert score_item(org, {"points": one}).score == 3
    assert score_item(p.items[1], {"count": 2}).score == 1
    # each fault taken once when found is the reading's own doubt, kept in a part as in a whole text
    assert not p.confident and any("只扣一次" in u for u in p.unplaced), p.unplaced


def test_near_miss_faults_that_do_not_add_up_to_the_parts_points():
    p = propose("1、组织保障4分,未成立领导小组扣3分,未明确专人负责扣2分;2、制度建设2分,每缺1项制度扣0.5分,扣完为止。", "6",
                "组织与制度")
    assert not p.confident


# ── zeroing conditions in the opening sentences, the deductions after them ──
def _score(p, values: list[str]) -> Decimal:
    names = [v["name"] for v in p.items[0]["params"]["variables"]]
    assert len(names) == len(values), names
    res = score_item(p.items[0], {"vars": dict(zip(names, values))})
    assert res.score is not None, res.text
    return res.score


def test_two_opening_zeroing_conditions_fold_into_one_factor_over_faults_each_taken_once():
    p = propose("无该项制度的,不得分;未经党组会议审议通过的,不得分;制度缺少审批、采购、验收等任一环节的,扣1分;"
                "未明确各环节责任人的,扣1分。", "3", "采购制度")
    params = gated_params(p)
    assert params["expression"] == "g * (max - a - b)"
    gate, first, second = params["variables"]
    assert "无该项制度" in gate["label"] and "未经党组会议审议通过" in gate["label"] and gate["unit"] == ""
    assert "任一环节" in first["label"] and first["unit"] == "" and "责任人" in second["label"]
    assert _score(p, ["1", "0", "0"]) == 3
    assert _score(p, ["1", "1", "0"]) == 2
    assert _score(p, ["1", "1", "1"]) == 1
    assert _score(p, ["0", "0", "0"]) == 0  # no such rules: nothing, whatever else
    assert not p.confident and any("整项不得分" in u for u in p.unplaced), p.unplaced


def test_an_opening_zero_said_as_this_items_and_faults_counted_per_case_with_one_amount():
    # two faults counted per case, each its own count, under the factor (one deduction per case would lose the gate)
    p = propose("未建立台账的，本项不得分；台账内容每缺一项扣0.5分；每发现1处登记错误扣0.5分。", "2", "台账管理")
    params = gated_params(p)
    assert params["expression"] == "g * (max - 0.5 * a - 0.5 * b)"
    assert [v["unit"] for v in params["variables"]] == ["", "项", "处"]
    assert _score(p, ["1", "1", "2"]) == Decimal("0.5")
    assert _score(p, ["1", "3", "3"]) == 0  # deducted to nothing, never below
    assert _score(p, ["0", "0", "0"]) == 0
    assert not p.confident


def test_full_marks_first_then_the_zeroing_condition_then_one_deduction_per_case():
    p = propose("按规定完成资产清查并形成报告的,得3分;未开展资产清查的,不得分;清查报告每缺1项内容扣1分,扣完为止。", "3",
                "资产清查")
    params = gated_params(p)
    assert params["expression"] == "g * (max - n)"
    assert "未开展资产清查" in params["variables"][0]["label"]
    assert scored(p, "1", "1") == 2
    assert scored(p, "1", "5") == 0
    assert scored(p, "0", "0") == 0
    assert not p.confident


def test_an_opening_zero_then_a_fault_taken_once_said_with_jian_and_one_counted_per_kind():
    p = propose("未建立信息系统，不得分。未与主管部门联网减1分；系统功能不全，每有一项扣0.5分", "2", "信息系统")
    params = gated_params(p)
    assert params["expression"] == "g * (max - a - 0.5 * b)"
    assert _score(p, ["1", "1", "1"]) == Decimal("0.5")
    assert _score(p, ["0", "0", "0"]) == 0
    p = propose("未建立合同管理制度的，不得分；合同未经法律审核的，扣2分；每缺少一类合同台账，扣1分。", "8", "合同管理")
    params = gated_params(p)
    assert params["expression"] == "g * (max - 2 * a - b)"
    assert params["variables"][2]["unit"] == "类" and "1类" not in params["variables"][2]["label"]
    assert _score(p, ["1", "1", "3"]) == 3
    assert _score(p, ["0", "0", "0"]) == 0
    assert not p.confident


def test_near_miss_an_opening_zero_on_a_figure_is_no_gate():
    # “超过10%的不得分” is a line on a rate, not a condition in words
    p = propose("资料缺失率超过10%的,不得分;每缺1项资料扣1分,扣完为止。", "5", "资料")
    assert not any(it["type"] == "formula" and "* (max" in it["params"].get("expression", "") for it in p.items)
    assert not p.confident


def test_near_miss_an_opening_judged_zero_and_an_opening_zero_with_no_deduction():
    p = propose("问题较多的酌情不得分;每缺1项扣1分,扣完为止。", "5", "资料")
    assert not any(it["type"] == "formula" and "* (max" in it["params"].get("expression", "") for it in p.items)
    assert not p.confident
    p = propose("未建立制度的,不得分;制度健全的,得满分。", "2", "制度")
    assert p.kind != "formula"


def test_near_miss_full_marks_first_that_are_not_the_items():
    # “得2分” of a 3-point item: the opening sentence is not the full marks, so what follows is not read behind it
    p = propose("按规定完成资产清查并形成报告的,得2分;未开展资产清查的,不得分;清查报告每缺1项内容扣1分,扣完为止。", "3",
                "资产清查")
    assert not any(it["type"] == "formula" and "* (max" in it["params"].get("expression", "") for it in p.items)
    assert not p.confident

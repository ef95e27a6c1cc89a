"""Every rule type against worked examples, including the edges (seed 附件1's 评分标准 among them)."""
from decimal import Decimal as D

import pytest

from services.scoring import RuleInputError, check_item, score_item


def item(type_, max_, **params):
    return {"key": "a", "label": "测试", "max": str(max_), "type": type_, "params": params}


def s(it, inputs):
    return score_item(it, inputs)


# ── checklist: ①、②、③、④、⑤各0.5分，否则酌情扣分 (seed 1.1.1) ─────────────────
FIVE = item("checklist", "2.5", points=[{"key": f"p{i}", "label": "①②③④⑤"[i - 1], "max": "0.5"} for i in range(1, 6)])


def test_checklist_one_point_not_met_gives_seed_score():
    r = s(FIVE, {"points": {"p1": {"state": "not_met"}, **{f"p{i}": {"state": "met"} for i in range(2, 6)}}})
    assert r.score == D("2.0")
    assert "①不满足" in r.text and "得分 = 2" in r.text


def test_checklist_partly_and_missing_points():
    answers = {f"p{i}": {"state": "met"} for i in range(1, 5)}
    assert s(FIVE, {"points": answers}).score is None  # ⑤ not judged yet
    answers["p5"] = {"state": "partly", "value": "0.2"}
    assert s(FIVE, {"points": answers}).score == D("2.2")
    answers["p5"] = {"state": "partly", "value": "0.6"}
    with pytest.raises(RuleInputError, match="超过"):
        s(FIVE, {"points": answers})


def test_checklist_gate_zeroes_item():
    gated = item("checklist", "3", gate="g", points=[{"key": "g", "label": "有绩效目标", "max": "1"},
                                                    {"key": "b", "label": "相关", "max": "2"}])
    r = s(gated, {"points": {"g": {"state": "not_met"}, "b": {"state": "met"}}})
    assert r.score == 0 and "关键要素" in r.text


def test_checklist_empty_input_is_unscored():
    assert s(FIVE, {}).score is None
    assert s(FIVE, None).score is None


# ── deduction: 每发现1例不符合扣0.1分，扣完为止 (seed 1.3.1) ─────────────────────
def test_deduction_and_clamp_below_zero():
    it = item("deduction", "1", per="0.1")
    assert s(it, {"count": 0}).score == 1
    assert s(it, {"count": 3}).score == D("0.7")
    assert s(it, {"count": 10}).score == 0
    r = s(it, {"count": 25})
    assert r.score == 0 and r.raw == D("-1.5") and "扣完为止" in r.text


def test_deduction_one_instance_takes_all_seed_2_1_3():
    it = item("deduction", "3", per="3")  # 第④出现1例，该指标扣3分
    assert s(it, {"count": 1}).score == 0


def test_deduction_rejects_fractions_text_and_negatives():
    it = item("deduction", "1", per="0.1")
    for bad in ("1.5", "abc", "-1"):
        with pytest.raises(RuleInputError):
            s(it, {"count": bad})


# ── threshold: ≥90%计满分，每低于1%扣0.5分 (seed 预算执行率) ─────────────────────
EXEC = item("threshold", "5", full_at="90", deduct="0.5", input="ratio", value_label="预算执行率",
            numerator_label="实际支出", denominator_label="实际到位")


def test_threshold_exactly_at_threshold_is_full():
    assert s(EXEC, {"numerator": "90", "denominator": "100"}).score == 5


def test_threshold_linear_below():
    r = s(EXEC, {"numerator": "87.5", "denominator": "100"})
    assert r.score == D("3.75")
    assert "87.50%" in r.text and "2.5 个百分点" in r.text


def test_threshold_stepwise_counts_started_steps():
    it = item("threshold", "5", full_at="90", deduct="0.5", stepwise=True)
    assert s(it, {"value": "89.5"}).score == D("4.5")


def test_threshold_strict_percent_of_weight_seed_online_rate():
    it = item("threshold", "3", full_at="95", inclusive=False, deduct="10", deduct_mode="percent_of_max")
    assert s(it, {"value": "96"}).score == 3
    assert s(it, {"value": "93"}).score == D("2.4")  # 2 × 10% × 3 = 0.6
    assert s(it, {"value": "10"}).score == 0


def test_threshold_lower_is_better():
    it = item("threshold", "4", full_at="5", direction="lower", deduct="1")
    assert s(it, {"value": "5"}).score == 4
    assert s(it, {"value": "7"}).score == 2


def test_threshold_zero_denominator_refused():
    with pytest.raises(RuleInputError, match="不能为 0"):
        s(EXEC, {"numerator": "1", "denominator": "0"})


def test_satisfaction_seed():
    it = item("threshold", "10", full_at="90", deduct="0.3")
    assert s(it, {"value": "91"}).score == 10
    assert s(it, {"value": "85"}).score == D("8.5")


# ── rate and completion (capped at 100%) ────────────────────────────────────
def test_rate_capped_over_100_percent():
    it = item("rate", "4")
    assert s(it, {"numerator": "95", "denominator": "100"}).score == D("3.8")
    assert s(it, {"numerator": "130", "denominator": "100"}).score == 4


def test_completion_text_and_average():
    it = item("completion", "4", unit="项")
    r = s(it, {"target": "12", "actual": "10"})
    assert r.score.quantize(D("0.01")) == D("3.33")
    assert "计划 12项，完成 10项" in r.text and "10/12 × 4 = 3.33" in r.text
    r = s(it, {"rows": [{"label": "2022", "target": "10", "actual": "10"}, {"label": "2023", "target": "10", "actual": "6"}]})
    assert r.score == D("3.2")
    assert s(it, {"target": "10", "actual": "15"}).score == 4


# ── upper bound: 小于合同额记满分，每大于1%扣0.5分 (seed 成本节约率) ────────────────
def test_upper_bound():
    it = item("upper_bound", "8", deduct="0.5")
    assert s(it, {"actual": "16302.58", "limit": "16380.00"}).score == 8
    assert s(it, {"actual": "103", "limit": "100"}).score == D("6.5")


# ── delay: 每延迟1个月扣0.5分 (seed 验收及时性: 9 months → 3.5) ─────────────────────
def test_delay_seed():
    it = item("delay", "8", per="0.5", unit="月")
    r = s(it, {"delay": "9"})
    assert r.score == D("3.5") and "延迟 9 个月" in r.text
    assert s(it, {"delay": "0"}).score == 8
    assert s(it, {"delay": "20"}).score == 0


# ── tiers with explicit inclusive bounds ────────────────────────────────────
TIERS = item("tiers", "4", tiers=[
    {"min": "90", "min_inclusive": True, "max": None, "score": "4"},
    {"min": "80", "min_inclusive": True, "max": "90", "max_inclusive": False, "score": "3"},
    {"min": None, "max": "80", "max_inclusive": False, "score": "1"}])


def test_tiers_bounds():
    assert s(TIERS, {"value": "90"}).score == 4
    assert s(TIERS, {"value": "89.99"}).score == 3
    assert s(TIERS, {"value": "80"}).score == 3
    assert s(TIERS, {"value": "79"}).score == 1


def test_tiers_gap_gives_zero_with_warning():
    gap = item("tiers", "4", tiers=[{"min": "90", "score": "4"}])
    r = s(gap, {"value": "50"})
    assert r.score == 0 and r.warnings


# ── choice, scale, all-or-nothing, judgement, formula ──────────────────────
def test_choice_scale_all_or_nothing():
    ch = item("choice", "3", options=[{"key": "a", "label": "全部落实", "score": "3"}, {"key": "b", "label": "部分落实", "score": "1.5"}])
    assert s(ch, {"option": "b"}).score == D("1.5")
    with pytest.raises(RuleInputError):
        s(ch, {"option": "z"})
    sc = item("scale", "2", levels=[{"label": "优", "share": "1"}, {"label": "良", "share": "0.8"}])
    assert s(sc, {"level": "良"}).score == D("1.6")
    an = item("all_or_nothing", "4", condition="有指标文")
    assert s(an, {"met": True}).score == 4 and s(an, {"met": False}).score == 0


def test_judgement_needs_reason_and_range():
    j = item("judgement", "2")
    assert s(j, {"score": "1.5", "reason": "资料基本齐全"}).score == D("1.5")
    with pytest.raises(RuleInputError, match="理由"):
        s(j, {"score": "1.5"})
    with pytest.raises(RuleInputError, match="超过"):
        s(j, {"score": "3", "reason": "x"})


def test_formula_is_safe_and_exact():
    f = item("formula", "5", expression="max * min(a / b, 1)", variables=[{"name": "a"}, {"name": "b"}])
    assert s(f, {"vars": {"a": "1", "b": "3"}}).score.quantize(D("0.0001")) == D("1.6667")
    assert check_item(item("formula", "5", expression="__import__('os').system('x')", variables=[])) != []
    assert check_item(item("formula", "5", expression="a.b", variables=[{"name": "a"}])) != []
    assert check_item(item("formula", "5", expression="a + c", variables=[{"name": "a"}])) != []
    with pytest.raises(RuleInputError, match="除以零"):
        s(f, {"vars": {"a": "1", "b": "0"}})


def test_unknown_rule_type_rejected():
    assert "未知的评分规则类型" in check_item(item("magic", "1"))[0]


def test_checklist_points_must_sum_to_item_max():
    bad = item("checklist", "3", points=[{"key": "a", "max": "1"}, {"key": "b", "max": "1"}])
    assert any("不等于" in p for p in check_item(bad))


@pytest.mark.parametrize("written", ["false", "False", "否", 0, None])
def test_a_yes_or_no_parameter_written_as_text_is_refused_not_read_as_yes(written):
    # any value but false reads as yes: “false” in quotes would score ≥ where the file says >
    item = {"key": "a", "type": "threshold", "max": "4",
            "params": {"full_at": "90", "inclusive": written, "step": "1", "deduct": "1"}}
    problems = [str(p) for p in check_item(item)]
    assert any("inclusive 只能是 true 或 false" in p for p in problems), problems
    item["params"]["inclusive"] = False
    assert check_item(item) == []


def test_a_yes_or_no_column_of_a_table_written_as_text_is_refused():
    tiers = [{"min": "90", "min_inclusive": "true", "max": None, "score": "5"},
             {"min": "0", "min_inclusive": True, "max": "90", "max_inclusive": False, "score": "2"}]
    item = {"key": "a", "type": "tiers", "max": "5", "params": {"tiers": tiers}}
    problems = [str(p) for p in check_item(item)]
    assert any("tiers 的 min_inclusive 只能是 true 或 false" in p for p in problems), problems
    tiers[0]["min_inclusive"] = True
    assert check_item(item) == []

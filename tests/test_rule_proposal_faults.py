"""Several faults, each with its own deduction, under one stop: proposed as a formula of the faults.

“每迟报1次扣0.5分,漏报1次扣1分;扣完为止”: one deduction per case would count a missed report as a late one. The
proposal is a formula ``max - 0.5 * a - b`` over the count of each fault, in the order the text names them; a fault
stated without a count (“目录与档案不一致扣0.5分”) is a 0/1 variable; a fault with its own cap is ``min(cap, …)``.
Confident only when every clause is a fault with its deduction and the stop of them all is stated. The texts are
written for these tests in the style of published 评分标准.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item


def formula_of(p):
    assert p.kind == "formula", (p.kind, p.summary, p.unplaced)
    assert len(p.items) == 1 and check_item(p.items[0]) == []
    return p.items[0]["params"]


def scored(p, *counts: str) -> Decimal:
    """The score when the faults, in the order the text names them, were found ``counts`` times."""
    variables = p.items[0]["params"]["variables"]
    assert len(variables) == len(counts)
    res = score_item(p.items[0], {"vars": {v["name"]: c for v, c in zip(variables, counts)}})
    assert res.score is not None, res.text
    return res.score


def test_two_faults_counted_per_case_each_with_its_own_amount():
    p = propose("每迟交1次材料扣0.5分，每漏交1次扣1分，扣完为止。", "5", "材料报送")
    params = formula_of(p)
    assert p.confident, p.unplaced
    assert [v["unit"] for v in params["variables"]] == ["次", "次"]
    assert "迟交" in params["variables"][0]["label"] and "漏交" in params["variables"][1]["label"]
    assert scored(p, "0", "0") == 5
    assert scored(p, "2", "1") == 3  # 5 − 2 × 0.5 − 1
    assert scored(p, "1", "3") == Decimal("1.5")
    assert scored(p, "4", "4") == 0  # 扣完为止: never below 0


def test_a_fault_stated_once_is_a_yes_no_variable():
    p = propose("档案归集准确完整的，得4分；档案每错1处扣0.2分，目录与档案不一致扣0.5分，未装订成册扣0.5分，扣完为止",
                "4", "档案管理")
    params = formula_of(p)
    assert p.confident, p.unplaced
    first, second, third = params["variables"]
    assert first["unit"] == "处" and not first["label"].startswith("是否")
    for v, words in ((second, "目录与档案不一致"), (third, "未装订成册")):
        assert v["label"].startswith("是否") and words in v["label"] and "是=1" in v["label"] and v["unit"] == ""
    assert scored(p, "0", "0", "0") == 4
    assert scored(p, "3", "1", "0") == Decimal("2.9")  # 4 − 0.6 − 0.5
    assert scored(p, "5", "1", "1") == 2


def test_faults_each_taken_once_with_different_amounts():
    p = propose("未成立工作领导小组扣3分，未明确专人负责扣2分，扣完为止", "10", "组织保障")
    params = formula_of(p)
    assert p.confident, p.unplaced
    assert all(v["label"].startswith("是否") for v in params["variables"])
    assert [scored(p, "0", "0"), scored(p, "1", "0"), scored(p, "0", "1"), scored(p, "1", "1")] == [10, 7, 8, 5]


def test_a_fault_with_a_cap_of_its_own():
    p = propose("每发现1份台账缺失扣0.5分，最多扣2分；每迟报1次扣1分，扣完为止", "5", "台账报送")
    params = formula_of(p)
    assert p.confident, p.unplaced
    assert "min(2," in params["expression"]
    assert scored(p, "2", "0") == 4
    assert scored(p, "10", "1") == 2  # the first fault costs at most 2
    assert scored(p, "10", "4") == 0


def test_chinese_numerals_and_a_stop_after_the_faults():
    p = propose("迟报一次扣1分，瞒报一次扣3分；扣完为止。", "6", "信息报告")
    formula_of(p)
    assert p.confident, p.unplaced
    assert [scored(p, "1", "0"), scored(p, "0", "1"), scored(p, "2", "1"), scored(p, "0", "2")] == [5, 3, 1, 0]


def test_a_case_described_in_the_clause_before_its_count():
    p = propose("日常检查未达到规定次数的，每缺1次扣0.5分；未对整改情况回访的，每1户次扣1分；扣完为止", "6", "日常检查")
    params = formula_of(p)
    assert p.confident, p.unplaced
    assert [v["unit"] for v in params["variables"]] == ["次", "户次"]
    assert scored(p, "2", "3") == 2


# ── near misses: still a formula where it fits, but never confident ─────────
def test_without_a_stop_the_formula_is_to_check():
    p = propose("每迟报1次扣0.5分，漏报1次扣1分", "6", "报送")
    formula_of(p)
    assert not p.confident
    assert any("为止" in u for u in p.unplaced), p.unplaced


def test_a_cap_of_one_fault_is_not_the_stop_of_all():
    p = propose("每缺1份记录扣0.5分，最多扣2分；未按时报送扣1分", "5", "报送")
    formula_of(p)
    assert not p.confident
    assert any("合计扣到何时为止" in u for u in p.unplaced), p.unplaced


def test_a_graver_case_named_within_a_lighter_one_is_to_check():
    p = propose("进度滞后的扣2分，进度严重滞后的扣5分，扣完为止", "10", "进度")
    formula_of(p)
    assert not p.confident
    assert any("较重的情形" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "每迟报1次扣0.5分，漏报1次扣1分，扣完为止；未发生应报事项的不扣分",
    "每迟报1次扣0.5分，漏报1次扣1分，扣完为止。另需提供佐证材料",
    "每迟报1次扣0.5分，漏报1次扣1分，扣完为止；年度内报送不少于4次",
])
def test_words_left_over_keep_it_to_check(text):
    p = propose(text, "6", "报送")
    assert p.kind == "formula" and not p.confident, p.summary


def test_a_count_other_than_one_is_not_this_reading():
    p = propose("每缺2份材料扣1分，未按时报送扣0.5分，扣完为止", "5", "报送")
    assert not (p.kind == "formula" and p.confident)


def test_one_amount_for_faults_all_counted_stays_one_deduction():
    p = propose("每发现1处台账错误扣0.5分，每遗漏1处扣0.5分，扣完为止", "3", "台账")
    assert p.kind == "deduction" and p.confident


def test_faults_taken_once_that_add_up_to_the_points_are_not_a_formula():
    # each fault costs its share and together they make the 分值: the points of a 要点核查, as before
    assert propose("未制定实施方案扣3分，未明确专人负责扣2分", "5", "组织").kind != "formula"


def test_rates_each_below_a_line_of_their_own():
    # “A率未达到100%的,每少1个百分点扣0.5分;B率未达到95%的,每少1个百分点扣1分”: each rate is a variable, each point
    # below its own line costs its amount
    p = propose("投诉办结率未达到100%的，每少1个百分点扣0.5分；回访满意率低于90%的，每少1个百分点扣1分；扣完为止", "10",
                "投诉处理")
    params = formula_of(p)
    assert p.confident, p.unplaced
    assert [v["unit"] for v in params["variables"]] == ["%", "%"]
    assert "投诉办结率" in params["variables"][0]["label"] and "回访满意率" in params["variables"][1]["label"]
    assert scored(p, "100", "95") == 10  # both lines reached: nothing off
    assert scored(p, "96", "90") == 8  # 4 points short of 100 × 0.5
    assert scored(p, "98", "87") == 6  # 1 + 3
    assert scored(p, "70", "80") == 0


def test_a_graver_degree_of_a_fault_is_to_check():
    # “问题严重的” may be the same fault in a graver degree, costing 3 in place of 1 rather than on top of it
    p = propose("存在问题的扣1分，问题严重的扣3分，扣完为止", "5", "质量")
    formula_of(p)
    assert not p.confident
    assert any("较重的情形" in u for u in p.unplaced), p.unplaced


def test_days_late_are_counted_and_a_report_missing_is_taken_once():
    p = propose("每迟报1天扣0.2分，未报送的扣1分，扣完为止", "2", "报送及时性")
    params = formula_of(p)
    assert p.confident, p.unplaced
    late, missing = params["variables"]
    assert late["unit"] == "天" and missing["label"].startswith("是否") and missing["unit"] == ""
    assert scored(p, "3", "0") == Decimal("1.4")
    assert scored(p, "0", "1") == 1
    assert scored(p, "10", "1") == 0


# ── faults each taken once, all with one amount, that do not add up to the 分值 ──
def test_numbered_faults_with_one_amount_beyond_the_items_points_are_each_a_yes_no():
    # 4 × 3 points on a 6-point item: no 要点核查 holds them, and one deduction per case would count nothing
    p = propose("①未按时报送年度计划的扣3分;②计划内容与实际脱节的扣3分;③未经领导班子审议的扣3分;④计划调整未备案的,再扣3分。",
                "6", "年度计划")
    params = formula_of(p)
    assert params["expression"] == "max - 3 * a - 3 * b - 3 * c - 3 * d"
    labels = [v["label"] for v in params["variables"]]
    assert labels[0] == "是否未按时报送年度计划（是=1，否=0）"  # the numbering is no part of the fault
    assert labels[3] == "是否计划调整未备案（是=1，否=0）"
    assert all(v["unit"] == "" for v in params["variables"])
    assert scored(p, "0", "0", "0", "0") == 6
    assert scored(p, "1", "0", "0", "0") == 3
    assert scored(p, "1", "1", "1", "0") == 0  # never below nothing
    assert not p.confident  # where the deducting stops is not said


def test_faults_with_one_amount_below_the_items_points():
    p = propose("场地绿化不达标的,扣5分;标识标牌缺失,设施破损扣5分;消防器材配备不全扣5分。", "20", "场地管理")
    params = formula_of(p)
    assert params["expression"] == "max - 5 * a - 5 * b - 5 * c"
    assert "标识标牌缺失" in params["variables"][1]["label"] and "设施破损" in params["variables"][1]["label"]
    assert scored(p, "1", "1", "1") == 5  # all three found: 20 − 15, the rest kept
    assert scored(p, "0", "1", "0") == 15
    assert not p.confident


def test_near_miss_faults_with_one_amount_that_add_up_to_the_points_or_each_take_them_all():
    # 2 + 2 on a 4-point item: the points of a 要点核查
    p = propose("未建立制度的,扣2分;未落实专人的,扣2分。", "4", "制度")
    assert p.kind == "checklist", (p.kind, p.summary)
    # each taking the whole 4 points: any one found leaves nothing
    p = propose("未建立制度的,扣4分;未落实专人的,扣4分。", "4", "制度")
    assert p.kind == "all_or_nothing", (p.kind, p.summary)
    # counted per case with one amount: one deduction per case, as before
    p = propose("每迟交1次扣0.5分,每漏交1次扣0.5分,扣完为止。", "3", "报送")
    assert p.kind == "deduction", (p.kind, p.summary)


def test_a_fault_falling_short_of_a_line_is_taken_once_not_counted():
    # “持证率未达到80%” is the fault's line, not 80 cases of it
    p = propose("账务处理不规范,扣4分;未按规定设置会计科目,扣6分;财会人员持证率未达到80%,扣2分。", "10", "会计基础")
    params = formula_of(p)
    assert params["expression"] == "max - 4 * a - 6 * b - 2 * c"
    assert params["variables"][2] == {"name": "c", "label": "是否财会人员持证率未达到80%（是=1，否=0）", "unit": ""}
    assert scored(p, "0", "0", "1") == 8
    assert scored(p, "1", "1", "1") == 0  # 12 points of faults on a 10-point item: never below nothing
    assert not p.confident


def test_near_miss_each_point_short_of_the_line_is_counted():
    p = propose("账务处理不规范,扣4分;财会人员持证率未达到80%的,每少1个百分点扣0.5分,扣完为止。", "10", "会计基础")
    params = formula_of(p)
    assert params["expression"] == "max - 4 * a - 0.5 * (80 - min(80, b))"
    assert params["variables"][1]["unit"] == "%"
    assert scored(p, "0", "76") == 8


# ── “无A、B、C各扣N分”: each listed fault ticked on its own ──────────────────
def test_a_listing_each_deducted_is_one_yes_no_per_listed_fault():
    p = propose("未成立领导小组扣2分,无实施方案、考核办法、未签订目标责任书各扣1分,扣完为止。", "5", "组织保障")
    params = formula_of(p)
    assert params["expression"] == "max - 2 * a - b - c - d"
    assert [v["label"] for v in params["variables"]] == [
        "是否未成立领导小组（是=1，否=0）", "是否无实施方案（是=1，否=0）", "是否无考核办法（是=1，否=0）",
        "是否未签订目标责任书（是=1，否=0）"]  # the bare 考核办法 takes the listing's 无
    assert scored(p, "0", "1", "1", "0") == 3
    assert scored(p, "1", "1", "1", "1") == 0
    assert not p.confident and any("各作一个是否变量" in u for u in p.unplaced), p.unplaced


def test_a_listing_of_nouns_of_one_compound_stays_one_fault():
    # “处、室和班组”: single characters listed within one noun, not two faults
    p = propose("未成立领导小组扣2分,无方案、未与处、室和班组负责人签订责任书各扣1分,扣完为止。", "5", "组织保障")
    labels = [v["label"] for v in formula_of(p)["variables"]]
    assert labels[1:] == ["是否无方案（是=1，否=0）", "是否未与处、室和班组负责人签订责任书（是=1，否=0）"]
    assert scored(p, "1", "1", "1") == 1


def test_two_joined_by_he_under_one_test_are_two_faults():
    p = propose("未开展业务培训的扣2分;示范社区和示范村创建未达到市定标准的各扣1分,扣完为止。", "4", "示范创建")
    params = formula_of(p)
    assert params["expression"] == "max - 2 * a - b - c"
    assert [v["label"] for v in params["variables"]][1:] == [
        "是否示范社区未达到市定标准（是=1，否=0）", "是否示范村创建未达到市定标准（是=1，否=0）"]
    assert scored(p, "0", "1", "1") == 2
    assert not p.confident


def test_near_miss_things_under_one_test_named_after_them_are_counted():
    # “培训率、合格率不达标各扣1分”: how many of the listed rates fall short, as before
    p = propose("未成立领导小组扣2分;培训率、合格率不达标各扣1分,扣完为止。", "4", "培训")
    params = formula_of(p)
    assert params["expression"] == "max - 2 * a - b"
    assert params["variables"][1]["unit"] == "项"
    assert scored(p, "1", "2") == 0
    assert not p.confident


# ── points earned per case, capped ──────────────────────────────────────────
def test_points_earned_per_case_of_two_kinds_add_up_within_the_points():
    p = propose("市领导到场指导工作的,每次得1分;县领导到场指导工作的,每次得0.5分。", "4", "领导指导")
    params = formula_of(p)
    assert not p.confident  # a new reading: to check, never sure
    assert [v["unit"] for v in params["variables"]] == ["次", "次"]
    assert "市领导到场指导工作" in params["variables"][0]["label"]
    assert scored(p, "0", "0") == 0
    assert scored(p, "2", "1") == Decimal("2.5")
    assert scored(p, "3", "4") == 4  # 5 points earned, the 分值 is 4


def test_points_earned_per_case_with_a_cap_and_a_deduction_per_fault():
    p = propose("每培训1期学员得2分(不含补训),最多6分。未按期上报培训台账的,每期扣1分。", "6", "培训开展")
    params = formula_of(p)
    assert params["expression"] == "min(6, 2 * a) - 1 * b"
    assert [v["unit"] for v in params["variables"]] == ["期", "期"]
    assert scored(p, "5", "0") == 6  # 10 earned, capped at 6
    assert scored(p, "5", "2") == 4  # the deduction comes off the capped points
    assert scored(p, "1", "4") == 0  # never below 0


def test_points_earned_per_example_provided_less_a_fault_found():
    p = propose("执行节水政策的,提供一例得1分,最高5分;明显违反政策的,发现一次扣2分。", "5", "政策执行")
    params = formula_of(p)
    assert params["expression"] == "min(5, 1 * a) - 2 * b"
    assert scored(p, "3", "1") == 1
    assert scored(p, "7", "0") == 5


def test_points_earned_per_case_with_cases_left_out_of_the_count():
    p = propose("每新建1所学校得2分,最多8分;由原有学校改扩建的,不加分。", "8", "学校建设")
    params = formula_of(p)
    assert not p.confident
    assert len(params["variables"]) == 1
    assert scored(p, "3") == 6 and scored(p, "5") == 8
    assert any("不加分" in x for x in p.unplaced)


def test_points_earned_per_case_zeroed_when_the_first_kind_never_happened():
    p = propose("召开专题会议的,每次得0.5分;其他会议领导出席的,每次得0.2分。未召开专题会议,不得分。", "1", "会议部署")
    params = formula_of(p)
    assert not p.confident  # a gate is always to check
    assert params["expression"].startswith("min(a, 1) * (")
    assert scored(p, "0", "3") == 0
    assert scored(p, "1", "2") == Decimal("0.9")
    assert scored(p, "2", "1") == 1


@pytest.mark.parametrize("text, weight", [
    ("每发现1处问题扣1分,扣完为止。", "5"),  # a deduction per case, no points earned
    ("基础分3分,每增加1个示范点加1分,最多5分。", "5"),  # points added to a base: not earned from nothing
    ("每开展1次活动得1分,满分5分,视情况酌情加分。", "5"),  # judgement
    ("每完成1项得1分,未完成的按比例得分。", "3"),  # a proportional part: not a count of cases
    ("每次得1分;资料不全的酌情扣分。", "3"),
])
def test_near_misses_are_not_read_as_points_earned_per_case(text, weight):
    p = propose(text, weight)
    assert "得分限于 0～分值" not in p.summary, p.summary


def test_a_fault_standing_before_the_points_earned_is_not_this_reading():
    # the deduction comes first: not points earned less faults, and nothing invents the order
    p = propose("未按期上报的,每次扣1分;每开展1次活动得1分,最多5分。", "5")
    assert "得分限于 0～分值" not in p.summary


@pytest.mark.parametrize("text", ["共4项,每项1分,完成即得分。", "(1)建立台账;(2)按月报送;每项1分。"])
def test_points_of_a_listing_are_not_cases_counted(text):
    assert "得分限于 0～分值" not in propose(text, "4").summary


@pytest.mark.parametrize("text", ["台账信息齐全得10分,每少1处信息少得1分。", "每缺1项资料得0.5分。"])
def test_points_lost_per_shortfall_are_not_points_earned(text):
    assert "得分限于 0～分值" not in propose(text, "10").summary


# ── a listing of faults under 分别扣 ───────────────────────────────────────
def test_faults_listed_under_fenbie_are_each_a_fault_of_their_own():
    p = propose("未设立的扣3分;台账无登记、无审核、无归档的分别扣1分。", "10", "台账管理")
    params = formula_of(p)
    assert not p.confident  # “分别”: to check
    assert params["expression"] == "max - 3 * a - b - c - d"
    assert ["无审核" in params["variables"][2]["label"], "无归档" in params["variables"][3]["label"]] == [True, True]
    assert scored(p, "0", "0", "0", "0") == 10
    assert scored(p, "1", "0", "1", "1") == 5
    assert scored(p, "0", "1", "1", "1") == 7


def test_respective_amounts_after_fenbie_are_not_one_amount_each():
    p = propose("未设立的扣3分;未建立台账、未按月报送的,分别扣1分、2分。", "6")
    assert not (p.kind == "formula" and "max - 3 * a - b - c" == p.items[0]["params"]["expression"])
    assert not p.confident


# ── one amount, faults counted in different units ───────────────────────────
def test_faults_of_one_amount_counted_in_different_units_are_two_counts():
    p = propose("审批表填写不规范每份扣2分;发生群众投诉查实的一例扣2分,扣完为止。", "8", "审批管理")
    params = formula_of(p)
    assert params["expression"] == "max - 2 * a - 2 * b"
    assert [v["unit"] for v in params["variables"]] == ["份", "例"]
    assert scored(p, "1", "2") == 2
    assert scored(p, "3", "2") == 0


def test_absences_and_errors_of_one_amount_are_two_counts():
    p = propose("按时参加培训计2分,每缺席1次扣0.5分,每错报数据1例扣0.5分。", "2")
    params = formula_of(p)
    assert not p.confident  # no stop stated
    assert params["expression"] == "max - 0.5 * a - 0.5 * b"
    assert scored(p, "1", "1") == 1


def test_faults_counted_per_piece_or_place_of_one_thing_stay_one_count():
    p = propose("宣传栏设置不规范,每个扣0.5分;内容未更新,每个扣0.5分;破损的每处扣0.5分。", "3")
    assert p.kind == "deduction", (p.kind, p.summary)
    assert p.items[0]["params"]["per"] == "0.5"


# ── points for requirements, less points per case of a fault ───────────────
def test_requirements_with_their_points_less_a_deduction_per_case():
    p = propose("1.建立项目管理台账的得2分,按季度通报进度的得2分;2.资料缺失、审批不全的,每缺1项扣1分。", "4", "项目管理")
    params = formula_of(p)
    assert not p.confident
    assert params["expression"] == "max - 2 * (1 - a) - 2 * (1 - b) - 1 * c"
    assert [v["unit"] for v in params["variables"]] == ["", "", "项"]
    assert scored(p, "1", "1", "0") == 4
    assert scored(p, "1", "0", "1") == 1
    assert scored(p, "0", "0", "2") == 0


def test_numbered_requirements_then_a_numbered_fault_counted_per_case():
    p = propose("1.制定巡查方案,得1分。2.落实日常巡查制度,得2分。3.发现问题不报告的每出现一例扣1分", "3")
    params = formula_of(p)
    assert params["expression"] == "max - 1 * (1 - a) - 2 * (1 - b) - 1 * c"
    assert scored(p, "1", "1", "2") == 1


@pytest.mark.parametrize("text, weight", [
    ("1.建立台账的得2分,按月分析的得2分;2.每缺1项扣1分。", "5"),  # points that do not add up to the 分值
    ("建立台账的得4分;每缺1项扣1分。", "4"),  # one requirement: a deduction from full marks, read as such
    ("1.每缺1项扣1分;2.建立台账的得2分,按月分析的得2分。", "4"),  # the faults before the requirements
    ("1.覆盖率达到90%以上的得2分,按月分析的得2分;2.每缺1项扣1分。", "4"),  # a line, not a thing done or not
])
def test_near_misses_are_not_requirements_less_faults(text, weight):
    p = propose(text, weight)
    assert not (p.kind == "formula" and "(1 - a)" in p.items[0]["params"]["expression"]), p.summary


@pytest.mark.parametrize("opening", ["符合3分,", "符合要求3分,", "本项3分,", "3分,", "满分3分;"])
def test_the_rows_points_said_first_are_no_part_of_the_first_faults_words(opening):
    p = propose(f"{opening}未建立值班制度扣1分,值班记录不全扣0.5分,扣完为止", "3", "值班管理")
    assert [v["label"] for v in formula_of(p)["variables"]] == [
        "是否未建立值班制度（是=1，否=0）", "是否值班记录不全（是=1，否=0）"]
    assert scored(p, "1", "1") == Decimal("1.5")
    # a fault whose own words hold points is kept whole
    q = propose("未达到3分标准的扣1分,值班记录不全扣0.5分,扣完为止", "3", "值班管理")
    assert q.items[0]["params"]["variables"][0]["label"].startswith("是否未达到3分标准")

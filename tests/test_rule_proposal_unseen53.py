"""Wordings read in the right shape but scored wrongly, and deductions read per case where the text states more: a
range of whole counts followed by a bare 以上 at its end (“1-5次10分,5次以上20分”), the range holding its end and the
以上 band the counts past it; a zero on a line named in words (“浓度超过规定不得分”) before deductions, a condition.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, scores, sole


# ── a range of whole counts, then a bare 以上 at its end: the end is the range's (“1-5次…;5次以上…”) ────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("志愿服务次数1-5次10分,5次以上20分", "20", [1, 5, 6], [10, 10, 20]),
    ("发表论文1至2篇计2分；2篇以上计4分", "4", [1, 2, 3], [2, 2, 4]),
    ("举办培训2~4场,得3分。4场以上,得6分", "6", [2, 4, 5], [3, 3, 6]),
    ("投诉不超过3件得5分,4-5件得3分,5件以上不得分", "5", [3, 5, 6], [5, 3, 0]),
])
def test_a_bare_above_at_a_range_end_is_past_it(text, weight, at, expected):
    p = propose(text, weight, "次数")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident  # 以上 holds its figure by law: the reading is said back
    assert any("以上”：读作多于" in u for u in p.unplaced), p.unplaced


def test_a_bare_above_at_a_range_end_beside_a_none_band():
    p = propose("开展宣传活动1-3次得5分,3次以上得10分,未开展不得分", "10", "次数")
    sole(p, "tiers")
    assert scores(p, [0, 1, 3, 4]) == D(0, 5, 5, 10)
    assert not p.confident


@pytest.mark.parametrize("text, weight, at, expected", [
    # 及以上 holds the figure: the range gives its end up
    ("开展宣传活动1-3次得5分,3次及以上得10分", "10", [2, 3], [5, 10]),
    # a measure of no whole counts (an area): the 以上 band holds its figure, as before
    ("绿地面积500-1000平方米,得1.5分;1000平方米以上,得2分;500平方米以下不得分", "2", [999, 1000], [1.5, 2]),
])
def test_near_miss_the_end_claimed_otherwise(text, weight, at, expected):
    p = propose(text, weight, "数量")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not any("读作多于" in u for u in p.unplaced), p.unplaced


# ── a zero on a line named in words (“浓度超过规定不得分”), then deductions per case: a condition of the row ────────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("查资料和现场。未进行监测或危害因素浓度/强度超过规定不得分；监测项目不全，每缺1项扣1分；监测周期不符合要求1项扣1分",
     "4", ("1", "1", "1"), "2"),
    ("污水排放高于国家标准的,本项不得分;台账不全,每缺一项扣0.5分", "3", ("1", "2"), "2"),
    ("查现场:噪声超出限值不得分,防护设施缺一处扣1分,扣完为止", "5", ("1", "3"), "2"),
])
def test_a_zero_on_a_line_in_words_gates_the_deductions(text, weight, values, score):
    p = propose(text, weight, "监测")
    variables = sole(p, "formula")["variables"]
    assert "整项不得分" in variables[0]["label"]
    assert by_vars(p, *values) == Decimal(score)
    assert by_vars(p, "0", *values[1:]) == 0
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("排放浓度超过标准10%的不得分;台账不全,每缺一项扣0.5分", "3"),  # a line in figures: no condition in words
    ("查资料。超过规定时限2天的不得分；资料不全每缺1项扣1分", "4"),
])
def test_near_miss_a_line_in_figures_is_no_gate(text, weight):
    p = propose(text, weight, "监测")
    assert not p.confident
    assert not any("整项不得分" in v["label"] for it in p.items for v in it["params"].get("variables", [])), p.summary


# ── a thing not done said with 不到 (“有一项做不到扣1分”) beside a fault of another cost: two faults, a formula ─────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("查阅资料、现场查看。有一项做不到扣1分,厕所、便池有尿垢、臭味各扣0.5分。", "3", ("1", "2"), "1"),
    ("每有一项做不到扣2分,资料不全扣1分,扣完为止", "6", ("2", "1"), "1"),
    ("有一项达不到扣1.5分；台账缺一项扣0.5分", "4", ("2", "1"), "0.5"),
])
def test_a_thing_not_done_with_budao_is_a_fault(text, weight, values, score):
    p = propose(text, weight, "卫生")
    sole(p, "formula")
    assert by_vars(p, *values) == Decimal(score)
    assert by_vars(p, *["0"] * len(values)) == Decimal(weight)
    assert not p.confident


def test_near_miss_a_stop_with_dao_is_no_fault():
    p = propose("每发现一处问题扣1分,直到扣完为止", "5", "卫生")
    assert sole(p, "deduction")["per"] == "1" and p.confident


# ── a zero on numbered requirements (“第1和第2项不符合要求不得分”), then deductions per case: a condition of the row ─────
@pytest.mark.parametrize("text, weight, values, score", [
    ("查现场和资料。第1和第2项不符合要求不得分，其他不符合要求1处扣2分", "10", ("1", "2"), "6"),
    ("查现场和资料。第1、2项不符合要求不得分，其他不符合要求1处扣2分", "10", ("1", "1"), "8"),
    ("第3条未落实的,本项不得分;其余每缺一项扣1分", "5", ("1", "3"), "2"),
])
def test_a_zero_on_numbered_requirements_gates_the_deductions(text, weight, values, score):
    p = propose(text, weight, "排水")
    variables = sole(p, "formula")["variables"]
    assert variables[0]["label"].startswith("第") and "整项不得分" in variables[0]["label"]
    assert by_vars(p, *values) == Decimal(score)
    assert by_vars(p, "0", *values[1:]) == 0
    assert not p.confident


def test_near_miss_a_count_of_checks_is_no_numbered_requirement():
    # “第2次检查”: the checks counted, not a requirement named by its number
    p = propose("第2次检查仍不合格的不得分,每发现1处问题扣1分", "5", "排水")
    assert not p.confident and p.kind != "formula"


# ── a sentence of its own naming many faults in words that zero the row (past 40 characters), then deductions ────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("查资料。未安排检查、周期不符合规定或者检查机构无资质、无职业健康检查评价报告、检查项目不符合规定不得分；"
     "健康损害劳动者未调离、安置的，发现1人扣1分", "3", ("1", "2"), "1"),
    ("未在醒目位置公布有关职业病防治规章制度、操作规程、职业危害事故、应急救援措施和工作场所职业危害因素监(检)测结果的,"
     "不得分。公布不全的,缺一项扣0.5分", "2", ("1", "3"), "0.5"),
    ("未制定年度培训计划、未建立培训档案或者未按计划组织全员培训和考核的，本项不得分；培训记录不全，每缺一人扣0.5分",
     "4", ("1", "4"), "2"),
])
def test_a_long_sentence_of_faults_zeroing_the_row_gates_the_deductions(text, weight, values, score):
    p = propose(text, weight, "检查")
    variables = sole(p, "formula")["variables"]
    assert "整项不得分" in variables[0]["label"]
    assert by_vars(p, *values) == Decimal(score)
    assert by_vars(p, "0", *values[1:]) == 0
    assert not p.confident


def test_near_miss_a_long_sentence_with_a_rate_is_no_gate():
    # a rate below a line among the faults: no condition in words
    p = propose("未制定年度培训计划、未建立培训档案或者未按计划组织全员培训和考核、考核合格率低于90%的，本项不得分；"
                "培训记录不全，每缺一人扣0.5分", "4", "检查")
    assert not p.confident
    assert not any("整项不得分" in v["label"] for it in p.items for v in it["params"].get("variables", [])), p.summary


# ── a person's own deduction beside the row's (“…每次扣2分、首席代表扣1分”): not the row's, said back ───────────────────
@pytest.mark.parametrize("text, weight, values, score, person", [
    ("1.擅自增加或退出进驻事项的,每发现一次扣2分、首席代表扣1分。2.进驻事项编制办事指南不准确的,每发现一项扣1分、"
     "首席代表扣0. 5分。", "10", ("2", "3"), "3", "首席代表"),
    ("迟报1次扣1分、首席代表扣0.5分;错报1次扣2分、首席代表扣1分", "10", ("2", "1"), "6", "首席代表"),
    ("未按时整改的每次扣2分,责任人扣1分;台账缺1项扣1分", "8", ("1", "2"), "4", "责任人"),
])
def test_a_persons_own_deduction_is_not_the_rows(text, weight, values, score, person):
    p = propose(text, weight, "窗口")
    variables = sole(p, "formula")["variables"]
    assert not any(person == v["label"] or "是否" + person in v["label"] for v in variables), variables
    assert by_vars(p, *values) == Decimal(score)
    assert not p.confident and any(u.startswith(f"“{person}扣") for u in p.unplaced), p.unplaced


def test_near_miss_a_fault_of_the_person_is_the_rows():
    # the person's absence is a fault of the row's, costed here
    p = propose("窗口负责人不在岗扣1分,每发现1次违规扣2分", "6", "窗口")
    variables = sole(p, "formula")["variables"]
    assert "负责人不在岗" in variables[0]["label"]
    assert by_vars(p, "1", "1") == Decimal(3)

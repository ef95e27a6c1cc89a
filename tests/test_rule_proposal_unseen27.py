"""Scoring clauses of unseen tables, read where they are written otherwise than the readings knew: sentences zeroing
the row standing among its deductions, at both ends or between them (“未委托…的,不得分;未按周期…扣3分;…;未备案的,
不得分”), or said with 均 (“…,均不得分”), a condition naming a standard's code or an aside in brackets; one case of a fault
counted in a measure word of a thing (“一种设备达不到扣0.5分”); and the slips of text recognition in a fault's words and
points (“扣O.5分”, “每缺―项”, “耒进行”, “扣0,5分”, “…扣1分:…”, “…的;不得分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, met_or_not as by_met, scores, sole


def _gate_and_faults(text: str, weight: str) -> tuple[str, list[str]]:
    """The label of the proposal's gate (its one zeroing factor) and the labels of the faults it multiplies."""
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert not p.confident  # whether the condition voids the deductions too is the evaluator's to confirm
    variables = params["variables"]
    assert variables[0]["name"] == "g" and params["expression"].startswith("g * ("), params
    return variables[0]["label"], [v["label"] for v in variables[1:]]


def _has_gate(p: Proposal) -> bool:
    return any(v["name"] == "g" for it in p.items for v in it["params"].get("variables", ()))


# ── zeroing sentences among the deductions ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, gate, faults", [
    # at both ends
    ("未建立安全管理台账的,不得分;台账更新不及时的,扣1分;台账内容不全的,每缺1项扣0.5分;台账未经负责人签字的,不得分", "4",
     "未建立安全管理台账或台账未经负责人签字", ["是否台账更新不及时", "台账内容不全，缺"]),
    # between the deductions, the first one opening the text
    ("未配备专职管理人员的,本项不得分;管理人员未持证上岗的,每人扣0.5分;未配备必要检测仪器的,不得分;检测记录不完整的,扣1分", "5",
     "未配备专职管理人员或未配备必要检测仪器", ["管理人员未持证上岗", "是否检测记录不完整"]),
    # between the deductions only, two of them one after the other
    ("应急预案未备案的,扣1分;未组织演练的,不得分;未开展培训的,不得分;演练记录不全的,每缺1项扣0.5分", "3",
     "未组织演练或未开展培训", ["是否应急预案未备案", "演练记录不全，缺"]),
])
def test_zeroing_sentences_among_the_deductions_are_one_gate(text, weight, gate, faults):
    label, labels = _gate_and_faults(text, weight)
    assert label.startswith(gate + "（")
    assert [x.split("（")[0] for x in labels] == faults
    p = propose(text, weight, "指标")
    assert by_vars(p, "1", "0", "0") == Decimal(weight)  # nothing found
    assert by_vars(p, "0", "0", "0") == 0  # a zeroing condition holds
    assert by_vars(p, "1", "1", "0") < Decimal(weight)  # the first fault found


@pytest.mark.parametrize("text, weight, gate", [
    ("未组织应急演练或者未如实记录演练情况,均不得分;演练不及时的,扣1分;演练方案不全的,每缺1项扣0.5分", "3",
     "未组织应急演练或者未如实记录演练情况"),
    ("未签订合同或未如实登记的,都不得分;登记不及时的,扣1分;登记内容不全的,每缺1项扣0.5分", "3", "未签订合同或未如实登记"),
    ("未申报或未如实申报的,一律不得分;申报不及时的,扣1分;申报不全的,每缺1项扣0.5分", "3", "未申报或未如实申报"),
])
def test_a_zero_said_with_jun_and_a_condition_said_with_ru_shi(text, weight, gate):
    label, labels = _gate_and_faults(text, weight)
    assert label.startswith(gate + "（")
    assert len(labels) == 2
    p = propose(text, weight, "指标")
    assert by_vars(p, "1", "1", "2") == Decimal(weight) - 2  # 1 + 2 × 0.5
    assert by_vars(p, "0", "0", "0") == 0


@pytest.mark.parametrize("text, gate", [
    ("未执行GB50016的,不得分;执行不全面的,每缺1项扣0.5分;未建立检查制度的,扣2分", "未执行GB50016"),
    ("不符合AQ1051-2020要求的,不得分;配备不全的,每缺1项扣0.5分;未建立发放台账的,扣2分", "不符合AQ1051-2020要求"),
    ("未明确主要负责人(或分管负责人)为第一责任人的,不得分;职责不清的,每项扣0.5分;未建立检查制度的,扣2分",
     "未明确主要负责人(或分管负责人)为第一责任人"),
])
def test_a_condition_naming_a_standard_or_with_an_aside(text, gate):
    label, _ = _gate_and_faults(text, "4")
    assert label.startswith(gate + "（")


@pytest.mark.parametrize("text, weight", [
    ("每处不合格扣1分;5处以上不合格的,不得分;整改不及时的,扣2分", "5"),  # the deductions running out, no condition
    ("台账更新不及时的,扣1分;台账内容不全的,扣0.5分;否则不得分", "4"),  # the otherwise of what?
    ("台账更新不及时的,扣1分;合格率低于80%的,不得分;台账内容不全的,扣0.5分", "4"),  # a rate's line, a band of a ladder
])
def test_near_miss_zeros_among_deductions_that_are_no_condition(text, weight):
    p = propose(text, weight, "指标")
    assert not _has_gate(p), p.summary


# ── one case of a fault counted in a measure word of a thing ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("现场查看,一种设备达不到扣0.5分。", "2", "0.5"),
    ("抽查车辆,1台车辆未年检的扣1分", "5", "1"),
    ("一套装置未校验扣0.5分,扣完为止", "3", "0.5"),
    ("一台设备不合格,扣1分", "4", "1"),
])
def test_one_case_in_a_measure_word_of_a_thing(text, weight, per):
    p = propose(text, weight, "设备")
    params = sole(p, "deduction")
    assert not p.confident  # that each further case costs as much is read, not said
    assert params == {"per": per, "unit": "个"}
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "2") == max(Decimal(weight) - 2 * Decimal(per), Decimal(0))


@pytest.mark.parametrize("text, weight", [
    ("一种设备达不到扣2分", "2"),  # the whole 分值: once
    ("1种以上设备未达标扣1分", "3"),  # one or more: once
    ("一种设备达不到的,不得分", "2"),
])
def test_near_miss_one_case_in_a_measure_word_that_is_no_count(text, weight):
    assert propose(text, weight, "设备").kind != "deduction"


# ── slips of text recognition ───────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, read", [
    ("未及时缴费,每险种扣O.5分", "未及时缴费,每险种扣0.5分"),
    ("检查率达不到10O%的,不得分", "检查率达不到100%的,不得分"),
    ("执行不全面的,每缺―项,扣0.5分", "执行不全面的,每缺1项扣0.5分"),  # (the case counted and its deduction one clause)
    ("未明确为第―责任人的", "未明确为第一责任人的"),
    ("耒进行定期检测的,扣3分", "未进行定期检测的,扣3分"),
    ("其中1项不合格扣0,5分", "其中1项不合格扣0.5分"),
    ("职责不明确的,扣1分:人员不符合规定的,扣1分", "职责不明确的,扣1分;人员不符合规定的,扣1分"),
    ("检查机构无资质的;不得分", "检查机构无资质的,不得分"),
    ("未配各足够的监测设备的,不得分", "未配备足够的监测设备的,不得分"),
])
def test_slips_of_text_recognition_are_put_right(text, read):
    assert normalize(text) == read


@pytest.mark.parametrize("text, kept", [
    ("通过ISO9001认证的得2分", "ISO9001"),  # a Latin O of a name
    ("耒阳市各乡镇均已完成", "耒阳"),  # the place name
    ("分配各单位任务的得1分", "分配各单位"),  # 配各 of 分配
    ("未配各单位的任务扣1分", "配各单位"),  # 各 before what it distributes
    ("评分标准:未完成的扣1分", "评分标准:"),  # a colon after a heading, not after points
    ("扣1,5分", "扣1分,5分"),  # a comma after points other than 0: no decimal point
    ("制度健全的;不完善的扣1分", "的;不完善"),  # a stop before a fault of its own, not before a zero
])
def test_near_miss_words_that_are_no_slip(text, kept):
    assert kept in normalize(text)


def test_a_text_of_slips_reads_as_the_formula_it_says():
    p = propose("应参加险种有一种未参加,不得分;未及时缴费,每险种扣O.5分;每险种少参加或少缴费1人扣0.05分", "1", "保险")
    params = sole(p, "formula")
    assert params["variables"][0]["name"] == "g"
    assert by_vars(p, "1", "1", "2") == Decimal("0.4")  # 1 − 0.5 − 2 × 0.05
    assert by_vars(p, "0", "0", "0") == 0


def test_near_miss_a_sentence_scoring_its_own_points_among_the_deductions_is_no_gate():
    p = propose("未建立台账的,不得分;台账更新不及时的,扣1分;按时报送的得满分,未报送的不得分;台账内容不全的,扣0.5分", "4", "台账")
    labels = [v["label"] for it in p.items for v in it["params"].get("variables", ())]
    assert not [x for x in labels if "得满分" in x], p.summary


# ── a zeroing clause opening the deductions, the row's other zero closing them, after how the row is checked ───────
@pytest.mark.parametrize("text, gate", [
    ("查资料和现场。未进行验收不得分，验收单位不符合要求扣2分，验收不合格即销号的不得分", "未进行验收或验收不合格即销号"),
    ("未进行验收不得分，验收单位不符合要求扣2分，验收不合格即销号的不得分", "未进行验收或验收不合格即销号"),
    ("查现场。未设专人值守的不得分,值守记录不全扣1分,值守人员无证上岗的不得分", "未设专人值守或值守人员无证上岗"),
])
def test_a_zero_opening_and_a_zero_closing_one_sentence_of_deductions(text, gate):
    label, labels = _gate_and_faults(text, "4")
    assert label.startswith(gate + "（") and len(labels) == 1
    p = propose(text, "4", "验收")
    assert by_vars(p, "1", "1") in (Decimal(2), Decimal(3))
    assert by_vars(p, "0", "0") == 0


# ── faults listed with 、 after their points ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, read", [
    ("现场没有专人指挥不得分、未设置警示标识扣1分、没有安检员监督扣1分", "现场没有专人指挥不得分,未设置警示标识扣1分,没有安检员监督扣1分"),
    ("台账不全扣0.5分、未归档扣1分", "台账不全扣0.5分,未归档扣1分"),
])
def test_a_list_mark_after_a_faults_points_is_a_comma(text, read):
    assert normalize(text) == read


@pytest.mark.parametrize("text, kept", [
    ("分别扣1分、2分", "扣1分、2分"),  # amounts in turn
    ("得分、扣分情况", "得分、扣分"),  # words, no points
])
def test_near_miss_a_list_mark_after_points_that_lists_amounts(text, kept):
    assert kept in normalize(text)


def test_faults_listed_with_a_list_mark_after_a_heading_are_gated_faults():
    label, labels = _gate_and_faults("查资料和现场。现场没有专人指挥不得分、未设置警示标识扣1分、没有安检员监督扣1分", "4")
    assert label.startswith("现场没有专人指挥（") and len(labels) == 2


# ── a rate short of its line among faults each zeroing the row ───────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "未按规定组织体检的,不得分;体检机构无资质的,不得分;必检项目不齐全,不得分;体检率达不到100%的,不得分",
    "未建立培训档案的,不得分;培训率未达到95%以上的,不得分",
    "体检率达不到100%的,不得分;未按规定组织体检的,不得分",
])
def test_a_rate_short_of_its_line_beside_faults_in_words_is_one_more_fault(text):
    p = propose(text, "2", "职业健康检查")
    params = sole(p, "all_or_nothing")
    assert not p.confident  # the full marks are not said, and the rate's line is the team's to check
    assert params["condition"].startswith("无：") and "%" in params["condition"]
    assert by_met(p) == (Decimal(2), Decimal(0))


@pytest.mark.parametrize("text", [
    "体检率达不到100%的,不得分",  # a line alone: a threshold's
    "体检率达不到100%的,不得分;覆盖率达不到90%的,不得分",  # lines only
    "未按规定组织体检的,不得分;体检率低于80%的,不得分",  # a band of a ladder, not a line short of
])
def test_near_miss_rates_that_are_no_fault_among_faults(text):
    assert propose(text, "2", "职业健康检查").kind != "all_or_nothing"


@pytest.mark.parametrize("text, faults", [
    ("未缴纳的,不得分;无缴费凭证的,不得分", ["未缴纳", "无缴费凭证"]),
    ("布局不合理的,不得分;没有将作业区分开的,不得分", ["布局不合理", "没有将作业区分开"]),
])
def test_sentences_each_zeroing_the_row_are_its_faults_never_a_score_said_with_bu(text, faults):
    # “…的,不得分” is the row's zero, never a condition “…的,不” scoring 得分
    p = propose(text, "3", "保险")
    params = sole(p, "all_or_nothing")
    assert params["condition"] == "无：" + "、".join(faults)
    assert by_met(p) == (Decimal(3), Decimal(0))


# ── bands of a share of the requirement, run together, the bottom one with nothing done beside its figure ──────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("门诊量达到要求,得满分门诊量≥规定数的80%,得2分门诊量≥规定数的60%,得1分门诊量<规定数60%,或未安排,不得分", "3",
     [100, 85, 65, 50, 0], [3, 2, 1, 0, 0]),
    ("带教量达要求,得满分;带教量≥规定数的80%,得3分;带教量≥规定数的60%,得1分;带教量<规定数的60%,或未开展,不得分", "6",
     [120, 100, 80, 70, 10], [6, 6, 3, 1, 0]),
    ("完成检查项目达要求,得满分完成检查项目≥规定数的80%,得3分完成检查项目≥规定数的60%,得1分未安排检查,不得分", "6",
     [100, 90, 60, 0], [6, 3, 1, 0]),
])
def test_bands_of_a_share_of_the_requirement_with_nothing_done_at_the_bottom(text, weight, values, expected):
    p = propose(text, weight, "工作量")
    sole(p, "tiers")
    assert not p.confident
    assert scores(p, values) == D(*expected)


def test_near_miss_a_band_joined_to_a_condition_other_than_nothing_done_stays_situations():
    # over capacity is no value of the count: a case of its own, beside the bands
    p = propose("招收人数达到要求,得满分;招收人数≥规定数的80%,得2分;招收人数≥规定数的60%,得1分;"
                "招收人数<规定数60%,或超容量招收,不得分", "3", "招收")
    assert p.kind == "choice" and not p.confident


# ── a rate past the line it must stay within, the whole 分值 lost ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, values, expected", [
    ("新发病例年均增长率未控制在5%以内的,不得分", [0, 5, 5.1, 10], [2, 2, 0, 0]),
    ("超支率超过5%的,本项不得分", [3, 5, 6], [2, 2, 0]),
    ("投诉率高于3%的不得分", [1, 3, 3.5], [2, 2, 0]),
    ("预算调整率未控制在10%以下的,不得分", [10, 11], [2, 0]),
])
def test_a_rate_past_the_line_it_must_stay_within_loses_the_whole_points(text, values, expected):
    p = propose(text, "2", "增长率")
    sole(p, "tiers")
    assert not p.confident  # the score within the line is not said
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text", [
    "增长率未控制在5%的,不得分",  # within or at least? no side
    "每超过5%的,不得分",  # a step
    "超过5%以内的不得分",  # two sides
    "迟报超过3次的,不得分",  # a count, not a rate
])
def test_near_miss_lines_past_which_nothing_is_read(text):
    assert propose(text, "2", "增长率").kind != "tiers"


# ── a rate short of its line said in words, a zeroing condition beside the deductions ────────────────────────────
@pytest.mark.parametrize("text, gate", [
    ("未设置警示标识的,不得分;警示说明内容不全的,缺1项扣0.2分;警示标识设置率达不到95%,不得分", "未设置警示标识或警示标识设置率达不到95%"),
    ("抽查10名职工,发现1人未签订合同的,扣0.5分;合同未载明防护条款的,扣0.2分;告知率未达到100%的,不得分", "告知率未达到100%"),
    # 除 inside a verb (拆除, 清除) is no “except”
    ("擅自拆除防护设施的,不得分;台账不齐全的,扣0.5分;维护没有记录的,缺1次扣1分", "擅自拆除防护设施"),
    ("未及时清除隐患的,不得分;巡查记录不全的,扣1分;整改不及时的,扣1分", "未及时清除隐患"),
])
def test_a_rate_short_of_its_line_or_a_verb_with_chu_is_a_zeroing_condition_beside_deductions(text, gate):
    label, _ = _gate_and_faults(text, "4")
    assert label.startswith(gate + "（")


def test_near_miss_a_rate_short_of_its_line_after_its_own_steps_is_no_gate():
    # the rate's steps running out (每低1%扣0.5分), never a condition of its own
    p = propose("培训率每低1%扣0.5分;培训记录不全的,扣1分;培训率达不到90%的,不得分", "4", "培训")
    assert not _has_gate(p), p.summary


# (a condition of “except”, 除…外, is none)
def test_near_miss_a_condition_of_except_is_no_gate():
    p = propose("除不可抗力外未按期完成的,不得分;进度不及时的,扣1分;记录不全的,扣1分", "4", "进度")
    assert not _has_gate(p), p.summary

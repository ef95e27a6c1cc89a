"""Rows of a store inspection, a hazard assessment, a supplier's quarterly evaluation and a village assessment, read
where no reading looked:

- bands of a count of faults from one case up, each deducting, the last open above and scoring nothing (“1例扣2分，
  ≥2例不得分”, “全组1-2人不合格扣1分，≥3人不合格不得分”): none found keeps the 分值, unsaid, so the bands are to check
  (``tiers._undeducted`` beside the bands open below); where each band is the count before it plus one and the cliff is
  written “≥N” as “N…及以上” is, the score of each count said (``tiers._by_count``: sure where the bands name what they
  count alike). A bare “N次以上” cliff after one case stays a deduction per case (the cliff may start past its figure);
- one band that zeroes from a count of faults of two or more (“≥2处不合格不得分”, “3人及以上缺岗的，不得分”): fewer keep
  the 分值, unsaid (``tiers._cases_zero_from``, to check); from one fault (“≥1个不合格不得分”, “1处及以上不合格的，不得分”)
  the row is met or not (``all_or_nothing._breach_only``, to check);
- minutes are no points (“超过20分钟不得分”: the run of options split at “分” no more, ``wording._OPTIONS_RUN_ON``; the
  fault of a zeroing sentence may hold them, ``all_or_nothing._zeroed_by``);
- a lone fault naming a grade (“存在2级重大危险源的，扣8分”) or the years looked back over (“3年内发生过…的，扣5分”):
  figures that count nothing (``formula._LONE_FIGURES``), the fault taken once, to check; an age in 周岁 (“无35周岁及以下
  干部的”) counts no weeks (``formula._CASE_UNITS``);
- a base named, then what is counted against it (“以发出的订单数为基数，按响应数量折算”, ``rate._base_then_counted``); the
  best of those rated full marks and the rest in proportion (“中选率最高的满分，完全未中选的0分，其余在此区间折算”,
  ``rate._best_then_share``; “折算” scores, no requirement of a 全有或全无); a sheet's own score brought to the 分值
  (“根据评价表得分折算”, ``rate._sheet_score``): rates, to check;
- faults listed with their amounts in turn (“发生治安案件、刑事案件的，每件分别扣2分、3分”) as one sentence among others
  deducting each their own, a clause of how the cases came about before the list (``formula._faults_in_turn``);
- the cases of others at half the amount of the faults before (“其他干部存在上述情况的，减半扣分”): counted apart, each
  fault once more at half (``formula._doubled``), to check;
- a step said with 按 after the line it falls short of (“体检率未达到100%，按每下降5%扣0.5分”, ``threshold._SHORT_OF_LINE``);
- two kinds of one fault set apart by a slash, the amounts of a case alike (“涉及甲类/乙类…的，每涉及一处扣1/0.5分”):
  each kind counted, the amount in its place (``formula._kinds_slashed``), to check.

Near misses: a gap between the bands (“每有1处…扣1分;5处及以上不得分”), a bare “以上” cliff, a count that is no fault
(“≥2次开展培训”), “1个以上” (unsure of its own figure), a figure that is a count of cases (“存在2处重大隐患的”), a score or a
rate as the base, the lowest scoring nothing (a scale between two), no proportion, a sentence deducting nothing beside
the list.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, met_or_not, ratio, readings, scored, scores, sole


# ── bands of a count from one case, the cliff said with ≥ ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("1例扣2分，≥2例不得分", "4", [0, 1, 2, 5], [4, 2, 0, 0]),
    ("1处扣1.5分，≥2处不得分", "3", [0, 1, 2], [3, 1.5, 0]),
    ("全组1-2人不合格扣1分，≥3人不合格不得分", "2", [0, 1, 2, 3, 6], [2, 1, 1, 0, 0]),
    ("1-3人未着工装扣2分，≥4人未着工装不得分", "5", [0, 3, 4], [5, 3, 0]),
    ("1个货架不整齐扣1分，≥2个不得分", "2", [0, 1, 2], [2, 1, 0]),
])
def test_bands_of_cases_from_one_the_cliff_with_at_least(text, weight, values, expected):
    p = propose(text, weight, "检查项")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident
    assert any("按得满分读（评分标准只写了扣分的情形）" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight, values, expected", [
    ("发现1次扣2分，≥2次不得分", "5", [0, 1, 2, 4], [5, 3, 0, 0]),
    ("发现1次扣2分，发现2次及以上不得分", "5", [0, 1, 2], [5, 3, 0]),
    ("出现1起扣1分，≥2起不得分", "3", [0, 1, 2], [3, 2, 0]),
    ("1例扣1分，2例扣3分，≥3例不得分", "5", [0, 1, 2, 3], [5, 4, 2, 0]),
])
def test_counts_each_scored_the_cliff_with_at_least_are_sure(text, weight, values, expected):
    p = propose(text, weight, "检查项")
    sole(p, "tiers")
    assert p.confident, p.unplaced
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("报表数据每有1处错误扣1分;5处及以上错误,不得分", "5"),  # 2-4 unsaid by any band
    ("违反制度任何1项,1次扣5分,2次以上不得分", "10"),  # a bare 以上: a deduction per case reads it
])
def test_bands_of_cases_not_joined_or_a_bare_or_more_are_no_such_bands(text, weight):
    p = propose(text, weight, "检查项")
    assert p.kind != "tiers", p.summary


# ── one zeroing band from a count of faults ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("≥2处不合格不得分", "2", [0, 1, 2, 7], [2, 2, 0, 0]),
    ("≥2次录入错误不得分", "3", [1, 2], [3, 0]),
    ("3人及以上缺岗的，不得分", "4", [2, 3], [4, 0]),
    ("不合格2处及以上的，不得分", "2", [1, 2], [2, 0]),
])
def test_one_zeroing_band_on_a_count_of_faults(text, weight, values, expected):
    p = propose(text, weight, "检查项")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident
    assert any("得满分，评分标准未明说" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "≥1个不合格不得分",
    "≥1处不准确不得分",
    "1处及以上不合格的，不得分",
])
def test_one_fault_or_more_zeroing_is_met_or_not(text):
    p = propose(text, "2", "检查项")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(2, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "≥2次开展培训不得分",  # a count of things done, no fault
    "1个以上不合格不得分",  # 以上 alone: its own figure unsure
    "≥2处不合格扣1分",  # no zero
])
def test_near_misses_of_one_zeroing_band(text):
    assert not any(r.items[0]["type"] == "tiers" and len(r.items[0]["params"]["tiers"]) == 2
                   and r.items[0]["params"]["tiers"][1]["score"] == "0" for r in readings(text, "2")), text


# ── minutes are no points ─────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "1个货位空缺超过30分钟不得分",
    "顾客排队等候超过10分钟的，不得分",
])
def test_minutes_in_a_fault_zeroing_the_row(text):
    p = propose(text, "3", "检查项")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(3, 0)
    assert not p.confident


# ── a lone fault naming a grade or a window of years ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cost", [
    ("存在2级重大危险源的，扣8分;", "10", 8),
    ("存在三级危险化学品重大危险源的，扣6分；", "10", 6),
    ("三年内发生过火灾事故，但未造成人员伤亡的，扣5分;", "10", 5),
    ("2年内受到过行政处罚的，扣3分", "10", 3),
])
def test_a_lone_fault_naming_a_grade_or_years(text, weight, cost):
    p = propose(text, weight, "风险")
    sole(p, "formula")
    assert [by_vars(p, "0"), by_vars(p, "1")] == D(weight, int(weight) - cost)
    assert not p.confident


def test_an_age_in_full_years_counts_no_weeks():
    p = propose("班子中无大专及以上学历的，扣0.5分；无35周岁及以下干部的，扣0.5分。", "10", "班子")
    sole(p, "formula")
    assert [by_vars(p, "0", "0"), by_vars(p, "1", "0"), by_vars(p, "1", "1")] == D(10, 9.5, 9)
    assert not any("周" in v["unit"] for v in p.items[0]["params"]["variables"])


@pytest.mark.parametrize("text", [
    "存在2处重大隐患的，扣8分",  # a count of cases, not a grade
    "每2级扣1分",
])
def test_figures_that_are_no_grade_of_a_lone_fault(text):
    p = propose(text, "10", "风险")
    assert not (p.kind == "formula" and by_vars(p, "1") == D(2)[0]), p.summary


# ── a base named, then what is counted against it, 折算 ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, num, den", [
    ("以评价期间发出的订单数为基数，按响应数量折算", "响应数量", "评价期间发出的订单数"),
    ("考察交付真实性，以中选人数为基数，按实际到岗人数折算", "到岗人数", "中选人数"),
    ("以计划培训人次为基准，按实际参训人次折算得分", "参训人次", "计划培训人次"),
])
def test_a_base_then_the_count_reckoned_against_it(text, num, den):
    p = propose(text, "10", "响应率")
    params = sole(p, "rate")
    assert (params["numerator_label"], params["denominator_label"]) == (num, den)
    assert params["cap"] is True
    assert not p.confident


@pytest.mark.parametrize("text", [
    "以90分为基数，按扣分折算",  # a score as the base
    "以发出的订单数为基数，按响应率折算",  # a rate, not a count
    "以发出的订单数为基数",  # nothing counted against it
])
def test_near_misses_of_a_base_then_the_count(text):
    assert not any(r.items[0]["type"] == "rate" and "基数" in (r.doubts or ("",))[-1] for r in readings(text, "10")), text


# ── the best of those rated full marks, the rest in proportion ──────────────────────────────────────────────
@pytest.mark.parametrize("text, what", [
    ("评价期间中选率最高的满分，完全未中选的0分，其余在此区间折算", "评价期间中选率"),
    ("得票最多的得满分，其余按比例计分", "得票"),
    ("考核期内回款额最高的供应商得满分，其他供应商按比例折算", "考核期内回款额"),
])
def test_the_best_full_the_rest_in_proportion(text, what):
    p = propose(text, "5", "中选率")
    params = sole(p, "rate")
    assert (params["numerator_label"], params["denominator_label"]) == (f"本单位{what}", f"各单位中最高的{what}")
    assert not p.confident


@pytest.mark.parametrize("text", [
    "中选率最高的满分，最低的0分，其余在此区间折算",  # the lowest value scores nothing: a scale between two
    "中选率最高的满分，其余不得分",  # no proportion
])
def test_near_misses_of_the_best_full(text):
    assert not any(r.items[0]["type"] == "rate" for r in readings(text, "5")), text


# ── faults listed with their amounts in turn, beside other faults ───────────────────────────────────────────
@pytest.mark.parametrize("text, values, expected", [
    ("迟报1次扣1分；发生治安案件、刑事案件的，每件分别扣2分、3分。", ("1", "1", "1"), 4),
    ("纠纷出村的，每例扣0.5分；因调处不及时，发生治安案件、刑事案件的，每件分别扣2分、3分。", ("2", "1", "1"), 4),
    ("迟到、早退的，每次分别扣1分、0.5分", ("2", "2"), 7),
])
def test_faults_in_turn_among_other_sentences(text, values, expected):
    p = propose(text, "10", "综治")
    sole(p, "formula")
    assert by_vars(p, *values) == D(expected)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "建立台账；被县、市、省通报的，每次分别扣1分、2分",  # more listed than amounts, no modifier of the first
    "按时上报；在安全、质量方面被通报的，每次分别扣1分、2分",  # a sentence deducting nothing before the list
])
def test_near_misses_of_faults_in_turn_among_sentences(text):
    p = propose(text, "10", "综治")
    assert not (p.kind == "formula" and len(p.items[0]["params"]["variables"]) >= 2), p.summary


# ── a step said with 按 after a line short of it ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, values, expected", [
    ("应征青年体检率未达到100%，按每下降5%扣0.5分。", [100, 95, 80], [10, 9.5, 8]),
    ("登记率未达到98%的，按每降低1个百分点扣1分", [98, 95], [10, 7]),
])
def test_a_step_with_an_at_after_a_line_short_of_it(text, values, expected):
    p = propose(text, "10", "武装")
    sole(p, "threshold")
    assert scores(p, values) == D(*expected)


# ── the score of a sheet of its own, 折算 ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "项目验收时由项目经理基于服务评价表作评价，根据评价表得分折算，按项目数累计求平均值",
    "根据考核得分折算",
    "依据满意度测评得分按比例折算",
])
def test_a_sheet_score_brought_to_the_points(text):
    p = propose(text, "40", "服务质量")
    sole(p, "rate")
    assert [scored(p, ratio(v)) for v in (100, 75, 0)] == D(40, 30, 0)
    assert not p.confident


@pytest.mark.parametrize("text", ["根据扣分折算", "根据得分情况酌情折算"])
def test_near_misses_of_a_sheet_score(text):
    assert not any(r.items[0]["type"] == "rate" for r in readings(text, "10")), text


# ── faults of others at half their amount ──────────────────────────────────────────────────────────────────
def test_others_at_half_the_amount_of_the_faults_before():
    p = propose("主要负责人违规被处理的，每例扣3分；被评为不称职的，每例扣5分。其他人员存在上述情况的，减半扣分。", "10", "组织")
    sole(p, "formula")
    assert by_vars(p, "1", "0", "1", "1") == D(3)[0]  # 10 - 3 - 1.5 - 2.5
    assert by_vars(p, "0", "0", "2", "0") == D(7)[0]
    assert not p.confident
    assert any("减半读" in u for u in p.unplaced), p.unplaced


# ── two kinds set apart by a slash, their amounts alike ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("涉及甲类/乙类危险品仓库的，每涉及一处扣1/0.5分", "5", ("2", "3"), 1.5),
    ("存在一级/二级重大危险源的，每处扣3/2分", "10", ("1", "2"), 3),
    ("使用甲类/乙类溶剂的车间，每个扣2/1分，扣完为止", "6", ("1", "1"), 3),
])
def test_two_kinds_slashed_each_with_its_amount(text, weight, values, expected):
    p = propose(text, weight, "危险性")
    sole(p, "formula")
    assert by_vars(p, *values) == D(expected)[0]
    assert not p.confident
    assert any("按斜线前后依次对应扣分读" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "涉及甲类/乙类厂房的，每处扣1/1分",  # one amount for both
    "涉及甲/乙类厂房的，每处扣1/0.5分",  # the kind's word said once
    "甲类/乙类厂房面积占比每增加1%扣1/0.5分",  # a step, no case
])
def test_near_misses_of_two_kinds_slashed(text):
    assert not any("按斜线前后依次对应扣分读" in u for r in readings(text, "5") for u in (r.doubts or ())), text

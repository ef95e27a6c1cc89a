"""Cases told apart by words around one shared figure, steps earned past a floor, and one person's fault costing its points:

- cases each naming the same figure among words that tell them apart (“…且在岗人员≥10名,得3分;…但在岗人员≥10名,得2分;
  在岗人员<10名,或…,不得分”): the figure is one condition of each case, not the measure of bands; a reading of bands
  two of whose bands are the same values scoring otherwise is no reading (``tiers.band_repeated``), and the cases are
  read as situations (情形选择), to check;
- a floor asked, then each step past it earning points (“每期培训不少于20课时,在20课时的基础上,每多2课时加1分,满分5分”,
  “服务对象不低于100户,每增加10户加1分,最高5分”): the value past the floor, ``max(0, p - 20) / 2 * 1``
  (``formula._steps_past_line``, its floor said with 不少于/不低于, restated or not; 学时 and 课时 among the units of
  a line), never a count of steps from nothing (``formula._earned`` steps aside: ``formula._past_floor``);
- a requirement and its points, then points earned per case up to a cap of their own, the two making up the 分值
  (“成立领导小组得2分,每听取1次汇报得1分,最高4分”, “…领导小组(2分),并能…,每听取1次…”, or in sentences of their own): a
  yes/no item and a formula counting the cases, to check (``reading._split_stated_mixed``: a sentence earning per case
  counts its cap, ``_stated_or_capped``; in one sentence, ``_EARNED_BESIDE``);
- bands of a count from the most cases down to one (“违反5次及以上得0分,4次得2分,…,1次得8分”, “迟报3次及以上不得分,2次扣5分,
  1次扣2分”): the same bands as from one case up (``tiers._counts_falling_turned``, then ``tiers._by_count``);
- a fault then one person of it and its cost, 每 left out (“培训记录不符合要求1人扣0.5分”, “…的1名扣1分”): per person
  (``deduction._ONE_FAULT``, persons among its units), to check unless a stop is said.

Near misses: true bands (“≥95%,得5分;90%≤…<95%,得3分”), a floor with points of its own (“不少于50人,得2分,每增加…”), a
floor restated as another figure, a requirement and capped earnings not making up the 分值, a cap on deductions, counts falling
with a gap or the most cases not “及以上”, a fault of one person costing the whole 分值, and counts of persons in bands (“少报1人扣1
分,少报2人扣3分,…”).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.tiers import _counts_falling_turned, band_repeated
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, picked, readings, scored, sole


# ── one figure shared by cases told apart in words ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("招收在计划数内，完成招收任务，且在岗人员≥10名，得3分；计划合理，未完成招收任务，但在岗人员≥10名，得2分；"
     "在岗人员＜10名，或超计划招收，不得分", "3", [3, 2, 0]),
    ("设备运行正常，且完好率≥95%，得5分；设备偶有故障，但完好率≥95%，得3分；完好率＜95%，或发生事故，不得分", "5", [5, 3, 0]),
    ("师资配备齐全，且带教老师≥6名，得2分师资基本齐全，但带教老师≥6名，得1分带教老师＜6名，或师资不全，不得分", "2", [2, 1, 0]),
])
def test_cases_sharing_one_figure_are_situations(text, weight, expected):
    p = propose(text, weight, "招收")
    options = sole(p, "choice")["options"]
    assert len(options) == len(expected) and not p.confident
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)


def test_cases_sharing_one_figure_with_no_other_words_in_the_last_are_no_bands():
    # the last case only the figure short: still no bands of it (two cases at 6 or more); left to the team
    p = propose("师资配备齐全，且带教老师≥6名，得2分师资基本齐全，但带教老师≥6名，得1分带教老师＜6名，不得分", "2", "师资")
    assert p.kind != "tiers" and not p.confident


def test_true_bands_stay_bands():
    p = propose("完好率≥95%，得5分；90%≤完好率＜95%，得3分；完好率＜90%，不得分", "5", "完好率")
    assert sole(p, "tiers") and p.confident


def test_a_band_repeated_is_the_same_values_scoring_otherwise():
    def band(lo, score):
        return {"min": lo, "min_inclusive": True, "max": None, "max_inclusive": False, "score": score}
    below = {"min": None, "min_inclusive": False, "max": "10", "max_inclusive": False, "score": "0"}
    assert band_repeated({"type": "tiers", "params": {"tiers": [band("10", "3"), band("10", "2"), below]}})
    assert not band_repeated({"type": "tiers", "params": {"tiers": [band("20", "3"), band("10", "2"), below]}})
    # the same band twice at one score is another doubt (a band another holds), not a reading to drop
    assert not band_repeated({"type": "tiers", "params": {"tiers": [band("10", "3"), band("10", "3"), below]}})
    assert not band_repeated({"type": "choice", "params": {"options": []}})


# ── steps past a floor ──────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("每期培训不少于20课时,在20课时的基础上,每多2课时加1分,满分5分", "5", ["20", "24", "40"], [0, 2, 5]),
    ("服务对象不低于100户,每增加10户加1分,最高5分", "5", ["100", "130", "90"], [0, 3, 0]),
    ("志愿者人数不少于50人,每增加10人加1分,最高5分", "5", ["50", "70", "200"], [0, 2, 5]),
    ("集中学习不少于12学时,每超过1学时加0.5分,最高3分", "3", ["12", "14", "20"], [0, 1, 3]),
])
def test_steps_past_a_floor_earn(text, weight, values, expected):
    p = propose(text, weight, "培训")
    params = sole(p, "formula")
    assert params["expression"].startswith("max(0, p - ") and not p.confident
    assert [by_vars(p, v) for v in values] == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("志愿者人数不少于50人,得2分,每增加10人加1分,最高5分", "5"),  # points at the floor: another wording
    ("学员培训不少于40学时,在30学时的基础上,每多1学时加2分,满分10分", "10"),  # the floor restated as another figure
])
def test_a_floor_with_points_or_restated_otherwise_is_no_step_past_it(text, weight):
    assert not any(it["type"] == "formula" and it["params"]["expression"].startswith("max(0, p - ")
                   for r in readings(text, weight) for it in r.items)


# ── one person of a fault ───────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("培训记录不符合要求1人扣0.5分", "2", "0.5"),
    ("查资料和现场。持证不符合规定1人扣0.2分", "2", "0.2"),
    ("体检不合格的1名扣1分,扣完为止", "3", "1"),
])
def test_one_person_of_a_fault_costs_per_person(text, weight, per):
    p = propose(text, weight, "人员")
    params = sole(p, "deduction")
    assert params["per_case"] == per if "per_case" in params else True
    assert by_count(p, "2") == D(float(weight) - 2 * float(per))[0]
    assert p.confident == ("扣完为止" in text)


def test_one_person_costing_the_whole_points_is_no_count():
    p = propose("不符合要求1人扣2分", "2", "人员")
    assert p.kind != "deduction"


def test_persons_in_bands_stay_bands():
    p = propose("少报1人扣1分,少报2人扣3分,少报3人以上不得分", "10", "上报")
    assert p.kind == "tiers"


# ── a requirement's points, then points per case up to a cap ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points, per, cap", [
    ("成立工作领导小组得2分,每召开1次专题会议得1分,最高4分。", "6", "2", "1", "4"),
    ("正式发文明确责任分工(2分),并定期督导,每开展1次督导得0.5分,最多3分", "5", "2", "0.5", "3"),
    ("制定年度工作方案得2分;每开展1次专项检查得1分,最高3分", "5", "2", "1", "3"),
])
def test_a_requirement_then_capped_earnings(text, weight, points, per, cap):
    p = propose(text, weight, "组织")
    assert [it["type"] for it in p.items] == ["all_or_nothing", "formula"] and not p.confident
    assert [it["max"] for it in p.items] == [points, cap]
    assert scored(p, {"met": True}, 0) == D(points)[0]
    variables = p.items[1]["params"]["variables"]
    assert len(variables) == 1
    assert scored(p, {"vars": {variables[0]["name"]: "2"}}, 1) == min(D(cap)[0], 2 * D(per)[0])
    assert scored(p, {"vars": {variables[0]["name"]: "20"}}, 1) == D(cap)[0]


@pytest.mark.parametrize("text, weight", [
    ("成立工作领导小组得2分,每召开1次专题会议得1分,最高3分。", "6"),  # 2 + 3 is not the 分值
    ("成立工作领导小组得2分,每召开1次专题会议扣1分,最高4分。", "6"),  # deductions, not earnings
    ("建成示范点得3分,每增加1个加1分,最多加2分", "5"),  # a first case, then each further one
    ("建成示范点得3分;每增加1个加1分,最多加2分", "5"),
])
def test_a_requirement_and_earnings_not_making_up_the_points_are_not_split(text, weight):
    p = propose(text, weight, "组织")
    assert [it["type"] for it in p.items] != ["all_or_nothing", "formula"]


# ── bands of a count from the most cases down ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("出现差错3次及以上得0分,2次得3分,1次得5分", "6", ["0", "1", "2", "3", "7"], [6, 5, 3, 0, 0]),
    ("迟报3次及以上不得分,2次扣5分,1次扣2分", "10", ["0", "1", "2", "4"], [10, 8, 5, 0]),
    ("遵守考勤制度,缺勤4次以上得0分,3次得1分,2次得2分,1次得3分", "4", ["0", "1", "3", "5"], [4, 3, 1, 0]),
])
def test_counts_falling_read_as_rising(text, weight, counts, expected):
    p = propose(text, weight, "考勤")
    sole(p, "tiers")
    assert [scored(p, {"value": c}) for c in counts] == D(*expected)


@pytest.mark.parametrize("text", [
    "出现差错3次及以上得0分,1次得5分",  # a count left out
    "出现差错3次得0分,2次得3分,1次得5分",  # the most cases not “及以上”: more than 3 unsaid
])
def test_counts_falling_with_a_gap_or_no_top_are_not_turned(text):
    assert _counts_falling_turned(normalize(text)) == ""

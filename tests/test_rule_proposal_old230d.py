"""Formulas the text states that fell back to judgement for words around them:

- what the score is found from, leading the points per case (“根据全年巡查记录评分,每完成1次巡查加10分,最多加50分”,
  “依据活动台账计分,…”; ``wording.basis_lead``), read past by the points per case (``formula._earned``), also with the
  分值 said again after it (“根据…评分,满分50分,每…”: ``reading.stated_weight_dropped``) — to check, the lead's words
  left unplaced;
- a fault costing its points per half-day said with no 每 beside faults counted each time (“迟到一次扣1分,旷工半天扣2分”:
  each half-day a case, as “迟到一次” is each time; ``formula._faults``) — to check, a part of a half-day unsaid.

Near misses: a lead saying how it is scored (“按比例计分,”), a lead holding a figure, points added capped short of the 分值
after the lead (“…满分100分,每…加10分,最多加50分”: the rest unsaid), a half-day that is a line (“请假半天以上的扣2分”:
taken once).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import basis_lead, normalize
from tests.proposals import D, by_vars, sole


# ── what the score is found from, before points per case ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("根据全年巡查记录评分,每完成1次巡查加10分,最多加50分。", "50", ["3", "8"], [30, 50]),
    ("根据全年巡查记录评分,满分50分,每完成1次巡查加10分,最多加50分。", "50", ["3", "8"], [30, 50]),
    ("依据活动台账计分,每开展1次宣传活动得2分,最高10分。", "10", ["4", "6"], [8, 10]),
    ("按照培训签到表打分,每组织1次业务培训得5分,最多20分。", "20", ["1", "5"], [5, 20]),
])
def test_basis_lead_before_points_per_case(text, weight, values, expected):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert [by_vars(p, v) for v in values] == D(*expected)
    assert not p.confident  # the lead's words are left to check


@pytest.mark.parametrize("text", [
    "按比例计分,每完成1次检查得2分,最高10分",  # how it is scored, not what from
    "根据2次检查记录评分,每完成1次检查得2分",  # a figure in the lead
    "根据检查情况得分,每完成1次检查得2分",  # no word of scoring closing the lead
    "每完成1次检查得2分,根据记录评分",  # not leading
])
def test_basis_lead_near_misses(text):
    assert basis_lead(normalize(text)) is None


def test_basis_lead_with_a_cap_short_of_the_weight_is_not_read():
    # points added up to half the 分值 said: what makes the rest is unsaid
    p = propose("根据全年巡查记录评分,满分100分,每完成1次巡查加10分,最多加50分。", "100", "指标")
    assert p.kind != "formula"


def test_basis_lead_scores_nothing():
    m = basis_lead(normalize("根据全年车辆检查记录评分,每完成1次检查加20分"))
    assert m is not None and m.group("basis") == "全年车辆检查记录"


# ── a half-day's cost beside faults counted each time ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("迟到一次扣1分,旷工半天扣2分,扣完为止", "20", ["2", "3"], 12),
    ("早退一次扣0.5分；旷工半天扣3分；扣完为止。", "10", ["2", "1"], 6),
    ("上班迟到一次扣1分,无故缺勤半天扣2分,扣完为止", "10", ["1", "5"], 0),
])
def test_half_day_beside_times(text, weight, values, expected):
    p = propose(text, weight, "考勤")
    params = sole(p, "formula")
    assert params["variables"][1]["unit"] == "半天"
    assert by_vars(p, *values) == D(expected)[0]
    assert not p.confident
    assert any("半天" in u for u in p.unplaced)


def test_half_day_as_a_line_is_no_count():
    p = propose("迟到一次扣1分,请假半天以上的扣2分,扣完为止", "20", "考勤")
    if p.kind == "formula":
        assert all(v["unit"] != "半天" for v in p.items[0]["params"]["variables"])

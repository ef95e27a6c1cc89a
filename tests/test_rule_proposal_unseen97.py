"""Texts falling back to judgement though they state a computable rule: points earned per step of hours
(“每100小时得1分,最高15分”); a numbered part's score run straight into the next part's number (“…,得满分2.其他情况均
不得分”), the second part the case that scores nothing; and a 达标线 with a step per point below it,
beside a condition in words that zeroes the row (“…达到100%。未完成年度检测任务此项不得分;每降低5%扣0.02分”), the
condition said after the line and its step or between them; and the score written as the 分值 less the excess of an
amount over its limit in % of the limit (“I=10-(实际排放量-年度控制目标排放量)×100/年度控制目标排放量”), read as 上限控制
after words saying the same.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import gated
from services.scoring.rules.base import Wording
from services.scoring.rules.wording import normalize
from tests.proposals import by_vars, met_or_not, picked, readings, scored, sole


# ── points earned per step of hours (“每100小时得1分,最高15分”) ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, hours, score", [
    ("每100小时得1分,最高15分。", "15", "800", "8"),
    ("每完成50小时培训得1分,最高10分", "10", "200", "4"),
    ("每10学时得0.5分,最高3分", "3", "20", "1"),
])
def test_points_per_step_of_hours(text, weight, hours, score):
    p = propose(text, weight, "运行机时")
    params = sole(p, "formula")
    assert params["variables"][0]["unit"] in ("小时", "学时")
    assert by_vars(p, hours) == Decimal(score)
    assert by_vars(p, "100000") == Decimal(weight)  # never past the cap
    assert by_vars(p, "0") == 0
    assert not p.confident  # a part of a step counted in proportion: to check


def test_whole_steps_of_hours_count_only_full_ones():
    p = propose("志愿服务每满10小时加1分,最多5分", "5", "志愿服务")
    sole(p, "formula")
    assert by_vars(p, "25") == 2
    assert by_vars(p, "9") == 0


def test_near_miss_hours_late_are_no_points_earned():
    # “每延误2小时扣1分”: points taken per hour late, never points earned per hour
    assert all(r.items[0]["type"] != "formula" or "扣" in r.summary for r in readings("每延误2小时扣1分", "5"))


# ── a numbered part's score run straight into the next part's number ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("1.年度培训计划按要求制定并报备，得满分2.其他情况均不得分", "3"),
    ("1.体检覆盖率达到规定要求，或覆盖率≥规定数的80%，且有书面整改计划，得满分2.其他情况均不得分，并予以通报", "4"),
])
def test_full_marks_run_into_the_otherwise_part(text, weight):
    p = propose(text, weight, "要求")
    assert len(p.items) == 1
    if p.items[0]["type"] == "all_or_nothing":
        assert met_or_not(p) == (Decimal(weight), 0)
    else:
        assert p.items[0]["type"] == "choice"
        assert (picked(p, 0), picked(p, 1)) == (Decimal(weight), 0)
    assert not p.confident


def test_full_marks_run_into_the_next_part_split_the_parts():
    assert ";2." in normalize("1.制度健全，落实到位，得满分2.每年开展培训不少于2次")


@pytest.mark.parametrize("text", [
    "达到要求的得满分2.其他情况均不得分",  # no part 1 opened: the figure is left as it is
    "1.按时上报，得满分2.5分以下的不计",  # a figure after the score, never the next part's number
])
def test_near_miss_no_part_opened_before_the_number(text):
    assert ";2." not in normalize(text)


@pytest.mark.parametrize("text", ["1.按时上报，得满分3.其他情况均不得分", "1.按时上报，得1分；否则不得分3.其他"])
def test_near_miss_a_number_out_of_turn_is_no_part(text):
    assert ";3." not in normalize(text)


# ── a 达标线 with its step, and a condition in words zeroing the row ──────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "病例随访率达到95%,每降低1个百分点扣0.5分;未开展随访工作的,本项不得分",
    "未开展随访工作的,本项不得分;病例随访率达到95%,每降低1个百分点扣0.5分",
    "病例随访率达到95%(以系统数据为准)。未开展随访工作此项不得分;每降低1%扣0.5分。",
])
def test_a_line_and_its_step_zeroed_by_a_condition(text):
    p = propose(text, "5", "随访")
    params = sole(p, "formula")
    assert "随访" in params["variables"][0]["label"]  # the condition, first: it multiplies the rest
    assert by_vars(p, "1", "93") == 4
    assert by_vars(p, "1", "100") == 5
    assert by_vars(p, "1", "80") == 0  # never below 0
    assert by_vars(p, "0", "100") == 0
    assert not p.confident


def test_a_line_at_most_and_its_step_zeroed_by_a_condition():
    p = propose("差错率控制在2%以内,每超过1个百分点扣1分;未建立核查台账的,本项不得分", "4", "差错率")
    sole(p, "formula")
    assert by_vars(p, "1", "3") == 3
    assert by_vars(p, "1", "1") == 4
    assert by_vars(p, "0", "1") == 0


def test_near_miss_a_step_of_another_count_after_the_condition_is_no_step_of_the_line():
    # “每少1次检查”: the step counts checks, not the share of the line before the condition: not moved to the line
    p = propose("覆盖率达到100%;未建立台账不得分;每少1次检查扣1分", "5", "检查")
    assert not any("≥100%" in r.summary for r in readings("覆盖率达到100%;未建立台账不得分;每少1次检查扣1分", "5"))
    assert not p.confident


def test_near_miss_a_floor_of_the_rate_itself_is_no_condition():
    # “合格率低于80%不得分”: a floor of the rate the line measures, no condition in words
    p = propose("合格率达到90%,每降低1%扣1分;合格率低于80%不得分", "5", "合格率")
    assert not any("整项不得分" in v["label"] for it in p.items for v in it["params"].get("variables", []))
    assert not p.confident


def test_near_miss_a_gate_between_a_line_and_a_step_in_figures_is_not_moved():
    # the sentence between holds a figure: a band of its own, not a condition in words
    w = Wording(normalize("合格率达到90%;合格率低于60%不得分;每降低1%扣1分"), Decimal(5), "合格率")
    found = gated(w)
    assert found is None or "低于60%" in found.summary


# ── the excess over a limit, in % of it, written as a formula (“I=10-(实际排放量-控制目标)×100/控制目标”) ─────────
def _upper(text: str, weight: str) -> list:
    return [r for r in readings(text, weight) if r.items[0]["type"] == "upper_bound"]


@pytest.mark.parametrize("text", [
    "方法:年度用水量未超过控制指标的,得8分;超过的按公式扣分,超过控制指标8%的不得分。\nS=8-(实际用水量-年度用水控制指标)×100/年度用水控制指标",
    "考核办法:能耗总量控制在目标以内的得8分;超目标的扣分,具体见计算公式。Y=8-(实际能耗总量-年度能耗目标)/年度能耗目标×100",
])
def test_excess_over_a_limit_written_as_a_formula(text):
    p = propose(text, "8", "总量控制")
    params = sole(p, "upper_bound")
    assert params["step"] == "1" and params["deduct"] == "1"
    assert scored(p, {"actual": "90", "limit": "100"}) == 8
    assert scored(p, {"actual": "104", "limit": "100"}) == 4
    assert scored(p, {"actual": "120", "limit": "100"}) == 0
    assert not p.confident  # the words before the formula set aside, to check


def test_excess_times_the_points_of_one_percent():
    found = _upper("得分=6-(实际支出-年初预算数)/年初预算数×100×0.5", "6")
    assert len(found) == 1 and found[0].items[0]["params"]["deduct"] == "0.5"


@pytest.mark.parametrize("text, weight", [
    ("方法:未超过控制指标的,得8分;超过控制指标5%的不得分。S=8-(实际用水量-年度用水控制指标)×100/年度用水控制指标", "8"),
    ("S=8-(实际用水量-年度用水控制指标)×100/实际用水量", "8"),  # the excess in % of another quantity
    ("S=10-(实际用水量-年度用水控制指标)×100/年度用水控制指标", "8"),  # the 分值 is not the formula's
    ("S=8-(年度用水控制指标-实际用水量)", "8"),  # a difference, no share of the limit
])
def test_near_miss_not_the_excess_of_the_row(text, weight):
    # a zero line where the deductions have not run out (5% × 1 against 8), another base, another 分值, no share
    assert _upper(text, weight) == []

"""Bands, lines, rates and delays: texts that were read confidently and scored wrongly, and their near misses.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus). Each class is
a wording whose proposal was marked confident while it scores some situation differently from what the text says;
the proposal is now left to check (请核对) with the words it could not place. Near misses stay confident and score
right.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, ratio, scored, scores, sole


# ── “得一半分”: half of the 分值, never 0.5 points ───────────────────────────
@pytest.mark.parametrize("text", [
    "覆盖率≥80%得满分,60%≤覆盖率<80%得一半分,低于60%不得分",
    "知晓率达到90%(含)以上得满分;70%(含)至90%的得一半分;70%以下不得分",
])
def test_half_the_points_in_words_is_not_half_a_point(text):
    p = propose(text, "10", "覆盖率")
    assert not p.confident
    assert all(tr["score"] != "0.5" for it in p.items for tr in it["params"].get("tiers") or [])


@pytest.mark.parametrize("text", ["资料不全的每份扣半分,扣完为止", "每发现1处问题扣半分,扣完为止"])
def test_half_a_point_said_as_half_is_still_half_a_point(text):
    p = propose(text, "10", "资料")
    assert sole(p, "deduction")["per"] == "0.5"
    assert p.confident
    assert by_count(p, "4") == D(8)[0]


# ── a delay whose part of a unit counts whole (or not at all) ──────────────
@pytest.mark.parametrize("text", [
    "每逾期1个月扣2分,不足1个月的按1个月计,扣完为止",
    "每推迟一周扣1分,扣完为止(不足一周的按一周计算)",
    "每逾期1个月扣2分,扣完为止(不足1个月的不计)",
])
def test_a_delay_whose_part_of_a_unit_is_counted_so_is_to_check(text):
    p = propose(text, "10", "进度")
    assert sole(p, "delay")
    assert not p.confident  # the rule takes a part of a unit off in proportion (1.5 months: 3 points, not 4 or 2)
    assert any("不足1" in u for u in p.unplaced)


@pytest.mark.parametrize("text, per, late, score", [
    ("每逾期1个月扣2分,扣完为止", "2", "3", "4"),
    ("按时完成得满分,每延迟1天扣1分,扣完为止", "1", "3", "7"),
])
def test_a_delay_without_a_remainder_stays_sure(text, per, late, score):
    p = propose(text, "10", "进度")
    assert sole(p, "delay")["per"] == per
    assert p.confident
    assert scored(p, {"delay": late}) == D(score)[0]


# ── a grace period in a unit other than the delay's ─────────────────────────
def test_a_grace_in_working_days_before_a_step_in_days_is_to_check():
    p = propose("迟报1个工作日以内不扣分,每迟报1天扣0.5分,扣完为止", "10", "报送")
    assert sole(p, "delay")["grace"] == "1"
    assert not p.confident
    assert any("宽限" in u for u in p.unplaced)


def test_a_grace_in_the_delays_own_unit_stays_sure():
    p = propose("延迟1个月以内不扣分,每延迟1个月扣1分,扣完为止", "10", "进度")
    params = sole(p, "delay")
    assert (params["grace"], params["unit"]) == ("1", "月")
    assert p.confident
    assert [scored(p, {"delay": x}) for x in ("1", "3")] == D(10, 8)


# ── a rate times the 分值 times something more ─────────────────────────────
@pytest.mark.parametrize("text", ["得分=预算执行率×10×权重", "得分=完成率×分值×调整系数", "得分=到位率×10/2"])
def test_a_rate_times_the_points_times_a_factor_is_no_sure_rate(text):
    p = propose(text, "10", "执行率")
    assert not p.confident


def test_a_rate_times_the_points_stays_a_sure_rate():
    p = propose("得分=预算执行率×10", "10", "执行率")
    assert p.kind == "rate" and p.confident
    assert [scored(p, ratio(x)) for x in (100, 80, 120)] == D(10, 8, 10)


# ── a value in a unit of its own beside bands or a line ─────────────────────
@pytest.mark.parametrize("text", [
    "满意度≥90%,得10分;80%≤满意度<90%,得6分;满意度<80%,不得分;调查样本不少于100份",
    "执行率≥95%得10分;90%≤执行率<95%得7分;执行率<90%得0分;抽查项目不少于7个",
    "合格率≥95%得满分,每降低1个百分点扣1分,扣完为止;抽检样本不少于95份",
    "合格率≥95%得满分,每降低1个百分点扣1分,扣完为止;抽检样本不少于10份",
    "人均培训时长达到40小时得满分,每少1小时扣0.5分,扣完为止;参训率不低于40%",
])
def test_a_value_in_another_unit_beside_the_rule_is_to_check(text):
    p = propose(text, "10", "指标")
    assert p.kind in ("tiers", "threshold")
    assert not p.confident  # what happens when the sample (the other value) falls short is not said
    assert any("单位" in u for u in p.unplaced)


@pytest.mark.parametrize("text, values, expected", [
    ("满意度≥90%,得10分;80%≤满意度<90%,得6分;满意度<80%,不得分", [90, 85, 79], (10, 6, 0)),
    ("合格率达到95%得满分,每降低1个百分点扣1分,扣完为止", [95, 94, 80], (10, 9, 0)),
    ("人均培训时长达到40小时得满分,每少1小时扣0.5分,扣完为止", [40, 38, 20], (10, 9, 0)),
])
def test_bands_and_lines_in_one_unit_stay_sure(text, values, expected):
    p = propose(text, "10", "指标")
    assert p.confident
    assert scores(p, values) == D(*expected)


# ── bands with a deduction they do not hold ─────────────────────────────────
@pytest.mark.parametrize("text", [
    "合格率≥98%,10分;≥95%,8分;≥90%,5分;<90%,0分;出现不合格产品召回的扣5分",  # a fault after the bands
    "执行率≥95%得10分;90%≤执行率<95%得7分;执行率<90%得0分,未达90%的扣7分",  # a deduction no band scores
])
def test_bands_beside_a_deduction_of_their_own_are_to_check(text):
    p = propose(text, "10", "合格率")
    assert p.kind == "tiers"
    assert not p.confident
    assert any("扣分" in u for u in p.unplaced)


def test_bands_said_bare_stay_sure():
    p = propose("合格率≥98%,10分;≥95%,8分;≥90%,5分;<90%,0分", "10", "合格率")
    assert p.confident
    assert scores(p, [98, 96, 92, 89]) == D(10, 8, 5, 0)


# ── a band inside another of the same score: another measure, or a slip ─────
@pytest.mark.parametrize("text", [
    "执行率≥95%计10分;90%≤执行率<95%计7分;执行率<90%计0分;上年度执行率低于60%的,本年度不得分",
    "完成率≥95%得10分;90%≤完成率<95%得7分;完成率<90%不得分;其中完成率<60%的不得分",
])
def test_a_band_another_of_its_score_holds_is_to_check(text):
    p = propose(text, "10", "执行率")
    assert p.kind == "tiers"
    assert not p.confident
    assert any("另一档已含此档" in u for u in p.unplaced)

"""Threshold and band wordings the proposer missed (unseen71): a target said as 考核值 in a sentence of its own, then the
step from it (“考核值≥3%。每低于目标值0.2个百分点,扣1分,扣完为止;不足0.2个百分点按照比例计算”), a target at most with the step
said as falling short of it (“考核值≤1%。每低于目标值0.1个百分点…”: each step above it costs, to check); a rate's step
with no line after a heading that states the 分值 with a comma (“办件处理情况,3分。…及时率每下降1个百分点扣0.1分”: full at
100%, to check); a table row of lines each followed by its bare score (“上年度销售收入(万元) ≥3000 2 ≥5000 3 ≥10000 5”:
bands tried from the top; “…(项) ≥1 5” alone is a requirement); bands said as a bare share, then lines reached, topped by
all of it done (“…的95%得1分,99%以上得1.5分,全部认领应认领事项得2分”).

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not
be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, met_or_not, readings, scores, sole


# ── a target said as 考核值 in its own sentence, then the step from it ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("考核值≥5%。每低于目标值0.5个百分点,扣1分,扣完为止;不足0.5个百分点按照比例计算。", "10",
     ["6", "5", "4.75", "4", "0"], [10, 10, 9.5, 8, 0]),
    ("考核值≥0.5%。每低于目标值0.05个百分点,扣2分,扣完为止", "8", ["0.5", "0.4", "0.3"], [8, 4, 0]),
    ("合格率≥96%。每低于1个百分点,扣0.5分", "5", ["99", "96", "94"], [5, 5, 4]),
])
def test_a_line_in_its_own_sentence_then_its_step(text, weight, values, expected):
    p = propose(text, weight, "指标")
    params = sole(p, "threshold")
    assert params["direction"] == "higher" and not params["stepwise"]
    assert scores(p, values) == D(*expected)


def test_a_part_step_counted_whole_is_stepwise():
    p = propose("考核值≥2%。每低于目标值0.1个百分点,扣1分,扣完为止;不足0.1个百分点按照0.1个百分点计算。", "10", "指标")
    assert sole(p, "threshold")["stepwise"]
    assert scores(p, ["2", "1.95", "1.8"]) == D(10, 9, 8)


def test_a_target_at_most_short_of_it_is_above_it_to_check():
    text = "考核值≤2%。每低于目标值0.5个百分点,扣2分,扣完为止;不足0.5个百分点按照0.5个百分点计算。"
    p = propose(text, "10", "差错率")
    params = sole(p, "threshold")
    assert params["direction"] == "lower" and params["full_at"] == "2" and params["stepwise"]
    assert scores(p, ["1", "2", "2.2", "3", "9"]) == D(10, 10, 8, 6, 0)
    assert not p.confident and any("越低越好" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "考核值≤2%。每低于0.5个百分点,扣2分",            # no target named in the step: which way is unsaid
    "考核值≥2%。每高于目标值0.5个百分点,扣2分",        # a line at least, a step above it: opposite ways
])
def test_near_miss_a_line_and_a_step_pointing_apart(text):
    for r in readings(text, "10"):
        assert r.items[0]["type"] != "threshold", r.summary


# ── a rate's step with no line, after a heading with the 分值 and a comma ─────────────────────────────────────────
def test_a_heading_with_its_points_then_a_rate_step_full_at_100():
    text = "3.资料报送情况,4分。资料在规定时限内报送,及时率每下降1个百分点扣0.2分。"
    p = propose(text, "4", "资料报送")
    params = sole(p, "threshold")
    assert params["full_at"] == "100"
    assert scores(p, ["100", "95", "90", "70"]) == D(4, 3, 2, 0)
    assert not p.confident


@pytest.mark.parametrize("text, kind", [
    ("按要求完成,4分;否则不得分", "all_or_nothing"),   # a situation and its points, no heading
])
def test_near_miss_a_situation_and_its_points_is_no_heading(text, kind):
    assert propose(text, "4", "指标").kind in (kind, "choice")


# ── a table row: lines each followed by a bare score ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("年度营业收入(万元) ≥2000 1 ≥4000 3 ≥8000 6", "6", ["2000", "3999", "4000", "9000"], [1, 1, 3, 6]),
    ("近三年专利授权数(件) ≥5 2 ≥10 4", "4", ["5", "9", "12"], [2, 2, 4]),
    ("研发投入占销售收入的比例(%) ≥3% 2 ≥5% 4 ≥8% 8", "8", ["3", "6", "10"], [2, 4, 8]),
])
def test_lines_each_with_a_bare_score_are_bands_from_the_top(text, weight, values, expected):
    p = propose(text, weight, "指标")
    assert sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident and any("未写“分”" in u for u in p.unplaced)


def test_one_line_with_a_bare_score_is_a_requirement():
    p = propose("获得省级以上科技奖励(项) ≥1 4", "4", "科技奖励")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(4, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "年度营业收入(万元) ≤2000 1 ≤4000 3",             # lines at most: not this row
    "年度营业收入(万元) ≥2000 1 ≥4000",                # the last line with no score: no row of bands
])
def test_near_miss_no_bare_score_row(text):
    assert ",1分;" not in normalize(text), normalize(text)
    assert "未写“分”" not in " ".join(propose(text, "5", "指标").unplaced)


# ── a bare share, lines reached above it, all done on top ─────────────────────────────────────────────────────────
def test_a_bare_share_under_lines_reached_and_all_done():
    text = "市级事项办理应办事项的90%得1分,95%以上得2分,全部办理应办事项得3分"
    p = propose(text, "3", "事项办理")
    sole(p, "tiers")
    assert scores(p, ["100", "96", "95", "92", "90"]) == D(3, 2, 2, 1, 1)
    assert not p.confident


def test_near_miss_all_not_done_is_no_top_band():
    # “全部未办理” is none done, never 100%
    for r in readings("应办事项的90%得1分,95%以上得2分,全部未办理应办事项得3分", "3"):
        for it in r.items:
            for tr in it["params"].get("tiers", []):
                assert tr.get("min") != "100", r.summary


# ── kept under a reference named in words, then bands of how far above it ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("不超过年度用水控制目标。(10分)超过年度用水控制目标5%以下。(6分)超过年度用水控制目标10%以下。(3分)"
     "超过年度用水控制目标10%以上。(0分)", "10", ["0", "3", "7", "12"], [10, 6, 3, 0]),
    ("未超过年度预算控制数得8分;超过年度预算控制数3%以内得5分;超过年度预算控制数3%以上得0分", "8",
     ["0", "2", "4"], [8, 5, 0]),
])
def test_bands_above_a_reference_in_words(text, weight, values, expected):
    p = propose(text, weight, "指标")
    assert sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident and any("归入" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    # the bands after the first exceed another reference: not one value
    "不超过年度计划目标(10分);超过上年实际5%以下(6分);超过上年实际5%以上(0分)",
    # the first band does not keep the 分值
    "不超过年度计划目标(8分);超过年度计划目标5%以下(6分);超过年度计划目标5%以上(0分)",
])
def test_near_miss_not_bands_above_one_reference(text):
    for r in readings(text, "10"):
        assert "按超过" not in r.summary, r.summary


# ── money bands: a mark naming neither end is a slip; the bands named before they are scored ──────────────────────
@pytest.mark.parametrize("text", [
    "5亿元以下得2分;5亿元-10亿元(含5亿元)得4分;10亿元-20亿元(含10亿元)得6分;20亿元以上(含20亿元)得8分",
    "对各县区的贷款投放额分为5亿元以下;5亿元-10亿元;10亿元-20亿元;20亿元以上4个档次;5亿元以下得2分;"
    "5亿元-10亿元(含5亿元)得4分;10亿元-20亿元(含5亿元)得6分;20亿元以上(含10亿元)得8分。",
])
def test_money_bands_read_past_slips_and_a_listing_lead(text):
    p = propose(text, "8", "贷款投放")
    params = sole(p, "tiers")
    assert params["unit"] == "亿元"
    assert scores(p, ["3", "5", "12", "25"]) == D(2, 4, 6, 8)


def test_a_slip_in_a_mark_is_said():
    text = "10亿元以下得5分;10亿元-30亿元(含10亿元)得10分;30亿元-50亿元(含10亿元)得15分;50亿元以上(含15亿元)得20分"
    p = propose(text, "20", "融资余额")
    assert sole(p, "tiers")
    assert scores(p, ["8", "10", "30", "62"]) == D(5, 10, 15, 20)
    assert sum("笔误" in u for u in p.unplaced) == 2
    assert not p.confident


def test_near_miss_a_mark_naming_an_end_is_no_slip():
    p = propose("10亿元以下得5分;10亿元-30亿元(含30亿元)得10分;30亿元以上得20分", "20", "融资余额")
    assert not any("笔误" in u for u in p.unplaced)


# ── numbers with their stop in one character (⒈⒉⒊), and a target reached beside shares of it ──────────────────────
def test_one_character_numbers_open_parts():
    assert normalize("⒈建立制度,2分;⒉按时上报,1分").startswith("1.建立制度,2分;2.按时上报")


def test_checklist_then_bands_with_the_target_reached_on_top():
    text = "⒈制定年度工作方案,2分;⒉开展专项检查,1分;⒊垃圾分类覆盖率完成年度目标得3分,完成85%得1分,不足60%的不得分。"
    p = propose(text, "6", "垃圾分类")
    kinds = sorted(it["type"] for it in p.items)
    assert kinds == ["checklist", "tiers"], p.summary
    tiers = next(i for i, it in enumerate(p.items) if it["type"] == "tiers")
    assert scores(p, ["100", "90", "50"], item=tiers) == D(3, 1, 0)
    assert not p.confident


def test_near_miss_the_target_not_reached_is_no_top_band():
    for r in readings("覆盖率未完成年度目标得3分,完成85%得1分,不足60%的不得分", "3"):
        for it in r.items:
            for tr in it["params"].get("tiers", []):
                assert not (tr.get("min") == "100" and tr.get("score") == "3"), r.summary

"""Deductions in numbered lists and odd spellings: a fault's cost with its 扣 left out beside others that say it
(“2.未出台…的,1分。”); a lead-in naming what is checked before a numbered list (“查…资料:1.…”); a stop within a
numbered part (“2.制订…方案。未制订的,扣2分”) and years a plan reaches (“至2020年”), no figures of the scoring; the
stop in brackets closing the text (“(各项累计分扣完为止)”); a full-marks situation after a heading and a requirement,
then one deduction that goes on until nothing is left; a fault found once and a bare cost cell after it (“混装发现一次 3”);
a case counted in vehicle-times (“每出现一车/次”); and points after colons with the next requirement run straight on
(“…:6分实现…:4分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way. Every reading here that puts back words the text left
out is to check (never confident).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, readings, scored, sole, ticks


# ── a numbered fault's cost with its 扣 left out, beside the others that say it ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("1.未成立工作专班的,未明确责任人的,扣1分。2.未制定年度工作方案的,1分。", "2", ["1", "1"]),
    ("1.未建立台账的,扣2分;2.未按月报送统计报表的,1分;3.无专人负责的,扣1分。", "4", ["2", "1", "1"]),
])
def test_a_numbered_cost_without_its_verb_is_a_deduction(text, weight, costs):
    p = propose(text, weight, "组织建设")
    params = sole(p, "checklist")
    assert [pt["max"] for pt in params["points"]] == costs
    assert ticks(p, *([True] * len(costs))) == D(weight)[0]
    assert ticks(p, *([False] + [True] * (len(costs) - 1))) == D(weight)[0] - D(costs[0])[0]
    assert not p.confident


def test_near_miss_a_bare_score_of_a_requirement_met_is_not_a_deduction():
    # “2.制定年度工作方案的,1分”: points earned for what is done, no fault named
    found = readings("1.未建立台账的,扣1分;2.制定年度工作方案的,1分。", "2")
    assert not any(f.summary.startswith("要点核查 2 个扣分项") for f in found)


# ── what is checked, leading a numbered list; a stop within a part; the years a plan reaches ─────────────────────────
def test_a_checked_lead_before_a_numbered_list_scores_nothing():
    assert normalize("查制度、台账等文件资料:1.未建立制度的,扣2分;2.未建立台账的,扣1分。") == \
        "1.未建立制度的,扣2分;2.未建立台账的,扣1分;"


def test_near_miss_a_lead_with_a_figure_is_kept():
    assert normalize("查3个项目资料:1.未建立制度的,扣2分;2.未建立台账的,扣1分。").startswith("查3个项目资料:")


@pytest.mark.parametrize("text, weight, costs", [
    ("查规划、计划等文件资料:1.编制近期至2025年、远期至2035年的发展规划,未编制的扣2分;2.制定年度实施计划。未制定的,扣2分;"
     "3.未按计划推进的,扣1分。", "5", ["2", "2", "1"]),
    ("查看会议记录:1.按季度召开专题会议。未召开的,扣1分;2.未形成会议纪要的,扣1分。", "2", ["1", "1"]),
])
def test_faults_numbered_after_what_is_checked(text, weight, costs):
    p = propose(text, weight, "规划管理")
    params = sole(p, "checklist")
    assert [pt["max"] for pt in params["points"]] == costs
    assert ticks(p, *([False] * len(costs))) == 0
    assert ticks(p, *([True] * (len(costs) - 1) + [False])) == D(weight)[0] - D(costs[-1])[0]
    assert not p.confident


# ── the stop in brackets closing the text ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, want", [
    ("未提供会议纪要的扣3分,未制定实施细则的扣3分。(各项累计分扣完为止)", "未提供会议纪要的扣3分,未制定实施细则的扣3分;扣完为止"),
    ("未公示的扣2分,未归档的扣2分(扣完为止)", "未公示的扣2分,未归档的扣2分,扣完为止"),
])
def test_a_bracketed_stop_closing_the_text_is_the_stop(text, want):
    assert normalize(text) == want


def test_faults_then_a_bracketed_stop():
    p = propose("全部按要求提供得6分。未提供会议纪要的扣3分,未制定实施细则的扣3分。(各项累计分扣完为止)", "6", "资料提供")
    sole(p, "checklist")
    assert ticks(p, True, True) == 6
    assert ticks(p, False, True) == 3
    assert ticks(p, False, False) == 0
    assert not p.confident


def test_near_miss_a_bracketed_stop_mid_text_is_kept():
    assert "(扣完为止)" in normalize("未公示的扣2分(扣完为止),另有加分")


# ── full marks after a heading and a requirement, then one deduction that goes on ───────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("3、绿化养护情况。树木修剪整齐、长势良好,无枯死缺株的记4分,发现有枯枝和黄土裸露等扣0.5分,扣完为止。", "4", "0.5"),
    ("河道保洁情况。水面清洁,无漂浮物的得5分,发现有垃圾漂浮等扣1分,扣完为止", "5", "1"),
])
def test_full_marks_after_a_requirement_then_one_deduction_going_on(text, weight, per):
    p = propose(text, weight, "日常管护")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]
    assert by_count(p, "99") == 0
    assert not p.confident


def test_near_miss_full_marks_short_of_the_weight_is_not_read_so():
    found = readings("路面平整,排水顺畅的记3分,发现有积水等扣1分,扣完为止。", "5")
    assert not any(it["type"] == "deduction" and it["params"].get("per") == "1" and f.summary.endswith("扣完为止")
                   and "例" in f.summary for f in found for it in f.items)


# ── a fault found once and a bare cost after it ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("3、医疗废物与生活垃圾混放发现一次 2", "8", "2", "次"),
    ("垃圾桶外溢发现1处,1分", "5", "1", "处"),
])
def test_a_fault_found_once_with_a_bare_cost_is_a_deduction(text, weight, per, unit):
    p = propose(text, weight, "废物收集")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": unit}
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, "1") == D(weight)[0] - D(per)[0]
    assert by_count(p, "99") == 0
    assert not p.confident


@pytest.mark.parametrize("text", [
    "优秀案例发现1次,2分",      # a merit found, points earned
    "混放发现1次,12分",         # the cost past the 分值
    "检查发现1次得2分",          # points said to be earned
])
def test_near_miss_found_once_not_a_bare_cost(text):
    assert not any(f.summary.startswith("逐例扣分：每次扣") for f in readings(text, "8"))


# ── a case counted in vehicle-times ──────────────────────────────────────────────────────────────────────────────────
def test_vehicle_times_are_a_case_counted():
    assert normalize("每出现一车/次不合格扣0. 5分") == "每出现一车次不合格扣0.5分"
    p = propose("每出现一台/次违规操作扣1分。", "5", "规范操作")
    params = sole(p, "deduction")
    assert params["per"] == "1"
    assert by_count(p, "3") == 2
    assert not p.confident


def test_near_miss_points_per_time_are_no_thing_counted():
    assert normalize("迟报扣1分/次") == "迟报每次扣1分"


# ── points after colons, the next requirement run straight on ───────────────────────────────────────────────────────
def test_points_after_colons_run_on_are_points_each():
    p = propose("建立居民信息台账,录入到管理系统:3分实现信息动态更新:2分", "5", "信息管理")
    params = sole(p, "checklist")
    assert [pt["max"] for pt in params["points"]] == ["3", "2"]
    assert ticks(p, True, False) == 3
    assert ticks(p, False, True) == 2


@pytest.mark.parametrize("text, want", [
    ("3分:完成审批程序0分:未完成审批程序", "完成审批程序,3分;未完成审批程序,不得分"),  # each option's points first
    ("分值:5分按完成情况评分", "分值:5分按完成情况评分"),                         # one colon's points: a heading's 分值
])
def test_near_miss_colon_points_not_run_on(text, want):
    assert normalize(text) == want


# ── one numbered clause costing per case among once-only ones: a formula, not a checklist ───────────────────────────
def test_a_cost_per_case_among_numbered_faults_is_counted():
    p = propose("1.未建立考核制度的,扣2分;2.考核指标设置不合理的,一项不合理扣1分;3.未开展年度考核的,扣2分。", "6", "绩效考核")
    sole(p, "formula")
    assert by_vars(p, "0", "0", "0") == 6
    assert by_vars(p, "0", "3", "0") == 3
    assert by_vars(p, "1", "2", "1") == 0
    assert not any(f.summary.startswith("要点核查 3 个扣分项") for f in readings(
        "1.未建立考核制度的,扣2分;2.考核指标设置不合理的,一项不合理扣1分;3.未开展年度考核的,扣2分。", "6"))


def test_near_miss_a_requirement_named_by_its_number_stays_a_point():
    # “(2)项不符合”: the requirement of the list, not a count
    p = propose("未按(1)项要求建立制度的,扣2分;(2)项不符合要求的,扣1分", "3", "制度建设")
    assert p.kind != "formula" or "项数" not in p.summary


# ── a zero on an accident of a grade named in words, and who is held to account after it ────────────────────────────
@pytest.mark.parametrize("text", [
    "未制定整改方案的,扣4分;方案不具体的,扣1分;上年发生较大以上安全事故,此项不得分。",
    "未制定整改方案的,扣4分;方案不具体的,扣1分;上年发生较大以上安全事故,此项不得分,并严格实行责任追究。",
])
def test_faults_then_a_graded_accident_zeroing_the_item(text):
    p = propose(text, "4", "安全管理")
    params = sole(p, "formula")
    gate = params["variables"][0]["name"]
    names = [v["name"] for v in params["variables"][1:]]
    inputs = {gate: "1", names[0]: "0", names[1]: "1"}
    assert scored(p, {"vars": inputs}) == 3
    assert scored(p, {"vars": {**inputs, gate: "0"}}) == 0
    assert not p.confident


def test_near_miss_a_line_of_a_figure_is_no_condition_in_words():
    # “损失10万元以上”: a line of a figure, not a grade named in words
    found = readings("未制定方案的,扣4分;方案不具体的,扣1分;上年损失10万元以上,此项不得分。", "4")
    assert not any("整项不得分（g=0）" in f.summary and "10万元以上" in f.summary for f in found)

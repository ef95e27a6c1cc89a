"""Deductions the proposer left to judgement: two faults joined by 或 before the count of one case (“每负偏离或不响应一项的扣
2分”), a tender table's deviation clause, each deviation or missing response a case costing its points, no “扣完为止”
said (the score kept within 0～分值 anyway). Read as a deduction per case, never confidently. Points per case left to
judgement where a sentence of its own names what is counted with the window of time its cases fall in (“提供2021年1月1日
以来的类似业绩。每提供1个得2分,最多得6分”, “提供近三年的…业绩。…”): the window scores nothing, what is asked is read as
ever, the points per case up to the cap, never confidently.

Made-up texts in the style of published 评标办法, with the scores of a few counts, and near misses that must not be read
that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, sole


# ── two faults joined by 或, then one case and its cost ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("每负偏离或不响应一项的扣2分。", "10", "2", "项"),
    ("标有“★”号的技术条款,每负偏离或不满足一项的扣3分。", "12", "3", "项"),
    ("商务条款每负偏离或缺漏一项的,扣1分。", "5", "1", "项"),
    ("对采购需求的响应:每偏离或不响应1条的扣0.5分。", "4", "0.5", "条"),
    ("每迟报或漏报一次的扣1分。", "6", "1", "次"),
])
def test_two_faults_joined_by_or_each_a_case(text, weight, per, unit):
    p = propose(text, weight, "技术响应")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == (per, unit)
    w = D(weight)[0]
    assert [by_count(p, n) for n in ("0", "1", "2")] == [w, w - D(per)[0], w - 2 * D(per)[0]]
    assert by_count(p, "100") == 0  # (kept within 0～分值: no stop said)
    assert not p.confident


def test_one_case_costing_the_whole_weight_with_the_count_of_clauses_said():
    # “(共5项),每负偏离…一项的扣5分” on 5: any deviation takes the row, each counted
    p = propose("根据投标人对需求书的响应情况评分,标有“▲”号的重要条款(共5项),每负偏离或不响应一项的扣5分。", "5", "重要条款")
    assert sole(p, "deduction")["per"] == "5"
    assert [by_count(p, n) for n in ("0", "1", "3")] == list(D("5", "0", "0"))
    assert not p.confident


def test_near_miss_a_count_of_several_per_step_is_to_check():
    # “每…3项扣1分”: a step of three cases, never read as each case costing 1
    p = propose("每负偏离或不响应3项扣1分。", "10", "技术响应")
    assert p.kind == "judgement" or sole(p, "deduction")["per"] != "1"
    assert not p.confident


@pytest.mark.parametrize("text", [
    "正偏离或不响应一项的扣2分。",  # (no 每 nor other count word: one case of which kind is unsaid)
    "每负偏离或不响应一项的得0分。",  # (a case scoring 0, nothing taken off)
])
def test_near_miss_no_deduction_per_case(text):
    p = propose(text, "10", "技术响应")
    assert p.kind != "deduction" or not p.confident
    if p.kind == "deduction":
        pytest.fail(f"read as a deduction: {p.summary}")


def test_near_miss_how_often_then_a_case_found_counts_the_case():
    # “每季度或每半年检查1次”: how often it is checked, the case is the problem found
    p = propose("每季度或每半年检查1次,发现1处问题扣1分,扣完为止。", "10", "检查")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == ("1", "处")


# ── what is counted, with the window of time its cases fall in, said as a sentence of its own before the points ─────
@pytest.mark.parametrize("text, weight, per, cap", [
    ("提供2021年1月1日以来的类似业绩。每提供1个得2分，最多得6分。", "6", "2", "6"),
    ("提供近三年的同类项目业绩。每个业绩得3分，最高得9分。", "9", "3", "9"),
    ("投标人须具有2022年1月1日至今的类似服务经验。每有1个得2分，本项最多得10分。", "10", "2", "10"),
    ("提供自2020年起的类似案例。每提供1份得1分，最多得4分。", "4", "1", "4"),
])
def test_window_of_time_in_the_sentence_before_the_points_of_each_case(text, weight, per, cap):
    p = propose(text, weight, "类似业绩")
    params = sole(p, "formula")
    assert [v["name"] for v in params["variables"]] == ["a"]
    assert [by_vars(p, n) for n in ("0", "1", "2")] == [D(0)[0], D(per)[0], 2 * D(per)[0]]
    assert by_vars(p, "50") == D(cap)[0]  # (kept within the cap, the 分值)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "2021年完成3个类似业绩。每提供1个得2分，最多得6分。",  # (a count said in the sentence, no window)
    "提供3年以上的类似业绩。每提供1个得2分，最多得6分。",  # (a line of years each case must reach)
    "提供近三年的类似业绩。每提供1个得2分。",  # (no cap said after a sentence of what is asked)
])
def test_near_miss_a_figure_other_than_a_window_before_the_points(text):
    p = propose(text, "6", "类似业绩")
    assert p.kind != "formula", p.summary

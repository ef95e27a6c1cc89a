"""Formulas and deductions read by the shape of the text (fifth set): situations stated as deductions, where the
second fault presupposes that the first did not happen (“未进行宣传的扣5分,有宣传无记录扣1分”): one of them holds,
so the row is a choice of situations, never two faults that add up.

Each class of wording has made-up texts in the style of published 评分标准 (several punctuations, numberings, verbs
and Chinese numerals), with the rule they must give and the score of each situation, and near misses that must
not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules.formula import excludes
from tests.proposals import by_vars, scored, sole


def by_option(p: Proposal, words: str) -> Decimal:
    """The score of the choice when the situation named by ``words`` (its number aside) is picked."""
    options = p.items[0]["params"]["options"]
    return scored(p, {"option": next(o["key"] for o in options if o["label"].endswith(words))})


def all_found(p: Proposal) -> Decimal:
    """The score of the one item when every fault the text names is found (each point not met, each 0/1 fault 1)."""
    item = p.items[0]
    params = item["params"]
    if item["type"] == "checklist":
        return scored(p, {"points": {pt["key"]: {"state": "not_met"} for pt in params["points"]}})
    assert item["type"] == "formula", (p.kind, p.summary)
    return scored(p, {"vars": {v["name"]: "1" for v in params["variables"]}})


# ── a thing not done, then the thing done but short of something: two situations, one holds ──────────────
@pytest.mark.parametrize("text, weight, first, then, scores", [
    ("未进行宣传的扣5分,有宣传无记录扣1分", "5", "未进行宣传", "有宣传无记录", (0, 4)),
    ("未开展培训的扣4分，开展培训但无记录扣1分。", "6", "未开展培训", "开展培训但无记录", (2, 5)),
    ("没有建立台账的，扣3分；建立了台账但不规范的，扣1分。", "3", "没有建立台账", "建立了台账但不规范", (0, 2)),
    ("未签订合同扣5分,已签订合同未备案扣2分", "5", "未签订合同", "已签订合同未备案", (0, 3)),
    ("未建立台账扣三分;台账未及时更新扣一分", "3", "未建立台账", "台账未及时更新", (0, 2)),
    ("无应急预案的扣6分;有应急预案但未组织演练的扣2分", "6", "无应急预案", "有应急预案但未组织演练", (0, 4)),
    ("未按要求公示的，扣2分；已公示但不及时的，扣1分", "2", "未按要求公示", "已公示但不及时", (0, 1)),
    ("①未成立领导小组扣2分；②已成立领导小组未开展活动扣1分", "2", "未成立领导小组", "已成立领导小组未开展活动",
     (0, 1)),
])
def test_a_fault_that_presupposes_another_did_not_happen_is_a_situation(text, weight, first, then, scores):
    p = propose(text, weight, "检查")
    labels = [o["label"] for o in sole(p, "choice")["options"]]
    assert len(labels) == 3, labels
    assert sum(label.endswith(first) for label in labels) == 1 and sum(label.endswith(then) for label in labels) == 1
    assert by_option(p, first) == scores[0]
    assert by_option(p, then) == scores[1]
    full = next(label for label in labels if not label.endswith((first, then)))
    assert by_option(p, full) == Decimal(weight)
    # the full-marks situation is not said in the text: to check, never confident
    assert not p.confident
    assert not any("可能同时出现" in u for u in p.unplaced), p.unplaced


def test_numbered_situations_read_as_faults_are_doubted():
    """Where no choice is read (numbered rows), the formula adding both faults says they may be situations."""
    p = propose("(1)未签订合同扣5分;(2)已签订合同未备案扣2分", "5", "合同")
    assert p.kind == "formula" and not p.confident
    assert any("以前者不成立为前提" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("first, then", [
    ("未进行宣传的扣5分", "有宣传无记录扣1分"),
    ("1.没有开展培训的扣2分", "2.开展培训但无记录的扣1分"),
    ("无应急预案,扣6分", "有应急预案未演练,扣2分"),
    ("未建立台账扣3分", "台账未及时更新扣1分"),
    ("未签订责任书的扣2分", "虽签订责任书但未考核的扣1分"),
])
def test_excludes_reads_the_segments_of_a_text(first, then):
    assert excludes(first, then)
    assert not excludes(then, first)


# ── near misses: faults that may be found together stay faults that add up ─────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("无应急预案扣6分,未组织演练扣2分", "8"),  # no plan and no drill: both may be found
    ("未进行宣传的扣2分,宣传材料不全扣1分", "3"),  # the materials are not said to be missing of the 宣传
    ("未建立制度扣2分；制度执行不到位扣1分；未开展检查扣1分", "4"),  # three faults: more than one pair of situations
])
def test_faults_that_may_be_found_together_are_not_situations(text, weight):
    p = propose(text, weight, "检查")
    assert p.kind != "choice", (p.summary, p.unplaced)
    assert all_found(p) == 0


@pytest.mark.parametrize("first, then", [
    ("无应急预案扣6分", "未组织演练扣2分"),
    ("未进行宣传的扣2分", "宣传材料不全扣1分"),
    ("未开展培训扣2分", "培训记录不全扣1分"),
    ("资料不全扣2分", "有资料无目录扣1分"),  # the first is not a thing not done
])
def test_excludes_near_misses(first, then):
    assert not excludes(first, then)


# ── a closing clause that doubles the deductions of the counted faults before it ────────────────────────

@pytest.mark.parametrize("text, weight, case, values, score", [
    # two faults counted, then the case doubled: a, b, then 其中… of a, of b
    ("每迟报1次扣0.5分,漏报1次扣1分,故意瞒报的加倍扣分,扣完为止", "5", "故意瞒报", ("2", "1", "1", "1"), "1.5"),
    ("迟报一次扣1分；错报一次扣2分；经上级通报的，加倍扣分。", "6", "经上级通报", ("1", "1", "0", "1"), "1"),
    ("(1)发现漏报的每例扣3分。(2)错报的每例扣2分。(3)凡在市级以上检查中发现上述差错的加倍扣分。", "10",
     "在市级以上检查中发现上述差错", ("1", "1", "1", "0"), "2"),
    ("①每发现1处脏乱扣0.5分；②每发现1处积水扣1分；③媒体曝光的双倍扣分", "8", "媒体曝光", ("4", "2", "2", "0"), "3"),
    # one fault counted: the doubled cases a count of their own
    ("资料每缺一项扣1分,发现弄虚作假的加倍扣分", "5", "发现弄虚作假", ("2", "1"), "2"),
    ("每发现一处问题扣1分，情节严重的翻倍扣分，扣完为止", "10", "情节严重", ("4", "2"), "4"),
])
def test_doubled_deductions_count_their_cases_once_more(text, weight, case, values, score):
    p = propose(text, weight, "检查")
    variables = sole(p, "formula")["variables"]
    half = len(variables) // 2
    # the doubled counts come after the faults, in their order, each named for the case
    assert all(v["label"].startswith(f"其中{case}的") for v in variables[half:]), variables
    assert not any(v["label"].startswith("其中") for v in variables[:half]), variables
    assert by_vars(p, *values) == Decimal(score)
    assert by_vars(p, *["0"] * len(variables)) == Decimal(weight)
    assert by_vars(p, *["9"] * len(variables)) == 0  # never below 0
    assert not p.confident  # a new reading: to check


@pytest.mark.parametrize("text, weight", [
    ("迟报一次扣1分,被通报的加倍扣分,错报一次扣2分", "6"),  # the clause before another deduction: whose cases?
    ("对督查发现的问题未按期整改的，每次扣2分，逾期1个月以上仍未整改的翻倍扣分，扣完为止", "10"),  # a figure in it
    ("无台账扣2分,台账不规范扣1分,被通报的加倍扣分", "3"),  # nothing counted to double
])
def test_doubling_clauses_not_read_that_way(text, weight):
    p = propose(text, weight, "检查")
    labels = [v["label"] for v in p.items[0]["params"].get("variables") or []] if p.kind == "formula" else []
    assert not any(x.startswith("其中") for x in labels), labels
    assert not p.confident

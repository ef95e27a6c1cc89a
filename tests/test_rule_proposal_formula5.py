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
from services.scoring.rules import check_item, score_item
from services.scoring.rules.formula import excludes


def by_option(p: Proposal, words: str) -> Decimal:
    """The score of the choice when the situation named by ``words`` (its number aside) is picked."""
    options = p.items[0]["params"]["options"]
    key = next(o["key"] for o in options if o["label"].endswith(words))
    res = score_item(p.items[0], {"option": key})
    assert res.score is not None, res.text
    return res.score


def all_found(p: Proposal) -> Decimal:
    """The score of the one item when every fault the text names is found (each point not met, each 0/1 fault 1)."""
    item = p.items[0]
    params = item["params"]
    if item["type"] == "checklist":
        inputs = {"points": {pt["key"]: {"state": "not_met"} for pt in params["points"]}}
    else:
        assert item["type"] == "formula", (p.kind, p.summary)
        inputs = {"vars": {v["name"]: "1" for v in params["variables"]}}
    res = score_item(item, inputs)
    assert res.score is not None, res.text
    return res.score


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
    assert p.kind == "choice" and len(p.items) == 1, (p.kind, p.summary, p.unplaced)
    assert check_item(p.items[0]) == []
    labels = [o["label"] for o in p.items[0]["params"]["options"]]
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

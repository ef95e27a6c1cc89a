"""Made-up texts of one wording:

- a gate closing the text in a sentence of its own whose condition is two clauses in words (“…D级,得0分。出现需求变更,未及时
  提交变更申请,则本项不得分”): one more situation scoring 0 beside the grades (or the key point of a yes/no), to check; a
  clause with a figure, a 每 or an 否则 is no such condition.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item


def _one(text: str, weight: str) -> dict:
    p = propose(text, weight)
    assert len(p.items) == 1, (text, p.items)
    check_item(p.items[0])
    return p


# ── a gate of two clauses in a sentence of its own ─────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("text, cond", [
    ("方案评为A级，得10分，B级，得7分，C级，得4分，D级，得0分。出现设计变更，未及时提交变更申请，则本项整体记为0分。",
     "出现设计变更,未及时提交变更申请"),
    ("A级，得10分，B级，得7分，C级，得4分，D级，得0分。发生质量事故，未按规定上报的，本项不得分。",
     "发生质量事故,未按规定上报"),
    ("本项10分，考评组对预案打分，A级，得10分，B级，得7分，C级，得4分，D级，得0分。\n出现安全事故，隐瞒不报的，此项计0分。",
     "出现安全事故,隐瞒不报"),
])
def test_a_two_clause_gate_closing_the_grades_is_one_more_situation(text, cond):
    p = _one(text, "10")
    item = p.items[0]
    assert item["type"] == "choice" and not p.confident
    options = item["params"]["options"]
    assert [o["score"] for o in options] == ["10", "7", "4", "0", "0"]
    assert options[-1]["key"] == "gate" and options[-1]["label"] == cond
    assert score_item(item, {"option": "gate"}).score == Decimal(0)
    assert score_item(item, {"option": options[0]["key"]}).score == Decimal(10)


def test_a_two_clause_gate_after_a_yes_no_is_its_key_point():
    p = _one("有应急预案得10分，否则不得分。出现安全事故，未及时上报的，本项不得分。", "10")
    item = p.items[0]
    assert item["type"] == "checklist" and not p.confident
    assert item["params"]["gate"] == "gate"
    assert item["params"]["points"][0]["label"] == "无：出现安全事故,未及时上报"


@pytest.mark.parametrize("text", [
    # a figure in the opening clause: a count, not a condition in words
    "A级，得10分，B级，得7分，C级，得4分，D级，得0分。出现3次变更，未提交申请的，本项不得分。",
    # a 每: a step, not a condition
    "A级，得10分，B级，得7分，C级，得4分，D级，得0分。每次变更，未提交申请的，本项不得分。",
    # an otherwise: the grades' own zero, no condition
    "A级，得10分，B级，得7分，C级，得4分，D级，得0分。出现变更，否则，本项不得分。",
])
def test_near_variants_are_no_two_clause_gate(text):
    p = propose(text, "10")
    assert not any(o.get("key") == "gate" for it in p.items for o in (it.get("params") or {}).get("options", []))
    assert not p.confident


def test_a_gate_clause_in_the_grades_sentence_is_not_taken_for_a_sentence_of_its_own():
    # the clause before the gate's is a grade of the same sentence (it scores points): not a condition
    p = propose("A级得10分，B级得7分，C级得4分，未提交申请的，本项不得分。", "10")
    assert not any("A级得10分" in str(o.get("label")) for it in p.items
                   for o in (it.get("params") or {}).get("options", []) if o.get("key") == "gate")


def test_a_heading_before_the_gates_opening_clause_is_no_part_of_the_condition():
    p = _one("方案优秀的，得4分，良好的，得2分，一般得1分，差的，不得分。评审依据：须提供服务方案，未提供或不符合要求不得分。", "4")
    item = p.items[0]
    assert item["type"] == "choice" and not p.confident
    gate = item["params"]["options"][-1]
    assert gate["key"] == "gate" and gate["label"] == "须提供服务方案,未提供或不符合要求"
    assert [o["score"] for o in item["params"]["options"]] == ["4", "2", "1", "0", "0"]

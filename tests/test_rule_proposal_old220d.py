"""A score rescaled past the items that do not apply (缺项), on a 分值 of 100 (``formula._missing_items_ratio``):

- the 缺项比率计分法 with its worked example (“如某乡涉及考核内容85分,缺项15分,考核得分68分,那么最终考核得分为:
  68÷85×100=80分”), read only where the example's figures agree (涉及 + 缺项 = 100, the quotient the result said);
- the same written with letters, each letter named in brackets (“遇有缺项时,得分按下式计算:S=P/Q*100(S为…,P为实查项目的
  实得分,Q为实查项目的应得分)”), a sentence before it named to check.

Both propose ``a / b * 100`` over the score reached and the marks of the items that apply, never confident (the
example's figures and the words around the formula are left to check).

Near misses: an example whose figures disagree, a 分值 other than 100, a 缺项 said with no rescaling.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, types


@pytest.mark.parametrize("text, got, full, expected", [
    ("计分方法采取缺项比率计分法,如某乡涉及考核内容85分,缺项15分,考核得分68分,那么最终考核得分为:68÷85×100=80分。",
     "68", "85", "80"),
    ("考核实行百分制,采用缺项比率计分法,例如某单位涉及考核内容60分,缺项40分,考核得分45分,则最终得分为:45÷60×100%=75分。",
     "30", "60", "50"),
])
def test_missing_items_worked_example(text, got, full, expected):
    p = propose(text, "100", "考核")
    assert types(p) == ["formula"]
    assert p.items[0]["params"]["expression"] == "a / b * 100"
    assert by_vars(p, got, full) == int(expected)


@pytest.mark.parametrize("text", [
    "当检查遇有缺项时,得分应按下式计算:S=P/Q*100(S为遇有缺项时的总得分,P为实查项目的实得分,Q为实查项目的应得分);",
    "各项扣分之和不超过该项应得分。评分出现缺项时,得分按下式计算:A=B/C*100(A为总得分,B为实查项目实得分值,C为实查项目应得满分值)",
])
def test_missing_items_letters(text):
    p = propose(text, "100", "考核")
    assert types(p) == ["formula"]
    assert by_vars(p, "72", "90") == 80
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    # the example's figures disagree (68 ÷ 85 × 100 is 80, not 85)
    ("计分方法采取缺项比率计分法,如某乡涉及考核内容85分,缺项15分,考核得分68分,那么最终考核得分为:68÷85×100=85分。", "100"),
    # 涉及 and 缺项 do not make up the 100
    ("计分方法采取缺项比率计分法,如某乡涉及考核内容85分,缺项5分,考核得分68分,那么最终考核得分为:68÷85×100=80分。", "100"),
    # a 分值 other than 100
    ("计分方法采取缺项比率计分法,如某乡涉及考核内容85分,缺项15分,考核得分68分,那么最终考核得分为:68÷85×100=80分。", "20"),
])
def test_missing_items_near_misses(text, weight):
    p = propose(text, weight, "考核")
    assert not (types(p) == ["formula"] and p.items[0]["params"].get("expression") == "a / b * 100")


def test_missing_item_without_rescaling_is_not_read():
    p = propose("缺项不得分,每缺一项扣5分。", "100", "考核")
    assert p.items[0]["params"].get("expression") != "a / b * 100"


def test_missing_items_rounded_as_the_example():
    p = propose("计分方法采取缺项比率计分法,如某镇涉及考核内容70分,缺项30分,考核得分65分,那么最终考核得分为:65÷70×100=92.86分。",
                "100", "考核")
    assert p.items[0]["params"]["expression"] == "round(a / b * 100, 2)"
    assert by_vars(p, "65", "70") == Decimal("92.86")

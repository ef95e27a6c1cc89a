"""Wordings of deductions a proposer left as a judgement: faults joined by 或, each naming one case of itself and no 每
(“缺一种制度或一种制度执行不到位扣0.5分”, “一个无合格证或一台未上架、一件未上板扣0.2分”); a clause zeroing the row on
one case found, opening the sentence and as long as a listing, its things named after 各 (“各水平中央变电所…一处不符合
要求不得分,其它一处不符合要求扣0.1分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, readings, sole


# ── faults joined by 或, each one case of itself, one deduction (“缺一种…或一种…执行不到位扣0.5分”) ─────────────────
@pytest.mark.parametrize("text, weight, per, counts, expected", [
    ("缺一种台账或一种台账记录不全扣0.5分", "2", "0.5", ["0", "3", "5"], [2, 0.5, 0]),
    ("一个灭火器过期、压力不足或一台设备未接地、一处线路未穿管扣0.3分", "3", "0.3", ["0", "4", "20"], [3, 1.8, 0]),
    ("少一本记录或一本记录未签字扣0.2分,扣完为止", "1", "0.2", ["0", "2", "6"], [1, 0.6, 0]),
    ("缺一类应急物资或一类物资过期未更换的扣1分", "4", "1", ["0", "1", "4"], [4, 3, 0]),
])
def test_faults_joined_by_or_each_one_case(text, weight, per, counts, expected):
    p = propose(text, weight, "管理制度")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert [by_count(p, n) for n in counts] == D(*expected)
    assert not p.confident  # each further case costing as much is read, not said
    assert any("合并计数" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("缺一种制度或两种制度执行不到位扣0.5分", "2"),  # a count of two: not one case of each
    ("每缺一种制度或一种制度执行不到位扣0.5分", "2"),  # 每 said: another wording's
    ("一个台账或一份记录扣0.5分", "2"),  # no word of a fault
    ("缺一种制度扣0.5分", "2"),  # one fault only, no 或
    ("缺一种制度或一种制度执行不到位扣3分", "3"),  # one case takes the whole 分值
    ("缺一种制度或一种制度执行不到位得0.5分", "2"),  # points earned, not taken off
])
def test_near_miss_not_faults_joined_by_or(text, weight):
    assert not any("合并计数" in x for r in readings(text, weight) for x in (r.doubts or ())), text


# ── a clause zeroing the row on one case found, long, its things after 各 (“各…一处不符合要求不得分,其它…扣0.1分”) ─────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("各乡镇卫生院、社区卫生服务中心和村卫生室的药品储存、冷链运行记录一处不符合要求不得分，其它一处不符合要求扣0.2分",
     "4", [("1", "0"), ("1", "5"), ("0", "0")], [4, 3, 0]),
    ("各类危险化学品仓库、易燃易爆物品存放点和加油站的消防设施配置一处不合格不得分,其他每处不合格扣0.5分", "2",
     [("1", "0"), ("1", "2"), ("0", "1")], [2, 1, 0]),
])
def test_a_long_clause_zeroing_the_row_on_one_case_opening_with_ge(text, weight, at, expected):
    p = propose(text, weight, "设备硐室")
    params = sole(p, "formula")
    assert params["expression"].startswith("g * (")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident  # a condition zeroing the row is always to check


@pytest.mark.parametrize("text, weight", [
    ("各扣0.5分不得分,其它一处不符合扣0.2分", "2"),  # 各 as a share of points, no condition's words
    ("各项制度一处不符合要求扣1分,其它一处不符合要求扣0.2分", "3"),  # no zero: two counts of deductions
])
def test_near_miss_no_gate_opening_with_ge(text, weight):
    p = propose(text, weight, "设备硐室")
    assert not any(it["type"] == "formula" and str(it["params"].get("expression", "")).startswith("g * (")
                   for it in p.items), p.summary

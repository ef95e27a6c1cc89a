"""Options of a choice pasted from a table's cells one after another, a form a next agency's table is likely to share:

- the points first, then a colon and the situation, one option running into the next (“3分:完成该项审批程序0分:未完成该项
  审批程序”, “5分:内容清晰;3分:内容欠清晰;0分:未表达”): each option with its points, as “完成…,3分;” reads;
- the points of another kind of row in brackets (“6(5)分:…;3分:…”): the figures of the kind whose best score is the 分值,
  always to check;
- the situation, then its points, run straight into the next situation (“国家级媒体正面报道 5分省级媒体正面报道 4分…”):
  the options of a choice;
- check boxes (“口”, “□”) before each option, a bare figure closing it (“口开立独立账户5 口未开立独立账户0”): the
  options of a choice, to check (no 分 is written).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import Proposal, propose
from tests.proposals import D, met_or_not, picked, scored, sole


def _ranked(p: Proposal) -> list[Decimal]:
    """The scores of the proposal's one item from its best situation down: a 情形选择's options, or a 全有或全无 met
    and not."""
    assert len(p.items) == 1, (p.kind, p.summary, p.unplaced)
    if p.kind == "all_or_nothing":
        return list(met_or_not(p))
    assert p.kind == "choice", (p.kind, p.summary, p.unplaced)
    return [picked(p, k) for k in range(len(p.items[0]["params"]["options"]))]


# ── the points first, then a colon and the situation ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("3分：完成该项审批程序0分：未完成该项审批程序", "3", [3, 0]),
    ("评分标准：4分：按时报送年度统计报表0分：未按时报送年度统计报表", "4", [4, 0]),
    ("评分标准：5分：该项内容表述清晰、规范；3分：该项内容表述欠清晰；0分：该项内容未表述", "5", [5, 3, 0]),
    ("2分:台账齐全,记录完整;1分:台账不全;0分:无台账", "2", [2, 1, 0]),
    ("10分：按期完成全部验收1.5分：部分完成验收0分：未验收", "10", [10, 1.5, 0]),
])
def test_points_before_each_option(text, weight, scores):
    p = propose(text, weight, "验收")
    assert p.confident, p.unplaced
    assert _ranked(p) == D(*scores)


@pytest.mark.parametrize("text, weight, scores", [
    # the figure in brackets is the 分值 of this row's kind: the bracketed figures apply
    ("评分标准：5（4）分：图件表达清晰、规范；3（2）分：图件表达欠清晰；0分：图件未表达", "4", [4, 2, 0]),
    # the figure before the brackets is the 分值: those apply
    ("评分标准：5（4）分：图件表达清晰、规范；3（2）分：图件表达欠清晰；0分：图件未表达", "5", [5, 3, 0]),
    ("6(5)分:说明书内容清晰、规范准确;3分:说明书内容欠清晰;0分:无说明书", "5", [5, 3, 0]),
    ("评分标准： 8（2）分：完成该项备案工作0分：未完成该项备案工作", "2", [2, 0]),
])
def test_points_of_another_kind_in_brackets(text, weight, scores):
    p = propose(text, weight, "成果")
    assert not p.confident  # which kind the row is, is the 分值's word only
    assert any("括号" in u for u in p.unplaced), p.unplaced
    assert _ranked(p) == D(*scores)


@pytest.mark.parametrize("text, weight", [
    # the 分值 is neither figure: which applies is not known
    ("评分标准：5（4）分：图件表达清晰、规范；3（2）分：图件表达欠清晰；0分：图件未表达", "3"),
])
def test_near_miss_points_in_brackets_the_weight_tells_neither(text, weight):
    p = propose(text, weight, "成果")
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    # one option alone with its points first: no list of options
    ("2分:台账齐全,记录完整", "2"),
    # points first, but a deduction follows: not an option
    ("3分:每缺1项扣1分", "3"),
])
def test_near_miss_points_before_not_options(text, weight):
    p = propose(text, weight, "台账")
    assert not (p.kind == "choice" and p.confident), (p.summary, p.unplaced)


# ── the situation, then its points, run straight into the next ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("国家级媒体正面报道 5分省级媒体正面报道 4分市级媒体正面报道 3分有负面报道的 0分", "5", [5, 4, 3, 0]),
    ("按时公开预决算信息,且内容完整、准确10分公开但不够完整 4分未公开0分", "10", [10, 4, 0]),
    ("各类主流媒体宣传报道6分部门网站报道 3分无报道 0分", "6", [6, 3, 0]),
])
def test_situations_run_into_the_next(text, weight, scores):
    p = propose(text, weight, "宣传")
    assert p.confident, p.unplaced
    assert _ranked(p) == D(*scores)


def test_levels_of_an_honour_run_into_the_next_are_read_but_to_check():
    # several levels may be held at once: whether the highest counts or they add up is unsaid (test_rule_proposal_cov17.py)
    p = propose("获国家级表彰8分获省级表彰6分获市级表彰3分未获表彰0分", "8", "宣传")
    assert not p.confident and any("累加" in u for u in p.unplaced), p.unplaced
    assert _ranked(p) == D(8, 6, 3, 0)


@pytest.mark.parametrize("text, weight", [
    # a deduction among them: no list of options
    ("获国家级表彰8分获省级表彰6分每有1次负面报道扣2分", "8"),
    # a count of points after a step: a rate, not an option
    ("每获1次市级表彰2分最高6分", "6"),
    # the situations in one cell, their points in the next: not one option after another
    ("连续获评A级3年/5年以上 2分/4分", "4"),
    ("1、未按时报送2、数据不准确 -1分-2分", "3"),
])
def test_near_miss_not_situations_run_on(text, weight):
    p = propose(text, weight, "宣传")
    assert not (p.kind == "choice" and p.confident), (p.summary, p.unplaced)


# ── check boxes before each option, a bare figure closing it ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("查看账户开立情况口开立独立银行账户5 口未开立独立银行账户0", "5", [5, 0]),
    ("□门牌悬挂于办公场所外10□门牌悬挂于办公场所内5□未悬挂门牌0", "10", [10, 5, 0]),
    ("核对年度财务报表。口年末净资产不少于注册资金3 口年末净资产少于注册资金0,", "3", [3, 0]),
])
def test_options_in_check_boxes(text, weight, scores):
    p = propose(text, weight, "条件")
    assert not p.confident  # no 分 written after the figures
    assert any("未写“分”" in u for u in p.unplaced), p.unplaced
    assert _ranked(p) == D(*scores)


@pytest.mark.parametrize("text, weight", [
    # 口 as a word (出入口, 排污口), not a box
    ("设置出入口2处以上得2分", "2"),
    # one box alone: no options
    ("口开立独立银行账户5", "5"),
    # a box whose option closes with no figure
    ("口开立独立银行账户5口未开立独立银行账户", "5"),
])
def test_near_miss_not_check_boxes(text, weight):
    p = propose(text, weight, "条件")
    assert not (p.kind == "choice" and p.confident), (p.summary, p.unplaced)
    if "口未" in text:
        assert not (p.kind == "choice" and len(p.items[0]["params"]["options"]) == 2 and not p.unplaced)


# ── bands on an area, its unit in the spellings tables give (“m2” typed flat, “㎡”, “平米”) ─────────────────────────
@pytest.mark.parametrize("text, weight, values, confident", [
    # m² typed flat as m2, running into the band's points (“>400m22分”: >400 m², 2分), settled by “80m2,”
    ("门厅面积>400m22分;>200 m21分;>80m20.5分;小于80m2,不得分。", "2", {"450": 2, "400": 1, "100": 0.5, "50": 0}, False),
    ("场地面积>1000㎡得3分;>500㎡得2分;≤500㎡得1分", "3", {"1200": 3, "1000": 2, "500": 1}, True),
    ("用房面积30平米以上(含30平米),6分;30平米以下,3分", "6", {"30": 6, "45": 6, "29": 3}, False),
    ("口有30平米以上(含30平米)独立办公用房8口有30平米以下独立办公用房4", "8", {"30": 8, "12": 4}, False),
])
def test_bands_on_an_area(text, weight, values, confident):
    p = propose(text, weight, "面积")
    params = sole(p, "tiers")
    assert params["unit"] == "平方米"
    assert p.confident == confident, p.unplaced
    assert {v: scored(p, {"value": v}) for v in values} == {v: Decimal(str(x)) for v, x in values.items()}


@pytest.mark.parametrize("text, weight", [
    # m2 running into a figure with no square metres said elsewhere: 3 m and 2分, or 3 m² and 分? not read as an area
    ("人行道宽度>3m2分;>2m1分;其他不得分", "2"),
])
def test_near_miss_m2_not_an_area(text, weight):
    p = propose(text, weight, "宽度")
    assert not any(it["params"].get("unit") == "平方米" for it in p.items)

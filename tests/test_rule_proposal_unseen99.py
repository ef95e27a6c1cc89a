"""Options scored as shares of the row's points (“未落实 0 分;落实较差 40%;落实一般 60%;…;落实到位 100%”, “执行 100%分”):
a 情形选择 whose scores are those shares of the 分值, always to check. Options in check boxes closed by their points in
brackets (“□按时报送年报(5分)□未按时报送年报(0分)”): a 情形选择. The bare answers of a yes/no row (“是3;否0”): a 情形选择,
to check (no 分 written). The whole points of the row's 小类 taken (“未经批准的扣该小类分”): the row's zero, to check.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, picked, to_check


# ── options scored as shares of the row's points ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, best_to_worst", [
    ("评分标准:未落实 0 分;落实较差 40%;落实一般 60%;落实较好 80%;落实到位 100%;", "10", ["10", "8", "6", "4", "0"]),
    ("评价标准:无台账 0 分;有,但登记不全 50%;有,登记完整 100%", "6", ["6", "3", "0"]),
    ("制度不健全 0 分;制度健全、执行一般 60%,制度健全、执行良好 100%", "5", ["5", "3", "0"]),
])
def test_options_scored_as_shares_of_the_points(text, weight, best_to_worst):
    p = propose(text, weight, "内部控制")
    assert p.kind == "choice", (p.summary, p.unplaced)
    assert [picked(p, r) for r in range(len(best_to_worst))] == D(*best_to_worst)
    assert not p.confident
    assert any("百分比" in u for u in p.unplaced), p.unplaced


def test_two_options_in_shares_are_all_or_nothing():
    p = propose("评分标准:按规定程序审批 100%分;未经审批 0 分;", "4", "审批程序")
    assert p.kind in ("choice", "all_or_nothing")
    if p.kind == "choice":
        assert [picked(p, 0), picked(p, 1)] == D(4, 0)
    else:
        assert met_or_not(p) == (4, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "未执行 0 分;执行较差 40%;执行一般 60%;执行较好 80%",  # no share of full marks: not the row's shares
    "未执行 0 分;执行较差 2 分;执行良好 100%",  # points beside shares
    "完成率达到100%,得5分;每低1%扣0.5分",  # a rate's line, no options in shares
])
def test_near_misses_not_read_as_shares(text):
    p = propose(text, "5", "指标")
    assert not any("百分比读作得分" in u for u in p.unplaced), p.unplaced


# ── options in check boxes, points in brackets ────────────────────────────────────────────────────────────
def test_check_box_options_with_bracketed_points():
    p = propose("□按时报送年度工作报告(4分)□未按时报送年度工作报告(0分)", "4", "年度报告")
    assert p.kind == "choice" and p.confident, p.unplaced
    assert [picked(p, 0), picked(p, 1)] == D(4, 0)


def test_three_check_box_options():
    p = propose("□档案齐全(6分)□档案基本齐全(3分)□无档案(0分)", "6", "档案管理")
    assert p.kind == "choice"
    assert [picked(p, r) for r in range(3)] == D(6, 3, 0)


def test_check_box_options_must_close_the_text():
    # words after the boxes: not only options
    p = propose("□按时报送(4分)□未按时报送(0分),迟报1次扣1分", "4", "报送")
    assert not p.confident


# ── the bare answers of a yes/no row ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [("是3;否0", "3"), ("是5；否0", "5"), ("有2;无0", "2")])
def test_bare_yes_no_points(text, weight):
    p = propose(text, weight, "建立制度")
    assert p.kind == "choice"
    assert [picked(p, 0), picked(p, 1)] == D(weight, 0)
    to_check(text, weight, "原文未写“分”")


@pytest.mark.parametrize("text", ["是否建立3项制度", "是3否0分以上"])
def test_near_misses_not_bare_yes_no(text):
    p = propose(text, "3", "指标")
    assert p.kind != "choice" or not any("原文未写“分”" in u for u in p.unplaced)


# ── the whole points of the row's 小类 taken ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("未经会员大会审议的扣该小类分", "3"),
    ("查实超标准发放补贴的扣除本小项分值", "2"),
])
def test_points_of_the_subclass_taken(text, weight):
    p = propose(text, weight, "规范管理")
    assert p.kind == "all_or_nothing", (p.summary, p.unplaced)
    assert met_or_not(p) == (D(weight)[0], 0)
    to_check(text, weight, "小类")


def test_subclass_points_with_a_deduction_is_no_zero():
    # “扣该小类1分”: a point of the 小类, not the whole
    p = propose("未按期换届的扣该小类1分", "3", "换届")
    assert not any("小类即本项" in u for u in p.unplaced)


# ── the cell's heading (“评分标准:”) and the score by a rate “评价得分” ──────────────────────────────────────────
def test_heading_of_the_cell_is_no_part_of_the_rule():
    p = propose("评分标准:制度健全得5分,否则不得分", "5", "制度建设")
    assert p.kind in ("choice", "all_or_nothing") and p.confident, (p.summary, p.unplaced)


@pytest.mark.parametrize("text", ["评分标准:按照抽查合格比率评价得分", "按抽查凭证合规率考核计分"])
def test_score_by_a_named_rate_evaluated(text):
    p = propose(text, "10", "会计核算")
    assert p.kind == "rate", (p.summary, p.unplaced)
    assert not p.confident
    it = p.items[0]
    from services.scoring.rules import score_item
    assert score_item(it, {"value": "80"}).score == 8 or score_item(it, {"numerator": "8", "denominator": "10"}).score == 8

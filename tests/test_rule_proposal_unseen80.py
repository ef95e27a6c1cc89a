"""Wordings a proposer missed: a requirement closed by its bare points in a sentence of their own (“严格按工程批复内容
实施的。10分”, one naming the design kept to, “工程质量达到设计标准。8分”, or a line to reach, “资金到位率达到90%以上。
20分”); points per item in brackets then “按项按标准得分,最多得N分”; points for each year of the last N in which a
requirement held (“超过1年得1分,共2分”), after the definition of the rate it names.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, met_or_not, readings, sole, ticks


# ── a requirement, then its bare points as a sentence of their own ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("严格按工程批复内容实施的。10分", "10"),
    ("严格按市级奖补资金计划支出的。12分", "12"),
    ("按施工合同约定组织验收。6分", "6"),
    ("工程质量达到设计标准。8分", "8"),
    ("道路建设符合设计要求。4分", "4"),
])
def test_requirement_then_its_points(text, weight):
    p = propose(text, weight, "项目实施")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == tuple(D(weight, 0))
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("资金到位率达到90%以上。20分", "20"),
    ("年度工作任务完成率达到85%以上。15分", "15"),
])
def test_line_to_reach_then_its_points(text, weight):
    p = propose(text, weight, "完成情况")
    params = sole(p, "all_or_nothing")
    assert any(ch.isdigit() for ch in params["condition"])
    assert met_or_not(p) == tuple(D(weight, 0))
    assert not p.confident
    assert any("条件中的数值由评价组判断是否达到" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("按完成比例计分。10分", "10"),  # a proportion: no requirement met or not
    ("服务流程设计合理,标识清晰醒目。5分", "5"),  # a design judged: no requirement met or not
    ("群众满意率90%。10分", "10"),  # a figure with no line to reach
    ("资金到位率达到90%以上。15分", "20"),  # the points are not the 分值
])
def test_near_miss_not_a_requirement_and_its_points(text, weight):
    assert not any(r.items[0]["type"] == "all_or_nothing" for r in readings(text, weight) if len(r.items) == 1)


# ── points per item in brackets, then “按项按标准得分,最多得N分” ────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, met, expected", [
    ("设有非遗技艺展示区(2分);定期开展传承人带徒活动(3分)。按项按标准得分,最多得5分。", "5",
     [(True, True), (True, False), (False, True), (False, False)], [5, 2, 3, 0]),
    ("建立志愿服务台账(1分);有志愿者培训记录(1分);有服务对象回访记录(2分)。按项得分,共4分。", "4",
     [(True, True, True), (False, True, False)], [4, 1]),
])
def test_points_scored_by_item_with_total(text, weight, met, expected):
    p = propose(text, weight, "传承活动")
    sole(p, "checklist")
    assert [ticks(p, *m) for m in met] == D(*expected)
    assert not p.confident


def test_near_miss_total_not_the_weight_is_no_checklist():
    # the 分值 said again is 4, the row's 5: which one holds is not for the proposer to guess
    p = propose("设有非遗技艺展示区(2分);定期开展传承人带徒活动(3分)。按项按标准得分,最多得4分。", "5", "传承活动")
    assert p.kind != "checklist"


# ── points for each year of the last N in which a requirement held ──────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, years, expected", [
    ("快递业务量增速=(当年快递业务量/上年快递业务量-1)*100%。近2年,本县快递业务量增速高于全省平均增速。"
     "超过1年得1分,共2分。", "2", ["0", "1", "2"], [0, 1, 2]),
    ("近3年,本地区农产品电商销售额均保持增长。每有1年得2分,最高6分。", "6", ["0", "2", "3"], [0, 4, 6]),
])
def test_points_for_each_year_held(text, weight, years, expected):
    p = propose(text, weight, "电商发展")
    sole(p, "formula")
    assert [by_vars(p, y) for y in years] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("近3年,本地区农产品电商销售额均保持增长。1年得1分,共2分。", "3"),  # 3 years of 1 point do not make 2
    ("近2年,本县快递业务量增速高于全省平均增速。超过1年得1分,共3分。", "3"),  # the total is not 2 years' points
    ("近1年,本县快递业务量增速高于全省平均增速。1年得2分,共2分。", "2"),  # one year: a requirement, no count
])
def test_near_miss_years_that_do_not_add_up(text, weight):
    assert not any("年中每有 1 年" in r.summary for r in readings(text, weight))

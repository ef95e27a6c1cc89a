"""Wordings a proposer missed: a requirement closed by its bare points in a sentence of their own (“严格按工程批复内容
实施的。10分”, one naming the design kept to, “工程质量达到设计标准。8分”, or a line to reach, “资金到位率达到90%以上。
20分”); points per item in brackets then “按项按标准得分,最多得N分”; points for each year of the last N in which a
requirement held (“超过1年得1分,共2分”), after the definition of the rate it names; the 0 of a breach's points read by
text recognition as a full stop (“符合1分,不符合。分”); faults naming a public service line by its number (“未使用市12345
平台统一标识的,扣0.5分”), after what is checked; points whose last ones, alike, count once (“后3项积分不累加”); a
condition voting down the whole element (“…的,一级否定”, the 安全标准化 考评's word) before the row's deductions.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, met_or_not, readings, sole, ticks, types


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


# ── “不符合。分”: the 0 of a breach's points read as a full stop ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("符合1分,不符合。分", "1"),
    ("符合2分,不符合。分。", "2"),
    ("达标3分,未达到。分", "3"),
])
def test_zero_read_as_a_stop(text, weight):
    p = propose(text, weight, "签订物业服务合同")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == tuple(D(weight, 0))
    assert not p.confident
    assert any("句号" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "符合2分,不符合。分管领导负责整改",  # 分 opens a word of the next sentence
    "不符合。分",  # no score of the requirement met before it
])
def test_near_miss_a_stop_before_a_word_opening_with_fen(text):
    p = propose(text, "2", "签订物业服务合同")
    assert not any("句号" in u for u in p.unplaced)
    assert p.kind == "judgement" or not p.confident


# ── faults naming a service line by its number ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, met, expected", [
    ("各镇街成立12345热线工作专班,明确专人负责工单转办和督办。未成立12345热线工作专班的,扣1分;未明确专人负责的,扣1分。",
     "2", [(True, True), (False, True), (False, False)], [2, 1, 0]),
    ("未按时办结12345工单的,扣0.5分;未及时回访群众的,扣0.5分;未报送12315投诉分析的,扣1分。", "2",
     [(True, True, True), (True, False, False)], [2, 0.5]),
])
def test_faults_naming_a_service_line(text, weight, met, expected):
    p = propose(text, weight, "热线办理")
    sole(p, "checklist")
    assert [ticks(p, *m) for m in met] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "未办结12件工单的,扣1分;未及时回访的,扣1分。",  # a count of work orders, no line's name
    "未按时办结12345件工单的,扣1分;未及时回访的,扣1分。",  # a figure counted in 件, no line
])
def test_near_miss_a_figure_that_names_no_line(text):
    assert "checklist" not in types(propose(text, "2", "热线办理"))


# ── “后N项积分不累加”: the last points, alike, count once ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, met, expected", [
    ("建立消防安全责任制(2分);配齐消防器材(4分);获评市级消防示范单位(2分);获评区级消防示范单位(2分)。后2项积分不累加。",
     "8", [(True, True, True), (True, False, True), (False, True, False)], [8, 4, 4]),
    ("有年度培训计划。(1) 开展全员培训。(3) 取得行业协会认证。(2) 通过质量管理体系认证。(2) 获得市级以上质量奖。(2) "
     "后3项积分不累加。", "6", [(True, True, True), (True, True, False)], [6, 4]),
])
def test_last_points_count_once(text, weight, met, expected):
    p = propose(text, weight, "管理水平")
    params = sole(p, "checklist")
    assert "之一" in params["points"][-1]["label"]
    assert [ticks(p, *m) for m in met] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("建立制度(2分);获得省级表彰(4分);获得市级表彰(2分)。后2项积分不累加。", "6"),  # unequal points: the higher, unsaid
    ("建立制度(2分);获得省级表彰(2分);获得市级表彰(2分)。后2项积分不累加。", "6"),  # 2 + 2 is not the 分值 6
])
def test_near_miss_last_points_that_do_not_fit(text, weight):
    p = propose(text, weight, "管理水平")
    assert p.kind != "checklist" or not any("之一" in pt["label"] for pt in p.items[0]["params"]["points"])


# ── “一级否定”: a condition that votes the whole element down, before the deductions ───────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    # at: (the fault found, the element voted down), as 0/1
    ("未建立隐患排查治理台账的,一级否定;台账记录不完整的,扣2分;", "8", [(0, 0), (1, 0), (0, 1)], [8, 6, 0]),
    ("无应急预案的,一级否定;未按规定组织应急演练的,扣3分;", "10", [(0, 0), (1, 0), (1, 1)], [10, 7, 0]),
])
def test_voted_down_element_then_deductions(text, weight, at, expected):
    p = propose(text, weight, "隐患排查")
    params = sole(p, "formula")
    names = [v["name"] for v in params["variables"]]
    assert sorted(names) == ["a", "g"], params  # g: the gate (1: not voted down), a: the fault
    assert not p.confident
    assert any("一级否定" in u for u in p.unplaced)
    for (fault, gone), want in zip(at, D(*expected)):
        vals = {"g": str(1 - gone), "a": str(fault)}
        assert by_vars(p, *[vals[n] for n in names]) == want


def test_near_miss_one_level_named_is_no_veto():
    # “一级” naming a grade of work (一级保养), no 否定: no gate read from it
    p = propose("未按规定开展一级保养的,扣2分;保养记录不完整的,扣1分;", "3", "设备保养")
    assert not any("一级否定" in u for u in p.unplaced)

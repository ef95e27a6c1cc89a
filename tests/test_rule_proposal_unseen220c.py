"""Rows of staff, transport, property, city-management and workshop (5S, HSE) sheets whose wording the readings missed:

- 基本 naming a thing, not a degree (“未掌握基本情况的,扣1分;未报送基本信息的,扣1分”): faults, each costing its points
  (``choice.DEGREES``); 基本 before a quality (“基本健全”, “基本完成”) is still a degree;
- a fault of a requirement due each period, the period before its denial (“每月未听取汇报的,扣1分” on 1 point): the one
  fault takes the whole 分值, once or per month alike (``all_or_nothing._NO_FAULT_IN_WORDS``); a cost below the 分值 is
  no such fault;
- the row's number before a cost per case said after its points (“2、上班时不得离岗(违者扣5分/次)”): the number is no
  count, the cost is per case (``wording._per_case_before``);
- rows of a level, its bare score and the same remark each (“省级 3 不累计计分 市级 2 不累计计分 …”): the remark said
  once after the levels (``wording._remark_said_once``), the levels a choice with nothing earned at 0 — to check;
- a rate measured from a line straight before its step down (“完成率按100%每下降1个百分点扣0.4分”): full at the line
  (``threshold._MEASURED_FROM``);
- the requirement's cell, then the cells of a rate's bands and their bare scores (“有器材。 器材完好率100% 器材完好率70%以上
  器材完好率低于70% 4 2 0”): read as the bands after the requirement (``wording._requirement_then_bands``) — to check;
- an aside in brackets closing a requirement before its bare score (“…混杂存放(同一盒子内) 2”): the score a cell of its
  own (``wording._CELL_SCORE``);
- a cost per half-day (“每缺勤半天扣1分”, read 每缺勤0.5天): each half-day a case, counted in half-days
  (``formula``'s faults each with their deduction) — to check, a part of a half-day unsaid; 扣 read by text recognition as 口 after the case counted (“每迟到一次
  口0.5分”, ``wording._OCR_DEDUCT``), never a thing's opening (“出入口2分”);
- requirements with no scoring words that the readings took for scoring (all ``all_or_nothing._bare_requirement``, never
  confident): the affairs of a body told (“透露内部情况”), the staffing or rota a duty follows (“根据人员配备,按时到岗”),
  refuse cleared the day it is made (“垃圾日产日清”).

Near misses: a degree of a quality among faults, a cost below the 分值 after a period, a count in the fault's words, the
分 of spaced points taken for a remark, remarks that differ, a step up from the line, a requirement cell that scores, a
state of the work weighed (“根据完成情况”, “完成情况”).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import _remark_said_once, _requirement_then_bands
from tests.proposals import D, by_count, by_vars, maxes, met_or_not, picked, readings, scores, sole


# ── 基本 naming a thing ──────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("未掌握本单位基本情况的,扣1分; 未开展自查的,扣1分; 未及时整改的,扣1分。", "3", [1, 1, 1]),
    ("未录入人员基本信息的,扣2分;未建立台账的,扣1分", "3", [2, 1]),
    ("不掌握辖区基本数据的扣1分;未上报的扣1分", "2", [1, 1]),
])
def test_basic_things_are_no_degree(text, weight, expected):
    p = propose(text, weight, "保密工作")
    sole(p, "checklist")
    assert maxes(p) == D(*expected)


def test_basic_before_a_quality_is_still_a_degree():
    assert not any(r.items[0]["type"] == "checklist"
                   for r in readings("制度基本健全的,扣1分;制度不健全的,扣2分", "3"))


# ── a fault of a requirement due each period ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("街道负责人每月未听取工作汇报的,扣1分。", "1"),
    ("从4月份开始,负责人每月未听取整治情况汇报,研究解决存在问题的,扣2分。(2分)", "2"),
    ("每季度未召开分析会的扣3分", "3"),
])
def test_a_periodic_requirement_denied_takes_the_whole_points(text, weight):
    p = propose(text, weight, "组织部署")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)


@pytest.mark.parametrize("text, weight", [
    ("每月未听取工作汇报的,扣1分。", "3"),   # a cost below the 分值: per month or once, unsaid
    ("每发现1处未整改的扣1分", "1"),         # a count
])
def test_a_periodic_fault_near_misses(text, weight):
    p = propose(text, weight, "组织部署")
    assert not (p.kind == "all_or_nothing" and p.confident)


# ── the row's number before a cost per case said after its points ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("2、上班时不得擅自离岗、串岗(违者扣5分/次);", "5", "5", "次"),
    ("(3)值班时不得睡岗(违反扣2分/次)", "6", "2", "次"),
    ("4.车辆不得乱停乱放,违者扣1分/处", "4", "1", "处"),
])
def test_row_number_before_a_cost_per_case(text, weight, per, unit):
    p = propose(text, weight, "工作纪律")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == (per, unit)
    assert by_count(p, "1") == D(weight)[0] - D(per)[0]


def test_a_count_in_the_words_is_left_as_written():
    p = propose("迟到2次以上扣1分/次", "5", "考勤")
    assert p.kind != "deduction" or not p.confident


# ── a remark repeated on each level's row ──────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("国家级 5 不累计计分 省级 3 不累计计分 市级 1 不累计计分", "5", [5, 3, 1, 0]),
    ("省级 2 就高计分 市级 1 就高计分", "2", [2, 1, 0]),
])
def test_a_remark_on_each_row_is_said_once(text, weight, expected):
    p = propose(text, weight, "先进集体奖")
    sole(p, "choice")
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "按要求完成 20 分 个别差错 10 分 严重差错 0 分",  # the 分 of spaced points, no remark
    "省级 3 不累计计分 市级 2 就高计分 校级 1 不累计计分",  # remarks that differ
    "省级 3 备注1 市级 2 备注1",  # a figure in the remark
])
def test_a_remark_said_once_near_misses(text):
    assert _remark_said_once(text) == text


# ── a rate measured from a line ─────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "按标准足额筹集。完成率按100%每下降1个百分点扣0.4分,直至扣完。",
    "筹资完成率按100%计,每降低1个百分点扣0.4分,扣完为止",
])
def test_a_rate_measured_from_a_line(text):
    p = propose(text, "4", "筹集率")
    params = sole(p, "threshold")
    assert params["full_at"] == "100"
    assert scores(p, ["100", "95", "88"]) == D(4, 2, 0)


def test_a_step_up_from_the_line_is_no_such_rate():
    assert not any(r.items[0]["type"] == "threshold" for r in readings("完成率按100%每增加1个百分点扣0.4分", "4"))


# ── the requirement's cell, then the cells of bands ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("按规范要求,配有考核必备的设备。设备要能充分满足考核需要。 设备完好率100% 设备完好率80%以上 设备完好率低于80% 5 3 0",
     "5", ["100", "85", "80", "70"], [5, 3, 3, 0]),
    ("档案按规定归档。 归档率95%以上 归档率低于95% 2 0", "2", ["96", "90"], [2, 0]),
])
def test_a_requirement_cell_before_bands(text, weight, values, expected):
    p = propose(text, weight, "器材")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "配有设备得2分。 设备完好率100% 设备完好率低于100% 2 0",  # the requirement's cell scores
    "配有设备。 完好 损坏 2 0",  # no bands of a rate
])
def test_a_requirement_cell_before_bands_near_misses(text):
    assert _requirement_then_bands(text) is None


# ── an aside in brackets before a bare score ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("标准件没有混杂存放(同一个盒子内) 2", "2"),
    ("工具定位摆放(按形迹管理) 1", "1"),
])
def test_an_aside_in_brackets_before_a_bare_score(text, weight):
    p = propose(text, weight, "物料")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident


# ── requirements with no scoring words ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("7、严禁对外透露单位内部情况,不公开人员信息", "5"),
    ("不得泄露住户个人情况", "3"),
    ("13、根据人员配备,按时到岗到位,不脱岗、不迟到。", "10"),
    ("根据排班安排,按时交接班。", "4"),
    ("垃圾日产日清。", "9"),
    ("生活垃圾随产随清", "5"),
])
def test_bare_requirements(text, weight):
    p = propose(text, weight, "工作职责")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "根据完成情况,按时到岗",  # a state of the work weighed
    "工作完成情况",
    "日产日清",  # too short to name what is cleared
])
def test_bare_requirements_near_misses(text):
    assert not any(r.items[0]["type"] == "all_or_nothing" for r in readings(text, "5"))


# ── a cost per half-day; 扣 read as 口 ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "全勤得10分,每迟到一次扣0.5分,每缺勤半天扣1分",
    "全勤得10分,每迟到一次口0.5分,每缺勤半天口1分",
    "每迟到1次扣0.5分;每旷工半天扣1分;扣完为止",
])
def test_a_cost_per_half_day(text):
    p = propose(text, "10", "日常考勤")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["次", "半天"]
    assert by_vars(p, "3", "2") == D(6.5)[0]
    assert by_vars(p, "4", "9") == D(0)[0]
    assert not p.confident


def test_a_thing_opening_is_no_deduction():
    p = propose("每设置1处出入口2分", "4", "设施")
    assert "扣" not in p.summary

"""Bare requirements a proposer missed: a requirement closed by its points in brackets with no 分 (“灭火器材摆放合理,
定期检查。(4)”, “…整改率达100%(3)”, a line to reach “…完好率在90%以上(4)”); short ones naming a state seen at once
(“安全出口标志醒目”) or a division (“生熟食品分开存放”, “垃圾分离收集”); ones kept to a span of time, a distance or a
staff range (“连续营业2年以上”, “距离加油站100米以上”, “300米内有公共停车场”, “应配备3-6人”, “业务学习时间不少于5天”);
long numbered ones kept to the rules (“严格按照…规定”) or to the map (“按行政区划设置”), with a leave given (“根据需要,
也可…”); and points of two parts, the first in brackets with no 分 (“…学历(1),…能力(1分)”).

Made-up texts in the style of published 评分标准, with the score met and not met, and near misses that must not be read
that way. Every reading here says nothing of the score on its own: all are to check.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, maxes, met_or_not, readings, sole, ticks


def _met_or_nothing(text: str, weight: str, name: str = "指标") -> None:
    p = propose(text, weight, name)
    sole(p, "all_or_nothing")
    assert met_or_not(p) == tuple(D(weight, 0))
    assert not p.confident, p.unplaced


# ── a requirement closed by its points in brackets, no 分 ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("灭火器材摆放合理,定期检查,维护良好。(4)", "4"),
    ("无触电、火灾、中毒事故。(6)", "6"),
    ("危险化学品的领用、保管符合学校有关管理制度。(3)", "3"),
    ("重点部位防护合格率和隐患整改率达100%(3)", "3"),
    ("教学设备的完好率在90%以上(4)", "4"),
])
def test_requirement_closed_by_bracketed_points(text, weight):
    _met_or_nothing(text, weight, "实验室安全")
    assert any("括号中的数字读作本项分值" in u for u in propose(text, weight, "实验室安全").unplaced)


@pytest.mark.parametrize("text, weight", [
    # the bracketed figure is not the 分值
    ("灭火器材摆放合理,定期检查,维护良好。(3)", "4"),
    # a list's numbering, not points
    ("(1)灭火器材摆放合理,定期检查", "4"),
    # a judgement in the requirement
    ("灭火器材摆放情况酌情评分(4)", "4"),
])
def test_near_misses_of_bracketed_points(text, weight):
    assert not any("括号中的数字读作本项分值" in u for r in readings(text, weight) for u in r.doubts)


# ── short requirements: a state seen at once, a division ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("安全出口标志醒目", "2"),
    ("消防通道保持畅通", "3"),
    ("生熟食品分开存放", "2"),
    ("生活垃圾分离收集,", "2"),
])
def test_short_requirements(text, weight):
    _met_or_nothing(text, weight, "场所要求")


@pytest.mark.parametrize("text", [
    "宣传效果明显",  # an effect weighed, not a state met
    "工作成效明显",
    "标志明显",  # too short to name its thing
    "得分明显",
])
def test_near_misses_of_short_requirements(text):
    assert not any(r.items and r.items[0]["type"] == "all_or_nothing" for r in readings(text, "2"))


# ── spans of time, distances, staff ranges ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("连续营业2年以上", "2"),
    ("所在村近5年内未发生重大安全事故,无群体性事件", "3"),
    ("距离加油站、化工厂、垃圾填埋场等危险源100米以上", "2"),
    ("300米内有公共停车场", "2"),
    ("2、调解员每年参加业务培训不少于2次,业务学习时间不少于5天;新任人员须经县级以上主管部门岗前培训;", "1"),
    ("4、新录用的工作人员应在基层站所锻炼2年以上;", "0.5"),
    ("2、服务站应配备3-6人,实行站长负责制;有3名以上党员的应建立党小组;", "0.5"),
])
def test_requirements_kept_to_a_span_a_distance_or_a_range(text, weight):
    _met_or_nothing(text, weight, "基本条件")
    assert any("由评价组核查" in u for u in propose(text, weight, "基本条件").unplaced)


@pytest.mark.parametrize("text", [
    "营业2年以上得2分",  # the points said: not a bare requirement
    "每超过100米扣1分",  # a deduction per step
    "2年以上",  # nothing but the span
    "距离达到100米以上的按比例计分",
])
def test_near_misses_of_spans_and_distances(text):
    assert not any("评分标准只写了要求" in u for r in readings(text, "2") for u in r.doubts)


# ── long numbered requirements kept to the rules or the map ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("3、开展多种形式的廉政教育活动,规范服务行为;严格按照窗口单位有关规定,严明工作纪律,挂牌上岗;", "0.5"),
    ("1、服务站按行政区划设置,经县级主管部门批准成立,每个社区设置1个;根据需要,也可在产业园区等地设置;", "0.5"),
])
def test_long_requirements_kept_to_the_rules(text, weight):
    _met_or_nothing(text, weight, "组织建设")


@pytest.mark.parametrize("text", [
    "按承担完成规定的实际工作量确定",  # an amount the rules set, judged
    "根据工作完成情况确定",
    "按完成工作的质量评定",
])
def test_near_misses_of_requirements_kept_to_the_rules(text):
    assert not any("评分标准只写了要求" in u for r in readings(text, "10") for u in r.doubts)


# ── two parts, the first's points in brackets with no 分 ────────────────────────────────────────────────────────
def test_two_parts_first_points_bare():
    p = propose("2、调解员具有高中以上学历(1),具备制作调解文书、宣讲法律法规和使用计算机的能力(1分);", "2", "队伍建设")
    sole(p, "checklist")
    assert maxes(p) == D(1, 1)
    assert ticks(p, True, True) == 2 and ticks(p, True, False) == 1 and ticks(p, False, False) == 0
    assert not p.confident


def test_near_miss_two_parts_not_summing():
    p = propose("2、调解员具有高中以上学历(1),具备制作调解文书的能力(1分);", "3", "队伍建设")
    assert p.kind != "checklist" or p.confident is False

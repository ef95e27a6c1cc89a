"""Lists of requirements each followed by its points (a 要点核查) that fell back to judgement: a requirement asked of
each one of a kind (“每村不少于10亩”, “每个乡镇至少1名”) or of every round (“对每一轮建设有…计划”) is the point's words,
not a step; a closing bracket sending the reader elsewhere (“(具体见…分解表)”) is set aside, to check; and a part of
two lines on one count (“100种以下得2分,100种及以上得5分”) is bands of that count, not situations the team picks; and
points each given as a share of the 分值 after their 得 (“建立联防联调合作机制得10%分,机制运行良好得10%”) are the points of
a 要点核查, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import re

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, maxes, readings, scores, sole, ticks, types


# ── a requirement asked of each one of a kind, or of every round: the point's words ─────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("1)每村新增成片林不少于十亩(5分);2)巩固绿色通道建设(5分)", "10", (5, 5)),
    ("(1)每个乡镇至少1名专职人员(3分);(2)建立工作台账(2分)", "5", (3, 2)),
    ("①对每一轮建设有明确的行动计划(2分);②开展建设效果评价(3分)。", "5", (2, 3)),
    ("⑴新增成片林150亩,每村不少于10亩;(15分)⑵巩固完善绿色通道建设;(5分)⑶抓好河道绿化带建设。(20分)", "40",
     (15, 5, 20)),
])
def test_a_requirement_of_each_one_is_the_points_words(text, weight, points):
    p = propose(text, weight, "目标任务")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert ticks(p, *([True] * len(points))) == D(weight)[0]
    assert ticks(p, False, *([True] * (len(points) - 1))) == D(weight)[0] - points[0]
    assert not p.confident  # the figure asked (“每村”, “每1轮”) is the team's to check


@pytest.mark.parametrize("text", [
    "1)每少10亩扣2分(5分);2)巩固绿色通道建设(5分)",          # a step per shortfall, never a requirement
    "1.每村不少于10亩,每少1亩扣1分(5分);2.巩固绿色通道建设(5分)",  # a line with a step below it
])
def test_near_miss_a_step_per_one_is_no_point(text):
    assert not any(it["type"] == "checklist" for found in readings(text, "10") for it in found.items)


# ── a closing bracket sending the reader elsewhere: set aside, to check ───────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("⑴完成造林任务;(10分)⑵抓好河道绿化带建设。(20分)(具体见林业绿化目标任务分解表)", "30", (10, 20)),
    ("1、建立工作台账(2分);2、开展培训(3分)(详见考核细则分解表)", "5", (2, 3)),
])
def test_a_bracket_sending_elsewhere_is_set_aside(text, weight, points):
    p = propose(text, weight, "目标任务")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert not p.confident and any("见" in u for u in p.unplaced), p.unplaced


def test_near_miss_a_bracket_of_points_elsewhere_is_not_set_aside():
    p = propose("1)建立台账(5分);2)巩固绿色通道建设(5分)(见考核细则,每项扣1分)", "10", "目标任务")
    assert not p.confident
    assert not any("未计入规则" in u and "每项扣1分" in u for u in p.unplaced)


# ── a part of two lines on one count: bands of the count, the figure at the line the upper band's ───────────────────
@pytest.mark.parametrize("text, weight, values, want", [
    ("(1)配备药品100种以下得2分,100种及以上得5分。(2)能提供3个月购进药品的合法票据得5分。", "10",
     [0, 99, 100, 150], (2, 2, 5, 5)),
    ("1、开展培训五场以下得1分,五场及以上得3分;2、建立培训台账得2分。", "5", [0, 4, 5, 9], (1, 1, 3, 3)),
    ("1.开设课程10类以下的得2分,10类及以上的得4分;2.有教学计划得1分", "5", [9, 10, 11], (2, 4, 4)),
])
def test_two_lines_on_a_count_are_its_bands(text, weight, values, want):
    p = propose(text, weight, "质量管理")
    assert types(p) == ["tiers", "all_or_nothing"], p.summary
    assert scores(p, values) == D(*want)
    assert not p.confident  # 以下 holds its figure by law: which band the line's figure is in is to check


def test_a_count_of_two_lines_alone_is_its_bands():
    p = propose("医院100家以下得2分,100家及以上得5分", "5", "质量管理")
    sole(p, "tiers")
    assert scores(p, [99, 100]) == D(2, 5)


@pytest.mark.parametrize("text, weight", [
    ("(1)考核优秀得5分,考核合格得3分。(2)能提供票据得5分。", "10"),                    # grades, no figure
    ("(1)配备专职人员2人的得2分,配备兼职人员的得1分。(2)能提供票据得5分。", "7"),      # one figure, no two lines
])
def test_near_miss_situations_with_no_two_lines_stay_a_choice(text, weight):
    p = propose(text, weight, "质量管理")
    assert types(p)[0] == "choice" and not p.confident


# ── points each given as a share of the 分值 after their 得: a 要点核查, to check ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("建立工作制度得40%,制度运行良好得60%。", "5", (2, 3)),
    ("(1)制定实施方案得20%分;(2)按期开展自查得30%分;(3)形成总结报告得50%分", "10", (2, 3, 5)),
    ("1.建立联防机制得10%,机制运行良好得10%;2.实现共同调度得80%。", "20", (2, 2, 16)),
])
def test_points_as_shares_of_the_weight(text, weight, points):
    p = propose(text, weight, "机制建设")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert ticks(p, True, *([False] * (len(points) - 1))) == D(points[0])[0]
    assert not p.confident and any("百分比" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "建立工作制度得2分,制度运行良好得60%。",   # points and a share together
    "建立工作制度得40%,制度运行良好得40%。",   # shares not adding up to the whole
    "完成率达到80%得3分,达到90%得5分",        # lines on a rate, never shares of the 分值
])
def test_near_miss_shares_that_are_no_points(text):
    assert not any(it["type"] == "checklist" for found in readings(text, "5") for it in found.items)


# ── faults per case closed by a case adding its points per case: one formula ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, want", [
    ("迟报1次扣1分,漏报1次扣2分;主动发现并上报问题的,每个加1分", "10", ("1", "1", "2"), "9"),
    ("被市督查发现的问题,每处扣三分;被县督查发现的问题,每处扣一分;自查自纠整改到位的,不扣分,并给予加分(每处加0.5分)", "20",
     ("1", "2", "4"), "17"),
    ("被省、市、县通报的,每次分别扣6分、4分、2分;主动报告并整改到位的,每次加1分。", "30", ("1", "0", "1", "3"), "25"),
    ("迟报1次扣1分,漏报1次扣2分,解决1个实际问题得1分", "10", ("0", "1", "2"), "10"),
    # (the points added capped: their sum held to the cap, “min(1 * c, 3)”)
    ("迟报1次扣1分,漏报1次扣2分;主动上报问题的,每个加1分,最多加3分", "10", ("1", "1", "5"), "10"),
    ("被卫星遥感监测到的火点,每个扣30分;被镇督查组巡查发现的火点,每个扣2分。村(社区)自行发现的火点,及时扑灭、上报的,"
     "不扣分,并给予加分。(每个火点加2分)", "100", ("0", "1", "2"), "100"),
])
def test_faults_then_a_case_adding_points(text, weight, values, want):
    p = propose(text, weight, "问题处置")
    sole(p, "formula")
    assert "加" in p.summary
    assert by_vars(p, *values) == D(want)[0]
    assert not p.confident  # that the points added stay within the 分值 is the reading's


@pytest.mark.parametrize("text", [
    "组织志愿活动的,每次加2分",                                     # points added alone, no fault
    "与上年度相比持平得3分,每下降一个百分点扣1.5分;每上升一个百分点加1分",  # a step on a figure, no case counted
    "迟报1次扣1分,漏报1次扣2分,全年无差错得2分",                      # points for none, no case counted
])
def test_near_miss_points_added_not_closing_faults(text):
    assert not any(re.search(r"每(?:个|次|件|起|处|项|例|人|户)加", found.summary) for found in readings(text, "10"))


# ── a veto on a count within one event, between the faults: a condition zeroing the row ───────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("死亡1人扣30分/次;一次死亡2人及以上实行一票否决;重伤1人扣15分/次。", "60"),
    ("每起事故死亡1人扣20分;单起事故死亡3人以上的,一票否决;每起事故受伤1人扣5分", "40"),
    ("发生1起较大事故扣10分;1起事故死亡3人及以上的,本项不得分;发生1起一般事故扣5分", "30"),
])
def test_a_veto_on_a_count_within_one_event(text, weight):
    p = propose(text, weight, "安全事故")
    params = sole(p, "formula")
    assert params["expression"].startswith("g * (max - ")
    assert by_vars(p, "1", "0", "0") == D(weight)[0] and by_vars(p, "0", "0", "0") == 0
    assert by_vars(p, "1", "1", "1") > 0
    assert not p.confident


@pytest.mark.parametrize("text", [
    "发现1处问题扣1分;发现5处及以上问题的,不得分;发现1处隐患扣2分",  # the faults' own count running out
    "迟报1次扣1分;迟报3次以上的,不得分;漏报1次扣2分",
])
def test_near_miss_a_count_of_the_faults_is_no_veto(text):
    p = propose(text, "10", "安全事故")
    assert "整项不得分" not in p.summary and not p.confident

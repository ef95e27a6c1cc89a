"""Made-up texts for circled parts with no points of their own, each a fault and a milder form of it (“①没有X的扣5分,
X破旧的扣3分;②…”), or one fault alone, and the near misses beside them.

The texts are written for these tests in the styles of 党建 and county assessment tables (none is taken from the
rule corpus). Each part is an item: the fault takes the part's whole, so the two found together score 0 as the fault
alone does; the part's points are that fault's cost, or, where it is said as 不得分, an equal share of what the parts
costing a figure leave of the 分值. Those points and the situation of no fault are unsaid: always to check.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import fault_pairs
from services.scoring.rules.base import Wording
from services.scoring.rules.wording import normalize
from tests.proposals import met_or_not, picked, readings, types

_SUMMARY = "各部分的问题及其较轻情形"


def _maxes(p) -> list[Decimal]:
    return [Decimal(it["max"]) for it in p.items]


# ── each part a fault costing a figure and a milder form of it: the figure is the part's points ───────────────────────
@pytest.mark.parametrize("text, weight, parts, milder", [
    ("①没有档案室的扣4分,档案室简陋的扣2分;②未配备档案柜的扣4分,档案柜破损的扣1分", "8", ["4", "4"], ["2", "3"]),
    ("①无宣传栏的扣3分(),宣传栏内容陈旧的扣1分();②无意见箱的扣3分(),意见箱损坏的扣2分();③没有公示牌的扣3分,公示牌字迹不清扣1分()",
     "9", ["3", "3", "3"], ["2", "1", "2"]),
    ("①未设值班室扣6分,值班室设置不规范扣2分。 ②未张贴值班表扣4分,值班表未及时更新扣1分。", "10", ["6", "4"], ["4", "3"]),
    ("(1)没有村务公开栏的扣4分,公开栏内容未及时更新的扣2分;(2)未建立村民议事制度的扣4分,议事记录不全的扣1分", "8", ["4", "4"],
     ["2", "3"]),
    ("1.无消防器材的扣5分,消防器材过期的扣2分;2.未设疏散标志的扣3分,疏散标志不清晰的扣1分", "8", ["5", "3"], ["3", "2"]),
])
def test_circled_parts_of_a_fault_and_its_milder_form_are_situations(text, weight, parts, milder):
    p = propose(text, weight, "阵地建设")
    assert p.summary.endswith(_SUMMARY) and not p.confident, p.summary
    assert types(p) == ["choice"] * len(parts)
    assert _maxes(p) == [Decimal(x) for x in parts]
    for k, (top, less) in enumerate(zip(parts, milder)):
        assert [picked(p, r, k) for r in range(3)] == [Decimal(top), Decimal(less), Decimal(0)]
    assert any("各部分未写分值" in u for u in p.unplaced)


def test_a_part_of_one_fault_is_met_or_not():
    p = propose("①制度未上墙的,扣3分();②没有党员活动室的扣5分(),活动室杂乱的扣2分()", "8", "阵地建设")
    assert types(p) == ["all_or_nothing", "choice"] and _maxes(p) == [Decimal(3), Decimal(5)]
    assert met_or_not(p, 0) == (Decimal(3), Decimal(0))
    assert [picked(p, r, 1) for r in range(3)] == [Decimal(5), Decimal(3), Decimal(0)]


# ── a fault said as 不得分: the parts so said share what the parts costing a figure leave ──────────────────────────────
@pytest.mark.parametrize("text, weight, parts, second", [
    ("①学习落实一般的扣1分,落实差的不得分。 ②制度执行一般的扣0.5分,执行不到位的不得分。", "6", ["3", "3"], ["2", "2.5"]),
    ("①台账不完整的扣1分,没有台账的不得分;②群众反映较多的扣1分;群众反映强烈的扣3分;③发生违纪问题的不得分", "9",
     ["3", "3", "3"], ["2", "2"]),
])
def test_parts_zeroed_in_words_share_the_rest(text, weight, parts, second):
    p = propose(text, weight, "班子建设")
    assert p.summary.endswith(_SUMMARY) and not p.confident, p.summary
    assert _maxes(p) == [Decimal(x) for x in parts]
    choices = [k for k, it in enumerate(p.items) if it["type"] == "choice"]
    assert [picked(p, 1, k) for k in choices] == [Decimal(x) for x in second]
    assert all(picked(p, 2, k) == 0 for k in choices)
    if len(choices) < len(parts):
        assert met_or_not(p, len(parts) - 1) == (Decimal(parts[-1]), Decimal(0))


# ── near misses: not read as parts of a fault and its milder form ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    # the costs adding up to the 分值: faults taken off it, found together or not
    ("①未建立制度扣2分,未开展培训扣1分;②未报送总结扣1分,未报送计划扣1分", "5"),
    # the largest costs not adding up to the 分值
    ("①没有档案室的扣4分,档案室简陋的扣2分;②未配备档案柜的扣4分,档案柜破损的扣1分", "10"),
    # three faults in a part
    ("①未设值班室扣3分,值班室不规范扣1分,无值班记录扣1分;②未张贴值班表扣2分,值班表未更新扣1分", "5"),
    # a fault counted per case
    ("①每发现1次未值班扣2分,值班记录不全扣1分;②未张贴值班表扣3分,值班表未更新扣1分", "5"),
    ("①迟报3次以上的扣2分,迟报的扣1分;②未报送的扣3分,报送不全的扣1分", "5"),
    # two faults each taking the part's whole
    ("①未建立台账的不得分,台账丢失的不得分;②未报送的扣2分,报送不全的扣1分", "4"),
    # two faults of the same cost
    ("①未建立台账的扣2分,未开展培训的扣2分;②未报送的扣2分,报送不全的扣1分", "4"),
    # faults of two things in each part, not a fault and a milder form of it
    ("①未建立制度扣2分,未开展培训扣1分;②未建立台账扣2分,未组织演练扣1分", "4"),
    # a part with words that are no fault
    ("①按要求建立台账;②未报送的扣2分,报送不全的扣1分", "4"),
    # a fault counted per case, or zeroing the whole item
    ("1、发生安全事故的,有一起扣3分;2、瞒报事故,拒不整改的,该项不得分", "10"),
    ("①发生安全事故的,有一起扣3分;②瞒报事故的扣3分,迟报的扣1分", "6"),
    ("①未建立台账的扣2分,台账不全的扣1分;②瞒报数据的,本项不得分", "4"),
    # not numbered parts
    ("没有档案室的扣4分,档案室简陋的扣2分;未配备档案柜的扣4分,档案柜破损的扣1分", "8"),
    # one part only
    ("①没有档案室的扣4分,档案室简陋的扣2分", "4"),
])
def test_near_misses_are_not_read_as_parts_of_faults(text, weight):
    assert fault_pairs(Wording(normalize(text), Decimal(weight), "指标")) is None
    assert not any(r.summary.endswith(_SUMMARY) for r in readings(text, weight))


# ── a part opening with a fault and its deduction (“没有档案室的扣4分,…”) has no heading of points: the figure after 扣 is ──
# ── what the fault costs, never the part's points with the fault as its heading ────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("1.没有档案室的扣4分,档案室简陋的扣2分;2.未配备档案柜的扣4分,档案柜破损的扣1分", "8"),
    ("(1)未设立服务窗口的扣3分,窗口标识不清的扣1分;(2)未公开办事流程的扣3分,流程公开不全的扣1分", "6"),
])
def test_a_fault_s_deduction_opening_a_part_is_not_its_points(text, weight):
    for r in readings(text, weight):
        for it in r.items:
            for o in (it["params"].get("options") or []):
                assert not o["label"].endswith("扣"), r.summary
    assert not propose(text, weight, "指标").confident


# ── a count asked at least once (“不少于1次”, “1篇以上”, “至少1次”) is a thing done or not: a 全有或全无, not a band of 1 ──
@pytest.mark.parametrize("text, weight", [
    ("召开社区安全工作会议不少于1次(1分)", "1"),
    ("开展宣传活动1次以上得3分", "3"),
    ("组织应急演练至少1次,得2分", "2"),
    ("全年在市级以上媒体发表稿件1篇以上的,得2分", "2"),
    ("上报信息1条以上得3分,否则不得分", "3"),
])
def test_a_count_of_at_least_one_is_met_or_not(text, weight):
    p = propose(text, weight, "指标")
    assert types(p) == ["all_or_nothing"] and not p.confident, p.summary
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


@pytest.mark.parametrize("text, weight, line", [
    ("开展宣传活动2次以上得3分", "3", "≥2次"),  # a line above one is a line on the count
    ("全年被投诉不超过1次得3分", "3", "≤1次"),  # at most once: a line, not a thing done
])
def test_other_lines_on_a_count_stay_bands(text, weight, line):
    p = propose(text, weight, "指标")
    assert types(p) == ["tiers"] and line in p.summary, p.summary

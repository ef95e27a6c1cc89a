"""Formulas a proposer read with the wrong costs or without the gate the text states: cases costing their points, less
(减扣) or more (加扣) by their outcome (“经查属实的,每1起扣0.5分,能按督办要求整改到位的,每起减扣0.4分;没有整改到位的,每起
加扣0.5分”), read as the cases of each outcome at their own cost; and a gate on the size of one event given as a band
(“发生一次死亡3-9人建筑安全事故的,此大项计0分”), the verdict on the year's whole assessment after it (“…的,该年度考核检查
不合格”) set aside as beyond the row.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, sole

_SORTED = "只归入所列的一种情形"


# ── cases costing their points, less or more by their outcome (“每1起扣0.5分,…每起减扣0.4分;…每起加扣0.5分”) ─────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("群众来信经核实属实的,每1件扣1分,按期办结的,每件减扣0.5分;逾期未办结的,每件加扣1分。", "10",
     [("0", "0"), ("2", "1"), ("0", "5")], [10, 7, 0]),
    ("督查发现问题的,每1次扣0.4分,当场整改的,每次减扣0.2分;拒不整改的,每次加扣0.6分", "5",
     [("0", "0"), ("3", "2"), ("10", "4")], [5, 2.4, 0]),
    ("媒体曝光的负面事件,经查属实的,每1起扣2分,及时回应处置的,每起减扣1分;未及时回应的,每起加扣1分;造成恶劣影响的,"
     "每起加扣3分。", "20", [("0", "0", "0"), ("1", "1", "1"), ("2", "0", "4")], [20, 11, 0]),
])
def test_cases_costing_more_or_less_by_outcome(text, weight, at, expected):
    p = propose(text, weight, "投诉办理")
    sole(p, "formula")
    assert [by_vars(p, *vs) for vs in at] == D(*expected)
    assert not p.confident  # that each case has one outcome named, and one only, is the reading's
    assert any(_SORTED in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("经查属实的,每1起扣0.5分,拒不整改的,每起加扣1分", "5"),  # outcomes only adding: cases of none of them remain
    ("经查属实的,每1起扣0.5分,整改到位的,每起减扣0.5分;未整改的,每起加扣1分", "5"),  # an outcome costing nothing
    ("经查属实的,每1起扣0.5分,整改到位的,每次减扣0.2分;未整改的,每次加扣1分", "5"),  # counted in another unit
    ("经查属实的扣2分,整改到位的减扣1分;未整改的加扣1分", "5"),  # no cost per case
    ("经查属实的,每1起扣0.5分,整改到位的,每起减扣0.2分;未整改的,每起加扣1分;年终另行考评", "5"),  # a sentence more
])
def test_near_miss_not_cases_by_outcome(text, weight):
    assert not any(_SORTED in x for r in readings(text, weight) for x in (r.doubts or ())), text


# ── a gate on one event's size given as a band, a verdict on the year after it (“…此大项计0分;…该年度考核不合格”) ─────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("凡发生1起违规行为,扣1分,扣满6分为止。发生安全事故,扣4分;发生一次死亡3-9人安全事故的,本项计0分;"
     "发生一次死亡10人以上安全事故的,该年度考核不合格。", "10",
     [("1", "0", "0"), ("1", "3", "1"), ("1", "8", "0"), ("0", "0", "0")], [10, 3, 4, 0]),
    ("每发现1处安全隐患扣0.5分;发生一次死亡3-9人生产安全事故的,此项计0分", "5",
     [("1", "0"), ("1", "4"), ("0", "0")], [5, 3, 0]),
    ("每发现1处安全隐患扣0.5分,扣完为止;发生重大责任事故的,本项不得分;发生特大责任事故的,年度考核为不合格", "5",
     [("1", "0"), ("1", "2"), ("0", "1")], [5, 4, 0]),
])
def test_gate_on_one_event_band_and_year_verdict_aside(text, weight, at, expected):
    p = propose(text, weight, "安全管理")
    sole(p, "formula")
    assert [by_vars(p, *vs) for vs in at] == D(*expected)
    assert not p.confident
    if "考核" in text:
        assert any("整个考核的结论" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每发现1处隐患扣1分;发生重大事故的,年度考核不合格", "5"),  # no zero of the row before the verdict
    ("每1起违规扣1分;发生3-9起违规的,本项计0分", "5"),  # a band of the cases counted, not of one event
])
def test_near_miss_not_gate_on_band_nor_verdict(text, weight):
    p = propose(text, weight, "安全管理")
    params = p.items[0].get("params") or {}
    assert "g" not in {v["name"] for v in params.get("variables", [])}, p.summary
    assert not any("整个考核的结论" in u for u in p.unplaced), p.unplaced


# ── the points of each period, its faults taken off them until none is left (“每月报表计5分,…扣完为止” on 60) ────────
_PER_PERIOD = "各自扣完为止"


@pytest.mark.parametrize("text, weight, periods, at, expected", [
    # faults costing alike: each period's faults counted
    ("每月报表计5分,表内数据错一处扣1分,漏报一项扣1分,迟报一天扣1分,扣完为止。", "60", 12,
     {1: "2", 7: "9"}, 53),
    ("每月台账计2分,漏记一笔扣0.5分,扣完为止", "24", 12, {3: "1", 4: "6"}, 21.5),
    # faults costing differently: each period's points off
    ("每季度统计报表计3分,数据错一处扣1分,迟报一天扣0.5分,扣完为止。", "12", 4, {2: "1.5", 4: "5"}, 7.5),
    ("每半年工作总结计5分,内容不全扣2分,逾期报送扣1分,扣完为止;", "10", 2, {1: "3"}, 7),
])
def test_points_of_each_period_taken_off_apart(text, weight, periods, at, expected):
    p = propose(text, weight, "报表报送")
    params = sole(p, "formula")
    assert len(params["variables"]) == periods
    assert by_vars(p, *(["0"] * periods)) == D(weight)[0]
    assert by_vars(p, *(at.get(k, "0") for k in range(1, periods + 1))) == D(expected)[0]
    assert not p.confident  # that 扣完为止 is each period's is the reading's
    assert any(_PER_PERIOD in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每月报表计5分,表内项目错一笔扣1分,扣完为止。", "50"),  # the 分值 is not the year's periods' points
    ("每月报表计5分,每错一笔扣1分,扣完为止", "60"),  # a count per case of its own
    ("每月报表计5分,迟报扣8分,扣完为止", "60"),  # a fault past the period's points
    ("每月报表计5分,错一笔扣1分,迟报一天扣1分", "60"),  # no floor said
    ("报表计5分,错一笔扣1分,迟报一天扣1分,扣完为止", "5"),  # no period
])
def test_near_miss_not_points_of_each_period(text, weight):
    assert not any(_PER_PERIOD in x for r in readings(text, weight) for x in (r.doubts or ())), text


# ── bands on a count of whole cases, then faults off the band's score (“…16人以上未到,得2分;其他扣分情况:不写字,扣2分”) ──
_ON_THE_BAND = "读作在所得档的得分上再扣"


@pytest.mark.parametrize("text, weight, at, expected", [
    ("抽查时有3人以下(含3人)缺勤,得6分;有6人以下(含6人)缺勤,得4分;有7人以上(含7人)缺勤,得1分。其他扣分情况:未签到,扣1分;"
     "有喧哗现象扣1分;", "6", [("0", "0", "0"), ("4", "1", "0"), ("6", "0", "0"), ("9", "0", "1")], [6, 3, 4, 0]),
    ("检查发现2处以下(含2处)问题,得5分;5处以下(含5处)问题,得3分;6处以上(含6处)问题,得0分;另:台账不全扣1分", "5",
     [("0", "0"), ("3", "1"), ("8", "0")], [5, 2, 0]),
])
def test_count_bands_less_faults(text, weight, at, expected):
    p = propose(text, weight, "出勤检查")
    sole(p, "formula")
    assert [by_vars(p, *vs) for vs in at] == D(*expected)
    assert not p.confident  # the faults off the band's score, and whole cases, are the reading's
    assert any(_ON_THE_BAND in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("有5人以下(含5人)未到,得10分;有10人以下(含10人)未到,得8分;有11人以上(含11人)未到,得6分;", "10"),  # no faults after
    ("有5人以下(含5人)未到,得8分;有10人以下(含10人)未到,得6分;有11人以上未到,得2分;不写字扣2分", "10"),  # top band short
    ("出勤率95%以上,得10分;90%以上,得8分;90%以下,得5分;不写字扣2分", "10"),  # a rate, no count of whole cases
])
def test_near_miss_not_count_bands_less_faults(text, weight):
    assert not any(_ON_THE_BAND in x for r in readings(text, weight) for x in (r.doubts or ())), text

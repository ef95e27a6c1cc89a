"""Deductions per case and steps on a share, read where unseen tables word them otherwise: a case found on inspection
said 一起 (“每查实一起扣2分”), a day of a fault (“无故缺勤1天扣5分”), a comma between the case and its cost (“不按时上报1次,
扣2分”), each kind of fault (“每类扣1分”), a weight misused (“每发现挪用1斤扣0.5分”) and a case found with its points and no
扣 (“…无纸屑;发现1处2分”); steps on a share whose line is implicit (“超审限案件每一个百分点扣0.4分”, “超过10%的。每超一个
百分点扣0.4分”, “每下降1%,扣0.5分”), the all-or-nothing said in a word (“全扣全得”) and a quota kept, each 5% above it
costing (“符合相关标准的,得20分,每高5%扣2分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, met_or_not, readings, scored, sole


def _per_case(text: str, weight: str, per: str) -> None:
    """The text is read as a deduction of ``per`` for each case found, down to 0, to check."""
    p = propose(text, weight, "管理")
    assert Decimal(sole(p, "deduction")["per"]) == Decimal(per) and not p.confident
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "1") == Decimal(weight) - Decimal(per)
    assert by_count(p, "99") == 0


def _deductions(text: str, weight: str) -> list[str]:
    return [it["params"]["per"] for found in readings(text, weight) for it in found.items if it["type"] == "deduction"]


@pytest.mark.parametrize("text, weight, per", [
    # a case found on inspection said 一起: “每查实一起扣2分”
    ("经核实,每查实一起违规收费扣2分。", "10", "2"),
    ("对群众投诉每查出一起属实的扣1.5分,扣完为止", "6", "1.5"),
    ("2、有推诿群众办事情形的,每查实一起扣1分;", "4", "1"),
    # a day of a fault: “无故缺勤1天扣5分”
    ("每月按22个工作日计,无故旷工1天扣4分", "20", "4"),
    ("值班人员擅自离岗1天,扣2分", "10", "2"),
    ("全年按250天计算,无故缺勤1天扣1分。", "8", "1"),
    # a comma between the case and its cost: “不按时上报1次,扣2分”
    ("不按时上报一次,扣2分。", "10", "2"),
    ("台账不按规定填写1次,扣1分", "8", "1"),
    ("未按要求参加培训1次,扣0.5分;", "3", "0.5"),
    # each kind of fault: “每类扣1分”
    ("使用不同终端访问网站,页面显示错乱的,每类扣1分", "2", "1"),
    ("页面链接无法打开的,每类扣0.5分", "3", "0.5"),
    ("档案资料不齐全,每类扣2分,扣完为止", "10", "2"),
    # a weight misused: “每发现挪用1斤扣0.5分”
    ("有台账,得10分,每发现私自变卖1公斤扣1分,扣完为止", "10", "1"),
    ("每发现挪用物资1吨扣2分", "10", "2"),
    ("专料专用,得6分;每发现挪作他用1斤扣0.2分,直至扣完为止", "6", "0.2"),
])
def test_each_case_found(text, weight, per):
    _per_case(text, weight, per)


# ── a case found with its points and no 扣: “…无纸屑;发现1处2分” ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("室内无灰尘、无蛛网、地面干净;发现1处1.5分", "12", "1.5"),
    ("走廊无杂物、无乱贴乱画。发现一处1分。", "10", "1"),
    ("楼道无烟头、无痰迹,每发现1处0.5分", "5", "0.5"),
])
def test_a_case_found_with_its_points_unsaid(text, weight, per):
    _per_case(text, weight, per)
    assert any("未写“扣”" in u for u in propose(text, weight, "卫生").unplaced)


@pytest.mark.parametrize("text, weight", [
    ("与相关部门一起开展检查扣分由考核组确定。", "5"),  # 一起 as “together”: no case counted
    ("报表逾期1天扣1分", "10"),  # a day late is a delay, not a case counted
    ("材料迟交1天,扣1分", "10"),
    ("无故缺勤1天扣12分", "10"),  # a day costs more than the 分值: no count
    ("缺少1类资料,扣1分;1类资料不规范按照现场情况扣1-2分", "3"),  # a kind short of a list the text does not give
    ("每类得1分", "3"),  # points earned, not taken
    ("室内无灰尘、无蛛网;发现1处得1.5分", "12"),  # points earned
    ("室内无灰尘;每发现1处加1分", "12"),  # points added
    ("室内无灰尘;发现1处12分", "12"),  # the 分值 itself: no count
])
def test_near_miss_no_case_counted(text, weight):
    assert _deductions(text, weight) == []


# ── a share that costs from its first point, no comparison said: “超审限案件每一个百分点扣0.4分” ───────────────────
def _by_value(text: str, weight: str) -> tuple[dict, list[Decimal]]:
    p = propose(text, weight, "审判质效")
    params = sole(p, "threshold")
    assert not p.confident
    return params, [scored(p, {"value": v}) for v in ("0", "1", "2", "100")]


@pytest.mark.parametrize("text, weight, amt", [
    ("(一)按期办结率(4分),超期案件每一个百分点扣0.4分。", "4", "0.4"),
    ("逾期未办结件占受理件总数每1个百分点扣1分", "5", "1"),
    ("是指被撤销、改判的案件数占结案数的比例,每有一个百分点扣2分(1个发回案件折合0.5个改判案件)。", "6", "2"),
])
def test_each_point_of_a_share_from_none(text, weight, amt):
    params, scores = _by_value(text, weight)
    assert (params["full_at"], params["direction"]) == ("0", "lower")
    w, a = Decimal(weight), Decimal(amt)
    assert scores == [w, w - a, w - 2 * a, 0]


def _thresholds(text: str, weight: str) -> list[dict]:
    return [it["params"] for found in readings(text, weight) for it in found.items if it["type"] == "threshold"]


@pytest.mark.parametrize("text, weight", [
    ("合格率每1个百分点得0.4分", "4"),  # points earned per point: a rate, no cost
    ("合格率95%以上得满分,每1个百分点扣0.4分", "4"),  # a line said: the line and step's reading, not this one
    ("结案率每1个百分点扣5分", "4"),  # a point costing more than the 分值
    ("超期案件每1个百分点扣0.4分,未按时报送的扣1分", "4"),  # another deduction beside it
    ("合格率每1个百分点扣0.4分", "4"),  # a rate named: which way is good is unsaid, never full at 0%
    ("按期结案率,每有1%扣0.5分", "5"),
])
def test_near_miss_each_point_not_from_none(text, weight):
    assert not any(p["full_at"] == "0" and p["direction"] == "lower" for p in _thresholds(text, weight))


# ── a line past which each point costs: “超过10%的。每超一个百分点扣0.4分” ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, amt", [
    ("(二)延期办结比(4分),延期办结比超过10%的。每超一个百分点扣0.4分。", "4", "10", "0.4"),
    ("投诉率超过5%的,每超1个百分点扣1分", "5", "5", "1"),
    ("空置率高于8%的;每超出1个百分点扣0.5分", "3", "8", "0.5"),
])
def test_a_line_past_which_each_point_costs(text, weight, line, amt):
    p = propose(text, weight, "办结情况")
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"], params["inclusive"]) == (line, "lower", True)
    w, x, a = Decimal(weight), Decimal(line), Decimal(amt)
    assert scored(p, {"value": str(x)}) == w
    assert scored(p, {"value": str(x + 1)}) == w - a
    assert scored(p, {"value": "100"}) == 0


def test_near_miss_a_line_past_which_a_fall_costs():
    # the line and the step point opposite ways: not read as a line at most
    assert not any(p["full_at"] == "10" and p["direction"] == "lower"
                   for p in _thresholds("投诉率超过10%的,每下降1个百分点扣1分", "5"))


# ── a decline alone, its value in another column: “每下降1%,扣0.5分” ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight, step, amt", [
    ("每下降1%,扣0.5分。", "20", "1", "0.5"),
    ("每降低2%扣1分", "10", "2", "1"),
    ("每减少5%,扣2分,扣完为止", "10", "5", "2"),
])
def test_a_decline_alone_from_what_is_asked(text, weight, step, amt):
    p = propose(text, weight, "服务量")
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"]) == ("100", "higher") and not p.confident
    w = Decimal(weight)
    assert scored(p, {"value": "105"}) == w
    assert scored(p, {"value": str(100 - Decimal(step))}) == w - Decimal(amt)
    assert scored(p, {"value": "0"}) == 0


@pytest.mark.parametrize("text, weight", [
    ("每少1%扣1分", "10"),  # a shortfall, not a decline from what is asked
    ("每下降1分扣0.5分", "10"),  # a score, not a share
])
def test_near_miss_not_a_decline_alone(text, weight):
    assert not any(p["full_at"] == "100" and "未写明达标线及所比的数" in "".join(found.doubts or ())
                   for found in readings(text, weight) for p in [it["params"] for it in found.items]
                   if "full_at" in p)


# ── the all-or-nothing said in a word: “全扣全得” ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("全扣全得", "1"),
    ("全扣全得没有负责人的全扣", "4"),
    ("全有全无。", "2"),
    ("全得全扣", "3"),
    ("全有全无,未建立制度的不得分", "2"),
    ("(2)全扣全得", "2"),  # a part's number before it, as any ORDINAL
])
def test_all_or_nothing_said_in_a_word(text, weight):
    p = propose(text, weight, "机构建设")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), 0) and not p.confident


@pytest.mark.parametrize("text, weight", [
    ("全扣全得,未达到5人的扣3分", "3"),  # a figure after it: another deduction
    ("不全扣全得", "3"),  # not opening the text
    ("全扣全得,部分完成的得一半", "3"),  # a case of its own scored in words
    ("全扣全得;未按要求的,扣除相应分数", "3"),
    ("全有全无,视完成情况酌情扣分", "3"),
])
def test_near_miss_all_or_nothing_said_with_more(text, weight):
    assert not any("要求以指标内容为准" in "".join(found.doubts or ()) for found in readings(text, weight))


# ── a quota kept, each 5% above it costing: “符合相关标准的,得20分,每高5%扣2分” ─────────────────────────────
@pytest.mark.parametrize("text, weight, step, amt", [
    ("按行业标准执行,符合相关标准的,得20分,每高5%扣2分,扣完为止.", "20", "5", "2"),
    ("单位能耗符合国家定额标准的,得10分,每高于定额5%扣1分", "10", "5", "1"),
    ("符合排放标准的,得满分,每高10%扣3分", "9", "10", "3"),
])
def test_a_quota_kept(text, weight, step, amt):
    p = propose(text, weight, "用水")
    params = sole(p, "upper_bound")
    assert (params["step"], params["deduct"]) == (step, amt) and not p.confident
    w = Decimal(weight)
    assert scored(p, {"actual": "100", "limit": "100"}) == w
    assert scored(p, {"actual": str(100 + Decimal(step)), "limit": "100"}) == w - Decimal(amt)
    assert scored(p, {"actual": "1000", "limit": "100"}) == 0


@pytest.mark.parametrize("text, weight", [
    ("符合标准的,得10分,每低5%扣1分", "10"),  # a step below the standard
    ("符合标准的,得8分,每高5%扣1分", "10"),  # points other than the 分值
    ("不符合相关标准的,得10分,每高5%扣1分", "10"),  # the standard not met scores: no quota kept
    ("基本符合用水定额的,得10分,每高于定额5%扣1分", "10"),  # met in part
])
def test_near_miss_not_a_quota_kept(text, weight):
    assert not any(it["type"] == "upper_bound" for found in readings(text, weight) for it in found.items)

"""Faults each with its own share of the 分值, the shares said and adding up to it: a fault costing once beside one
counted up to its own cap (“未上报年度工作总结(扣4分);每季度未按时报送统计报表(扣8分,其中每少报1次报表扣2分)”), or
the points of each part said apart (“完整性和及时性,分值各占2分;…每有1项不完整扣1分;未按时报送扣2分”), or situations
lettered under a heading, only one of them found, beside a fault costing once (“(1)村级消毒A、只消毒,不登记的扣4分;
B、…扣10分;C、…扣20分;(2)…扣5分”): one item each, not one formula of the 分值 less every cost. And a quantity in an
amount reaching a line for the points, short of it in proportion (“投资强度达到每亩5万元的得8分,达不到的按比例扣分”): the
quantity ÷ the line × the points, at most the points. And situations each of two rates together (“乡镇卫生院信息录入率达
100%,村卫生室信息录入率达100%的,得3分;…达60%以上,…达80%以上,得1分”): a 情形选择, no bands of one of them. And a line
on a rise short of which the score is in proportion to the target (“增幅低于20%的,按目标完成比例计分”): a rate.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, met_or_not, picked, readings, scored, sole, types


def _split(text: str, weight: str) -> bool:
    return any("各扣分项分别计分" in r.summary for r in readings(text, weight))


# ── a fault counted up to its own cap, beside faults costing once ────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, caps", [
    ("未成立安全生产工作领导小组、明确分管领导和责任分工(扣4分)。未上报年度工作总结(扣4分)。每季度未按时报送安全生产"
     "统计报表(扣8分,其中每少报1次报表扣2分)。", "16", ["4", "4", "8"]),
    ("未建立信息报送制度(扣3分);每月未按时报送项目进展情况(扣6分,其中每少报1个月扣0.5分)", "9", ["3", "6"]),
])
def test_fault_counted_up_to_its_own_cap_beside_faults_once(text, weight, caps):
    p = propose(text, weight, "工作保障")
    assert [it["max"] for it in p.items] == caps
    assert types(p)[-1] == "deduction" and set(types(p)[:-1]) == {"all_or_nothing"}
    last = len(caps) - 1
    per = p.items[last]["params"]["per"]
    assert scored(p, {"count": "2"}, last) == D(caps[-1])[0] - 2 * D(per)[0]
    assert scored(p, {"count": "40"}, last) == 0  # never past its own share
    assert met_or_not(p, 0) == (D(caps[0])[0], 0)
    assert not p.confident


# ── the points of each part said apart (“分值各占2分”) ──────────────────────────────────────────────────────
def test_points_of_each_part_said_apart():
    p = propose("报表的完整性和及时性,分值各占2分。其中:完整性包括年报和季报。年报和季报每有1项不完整扣1分;及时性主要"
                "是指按规定时间报送。未按时报送扣2分。", "4", "统计报表")
    assert types(p) == ["deduction", "all_or_nothing"]
    assert [it["max"] for it in p.items] == ["2", "2"]
    assert by_count(p, "1") == D("1")[0] and by_count(p, "2") == 0
    assert met_or_not(p, 1) == (2, 0)
    assert not p.confident


# ── situations lettered under a heading, one of them found ─────────────────────────────────────────────────────
def test_lettered_situations_beside_a_fault_once():
    p = propose("(1)村级消毒A、只消毒,不登记的扣4分。B、只登记,不消毒的扣10分。C、既不消毒,也不登记的扣20分。"
                "(2)不配合防疫人员开展入户排查的扣5分。", "25", "消毒防疫")
    assert types(p) == ["choice", "all_or_nothing"]
    assert [it["max"] for it in p.items] == ["20", "5"]
    assert [picked(p, r) for r in range(4)] == D("20", "16", "10", "0")
    assert met_or_not(p, 1) == (5, 0)
    assert not p.confident  # no situation found scoring the share is unsaid


# ── near misses ────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    # faults merely adding up to the 分值, no share said: one row's points (a formula or a 要点核查)
    ("组织机构不健全的,扣4分;工作计划、工作目标、工作措施不明确的,每少1项扣2分。", "10"),
    ("未配置电脑、打印机、复印机等设备的,每少1项扣1分;档案柜未上锁的扣1分。", "4"),
    # the shares said do not hold every fault
    ("报表的完整性和及时性,分值各占2分;年报和季报每有1项不完整扣1分;未按时报送扣1分。", "3"),
    # the cap and the faults do not add up to the 分值
    ("未上报年度工作总结(扣4分);每季度未按时报送统计报表(扣8分,其中每少报1次报表扣2分)", "20"),
    # faults costing once only: no count, no lettered situations
    ("未制定工作方案(扣5分);未上报年终总结(扣5分)", "10"),
    # letters out of turn
    ("(1)村级消毒A、只消毒,不登记的扣4分;C、既不消毒,也不登记的扣20分;(2)不配合入户排查的扣5分", "25"),
])
def test_near_miss_not_read_as_shares(text, weight):
    assert not _split(text, weight)


# ── a quantity in an amount reaching a line, short of it in proportion (“达到每亩3万元的得6分,达不到的按比例扣分”) ─────
@pytest.mark.parametrize("text, weight, num, den, expected", [
    ("土地投资强度达到每亩5万元的得8分,达不到的按比例扣分", "8", "4", "5", "6.4"),
    ("人均培训经费达到500元得4分;不足的按比例计分", "4", "250", "500", "2"),
    ("人均培训经费达到500元得4分;不足的按比例计分", "4", "800", "500", "4"),  # past the line: no more than the points
])
def test_amount_reaching_a_line_short_in_proportion(text, weight, num, den, expected):
    p = propose(text, weight, "投入")
    params = sole(p, "rate")
    assert params["cap"] is True
    assert scored(p, {"numerator": num, "denominator": den}) == D(expected)[0]
    assert not p.confident


def test_amount_line_as_a_part_beside_a_deduction():
    p = propose("园区道路建设达到“三通一平”的得6分,缺一项扣2分;园区投资强度达到每亩4万元的得4分,达不到的按比例扣分。",
                "10", "园区建设")
    assert types(p) == ["deduction", "rate"]
    assert scored(p, {"numerator": "3", "denominator": "4"}, 1) == D("3")[0]


@pytest.mark.parametrize("text, weight", [
    ("开展培训达到3次得4分,不足的按比例计分", "4"),  # a count of things done (another wording's)
    ("人均培训经费达到500元得4分,不足的酌情扣分", "4"),  # judged, not in proportion
    ("人均培训经费达到500元得3分,不足的按比例计分", "4"),  # the points are not the 分值
])
def test_near_miss_no_amount_line_share(text, weight):
    assert not any("要求的" in str(it["params"].get("denominator_label", ""))
                   for r in readings(text, weight) for it in r.items)


# ── situations each of two rates together (“…采集率达100%,…企业数据采集率达100%的,得2分;…达50%以上,…达100%,得1分”) ───
@pytest.mark.parametrize("text, weight, expected", [
    ("乡镇卫生院信息录入率达100%,村卫生室信息录入率达100%的,得3分;乡镇卫生院信息录入率达60%以上,村卫生室信息录入率达80%"
     "以上,得1分。", "3", ["3", "1", "0"]),
    ("城区垃圾收集率达95%,农村垃圾收集率达80%的,得4分;城区垃圾收集率达90%以上,农村垃圾收集率达60%以上的,得2分;城区"
     "垃圾收集率达80%以上,农村垃圾收集率达40%以上的,得1分", "4", ["4", "2", "1", "0"]),
])
def test_situations_of_two_rates_together(text, weight, expected):
    p = propose(text, weight, "信息化")
    assert types(p) == ["choice"]
    assert [picked(p, r) for r in range(len(expected))] == D(*expected)
    assert not p.confident  # none of them holding scores nothing: unsaid


@pytest.mark.parametrize("text, weight", [
    ("信息录入率达100%的,得3分;信息录入率达60%以上,得1分", "3"),  # one rate: bands of its value
    ("乡镇卫生院信息录入率达100%,村卫生室信息录入率达100%的,得3分;信息录入率达60%以上,得1分", "3"),  # one band of one rate
])
def test_near_miss_one_rate_is_bands(text, weight):
    assert "tiers" in [t for r in readings(text, weight) for t in [it["type"] for it in r.items]]


# ── a line on a rise, short of it in proportion to the target (“增幅低于20%的,按目标完成比例计分”) ─────────────────────
@pytest.mark.parametrize("text, weight, value, expected", [
    ("本项满分为2分,完成目标得2分;营业收入增幅低于20%的,按目标完成比例计分(保留两位小数)", "2", "15", "1.5"),
    ("营业收入增幅低于20%的,按目标完成比例计分", "2", "25", "2"),
    ("接待人次增长率低于10%的,按目标完成比例得分", "3", "4", "1.2"),
])
def test_line_on_a_rise_short_in_proportion(text, weight, value, expected):
    p = propose(text, weight, "收入增长")
    sole(p, "rate")
    line = p.items[0]["params"]["denominator_label"].split("（")[1].rstrip("%）")
    assert scored(p, {"numerator": value, "denominator": line}) == D(expected)[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("本项满分为3分;营业收入增幅低于20%的,按目标完成比例计分", "2"),  # the points said are not the 分值
    ("营业收入增幅低于20%的,酌情扣分", "2"),  # judged
    ("营业收入增幅低于20%的,按比例扣分", "2"),  # no target named: another wording's
])
def test_near_miss_no_rise_share(text, weight):
    assert not any("目标" in str(it["params"].get("denominator_label", ""))
                   for r in readings(text, weight) for it in r.items)

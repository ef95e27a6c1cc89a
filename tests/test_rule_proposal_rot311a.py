"""Wordings a proposer missed: a requirement's points said as added and the other case adding nothing (“参加培训的,加
0.5分;未参加的,该项不加分” on a 0.5-point row), and a denial that repeats the condition's last words (“…考试成绩合格的,得
1分;成绩不合格的,不得分”); 每 and a long fault, then one case of it (“每财务凭证填写不规范一张,扣0.5分”); a fault said of
each period (“每月报表报送不及时的扣0.5分”), each period it is found in a case; one kind of fault, bare (“一种扣2分,扣完为止”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way. None of these readings is ever sure.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, met_or_not, readings, sole


# ── points said as added, the other case adding nothing ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("学员积极参加岗前培训的，加0.5分；未参加的，该项不加分。", "0.5"),
    ("按时参加季度安全例会的，加1分；未参加的，不加分。", "1"),
    ("社区居民参与志愿服务活动的，加0.5分；否则不加分。", "0.5"),
    ("被评为优秀班组长的，加2分；未被评为优秀班组长的，该项不予加分。", "2"),
    ("按要求参加技能比武的，得0.5分；未参加的，不加分。", "0.5"),
])
def test_points_added_or_none(text, weight):
    p = propose(text, weight, "加分项")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident


def test_added_condition_drops_the_verb():
    # the condition is the requirement, without the 加 of its points
    p = propose("参加应急演练的，加0.5分；未参加的，不得分。", "0.5", "加分项")
    assert sole(p, "all_or_nothing")["condition"] == "参加应急演练"
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("积极参加培训的，加0.5分；未参加的，不加分。", "1"),  # the points short of the 分值: more than one situation
    ("每参加一次培训，加0.5分；未参加的，不加分。", "0.5"),  # points per time, not one requirement
    ("参加培训的，在基础分上加0.5分；未参加的，不加分。", "0.5"),  # points added onto another score
    ("参加培训的，在原成绩上加0.5分；未参加的，不加分。", "0.5"),  # the same, said of a mark
    ("参加培训的，加0.5分；获得证书的，不加分。", "0.5"),  # the second case no denial of the first
    ("参加培训的，加0.5分；参加两次以上的，不加分。", "0.5"),  # the same, with a count
    ("参加培训的，加0.5分；获奖的再加0.5分；未参加的，不加分。", "1"),  # a further case between them
])
def test_near_miss_not_read_as_the_requirement(text, weight):
    assert not any(r.items[0]["type"] == "all_or_nothing" for r in readings(text, weight)), text


# ── a denial repeating the condition's last words ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("职工参加年度安全考试时成绩合格的，加1分；成绩不合格的，不加分。", "1"),
    ("学员参加结业考核时成绩合格的，加1分；成绩不合格的，该项不加分。", "1"),
    ("新建档案资料经抽查内容完整的，加2分；内容不完整的，不加分。", "2"),
])
def test_denial_repeating_the_condition(text, weight):
    p = propose(text, weight, "考核")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "职工参加年度安全考试时成绩合格的，加1分；成绩不合格但补考合格的，不加分。",  # a further case in the denial
    "职工参加年度安全考试时成绩合格的，加1分；年度考试不合格的，不加分。",  # other words than the condition's
    "职工参加年度安全考试时成绩合格的，加1分；成绩不理想的，不加分。",  # no denial of them
])
def test_denial_not_of_the_condition_not_read(text):
    assert not any(r.items[0]["type"] == "all_or_nothing" for r in readings(text, "1")), text


# ── 每, a long fault, then one case of it ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("每财务凭证填写不规范或不签字一笔，扣0.5分", "5", "0.5"),
    ("每报销单据审核不严一笔，扣0.5分", "5", "0.5"),
    ("每错误登记固定资产卡片包括二级明细1个，扣0.2分", "2", "0.2"),
    ("每个台账数据与系统登记的数据不符1个，扣1分", "5", "1"),
    ("每漏报统计报表中的指标数据一项，扣0.5分", "3", "0.5"),
])
def test_each_long_fault_then_one_case(text, weight, per):
    p = propose(text, weight, "财务管理")
    assert sole(p, "deduction")["per"] == per
    assert [by_count(p, "0"), by_count(p, "2")] == D(weight, D(weight)[0] - 2 * D(per)[0])
    assert by_count(p, "100") == 0
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每人参加培训不少于1次，扣1分", "5"),  # a line on a count, not a fault
    ("每财务凭证填写不规范一笔，扣5分", "5"),  # one case takes the whole 分值
    ("每财务凭证填写不规范一笔，加0.5分", "5"),  # points added, not taken
    ("每个台账数据登记1个，扣1分", "5"),  # no fault named
])
def test_near_miss_not_each_long_fault(text, weight):
    assert not any(r.items[0]["type"] == "deduction" for r in readings(text, weight)), text


# ── a fault said of each period ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("每月工作台账报送不及时的扣0.5分", "5", "0.5"),
    ("每月统计报表迟报的，扣1分", "6", "1"),
    ("每季度未开展安全隐患自查，扣2分，扣完为止", "8", "2"),
    ("每月对费用支出的变动原因分析不全面，扣减0.5分", "5", "0.5"),
    ("每月会计档案整理不规范或不齐全，扣减1分", "5", "1"),
    ("每月巡查记录不全的扣1分", "4", "1"),
    ("1、每月未按时上报维修计划的扣1分。", "5", "1"),
])
def test_fault_of_each_period(text, weight, per):
    p = propose(text, weight, "报表报送")
    assert sole(p, "deduction")["per"] == per
    assert [by_count(p, "0"), by_count(p, "1"), by_count(p, "50")] == D(weight, D(weight)[0] - D(per)[0], 0)
    assert not p.confident
    assert any("逐次扣分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每月检查少于2次的扣1分", "5"),  # a line on a count each month
    ("每月检查不少于一次，未达到扣1分", "5"),  # the same, its fault in a clause of its own
    ("每月按时上报的得1分", "5"),  # points earned each period
    ("每月报表报送及时，扣0.5分", "5"),  # no fault named
    ("每月未按时上报得满分，扣1分", "5"),  # a score among the words
    ("每月报表报送不及时的扣0.5分；全年未报送的不得分", "5"),  # a further clause: not the whole text
])
def test_near_miss_not_fault_of_each_period(text, weight):
    p = propose(text, weight, "报表报送")
    assert not any("逐次扣分读" in u for u in p.unplaced), p.unplaced


def test_fault_of_each_period_taking_the_whole_weight_not_read_so():
    # one period's fault costing the whole 分值 is no step per period
    p = propose("每月报表报送不及时的扣5分", "5", "报表报送")
    assert not any("逐次扣分读" in u for u in p.unplaced), p.unplaced


# ── one kind of fault, bare ──────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("一种扣2分,扣完为止", "5", "2"),
    ("一种扣1分", "4", "1"),
    ("1种扣0.5分。", "3", "0.5"),
])
def test_one_kind_bare(text, weight, per):
    p = propose(text, weight, "卫生检查")
    assert sole(p, "deduction")["per"] == per
    assert [by_count(p, "0"), by_count(p, "1"), by_count(p, "20")] == D(weight, D(weight)[0] - D(per)[0], 0)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("一种扣5分", "5"),  # one kind takes the whole 分值
    ("一种扣2分,另扣1分", "5"),  # a further deduction
    ("一种情形扣2分,扣完为止", "5"),  # a situation named, not a bare case
])
def test_near_miss_not_one_kind_bare(text, weight):
    p = propose(text, weight, "卫生检查")
    assert not (p.kind == "deduction" and p.summary.startswith("逐例扣分：每种扣")), p.summary

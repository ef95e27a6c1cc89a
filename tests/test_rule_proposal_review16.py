"""Review 16: the mends of a review of the round's merges (made-up texts), each with its near misses.

半年 is half a year where it is a length of time, a delay or a period (“超过半年未整改”, “应在半年内”); in a name (“设施半年
累计负荷率”, “半年总结”, “2024半年考核”) it is left as written.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import REQUIREMENT_MET, checked_lead, normalize, scores_nothing
from tests.proposals import scored


@pytest.mark.parametrize("text, written", [
    ("整改期限超过半年未完成的扣2分", "整改期限超过0.5年未完成的扣2分"),
    ("新进人员应在半年内参加岗前培训", "新进人员应在0.5年内参加岗前培训"),
    ("台账半年以上未更新扣1分", "台账0.5年以上未更新扣1分"),
    ("报告逾期半年的,不得分", "报告逾期0.5年的,不得分"),
    ("成立不满半年的机构不参评", "成立不满0.5年的机构不参评"),
    ("应急演练半年一次", "应急演练0.5年1次"),
])
def test_half_a_year_as_a_length_of_time(text, written):
    assert normalize(text) == written


@pytest.mark.parametrize("text", [
    "水厂半年累计负荷率达到80%以上",
    "半年设计处理量以批复为准",
    "2次半年总结齐全",
    "按时报送月报、半年报、年报",
    "2025半年工作考核",
    "半年和年终考评均有记录",
    "每半年至少召开1次",  # a period like 每季度, kept as it is
    "上半年开展1次自查",
    "半年度计划完成率",
])
def test_half_a_year_in_a_name_is_left_as_written(text):
    assert "0.5" not in normalize(text)


def test_a_rate_named_for_half_a_year_is_read_as_its_name():
    p = propose("水厂半年累计负荷率达到80%以上的得4分,否则不得分", Decimal(4), "水厂半年累计负荷率")
    assert p.kind == "tiers" and not any("0.5" in u for u in p.unplaced)
    assert p.confident and p.items[0]["label"] == "水厂半年累计负荷率"
    assert scored(p, {"numerator": "85", "denominator": "100"}) == 4
    assert scored(p, {"numerator": "79", "denominator": "100"}) == 0


# ── what is checked, leading the faults: one home with the words set aside (scores nothing) ─────────────────────────
@pytest.mark.parametrize("text, lead", [
    ("查看台账情况,未清理的不得分,清理不及时的扣1分", "查看台账情况,"),
    ("查阅会议记录;无专人、无方案各扣1分", "查阅会议记录;"),
    ("查阅流调分析报告,无专人、无方案各扣1分", "查阅流调分析报告,"),
    ("现场查看,未清理的不得分,清理不及时的扣1分", "现场查看,"),
])
def test_what_is_checked_leads_the_faults(text, lead):
    m = checked_lead(text)
    assert m is not None and m.group(0) == lead


@pytest.mark.parametrize("text", [
    "检查发现1处未清理的扣1分,清理不及时的扣1分",  # a fault found, with its figure
    "检查率达到95%,无专人、无方案各扣1分",  # a rate's line
    "检查不合格的不得分,清理不及时的扣1分",  # a fault that zeroes the row
    "核查未通过扣2分;无方案扣1分",
    "检查合格得满分,否则不得分",
])
def test_near_miss_a_scoring_clause_leads_nothing(text):
    assert checked_lead(text) is None


def test_a_rate_before_the_faults_is_no_lead():
    p = propose("检查率达到95%,未建立制度、无专人负责、无方案各扣1分", Decimal(3))
    assert not p.confident and any("检查率达到95%" in u for u in p.unplaced)


@pytest.mark.parametrize("words, nothing", [
    ("查阅会议记录及登记簿", True),
    ("由监事会核实认定", True),
    ("查阅数据分析报告和职责分工文件", True),
    ("以年终抽查为准", True),
    ("部分完成", False),
    ("检查合格得满分", False),
    ("发现1处", False),
    ("未达标的扣分", False),
])
def test_words_that_score_nothing(words, nothing):
    assert scores_nothing(words) is nothing


# ── a requirement met said with 达, never 达 inside a verb ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("words, met", [
    ("带教量达要求", True),
    ("检查项目达标准", True),
    ("门诊量达到要求", True),
    ("按时下达计划数", False),
    ("及时传达要求", False),
    ("文书送达规定", False),
    ("未达要求", False),
])
def test_a_requirement_met_said_with_da(words, met):
    assert (re.search(REQUIREMENT_MET, words) is not None) is met


# ── points given with 给, never 给 handing a thing over ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, written", [
    ("资料齐全的给2分,否则不给分", "资料齐全的得2分,否则不得分"),
    ("按时完成的给予1.5分", "按时完成的得1.5分"),
])
def test_points_given(text, written):
    assert normalize(text) == written


@pytest.mark.parametrize("text", [
    "方案交给2分管领导审核",
    "报表报送给3分局汇总",
    "资料发给2分公司",
])
def test_near_miss_given_to_a_branch(text):
    assert "得" not in normalize(text)

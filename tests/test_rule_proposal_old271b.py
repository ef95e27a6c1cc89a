"""The indicator a tender's shared rule is applied to, its cell joined after the rule (“按技术参数正偏离由高至低排序,排名
第一得标准分值,其余依次按标准分值的20%递减,最低分为0分,仅满足基础值的得0分。支持≥6种接口协议”): the requirement, a
figure with its bound and no scoring word, closing a rule that measures a deviation from it (正偏离, 基础值, 技术指标),
is what the rule measures: the rule is read without it (a rank, its zero on the base value as a gate), the requirement
said back, to check.

A case earning its points said as a count of one opening its clause, no verb before it, the thing counted named after
its unit or before it (“同类项目业绩,1个业绩得4分,满分20分”, “具有…认证,1项得2分,最高得4分”): points per case up to the
cap, as “每提供1个得4分”; the clause before it says what a case is.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, scored

_RANK = ("按技术参数正偏离由高至低排序,排名第一得标准分值,其余依次按标准分值的{share}%递减,最低分为0分,"
         "仅满足技术参数基础值的得0分。{spec}")


def _by_place(p, place: str, base_only: bool):
    """The score of the gated rank at ``place``, the base value only met or not."""
    params = p.items[0]["params"]
    gate, rank = params["variables"]
    return scored(p, {"vars": {gate["name"]: "0" if base_only else "1", rank["name"]: place}})


@pytest.mark.parametrize("spec, share, weight, second", [
    ("支持≥6种接口协议", "20", "2", "1.6"),
    ("日志存储容量不少于500万条", "25", "4", "3"),
    ("可同时接入的监控终端≥200台", "50", "1", "0.5"),
])
def test_rank_of_a_deviation_before_the_indicators_requirement(spec, share, weight, second):
    p = propose(_RANK.format(share=share, spec=spec), weight, "技术指标")
    assert p.kind == "formula" and len(p.items) == 1, (p.summary, p.unplaced)
    assert [_by_place(p, "1", False), _by_place(p, "2", False), _by_place(p, "1", True)] == D(weight, second, 0)
    assert _by_place(p, "9", False) == 0
    assert not p.confident
    assert any(spec in u and "指标要求" in u for u in p.unplaced), p.unplaced
    assert not any("未用于规则" in u and "要求" not in u for u in p.unplaced), p.unplaced


def test_rank_before_a_requirement_in_words_with_a_division():
    # (分 of a word, “分析”, is no score)
    p = propose(_RANK.format(share="25", spec="内置流量分析模板≥12个"), "2", "技术指标")
    assert p.kind == "formula"
    assert [_by_place(p, "1", False), _by_place(p, "3", False)] == D(2, 1)


@pytest.mark.parametrize("text", [
    # a closing sentence that scores: a line of the rule, never a requirement set aside
    "按技术参数正偏离由高至低排序,排名第一得标准分值,其余依次递减0.5分。接口协议≥6种的得1分",
    # no deviation nor base value measured: the closing figure is a condition of its own
    "按服务方案优劣由高至低排序,排名第一得标准分值,其余依次递减0.5分。驻场人员≥3人",
])
def test_near_misses_not_read_as_the_indicators_requirement(text):
    p = propose(text, "2", "技术指标")
    assert not any("指标要求" in u for u in p.unplaced), p.unplaced


# ── a case earning its points said as a count of one, no verb before it ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight, each", [
    ("提供近三年同类项目业绩合同,1个业绩得5分,满分15分", "15", "5"),
    ("投标人具有有效的信息安全管理体系认证,1项得2分,最高得4分", "4", "2"),
    ("拟派项目负责人具有高级职称证书,1份得3分,最多得6分", "6", "3"),
])
def test_count_of_one_earning_its_points_up_to_the_cap(text, weight, each):
    p = propose(text, weight, "业绩")
    assert p.kind == "formula" and p.confident, (p.summary, p.unplaced)
    assert [by_vars(p, "0"), by_vars(p, "1"), by_vars(p, "9")] == D(0, each, weight)


@pytest.mark.parametrize("text, weight", [
    ("提供同类项目业绩,1个业绩得3分,2个业绩得6分", "6"),  # the counts listed with their points: situations, no cap
    ("近1年内获得表彰,得2分,最多得4分", "4"),  # a period of one year, no count of one
])
def test_near_misses_not_read_as_a_count_of_one(text, weight):
    p = propose(text, weight, "业绩")
    assert not (p.confident and p.kind == "formula" and "每个得" in p.summary), (p.summary, p.unplaced)

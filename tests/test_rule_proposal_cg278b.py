"""Tender scoring rows (综合评分法 / 竞争性谈判: price over a base, contracts counted, staff counted): the wordings of a list
of missed corpus texts, each class with the rule it must give, its scores in a few situations, and near misses.

Taught:

- points per case whose description holds a line each case must reach: in brackets between what is counted and its
  points (``formula._LINE_ASIDE``: “…车辆维修协议(每份协议的维修车辆≥10辆),每有一项得3分”, “…业绩(合同金额120万元及以上的),
  每份得1分”), kept in what is counted, as “(合同金额不低于100万元)” was; or an amount between the count of one and the
  thing counted (``formula.CASE_QUALIFIER``, kept in the name of what is counted: “每提供一份金额42万元以上的合同得1分”, “每具备1个金额在20万及以上合同得2分”),
  only the cases reaching it counted (to check); the points
  of each case said as a share of the 分值 (``formula._SHARE_EACH``: “每提供一份合同得标准分值的25%,最多得标准分值”), and
  what proves each case opening the text (``formula._PROOF_FIRST``: “以提供合同复印件和银行进账凭证复印件为准,每提供…”);
- the 分值 said as the cap before the points of each case (``formula._FULL_BEFORE_EACH``: “满分20分,每家4分”, “满分20分,1家4分”,
  read as “每家4分,满分20分”), and a sentence of what alone proves a case first (“使用证明仅限…发票或合同;满分20分,1家4分”);
- points at a base count, then each whole step above it (``tiers._base_count_steps``, read by ``_count_ladder``: “服务团队成员为50人的得2分,在50人的
  基础上每增加25人加2分,最多得6分”): bands of the count, fewer than the base nothing (unsaid: to check);
- a price deviation scored on one side only (``formula._price_above_base``: “每高于评标基准价1%扣1分”, the base the lowest
  price or a price below it unsaid), a floor said (“最低得分为30分”), the step without 每 where the text says a part of 1%
  counts by interpolation (“评标价高于评标基准值1%,在基础分的基础上扣1分;…不足1%的,按照直线插入法计算”);
- a coefficient by the side of the base, written against a number (“100n×|…|”: 100 times n, not 1001) and its clause
  run into the next (“n=0.8当投标人的…”, a line break lost) (``formula._deviation_by_side``).

The texts are written for these tests in the style of tender tables (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, readings, scored, types


def by_vars(proposal, **values):
    return scored(proposal, {"vars": values})


def count(p, n):
    (var,) = p.items[0]["params"]["variables"]
    return scored(p, {"vars": {var["name"]: str(n)}})


# ── points per case, a line each case counted must reach ─────────────────
@pytest.mark.parametrize("text,weight,each", [
    ("投标人提供近三年与本地单位签订的物业服务合同(每份合同的服务面积≥5000平方米),每有一项得2分,最多得10分。", "10", 2),
    ("投标人近三年完成的同类信息化项目(合同金额50万元及以上的),每份得1分,满分4分。", "4", 1),
    ("投标人提供近三年同类项目业绩,每提供一份金额30万元以上的合同得1.5分,最多得6分。", "6", Decimal("1.5")),
    ("供应商具有同类项目业绩,每具备1个金额在20万及以上合同得2分,最多得6分。", "6", 2),
    ("以提供项目合同复印件和验收报告复印件为准,每提供一份合同得标准分值的25%,最多得标准分值。", "8", 2),
])
def test_points_per_case_with_a_line_in_its_description(text, weight, each):
    """Only the cases reaching the line are counted: the points of each up to the 分值, the line left to check."""
    p = propose(text, weight, "业绩")
    assert types(p) == ["formula"] and not p.confident, (p.summary, p.unplaced)
    assert [count(p, n) for n in (0, 1, 2)] == [0, Decimal(each), 2 * Decimal(each)]
    assert count(p, 50) == Decimal(weight)


def test_the_line_of_each_case_is_kept_in_what_is_counted_or_said_back():
    p = propose("投标人近三年完成的同类信息化项目(合同金额50万元及以上的),每份得1分,满分4分。", "4", "业绩")
    assert "50万元及以上" in p.items[0]["params"]["variables"][0]["label"], p.items
    p = propose("投标人提供近三年同类项目业绩,每提供一份金额30万元以上的合同得1.5分,最多得6分。", "6", "业绩")
    assert any("金额30万元以上" in u and "只计" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text,weight", [
    # a line on the count itself, not on each case: not points per case
    ("投标人提供同类项目业绩(不少于3个),每有一项得2分,最多得10分。", "10"),
    # an amount band the points depend on: not one line
    ("投标人提供同类项目业绩,合同金额50万元及以上的每份得2分,合同金额50万元以下的每份得1分,最多得6分。", "6"),
])
def test_lines_that_are_not_of_each_case_are_not_read_so(text, weight):
    for r in readings(text, weight, "业绩"):
        assert not any("只计" in d and ("括号" in d or "金额" in d) for d in (r.doubts or ())), (r.summary, r.doubts)


@pytest.mark.parametrize("text,weight", [
    ("提供近三年同类产品在三甲医院的使用证明,满分15分,每家3分。", "15"),
    ("满分15分,每提供1家三甲医院的使用证明得3分。", "15"),
    ("用户证明仅限加盖用户公章的验收单或合同;满分15分,1家3分。", "15"),
])
def test_the_cap_said_before_the_points_of_each_case(text, weight):
    p = propose(text, weight, "用户证明")
    assert types(p) == ["formula"], (p.summary, p.unplaced)
    assert [count(p, n) for n in (0, 2, 5, 9)] == D(0, 6, 15, 15)


@pytest.mark.parametrize("text,weight", [
    ("本项满分15分,1项3分。", "15"),          # 项: points of a list unsaid, not cases counted
    ("满分15分,每家3分。", "12"),             # the cap is not the 分值
    ("满分15分,每缺1家扣3分。", "15"),        # points off, not earned
])
def test_a_cap_first_near_misses_are_not_cases_earned(text, weight):
    assert not any(r.items[0]["type"] == "formula" and ("每家得" in r.summary or "每项得" in r.summary)
                   for r in readings(text, weight, "用户证明"))


# ── points at a base count, each whole step above it ─────────────────────
def test_points_at_a_base_count_then_each_whole_step():
    text = "供应商承诺投入本项目的保洁人员为30人的得3分,在30人的基础上每增加10人加3分,最多得9分。(提供人员名单及社保证明)"
    p = propose(text, "9", "人员配备")
    assert types(p) == ["tiers"] and not p.confident, (p.summary, p.unplaced)
    assert [scored(p, {"value": v}) for v in ("29", "30", "39", "40", "50", "80")] == D(0, 3, 3, 6, 9, 9)
    assert any("不足30人" in u for u in p.unplaced)


@pytest.mark.parametrize("text,weight", [
    ("供应商承诺投入本项目的保洁人员为30人的得3分,在30人的基础上每增加10人加3分,最多得10分。", "10"),  # 10 no step's end
    ("供应商承诺投入本项目的保洁人员为30人的得3分,在30人的基础上每增加10人加3分,最多得9分。", "12"),   # a cap short of the 分值
])
def test_base_count_steps_that_do_not_reach_the_weight_are_not_bands(text, weight):
    assert not any(r.items[0]["type"] == "tiers" for r in readings(text, weight, "人员配备"))


# ── a price deviation on one side ────────────────────────────────────────
def test_a_price_above_the_lowest_price_base_loses_points_per_percent():
    text = "以满足招标文件要求的最低投标报价为评标基准价,其价格分为满分。其他投标人的报价每高于评标基准价1%扣0.5分,扣完为止。"
    p = propose(text, "30", "价格分")
    assert types(p) == ["formula"], (p.summary, p.unplaced)
    assert by_vars(p, b="100", p="100") == 30 and by_vars(p, b="100", p="110") == 25
    assert by_vars(p, b="100", p="400") == 0


def test_a_price_above_the_base_with_a_floor_and_interpolation():
    text = ("评标价等于评标基准值,得基础分50分;评标价高于评标基准值1%,在基础分的基础上扣2分;最低得分为35分;不足1%的,"
            "按照直线插入法计算,得分保留两位小数")
    p = propose(text, "50", "投标报价")
    assert types(p) == ["formula"] and not p.confident, (p.summary, p.unplaced)
    assert [v["label"] for v in p.items[0]["params"]["variables"]] == ["报价", "评标基准值"]
    assert by_vars(p, p="1025", b="1000") == 45 and by_vars(p, p="1200", b="1000") == 35
    assert any("低于评标基准值" in u for u in p.unplaced)  # a price below the base: unsaid


@pytest.mark.parametrize("text", [
    "投标报价每高于评标基准价1%扣1分,低于评标基准价的加分。",           # the other side scored: not one side
    "投标报价每高于评标基准价1%扣1分,每低于评标基准价1%扣0.5分;得分=…",
    "评标价高于评标基准值1%,扣1分。",                                    # no 每, no interpolation said: one case
])
def test_one_side_near_misses_are_not_read_as_one_side(text):
    assert not any("报价每高于" in r.summary for r in readings(text, "30", "报价"))


# ── a coefficient by the side of the base ────────────────────────────────
def test_a_coefficient_written_against_a_number_multiplies_it():
    text = ("报价得分=60-60m×|投标人的评审价-评审基准价|/评审基准价,保留两位小数。当投标人的评审价≤评审基准价时,m=0.5"
            "当投标人的评审价>评审基准价时,m=1 报价得分最低为0分。")
    p = propose(text, "60", "报价")
    assert types(p) == ["formula"] and not p.confident, (p.summary, p.unplaced)
    assert by_vars(p, a="1000", b="1000") == 60
    assert by_vars(p, a="900", b="1000") == 57      # 10% below: 60 × 0.5 × 0.1 off
    assert by_vars(p, a="1100", b="1000") == 54     # 10% above: 60 × 1 × 0.1 off

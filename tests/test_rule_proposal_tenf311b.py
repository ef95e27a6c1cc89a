"""A bid's points per case after a lead sentence saying what each case counted must be: who, a verb of having or
providing, the thing counted, its window of time, the amount a case must reach and its proof (“投标人须具有2021年1月1日
以来单项合同金额不少于500万元的类似业绩,同时提供合同及验收证明。每提供1个业绩得3分,满分6分。”): the points of each
case, a formula of their count, the lead left to check. A lead asking a count (“须具有3个以上类似业绩”) or zeroing the
row (“…,否则不得分”) is no such lead.

None of the cases scoring nothing straight after a bracket of the proof closing the scoring (“…最高得6分。(提供合同
扫描件)没有得0分”): the count of 0, to check.

A kind of case named by a grade “or above” (“三级或以上资质”, like “三级及以上资质”): a kind, not a line.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import cases_required
from tests.proposals import D, by_vars, sole


def _counted(text: str, weight: str) -> tuple[object, list]:
    p = propose(text, weight, "类似业绩")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1, params
    return p, [by_vars(p, n) for n in ("0", "1", "2", "5")]


# ── a lead saying what each case must be ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("投标人须具有2021年1月1日以来单项合同金额不少于500万元的类似业绩,同时提供合同及验收证明。每提供1个业绩得3分,满分6分。",
     "6", ["0", "3", "6", "6"]),
    ("投标人须具有2022年1月1日以来的类似业绩,同时提供①合同、②用户验收报告。每提供1个业绩得2分,满分8分。",
     "8", ["0", "2", "4", "8"]),
    ("供应商需具有近三年的同类项目业绩(以合同签订时间为准)。每有1个得2分,最高6分。", "6", ["0", "2", "4", "6"]),
    ("响应方须提供自2020年1月1日以来合同金额在100万元以上的运维服务合同。每提供1份得1.5分,最多得6分。",
     "6", ["0", "1.5", "3", "6"]),
    ("投标人(若为联合体投标的,指其中一方)须具有近3年的类似案例。每提供1个案例得1分,最高得4分。", "4", ["0", "1", "2", "4"]),
    ("提供2022年1月1日至今类似业绩的合同扫描件,扫描件须体现签约双方、合同金额等内容,否则不予认可。有一个得2分,最多得6分。",
     "6", ["0", "2", "4", "6"]),
])
def test_lead_of_what_each_case_must_be(text, weight, expected):
    p, got = _counted(text, weight)
    assert got == D(*expected)
    assert not p.confident  # the lead is left to check
    assert any("只计认定的个数" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("sentence", [
    "投标人须具有2021年1月1日以来的类似业绩",
    "供应商需具备近三年单项合同金额不少于人民币800万元的同类业绩,同时提供合同关键页",
    "响应方应提供自2020年1月1日起的有效案例",
    "提供2023年1月1日至今类似业绩的合同扫描件,否则将不予认可",
    "提供2021年1月1日至投标截止日的类似业绩合同",  # a window running to the bid's day
    "应答人须提供自2018年1月1日(含)至应答截止之日签订的有效合同",
])
def test_cases_required_reads_a_lead(sentence):
    assert cases_required(sentence)


@pytest.mark.parametrize("sentence", [
    "投标人须具有3个以上类似业绩",  # a count asked: a line
    "投标人须具有类似业绩,否则不得分",  # a zero of the row
    "投标人须具有类似业绩,得2分",  # points of its own
    "投标人须提供服务承诺书",  # no case counted
    "类似业绩须具有2021年以来的合同",  # not a bidder's requirement first
    "投标人须具有类似业绩,按业绩数量比例计分",  # how it is scored
    "提供类似业绩的合同扫描件,否则本项不得分",  # a zero of the row
    "提供类似业绩的合同扫描件,否则扣2分",  # a deduction
    "提供类似业绩的合同扫描件,否则酌情扣分",  # judgement
    "提供2021年1月1日至2023年12月31日的类似业绩",  # a window of two dates: figures of the rule, perhaps
    "提供2021年至今3个以上类似业绩",  # a count asked
])
def test_cases_required_near_misses(sentence):
    assert not cases_required(sentence)


def test_lead_asking_a_count_is_not_set_aside():
    p = propose("投标人须具有3个以上类似业绩。每提供1个业绩得3分,满分6分。", "6", "类似业绩")
    assert not p.confident
    if p.kind == "formula":  # never the count past the line read as every case
        assert not any("只计认定的个数" in u for u in p.unplaced), p.unplaced


def test_lead_zeroing_the_row_is_not_set_aside():
    p = propose("投标人须具有类似业绩,否则不得分。每提供1个业绩得3分,满分6分。", "6", "类似业绩")
    assert not p.confident
    assert not any("只计认定的个数" in u for u in p.unplaced), p.unplaced


def test_lead_then_points_without_a_cap_is_not_read_as_each_case():
    p = propose("投标人须具有2021年1月1日以来的类似业绩。每提供1个业绩得3分。", "6", "类似业绩")
    assert p.kind != "formula", p.summary
    assert not p.confident


# ── none scoring nothing after a bracket of the proof ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "提供类似项目业绩,每个业绩得2分,本项最高得6分。(投标文件提供业绩合同原件扫描件)没有得0分",
    "提供类似项目业绩,每个业绩得2分,本项最高得6分。(提供合同扫描件并加盖公章)没有不得分",
    "每提供1个类似项目业绩得2分,最多得6分。(以合同复印件为准)无不得分",
])
def test_none_after_a_proof_bracket(text):
    p, got = _counted(text, "6")
    assert got == D(0, 2, 4, 6)
    assert not p.confident
    assert any("写在括号之后" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "提供类似项目业绩,每个业绩得2分,本项最高得6分。(评委会酌情认定)没有不得分",  # judgement in the bracket
    "提供类似项目业绩,每个业绩得2分,本项最高得6分。(少于2个的不得分)没有不得分",  # a line in the bracket
])
def test_none_after_a_bracket_that_is_no_proof(text):
    p = propose(text, "6", "类似业绩")
    assert not p.confident
    assert not any("写在括号之后" in u for u in p.unplaced), p.unplaced


# ── a grade “or above” naming a kind ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("供应商具有A质量管理体系认证证书、信息系统安全集成三级或以上资质、安全运维三级或以上资质的,每具有1项得2分,最高6分。",
     "6", ["0", "2", "4", "6"]),
    ("每获得1项省级或以上荣誉得2分,最高6分。", "6", ["0", "2", "4", "6"]),
])
def test_grade_or_above_names_a_kind(text, weight, expected):
    _, got = _counted(text, weight)
    assert got == D(*expected)


def test_grade_or_above_with_proof_after_is_to_check():
    p, got = _counted("供应商具有A等级证书、B符合性证书、C认证证书、D二级或以上资质的有1项得2分,最高6分。需提供有效证明文件。",
                     "6")
    assert got == D(0, 2, 4, 6)
    assert not p.confident


def test_count_or_above_is_still_a_line():
    p = propose("具有3项或以上资质的,每增加1项得2分,最高8分。", "8", "资质")
    assert not p.confident

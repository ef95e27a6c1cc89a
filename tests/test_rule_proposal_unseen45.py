"""Points earned per case, per kind of case or per amount, added up to the row's points (the 分值 caps the sum):

- a case counted in persons (“每外聘1位创业导师得1分”): a formula over the count, to check as every per-case formula;
- points per amount (“每获得30万元融资得1分”): the amount over its step, a part step in proportion (said as a doubt);
  “每满3万元” counts whole steps only: a part step earns nothing;
- kinds each with points per case of one, no 每 (“新注册企业1个得2分,个体工商户1个得1分”): one variable per kind; a single
  kind without 每 or cap may be a band and is not read so;
- points per case of each level written “M分/次” (“国家级5分/次,省级3分/次”), perhaps closed by what counts (“以官方媒体
  报道为准”);
- rates per case that do not add up to the 分值 (“每引进一名硕士得2分;…”), a closing aside saying each is counted once
  under the highest (“(以个人最高学历为准,不累计加分)”);
- a kind earning a share of another's points (“…联合举办的减半计分”): half of the first kind's points per case.

Always to check, as every formula of points per case is.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from services.frameworks.proposal import Proposal, propose
from tests.proposals import by_vars, readings, sole


def _formula(text: str, weight: str) -> tuple[dict[str, Any], Proposal]:
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert not p.confident
    return params, p


def _any_formula(text: str, weight: str) -> list[str]:
    return [it["params"]["expression"] for found in readings(text, weight) for it in found.items
            if it["type"] == "formula"]


# ── a case counted in persons ────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, score", [
    ("每聘请1位行业专家担任顾问得2分。", "6", ["2"], 4),
    ("每聘请1位行业专家担任顾问得2分。", "6", ["5"], 6),
    ("每邀请一位省级以上专家授课计0.5分", "3", ["3"], 1.5),
])
def test_points_per_person_counted_in_wei(text, weight, counts, score):
    params, p = _formula(text, weight)
    assert params["variables"][0]["unit"] == "位"
    assert by_vars(p, *counts) == Decimal(str(score))


# ── points per amount ────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, amount, score", [
    ("每争取到50万元上级资金得1分。", "5", "150", 3),
    ("每争取到50万元上级资金得1分。", "5", "75", 1.5),
    ("每争取到50万元上级资金得1分。", "5", "400", 5),
    ("引进社会资本每100万元计0.5分", "4", "300", 1.5),
    ("每完成造林1000亩得2分", "10", "2500", 5),
    ("每增加投资1万元得0.1分", "2", "15", 1.5),
])
def test_points_per_amount_in_proportion(text, weight, amount, score):
    params, p = _formula(text, weight)
    assert params["variables"][0]["unit"] in ("万元", "亩")  # the amount as it is, not a count of steps
    assert by_vars(p, amount) == Decimal(str(score))
    assert any("按比例" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight, amount, score", [
    ("销售收入每满10万元得1分。", "6", "30", 3),
    ("销售收入每满10万元得1分。", "6", "39.9", 3),
    ("销售收入每满10万元得1分。", "6", "9", 0),
    ("销售收入每满10万元得1分。", "6", "0", 0),
    ("销售收入每满10万元得1分。", "6", "100", 6),
    ("带动就业收入每满5000元计0.5分", "2", "12000", 1),
])
def test_points_per_full_amount_whole_steps(text, weight, amount, score):
    params, p = _formula(text, weight)
    assert params["variables"][0]["unit"] in ("万元", "元")
    assert by_vars(p, amount) == Decimal(str(score))
    assert any("不足" in u and "不计" in u for u in p.unplaced)


# ── kinds each with points per case of one, no 每 ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, score", [
    ("当年新建示范基地1个得3分,示范户1户得0.5分。", "10", ["2", "3"], 7.5),
    ("当年新建示范基地1个得3分,示范户1户得0.5分。", "10", ["3", "4"], 10),
    ("新增规上企业1家得2分;新增限上商贸企业1家得1分", "8", ["1", "2"], 4),
])
def test_kinds_each_with_points_per_case_of_one(text, weight, counts, score):
    params, p = _formula(text, weight)
    assert len(params["variables"]) == len(counts)
    assert by_vars(p, *counts) == Decimal(str(score))


@pytest.mark.parametrize("text, weight", [
    # a single kind, no 每 and no cap: “1个得3分” may be a band of the count
    ("当年新建示范基地1个得3分", "10"),
    # a band beside it: “2个得5分”
    ("当年新建示范基地1个得3分,2个得5分", "10"),
])
def test_near_miss_counts_of_one_as_bands(text, weight):
    assert "3 * a" not in " ".join(_any_formula(text, weight))


# ── points per case of each level, written “M分/次” ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, score", [
    ("工作经验被推广,国家级4分/次,省级2分/次,市级1分/次。", "6", ["0", "1", "2"], 4),
    ("工作经验被推广,国家级4分/次,省级2分/次,市级1分/次。", "6", ["1", "1", "1"], 6),
    ("获得表彰的,国家级3分/项、省级2分/项、市级1分/项。以正式文件为准", "5", ["0", "2", "0"], 4),
])
def test_points_per_case_of_each_level_per_unit(text, weight, counts, score):
    params, p = _formula(text, weight)
    assert len(params["variables"]) == 3
    assert by_vars(p, *counts) == Decimal(str(score))


def test_near_miss_points_per_case_taken_off():
    # “扣2分/次”: a deduction per case, no points earned
    assert not any("2 * a +" in x for x in _any_formula("发生安全事故的,扣2分/次,省级通报的扣1分/次", "5"))


# ── rates per case not adding up to the 分值, each counted once under the highest ────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, score", [
    ("每培养一名初级工得0.5分;每培养一名中级工得1分;每培养一名高级工得2分。(以个人最高等级为准,不累计加分)", "6",
     ["2", "1", "1"], 4),
    ("每培养一名初级工得0.5分;每培养一名中级工得1分;每培养一名高级工得2分。(以个人最高等级为准,不累计加分)", "6",
     ["0", "2", "3"], 6),
    ("每引进1名本科生得1分,每引进1名研究生得2分,就高不就低", "5", ["1", "1"], 3),
])
def test_rates_per_case_under_the_weight_each_counted_once(text, weight, counts, score):
    params, p = _formula(text, weight)
    assert len(params["variables"]) == len(counts)
    assert by_vars(p, *counts) == Decimal(str(score))
    assert any("最高" in u for u in p.unplaced)


# ── a kind earning a share of another's points ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, score", [
    ("牵头组织的培训每期计2分,参与组织的每期计1分,与外单位合办的减半计分。", "10", ["1", "2", "2"], 6),
    ("牵头组织的培训每期计2分,参与组织的每期计1分,与外单位合办的减半计分。", "10", ["4", "1", "1"], 10),
    ("独立完成的调研报告每篇得3分,合作完成的按一半计分", "9", ["1", "2"], 6),
])
def test_a_kind_earning_half_of_the_first(text, weight, counts, score):
    params, p = _formula(text, weight)
    assert len(params["variables"]) == len(counts)
    assert by_vars(p, *counts) == Decimal(str(score))
    assert any("一半" in u for u in p.unplaced)


def test_near_miss_halved_without_cases_before():
    # nothing counted before the halving: no share of a kind's points
    assert not _any_formula("与外单位合办的减半计分", "5")


# ── a base of the 分值, points added and taken off per case, “分别” pairing kinds with points ─────────────────────
@pytest.mark.parametrize("text, weight, counts, score", [
    ("安全生产考核基础分为20分,被省、市通报表扬的,分别加3分、2分;被省、市通报批评的,分别扣4分、2分。", "20",
     ["0", "0", "1", "1"], 14),
    ("安全生产考核基础分为20分,被省、市通报表扬的,分别加3分、2分;被省、市通报批评的,分别扣4分、2分。", "20",
     ["1", "0", "0", "2"], 19),
    ("安全生产考核基础分为20分,被省、市通报表扬的,分别加3分、2分;被省、市通报批评的,分别扣4分、2分。", "20",
     ["0", "0", "3", "4"], 0),
    ("3.基础分为30分;在省级、市级抽查中被评为优秀的,分别加4分、2分;被评为不合格的,每次扣5分", "30", ["1", "0", "2"], 24),
])
def test_a_base_of_the_weight_with_points_added_and_taken_off(text, weight, counts, score):
    params, p = _formula(text, weight)
    assert params["expression"].startswith(weight + " + ")
    assert len(params["variables"]) == len(counts)
    assert by_vars(p, *counts) == Decimal(str(score))
    assert any("基础分" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # points only added to the whole 分值: nothing to add to
    ("安全生产考核基础分为20分,被省、市通报表扬的,分别加3分、2分", "20"),
    # a base short of the 分值 and faults deducted: from the base or from the points added? not said
    ("基础分为10分,被省、市通报表扬的,分别加3分、2分;被省、市通报批评的,分别扣4分、2分", "20"),
    # a base earned on a condition
    ("完成年度任务的得基础分20分,被省、市通报批评的,分别扣4分、2分", "20"),
])
def test_near_miss_no_base_with_cases(text, weight):
    assert not any(x.startswith(("20 + ", "10 + ")) for x in _any_formula(text, weight))

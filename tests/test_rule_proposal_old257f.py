"""Older misses of the tuning set, one class: a base of points plus points per case up to a cap, read as a formula
(``formula._first_then_each``, ``formula._base_plus``), always to check:

- the first case's points, then more for each further case, capped at the 分值: a case of one (“有1个得3分,每增加1个加1分,
  最高10分”, “提供1项得2分,每增加1项加0.5分,满分5分”), the first named (“第1个…得1分,每多1个再得1分,以此类推,最多5分”,
  “首个…”), or a deed done closed by 的 (“…审查过…规范性文件的,得1分,每多办理1件得分1分,以此类推,总分值20分”), as
  ``first * min(a, 1) + x * max(a - 1, 0)`` over the number of cases, none scoring nothing (a cap of what is added, the
  first case's points the rest, as before: ``first * min(a, 1) + min(cap, x * max(a - 1, 0))``);
- a base given to a thing every one scored has, named before it (“公司本部得基本分3分,…每个区县加1分,最高得分为10分”), as a
  stated base is (``3 + 1 * a``); the kinds of the thing counted in brackets (“每覆盖1个县(市、区)加1分”) name it again.

Near misses, not read so: a base that is a line to reach (“达到20人的得3分,在20人的基础上每增加5人…”, “完成年度目标任务的
得6分,每多完成1个…”, “达标得基本分3分,…”), a per-case deduction after the first (“第一次扣2分,以后每增加一次扣1分”), bands by
count (“有1个得3分,2个得5分,3个及以上得10分”), and a cap of what is added that leaves the 分值 unreached.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, sole


def _label(p) -> str:
    return p.items[0]["params"]["variables"][0]["label"]


def _first_then_each_read(text: str, weight: str) -> bool:
    """Whether any reading of the text counts the first case apart from those after it."""
    return any("max(a - 1, 0)" in it["params"].get("expression", "") for r in readings(text, weight) for it in r.items)


# ── the first case's points, then more per further case, capped ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("具有同类项目业绩1个得3分,每增加1个加1分,最高10分。", "10", ("0", "1", "4", "9"), (0, 3, 6, 10)),
    ("提供获奖证书1项得2分,每增加1项加0.5分,满分5分", "5", ("0", "1", "3", "9"), (0, 2, 3, 5)),
    ("第一个案例得2分,每多一个再得1分,以此类推,最多6分", "6", ("0", "1", "3", "10"), (0, 2, 4, 6)),
    ("首个示范项目计3分,每新增1个加1分,最高不超过8分", "8", ("0", "1", "2", "7"), (0, 3, 4, 8)),
])
def test_first_case_then_each_more_capped_at_the_weight(text, weight, counts, expected):
    p = propose(text, weight, "业绩")
    params = sole(p, "formula")
    assert "max(a - 1, 0)" in params["expression"]
    assert [by_vars(p, n) for n in counts] == D(*expected)
    assert not p.confident
    assert any("没有的不得分" in u for u in p.unplaced)


def test_a_deed_done_is_the_first_case():
    p = propose("项目负责人近三年主持过县级政府购买服务项目的,得2分,每多主持一项得分1分,以此类推,总分值8分。", "8", "项目经验")
    sole(p, "formula")
    assert _label(p).startswith("项目负责人近3年主持过县级政府购买服务项目")
    assert [by_vars(p, n) for n in ("0", "1", "3", "9")] == D(0, 2, 4, 8)
    assert not p.confident


def test_the_cap_of_what_is_added_still_reads():
    p = propose("设立联络员1名得4分,每增加1名加1分,最多加2分", "6", "联络员")
    sole(p, "formula")
    assert [by_vars(p, n) for n in ("0", "1", "2", "5")] == D(0, 4, 5, 6)
    assert not p.confident


# ── a base given to a thing every one has, then points per case ─────────────────────────────────────────────────
def test_a_base_of_a_thing_named_before_it():
    p = propose("总部得基础分4分,在各县区设有服务站点的,每个县区加1分,最高得分为10分。", "10", "服务网络")
    params = sole(p, "formula")
    assert params["expression"].startswith("4 + ")
    assert [by_vars(p, n) for n in ("0", "3", "8")] == D(4, 7, 10)
    assert not p.confident


def test_kinds_of_the_thing_counted_in_brackets():
    p = propose("基础分2分,每覆盖1个乡(镇、街道)加1分,最高不超过8分", "8", "覆盖范围")
    sole(p, "formula")
    assert _label(p).startswith("覆盖乡")
    assert [by_vars(p, n) for n in ("0", "3", "9")] == D(2, 5, 8)
    assert not p.confident


# ── near misses ────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("服务人员达到20人的得3分,在20人的基础上每增加5人加1分,最多得6分", "6"),  # a line to reach, then steps past it
    ("服务团队为10人的得2分,每增加1人加1分,最多得6分", "6"),
    ("完成年度目标任务的得6分,每多完成1个加0.5分,最高8分", "8"),  # the cases past a target
    ("第一次扣2分,以后每增加一次扣1分", "10"),  # a deduction per case
    ("有1个得3分,2个得5分,3个及以上得10分", "10"),  # bands by count
    ("有1个得3分,每增加1个加1分,最多加5分", "10"),  # what is added capped short of the 分值: not the whole said
])
def test_near_misses_are_not_a_first_case_then_each(text, weight):
    assert not _first_then_each_read(text, weight)
    assert not propose(text, weight, "指标").confident


@pytest.mark.parametrize("text", [
    "达标得基本分3分,每增加1个示范点加1分,最多10分",
    "完成得基本分3分,每增加1个示范点加1分,最多10分",
])
def test_a_line_reached_is_no_base(text):
    assert not any(it["params"].get("expression", "").startswith("3 + ") for r in readings(text, "10") for it in r.items)
    assert not propose(text, "10", "示范点").confident

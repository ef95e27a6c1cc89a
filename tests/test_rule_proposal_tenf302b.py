"""Wordings of points per case a proposer missed: the window of time the cases fall in said after the count of one
(“每提供1个近3年类似项目业绩得2分”, “每具有1份2023年1月1日至投标截止时间止类似项目业绩得1分”), read as said before the 每;
and what a case counted must be, in brackets inside its name (“每提供1个类似项目(含运维)业绩得2分”): only the cases so
counted; a count of one with its cap, then the proof each case needs (“有1个得1分,最多得5分;未提供合同复印件不得分”): the
cap no situation of its own. All always to check.

Made-up texts in the style of procurement files, with the scores of a few counts, and near misses that must not be read
that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings, sole


# ── the window of time after the count of one ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, pts, window", [
    ("每提供一个近三年类似项目业绩得2分,最多得6分。", "6", 2, "近3年"),
    ("每具有1份近3年同类服务业绩得1分,本项最多得5分。", "5", 1, "近3年"),
    ("每有1个近两年内完成的类似业绩得1.5分,最高6分。", "6", Decimal("1.5"), "近2年内"),
    ("每提供1个2021年以来的同类项目合同得2分,最多得8分。", "8", 2, "2021年以来"),
    ("每提供1份2022年1月1日至今的类似供货业绩得1分,最多得4分。", "4", 1, "2022年1月1日至今"),
    ("每具有1份2023年1月1日至投标截止时间止类似项目业绩得1分,本项最多得5分。", "5", 1, "2023年1月1日至投标截止时间止"),
    ("每提供1个自2020年1月1日至投标截止之日止的同类项目业绩得2分,最多得6分。", "6", 2,
     "自2020年1月1日至投标截止之日止"),
    ("每提供1项近3个月的社保缴纳证明得1分,最多得5分。", "5", 1, "近3个月"),
])
def test_a_window_of_time_after_the_count_of_one(text, weight, pts, window):
    p = propose(text, weight, "类似业绩")
    params = sole(p, "formula")
    assert params["expression"] == f"{pts} * a"
    label = params["variables"][0]["label"]
    assert label.startswith(window) and "日得" not in label, label
    assert params["variables"][0]["unit"] in ("个", "份", "项")
    assert by_vars(p, "0") == 0
    assert by_vars(p, "2") == Decimal(pts) * 2
    assert by_vars(p, "20") == Decimal(weight)  # (capped at the 分值)
    assert not p.confident
    assert any(f"“{window}”：只计该时间范围内的个数" in u for u in p.unplaced), p.unplaced


def test_the_window_never_read_as_a_count_of_days():
    # “…1日以来…”: the day of a date is no case counted per day
    for r in readings("每提供1个2021年1月1日以来的类似项目业绩得2分,最多得6分。", "6", "类似业绩"):
        for item in r.items:
            assert all(v["unit"] != "日" for v in item["params"].get("variables", []))


@pytest.mark.parametrize("text", [
    "每提供1个2年以上的维保合同得2分,最多得6分。",  # a length of the case, no window of time
    "每有1个2023年度项目得2分,最多6分。",  # a year named, no window
    "每少1个近3年类似业绩扣2分。",  # a shortfall costing points, not cases earning
])
def test_near_misses_are_not_a_window_moved(text):
    assert not any("只计该时间范围内的个数" in d for r in readings(text, "6", "类似业绩") for d in (r.doubts or ()))


# ── what a counted case must be, in brackets inside its name ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, aside", [
    ("每提供1个类似项目(含运维)业绩得2分,最多得6分。", "6", "含运维"),
    ("每具有1份同类设备(在线监测类)供货合同得1分,本项最多得4分。", "4", "在线监测类"),
])
def test_what_a_case_must_be_in_brackets_inside_its_name(text, weight, aside):
    p = propose(text, weight, "类似业绩")
    params = sole(p, "formula")
    assert aside not in params["variables"][0]["label"]
    assert by_vars(p, "1") == Decimal(weight) / (3 if weight == "6" else 4)
    assert by_vars(p, "10") == Decimal(weight)
    assert not p.confident
    assert any(f"“({aside})”：只计符合括号内要求的个数" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "每提供1个类似项目(金额100万元以上)业绩得2分,最多得6分。",  # a figure in the brackets: a line, not read here
    "每提供1个类似项目业绩得2分(含运维),最多得6分。",  # the brackets after the points
])
def test_near_misses_are_not_an_aside_inside_the_name(text):
    assert not any("“(含运维)”：只计符合括号内要求" in d or "“(金额100万元以上)”：只计符合括号内要求" in d
                   for r in readings(text, "6", "类似业绩") for d in (r.doubts or ()))


def test_both_a_window_and_an_aside_in_one_case():
    p = propose("每具有一份2023年1月1日至投标截止时间止类似项目(外观检测类)业绩得1分,本项最多得5分。(提供有效合同复印件)",
                "5", "类似业绩")
    params = sole(p, "formula")
    assert params["expression"] == "1 * a"
    assert by_vars(p, "3") == 3
    assert by_vars(p, "9") == 5
    assert not p.confident


# ── a cap of the points per case is no situation of its own ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("有1个得1分,最多得5分;未提供合同复印件不得分。", "5"),
    ("有一个得2分,最多得6分;未提供中标通知书或合同扫描件不得分。", "6"),
    ("有1份得1.5分,最多得6分;未提供合同复印件不得分。", "6"),
])
def test_a_count_of_one_with_its_cap_then_the_proof_asked(text, weight):
    p = propose(text, weight, "类似业绩")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    assert by_vars(p, "0") == 0
    assert by_vars(p, "100") == Decimal(weight)
    assert not p.confident
    assert not any(it["type"] == "choice" for r in readings(text, weight, "类似业绩") for it in r.items)


@pytest.mark.parametrize("text", [
    # situations of their own, none a cap: no points per case
    "有1个得1分,有2个及以上得5分;未提供合同复印件不得分。",
    "评价最高的得5分,其余得3分,未提供不得分。",
])
def test_near_misses_are_no_points_per_case(text):
    p = propose(text, "5", "类似业绩")
    assert p.kind in ("choice", "tiers"), (p.summary, p.unplaced)
    assert not p.confident


def test_the_best_situation_named_by_its_rank_is_still_a_situation():
    p = propose("评价最高的得5分,其余得3分,未提供不得分。", "5", "评价")
    assert [o["label"] for o in sole(p, "choice")["options"]] == ["评价最高", "其余", "未提供"]

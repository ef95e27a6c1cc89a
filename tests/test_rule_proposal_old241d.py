"""Older misses of the tuning set: a figure in a fault's words that names the fault, not the count of its cases, beside
faults of other costs (``formula._faults``, a 公式计分 of the faults, always to check): a line after a count said with “(含)”
(“当月事假3天(含)以上扣8分”, as “3天以上” was), a line on a count of things named after 个 (“20个班以上学校未配备专职保安扣5分”), a
period named by its number (“第2季度漏报扣5分”, as “第3项” was), and a figure of a heading before its colon (“按4个季度报送:第1
季度漏报…”) — each such fault taken once (0/1), the others counted as before.

Near misses: where the deducting starts (“第3个月起每月漏报”) stays a doubt, a count of several a case (“每2次迟报扣1分”) is
no fault of the formula's.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, sole


def _labels(p) -> list[str]:
    return [v["label"] for v in p.items[0]["params"]["variables"]]


# ── a figure in a fault's words, no count of its cases ────────────────────────────────────────────────────────────
def test_a_line_said_with_han_is_the_faults_own():
    p = propose("1、当月事假3天(含)以上扣8分;2、上班迟到、早退,每次扣2分;3、值班期间脱岗1次扣5分。", "20", "考勤")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["", "次", "次"]
    assert "3天(含)以上" in _labels(p)[0]
    assert by_vars(p, "0", "0", "0") == D(20)[0]
    assert by_vars(p, "1", "2", "1") == D(3)[0]  # 20 - 8 - 4 - 5
    assert by_vars(p, "1", "5", "2") == D(0)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "未设立安全办公室,扣3分;配备专职安全员每少1人扣1分;20个班以上学校未配备专职保安扣5分,扣完为止。",
    "未设立安全办公室,扣3分;配备专职安全员每少1人扣1分;20个班以上学校未配备专职保安扣5分",
])
def test_a_line_on_things_named_after_ge_is_the_faults_own(text):
    p = propose(text, "15", "安保队伍")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["", "人", ""]
    assert "20个班以上学校" in _labels(p)[2]
    assert by_vars(p, "1", "2", "1") == D(5)[0]  # 15 - 3 - 2 - 5
    assert not p.confident


def test_periods_named_by_their_number_are_faults_taken_once():
    p = propose("按4个季度报送统计报表:第1季度漏报扣10分;第2季度漏报扣5分;第3季度漏报扣5分;第4季度漏报扣10分;"
                "报表数据每错1处扣1分,扣完为止。", "40", "统计报表")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["", "", "", "", "处"]
    assert _labels(p)[0].startswith("是否第1季度漏报")  # the heading before its colon is no part of the fault
    assert by_vars(p, "0", "1", "0", "0", "3") == D(32)[0]
    assert by_vars(p, "1", "1", "1", "1", "0") == D(10)[0]
    assert not p.confident


def test_where_the_deducting_starts_stays_a_doubt():
    p = propose("按月报送:第3个月起每月漏报扣2分;报表每错1处扣1分,扣完为止。", "10", "统计报表")
    assert any("从何处起扣" in u for u in p.unplaced)
    assert not p.confident


def test_a_count_of_several_a_case_is_no_fault_of_the_formula():
    p = propose("未按时报送扣2分;每2次迟报扣1分,扣完为止。", "10", "报送")
    assert p.kind != "formula"
    assert not p.confident

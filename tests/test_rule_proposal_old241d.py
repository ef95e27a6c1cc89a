"""Older misses of the tuning set, read in two classes:

- a figure in a fault's words that names the fault, not the count of its cases, beside faults of other costs
  (``formula._faults``, a 公式计分 of the faults, always to check): a line after a count said with “(含)” (“当月事假3天(含)
  以上扣8分”, as “3天以上” was), a line on a count of things named after 个 (“20个班以上学校未配备专职保安扣5分”), a period
  named by its number (“第2季度漏报扣5分”, as “第3项” was), and a figure of a heading before its colon (“按4个季度报送:第1
  季度漏报…”) — each such fault taken once (0/1), the others counted as before;
- the line of a rate's step in the indicator's name, the rate named before the step in more words than the name has, or
  after clauses of how it is checked (``threshold._line_in_name``, always to check): the rate's words in the last clause
  before the step, or a part of them of four characters at least, named in the name with one line (“…,统计安全知识知晓率,
  知晓率每下降5%扣1分” in “…知晓率达85%以上”; “班组长月度点检完好率每降低1%” in “…设备点检完好率（维修班目标值≥96%）”).

Near misses: where the deducting starts (“第3个月起每月漏报”) stays a doubt, a count of several a case (“每2次迟报扣1分”) is
no fault of the formula's; a part of the rate's words of three characters (“合格率”) another rate may share, and a name
with two lines, take no line from the name; a rate's bare figure closing the name (“…医保参保率95%”) is still no line
(``test_rule_proposal_unseen78``: a figure with no comparison).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, scored, sole


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
    """“每2次迟报扣1分” counts blocks of two, never each late report nor a fault taken once: where the formula reads it,
    its variable is the blocks (entered whole, the part short of a block left to check)."""
    p = propose("未按时报送扣2分;每2次迟报扣1分,扣完为止。", "10", "报送")
    if p.kind == "formula":
        late = [v for v in sole(p, "formula")["variables"] if "迟报" in v["label"]]
        assert [v["unit"] for v in late] == ["2次"]
        assert by_vars(p, "0", "3") == D(7)[0]  # three blocks: six late reports
        assert any("每2次迟报" in u for u in p.unplaced)
    assert not p.confident


# ── the line of a step alone, in the indicator's name ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, name, line, value, expected", [
    ("现场随机抽查10名职工,统计安全知识知晓率,知晓率每下降5%扣1分,扣完为止。", "4", "2.安全培训 职工安全知识知晓率达85%以上",
     "85", "75", "2"),
    ("班组长月度点检完好率每降低1%扣2分。", "10", "3.2 点检完好率(20分)·3.2.1 设备点检完好率（维修班目标值≥96%）",
     "96", "93", "4"),
    ("抽查统计,合格率每下降1%扣1分", "5", "检验合格率达95%以上", "95", "92", "2"),
    ("统计各班组工作票合格率,合格率每降低1个百分点扣0.5分,扣完为止。", "5", "工作票管理 工作票合格率不低于95%", "95", "91", "3"),
])
def test_the_line_of_a_step_in_the_name(text, weight, name, line, value, expected):
    p = propose(text, weight, name)
    params = sole(p, "threshold")
    assert params["full_at"] == line and params["direction"] == "higher"
    assert scored(p, {"value": line}) == D(weight)[0]
    assert scored(p, {"value": str(int(line) + 3)}) == D(weight)[0]
    assert scored(p, {"value": value}) == D(expected)[0]
    assert not p.confident
    assert any(line + "%" in u and "指标名称" in u for u in p.unplaced)


@pytest.mark.parametrize("text, name", [
    ("产品抽检合格率每下降1%扣1分", "工程验收合格率达95%以上"),  # a part of three characters: another rate may share it
    ("统计参保率,参保率每下降1个百分点扣0.5分", "城乡居民医保参保率达95%,新农合参保率达98%"),  # two lines: which one?
    ("少1个百分点扣0.5分,扣完为止。", "二、社会保障(30分)·3.城乡居民医保参保率95%"),  # a bare figure: no line
    ("每下降1个百分点扣1分。", "设备合格率95%以上,维修及时率100%"),
])
def test_no_line_of_the_name_near_misses(text, name):
    p = propose(text, "5", name)
    assert not (p.kind == "threshold" and p.items[0]["params"]["full_at"] in ("95", "98"))
    assert not p.confident

"""Rows of a 评分细则 whose points stand where the readings did not look, each read to check (the points are bare):

- a small table “得分 | 条件” (or “档位 | 得分 | 条件”) joined by spaces, each cell opening with its bare score, then its
  situation in words (“2 台账齐全，按月更新 1 有台账，但未按月更新 0 无台账”, “L2 2 … L1 1 … L0 0 …”): two cells or
  more from the start, the scores strictly falling to 0, a figure counting the words (“缺 1 个”, “至少 3 类”) no cell's
  score (``wording._scores_then_situations``, beside ``_scores_then_bands`` in ``_run_together``); where a cell opens
  with a range of scores (“4 … 2～3 可打开，但缺… 0 …”) the row is judged, the range named
  (``wording.points_ranged_in_cells``);
- situations each closed by its bare points after an equals sign, falling to 0 (“台账完整＝2；有缺漏＝1；未建立＝0。”,
  ``wording._equals_bare``);
- a requirement headed by its share of a whole of 100 equal to the 分值 (“1. (10%) 能导出报表…”, a course's grading of
  functions): met or not, as “(10分)…” is (``all_or_nothing._requirement``);
- points added per case beside points taken off per case, no base said (“建议被采纳的加2分/次；出现差错扣2分/次”): both
  counted from the 分值, the points added making up for those taken off (``formula._earned``), to check.

Near misses: a cell opening with a range of points (“2～3 缺一项”: the evaluator's within it), scores not falling to 0,
words before the first score, a score with a unit (“2 个工作日内”), a letter's value (“K=1”: a coefficient), a share
other than the 分值, a share inside the requirement, points earned (“得”) per case (counted from 0), a base said.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import _equals_bare, _scores_then_situations, normalize, points_ranged_in_cells
from tests.proposals import D, by_vars, met_or_not, picked, sole


# ── a small table “得分 | 条件”: each cell opens with its bare score ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("2 台账齐全，按月更新 1 有台账，但未按月更新 0 无台账", "2", [2, 1, 0]),
    ("3 报表按时提交、数据准确、格式规范 2 按时提交，但数据有误 1 延迟提交，或格式不规范 0 未提交报表", "3", [3, 2, 1, 0]),
    ("2 至少能打开 1 类报表，内容可读 1 可打开报表，但内容截断 0 无法打开报表", "2", [2, 1, 0]),
    ("5 「登录」「注册」均可用；提示清楚 0 「登录」或「注册」不可用", "5", [5, 0]),
    ("L2 2 流程清晰，入口明确 L1 1 能用，但入口较深 L0 0 找不到入口", "2", [2, 1, 0]),
])
def test_scores_opening_cells_of_situations(text, weight, expected):
    p = propose(text, weight, "功能")
    sole(p, "choice")
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not p.confident  # no 分 is said
    assert any("原文未写“分”" in u for u in p.unplaced), p.unplaced


def test_a_level_before_each_score_stays_in_its_situation():
    written, bare = _scores_then_situations("L2 2 流程清晰 L1 1 入口较深 L0 0 找不到入口")
    assert written == "L2:流程清晰,2分;L1:入口较深,1分;L0:找不到入口,0分" and bare == ["2", "1", "0"]


@pytest.mark.parametrize("text", [
    "4 全部满足 2～3 缺其中一项 0 均不满足",  # a range of points: the evaluator's within it
    "3 全部满足 1 部分满足",  # nothing scoring 0
    "0 未开展 2 已开展",  # rising
    "按完成情况 2 完成 0 未完成",  # words before the first score
    "2 个工作日内完成 0 超期",  # a count, not a score
    "2 台账齐全 L0 0 无台账",  # a level on one cell only
])
def test_rows_that_are_no_scores_opening_cells(text):
    assert _scores_then_situations(text) is None


@pytest.mark.parametrize("text, weight, ranged", [
    ("4 全部满足 2～3 缺其中一项 0 均不满足", "4", "2～3"),
    ("5 表单齐全，提示清楚 3-4 字段不全，或缺提示 1-2 仅能新增 0 无表单页", "5", "3-4"),
    ("3 可进入详情，长文本可读 1～2 可进详情，但有 1～2 处截断 0 无详情页", "3", "1～2"),
])
def test_a_range_of_scores_opening_a_cell_is_judged(text, weight, ranged):
    assert points_ranged_in_cells(text) == ranged
    p = propose(text, weight, "功能")
    sole(p, "judgement")
    assert p.unplaced == [f"“{ranged}”"]


@pytest.mark.parametrize("text", [
    "2 入口齐全 1 有 1～2 处缺失 0 无入口",  # a range counting the words: no cell's
    "4 全部满足 2～3 缺其中一项",  # nothing scoring 0
    "按完成情况 4 完成 2～3 基本完成 0 未完成",  # words before the first score
    "4 全部满足 3～5 缺其中一项 0 均不满足",  # not falling
])
def test_rows_that_are_no_range_of_scores_in_cells(text):
    assert points_ranged_in_cells(text) == ""


# ── situations closed by “=N” ────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("台账记录完整＝2；有缺漏＝1；未建立台账＝0。", "2", [2, 1, 0]),
    ("首页加载不超过3秒＝1；否则＝0。", "1", [1, 0]),
    ("按 A4 版式打印、页码连续＝1；有错页或缺页＝0。", "1", [1, 0]),
])
def test_points_after_an_equals_sign(text, weight, expected):
    p = propose(text, weight, "要求")
    assert p.kind in ("choice", "all_or_nothing"), (p.summary, p.unplaced)
    if p.kind == "choice":
        assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    else:
        assert list(met_or_not(p)) == D(*expected)
    assert not p.confident
    assert any("原文未写“分”" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "已落实,系数K=1;未落实,系数K=0;",  # a letter's value: a coefficient
    "得分=完成率*10;",  # a formula
    "未建立台账=0;台账完整=2;",  # rising
    "台账完整=2;有缺漏=1;",  # nothing scoring 0
    "完成率=100%=5;其他=0;",
])
def test_equals_that_are_no_points(text):
    assert _equals_bare(normalize(text)) == []


# ── a requirement headed by its share of the whole ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("1. (10%) 能导出报表为 Excel 文件并保留格式。", "10"),
    ("(5%)登录页可记住用户名，退出后清除。", "5"),
    ("3. (15%) 以下两项择一实现：支持离线缓存。支持断点续传。", "15"),
])
def test_a_share_of_the_whole_heading_a_requirement(text, weight):
    p = propose(text, weight, "功能")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident
    assert any("百分比按本项分值读" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("(10%) 能导出报表为 Excel 文件。", "5"),  # a share other than the 分值
    ("(5%)系统可用率达到99%以上。", "5"),  # a share inside the requirement
])
def test_shares_that_are_no_heading_of_the_points(text, weight):
    p = propose(text, weight, "功能")
    assert not any("百分比按本项分值读" in u for u in p.unplaced), p.unplaced


# ── points added and taken off per case, no base said ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "提出改进建议被采纳的加2分/次；出现差错扣2分/次",
    "提出合理化建议被采纳的加2分/次；报表出错或未按时报送的扣2分/次",
])
def test_points_added_and_taken_off_start_from_the_points(text):
    p = propose(text, "10", "工作质量")
    sole(p, "formula")
    assert [by_vars(p, *v) for v in (("0", "0"), ("1", "0"), ("0", "2"), ("1", "2"), ("0", "6"))] == D(10, 10, 6, 8, 0)
    assert not p.confident
    assert any("从几分起算" in u for u in p.unplaced), p.unplaced


def test_points_earned_per_case_beside_faults_start_from_nothing():
    p = propose("每开展1次活动得2分；每出现1次差错扣1分", "10", "活动")
    sole(p, "formula")
    assert [by_vars(p, *v) for v in (("0", "0"), ("3", "1"))] == D(0, 5)
    assert not any("从几分起算" in u for u in p.unplaced)


def test_a_base_said_is_not_added_twice():
    p = propose("基础分10分，提出建议被采纳的每次加2分；出现差错每次扣2分", "10", "工作质量")
    sole(p, "formula")
    assert [by_vars(p, *v) for v in (("0", "0"), ("0", "1"), ("1", "1"))] == D(10, 8, 10)

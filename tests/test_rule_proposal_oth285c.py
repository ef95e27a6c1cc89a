"""Wordings of 评分标准 from fiscal, public-sector, staff and school assessments a proposer missed: a target said as a
figure handed down (“完成下达指标得基本分,每低10%扣2分,扣完为止”: full marks at 100% of it, each step below it costing);
points taken off a pool named in credits or a bonus (“事假每天扣除总学分1分”, “每指标扣除软件附加分0.5分”, “扣除基本分1分”:
no more than 扣); the whole 分值 said as “(该部分)全部分数” or “全部分值” after 得 (“无抄袭现象,可获得该部分全部分数”:
满分); a score out of 100 brought to the 分值 (“按100分卷折计”) and a named scale's score brought to the 分值 said before
the verb (“评分表总分100分,按分值30分进行折算”); and a text opening on a list's mark, a space, then a figure (“2. 8次作业
满分8分,…”: the mark 2 and the figure 8, never the decimal 2.8); and a line at most in litres (“油耗控制在5升/百公里得满分,
每超出1升/百公里扣2分”); and each thing done earning its points with nothing listed (“每项活动得2分。事后提交报道,查《…》
记录”: a count, not a 要点核查 of 分值 ÷ 2 points unnamed).

Made-up texts in the style of those tables, with the scores of a few cases, and near misses that must not be read that
way or must stay to check.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, picked, readings, sole


def _value(p, value: str) -> Decimal:
    it = p.items[0]
    assert check_item(it) == []
    return score_item(it, {"value": value}).score


def _ratio(p, num: str, den: str) -> Decimal:
    it = p.items[0]
    assert check_item(it) == []
    return score_item(it, {"numerator": num, "denominator": den}).score


# ── a target handed down (下达指标), met for full marks, each step below it costing ────────────────────────────────
@pytest.mark.parametrize("text, weight, step, cost", [
    ("完成下达指标得基本分,未完成任务,按比例相应扣分,每低10%扣2分,扣完为止。", "4", "10", "2"),
    ("完成上级下达指标得基本分,每低10%扣1分,扣完为止。", "5", "10", "1"),
    ("完成县下达指标的得满分,每降低5%扣0.5分,扣完为止。", "5", "5", "0.5"),
])
def test_a_target_handed_down_met(text, weight, step, cost):
    p = propose(text, weight, "指标")
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"], params["step"], params["deduct"]) == ("100", "higher", step, cost)
    below = 100 - 2 * int(step)
    assert [_value(p, v) for v in ("100", "120", str(below), "0")] == \
        [Decimal(weight), Decimal(weight), max(Decimal(0), Decimal(weight) - 2 * Decimal(cost)), Decimal(0)]
    assert not p.confident  # the value is the share of the target reached: to check


@pytest.mark.parametrize("text, weight", [
    # the target handed down named, no “完成…得” full marks: no line
    ("下达指标完成情况,每低10%扣1分。", "5"),
    # a count short of the target, not a share of it
    ("完成下达指标得满分,每少1个扣1分,扣完为止。", "5"),
])
def test_near_misses_of_a_target_handed_down(text, weight):
    assert not any(it["type"] == "threshold" and it["params"].get("full_at") == "100"
                   for r in readings(text, weight) for it in r.items)


# ── points taken off a pool named in credits or a bonus ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("实习期间,病假每天扣除总学分0.5分,扣完为止。", "20", "0.5"),
    ("每缺1次扣除附加分1分,扣完为止。", "10", "1"),
    ("每缺1次扣除基本分1分,扣完为止。", "10", "1"),
])
def test_points_taken_off_a_named_pool(text, weight, per):
    p = propose(text, weight, "指标")
    assert sole(p, "deduction")["per"] == per
    assert [by_count(p, n) for n in ("0", "1", "2", "100")] == \
        [Decimal(weight), Decimal(weight) - Decimal(per), Decimal(weight) - 2 * Decimal(per), Decimal(0)]


@pytest.mark.parametrize("text, kept", [
    # credits counted, not points: the 学分 after the figure, nothing to take as 扣N分
    ("未修满学分的扣2学分", "扣2学分"),
    # a bonus's points added, never taken
    ("每项加附加分1分", "加附加分1分"),
])
def test_near_misses_of_a_named_pool(text, kept):
    assert kept in normalize(text)


# ── the whole 分值 said as 全部分数, 全部分值 ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("1. 如果无抄袭现象，可获得该部分全部分数。2. 如发现抄袭，当天的所有工作0分。", "3"),
    ("按要求完成,得本项全部分值;未完成的0分。", "10"),
])
def test_the_whole_points_said_in_words(text, weight):
    p = propose(text, weight, "指标")
    options = sole(p, "choice")["options"]
    assert len(options) == 2
    assert [picked(p, 0), picked(p, 1)] == [Decimal(weight), Decimal(0)]


def test_near_miss_of_the_whole_points_taken():
    # the whole 分值 taken off (扣除), never earned: the fault zeroes the row
    p = propose("未建立台账的,扣除全部分值。", "3", "指标")
    assert p.kind == "all_or_nothing"
    it = p.items[0]
    assert sorted(score_item(it, {"met": m}).score for m in (True, False)) == D(0, 3)
    assert "满分" not in normalize("未建立台账的,扣除全部分值。")


# ── a score on a scale of its own brought to the 分值 ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, full", [
    ("按100分卷折计", "25", "100"),
    ("实验评分表总分50分,按分值30分进行折算。", "30", "50"),
    ("期末考试满分100分,按30分折算。", "30", "100"),
    ("2. 8次作业满分8分，折算为期末总成绩20分。", "20", "8"),
])
def test_a_scale_brought_to_the_points(text, weight, full):
    p = propose(text, weight, "指标")
    sole(p, "rate")
    f = Decimal(full)
    assert [_ratio(p, str(f * x), full) for x in (Decimal(1), Decimal("0.5"), Decimal(0))] == \
        [Decimal(weight), Decimal(weight) / 2, Decimal(0)]


@pytest.mark.parametrize("text, weight", [
    # the points the scale is brought to are not the 分值
    ("实验评分表总分50分,按分值20分进行折算。", "30"),
    # a share, not points: what it is a share of is unsaid
    ("评分表总分100分,按30%折算。", "30"),
])
def test_near_misses_of_a_scale_brought_to_the_points(text, weight):
    assert not any(it["type"] == "rate" for r in readings(text, weight) for it in r.items)


# ── a list's mark, a space, then a figure ────────────────────────────────────────────────────────────────────────
def test_a_list_mark_before_a_figure():
    assert normalize("2. 8次作业满分8分").startswith("2、8")


@pytest.mark.parametrize("text, start", [
    ("2.5分以上得2分", "2.5"),  # a decimal: no space after its point
    ("得分 2. 5分", "得分"),  # the mark not opening the text
])
def test_near_misses_of_a_list_mark_before_a_figure(text, start):
    assert "、" not in normalize(text) and normalize(text).startswith(start)


# ── a line at most in litres (fuel), each step past it costing ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, unit", [
    ("油耗控制在8升以内得满分,每超出1升扣2分,扣完为止。", "升"),
    ("按全年统计,百公里油耗控制在8升/百公里得满分,每超出1升/百公里扣2分,扣完为止。", "升/百公里"),
])
def test_a_line_in_litres(text, unit):
    p = propose(text, "10", "油耗")
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"], params["unit"]) == ("8", "lower", unit)
    assert [_value(p, v) for v in ("6", "8", "10", "20")] == D(10, 10, 6, 0)
    assert not p.confident


def test_near_miss_of_a_line_in_litres():
    # a rise in litres with no line: never full marks at a line the text does not state, confidently
    p = propose("油耗每上升1升扣2分。", "10", "油耗")
    assert not p.confident


# ── each thing done earning its points, nothing listed, a closing note on how it is checked ─────────────────────────
@pytest.mark.parametrize("text", [
    "每项活动得2分。事后提交总结,查《工作简报》记录。",
    "每项活动得2分。",
])
def test_each_thing_done_earning_nothing_listed(text):
    p = propose(text, "6", "指标")
    params = sole(p, "formula")
    assert params["variables"][0]["unit"] == "项"
    assert [by_vars(p, n) for n in ("0", "1", "2", "5")] == D(0, 2, 4, 6)
    assert not p.confident


@pytest.mark.parametrize("text", [
    # the points listed: each is a point to tick
    "建立制度、台账完整、公示到位,每项得2分。",
    # 各: each of the points the row has, not a count of things done
    "每项措施各2分。",
])
def test_near_misses_of_each_thing_done(text):
    assert propose(text, "6", "指标").kind == "checklist"

"""Requirements of a star standard with no scoring words, and deductions for each case that zero the row at a count:

- a requirement with no score said, numbered ``1)`` — the number closed by a bracket alone (“1)有与客流量相匹配的…”,
  “3)卫生间有残疾人厕位”): the mark of a row of a list so numbered, written “(3)” as the marks of a whole list are
  (``wording._half_bracket_marks``), no figure of the requirement and no bracket left open; the requirement read as
  met or not, as a requirement alone is (``all_or_nothing._bare_requirement``), always to check;
- in such a requirement, the code of a standard kept (“符合GB50034的规定”, “符合JGJ50的要求”), a design that meets a
  standard or is adopted (“照明设计符合…标准”, “采用节能设计,”), the conditions of a building a thing is arranged by
  (“按照建筑使用条件…采取…”), the capacity or size a thing is provided by (“根据超市接纳客源能力,设置…”), and a
  surface kept level (“地面平整”): no scoring;
- grades each with its points, the last followed by a zero at the team's discretion in brackets (“…很差为4分(可视实际
  情况给0分)”): that zero a situation of its own, as after a “;” (``wording._ZERO_AT_DISCRETION``), to check;
- a deduction per bed or berth of a dormitory after its amount (“不规范的扣1分/床位”, “扣0.5分/铺位”), counted as 个
  (``deduction._AMOUNT_PER``);
- a deduction for each case closed by a count at which the row scores nothing (“每处扣1分,3处及以上不得分”, “1张…未叠的
  扣2分,3张或3张以上未叠为0分”, “(否则,扣1分/处)一次检查三处及以上为0分”): ``(max - x * a) * (1 - min(1, max(0,
  a - (n - 1))))`` over the cases (``formula._zeroed_at_count``), the deduction read as the deduction reads it; a case
  not put right at the recheck costing double (“扣1分/处,复查未修,则加倍扣分”) a second count, each costing twice the
  deduction besides it (``formula._deduction_read``), to check.

Near misses: a mark not opening the text; a zero in brackets that is no discretion; a design judged (“设计合理美观”), a
requirement scored by a count (“达到50个”), words of scoring after 根据 or 按; a zeroing count in another unit than the
deduction's, said with 以上 alone, one the deducting reaches nothing by, or zeroing by points taken off instead.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_vars, met_or_not, picked, readings, sole


# ── a requirement alone, numbered 1) ─────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, condition", [
    ("1)有与来访人数相适应的候客区", "有与来访人数相适应的候客区"),
    ("2)休息区设置直饮水设备", "休息区设置直饮水设备"),
    ("3)消防设施符合GB50016的规定", "消防设施符合GB50016的规定"),
    ("1)出入口保持畅通,不堆放杂物,符合JGJ50的要求", "出入口保持畅通,不堆放杂物,符合JGJ50的要求"),
    ("4)展厅照明设计符合建筑照明设计标准", "展厅照明设计符合建筑照明设计标准"),
    ("2)展厅应采用节能设计,满足参观者的环境要求", "展厅应采用节能设计,满足参观者的环境要求"),
    ("5)根据园区人员规模,设置必要的医务室", "根据园区人员规模,设置必要的医务室"),
    ("3)展区照明按照建筑使用条件采取分区控制措施", "展区照明按照建筑使用条件采取分区控制措施"),
    ("2)场地平整", "场地平整"),
    ("路面平整", "路面平整"),
])
def test_requirement_alone_numbered_with_a_half_bracket(text, condition):
    p = propose(text, "1", "基础设施")
    assert sole(p, "all_or_nothing")["condition"] == condition
    assert list(met_or_not(p)) == D(1, 0)
    assert not p.confident
    # the number is no figure of the requirement, its bracket no bracket left open: the only doubt is the score unsaid
    assert len(p.unplaced) == 1 and "只写了要求" in p.unplaced[0], p.unplaced


@pytest.mark.parametrize("text", [
    "2)方案设计合理美观",            # a design judged
    "1)设施数量达到50个",             # a count to reach
    "3)根据完成情况酌情给分",         # scoring words after 根据
    "2)按完成数量计分",
    "1)路线设计巧妙",
])
def test_requirement_alone_near_misses(text):
    assert not any(r.items[0]["type"] == "all_or_nothing" and r.doubts and "只写了要求" in r.doubts[0]
                   for r in readings(text, "1"))


# ── a deduction for each case, the row zeroed at a count ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("每处扣1分,3处及以上不得分", "10", ["0", "2", "3", "5"], [10, 8, 0, 0]),
    ("试卷按时批改。一张试卷未批改的扣2分,3张或3张以上未批改为0分。", "12", ["0", "1", "2", "3"], [12, 10, 8, 0]),
    ("门窗、桌椅保持完好(否则,扣1分/处)一次检查四处及以上为0分", "6", ["1", "3", "4"], [5, 3, 0]),
    ("发现一人未佩戴工作证扣0.5分,5人及以上不得分", "4", ["2", "4", "5"], [3, 2, 0]),
])
def test_deduction_zeroed_at_a_count(text, weight, counts, expected):
    p = propose(text, weight, "检查")
    sole(p, "formula")
    assert [by_vars(p, c) for c in counts] == D(*expected)


@pytest.mark.parametrize("text", [
    "每处扣1分,3人及以上不得分",      # the count in another unit than the cases'
    "每处扣1分,3处及以上扣5分",       # points taken off, not the row zeroed
    "每处扣1分,1处及以上不得分",      # the first case zeroes the row: no deduction before it
    "每处扣1分,3处以上不得分",        # 以上 alone: more than 3, or 3 and more, unsaid
    "每处扣4分,3处及以上不得分",      # the deducting has taken all by then: no zero of its own (a deduction)
])
def test_deduction_zeroed_at_a_count_near_misses(text):
    assert not any(it["type"] == "formula" and "min(1, max(0, a -" in it["params"]["expression"]
                   for r in readings(text, "10") for it in r.items)


def test_one_half_bracket_mark_opening_the_text_is_a_row_mark():
    assert normalize("3)照明设施符合规定") == "(3)照明设施符合规定"
    assert normalize("1)建立制度,得1分;2)按时上报,得1分") == "(1)建立制度,得1分;(2)按时上报,得1分"
    # a bracket closing words, a mark not opening the text, a second mark out of order: left as written
    assert normalize("设施完好(否则扣1分)") == "设施完好(否则扣1分)"
    assert normalize("照明3)设施") == "照明3)设施"


# ── the last grade, then a zero at the team's discretion in brackets ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("桌面整洁无杂物为10分;桌面有少量杂物为7分;桌面杂乱为3分(可视实际情况给0分)。", "10", [10, 7, 3, 0]),
    ("窗台干净为5分;窗台有灰尘为3分;窗台很脏为1分(视情况可给0分)", "5", [5, 3, 1, 0]),
])
def test_zero_at_discretion_after_the_last_grade(text, weight, expected):
    p = propose(text, weight, "卫生")
    options = sole(p, "choice")["options"]
    assert [picked(p, k) for k in range(len(options))] == D(*expected)
    assert not p.confident


def test_zero_in_brackets_that_is_no_discretion_is_left():
    assert normalize("桌面杂乱为3分(否则为0分)") != "桌面杂乱为3分;否则为0分"
    assert ";视情况" not in normalize("桌面杂乱为3分(视情况扣分)")


# ── a deduction per bed or berth ───────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("衣柜内物品摆放整齐,不规范的扣1分/床位。", "4", "1"),
    ("床铺整洁,不合格的扣0.5分/铺位,扣完为止", "3", "0.5"),
])
def test_deduction_per_bed(text, weight, per):
    p = propose(text, weight, "内务")
    assert sole(p, "deduction")["per"] == per
    assert any("床位" in u or "铺位" in u for u in p.unplaced)


def test_deduction_zeroed_at_a_count_with_the_recheck_doubled():
    p = propose("桌椅、门窗保持完好(否则,扣1分/处,复查未修,则加倍扣分)一次检查三处及以上为0分", "6", "设施")
    assert [v["label"] for v in sole(p, "formula")["variables"]][1].startswith("复查")
    assert [by_vars(p, "1", "0"), by_vars(p, "2", "1"), by_vars(p, "3", "0")] == D(5, 2, 0)
    assert not p.confident

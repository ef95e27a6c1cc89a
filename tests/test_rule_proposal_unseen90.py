"""Wordings of 评分标准 a proposer missed: a fault's cost said after 按 (“不整齐按每床0.5分扣分”, “按一铺位1分扣分”, the
slip “桉” for 按); one thing found at a fault named with its measure word (“不叠被子的一个床位扣5分”, “…的1名工人扣2分”); a
cost per case doubled from a count on (“每人每次扣1分,累计5次以上每次按双倍扣分”, “超过3次的加倍扣分”); and days let
pass before each one more costs (“每月请假超过2天(不含2天),每增加1天扣1分”, beside other faults).

Made-up texts in the style of dormitory, attendance and service-window sheets, with the scores of a few cases, and near
misses that must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, readings, sole


# ── a fault's cost said after 按 ────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("床单平整(4分);不平整按每床0.5分扣分。", "4", ("0", "3", "9"), D(4, 2.5, 0)),
    ("桌面整洁(2分)。杂乱按一铺位1分扣分", "2", ("0", "1", "3"), D(2, 1, 0)),
    ("地面无纸屑,发现纸屑按每处0.5分扣分", "3", ("0", "2", "7"), D(3, 2, 0)),
    ("卫生不达标按每间宿舍1分扣分", "5", ("0", "2", "6"), D(5, 3, 0)),
    ("毛巾挂放整齐(3分)。不整齐桉每床0.5分扣分。", "3", ("0", "4", "8"), D(3, 1, 0)),  # 桉: a slip of 按
])
def test_cost_after_an(text, weight, counts, expected):
    p = propose(text, weight, "指标")
    sole(p, "deduction")
    assert not p.confident  # where the deducting stops, and a measure word the unit choices lack, are to check
    assert [by_count(p, c) for c in counts] == expected


def test_the_slip_of_an_is_named():
    p = propose("毛巾挂放整齐(3分)。不整齐桉每床0.5分扣分。", "3", "指标")
    assert any("“桉”读作“按”" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("不合格按每人0.5分计分", "3"),  # points earned per person, not taken off
    ("床单平整(5分);不平整按每床0.5分扣分。", "4"),  # the heading's points are not the 分值
    ("不整齐按每床4分扣分", "3"),  # one case costs more than the 分值
])
def test_near_misses_of_cost_after_an(text, weight):
    assert not any(r.summary.startswith("逐例扣分") and "按每" in str(r.doubts) for r in readings(text, weight))
    p = propose(text, weight, "指标")
    assert p.kind != "deduction" or not p.confident


# ── one thing found at a fault, named with its measure word ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("床铺整洁,被子叠好,不叠被子的一个床位扣5分。", "40", ("0", "3", "8"), D(40, 25, 0)),
    ("未戴安全帽的1名工人扣2分", "10", ("0", "2", "5"), D(10, 6, 0)),
    ("教室灯具未关闭的一个教室扣1分", "4", ("0", "1", "4"), D(4, 3, 0)),
])
def test_one_thing_of_a_fault(text, weight, counts, expected):
    p = propose(text, weight, "指标")
    sole(p, "deduction")
    assert not p.confident  # that each further thing costs as much is read (每 left out)
    assert [by_count(p, c) for c in counts] == expected


@pytest.mark.parametrize("text, weight", [
    ("未按时上报的1个月扣1分", "3"),  # a month: a delay, not a thing found
    ("未达标的1个百分点扣1分", "3"),  # a percentage point: a rate
    ("完成的1名学员扣1分", "3"),  # no fault
])
def test_near_misses_of_one_thing(text, weight):
    assert not any(it["type"] == "deduction" for r in readings(text, weight) for it in r.items)


# ── a cost per case doubled from a count on ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    # from the 4th on (以上 read as including it): 1, 2, 3, then 2 each
    ("有下列情形之一的,每人每次扣1分,累计4次以上每次按双倍扣分。1、迟到;2、早退;3、串岗。", "12",
     ("0", "3", "4", "6"), D(12, 9, 7, 3)),
    ("上班时间玩手机每次扣0.5分,超过3次的加倍扣分", "5", ("0", "3", "4", "5"), D(5, 3.5, 2.5, 1.5)),
    ("窗口人员脱岗每次扣2分,第3次起双倍扣分,扣完为止", "10", ("0", "2", "3", "4"), D(10, 6, 2, 0)),
])
def test_doubled_from_a_count(text, weight, counts, expected):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert not p.confident  # where the doubling starts and that all cases count together are read
    assert [by_vars(p, c) for c in counts] == expected


def test_doubling_from_a_count_said_with_yishang_is_to_check():
    p = propose("上班迟到每次扣1分,累计3次以上每次按双倍扣分", "10", "指标")
    assert any("按含第 3 次读" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每次扣1分,情节严重的加倍扣分", "10"),  # doubled for a kind of case, not from a count
    ("迟到每次扣1分,累计5次以上不得分", "10"),  # the row zeroed past a count, nothing doubled
    ("违反规定的每次扣1分,累计3次以上的双倍扣分,另有其他问题扣2分", "10"),  # another fault after it
])
def test_near_misses_of_doubled(text, weight):
    assert not any(r.summary.startswith("公式计分：每") and "加倍扣分" in r.summary for r in readings(text, weight))


def test_a_doubling_leaves_no_plain_deduction():
    # the cost per case alone would score the doubled cases at their single cost
    assert not any(it["type"] == "deduction" for r in readings("迟到每次扣1分,累计5次以上每次按双倍扣分", "10") for it in r.items)


# ── days let pass, “(不含N天)”, then each one more ─────────────────────────────────────────────────────────────
def test_days_let_pass_then_each_more():
    p = propose("1、每月事假超过3天(不含3天),每增加1天扣1分;2、上班迟到的每次扣0.5分;", "10", "考勤")
    assert p.kind == "formula" and not p.confident
    assert by_vars(p, "3", "0") == 10
    assert by_vars(p, "5", "2") == 7
    assert by_vars(p, "20", "0") == 0


def test_days_let_pass_said_as_including_them_is_not_read_so():
    # “(含3天)”: the 3rd day is not let pass, against “超过3天”: to check, never read as three days free
    p = propose("1、每月事假超过3天(含3天),每增加1天扣1分;2、上班迟到的每次扣0.5分;", "10", "考勤")
    assert not p.confident
    assert "max(0, a - 3)" not in str(p.items)


# ── points in a range added for each good case, after the faults taken off ────────────────────────────────────────
def test_points_in_a_range_added_after_faults():
    text = ("窗口人员文明服务得10分。扣分如下:1、未佩戴工作牌的,每人次扣1分;2、与办事群众争吵的,每人次扣3分;"
            "3、主动提供延时服务或预约服务的,每次加1-2分")
    p = propose(text, "10", "服务规范")
    assert p.kind == "formula" and not p.confident  # the points added each time are the evaluator's
    variables = p.items[0]["params"]["variables"]
    assert variables[-1]["unit"] == "分" and "1-2分" in variables[-1]["label"]
    assert by_vars(p, "0", "0", "0") == 10
    assert by_vars(p, "2", "1", "0") == 5
    assert by_vars(p, "2", "1", "3") == 8
    assert by_vars(p, "0", "0", "4") == 10  # never past the 分值


@pytest.mark.parametrize("text", [
    # the range is a cost, not points added
    "1、未佩戴工作牌的,每人次扣1分;2、与办事群众争吵的,每人次扣3分;3、迟到的,每次扣1-2分",
    # the range's low end past its high end
    "1、未佩戴工作牌的,每人次扣1分;2、与办事群众争吵的,每人次扣3分;3、主动提供延时服务的,每次加3-1分",
])
def test_near_misses_of_points_in_a_range(text):
    assert not any("加 " in r.summary and "分内酌定" in str(r.doubts) for r in readings(text, "10"))

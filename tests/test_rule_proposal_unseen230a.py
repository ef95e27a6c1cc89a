"""Inspection and skills sheets of restaurants and public venues, whose cells the readings did not place:

- a cell of faults one a line, each line closing on “。” and its cost set apart from the fault by a semicolon
  (“无消毒剂专用柜;扣3分。消毒记录不全;扣3分。”, “…;不合格扣2分。”): the semicolon joins the fault to its own cost
  (``wording._COST_AFTER_SEMICOLON``, in ``normalize``), so the cell reads as the same faults said with a comma, each
  costing its points once;
- a short requirement of a practical task with no score said, read as met or not (``all_or_nothing._bare_requirement``,
  to check): where or how a thing is put (“汤勺摆放正确”, “桌布正面朝上”, “刀刃一律向左”, ``_PLACED``), how it is
  handled (“操作时拿杯脚”), and the figures of its placing (“距桌边2cm”, “1/3位置放在架上”, “一次到位”, “四周下垂均匀”,
  ``wording.PLACEMENT_FIGURE``), the distances left to the evaluator to check;
- each of the things laid or made held to a state, its points said per thing with no verb, in brackets after the
  requirement or before it (“刀叉距桌边2cm(每个1分)”, “每套0.5分 餐具间距相等”, “与台心三点一线(每组1分)”,
  ``wording.held_each``): the points lost for each thing not so, down to 0 (a deduction), to check — never the
  points earned per thing (``formula._each_in_brackets`` leaves it);
- a heading restating the 分值 in brackets, then the parts of the row each with its points in brackets, adding up to
  the 分值 (“三、餐前准备(6分) 检查餐具(2分)整理台面(4分)”, ``reading._heading_then_parts``): the parts read, the
  heading said back, to check;
- the deductions said to go on into a score below zero (“每超1%扣1分,扣完得负分”, “可扣至负分”,
  ``wording.BELOW_ZERO_SAID``): the rest read, the floor at 0 the rule keeps said back (``scores_signed_range``).

Near misses: parts whose points do not add up to the 分值, a heading's points other than the 分值, parts that
deduct (“…(2分)每处扣0.5分”); a floor at 0 said (“不得负分”, “不计负分”); a count to reach in brackets (“建设1-2个
(每个5分)”), a requirement of no state (“参加培训(每次1分)”, “撰写简报(每篇1分)”); a semicolon before a cost that closes
no line (“…;扣2分,…”) or in a cell without “。”; a short cell that is no requirement of placing (“效果好”, “摆放美观”),
a figure that is a count or a share to reach (“3次以上”, “达到80%”).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import _heading_then_parts
from services.scoring.rules.all_or_nothing import _PLACED, _bare_requirement
from services.scoring.rules.base import Wording
from services.scoring.rules.wording import PLACEMENT_FIGURE, held_each, normalize, scores_signed_range
from tests.proposals import D, by_count, by_vars, maxes, met_or_not, sole, ticks


# ── a fault and its cost set apart by a semicolon, the line closed by “。” ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("未设消毒间;扣3分。消毒记录不完整;扣3分。", "6", [3, 3]),
    ("地面不清洁,有污物;扣2分。洗手设施损坏;扣2分。", "4", [2, 2]),
    ("工作人员着装整洁(戴工作帽、不戴戒指);不合格扣1分。餐具消毒到位;不合格扣1分。", "2", [1, 1]),
    ("无专职卫生管理人员;扣2分。管理制度未上墙; 扣2分。", "4", [2, 2]),
])
def test_cost_set_apart_by_a_semicolon(text, weight, costs):
    t = normalize(text)
    assert ";扣" not in t and ";不合格扣" not in t
    p = propose(text, weight, "卫生管理")
    if p.kind == "checklist":
        assert [ticks(p, *(k != i for k in range(len(costs)))) for i in range(len(costs))] == \
            D(*(int(weight) - c for c in costs))
    else:
        assert p.kind in ("formula", "deduction", "all_or_nothing"), p.summary


def test_cost_of_each_fault_taking_the_whole_row():
    p = propose("无独立的更衣场所;扣5分。更衣柜不足;扣5分。", "5", "设施")
    assert p.kind == "all_or_nothing" and met_or_not(p) == (D(5)[0], D(0)[0])


@pytest.mark.parametrize("text", [
    "未设消毒间;扣3分,消毒记录不完整扣3分。",  # the cost closes no line
    "未设消毒间;扣3分;消毒记录不完整;扣3分",  # no “。” in the cell: the semicolons may end clauses
])
def test_semicolon_before_a_cost_left_as_written(text):
    assert ";扣3分" in normalize(text)


# ── a short requirement of a practical task ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "汤勺摆放正确", "茶杯位置正确", "桌布正面朝上", "刀刃一律向左", "杯柄均向右", "操作时拿杯脚",
    "操作时手拿盘边缘部分", "铺桌布一次到位,平整无褶", "桌布居中,四周下垂均匀",
])
def test_short_requirement_of_placing(text):
    p = propose(text, "2", "摆台")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (D(2)[0], D(0)[0])
    assert not p.confident


@pytest.mark.parametrize("text, figure", [
    ("刀叉距桌边2cm", "2cm"),
    ("餐碟与桌边距离1.5厘米", "1.5厘米"),
    ("茶杯位置正确,且距餐碟3cm", "3cm"),
    ("位置正确(在餐碟右侧距2cm)", "2cm"),
])
def test_distance_of_placing_left_to_check(text, figure):
    p = propose(text, "3", "摆台")
    sole(p, "all_or_nothing")
    assert not p.confident
    assert any(figure in u and "由评价组判断" in u for u in p.unplaced), p.unplaced


def test_part_of_length_placed():
    p = propose("1/3位置放在筷架上", "2", "摆台")
    sole(p, "all_or_nothing")
    assert not p.confident


@pytest.mark.parametrize("text", [
    "效果好",  # short, no placing
    "摆放美观",  # a quality weighed, not a place
    "位置合适",  # a judgement of fit, not a place said right
    "动作优美",  # how well, not how
])
def test_short_cell_not_read_as_a_requirement_of_placing(text):
    assert _PLACED.search(text) is None
    assert _bare_requirement(Wording(normalize(text), Decimal("2"), "摆台")) is None


@pytest.mark.parametrize("text", [
    "每周检查3次以上",  # a count to reach
    "合格率达到80%",  # a rate
    "每2cm扣1分",  # a step of a deduction, no distance of placing
    "长度2cm以上的每处扣1分",
])
def test_figures_not_read_as_placing(text):
    t = normalize(text)
    assert _bare_requirement(Wording(t, Decimal("2"), "摆台")) is None
    assert not [m for m in PLACEMENT_FIGURE.finditer(t) if not m.group("measure")]


# ── each thing held to a state, its points said per thing ───────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, unit, counts, expected", [
    ("刀叉距桌边2cm(每个1分)", "3", "个", ["0", "1", "4"], [3, 2, 0]),
    ("与台心三点一线(每组1分)", "2", "组", ["0", "1", "2"], [2, 1, 0]),
    ("餐巾折花摆放端正、整齐(每个0.5分)", "4", "个", ["0", "3", "10"], [4, 2.5, 0]),
    ("每个0.5分 餐碟间距基本相等", "5", "个", ["0", "2", "12"], [5, 4, 0]),
    ("每个1分 茶杯距餐碟约2cm", "2", "个", ["0", "1", "3"], [2, 1, 0]),
])
def test_each_thing_held_to_a_state(text, weight, unit, counts, expected):
    p = propose(text, weight, "摆台")
    params = sole(p, "deduction")
    assert params["unit"] == unit
    assert [by_count(p, c) for c in counts] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "示范基地建设1-2个(每个5分)",  # a count to reach
    "参加业务培训(每次1分)",  # no state of a thing
    "撰写工作简报(每篇1分)",
    "每个1分 开展宣传活动",
    "餐具距桌边2cm(每个扣1分)",  # the verb said: read by its own wording
])
def test_not_each_thing_held(text):
    found = held_each(normalize(text), Decimal("2"))
    assert found is None or not found.per_thing


# ── a heading restating the 分值, then the parts with their points ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("三、餐前准备(6分) 检查餐具(2分)整理台面(4分)", "6", [2, 4]),
    ("五.托盘服务,共三项(9分) 第一项:理盘(3分)第二项:装盘(3分)第三项:行走(3分)", "9", [3, 3, 3]),
    ("仪表仪态(5分) 着装(2分)站姿(2分)微笑(1分)", "5", [2, 2, 1]),
])
def test_heading_then_parts(text, weight, points):
    p = propose(text, weight, "服务")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert not p.confident
    assert any("读作标题及本项分值" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("三、餐前准备(6分) 检查餐具(2分)整理台面(3分)", "6"),  # the parts add up to less
    ("三、餐前准备(5分) 检查餐具(2分)整理台面(4分)", "6"),  # the heading's points no 分值
    ("三、餐前准备(6分) 检查餐具(2分)每处扣0.5分整理台面(4分)", "6"),  # a part that deducts
    ("三、餐前准备(6分) 检查餐具(6分)", "6"),  # one part only
])
def test_not_heading_then_parts(text, weight):
    assert list(_heading_then_parts(Wording(normalize(text), Decimal(weight), "服务"))) == []


# ── deductions said to go below zero ─────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, said", [
    ("每超1%扣1分,扣完得负分", "扣完得负分"),
    ("每超2%扣0.5分,可扣至负分", "可扣至负分"),
])
def test_deductions_below_zero_said(text, said):
    assert scores_signed_range(text) == said
    p = propose(text, "5", "药占比控制在核定范围内")
    assert p.kind == "formula" and not p.confident
    assert any(said in u and "低于0" in u for u in p.unplaced), p.unplaced
    assert by_vars(p, "0") == D(5)[0]


@pytest.mark.parametrize("text", ["每超1%扣1分,不得负分", "每超1%扣1分,扣完为止,不计负分"])
def test_floor_at_zero_is_no_score_below_zero(text):
    assert scores_signed_range(text) == ""

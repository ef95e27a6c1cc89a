"""Party-branch and teaching-office tables whose wordings the readings did not place:

- faults each with a minus, some with their 分 said and some bare (“换届程序不规范-1分,有拉票贿选等问题-2”): the bare
  ones read as the others are, to check (``wording._bare_minuses``, its signed points ``_SIGNED_MINUS_POINTS``); a word
  holding 分 before a minus (“受纪律处分-3分”) is no run of scores (``wording._dashes_are_minuses``), and a fault's words
  holding 记 or 得 (“记录不详细”) earn nothing;
- a requirement, its points in brackets, perhaps how it is checked, then how it is scored (“…设立支部委员会。(10分)没有
  按规定设立的扣5分。”, “…(4分)查资料。未…的扣1分。”): the scoring read, the requirement said back
  (``reading._required_then_bracketed``, ``_REQUIRED_THEN_POINTS_BRACKETED``);
- situations each in a cell of their own, its words holding commas, closed by its points in brackets (“接转及时(2分);
  接转不及时,导致关系不顺(0分)”), a count in a period telling them apart (“半年至少讲授1次(2分);一年讲授1次(1分)”, to
  check) (``choice._answers``);
- a time limit from an event, then a step of delay (“任期届满2个月内改选不扣分,每延一个月扣1分”, “…,1个月内要及时转
  组织关系,每延1个月扣1分”): the limit a grace (``delay._deadline_before``), 延 alone a delay's verb;
- a deduction per course or per major (“每门课扣0.5分”, “每更改1门扣0.1分”, “抽查1门不合格扣0.5分”, “每专业年级扣0.5
  分”) (``deduction.THING_UNITS``, ``deduction._OTHER_CASE``).

- a share's line scoring a base, a step either way (“…比例达30%可获基础分3分,每上升或下降10%,加减1分”), what is
  required said first: the step below the line read, the additions above it left out (``threshold._EITHER_WAY``);
- a rate times the 分值 quoted after 按 (“分数按“开出实验个数÷应开实验个数×10”来计算”) (``rate._QUOTED_PRODUCT``);
- a button or a key ring (“钮扣”, “钥匙扣”, “扣好”): no deduction (``wording._BUTTON``);
- a requirement naming a share it must reach, closing it, then the 分值 (“…,其比例应占…总额的3%。(3分)”): met or not
  (``all_or_nothing._SHARE_REQUIRED``);
- faults per case, then additions per case capped (“…每起扣1分。…主动查处的每起加1分,限加2分”)
  (``formula._ADDED_EACH_AFTER``);
- the row's zero said “记零分”, and the digit 1 read as the letter l (“满分为 l0 分”, “每抽到 l 件”) (``wording._OCR_ELL_FIGURE``);
- awards of rising levels each adding points, the highest past the 分值 (“院级奖励加1分,市级奖励加2分,省级奖励加3分” on 2):
  the situations, the ones past held to the 分值, to check (``choice._answers``);
- a rate's line said free of deductions, the step below it opening the next sentence beside other faults (“…到课率达70%
  以上不扣分。每下降1个百分点扣0.2分,每缺1次党课扣1分”): the rate entered, the points below the line counted
  (``formula._STATED_LINE``);
- a standard of money not reached zeroing the row (“供养标准未达1200元/人·年,不得分;…扣3分”) (``reading._RATE_SHORT``).

Near misses: a minus in a text that earns points, a range of figures, a requirement whose words score, points in brackets
that are not the 分值, cells without their points, a time limit said as a line (“2个月以内”), 延长, 门 of a word.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import minuses_bare, normalize
from tests.proposals import D, by_count, by_vars, met_or_not, picked, readings, scored, sole, ticks


# ── minuses, some bare ─────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("选举程序不规范-1分,有违规拉票问题-2", "2", [("1", "0"), ("1", "1")], [1, 0]),
    ("上报不及时-1分,内容不完整-1,未上报-2", "3", [("1", "1", "0"), ("0", "0", "1")], [1, 1]),
    ("未按时召开-2分,记录不详细、不规范-1", "4", [("1", "1")], [1]),
    ("迟到早退-1分,无故缺勤-2分,受党纪处分-3", "5", [("1", "1", "0"), ("0", "0", "1")], [2, 2]),
])
def test_minuses_some_bare(text, weight, values, expected):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert [by_vars(p, *v) for v in values] == D(*expected)
    assert not p.confident and any("未写“扣”“分”的负数" in u for u in p.unplaced)


def test_minus_per_person_beside_bare_ones():
    p = propose("未开展-2分/人,过程材料不全-1分,无总结-1", "4", "项目")
    sole(p, "formula")
    assert by_vars(p, "1", "0", "1") == D(1)[0]


@pytest.mark.parametrize("text", [
    "按时完成得2分,上报不及时-1",      # points earned beside the minus
    "完成2-3次,未完成-1分",             # a range of figures
    "上报不及时-1分,内容不完整-1次",     # a count, no cost
    "表现优秀加1分,内容不完整-1",        # points added
])
def test_minuses_bare_near_misses(text):
    assert minuses_bare(text) == ""


# ── a requirement, its points in brackets, then the scoring ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cost", [
    ("支部设置合理,党员5人以上的,设立支部委员会。(8分)没有按要求设立的扣4分。", "8", 4),
    ("2、支部任期届满,按规定换届。(6分)未经批准推迟换届的扣3分。", "6", 3),
    ("督促党员按时交纳党费;做好党费日常管理。(4分)查资料。未及时足额上缴党费的扣1分。", "4", 1),
])
def test_requirement_then_points_bracketed(text, weight, cost):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert [by_vars(p, "0"), by_vars(p, "1")] == D(weight, int(weight) - cost)
    assert not p.confident and any("要求，按其后括号内的办法评分" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("支部设置合理。(5分)没有按要求设立的扣4分。", "8"),           # the points in brackets are not the 分值
    ("完成率达90%以上。(8分)未完成的扣4分。", "8"),               # the requirement scores
    ("支部设置合理。(8分)没有按要求设立(扣4分)。", "8"),           # the scoring in a bracket of its own
])
def test_requirement_then_points_bracketed_near_misses(text, weight):
    assert not any("要求，按其后括号内的办法评分" in u for r in readings(text, weight) for u in (r.doubts or ()))


# ── situations each in its cell, commas inside ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("组织关系转接及时(3分);组织关系转接不及时,导致关系不顺(0分)", "3", [3, 0]),
    ("对不合格党员,按照有关规定,及时稳妥处置(2分);处置不及时(1分);不处置(0分)", "2", [2, 1, 0]),
])
def test_cells_with_commas_each_bracketed(text, weight, expected):
    p = propose(text, weight, "指标")
    sole(p, "choice")
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert p.confident


def test_cells_told_by_counts_in_a_period_to_check():
    p = propose("按时讲党课,书记半年至少讲授1次(3分);一年讲授1次(1分);不讲授(0分)", "3", "党课")
    sole(p, "choice")
    assert [picked(p, i) for i in range(3)] == D(3, 1, 0)
    assert not p.confident and any("次数与期间" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "转接及时,材料齐全(3分);转接不及时",                 # a cell without its points
    "转接及时(3分);转接不及时,扣1分(1分)",               # a deduction in a cell
    "完成率90%以上,按时(3分);完成率低于90%(0分)",       # a line in a cell
])
def test_cells_with_commas_near_misses(text):
    assert not any(r.items[0]["type"] == "choice" for r in readings(text, "3"))


# ── a time limit, then each month of delay ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, grace, late, expected", [
    ("支部任期届满3个月内完成换届不扣分,每延一个月扣1分(特殊情况除外)。", "3", "3", "4", 2),
    ("委员出缺2个月内增补不扣分,每延1个月扣0.5分。", "2", "2", "4", 1),
    ("党员调出,1个月内要及时转出组织关系,每延1个月扣1分。", "2", "1", "2", 1),
])
def test_time_limit_then_each_month_late(text, weight, grace, late, expected):
    p = propose(text, weight, "换届")
    params = sole(p, "delay")
    assert params["grace"] == grace and params["unit"] == "月"
    assert scored(p, {"delay": late}) == D(expected)[0]


def test_a_time_line_or_a_lengthening_is_no_grace():
    # “以内”: a line on the time a thing takes (another reading's), never this grace
    assert all(r.items[0]["params"].get("grace") != "2" for r in readings("整改在2个月以内完成,每超1个月扣1分", "3")
               if r.items[0]["type"] == "delay")
    # 延长: no delay
    assert not any(r.items[0]["type"] == "delay" for r in readings("每延长服务1个月扣1分", "3"))


# ── per course, per major ────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("严格按照教学计划执行满分,每更改1门扣0.2分。", "3", "0.2"),
    ("按时提交得满分,有超期提交或未归档的,每门课扣0.5分。", "3", "0.5"),
    ("抽查1门不合格扣0.5分。", "2", "0.5"),
    ("安排到位、资料齐全满分,未落实的每专业扣0.5分。", "2", "0.5"),
    ("资料齐全满分,未全面落实的每专业年级扣0.25分。", "2", "0.25"),
])
def test_each_course_or_major(text, weight, per):
    p = propose(text, weight, "教学")
    assert sole(p, "deduction")["per"] == per
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]


@pytest.mark.parametrize("text", [
    "门卫值班不到位扣0.5分。",          # 门 of a word
    "每部门扣0.5分,专业技术人员不足扣1分。",
])
def test_course_unit_near_misses(text):
    assert not any(r.items[0]["type"] == "deduction" and "门" in r.summary for r in readings(text, "2"))


# ── a base at a share's line, a step either way ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("(1)重视积极分子培养,队伍数量充足。积极分子比例达 40%可获基础分 4 分,每上升或下降 10%,加减 1 分。", "4",
     ["40", "30", "0"], [4, 3, 0]),
    ("谈话记录比例达60%得2分,每上升或下降10%,相应加或减1分。", "2", ["70", "50"], [2, 1]),
])
def test_base_at_line_either_way(text, weight, values, expected):
    p = propose(text, weight, "比例")
    sole(p, "threshold")
    assert [scored(p, {"value": v}) for v in values] == D(*expected)
    assert not p.confident


def test_base_at_line_either_way_near_miss():
    # a figure in the clauses before the line: no mere requirement
    assert not any(r.items[0]["type"] == "threshold"
                   for r in readings("完成5次;比例达40%得4分,每上升或下降10%加减1分", "4"))


# ── a rate times the 分值, quoted ─────────────────────────────────────────────────────────────────────────────────
def test_quoted_product_after_by():
    p = propose("满分为 10 分。 分数按“开出实验个数÷应开实验个数×10”来计算。", "10", "实验")
    sole(p, "rate")
    assert scored(p, {"numerator": "9", "denominator": "10"}) == D(9)[0]


def test_quoted_product_near_miss():
    # a product by another figure than the 分值
    assert not any(r.items[0]["type"] == "rate" for r in readings("分数按“开出实验个数÷应开实验个数×5”来计算。", "10"))


# ── a button, a key ring ─────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, n", [
    ("上班时着制服干净、整齐(1 分)钮扣全部扣好( 1 分)工牌佩戴端正( 1 分)。", "3", 3),
    ("衣着整洁(1分);纽扣齐全(1分)", "2", 2),
])
def test_buttons_are_no_deduction(text, weight, n):
    p = propose(text, weight, "着装")
    sole(p, "checklist")
    assert ticks(p, *([True] * n)) == D(weight)[0]
    assert ticks(p, False, *([True] * (n - 1))) == D(weight)[0] - 1


def test_a_deduction_beside_a_button_is_still_one():
    p = propose("着装整齐,纽扣掉1个扣1分,没穿工作服扣3分。", "5", "着装")
    assert p.kind == "formula" and "每个扣 1 分" in p.summary


@pytest.mark.parametrize("text, said", [
    ("未穿工作衣扣1分", "扣 1 分"),
    ("不穿工作衣扣除2分", "扣 2 分"),
    ("未按规定穿着工作衣扣0.5分/人次", "每人次扣 0.5 分"),
])
def test_clothes_before_a_deduction_are_no_button(text, said):
    # “衣扣” is a button only when no points follow: “工作衣” then “扣1分” is the deduction
    p = propose(text, "5", "着装")
    assert p.kind in ("formula", "deduction") and said in p.summary and "釦" not in p.summary


# ── a share required, then the 分值 ──────────────────────────────────────────────────────────────────────────────
def test_share_required_then_points():
    p = propose("2. 工作经费在年初列入当年预算,其比例应占上年度资金总额的5%。(4分)", "4", "经费")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == tuple(D(4, 0))
    assert not p.confident


def test_share_required_near_miss():
    # a share of a deduction, not a requirement
    assert not any(r.items[0]["type"] == "all_or_nothing" and "5%" in r.summary
                   for r in readings("工作经费每少5%扣1分。(4分)", "4"))


# ── faults per case, additions per case capped ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("违规问题被上级部门发现的每起扣1分。对发现问题主动查处并追究责任的每起加1分,限加2分。", "3"),
    ("被上级通报的每起扣1分;主动查处的每起加1分,最多加2分。", "3"),
])
def test_additions_per_case_capped(text, weight):
    p = propose(text, weight, "监管")
    sole(p, "formula")
    assert [by_vars(p, "2", "0"), by_vars(p, "2", "1"), by_vars(p, "3", "3")] == D(1, 2, 2)
    assert not p.confident


# ── 记零分, l for 1 ──────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "无台账者记零分,其余每抽到1件不符扣1分,直至扣完10分。",
    "满分为 l0 分。无台账者记零分,其余每抽到 l 件不符扣 1 分, 直至扣完 10 分。",
])
def test_zero_said_and_letter_ell(text):
    p = propose(text, "10", "台账")
    sole(p, "formula")
    assert "整项不得分" in p.summary and "每件扣 1 分" in p.summary
    if " l" in text:
        assert any("按 1 读" in u for u in p.unplaced)


def test_letter_ell_of_a_word_is_no_figure():
    assert "l" in normalize("使用Excel表格登记,每缺1项扣1分")


# ── a standard of money not reached zeroes the row ───────────────────────────────────────────────────────────────
def test_money_standard_not_reached_zeroes():
    p = propose("集中供养标准未达1500元/人·年,不得分;标准未经政府发文明确,扣2分。", "6", "供养")
    sole(p, "formula")
    assert "整项不得分" in p.summary and not p.confident


# ── awards of rising levels, the highest past the 分值 ───────────────────────────────────────────────────────────────
def test_awards_past_the_weight_held_to_it():
    p = propose("校级表彰加1分,市级表彰加2分,省级表彰加3分", "2", "表彰")
    sole(p, "choice")
    assert [picked(p, i) for i in range(4)] == D(2, 2, 1, 0)
    assert not p.confident and any("超过本项分值" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "校级表彰加1分,市级表彰加3分,省级表彰加2分",   # not rising
    "校级表彰加1分,省级表彰加4分",                   # none on the 分值
    "校级表彰得1分,省级表彰得3分",                   # points earned, not added
])
def test_awards_past_the_weight_near_misses(text):
    assert not any("超过本项分值" in d for r in readings(text, "2") for d in (r.doubts or ()))


# ── a rate's line free of deductions, the step in the next sentence ─────────────────────────────────────────────────
def test_line_free_then_step_beside_faults():
    p = propose("支部每年组织党课4次,党员平均到课率达80%以上不扣分。每下降1个百分点扣0.1分,每缺1次党课扣1分。", "5", "党课")
    sole(p, "formula")
    assert [by_vars(p, "85", "0"), by_vars(p, "70", "1")] == D(5, 3)
    assert not p.confident


def test_line_free_then_step_near_miss():
    # words between the line's sentence and the step: not the step of that line
    p = propose("党员平均到课率达80%以上不扣分。考勤记录每下降1个百分点扣0.1分,每缺1次党课扣1分。", "5", "党课")
    assert "低于 80%" not in p.summary

"""Wordings of deductions that are formulas of several faults, of lines against formulas, of choices against deductions
and of composite rows: a fault's own cap said “累计最多扣2分” or “最高不超过10分” right after its deduction (``min(N, …)``);
one case opening a fault's last clause after the full marks (“…得4分;不符合要求的,1件扣1分”: a deduction per case, not a
second situation); a band between two counted figures with what is taken off outside it (“字数在180-220字之间,超出或不足扣1分”);
places from the first with a span of places among them (“第1名积100分,…第4名~第10名积70分,其它队50分”: bands of rank); a
score split among its parts in a bracket of their own (“5分(字迹工整2分,数据准确3分)”) or its parts in turn as a sum after
things listed (“A、B、C清洁;5分(2+2+1)”); a quotient times the 分值 with its rounding said (“…×30;…取值至小数点后第2位,2位以后
四舍五入”: ``round(…, 2)``); years of age among faults (“平均年龄超过48周岁,每超过1岁扣3分”); a numbered part whose heading's
bracketed points its situations restate (“制定…方案(3分);完成得3分,未完成本项不得分”), and a part's zero on a condition after
its heading; cases let pass said “除第1次外”; a fault counted in blocks of several beside others (“缺勤累计每超过3天加扣2分”);
a fault's own count zeroing the row (“…发现1处扣2分,发现2处不得分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, met_or_not, picked, readings, scored, scores, sole, ticks, types


# ── a fault's own cap right after its deduction ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("抽查发现不符合要求的,每发现1次扣1分,累计最多扣3分。", "10", ["0", "2", "6"], [10, 8, 7]),
    ("垃圾未按要求分类投放的,每发现1处扣0.5分,累计最多扣2分。", "5", ["0", "3", "9"], [5, 3.5, 3]),
])
def test_one_fault_capped_short_of_the_points(text, weight, at, expected):
    """One fault counted per case, taken off up to its own cap below the 分值: no deduction per case (going on to 0)
    holds it, the formula ``max - min(N, a)`` does; the rest of the 分值 is left unsaid, so to check."""
    p = propose(text, weight, "垃圾分类")
    assert "min(" in sole(p, "formula")["expression"]
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


def test_a_fault_capped_beside_another_under_one_stop():
    p = propose("迟报每次扣1分,累计最多扣3分;漏报每次扣2分,扣完为止。", "10", "信息报送")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in (("0", "0"), ("5", "1"), ("2", "4"))] == D(10, 5, 0)
    assert p.confident


def test_a_cap_said_as_at_most_after_a_deduction():
    """“每少1次扣2分,最高不超过6分”: after a deduction the most is what that deduction takes (the score's own cap would be
    the 分值)."""
    p = propose("1.设备未正常运行的每发现1个小区扣5分;2.每月至少开展1次宣传活动,每少1次扣2分,最高不超过6分;"
                "3.分类不达标的发现1个小区扣10分,扣完为止;", "40", "运行")
    assert sole(p, "formula")["expression"] == "max - 5 * a - min(6, 2 * b) - 10 * c"
    assert [by_vars(p, *x) for x in (("0", "0", "0"), ("1", "5", "1"), ("0", "2", "0"))] == D(40, 19, 36)


def test_near_misses_of_a_deduction_cap():
    # points earned up to a most: no deduction's cap
    assert all("max -" not in str(r.items[0]["params"].get("expression", ""))
               for r in readings("每发表1篇论文加2分,最高不超过6分", "10"))
    # a cap said as the 分值: a deduction per case going on to 0
    p = propose("每发现1处不符合扣1分,累计最多扣10分", "10", "检查")
    assert sole(p, "deduction")["per"] == "1"


# ── one case opening a fault's last clause after the full marks ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("各项业务均由服务窗口统一受理,得5分;不符合要求的,1件扣1分。", "5"),
    ("对到期事项实行提醒、督办,得4分。存在到期未提醒或超时未督办的,1次扣1分。", "4"),
])
def test_one_case_after_the_full_marks_is_counted_per_case(text, weight):
    p = propose(text, weight, "窗口服务")
    assert sole(p, "deduction")["per"] == "1"
    assert [by_count(p, x) for x in ("0", "2", "9")] == D(int(weight), int(weight) - 2, 0)
    assert not p.confident


def test_one_case_costing_most_of_the_points_stays_a_situation():
    """“…得4分;…,1件扣3分”: a second case would take more than is left, so the case is one situation (to check)."""
    p = propose("资料按时报送,得4分;不符合要求的,1件扣3分", "4", "报送")
    assert types(p) == ["choice"] and not p.confident
    assert [picked(p, k) for k in range(2)] == D(4, 1)


# ── a band between two counted figures, what is taken off outside it ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("字数在600-800字之间,超出或不足扣1分。", "1", ["600", "700", "800", "599", "801"], [1, 1, 1, 0, 0]),
    ("每次培训时长在2-4小时之间,超出或不足扣1分", "2", ["3", "1", "5"], [2, 1, 1]),
    ("汇报时长在10-15分钟之间得3分,超出或低于不得分", "3", ["12", "9", "16"], [3, 0, 0]),
])
def test_a_band_with_what_is_taken_off_outside_it(text, weight, values, expected):
    p = propose(text, weight, "篇幅")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident  # whether the band holds its ends is unsaid


@pytest.mark.parametrize("text, weight", [
    ("考试成绩在80-90分之间,超出或不足扣1分", "2"),   # points as the band's unit: a score weighed, not a count
    ("字数在800-1000字之间,超出或不足扣3分", "2"),    # taking off more than the 分值
    ("字数在1000-800字之间,超出或不足扣1分", "1"),    # the band's ends the wrong way round
])
def test_near_misses_of_a_band(text, weight):
    assert "tiers" not in types(propose(text, weight, "篇幅")), text


# ── places from the first with a span of places among them ─────────────────────────────────────────────────────
def test_places_with_a_span_among_them_are_bands_of_rank():
    p = propose("比赛积分:第1名积60分,第2名积50分;并列第3名积40分,第4名~第8名积30分;其它队20分;", "60", "成绩")
    sole(p, "tiers")
    assert scores(p, ["1", "3", "8", "9"]) == D(60, 40, 30, 20)
    assert p.confident


def test_places_without_a_span_stay_situations():
    p = propose("第一名加3分、第二名加2分、第三名加1分", "3", "竞赛")
    assert types(p) == ["choice"]


# ── a score split among its parts in brackets ────────────────────────────────────────────────────────────────────
def test_a_score_split_in_a_bracket_of_its_parts():
    p = propose("台账记录清晰完整。4分(内容完整2分,字迹清楚2分)", "4", "台账")
    sole(p, "checklist")
    assert [ticks(p, *x) for x in ((True, True), (False, True), (False, False))] == D(4, 2, 0)
    assert not p.confident


def test_parts_in_turn_as_a_sum_after_things_listed():
    p = propose("办公桌、文件柜、地面整洁;5分(2+2+1)", "5", "5S")
    assert [pt["max"] for pt in sole(p, "checklist")["points"]] == ["2", "2", "1"]
    assert [ticks(p, *x) for x in ((True, True, True), (True, False, True), (False, False, True))] == D(5, 3, 1)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("台账记录清晰完整。5分(内容完整2分,字迹清楚2分)", "5"),   # the parts fall short of the score
    ("办公桌、文件柜整洁;5分(2+2+1)", "5"),                     # two things, three parts
])
def test_near_misses_of_a_split_score(text, weight):
    assert types(propose(text, weight, "台账")) != ["checklist"], text


# ── a quotient times the 分值 with its rounding said ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "评标基准价=最低投标报价,其价格分为满分;价格分=(评标基准价/投标报价)*30;价格分取值至小数点后第2位,2位以后四舍五入。",
    "满足要求且报价最低的为评标基准价,其价格分为满分;其他投标人价格分=(评标基准价/投标报价)×30(计算至小数点后两位)",
])
def test_a_price_formula_rounded_as_said(text):
    p = propose(text, "30", "价格分")
    assert sole(p, "formula")["expression"].startswith("round(")
    assert [by_vars(p, *x) for x in (("80", "80"), ("80", "100"), ("90", "110"))] == D(30, 24, 24.55)
    assert not p.confident


def test_near_misses_of_a_rounded_price_formula():
    # no rounding said: the rate of the two prices, as ever
    assert types(propose("价格分=(评标基准价/投标报价)×30", "30", "价格分")) == ["rate"]
    # a rate read otherwise keeps its remark to check
    assert types(propose("增幅低于20%的,按目标完成比例计分(计分取小数点后两位,四舍五入)。", "2", "增幅")) == ["rate"]


# ── years of age among faults ───────────────────────────────────────────────────────────────────────────────────
def test_years_of_age_past_a_line_among_faults():
    p = propose("班子不团结扣5分,班子平均年龄超过45周岁,每超过1岁扣2分,没有女委员扣3分,扣完为止", "20", "班子建设")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in (("0", "0", "0"), ("1", "2", "1"), ("0", "9", "0"))] == D(20, 8, 2)
    assert not p.confident  # where the years count from (45) is not read


# ── a numbered part: the heading's points restated, a zero on a condition after the heading ──────────────────────
def test_a_heading_restated_and_a_part_zeroed_after_its_heading():
    p = propose("1.制定年度工作方案(2分);完成得2分,未完成本项不得分。2.建立考核制度,每季度开展考核(4分);未建立考核制度的,"
                "本项不得分,建立了制度未开展考核的,扣1分,考核结果未及时通报的,每发现1次扣0.5分,扣完为止。", "6", "组织")
    assert len(p.items) == 2 and types(p)[1] == "formula"
    first = list(met_or_not(p)) if types(p)[0] == "all_or_nothing" else [picked(p, 0), picked(p, 1)]
    assert first == D(2, 0)
    variables = [v["name"] for v in p.items[1]["params"]["variables"]]
    at = [scored(p, {"vars": dict(zip(variables, x))}, 1) for x in (("1", "0", "0"), ("1", "1", "2"), ("0", "0", "0"))]
    assert at == D(4, 2, 0)
    assert not p.confident


# ── cases let pass said “除第1次外” ────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, at, expected", [
    ("同类差错除第1次外,每次扣1分,扣完为止", ["0", "1", "3", "9"], [5, 5, 3, 0]),
    ("会议迟到除前2次外,每次扣0.5分,扣完为止", ["2", "4"], [5, 4]),
])
def test_cases_let_pass_before_each_past_them(text, at, expected):
    p = propose(text, "5", "纪律")
    assert "max(0, a -" in sole(p, "formula")["expression"]
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert p.confident


def test_a_case_named_by_its_number_is_no_count_let_pass():
    # “除第3次外”: one case spared by its number, not the cases before it
    assert all("max(0, a -" not in str(r.items[0]["params"].get("expression", ""))
               for r in readings("同类差错除第3次外,每次扣1分,扣完为止", "5"))


# ── a fault counted in blocks of several beside others ─────────────────────────────────────────────────────────
def test_a_fault_counted_in_blocks_beside_others():
    p = propose("迟到、早退每次扣1分,旷工每次扣4分,病事假累计每超过2天加扣1分;", "10", "出勤")
    variables = sole(p, "formula")["variables"]
    assert variables[-1]["unit"] == "2天"
    assert [by_vars(p, *x) for x in (("0", "0", "0"), ("2", "1", "3"))] == D(10, 1)
    assert not p.confident  # a part of a block is unsaid


# ── a fault's own count zeroing the row ────────────────────────────────────────────────────────────────────────
def test_a_fault_zeroing_the_row_at_a_count_of_its_cases():
    p = propose("制度未印发的不得分;台账不全的发现1处扣1分,发现2处不得分;记录缺失的发现1处扣2分发现2处不得分。", "6", "台账")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in (("1", "0", "0"), ("1", "1", "1"), ("1", "2", "0"), ("1", "0", "2"),
                                     ("0", "0", "0"))] == D(6, 3, 0, 0, 0)
    assert not p.confident


def test_a_count_where_the_deducting_has_taken_all_adds_nothing():
    """“发现1项扣1分,发现2项不得分” on 2 points: two cases take all anyway; no zero of the count's own is written."""
    p = propose("制度未印发的,不得分;职责不明确的,发现1项扣1分,发现2项不得分。", "2", "制度")
    assert "min(1, max(0," not in sole(p, "formula")["expression"]

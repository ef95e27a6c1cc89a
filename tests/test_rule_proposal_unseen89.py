"""Composite wordings a proposer missed or read as one deduction: numbered parts each scored as a count over another
times its points (“1.…,得分为:完成项目数/项目指标数×4。2.…×3”) or as points per case capped by “最高得N分” / added per
one piece (“中央媒体报道1篇加0.5分”); points per case counted with what a case must be in brackets before its points
(“每发1篇(内容不与简报重复)得0.5分”); aspects each graded, the cost of the middle and the lowest grade said once for
all (“反响一般、社会声誉一般的,各扣1分,差的各扣2分”); base points at a line of a ratio, less per point below it, with
performance points per point above it and the ratio's formula after (“…98%得基础分4分,每降低1个百分点扣1分,最多扣4分;
每提高1个百分点得绩效分0.5分,直至1分…(计算公式为:A/B×100%)”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, picked, readings, scored, types


# ── numbered parts, each a count over another times its points (“得分为:完成数/指标数×4”) ─────────────────────────
@pytest.mark.parametrize("text, weight, maxes", [
    ("1.每个示范村按规划完成道路硬化,得分为:完成村数/计划村数×6。2.每个示范村建成污水处理设施,得分为:完成村数/计划村数×4。",
     "10", ["6", "4"]),
    ("(1)每所学校配齐心理健康教师,得分=达标学校数/学校总数×3;(2)每所学校开展心理健康课程,得分=开课学校数/学校总数×2;"
     "(3)每所学校建立心理档案,得分=建档学校数/学校总数×3", "8", ["3", "2", "3"]),
])
def test_numbered_parts_each_a_quotient_times_its_points(text, weight, maxes):
    p = propose(text, weight, "建设任务")
    assert types(p) == ["rate"] * len(maxes) and [it["max"] for it in p.items] == maxes
    assert scored(p, {"numerator": "1", "denominator": "2"}, 0) == D(int(maxes[0]) / 2)[0]
    assert scored(p, {"numerator": "3", "denominator": "3"}, 1) == D(maxes[1])[0]
    assert not p.confident


def test_near_miss_a_quotient_times_points_beside_other_points_is_no_part_of_those_points():
    # the part states its own points (得2分) besides a product: not read as the product's points
    p = propose("1.建立台账得2分,得分为:完成数/计划数×4。2.按时报送,得分为:按时数/应报数×3。", "7", "台账")
    assert not (types(p) == ["rate", "rate"] and [it["max"] for it in p.items] == ["4", "3"])


# ── numbered parts of points per case, capped by “最高得N分”, or added per one piece (“1篇加0.5分”) ─────────────────
def test_numbered_parts_of_points_per_case_capped_and_per_piece():
    p = propose("1.组织或参加市级以上展销活动,其中省级展会每次得3分;市级展会每次得1分,最高得8分。2.开展品牌宣传,其中省级媒体报道"
                "1篇加1分;市级媒体报道1篇加0.5分。最高得4分", "12", "品牌建设")
    assert types(p) == ["formula", "formula"] and [it["max"] for it in p.items] == ["8", "4"]
    assert scored(p, {"vars": {"a": "1", "b": "2"}}, 0) == D(5)[0]
    assert scored(p, {"vars": {"a": "3", "b": "0"}}, 0) == D(8)[0]
    assert scored(p, {"vars": {"a": "2", "b": "3"}}, 1) == D(3.5)[0]
    assert scored(p, {"vars": {"a": "5", "b": "0"}}, 1) == D(4)[0]
    assert not p.confident


def test_near_miss_a_part_met_once_with_points_added_by_name_stays_a_point():
    # “获省级表彰的加1分”: no count of one piece, a condition met or not, never points per piece
    p = propose("1.建立工作机制(3分)。2.获得省级表彰的加1分,最高得1分", "4", "机制")
    assert not any(it["type"] == "formula" for it in p.items), p.summary


# ── points per case counted, what a case must be in brackets before its points ─────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("在市政府门户网站每发1篇(须为原创稿件)得0.5分,满分2分", "2", ["1", "3", "6"], [0.5, 1.5, 2]),
    ("在省级以上刊物每刊登1篇(不含增刊)得1分,最多得3分", "3", ["0", "2", "5"], [0, 2, 3]),
])
def test_points_per_case_with_what_a_case_must_be_in_brackets(text, weight, at, expected):
    p = propose(text, weight, "信息宣传")
    assert types(p) == ["formula"]
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident and any("括号内" in u for u in p.unplaced)


def test_near_miss_a_bracket_with_figures_is_no_aside_of_the_case():
    # a bracket naming points of its own is another case, not what the case must be
    found = readings("在市政府门户网站每发1篇(头版2分)得0.5分,满分2分", "2", "信息宣传")
    assert not any(p.items[0]["type"] == "formula" and "0.5 * a" == p.items[0]["params"]["expression"]
                   and len(p.items[0]["params"]["variables"]) == 1 for p in found)


# ── aspects each graded, the middle and lowest grades' costs said once for all ───────────────────────────────
@pytest.mark.parametrize("text, weight, share", [
    ("服务态度一般、办事效率一般的,各扣1分,差的各扣3分", "8", "4"),
    ("群众评价一般、媒体评价一般、上级评价一般的,均扣0.5分;较差的均扣1分", "6", "2"),
    ("反映一般、口碑一般的,各扣1分,差的各扣2分。较好口碑指在辖区群众中认可度较高,有一定的美誉度。", "4", "2"),
])
def test_aspects_each_graded_each_a_choice(text, weight, share):
    p = propose(text, weight, "社会评价")
    assert set(types(p)) == {"choice"} and all(it["max"] == share for it in p.items)
    n = len(p.items)
    assert sum(picked(p, 0, i) for i in range(n)) == D(weight)[0]
    costs = [D(share)[0] - picked(p, 1, i) for i in range(n)] + [D(share)[0] - picked(p, 2, i) for i in range(n)]
    assert len(set(costs[:n])) == 1 and len(set(costs[n:])) == 1 and costs[0] < costs[n]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("服务态度一般、办事效率一般的,扣1分,差的扣3分", "8"),  # no 各: one cost for both, not each aspect graded
    ("服务态度一般、办事效率一般的,各扣3分,差的各扣5分", "8"),  # the lowest costs more than an aspect's share
    ("发生一般、较大事故的,各扣1分,重大事故的各扣3分", "8"),  # grades of incidents, counted, no grade of an aspect
])
def test_near_miss_not_aspects_each_graded(text, weight):
    found = readings(text, weight, "社会评价")
    assert not any(len(p.items) > 1 and all(it["type"] == "choice" for it in p.items) for p in found)


# ── base points at a line of a ratio, less below it, performance points above it ────────────────────────────────
def test_base_points_at_a_line_less_below_plus_performance_above_with_the_ratio_formula():
    p = propose("考核年度生猪出栏量,达到或超过前3年平均值的95%得基础分6分,每降低1个百分点扣2分,最多扣6分;每提高1个百分点得绩效分"
                "0.5分,直至2分。不足1个百分点,同比例加分或减分。(计算公式为:当年生猪出栏量/前三年平均出栏量×100%。)", "8", "生猪出栏")
    assert types(p) == ["formula"] and len(p.items[0]["params"]["variables"]) == 2
    assert [by_vars(p, a, "100") for a in ("95", "99", "100", "94", "92.5", "90")] == D(6, 8, 8, 4, 1, 0)
    assert by_vars(p, "97", "100") == D(7)[0]
    assert not p.confident


def test_base_points_at_a_line_without_the_formula_is_over_the_ratio_in_percent():
    p = propose("考核年度水产品产量,达到或超过上年产量的100%得基础分3分,每降低1个百分点扣0.5分,最多扣3分;每提高2个百分点得绩效分"
                "1分,直至2分", "5", "水产品产量")
    assert types(p) == ["formula"] and p.items[0]["params"]["variables"][0]["unit"] == "%"
    assert [by_vars(p, r) for r in ("100", "98", "104", "110", "80")] == D(3, 2, 5, 5, 0)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    # the most taken off is short of the base points: the base is not the floor the text implies
    ("考核年度粮食产量,达到或超过前3年平均值的98%得基础分4分,每降低1个百分点扣1分,最多扣2分;每提高1个百分点得绩效分0.5分,"
     "直至1分", "5"),
    # the performance points go past the 分值
    ("考核年度粮食产量,达到或超过前3年平均值的98%得基础分4分,每降低1个百分点扣1分,最多扣4分;每提高1个百分点得绩效分0.5分,"
     "直至2分", "5"),
    # a clause after them that scores otherwise
    ("考核年度粮食产量,达到或超过前3年平均值的98%得基础分4分,每降低1个百分点扣1分,最多扣4分;每提高1个百分点得绩效分0.5分,"
     "直至1分;未按时报送数据的扣1分", "5"),
])
def test_near_miss_no_base_then_performance(text, weight):
    found = readings(text, weight, "粮食产量")
    assert not any("基础分" in p.summary and "最多加" in p.summary for p in found)


# ── one requirement by kind of unit (“…重点部门…不少于6篇…;其他部门…不少于3篇…”): one count, not two faults ────────────
def test_a_requirement_for_named_units_and_for_the_others_is_one_count():
    p = propose("未建立信息报送制度扣2分;市住建局、市交通局、市水利局在市级以上媒体报道不少于6篇,每少1篇扣1分;其他部门在市级以上"
                "媒体报道不少于3篇,每少1篇扣1分;每发现1起负面报道扣2分", "12", "信息宣传")
    assert types(p) == ["formula"] and len(p.items[0]["params"]["variables"]) == 3
    assert by_vars(p, "0", "0", "0") == D(12)[0]
    assert by_vars(p, "1", "3", "1") == D(5)[0]
    assert not p.confident and any("单位类别" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    # the other units' fault is another requirement: two faults that add up
    "市住建局、市交通局在市级以上媒体报道不少于6篇,每少1篇扣1分;其他部门未按时报送信息的,每次扣1分",
    # the other units' shortfall costs otherwise: not one count
    "市住建局、市交通局在市级以上媒体报道不少于6篇,每少1篇扣1分;其他部门在市级以上媒体报道不少于3篇,每少1篇扣0.5分",
])
def test_near_miss_not_one_requirement_by_kind_of_unit(text):
    for p in readings(text, "10", "信息宣传"):
        assert not any("单位类别" in x for x in p.doubts or ())


# ── a numbered part of deductions up to its own cap, a figure of its words (a line) left to check ──────────────────
def test_a_part_of_deductions_up_to_its_cap_with_a_line_in_its_words_is_kept():
    text = ("1.遵守劳动纪律,违反1次扣0.5分,累计扣分不超过3分。2.参加岗位培训,参训人数需达到职工总数的30%,少1人扣0.5分,培训期间"
            "被通报的,每人次扣0.5分,累计扣分不超过2分")
    # (a reading of the whole text as one formula may rank before it: both are to check)
    parts = [p for p in readings(text, "5", "纪律与培训")
             if [it["type"] for it in p.items] == ["deduction", "formula"] and [it["max"] for it in p.items] == ["3", "2"]]
    assert len(parts) == 1
    p = parts[0]
    assert scored(p, {"count": 2}, 0) == D(2)[0]  # type: ignore[arg-type]
    assert scored(p, {"vars": {"a": "1", "b": "1"}}, 1) == D(1)[0]  # type: ignore[arg-type]
    assert scored(p, {"vars": {"a": "3", "b": "2"}}, 1) == D(0)[0]  # type: ignore[arg-type]
    assert any("30" in x for x in p.doubts or ())
    assert not propose(text, "5", "纪律与培训").confident


def test_near_miss_a_part_with_a_line_and_no_cap_of_its_own_is_not_kept_so():
    # no cap closing the part: its points are not said, and the line's figure is no deduction's
    found = readings("1.遵守劳动纪律,违反1次扣0.5分,累计扣分不超过3分。2.参训人数需达到职工总数的30%,少1人扣0.5分,被通报的每人次"
                     "扣0.5分", "5", "纪律与培训")
    assert not any(any("此部分的数值未用于规则" in x for x in p.doubts or ()) for p in found)

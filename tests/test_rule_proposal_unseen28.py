"""Scoring clauses of unseen tables, read where they are written otherwise than the readings knew: points given with
给 and the full points said in brackets after 满分 (“…的给满分(2分),否则不给分”, “…的给0.5分”); a line on a percentage
said by 以上 after its figure, with no comparison word before it, and its breach said as “未达到的” (“…25%(含25%)以上的
给满分(20分),未达到的不给分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, met_or_not, picked, readings, scored, scores, sole, ticks, types


# ── points given with 给, the full points in brackets: “…的给满分(2分),否则不给分” ───────────────────────────────
@pytest.mark.parametrize("text, weight, condition", [
    ("建立项目管理台账的给满分(2分),否则不给分;", "2", "建立项目管理台账"),
    ("领导重视,成立工作专班的给满分(1分),否则不给分。", "1", "领导重视,成立工作专班"),
    ("按时报送年度总结的得满分(1.5分),否则不得分", "1.5", "按时报送年度总结"),
])
def test_full_points_given_in_brackets(text, weight, condition):
    p = propose(text, weight, "管理")
    assert sole(p, "all_or_nothing")["condition"] == condition
    assert p.confident
    assert met_or_not(p) == (Decimal(weight), 0)


def test_full_points_given_with_no_figure():
    p = propose("资金拨付手续完备的,给满分;否则不给分", "3", "管理")
    assert types(p) in (["all_or_nothing"], ["choice"])  # a choice between the 分值 and 0 is the same yes/no
    assert p.confident
    assert ((picked(p, 0), picked(p, 1)) if types(p) == ["choice"] else met_or_not(p)) == (3, 0)


@pytest.mark.parametrize("text, weight, firsts", [
    ("工作方案科学合理的给满分(3分),否则不给分;宣传到位的给满分(2分),否则不给分;", "5", ["3", "2"]),
    ("台账齐全的给满分(1分),否则不给分;档案整洁、分类清楚的给满分(1分),否则不给分", "2", ["1", "1"]),
])
def test_parts_each_given_their_full_points(text, weight, firsts):
    p = propose(text, weight, "管理")
    assert types(p) == ["all_or_nothing"] * len(firsts)
    assert [it["max"] for it in p.items] == firsts
    assert sum(Decimal(it["max"]) for it in p.items) == Decimal(weight)
    assert [met_or_not(p, i) for i in range(len(firsts))] == [(Decimal(x), 0) for x in firsts]


def test_parts_given_points_one_of_them_a_choice():
    p = propose("场地干净的给满分(1分),不干净的不给分;器材齐全的给满分(2分),器材不全的给1分,没有器材的不给分;", "3", "设施")
    assert types(p) == ["choice", "choice"]
    assert [picked(p, r, 1) for r in range(3)] == [2, 1, 0]
    assert [picked(p, r, 0) for r in range(2)] == [1, 0]


def test_points_given_to_a_list_that_adds_up():
    p = propose("有考勤制度和请假制度的给满分(2分),没有的不给分;定期开展业务培训的给满分(1分)。", "3", "制度")
    assert types(p) == ["checklist"]
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["2", "1"]
    assert not p.confident  # the second point has no zero said: to check


def test_given_is_written_as_scored():
    assert normalize("修剪不整齐的给0.5分,没有修剪的不给分") == "修剪不整齐的得0.5分,没有修剪的不得分"
    assert normalize("按时完成的给予2分") == "按时完成的得2分"
    assert normalize("全部完成的给满分(4分),否则不给分") == "全部完成的得4分,否则不得分"
    assert normalize("全部完成的给满分(4分)") == "全部完成的得满分(4分)"  # closing the text: the row's 分值, as written
    assert normalize("物资补给3次") == "物资补给3次"  # 补给 is a supply, not points given


@pytest.mark.parametrize("text, weight", [
    ("视完成情况酌情给2分", "2"),  # judgement: never sure
    ("有管理制度的给满分(5分),否则不给分", "3"),  # the points in brackets are not the 分值: to check
])
def test_given_points_near_misses_are_not_sure(text, weight):
    assert not propose(text, weight, "管理").confident


# ── a line said by 以上 after its figure: “…25%(含25%)以上的给满分(20分),未达到的不给分” ───────────────────────────
@pytest.mark.parametrize("text, weight, line", [
    ("绿地率30%(含30%)以上的给满分(10分),未达到的不给分。", "10", "30"),
    ("档案归档率95%以上的得满分,达不到的不得分", "5", "95"),
    ("群众满意度调查满意率80%及以上的得4分,未达到的不得分", "4", "80"),
    ("合格率达到90%以上得3分,未达到的不得分", "3", "90"),
    ("服务对象占辖区总人口的60%以上的,得2分;否则不得分", "2", "60"),
])
def test_a_line_said_after_its_figure(text, weight, line):
    p = propose(text, weight, "覆盖率")
    sole(p, "tiers")
    x = Decimal(line)
    assert scores(p, [x + 5, x, x - Decimal("0.5")]) == D(weight, weight, 0)  # 以上 and (含) both hold the line


@pytest.mark.parametrize("text, weight", [
    ("覆盖率90%得5分,否则不得分", "5"),  # no side said: a value, not a line
    ("比上年增长10%以上的得5分,未达到的不得分", "5"),  # a growth against last year: not a line on the value
    ("差错率低于2%以上的得2分,未达到的不得分", "2"),  # a side said before and after
    ("覆盖率25%以上的得10分,未达到的不得分", "20"),  # the points are not the 分值
])
def test_line_after_its_figure_near_misses(text, weight):
    assert not any(it["type"] == "tiers" for found in readings(text, weight) for it in found.items)


# ── bands of a named rate, each its deduction: “故障率3%~6%,扣0.5分;故障率6%~10%,扣1分” ─────────────────────────
@pytest.mark.parametrize("text, weight, values, want", [
    ("故障率3%~6%，扣0.5分；故障率6%~10%，扣1分。", "3", ["1", "4.5", "8"], ["3", "2.5", "2"]),
    ("返修率2%-4%扣1分;4%-8%扣2分", "4", ["0", "3", "5"], ["4", "3", "2"]),
    ("投诉率在1%~2%的,扣1分;在2%~5%的,扣2分;超过5%的,不得分", "4", ["0.5", "1.5", "3", "9"], ["4", "3", "2", "0"]),
    ("合格率90%-95%,扣1分;80%-90%,扣2分", "4", ["98", "92", "85"], ["4", "3", "2"]),  # falling: the 分值 above
])
def test_bands_of_a_named_rate_each_with_its_deduction(text, weight, values, want):
    p = propose(text, weight, "运行管理")
    sole(p, "tiers")
    assert not p.confident  # where a shared end falls is unsaid
    assert scores(p, values) == D(*want)


@pytest.mark.parametrize("text, weight", [
    ("故障率3%~6%,扣2分;故障率6%~10%,扣1分", "4"),  # a worse band costing less
    ("故障率3%~6%,扣1分;返修率6%~10%,扣2分", "4"),  # two rates
    ("3%~6%,扣1分;6%~10%,扣2分", "4"),  # no rate named
    ("故障率3%~5%,扣1分;故障率6%~10%,扣2分", "4"),  # a gap between the bands
    ("故障率3%~6%,扣1分;故障率6%~10%,扣5分", "4"),  # a deduction past the 分值
])
def test_bands_of_a_named_rate_near_misses(text, weight):
    assert not any(it["type"] == "tiers" for found in readings(text, weight) for it in found.items)


# ── a count from none, each one more costing the same: “停产天数每增加1天扣0.5分” ──────────────────────────────────
@pytest.mark.parametrize("text, weight, unit, per", [
    ("停运天数每增加1天扣0.5分,因检修报备的天数不扣分", "15", "天", "0.5"),
    ("设备停机天数每增加1日,扣1分", "10", "天", "1"),
    ("群众有效投诉每增加1起扣2分", "10", "起", "2"),
    ("安全事故每多一次扣3分", "9", "次", "3"),
])
def test_a_count_from_none_each_one_more_a_deduction(text, weight, unit, per):
    p = propose(text, weight, "运行")
    assert sole(p, "deduction") == {"per": per, "unit": unit}
    assert not p.confident  # from none is not said, nor where the deductions stop
    assert [scored(p, {"count": c}) for c in ("0", "2", "100")] == [Decimal(weight), Decimal(weight) - 2 * Decimal(per), 0]


@pytest.mark.parametrize("text, weight", [
    ("事故率每增0.02次,扣3分", "12"),  # a rate's step, not one case: a line at none (threshold)
    ("每增加1个百分点扣1分", "10"),  # a share
    ("停产天数每增加1天扣20分", "15"),  # one day costs more than the 分值
])
def test_a_count_from_none_near_misses(text, weight):
    assert not any(it["type"] == "deduction" for found in readings(text, weight) for it in found.items)


# ── a special case closing the text after a comma: “…扣2分,若无签名确认视为无效记录” ─────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("无值班制度扣2分,无值班记录扣2分,若记录无负责人签字视为无记录。", "4", ["2", "2"]),
    ("未建立台账扣3分,台账不全扣1分,如无经办人签名视同未建立", "4", ["3", "1"]),
])
def test_a_special_case_after_a_comma_is_set_aside(text, weight, points):
    p = propose(text, weight, "管理")
    assert types(p) in (["checklist"], ["formula"])
    assert not p.confident
    if types(p) == ["checklist"]:
        assert [pt["max"] for pt in p.items[0]["params"]["points"]] == points
    assert any("说明或特殊情形" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("无值班制度扣2分,无值班记录扣2分,若记录不全扣1分", "4"),  # a third fault, not a special case
    ("无值班制度扣2分,若无记录视为扣2分", "4"),  # the case scores
])
def test_a_special_case_after_a_comma_near_misses(text, weight):
    assert not any("说明或特殊情形" in u for u in propose(text, weight, "管理").unplaced)


# ── levels each adding their points: “在省、市、县得到肯定的,分别加5分、3分、2分” ─────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("经验做法在省、市、县得到推广的,分别加5分、3分、2分", "10", ["5", "3", "2"]),
    ("工作有特色,典型经验在省、市县得到肯定和推广的,分别加4分、2分、1分。", "7", ["4", "2", "1"]),
    ("被国家级、省级、市级媒体报道的,分别得3分、2分、1分", "6", ["3", "2", "1"]),
])
def test_levels_each_adding_their_points(text, weight, points):
    p = propose(text, weight, "创新")
    sole(p, "checklist")
    assert not p.confident  # whether only the highest level counts is not said
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == points
    assert ticks(p, True, False, False) == Decimal(points[0])
    assert ticks(p, False, True, False) == Decimal(points[1])
    assert ticks(p, False, False, False) == 0


@pytest.mark.parametrize("text, weight", [
    ("获得省级、市级、县级表彰的,分别得5分、3分、2分", "5"),  # the best is the 分值: one level counts (a choice)
    ("有方案、有台账、有总结的,分别得5分、3分、2分", "10"),  # no levels
    ("在省、市、县得到肯定的,分别加5分、3分", "8"),  # two amounts for three levels
])
def test_levels_each_adding_their_points_near_misses(text, weight):
    assert not any(it["type"] == "checklist" for found in readings(text, weight) for it in found.items)


# ── a numbered part naming two faults before its points: “(2)A的;B的,扣2分;(3)…” ──────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("(1)未设置警示标志的,扣1分;(2)护栏有缺损的;扶手松动,影响通行安全的,扣2分;(3)照明设施损坏的,扣1分。", "4", ["1", "2", "1"]),
    ("(1)台账缺失的,扣2分;(2)记录不全;签字不规范的,扣1分", "3", ["2", "1"]),
])
def test_a_numbered_part_naming_two_faults(text, weight, points):
    p = propose(text, weight, "安全")
    sole(p, "checklist")
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == points
    assert ticks(p, *[True] * len(points)) == Decimal(weight)
    assert ticks(p, True, False, *[True] * (len(points) - 2)) == Decimal(weight) - Decimal(points[1])


def test_numbered_parts_each_scoring_are_left_as_written():
    text = "(1)台账齐全的得2分;资料规范的得1分;(2)记录完整的得1分"
    assert normalize(text) == text  # every sentence scores: no stop is read as a comma
    situations = "(1)方案完整;程序规范;得5分;(2)方案缺失;得1分"
    assert normalize(situations) == situations  # a paragraph closed by its score is a situation, not faults
    assert normalize("(2)记录不全;签字不规范的,扣1分") == "(2)记录不全;签字不规范的,扣1分"  # one number: not a list of parts

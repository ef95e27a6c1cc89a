"""Wordings a proposer found no reading of at all: the full marks named before their figure (“…比例达到100%的,得满分10分”);
one case of a fault said as 一起 or 1起 before its deduction (“录入超期限办案一起扣0.5分”); a requirement that only rules
cases out, with no word of its score (“无无故迟到、早退情况。”, “不存在…骗取评审专家资格的情形。”); a requirement with a count
in it, then its denial costing the whole 分值 (“每学年至少组织一次…活动,未开展…的扣5分”); one fault on a row of 100 with
an aside naming the standard it is kept by (“未按要求设立检查站(按七个一标准)的扣5分”); a rate named, when it is taken
and the 分值 after it (“年底,根据整改率得分,满分2分”); the work done scored in proportion (“…完成情况按比例给分”); in older
texts, a requirement and its 总分 (“…完成率不低于50%。总分2分。”), base points all taken when the indicator's requirement
is not met (“单项基准2分,不符合要求,该单项基准分扣完为止”), one item missed for one person (“1项1人次未安排扣1分”), a sum
collected in full, the share lowered in proportion (“按政策全额征收上交记15分。降低比例的按比例记分。该征收不去征收的,不记分。”),
a fault costing a range of points whose least is the whole 分值 (“不能满足扣 2-5分” on 2), one person found at a fault named by
who they are (“课堂上有一教师或者学生用方言扣0.5分”), each one short of a task taking its share (“验收不过关少一人按比例扣分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, met_or_not, sole


# ── the full marks named before their figure (“…的,得满分10分”) ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("在接警后24小时内完成网上审批比例达到100%的,得满分10分。", "10"),
    ("档案资料齐全的,计满分5分", "5"),
    ("按时报送年度报告的，得满分为三分。", "3"),
])
def test_full_marks_named_before_their_figure(text, weight):
    p = propose(text, weight, "审批")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


def test_full_marks_and_their_figure_are_one_statement_of_the_points():
    # the 满分 and its figure say the 分值 once: no “more points than the rule holds”
    p = propose("办理比例达到100%的,得满分15分,录入超期限办案每起扣0.5分。", "15", "办案")
    assert sole(p, "deduction")["per"] == "0.5"
    assert not any("能容纳的多" in u for u in p.unplaced), p.unplaced


def test_near_miss_full_marks_of_another_figure_are_no_requirement_met():
    p = propose("审批比例达到100%的,得满分8分。", "10", "审批")
    assert p.kind != "all_or_nothing" or not p.confident


# ── one case of a fault said as 一起 or 1起 before its deduction (“…办案一起扣0.5分”) ────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("录入超期限办案一起扣0.5分。", "15", "0.5"),
    ("超期办结1起扣1分", "10", "1"),
    ("案件受理比例达到100%的,得满分15分,录入超期限办案一起扣0.5分。", "15", "0.5"),
    ("群众投诉查实一起，扣二分", "10", "2"),
])
def test_one_case_said_as_yi_qi_is_a_deduction_per_case(text, weight, per):
    p = propose(text, weight, "办案")
    assert sole(p, "deduction")["per"] == per and sole(p, "deduction")["unit"] == "起"
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]
    assert not p.confident  # that each further case costs as much is read, not said


@pytest.mark.parametrize("text", [
    "与其他单位一起扣分",  # 一起 as together, no figure
    "会同有关部门一起开展检查",
])
def test_near_miss_yi_qi_as_together(text):
    p = propose(text, "10", "检查")
    assert p.kind != "deduction"


# ── a requirement that only rules cases out, no word of its score (“无无故迟到、早退情况。”) ──────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("无无故迟到、早退情况。", "5"),
    ("无故意隐瞒个人情况,无不执行主动回避制度情形。", "10"),
    ("不存在提供不实信息、伪造履历等方式骗取评审专家资格的情形", "5"),
    ("无因技术评审意见有重大过失,造成严重后果的情形。", "5"),
    ("遵守评审纪律,接受评审任务后无正当理由不参加评审活动,且未及时告知组织单位情况。", "10"),
    ("没有擅自离岗、脱岗情况", "3"),
])
def test_a_requirement_ruling_cases_out_is_met_or_not(text, weight):
    p = propose(text, weight, "评审纪律")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), Decimal(0))
    assert not p.confident and any("未说明计分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "熟悉项目评审资料。",  # a quality the team weighs
    "评审意见专业实在中肯,不讲空话套话。",
    "提出的评审意见能节约投资成本或避免经济损失",
    "检查资金使用情况",  # a state of the work judged
    "未按时完成的任务情况",  # no case ruled out: the state of what is not done
    "无违规情况,按完成情况评分",  # scored by how much is done
    "评审结果为优秀",
])
def test_near_miss_qualities_and_states_stay_judged(text):
    p = propose(text, "5", "评审")
    assert p.kind == "judgement", p.summary


# ── a requirement with a count in it, then its denial costing the whole 分值 (“每学年至少组织一次…,未开展…的扣5分”) ─────────
@pytest.mark.parametrize("text, weight", [
    ("每学年至少组织一次垃圾分类主题宣传教育活动,未开展主题宣传教育的扣5分", "5"),
    ("每月至少开展两次安全巡查，未开展巡查的扣3分。", "3"),
    ("每年至少召开1次专题会议,没有召开的扣除2分", "2"),
])
def test_a_requirement_then_its_denial_taking_the_whole_points(text, weight):
    p = propose(text, weight, "宣传教育")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), Decimal(0))
    assert not p.confident and any("条件中的数值" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每学年至少组织一次宣传活动,未开展的扣2分", "5"),  # less than the 分值: no all or nothing
    ("每月开展巡查,发现1处问题扣3分", "3"),  # a case counted, not the requirement denied
])
def test_near_miss_no_requirement_denied_for_the_whole_points(text, weight):
    p = propose(text, weight, "巡查")
    assert p.kind != "all_or_nothing" or not p.confident


# ── one fault on a row of 100, an aside naming the standard it is kept by (“…检查站(按七个一标准)的扣5分”) ─────────────────
@pytest.mark.parametrize("text", [
    "秸秆禁烧重点时期未按要求设立检查站(按七个一标准)的扣5分。",
    "未按规定设置宣传栏(按照省定标准)的,扣5分",
    "汛期未落实值班制度（按三个到位要求）的扣5分",
])
def test_one_fault_with_an_aside_of_its_standard_is_taken_once(text):
    p = propose(text, "100", "检查站设立")
    assert p.kind == "formula" and not p.confident
    assert by_vars(p, "0") == 100 and by_vars(p, "1") == 95
    assert any("(按" in u for u in p.unplaced), p.unplaced


def test_near_miss_an_aside_that_scores_stays_unread():
    p = propose("未按要求设立检查站(按每个扣1分)的扣5分。", "100", "检查站")
    assert not p.confident


# ── a rate named, when it is taken and the 分值 after it (“年底,根据整改率得分,满分2分”) ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, rate", [
    ("年底,根据整改率得分,满分2分。", "2", "整改率"),
    ("年末，按隐患整改率计分，满分为5分", "5", "隐患整改率"),
    ("根据资金到位率得分;分值3分", "3", "资金到位率"),
])
def test_a_rate_named_with_the_points_after_it(text, weight, rate):
    p = propose(text, weight, "整改")
    assert sole(p, "rate")["value_label"] == rate
    assert not p.confident


@pytest.mark.parametrize("text", [
    "根据整改率得分,满分3分。",  # another 分值 than the row's
    "年底,根据整改率得分,每低1%扣0.1分",
])
def test_near_miss_a_rate_with_other_points(text):
    p = propose(text, "2", "整改")
    assert p.kind != "rate" or not p.confident


# ── the work done, scored in proportion (“…完成情况按比例给分”) ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "查看平台,每季度档案核查完成情况按比例给分",
    "随访任务完成情况按比例得分",
    "培训计划完成情况按实际比例计分。",
])
def test_work_done_scored_in_proportion(text):
    p = propose(text, "10", "档案核查")
    sole(p, "completion")
    assert not p.confident or "给分" not in text


def test_near_miss_a_state_scored_otherwise():
    p = propose("档案核查完成情况按等次给分", "10", "档案核查")
    assert p.kind != "completion"


# ── a requirement and its 总分 (“…完成率不低于50%。总分2分。”) ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("开展特种载体档案数字化工作,完成率不低于50%。总分2分。", "2"),
    ("建立健全档案管理制度;总分为3分", "3"),
])
def test_a_requirement_and_its_total(text, weight):
    p = propose(text, weight, "档案")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), Decimal(0)) and not p.confident


def test_near_miss_a_total_of_another_figure():
    p = propose("建立健全档案管理制度;总分5分", "3", "档案")
    assert p.kind != "all_or_nothing" or not p.confident


# ── base points all taken when the indicator's requirement is not met (“单项基准2分,不符合要求,该单项基准分扣完为止”) ──────
@pytest.mark.parametrize("text, weight", [
    ("单项基准2分,不符合要求,该单项基准分扣完为止。", "2"),
    ("基础分3分，不达标的，扣完基础分", "3"),
    ("本项标准分1.5分;达不到要求的标准分全扣", "1.5"),
])
def test_base_points_taken_when_the_requirement_fails(text, weight):
    p = propose(text, weight, "统一标识")
    assert sole(p, "all_or_nothing")["condition"] == "统一标识"
    assert met_or_not(p) == (Decimal(weight), Decimal(0)) and not p.confident


@pytest.mark.parametrize("text", [
    "单项基准2分,不符合要求,每项扣0.5分",  # a deduction per case, not the base taken
    "基础分3分,不达标的扣完基础分",  # base points of another figure than the 分值 (2)
])
def test_near_miss_base_points_not_all_taken(text):
    p = propose(text, "2", "统一标识")
    assert p.kind != "all_or_nothing" or not p.confident


# ── one item missed for one person (“1项1人次未安排扣1分”) ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "检查职业病病人治疗、定期检查和康复记录,1项1人次未安排扣1分",
    "核查体检记录，1类1人次未体检扣1分",
    "1人次未按期复查扣1分",
])
def test_one_item_for_one_person_is_per_person_time(text):
    p = propose(text, "3", "康复")
    assert sole(p, "deduction") == {"per": "1", "unit": "人次"}
    assert by_count(p, "2") == 1


# ── a sum collected in full, the share lowered in proportion (“…全额征收上交记15分。降低比例的按比例记分。…不记分。”) ───────
@pytest.mark.parametrize("text, weight", [
    ("依法催收社会抚养费,按政策全额征收上交记15分。降低比例的按比例记分。该征收不去征收的,不记分。", "15"),
    ("按规定全额征收上交计10分，降低比例的按比例计分", "10"),
    ("全额拨付配套资金的得满分;少拨的按比例计分;未拨付的,不得分", "4"),
])
def test_in_full_then_the_share_lowered(text, weight):
    p = propose(text, weight, "征收")
    assert sole(p, "rate")["cap"] is True and not p.confident


def test_near_miss_situations_without_a_share_stay_situations():
    # no sentence scoring in proportion: the situations, read as before
    p = propose("按政策全额征收上交记15分。该征收不去征收的,不记分。", "15", "征收")
    assert p.kind == "choice"


# ── a fault costing a range of points whose least is the whole 分值 (“不能满足扣 2-5分” on 2) ──────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("不能满足扣 2-5分", "2"),
    ("经费不能保证的扣3～5分", "3"),
    ("用房不达标扣2至4分", "1"),
])
def test_a_range_taking_at_least_the_whole_points(text, weight):
    p = propose(text, weight, "用房")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), Decimal(0)) and not p.confident


@pytest.mark.parametrize("text", [
    "资料不全的扣1-3分",  # the least less than the 分值: how much, the team judges
    "资料不全的扣2-3分",
])
def test_near_miss_a_range_below_the_whole_points_is_judged(text):
    p = propose(text, "3", "资料")
    assert p.kind != "all_or_nothing"


# ── one person found at a fault, named by who they are (“课堂上有一教师或者学生用方言扣0.5分”) ──────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("普通话成为教学语言,所有课程均使用普通话,6分,课堂上有一教师或者学生用方言扣0.5分。", "6", "0.5"),
    ("有一学生未穿校服扣0.2分", "2", "0.2"),
    ("检查中发现一职工未持证上岗的,扣1分", "5", "1"),
])
def test_one_person_found_is_per_person_time(text, weight, per):
    p = propose(text, weight, "教学语言")
    assert sole(p, "deduction") == {"per": per, "unit": "人次"} and not p.confident
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]


@pytest.mark.parametrize("text, weight", [
    ("有一教师迟到扣1分", "1"),  # the one case takes the whole 分值: not per person
    ("有一教师团队获奖加1分", "3"),  # points added, not taken
])
def test_near_miss_one_person_not_a_deduction_per_person(text, weight):
    p = propose(text, weight, "教学")
    assert not (p.kind == "deduction" and sole(p, "deduction").get("unit") == "人次")


# ── each one short of a task taking its share (“验收不过关少一人按比例扣分”) ───────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "能够按照乡下达的任务,及时组织人员参加培训,并接受上级验收过关,验收不过关少一人按比例扣分。",
    "建档任务缺1户的按比例扣分",
    "少一名按比例扣分",
])
def test_one_short_of_the_task_takes_its_share(text):
    p = propose(text, "10", "培训")
    sole(p, "completion")
    assert not p.confident


def test_near_miss_one_short_costing_points_is_a_deduction():
    p = propose("验收不过关每少1人扣1分", "10", "培训")
    assert sole(p, "deduction")["per"] == "1"

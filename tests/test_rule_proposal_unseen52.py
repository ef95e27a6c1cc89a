"""Wordings that fell back to judgement though their rule is plain: a deduction per case counted in a measure word of
its own (“每发现一单”, “一床不按要求”), a stop at a figure with its 为 left out (“扣完15分止”), and the amount per case
said before the verb (“均按每人0.2分扣除”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize, points_added
from tests.proposals import D, by_count, by_vars, met_or_not, picked, ratio, scored, scores, sole


# ── a case counted in a measure word of its own: “每发现一单…扣2分”, “一床不按要求扣5分” ─────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("1、每发现一单违规批退的扣2分", "10", "2"),
    ("每出现一单错发、漏发,扣1分,扣完为止", "5", "1"),
    ("发现1单虚假承保的扣3分;", "9", "3"),
    ("被子应折叠成方块放在中央。一床不按要求扣5分,扣完15分止;", "15", "5"),
    ("每床内务不整洁扣0.5分,扣完为止", "3", "0.5"),
])
def test_a_case_in_a_measure_word_of_its_own(text, weight, per):
    p = propose(text, weight, "管理")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert not p.confident  # the count is entered as 个: the unit choices do not name the word
    assert by_count(p, "0") == Decimal(weight) and by_count(p, "1") == Decimal(weight) - Decimal(per)


@pytest.mark.parametrize("text", [
    "每单位扣2分",            # 单位: an agency, never an order counted
    "每单项工作未完成扣1分",  # 单项: one item of work, no order
])
def test_near_miss_dan_of_another_word_is_no_order(text):
    p = propose(text, "5", "管理")
    if p.kind == "deduction":
        assert "单" not in p.summary


def test_one_dan_of_another_word_is_no_numeral():
    assert "1单" not in normalize("同一单位每发现一处问题扣1分")
    assert "1单" not in normalize("建立一单位一档案")


def test_a_stop_at_another_figure_is_to_check():
    p = propose("一床不按要求扣5分,扣完10分止;", "15", "内务")
    sole(p, "deduction")
    assert not p.confident and any("扣完10分为止" in u for u in p.unplaced)


# ── the amount per case said before the verb: “…的按每人0.5分扣除”, “均按每人0.2扣除” ─────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("单节内动作错误的按每人0.5分扣除,扣完为止。", "4", "0.5", "人"),
    ("迟到的按每人次1分扣减,扣完为止", "5", "1", "人次"),
    ("物品摆放不整齐的,一律按每处0.5分扣除,扣完为止", "3", "0.5", "处"),
])
def test_amount_per_case_before_the_verb(text, weight, per, unit):
    p = propose(text, weight, "检查")
    params = sole(p, "deduction")
    assert (params["per"], params["unit"]) == (per, unit)
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)


def test_amount_per_case_before_the_verb_no_fen_no_stop_is_to_check():
    p = propose("手掌面不干净的、指甲未剪短的均按每人0.2扣除。", "1", "卫生")
    params = sole(p, "deduction")
    assert params["per"] == "0.2" and not p.confident


@pytest.mark.parametrize("text", [
    "按每人0.5分计算,满分5分",  # the points earned per person, never taken off
    "按每人0.5分计分",
])
def test_near_miss_amount_per_case_earned_is_no_deduction(text):
    p = propose(text, "5", "检查")
    assert p.kind != "deduction" or not p.confident


# ── a 赋分 cell of points added, its period's cap in the 备注 beside it: “…培训的(每次) +1 每年最多加3分” ─────────────
@pytest.mark.parametrize("text, weight, per", [
    ("参加村组织的各类培训的（每次） +1 每年最多加3分", "3", "1"),
    ("参加志愿服务活动的(每次)+1 +1 每月最多加2分", "2", "1"),
    ("自主开展文明宣传活动的参与者 +2 每年最多奖10分", "10", "2"),
    ("义务帮助邻里开展环境整治的 +0.5 每季度最多2分", "2", "0.5"),
])
def test_points_added_each_time_up_to_the_period_cap(text, weight, per):
    p = propose(text, weight, "赋分")
    sole(p, "formula")
    assert not p.confident and any("按加分读" in u for u in p.unplaced)
    assert by_vars(p, "0") == 0 and by_vars(p, "2") == min(Decimal(weight), 2 * Decimal(per))
    assert by_vars(p, "50") == Decimal(weight)


def test_points_added_once_are_met_or_not():
    p = propose("对村内工作提出合理化建议并被采纳的 +2", "2", "赋分")
    sole(p, "all_or_nothing")
    assert not p.confident and any("按加分读" in u for u in p.unplaced)
    assert met_or_not(p) == (Decimal(2), Decimal(0))


@pytest.mark.parametrize("text", [
    "每按时上交计划1份+1,迟交+0.5,最高分4分",  # two pluses: points of two cases, read as they were
    "得分=基础分+2",                            # a formula's sum, never a cell
    "完成率达到90%+5分",                        # a figure before the plus, no words of a case
])
def test_near_miss_a_plus_of_another_kind_is_no_added_cell(text):
    assert points_added(text) == ""


# ── places in a contest, each with its points: “第一名加3分、第二名加2分、第三名加1分” ────────────────────────────────
@pytest.mark.parametrize("text", [
    "指导学生参加本校竞赛，第一名加3分、第二名加2分、第三名加1分。",
    "第一名加3分,第二名加2分,第三名加1分",
    "参加县级技能比赛,第一名得3分;第二名得2分;第三名得1分",
    "指導學生參加競賽，第一名加3分、第二名加2分、第三名加1分。",
])
def test_places_each_with_their_points(text):
    p = propose(text, "3", "竞赛")
    sole(p, "choice")
    assert not p.confident  # no place: 0, unsaid
    assert [picked(p, k) for k in range(4)] == [Decimal(3), Decimal(2), Decimal(1), Decimal(0)]


def test_near_miss_situations_differing_in_a_figure_stay_no_choice_of_places():
    # figures besides the places are lines to reach: bands, never situations read surely
    p = propose("参加培训3次以上得3分,参加培训2次得2分,参加培训1次得1分", "3", "培训")
    assert p.kind != "choice" or not p.confident


# ── a requirement whose words hold 心得, zeroed when not done: “…撰写一篇以上心得体会,未完成不得分” ─────────────────
@pytest.mark.parametrize("text, weight", [
    ("每年至少读一本好书,撰写一篇以上心得体会,未完成不得分。", "2"),
    ("参加培训并撰写学习心得,未完成不得分", "3"),
    ("组织党员观看警示教育片,交流心得体会;未开展的不得分", "2"),
])
def test_a_requirement_of_xinde_zeroed(text, weight):
    p = propose(text, weight, "学习")
    sole(p, "all_or_nothing")
    assert not p.confident
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


# ── the 分值 of a period the thing is done in: “…打扫卫生,每月20分” ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("2、一般农户主动帮助生活不能自理贫困户打扫卫生,每月20分。", "20"),
    ("开展志愿服务,每季度5分", "5"),
    ("坚持参加集体劳动，每月计2分", "2"),
])
def test_points_of_each_period_are_met_or_not(text, weight):
    p = propose(text, weight, "帮扶")
    sole(p, "all_or_nothing")
    assert not p.confident and any("累计未说明" in u for u in p.unplaced)
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


def test_near_miss_points_of_a_period_below_the_weight_are_counted():
    # 5 a quarter on 20: the quarters add up, never one met or not
    p = propose("开展志愿服务,每季度5分", "20", "帮扶")
    assert p.kind != "all_or_nothing"


# ── a sentence opening with 并 goes on with the one before: “…进行总结;并及时上交记录本得10分” ─────────────────────
def test_a_sentence_opening_with_bing_goes_on():
    assert normalize("学期结束进行总结;并及时上交记录本得10分") == "学期结束进行总结,并及时上交记录本得10分"
    p = propose("1、工作计划与总结(10分)学期初制定工作计划,学期结束进行总结;并及时上交记录本得10分。", "10", "计划")
    params = sole(p, "all_or_nothing")
    assert "制定工作计划" in params["condition"] and "上交记录本" in params["condition"]


@pytest.mark.parametrize("text", ["建立台账;并列第一的得2分", "完成改造;并入城区管网"])
def test_near_miss_bing_of_another_word_keeps_its_stop(text):
    assert ";并" in normalize(text)


# ── a step per case between the band of none and the band that zeroes: “未发生得5分,每发生一次扣1分,3次以上不得分” ────
@pytest.mark.parametrize("text, weight, unit, expected", [
    ("未发生得5分,每发生一次扣1分,发生3次(含)3次以上不得分", "5", "次", [5, 4, 3, 0, 0]),
    ("未发生投诉得5分,每发生1次扣1分,3次及以上不得分", "5", "次", [5, 4, 3, 0, 0]),
    ("未发生得6分,每发生一起扣2分,发生3起以上不得分", "6", "起", [6, 4, 2, 0, 0]),
])
def test_a_step_per_case_up_to_the_band_that_zeroes(text, weight, unit, expected):
    p = propose(text, weight, "投诉")
    params = sole(p, "tiers")
    assert params["unit"] == unit and not p.confident
    assert scores(p, [0, 1, 2, 3, 7]) == D(*expected)


def test_near_miss_a_step_reaching_nothing_before_the_band_is_no_band():
    # 2 a case on 3 reaches nothing at the 2nd case, before the band “3次以上”: the bands are not read so
    p = propose("未发生得3分,每发生1次扣2分,发生3次以上不得分", "3", "投诉")
    assert p.kind != "tiers" or scores(p, [2]) != D(0) or not p.confident


# ── a sum paid in full for the points, short of it in proportion: “足额提取…得5分,未足额提取的按提取比例得分” ──────────
@pytest.mark.parametrize("text, weight", [
    ("按规定足额提取风险准备金得5分。未足额提取的按提取比例得分。", "5"),
    ("全额拨付配套资金的得满分,未全额拨付的按比例计分", "4"),
    ("足额缴纳党费得2分;未足额缴纳的,按实际缴纳比例得分", "2"),
])
def test_a_sum_in_full_else_in_proportion(text, weight):
    p = propose(text, weight, "资金")
    params = sole(p, "rate")
    assert params["cap"] and not p.confident
    assert scored(p, ratio(60)) == Decimal(weight) * Decimal("0.6") and scored(p, ratio(100)) == Decimal(weight)


@pytest.mark.parametrize("text", [
    "足额提取风险准备金得3分。未足额提取的不得分。",  # short of it scores nothing: met or not
    "足额提取风险准备金得2分。未足额提取的按比例扣分。",  # the points not the 分值
])
def test_near_miss_a_sum_in_full_with_no_share(text):
    p = propose(text, "3", "资金")
    assert p.kind != "rate"

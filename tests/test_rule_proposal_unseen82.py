"""Wordings of the price score a proposer missed: the 低价优先法 stated (“…最低的投标报价为评标基准价,其价格分为满分”),
its formula copied with the signs lost (“投标报价得分=(评标基准价/投标报价)20%100”, “其他报价得分=评标基准价(投标报价)50”):
the base over the bid × the 分值, always to check (the signs are read back).

Made-up texts in the style of procurement files, with the scores of a few bids, and near misses that must not be read
that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import stated_weight_dropped
from tests.proposals import D, by_vars, ratio, readings, scored, sole


@pytest.mark.parametrize("text, weight", [
    ("采用低价优先法计算,即满足磋商文件要求且报价最低的投标报价为评标基准价,其价格分为满分。其他供应商的价格分按下列公式"
     "计算:投标报价得分=(评标基准价/投标报价)20%100", "20"),
    ("满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分50分。其他投标人报价得分=评标基准价(投标报价)50。",
     "50"),
    ("满足采购需求且最终报价最低的投标报价为评标基准价,其价格分为满分;其余报价得分=(评标基准价/投标报价)15%100(保留两位小数)",
     "15"),
])
def test_the_lowest_bid_base_with_its_signs_lost_is_the_base_over_the_bid(text, weight):
    p = propose(text, weight, "价格分")
    params = sole(p, "rate")
    assert params["cap"] is True and params["numerator_label"] == "评标基准价"
    assert not p.confident
    assert any("运算符号缺失" in u for u in p.unplaced), p.unplaced
    w = int(weight)
    assert [scored(p, ratio(80, b)) for b in ("80", "100", "160")] == D(w, w * 0.8, w * 0.5)


@pytest.mark.parametrize("text, weight", [
    # the points after the bid are not the 分值
    ("满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分。其他投标人报价得分=(评标基准价/投标报价)30%100",
     "40"),
    # the full marks said are another figure
    ("满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分30分。其他投标人报价得分=评标基准价(投标报价)40",
     "40"),
    # a price deduction for small firms changes the bid: never read so
    ("满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分。投标报价得分=(评标基准价/投标报价)40;"
     "小微企业的报价给予6%的价格扣除", "40"),
    # the lowest bid never said to be the base: no 低价优先法
    ("投标报价得分=(评标基准价/投标报价)30%100", "30"),
])
def test_near_misses_are_not_read_as_the_lowest_bid_base(text, weight):
    assert not any("低价优先法" in r.summary for r in readings(text, weight, "价格分"))


# ── points at a line, then a sentence restating it and earning each step past it ─────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("注册资本达到2000万元(含)得2分;注册资本超过2000万元,每增加500万元加1分;得分最高不超过8分。", "8",
     [(("1", "2000"), 2), (("1", "3000"), 4), (("1", "9000"), 8), (("0", "1500"), 0)]),
    ("专职人员占比达到60%的得1分;占比超过60%的,每增加5%加0.5分;最高4分", "4",
     [(("1", "60"), 1), (("1", "70"), 2), (("0", "50"), 0)]),
])
def test_points_at_a_line_then_each_step_past_it(text, weight, cases):
    p = propose(text, weight, "规模")
    sole(p, "formula")
    assert not p.confident
    assert any("按不得分读" in u for u in p.unplaced), p.unplaced
    for values, want in cases:
        assert by_vars(p, *values) == Decimal(str(want))


@pytest.mark.parametrize("text", [
    # the line restated is another figure: two lines, not one
    "注册资本达到2000万元(含)得2分;注册资本超过3000万元,每增加500万元加1分;得分最高不超过8分。",
    # the step in another unit than the line
    "注册资本达到2000万元(含)得2分;注册资本超过2000万元,每增加5家加1分;得分最高不超过8分。",
    # the points at the line are the 分值 itself
    "注册资本达到2000万元(含)得8分;注册资本超过2000万元,每增加500万元加1分;得分最高不超过8分。",
])
def test_near_misses_are_not_points_at_a_line_then_steps_past_it(text):
    assert not any("未达到不得分" in r.summary for r in readings(text, "8", "规模"))


# ── a title, a colon and the 分值 opening the text ───────────────────────────────────────────────────────────────
def test_a_title_with_a_colon_and_the_points_is_dropped():
    assert stated_weight_dropped("档案管理情况:5分;资料齐全的得5分,每缺1项扣1分", Decimal(5)) == "资料齐全的得5分,每缺1项扣1分"
    p = propose("4、档案管理情况:5分。资料达到8项的得2分;资料超过8项的,每增加1项加1分;最高不超过5分。", "5", "档案")
    sole(p, "formula")
    assert by_vars(p, "1", "10") == Decimal(4)


@pytest.mark.parametrize("text", [
    "全部完成:5分;部分完成:3分;未完成不得分",  # the first of situations, their points said alone
    "优秀:5分;每发现1处缺失扣1分",  # a grade, no title
    "档案管理情况:4分;每发现1处缺失扣1分",  # the points are not the 分值
])
def test_near_misses_keep_their_colon_and_points(text):
    assert stated_weight_dropped(text, Decimal(5)) == text


@pytest.mark.parametrize("text", [
    "建立居民台账:5分;未录入到管理系统扣5分",  # a situation and its points, then a fault: no title
    "建立居民台账:5分;部分建立得2分",  # the rest never shares out the 5 points
])
def test_a_situation_with_a_colon_and_its_points_is_no_title(text):
    assert stated_weight_dropped(text, Decimal(5)) == text


# ── a weighted mean of scores, each named by a letter ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "1.群众问卷评分A(0-10);2.街道评分B(0-10);3.专家组评分C(0-10);综合得分D=0.2A+0.3B+0.5C",
    "对保洁效果进行评分(0-10)(群众问卷A、街道B、专家组C);加权得分=0.2A+0.3B+0.5C(以片区为单位)",
])
def test_a_weighted_mean_of_scores_named_by_letters(text):
    p = propose(text, "10", "保洁")
    sole(p, "formula")
    assert not p.confident
    assert by_vars(p, "10", "10", "10") == Decimal(10)
    assert by_vars(p, "5", "10", "8") == Decimal("8")  # 1 + 3 + 4


@pytest.mark.parametrize("text", [
    "群众问卷评分A,街道评分B,专家组评分C;综合得分=0.2A+0.3B+0.4C",  # weights adding up to 0.9: no mean
    "综合得分D=0.2A+0.3B+0.5C",  # the letters never named
    "群众问卷评分A,街道评分B,专家组评分C;综合得分=0.2A+0.3B+0.5C,每发现1处问题扣1分",  # deductions beside it
])
def test_near_misses_are_no_weighted_mean_of_letters(text):
    assert not any("加权平均" in r.summary for r in readings(text, "10", "保洁"))

"""Wordings of the price score a proposer missed: the 低价优先法 stated (“…最低的投标报价为评标基准价,其价格分为满分”),
its formula copied with the signs lost (“投标报价得分=(评标基准价/投标报价)20%100”, “其他报价得分=评标基准价(投标报价)50”):
the base over the bid × the 分值, always to check (the signs are read back).

Made-up texts in the style of procurement files, with the scores of a few bids, and near misses that must not be read
that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, ratio, readings, scored, sole


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

"""Wordings of 评分标准 a proposer missed: the row's 分值 said again after what is counted, before the kinds each earning
points per case (“在报刊发表宣传文章10分、国家级每份2分、省级每份1分、市级0.5分”); kinds of case named by bands of an
amount, each earning its points per time, the 每 perhaps left out of the last (“合同金额1亿元及以上的,每次加3分,5000万(含)-
1亿元的,每次加2.5分,1000万以下的,加1分”); a part's cap said as a sentence of its own, “满分3分”; a cap of several rows
said after a row's range of points (“每100元加1分 +1至+10 区级平台捐款每年最多加40分”); and the score written as a share of a
sum of a count of scores, numbered description before it (“3.本指标评价得分=8%×三个分项分数之和”).

Made-up texts in the style of publicity, credit-rating and bonus-point sheets, with the scores of a few cases, and near
misses that must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scored, sole, types


# ── the 分值 said again after what is counted ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases, expected", [
    ("在报刊发表宣传文章10分、国家级每份2分、省级每份1分、市级0.5分。", "10",
     [("1", "2", "2"), ("3", "3", "4"), ("0", "0", "1")], D(5, 10, 0.5)),
    ("宣传报道8分,中央媒体每篇4分、省级媒体每篇2分、市级媒体每篇1分", "8",
     [("1", "1", "1"), ("2", "1", "0"), ("0", "0", "0")], D(7, 8, 0)),
    ("信息报送5分、被省级采用每条1分、被市级采用每条0.5分", "5",
     [("2", "3"), ("4", "4"), ("0", "1")], D(3.5, 5, 0.5)),
])
def test_weight_said_before_the_kinds(text, weight, cases, expected):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert not p.confident  # that the points said first are the cap of them all is read
    assert any("读作本项分值" in u for u in p.unplaced), p.unplaced
    assert [by_vars(p, *c) for c in cases] == expected


@pytest.mark.parametrize("text, weight", [
    ("宣传报道10分,国家级每篇2分、省级每篇1分", "8"),  # not the 分值: points of their own
    ("完成宣传任务10分,超额每篇加1分", "10"),  # points of doing what is asked, then more for each past it
    ("发表文章的10分,国家级每篇2分", "10"),  # a condition earning the points
])
def test_near_misses_of_weight_said_first(text, weight):
    assert not any("读作本项分值" in str(r.doubts) for r in readings(text, weight))


# ── kinds named by bands of an amount, each earning points per time ─────────────────────────────────────────────
def test_amount_bands_each_per_time():
    text = ("承建救灾援建工程,合同金额1亿元及以上的,每次加3分,5000万(含)-1亿元的,每次加2分,1000万(含)-5000万的,"
            "每次加1分,1000万以下的,加0.5分。满分3分")
    p = propose(text, "3", "指标")
    sole(p, "formula")
    assert not p.confident
    assert any("未写“每”，按每次读" in u for u in p.unplaced), p.unplaced
    assert [by_vars(p, *c) for c in [("0", "1", "0", "1"), ("0", "0", "1", "1"), ("1", "1", "0", "0"),
                                      ("0", "0", "0", "0")]] == D(2.5, 1.5, 3, 0)


def test_amount_bands_then_a_part_capped_of_its_own():
    text = ("1.作为总承包单位参与抢险工程的,造价2000万元及以上的,每次加2分,500万(含)-2000万的,每次加1分,500万以下的,"
            "每次加0.5分。满分2分;2.组织人员、物资支援建设,每次加0.5分,满分1分。")
    p = propose(text, "3", "指标")
    assert types(p) == ["formula", "formula"] and not p.confident
    first = p.items[0]["params"]["variables"]
    assert len(first) == 3
    assert scored(p, {"vars": {first[0]["name"]: "0", first[1]["name"]: "1", first[2]["name"]: "1"}}) == D(1.5)[0]
    second = p.items[1]["params"]["variables"]
    assert scored(p, {"vars": {second[0]["name"]: "3"}}, 1) == D(1)[0]


@pytest.mark.parametrize("text, weight", [
    ("投资1亿元以上的得3分,5000万以上的得2分", "3"),  # bands of the amount scoring once: no count
    ("投资1000万元以上的,每增加100万元加1分", "5"),  # a line, then steps of the amount past it
    ("合同金额1亿元及以上的,每次加3分", "3"),  # one band alone: no kinds listed
])
def test_near_misses_of_amount_bands(text, weight):
    assert not any("金额档" in str(r.doubts) for r in readings(text, weight))


# ── a cap said as a sentence of its own ─────────────────────────────────────────────────────────────────────────
def test_full_marks_said_after_the_cases_caps_them():
    p = propose("特大项目每次加3分,大型项目每次加2分,小型项目每次加1分。满分4分", "4", "指标")
    sole(p, "formula")
    assert [by_vars(p, *c) for c in [("1", "0", "0"), ("0", "1", "1"), ("1", "1", "1")]] == D(3, 3, 4)


# ── a cap of several rows after a row's range of points ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, amounts, expected", [
    ("捐款100—1000元的，每100元加1分 +1至+10 镇级平台捐款每年最多加30 分", "10", ("100", "500", "1000"), D(1, 5, 10)),
    ("参加志愿服务每次加1分 +1至+5 全年最多加20分", "5", ("1", "3", "5"), D(1, 3, 5)),
])
def test_a_cap_of_several_rows_is_set_aside(text, weight, amounts, expected):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert not p.confident
    assert any("几行合计的上限" in u for u in p.unplaced), p.unplaced
    assert [by_vars(p, a) for a in amounts] == expected


@pytest.mark.parametrize("text, weight", [
    ("参加志愿服务每次加1分 +1至+5 全年最多加5分", "5"),  # the row's own cap, not a wider one
    ("参加志愿服务每次加1分,全年最多加20分", "5"),  # no range of the row's points: a cap above the 分值 is not read
])
def test_near_misses_of_a_wider_cap(text, weight):
    assert not any("几行合计的上限" in str(r.doubts) for r in readings(text, weight))


# ── a share of a sum of scores, after numbered description ──────────────────────────────────────────────────────
def test_share_of_a_sum_of_scores():
    text = ("1.本指标用于评价城市公共服务便利化的情况。2.本指标由办理时限压缩率、网上可办率等四个分项进行评价。"
            "3.本指标评价得分=6%×四个分项分数之和。")
    p = propose(text, "6", "指标")
    sole(p, "formula")
    assert not p.confident
    assert p.items[0]["params"]["variables"][0]["label"] == "四个分项分数之和"
    assert [by_vars(p, s) for s in ("100", "50", "0")] == D(6, 3, 0)


def test_a_count_of_scores_not_summed_is_no_quantity():
    assert not any("分项分数" in str(r.summary) for r in readings("得分=8%×3个分项分数", "8"))


# ── a cap said as “不超N分” in a sentence of its own, and “同一项目不兼得…按照最高得分计算” before it ───────────────────
@pytest.mark.parametrize("text, weight, cases, expected", [
    ("班组开展技术攻关活动，其中，市级每项得0.5分，省级每项得1分。不超2分。", "2",
     [("1", "0"), ("2", "1"), ("2", "2")], D(0.5, 2, 2)),
    ("班组开展技术攻关活动，市级每项得0.5分，省级每项得1分。同一项目不兼得、不累计，按照最高得分计算。不超3分。", "3",
     [("1", "1"), ("4", "2"), ("0", "0")], D(1.5, 3, 0)),
])
def test_a_cap_not_past_said_on_its_own(text, weight, cases, expected):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert not p.confident
    assert [by_vars(p, *c) for c in cases] == expected


def test_once_each_under_its_highest_is_named():
    p = propose("班组开展技术攻关活动，市级每项得0.5分，省级每项得1分。同一项目不兼得、不累计，按照最高得分计算。不超3分。", "3",
                "指标")
    assert any("只按其最高一级计入" in u for u in p.unplaced), p.unplaced


def test_parts_each_capped_by_a_sentence_of_their_own():
    text = "1.开展技术攻关,市级每项得0.5分,省级每项得1分。不超2分。2.成果推广应用,市级推广每项得1分,省级推广每项得2分。不超3分。"
    p = propose(text, "5", "指标")
    assert types(p)[0] == "formula" and [it["max"] for it in p.items] == ["2", "3"]  # each part's cap its 分值
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("市级每项得0.5分,省级每项得1分。不超5分。", "3"),  # a cap above the 分值
])
def test_near_misses_of_a_cap_on_its_own(text, weight):
    p = propose(text, weight, "指标")
    assert p.kind != "formula" or not p.confident

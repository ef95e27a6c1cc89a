"""Wordings of a formula a proposer left as a judgement or read as bands: points times a quantity over its base, the 分值
reached at the base and past it, a floor below which the row scores nothing (“营业收入:10分X(营业收入/2000万元)。大于
2000万元的,得10分。低于1000万元不得分。”), points times a count (“1分X人员数量”), two ways joined by 或 with the higher one
counting (“…或10分x(研发投入比例/3%);…;按得分较高的算法计分”); a quantity named with its formula closing on the 分值 in
points (“提前办结率=(1-实际耗时/规定时间)×150分”); points per case in brackets after how a case is confirmed (“(以实地考评
为准,1项可得2分,最高不超过6分)”); base points at a named base and points per percentage point above it (“基数分10分,每高于
基数1个百分点,加0.3分,加满20分为止;低于…的,得本项基数分”); points per article by level with one kind scoring half
(“网络媒体分值减半;每月得分10分封顶”); points off per case, a figure over a count the text names, worse cases doubled
(“每个火点按40分/当地行政村数量扣分,…;…超过300平方米的加倍扣分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, sole


# ── points × (quantity ÷ base), the 分值 at the base, a floor zeroing the row ─────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("资产总额:8分X(资产总额/5000万元)。大于5000万元的,得8分。低于2000万元不得分。", "8",
     [("1", "2500"), ("1", "6000"), ("0", "1500")], [4, 8, 0]),
    ("办公用房面积:6分x(实际面积/200平方米)。大于200平方米的,得6分;小于100平方米不得分", "6",
     [("1", "150"), ("1", "100"), ("0", "80")], [4.5, 3, 0]),
    ("专利授权数:5分X(授权专利数/4项)。4项以上的,得5分;少于2项不得分。", "5",
     [("1", "3"), ("1", "9"), ("0", "1")], [3.75, 5, 0]),
])
def test_points_over_a_base_with_a_floor(text, weight, at, expected):
    p = propose(text, weight, "基础条件")
    params = sole(p, "formula")
    assert params["variables"][0]["label"].endswith("（否=1，是=0：整项不得分）")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight, at, expected", [
    ("近两年累计立项的课题数:10分(实际课题数/5项)。5项以上得10分。", "10", ["2", "5", "8"], [4, 10, 10]),
    ("年产值:20分X(年产值/1亿元)。大于1亿元的,得20分。", "20", ["0.25", "3"], [5, 20]),
])
def test_points_over_a_base_without_a_floor(text, weight, at, expected):
    p = propose(text, weight, "规模")
    sole(p, "formula")
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


def test_points_times_a_count_with_a_floor():
    p = propose("技术骨干数量:2分X骨干人数。5人以上的,得10分;少于3人不得分。", "10", "人才")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in [("1", "4"), ("1", "3"), ("1", "7"), ("0", "2")]] == D(8, 6, 10, 0)
    assert not p.confident


def test_the_higher_of_two_ways():
    p = propose("人才培养投入:8分X(年培训经费/20万元)或8分x(培训经费占比/2%);培训经费占比大于2%或年培训经费大于20万元的,"
                "得8分;按得分较高的算法计分。没有培训投入不得分。", "8", "投入")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in [("10", "0.5"), ("5", "1.5"), ("30", "0"), ("0", "0")]] == D(4, 6, 8, 0)
    assert not p.confident


def test_a_floor_read_from_ocr_letters_is_said():
    p = propose("营业收入:10分X(营业收入/4000万元)。大于4000万元的,得10分。低于Iooo万元不得分。", "10", "规模")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in [("1", "2000"), ("0", "900")]] == D(5, 0)
    assert any("按 1000 读" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("营业收入:10分X(营业收入/2000万元)。大于3000万元的,得10分。", "10"),  # the 分值 said at another line than the base
    ("营业收入:10分X(营业收入/2000万元)。大于2000万元的,得8分。", "10"),  # the points said are not the 分值
    ("研发投入:10分X(研发经费/60万元)或10分x(研发投入比例/3%);研发投入比例大于3%或研发经费大于60万元的,得10分。", "10"),
    # two ways, which one counts not said
    ("营业收入:10分X(营业收入/2000万元)。大于2000万元的,得10分。低于50%不得分。", "10"),  # a floor on another quantity
])
def test_near_miss_not_points_over_a_base(text, weight):
    assert not any("按比例计分，达到所列数值得满分" in x for r in readings(text, weight) for x in r.doubts or ())


# ── a quantity named, its formula times the 分值 in points ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("社区(村):按时回复率=(1-超时回复件数/应回复件数)×80分;", "80", [("1", "4"), ("0", "5")], [60, 80]),
    ("办结效率=(1-平均办理天数/规定办理天数)*50分", "50", [("3", "10"), ("12", "10")], [35, 0]),
])
def test_a_named_quantity_times_the_full_points(text, weight, at, expected):
    p = propose(text, weight, "快速处理")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("按时回复率=(1-超时回复件数/应回复件数)×80分;", "100"),  # the points are not the 分值
    ("按时回复率=超时回复件数/应回复件数", "80"),  # no points: a rate defined, not the score
])
def test_near_miss_not_a_named_quantity_times_the_full_points(text, weight):
    assert not any(any("=…×" in x for x in r.doubts or ()) for r in readings(text, weight))


# ── points per case in brackets, after how a case is confirmed ──────────────────────────────────────────
def test_points_per_case_after_how_a_case_is_confirmed():
    p = propose("微信公众号、宣传栏、电子屏、服务指南等载体(以现场查看及照片资料为准,1项可得3分,最高不超过9分)", "9", "载体")
    sole(p, "formula")
    assert [by_vars(p, x) for x in ["0", "2", "5"]] == D(0, 6, 9)
    assert not p.confident


# ── base points at a named base, points per percentage point above it ───────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("以全县涉农贷款增长率为基数,基数分6分,各银行涉农贷款增长率每高于基数1个百分点,加0.5分,加满12分为止;低于全县涉农贷款增长率的,"
     "得本项基数分。", "12", [("3", "5"), ("9", "5"), ("40", "5")], [6, 8, 12]),
    ("以全市平均存贷比为基数,基数分4分,每增加2个百分点,加0.4分,加满8分为止;低于全市平均存贷比的,得本项基数分。", "8",
     [("70", "75"), ("85", "75")], [4, 6]),
])
def test_base_points_and_points_per_percentage_point_above(text, weight, at, expected):
    p = propose(text, weight, "增长率")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("以全县涉农贷款增长率为基数,基数分6分,每高于基数1个百分点,加0.5分,加满10分为止;低于全县涉农贷款增长率的,得本项基数分。", "12"),
    # the cap is not the 分值
    ("以全县涉农贷款增长率为基数,基数分6分,每高于基数1个百分点,加0.5分,加满12分为止;每低于基数1个百分点,扣0.5分。", "12"),
    # points off below the base: another rule
])
def test_near_miss_not_base_points_up(text, weight):
    assert not any("低于基数得基数分" in r.summary for r in readings(text, weight))


# ── points per article by level, one kind scoring half ──────────────────────────────────────────────────
def test_points_by_level_one_kind_halved():
    p = propose("中央级媒体每篇4分,省级每篇2分、市级每篇1分;新媒体分值减半;每月得分8分封顶;", "8", "宣传报道")
    params = sole(p, "formula")
    assert len(params["variables"]) == 6 and params["variables"][3]["label"].startswith("新媒体")
    assert by_vars(p, "0", "1", "2", "0", "1", "0") == 5
    assert by_vars(p, "1", "1", "0", "1", "0", "0") == 8
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("中央级媒体每篇4分,省级每篇2分、市级每篇1分;新媒体分值减半;", "8"),  # no cap said
    ("中央级媒体每篇4分,省级每篇2分、市级每篇1分;新媒体分值减半;每月得分6分封顶;", "8"),  # the cap is not the 分值
])
def test_near_miss_not_halved_by_kind(text, weight):
    assert not any(r.summary.endswith("减半") for r in readings(text, weight))


# ── points off per case, a figure over a named count, worse cases doubled ───────────────────────────────
def test_points_off_per_case_over_a_named_count():
    p = propose("巡查发现问题采取新的扣分办法,每处违规堆放按30分/辖区社区数量扣分,社区多的街道扣分相对少;"
                "对发现后未及时清理的加倍扣分;", "30", "巡查结果")
    params = sole(p, "formula")
    assert [v["name"] for v in params["variables"]] == ["a", "b", "v"]
    assert [by_vars(p, *x) for x in [("0", "0", "10"), ("2", "0", "10"), ("1", "1", "15"), ("20", "5", "10")]] \
        == D(30, 24, 24, 0)
    assert not p.confident


def test_points_off_per_case_over_a_named_count_without_doubling():
    p = propose("每起投诉按20分/辖区企业数量扣分", "20", "投诉")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in [("3", "20"), ("0", "20")]] == D(17, 20)


@pytest.mark.parametrize("text, weight", [
    ("每起投诉按20分/辖区企业数量扣分", "30"),  # the figure is not the 分值
    ("每起投诉按20分/辖区企业数量扣分,最多扣10分;对未整改的加倍扣分", "20"),  # a cap among the remarks: not set aside
    ("每起投诉按20分/辖区企业数量扣分;未整改的另扣2分", "20"),  # another cost after it, not a doubling
])
def test_near_miss_not_per_case_over_a_named_count(text, weight):
    assert not any("÷辖区企业数量" in r.summary for r in readings(text, weight))

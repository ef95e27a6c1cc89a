"""Wordings of bands a proposer left as a judgement or read short: bands each followed by a bare score in a cell of its
own, the cells joined by spaces (“…增长率:20%及以上 3 15%-20%(含15%) 2.4 … 其他 0”), on a measure per another
(“1500万元/公顷及以上 2 800-1500万元/公顷(含800万元/公顷) 1.6 …”, “0.02吨标煤/万元及以下 2 0.02-0.08吨标煤/万元(含0.08吨标煤/万元)
1.6 …”, lower better), spans marking their top end (the unmarked lower end is the band's below); bands lettered as grades
with their points in brackets (“A 80%以上 (5分) B 70%-80%(3分) …”); a rate past a line with the rate unnamed (“查资料。超过1%
不得分”); the top band said as the work done in full (“当年内执行完毕得3分,执行80-99%得2分,执行低于80%不得分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, scores, sole


# ── bands each with a bare score in a cell of its own (“20%及以上 3 15%-20%(含15%) 2.4 …”) ──────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("企业研发投入年均增长率:25%及以上 4 15%-25%(含15%) 3 5%-15%(含5%) 2 5%以下 0", "4", [30, 25, 15, 10, 2], [4, 4, 3, 2, 0]),
    ("园区规上企业占比 90%及以上 5 70-90%(含70%) 3.5 50-70%(含50%) 2 50%以下 0", "5", [95, 80, 70, 40], [5, 3.5, 3.5, 0]),
    ("单位面积税收:300万元/公顷及以上 3 150-300万元/公顷(含150万元/公顷) 2 50-150万元/公顷(含50万元/公顷) 1 50万元/公顷以下 0",
     "3", [400, 200, 150, 60, 10], [3, 2, 2, 1, 0]),
])
def test_bands_each_with_a_bare_score_in_a_cell(text, weight, at, expected):
    p = propose(text, weight, "增长率")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident  # scores read from cells with no 分: to check


@pytest.mark.parametrize("text, weight, at, expected", [
    ("单位产值水耗 5吨/万元及以下 3 5-10吨/万元(含10吨/万元) 2 10-20吨/万元(含20吨/万元) 1 20吨/万元以上 0", "3",
     [4, 8, 10, 15, 20, 25], [3, 2, 2, 1, 1, 0]),
    ("单位产值能耗 0.1吨标煤/万元及以下 4 0.1-0.3吨标煤/万元(含0.3吨标煤/万元) 3 0.3-0.5吨标煤/万元(含0.5吨标煤/万元) 1 "
     "0.5吨标煤/万元以上 0", "4", [0.05, 0.3, 0.4, 0.5, 0.6], [4, 3, 1, 1, 0]),
])
def test_lower_better_bands_marking_their_top_end(text, weight, at, expected):
    p = propose(text, weight, "能耗")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "达到 90% 以上 3 80% 以上 2 70% 以上",  # the last band has no score
    "按 2 3 4 的顺序排列",  # no bands
    "增长率 10%以上 2 5%以上 1",  # two cells only
    "增长率 10%以上 2 5%以上 1 未增长 0",  # a band with no figure, not the rest (其他)
])
def test_near_miss_not_bare_band_cells(text):
    assert ",2分;" not in normalize(text) and ",3分;" not in normalize(text), normalize(text)


def test_near_miss_a_range_marking_its_top_end_once():
    # one span marking its top end before a bare 以上 claiming the same figure: both claim it, no reading
    assert propose("10万元以上得2分,5-10万元(含10万元)得1分,少于5万元不得分", "2", "工作经费").kind != "tiers"


# ── bands lettered as grades, each with its points in brackets (“A 80%以上 (5分) B 70%-80%(3分) …”) ────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("A 90%以上 (6分) B 75%-90%(4分) C 60%-75%( 2分) D 60%以下 (0分)", "6", [95, 80, 65, 50], [6, 4, 2, 0]),
    ("A 5年以上(4分) B 3—5年(3分) C 1-3年(2分 D 1年以下(0分)", "4", [6, 4, 2, 0.5], [4, 3, 2, 0]),
    ("A 20%以上(8分) B 10%-20% (5分) C 0%-10% (2分) D 0%以下 (0分)", "8", [25, 15, 5, -3], [8, 5, 2, 0]),
])
def test_bands_lettered_as_grades(text, weight, at, expected):
    p = propose(text, weight, "占比")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident  # the shared ends left unsaid: to check


@pytest.mark.parametrize("text", [
    "A 80%以上 (5分) C 70%-80%(3分) B 60%-70%(1分)",  # letters out of turn
    "A 80%以上 (5分) B 70%-80%(3分)",  # one letter after the first: too few to be a table's grades
    "A 80%以上 (5分) B 70%-80%(3分) C 其他情况酌情得1分",  # the last grade no band in brackets
])
def test_near_miss_not_lettered_bands(text):
    assert not normalize(text).startswith("80%以上(5分);"), normalize(text)


# ── a rate past a line loses the 分值, the rate left unnamed (“查资料。超过1%不得分”) ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("查资料。超过2%不得分", "3", [1, 2, 2.5], [3, 3, 0]),
    ("超过5%的不得分", "2", [0, 5, 6], [2, 2, 0]),
    ("查现场。高于0.5%不得分", "1", [0.5, 0.6], [1, 0]),
])
def test_a_rate_past_a_line_unnamed(text, weight, at, expected):
    p = propose(text, weight, "设备事故")
    params = sole(p, "tiers")
    assert "设备事故" in params["value_label"]
    assert scores(p, at) == D(*expected)
    assert not p.confident
    assert any("按该项指标的比率读" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "超过3次不得分",  # a count, not a rate
    "超过5%以内不得分",  # no line's side
    "未控制在5%不得分",  # no side said
])
def test_near_miss_not_a_rate_past_a_line_unnamed(text):
    p = propose(text, "2", "设备事故")
    assert not any("按该项指标的比率读" in u for u in p.unplaced), p.unplaced


# ── the top band said as the work done in full beside shares of it (“当年内执行完毕得3分,执行80-99%得2分,…”) ────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("年度内执行完毕得4分,执行90-99%得3分,执行低于90%不得分", "4", [100, 95, 90, 85], [4, 3, 3, 0]),
    ("资金全部拨付到位的得5分,拨付70%-99%的得3分,低于70%不得分", "5", [100, 80, 60], [5, 3, 0]),
    ("全部完成得满分,完成80%-99%得2分,完成80%以下不得分", "3", [100, 99.5, 85, 70], [3, 2, 2, 0]),
])
def test_a_top_band_said_as_done_in_full(text, weight, at, expected):
    p = propose(text, weight, "执行率")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident
    assert any("按执行（完成）100%读" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("当年内执行完毕得2分,执行80-99%得1分,执行低于80%不得分", "3"),  # the done band is not the 分值
    ("全部完成得3分,部分完成得1分,未完成不得分", "3"),  # no shares beside it: situations
    ("执行完毕并报送总结得3分,执行80-99%得2分", "3"),  # more asked than the work done
    ("全部执行完毕得3分;执行80%以上得2分;其他情况得1分", "3"),  # a situation that is no band beside them: situations
])
def test_near_miss_not_done_in_full_as_a_band(text, weight):
    p = propose(text, weight, "执行率")
    assert not any("按执行（完成）100%读" in u for u in p.unplaced), p.unplaced

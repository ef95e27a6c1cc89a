"""Wordings a proposer found no reading of at all: bands whose points stand in brackets after the stop closing each
band's sentence (“…年演练率达到60%以上。(3分)…达到40%-60%。(2分)”); a lack zeroing the row beside a lesser situation
scored short of the 分值, the situation on the 分值 unsaid (“未落实的不得分;委托中介机构承办的计1分”); bands on a value
that is itself a score in 分 (“测评平均分90分以上的得5分;80-89分的得3分;80分以下不得分”); a line said as the value
itself at the end of the scale, before a step away from it (“合格率为100%,每降低1%扣1分”); a value off by more than a
figure either way losing the 分值 (“预算完成率超出正负10%不得分”, “偏差率在±5%以内得满分,超出不得分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, picked, scores, sole


# ── bands each closed by its stop, then their points in brackets (“…60%以上。(3分)…40%-60%。(2分)”) ──────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("专项应急预案年演练率达到60%以上。(3分)年演练率达到40%-60%。(2分)年演练率达到20%-40%。(1分)", "3",
     [70, 50, 30], [3, 2, 1]),
    ("1.参训率达到95%以上。(10分)2.参训率达到80%。(6分)3.参训率低于80%。(0分)", "10", [96, 85, 70], [10, 6, 0]),
    ("满意度在九十%以上。（5分）满意度在80%-90%。（3分）满意度低于80%。（0分）", "5", [95, 85, 60], [5, 3, 0]),
])
def test_points_in_brackets_after_each_bands_stop(text, weight, at, expected):
    p = propose(text, weight, "演练率")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)


@pytest.mark.parametrize("text, weight, kind", [
    # requirements in words: situations (or points), read as before
    ("制度健全。(3分)制度基本健全。(2分)无制度。(0分)", "3", "choice"),
    ("建立制度。(2分)落实到位。(4分)", "6", "checklist"),
])
def test_near_miss_worded_sentences_before_their_points(text, weight, kind):
    p = propose(text, weight, "制度")
    assert p.kind == kind and p.confident, p.summary


def test_near_miss_paragraphs_of_several_sentences_stay_situations():
    # each situation several sentences before its points: one situation each, matched by the team as a whole
    p = propose("成立办公室,职责明确;足额配备专职人员;制度完善。(3分)成立办公室,职责明确;专职人员配备率60%以上;制度完善。(2分)"
                "成立办公室,职责明确;专职人员配备率30%-60%;制度完善。(1分)", "3", "办公室")
    assert p.kind == "choice" and not p.confident


def test_near_miss_points_heading_the_text_are_not_moved():
    p = propose("(10分)视力患病率下降。(5分)", "5", "视力")
    assert p.kind != "tiers" and not p.confident


# ── a lack zeroing the row, a lesser situation short of the 分值, the full one unsaid (“未落实的不得分;委托…的计1分”) ──────
@pytest.mark.parametrize("text, weight, lesser", [
    ("未落实的不得分;委托社会中介机构承办具体事务的计1分。", "2", ["1"]),
    ("未开展的不得分,部分开展的得1分", "2", ["1"]),
    ("部分开展的得一分，未开展的不得分", "2", ["1"]),
    ("没有制定方案的不得分;方案内容不全的得1.5分;方案未报备的得1分", "3", ["1.5", "1"]),
    ("無台賬的不得分；台賬不規範的記1分", "3", ["1"]),
])
def test_a_lack_beside_a_lesser_situation_leaves_the_full_one_unsaid(text, weight, lesser):
    p = propose(text, weight, "组织机构")
    options = sole(p, "choice")["options"]
    assert len(options) == len(lesser) + 2
    assert picked(p, 0) == D(weight)[0] and picked(p, len(options) - 1) == 0
    assert [picked(p, k) for k in range(1, len(options) - 1)] == D(*lesser)
    assert not p.confident and any("满分情形评分标准未明说" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("制定方案的得1.5分,未制定的不得分", "3"),  # the requirement itself met for part of the 分值: no lesser situation
    ("未制定方案的不得分,制定方案的得1.5分", "3"),
    ("方案内容不全的得1.5分", "3"),  # no lack named
    ("未建立制度的不得分;制度不完善的扣1分", "3"),  # a fault taken off, read as before
    ("5.1制定方案的得0.5分,未制定的不得分,制定并组织落实的,得0.5分", "1"),  # points adding up: a 要点核查
])
def test_near_miss_no_lesser_situation_beside_the_lack(text, weight):
    p = propose(text, weight, "方案")
    assert not any("满分情形评分标准未明说，按做到" in u for u in p.unplaced), (p.summary, p.unplaced)


# ── bands on a value that is itself a score in 分 (“测评平均分90分以上的得5分;80-89分的得3分”) ───────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("问卷采取100分制。平均分为0-60分的为不满意,最后得分0.5分;平均分为61-70分的为一般,最后得分0.8分;平均分为71-80的较满意,"
     "最后得分1.2分;平均分为81-100分的为满意,最后得分1.5分。", "1.5", [50, 60, 65, 80, 90], [0.5, 0.5, 0.8, 1.2, 1.5]),
    ("测评平均分90分以上的得5分;80-89分的得3分;80分以下不得分", "5", [95, 90, 85, 80, 70], [5, 5, 3, 3, 0]),
    ("测评平均分90分以上得5分,80-89分得3分,80分以下不得分", "5", [92, 81, 79], [5, 3, 0]),
    ("考核得分在90分及以上的，得四分；80至90分的，得2分；低于80分的，不得分", "4", [90, 89, 80, 79.5], [4, 2, 2, 0]),
])
def test_bands_on_a_value_that_is_a_score(text, weight, at, expected):
    p = propose(text, weight, "满意度")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("得分90分以上的得10分;80-89分的得6分", "10"),  # 得分 alone: the points or the value, unsaid
    ("工作完成好的得8-10分;一般的得5-7分;差的不得分", "10"),  # points given in a range: the team's judgement
    ("测评平均分达90分以上的,按测评平均分×5%计分", "5"),  # a formula, no bands
])
def test_near_miss_no_score_measured_in_bands(text, weight):
    p = propose(text, weight, "满意度")
    assert not (p.kind == "tiers" and p.items[0]["params"].get("unit") == "分"), p.summary


# ── a line said as the value itself at an end of the scale, then a step from it (“合格率为100%,每降低1%扣1分”) ─────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("合格率为100%,每降低1%扣1分,扣完为止", "10", [100, 97, 80], [10, 7, 0]),
    ("两票合格率应为100%，每下降一个百分点扣0.5分", "5", [100, 98], [5, 4]),
    ("资料归档率100%,每低2%扣1分", "4", [100, 96], [4, 2]),
    ("差错率为0%,每增加1个百分点扣2分,扣完为止", "10", [0, 2, 6], [10, 6, 0]),
])
def test_a_line_said_as_the_value_at_an_end_of_the_scale(text, weight, at, expected):
    p = propose(text, weight, "合格率")
    sole(p, "threshold")
    assert scores(p, at) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("合格率为95%,每降低1%扣1分", "10"),  # a line short of the end: whether above it is full, unsaid
    ("合格率为100%,每提高1%加1分", "10"),  # a step past the end of the scale
])
def test_near_miss_a_line_as_the_value_off_the_end(text, weight):
    p = propose(text, weight, "合格率")
    assert not p.confident and p.kind != "threshold", p.summary


# ── off by more than a figure either way, the 分值 lost (“预算完成率超出正负10%不得分”) ─────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    # a rate: around 100%
    ("预算完成率超出正负10%不得分", "1", [85, 90, 100, 110, 115], [0, 1, 1, 1, 0]),
    ("预算执行率在±5%以内得满分,超出不得分", "2", [94, 96, 104, 106], [0, 2, 2, 0]),
    # a deviation: the deviation itself, around 0
    ("预算执行偏差率超过±5%的,本项不得分", "2", [-6, -5, 0, 5, 6], [0, 2, 2, 2, 0]),
    ("决算与预算的偏差在±10%以内得3分,超过±10%不得分", "3", [-12, 8, 12], [0, 3, 0]),
])
def test_off_by_more_than_a_figure_either_way(text, weight, at, expected):
    p = propose(text, weight, "预算执行")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("预算完成率超出正负10%的扣1分", "2"),  # a part taken off, not the 分值: no such bands
    ("预算执行率超出10%不得分", "1"),  # one way only
    ("资金到位超出正负10%不得分", "1"),  # neither a rate nor a deviation named
])
def test_near_miss_not_off_either_way(text, weight):
    p = propose(text, weight, "预算执行")
    assert not (p.kind == "tiers" and "之间得满分，否则不得分" in p.summary), p.summary

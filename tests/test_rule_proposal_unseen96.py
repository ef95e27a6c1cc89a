"""Wordings of a rule of one kind the proposer read as another: bands against the requirement whose bottom band adds the
work not done at all, named (“…＜60%，或未安排独立操作和报告，不得分”); a lowest situation that is a thing done but short of
it (“实行定额制度，但实际未达到定额标准的得1分”), the thing not done at all unsaid; a case that loses nothing (“无协同单位的
专业基地，此处不失分”), the 分值 in full; a line fallen short of once beside nothing done at all (“未听取…评价不得分；参与者
人数不足10%扣5分”), read as situations; bands of a share of the 规定数量 beside the requirement met (“符合要求，得2分≥规定数量
的85%，得1分”); the requirement's line said first with no points, then the lesser bands (“结案率达到95%以上 达到90%以上,
得3分;低于90%不得分”), the line on the 分值; points for each case equal to the 分值 (“…进入商品化运作者，每件加10分”
on 10), one case at least or none.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, picked, readings, scores, sole


def _options(p):
    return sorted(D(*(o["score"] for o in p.items[0]["params"]["options"])), reverse=True)


# ── bands against the requirement, the bottom one naming the work not done (“…＜60%，或未安排独立操作和报告”) ──────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("带教病例数达到要求，得4分带教病例数≥规定数的80%，得3分带教病例数≥规定数的60%，得2分带教病例数＜60%，或未安排独立带教，不得分",
     "4", [100, 85, 70, 40], [4, 3, 2, 0]),
    ("手术量和会诊量达到要求，得2分手术量和会诊量≥规定数的80%，得1分＜规定数80%，或未完成会诊量，不得分",
     "2", [100, 90, 50], [2, 1, 0]),
    ("读片例数达到要求，得3分读片例数≥规定数的70%，得2分读片例数≥规定数的50%，得1分读片例数＜50%，或未开展集中读片，不得分",
     "3", [120, 75, 55, 10], [3, 2, 1, 0]),
])
def test_bands_of_the_requirement_the_bottom_one_naming_the_work_not_done(text, weight, values, expected):
    p = propose(text, weight, "工作量")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident  # what the work not done adds is named for checking


@pytest.mark.parametrize("text, weight", [
    # a condition of its own after the figure, not the work not done: cases to choose from
    ("带教病例数达到要求，得4分带教病例数≥规定数的80%，得3分带教病例数＜80%，或带教老师职称不符合要求，不得分", "4"),
    ("读片例数达到要求，得3分读片例数≥规定数的70%，且有读片记录，得2分读片例数＜70%，不得分", "3"),
])
def test_near_miss_a_condition_of_its_own_beside_the_figure(text, weight):
    p = propose(text, weight, "工作量")
    assert p.kind != "tiers" or not p.confident, p.summary


# ── a lowest situation short of the thing done (“…,但实际未达到定额标准的得1分”): nothing done scores 0, unsaid ──────────
@pytest.mark.parametrize("text, weight", [
    ("查阅制度文件,重点用水设备实行用水定额管理制度并达到定额标准的得3分,重点用水设备实行用水定额制度,但实际未达到定额标准的得1分;",
     "3"),
    ("建立值班制度并严格执行的得2分,建立值班制度,但未严格执行的得1分。", "2"),
    ("制定应急预案并组织演练的得4分;制定应急预案,但是没有组织演练的得2分", "4"),
])
def test_a_lowest_situation_short_of_the_thing_done_adds_nothing_done(text, weight):
    p = propose(text, weight, "制度")
    sole(p, "choice")
    best = D(weight)[0]
    assert _options(p)[0] == best and _options(p)[-1] == 0 and len(_options(p)) == 3
    assert picked(p, 2) == 0
    assert not p.confident  # nothing done scoring 0 is unsaid


@pytest.mark.parametrize("text, weight", [
    ("建立值班制度并严格执行的得2分,未建立值班制度的不得分。", "2"),  # the lowest is nothing done: no third situation
    ("制定应急预案并组织演练的得4分;制定应急预案,但是没有组织演练的扣2分", "4"),  # a deduction: no added situation
])
def test_near_miss_the_lowest_situation_not_short_of_it(text, weight):
    p = propose(text, weight, "制度")
    if p.kind == "choice":
        assert len(p.items[0]["params"]["options"]) == 2, p.items


# ── a case that loses nothing (“…,此处不失分”): the 分值 in full ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("完全符合要求，得2分1项不符合要求，不得分无联合培训单位的基地，此处不失分", "2", [2, 2, 0]),
    ("满足要求，得1分无分院区的医院，此处不失分", "1", [1, 1, 0]),
    ("符合要求的得3分;不符合要求的不得分;未设置该岗位的,不失分", "3", [3, 3, 0]),
])
def test_a_case_that_loses_nothing_scores_in_full(text, weight, expected):
    p = propose(text, weight, "协同")
    sole(p, "choice")
    assert _options(p) == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("满足要求，得1分（无分院区的医院，此处不失分）", "1"),  # an aside in brackets: the requirement met or not
])
def test_near_miss_losing_nothing_said_as_an_aside(text, weight):
    p = propose(text, weight, "协同")
    assert p.kind == "all_or_nothing", p.summary


# ── nothing done zeroes the row, a line fallen short of costs a part once (“未…不得分;参与者人数不足10%扣5分”) ──────────
@pytest.mark.parametrize("text, weight, expected", [
    ("未开展满意度调查不得分；调查覆盖人数不足20%扣3分", "6", [6, 3, 0]),
    ("未组织家属座谈的不得分;参会家属比例少于30%的扣2分", "4", [4, 2, 0]),
    ("无回访记录的不得分，回访率低于90%扣1分", "3", [3, 2, 0]),
])
def test_nothing_done_zeroes_a_line_short_of_costs_once(text, weight, expected):
    p = propose(text, weight, "满意度")
    sole(p, "choice")
    assert _options(p) == D(*expected)
    assert [picked(p, i) for i in range(3)] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("未开展满意度调查不得分；调查覆盖率每低于20%扣3分", "6"),  # a step per line: not once
    ("满意度调查覆盖人数不足20%扣3分，回访率低于90%扣1分", "6"),  # two lines, no nothing done: faults that add up
    ("未开展满意度调查不得分；调查覆盖人数不足20%扣3分，回访率低于90%扣1分", "6"),  # two lines beside it
])
def test_near_miss_not_one_line_beside_nothing_done(text, weight):
    p = propose(text, weight, "满意度")
    assert not (p.kind == "choice" and any("未达到该线扣一次读入" in u for u in p.unplaced)), p.summary


# ── bands of a share of the 规定数量, the requirement met on the 分值 (“符合要求，得2分≥规定数量的85%，得1分”) ─────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("符合要求（不含分院区数据），得2分≥规定数量的85%，得1分＜规定数量的85%，不得分", "2", [100, 90, 50], [2, 1, 0]),
    ("达到要求，得3分≥规定数量的70%，得2分≥规定数量的50%，得1分＜规定数量的50%，不得分", "3", [100, 75, 60, 20], [3, 2, 1, 0]),
])
def test_bands_of_a_share_of_the_required_number(text, weight, values, expected):
    p = propose(text, weight, "病例数")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident


# ── the requirement's line first with no points, then the lesser bands (“…达到95%以上 达到90%以上,得3分;…”) ─────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("投诉办结率达到98%以上 达到90%以上,得3分;低于90%不得分", "5", [99, 95, 80], [5, 3, 0]),
    ("回访率达到95%以上,达到85%以上,得2分;达到70%以上,得1分;低于70%不得分", "4", [96, 90, 75, 50], [4, 2, 1, 0]),
])
def test_the_line_said_first_without_points_is_on_the_full_marks(text, weight, values, expected):
    p = propose(text, weight, "办结率")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not p.confident
    assert any("按达到该线得满分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("投诉办结率达到90%以上,达到95%以上,得3分;低于90%不得分", "5"),  # the first line lower: no band above the rest
    ("投诉办结率达到98%以上,达到90%以上,得5分;低于90%不得分", "5"),  # the lesser band already on the 分值
])
def test_near_miss_no_unscored_line_above_the_bands(text, weight):
    p = propose(text, weight, "办结率")
    assert not any("按达到该线得满分" in u for u in p.unplaced), p.unplaced
    assert not p.confident


# ── the points of each case are the 分值 (“…进入商品化运作者，每件加10分” on 10): one case at least, or none ─────────────
@pytest.mark.parametrize("text, weight", [
    ("3.教学成果经转化，进入推广应用者，每项加8分（不包括成果第一完成人）。", "8"),
    ("获得省级以上表彰的,每项加4分", "4"),
])
def test_points_of_each_case_equal_to_the_full_marks(text, weight):
    found = [r for r in readings(text, weight) if r.items[0]["type"] == "all_or_nothing"
             and "等于分值" in " ".join(r.doubts or ())]
    assert len(found) == 1
    p = propose(text, weight, "成果")
    assert not p.confident
    if p.kind == "all_or_nothing":
        assert met_or_not(p) == tuple(D(weight, 0))


def test_points_of_each_case_with_an_aside_proposed_whole():
    p = propose("3.教学成果经转化，进入推广应用者，每项加8分（不包括成果第一完成人）。", "8", "成果")
    sole(p, "all_or_nothing")
    assert "不包括成果第一完成人" in p.items[0]["params"]["condition"]
    assert met_or_not(p) == tuple(D(8, 0))


@pytest.mark.parametrize("text, weight", [
    ("获得省级以上表彰的,每项加2分", "4"),  # two cases reach the 分值: points per case
    ("获得省级以上表彰的,每项加4分,最多加8分", "8"),  # a cap of its own
    ("担任学生社团指导教师,每次加2分", "2"),  # a time a role is held, not a case of a result
])
def test_near_miss_points_of_each_case_short_of_the_full_marks(text, weight):
    assert not any(r.items[0]["type"] == "all_or_nothing" and "等于分值" in " ".join(r.doubts or ())
                   for r in readings(text, weight))

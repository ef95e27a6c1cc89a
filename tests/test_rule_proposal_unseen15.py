"""Wordings that fell back to judgement though their rule is plain: numbered situations each closed by its score with
no 得 (“(1)…5分(2)…0分”), the full one and the one scoring nothing; the variant character 旳 for 的; and a bare
requirement that names evaluation as what it concerns (“…作为素质评价的重要内容”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import met_or_not, picked, ratio, readings, scored, scores, sole, ticks, types


# ── numbered situations, the full one and the one scoring nothing, each closed by its score: “(1)…5分(2)…0分” ────────
@pytest.mark.parametrize("text, weight", [
    ("(1)设立专用资金账户5分(2)资金存入个人账户0分", "5"),
    ("(1)设立专用资金账户5分;(2)资金存入个人账户0分", "5"),
    ("1.档案按年度装订成册,4分;2.档案散乱堆放,0分", "4"),
    ("(1)公示栏设在醒目位置3分(2)未设公示栏或公示内容与实际不符0分", "3"),
])
def test_numbered_full_and_none(text, weight):
    p = propose(text, weight, "管理")
    params = sole(p, "choice")
    assert len(params["options"]) == 2
    assert picked(p, 0) == Decimal(weight) and picked(p, 1) == 0
    assert p.confident, p.unplaced


def test_numbered_full_lesser_and_none_still_read():
    # three situations were read before; they stay so
    p = propose("(1)设立专用资金账户5分(2)与其他资金共用账户2分(3)资金存入个人账户0分", "5", "管理")
    sole(p, "choice")
    assert [picked(p, k) for k in range(3)] == [Decimal(5), Decimal(2), Decimal(0)]


def test_near_miss_numbered_points_adding_up_stay_points():
    # no situation at 0: points of a 要点核查, as before
    p = propose("(1)建立管理制度5分(2)制度落实到位5分", "10", "制度")
    assert types(p) == ["checklist"]


@pytest.mark.parametrize("text, weight", [
    ("(1)年内开展培训2次以上4分(2)未开展培训0分", "4"),  # a figure: a line to reach, not a situation in words
    ("本项考核内容:(1)建立台账4分(2)未建立台账0分", "4"),  # words before the list
])
def test_near_miss_numbered_with_a_figure_or_heading(text, weight):
    for found in readings(text, weight):
        assert not (found.summary.startswith("情形选择") and not found.doubts), found.summary
    assert not propose(text, weight, "台账").confident


def test_near_miss_highest_and_lowest_are_no_situations():
    # “最高的8分,最低的0分”: bounds of the team's score, no numbered list
    p = propose("按照场地整洁程度不同,最高的8分,最低的0分", "8", "整洁")
    assert not p.confident


# ── 旳 (a variant of 的 from text recognition and old fonts) reads as 的 ────────────────────────────────────────────
def test_variant_de_reads_as_de():
    assert normalize("完成率低于90%旳,每低1个百分点扣1分") == "完成率低于90%的,每低1个百分点扣1分"
    variant = propose("完成全年目标任务旳,得10分;目标任务完成率低于90%旳,每低1个百分点扣1分,扣完为止", "10", "完成率")
    plain = propose("完成全年目标任务的,得10分;目标任务完成率低于90%的,每低1个百分点扣1分,扣完为止", "10", "完成率")
    assert variant.items == plain.items and variant.summary == plain.summary
    assert variant.kind == "threshold"
    assert scores(variant, [95, 89, 80]) == scores(plain, [95, 89, 80])


def test_traditional_bie_and_zhang_read_as_simplified():
    # 分別、臺帳 in a table published in 繁体: the same words as 分别、台账
    assert normalize("無計劃、無臺帳的分別扣1分") == normalize("无计划、无台账的分别扣1分")
    assert propose("無計劃、無臺帳的分別扣1分", "2", "台账").items == propose("无计划、无台账的分别扣1分", "2", "台账").items


# ── a requirement with no score, naming evaluation as what it concerns: 全有或全无, to check ───────────────────────
@pytest.mark.parametrize("text", [
    "把志愿服务表现作为学生综合素质评价的重要依据",
    "建立健全教学管理、评价考核、档案管理等规章制度;并严格执行",
    "将安全教育纳入教师工作评价内容",
])
def test_requirement_naming_evaluation(text):
    p = propose(text, "2", "制度")
    sole(p, "all_or_nothing")
    assert not p.confident and any("只写了要求" in u for u in p.unplaced)
    assert met_or_not(p) == (Decimal(2), Decimal(0))


@pytest.mark.parametrize("text", [
    "综合评价为优秀的",  # an outcome of an evaluation: a grade, not a requirement
    "根据第三方评价结果确定",
    "年度考核评价等级达到良好",
])
def test_near_miss_evaluation_outcome_is_no_bare_requirement(text):
    p = propose(text, "2", "评价")
    assert p.kind != "all_or_nothing", p.summary


# ── a fault naming a thing obtained (获得、取得、得到) that zeroes the row: 全有或全无, to check ─────────────────────────
@pytest.mark.parametrize("text", [
    "项目未获得立项批复的,该项不得分",
    "服务满意度未得到提升或投诉未及时办结的,本项不得分",
    "查看证书,承办单位未取得相应资质的,本项不得分",
])
def test_fault_of_a_thing_obtained_zeroes(text):
    p = propose(text, "5", "资质")
    sole(p, "all_or_nothing")
    assert not p.confident and any("未明说" in u for u in p.unplaced)
    assert met_or_not(p) == (Decimal(5), Decimal(0))


@pytest.mark.parametrize("text", [
    "项目未获得批复的,得2分",  # points earned, not a zero
    "获得市级以上表彰的,加1分",
    "合格率低于90%的,该项不得分",  # a line: bands, not a fault in words
])
def test_near_miss_thing_obtained_with_points_or_a_line(text):
    assert all(not (x.summary.startswith("全有或全无") and "获得" in x.summary) for x in readings(text, "5"))
    p = propose(text, "5", "资质")
    assert not (p.kind == "all_or_nothing" and p.confident), p.summary


# ── below 100%, the score “按百分比”: the rate × the 分值, as “按比例” ────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "普查率达100%,得10分;低于100%按百分比得分",
    "完成率达到100%的得满分,未达到的按百分比计分",
    "验收合格率100%的,计10分;不足100%的,按百分比计分",
])
def test_below_full_by_percentage(text):
    p = propose(text, "10", "完成率")
    sole(p, "rate")
    assert p.confident, p.unplaced
    assert [scored(p, ratio(v)) for v in (100, 85, 40)] == [Decimal(10), Decimal("8.5"), Decimal(4)]


def test_near_miss_percentage_of_a_lower_line_stays_to_check():
    # below a line under 100%, the share of the line (a formula), never the rate itself, and to check
    p = propose("登记率≥40%,得10分;低于40%按百分比得分", "10", "登记率")
    assert p.kind != "rate" and not p.confident


# ── a requirement asking a count “N次以上” besides other words, no score said: 全有或全无, to check ──────────────────
@pytest.mark.parametrize("text, count", [
    ("加强信息报送,配合做好宣传工作;全年信息录用30条以上", "30条以上"),
    ("全年开展普法宣传活动4次以上,做好活动记录", "4次以上"),
    ("组织志愿者服务队,吸纳志愿者20人(含)以上", "20人(含)以上"),
])
def test_count_asked_at_least(text, count):
    p = propose(text, "2", "宣传")
    sole(p, "all_or_nothing")
    assert not p.confident and any(count in u for u in p.unplaced)
    assert met_or_not(p) == (Decimal(2), Decimal(0))


@pytest.mark.parametrize("text", [
    "全年开展宣传活动3次以上",  # the line alone: bands on the count, as before
    "群众满意率90%以上,做好回访记录",  # a rate: no count asked
    "全年开展宣传活动3次以上,得2分",  # a score said
])
def test_near_miss_count_asked(text):
    p = propose(text, "2", "宣传")
    assert not (p.kind == "all_or_nothing" and any("只写了要求" in u for u in p.unplaced)), p.summary


# ── text recognition: a decimal point lost (“得05分”), and the 1 after a Latin x read as l (“xl00%”) ───────────────────
@pytest.mark.parametrize("lost, kept", [
    ("建立台账得05分,台账规范得05分,按月更新得1分", "建立台账得0.5分,台账规范得0.5分,按月更新得1分"),
    ("每发现1处错误扣02分,扣完为止", "每发现1处错误扣0.2分,扣完为止"),
])
def test_point_lost_before_a_digit(lost, kept):
    assert normalize(lost) == normalize(kept)
    assert propose(lost, "2", "台账").items == propose(kept, "2", "台账").items


def test_points_of_two_digits_keep_their_figure():
    # a figure with no leading 0 is what it says
    assert normalize("达标的得10分,每发现1处扣1分") == "达标的得10分,每发现1处扣1分"
    assert normalize("得105分") == "得105分"


@pytest.mark.parametrize("text", [
    "(按时办结件数/应办结件数)xl00%x20",
    "(按时办结件数/应办结件数)Xl00%*20",
])
def test_latin_times_then_one_read_as_l(text):
    p = propose(text, "20", "办结率")
    sole(p, "rate")
    assert p.confident, p.unplaced
    assert scored(p, ratio(45, 50)) == Decimal(18)


def test_near_miss_latin_letters_in_words_stay():
    # a Latin x or l among words, no figure after it, is no sign
    assert normalize("使用Excel表格登记") == "使用Excel表格登记"


# ── numbered points, then a statement at 0 that none of them is met: the points of a 要点核查, to check ────────────────
@pytest.mark.parametrize("text", [
    "(1)台账登记完整4分(2)台账按月更新4分(3)上述两项均未落实0分",
    "(1)台账登记完整4分;(2)台账按月更新4分;(3)以上都不符合0分",
])
def test_points_then_none_of_them(text):
    p = propose(text, "8", "台账")
    assert types(p) == ["checklist"]
    assert ticks(p, True, True) == 8 and ticks(p, True, False) == 4 and ticks(p, False, False) == 0


def test_near_miss_a_last_point_at_0_of_its_own():
    # a statement at 0 of one requirement (not of the points together) is no closing remark
    p = propose("(1)台账登记完整4分;(2)台账按月更新4分;(3)台账不更新0分", "8", "台账")
    assert types(p) != ["checklist"]

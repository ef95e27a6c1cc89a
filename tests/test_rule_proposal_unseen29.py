"""The form of a text, not its rule, keeping every recogniser off: the closing “。” of a scanned table read by text
recognition as a Latin o or a 0 (“…扣完为止O”, “…扣2分0”, “…扣72o”, “…×6%o”), and parts that each state their points and
then a formula for what falls short (“A率达到100%,得6分,低于100%,得分=A率×6分;B率…”).

Each class has made-up texts in several house styles, with the rule they must give and the score of a few situations,
and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize, stop_misread
from tests.proposals import D, by_count, by_vars, ratio, scored, scores, sole, types


# ── the closing “。” read as o, O or 0 ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("每发现1处台账登记错误扣0.5分,扣完为止O", "3"),
    ("每发现1处台账登记错误扣0.5分,扣完为止o", "3"),
    ("台账登记错误的,每处扣0.5分,扣完为止 O", "3"),
])
def test_a_stop_read_as_o_after_words_is_the_stop(text, weight):
    p = propose(text, weight, "台账")
    plain = propose(text.rstrip("oO ") + "。", weight, "台账")
    assert p.items == plain.items and p.confident == plain.confident
    assert sole(p, "deduction")["per"] == "0.5"
    assert by_count(p, "2") == Decimal("2") and by_count(p, "10") == Decimal(0)


@pytest.mark.parametrize("text, weight", [
    ("未制定工作方案的扣2分;未明确专人负责的扣3分0", "5"),
    ("1.未制定工作方案的,扣2分;2.未明确专人负责的,扣3分0", "5"),
])
def test_a_stop_read_as_0_after_points_is_the_stop(text, weight):
    assert normalize(text).endswith("扣3分;")
    p = propose(text, weight, "方案")
    plain = propose(text[:-1] + "。", weight, "方案")
    assert p.items == plain.items and p.confident == plain.confident and p.items


@pytest.mark.parametrize("text, weight, mark", [
    ("未报送年度计划的扣2分,计划未按期执行的扣3o", "10", "3o"),
    ("得分=群众满意度×10%o", "10", "10%o"),
    ("得分=测评平均分*20%O", "20", "20%O"),
])
def test_an_o_after_a_figure_is_read_as_the_stop_and_left_to_check(text, weight, mark):
    # after a figure the o may be a degree sign, after % a ‰: the reading stays to check, the mark named
    assert stop_misread(text) == mark
    p = propose(text, weight, "指标")
    assert p.kind != "judgement" and not p.confident
    assert any(mark in u and "句号" in u for u in p.unplaced), p.unplaced


def test_an_o_after_a_percentage_is_read_as_the_percentage():
    p = propose("得分=群众满意度×10%o", "10", "满意度")
    variables = p.items[0]["params"]["variables"]
    assert len(variables) == 1
    assert by_vars(p, "90") == Decimal("9")


def test_an_o_after_a_deduction_keeps_its_points():
    p = propose("未报送年度计划的扣2分,计划未按期执行的扣3o", "10", "计划")
    assert types(p) == ["formula"]
    assert by_vars(p, "1", "0") == Decimal("8") and by_vars(p, "0", "1") == Decimal("7")


@pytest.mark.parametrize("text", [
    "未按要求开展的,本项得分0",  # a score of 0, not a stop
    "差错率控制在3%o以内",  # a ‰ inside the text
    "通过ISO",  # a word of Latin letters
    "每处扣0.5分,扣完为止。",  # no o at all
    "每处扣0.5分,扣完为止。O",  # an o after the stop: a stray mark, left unplaced
])
def test_near_miss_no_stop_misread(text):
    assert stop_misread(text) == ""
    if text.endswith("。O"):
        assert not propose(text, "3", "台账").confident
    if text.endswith("0"):
        assert normalize(text).endswith("得分0")
    if "ISO" in text:
        assert normalize(text).endswith("ISO")


# ── parts each closed by a formula for what falls short ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, first", [
    ("工程完成率达到100%,得6分,低于100%,得分=工程完成率×6分;资金到位率达到100%,得4分,低于100%,得分=资金到位率×4分。",
     "10", "6"),
    ("项目完成率达到100%的,得10分,低于100%的,得分=项目完成率*10分;资金到位率达到100%的,得10分,"
     "低于100%的,得分=资金到位率*10分", "20", "10"),
    ("任务完成率达到100%,计5分,未达到100%,得分=任务完成率×5分;资金到位率达到100%,计5分,未达到100%,"
     "得分=资金到位率×5分;", "10", "5"),
])
def test_parts_each_closed_by_a_formula(text, weight, first):
    p = propose(text, weight, "项目")
    assert len(p.items) == 2, (p.summary, p.unplaced)
    assert sum(Decimal(it["max"]) for it in p.items) == Decimal(weight)
    assert p.items[0]["max"] == first
    # the second part: its rate of 100% keeps its points, 50% gives half of them
    second = Decimal(p.items[1]["max"])
    assert scored(p, ratio("100"), 1) == second and scored(p, ratio("50"), 1) == second / 2


def test_near_miss_a_part_whose_formula_keeps_its_own_line_is_not_sure():
    # “达95%,得10分,低于95%,得分=…×10分”: the line is not the formula's 100%, a reading of the part is to check
    p = propose("工程完成率达到100%,得10分,低于100%,得分=工程完成率×10分;造林成活率达95%,得10分,低于95%,"
                "得分=造林成活率×10分。", "20", "造林")
    assert not p.confident


def test_near_miss_parts_whose_points_do_not_add_up_are_not_sure():
    p = propose("工程完成率达到100%,得6分,低于100%,得分=工程完成率×6分;资金到位率达到100%,得6分,低于100%,"
                "得分=资金到位率×6分。", "10", "项目")
    assert not p.confident


# ── list marks of a number and a closing bracket alone: “1)…;2)…” ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("1)建立项目管理制度(2分);2)制定年度工作计划(2分);3)按月报送工作进度(1分)", "5", ["2", "2", "1"]),
    ("1)建立项目管理制度,得2分;2)制定年度工作计划,得2分;3)按月报送工作进度,得1分。", "5", ["2", "2", "1"]),
    ("1）建立项目管理制度，得3分；2）制定年度工作计划，得2分。", "5", ["3", "2"]),
])
def test_half_bracket_marks_are_a_numbered_list(text, weight, points):
    assert normalize(text).startswith("(1)")
    p = propose(text, weight, "管理")
    assert sole(p, "checklist") and p.confident, p.unplaced
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == points


def test_half_bracket_marks_after_a_heading_and_its_points():
    t = normalize("建立统计台账。(4分)1)建立票据明细清单,得1分;2)按时报送数据,得1分;3)按时报送分析报告,得2分。")
    assert "(4分)(1)建立" in t and ";(2)按时" in t and ";(3)按时" in t


@pytest.mark.parametrize("text", [
    "按要求报送(含电子版1)份材料,得2分",  # a bracket opened before it: “1)” closes it
    "建立制度;1)制定计划,得2分",  # one mark alone is no list (opening the text, it is the row's: “(1)”)
    "2)建立制度,得2分;3)制定计划,得2分",  # a list that does not open with 1
    "建立制度得2分(见附件1)",  # a bracket of its own
])
def test_near_miss_no_half_bracket_list(text):
    assert "(1)" not in normalize(text) and "(2)" not in normalize(text)


# ── a part's own numbered points after its heading and points: “3.…台账。(4分)1)…得1分;2)…” ─────────────────────────
def test_a_parts_own_points_after_its_heading():
    p = propose("1.建立工作制度,得2分;2.制定年度方案,得2分;3.建立统计台账。(4分)1)建立票据明细清单,得1分;"
                "2)按时报送数据,得1分;3)按时报送分析报告,得1分;4)公示消费情况,得1分。", "8", "台账")
    assert sole(p, "checklist")
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["2", "2", "1", "1", "1", "1"]
    # the part's heading is no point: it stays among the words to check
    assert not p.confident and any("建立统计台账" in u for u in p.unplaced)


def test_the_inner_list_is_no_part_of_the_outer_one():
    # “(1)…(4)” inside part 3 of “1.…2.…3.”: never the outer list's part 4
    from services.frameworks.reading import _split_numbered
    parts = _split_numbered(normalize("1.建立制度,得2分;2.制定方案,得2分;3.建立台账(4分)(1)按月登记,得1分;(2)按时报送,得1分;"
                                      "(3)按季分析,得1分;(4)按年公示,得1分"))
    assert len(parts) == 3 and parts[2].startswith("建立台账")


def test_near_miss_inner_points_that_do_not_add_up_are_not_split():
    p = propose("1.建立工作制度,得2分;2.制定年度方案,得2分;3.建立统计台账。(4分)1)建立票据明细清单,得1分;"
                "2)按时报送数据,得1分。", "8", "台账")
    assert not p.confident


# ── other marks between a requirement and its score: dashes, bullets, a space after a line in % ─────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("建立工作制度——2分;制度上墙公示——1分", "3", ["2", "1"]),
    ("建立工作制度--2分;制度上墙公示--1分", "3", ["2", "1"]),
    ("●建立工作制度得2分 ●制度上墙公示得1分", "3", ["2", "1"]),
    ("◆建立工作制度(2分)◆制度上墙公示(1分)", "3", ["2", "1"]),
])
def test_dashes_and_bullets_between_points(text, weight, points):
    p = propose(text, weight, "制度")
    assert sole(p, "checklist") and p.confident, p.unplaced
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == points


@pytest.mark.parametrize("text", [
    "完成率≥95%——3分;完成率<95%——0分",
    "完成率≥95% 3分 <95% 0分",
    "完成率≥95%\u30003分\u3000完成率<95%\u30000分",
])
def test_a_line_and_its_score_apart_by_a_dash_or_a_space(text):
    p = propose(text, "3", "完成率")
    assert p.kind == "tiers" and p.confident, (p.summary, p.unplaced)
    assert scores(p, [96, 95, 90]) == D(3, 3, 0)


@pytest.mark.parametrize("text", [
    "每发现1处问题扣罚0.5分,扣完为止",
    "发现问题每处扣罚0.5分,扣完为止",
])
def test_points_taken_with_koufa(text):
    p = propose(text, "3", "问题")
    assert sole(p, "deduction")["per"] == "0.5" and p.confident
    assert by_count(p, "2") == Decimal(2)


def test_otherwise_nothing_said_as_weiling():
    assert normalize("完成率≥95%得满分,否则为零") == normalize("完成率≥95%得满分,否则不得分")


@pytest.mark.parametrize("text, kept", [
    ("评分80-90分的,得2分", "80-90分"),  # a range of figures, not a dash before points
    ("每发现1处问题-0.5分,扣完为止", "问题扣0.5分"),  # a single dash is a minus, never a colon (unseen32)
    ("明确丁•作职责(2分)", "丁•作"),  # a stray mark within words, no bullet
    ("□是(2分)□否(0分)", "□否"),  # boxes to tick, no bullets
])
def test_near_miss_marks_left_as_written(text, kept):
    assert kept in normalize(text).replace("·", "•") or kept in normalize(text)


# ── a score in brackets of another shape, or its 分 apart by a space ───────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "建立工作制度【2分】;制度上墙公示【1分】",
    "建立工作制度〈2分〉;制度上墙公示〈1分〉",
    "建立工作制度[2分];制度上墙公示[1分]",
    "建立工作制度［2分］;制度上墙公示［1分］",
    "建立工作制度{2分};制度上墙公示{1分}",
    "建立工作制度<2分>;制度上墙公示<1分>",
    "建立工作制度 2 分 制度上墙公示 1 分",
])
def test_scores_in_other_brackets_or_spaced(text):
    p = propose(text, "3", "制度")
    assert sole(p, "checklist") and p.confident, (p.summary, p.unplaced)
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["2", "1"]


@pytest.mark.parametrize("text, kept", [
    ("得分=([优秀]票数*100+[合格]票数*60)/有效票数", "[优秀]"),  # square brackets naming a formula's figures
    ("得分={A*2+B}/C", "{A*2+B}"),
    ("完成率<95%,不得分", "<95%"),  # a sign, not a bracket
])
def test_near_miss_other_brackets_kept(text, kept):
    assert kept in normalize(text)


def test_near_miss_one_spaced_score_after_each_is_no_cell():
    # “每 项 1.5 分”: one score alone, its spaces dropped as before (a step's points, not a cell of its own)
    assert normalize("每 项 1.5 分") == "每项1.5分"


# ── bands listed with 、 between a score and the next band ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "完成率≥95%计5分、90%-95%计3分、<90%不计分",
    "完成率≥95%得5分、≥90%得3分、<90%不得分",
])
def test_bands_listed_with_a_pause_mark(text):
    p = propose(text, "5", "完成率")
    assert p.kind == "tiers" and p.confident, (p.summary, p.unplaced)
    assert scores(p, [96, 95, 92, 80]) == D(5, 5, 3, 0)


def test_near_miss_points_listed_with_a_pause_mark_stay_a_list():
    assert "2分、3分" in normalize("国家级、省级分别得2分、3分")

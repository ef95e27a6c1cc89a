"""Wordings of 评分标准 a proposer missed: a requirement, then the bare points of the grade columns it is checked in
(“作业批改认真,收发及时 10 8 6”: columns A, B, C of a 检查表), perhaps with a sentence zeroing the row; a count alone as the
requirement (“500字或以上”, “有1幅或以上图片”); a colon before 否则 (“能正常运行得3分:否则不得分”); and the last situation's
bare score after a comma (“…性能差, 0”).

Made-up texts in the style of assessment sheets, with the scores of a few cases, and near misses that must not be read
that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, picked, readings, sole


# ── a requirement, then the points of its grade columns ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("教案书写规范,环节齐全,有教学反思 10 8 6", "10", D(10, 8, 6, 0)),
    ("实验记录完整、数据真实,按时上交实验报告 6 4 2", "6", D(6, 4, 2, 0)),
    ("课堂纪律良好,学生正确率85%以上 20 16 12 8", "20", D(20, 16, 12, 8, 0)),
    ("班级日志填写及时、内容真实 5 3", "5", D(5, 3, 0)),
])
def test_a_requirement_then_its_grade_columns(text, weight, expected):
    p = propose(text, weight, "常规检查")
    options = sole(p, "choice")["options"]
    assert len(options) == len(expected)
    assert [picked(p, r) for r in range(len(expected))] == expected
    assert not p.confident  # the bare figures read as points, and the grade picked, are the team's to check
    assert "以上情形均不符合" in [o["label"] for o in options]
    assert not any("各档得分" in u for u in p.unplaced)  # the words the normalised text writes are no words to check


def test_a_sentence_zeroing_the_row_is_a_situation_of_its_own():
    p = propose("有听课记录本,记录完整,有评议意见。补记听课记录者,该项不计分 15 12 9", "15", "听课")
    options = sole(p, "choice")["options"]
    assert [picked(p, r) for r in range(4)] == D(15, 12, 9, 0)
    assert options[-1]["label"] == "补记听课记录者"
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    # the best grade is not the 分值
    ("教案书写规范,环节齐全,有教学反思 8 6 4", "10"),
    # figures rising: no grades best first
    ("教案书写规范,环节齐全,有教学反思 6 8 10", "10"),
    # points said in the words: not a requirement graded in columns
    ("教案书写规范得2分,环节齐全 10 8 6", "10"),
    # a deduction in the words
    ("教案每缺1项扣1分 10 8 6", "10"),
])
def test_near_misses_of_grade_columns(text, weight):
    assert not any(r.summary.startswith("情形选择") and len(r.items[0]["params"]["options"]) >= 3
                   and r.items[0]["params"]["options"][0]["label"] == "A档" for r in readings(text, weight))


# ── a count alone as the requirement ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, name", [
    ("600字或以上", "4", "通讯类·字数"),
    ("有2幅或以上图片", "3", "图片新闻·图片"),
    ("1000字以上", "5", "评论类·字数"),
])
def test_a_count_alone_is_the_indicator_s_requirement(text, weight, name):
    p = propose(text, weight, name)
    sole(p, "all_or_nothing")
    assert met_or_not(p) == tuple(D(weight, 0))
    assert not p.confident
    assert any(name in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("600字或以上得4分,不足600字得2分", "4"),  # a lesser count scores too
    ("每篇600字或以上", "4"),  # per piece: counted
    ("完成率80%或以上", "4"),  # a rate, no count
    ("2年以上", "4"),  # a span of time alone may be a band of its own
    ("3次以上", "4"),  # so may a count of times
])
def test_near_misses_of_a_count_alone(text, weight):
    p = propose(text, weight, "字数")
    assert not (p.kind == "all_or_nothing" and any("只写了数量" in u for u in p.unplaced))


# ── a colon before 否则 ──────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("设备能正常运行得3分:否则不得分", "3"),
    ("台账按月更新的得2分：否则不得分", "2"),
])
def test_a_colon_before_otherwise(text, weight):
    p = propose(text, weight, "运行")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == tuple(D(weight, 0))


def test_a_colon_before_otherwise_still_needs_the_whole_points():
    p = propose("设备能正常运行得2分:否则不得分", "3", "运行")
    assert p.kind != "all_or_nothing" or not p.confident


# ── the last situation's bare score after a comma ────────────────────────────────────────────────────────────
def test_a_bare_score_after_a_comma_closes_its_situation():
    p = propose("仓库建设符合标准,通风良好 3 仓库基本符合标准,通风一般 2 仓库不符合标准,存在安全隐患, 0", "3", "仓储")
    options = sole(p, "choice")["options"]
    assert len(options) == 3
    assert [picked(p, r) for r in range(3)] == D(3, 2, 0)
    assert not p.confident


def test_a_comma_before_a_figure_of_the_words_is_no_cell():
    p = propose("仓库建设符合标准,每季度检查, 2 次以上", "3", "仓储")
    assert not (p.kind == "choice" and p.confident)


# ── a single case denied, said “发现有1例…” ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("1、严格执行辖区内排污许可制度,得2分,发现有1例未执行,不得分", "2"),
    ("认真落实河长巡河制度,得3分,发现有1处未落实,不得分(以巡河记录为准)", "3"),
])
def test_one_case_found_denied_zeroes_the_row(text, weight):
    p = propose(text, weight, "执行情况")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == tuple(D(weight, 0))


def test_one_case_found_then_a_deduction_is_no_all_or_nothing():
    p = propose("严格执行辖区内排污许可制度,得2分,发现有1例未执行,扣1分", "2", "执行情况")
    assert p.kind != "all_or_nothing"


# ── the next situation's count run straight on after a score (“…得2分数量达标,…”) ─────────────────────────────────
def test_a_count_run_on_after_a_score_opens_the_next_situation():
    p = propose("带教病例数达标,且记录规范,得3分数量达标,但记录不规范,得1分不达标,不得分", "3", "带教")
    options = sole(p, "choice")["options"]
    assert len(options) == 3
    assert [picked(p, r) for r in range(3)] == D(3, 1, 0)
    assert options[1]["label"].startswith("数量达标")


def test_a_word_of_points_after_a_score_is_not_split():
    p = propose("考核合格得2分数值以考核表为准", "2", "考核")
    assert not (p.kind == "choice" and any(o["label"].startswith("值") for o in p.items[0]["params"]["options"]))

"""Wordings a proposer found no reading of at all: bands whose points stand in brackets after the stop closing each
band's sentence (“…年演练率达到60%以上。(3分)…达到40%-60%。(2分)”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scores, sole


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

"""Points per case whose text closes with the cases that earn nothing (“每份得2分,字迹潦草的不得分”: those cases left out
of the count), and situations in words one of which says in brackets how often it happens (“偶尔迟到(每月不超过2次)得3分”:
a situation, no band of a value).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, picked, readings, sole

_VOIDED = "不计入个数"
_HOW_OFTEN = "括号内的次数"


def _doubted(p, words: str) -> bool:
    return any(words in u for u in p.unplaced)


# ── points per case, a closing clause of the cases that earn nothing (“…,涂改一律不计分”) ─────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, count, score", [
    ("每份报告得2分,最高10分,字迹潦草的不得分", "10", "2", "份", "3", "6"),
    ("每篇稿件得1分;内容与简报重复的一律不计分", "5", "1", "篇", "4", "4"),
    ("每张图得0.5分,涂改一律不计分。", "5", "0.5", "张", "6", "3"),
    ("每張圖得0.5分，塗改一律不計分。", "5", "0.5", "张", "20", "5"),  # (traditional characters; the 分值 caps them)
])
def test_cases_named_last_earn_nothing(text, weight, per, unit, count, score):
    p = propose(text, weight, "作品")
    params = sole(p, "formula")
    assert params["expression"] == f"{per} * a"
    assert params["variables"][0]["unit"] == unit
    assert by_vars(p, count) == Decimal(score)
    assert by_vars(p, "0") == 0
    assert not p.confident
    assert _doubted(p, _VOIDED), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每份报告得2分,最高10分,字迹潦草的本项不得分", "10"),  # the row's own: 本项
    ("每召开1次会议得2分,最高10分;未召开会议不得分", "10"),  # an absence: none of the cases (a count of 0, or a gate)
    ("每份报告得2分,最高10分,发现1份抄袭扣2分", "10"),  # a cost per case, no case voided
    ("每项得1分,最高5分,没有的不得分", "5"),  # none at all, its count 0
    ("每提供1份得2分,最高10分,否则不得分", "10"),  # “否则”: whatever the cases are not
    ("每份得2分,最高10分,视情况不计分", "10"),  # the team's call
    ("每人得2分,最多得6分;注:不提供证书不得分", "6"),  # a note of the proof asked (the proof's readings)
    ("每人得2分,最多得6分,证书复印件不清晰的不得分", "6"),
])
def test_near_miss_no_case_voided(text, weight):
    p = propose(text, weight, "作品")
    assert not _doubted(p, _VOIDED), (p.summary, p.unplaced)
    assert not any(_VOIDED in d for r in readings(text, weight) for d in r.doubts or ())


def test_none_of_the_first_case_is_still_the_gate():
    # “未召开…不得分” after the cases: the first case's absence zeroes the row, as before
    p = propose("每召开1次会议得2分,最高10分;未召开会议不得分", "10", "会议")
    assert "min(a, 1)" in sole(p, "formula")["expression"]


# ── situations in words, one saying how often it happens in brackets (“偶尔迟到(每月不超过2次)得3分”) ────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("从不迟到得5分;偶尔迟到(每月不超过2次)得3分;经常迟到不得分", "5", ("5", "3", "0")),
    ("按时到岗得4分;偶有缺勤（每学期不超过两次）得2分;经常缺勤得0分", "4", ("4", "2", "0")),
    ("10 6 0 能自行服药。偶尔漏服(每周不超过1次)。需他人督促服药。", "10", ("10", "6", "0")),  # a scale's row
    ("10 5 0 能獨立進食。偶爾需協助（每週不超過一次）。需別人餵食。", "10", ("10", "5", "0")),
])
def test_how_often_in_brackets_is_part_of_a_situation(text, weight, scores):
    p = propose(text, weight, "出勤")
    options = sole(p, "choice")["options"]
    assert len(options) == len(scores)
    assert [picked(p, k) for k in range(len(scores))] == [Decimal(x) for x in scores]
    assert not p.confident
    assert _doubted(p, _HOW_OFTEN), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每月迟到不超过2次得3分;每月迟到3-5次得1分;超过5次不得分", "3"),  # the counts are the bands themselves
    ("出勤率达95%(每月不超过1次)得5分;出勤率达80%得3分;低于80%不得分", "5"),  # a figure outside the brackets too
    ("偶尔迟到(每月不超过2次,每次扣1分)得3分;从不迟到得5分;经常迟到不得分", "5"),  # a cost in the brackets
])
def test_near_miss_no_frequency_aside(text, weight):
    p = propose(text, weight, "出勤")
    assert not _doubted(p, _HOW_OFTEN), (p.summary, p.unplaced)
    assert not any(_HOW_OFTEN in d for r in readings(text, weight) for d in r.doubts or ())


def test_bands_of_counts_stay_bands():
    p = propose("每月迟到不超过2次得3分;每月迟到3-5次得1分;超过5次不得分", "3", "出勤")
    assert p.kind == "tiers"

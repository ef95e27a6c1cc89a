"""Wordings of points added and taken per time from a base said last, with the cap of the whole after it (“1.迟到或早退…扣2分/
次;…;3.会上积极发言加2分/次;4.此项基本分为0分,累计不超过8分”, “…,作为活动总负责人,加10分;…;基本分为0分,最高不超过15分”),
and deductions per time closing with a base that is the 分值 said again (“…:一次扣1分;…:一次扣2分。基本分为10分。”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, sole


# ── points added and taken per time from a base said last, capped at the 分值 ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("1.上班迟到扣1分/次。2.会议上主动汇报加2分/次。3.此项基本分为4分，累计不超过10分。", "10",
     [("0", "0"), ("1", "2"), ("0", "5"), ("6", "0")], [4, 7, 10, 0]),
    ("1.参加业务培训加3分/次。2.提交学习心得加1分/次。3.此项基本分为0分，最高不超过9分。", "9",
     [("1", "1"), ("3", "2"), ("0", "0")], [4, 9, 0]),
    ("1.请假扣1分/次，旷工扣3分/次，早退2分/次。2.主动承担加班任务加1分/次。3.此项基本分为6分，累计不超过10分。", "10",
     [("0", "0", "0", "0"), ("1", "0", "1", "2"), ("0", "0", "0", "9"), ("0", "3", "0", "0")], [6, 5, 10, 0]),
    ("组织读书活动，作为总负责人，加6分；协助组织读书活动，加2分；基本分为0分，最高不超过12分", "12",
     [("1", "1"), ("2", "0"), ("0", "0")], [8, 12, 0]),
])
def test_points_per_time_from_a_base_said_last(text, weight, at, expected):
    p = propose(text, weight, "例会")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight, at, expected", [
    ("巡查时发现漏检，一次扣1分；未按时上报者：一次扣2分。基本分为8分。", "8", [("0", "0"), ("1", "1"), ("3", "4")], [8, 5, 0]),
    ("交接班记录不全的，一次扣0.5分；擅自离岗者：一次扣2分。基本分为6分。", "6", [("2", "1"), ("0", "0")], [3, 6]),
])
def test_faults_per_time_closing_with_the_weight_as_base(text, weight, at, expected):
    p = propose(text, weight, "值班")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)


def _read_from_base(text: str, weight: str) -> bool:
    return any(r.summary.startswith("公式计分：基本分") for r in readings(text, weight, "例会"))


@pytest.mark.parametrize("text, weight", [
    ("1.上班迟到扣1分/次。2.会议上主动汇报加2分/次。3.此项基本分为0分，累计不超过8分。", "10"),  # a cap short of the 分值
    ("作为负责人组织活动，加5分；无故缺席活动，扣5分；基本分为5分，最高不超过10分", "10"),  # situations, no time counted
    ("1.上班迟到扣1分/次。2.此项基本分为12分。", "10"),  # a base past the 分值
    ("1.上班迟到2分/次。2.此项基本分为5分，累计不超过10分。", "10"),  # no verb said for the points
    ("参加培训加2分/次;作为讲师,加5分;基本分为0分,最高不超过10分", "10"),  # counted beside uncounted
])
def test_near_miss_not_read_from_a_base_said_last(text, weight):
    assert not _read_from_base(text, weight)
    assert not propose(text, weight, "例会").confident

"""Wordings of 评分标准 a proposer missed: situations closed by a sentence giving a kind of unit the 分值 (“…没有的为0分。
事业单位提供上年度12个月的纳税凭证,得满分”: one more situation); requirements each with their points in brackets, the
last one's deduction per case closed by where it stops (“…没有出现违规案件(2分),每出现1件扣1分,扣完为止”); and the
first case and each case more costing alike (“有1件扣0.5分,每多1件扣0.5分”: a cost per case).

Made-up texts in the style of tender and assessment sheets, with the scores of a few cases, and near misses that must
not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, met_or_not, picked, readings, scored, sole, ticks, types


# ── situations, then a kind of unit scoring the 分值 ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("供应商近三年连续获得纳税信用A级的得满分，获得过两次的得2分，获得过一次的得1分，没有的为0分。"
     "事业单位可提供上年度12个月的纳税凭证，得满分。", "3", D(3, 3, 2, 1, 0)),
    ("近三年连续取得信用A级评价证书的得标准分值，取得过两次的得标准分值的50%，没有或无效的为0分。"
     "军队单位、事业单位可提供上年度纳税凭证，得标准分。", "4", D(4, 4, 2, 0)),
    ("投标人连续获得守合同重信用称号的得满分，获得过一次的得1分，未获得的不得分；军队单位提供主管部门证明，得满分。",
     "2", D(2, 2, 1, 0)),
])
def test_a_kind_of_unit_scoring_the_weight_is_one_more_situation(text, weight, expected):
    p = propose(text, weight, "纳税信用")
    options = sole(p, "choice")["options"]
    assert len(options) == len(expected)
    assert [picked(p, r) for r in range(len(expected))] == expected
    assert "单位" in options[-1]["label"] and options[-1]["score"] == weight
    assert not any("满分" in o["label"] for o in options)  # the first situation's full marks are its score, not its words
    assert not p.confident  # whether those units are also scored by the other situations is unsaid
    assert any("另一情形" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # the units score less than the 分值: not a closing sentence keeping the 分值
    ("连续获得纳税信用A级的得满分，获得过两次的得2分，没有的为0分。事业单位提供纳税凭证，得1分。", "3"),
    # no kind of unit named
    ("连续获得纳税信用A级的得满分，获得过两次的得2分，没有的为0分。另提供纳税凭证的，得满分。", "3"),
    # a figure other than a span of months in the units' words
    ("连续获得纳税信用A级的得满分，获得过两次的得2分，没有的为0分。事业单位纳税额超过50万元，得满分。", "3"),
])
def test_near_misses_of_a_kind_of_unit_scoring_the_weight(text, weight):
    assert not any(r.summary.endswith("（另一情形）") for r in readings(text, weight))


def test_a_situation_holding_full_marks_in_its_words_is_to_check():
    # (the first situation's 得满分 run into the next: never a sure reading)
    p = propose("获得A级的得满分获得过两次的得2分，没有的为0分", "3", "指标")
    assert not (p.confident and p.kind == "choice" and any("满分" in o["label"] for o in p.items[0]["params"]["options"]))


# ── requirements each with their points in brackets, the last one's deduction closed by its stop ─────────────
@pytest.mark.parametrize("text, weight, points, last", [
    ("有年度工作计划（1分），有建设规划（2分），没有出现违规案件（2分），每出现1件扣1分，扣完为止。", "5",
     D(1, 2), ("2", "1")),
    ("制定了考核办法（0.5分），没有发生安全事故（1.5分），每发生1起扣0.5分，扣完为止", "2", D(0.5), ("1.5", "0.5")),
    ("建立工作台账（1分），按月报送（1分），无群众投诉（3分），有1次投诉扣1分，每多1次扣1分，扣完为止", "5",
     D(1, 1), ("3", "1")),
])
def test_bracketed_points_then_the_last_one_s_deduction_closed_by_its_stop(text, weight, points, last):
    p = propose(text, weight, "指标")
    assert types(p)[-1] == "deduction" and len(p.items) == 2
    first, ded = p.items
    if len(points) == 1:
        assert first["type"] == "all_or_nothing" and list(met_or_not(p)) == [points[0], 0]
    else:
        assert first["type"] == "checklist"
        assert ticks(p, True, True) == sum(points) and ticks(p, True, False) == points[0]
    assert (ded["max"], ded["params"]["per"]) == last
    assert scored(p, {"count": "1"}, 1) == D(last[0])[0] - D(last[1])[0]
    assert scored(p, {"count": "9"}, 1) == 0
    assert not p.confident  # where the deducting stops may be the row's, not the last requirement's
    assert any("扣完为止" in u and "最后一部分" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # the stop caps more than the last requirement's points: of the row
    ("有年度工作计划（1分），有建设规划（2分），没有出现违规案件（2分），每出现1件扣1分，扣满3分为止。", "5"),
    # a stop with no deduction before it
    ("有年度工作计划（1分），有建设规划（2分），没有出现违规案件（2分），扣完为止。", "5"),
    # the points do not add up to the 分值
    ("有年度工作计划（1分），有建设规划（2分），没有出现违规案件（2分），每出现1件扣1分，扣完为止。", "6"),
])
def test_near_misses_of_bracketed_points_then_a_stopped_deduction(text, weight):
    assert not any(len(r.items) == 2 and r.items[-1]["type"] == "deduction"
                   and r.items[-1]["max"] == "2" for r in readings(text, weight))


# ── the first case and each case more costing alike ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("typed, normal", [
    ("有1件案件扣0.3分，每多1件扣0.3分，扣完为止", "每1件案件扣0.3分,扣完为止"),
    ("发现1处问题扣1分，每多1处再扣1分", "每发现1处问题扣1分"),
    ("出现1次扣2分，每多出现1次扣2分", "每出现1次扣2分"),
])
def test_the_first_case_and_each_more_costing_alike_is_a_cost_per_case(typed, normal):
    assert normalize(typed) == normal


@pytest.mark.parametrize("typed", [
    "有1件扣1分，每多1件扣2分",  # a cost rising with the count
    "第1次扣1分，每多1次扣1分",  # the first case named by its place
    "有11件扣1分，每多1件扣1分",  # a count of 11, not the first case
    "有1件扣1分，每多1次扣1分",  # another unit
])
def test_near_misses_of_the_first_case_and_each_more(typed):
    assert "每多" in normalize(typed)


def test_a_cost_per_case_said_as_the_first_and_each_more_is_read_per_case():
    p = propose("每季度检查一次，有1处不合格扣0.5分，每多1处扣0.5分，扣完为止", "2", "检查")
    assert sole(p, "deduction")["per"] == "0.5"
    assert [by_count(p, n) for n in ("0", "1", "3", "5")] == D(2, 1.5, 0.5, 0)

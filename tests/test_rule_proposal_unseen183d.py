"""Situations told apart by words beside one line, and grades with what they look at said after them:

- situations each with its own points whose line on a count is the same for two of them, the words beside it telling
  them apart (“完成任务,且在岗人数≥6名,得2分;未完成任务,但在岗人数≥6名,得1分;在岗人数<6名,不得分”): no bands of
  that one count (``tiers._ranges`` takes no band said twice), the situations read as a 情形选择;
- situations each with its score, no 得 before it, a situation naming how many of the requirements said before it
  are met (“按时按质提交8分;满足时间或质量任一项4分;两项都不满足0分”): “任一项”, “两项均” count no cases
  (``choice._answers``, ``_HOW_MANY_NAMED``);
- grades run together with their scores, “分” perhaps left out, then what the grade looks at, questions or a list closing
  with 等 (“优秀10良好6一般3较差0 例会是否按期召开,资料是否齐全等”): the grades read as ever (``choice._graded_run``), the
  words after them noted as what the team weighs — never sure, a grade being the team's judgement.

Near misses: a situation counting cases (“完成3项以上3分”), bands that differ (a ladder on the count), one band said twice for the same score, a closing sentence that scores (a deduction after the grades),
words after the grades that are neither questions nor a list closing with 等.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, picked, readings, sole, types


# ── one line said for two situations ─────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("招聘在编制数内，完成招聘任务，且在岗教师≥8名，得2分；编制测算合理，近两年未完成招聘任务，但在岗教师≥8名，得1分；"
     "在岗教师＜8名，或超编制招聘，不得分", "2", [2, 1, 0]),
    ("接收在床位数内，完成接收计划，且在院学员≥20名，得3分容量核定合理，未完成接收计划，且在院学员≥20名，得1分"
     "在院学员＜20名，或超床位接收，不得分", "3", [3, 1, 0]),
])
def test_one_line_for_two_situations_reads_situations(text, weight, expected):
    p = propose(text, weight, "招收")
    options = sole(p, "choice")["options"]
    assert len(options) == len(expected)
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("在岗教师≥8名，得2分；在岗教师≥5名，得1分；在岗教师＜5名，不得分", "2"),  # a ladder: bands that differ
    ("完成率≥95%，得3分；完成率80%-95%，得1分；完成率<80%，不得分", "3"),
    ("入网率达到95%以上(8分)。入网率60%以下不得分,60%-95%得4分,95%以上得8分。", "8"),  # one band said twice, one score
])
def test_bands_that_differ_stay_bands(text, weight):
    assert types(propose(text, weight, "招收")) == ["tiers"]


# ── grades, then what they look at ───────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("优秀10良好6一般3较差0 例会是否按期召开，资料是否齐全，成员是否积极参与等", "10", [10, 6, 3, 0]),
    ("优秀8良好5一般2较差0 成果推广情况、宣传展示效果等", "8", [8, 5, 2, 0]),
    ("优10分，良7分，中4分，差0分 带教作用发挥效果等", "10", [10, 7, 4, 0]),
    ("好5中3差0 台账是否规范", "5", [5, 3, 0]),
])
def test_grades_then_what_they_look_at(text, weight, expected):
    p = propose(text, weight, "活跃度")
    options = sole(p, "choice")["options"]
    assert len(options) == len(expected)
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not p.confident
    assert any("考察的内容" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("优秀10良好6一般3较差0 考核内容包括例会、培训", "10"),  # neither questions nor a list closing with 等
    ("优秀10良好6一般3较差0 每缺一次例会扣1分", "10"),  # a closing sentence that scores
    ("优秀10良好6一般3较差0 年内至少召开2次例会等", "10"),  # a figure among the words after
])
def test_grades_then_other_words_are_not_read_so(text, weight):
    assert not any(r.items[0]["type"] == "choice" and len(r.items) == 1
                   and [o["score"] for o in r.items[0]["params"]["options"]][:4] == ["10", "6", "3", "0"]
                   and any("考察的内容" in x for x in (r.doubts or ()))
                   for r in readings(text, weight, "活跃度"))


# ── how many of the named requirements a situation meets ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("按标准及时间要求上报6分满足时间或标准任一项3分两项均不满足0分", "6", [6, 3, 0]),
    ("按时按质提交8分;满足时间或质量任一项4分;两项都不满足0分", "8", [8, 4, 0]),
])
def test_how_many_of_the_named_requirements(text, weight, expected):
    p = propose(text, weight, "报表")
    options = sole(p, "choice")["options"]
    assert len(options) == len(expected)
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not p.confident


def test_a_count_of_cases_is_not_how_many_named():
    assert not any(r.items[0]["type"] == "choice" and len(r.items[0]["params"]["options"]) == 3
                   and [o["score"] for o in r.items[0]["params"]["options"]] == ["5", "3", "0"]
                   for r in readings("全部完成5分;完成3项以上3分;2项以下0分", "5", "报表"))

"""Wordings of tables nobody tuned the proposer on (the former hold-out set's texts that fell back to judgement).

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, verbs and
units), with the rule they must give and the score of a few situations, and near misses that must not be read that
way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, scores, sole


# ── a line run straight into its step: “覆盖率达到100%每少1个百分点扣1分” ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, deduct", [
    ("社区应急预案覆盖率达到100%每少1个百分点扣1分", "5", "1"),
    ("(1)村级调解组织覆盖率要达到100%。每少一个百分点扣0.5分", "5", "0.5"),
    ("2、建档率达95%每降低1个百分点扣2分,扣完为止", "10", "2"),
])
def test_a_line_run_into_its_step(text, weight, deduct):
    p = propose(text, weight, "覆盖率")
    params = sole(p, "threshold")
    assert params["direction"] == "higher" and params["deduct"] == deduct and params["step"] == "1"
    full = D(params["full_at"])[0]
    assert scores(p, [full, full - 1, full - 2, 0]) == D(weight, D(weight)[0] - D(deduct)[0],
                                                          D(weight)[0] - 2 * D(deduct)[0], 0)


def test_near_miss_a_rate_said_per_year_is_no_step():
    # “每年” after the figure is how often, not a step below the line
    p = propose("财政补助按10%每年递增,按时拨付的得5分", "5", "补助")
    assert p.kind != "threshold" or not p.confident


# ── a deduction for one case, its 每 left out: “值班脱岗一次扣1分”, “1个部门不落实扣2分” ───────────────────────────
@pytest.mark.parametrize("text, weight, unit, per", [
    ("值班脱岗一次扣1分。", "5", "次", "1"),
    ("巡查漏检1处扣0.5分", "3", "处", "0.5"),
    ("1个部门不落实扣2分", "20", "个", "2"),
    ("1项指标未完成的,扣1分", "6", "项", "1"),
    ("一家企业未签订责任书扣0.5分", "4", "家", "0.5"),
])
def test_a_deduction_for_one_case_is_per_case_to_check(text, weight, unit, per):
    p = propose(text, weight, "日常管理")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": unit}
    assert not p.confident  # that each further case costs as much is read, not said
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]
    assert by_count(p, "99") == 0


@pytest.mark.parametrize("text, weight", [
    ("开展培训1次得1分", "5"),  # points earned, no deduction
    ("1个部门不落实的,扣5分", "5"),  # the whole 分值 for one case: it cannot happen twice
    ("值班脱岗1次扣1分,另有2名人员未到岗", "5"),  # words after the deduction: not the one fault
])
def test_near_miss_one_case_that_is_no_deduction_per_case(text, weight):
    p = propose(text, weight, "日常管理")
    assert p.kind != "deduction" or not p.confident
    assert not (p.kind == "deduction" and p.items[0]["params"].get("per") == weight)
    assert not p.confident

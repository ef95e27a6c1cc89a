"""Rates, lines and bands: a fourth round of wordings the proposer reads by their shape.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus). Each class
is tried in several wordings; each proposal's type and parameters are checked and it is scored in a few situations;
near misses must not be read so, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scores, sole


# ── a line said in words of its own, then a step below it: 达标线扣分 ─────────
@pytest.mark.parametrize("text, line, step, per", [
    ("验收合格率95%起,每降低2%,扣1分。", "95", "2", "1"),  # the line the steps count from
    ("持证上岗比例 90%起，每降低 5%，扣 2 分", "90", "5", "2"),
    ("达标率达98%时得满分,每降低1%扣2分,扣完为止", "98", "1", "2"),  # “…时得满分”
    ("覆盖率90%(含90%)不扣分,每低1个百分点扣1分", "90", "1", "1"),  # full marks as nothing taken off
    ("资金到位率90%计满分,每欠2%扣1分,扣完为止", "90", "2", "1"),  # a shortfall “欠”
    ("完成年度计划任务计满分,每差欠1个百分点扣1分,扣完本项分为止", "100", "1", "1"),  # “差欠”, the target met
    ("回访率95%以上得满分,每差1个百分点扣0.5分,扣完为止", "95", "1", "0.5"),  # “差”
])
def test_a_line_said_in_words_then_a_step_below_it(text, line, step, per):
    p = propose(text, "10", "达标情况")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"], params["direction"]) == (line, step, per, "higher")
    top = int(line)
    assert scores(p, [100, top, top - int(step)]) == D(10, 10, 10 - float(per))


def test_a_rate_after_words_on_its_source_steps_down_from_100_to_check():
    p = propose("以年末在册人数和参保人数为准,参保率每降低1个百分点扣0.5分,扣完为止。", "10", "参保率")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"]) == ("100", "1", "0.5")
    assert not p.confident  # the line is not stated, and the words on the source are not placed
    assert scores(p, [100, 96, 70]) == D(10, 8, 0)


@pytest.mark.parametrize("text, kind", [
    # a fault counted per place, a line named beside it: not a step below the line
    ("有积水,排水达标率低于95%,面积超过5平方米的每处扣2分", "deduction"),
    # “不扣分” beside a count of faults: a deduction per case, not a line
    ("资料齐全的不扣分,每缺1项扣1分,扣完为止", "deduction"),
])
def test_near_misses_of_a_line_in_words_are_not_a_line(text, kind):
    p = propose(text, "10", "管理情况")
    assert p.kind != "threshold"
    assert p.kind == kind


def test_a_difference_either_way_is_not_a_shortfall():
    p = propose("实际值与目标值每相差1%扣1分,扣完为止", "10", "偏差")
    assert p.kind != "threshold" or p.items[0]["params"]["direction"] != "higher" or not p.confident

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


# ── a count reached (“达N家”) or a share of a named total reached, else nothing: two bands ──
@pytest.mark.parametrize("text, line, unit", [
    ("巡查企业数量达30家得2分,否则不得分", "30", "家"),
    ("年度宣传报道达10篇的,得2分;否则不得分", "10", "篇"),
    ("入户走访达200户得2分,否则不得分。", "200", "户"),
])
def test_a_count_reached_else_nothing_is_two_bands(text, line, unit):
    p = propose(text, "2", "工作开展情况")
    params = sole(p, "tiers")
    assert params["unit"] == unit and p.confident  # “达” settles that the line itself is reached
    n = int(line)
    assert scores(p, [n + 5, n, n - 1, 0]) == D(2, 2, 0, 0)


@pytest.mark.parametrize("text", [
    "固定资产管理、合同管理、内部审计、政府采购岗位工作人员全县(市、区)每年参加业务培训的人数达到上述人员编制数之和的30%得2分,否则不得分",
    "各乡镇每年接受技术培训的企业数量达到辖区企业总数30%得2分,否则不得分.",
])
def test_a_share_of_a_named_total_reached_else_nothing_is_two_bands(text):
    p = propose(text, "2", "培训情况")
    sole(p, "tiers")
    assert not p.confident  # the total the share is of is named in words: to check
    assert scores(p, [45, 30, 29.9, 0]) == D(2, 2, 0, 0)


@pytest.mark.parametrize("text", [
    "巡查企业达30家得1分,否则不得分",  # the points are not the 分值
    "巡查企业数量达30家得2分,否则扣1分",  # something other than nothing below the line
    "增长率高于全省平均水平10%得2分,否则不得分",  # 10 points above an average, not a line at 10%
])
def test_near_misses_of_a_line_reached_are_not_confident_bands(text):
    p = propose(text, "2", "工作开展情况")
    assert not (p.kind == "tiers" and p.confident)
    if p.kind == "tiers":
        assert p.items[0]["params"]["tiers"][0]["min"] != "10"

"""Mends of review 11: wordings that a reading of the last merge matched but could not read."""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, picked, types


# ── levels and their scores respectively, the scores parted by commas as well as 、 ──────────────────
@pytest.mark.parametrize("text", [
    "考核等级评为优秀、良好、合格和不合格四个等次,分别得60,45,30和0分",
    "综合评价等级为优秀、良好、一般、较差,分别计60,45,30,0分",
    "年度考评达到优秀、良好、合格及不合格的,分别得60分,45分,30分和0分",
])
def test_levels_whose_scores_are_parted_by_commas_are_read(text):
    p = propose(text, "60", "考评")
    assert types(p) == ["choice"]
    assert [picked(p, rank) for rank in range(4)] == D(60, 45, 30, 0)
    assert not p.confident  # what is rated is named to check


@pytest.mark.parametrize("text", [
    "考核等级评为优秀、良好、合格和不合格四个等次,分别得60,45,30分",  # four levels, three scores
    "考核等级评为优秀、良好、合格和不合格,分别得30,45,60和0分",  # the scores do not fall
])
def test_near_miss_levels_with_commas_are_no_situations_of_them(text):
    p = propose(text, "60", "考评")
    assert not (types(p) == ["choice"] and len(p.items[0]["params"]["options"]) == 4)
    assert not p.confident


# ── a period counted with no figure opening its sentence (“每月未报送”) may reach the fault after it, as 每台 does ──
@pytest.mark.parametrize("text, each", [
    ("每月未上报统计数据扣1分,上报数据有误扣0.5分,扣完为止", "每月"),
    ("每季度未召开联席会议扣2分,会议纪要不规范扣1分,扣完为止", "每季度"),
    ("每年度未组织应急演练扣2分,演练方案不完善扣1分,扣完为止", "每年"),
])
def test_a_period_counted_opening_its_sentence_may_reach_the_next_fault(text, each):
    p = propose(text, "4", "报送")
    assert types(p) == ["formula"]
    assert by_vars(p, "1", "0") == 4 - (2 if "季度" in text or "年度" in text else 1)
    assert not p.confident
    assert any(f"是否也按“{each}”逐个扣分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "每迟报1天扣0.5分,未报送的扣3分,扣完为止",  # days late: a measure of the one fault
    "每逾期1个月扣1分,未报送的扣3分,扣完为止",  # months late, counted with a figure
])
def test_near_miss_a_delay_counted_with_a_figure_reaches_no_other_fault(text):
    p = propose(text, "5", "报送")
    assert types(p) == ["formula"]
    assert not any("逐个扣分未说明" in u for u in p.unplaced), p.unplaced

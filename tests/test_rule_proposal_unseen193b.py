"""Rows of a 考核表 whose cells a page joined, each read where the readings did not look:

- a group's merged cell joined to one row of the group (the 分值 column merges the rows: “驾驶员有下列情形之一的,扣10分”
  beside each row “酒后驾驶车辆的”): the group's cost, the whole 分值, then the row's one case: a 全有或全无 — the case
  found takes the 分值, none found keeps it, as “酒后驾驶车辆的,扣10分” reads (``all_or_nothing._group_cell_then_case``);
- a rate times the 分值 and the line past which the row scores nothing (“合格率*10;低于80%不得分”), or a figure less a
  rate times the 分值 and its ceiling (“10-差错率*10;高于8%不得分”): a formula gated by the line (``g * (…)``, the rate
  in %), to check (``formula._rate_then_zero_line``).

Near misses: a group's cost below the 分值 (a deduction per case of the group, another layout), a row that scores of
itself, the cases listed after a colon (``_any_listed_after``'s); a line on the wrong side of the rate (“合格率*10;高于
80%不得分”), a rate times other than the 分值, no line.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, met_or_not, readings, sole


# ── a group's cell joined to one row ─────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, fault", [
    ("驾驶员有下列情形之一的,扣10分 酒后驾驶车辆的。", "10", "酒后驾驶车辆"),
    ("承运人有所列情形之一的，扣20分 擅自变更运输路线、或将货物交给无资质人员承运的。", "20", "擅自变更运输路线"),
    ("保洁员有下列行为之一的,扣3分 将垃圾倒入绿化带的。", "3", "将垃圾倒入绿化带"),
    ("有下列情形之一的,不得分 未取得上岗证即上岗作业的", "4", "未取得上岗证即上岗作业"),
])
def test_group_cell_then_one_case(text, weight, fault):
    p = propose(text, weight, "服务质量")
    params = sole(p, "all_or_nothing")
    assert p.confident, p.unplaced
    assert fault in params["condition"] and params["condition"].startswith("无：")
    assert list(met_or_not(p)) == D(weight, 0)


def test_group_named_with_a_band_word_reads_the_same_rule():
    # (“以下” is a band's word elsewhere: the proposal may leave it to check, the rule is the same)
    p = propose("有以下情形之一的,扣5分 未经客户同意,擅自更改服务时间的", "5", "服务质量")
    assert "擅自更改服务时间" in sole(p, "all_or_nothing")["condition"]
    assert list(met_or_not(p)) == D(5, 0)


@pytest.mark.parametrize("text, weight", [
    ("驾驶员有下列情形之一的,扣5分 酒后驾驶车辆的。", "10"),  # the group's cost below the 分值: a deduction per case
    ("驾驶员有下列情形之一的,扣10分 每酒后驾驶车辆1次的。", "10"),  # the row counts cases of its own
    ("驾驶员有下列情形之一的,扣10分 酒后驾驶车辆的扣2分。", "10"),  # the row scores of itself
])
def test_group_cell_near_misses(text, weight):
    p = propose(text, weight, "服务质量")
    assert not (p.confident and p.kind == "all_or_nothing"), p.summary


def test_cases_listed_after_a_colon_are_the_listing_reading():
    p = propose("驾驶员有下列情形之一的,扣10分:①酒后驾驶车辆的;②超速行驶的", "10", "服务质量")
    assert p.kind == "all_or_nothing" and not p.confident  # (``_any_listed_after``: none found scoring it is unsaid)


# ── a rate times the 分值, nothing past a line ────────────────────────────────────────────────────────────────────────
def _rate_gated(text: str, weight: str) -> bool:
    """Whether any reading of the text is the rate (or the figure less it) gated by a line."""
    return any("（至多100%）" in r.summary or "按百分数）" in r.summary for r in readings(text, weight))


# (gate 1: the line not crossed; the rate in %)
@pytest.mark.parametrize("text, weight, situations", [
    ("合格率*10；低于80%不得分。", "10", [("1", "100", "10"), ("1", "90", "9"), ("1", "80", "8"), ("0", "79", "0")]),
    ("抽检合格率*20。低于85%不得分。", "20", [("1", "100", "20"), ("1", "95", "19"), ("0", "84", "0")]),
    ("得分=到课率*6,到课率低于60%的不得分", "6", [("1", "100", "6"), ("1", "75", "4.5"), ("0", "50", "0")]),
])
def test_rate_with_a_floor(text, weight, situations):
    p = propose(text, weight, "合格率")
    params = sole(p, "formula")
    gate, rate = params["variables"]
    assert gate["label"].endswith("（否=1，是=0：整项不得分）") and rate["unit"] == "%"
    assert [by_vars(p, g, v) for g, v, _s in situations] == D(*(s for _g, _v, s in situations))


@pytest.mark.parametrize("text, weight, situations", [
    ("10-差错率*10；高于8%不得分。", "10", [("1", "0", "10"), ("1", "5", "9.5"), ("0", "9", "0")]),
    ("20-投诉率*20;超过10%不得分", "20", [("1", "0", "20"), ("1", "10", "18"), ("0", "11", "0")]),
])
def test_figure_less_rate_with_a_ceiling(text, weight, situations):
    p = propose(text, weight, "差错率")
    params = sole(p, "formula")
    gate, rate = params["variables"]
    assert gate["label"].endswith("（否=1，是=0：整项不得分）") and rate["unit"] == "%"
    assert [by_vars(p, g, v) for g, v, _s in situations] == D(*(s for _g, _v, s in situations))


def test_a_figure_other_than_the_weight_is_taken_as_written_to_check():
    p = propose("10-差错率*20；高于5%不得分。", "20", "差错率")
    sole(p, "formula")
    assert not p.confident and any("被减数" in u for u in p.unplaced)
    assert [by_vars(p, "1", "2")] == D("9.6")


@pytest.mark.parametrize("text, weight", [
    ("合格率*10；高于80%不得分。", "10"),  # a rising score's line above it: no floor
    ("10-差错率*10；低于8%不得分。", "10"),  # a falling score's line below it
    ("合格率*5；低于80%不得分。", "10"),  # the rate times other than the 分值
    ("合格率*10；低于80%扣2分。", "10"),  # no zero at the line
    ("合格率*10；低于180%不得分。", "10"),  # no line a rate can cross
])
def test_rate_line_near_misses(text, weight):
    assert _rate_gated("合格率*10；低于80%不得分。", "10")
    assert not _rate_gated(text, weight)

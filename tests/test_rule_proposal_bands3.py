"""Bands, lines and points: a third round of wordings the proposer reads by their shape.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus). Each class
is tried in several wordings (punctuation, numbering, verbs, Chinese numerals); each proposal's type and
parameters are checked and it is scored in a few situations; near misses must not be read so, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from tests.proposals import D, ratio, scores


# ── counts named alone, more done scoring more: a ladder ───────────────────
@pytest.mark.parametrize("text, unit", [
    ("办结1项得2分,办结2项得4分,办结3项得6分", "项"),
    ("1.办结一项,计2分;2.办结两项,计4分;3.办结三项,计6分。", "项"),
    ("①办结1项(2分);②办结2项(4分);③办结3项(6分)", "项"),
    ("办结1项2分，办结2项4分，办结3项6分", "项"),
    ("办结三项的记6分；办结两项的记4分；办结一项的记2分；未办结的不得分", "项"),
    ("举办1场宣讲得2分；举办2场宣讲得4分；举办3场宣讲得6分", "场"),
])
def test_counts_named_alone_with_rising_points_are_a_ladder(text, unit):
    p = propose(text, "6", "办结情况")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == unit
    # more than the highest count is not said: read as the highest count's points, to check
    assert not p.confident and any("3" + unit + "以上" in u for u in p.unplaced)
    assert scores(p, [0, 1, 2, 3, 5]) == D(0, 2, 4, 6, 6)


@pytest.mark.parametrize("text", [
    "组织两类培训并有签到记录，得10分；组织三类培训并有签到记录，得20分；组织四类培训并有签到记录，得30分",
    "组织2类培训并有签到记录(10分);组织3类培训并有签到记录(20分);组织4类培训并有签到记录(30分)",
    "组织四类培训并有签到记录计30分,组织三类培训并有签到记录计20分,组织两类培训并有签到记录计10分",
])
def test_a_ladder_whose_lowest_count_is_above_one_scores_nothing_below_it(text):
    p = propose(text, "30", "培训")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == "类"
    assert not p.confident and any("不足2类" in u for u in p.unplaced)
    assert scores(p, [0, 1, 2, 3, 4, 6]) == D(0, 0, 10, 20, 30, 30)


def test_a_ladder_with_a_gap_between_counts_says_how_the_gap_is_read():
    p = propose("开展2次得2分;开展4次得4分;开展6次得6分", "6", "活动")
    assert p.kind == "tiers" and not p.confident
    assert any("2次至不足4次" in u for u in p.unplaced)
    assert scores(p, [1, 2, 3, 4, 5, 6, 9]) == D(0, 2, 2, 4, 4, 6, 6)


@pytest.mark.parametrize("text", [
    "办结1项得6分,办结2项得4分,办结3项得2分",  # fewer points for more: not a ladder
    "办结1项得2分,办结2项得4分,办结3项得5分",  # the most is not the 分值
    "缺1项得4分,缺2项得2分,缺3项不得分",  # counts of what is missing
    "每办结1项得2分,办结3项得6分",  # a step per item
    "办结1项以上得2分,办结2项以上得4分,办结3项以上得6分",  # lines, another reading's
    "办结1项得2分,完成2项得4分,办结3项得6分",  # not the same thing counted
    "办结1项得2分,办结2件得4分,办结3项得6分",  # not the same unit
    "办结1项得2分,办结2项得4分,办结3项得6分,其他酌情扣分",  # words left after the ladder
])
def test_near_misses_are_not_read_as_a_ladder_of_counts(text):
    p = propose(text, "6", "办结情况")
    if p.kind == "tiers":
        assert "办结项数" not in p.items[0]["params"].get("value_label", "")
    assert not p.confident or p.kind != "tiers" or scores(p, [2]) != D(4)


def test_counts_of_faults_with_falling_points_stay_the_faults_reading():
    p = propose("缺1项得4分,缺2项得2分,缺3项不得分", "6", "资料")
    assert p.kind == "tiers"
    assert scores(p, [0, 1, 2, 3, 5]) == D(6, 4, 2, 0, 0)


# ── a span that leaves out an end: “5%(不含)-10%” ───────────────────────────
@pytest.mark.parametrize("text", [
    "增长率10%以上得5分；5%(不含)~10%(不含)得3分；5%及以下不得分",
    "增长率≥10%，5分；增长率5%（不含5%）至10%（不含10%），3分；增长率≤5%，0分",
])
def test_a_span_that_leaves_out_both_ends_as_the_text_says_is_confident(text):
    p = propose(text, "5", "增长率")
    assert p.kind == "tiers" and p.confident
    assert scores(p, [12, 10, 9.9, 5.1, 5, 2]) == D(5, 5, 3, 3, 0, 0)


@pytest.mark.parametrize("text", [
    "5%(不含)-10%得3分,10%以上得5分,5%以下不得分",
    "增长率10%及以上得5分;增长率5%(不含)至10%得3分;增长率5%以下不得分。",
    "增长率≥10%,计5分;5%（不含）~10%,计3分;5%以下,不计分",
])
def test_the_end_a_span_leaves_out_goes_to_the_band_below_it_to_check(text):
    p = propose(text, "5", "增长率")
    assert p.kind == "tiers" and not p.confident
    assert any("5%：按“以下”含本数读" in u for u in p.unplaced)
    assert scores(p, [12, 10, 7, 5.1, 5, 2]) == D(5, 5, 3, 3, 0, 0)


def test_a_span_that_keeps_its_lower_end_is_read_as_before():
    p = propose("增长率10%以上得5分；5%-10%得3分；5%以下不得分", "5", "增长率")
    assert p.kind == "tiers"
    assert not any("含本数读" in u for u in p.unplaced)
    assert scores(p, [10, 7, 5, 4.9]) == D(5, 3, 3, 0)


# ── a step on a count with no line stated: full at none ─────────────────────
@pytest.mark.parametrize("text, unit", [
    ("每增0.02次/车,扣3分", "次/车"),
    ("每增加0.02次/车，扣3分", "次/车"),
    ("每上升0.02人/万人 扣3分", "人/万人"),
    ("事故发生率每增0.02次，扣3分", "次"),
])
def test_a_rising_count_with_no_line_is_full_at_none_to_check(text, unit):
    p = propose(text, "12", "事故率")
    assert p.kind == "threshold" and not p.confident
    prm = p.items[0]["params"]
    assert prm["unit"] == unit and prm["full_at"] == "0" and prm["direction"] == "lower"
    assert any("未写明达标线：按 0" in u for u in p.unplaced)
    assert scores(p, [0, "0.02", "0.04", "0.2"]) == D(12, 9, 6, 0)


@pytest.mark.parametrize("text", [
    "事故率每上升0.1个百分点扣2分",  # a rate that rises: from what line is not said (not from 0)
    "目标值5次，每增加1次扣1分",  # a line is stated: not 0
    "每增长1%扣1分",  # a share
])
def test_near_misses_of_a_rising_count_are_not_read_as_full_at_none(text):
    p = propose(text, "10", "事故")
    if p.kind == "threshold":
        assert p.items[0]["params"]["full_at"] != "0"
    assert not any("未写明达标线：按 0" in u for u in p.unplaced)


# ── shares from the top, the last counted from the bottom: “后30%” ──────────
@pytest.mark.parametrize("text", [
    "排名前30%的得5分,前30%-70%得3分,后30%得1分",
    "排名前30%，5分；排名前30%~70%，3分；排名后30%，1分。",
    "前30%得5分;前70%得3分;后30%得1分",
    "综合排名前30%（含）计5分，前30%至70%（含）计3分，后30%计1分",
])
def test_the_last_share_counted_from_the_bottom_is_the_band_past_the_lines(text):
    p = propose(text, "5", "排名")
    assert p.kind == "tiers" and not p.confident
    assert p.items[0]["params"]["unit"] == "%"
    assert scores(p, [10, 30, 50, 70, 71, 100]) == D(5, 5, 3, 3, 1, 1)


@pytest.mark.parametrize("text", [
    "排名前30%的得5分,前30%-60%得3分,后30%得1分",  # 后30% is past 70%: 60%-70% is said nowhere
    "排名前30%的得5分,前30%-70%得3分,后30%得4分",  # the last band scoring more than the one above it
])
def test_a_share_from_the_bottom_that_does_not_meet_the_lines_is_not_read_so(text):
    p = propose(text, "5", "排名")
    assert not p.confident
    if p.kind == "tiers":
        assert scores(p, [65]) != D(3) or scores(p, [90]) != D(1)


# ── full at the whole, proportional below it: right in every situation ─────
@pytest.mark.parametrize("text", [
    "到位率达到100%的得满分,低于100%的按完成率得分",
    "资金到位率达到100%得满分，低于100%的按到位率计分",
])
def test_full_at_the_whole_and_proportional_below_scores_right_above_at_and_below(text):
    p = propose(text, "10", "资金到位率")
    it = p.items[0]
    assert check_item(it) == []

    def at(actual):
        if it["params"].get("input") == "ratio" or it["type"] != "completion":
            return score_item(it, ratio(actual)).score
        return score_item(it, {"rows": [{"target": "100", "actual": str(actual)}]}).score

    # more than the whole keeps the 分值 (never above it); below it, the share of the 分值
    assert [at(x) for x in (120, 100, 85, 0)] == D(10, 10, 8.5, 0)


# ── “每超”, “每增”: the step's words are placed ─────────────────────────────
@pytest.mark.parametrize("text", [
    "差错率在3%以内得满分,每超1%扣0.5分,扣完为止。",
    "差错率≤3%得满分；每超1个百分点扣0.5分，扣完为止",
])
def test_a_line_and_a_step_said_with_each_over_are_placed_whole(text):
    p = propose(text, "5", "差错率")
    assert p.kind == "threshold" and p.confident and p.unplaced == []
    prm = p.items[0]["params"]
    assert (prm["full_at"], prm["direction"], prm["step"], prm["deduct"]) == ("3", "lower", "1", "0.5")


def test_each_rise_is_placed_but_the_line_left_unsaid_keeps_it_to_check():
    p = propose("每增0.02次/车,扣3分,扣完为止", "12", "事故率")
    assert p.kind == "threshold" and not p.confident
    assert not any(u.startswith("“每增") for u in p.unplaced)


# ── lines on counts of sessions, kinds, batches (场, 期, 类, 种, 批, 轮) ─────
@pytest.mark.parametrize("text, unit", [
    ("年培训达2期得2分,达4期得4分,达6期及以上得6分", "期"),
    ("开展2场得2分；开展4场得4分；开展6场及以上得6分", "场"),
    ("覆盖2类以上(2分);覆盖4类以上(4分);覆盖6类以上(6分)", "类"),
    ("完成二轮检查计2分，完成四轮检查计4分，完成六轮以上检查计6分", "轮"),
])
def test_lines_on_counts_of_sessions_and_kinds_are_a_ladder(text, unit):
    p = propose(text, "6", "开展情况")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == unit
    assert not p.confident and any("不足2" + unit in u for u in p.unplaced)
    assert scores(p, [0, 1, 2, 3, 4, 5, 6, 9]) == D(0, 0, 2, 2, 4, 4, 6, 6)


def test_counted_kinds_in_closed_spans_are_bands():
    p = propose("涉及1-2种得2分;3-4种得4分;5种及以上得6分", "6", "种类")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == "种"
    assert scores(p, [1, 2, 3, 4, 5, 8]) == D(2, 2, 4, 4, 6, 6)


def test_a_ladder_from_no_count_at_all_has_no_band_below_it():
    """“开展0次得1分,…”: the lowest rung is 0 itself, so nothing lies below it (no empty band, no “不足0次” doubt)."""
    p = propose("开展0次得1分,开展2次得3分,开展3次得5分", "5", "活动")
    tiers = p.items[0]["params"]["tiers"]
    assert p.kind == "tiers" and not p.confident
    assert [(t["min"], t["max"], t["score"]) for t in tiers] == [("0", "2", "1"), ("2", "3", "3"), ("3", None, "5")]
    assert scores(p, [0, 1, 2, 7]) == D(1, 1, 3, 5)
    assert not any("不足0" in u for u in p.unplaced), p.unplaced


# ── bands of whole percentages rising to the top, the lowest first: “小于80%不得分,80%-89%得6分,…,100%得10分” ──────
@pytest.mark.parametrize("text", [
    "小于80%者不得分,80%-89%得6分,90%-99%得8分,100%得10分",
    "小于80%不得分;80%-89%得6分;90%-99%得8分;100%得10分。",
    "100%得10分,90%-99%得8分,80%-89%得6分,小于80%不得分",
])
def test_bands_of_whole_percentages_with_the_lowest_first_are_bands(text):
    p = propose(text, "10", "完成率")
    assert p.kind == "tiers", (p.summary, p.unplaced)
    assert scores(p, [100, 99.5, 90, 89.5, 80, 79.9]) == D(10, 8, 8, 6, 6, 0)
    assert not any("80%-89%" in u for u in p.unplaced)  # 89 is the band's, read up to 90%


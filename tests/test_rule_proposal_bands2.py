"""Bands, lines and steps: more classes of wording the proposer reads by their shape.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus). Each class
is tried in several wordings (punctuation, numbering, verbs, Chinese numerals); each proposal's type and
parameters are checked and it is scored in a few situations; near misses must not be read so, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from tests.proposals import D, scores


# ── lines on a count, each open upwards: a ladder ───────────────────────────
@pytest.mark.parametrize("text, unit", [
    ("全年培训达到50人次的得2分；达到100人次的得4分；达到150人次及以上的得6分。", "人次"),
    ("(1)年走访达50户,计2分;(2)年走访达100户,计4分;(3)年走访达150户以上,计6分", "户"),
    ("年接待达150人次得6分;达100人次得4分;达50人次得2分", "人次"),
    ("举办讲座达五十次（2分）；达一百次（4分）；达一百五十次（6分）", "次"),
    ("开展宣传达50次,2分,达100次,4分,达150次以上,6分", "次"),
])
def test_lines_on_a_count_each_hold_the_values_up_to_the_next(text, unit):
    p = propose(text, "6", "服务数量")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == unit
    # below the lowest line the text says nothing: 0, and the proposal is to check
    assert not p.confident and any("不足50" in u for u in p.unplaced)
    assert scores(p, [0, 49, 50, 99, 100, 149, 150, 400]) == D(0, 0, 2, 2, 4, 4, 6, 6)


def test_a_ladder_whose_scores_fall_as_the_line_rises_is_not_read_as_lines():
    # a higher line scoring less is not a ladder: the lines are not read as values up to the next one
    p = propose("年走访达50户得6分;达100户得4分;达150户以上得2分", "6", "走访")
    assert p.kind != "tiers" or scores(p, [120]) != D(4)
    assert not p.confident


def test_a_line_that_is_not_reached_is_not_a_lower_end():
    # “未达50户” is below the line: never the band from 50 up (read surely now as the band below 50, cov1)
    p = propose("年走访未达50户得2分;达50户以上得6分", "6", "走访")
    assert p.kind == "tiers" or not p.confident
    if p.kind == "tiers":
        assert scores(p, [60, 50, 49, 20]) == D(6, 6, 2, 2)


# ── “at least” a count before the verb ──────────────────────────────────────
@pytest.mark.parametrize("text", [
    "县级政府至少研究2次专项工作的2分,研究1次的1分,未研究不得分;",
    "年内至少召开两次专题会议得2分；召开一次得1分；未召开不得分。",
    "每年至少开展2次督查,得2分;开展1次,得1分;未开展的,不得分",
])
def test_at_least_a_count_with_the_verb_between(text):
    p = propose(text, "2", "专题研究")
    assert p.kind == "tiers"
    assert scores(p, [0, 1, 2, 5]) == D(0, 1, 2, 2)


# ── a line on a rate and a step past it, “每超…” ────────────────────────────
@pytest.mark.parametrize("text, full_at, step, per", [
    ("漏管率在5%以内得满分,每超1%扣0.1分,扣完为止。", "5", "1", "0.1"),
    ("差错率控制在3%以内的，得满分；每超1个百分点扣0.5分，扣完为止", "3", "1", "0.5"),
    ("退件率≤2%，得满分，每超0.5%扣1分，扣完为止。", "2", "0.5", "1"),
])
def test_a_line_on_a_rate_and_each_step_past_it(text, full_at, step, per):
    p = propose(text, "2", "漏管率")
    assert p.kind == "threshold"
    params = p.items[0]["params"]
    assert (params["full_at"], params["direction"], params["step"], params["deduct"]) == (full_at, "lower", step, per)
    over = Decimal(full_at) + Decimal(step) * 3
    assert scores(p, [0, full_at, over, 100]) == [Decimal(2), Decimal(2), max(Decimal(0), Decimal(2) - 3 * Decimal(per)), Decimal(0)]


def test_a_step_that_exceeds_a_target_to_earn_more_is_not_a_deduction_past_a_line():
    # “每超1%加0.1分” adds: not the threshold's deduction past a line
    p = propose("完成率达到100%得满分,每超1%加0.1分,最高加1分。", "2", "完成率")
    assert p.kind != "threshold"


# ── a score for each number of cases, the last number and more the last score ──
@pytest.mark.parametrize("text, unit, want", [
    ("迟报1天扣2分；迟报2天扣5分；迟报3天及以上扣10分。", "天", (10, 8, 5, 0, 0)),
    ("各类制度齐全得满分,缺一项得7分,缺两项得4分,缺三项不得分", "项", (10, 7, 4, 0, 0)),
    ("(1)漏报1项的,扣1分;(2)漏报2项的,扣3分;(3)漏报3项以上的,该项不得分", "项", (10, 9, 7, 0, 0)),
    ("1.漏报1项的,扣1分;2.漏报2项的,扣3分;3.漏报3项以上的,该项不得分", "项", (10, 9, 7, 0, 0)),
    ("全年无安全事故得满分；发生1起，计6分；发生2起，计2分；发生3起及以上，计0分", "起", (10, 6, 2, 0, 0)),
    ("出现一次扣3分，出现二次扣6分，出现三次以上扣8分", "次", (10, 7, 4, 2, 2)),
])
def test_each_number_of_cases_with_its_own_score(text, unit, want):
    p = propose(text, "10", "报送")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == unit
    assert scores(p, [0, 1, 2, 3, 6]) == D(*want)


def test_cases_counted_as_bands_are_confident_when_every_word_is_placed():
    p = propose("缺1项得7分,缺2项得4分,缺3项不得分", "10", "制度建设")
    assert p.kind == "tiers" and p.confident
    # a last number that still scores, with no “及以上”: read as that number and more, to check
    q = propose("迟报1天扣2分,迟报2天扣5分", "10", "报送")
    assert q.kind == "tiers" and not q.confident
    assert scores(q, [0, 1, 2, 4]) == D(10, 8, 5, 5)


@pytest.mark.parametrize("text", [
    "迟报1天扣2分,迟报2天扣2分",  # the same deduction each time: a deduction per day, not bands
    "开展1次得1分,开展2次得2分,开展3次以上得3分",  # a count that earns: not cases of a fault
    "每迟报1天扣2分,迟报2天扣5分",  # a step per day, then a case
    "迟报1天扣2分,迟报3天扣5分",  # a number skipped
])
def test_near_misses_of_bands_by_cases(text):
    p = propose(text, "10", "报送")
    if p.kind == "tiers":
        tiers = p.items[0]["params"]["tiers"]
        assert not (tiers[0]["min"] == tiers[0]["max"] == "0" and tiers[1]["min"] == tiers[1]["max"] == "1")


# ── a line on a score in 分 (a 测评 or 考核 result) and a step in 分 below it ──
@pytest.mark.parametrize("text, full_at, step, per", [
    ("满意度测评得分达到90分以上的得满分，每低1分扣0.5分，扣完为止", "90", "1", "0.5"),
    ("考核得分≥85分，得满分；每低于1分扣0.2分", "85", "1", "0.2"),
    ("综合评分达60分得2分,综合评分每低1分扣0.5分,直至不得分。", "60", "1", "0.5"),
    ("(2)群众测评不低于80分(含)的,计2分;每降低2分的,扣0.4分", "80", "2", "0.4"),
])
def test_a_line_on_a_score_and_a_step_below_it(text, full_at, step, per):
    p = propose(text, "2", "测评")
    assert p.kind == "threshold" and not p.confident  # a new reading: to check
    params = p.items[0]["params"]
    assert (params["full_at"], params["direction"], params["step"], params["deduct"], params["unit"]) == \
        (full_at, "higher", step, per, "分")
    at = Decimal(full_at)
    assert scores(p, [100, at, at - 2 * Decimal(step), 0]) == \
        [Decimal(2), Decimal(2), Decimal(2) - 2 * Decimal(per), Decimal(0)]


@pytest.mark.parametrize("text", [
    "满意度测评得分达到90分以上的得满分，每低1分扣0.5分；低于80分不得分",  # a cliff the step does not reach
    "测评达到90分以上得3分，每低1分扣0.5分",  # the points at the line are not the 分值
])
def test_near_misses_of_a_line_on_a_score(text):
    p = propose(text, "2", "测评")
    assert p.kind != "threshold" or not p.confident
    if p.kind == "threshold":
        assert p.items[0]["params"]["unit"] != "分" or scores(p, [79]) == D(0)


# ── a rate at 100% for full marks, below it its share of the 分值 ───────────
@pytest.mark.parametrize("text", [
    "普查率达100%,得10分,低于100%按百分比得分。",
    "执行率为100%得满分,低于100%的按执行比例计算得分",
    "到位率达到100%的,计10分;未达到的,按实际完成比例计分",
])
def test_a_rate_full_at_100_and_in_proportion_below(text):
    p = propose(text, "10", "到位率")
    assert p.kind in ("rate", "completion")
    it = p.items[0]
    assert check_item(it) == []
    inputs = {"numerator": "45", "denominator": "60"} if p.kind == "rate" else {"actual": "45", "target": "60"}
    assert score_item(it, inputs).score == Decimal("7.5")


@pytest.mark.parametrize("text", [
    "普查率达90%,得10分,低于90%按百分比得分",  # full marks at 90%: not the rate's own share of the 分值
    "普查率达100%,得8分,低于100%按百分比得分",  # the points at 100% are not the 分值
])
def test_near_misses_of_a_rate_in_proportion(text):
    p = propose(text, "10", "普查率")
    assert p.kind not in ("rate", "completion")


# ── lines on where a rank stands, as a share from the top (“前20%”) ─────────
@pytest.mark.parametrize("text", [
    "综合排名位于全省前10%（含），得5分；前30%（含），得3分；综合排名位于全省30%以下的，不得分",
    "排名前10%的得满分,前30%的得3分,其余不得分",
    "(1)考核排名前10%,5分;(2)前10%-30%,3分;(3)其他,0分",
    "排名前百分之十的计5分，排名前百分之三十的计3分，30%以后的不计分",
])
def test_lines_on_a_rank_as_a_share_from_the_top(text):
    p = propose(text, "5", "排名")
    assert p.kind == "tiers" and p.items[0]["params"]["value_label"] == "排名位于前百分之几"
    assert not p.confident  # what is entered (a rank as a share of all) is to check
    assert scores(p, [5, 10, 20, 30, 31, 80]) == D(5, 5, 3, 3, 0, 0)


def test_a_last_line_with_nothing_said_past_it_scores_nothing_there_to_check():
    p = propose("排名前10%（不含）得5分；前30%得3分", "5", "排名")
    assert p.kind == "tiers" and any("前30%以后" in u for u in p.unplaced)
    assert scores(p, [9, 10, 30, 50]) == D(5, 3, 3, 0)


@pytest.mark.parametrize("text", [
    "排名前10%得3分;前30%得5分",  # a wider line scoring more: not a ranking by share
    "排名前10%得5分",  # one line alone
    "前10%的项目完成得5分;前30%的项目完成得3分;40%以下的不得分",  # the band past the lines is not past the last line
])
def test_near_misses_of_lines_on_a_rank(text):
    p = propose(text, "5", "排名")
    assert not (p.kind == "tiers" and p.items[0]["params"].get("value_label") == "排名位于前百分之几")


@pytest.mark.parametrize("text, want", [
    ("开展2次得1分,开展3次得2分,开展5次及以上得3分", (0, 0, 1, 2, 2, 3, 3)),
    ("开展一次得1分；开展两次得2分；开展三次以上得3分。", (0, 1, 2, 3, 3, 3, 3)),
    ("未开展不得分,开展1次得1分,开展2次得2分,开展3次及以上得3分", (0, 1, 2, 3, 3, 3, 3)),
])
def test_counts_named_alone_below_a_top_line_each_hold_up_to_the_next(text, want):
    p = propose(text, "3", "开展活动")
    assert p.kind == "tiers" and not p.confident
    assert scores(p, [0, 1, 2, 3, 4, 5, 9]) == D(*want)


def test_counts_named_alone_that_score_less_as_they_grow_stay_situations():
    # “2项均满足…;1项满足…”: situations from best to worst, not lines on a count
    p = propose("2项均满足得3分;1项满足得1分", "3", "要求")
    assert p.kind != "tiers" or scores(p, [2, 1]) == D(3, 1)


# ── a line on a count, the 分值 at or below it and nothing above ────────────
@pytest.mark.parametrize("text, inclusive", [
    ("全年投诉不超过3次的,得2分；否则不得分", True),
    ("群众投诉在3次以内的得2分，否则不得分。", True),
    ("全年投诉少于3次,得2分;否则不得分", False),
    ("出现差错≤3条,2分,否则0分", True),
])
def test_a_line_on_a_count_at_most(text, inclusive):
    p = propose(text, "2", "投诉")
    assert p.kind == "tiers"
    assert scores(p, [0, 2, 3, 4, 9]) == D(2, 2, 2 if inclusive else 0, 0, 0)


def test_not_more_than_is_never_read_as_more_than():
    # “不超过3次” once read as “超过3次” (full marks above the line): the 不 belongs to the comparison
    for text in ("全年投诉不超过3次的,得2分；否则不得分", "全年越级信访不高于2次的得2分,否则不得分"):
        p = propose(text, "2", "投诉")
        assert p.kind == "tiers"
        assert scores(p, [0, 10]) == D(2, 0)


@pytest.mark.parametrize("text", [
    "全年投诉不高于3次以上的得2分",  # at most and at least in one line
    "达到3次以内得2分",  # “达到” before a line at most
    "全年投诉在3次得2分",  # “在” with no side
])
def test_near_misses_of_a_line_at_most(text):
    p = propose(text, "2", "投诉")
    if p.kind == "tiers":
        assert not p.confident


# ── “不超过/不高于/不大于” is a line at most, on a percentage as on a count ─────
@pytest.mark.parametrize("text, inclusive", [
    ("空置率不超过5%得2分,否则不得分", True),
    ("超支率不高于5%的，得2分；否则不得分", True),
    ("(1)损耗率不大于5%,计2分,否则计0分", True),
    ("差错率低于5%,得2分,否则不得分", False),
])
def test_a_line_on_a_share_at_most_or_nothing(text, inclusive):
    p = propose(text, "2", "控制情况")
    assert p.kind == "tiers"
    assert scores(p, [0, 4, 5, 6, 50]) == D(2, 2, 2 if inclusive else 0, 0, 0)


@pytest.mark.parametrize("text, want", [
    ("不超过5%得2分;5%-10%得1分;10%以上不得分", (2, 1, 1, 0)),
    ("投诉不超过2次得2分;3-5次得1分;5次以上不得分", (2, 1, 1, 0)),
    ("误差不大于5%的得2分,误差大于5%但不超过10%的得1分,误差超过10%的不得分", (2, 1, 1, 0)),
])
def test_bands_opening_at_most_are_not_read_as_more_than(text, want):
    p = propose(text, "2", "控制情况")
    assert p.kind == "tiers"
    low = [Decimal(1), Decimal(3), Decimal(4), Decimal(30)] if "次" in text else [Decimal(1), Decimal(7), Decimal(9), Decimal(30)]
    assert scores(p, low) == D(*want)


@pytest.mark.parametrize("text", [
    "空置率不超过5%以上得2分,否则不得分",  # at most and at least in one line
    "空置率达到5%以内得2分,否则不得分",
])
def test_near_misses_of_a_share_at_most(text):
    p = propose(text, "2", "控制情况")
    assert not (p.kind == "tiers" and p.confident)


@pytest.mark.parametrize("text, want", [
    ("发现1处问题扣2分，发现2处问题扣5分，发现3处及以上问题不得分", (10, 8, 5, 0, 0)),
    ("少报1人扣1分,少报2人扣3分,少报3人以上不得分", (10, 9, 7, 0, 0)),
    ("其中1项未完成扣2分,2项未完成扣5分,3项未完成不得分", (10, 8, 5, 0, 0)),
])
def test_cases_with_what_is_counted_named_after_the_count(text, want):
    p = propose(text, "10", "问题")
    assert p.kind == "tiers"
    assert scores(p, [0, 1, 2, 3, 7]) == D(*want)


def test_cases_that_count_different_things_are_not_one_count():
    p = propose("发现1处问题扣2分，发现2处隐患扣5分，发现3处及以上问题不得分", "10", "问题")
    if p.kind == "tiers":
        assert not p.confident


# ── lines on a place (“前3名”), each holding the places up to the next line ──
@pytest.mark.parametrize("text, want", [
    ("排名前3名得5分，前5名得3分，其余得1分", (5, 5, 3, 3, 1, 1)),
    ("全市排名前3名的计5分;前5名的计3分;5名以后的计1分", (5, 5, 3, 3, 1, 1)),
    ("排名前三名得5分,前五名得3分", (5, 5, 3, 3, 0, 0)),
])
def test_lines_on_a_place_from_the_top(text, want):
    p = propose(text, "5", "排名")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == "名"
    assert scores(p, [1, 3, 4, 5, 6, 20]) == D(*want)


def test_a_last_place_line_with_nothing_said_after_it_is_to_check():
    p = propose("排名前3名得5分,前5名得3分", "5", "排名")
    assert not p.confident and any("前5名以后" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "排名前3名得5分,前10%得3分",  # places and shares mixed
    "排名前3名得3分,前5名得5分",  # a wider line scoring more
])
def test_near_misses_of_lines_on_a_place(text):
    p = propose(text, "5", "排名")
    assert not (p.kind == "tiers" and p.items[0]["params"].get("unit") == "名")


# ── bands on a measured figure that each deduct, the lowest open below ──────
@pytest.mark.parametrize("text, unit, values, want", [
    ("延期1个月以内扣1分，延期1-3个月扣2分，延期3个月以上不得分", "月", [0, 0.5, 2, 4], (4, 3, 2, 0)),
    ("超期5天以内扣1分;超期5-10天扣3分;超期10天以上不得分", "天", [0, 3, 7, 12], (4, 3, 1, 0)),
    ("(1)超支5万元以内的，扣1分；(2)超支5万元至10万元的，扣2分；(3)超支10万元以上的，不得分", "万元", [0, 3, 7, 12], (4, 3, 2, 0)),
])
def test_bands_that_each_deduct_keep_the_points_at_nothing(text, unit, values, want):
    p = propose(text, "4", "时限")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == unit
    # none at all keeps the 分值: the text does not say so, the proposal is to check
    assert not p.confident
    assert scores(p, values) == D(*want)


@pytest.mark.parametrize("text", [
    "超期5天以内得4分;超期5-10天扣3分",  # points and deductions mixed
    "超期5-10天扣3分;超期10天以上不得分",  # the lowest band closed: below it is not said
])
def test_near_misses_of_bands_that_deduct(text):
    p = propose(text, "4", "时限")
    assert p.kind != "tiers" or not p.confident

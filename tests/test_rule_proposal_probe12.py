"""Made-up texts of 计算公式 (得分=…), faults named by their class or level, and faults each found once under a stop,
that were read confidently and wrong (or with labels that could not tell the faults apart), and the near misses beside
them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import score_item
from tests.proposals import by_vars, ratio, sole, ticks, to_check


def _unsure(text: str, weight: str = "10") -> None:
    p = propose(text, weight, "指标")
    assert not p.confident, (p.summary, p.items)


def _sure_by_vars(text: str, values: tuple[str, ...], expected: str) -> None:
    """The text's proposal (on 10 points) is confident and scores the counts ``values`` as ``expected``."""
    p = propose(text, "10", "检查")
    assert p.confident, p.unplaced
    assert by_vars(p, *values) == Decimal(expected)


# ── a rate taken from (or added to) a figure or the 分值: “得分=10-差错率×10” falls as the rate rises; never the rate's ──
# ── share of the 分值 ─────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "得分=10-超支率×10",
    "得分=10-差错率×10",
    "得分=分值-超支率×分值",
    "得分=10-差错数/总数×10",
    "得分=10-(差错数/总数)×10",
    "得分=满分-投诉件数/总件数×分值",
    "得分=10+超额率×10",
    "计算公式:得分=1-差错率×10",
])
def test_a_rate_taken_from_a_figure_is_no_share_of_the_weight(text):
    p = propose(text, "10", "指标")
    assert p.kind != "rate" and p.kind != "completion", p.summary
    _unsure(text)


@pytest.mark.parametrize("text, num, den, expected", [
    ("得分=到位资金/计划资金×10", "80", "100", "8"),
    ("得分=(实际完成数/计划数)×100%×10", "9", "10", "9"),
    ("计算公式:得分=实际完成数/计划数×10分", "3", "4", "7.5"),
    ("得分=满意度调查得分/100×10", "85", "100", "8.5"),
])
def test_near_miss_a_plain_quotient_times_the_weight_stays_sure(text, num, den, expected):
    p = propose(text, "10", "指标")
    assert p.confident and p.kind == "rate", p.unplaced
    assert score_item(p.items[0], {"numerator": num, "denominator": den}).score == Decimal(expected)


@pytest.mark.parametrize("text, value, expected", [
    ("得分=完成率×10", "80", "8"),
    ("计算公式:得分=完成率×10", "95", "9.5"),
])
def test_near_miss_a_plain_rate_times_the_weight_stays_sure(text, value, expected):
    p = propose(text, "10", "指标")
    assert p.confident, p.unplaced
    if p.kind == "rate":
        assert score_item(p.items[0], ratio(value)).score == Decimal(expected)


# ── a fault named by its class's number (“一类问题”, “第二类隐患”): the class is the fault's name, not a count ─────────
@pytest.mark.parametrize("text, labels", [
    ("一类问题每个扣3分、二类问题每个扣2分、三类问题每个扣1分,扣完为止", ["1类问题", "2类问题", "3类问题"]),
    ("一类问题每个扣3分,二类问题每个扣2分,扣完为止", ["1类问题", "2类问题"]),
    ("第一类问题每处扣3分,第二类问题每处扣2分,扣完为止", ["第1类问题", "第2类问题"]),
])
def test_faults_named_by_their_class_keep_it(text, labels):
    p = propose(text, "10", "检查")
    params = sole(p, "formula")
    got = [v["label"] for v in params["variables"]]
    assert all(want in label for want, label in zip(labels, got)), got
    assert len(set(got)) == len(got)
    assert by_vars(p, *(["1"] + ["0"] * (len(labels) - 1))) == Decimal(7)
    assert by_vars(p, *(["0", "2"] + ["0"] * (len(labels) - 2))) == Decimal(6)


def test_near_miss_kinds_counted_keep_no_figure():
    # “每缺1类档案”: a count of kinds, no class named
    p = propose("档案每缺1类扣2分,扣完为止", "10", "档案")
    for it in p.items:
        for v in (it["params"].get("variables") or []):
            assert "1类" not in v["label"], v["label"]


# ── faults each found once that cannot take all the points, then a stop (“省级通报批评扣5分,市级通报批评扣3分,扣完为止” ──
# ── on 10 points): the stop says they may be counted, each case again, so once or per case is to check ────────────
@pytest.mark.parametrize("text", [
    "一类问题扣3分、二类问题扣2分、三类问题扣1分,扣完为止",
    "一级隐患扣3分,二级隐患扣2分,三级隐患扣1分,扣完为止",
    "省级通报批评扣5分,市级通报批评扣3分,扣完为止",
    "被省级通报扣5分,被市级通报扣3分,扣完为止",
    "Ⅰ类问题扣3分,Ⅱ类问题扣2分,扣完为止",
])
def test_faults_once_short_of_the_weight_under_a_stop_are_to_check(text):
    to_check(text, "10", "逐次扣分")


@pytest.mark.parametrize("text, values, expected", [
    ("无组织机构扣6分,无工作制度扣5分,扣完为止", ("1", "1"), "0"),  # once each, together past the 分值
    ("无组织机构扣3分,无工作制度扣2分,扣完为止", ("1", "1"), "5"),  # things missing: so once, whatever the stop
    ("一级隐患每处扣3分,二级隐患每处扣2分,扣完为止", ("2", "1"), "2"),  # counted: the stop holds
])
def test_near_miss_faults_that_reach_the_weight_stay_sure(text, values, expected):
    _sure_by_vars(text, values, expected)


# ── cases “其中…” among those counted before, at an amount of their own (“每发现1处扣1分,其中涉及安全的每处扣2分”): ─────
# ── whether the earlier count holds them too (each costing both amounts) is unsaid: to check ────────────────────────
@pytest.mark.parametrize("text", [
    "每发现1处扣1分,其中涉及安全的每处扣2分,扣完为止",
    "每发现1处扣1分,扣完为止,其中涉及安全的每处扣2分",
    "每发现一处问题扣0.5分,其中重大问题每处扣2分,扣完为止",
    "每发现一例扣1分,其中性质严重的每例扣3分,扣完为止",
])
def test_cases_among_those_counted_at_their_own_amount_are_to_check(text):
    to_check(text, "10", "前项的个数是否也包括")


@pytest.mark.parametrize("text, values, expected", [
    ("会议室每发现1个烟蒂扣2分,走廊每发现1个烟蒂扣1分,扣完为止", ("2", "1"), "5"),  # no 其中: two places
    ("迟报每次扣1分,漏报每次扣2分,扣完为止", ("1", "2"), "5"),
])
def test_near_miss_two_faults_without_among_stay_sure(text, values, expected):
    _sure_by_vars(text, values, expected)


# ── a clause saying how the row is scored, then the situation scoring the 分值 (“按完成进度得分,按时完成得满分”): the ─────
# ── score goes by the progress, full marks its top; never full marks when done on time and none otherwise, for sure ──
@pytest.mark.parametrize("text", [
    "按完成进度得分,按时完成得满分",
    "按进度计分,按时完成得满分",
    "视完成情况得分,按时完成得10分",
    "根据完成情况打分,全部完成得10分",
])
def test_a_score_by_progress_then_full_marks_is_no_sure_requirement(text):
    _unsure(text)


@pytest.mark.parametrize("text", [
    "按时完成得10分",
    "考核得分达到优秀的得10分",
    "建立制度,制度上墙,得10分",
])
def test_near_miss_one_requirement_scoring_the_weight_stays_sure(text):
    p = propose(text, "10", "指标")
    assert p.confident and p.kind == "all_or_nothing", p.unplaced
    assert score_item(p.items[0], {"met": True}).score == 10
    assert score_item(p.items[0], {"met": False}).score == 0


# ── a count of things asked beside points (“其中照片不少于10张” on 10 points): no points place it, whatever its figure; ──
# ── a rule of points only holds no count, so the point that asks it is to check ────────────────────────────────────
@pytest.mark.parametrize("text, said", [
    ("制度、台账、记录、照片、总结各得2分,其中照片不少于10张", "10"),
    ("建立制度得5分,开展培训得5分,其中培训不少于10次", "10"),
    ("建立制度得5分,开展培训得5分,培训不少于5次", "5"),
    ("成立领导小组得2分;制定方案得3分;召开会议2次以上得2分;开展督查得3分", "2"),
])
def test_a_count_that_reads_like_points_is_still_a_count(text, said):
    p = propose(text, "10", "管理")
    assert not p.confident, p.summary
    assert any(u.startswith(f"“{said}”") for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, met, expected", [
    ("有制度得5分,有专人得5分", (True, False), "5"),
    ("有制度、有台账、有记录、有照片各得2.5分", (True, True, False, False), "5"),
])
def test_near_miss_points_with_no_count_stay_sure(text, met, expected):
    p = propose(text, "10", "管理")
    assert p.confident, p.unplaced
    assert ticks(p, *met) == Decimal(expected)

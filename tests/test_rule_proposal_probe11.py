"""Made-up texts of the inspection and assessment tables of contracted services (保洁, 绿化养护, 环卫作业, 污水处理厂
运营, PPP 运营期考核, 政府购买服务) that were read confidently and wrong, and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import score_item
from tests.proposals import D, by_count, readings, sure_scores


def _unsure(text: str, weight: str) -> None:
    p = propose(text, weight, "指标")
    assert not p.confident, (p.summary, p.items)


def _by_quotient(text: str, numerator: str, denominator: str) -> Decimal | None:
    """The score of the text's confident proposal (a rate) when the quotient's two figures are entered."""
    p = propose(text, "10", "指标")
    assert p.confident and p.kind == "rate", p.unplaced
    return score_item(p.items[0], {"numerator": numerator, "denominator": denominator}).score


# ── a count required each day (“公厕每日保洁不少于3次,每少1次扣…”): the days fall short one by one, so the times ───────
# ── missed add up over the year; no line on one value (one day's count) ─────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "每日清扫不少于2次,少1次扣0.5分,扣完为止",
    "公厕保洁每天不少于2次,每少1次扣0.5分,扣完为止",
    "公厕每日保洁不少于三次,少一次扣1分,扣完为止",
    "垃圾桶每天清洗至少1次,每少1次扣0.2分,扣完为止",
])
def test_a_count_each_day_is_no_line_on_one_value(text):
    p = propose(text, "10", "指标")
    assert not any(it["type"] == "threshold" for r in readings(text, "10") for it in r.items), p.summary
    if p.confident:
        assert p.kind == "deduction" and by_count(p, "3") < D(10)[0]


@pytest.mark.parametrize("text, values, expected", [
    ("年内巡查不少于12次,每少1次扣1分,扣完为止", [12, 10, 1], [10, 8, 0]),
    ("全年开展培训不少于4次,每少1次扣2.5分,扣完为止", [4, 3], [10, 7.5]),
])
def test_near_miss_a_count_of_the_year_stays_a_line(text, values, expected):
    assert sure_scores(text, "10", values) == D(*expected)


# ── a part's zero said of the item (“…;无安全事故得5分,发生重大安全事故本项不得分”): in a text of several parts, 本项 ──
# ── may be the part or the whole row (a veto): to check ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "作业时间符合规定得2分;作业规范得3分;无安全事故得5分,发生一般安全事故扣3分,发生重大安全事故本项不得分",
    "作业时间符合规定得2分;作业规范得3分;无安全事故得5分,发生一般安全事故扣3分,发生重大安全事故的,该项不得分",
    "1.作业时间符合规定得2分;2.作业规范得3分;3.无安全事故得5分,发生安全事故的本项不得分",
    "1.作业时间符合规定得2分;2.作业规范得3分;3.无安全事故得5分,出现安全事故的本指标计0分",
    "保洁到位得4分;清运及时得3分;无安全事故得3分,发生一般事故扣1分,发生重大安全事故的此项不得分",
])
def test_a_zero_of_the_item_inside_one_part_is_to_check(text):
    _unsure(text, "10")


def test_near_miss_a_part_zeroed_in_its_own_words_stays_sure():
    p = propose("作业时间符合规定得2分;作业规范得3分;无安全事故得5分,发生一般安全事故扣3分,发生重大安全事故不得分",
                "10", "指标")
    assert p.confident and [it["type"] for it in p.items] == ["checklist", "choice"]


# ── a quotient with no multiplier (“本项得分=运营维护考核得分÷10”): a score of 100 brought to 10 is the points ───────
# ── themselves (85 → 8.5), not a share of the 分值 (85 ÷ 10 capped at 100% → 10): to check ─────────────────────────
@pytest.mark.parametrize("text", [
    "本项得分=运营维护考核得分÷10",
    "得分=考核得分/10",
    "得分=月度考核平均分÷20",
    "得分=满意度调查得分/100",
    "得分=达标个数/检查个数",
])
def test_a_quotient_with_no_multiplier_is_to_check(text):
    _unsure(text, "10")


@pytest.mark.parametrize("text", [
    "本项得分=年度考核得分/100×10",
    "得分=考核得分/100×本项分值",
    "得分=达标个数/检查个数×分值",
])
def test_near_miss_a_quotient_times_the_weight_stays_sure(text):
    assert _by_quotient(text, "85", "100") == D(8.5)[0]


# ── a stop said for the month or the inspection (“每发现一处扣1分,当月扣完为止”): the deducting stops within each ──────
# ── period, which a count of the year deducting to 0 does not hold: to check, as 每月扣完为止 is ──────────────────────
@pytest.mark.parametrize("text", [
    "每发现一处扣1分,当月扣完为止",
    "每发现一处扣1分,当季度扣完为止",
    "每发现一处扣1分,单次检查扣完为止",
    "每发现一处扣0.5分,当月最多扣2分",
    "未按规定清运的每次扣1分,发现焚烧的每处扣2分,当月扣完为止",
])
def test_a_stop_for_the_month_is_to_check(text):
    _unsure(text, "10")


@pytest.mark.parametrize("text", [
    "每发现一处扣1分,当年扣完为止",
    "每发现一处扣1分,本项扣完为止",
])
def test_near_miss_a_stop_for_the_year_or_the_item_stays_sure(text):
    p = propose(text, "10", "指标")
    assert p.confident and by_count(p, "4") == D(6)[0] and by_count(p, "12") == D(0)[0]


# ── a fault taken once that is what became of the cases counted before it (“保洁不到位的每处扣1分,逾期未整改的再扣 ──
# ── 1分”): each case left unrectified may cost again (3 left: 3 more), not the fault once: to check ─────────────────
@pytest.mark.parametrize("text", [
    "道路保洁:每次扣2分,限期整改未整改的再扣2分,扣完为止",
    "道路保洁每处扣1分,逾期未整改的再扣1分,扣完为止",
    "道路保洁不合格每处扣1分,逾期未整改的再扣1分,扣完为止",
    "保洁不到位的每处扣1分,未整改的加扣1分,扣完为止",
    "保洁不到位的每处扣1分,复查仍不合格的扣2分,扣完为止",
    "绿化养护不到位的每处扣0.5分,整改不到位的扣1分,扣完为止",
    "垃圾未及时清运的每起扣2分,重复发现的再扣2分,扣完为止",
    "公厕不洁的每处扣1分,同一问题再次出现的扣2分,扣完为止",
])
def test_a_follow_up_of_the_cases_taken_once_is_to_check(text):
    _unsure(text, "6")


@pytest.mark.parametrize("text, counts, expected", [
    # the follow-up counted per case in its own words: each case left so costs its own amount again
    ("保洁不到位的每处扣1分,逾期未整改的每处扣2分,扣完为止", ("3", "1"), 1),
    # two faults of other things, the second taken once, stay as they were read
    ("被市级通报批评的每次扣2分,被省级通报批评的每次扣5分,扣完为止", ("1", "0"), 4),
])
def test_near_miss_a_follow_up_counted_or_no_follow_up_stays_sure(text, counts, expected):
    p = propose(text, "6", "指标")
    assert p.confident and p.kind == "formula", p.unplaced
    variables = p.items[0]["params"]["variables"]
    inputs = {"vars": {v["name"]: c for v, c in zip(variables, counts)}}
    assert score_item(p.items[0], inputs).score == D(expected)[0]


# ── two situations, the full one of several requirements and the denial of one of them (“有养护方案并实施的得10分, ──
# ── 没有方案的不得分”): a plan not carried out is neither, as in a 全有或全无: to check ─────────────────────────────────
@pytest.mark.parametrize("text", [
    "有养护方案并实施的得10分,没有方案的不得分",
    "制定养护方案并严格执行得10分,未制定养护方案的不得分",
    "建立巡查制度且记录完整得10分,未建立巡查制度不得分",
    "作业人员配备到位且经过培训的得10分,未配备作业人员的不得分",
])
def test_two_situations_denying_one_requirement_of_several_are_to_check(text):
    _unsure(text, "10")


@pytest.mark.parametrize("text", [
    "垃圾及时清运得10分,未及时清运的不得分",  # 及时 joins nothing
    "服务费按考核结果拨付得10分,未按考核结果拨付的不得分",
    "全年无安全事故得满分,发生安全事故不得分",
    "成立了由县(市、区)政府牵头的协调机构的得10分,未成立的不得分",  # a list inside an aside joins no requirements
])
def test_near_miss_two_situations_of_one_requirement_stay_sure(text):
    p = propose(text, "10", "指标")
    assert p.confident and p.kind == "choice", p.unplaced
    options = sorted(p.items[0]["params"]["options"], key=lambda o: -float(o["score"]))
    assert [score_item(p.items[0], {"option": o["key"]}).score for o in options] == D(10, 0)

"""Bands written from the top down: “达到100%的得30分,99%-90%的得27分,89%-80%的得24分,…,50%以下的不得分”, “300户及以上的得
10分,299-271户的得9分,…”. Each range is read from its lower figure to its higher, whatever order it is written in, with
the mark of each figure kept on it; whole percentages one apart leave no gap (“89%-80%” runs up to 90%) and stay to
check as they do written from the bottom up; whole counts hold both ends.

A factor of the 分值 a table names by a letter or calls a 系数 (“已明确,…,P = 1;已明确,…,P = 0.5;尚未明确,P = 0”, “制度健全,
系数为1;…”, “P = 重点岗位人员中签订保密协议的比率”), the score being 权重 × P: situations each on the 分值 times their factor,
or the rate times the 分值. The heading, not the text, says the factor multiplies the 分值: always to check.

Requirements of an inspection said with what must not be (“讲台上不得有大量粉笔灰与杂物乱放”, “不得穿戴围巾”) or naming the
cases they exclude (“没有抢跑、落队等情况”), no score said: met or not, the row's points or none, as any requirement
stated without a score; the text says nothing of the score, so never sure. A sentence of such words before the
scoring (“…不得随意走动…;1至2人不做扣0.5分,…”) scores nothing.

Bands of whole cases from 1, of one width, each deducting a step more, going on “以此类推” (“1至2人不做扣0.5分,3至4人不做
扣1分,以此类推”): the step per band of cases, a band begun counted whole (to check).

One thing done once a period of its own, each period a situation (“每年组织一次健康体检,得4分,每两年组织一次健康体检,得3分”),
beside a requirement of its own (“根据体检结果,制定…计划,得4分”): how often, no case counted; the situations of the
frequencies and, unsaid, none of them at 0 (to check), the requirement met or not.

Kinds of area each with bands of their own, a sentence each (“山区…:覆盖沼气用户达到300户及以上的得10分,299-271户的得9分,…;
其它地区:…450户及以上的得10分,…”): one situation per kind of area and band (to check: which kind the row is).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, picked, ratio, readings, scored, scores, sole, to_check


# ── bands of whole percentages written from the top down ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("项目完工率达到100%的得20分,99%-90%的得18分,89%-80%的得16分,79%-60%的得10分,60%以下的不得分。", "20",
     [100, "99.5", 90, "89.5", 80, 60, "59.9"], [20, 18, 18, 16, 16, 10, 0]),
    ("资金到位率达到100%得10分;99%~80%得6分;79%~60%得3分;低于60%不得分", "10",
     [100, 85, 80, "79.2", 60, 30], [10, 6, 6, 3, 3, 0]),
    ("群众满意度达到95%及以上的,计8分;94%至85%的,计6分;84%至70%的,计3分;70%以下的,不计分", "8",
     [97, 95, "94.5", 85, 84, 70, 69], [8, 8, 6, 6, 3, 3, 0]),
    ("验收合格率达到１００％的得５分，９９％－９０％的得３分，９０％以下的不得分。", "5",
     [100, 95, 90, 89], [5, 3, 3, 0]),
])
def test_percentage_bands_from_the_top_down_are_bands(text, weight, values, expected):
    p = propose(text, weight, "完成率")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)
    assert not any("-" in u or "~" in u or "至" in u for u in p.unplaced), p.unplaced  # every range placed


@pytest.mark.parametrize("text, weight, values, expected", [
    ("覆盖农户达到500户及以上的得10分,499-400户的得8分,399-300户的得6分,299-200户的得4分,低于200户的不得分。", "10",
     [600, 500, 499, 400, 350, 200, 199], [10, 10, 8, 8, 6, 4, 0]),
    ("培训人数50人以上得5分；49～30人得3分；29～10人得1分；不足10人不得分", "5", [50, 49, 30, 29, 10, 9], [5, 3, 3, 1, 1, 0]),
    ("开展宣传活动12次及以上的得6分,11-8次的得4分,7-4次的得2分,4次以下的不得分", "6", [12, 11, 8, 7, 5], [6, 4, 4, 2, 2]),
])
def test_count_bands_from_the_top_down_are_bands(text, weight, values, expected):
    p = propose(text, weight, "覆盖面")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)


def test_count_bands_from_the_top_down_are_sure():
    p = propose("覆盖农户达到500户及以上的得10分,499-400户的得8分,399-300户的得6分,低于300户的不得分。", "10", "覆盖面")
    assert p.confident, p.unplaced


# ── near misses: the ends are as doubtful as written from the bottom up ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight, word", [
    # 80 is in “99%-80%” and in “80%以下” (以下 holds its figure by law)
    ("支出率达到100%的得10分,99%-80%的得5分,80%以下的不得分。", "10", "80%"),
    ("满意度95%(含)以上得6分，94%-85%得4分，84%-70%得2分，70%以下不得分", "6", "70%"),
    # 95 is the top of a range and the start of 95%以上
    ("满意度95%以上得6分，95%-85%(含)得4分，85%以下不得分", "6", "95%"),
])
def test_near_miss_ends_claimed_twice_from_the_top_down_stay_to_check(text, weight, word):
    to_check(text, weight, word)


def test_near_miss_a_range_of_no_width_is_not_a_band():
    p = propose("完成率达到100%的得10分,90%-90%的得5分,90%以下的不得分", "10", "完成率")
    assert not p.confident


# ── situations each with the factor of the 分值 it earns ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("已明确,本年度主持召开专题会议,P = 1;已明确,本年度未召开专题会议,P = 0.5;尚未明确,P = 0。", "3", [3, "1.5", 0]),
    ("制度健全,系数为1;制度基本健全,系数为0.6;无制度,系数为0", "5", [5, 3, 0]),
    ("完全符合,得分系数1.0;部分符合,得分系数0.5;不符合,得分系数0。", "4", [4, 2, 0]),
    ("已建立应急预案并每年演练,K＝1；已建立应急预案但未演练，K＝0.6；未建立，K＝0", "10", [10, 6, 0]),
    ("符合,P=1;不符合,P=0", "2", [2, 0]),
])
def test_situations_with_a_factor_of_the_weight(text, weight, expected):
    p = propose(text, weight, "管理")
    params = sole(p, "choice")
    assert not p.confident  # the factor multiplying the 分值 is the table's heading
    assert [picked(p, k) for k in range(len(params["options"]))] == D(*expected)
    assert any("得分系数" in u or "按分值 ×" in u for u in p.unplaced), p.unplaced
    assert not any("未用于规则" in u for u in p.unplaced), p.unplaced  # the factors are the scores said


def test_factors_short_of_nothing_leave_none_applying_unsaid():
    p = propose("按时报送,P=1;逾期报送,P=0.5", "4", "报送")
    assert [picked(p, k) for k in range(3)] == D(4, 2, 0)
    assert any("以上情形均不符合" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight, num, den, values", [
    ("P = 指定安全员的内设机构数量与内设机构总数的比率。", "2", "指定安全员的内设机构数量", "内设机构总数",
     [("10", "10", 2), ("8", "10", "1.6"), ("0", "10", 0)]),
    ("P＝已完成整改的问题数与发现问题总数的比率", "5", "已完成整改的问题数", "发现问题总数", [("3", "4", "3.75")]),
])
def test_a_factor_that_is_a_quotient_of_two_counts(text, weight, num, den, values):
    p = propose(text, weight, "联络员")
    params = sole(p, "rate")
    assert not p.confident
    assert (params["numerator_label"], params["denominator_label"]) == (num, den)
    for n, dd, want in values:
        assert scored(p, {"numerator": n, "denominator": dd}) == D(want)[0]


@pytest.mark.parametrize("text", ["P = 重点岗位人员中签订网络安全与保密协议的比率。", "P=资产台账的准确率"])
def test_a_factor_that_is_a_rate_named(text):
    p = propose(text, "2", "协议")
    sole(p, "rate")
    assert not p.confident
    assert [scored(p, ratio(v)) for v in (100, 75)] == D(2, "1.5")
    assert p.unplaced == [u for u in p.unplaced if "得分系数" in u]  # every word placed


@pytest.mark.parametrize("text", [
    "已明确,P=2;未明确,P=1",  # the best factor is not 1: no share of the 分值
    "已明确,P=1;未明确,Q=0",  # two factors
    "已明确,P=1",  # one situation
    "S=(a1+a2+a3)/n",  # a formula of the table, no rate
    "违纪总分*0.9的系数;人数2000以上的,0.8的系数",
])
def test_near_miss_no_factor_of_the_weight(text):
    assert not any(it["type"] in ("choice", "rate") for found in readings(text, "5") for it in found.items), text


# ── requirements said with 不得, no score ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "4.黑板版面干净，不得有过多板书与粉笔灰痕迹，讲台上不得有杂物乱放",
    "宿舍内务整齐，床铺平整，不得私拉电线，不得使用违章电器",
    "c.除去病假，不得有大面积缺席，请假需提前与检查员说明",
    "a.队列整齐有序，班级中没有抢跑、落队等情况",
    "加油机周边不得堆放杂物；油枪归位整齐，地面无油污",
])
def test_requirements_with_what_must_not_be_are_met_or_not(text):
    p = propose(text, "2", "卫生")
    sole(p, "all_or_nothing")
    assert not p.confident  # no score said
    assert list(met_or_not(p)) == D(2, 0)
    assert any("未说明计分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "不得有大量垃圾,否则不得分",  # scored: not a bare requirement
    "垃圾桶内不得有垃圾,发现一处扣0.5分",
    "讲台整洁的,不得满分以外的分数",
    "教室卫生由值日生负责,视情况评定",  # judged
])
def test_near_miss_a_scored_or_judged_text_is_no_bare_requirement(text):
    p = propose(text, "2", "卫生")
    assert not (p.kind == "all_or_nothing" and any("未说明计分" in u for u in p.unplaced)), p.unplaced


# ── bands of cases deducting one step more each, “以此类推” ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, step, per, values, expected", [
    ("1至2人不做扣0.5分，3至4人不做扣1分，以此类推。", "10", "2", "0.5", [0, 1, 2, 3, 5, 60], [10, "9.5", "9.5", 9, "8.5", 0]),
    ("1-3处不合格扣1分,4-6处不合格扣2分,依此类推,扣完为止", "10", "3", "1", [0, 3, 4, 7], [10, 9, 8, 7]),
    ("迟到1~5人次的扣0.2分;6~10人次的扣0.4分;依次类推", "2", "5", "0.2", [0, 5, 6, 11], [2, "1.8", "1.6", "1.4"]),
    ("做操时间内不得随意走动、睡觉;1至2人不做扣0.5分，3至4人不做扣1分，以此类推。", "10", "2", "0.5", [1, 4], ["9.5", 9]),
])
def test_bands_of_cases_going_on_by_so_on(text, weight, step, per, values, expected):
    p = propose(text, weight, "出勤")
    params = sole(p, "threshold")
    assert not p.confident  # “以此类推”
    assert (params["step"], params["deduct"], params["stepwise"]) == (step, per, True)
    assert scores(p, values) == D(*expected)
    assert not any("未用于规则" in u or "单位" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "1至2人不做扣0.5分，3至4人不做扣1.5分，以此类推",  # not one equal step
    "1至2人不做扣0.5分，3至5人不做扣1分，以此类推",  # not one width
    "1至2人不做扣0.5分，3至4人不做扣1分",  # no “以此类推”: two bands, the rest unsaid
    "2至3人不做扣0.5分，4至5人不做扣1分，以此类推",  # not from 1
])
def test_near_miss_bands_of_cases_not_one_ladder(text):
    assert not any(it["type"] == "threshold" and it["params"].get("stepwise")
                   for found in readings(text, "10") for it in found.items), text


# ── one thing done once a period of its own ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("每年组织一次健康体检,得4分,每两年组织一次健康体检,得3分", "4", [4, 3, 0]),
    ("每月开展1次巡查的得5分,每2个月开展1次巡查的得3分", "5", [5, 3, 0]),
    ("每季度召开一次安全例会得3分；每半年召开一次得2分；未召开不得分", "3", [3, 2, 0]),
])
def test_how_often_a_thing_is_done_is_a_situation(text, weight, expected):
    p = propose(text, weight, "体检")
    params = sole(p, "choice")
    assert not p.confident
    assert [picked(p, k) for k in range(len(params["options"]))] == D(*expected)
    assert not any("未用于规则" in u or "逐次扣分" in u or u == "“每”" for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每年组织一次健康体检,得4分,每两年组织一次健康体检,得3分。根据体检结果,制定有针对性的健康管理计划或措施,得4分。", "8"),
    ("每年组织1次职工体检得3分,每2年组织1次职工体检得2分;建立职工健康档案得2分", "5"),
])
def test_frequencies_beside_a_requirement_are_two_items(text, weight):
    p = propose(text, weight, "体检")
    assert [it["type"] for it in p.items] == ["choice", "all_or_nothing"], (p.summary, p.unplaced)
    assert not p.confident  # none of the frequencies unsaid
    top = max(p.items[0]["params"]["options"], key=lambda o: float(o["score"]))
    assert scored(p, {"option": top["key"]}, 0) + scored(p, {"met": True}, 1) == D(weight)[0]


@pytest.mark.parametrize("text", [
    "每年开展2次培训得4分;每年开展1次培训得2分",  # counts in one period: a count, no frequency
    "每发现1处隐患得1分,每发现2处得2分",  # cases
])
def test_near_miss_counts_are_no_frequencies(text):
    assert not any(it["type"] == "choice" and len(it["params"]["options"]) >= 2
                   and all(o["label"].startswith("每") for o in it["params"]["options"][:2])
                   for found in readings(text, "4") for it in found.items), text


# ── kinds of area, each with bands of its own ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, count, expected", [
    ("山区、丘陵地区:覆盖农户达到300户及以上的得10分,299-200户的得6分,低于200户的不得分。其它地区:覆盖农户达到450户及以上的"
     "得10分,449-300户的得6分,低于300户的不得分。", "10", 6, [10, 10, 6, 6, 0, 0]),
    ("东部地区:完成率达到95%及以上的得10分,94%-85%的得8分,85%以下不得分。中西部地区:完成率达到90%及以上的得10分,89%-80%的"
     "得8分,80%以下不得分。", "10", 6, [10, 10, 8, 8, 0, 0]),
    ("城市：覆盖率≥95%得5分，90%（含）-95%得3分，<90%不得分；农村：覆盖率≥85%得5分，80%（含）-85%得3分，<80%不得分", "5", 6,
     [5, 5, 3, 3, 0, 0]),
])
def test_kinds_of_area_with_bands_of_their_own(text, weight, count, expected):
    p = propose(text, weight, "覆盖面")
    params = sole(p, "choice")
    assert not p.confident
    assert len(params["options"]) == count
    assert [picked(p, k) for k in range(count)] == D(*expected)
    assert any("地区类别与档次" in u for u in p.unplaced), p.unplaced
    assert not any("未用于规则" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "山区:覆盖农户达到300户及以上的得10分,299-200户的得6分,低于200户的不得分。",  # one kind of area: its bands
    "产区:按时完成得4分;非产区:按时完成得3分",  # no bands
    "城市:覆盖率≥95%得5分,90%-95%得3分;农村:按时报送得5分,否则不得分",  # one kind with no bands
])
def test_near_miss_no_kinds_of_area_with_bands(text):
    assert not any(it["type"] == "choice" and any("：" in o["label"] and "～" in o["label"] for o in it["params"]["options"])
                   for found in readings(text, "10") for it in found.items), text

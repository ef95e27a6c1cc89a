"""Wordings of tender tables nobody tuned the proposer on (the former hold-out set's texts that fell back to judgement).

Classes taught: the 分值 said as “权重分” (“…每季度完成巡检,得权重分”, “不变化的,得权重分;变动1次的,得3分”); a score's
range or points taken at the team's discretion (“视情况得分,最高分得权重分,最低分0分”, “有投诉,视情节严重扣分,最低分0分”)
no situations to pick (judgement); points per case followed by a note on the proof each case needs (“…,最高得9分。注:每个
有效业绩须提供合同复印件…,未提供证明材料的业绩不得分”), the note's 折扣 no deduction, 分包 in the case's name (“每提供1家满足
该分包内容的…得1分”), all to check; the cap said “本项满分15分”, “本项评分满分15分”; the points of a circled list each graded
from their full points down to nothing, closing the text (“①…;②…;以上每小项满分3分,响应完整的小项得3分;响应有所欠缺的小项得
1分;缺失的小项,不得分”), a 要点核查 of equal points whose middle grade is entered as partly met (to check), the list's count
closing its last point (“⑥…等6个方面”) no figure of it.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, maxes, met_or_not, picked, point_labels, readings, scored, scores, sole, types


# ── the 分值 said as 权重分 ─────────────────────────────────────────────────────────────────────────────────────
def test_weight_points_are_the_full_marks_of_a_requirement():
    p = propose("考核期内,按月提交服务报告,得权重分", "8", "服务报告")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == [Decimal(8), Decimal(0)]


def test_weight_points_are_the_best_of_situations():
    p = propose("驻场主管在服务期内未更换的,得权重分;更换1次的,得2分;更换2次及以上的,不得分", "4", "人员稳定")
    sole(p, "tiers")  # (bands of the count of changes)
    assert p.confident
    assert scores(p, [0, 1, 3]) == D(4, 2, 0)


def test_weight_points_are_the_best_of_options():
    p = propose("项目负责人在合作当年内不变化的,得权重分;如果当年内更换的,得1分", "3", "人员稳定")
    sole(p, "choice")
    assert [picked(p, k) for k in range(2)] == D(3, 1)


def test_near_miss_a_share_of_the_weight_points_is_no_full_marks():
    # “得权重分的60%”: a share of the 分值, never the 分值 itself
    p = propose("资料齐全的,得权重分;资料基本齐全的,得权重分的60%;资料缺失的,不得分", "5", "资料")
    assert p.kind != "judgement"
    assert not any(it["type"] == "choice" and any(o["score"] == "5" and "60%" in o["label"]
                                                  for o in it["params"]["options"]) for it in p.items)


@pytest.mark.parametrize("text", [
    "考核期内,根据整改响应速度,视情况得分,最高分得权重分,最低分0分",
    "考核期内,如果没有有效投诉,得权重分;如果有有效投诉,视情节严重扣分,最低分0分",
    "根据服务质量酌情评分,最高分得满分,最低分0分",
])
def test_near_miss_a_range_of_the_score_or_points_off_at_discretion_is_judgement(text):
    p = propose(text, "10", "响应")
    assert not p.confident
    assert "choice" not in types(p)


# ── points per case, then a note on the proof each case needs ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, n, score", [
    ("近三年(2023年1月1日至今)类似本项目的物业服务项目业绩,每提供一个类似项目业绩得2分,最高得8分。注:每个有效业绩须提供"
     "合同复印件作为证明材料(提供合同首页、服务内容页、盖章页),未提供证明材料的业绩不得分。", "8", "3", 6),
    ("近三年(2023年1月1日至今)类似本项目的物业服务项目业绩,每提供一个类似项目业绩得2分,最高得8分。注:每个有效业绩须提供"
     "合同复印件作为证明材料(提供合同首页、服务内容页、盖章页),未提供证明材料的业绩不得分。", "8", "6", 8),
    ("每提供1家满足该分包内容的合作供货商得1分,最高得6分。注:需提供合作协议复印件并加盖投标人公章,否则评审时不予认可。",
     "6", "4", 4),
    ("投标人自2021年1月1日起具有图书配送项目业绩,每提供一套有效业绩证明文件得2分,最多得10分。注:一套业绩证明文件需包含合同"
     "复印件(含采购内容与金额页(折扣))、验收报告复印件;未按要求提供有效证明文件的业绩不予承认。", "10", "2", 4),
])
def test_points_per_case_with_a_closing_note_on_proof(text, weight, n, score):
    p = propose(text, weight, "业绩")
    sole(p, "formula")
    assert by_vars(p, n) == score
    assert not p.confident  # (which cases count is the evaluator's to check)


def test_near_miss_a_note_with_points_of_its_own_is_not_a_note_on_proof():
    # the note holds points (“另加1分”): not read away as a note on proof
    text = "每提供一个类似项目业绩得2分,最高得8分。注:提供合同复印件的业绩另加1分。"
    assert not any("证明材料等要求" in doubt for r in readings(text, "8") for doubt in r.doubts or ())
    assert not propose(text, "8", "业绩").confident


@pytest.mark.parametrize("text", [
    "每提供一个类似项目业绩得2分,最高得8分。注:未提供合同复印件的,本项不得分。",
    "每提供一个类似项目业绩得2分,最高得8分。注:须提供合同复印件加盖公章作为证明材料,否则不得分。",
])
def test_near_miss_a_note_zeroing_the_row_is_not_read_away(text):
    # the row's zero (“本项不得分”, “否则不得分”) is no note on which cases count
    assert not any("证明材料等要求" in doubt for r in readings(text, "8") for doubt in r.doubts or ())
    assert not propose(text, "8", "业绩").confident


# ── the cap of points per case said as the row's 满分 ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "每提供一个有效的管理体系认证证书得4分,本项满分12分。",
    "每提供一个有效的管理体系认证证书得4分,本项评分满分12分。",
])
def test_points_per_case_capped_by_the_rows_full_marks(text):
    p = propose(text, "12", "认证")
    sole(p, "formula")
    assert [by_vars(p, n) for n in ("0", "2", "5")] == [Decimal(0), Decimal(8), Decimal(12)]


def test_near_miss_a_full_mark_short_of_the_weight_is_no_cap_of_the_row():
    p = propose("每提供一个有效的管理体系认证证书得4分,本项满分8分。", "12", "认证")
    assert not p.confident


# ── the points of a circled list each graded ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, labels", [
    ("针对本项目保洁服务提供作业方案:①日常保洁;②专项保洁;③垃圾清运;④消杀防疫。以上每小项满分2分,内容完整、符合项目要求的"
     "小项得2分;内容有所欠缺的小项得1分;缺失或完全不能满足要求的小项,得0分。", "8", ["日常保洁", "专项保洁", "垃圾清运", "消杀防疫"]),
    ("针对采购需求阐述对项目的理解:①服务范围;②服务标准;③人员配置等3个方面阐述理解和认识。以上每小项的理解深刻,表述准确的,"
     "得满分4分;每小项理解有所欠缺的得2分;每小项缺失的,得0分。", "12", ["服务范围", "服务标准", "人员配置"]),
    ("提供应急预案:对①火灾;②停电停水;③极端天气等,提供应急处置方案:以上每小项满分3分,响应完整的小项得3分;响应有所欠缺的"
     "小项得1分;缺失的小项,得0分。", "9", ["火灾", "停电停水", "极端天气等,提供应急处置方案"]),
    ("提供管理方案:①人员管理:包括考勤、着装、培训等方面的管理,确保人员不会脱岗;②设备管理:包括设备维护保养的管理。"
     "以上每小项满分5分,响应完整的小项得5分;响应有所欠缺的小项得2分;缺失的小项,得0分。", "10", ["人员管理", "设备管理"]),
])
def test_circled_points_each_graded(text, weight, labels):
    p = propose(text, weight, "方案")
    sole(p, "checklist")
    assert point_labels(p) == labels
    each = Decimal(weight) / len(labels)
    assert maxes(p) == [each] * len(labels)
    assert not p.confident  # (the grade between is entered as partly met)
    states = {pt["key"]: {"state": "met"} for pt in p.items[0]["params"]["points"]}
    first = p.items[0]["params"]["points"][0]["key"]
    assert scored(p, {"points": states}) == Decimal(weight)
    states[first] = {"state": "partly", "value": "1"}
    assert scored(p, {"points": states}) == Decimal(weight) - each + 1


@pytest.mark.parametrize("text, weight", [
    # the grades rise again (“得1分” below “得2分” is no grade down to nothing)
    ("①日常保洁;②专项保洁。以上每小项满分3分,响应完整的小项得3分;响应一般的小项得1分;响应较好的小项得2分;缺失的小项,得0分。", "6"),
    # the points do not make the 分值
    ("①日常保洁;②专项保洁;③垃圾清运。以上每小项满分3分,响应完整的小项得3分;响应有所欠缺的小项得1分;缺失的小项,得0分。", "12"),
    # the grades' full points are not the points each is worth
    ("①日常保洁;②专项保洁。以上每小项满分3分,响应完整的小项得2分;响应有所欠缺的小项得1分;缺失的小项,得0分。", "6"),
])
def test_near_miss_graded_points_out_of_step_are_not_read_so(text, weight):
    assert not any("分档计分" in doubt for r in readings(text, weight) for doubt in r.doubts or ())
    p = propose(text, weight, "方案")
    assert not p.confident

"""Parts with their points in brackets after them, and shares of a part, as a next agency's table is likely to write them:

- a heading with the row's total in brackets, then numbered parts each with “(N分)” after its words (“(四)企业按时足额支付
  职工工资。(15分)1.…。(5分)2.…。(5分)3.…。(5分)”): a 要点核查 of the parts, named by the heading, to check;
- a part's points written as a bare “(2)” after its words, the other parts' “(2分)”: read as its points, to check;
- a part's points shared out among things, in brackets after them (“…生产指标全面完成(45分)(牛、生猪、家禽各占15分)”,
  “牛冷配任务和猪人工受精任务完成(各记20分)”) or said with one score 分别 (“播种面积、总产量达到指标分别得3分”): a point
  for each thing, to check;
- what is scored with its 分值 first, then the points of each case (“培植种粮大户计2分,双季稻种植达30亩的种粮大户的每户计1分”):
  a formula over the count, capped at that 分值, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, maxes, point_labels, readings, sole, ticks


# ── a heading with its total in brackets, then numbered parts each with “(N分)” after them ─────────────────────────
@pytest.mark.parametrize("text, weight, points, met, score", [
    ("(四)企业按时足额支付职工工资。(15分)1.企业建立工资增长机制。(5分)2.执行最低工资标准。(5分)3.无拖欠职工工资行为。(5分)",
     "15", [5, 5, 5], (True, False, True), 10),
    ("(二)落实安全生产责任。(10分)1.制定安全生产责任制度。(4分)2.定期开展安全检查。(6分)", "10", [4, 6], (False, True), 6),
    ("社区服务站建设(6分);(1)有固定服务场所(2分);(2)服务人员配备到位(2分);(3)服务台账完整(2分)", "6", [2, 2, 2],
     (True, True, False), 4),
    # “克扣” (withholding) is a word of the part, not a deduction
    ("(五)劳动报酬支付。(9分)1.按月发放工资。(3分)2.无克扣职工工资行为。(3分)3.依法支付加班工资。(3分)", "9", [3, 3, 3],
     (False, True, True), 6),
])
def test_heading_with_its_total_then_parts_with_points_after(text, weight, points, met, score):
    p = propose(text, weight, "劳动")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(x) for x in points]
    assert ticks(p, *met) == Decimal(score)
    assert ticks(p, *(True for _ in points)) == Decimal(weight)
    assert not p.confident  # the heading is read as the row's name and 分值
    assert any("读作该项名称与分值" in u or "另一种读法" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # the heading's points are not the 分值
    ("(四)企业按时足额支付职工工资。(12分)1.建立工资增长机制。(5分)2.执行最低工资标准。(5分)3.无拖欠工资行为。(5分)", "15"),
    # the heading is a breach, not what the row checks
    ("(四)未按时足额支付职工工资。(15分)1.建立工资增长机制。(5分)2.执行最低工资标准。(5分)3.无拖欠工资行为。(5分)", "15"),
])
def test_near_miss_not_a_heading_with_its_total(text, weight):
    assert not any("读作该项名称与分值" in u for found in readings(text, weight) for u in found.doubts or ())


# ── a part's points written as a bare “(2)” ────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("学校制定考勤管理制度(2分)。并有考勤记录,并将考勤结果作为评优评先的参考依据(2)", "4", [2, 2]),
    ("建立值班制度(3分);值班记录完整规范(1.5)", "4.5", [3, 1.5]),
    ("1.制定年度培训计划(1分);2.按计划组织培训并有签到记录(2)", "3", [1, 2]),
])
def test_bare_points_closing_the_last_part(text, weight, points):
    p = propose(text, weight, "管理")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(x) for x in points]
    assert ticks(p, True, False) == Decimal(points[0])
    assert not p.confident
    assert any("未写“分”" in u or "另一种读法" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # the bracket numbers the next part, it scores nothing
    ("(1)建立值班制度(3分);(2)值班记录完整规范", "5"),
    # no part with its points marked “(N分)”: the figure may be anything
    ("建立值班制度3分;值班记录完整规范(2)", "5"),
    # the bracket is not right after the words of a part
    ("建立值班制度(3分);值班记录完整规范;(2)", "5"),
])
def test_near_miss_no_bare_points(text, weight):
    assert not any(it["type"] == "checklist" for found in readings(text, weight) for it in found.items)


# ── a part's points shared out among things ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points, met, score", [
    ("a.建立防汛值班制度(8分);b.水库、堤防巡查到位(12分)(水库、堤防各占6分)。", "20", [8, 6, 6], (True, False, True), 14),
    ("1、a.街道制定了控违拆违工作方案(10分);b.拆除任务全面完成(30分)(住宅、厂房、棚户各占10分)。", "40", [10, 10, 10, 10],
     (False, True, True, False), 20),
    ("a.林业有害生物防治体系健全(30分);b.松材线虫病和美国白蛾防治任务完成(各记15分)。", "60", [30, 15, 15],
     (True, True, False), 45),
    ("水稻、玉米种植面积达到下达任务分别得4分;无撂荒耕地得2分。", "10", [4, 4, 2], (True, False, True), 6),
    ("辖区内学校、医院消防检查合格分别计2分;消防通道畅通计1分", "5", [2, 2, 1], (False, True, True), 3),
])
def test_a_part_shared_out_among_things(text, weight, points, met, score):
    p = propose(text, weight, "工作")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(x) for x in points]
    assert ticks(p, *met) == Decimal(score)
    assert not p.confident  # the things are read off the list
    assert any(f"读作 {len(points) - 1 if len(points) == 3 else 3} 个要点" in u for u in p.unplaced)


def test_a_part_shared_out_names_its_things():
    p = propose("a.建立防汛值班制度(8分);b.水库、堤防巡查到位(12分)(水库、堤防各占6分)。", "20", "防汛")
    assert [label.split("—")[-1] for label in point_labels(p)[1:]] == ["水库", "堤防"]


@pytest.mark.parametrize("text, weight", [
    # the shares do not make up the part's points
    ("a.建立防汛值班制度(2分);b.水库、堤防巡查到位(8分)(水库、堤防各占6分)。", "10"),
    # scores in turn, not one score each
    ("水稻、玉米种植面积达到下达任务分别得4分、2分;无撂荒耕地得2分。", "8"),
])
def test_near_miss_not_shared_out(text, weight):
    assert not any(it["type"] == "checklist" and len(it["params"]["points"]) > 2
                   for found in readings(text, weight) for it in found.items)


# ── the 分值 first, then the points of each case ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, count, score", [
    ("培植家庭农场计4分,年经营土地达50亩的家庭农场每户计1分。", "4", "3", 3),
    ("培植家庭农场计4分,年经营土地达50亩的家庭农场每户计1分。", "4", "6", 4),
    ("发展农民合作社计5分,新建市级示范社每个得2分。", "5", "2", 4),
    ("c、开展科普宣传计3分,每开展1次科普活动得0.5分", "3", "10", 3),
])
def test_the_weight_first_caps_the_points_of_each_case(text, weight, count, score):
    p = propose(text, weight, "农业")
    sole(p, "formula")
    assert by_vars(p, count) == Decimal(score)
    assert not p.confident
    assert any("得分的上限" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # the points said first are not the 分值
    ("发展农民合作社计3分,新建市级示范社每个得1分。", "5"),
    # a period, not a case counted
    ("发展农民合作社计5分,每季度开展1次培训得1分。", "5"),
    # a deduction per case, no points earned
    ("安全生产计5分,每发生1起事故扣1分。", "5"),
])
def test_near_miss_not_the_weight_capping_each_case(text, weight):
    assert not any("得分的上限" in x for found in readings(text, weight) for x in found.doubts or ())

"""Forms of situations and points lists a next agency's table is likely to share:

- a requirement in words, then grades of how well it is met, each with its points, the best short of the 分值 and the
  last nothing (“…案卷管理制度健全规范 较好得2分,一般得1分,较差不得分”): the requirement met on the 分值 (unsaid), the
  grades below it, always to check;
- points of each case and their cap in brackets after what is counted, the case a count of one (“发布渠道数量(一个渠道3分,
  最多15分)”): a formula over the count, as “(每个渠道3分,最多15分)” is; without the cap, a count of one and its points
  may be a band of the count and is not read so;
- deductions by how far a value lies above a reference, in ranges of points or percentages (“持平不扣分,超过平均值5个点以内
  扣1分,5个点以外扣2分”): tiers on the excess, at or below the reference on the 分值;
- a requirement met on the 分值, then those short of it ranked among themselves, each rank its score in turn (“…达到85%得
  10分;低于85%的县(区)按从高到低排序,分别得8、6、4、2分”): a situation met and one per rank, to check;
- requirements each worth the same, one of them two qualities of one subject (“内容合法、完备、制定程序合法、完备各得2分” on
  4): a short word after a point is what that point must also be, where the points then number the 分值 over the share;
- faults each costing the 分值 or more (“未绘制…布置图的,扣3分;布局图绘制不精确,出现偏差的,扣2分” on 2): any of them takes
  it all, a 全有或全无, to check where a deduction reaches past the 分值.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, met_or_not, picked, point_labels, readings, scores, sole, ticks


# ── a requirement, then its grades, the best short of the 分值 ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("案卷归档及时,材料完整,排列有序,管理制度健全规范 较好得2分,一般得1分,较差不得分", "3", [3, 2, 1, 0]),
    ("台账登记及时、准确,资料归档完整;较好的得3分;一般的得1.5分;较差的不得分", "4", [4, 3, 1.5, 0]),
    ("会议记录完整，签到齐全。良好计3分，合格计1分，不合格计0分", "5", [5, 3, 1, 0]),
    ("次月10日前上报统计报表,数据真实准确 较好得1.5分,较差得0分", "2", [2, 1.5, 0]),
])
def test_grades_below_a_requirement_met_on_the_weight(text, weight, scores):
    p = propose(text, weight, "管理")
    params = sole(p, "choice")
    assert not p.confident  # full marks for the requirement met is unsaid; the grade is judged
    assert len(params["options"]) == len(scores)
    assert [picked(p, k) for k in range(len(scores))] == D(*scores)
    assert any("未明说" in u for u in p.unplaced)
    assert any("等级由评价组判断" in u for u in p.unplaced)


def _requirement_on_weight(text: str, weight: str) -> bool:
    return any(it["type"] == "choice" and len(it["params"]["options"]) > 1
               and it["params"]["options"][0]["score"] == weight and "满足要求得满分" in " ".join(found.doubts or ())
               for found in readings(text, weight) for it in found.items)


@pytest.mark.parametrize("text, weight", [
    # the best grade on the 分值: the grades alone are the situations
    ("档案材料完整规范,排列有序;较好得3分,一般得1分,较差不得分", "3"),
    # no grade scoring nothing: the grades may be points, or leave one unsaid below them
    ("档案材料完整规范,排列有序;较好得2分,一般得1分", "3"),
    # degrees that are no grade words
    ("档案材料完整规范,排列有序;全部做到得2分,部分做到得1分,未做到不得分", "3"),
    # the requirement with points of its own
    ("档案材料完整规范得1分;较好得2分,一般得1分,较差不得分", "3"),
    # scores that do not fall
    ("档案材料完整规范,排列有序;较好得1分,一般得2分,较差不得分", "3"),
])
def test_near_miss_not_grades_below_a_requirement(text, weight):
    assert not _requirement_on_weight(text, weight)


# ── points of each case and their cap in brackets, the case a count of one ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, score", [
    ("发布渠道数量(一个渠道3分,最多15分)", "15", "2", 6),
    ("发布渠道数量(一个渠道3分,最多15分)", "15", "7", 15),
    ("宣传报道篇数（1篇得2分，最高10分）", "10", "3", 6),
    ("开展志愿服务活动场次(1次计0.5分,最多2分)", "2", "5", 2),
])
def test_one_case_and_its_points_under_a_cap_in_brackets(text, weight, counts, score):
    p = propose(text, weight, "宣传")
    sole(p, "formula")
    assert by_vars(p, counts) == Decimal(score)


@pytest.mark.parametrize("text, weight", [
    # no cap: one channel on 3 may be a band of the count
    ("发布渠道数量(一个渠道3分)", "15"),
    # a cap short of the 分值: the rest of the points are unsaid
    ("宣传报道篇数(1篇得2分,最高8分)", "10"),
    # a count of two: a band, not the points of each
    ("发布渠道数量(2个渠道3分,最多15分)", "15"),
])
def test_near_miss_no_points_of_each_case(text, weight):
    p = propose(text, weight, "宣传")
    assert p.kind != "formula" or not p.confident
    assert not any(it["type"] == "formula" and it["params"].get("expression") == "3 * a"
                   for found in readings(text, weight) for it in found.items)


# ── deductions by how far a value lies above a reference ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分。", "2", [-1.5, 0, 3, 7.2], [2, 2, 1, 0]),
    ("低于全市平均值的不扣分;高于全市平均值3个百分点以内的扣2分;3个百分点以上的扣4分", "4", [-2, 1, 6], [4, 2, 0]),
    ("比上年超支5%以内扣1分,超支5%-10%扣2分,10%以上不得分", "3", [0, 4, 8, 12], [3, 2, 1, 0]),
    ("超过全省平均水平2%以内扣1分，2%至5%扣2分，5%以外不得分", "3", [0, 1, 3, 9], [3, 2, 1, 0]),
])
def test_deductions_by_the_excess_over_a_reference(text, weight, values, expected):
    p = propose(text, weight, "案件占比")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    # deductions that do not grow with the excess
    ("持平不扣分,超过平均值5个点以内扣2分,5个点以外扣1分", "2"),
    # points earned, not taken off
    ("超过平均值5个点以内得1分,5个点以外得2分", "2"),
    # no reference named: a share of what is not said
    ("超过5个点以内扣1分,5个点以外扣2分", "2"),
])
def test_near_miss_no_excess_bands(text, weight):
    assert not any(found.summary.startswith("分档计分：按高出") for found in readings(text, weight))


# ── a requirement met on the 分值, then those short of it ranked, each rank its score in turn ───────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("区域内标准化学校达到85%得10分;低于85%的县(区)按从高到低排序,分别得8、6、4、2分。", "10", [10, 8, 6, 4, 2]),
    ("完成全年任务得10分;未完成的按完成率从高到低排序,分别得8、6、4、2分", "10", [10, 8, 6, 4, 2]),
    ("按时报送得6分；未按时报送的按报送时间先后排名，依次得4分、3分、2分", "6", [6, 4, 3, 2]),
])
def test_met_then_ranked_in_turn(text, weight, expected):
    p = propose(text, weight, "排名")
    params = sole(p, "choice")
    assert not p.confident  # the ranks are the team's, and a rank past the last is unsaid
    assert len(params["options"]) == len(expected)
    assert [picked(p, k) for k in range(len(expected))] == D(*expected)


def _ranked_after_met(text: str, weight: str) -> bool:
    return any(it["type"] == "choice" and any("排第" in o["label"] for o in it["params"]["options"])
               for found in readings(text, weight) for it in found.items)


@pytest.mark.parametrize("text, weight", [
    # the requirement met on less than the 分值
    ("完成全年任务得8分;未完成的按完成率从高到低排序,分别得6、4、2分", "10"),
    # ranks that do not fall below the requirement met
    ("完成全年任务得10分;未完成的按完成率从高到低排序,分别得10、6、4分", "10"),
    # points taken off by rank, not earned
    ("完成全年任务得10分;未完成的按完成率排序,分别扣2、4、6分", "10"),
])
def test_near_miss_not_met_then_ranked(text, weight):
    assert not _ranked_after_met(text, weight)


# ── requirements each worth the same, a point of two qualities of one subject ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, labels", [
    ("参考《章程制定暂行办法》,内容合法、完备、制定程序合法、完备各得2分", "4", ["内容合法、完备", "制定程序合法、完备"]),
    ("会议记录真实、完整、签到表规范、齐全、影像资料清晰、完整,各得2分", "6",
     ["会议记录真实、完整", "签到表规范、齐全", "影像资料清晰、完整"]),
    ("财务制度健全、规范、人员配备到位各1.5分", "3", ["财务制度健全、规范", "人员配备到位"]),
])
def test_two_qualities_of_one_subject_are_one_point(text, weight, labels):
    p = propose(text, weight, "制度")
    sole(p, "checklist")
    got = point_labels(p)
    assert len(got) == len(labels) and all(got[k].endswith(label) for k, label in enumerate(labels))
    met = [True] * len(labels)
    assert ticks(p, *met) == Decimal(weight)
    assert ticks(p, *([False] + met[1:])) == Decimal(weight) - Decimal(weight) / len(labels)


@pytest.mark.parametrize("text, weight, count", [
    # every word a point: each is one, the points add up as they stand
    ("人、财、物各得1分", "3", 3),
    ("基础设施、水、电各得1分", "3", 3),
    ("内容合法、完备、制定程序合法、完备各得1分", "4", 4),
])
def test_near_miss_short_words_that_are_points(text, weight, count):
    p = propose(text, weight, "制度")
    sole(p, "checklist")
    assert len(point_labels(p)) == count


# ── faults each costing the 分值 or more ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("未绘制布局合理的城区公厕布置图的,扣3分;布局图绘制不精确,出现偏差的,扣2分。", "2"),
    ("未制定应急预案的,扣5分;预案未经审批的,扣4分", "4"),
    ("1.未建立台账的,扣3分;2.台账记录不完整的,扣3分", "2"),
])
def test_faults_past_the_weight_take_it_all(text, weight):
    p = propose(text, weight, "布置图")
    sole(p, "all_or_nothing")
    assert not p.confident  # a deduction past the 分值: the table may have meant another 分值
    assert list(met_or_not(p)) == D(weight, 0)
    assert any("超过该项分值" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # one fault costs less than the 分值: the faults leave different scores
    ("未绘制布局图的,扣3分;布局图绘制不精确的,扣1分", "2"),
    # a deduction per case, not once
    ("未绘制布局图的,扣3分;布局图每处偏差扣2分", "2"),
])
def test_near_miss_not_every_fault_takes_all(text, weight):
    assert not any(it["type"] == "all_or_nothing" for found in readings(text, weight) for it in found.items)

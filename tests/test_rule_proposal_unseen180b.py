"""Wordings of staff and institution assessment tables (考核细则, 量化考核, 绩效考核表) the proposer missed:

- a requirement, then the row's points, then how it is scored in brackets (“…手续齐全。2分(未通过年检不得分,…扣2分)”):
  the bracket read as the rule, the requirement said back, to check;
- a deduction for one time of a fault, 每 left out, before sentences saying what counts as the fault (“迟到、早退1次扣1分。
  …超过0.5小时不签到的视为迟到”, “…不及时一次扣5分。界定:…”): the definitions set aside, to check;
- one time of an event costing the whole 分值 (“发生…事故的,一次扣18分” on 18): a deduction per time, to check;
- lessons short of the quota, 每 left out (“节数少1节扣0.1分”, “少一节扣相关人员考核分1分”): a deduction per lesson, to check;
- “符合全得,不符全扣” (after what it is judged by): all or nothing, to check;
- points per person up to a count said after colons (“12人以上:12分;12人以下:每人1分”): the points per person up to the
  cap, to check;
- numbered faults run together, their costs negative figures at the end (“1、…未及时解决2、…未及时反映-4-3”): a 要点核查
  of the faults, to check;
- options' points with a pause mark for the decimal point (“A.…(2、5分)B.…(2分)C.…(1、5分)”): the figures 2.5, 1.5, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, met_or_not, picked, readings, sole, ticks, types


# ── a requirement, its points, the scoring in brackets ──────────────────────────────────────────────────────────────
def test_bracketed_scoring_after_a_requirement_and_its_points():
    p = propose("3、站点有独立档案室并配备档案柜、除湿机。3分(无独立档案室的不得分,设备不全的每项扣1分)", "3", "档案室")
    sole(p, "formula")
    assert not p.confident
    assert any("要求，按其后括号内的办法评分" in u for u in p.unplaced)
    assert by_vars(p, "1", "0") == 3  # (the gate first: has the room, no item missing)
    assert by_vars(p, "1", "2") == 1
    assert by_vars(p, "0", "0") == 0


def test_bracketed_all_or_nothing_after_a_requirement():
    p = propose("2、按规定时间参加年度检查。2分(未通过年度检查不得分,超过规定时间扣2分)", "2", "年检")
    assert types(p) == ["all_or_nothing"]
    assert not p.confident
    assert met_or_not(p) == (2, 0)


@pytest.mark.parametrize("text, weight", [
    ("机构有独立办公室。3分(无独立办公室的不得分,办公设备不全的每项扣1分)", "2"),  # the points are not the 分值
    ("机构有独立办公室。2分(由市残联考核)", "2"),  # the bracket scores nothing
    ("机构设有2间以上办公室。2分(无办公室的不得分,每少1间扣1分)", "2"),  # the requirement names a figure of its own
])
def test_near_miss_requirement_then_bracket(text, weight):
    assert not any("要求，按其后括号内的办法评分" in d for found in readings(text, weight) for d in (found.doubts or ()))


# ── one time of a fault, 每 left out, then what counts as the fault ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("迟到、早退1次扣2分。上班后15分钟内未打卡的视为迟到;下班前擅自离岗的视为早退。", "10", "2"),
    ("报表报送不及时一次扣3分。界定:每月5日前未报送;报表数据须经部门负责人审核后于10日前归档。", "15", "3"),
])
def test_one_time_then_definitions_is_a_deduction_per_time(text, weight, per):
    p = propose(text, weight, "纪律")
    assert sole(p, "deduction")["per"] == per
    assert not p.confident
    assert any("未计入规则" in u for u in p.unplaced)
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]


def test_near_miss_a_definition_with_a_score_is_no_definition():
    # the sentence after the fault scores (“扣…”): it is no definition set aside
    p = propose("迟到1次扣1分。超过1小时未到的视为旷工,扣5分。", "10", "纪律")
    assert not any("视为旷工" in u and "未计入规则" in u for u in p.unplaced)


def test_one_event_costing_the_whole_weight():
    p = propose("发生负同等及以上责任安全事故的,一次扣10分", "10", "安全")
    assert sole(p, "deduction")["per"] == "10"
    assert not p.confident
    assert by_count(p, "0") == 10
    assert by_count(p, "1") == 0


def test_near_miss_one_event_past_the_weight():
    p = propose("发生负同等及以上责任安全事故的,一次扣12分", "10", "安全")
    assert p.kind != "deduction" or not p.items or p.items[0]["params"].get("per") != "12" or not p.confident


# ── lessons short of the quota ───────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("听课节数少1节扣0.2分。", "3", "0.2"),
    ("教师每学期听课至少10节,少一节扣相关人员考核分0.5分。", "3", "0.5"),
])
def test_lessons_short_without_each(text, weight, per):
    p = propose(text, weight, "听课")
    assert sole(p, "deduction")["per"] == per
    assert not p.confident
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]


def test_near_miss_one_lesson_earning_points():
    # “…1节得0.5分”: points earned, not taken off
    assert not any(it["type"] == "deduction" for found in readings("公开课1节得0.5分", "2") for it in found.items)


# ── “符合全得,不符全扣” ───────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", ["符合全得,不符全扣", "根据现场检查和台账记录,符合全得,不符全扣", "达到要求全得,达不到全扣"])
def test_all_when_met_none_when_not(text):
    p = propose(text, "3", "绿化养护")
    sole(p, "all_or_nothing")
    assert not p.confident
    assert met_or_not(p) == (3, 0)


def test_near_miss_all_when_met_with_a_figure():
    # a deduction said beside it: more than all or nothing
    p = propose("符合全得,不符每处扣1分", "3", "绿化养护")
    assert p.kind != "all_or_nothing"


# ── points per person up to a count, after colons ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, cap", [
    ("10人以上:10分; 10人以下:每人1分。", "10", "1", "10"),
    ("5人以上:15分; 5人以下:每人3分。", "15", "3", "5"),
])
def test_points_per_person_up_to_a_count(text, weight, per, cap):
    p = propose(text, weight, "人员配置")
    sole(p, "formula")
    assert not p.confident
    assert by_vars(p, "0") == 0
    assert by_vars(p, "1") == D(per)[0]
    assert by_vars(p, cap) == D(weight)[0]
    assert by_vars(p, str(int(cap) + 4)) == D(weight)[0]


def test_near_miss_points_per_person_not_making_the_cap():
    # 5 people × 1 point is not the 15 said: no reading of points per person
    p = propose("5人以上:15分; 5人以下:每人1分。", "15", "人员配置")
    assert p.kind != "formula"


# ── numbered faults, their costs negative figures at the end ────────────────────────────────────────────────────────
def test_numbered_faults_then_negative_costs():
    p = propose("1、值班期间未按时巡查2、发现隐患未及时上报3、交接班记录不完整-3-4-2", "9", "值班管理")
    params = sole(p, "checklist")
    assert [pt["max"] for pt in params["points"]] == ["3", "4", "2"]
    assert not p.confident
    assert any("列末的负数按所列各项依次扣分读" in u for u in p.unplaced)
    assert ticks(p, True, True, True) == 9
    assert ticks(p, True, False, True) == 5


@pytest.mark.parametrize("text, weight", [
    ("1、值班期间未按时巡查2、发现隐患未及时上报-3-4-2", "9"),  # three costs for two faults
    ("1、按时巡查2、及时上报-3-4", "7"),  # no fault in the words: things done, not faults
])
def test_near_miss_negative_costs(text, weight):
    assert not any("列末的负数" in (found.doubts or ("",))[0] for found in readings(text, weight))


# ── a pause mark for the decimal point ──────────────────────────────────────────────────────────────────────────────
def test_pause_mark_read_as_decimal_point_in_lettered_options():
    p = propose("A.认真备课,教案规范详实。(1、5分)B.能按时备课,教案较规范。(1分)C.备课不够认真,教案简单。(0、5分)", "1.5", "备课")
    sole(p, "choice")
    assert not p.confident
    assert any("“、”按小数点读" in u for u in p.unplaced)
    assert [picked(p, r) for r in range(3)] == [D("1.5")[0], 1, D("0.5")[0]]


def test_near_miss_pause_mark_between_scores_of_a_list():
    # “(1、3分)” on 5 points: 3 is within the 分值, a list of scores is possible: never read as 1.3
    p = propose("A.认真备课。(1、3分)B.能按时备课。(1分)", "5", "备课")
    assert not any("“、”按小数点读" in u for u in p.unplaced)

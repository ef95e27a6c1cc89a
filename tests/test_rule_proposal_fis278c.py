"""Rows of departmental target assessments and self-evaluation tables, and the wordings taught with them (round
fis278c):

- parts each opening with their heading and points and deducting per case, the last of them followed by a sentence
  that only adds points per case on the same matter (“…上交材料4分,少1篇扣1分;材料发表的每篇加1分”): the addition
  belongs to that part, which is its points less the cases short plus the cases added, kept within them (to check);
  the row's title and 分值 said first (“…论坛8分。参加…4分,…;上交…4分,…”) is dropped where the parts' points make it up;
- points each marked by its bracketed points, run on with no stop between them, a point naming a count that each one of
  them has (“主人与副主人各1种(2分)主宾1种(1分)…”): 各 before a count of things is words of the point, not points each
  (“各2分”, “各2(4分)” still are);
- a deduction per case, then after a comma the case of the good kind adding its points per case, closed by 的
  (“…检查不合格的每次扣1分,检查合格并获通报表扬的每次加1分”): the 分值 less the one plus the other, within 0～分值 (to check);
- 半年 named beside the year's end in one clause (“半年不自检或年终不进行总评的各扣3分”): the mid-year, a period as 年终
  is, not half a year's length; the faults listed each cost their points (to check); a length of time (“超过半年未整改”,
  “半年内”) is still 0.5 of a year;
- points taken off the row's own 考核分 or 基本分 (“迟到1次扣考核分1分”, “…扣基本分2分”): no more than 扣, as “扣基准分” is;

each with the rule it must give, its scores, and the near misses that must not be read so.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, by_vars, scored, types


# ── headed parts, a per-case addition run on after the last one ─────────────────
@pytest.mark.parametrize("text,weight,first,second", [
    ("参加例会5分,缺席一次扣1分;上交调研报告5分,少一篇扣1分;调研报告被采用的每篇加1分。", "10", "5", "5"),
    ("2.信息工作10分。出席培训会4分,缺席1次扣2分;报送信息6分,少报1条扣1分;信息被采用的每条加0.5分。", "10", "4", "6"),
])
def test_a_per_case_addition_joins_the_part_it_names(text, weight, first, second):
    """Two parts of their own points, the second adding back per case within its points."""
    p = propose(text, weight, "工作")
    assert types(p) == ["deduction", "formula"] and not p.confident, (text, p.summary, p.unplaced)
    assert [it["max"] for it in p.items] == [first, second]
    assert scored(p, {"count": "1"}) == Decimal(first) - (1 if first == "5" else 2)
    f = p.items[1]["params"]
    assert f["expression"] == "max - a + b" or f["expression"].startswith("max - "), f
    names = [v["name"] for v in f["variables"]]
    assert scored(p, {"vars": {names[0]: "0", names[1]: "0"}}, 1) == Decimal(second)
    assert scored(p, {"vars": {names[0]: "2", names[1]: "1"}}, 1) < Decimal(second)
    assert scored(p, {"vars": {names[0]: "0", names[1]: "3"}}, 1) == Decimal(second)   # never past its points
    assert scored(p, {"vars": {names[0]: "40", names[1]: "0"}}, 1) == 0


@pytest.mark.parametrize("text,weight", [
    ("参加例会5分,缺席一次扣1分;上交调研报告5分,少一篇扣1分;获得上级表彰的每次加1分。", "10"),  # another matter
    ("信息工作12分。出席培训会4分,缺席1次扣2分;报送信息6分,少报1条扣1分。", "12"),  # the parts make up 10, not 12
])
def test_an_addition_on_another_matter_or_a_title_not_made_up_is_not_split(text, weight):
    p = propose(text, weight, "工作")
    assert not (types(p) == ["deduction", "formula"] and [it["max"] for it in p.items] in (["5", "5"], ["4", "6"])), \
        (text, p.summary)
    assert not p.confident


# ── run-on points, one naming a count each one has ─────────────────
@pytest.mark.parametrize("text,weight,maxes", [
    ("红酒杯、白酒杯各1个(2分)水杯1个(1分)杯口朝向一致(1分)", "4", ["2", "1", "1"]),
    ("五.台布铺设(5分) 主人与副主人各1张(2分)副台1张(1分)整体平整美观(2分)", "5", ["2", "1", "2"]),
])
def test_run_on_points_one_naming_a_count_each_has(text, weight, maxes):
    p = propose(text, weight, "摆台")
    assert types(p) == ["checklist"], (text, p.summary, p.unplaced)
    points = p.items[0]["params"]["points"]
    assert [pt["max"] for pt in points] == maxes
    assert "各1" in points[0]["label"]
    met = {pt["key"]: {"state": "met"} for pt in points}
    assert scored(p, {"points": met}) == Decimal(weight)
    met[points[0]["key"]] = {"state": "not_met"}
    assert scored(p, {"points": met}) == Decimal(weight) - Decimal(maxes[0])


@pytest.mark.parametrize("text,weight", [
    ("主人与副主人各2(4分)主宾(2分)", "6"),          # 各 before a bare figure: points each, not a count
    ("主人与副主人各2分(4分)主宾(2分)", "6"),
])
def test_each_before_points_is_not_a_count_of_the_point(text, weight):
    p = propose(text, weight, "摆台")
    assert not any(it["type"] == "checklist" and any("各2" in pt["label"] for pt in it["params"]["points"])
                   for it in p.items), (text, p.summary)
    assert not p.confident


# ── points taken off the 考核分 or the 基本分 ─────────────────
@pytest.mark.parametrize("text,weight,per", [
    ("值班期间脱岗的,每次扣考核分1分,扣完为止。", "5", "1"),
    ("未按时报送统计报表的,每次扣基本分0.5分,扣完为止。", "3", "0.5"),
])
def test_points_taken_off_the_rows_own_score_are_a_deduction(text, weight, per):
    p = propose(text, weight, "工作纪律")
    assert types(p) == ["deduction"] and p.confident, (text, p.summary, p.unplaced)
    assert p.items[0]["params"]["per"] == per
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)
    assert by_count(p, "100") == 0


def test_lateness_of_two_kinds_off_the_assessment_score():
    """Two faults each costing its own points off the 考核分: one formula (to check: the minutes between are unsaid)."""
    p = propose("上班需提前5分钟到岗。迟到5分钟以内,扣考核分1分;迟到10分钟以上,扣考核分3分。", "3", "出勤")
    assert not p.confident
    assert types(p) in (["formula"], ["tiers"]), (p.summary, p.unplaced)
    assert all("考核分" not in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "考核分低于60分的,本项不得分。",       # the 考核分 as a figure compared, nothing taken off it
    "扣考核分的,取消评优资格。",           # no points taken
])
def test_the_assessment_score_named_without_points_taken_is_no_deduction(text):
    p = propose(text, "5", "出勤")
    assert p.kind != "deduction", (text, p.summary)


# ── an addition per case after a comma ─────────────────
@pytest.mark.parametrize("text,weight,off,add", [
    ("上级抽查4分,抽查不合格的每次扣1分,抽查合格并获通报表扬的每次加0.5分。", "4", "1", "0.5"),
    ("被上级通报批评的每次扣2分,受到上级通报表扬的每次加1分。", "6", "2", "1"),
])
def test_an_addition_per_case_after_a_comma(text, weight, off, add):
    p = propose(text, weight, "督查")
    assert types(p) == ["formula"] and not p.confident, (text, p.summary, p.unplaced)
    w, off, add = Decimal(weight), Decimal(off), Decimal(add)
    assert by_vars(p, "0", "0") == w
    assert by_vars(p, "2", "1") == w - 2 * off + add
    assert by_vars(p, "0", "5") == w                 # never past the 分值
    assert by_vars(p, "40", "0") == 0


@pytest.mark.parametrize("text", [
    "抽查不合格的每次扣1分,合格的不扣分。",                 # nothing added
    "抽查不合格的每次扣1分,获表扬的另行奖励。",             # an addition not per case
])
def test_no_addition_per_case_after_a_comma_is_not_added(text):
    p = propose(text, "4", "督查")
    assert not any(it["type"] == "formula" and "+" in it["params"]["expression"] for it in p.items), (text, p.summary)


# ── 半年 beside 年终: a period, not a length ─────────────────
def test_the_mid_year_named_beside_the_years_end_is_a_period():
    p = propose("未签订年度目标责任书扣4分;半年未开展自查或年终未进行考评的各扣2分。", "4", "目标管理")
    assert types(p) == ["formula"] and not p.confident, (p.summary, p.unplaced)
    labels = [v["label"] for v in p.items[0]["params"]["variables"]]
    assert any("半年" in x for x in labels) and not any("0.5年" in x for x in labels), labels
    assert by_vars(p, "0", "0") == 4
    assert by_vars(p, "0", "1") == 2
    assert by_vars(p, "1", "0") == 0


@pytest.mark.parametrize("text,half", [
    ("隐患超过半年未整改的扣2分。", "0.5年"),          # a length of time
    ("半年内未复查的扣1分。", "0.5年"),
    ("每半年至少召开1次会议,少1次扣1分。", "半年"),    # a period each one of
])
def test_half_a_year_elsewhere_is_read_as_before(text, half):
    from services.scoring.rules.wording import normalize
    assert half in normalize(text), normalize(text)

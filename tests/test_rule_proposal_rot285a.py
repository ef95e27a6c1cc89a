"""Wordings of 评分标准 a proposer missed on tables of Taiwan's (繁体, read after their characters are mapped): a row's
分值 said after what it scores, then the points of each case in brackets closing it, the cap said “至N分止”
(“參加在職研習12分。(年度內每參加1次加1分,至12分止)”, “…講習4分。(年度內參加1次加2分,至4分止)”: a count of one
without 每 there is each case, as a cap after it says), and a commendation counted “乙次” (乙 for 一, as official
writing in Taiwan puts it: “嘉獎乙次得1分”), 奬 the variant form of 獎; and bands whose upper end is said “未滿”
(“500萬元以上未滿1000萬元者給4分”, “年資達4年未滿5年者,得14分”, the lowest “未滿200萬元者不給分”): below the figure, never
the line “滿200萬元” read inside the words. And an 操作考核 sheet's faults each costing points, one zeroing the item said
“本题0分” (“工具使用不正确扣4.0分,…,操作不当导致工具或零件损坏本题0分”): 本题 names the item as 本项 does, its 0 said with
no verb is its zero, and 零件 (a machine's part) is no count of none; a scoring sheet kept in software closing its
deductions with the row zeroed “则本条目整体记为0分” (本条目: the row, as 本项), the condition said in the clause before
the 则 (“出现重大质量问题,则本项不得分”: 则 no part of it). And a tender's cases earning points, a note in brackets
closing them on the papers each case needs, with a case whose papers fall short scoring nothing in brackets of its own
(“…最高得6分。【须同时提供中标通知书、部分发票及合同(缺一不可,提供不齐全的不得分),…】”): which cases count. And
graded situations closed by a sentence zeroing the row on a condition in words (“A级得10分,…,D级得0分。未及时提交变更申请
的,本项不得分”): the condition one more situation, scoring 0 (to check).

Made-up texts in the style of those tables, with the scores of a few cases, and near misses that must not be read
that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, met_or_not, picked, readings, scored, sole


# ── the 分值 said, then the points of each case in brackets, capped “至N分止” ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("參加志工培訓課程10分。(年度內每參加1次加1分,至10分止)", "10", 1),
    ("社區服務8分。(每服務1人次加0.5分,至8分止)", "8", Decimal("0.5")),
    ("參加主管(輔導)研習6分。(年度內參加1次加2分,至6分止)", "6", 2),
    ("服務期間表現良好,屢獲表揚4分。(嘉獎乙次得1分,至4分止)", "4", 1),
    ("服務期間表現良好,屢獲表揚4分。(嘉奬乙次得1分,至4分止)", "4", 1),
])
def test_weight_said_then_cases_in_brackets(text, weight, per):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert [by_vars(p, n) for n in ("0", "1", "2")] == D(0, per, 2 * per)
    assert by_vars(p, "100") == Decimal(weight)  # past the cap: the 分值
    assert not p.confident  # the words before the brackets read as the 分值 said: to check


def test_up_to_the_cap_said_zhi_zhi():
    p = propose("每參加1次研討會加2分,至6分止", "10", "指标")
    sole(p, "formula")
    assert [by_vars(p, n) for n in ("1", "3", "5")] == D(2, 6, 6)  # capped at 6, below the 分值 10


@pytest.mark.parametrize("text, weight", [
    # points of the requirement's own before the cases (not the 分值): not read as the cap of the cases
    ("參加志工培訓課程4分。(年度內每參加1次加1分,至10分止)", "10"),
    # a figure before the brackets that is no points: no 分值 said
    ("參加志工培訓課程4次。(年度內每參加1次加1分,至10分止)", "10"),
])
def test_near_misses_of_cases_in_brackets(text, weight):
    for r in readings(text, weight):
        assert not any("读作本项分值" in x for x in r.doubts or ()), (r.summary, r.doubts)


def test_yi_is_a_grade_elsewhere():
    # “乙等”, “乙级”: a grade, never one
    p = propose("考核甲等得5分,乙等得3分,丙等不得分", "5", "指标")
    assert p.kind == "choice", (p.kind, p.summary)


# ── bands whose upper end is said 未滿 ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("實收資本額在新臺幣1000萬元以上者給5分。500萬元以上未滿1000萬元者給3分。未滿500萬元者不給分。", "5",
     {"1000": 5, "999": 3, "500": 3, "499": 0, "0": 0}),
    ("服務年資達6年(含)以上者,得10分。服務年資達3年未滿6年者,得6分。服務年資未滿3年者,得2分。", "10",
     {"6": 10, "5.5": 6, "3": 6, "2.9": 2}),
])
def test_bands_below_a_figure_said_weiman(text, weight, cases):
    p = propose(text, weight, "指标")
    sole(p, "tiers")
    assert {v: scored(p, {"value": v}) for v in cases} == {v: Decimal(x) for v, x in cases.items()}


def test_reaching_a_figure_said_man_is_still_a_line():
    p = propose("服務年資滿6年者,得10分。滿3年未滿6年者,得6分。未滿3年者不得分。", "10", "指标")
    sole(p, "tiers")
    assert [scored(p, {"value": v}) for v in ("6", "3", "2")] == D(10, 6, 0)


# ── an 操作考核 sheet's faults, one zeroing the item “本题0分” ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "量具使用不正确扣3.0分,测量顺序不正确扣2.0分,操作不当导致量具或零件损坏本题0分",
    "量具使用不正确扣3分,测量顺序不正确扣2分,操作不当导致量具或零件损坏的,该题0分",
    "量具使用不正确扣3分,测量顺序不正确扣2分,操作不当导致量具或零件损坏的本题不得分",
])
def test_faults_and_the_item_zeroed_benti(text):
    p = propose(text, "10", "指标")
    params = sole(p, "formula")
    assert any("零件损坏" in v["label"] for v in params["variables"])  # 零件 kept as written, no 0件
    # the gate first (1: not zeroed), then the faults in the text's order
    assert [by_vars(p, *x) for x in (("1", "0", "0"), ("1", "1", "0"), ("1", "1", "1"), ("0", "0", "0"))] == D(10, 7, 5, 0)
    assert not p.confident


def test_the_item_zeroed_benti_alone():
    p = propose("操作不当导致量具或零件损坏本题0分", "6", "指标")
    assert p.kind == "all_or_nothing", (p.kind, p.summary)
    assert "零件" in p.items[0]["params"]["condition"]
    assert met_or_not(p) == (Decimal(6), Decimal(0))


@pytest.mark.parametrize("text, weight", [
    # a range of the item's points, no zero of it
    ("按完成质量评分,本题0-5分", "5"),
])
def test_near_misses_of_the_item_zeroed(text, weight):
    for r in readings(text, weight):
        assert all(it["type"] != "all_or_nothing" for it in r.items), r.summary


# ── the row zeroed “本条目整体记为0分”, its condition before a 则 ──────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "本项12分,出现一般缺陷1次扣2分,出现严重缺陷1次扣4分。出现重大质量事故,则本条目整体记为0分。",
    "本项12分,出现一般缺陷1次扣2分,出现严重缺陷1次扣4分。出现重大质量事故,则本项不得分。",
    "本项12分,出现一般缺陷1次扣2分,出现严重缺陷1次扣4分。出现重大质量事故的,该条目记为0分。",
])
def test_faults_then_the_entry_zeroed(text):
    p = propose(text, "12", "指标")
    params = sole(p, "formula")
    gate = [v for v in params["variables"] if "重大质量事故" in v["label"]]
    assert len(gate) == 1 and "则" not in gate[0]["label"]  # the condition's own words, no 则
    names = [v["name"] for v in params["variables"]]
    def score(ok: str, a: str, b: str) -> Decimal:
        values = dict(zip(names, [ok, a, b])) if names[0] == gate[0]["name"] else dict(zip(names, [a, b, ok]))
        return scored(p, {"vars": values})
    assert [score("1", "0", "0"), score("1", "1", "1"), score("1", "2", "1"), score("0", "0", "0")] == D(12, 6, 4, 0)
    assert not p.confident


def test_lowest_is_zero_is_no_entry_zeroed():
    # “最低为0分”: the floor of the deductions, never the row zeroed on a condition
    p = propose("本项12分,出现一般缺陷1次扣2分,最低为0分。", "12", "指标")
    assert all("整项不得分" not in (x or "") for x in p.unplaced), p.unplaced


# ── a closing note on the papers each case needs, brackets in it ───────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "提供近三年同类项目业绩,每提供1份得3分,最高得9分。【须同时提供中标通知书、部分发票及合同(缺一不可,提供不齐全的不得分),"
    "时间以合同签订时间为准】",
    "提供近三年同类项目业绩,每提供1份得3分,最高得9分。(须提供合同复印件及验收报告(缺一不可),未提供的不得分)",
])
def test_cases_then_a_proof_note_with_brackets(text):
    p = propose(text, "9", "指标")
    sole(p, "formula")
    assert [by_vars(p, n) for n in ("0", "1", "2", "5")] == D(0, 3, 6, 9)
    assert not p.confident  # which cases the papers let count: to check


@pytest.mark.parametrize("text", [
    # the row's zero in the note (否则, 本项): never a note on which cases count
    "提供近三年同类项目业绩,每提供1份得3分,最高得9分。(须提供合同复印件(缺一不可),否则本项不得分)",
    "提供近三年同类项目业绩,每提供1份得3分,最高得9分。(须提供合同复印件(缺一不可,未提供的本项不得分))",
])
def test_near_misses_of_a_proof_note(text):
    for r in readings(text, "9"):
        assert not any("证明材料等要求" in x for x in r.doubts or ()), (r.summary, r.doubts)


# ── graded situations, then the row zeroed on a condition in words ────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "A级得8分,B级得6分,C级得3分,D级得0分。未按时报送整改方案的,本项不得分。",
    "方案优秀得8分,良好得6分,一般得3分,较差不得分。未按时报送整改方案的,本项不得分。",
])
def test_grades_then_a_zeroing_condition(text):
    p = propose(text, "8", "指标")
    params = sole(p, "choice")
    gate = [o for o in params["options"] if "未按时报送整改方案" in o["label"]]
    assert len(gate) == 1 and Decimal(gate[0]["score"]) == 0
    assert scored(p, {"option": gate[0]["key"]}) == 0
    assert [picked(p, k) for k in (0, 1, 2)] == D(8, 6, 3)
    assert not p.confident


def test_grades_then_a_deduction_is_no_zeroing_situation():
    # a deduction after the grades: never one more situation scoring 0
    for r in readings("A级得8分,B级得6分,C级得3分;每迟报1天扣1分", "8"):
        for it in r.items:
            if it["type"] == "choice":
                assert all(o.get("key") != "gate" for o in it["params"]["options"])

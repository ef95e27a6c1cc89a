"""Readings of KPI rows, contest sheets, a class-hygiene scheme and a canteen check that no reading placed:

- points per case, a part of a case's step counted in proportion (“每签约1户得20分,不足1户按比例折算,最高得100分”, “每完成
  50万元得10分,不足50万元按比例折算”: ``formula._SHORT_PRO_RATA`` says 折算 too and an amount), never a band (“不足1户 …
  100分”: ``tiers._PART_PRO_RATA``), the one of the step no stray figure (``reading._EACH_ONE``);
- points per case with the count said again (“每次获表扬得2分,按实际次数计分,满分10分”), the case's words holding 得当 or
  得力 (“每类事故处置得当得2分”);
- points per case that meets a standard, those short of it counted nothing (“每完成1次回访且记录达标得5分,未达标不得分,最高
  得50分”): only the cases meeting it counted (to check);
- a requirement with its 分值 closing it in a bracket whose opening one the page lost (“保育员在分餐前先洗手。3分)”);
- 十分 as an adverb (“十分干净”, “十分整洁”), never ten points;
- a row's heading before its 分值 said (“门窗。此项分值为5分。…”), and what earns full marks said in words after the
  deductions (“…;满分标准为门窗干净无破损,可得满分5分”), neither any part of the rule;
- one order of a fault costing its points (“未按规定留样,一单扣1分”), an order counted as 个 (to check);
- the levels of a skills test, each a description holding a measure (a time, a size) and its points, falling from the 分值
  (“在规定时间3分钟内熟练完成10分;超过规定1分钟完成8分;超过规定2分钟完成6分”): a choice, the measures the evaluator's
  to compare (``choice._described_levels``);
- a 职业技能鉴定 row's grades each described, then the sheet's row of their ratios (“A 工具选用正确 B 工具选用1处错误 …
  等级 A(优) B(良) C(及格) D(较差) E(差或放弃操作) 比值 1.0 0.8 0.6 0.2 0”): one grade picked, the 配分 times its ratio
  (``choice._graded_then_ratio_row``, to check);
- the class whose points a deduction takes named between 扣 and them (“每次扣本班1分”, “发现1人扣该班0.5分”), to check;
- a KPI's score written as a quotient times its 考核分 (“贷款净增分=新增贷款金额/任务指标*考核分”), 考核分 read as the 分值
  (to check).

Near misses: a count short of a line that scores nothing (“不足3户不得分”), a fault that is not the standard missed
(“未回访不得分”), a bracket that is not lost (“…(3分)”), 十分 after a verb of points (“扣十分”), a heading of more than a
few words, levels named by a rate's line (“完成率90%以上…”), levels with deductions, scores rising, a day counted (a
delay's), a 考核分 nowhere.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import stated_weight_dropped
from services.scoring.rules.base import Wording
from services.scoring.rules.choice import _described_levels, _graded_then_ratio_row
from services.scoring.rules.deduction import _OTHER_CASE
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, met_or_not, picked, readings, scored, sole


# ── points per case, a part of a step in proportion ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("每签约1户得20分,不足1户按比例折算,最高得100分", "100", ["0.5", "3", "7"], [10, 60, 100]),
    ("每走访4次得10分,不足4次按比例折算,最高得100分", "100", ["2", "8", "60"], [5, 20, 100]),
    ("每培训2名新员工得10分,不足2名按比例计算,最高得50分", "50", ["1", "4", "20"], [5, 20, 50]),
    ("每完成50万元得10分,不足50万元按比例折算,最高得40分", "40", ["25", "100", "500"], [5, 20, 40]),
    ("每开发5套新房源得10分,不足5套按比例折算,最高得100分", "100", ["5", "12.5"], [10, 25]),
])
def test_points_per_case_a_part_in_proportion(text, weight, values, expected):
    p = propose(text, weight, "业绩")
    sole(p, "formula")
    assert [by_vars(p, v) for v in values] == D(*expected)
    assert not p.confident  # (a part of a step counting in proportion is read, to check)


def test_a_part_in_proportion_is_no_band():
    assert all(r.items[0]["type"] != "tiers" for r in readings("每签约1户得20分,不足1户按比例折算,最高得100分", "100"))


def test_a_count_short_of_a_line_scoring_nothing_is_not_in_proportion():
    p = propose("每签约1户得20分,不足3户不得分,最高得100分", "100", "业绩")
    assert p.kind != "formula" or not p.confident


# ── points per case: the count said again, a case handled well ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("每次获表扬得2分,按实际次数计分,满分10分", "10", ["1", "3", "8"], [2, 6, 10]),
    ("每篇稿件被采用得1分,按实际篇数计分,最高得5分", "5", ["2", "9"], [2, 5]),
    ("每类事故处置得当得2分,满分10分", "10", ["2", "6"], [4, 10]),
])
def test_points_per_case_said_again_or_handled_well(text, weight, values, expected):
    p = propose(text, weight, "服务")
    sole(p, "formula")
    assert [by_vars(p, v) for v in values] == D(*expected)


# ── points per case that meets a standard ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("每完成1次回访且记录达标得5分,未达标不得分,最高得50分", "50", ["0", "4", "12"], [0, 20, 50]),
    ("每组织1场培训且考核合格得10分,未合格不得分,最高得30分", "30", ["1", "5"], [10, 30]),
])
def test_points_per_case_meeting_a_standard(text, weight, values, expected):
    p = propose(text, weight, "客户")
    sole(p, "formula")
    assert [by_vars(p, v) for v in values] == D(*expected)
    assert not p.confident
    assert any("只计达到要求" in u for u in p.unplaced)


def test_a_fault_other_than_the_standard_missed_is_not_read_so():
    p = propose("每完成1次回访且记录达标得5分,未回访不得分,最高得50分", "50", "客户")
    assert not any("只计达到要求" in u for u in p.unplaced)


# ── a requirement, its 分值 in a bracket whose opening one the page lost ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, condition", [
    ("1. 保育员在分餐前先洗手。3分)", "3", "保育员在分餐前先洗手"),
    ("2. 参赛选手能正确说出消毒液的配比。4分)", "4", "参赛选手能正确说出消毒液的配比"),
    ("参赛选手在1分钟内摆好3张桌子的碗筷。10分)", "10", "参赛选手在1分钟内摆好3张桌子的碗筷"),
])
def test_requirement_with_points_in_a_half_bracket(text, weight, condition):
    p = propose(text, weight, "操作")
    assert sole(p, "all_or_nothing")["condition"] == condition
    assert met_or_not(p) == (Decimal(weight), Decimal(0))
    assert not p.confident
    assert any("括号缺左半" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("保育员在分餐前先洗手。扣3分)", "3"),  # a deduction, no 分值
    ("保育员在分餐前先洗手。2分)", "3"),  # not the 分值
])
def test_a_half_bracket_that_is_no_requirements_points(text, weight):
    assert all(r.items[0]["type"] != "all_or_nothing" or "括号缺左半" not in " ".join(r.doubts or ())
               for r in readings(text, weight))


def test_points_in_whole_brackets_are_read_as_before():
    p = propose("保育员在分餐前先洗手。(3分)", "3", "操作")
    assert sole(p, "all_or_nothing")["condition"] == "保育员在分餐前先洗手"
    assert not any("括号缺左半" in u for u in p.unplaced)


# ── 十分 as an adverb ───────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", ["桌面十分干净", "物品摆放十分整齐", "操作十分熟练", "记录十分规范"])
def test_shifen_as_an_adverb(text):
    assert normalize(text) == text


def test_shifen_after_a_verb_of_points_is_ten():
    assert normalize("发现垃圾扣十分") == "发现垃圾扣10分"


# ── a heading, its 分值 said, and full marks described after the deductions ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, rest", [
    ("门窗。此项分值为5分。门窗有灰尘,扣2分;玻璃破损,扣3分。", "5", "门窗有灰尘,扣2分;玻璃破损,扣3分;"),
    ("黑板。本项分值为4分。黑板未擦,扣2分;满分标准为黑板干净无字迹,可得满分4分。", "4", "黑板未擦,扣2分;"),
])
def test_heading_and_full_marks_described_dropped(text, weight, rest):
    assert stated_weight_dropped(normalize(text), Decimal(weight)) == rest


@pytest.mark.parametrize("text, weight, faults, expected", [
    ("2、门窗。此项分值为5分。门窗有灰尘,扣2分;玻璃破损,扣3分;满分标准为门窗干净,无破损,十分整洁,可得满分5分。", "5",
     [(True, False), (False, True), (True, True)], [3, 2, 0]),
    ("讲台。此项分值为4分。讲台上物品凌乱,扣1分;讲台有粉笔灰,扣1分;满分标准为讲台整洁可得满分4分。", "4",
     [(True, False), (True, True)], [3, 2]),
])
def test_fixed_deductions_between_heading_and_full_marks(text, weight, faults, expected):
    p = propose(text, weight, "卫生")
    assert len(p.items) == 1 and p.kind in ("checklist", "formula")
    for (a, b), want in zip(faults, expected):
        if p.kind == "checklist":
            points = p.items[0]["params"]["points"]
            state = {pt["key"]: {"state": "not_met" if bad else "met"} for pt, bad in zip(points, (a, b))}
            assert scored(p, {"points": state}) == want
        else:
            assert by_vars(p, str(int(a)), str(int(b))) == want


def test_a_heading_of_many_words_is_not_dropped():
    t = normalize("教室门窗及走廊公共区域。此项分值为5分。门窗有灰尘,扣2分。")
    assert stated_weight_dropped(t, Decimal(5)).startswith("教室门窗")


def test_full_marks_described_without_deductions_is_kept():
    t = normalize("制定工作方案得2分;满分标准为方案完整,可得满分2分")
    assert "满分标准" in stated_weight_dropped(t, Decimal(2))


# ── one order of a fault ────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [("未按规定留样,一单扣1分", "4"), ("违反操作规程,一单扣0.5分", "3")])
def test_one_order_costs_its_points(text, weight):
    p = propose(text, weight, "食堂")
    per = Decimal(sole(p, "deduction")["per"])
    assert by_count(p, "2") == Decimal(weight) - 2 * per
    assert not p.confident


def test_one_day_after_a_comma_is_no_order():
    assert _OTHER_CASE.search("逾期上报,1天扣1分") is None


# ── the levels of a skills test, each described with a measure ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("在规定时间3分钟内,熟练完成10分 超过规定1分钟,比较熟练完成8分 超出规定时间2分钟完成6分", "10", [10, 8, 6]),
    ("丝切得粗细均匀(0.2cm)20分 丝粗细较均匀(0.2—0.3cm)16分 丝切得较粗(0.3—0.4cm)12分", "20", [20, 16, 12]),
    ("片厚薄达到(1—2mm)15分 片厚薄达到(2—3mm)10分", "15", [15, 10]),
])
def test_levels_described_with_a_measure(text, weight, expected):
    p = propose(text, weight, "刀工")
    options = sole(p, "choice")["options"]
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert options[-1]["score"] == "0"  # (below the last level: unsaid, 0, to check)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("完成率达到90%以上10分;完成率达到80%以上8分", "10"),  # a rate's lines: bands
    ("超过规定1分钟扣2分;超过规定2分钟扣4分", "10"),  # deductions
    ("在规定时间3分钟内完成6分;超过规定1分钟完成8分;超过规定2分钟完成10分", "10"),  # scores rising
])
def test_levels_described_near_misses(text, weight):
    assert _described_levels(Wording(normalize(text), Decimal(weight), "刀工")) is None


# ── a quotient times the 考核分 ─────────────────────────────────────────────────────────────────────────────────
def test_quotient_times_the_points_of_the_kpi():
    p = propose("贷款净增分=新增贷款金额/任务指标*考核分", "20", "贷款")
    sole(p, "rate")
    assert scored(p, {"numerator": "50", "denominator": "100"}) == 10
    assert not p.confident
    assert "“考核分”：按本项分值读" in p.unplaced


def test_a_quotient_times_the_weight_is_read_as_before():
    p = propose("得分=新增贷款金额/任务指标*分值", "20", "贷款")
    sole(p, "rate")
    assert p.confident


# ── graded descriptions, then the sheet's row of ratios ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("A 工具选用正确 B 工具选用1处错误 C 工具选用2处错误 D 工具选用2处以上错误 E 不能选用工具或放弃操作 "
     "等级 A(优) B(良) C(及格) D(较差) E(差或放弃操作) 比值 1.0 0.8 0.6 0.2 0", "10", [10, 8, 6, 2, 0]),
    ("A 步骤完整 B 遗漏1步 C 遗漏2步 等级 A(优) B(良) C(及格) 比值 1.0 0.6 0", "5", [5, 3, 0]),
])
def test_graded_descriptions_then_ratio_row(text, weight, expected):
    p = propose(text, weight, "操作")
    options = sole(p, "choice")["options"]
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert options[0]["label"].startswith("A ")
    assert not p.confident


@pytest.mark.parametrize("text", [
    "A 步骤完整 B 遗漏1步 C 遗漏2步 等级 A(优) C(良) B(及格) 比值 1.0 0.6 0",  # grades out of order
    "A 步骤完整 B 遗漏1步 C 遗漏2步 等级 A(优) B(良) C(及格) 比值 1.0 0.6 0.8",  # ratios not falling
    "步骤完整 B 遗漏1步 C 遗漏2步 等级 A(优) B(良) C(及格) 比值 1.0 0.6 0",  # no grade A described
])
def test_ratio_row_near_misses(text):
    assert _graded_then_ratio_row(Wording(normalize(text), Decimal(5), "操作")) is None


# ── the class whose points are taken ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, count, expected", [
    ("若有乱扔纸屑现象,每次扣本班1分", "10", "3", 7),
    ("升旗时讲话,发现1人扣该班0.5分", "5", "4", 3),
])
def test_deduction_naming_the_class(text, weight, count, expected):
    p = propose(text, weight, "纪律")
    sole(p, "deduction")
    assert by_count(p, count) == expected
    assert not p.confident


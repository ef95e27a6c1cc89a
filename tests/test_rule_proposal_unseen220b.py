"""Course-assessment pages and farming / poverty-alleviation clauses: shares multiplied into points, a heading naming
the row, a score brought to the 分值, and another area's deductions in brackets:

- the indicator defined as the quotient of two quantities (“指甲占乙的比重”, “指甲与乙之比”), then “计算方法以比例值乘以N
  直接得分”, N the 分值: a 比率计分 of those two quantities (``rate._defined_ratio_times``);
- a heading naming the row with its 分值, run straight into points each with their points in brackets (“预训练模型(15分)
  A(5分)B(5分)C(5分)”), its 分值 in brackets first (“(12分)系统设计(4分)…”), or closed by a comma (“实验分析,10分;A,4分;
  B,6分”): a 要点核查 of the points, sure where the heading is the row's own name (``checklist._total_then_points``);
  after a title in brackets first, each point's points may open it (“(10分)学术规范(4分)A,B;(6分)C”,
  ``checklist._points_first_as_closing``);
- a score on a scale of its own, named, brought to the 分值 (“8次作业满分8分,折算为期末总成绩20分”): the score ÷ its full
  points × 分值 (``rate._scaled_to_weight``);
- a deduction and, in brackets after it, another kind of area's (“每家扣1分(山区县每家扣0.5分)”): the deductions outside
  the brackets, to check (``reading._area_deducting``, beside ``_area_in_brackets``); “直至扣完该项分值” is the stop.

Near misses: a figure multiplied that is not the 分值, a ratio not defined before it; a heading that is no name of the
row closed by a comma (situations: “全部完成,10分;部分完成,6分”), parts listed after “包括:” (aspects looked at, to
check); a scale brought to another figure than the 分值; caps outside the brackets adding up to another figure than
the 分值.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, maxes, readings, scored, sole, ticks


# ── the indicator defined as a quotient, its value times the 分值 ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, num, den, expected", [
    ("指村当年参加技能培训的农户数占农户总数的比重。计算方法以比例值乘以5直接得分。", "5", "30", "40", 3.75),
    ("指当年完成改厕的户数与应改厕户数之比。计算方法以比例值乘以6直接得分。", "6", "20", "40", 3),
    ("指脱贫户参加医疗保险人数与脱贫户人口数的比例。计算方法是以比例值乘以4直接得分。", "4", "50", "50", 4),
])
def test_defined_ratio_times_the_weight(text, weight, num, den, expected):
    p = propose(text, weight, "比例")
    params = sole(p, "rate")
    assert params["cap"] is True and params["denominator_label"].endswith("数")
    assert scored(p, {"numerator": num, "denominator": den}) == D(expected)[0]
    assert p.confident


@pytest.mark.parametrize("text, weight", [
    ("指当年完成改厕的户数与应改厕户数之比。计算方法以比例值乘以10直接得分。", "6"),  # the figure is not the 分值
    ("计算方法以比例值乘以6直接得分。", "6"),  # no quotient defined
])
def test_defined_ratio_near_misses(text, weight):
    assert not any("÷" in r.summary and r.items[0]["type"] == "rate" for r in readings(text, weight, "比例"))


# ── a heading naming the row, then its points ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, name, expected", [
    ("数据采集（10分） 采集脚本可运行（4分） 数据清洗完整（4分） 形成数据说明文档（2分）", "10", "数据采集（10分）", [4, 4, 2]),
    ("(12分)系统设计(4分)架构图清晰。(4分)模块划分合理。(4分)接口定义完整。", "12", "设计部分·系统设计", [4, 4, 4]),
    ("(10分)系统测试 (6分)单元测试覆盖核心模块。 (4分)提交集成测试报告。", "10", "系统测试（10分）", [6, 4]),
])
def test_heading_naming_the_row_then_points(text, weight, name, expected):
    p = propose(text, weight, name)
    sole(p, "checklist")
    assert maxes(p) == D(*expected)
    assert ticks(p, True, *[False] * (len(expected) - 1)) == D(expected[0])[0]
    assert p.confident


def test_title_then_points_opening_sentences_of_their_own():
    # each point's points in brackets before it, a point running over a comma or a stop: its words to check
    p = propose("(10分)文档规范(4分)格式统一,图表编号连续;(6分)参考文献引用规范。", "10", "文档规范（10分）")
    sole(p, "checklist")
    assert maxes(p) == D(4, 6)
    assert propose("(10分)文档规范(4分)格式统一(2分);(6分)参考文献引用规范。", "10", "文档规范").kind != "checklist"


def test_heading_not_the_rows_name_closed_by_a_comma_is_situations():
    p = propose("全部完成,10分;部分完成,6分;少量完成,4分", "10", "任务完成")
    assert p.kind != "checklist"


def test_heading_not_the_rows_name_run_into_points_is_not_read_as_a_heading():
    assert not any("计 10 分）" in r.summary for r in readings(
        "数据采集（10分） 采集脚本可运行（4分） 数据清洗完整（4分） 形成数据说明文档（2分）", "10", "指标"))


def test_parts_listed_after_including_are_to_check():
    p = propose("(1)园区基础设施建设,6分。包括:道路硬化情况,2分;供水管网长度,2分;绿化面积增幅,2分;", "6", "园区基础设施建设")
    assert not p.confident


# ── a score brought to the 分值 ───────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, num, den, expected", [
    ("8次作业满分8分，折算为期末总成绩20分。", "20", "6", "8", 15),
    ("课堂测验满分50分，按比例折算为10分。", "10", "40", "50", 8),
    ("实验报告总分100分，折算成30分", "30", "90", "100", 27),
])
def test_score_brought_to_the_weight(text, weight, num, den, expected):
    p = propose(text, weight, "平时成绩")
    params = sole(p, "rate")
    assert params["denominator_label"] == den
    assert scored(p, {"numerator": num, "denominator": den}) == D(expected)[0]
    assert p.confident


def test_score_brought_to_another_figure_is_not_read():
    assert not any(r.items[0]["type"] == "rate" for r in readings("作业满分8分，折算为期末总成绩30分。", "20", "平时成绩"))


# ── another area's deductions in brackets ────────────────────────────────────────────────────────────────────────────
def test_another_areas_deduction_in_brackets_is_set_aside():
    p = propose("辖区内存在违规排污企业的，每家扣1分（山区县每家扣0.5分），直至扣完该项分值。", "4", "排污整治")
    assert sole(p, "deduction")["per"] == "1"
    assert by_count(p, "3") == D(1)[0]
    assert not p.confident and any("山区县" in u for u in p.unplaced)


def test_another_areas_capped_deductions_in_brackets():
    text = ("辖区内存在违规排污企业的，每家扣1分，最高扣3分（山区县每家扣0.5分，最高扣1.5分）；"
            "存在违规堆放点的，每处扣1分，最高扣2分（山区县每处扣0.5分，最高扣1分）。")
    p = propose(text, "5", "排污整治")
    assert [it["type"] for it in p.items] == ["deduction", "deduction"]
    assert [it["max"] for it in p.items] == ["3", "2"]
    assert not p.confident
    # caps outside adding up to another figure than the 分值: which area the row is, the figures do not say
    assert all("非“山区县”" not in u for u in propose(text, "6", "排污整治").unplaced)


def test_stop_said_with_the_rows_points():
    p = propose("每发现1处问题扣1分，直至扣完该项分值。", "5", "问题整改")
    sole(p, "deduction")
    assert by_count(p, "2") == D(3)[0]
    assert p.confident

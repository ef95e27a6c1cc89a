"""Deductions per case run together, costs as minuses in brackets, points earned beside faults taken once, points per
case up to a most beside plain points, a requirement's points before how the next part is scored, “计算公式为:”:

- a deduction per case said after its amount (“扣1分/处”) straight after another, the cell's line breaks lost
  (“原理图识别错误扣1分/处常见符号识图错误扣1分/处”): each its own clause (``wording._PER_CASE_RUN_ON``), then read as
  “每处扣1分” is; never the words closing a deduction (“扣1分/次扣完为止”) nor the rest of its unit (“扣0.5分/人次”);
- a deduction's points with their 分 left out before an aside in brackets (“缺少1项扣5(有替代设备除外)”): read with
  their 分 (``wording._DEDUCTION_NO_UNIT``), the aside left to check; never before a unit in brackets (“扣5(万元)”);
- a cost per case written as a bare minus in the brackets after the fault, the fault's total beside it (“被褥未叠(每床-10,
  总20分)床单不整齐(每床-2)”): the total no points earned (``wording._TOTAL_IN_COST``), the minuses costs, the total the
  fault's cap (“最多扣20分”, ``wording._TOTAL_OF_COST``); a cap of the whole 分值 is no cap of the fault in the formula of
  faults, and its words are no part of the next fault's;
- requirements each with their points, adding up to the 分值, then faults each taken once when found (“完成环境部署,得20分;
  完成功能测试,得10分;未提交部署文档,扣5分”, also signed: “… +20 分 … -5 分”, a minus after a name in letters read as
  one after words): ``max - 20 * (1 - a) - 10 * (1 - b) - 5 * c`` (``formula._required_less_faults``), to check; never a
  fault counting a thing lacking (“缺1项扣10分”, each one a case) nor one sharing a cost out (“各扣1分”);
- sentences each with their points, one earning per case up to a most of its own closing it (“…在1年…基础上,每增加1年
  的…服务得2分,最多得4分”), the others plain points, a least asked among them (“提供不少于1年…服务,得1分”): the points
  and the formula (``reading._split_stated_mixed``, ``reading._earned_each_capped``), the sentences adding up to the
  分值, to check; never a figure of a plain sentence that may be a band of a count (“培训达到2次以上,得1分”);
- a requirement's points, then how the next part is scored and a colon opening it (“承诺…投入得3分,根据拟派人员情况评分:
  …5年及以上得2分,…”): a sentence of its own (``wording._SCORED_THEN_HOW``), the parts read apart;
- a formula named “计算公式为:” (“…打分;计算公式为:平均得分*0.15”), as “计算公式:” is (``formula._WRITTEN_LHS``).

Left as they were: a task's points said in English (“PreTask 1 (20 points)”), a fault's words holding 每 of what it asks
(“每个…含至少4个容器节点-5分”), 半年 of a half-yearly check (read as 0.5年), a ratio of persons to things (“平均2人1台”),
bands at 1/3 and 2/3, grades costing each item inspected, the mean of two scores among words of what is weighed, and a
score taken from a program's own reckoning.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, met_or_not, readings, scored, sole, ticks, types


# ── deductions per case run together ─────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit, counts, expected", [
    ("漏填数据扣1分/处错填数据扣1分/处", "5", "1", "处", ["0", "2", "6"], [5, 3, 0]),
    ("不能正确使用万用表扣2分/处不能正确使用示波器扣2分/处不能正确使用电烙铁扣2分/处", "10", "2", "处", ["1", "4", "5"], [8, 2, 0]),
    ("迟到扣0.5分/人次早退扣0.5分/人次", "5", "0.5", "人次", ["0", "4"], [5, 3]),
    ("接线错误扣1分/处元件装错扣1分/处焊点虚焊扣1分/处", "8", "1", "处", ["3", "9"], [5, 0]),
])
def test_deductions_per_case_run_together(text, weight, per, unit, counts, expected):
    p = propose(text, weight, "操作")
    assert sole(p, "deduction") == {"per": per, "unit": unit}
    assert [by_count(p, c) for c in counts] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, kept", [
    ("未整改扣1分/次扣完为止", "未整改扣1分/次扣完为止"),          # the stop straight after the deduction
    ("迟到扣0.5分/人次", "迟到每人次扣0.5分"),                    # one deduction, its unit whole
    ("发现问题扣1分/处,最多扣5分", "发现问题每处扣1分,最多扣5分"),  # its cap after a comma
])
def test_deductions_per_case_run_together_near_misses(text, kept):
    assert normalize(text) == kept


# ── a deduction's points before an aside, their 分 left out ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, counts, expected", [
    ("缺少一项扣5(有替代设备除外)", "20", "5", ["0", "3", "5"], [20, 5, 0]),
    ("每缺少1项扣2(经批准暂缓配置的除外)", "10", "2", ["1", "6"], [8, 0]),
])
def test_deduction_points_before_an_aside(text, weight, per, counts, expected):
    p = propose(text, weight, "设备")
    assert sole(p, "deduction") == {"per": per, "unit": "项"}
    assert [by_count(p, c) for c in counts] == D(*expected)
    assert not p.confident
    assert any("除外" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", ["超支扣5(万元)", "每缺1项扣2(分)"])
def test_deduction_points_before_an_aside_near_misses(text):
    assert "5分" not in normalize(text) and "2分" not in normalize(text)


# ── costs per case as minuses in brackets, the fault's total beside ──────────────────────────────────────────────
def test_costs_per_bed_as_minuses_with_the_total():
    p = propose("床铺不整洁(每床-5,总10分)桌面杂乱(每张-1)", "10", "内务")
    params = sole(p, "formula")
    assert params["expression"] == "max - 5 * a - b"
    assert [v["unit"] for v in params["variables"]] == ["床", "张"]
    assert [by_vars(p, *x) for x in (("0", "0"), ("1", "2"), ("2", "1"))] == D(10, 3, 0)
    assert not p.confident
    assert not any("总10分" in v["label"] for v in params["variables"])  # the total no words of the next fault


def test_costs_per_bed_as_minuses_the_total_short_of_the_row():
    p = propose("床铺不整洁(每床-2,总6分)桌面杂乱(每张-1)", "10", "内务")
    assert sole(p, "formula")["expression"] == "max - min(6, 2 * a) - b"
    assert [by_vars(p, *x) for x in (("4", "0"), ("1", "3"))] == D(4, 5)
    assert not p.confident


@pytest.mark.parametrize("text, kept", [
    ("床铺不整洁(总20分)", "床铺不整洁(总20分)"),      # a total in brackets after no cost
    ("每处扣1分(总5分)", "每处扣1分(总5分)"),          # a total in brackets of its own
])
def test_total_in_cost_near_misses(text, kept):
    assert normalize(text) == kept


# ── points earned for things done, then faults taken once ───────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "完成环境部署,得20分;完成功能测试,得10分;未提交部署文档,扣5分;未使用版本管理,扣10分",
    "完成环境部署 +20 分 完成功能测试 +10 分 未提交部署文档 -5 分 未使用Git -10 分",
])
def test_points_earned_then_faults_taken_once(text):
    p = propose(text, "30", "实验")
    params = sole(p, "formula")
    assert params["expression"] == "max - 20 * (1 - a) - 10 * (1 - b) - 5 * c - 10 * d"
    assert [by_vars(p, *x) for x in (("1", "1", "0", "0"), ("1", "1", "1", "0"), ("1", "0", "0", "1"),
                                     ("0", "0", "1", "1"))] == D(30, 25, 10, 0)
    assert "（是=1，否=0）" in params["variables"][2]["label"]
    assert not p.confident


def test_points_earned_then_faults_near_misses():
    # a fault counting each thing lacking: the requirements restated, each one a case
    assert not any(r.items[0]["type"] == "formula" and "做到=1" in str(r.items[0]["params"])
                   for r in readings("建立制度得10分;制定预案得10分;定期检查得10分;缺1项扣10分", "30"))
    # one cost shared out among what is named, and a cost with points in its words
    for text in ("建立台账得2分;制定计划得3分;台账、计划不规范的各扣1分",
                 "建立台账得2分;制定计划得3分;未制定计划扣3分,另得1分"):
        assert not any(r.items[0]["type"] == "formula" and "做到=1" in str(r.items[0]["params"])
                       for r in readings(text, "5"))


# ── points per case up to a most, beside plain points ────────────────────────────────────────────────────────────
def test_points_per_case_up_to_a_most_beside_plain_points():
    p = propose("提供培训方案,得1分;提供不少于2名驻场人员,得1分;在1年质保期基础上,每延长1年质保期得1分,最多得3分",
                "5", "售后服务")
    assert types(p) == ["checklist", "formula"]
    assert ticks(p, True, True) == D(2)[0]
    assert scored(p, {"vars": {"a": "2"}}, item=1) == D(2)[0]
    assert scored(p, {"vars": {"a": "5"}}, item=1) == D(3)[0]
    assert not p.confident


def test_points_per_case_up_to_a_most_beside_one_requirement():
    p = propose("成立领导小组得2分;每听取1次汇报得1分,最高得3分", "5", "组织领导")
    assert sorted(types(p)) == ["all_or_nothing", "formula"]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "培训达到2次以上,得1分;每开展1次宣传得1分,最多得4分",  # a count in a plain sentence: perhaps a band of it
    "建成1个得3分,每增加1个加1分,最多加2分",                # each further case after a first's points
])
def test_points_per_case_up_to_a_most_near_misses(text):
    assert propose(text, "5", "宣传").kind != "mixed"


# ── a requirement's points, then how the next part is scored ─────────────────────────────────────────────────────
def test_requirement_points_then_how_the_next_part_is_scored():
    p = propose("提供售后承诺书得2分,根据项目负责人从业年限评分:从业10年及以上得3分,5年及以上10年以下得1分,5年以下不得分",
                "5", "人员配备")
    assert sorted(types(p)) == ["all_or_nothing", "tiers"]
    aon = types(p).index("all_or_nothing")
    assert list(met_or_not(p, aon)) == D(2, 0)
    tiers = types(p).index("tiers")
    assert [scored(p, {"value": v}, tiers) for v in ("12", "6", "3")] == D(3, 1, 0)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "提供承诺书得2分,按比例计分",                  # no colon opening a part
    "提供承诺书得2分,根据检查情况扣分",            # no colon: the same sentence goes on
])
def test_requirement_points_then_how_near_misses(text):
    assert ";" not in normalize(text)


# ── a formula named “计算公式为:” ───────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, value, expected", [
    ("由评委现场打分;计算公式为:评委平均分*0.2", "20", "90", "18"),
    ("计算公式为:平均得分×0.15", "15", "80", "12"),
])
def test_formula_named_with_wei(text, weight, value, expected):
    p = propose(text, weight, "入场式")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    assert by_vars(p, value) == D(expected)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "计算公式为:平均得分×0.15;迟到扣2分",  # a sentence scoring on its own after the formula
    "计算公式为:平均得分",                  # a name, no formula
])
def test_formula_named_with_wei_near_misses(text):
    assert not any(r.items[0]["type"] == "formula" for r in readings(text, "15"))

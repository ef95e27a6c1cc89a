"""Wordings a proposer found no reading of at all: a thing done in full (到位) for the 分值 before a step down in
percent (“发放到位得10分,每减少1%,扣1分”); a delay said as time past the date (“按期完成得10分,每超出10天扣1分”); a
verb's points in round brackets (“发布得(1分),每推迟一个月扣(0.5分)”, “不齐逐项扣(0.25分)”) and each case in turn
(逐项扣); bands of sums with the mark of their own end after them and 万 said without its 元 (“10万元以上(含10万)得1分,
5—10万(含5万)得0.5分,…少于3万不得分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_vars, scores, sole


# ── a thing done in full for the 分值, a step down in percent (“发放到位得10分,每减少1%,扣1分”) ──────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("发放到位得10分,每减少1%,扣1分", "10", [100, 97, 80], [10, 7, 0]),
    ("补助发放到位得五分,每减少一个百分点扣一分,扣完为止", "5", [100, 98, 90], [5, 3, 0]),
    ("资金拨付到位的,计满分;每降低1%扣0.5分", "4", [100, 96], [4, 2]),
    ("配套资金到位记6分，每少1%扣1分", "6", [100, 99, 50], [6, 5, 0]),
])
def test_a_thing_done_in_full_before_a_step_down(text, weight, at, expected):
    p = propose(text, weight, "资金到位率")
    assert sole(p, "threshold")["full_at"] == "100"
    assert scores(p, at) == D(*expected)


@pytest.mark.parametrize("text", [
    "基本到位得10分,每减少1%扣1分",  # done for the most part: no line at 100%
    "资金未到位得10分,每减少1%扣1分",
    "部分到位得10分,每减少1%扣1分",
    "资金到位得10分,每超出1%扣1分",  # a step above the full line: no way past 100%
])
def test_near_miss_not_done_in_full_or_a_step_up(text):
    p = propose(text, "10", "资金到位率")
    assert not (p.kind == "threshold" and p.confident), (p.summary, p.unplaced)
    assert not (p.kind == "threshold" and p.items[0]["params"].get("full_at") == "100"), p.summary


# ── a delay said as time past the date (“每超出10天扣1分”) ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("按期完成得10分,每超出10天扣1分", "10", "0.1", "天"),
    ("按期完成得10分,每超出一个月扣2分,扣完为止", "10", "2", "月"),
    ("项目按时完工,每超出1个工作日扣0.5分", "5", "0.5", "工作日"),
])
def test_time_past_the_date_is_a_delay(text, weight, per, unit):
    params = sole(propose(text, weight, "完成时间"), "delay")
    assert (params["per"], params["unit"]) == (per, unit)


@pytest.mark.parametrize("text", [
    "每超出1天需报备,未报备扣1分",  # the time is when a report is due: no step counted
    "预算执行率每超出1%扣1分",  # a share, not time
])
def test_near_miss_time_past_is_no_step(text):
    assert propose(text, "5", "完成时间").kind != "delay"


# ── a verb's points in round brackets (“发布得(1分)”, “扣(0.25分)”), each case in turn (逐项扣) ───────────────────────
def test_points_in_brackets_after_their_verb_and_each_case_in_turn():
    p = propose("未开展督察扣(1分),相关文档(方案、记录、意见、跟踪)不齐逐项扣(0.25分)", "1", "督察")
    variables = sole(p, "formula")["variables"]
    assert "是否" not in variables[1]["label"] and variables[1]["unit"] == "项"
    assert [by_vars(p, "0", "0"), by_vars(p, "0", "2"), by_vars(p, "1", "0"), by_vars(p, "0", "4")] == D(1, 0.5, 0, 0)
    assert not p.confident  # no stop said


@pytest.mark.parametrize("text, weight, kind", [
    ("建立制度得(2分),未建立不得分", "2", "choice"),
    ("资料不全逐项扣(0.5分),扣完为止", "2", "deduction"),
    ("台帐不规范的,逐条扣0.5分,扣完为止", "2", "deduction"),
])
def test_points_in_brackets_read_as_written_without(text, weight, kind):
    p = propose(text, weight, "制度")
    assert p.kind == kind and p.confident, (p.summary, p.unplaced)


def test_near_miss_a_bracket_after_a_verb_holding_more_than_points():
    # (the bracket says what is scored, not the points alone: read as before, never as points)
    p = propose("建立制度得分(满分2分),未建立不得分", "2", "制度")
    assert not p.confident or p.kind == "choice"


# ── bands of sums, a mark of their own end after them, 万 without 元 (“5—10万(含5万)得0.5分”) ──────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("10万元以上(含10万)得1分,5—10万(含5万)得0.5分,3—5万(含3万)得0.25分,少于3万不得分;", "1", [12, 10, 5, 4.5, 2],
     [1, 1, 0.5, 0.25, 0]),
    ("投入10万元以上(含10万元)得2分,5-10万元(含5万元)得1分,少于5万元不得分", "2", [10, 9.9, 5, 4], [2, 1, 1, 0]),
    ("工作经费20万元以上（含20万元）计3分；10～20万元（含10万元）计2分；不足10万元不计分", "3", [20, 10, 9], [3, 2, 0]),
])
def test_bands_of_sums_with_their_own_end_marked_after_them(text, weight, at, expected):
    p = propose(text, weight, "工作经费")
    sole(p, "tiers")
    assert p.confident, p.unplaced
    assert scores(p, at) == D(*expected)


def test_near_miss_a_mark_after_a_range_naming_its_upper_end():
    # “5-10万元(含10万元)”: the mark names the range's upper end, which stays its own
    p = propose("超过10万元得2分,5-10万元(含10万元)得1分,少于5万元不得分", "2", "工作经费")
    assert scores(p, [5, 10, 10.5]) == D(1, 1, 2)
    # (both bands claiming 10万元: no reading)
    assert propose("10万元以上得2分,5-10万元(含10万元)得1分,少于5万元不得分", "2", "工作经费").kind != "tiers"


@pytest.mark.parametrize("text", [
    "10万人次以上得2分,5-10万人次得1分,少于5万人次不得分",  # ten thousands of visits, never sums
    "10万亩以上得2分,5万元以上得1分",
])
def test_near_miss_ten_thousands_of_something_else_are_not_sums(text):
    p = propose(text, "2", "规模")
    assert not (p.kind == "tiers" and p.items[0]["params"].get("unit") == "万元" and p.confident), p.summary


# ── one rate past two lines, a dearer step past the further one (“低于96%的,每降低1个百分点扣0.25分;低于90%的,…0.5分”) ──
@pytest.mark.parametrize("text, weight, at, expected", [
    ("市平安办委托测评的群众安全感低于96%的,每降低1个百分点扣0.25分;低于90%的,每降低1个百分点扣0.5分。", "5",
     ["97", "94", "88", "80"], [5, 4.5, 2.5, 0]),
    ("满意度低于96%的,每降低1个百分点扣0.25分;满意度低于90%的,每降低1个百分点扣0.5分,扣完为止", "5", ["96", "90", "89"],
     [5, 3.5, 3]),
    ("知晓率低于百分之九十五的，每降低一个百分点扣零点五分；低于百分之八十五的，每降低一个百分点扣一分", "10", ["95", "85", "80"],
     [10, 5, 0]),
])
def test_one_rate_past_two_lines_in_steps(text, weight, at, expected):
    p = propose(text, weight, "满意度")
    assert len(sole(p, "formula")["variables"]) == 1
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident and any("分段累计" in u for u in p.unplaced), p.unplaced


def test_near_miss_two_rates_past_their_own_lines():
    # each rate named: two variables, no steps of one rate
    p = propose("满意度低于96%的,每降低1个百分点扣0.25分;知晓率低于90%的,每降低1个百分点扣0.5分,扣完为止", "5", "满意度")
    assert len(sole(p, "formula")["variables"]) == 2
    assert not any("分段累计" in u for u in p.unplaced)


def test_near_miss_a_further_line_the_other_way():
    # (a line above the first, below it: no further line of the same rate)
    p = propose("满意度低于90%的,每降低1个百分点扣0.25分;低于96%的,每降低1个百分点扣0.5分,扣完为止", "5", "满意度")
    assert not any("分段累计" in u for u in p.unplaced)


# ── rates below a reference named, not given (“知晓率、参与度低于前一年度全省平均数的,每低1个百分点扣0.25分”) ───────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("群众知晓率、参与度低于前一年度全省平均数的,每低1个百分点扣0.25分。", "5", [("0", "0"), ("2", "4"), ("12", "10")],
     [5, 3.5, 0]),
    ("满意度低于全市平均水平的,每低1个百分点扣0.5分,扣完为止", "5", [("0",), ("3",)], [5, 3.5]),
    ("办结率未达到全区平均值的，每低二个百分点扣一分", "4", [("0",), ("4",)], [4, 2]),
    ("与上年度相比持平得3分,每下降一个百分点扣1.5分;每上升一个百分点加1分;", "3", [("0",), ("1",), ("2.5",)], [3, 1.5, 0]),
    ("比上年持平的计5分，每降低1个百分点扣1分", "5", [("0",), ("2",)], [5, 3]),
])
def test_rates_below_a_reference_named_in_words(text, weight, values, expected):
    p = propose(text, weight, "知晓率")
    assert len(sole(p, "formula")["variables"]) == len(values[0])
    assert [by_vars(p, *v) for v in values] == D(*expected)
    assert not p.confident


def test_the_points_added_above_last_year_are_said_past_the_value():
    p = propose("与上年度相比持平得3分,每下降一个百分点扣1.5分;每上升一个百分点加1分;", "3", "经费")
    assert any("加分超出该项分值" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("与上年相比持平得3分,每下降1个百分点扣1分", "5"),  # the level short of the 分值: where the rest comes from is unsaid
    ("满意度低于全市平均水平的扣2分", "5"),  # once, not per step
    ("与上年相比增长得5分,每下降1个百分点扣1分", "5"),  # growth, not the level
])
def test_near_miss_not_steps_below_a_reference(text, weight):
    p = propose(text, weight, "知晓率")
    assert not any("评分标准未给出其数值" in u for u in p.unplaced), (p.summary, p.unplaced)


# ── bands in cells, each line's score in the cell after it, no 分 said (“…占比超过70%(含70%) 8 …60%(含60%)~70% 6”) ────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("涉科贷款占比超过70%(含70%) 8 涉科贷款占比60%(含60%)~70% 6 涉科贷款占比50%(含50%)~60% 4 涉科贷款占比40%(含40%)~50% 2 "
     "涉科贷款占比40%以下 0", "8", [75, 70, 65, 55, 45, 30], [8, 8, 6, 4, 2, 0]),
    ("完成率≥95% 5 完成率85%(含)-95% 3 完成率85%以下 0", "5", [96, 90, 80], [5, 3, 0]),
    ("资金到位率100%　10　资金到位率80%-100%　6　资金到位率80%以下　0", "10", [100, 90, 50], [10, 6, 0]),
])
def test_scores_in_cells_after_a_bands_line(text, weight, at, expected):
    p = propose(text, weight, "占比")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident and any("原文未写“分”" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, score", [
    # a cell of words between the scores: no cell read after the lines
    ("固定资产价值大于10万元设备完好率100% 10 固定资产价值大于10万元设备完好率≥90% 按比例计算得分 固定资产价值大于10万元设备完好率<90% 0",
     "10"),
    ("覆盖率达到90% 8 查看资料 覆盖率低于90% 0", "8"),
])
def test_near_miss_a_cell_of_words_beside_the_lines(text, score):
    assert f",{score}分;" not in normalize(text)


# ── a count's line with the thing counted after its measure word, the name and 分值 leading (“项目4分,…低于5个项目本项不计分”) ──
@pytest.mark.parametrize("text, weight, at, expected", [
    ("项目4分,全年新增(市级部门三堂会审合格)低于5个项目本项不计分;", "4", [5, 7, 4], [4, 4, 0]),
    ("新增低于五个项目的,不得分", "4", [5, 4], [4, 0]),
    ("培训3分，全年举办少于2次培训的不计分。", "3", [2, 1], [3, 0]),
])
def test_a_line_on_a_count_with_the_thing_counted_after_it(text, weight, at, expected):
    p = propose(text, weight, "项目")
    sole(p, "tiers")
    assert scores(p, at) == D(*expected)
    assert not p.confident  # the 分值 at the line is unsaid


@pytest.mark.parametrize("text, weight", [
    ("项目4分,全年新增低于5个项目得2分", "4"),  # points earned below the line: the lead is no mere name and 分值
    ("优秀4分,低于5个项目不得分", "4"),  # a grade with its points, not a name
])
def test_near_miss_a_lead_that_is_not_the_name_and_its_value(text, weight):
    p = propose(text, weight, "项目")
    assert not (p.kind == "tiers" and scores(p, [5]) == D(weight)), p.summary


def test_near_miss_percentage_points_are_no_thing_counted():
    p = propose("满意度低于5个百分点本项不计分", "4", "满意度")
    assert not (p.kind == "tiers" and p.items[0]["params"].get("unit") == "个")


# ── a title and its 分值 after a comma, a sentence of their own (“2.准确性,1分。入库率达60%的,得1分;其余情况不得分”) ─────
@pytest.mark.parametrize("text, weight", [
    ("2.准确性,1分。入库率达60%的,得1分;其余情况不得分。", "1"),
    ("(三)及时性，2分。按时报送的，得2分；否则不得分。", "2"),
])
def test_a_title_and_its_value_after_a_comma(text, weight):
    p = propose(text, weight, "准确性")
    assert p.kind in ("all_or_nothing", "tiers", "choice"), p.summary
    assert not any("准确性,1分" in u or "及时性,2分" in u for u in p.unplaced), p.unplaced
    assert len(p.items) == 1


@pytest.mark.parametrize("text, weight, scores_said", [
    ("完成,5分;未完成得0分", "5", ["5", "0"]),  # a situation and its points, not a title
    ("准确性,2分。入库率达60%的,得1分;其余情况不得分。", "2", None),  # the rule shares out less than the title's points
])
def test_near_miss_a_situations_points_after_a_comma(text, weight, scores_said):
    p = propose(text, weight, "准确性")
    if scores_said:
        assert sorted(o["score"] for o in sole(p, "choice")["options"]) == sorted(scores_said)
    else:
        assert not p.confident


# ── a step with no unit after a line in % (“两票合格率为100%,合格率每降低1—1分”) ───────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("两票合格率为100%,合格率每降低1—1分", "10", [100, 97, 80], [10, 7, 0]),
    ("合格率≥95%得满分,每降低1扣0.5分,扣完为止", "5", [96, 93, 80], [5, 4, 0]),
    ("到位率达到90%以上得6分，每下降2扣1分", "6", [90, 86], [6, 4]),
])
def test_a_step_with_no_unit_after_a_line_in_percent(text, weight, at, expected):
    p = propose(text, weight, "合格率")
    assert sole(p, "threshold")["unit"] == "%"
    assert scores(p, at) == D(*expected)
    assert not p.confident and any("每档未写单位" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "全部完成得10分,每少1扣1分",  # no line in %: what the 1 counts is unsaid
    "每降低1扣1分",
    "培训3次以上得满分,每少1扣1分",
])
def test_near_miss_a_step_with_no_unit_and_no_line_in_percent(text):
    p = propose(text, "10", "完成率")
    assert not (p.kind == "threshold" and p.items[0]["params"].get("unit") == "%"), p.summary

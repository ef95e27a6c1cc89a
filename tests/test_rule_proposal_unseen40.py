"""A target met gives a base score, each step above it adds and each step below takes off, and lines of a rate that
carry a remark or their points apart:

- the task met (or the base held) on points short of the 分值, one step either way (“完成县下达任务的,得25分;每增减1%,加减1分,
  最高加至30分,减分直至扣完”, “以前三年单产为基数,持平得5分,每增减1%,加减1分”): a formula over the share of the task, kept
  within 0～分值, always to check; a cap short of the 分值 is not read so;
- a rate's line with a remark in brackets, its sentence closed before the step (“流调率达到100%(当年报告病例的流调率)。每降低
  10%扣0.02分”): the line and its step;
- the task met with a remark in brackets on what it holds (“全面完成下达的目标任务(包括面积、产量),得满分,否则,每少一个百分点,
  扣0.5分”): full at 100% of the task, to check;
- a rate's line with its points in brackets after the sentence (“1.劳动合同签订率达到100%。(8分)2.劳动合同签订率每降低1%扣0.2分”):
  the line full on the 分值 and its step.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scores, sole


# ── a base score at the task met, a step either way ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("完成市下达目标任务的,得16分;每增减2%,加减0.5分,最高加至20分,减分直至扣完。", "20",
     ["100", "104", "130", "96", "10"], [16, 17, 20, 15, 0]),
    ("以上年产量为基数,持平得6分,每增减1个百分点,加减0.5分,最高加至12分,减分直至扣完", "12",
     ["100", "110", "98", "80"], [6, 11, 5, 0]),
    ("完成年度招商任务的得分8分,每增减1%,加减1分,最高加至10分,减分直至扣完。", "10",
     ["100", "101", "105", "95"], [8, 9, 10, 3]),
    ("完成目标任务得8分,每增减1个百分点,加减0.5分", "12", ["100", "106", "90"], [8, 11, 3]),
])
def test_base_at_the_task_and_a_step_either_way(text, weight, values, expected):
    p = propose(text, weight, "任务完成情况")
    params = sole(p, "formula")
    assert not p.confident  # the share is entered in %, a part of a step counts in proportion
    assert len(params["variables"]) == 1 and params["variables"][0]["unit"] == "%"
    assert [by_vars(p, v) for v in values] == D(*expected)


def _base_either_way(text: str, weight: str) -> bool:
    return any(found.summary.startswith("公式计分：") and "每高" in found.summary and "每低" in found.summary
               for found in readings(text, weight))


@pytest.mark.parametrize("text, weight", [
    # a cap short of the 分值: the score past it is not the formula's
    ("完成市下达目标任务的,得16分;每增减2%,加减0.5分,最高加至18分,减分直至扣完。", "20"),
    # the task met on the 分值: nothing to add
    ("完成市下达目标任务的,得20分;每增减2%,加减0.5分", "20"),
    # a step up only
    ("完成市下达目标任务的,得16分;每增加2%,加0.5分", "20"),
])
def test_near_miss_no_base_and_step_either_way(text, weight):
    assert not _base_either_way(text, weight)


# ── a rate's line with a remark in brackets, then its step ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, step, deduct, values, expected", [
    ("义务教育巩固率达到98%(以学籍系统数据为准)。每降低2%扣0.5分", "5", "98", "2", "0.5", [99, 94, 70], [5, 4, 0]),
    ("病例随访率达到90%(当年实际随访人数占应随访人数的比例)。每降低5%扣0.1分", "0.4", "90", "5", "0.1",
     [95, 80, 50], [0.4, 0.2, 0]),
    ("农户签约率达到95%(按乡镇汇总),每降低1%扣0.2分,扣完为止", "2", "95", "1", "0.2", [95, 93, 80], [2, 1.6, 0]),
])
def test_line_with_a_remark_then_its_step(text, weight, line, step, deduct, values, expected):
    p = propose(text, weight, "比率")
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"], params["step"], params["deduct"]) == (line, "higher", step, deduct)
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    # a line at most, a step below it: they point opposite ways
    ("空置率控制在5%以内(以年末统计为准)。每降低2%扣0.5分", "5"),
    # a line reached, a step above it
    ("义务教育巩固率达到98%(以学籍系统数据为准)。每提高2%扣0.5分", "5"),
])
def test_near_miss_no_line_with_a_remark(text, weight):
    assert not any(it["type"] == "threshold" for found in readings(text, weight) for it in found.items)


# ── the task met, with a remark in brackets on what it holds ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, deduct, values, expected", [
    ("全面完成省、市下达的目标任务(包括面积、产量),得满分,否则,每少一个百分点,扣0.4分,一直扣完为止。", "2", "0.4",
     [100, 98, 90], [2, 1.2, 0]),
    ("完成省下达的造林任务(含人工造林、封山育林),得满分;每少1个百分点扣0.3分,扣完为止", "3", "0.3",
     [101, 99, 95], [3, 2.7, 1.5]),
])
def test_task_met_with_a_remark(text, weight, deduct, values, expected):
    p = propose(text, weight, "目标任务")
    params = sole(p, "threshold")
    assert not p.confident  # the value is the share of the task, which the text does not name
    assert (params["full_at"], params["step"], params["deduct"]) == ("100", "1", deduct)
    assert scores(p, values) == D(*expected)


def test_near_miss_task_met_with_a_remark_on_less_than_the_weight():
    # the task met earns 2 of 3: the rest is unsaid
    text = "完成省下达的造林任务(含人工造林、封山育林),得2分;每少1个百分点扣0.3分,扣完为止"
    assert not any(it["type"] == "threshold" for found in readings(text, "3") for it in found.items)


# ── a rate's line with its points in brackets after the sentence ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, deduct, values, expected", [
    ("1.群众满意率达到95%。(6分)2.群众满意率每降低1%扣0.5分", "6", "95", "0.5", [96, 93, 80], [6, 5, 0]),
    ("资金到位率达到100%。(4分)每低于1个百分点扣0.2分,扣完为止", "4", "100", "0.2", [100, 95, 50], [4, 3, 0]),
])
def test_line_with_its_points_after_the_sentence(text, weight, line, deduct, values, expected):
    p = propose(text, weight, "比率")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"]) == (line, "1", deduct)
    assert scores(p, values) == D(*expected)


def test_line_with_its_points_after_the_sentence_sure_when_it_stops():
    assert propose("资金到位率达到100%。(4分)每低于1个百分点扣0.2分,扣完为止", "4", "资金到位率").confident
    assert not propose("1.群众满意率达到95%。(6分)2.群众满意率每降低1%扣0.5分", "6", "满意率").confident  # no stop said


def test_near_miss_points_after_the_sentence_short_of_the_weight():
    # 4 of 6 at the line: the line is not full marks
    text = "1.群众满意率达到95%。(4分)2.群众满意率每降低1%扣0.5分"
    assert not any(it["type"] == "threshold" for found in readings(text, "6") for it in found.items)


# ── rates each with its own line, then each one's step below it ──────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("高危人群干预(0.2分):暗娼干预比例不低于70%,MSM人群干预比例不低于50%。暗娼干预每降低7%扣0.01分;MSM干预每降低5%扣0.01分。",
     "0.2", [("75", "55"), ("56", "50"), ("56", "40")], [0.2, 0.18, 0.16]),
    ("适龄儿童接种率不低于95%,孕产妇建卡率不低于90%。接种率每降低1%扣0.2分;建卡率每降低2%扣0.3分", "3",
     [("96", "90"), ("93", "86"), ("50", "20")], [3, 2, 0]),
    ("镇村覆盖率达到90%,农户知晓率达到80%,群众满意率达到85%;覆盖率每降低5%扣0.5分;知晓率每降低5%扣0.5分;满意率每降低5%扣1分",
     "5", [("90", "80", "85"), ("85", "70", "80")], [5, 2.5]),
])
def test_rates_each_with_its_line_then_its_step(text, weight, values, expected):
    p = propose(text, weight, "干预比例")
    params = sole(p, "formula")
    assert not p.confident  # the rates are entered in %, a part of a step counts in proportion
    assert all(v["unit"] == "%" for v in params["variables"])
    assert [by_vars(p, *v) for v in values] == D(*expected)


def _own_lines(text: str, weight: str) -> bool:
    return any(it["type"] == "formula" and "max(0, " in it["params"]["expression"]
               for found in readings(text, weight) for it in found.items)


@pytest.mark.parametrize("text, weight", [
    # a step on a rate no line names
    ("适龄儿童接种率不低于95%,孕产妇建卡率不低于90%。接种率每降低1%扣0.2分;满意率每降低2%扣0.3分", "3"),
    # one step for two lines
    ("适龄儿童接种率不低于95%,孕产妇建卡率不低于90%。接种率每降低1%扣0.2分", "3"),
    # points in the heading other than the 分值
    ("高危人群干预(0.3分):暗娼干预比例不低于70%,MSM人群干预比例不低于50%。暗娼干预每降低7%扣0.01分;MSM干预每降低5%扣0.01分", "0.2"),
])
def test_near_miss_no_rates_each_with_its_line(text, weight):
    assert not _own_lines(text, weight)


# ── points per step past the target and off per step short of it, the base unsaid ──────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("营业收入完成值每超过目标值2%,加0.5分,最多加4分;完成值每低于目标值2%,扣0.5分", "20",
     [("0", "0"), ("8", "0"), ("40", "0"), ("0", "10"), ("0", "100")], [16, 18, 20, 13.5, 0]),
    ("1.净利润考核目标值不低于上年时,完成值每超过目标值5%,加1分,最多加3分。完成值每低于目标值5%,扣1分,最多扣4分。", "25",
     [("0", "0"), ("10", "0"), ("0", "10"), ("0", "50")], [22, 24, 20, 18]),
])
def test_past_and_short_of_the_target_each_capped(text, weight, values, expected):
    p = propose(text, weight, "经营业绩")
    params = sole(p, "formula")
    assert not p.confident  # the base at the target is read, not said
    assert [v["name"] for v in params["variables"]] == ["u", "d"]
    assert [by_vars(p, *v) for v in values] == D(*expected)
    assert any("未写明" in u for u in p.unplaced)


def _past_and_short(text: str, weight: str) -> bool:
    return any(found.summary.startswith("公式计分：达到目标") for found in readings(text, weight))


@pytest.mark.parametrize("text, weight", [
    # no cap on what is added: the base is nowhere to be read
    ("营业收入完成值每超过目标值2%,加0.5分;完成值每低于目标值2%,扣0.5分", "20"),
    # what may be added reaches the 分值: no base left
    ("营业收入完成值每超过目标值2%,加0.5分,最多加20分;完成值每低于目标值2%,扣0.5分", "20"),
    # the steps of two values: the step below is of another
    ("营业收入完成值每超过目标值2%,加0.5分,最多加4分;利润完成值每低于目标值2%,扣0.5分", "20"),
])
def test_near_miss_not_past_and_short_of_the_target(text, weight):
    assert not _past_and_short(text, weight)

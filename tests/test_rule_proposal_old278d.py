"""A step past a line the text does not give: the wordings of KPI and course tables whose target sits in another column.

Classes taught (each proposed to check, never confident: the line is not in the text):

- a step of a rate after words saying how the value is measured (“按…的百分比计算,每低1%扣0.5分,最高扣10分”,
  “根据…记录,每低10%扣1分,扣完为止,满分10分”, “查资料;每低于1个百分点扣0.5分”): ``max - d * 0.5`` over how far
  below (or above) the line the value is, 0 when not past it; the cap of the deduction and the “满分” are the 分值's;
- the value named before the step (“车辆故障率每上升1个百分点扣0.2分”);
- a step of a rating (“每低0.1分扣1分”) or of minutes (“每超出目标时间10分钟扣1分”) read the same way; these, and a value
  named before the step, only after words saying how the value is measured (a bare “每低0.1分扣2分” does not say whose
  分; “每超过1分钟扣1分,扣完为止” stays a deduction per minute over).

Near misses that are not read so: a cap short of the 分值 (“最高扣3分” on 10), a “满分” other than the 分值, and a rating
step, a step of minutes or a named rate's step with no words saying how the value is measured.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings, types


def _past(p):
    """The label of the proposal's one variable, how far past a line the text does not give."""
    assert types(p) == ["formula"], (p.summary, p.unplaced)
    (variable,) = p.items[0]["params"]["variables"]
    return variable


def _read_past_a_line(text: str, weight: str) -> bool:
    """Whether any reading of the text is a formula over how far past a line it does not give."""
    return any(it["type"] == "formula" and any("标准值的" in v["label"] for v in it["params"]["variables"])
               for r in readings(text, weight) for it in r.items)


def test_a_rate_step_after_how_the_value_is_measured():
    """“按…的百分比计算,每低1%扣0.5分,最高扣10分” on 10: 0.5 per percentage point below the line of another column."""
    for text in ("按实际回款金额与应收金额的百分比计算,每低1%扣0.5分,最高扣10分。",
                 "根据月度巡检记录,每低1%扣0.5分,扣完为止,满分10分",
                 "通过抽样核查分析,每低1个百分点扣0.5分,扣完为止"):
        p = propose(text, "10", "回款率")
        assert not p.confident
        variable = _past(p)
        assert variable["label"].startswith("低于标准值的百分点") and variable["unit"] == "个百分点"
        assert by_vars(p, "0") == 10 and by_vars(p, "6") == 7 and by_vars(p, "30") == 0
        assert any("标准值" in u for u in p.unplaced)


def test_a_rate_step_above_the_line_and_a_wider_step():
    """“每超过2%扣1分” of a cost against its budget: above the line, a step of 2 points taken in proportion."""
    p = propose("按实际运维成本与预算的对比计算,每超过2%扣1分,最高扣5分。", "5", "成本控制")
    assert not p.confident
    assert _past(p)["label"].startswith("高于标准值的百分点")
    assert by_vars(p, "0") == 5 and by_vars(p, "4") == 3 and by_vars(p, "20") == 0


def test_the_value_named_before_the_step_and_a_check_lead():
    """“查资料;车辆故障率每上升1个百分点扣0.2分,扣完为止”: the value named, the check leading it. (A rate of things
    done well, “完好率每低于1个百分点”, is read as a 达标线 at 100%, as before.)"""
    p = propose("查资料。车辆故障率每上升1个百分点扣0.2分,扣完为止", "2", "车辆故障率")
    assert not p.confident
    assert _past(p)["label"].startswith("车辆故障率高于标准值的百分点")
    assert by_vars(p, "0") == 2 and by_vars(p, "5") == 1 and by_vars(p, "10") == 0


def test_a_rating_step_and_a_step_of_minutes():
    """“根据客户回访评价计算,每低0.1分扣1分,扣完为止,满分5分”: a rating below its line; “每超出目标时间10分钟扣1分”:
    minutes over the target time."""
    p = propose("根据客户回访评价计算,每低0.1分扣1分,扣完为止,满分5分", "5", "回访评价")
    assert not p.confident
    variable = _past(p)
    assert variable["unit"] == "分" and variable["label"].startswith("低于标准值的分数")
    assert by_vars(p, "0") == 5 and by_vars(p, "0.2") == 3 and by_vars(p, "1") == 0
    p = propose("按投诉处理的平均用时计算,每超出目标时间10分钟扣1分,最高扣5分。", "5", "投诉处理时效")
    assert not p.confident
    variable = _past(p)
    assert variable["unit"] == "分钟" and variable["label"].startswith("高于标准值的分钟数")
    assert by_vars(p, "0") == 5 and by_vars(p, "20") == 3 and by_vars(p, "80") == 0


def test_near_misses_are_not_read_past_a_line():
    """A cap short of the 分值, a 满分 other than it, a rating step with nothing saying whose 分 it is: not this reading."""
    assert not _read_past_a_line("按实际回款金额与应收金额的百分比计算,每低1%扣0.5分,最高扣3分。", "10")
    assert not _read_past_a_line("根据月度巡检记录,每低1%扣0.5分,扣完为止,满分5分", "10")
    assert not _read_past_a_line("每低0.1分扣2分", "10")
    assert not _read_past_a_line("每低0.1分扣2分,扣完为止", "10")
    assert not _read_past_a_line("每超过1分钟扣1分,扣完为止", "10")
    assert not _read_past_a_line("巩固率每低0.1个百分点扣2分", "10")
    # the measured words holding a figure are no lead: “按90%计算” is a line of its own
    assert not _read_past_a_line("按90%计算,每低1%扣1分,扣完为止", "10")
    # a rate step read so is never confident
    p = propose("每低1个百分点扣0.5分,扣完为止", "10", "达标率")
    assert not p.confident and Decimal(by_vars(p, "4")) == 8

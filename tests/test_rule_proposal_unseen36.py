"""Forms of a rate or a line said in words, where no reading was found at all.

- A line at most whose figure has no unit of its own (a ratio, an index: “性别比控制在110以内记10分,每上升1个百分点扣0.5分”,
  “不超过110得10分,每超过1个百分点…”): a 达标线扣分 whose line is read in the step's unit, which the text leaves unsaid,
  so never confidently.
- A rate full at 100%, its share below, the points or the line said again without their unit (“普查率达100%,得10低于100按百分比
  得分”, “建档率达到100%得8,未达到的按比例得分”): a 比率计分, to check.
- The target reached, full marks, short of it the letters' quotient times the 分值 (“完成值达到指标值,记满分;未达到指标值,
  按B/A或A/B*该指标分值记分”, the letters the table's columns: A the target, B the value reached): a 比率计分 of B/A (A/B
  when only that is said), to check.
- A line set by a reference in signs, perhaps with the document that sets it in brackets, then a step (“重复利用率≥行业
  标准水平(…号文件),得15分,每低1%扣1分”, “≤全市平均水平…每高1%扣…”): a 达标线扣分 on the difference from the
  reference; the document in brackets leaves the reference to look up, to check.
- Numbered parts each a formula of its points, a rate over its line times them, full past the line (“1.得分=新生儿访视率
  /90%*15分(90%以上得满分)2.得分=满意度合格率/85%*10分(85%以上得满分)”): one item per part, its points those the
  formula multiplies by, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import readings, scored, sole


# ── a line at most with no unit, a step above it ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, step, deduct", [
    ("当年出生婴儿性别比控制在110以内记10分,每上升1个百分点扣0.5分。", "10", "110", "1", "0.5"),
    ("出生人口性别比控制在108以内的,得8分;每升高1个百分点扣1分,扣完为止", "8", "108", "1", "1"),
    ("综合能耗指数不超过95得6分,每超过1个百分点扣0.5分,扣完为止。", "6", "95", "1", "0.5"),
    ("负债系数在120以下得满分,每增加2个百分点扣1分,扣完为止", "5", "120", "2", "1"),
    ("人均接诊量 控制在 40 以内 计 4 分，每超过 5 个 扣 1 分，扣完为止", "4", "40", "5", "1"),
])
def test_a_line_at_most_without_a_unit_takes_the_steps(text, weight, line, step, deduct):
    p = propose(text, weight, "指标")
    params = sole(p, "threshold")
    assert not p.confident  # the line's unit is unsaid
    assert (params["full_at"], params["direction"], params["step"], params["deduct"]) == (line, "lower", step, deduct)
    at = Decimal(line)
    assert scored(p, {"value": str(at - 3)}) == Decimal(weight)
    assert scored(p, {"value": str(at)}) == Decimal(weight)
    assert scored(p, {"value": str(at + 2 * Decimal(step))}) == Decimal(weight) - 2 * Decimal(deduct)
    assert scored(p, {"value": str(at + 100)}) == 0


@pytest.mark.parametrize("text, weight", [
    # a line at most and a step below it point opposite ways
    ("出生人口性别比控制在110以内记10分,每下降1个百分点扣0.5分,扣完为止", "10"),
    # a line at least with no unit: which way the figure counts is not a limit
    ("综合指数达到95以上得6分,每超过1个百分点扣0.5分,扣完为止", "6"),
    # the figure is a count of its own kind, its unit said in another word
    ("控制在3起以内得5分,每超过1个百分点扣1分,扣完为止", "5"),
    # the full marks stated are not the 分值
    ("性别比控制在110以内记6分,每上升1个百分点扣0.5分,扣完为止", "10"),
])
def test_not_a_line_at_most_without_a_unit(text, weight):
    assert not any(it["type"] == "threshold" and it["params"].get("full_at") in ("110", "95", "3")
                   for found in readings(text, weight) for it in found.items)


# ── a rate full at 100%, its share below, a unit left out ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("普查率达100%,得10低于100按百分比得分。", "10"),
    ("建档率达到100%得8,未达到的按比例得分", "8"),
    ("规范管理率达100%,得6分;低于100的,按比例计分", "6"),
    ("随访率达100% 得4 低于100% 按百分比计分", "4"),
])
def test_a_rate_full_at_100_with_a_unit_left_out(text, weight):
    p = propose(text, weight, "指标")
    sole(p, "rate")
    assert not p.confident  # the unit left out is read, not said
    assert scored(p, {"numerator": "100", "denominator": "100"}) == Decimal(weight)
    assert scored(p, {"numerator": "75", "denominator": "100"}) == Decimal(weight) * Decimal("0.75")


@pytest.mark.parametrize("text, weight", [
    # the points said are not the 分值
    ("普查率达100%,得6低于100按百分比得分。", "10"),
    # the figure below is another line
    ("普查率达100%,得10低于1000按百分比得分。", "10"),
])
def test_not_a_rate_full_at_100_with_a_unit_left_out(text, weight):
    assert not any(it["type"] == "rate" for found in readings(text, weight) for it in found.items)


# ── the target reached, full marks; short of it B/A (or A/B) times the 分值 ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, higher", [
    ("完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。", "12.5", True),
    ("完成值达到指标值，记满分；未达到指标值，按Ｂ/Ａ或Ａ/Ｂ×该指标分值记分", "8", True),
    ("实际完成值达到目标值的,得满分;未达到目标值的,按B/A*该项分值计分", "10", True),
    ("达到指标值,计满分;未达到的,得分=A/B×指标分值", "6", False),
])
def test_target_reached_else_letters_quotient(text, weight, higher):
    p = propose(text, weight, "数量指标")
    params = sole(p, "rate")
    assert not p.confident  # the letters are the table's, the quotient's way round is the indicator's
    assert params["cap"] is True
    assert ("(B)" in params["numerator_label"]) is higher
    assert scored(p, {"numerator": "4", "denominator": "5"}) == Decimal(weight) * Decimal("0.8")
    assert scored(p, {"numerator": "6", "denominator": "5"}) == Decimal(weight)


@pytest.mark.parametrize("text, weight", [
    # letters that are not the value and the target
    ("完成值达到指标值,记满分;未达到指标值,按B/C*该指标分值记分。", "10"),
    # the same quotient twice: no choice between the two
    ("完成值达到指标值,记满分;未达到指标值,按B/A或B/A*该指标分值记分。", "10"),
    # a figure, not the 分值
    ("完成值达到指标值,记满分;未达到指标值,按B/A*8记分。", "10"),
])
def test_not_target_reached_else_letters_quotient(text, weight):
    assert not any(it["type"] == "rate" and "(B)" in str(it["params"]) for found in readings(text, weight)
                   for it in found.items)


# ── a line set by a reference, in signs or with its document, then a step ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, higher, sure", [
    ("水重复利用率≥行业标准水平(川经信环资[2013]4号或相关行业标准),得15分,每低1%扣1分,扣完为止.", "15", True, False),
    ("综合利用率≥行业平均水平,得8分,每低1个百分点扣2分,扣完为止", "8", True, True),
    ("单位产值能耗≤全省平均水平(以统计部门公布数据为准),得6分;每高1%扣0.5分,扣完为止", "6", False, False),
    ("差错率≤同类单位平均水平的,得4分;每超过1个百分点扣1分,扣完为止", "4", False, True),
])
def test_a_reference_line_in_signs_then_a_step(text, weight, higher, sure):
    p = propose(text, weight, "指标")
    params = sole(p, "threshold")
    assert p.confident is sure  # the document in brackets leaves the reference to look up
    assert params["direction"] == ("higher" if higher else "lower") and params["full_at"] == "0"
    step = Decimal(params["deduct"])
    assert scored(p, {"value": "0"}) == Decimal(weight)
    assert scored(p, {"value": "-2" if higher else "2"}) == Decimal(weight) - 2 * step
    assert scored(p, {"value": "2" if higher else "-2"}) == Decimal(weight)


@pytest.mark.parametrize("text, weight", [
    # the step points away from the line
    ("单位产值能耗≤全省平均水平,得6分;每低于1%扣0.5分,扣完为止", "6"),
    ("综合利用率≥行业平均水平,得8分,每高1个百分点扣2分,扣完为止", "8"),
    # the points at the line are not the 分值
    ("综合利用率≥行业平均水平,得5分,每低1个百分点扣2分,扣完为止", "8"),
])
def test_not_a_reference_line_then_a_step(text, weight):
    assert not any(it["type"] == "threshold" and it["params"].get("full_at") == "0"
                   for found in readings(text, weight) for it in found.items)


# ── numbered parts, each a rate over its line times the part's points ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight, parts", [
    ("1.得分=新生儿访视率/90%*15分(90%以上得满分)2.得分=满意度合格率/85%*10分(85%以上得满分)", "25", [("15", "90"), ("10", "85")]),
    ("(1)得分=规范管理率/60%×6分(60%以上得满分);(2)得分=血压控制率/40%×4分(40%以上得满分)", "10", [("6", "60"), ("4", "40")]),
    ("1、得分=随访率/80%*3分(80%以上的得满分)；2、得分=体检率/70%*2分(70%以上得满分)。", "5", [("3", "80"), ("2", "70")]),
])
def test_numbered_parts_each_a_rate_over_its_line(text, weight, parts):
    p = propose(text, weight, "指标")
    assert [it["type"] for it in p.items] == ["formula"] * len(parts)
    assert not p.confident  # the share is of the line, not of 100%: the reading's
    for k, (pts, line) in enumerate(parts):
        assert p.items[k]["max"] == pts
        (var,) = p.items[k]["params"]["variables"]
        at = Decimal(line)
        assert scored(p, {"vars": {var["name"]: str(at + 5)}}, k) == Decimal(pts)
        assert scored(p, {"vars": {var["name"]: str(at / 2)}}, k) == Decimal(pts) / 2


@pytest.mark.parametrize("text, weight", [
    # the parts' points do not add up to the 分值
    ("1.得分=新生儿访视率/90%*15分(90%以上得满分)2.得分=满意度合格率/85%*10分(85%以上得满分)", "20"),
])
def test_not_numbered_parts_each_a_rate_over_its_line(text, weight):
    p = propose(text, weight, "指标")
    assert not p.confident and len(p.items) != 2

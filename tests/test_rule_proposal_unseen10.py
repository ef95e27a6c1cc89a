"""A condition zeroing the whole item that holds a figure past a line (“出入口少于2处不得分”, “迟报超过2小时本项不得分”)
beside deductions: read as the gate of one formula over the faults, ``g * (max - …)``, the figure said back in the
gate's label for the evaluator to check.

Made-up texts in the style of published safety-standard tables, with the formula they must give and the score of a
few situations, and near misses that must not be read that way: a line the deductions count down step by step (the
steps running out, no condition of its own), a line with no deductions to gate, a rate's band.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import scored, sole


def _vars(params: dict, values: list[str]) -> dict:
    return {"vars": {v["name"]: x for v, x in zip(params["variables"], values)}}


# ── a gate past a line, then (or after) faults each with its own deduction ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, said, faults, situation, score", [
    # the gate opening the first sentence, the faults after it, taken once each
    ("安全通道少于2个不得分;通道堆放杂物扣2分;应急照明损坏扣1分", "5", "安全通道少于2个", 2, ["1", "1", "1"], "2"),
    ("(1)消防栓少于4处不得分,消防栓无水扣2分;(2)灭火器过期扣1分", "6", "消防栓少于4处", 2, ["1", "0", "1"], "5"),
    # the gate as a sentence of its own before the faults
    ("值班人员少于3人的,本项不得分;值班记录不全扣1分;交接班不规范扣1分", "4", "值班人员少于3人", 2,
     ["1", "1", "0"], "3"),
    # the gate closing the text, after faults counted per case
    ("每发现1处隐患扣1分,扣完为止;整改超过3天不得分", "5", "整改超过3天", 1, ["1", "2"], "3"),
    ("一般事故迟报一次扣1分;较大事故迟报一次扣2分,迟报超过4小时本项不得分", "6", "迟报超过4小时", 2, ["1", "1", "1"], "3"),
])
def test_a_gate_past_a_line_beside_deductions(text, weight, said, faults, situation, score):
    p = propose(text, weight, "安全管理")
    params = sole(p, "formula")
    assert not p.confident  # whether the gate voids the deductions' points too is the evaluator's to confirm
    assert params["expression"].startswith("g * (max - ")
    gate, *rest = params["variables"]
    assert said in gate["label"] and "整项不得分" in gate["label"]  # the figure said back, to check
    assert len(rest) == faults
    assert scored(p, _vars(params, situation)) == Decimal(score)
    assert scored(p, _vars(params, ["0"] + ["0"] * faults)) == 0  # the line crossed: nothing left
    assert scored(p, _vars(params, ["1"] + ["0"] * faults)) == Decimal(weight)
    assert any(said in u for u in p.unplaced)


# ── near misses: no gate of its own ─────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("消防栓少于3个不得分,每少1个扣1分", "3"),  # the steps running out: the line is where they end
    ("每迟报1天扣0.5分;迟报超过5天不得分", "3"),  # the same unit counted day by day
    ("培训少于2次不得分", "3"),  # a line with no deductions: a threshold, not a gate
    ("台账不规范的扣1分,上报少于4次的,不得分;资料缺失的每项扣1分,扣完为止", "5"),  # between deductions: the line may be
    # the fault's before it
])
def test_a_line_counted_in_steps_is_no_gate(text, weight):
    p = propose(text, weight, "管理")
    assert not any(it["type"] == "formula" and str(it["params"].get("expression", "")).startswith("g * (")
                   for it in p.items), p.summary


def test_a_rate_band_is_no_gate():
    p = propose("差错率每超过1个百分点扣1分;差错率超过20%不得分", "5", "数据质量")
    assert not any(str(it["params"].get("expression", "")).startswith("g * (") for it in p.items), p.summary


def test_a_gate_past_a_line_left_to_judgement_stays_judgement():
    p = propose("出入口少于2处不得分,其余视情况酌情扣分", "4", "出入口")
    assert not p.confident
    assert not any(str(it["params"].get("expression", "")).startswith("g * (") for it in p.items), p.summary

"""Conditions that zero the whole item beside other scoring, in more shapes (see test_rule_proposal_gates.py).

Each class is tested in several wordings written for these tests in the style of published 评分标准, with the
near misses that must not be read that way. A gate is always to check (请核对); it counts for its score.
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item


def gated(p) -> dict:
    """The params of a one-item formula multiplied by a 0/1 gate named first, to check."""
    assert p.kind == "formula", (p.kind, p.summary, p.unplaced)
    assert len(p.items) == 1 and check_item(p.items[0]) == []
    params = p.items[0]["params"]
    gate = params["variables"][0]["name"]
    assert params["expression"].startswith(f"{gate} * ("), params["expression"]
    assert not p.confident and any("整项不得分" in u for u in p.unplaced), p.unplaced
    return params


def score(p, values: list[str]) -> Decimal:
    names = [v["name"] for v in p.items[0]["params"]["variables"]]
    assert len(names) == len(values), names
    res = score_item(p.items[0], {"vars": dict(zip(names, values))})
    assert res.score is not None, res.text
    return res.score


def no_gate(p) -> None:
    assert not any(it["type"] == "formula" and "* (max" in it["params"].get("expression", "") for it in p.items), \
        p.summary


# ── a condition in words holding a rank, a class or a single case ──────────────────────────────
def test_a_condition_naming_two_levels_closes_the_deductions():
    for text in ("台账登记不规范扣2分,县乡两级数据不一致不得分",
                 "台账登记不规范的,扣2分;县乡两级数据不一致的,本项不得分。",
                 "台账登记不规范扣2分，县、乡两级数据不一致的此项不得分"):
        p = propose(text, "6", "台账")
        params = gated(p)
        assert params["expression"] == "g * (max - 2 * a)", text
        assert "2级数据不一致" in params["variables"][0]["label"], text
        assert score(p, ["1", "0"]) == 6
        assert score(p, ["1", "1"]) == 4
        assert score(p, ["0", "0"]) == 0


def test_a_single_case_zeroes_the_item_after_deductions_counted_per_case():
    for text in ("每发现1处错漏扣0.5分,扣完为止;发现弄虚作假一例的,本项不得分。",
                 "每发现一处错漏扣0.5分，扣完为止，出现弄虚作假1次该项不得分",
                 "错漏每处扣0.5分,扣完为止,发现1起弄虚作假的不得分"):
        p = propose(text, "3", "资料真实性")
        params = gated(p)
        assert params["expression"] == "g * (max - 0.5 * n)", (text, params)
        assert "弄虚作假" in params["variables"][0]["label"]
        assert score(p, ["1", "2"]) == 2
        assert score(p, ["1", "9"]) == 0
        assert score(p, ["0", "0"]) == 0


def test_near_miss_a_count_above_one_or_a_compared_figure_is_no_gate():
    # “2处以上”, “超过3天”, “3例”: a line on a count, not a condition in words
    for text in ("每发现1处错漏扣0.5分,扣完为止;错漏2处以上的不得分。",
                 "每迟报1天扣0.5分,扣完为止,迟报超过3天该项不得分",
                 "每发现1处错漏扣0.5分,扣完为止;发现弄虚作假3例的,本项不得分。",
                 "每发现1处错漏扣0.5分,扣完为止;错漏率达到2%的不得分。"):
        p = propose(text, "3", "资料")
        no_gate(p)
        assert not p.confident, text

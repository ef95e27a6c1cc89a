"""Review of round 5's merges: odd texts the proposer must survive, and near misses of the new readings.

The texts are made up for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import readings

#: more names than a formula has (a … z): 30 made-up things
_THINGS = [chr(0x4E00 + 7 * k) + chr(0x4E01 + 7 * k) for k in range(30)]


# ── a formula never names more variables than it has letters for ──────────────────────────────────
@pytest.mark.parametrize("text", [
    # points earned per case, the cases each named in a clause of its own (the new split of _earned): 31 cases
    "每篇计0.5分,被采用的," * 30 + "每篇计1分",
    # faults of unlike costs, each once (formula._faults): 30 faults
    ";".join(f"未{x}扣{1 + k % 2}分" for k, x in enumerate(_THINGS)),
    # faults counted per case, of unlike costs
    ";".join(f"{x}不全每处扣{1 + k % 2}分" for k, x in enumerate(_THINGS)),
    # points earned per case, each kind in its own sentence
    ";".join(f"{x}每篇计0.1分" for x in _THINGS) + ";最高10分",
])
@pytest.mark.parametrize("weight", ["100", "10"])
def test_more_cases_than_names_is_no_crash_and_stays_flagged(text, weight):
    p = propose(text, weight, "指标")
    assert not p.confident
    for found in readings(text, weight):
        for it in found.items:
            assert len(it.get("params", {}).get("variables", [])) <= 26


@pytest.mark.parametrize("text", ["", "分", "()", "(", ")", "每()扣1分", "查资料。", "查资料:", ";;;", "每增(减)",
                                  "得分=得分之和/个数", "一.", "一.二.三.", "(1)或,出现其中任意一项,本项不得分;",
                                  "建成(每个得2.5分", "建成((每个得2.5分)", "未建立,扣除全部分值"])
def test_odd_texts_are_no_crash(text):
    for weight in ("10", "0.5"):
        propose(text, weight, "指标")


def test_a_numbered_part_mark_has_one_home():
    # “二、…的,此项不得分” is a part of its own both where choice reads it and where the gate reads it: one spelling
    from services.frameworks import reading
    from services.scoring.rules import choice
    from services.scoring.rules.wording import PART_MARK
    assert PART_MARK in choice._ZEROES_THE_ITEM.pattern and PART_MARK in reading._OWN_PART_GATE.pattern
    for mark in ("二、", "(三)", "三)", "1.", "2、", "(2)"):
        assert choice._ZEROES_THE_ITEM.match(mark + "发生安全事故的,此项")
        assert reading._OWN_PART_GATE.match(mark + "发生安全事故的,此项不得分")
    assert not choice._ZEROES_THE_ITEM.match("1.5发生安全事故的,此项")

"""Review 14: the wordings normalisation writes the one way the readings know, and their near misses, which keep
their words (made-up texts)."""
from __future__ import annotations

import pytest

from services.scoring.rules.wording import normalize


@pytest.mark.parametrize("text, written", [
    ("无台账、无记录的,分别扣2分", "无台账、无记录的,各扣2分"),
    ("未建制度,未开展培训的,分别扣1.5分。", "未建制度、未开展培训的,各扣1.5分;"),
])
def test_one_amount_for_each_fault_is_each(text, written):
    assert normalize(text) == written


@pytest.mark.parametrize("text", [
    "无台账、无记录的,分别扣2分、1分",
    "无台账、无记录的,分别扣2分和1分",
    "未建制度、未开展培训的,分别扣2分及1分",
    "未建制度、未开展培训的,分别扣3分或1分",
])
def test_amounts_in_turn_stay_in_turn(text):
    """Two amounts, one for each fault in turn, are no one amount each: 分别 stays, and no 各 is written."""
    assert "各扣" not in normalize(text) and "分别扣" in normalize(text)


@pytest.mark.parametrize("text, written", [
    ("每人每次扣1分", "每人次扣1分"),
    ("有1人1次未参加扣0.5分", "有1人次未参加扣0.5分"),
])
def test_a_person_once_is_a_person_time(text, written):
    assert normalize(text) == written


@pytest.mark.parametrize("text", [
    "培训每人1次以上,得2分",  # a count asked of each person, no case counted
    "体检每人每年1次",
    "发放1人1次性补助",
    "11人1次",
])
def test_a_count_asked_of_each_person_keeps_its_words(text):
    assert "人次" not in normalize(text)

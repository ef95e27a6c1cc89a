"""Review 14: the wordings normalisation writes the one way the readings know, and their near misses, which keep
their words (made-up texts)."""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
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


@pytest.mark.parametrize("text, named", [
    ("按照时间进度完成率*10", "时间进度完成率"),  # 按照 leads in, its 照 no part of the name
    ("得分按资金到位率*分值", "资金到位率"),
    ("按预算执行率*分值", "预算执行率"),
])
def test_by_leads_into_the_rate(text, named):
    from services.scoring.rules.rate import SCORE_IS_RATE
    m = SCORE_IS_RATE.search(normalize(text))
    assert m is not None and m.group("named") == named


def test_by_in_time_is_a_manner_not_a_lead():
    """按时、按期 say how a thing is done: the rate's name keeps them (“按时上报率”)."""
    from services.scoring.rules.rate import SCORE_IS_RATE, SHARE_OF
    m = SCORE_IS_RATE.search(normalize("按时上报率*10"))
    assert m is not None and m.group("named") == "按时上报率"
    assert SHARE_OF.search(normalize("按期支出资金占到位资金的比例计分")) is None


@pytest.mark.parametrize("text, weight", [
    ("验收合格率达到100%得满分,否则每降低1%扣0.1分,扣完为止", "5"),
    ("资金到位率达到100%得满分,不然每降低1%扣0.5分,扣完为止", "4"),
])
def test_a_step_joined_to_its_line_by_otherwise_is_of_the_line_s_value(text, weight):
    """否则、不然 join the step to the line: they name no other quantity, and the line and step read confidently."""
    p = propose(text, weight, "x")
    assert p.confident and [it["type"] for it in p.items] == ["threshold"]
    assert p.items[0]["params"]["full_at"] == "100"


@pytest.mark.parametrize("text", [
    "配套资金100%到位,得6分;项目完工率每低1个百分点扣0.5分",
    "配套资金100%到位,得6分,否则完工率每低1个百分点扣0.5分",  # the quantity after 否则 is still another
])
def test_a_step_on_another_quantity_stays_to_check(text):
    assert not propose(text, "6", "x").confident

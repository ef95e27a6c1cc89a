"""What review 12 mended in the merge of review11, tune13, tune14, probe4 and tune15.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

import pytest

from services.frameworks import reading
from services.frameworks.proposal import propose
from tests.proposals import D, readings, scored, sole


# ── a line said “为标准” as well as “为基准”: the key words let every wording the pattern reads through ──────────
@pytest.mark.parametrize("text, weight, at_line, above, below", [
    ("以50%为标准得3分,每提高1个百分点加0.5分,每降低1个百分点扣0.5分", "5", ("50", "3"), ("54", "5"), ("46", "1")),
    ("参保率以80%为标准,得2分,每增加5个百分点加1分,每减少5个百分点扣1分", "4", ("80", "2"), ("90", "4"), ("75", "1")),
])
def test_a_line_said_as_the_standard(text, weight, at_line, above, below):
    p = propose(text, weight, "占比")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["%"]
    assert not p.confident
    for value, score in (at_line, above, below):
        assert scored(p, {"vars": {"r": value}}) == D(score)[0]


@pytest.mark.parametrize("text, weight", [
    ("以50%为标准得3分,每提高1个百分点加0.5分", "5"),  # nothing said below the line
    ("以50%为标准得5分,每降低1个百分点扣0.5分", "5"),  # the 分值 at the line: a 达标线
    ("按标准得3分,每提高1个百分点加0.5分,每降低1个百分点扣0.5分", "5"),  # no line
])
def test_near_misses_of_a_line_said_as_the_standard(text, weight):
    assert not any(r.items and r.items[0]["type"] == "formula" and "每高" in r.summary and "每低" in r.summary
                   for r in readings(text, weight))


# ── a count totalled to 0 (“累计为0”, “统计为0”) is no score of 0 said without its 分 (“迟报的记为0”) ─────────────────
@pytest.mark.parametrize("text, weight", [
    ("有效投诉累计为0的得5分,1-2件得3分,3件以上不得分", "5"),
    ("差错统计为0的得满分,差错1-2处得2分,3处以上不得分", "4"),
    ("安全事故合计为0的得3分,1起得1分,2起以上不得分", "3"),
])
def test_a_count_totalled_to_zero_is_no_zero_said(text, weight):
    p = propose(text, weight, "投诉")
    sole(p, "tiers")
    assert not any("没有得0分的情形" in u for u in p.unplaced), p.unplaced
    assert scored(p, {"value": "0"}) == D(weight)[0]
    assert scored(p, {"value": "5"}) == D(0)[0]


@pytest.mark.parametrize("text", ["被通报的该项为0", "迟报的记为0", "未报送的计为0"])
def test_a_score_of_zero_without_its_fen_is_still_a_zero(text):
    assert reading._ZERO.search(text)


# ── “其余依次递减1分”: the points of each lower grade or place stepping down, never a situation of its own ─────────
@pytest.mark.parametrize("text, weight", [
    ("评为优秀的得5分,其余依次递减1分", "5"),
    ("A档得4分,其他档次依次递减1分", "4"),
    ("综合排名在全市前列的得满分,其余逐级递减0.5分", "3"),
    ("获国家级奖励得5分,其余依次减少1分", "5"),
    ("评为一类的得5分,其余类别递减1分", "5"),
])
def test_points_stepping_down_are_no_situation(text, weight):
    p = propose(text, weight, "等次")
    assert not p.confident, p.summary
    assert p.kind != "choice" or any("逐档递减" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("评为优秀的得5分,良好的得3分,合格的得1分", "5"),  # each grade with its points
    ("能耗同比减少的得3分,未减少的不得分", "3"),  # 减少 is what is measured, no step
    ("能耗逐年递减的得3分,未递减的不得分", "3"),  # what is measured falls
])
def test_situations_of_their_own_are_no_step(text, weight):
    p = propose(text, weight, "等次")
    assert not any("逐档递减" in u for u in p.unplaced), p.unplaced

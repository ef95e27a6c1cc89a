"""Two wordings of tenders' scoring tables: the places of a rank listed with their points, an equal step down between
them, and so on (“价格最低的得10分,第二低的得8分,以此类推,最低分为2分”, “第一名得10分,第二名得8分,以此类推,扣完为止”): a
formula over the place, from the 分值 down by the step, not below the floor said; and a closing sentence naming the
proof a case is counted by, nothing without it (“注:须提供合同关键页复印件加盖公章作为证明材料,否则不得分”, “注:不提供
证书不得分”): the scoring before it is read, the sentence said back to check (the evaluator counts only proven cases) —
each with the rule it must give, its scores in a few situations, and the near misses that must not be read that way.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, met_or_not, readings, types


# ── the places of a rank listed, then so on ─────────────────────────────────
@pytest.mark.parametrize("text,weight,scores,sure", [
    # (place 1, 2, 3, 4, 5, 6)
    ("价格最低的得10分,第二低的得8分,以此类推,最低分为2分", "10", ["10", "8", "6", "4", "2", "2"], True),
    ("报价最低的得6分,次低的得5分,依此类推,最低得3分", "6", ["6", "5", "4", "3", "3", "3"], True),
    ("第一名得5分,第二名得4分,第三名得3分,以此类推,扣完为止", "5", ["5", "4", "3", "2", "1", "0"], True),
    ("排名第1的得8分,第2名得6分,以此类推,扣完为止", "8", ["8", "6", "4", "2", "0", "0"], True),
    # (no stop said: read on to 0, to check)
    ("第一名得10分,第二名得7分,依此类推", "10", ["10", "7", "4", "1", "0", "0"], False),
    # (a lead and a closing remark scoring nothing: left to check)
    ("比较各投标人报价,报价最低的得10分,第二低的得8分,以此类推,最低分为2分;最低报价不作为中标的唯一依据",
     "10", ["10", "8", "6", "4", "2", "2"], False),
])
def test_places_listed_then_so_on_step_down_by_place(text, weight, scores, sure):
    p = propose(text, weight, "价格分")
    assert types(p) == ["formula"] and p.confident == sure, (p.summary, p.unplaced)
    assert [by_vars(p, str(r)) for r in range(1, 7)] == [Decimal(x) for x in scores]


@pytest.mark.parametrize("text,weight", [
    ("第一名得10分,第二名得8分,第三名得5分,以此类推", "10"),  # places off one step: no rank of a step
    ("第一名得8分,第二名得6分,以此类推", "10"),  # the first place below the 分值
    ("第一名得10分,第二名得8分,以此类推,最低得12分", "10"),  # a floor above the first place
    ("第一名得10分,第二名得8分", "10"),  # no so on: the places listed only
])
def test_places_not_on_one_step_or_not_so_on_are_no_such_rank(text, weight):
    assert not any("此后每1名扣" in f.summary for f in readings(text, weight))
    p = propose(text, weight, "")
    assert not (types(p) == ["formula"] and p.confident), (p.summary, p.unplaced)


# ── a closing sentence naming the proof a case is counted by ────────────────
@pytest.mark.parametrize("text,weight,per", [
    ("投标人近三年承接过同类项目的,每个得4分,本项最多得12分;注:以合同签订日期为准,须提供合同关键页复印件加盖公章作为证明材料,"
     "否则不得分", "12", "4"),
    ("拟派项目团队成员具有中级及以上职称的,每人得2分,最多得6分;注:不提供证书不得分", "6", "2"),
    ("每提供1份同类项目中标通知书得3分,最多得9分;须附中标通知书复印件,未提供的不得分", "9", "3"),
])
def test_a_per_case_score_then_proof_asked_is_read_without_the_proof(text, weight, per):
    p = propose(text, weight, "业绩")
    assert types(p) == ["formula"] and not p.confident, (p.summary, p.unplaced)
    assert by_vars(p, "0") == 0 and by_vars(p, "1") == Decimal(per)
    assert by_vars(p, "9") == Decimal(weight)
    assert any("证明材料的要求" in u for u in p.unplaced)


def test_a_requirement_then_proof_asked_is_met_or_not():
    p = propose("投标人具有建筑工程施工总承包二级及以上资质的得5分;须提供资质证书复印件加盖公章,否则不得分", "5", "资质")
    assert len(p.items) == 1 and not p.confident, (p.summary, p.unplaced)
    if types(p) == ["all_or_nothing"]:
        assert met_or_not(p) == (Decimal(5), 0)


@pytest.mark.parametrize("text,weight", [
    ("每提供1份同类项目业绩得3分,最多得9分;未提供的扣2分", "9"),  # a cost of its own, not a proof asked
    ("每提供1份同类项目业绩得3分,最多得9分;须提供合同复印件,否则扣3分", "9"),  # proof missing costs points
])
def test_a_closing_sentence_that_scores_is_no_proof_asked(text, weight):
    p = propose(text, weight, "")
    assert not any("证明材料的要求" in u for u in p.unplaced), (p.summary, p.unplaced)

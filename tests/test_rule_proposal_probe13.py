"""Made-up texts of 情形选择 (situations to pick from: by role, level, grade, rank, how far a thing is done) that were read
confidently although a case they leave unsaid (no part taken, nothing done) could not be entered, and the near misses
beside them whose listed situations are exhaustive.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item


def _options(text: str, weight: str = "10") -> tuple[bool, list[tuple[str, Decimal]]]:
    p = propose(text, weight, "指标")
    assert len(p.items) == 1 and p.items[0]["type"] == "choice", (p.summary, p.items)
    return p.confident, [(o["label"], Decimal(o["score"])) for o in p.items[0]["params"]["options"]]


def _scores(text: str, weight: str = "10") -> list[Decimal | None]:
    """What each situation of the text's 情形选择 scores, in order."""
    p = propose(text, weight, "指标")
    item = p.items[0]
    assert check_item(item) == []
    return [score_item(item, {"option": o["key"]}).score for o in item["params"]["options"]]


def _none_added(text: str) -> None:
    """The text's 情形选择 is to check, with 以上情形均不符合 at 0 added last."""
    sure, options = _options(text)
    assert not sure
    assert options[-1] == ("以上情形均不符合", Decimal(0))
    assert _scores(text)[-1] == 0


def _sure_as(text: str, expected: list[tuple[str, int]]) -> None:
    """The text's 情形选择 is confident, its situations ``expected`` (label, score), each scoring its score."""
    sure, options = _options(text)
    assert sure
    assert options == [(label, Decimal(x)) for label, x in expected]
    assert _scores(text) == [Decimal(x) for _label, x in expected]


# ── roles: the other ones taking part (其他联名人, 其余参与单位) are a role, not every case below the first: taking no ──
# ── part (or a proposal not filed) is unsaid, scored 0 and to check ──────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "联名提案被立案的，第一提案人计10分，其他联名人计5分",
    "联名提案被立案的,第一提案人计10分,其他联名人计5分",
    "牵头单位得10分，其余参与单位得5分",
    "主要完成人得10分，其他参与人员得5分",
    "课题主持人得10分,其他成员的得6分",
    "牵头部门得10分；其它配合部门得6分",
    "主要领导参加的得10分，其他领导参加的得6分",
    "主要负责人参训的得10分，其他人员参训的得5分",
])
def test_the_other_ones_taking_part_leave_taking_none_unsaid(text: str) -> None:
    _none_added(text)


# near misses: “其他情况/其他/其余的” takes in every case below the others, nothing is left unsaid
@pytest.mark.parametrize(("text", "expected"), [
    ("优秀得10分，其他情况得5分", [("优秀", 10), ("其他情况", 5)]),
    ("主要领导参加的得10分，其他领导参加的得6分，未参加的不得分",
     [("主要领导参加", 10), ("其他领导参加", 6), ("未参加", 0)]),
    ("排名第一的得10分，第二的得8分，第三的得6分，其余的得3分",
     [("排名第一", 10), ("第二", 8), ("第三", 6), ("其余", 3)]),
    ("承办国家级会议的得10分，承办省级会议的得6分，其他不得分",
     [("承办国家级会议", 10), ("承办省级会议", 6), ("其他", 0)]),
])
def test_every_other_case_is_said(text: str, expected: list[tuple[str, int]]) -> None:
    _sure_as(text, expected)


# ── how far a thing is done: a part done (部分完成, 部分落实) is no floor: nothing done is unsaid, scored 0 and to check ──
@pytest.mark.parametrize("text", [
    "全部完成得10分，部分完成得5分",
    "项目全部开工的得10分，部分开工的得5分",
    "按计划全部落实的得10分;部分落实的得6分",
    "全部覆盖(10分)，部分覆盖(5分)",
    "有计划，全部落实得10分，有计划，部分落实得5分",
    "资料齐全得10分，资料部分齐全得5分",
])
def test_a_part_done_leaves_nothing_done_unsaid(text: str) -> None:
    _none_added(text)


# near misses: the case of nothing done is said, or the lowest names a lack
@pytest.mark.parametrize(("text", "expected"), [
    ("整改全部到位得10分，部分到位得5分，未整改不得分", [("整改全部到位", 10), ("部分到位", 5), ("未整改", 0)]),
    ("全部公开得10分，部分公开得5分，未公开不得分", [("全部公开", 10), ("部分公开", 5), ("未公开", 0)]),
    ("资料齐全得10分，资料不全得5分", [("资料齐全", 10), ("资料不全", 5)]),
])
def test_nothing_done_is_said(text: str, expected: list[tuple[str, int]]) -> None:
    _sure_as(text, expected)


# ── a sanction beside a praise: “…表扬的得10分,…批评的扣10分” — the deduction takes all the 分值, yet neither holding is ──
# ── as possible as both: two situations do not cover them (to check) ─────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "weight"), [
    ("被上级通报表扬的得10分，被通报批评的扣10分", "10"),
    ("被评为先进单位的得5分，被通报批评的扣5分", "5"),
    ("获得表彰的得10分，受到通报批评的扣10分", "10"),
    ("受到上级肯定的得10分;受到约谈的扣10分", "10"),
])
def test_a_sanction_beside_a_praise_is_to_check(text: str, weight: str) -> None:
    assert not _options(text, weight)[0]


# near misses: the deducted situation is the full one denied, the two cover every case
@pytest.mark.parametrize(("text", "expected"), [
    ("按规定公开的得10分，未按规定公开的扣10分", [("按规定公开", 10), ("未按规定公开", 0)]),
    ("按规定公开的得10分，未按规定公开的扣5分", [("按规定公开", 10), ("未按规定公开", 5)]),
    ("制度健全得10分，制度不健全扣10分", [("制度健全", 10), ("制度不健全", 0)]),
    ("领导小组健全的得10分，机构不健全扣10分", [("领导小组健全", 10), ("机构不健全", 0)]),
    ("无安全事故的得10分，出现安全事故扣10分", [("无安全事故", 10), ("出现安全事故", 0)]),
])
def test_a_deduction_for_the_full_situation_denied_is_sure(text: str, expected: list[tuple[str, int]]) -> None:
    _sure_as(text, expected)


# ── two requirements joined, the lesser situation the first done without the second (“开展检查未形成报告”): the case of ──
# ── neither is unsaid, to check ──────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "开展专项检查且形成报告的得10分，开展检查未形成报告的得5分",
    "有应急预案并组织演练的得10分，有预案未演练的得5分",
    "建立台账并按月更新的得10分;建立台账未及时更新的得6分",
    "制定实施方案并组织实施的得10分，制定方案未实施的得4分",
])
def test_the_first_requirement_without_the_second_leaves_neither_unsaid(text: str) -> None:
    assert not _options(text)[0]


# near misses: the case of neither is said, or the lesser situation names no thing done
@pytest.mark.parametrize(("text", "expected"), [
    ("开展专项检查且形成报告的得10分，开展检查未形成报告的得5分，未开展检查的不得分",
     [("开展专项检查且形成报告", 10), ("开展检查未形成报告", 5), ("未开展检查", 0)]),
    ("有应急预案且组织演练的得10分，有预案未演练的得5分，无预案的不得分",
     [("有应急预案且组织演练", 10), ("有预案未演练", 5), ("无预案", 0)]),
    ("按时完成的得10分，未按时完成的得5分，未完成的不得分", [("按时完成", 10), ("未按时完成", 5), ("未完成", 0)]),
    ("按期全部完成得10分，逾期完成得5分，逾期未完成得2分", [("按期全部完成", 10), ("逾期完成", 5), ("逾期未完成", 2)]),
    ("全部公开得10分，部分未公开得5分", [("全部公开", 10), ("部分未公开", 5)]),
])
def test_neither_is_said(text: str, expected: list[tuple[str, int]]) -> None:
    _sure_as(text, expected)

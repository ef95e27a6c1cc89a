"""Made-up texts that the proposer once read confidently and wrong (choices, tiers, checklists and the readings of
lettered bands, cells, bracketed points and caps), each with near misses: the rule they must give, or a flag.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, scores, sole


# ── “得半分” is half of the 分值, not 0.5 points: to check; “扣半分” stays a deduction of 0.5 ──────────────────────
@pytest.mark.parametrize("text, weight", [
    ("有且落实得满分，有但未落实得半分，无不得分", "4"),
    ("有且落实得满分，有但未落实的得半分", "4"),
    ("落实得2分，部分落实计半分", "2"),
])
def test_half_the_points_earned_is_no_half_point(text, weight):
    p = propose(text, weight, "制度落实")
    assert not p.confident
    assert all(o["score"] != "0.5" for it in p.items if it["type"] == "choice" for o in it["params"]["options"])


def test_near_miss_half_a_point_deducted_per_case():
    p = propose("每次扣半分，扣完为止", "3", "日常管理")
    assert sole(p, "deduction") == {"per": "0.5", "unit": "次"}
    assert by_count(p, "2") == D("2")[0]


# ── a clause scoring a situation the rule holds nowhere (“…各得1分,工作突出的得满分”): to check ─────────────────────
@pytest.mark.parametrize("text, weight, word", [
    ("制定方案、召开会议、报送总结各得1分，工作突出的得满分", "3", "工作突出"),
    ("制定方案、召开会议、报送总结各得1分，排名全市前三的满分", "3", "排名全市前三"),
    ("落实得满分，部分落实扣2分，未落实不得分，获省级表彰的满分", "4", "获省级表彰"),
    ("建立台账得1分，台账规范得1分；被评为示范单位的得满分", "2", "以上情形均不符合"),  # read as situations
])
def test_a_situation_the_rule_does_not_hold_is_to_check(text, weight, word):
    p = propose(text, weight, "工作落实")
    assert not p.confident
    assert any(word in u for u in p.unplaced), p.unplaced
    assert not (len(p.items) > 1 and all(it["type"] == "all_or_nothing" for it in p.items))  # no rule for each part


@pytest.mark.parametrize("text, weight, kind", [
    ("制定方案、召开会议、报送总结各得1分。", "3", "checklist"),
    ("好得3分，较好得2分，差不得分", "3", "choice"),  # one-character situations stand in their clauses
    ("有方案，且内容完整，得3分；有方案但内容不完整，得1分；无方案，不得分", "3", "choice"),
])
def test_near_miss_situations_all_held(text, weight, kind):
    p = propose(text, weight, "工作落实")
    assert p.kind == kind and p.confident, p.unplaced


# ── a score said after a band or a situation in words of its own (“被通报的为0分”, “…的该项为0”, “…的不超过1分”) ────────
@pytest.mark.parametrize("text, weight", [
    ("A、≥95%,10分;B、90%≤X<95%,7分;C、X<90%,3分，被通报的为0分", "10"),  # no band of a value equal to 0
    ("误差率不超过1%得3分，超过1%不超过3%得2分，超过3%不得分，被通报的为0分", "3"),
    ("好得3分，较好得2分，差不得分，被通报的该项为0", "3"),
    ("好得3分，较好得2分，差不得分，被通报的不超过1分", "3"),
    ("制定方案得1分，召开会议得1分，报送总结得1分，被通报的该项为0", "3"),
    ("每发现1处无禁烟标识扣1分,扣完为止，被通报的该项为0", "3"),
    ("覆盖率达到100%每少1个百分点扣1分，扣完为止，被通报的不超过1分", "5"),
    ("制定方案、召开会议、报送总结各得1分，迟报的记为0", "3"),
    ("开展培训4次得5分，每少1次扣1.5分，扣完为止，迟报的记为0", "5"),
])
def test_a_score_said_in_words_of_its_own_is_to_check(text, weight):
    p = propose(text, weight, "工作落实")
    assert not p.confident, p.summary
    for it in p.items:
        assert not any(tr.get("min") == "0" and tr.get("max") == "0" for tr in (it["params"].get("tiers") or []))


@pytest.mark.parametrize("text, weight, values, expected", [
    ("完成率为100%得5分，不低于90%得3分，低于90%不得分", "5", [100, 95, 50], [5, 3, 0]),  # 为 opening a band
    ("完成率达到100%得5分，达到90%得3分，低于90%的为0分", "5", [100, 95, 50, 0], [5, 3, 0, 0]),  # the band's own score
])
def test_near_miss_values_that_are_values(text, weight, values, expected):
    p = propose(text, weight, "完成率")
    assert p.kind == "tiers" and p.confident, p.unplaced
    assert scores(p, values) == D(*expected)


# ── a deduction of another amount beside a line's step (“…得5分(被通报的扣1分),每少1次扣1.5分”): another fault ─────
@pytest.mark.parametrize("text, weight", [
    ("开展培训4次得5分(被通报的扣1分)，每少1次扣1.5分，扣完为止", "5"),
    ("建档率达95%(数据不实的扣3分)每降低1个百分点扣2分,扣完为止", "10"),
])
def test_another_amount_beside_a_line_is_to_check(text, weight):
    p = propose(text, weight, "培训")
    assert not p.confident, p.summary


@pytest.mark.parametrize("text, weight, values, expected", [
    ("覆盖率达到100%每少1个百分点扣1分，扣完为止", "5", [100, 98, 90], [5, 3, 0]),
    ("建档率达95%每降低1个百分点扣2分，扣完10分为止", "10", [95, 93, 80], [10, 6, 0]),
])
def test_near_miss_a_line_and_its_step_alone(text, weight, values, expected):
    p = propose(text, weight, "覆盖率")
    assert p.kind == "threshold" and p.confident, p.unplaced
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text", [
    "每发现1处无禁烟标识扣1分,每处整改不到位再扣1分,扣完为止",
    "每发现1处卫生死角扣0.5分,被通报的另扣0.5分,扣完为止",
])
def test_a_deduction_on_top_of_the_case_is_to_check(text):
    p = propose(text, "5", "环境卫生")
    assert not p.confident, p.summary


def test_near_miss_one_deduction_per_case():
    p = propose("每发现1处无禁烟标识扣1分,扣完为止", "5", "控烟")
    assert sole(p, "deduction") == {"per": "1", "unit": "处"} and p.confident
    assert by_count(p, "2") == 3

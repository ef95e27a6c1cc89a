"""Texts the normaliser rewrites where the rewrite must not make them sure:

- a dash before points in a table of the scores of situations (“无投诉—5分,有投诉—0分”, “无差错—5分,有差错—2分”,
  “未发生安全事故—5分”): a score, not a minus, where any situation scores 0 after its dash or is a fault said not to be;
  a dash after a fault (“每缺一份台账—0.5分”) stays a minus;
- one fault's deductions capped short of the 分值 (“(2分封顶)”, “最多扣2分”) beside “扣完为止”, the stop at nothing: the
  two disagree on where the deducting stops, so the proposal is left to check; a cap of the whole 分值 is the stop.

Each class has made-up texts, with near misses that must not be read confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, picked, sole


# ── a dash in a table of scores is no minus ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "无投诉—5分,有投诉—0分",
    "未超支—5分,超支—0分",
    "未发生安全事故—5分",
    "未发生重大质量事故—5分",
    "无差错—5分,有差错—2分",
    "未出现问题—5分;出现问题—2分",
    "没有违规－4分;有违规－1分",
])
def test_a_dash_in_a_table_of_scores_is_no_minus(text):
    assert "扣" not in normalize(text)
    p = propose(text, "5", "安全管理")
    if p.confident:  # read as the scores of situations, never as points taken off
        assert p.kind == "choice"
        assert picked(p, 0) == 5


@pytest.mark.parametrize("text, weight, per", [
    ("每缺一份台账—0.5分,扣完为止", "5", "0.5"),
    ("每缺少一项记录—1分，扣完为止", "5", "1"),
    ("每发现一处隐患未整改—1分,扣完为止", "4", "1"),
])
def test_near_miss_a_dash_after_a_fault_stays_a_minus(text, weight, per):
    assert "扣" in normalize(text)
    p = propose(text, weight, "安全管理")
    assert p.confident
    assert sole(p, "deduction")["per"] == per
    assert by_count(p, "2") == int(weight) - 2 * float(per)


# ── one fault's cap short of the 分值 beside 扣完为止 ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "每发现1处问题扣1分(2分封顶),扣完为止",
    "每发现1处问题扣1分(扣2分封顶),扣完为止",
    "每处资料缺失扣0.5分,最多扣2分,扣完为止",
    "每迟报1次扣1分（最多扣3分），直至扣完",
])
def test_a_cap_short_of_the_points_beside_a_stop_at_nothing_is_to_check(text):
    assert not propose(text, "5", "资料管理").confident


@pytest.mark.parametrize("text", [
    "每发现1处问题扣1分(最多扣5分),扣完为止",
    "每发现1处问题扣1分,扣完为止",
])
def test_near_miss_a_cap_of_the_whole_points_is_the_stop(text):
    p = propose(text, "5", "资料管理")
    assert p.confident
    assert by_count(p, "3") == 2 and by_count(p, "9") == 0

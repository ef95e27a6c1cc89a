"""Made-up texts that were read confidently and wrong among the readings of the latest round (a line said by 以上
after its figure, a line reached or passed), and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, picked, scores, to_check


# ── a line on a change against a base (“覆盖率较上年提升25%以上的得满分”): the row's value (its 覆盖率) is not what the ──
# ── line is on; which figure is entered, the rate or its rise, is to check ───────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "覆盖率较上年提升25%以上的得满分,未达到的不得分",
    "覆盖率较上年度25%以上的得满分,未达到的不得分",
    "覆盖率上升25%以上的得满分,未达到的不得分",
    "覆盖率涨幅25%以上的得满分,达不到的不得分",
    "覆盖率较基期25%(含)以上的得满分,未达到的不得分",
    "覆盖率较上年达到25%以上的得满分,否则不得分",
    "覆盖率同比达到25%以上的得满分,否则不得分",
    "覆盖率较上年不低于25%的得满分,否则不得分",
    "覆盖率较上年≥25%得5分,<25%不得分",
    "覆盖率较上年提升≥25%得5分,否则不得分",
    "覆盖率达到上年的90%以上的得满分,否则不给分",
])
def test_a_line_on_a_change_against_a_base_is_to_check(text):
    to_check(text, "5", "基数")


@pytest.mark.parametrize("text, name", [
    ("覆盖率25%以上的得满分,未达到的不得分", "卫生厕所覆盖率"),
    ("覆盖率为25%以上的得满分,未达到的不得分", "卫生厕所覆盖率"),
    ("覆盖率达到25%以上的得满分,否则不得分", "卫生厕所覆盖率"),
    ("占比达到25%以上的得满分,否则不得分", "绿色产品占比"),  # 占比, a share, is no comparison
    ("较上年提升25%以上的得满分,未达到的不得分", "覆盖率提升幅度"),  # the name says the change: it is entered
    ("覆盖率较上年提升≥25%得5分,否则不得分", "覆盖率同比提升"),
])
def test_near_miss_a_line_on_the_value_named_stays_sure(text, name):
    p = propose(text, "5", name)
    assert p.confident and p.kind == "tiers", p.unplaced
    assert scores(p, [30, 25, 20]) == D(5, 5, 0)


# ── a fault of another matter costing the whole 分值 beside the full situation (“建立制度得10分;未开展培训扣10分”): ─────
# ── both may hold (the row then scores nothing) or neither; a choice lets the full one be picked ──────────────────────
@pytest.mark.parametrize("text", [
    "建立制度得10分;未开展培训扣10分",
    "①建立制度得10分;②未开展培训扣10分",
    "1.制定实施方案的,得10分;2.方案未报批的,扣10分",
    "建立项目库计10分,当年无新入库项目的扣10分",
    "①未建立制度扣10分;②未开展培训扣10分;③资料齐全的得10分",
    "全部完成得10分,未完成不得分,未开展自查的扣10分",
])
def test_a_fault_of_another_matter_taking_all_beside_the_full_situation_is_to_check(text):
    to_check(text, "10", "可能同时出现")


@pytest.mark.parametrize("text", [
    "按时报送得10分,逾期扣10分",  # a lesser degree, no matter of its own
    "有方案得10分,无方案扣10分",  # the full situation denied
    "机构健全计10分,机构不健全扣10分",
    "按时完成得10分;未按要求完成扣10分",
    "资料齐全得10分,缺少资料扣10分",
    "严格执行财务制度得10分,未执行财务制度的扣10分",
])
def test_near_miss_the_full_situation_denied_stays_a_sure_choice(text):
    p = propose(text, "10", "指标")
    assert p.confident and p.kind == "choice", p.unplaced
    assert [picked(p, k) for k in range(2)] == D(10, 0)

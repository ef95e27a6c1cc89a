"""Deductions per point measured on site, the point counted as one case of the fault:

- “选10个点测定,1点不符合要求扣1分”, “1点不合格扣0.5分”: one point (点) found at a fault (不符合, 不合格, 不达标) and
  its deduction, read per point (``deduction._ONE_FIRST``), the points entered as 个 — to check, as every one-case reading.

Near misses: a time of day (“下午1点不到岗扣1分”), a point not followed by a fault, a deduction not less than the 分值.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, sole


@pytest.mark.parametrize("text, weight, per", [
    ("查现场。沿巷道均匀选 8 个点测量，1点不符合要求扣1分", "4", "1"),
    ("现场抽测20个点,1点不合格扣0.5分", "5", "0.5"),
    ("抽查墙面平整度,1点不达标扣1分", "3", "1"),
])
def test_one_point_at_a_fault_is_per_point(text, weight, per):
    p = propose(text, weight, "质量")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert not p.confident
    assert by_count(p, "2") == max(0, float(weight) - 2 * float(per))


@pytest.mark.parametrize("text, weight", [
    ("下午1点不到岗扣1分", "4"),
    ("1点钟前未到岗扣1分", "4"),
    ("1点不符合要求扣5分", "4"),
])
def test_not_a_point_at_a_fault(text, weight):
    p = propose(text, weight, "质量")
    assert not (p.kind == "deduction" and p.items[0]["params"].get("per") == "1" and "点" in p.summary)

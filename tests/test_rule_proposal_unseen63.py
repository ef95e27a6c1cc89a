"""Points that add up to the 分值 but are written as degrees of one state (“表面有浅灰得2分,积灰较厚或面积较广给1分”,
“资料完整得2分,较完整给1分”): they may be grades to pick one of, with the full 分值 for none of them, so the 要点核查 is
never proposed confidently. Points that are separate requirements stay a confident 要点核查.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import sole


@pytest.mark.parametrize("text, weight", [
    ("表面有浅灰得2分,积灰较厚或面积较广给1分。", "3"),
    ("地面有少量纸屑得3分,纸屑较多给1分。", "4"),
    ("台账完整得2分,较完整得1分。", "3"),
    ("存在轻微问题得2分,问题严重得1分", "3"),
    ("物品摆放较整齐得2分;摆放稍有凌乱得1分", "3"),
])
def test_points_written_as_degrees_are_to_check(text, weight):
    p = propose(text, weight, "现场管理")
    sole(p, "checklist")
    assert not p.confident
    assert any("程度" in n for n in p.notes), p.notes


@pytest.mark.parametrize("text, weight", [
    ("建立管理制度得2分,制度执行到位得1分。", "3"),
    ("有年度工作计划得1分;有工作总结得1分;台账齐全得1分", "3"),
])
def test_separate_requirements_stay_a_sure_checklist(text, weight):
    p = propose(text, weight, "制度建设")
    sole(p, "checklist")
    assert p.confident

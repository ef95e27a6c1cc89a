"""Points that add up, one of them naming a measure of how well rather than a thing done or not (“在规定的时间之内将相关
报告交到指定处(1分)报告的质量(2分)”, “台账规范(2分),记录的完整性(1分)”): a rater may give part of such a point's
points, so the 要点核查 is to check, its points read the same. Near misses stay as they were: points that are states
reached (“内容完整”), things done to a measure (“公开扶贫成效1分”, “不断提高教学水平”), a mass weighed in an experiment
(“每一个钩码的质量”)."""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import sole


@pytest.mark.parametrize("text, weight, labels", [
    ("在规定的时间之内将相关报告交到指定处(1分)报告的质量(2分)", "3", ["在规定的时间之内将相关报告交到指定处", "报告的质量"]),
    ("按时提交月报(1分),月报质量(2分)", "3", ["按时提交月报", "月报质量"]),
    ("台账规范(2分),记录的完整性(1分)", "3", ["台账规范", "记录的完整性"]),
    ("方案按期完成2分,方案的合理性3分", "5", ["方案按期完成", "方案的合理性"]),
])
def test_a_point_naming_how_well_is_to_check(text, weight, labels):
    p = propose(text, weight, "指标")
    params = sole(p, "checklist")
    assert [pt["label"] for pt in params["points"]] == labels
    assert not p.confident
    assert any("好坏程度" in str(n) for n in p.notes)


@pytest.mark.parametrize("text, weight", [
    ("资料齐全(1分)内容完整(2分)", "3"),
    ("公开扶贫政策1分,公开扶贫对象1分,公开扶贫成效1分", "3"),
])
def test_points_that_are_things_done_stay_as_they_were(text, weight):
    p = propose(text, weight, "指标")
    sole(p, "checklist")
    assert not any("好坏程度" in str(n) for n in p.notes)

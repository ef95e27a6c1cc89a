"""A title carrying the row's points before its scoring (“一、组织领导(10分)成立领导小组,得4分;…”, “★基础工作(8分)…”,
“项目决策(20分)——…”): the title names the row and its points are what the scoring that follows shares out, never an
option nor a point to earn of its own.

- the title's points the 分值, run straight into the rule (no stop, or “:”, “,”, “——”) whose points add up to them or
  whose best is them: the rule read alone, as when the title is a sentence of its own (“条件保障(2分)。…”);
- the title's points other than the 分值, shared out by what follows: the title is the heading of those points, never
  a point of its own, and the proposal is to check;
- near misses: the first of situations with its points in brackets (“全部完成(5分)部分完成得3分…”), grades, points each
  in brackets after their words (“符合法律法规(2分)符合发展规划(1分)…”).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, maxes, picked, point_labels, readings, sole, ticks


# ── a title with the 分值 run into points that add up to it ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, labels, pts", [
    ("1.志愿服务(6分)按照活动方案,有组织、有记录、有总结,得4分。服务对象满意,无投诉现象,得2分。", "6",
     ["按照活动方案,有组织、有记录、有总结", "服务对象满意,无投诉现象"], [4, 2]),
    ("一、组织领导(10分)成立领导小组,得4分;制定实施方案,得6分。", "10", ["成立领导小组", "制定实施方案"], [4, 6]),
    ("★基础工作(8分)台账完整得5分,档案规范得3分。", "8", ["台账完整", "档案规范"], [5, 3]),
    ("项目决策(20分)——立项依据充分得12分,程序规范得8分。", "20", ["立项依据充分", "程序规范"], [12, 8]),
    ("(二)项目管理(9分)项目按计划实施得5分,验收合格得4分。", "9", ["项目按计划实施", "验收合格"], [5, 4]),
    ("宣传培训（3分）：开展培训得2分；开展宣传得1分。", "3", ["开展培训", "开展宣传"], [2, 1]),
])
def test_title_with_the_weight_before_points(text, weight, labels, pts):
    p = propose(text, weight, "指标")
    sole(p, "checklist")
    assert p.confident, p.unplaced
    assert point_labels(p) == labels
    assert maxes(p) == D(*pts)
    assert ticks(p, True, False) == D(pts[0])[0]
    assert ticks(p, False, True) == D(pts[1])[0]


# ── a title with the 分值 run into situations, the best on it ──────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("1.宣传报道(3分)有宣传得3分,无宣传不得分。", "3", [3, 0]),
    ("2.信息报送(4分)按时报送得4分,逾期报送得2分,未报送不得分。", "4", [4, 2, 0]),
])
def test_title_with_the_weight_before_situations(text, weight, scores):
    p = propose(text, weight, "指标")
    params = sole(p, "choice")
    assert p.confident, p.unplaced
    assert len(params["options"]) == len(scores)
    assert [picked(p, k) for k in range(len(scores))] == D(*scores)
    assert all(o["label"] not in ("宣传报道", "信息报送") for o in params["options"])


# ── a title with points other than the 分值, shared out by what follows ───────────────────────────────────────
@pytest.mark.parametrize("text, weight, title", [
    ("1.团队建设(5分)按照计划开展培训得3分。无人员流失得2分。", "10", "团队建设"),
    ("一、档案管理(4分)档案齐全得3分,归档及时得1分。", "8", "档案管理"),
])
def test_title_of_other_points_is_no_point(text, weight, title):
    p = propose(text, weight, "指标")
    assert not p.confident
    for found in readings(text, weight):
        for it in found.items:
            labels = [x["label"] for x in it["params"].get("points", []) + it["params"].get("options", [])]
            assert title not in labels, found.summary


# ── near misses: situations or points, not a title ─────────────────────────────────────────────────────────────
def test_first_situation_in_brackets_is_no_title():
    p = propose("全部完成(5分)部分完成得3分,未完成不得分", "5", "指标")
    params = sole(p, "choice")
    assert params["options"][0]["label"] == "全部完成"
    assert [picked(p, k) for k in range(3)] == D(5, 3, 0)


def test_grade_in_brackets_is_no_title():
    p = propose("优秀(5分)良好得3分,合格得2分", "5", "指标")
    params = sole(p, "choice")
    assert [o["label"] for o in params["options"][:3]] == ["优秀", "良好", "合格"]


@pytest.mark.parametrize("text, weight, labels", [
    ("符合法律法规(2分)符合发展规划(1分)针对实际问题(1分)", "4", ["符合法律法规", "符合发展规划", "针对实际问题"]),
])
def test_points_each_in_brackets_are_no_title(text, weight, labels):
    p = propose(text, weight, "指标")
    sole(p, "checklist")
    assert point_labels(p) == labels

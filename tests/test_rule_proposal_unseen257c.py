"""Rows of practical exams (school laboratory tests, skills exams) the proposer left to judgement or read as a count:
a step of the task written as a bare requirement whose figures are the things it handles — the material taken, made
or used, the size of an instrument, the labels given (“取3支洁净的试管并编号为1、2、3,分别加入2滴…”, “用10mL的量筒量
5mL的水”, “组成4种…共10个”): a 全有或全无 on the 分值, to check, the figures named in the note (never a count to reach,
“不少于2个”, “3个以上”, nor a slogan in quotes, “三个离不开”); and the steps of a task each worth the same, not listed
(“考生按步骤完成各项操作,每一个步骤得20分”, “规范完成一个步骤得30分”): a 要点核查 of as many steps as the 分值 holds,
to check, as “每个观测点10分” is read (not a count of steps scored by a formula).

Made-up texts in the style of published 评分标准, with the scores of a few situations, and near misses that must not be
read that way. None of these readings is sure: every proposal is to check.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, point_labels, readings, sole, ticks


# ── a step of a practical task, its figures the things it handles ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("1.取两支洁净的试管并编号为 1、2,分别加入 3 滴碘液。", "10"),
    ("用50mL的量筒量取20mL蒸馏水", "1"),
    ("能选出凸透镜、光屏和一个蜡烛做实验", "1"),
    ("2.用牙签挑取少量菌液,制作一张临时装片。", "5"),
    ("正确连接导线,组成含2节干电池的串联电路", "2"),
])
def test_a_step_with_the_things_it_handles_is_all_or_nothing(text, weight):
    p = propose(text, weight, "实验操作")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (D(weight)[0], D(0)[0])
    assert not p.confident
    assert any("条件中的数值由评价组判断是否达到" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("组织开展宣传活动不少于2个", "4"),       # a count to reach (read as a line of its own, never as things handled)
    ("建成3个以上示范点", "6"),
    ("每2个班级配备1名管理员", "2"),          # a step
    ("树立“四个意识”,坚定“四个自信”", "8"),  # a slogan, no material
])
def test_near_miss_counts_to_reach_and_slogans_are_no_step(text, weight):
    for r in readings(text, weight):
        assert not any("条件中的数值由评价组判断是否达到" in x for x in r.doubts or ()), (text, r.summary)
    assert not propose(text, weight, "指标").confident


def test_near_miss_each_in_turn_with_points_is_no_step():
    # “分别得” scores: situations with their points, never a step done to each thing
    for r in readings("市级、县级分别得2分、1分", "3"):
        assert r.items[0]["type"] != "all_or_nothing", r.summary


# ── the steps of a task, each worth the same, not listed ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, n", [
    ("考生按步骤完成各项操作,步骤完整正确,每一个步骤得10分。", "40", 4),
    ("考生按步骤完成各项操作,规范完成一个步骤得25分", "150", 6),
    ("按步骤操作,每个步骤15分", "45", 3),
])
def test_steps_each_worth_the_same_are_points(text, weight, n):
    p = propose(text, weight, "技能操作过程")
    sole(p, "checklist")
    assert point_labels(p) == [f"第{i}个步骤" for i in range(1, n + 1)]
    each = D(weight)[0] / n
    assert ticks(p, *[True] * n) == D(weight)[0]
    assert ticks(p, *([True] * (n - 1) + [False])) == D(weight)[0] - each
    assert ticks(p, *[False] * n) == 0
    assert not p.confident


def test_near_miss_steps_short_of_the_weight_are_not_points():
    # 25 does not divide 60: no number of steps holds the 分值
    p = propose("考生按步骤完成各项操作,规范完成一个步骤得25分", "60", "技能操作过程")
    assert p.kind != "checklist"
    assert not p.confident

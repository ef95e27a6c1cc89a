"""Shapes left unread on the tuning set (round 4): the classes behind them.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus). Each class
is tried in several wordings; each proposal's type and parameters are checked and it is scored in a few situations;
near misses must not be read so.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, point_labels, readings, sole, ticks, types


# ── “每年召开会议少于2次的,扣1分”: one fault short of a count line, taken once (the count is the line, no cases) ──────
@pytest.mark.parametrize("text, weight, per, line", [
    ("每年组织开展专题调研少于2次的,扣1分", "3", "1", "少于2次"),
    ("每季度开展安全检查不足1次的,扣2分", "5", "2", "不足1次"),
    ("每月报送工作信息未达到2篇的扣0.5分", "2", "0.5", "未达到2篇"),
    ("年度内开展业务培训少于3期的,扣1.5分", "4", "1.5", "少于3期"),
])
def test_a_lone_fault_short_of_a_count_line_is_taken_once(text, weight, per, line):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert params["expression"] == ("max - a" if per == "1" else f"max - {per} * a")
    (variable,) = params["variables"]
    assert line in variable["label"] and variable["unit"] == ""  # a yes/no, the line in its words
    assert [by_vars(p, "0"), by_vars(p, "1")] == D(weight, D(weight)[0] - D(per)[0])
    assert not p.confident  # that nothing else costs points is read, not said


@pytest.mark.parametrize("text, weight", [
    ("每年开展检查少于2次,每少1次扣1分", "3"),  # a deduction per case short of the line
    ("开展检查少于2次或超过5次的,扣1分", "3"),  # two lines
    ("每年开展检查少于2次的扣1分,少于1次的扣2分", "3"),  # lines in steps
    ("每年开展检查少于2次的,扣3分", "3"),  # the whole 分值: a yes/no, not a fault off it
    ("每年检查覆盖率低于90%的,扣2分", "3"),  # a rate's line, not a count's
])
def test_near_misses_of_a_lone_fault_short_of_a_line_are_not_read_so(text, weight):
    assert not any(r.items[0]["type"] == "formula" and r.items[0]["params"]["expression"].endswith("* a")
                   and len(r.items[0]["params"]["variables"]) == 1 for r in readings(text, weight)), text


# ── “未确定1至2名专兼职管理人的,扣2分”: the persons a fault fails to staff are what is asked, not a count of cases ──────
@pytest.mark.parametrize("text, weight, maxes, staffed", [
    ("(1)未明确社区安全工作组织的,扣2分。(2)未确定1至2名专兼职安全管理人的,扣2分。", "4", ["2", "2"], 1),
    ("未配备1名专职安全员扣1分;未建立安全台账扣1分", "2", ["1", "1"], 0),
    ("没有指定至少1名联络员的,扣1分;未制定工作方案的,扣1分;未建立台账的,扣1分", "3", ["1", "1", "1"], 0),
])
def test_faults_staffing_persons_asked_for_are_points_to_check(text, weight, maxes, staffed):
    p = propose(text, weight, "指标")
    params = sole(p, "checklist")
    assert [pt["max"] for pt in params["points"]] == maxes
    assert any(ch.isdigit() for ch in point_labels(p)[staffed])  # the persons asked for stay in the point's words
    assert ticks(p, *[True] * len(maxes)) == D(weight)[0]
    assert ticks(p, *[i != staffed for i in range(len(maxes))]) == D(weight)[0] - D(maxes[staffed])[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight, per", [
    ("未配齐2名专职档案管理人员的,扣2分", "5", "2"),
    ("未配备1名专职统计人员的,扣1分", "3", "1"),
])
def test_a_lone_fault_staffing_persons_asked_for_is_taken_once(text, weight, per):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    (variable,) = params["variables"]
    assert variable["unit"] == ""  # a yes/no, not the persons counted
    assert [by_vars(p, "0"), by_vars(p, "1")] == D(weight, D(weight)[0] - D(per)[0])


@pytest.mark.parametrize("text, weight", [
    ("未建立组织机构扣2分;每少配备1名专职人员扣1分", "4"),  # 每少: each person short a case
    ("未配备专职人员,每少1名扣1分", "4"),
    ("未建立组织机构扣2分;缺1名专职人员扣2分", "4"),  # 缺1名: a person missing, counted
])
def test_persons_counted_short_are_still_counted(text, weight):
    p = propose(text, weight, "指标")
    assert "checklist" not in types(p)
    assert any(v.get("unit") == "名" for it in p.items for v in it["params"].get("variables", [])) or \
        p.items[-1]["params"].get("unit") == "名", p.items


# ── “组织不健全、活动开展不正常的各扣1分”: faults listed under 各, each saying its own lacking after its thing ─────────
@pytest.mark.parametrize("text, weight, amounts", [
    ("班子不健全、学习制度执行不到位的各扣1分;经费保障不落实的扣2分", "5", ["1", "1", "2"]),
    ("台账不规范、资料归档不及时的,各扣0.5分;未建立台账的扣1分", "2", ["0.5", "0.5", "1"]),
    ("队伍不稳定、培训开展不正常、考核不严格的各扣1分;未建立工作台账的扣2分", "5", ["1", "1", "1", "2"]),
])
def test_listed_faults_each_saying_their_own_lacking_are_one_each(text, weight, amounts):
    p = propose(text, weight, "指标")
    if p.kind == "checklist":  # the faults taking the whole 分值 between them: a 要点核查 of one point each
        assert [pt["max"] for pt in sole(p, "checklist")["points"]] == amounts
        assert ticks(p, *[False] + [True] * (len(amounts) - 1)) == D(weight)[0] - D(amounts[0])[0]
        return
    params = sole(p, "formula")
    variables = params["variables"]
    assert len(variables) == len(amounts) and all(v["unit"] == "" for v in variables)
    assert by_vars(p, *["0"] * len(amounts)) == D(weight)[0]
    assert by_vars(p, *(["1"] + ["0"] * (len(amounts) - 1))) == D(weight)[0] - D(amounts[0])[0]
    assert by_vars(p, *(["0"] * (len(amounts) - 2) + ["1", "0"])) == D(weight)[0] - D(amounts[-2])[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("调解率、成功率不达标的各扣1分;未建立台账扣2分", "4"),  # things under one test named after them
    ("组织健全、活动正常的各扣1分;经费不落实的扣2分", "4"),  # no lacking in the listed words: not faults each
])
def test_a_listing_under_one_test_is_not_split(text, weight):
    assert not any(r.items[0]["type"] == "formula" and len(r.items[0]["params"]["variables"]) == 3
                   for r in readings(text, weight)), text


# ── “党费80%留给支部不落实的扣1分”: a share the requirement asks, in a fault's words, is no count of cases ───────────
@pytest.mark.parametrize("text, weight", [
    ("会议记录不全的扣1分;经费70%用于一线不落实的扣1分", "3"),
    ("制度不健全扣1分;党费50%返还支部未执行的扣2分", "4"),
])
def test_a_share_asked_in_a_fault_is_its_words(text, weight):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert all(v["unit"] == "" for v in params["variables"]) and len(params["variables"]) == 2
    assert by_vars(p, "0", "1") < D(weight)[0] and by_vars(p, "0", "0") == D(weight)[0]


@pytest.mark.parametrize("text, weight", [
    ("制度不健全扣1分;合格率80%以下的扣2分", "4"),  # a line
    ("制度不健全扣1分;超过10%未整改的扣2分", "4"),  # a share over a line
])
def test_a_percentage_that_is_a_line_is_not_taken_for_words(text, weight):
    for r in readings(text, weight):
        if r.items[0]["type"] == "formula":
            labels = [v["label"] for v in r.items[0]["params"]["variables"]]
            assert any("%" in x for x in labels) or len(labels) != 2 or any(v["unit"] for v in r.items[0]["params"]["variables"]), labels

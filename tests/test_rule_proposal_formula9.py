"""Texts the proposer used to leave to the team (酌情评分) although they state a rule: read now, mostly to check.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, verbs and
units), with the rule they must give and the score of a few situations, and near misses that must not be read that
way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import maxes, met_or_not, picked, ratio, scored, scores, ticks, types


# ── parts under headings: “服务内容:最高得20分。其中,…服务绩效:最高得40分。其中,…” ─────────────────────────────
@pytest.mark.parametrize("text", [
    "服务内容：最高得20分。其中，开展一项服务并有完整服务台账，得10分。服务成效：最高得40分。其中，年服务达100人次，"
    "得10分；年服务达200人次，得20分；年服务达300人次，得30分；年服务达400人次以上，得40分",
    # the cells run together: no stop between the first part's score and the second heading
    "服务内容:最高计20分;其中,开展一项服务并有完整服务台账,得10分服务成效:最高计40分;其中,年服务达100人次,得10分;"
    "年服务达200人次,得20分;年服务达300人次,得30分;年服务达400人次以上,得40分",
])
def test_a_part_with_its_most_and_points_per_case_beside_a_ladder(text):
    p = propose(text, "60", "居家服务")
    assert types(p) == ["formula", "tiers"], p.summary
    assert [it["max"] for it in p.items] == ["20", "40"]
    assert scored(p, {"vars": {"a": "1"}}) == 10
    assert scored(p, {"vars": {"a": "3"}}) == 20  # no more than its most
    assert scored(p, {"value": "250"}, 1) == 20
    assert scored(p, {"value": "450"}, 1) == 40
    assert not p.confident  # “最高” and the count below the first rung are the evaluator's to confirm


def test_a_part_of_points_that_add_up_and_a_part_of_one_condition():
    p = propose("建设情况：最高得6分。其中，建有活动场所，得3分；配备专职人员，得3分；运行情况：最高得4分。其中，年开展活动达10次，得2分；"
                "年开展活动达20次以上，得4分", "10", "活动阵地")
    assert types(p) == ["checklist", "tiers"], p.summary
    assert ticks(p, True, False) == 3
    assert scored(p, {"value": "15"}, 1) == 2
    p = propose("服务内容：有专人开展服务并有完整服务台账，得10分服务成效：最高得20分。其中，年服务达50人，得10分；"
                "年服务达100人以上，得20分", "30", "居家服务")
    assert sorted(types(p)) == ["all_or_nothing", "tiers"], p.summary
    k = types(p).index("all_or_nothing")
    assert met_or_not(p, k) == (10, 0)


def test_a_closing_note_is_left_out_of_the_last_part_and_to_check():
    p = propose("服务内容：最高得20分。其中，开展一项服务并有完整服务台账，得10分；服务成效：最高得40分。其中，年服务达100人次，"
                "得10分；年服务达400人次以上，得40分；上门服务每人每次计1人次", "60", "居家服务")
    assert types(p) == ["formula", "tiers"], p.summary
    assert not p.confident
    assert any("计1人次" in u or "“1”" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    # the parts' most do not add up to the 分值
    ("服务内容：最高得20分。其中，开展一项服务并有完整服务台账，得10分。服务成效：最高得40分。其中，年服务达100人次，"
     "得10分；年服务达400人次以上，得40分", "50"),
    # one heading only: not parts
    ("服务内容：最高得20分。其中，开展一项服务并有完整服务台账，得10分", "30"),
    # a part under its heading with several scores and no most said: which is its points is not read
    ("服务内容：开展一项服务得5分，开展两项服务得10分；服务成效：最高得10分。其中，年服务达100人次，得10分", "20"),
])
def test_near_misses_are_not_parts_under_headings(text, weight):
    p = propose(text, weight, "居家服务")
    assert types(p) != ["formula", "tiers"], p.summary
    assert not p.confident


# ── a gate of faults listed over a comma, or voted down and zeroed both: “A,B不得分;…扣2分”, “…一票否决,该项不得分” ──
@pytest.mark.parametrize("text, weight, said", [
    ("领导班子不团结,核心作用发挥不明显不得分;工作制度不健全的扣2分。", "4", "领导班子不团结,核心作用发挥不明显"),
    ("未建立台账,未明确专人负责的不得分;台账记录不完整的扣1分", "3", "未建立台账,未明确专人负责"),
    ("工作制度不健全的扣2分;发生重大责任事故的一票否决,本项不得分。", "4", "发生重大责任事故"),
    ("台账记录不完整的扣1分;出现弄虚作假的,实行一票否决,该项不得分", "3", "出现弄虚作假"),
])
def test_a_gate_of_listed_faults_or_said_twice_zeroes_the_deductions(text, weight, said):
    p = propose(text, weight, "组织建设")
    assert types(p) == ["formula"], p.summary
    params = p.items[0]["params"]
    gate, fault = params["variables"]
    assert params["expression"].startswith(gate["name"] + " * (")
    assert said in gate["label"]
    assert scored(p, {"vars": {gate["name"]: "1", fault["name"]: "0"}}) == int(weight)
    assert scored(p, {"vars": {gate["name"]: "1", fault["name"]: "1"}}) < int(weight)
    assert scored(p, {"vars": {gate["name"]: "0", fault["name"]: "0"}}) == 0
    assert not p.confident  # a gate is always the evaluator's to confirm


@pytest.mark.parametrize("text", [
    # a figure in the listed condition: a quantity to compare, not a condition in words
    "覆盖率低于90%,未明确专人负责的不得分;台账记录不完整的扣1分",
    # a step in the condition
    "每缺1项,未明确专人负责的不得分;台账记录不完整的扣1分",
])
def test_a_listed_condition_with_a_figure_or_a_step_is_no_gate(text):
    p = propose(text, "3", "台账管理")
    assert not p.confident
    for it in p.items:
        labels = [v["label"] for v in (it.get("params") or {}).get("variables", [])]
        assert not any("未明确专人负责" in x and "整项不得分" in x for x in labels), labels


# ── a remark in brackets closing the text: who scores, the period, a special case ──────────────────────────
@pytest.mark.parametrize("text, remark", [
    ("建立工作台账,明确专人负责,并按月报送统计数据,5分。(由主管部门评分)", "由主管部门评分"),
    ("建立工作台账,明确专人负责,并按月报送统计数据,5分;(考核时段为上年10月至当年9月)", "考核时段"),
    ("建立工作台账,明确专人负责,并按月报送统计数据,5分(市本级除外)。", "市本级除外"),
])
def test_a_closing_remark_is_left_out_of_the_rule_and_to_check(text, remark):
    p = propose(text, "5", "台账管理")
    assert types(p) == ["all_or_nothing"], p.summary
    assert met_or_not(p) == (5, 0)
    assert not p.confident
    said = [u for u in p.unplaced if remark in u]
    assert any("说明或特殊情形" in u for u in said), p.unplaced
    assert not any(u.endswith("”") for u in said), p.unplaced  # as a remark, not once more as words left out


def test_a_closing_special_case_is_left_out_of_points_in_parts():
    p = propose("1.制定实施方案并有效落实,得2分;达不到要求,不得分。2.按时报送年度总结,得1分;达不到要求,不得分"
                "(新设立的单位参照对应要求,符合标准,得3分)", "3", "制度建设")
    assert types(p) == ["choice", "choice"], p.summary  # each part met or not
    assert [it["max"] for it in p.items] == ["2", "1"]
    assert [picked(p, 0, 0), picked(p, 1, 0), picked(p, 0, 1), picked(p, 1, 1)] == [2, 0, 1, 0]
    assert not p.confident
    assert any("新设立的单位" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "建立工作台账,明确专人负责(0-5分)",  # the range is the scoring: the team's judgement
    "建立工作台账,明确专人负责,5分。(未按月报送的每次扣1分)",  # a deduction in brackets is part of the rule
    "建立工作台账,明确专人负责,5分。(视情况酌情扣分)",
    "建立工作台账,明确专人负责,计4分(本项共计5分)",  # a total in brackets is no remark
    "建立工作台账,明确专人负责(计5分)",  # points in brackets are no remark
    "建立工作台账,明确专人负责(得5分)。",
])
def test_a_bracket_holding_the_scoring_is_no_remark(text):
    p = propose(text, "5", "台账管理")
    assert types(p) != ["all_or_nothing"], p.summary
    assert not p.confident
    assert not any("说明或特殊情形" in u for u in p.unplaced), p.unplaced


# ── text recognition reading the sign × as a c, between a rate and its points: “得分=受理率 c 5分” ────────────
@pytest.mark.parametrize("text", [
    "(1)投诉事项按时办结率(8分),得分=按时办结率 c 8分。",
    "得分=群众满意率c8分",
])
def test_a_c_read_for_the_sign_times_between_a_rate_and_its_points(text):
    p = propose(text, "8", "按时办结率")
    assert types(p) == ["rate"], p.summary
    assert scored(p, ratio(75)) == 6
    assert p.confident


@pytest.mark.parametrize("text", [
    "得分=按时办结率c级",  # no points after it
    "得分=按时办结率c8",
    "评定为c5级的,不得分",  # no rate before it
    "得分=受理数c8分",
    "abc5分",
])
def test_a_c_elsewhere_is_no_sign(text):
    assert "*" not in normalize(text)
    p = propose(text, "8", "按时办结率")
    assert not (types(p) == ["rate"] and p.confident), p.summary


# ── faults adding up to the 分值, said after “符合N分” or with what the requirement asks in brackets ──────────────
@pytest.mark.parametrize("text", [
    "符合3分,未建立值班制度扣1分,未开展应急演练(每年至少2次)扣2分,扣完为止。",
    "符合要求3分;未建立值班制度扣1分;未开展应急演练(不少于2次)扣2分",
    "未建立值班制度扣1分,未开展应急演练(每季度至少2次)扣2分",
])
def test_faults_after_the_points_met_or_with_a_frequency_asked(text):
    p = propose(text, "3", "应急管理")
    assert types(p) == ["checklist"], p.summary
    assert [str(x) for x in maxes(p)] == ["1", "2"]
    assert ticks(p, True, True) == 3
    assert ticks(p, True, False) == 1  # the drill missing takes its 2 points once
    assert not p.confident


@pytest.mark.parametrize("text", [
    "符合2分,未建立值班制度扣1分,未开展应急演练(每年至少2次)扣2分",  # the points said first are not the 分值
    "未建立值班制度扣1分,未开展应急演练(每少1次)扣2分",  # a step in brackets: counted per case, no requirement
])
def test_near_misses_of_faults_adding_up(text):
    p = propose(text, "3", "应急管理")
    assert types(p) != ["checklist"], p.summary  # (the faults adding up are never confident: no use asking that)
    assert not p.confident


# ── a text in parts, one of them left to the team's judgement (“扣1-3分”, “酌情扣分”) ─────────────────────────
@pytest.mark.parametrize("text", [
    "1.台账资料齐全规范,计4分,资料不规范的扣1-2分;2.每发现一处数据错误扣1分,扣完为止(6分)",
    "1.台账资料齐全规范,计4分,否则酌情扣分。2.每发现一处数据错误扣1分,扣完为止(6分)",
])
def test_a_part_of_judgement_beside_a_part_read(text):
    p = propose(text, "10", "资料管理")
    assert types(p) == ["judgement", "deduction"], p.summary
    assert [it["max"] for it in p.items] == ["4", "6"]
    assert scored(p, {"count": "2"}, 1) == 4
    assert not p.confident
    assert any("酌情评分" in u for u in p.unplaced), p.unplaced


def test_parts_all_of_judgement_are_one_judgement():
    p = propose("1.台账资料齐全的,得5分,否则酌情扣分。2.数据准确的,得5分,否则酌情扣分。", "10", "资料管理")
    assert types(p) == ["judgement"], p.summary


# ── a line said as the share reached of what is due: “应征收金额的65%征收到位记满分,每少1%扣1分” ───────────────────
@pytest.mark.parametrize("text, line", [
    ("按应征收金额的65%征收到位记满分,每少1%扣1分,扣完为止", 65),
    ("年度预算资金的90%拨付到位得满分,每低1个百分点扣0.5分,扣完为止", 90),
    ("年度任务的80%以上完成的,得满分;每少1%扣1分,扣完为止", 80),
])
def test_a_line_said_as_the_share_of_what_is_due_reached(text, line):
    p = propose(text, "10", "到位率")
    assert types(p) == ["threshold"], p.summary
    params = p.items[0]["params"]
    assert params["full_at"] == str(line) and params["direction"] == "higher"
    assert scores(p, [line, line - 4]) == [10, 8 if "0.5分" in text else 6]


@pytest.mark.parametrize("text", [
    "65%以上的单位完成任务得满分,每少1个单位扣1分",  # a share of the units, not the share reached of what is due
    "应征收金额的65%征收到位得5分,每少1%扣1分",  # the points at the line are not the 分值
    "应征收金额的65%未到位记满分,每少1%扣1分,扣完为止",  # a share not reached is no line
    "应征收金额的65%不到位的,得满分;每低1个百分点扣0.5分",
])
def test_near_misses_of_a_share_reached(text):
    p = propose(text, "10", "到位率")
    assert not (types(p) == ["threshold"] and p.items[0]["params"].get("full_at") == "65"), p.summary
    assert not p.confident

"""Wordings the proposer read short of what they say: the row zeroed in other words, a count allowed, run-on parts.

- A fault that takes the whole 分值, said without a figure: “…见烟头全扣” (all the points taken, closing its clause; never
  “资料不全扣1分”, nor “符合全得,不符全扣”, the two situations), “未执行扣完” / “…扣完基本分” (a fault's words straight before
  扣完; never the stop “扣完为止”, nor “此分值扣完”, “扣完得负分”), “…参数者,无分” (无分 after a comma closing its condition).
  Beside deductions, each is the gate (``g * (max - …)``) of the formula of the faults, to check.
- A numbered part run straight into the deduction before it (“(1)…扣1分(2)无…者,无分;…”, a cell's line breaks lost): the
  next part its own sentence, so that its zero is read as the row's gate.
- A count allowed, then each one past it deducted (“请假每周累计不超过10人,超过1个扣0.1分”, “…不超过12节,每超出1节扣0.1分”): the
  count let pass, ``max(0, n - 10)``; a cost written “扣-0.1” is 扣0.1.
- A range of two percentages whose dash is typed twice (“90%--95%(含90%)得30分”): one band, not a band from -95%.

Each class has made-up texts in the style of published 评分标准, with the score of each situation, and near misses that
must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_vars, ratio, scored, sole


# ── the row zeroed in other words (全扣, 扣完, 无分) ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, fault", [
    ("垃圾分类未落实扣4分;更衣室内见烟头全扣;发现一处积灰、蛛网等各扣1分。扣完为止。", "10", "更衣室内见烟头"),
    ("台账未按月更新扣2分;未执行扣完;数据填报错误一处扣0.5分,扣完为止。", "10", "未执行"),
    ("未设专人管理扣2分;有破损设施每处扣1分;对破损设施未及时维修的扣完基本分;扣完为止。", "10", "对破损设施未及时维修"),
])
def test_a_fault_taking_all_the_points_in_other_words_gates_the_faults(text, weight, fault):
    p = propose(text, weight, "设施管理")
    params = sole(p, "formula")
    assert not p.confident
    gate = params["variables"][0]
    assert gate["name"] == "g" and gate["label"].startswith(fault), gate
    # nothing found: the 分值; the zeroing fault found: nothing, whatever else is found
    names = [v["name"] for v in params["variables"]]
    clean = {n: "1" if n == "g" else "0" for n in names}
    assert scored(p, {"vars": clean}) == D(weight)[0]
    assert scored(p, {"vars": {**clean, "g": "0"}}) == D(0)[0]
    one_each = {n: "1" for n in names}
    assert scored(p, {"vars": one_each}) < D(weight)[0]


def test_none_scored_after_a_comma_closing_its_condition():
    p = propose("(1)设计不及时,扣1分;未上报审批扣1分(2)无本单位基础参数者,无分;不能满足生产需要者,每发现一处扣2分", "5", "参数管理")
    params = sole(p, "formula")
    assert not p.confident
    assert params["variables"][0]["label"].startswith("无本单位基础参数者")
    assert by_vars(p, "1", "0", "0", "0") == D(5)[0]
    assert by_vars(p, "1", "1", "1", "1") == D(1)[0]
    assert by_vars(p, "0", "0", "0", "0") == D(0)[0]


@pytest.mark.parametrize("text, said", [
    ("符合全得,不符全扣", "不符全扣"),  # the two situations, no gate
    ("资料不全扣1分,未建台账扣2分", "资料不全扣1分"),  # 全 is the fault's own word
    ("每发现1处扣1分,扣完为止", "扣完为止"),  # the stop
    ("发现1户未纳入的此分值扣完", "此分值扣完"),  # the 分值 named before 扣完
    ("每次扣1分,扣完得负分", "扣完得负分"),  # below 0
    ("有无分工不明确的扣1分", "有无分工"),  # 无分 inside a word
])
def test_near_misses_of_the_points_taken_in_words_keep_their_words(text, said):
    assert said in normalize(text)


def test_a_numbered_part_run_on_after_a_deduction_is_a_sentence_of_its_own():
    assert normalize("(1)制度不全扣1分(2)无台账者,不得分") == "(1)制度不全扣1分;(2)无台账者,不得分"
    # (a text not numbered from “(1)”, or a bracket that is no part's number, as it is)
    assert normalize("制度不全扣1分(2)无台账者,不得分") == "制度不全扣1分(2)无台账者,不得分"
    assert normalize("(1)制度不全扣1分(2分)") == "(1)制度不全扣1分(2分)"


# ── a count allowed, then each past it ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, allowed, cases, expected", [
    ("迟到-0.2 早退-0.2 病假每月累计不超过6人,超过一个扣0.5", "8", 6, ["6", "8"], [8, 7]),
    ("迟到-0.1 旷课-0.3 (按次数) 请假 每周累计不超过10节,每超出一节扣-0.2", "10", 10, ["9", "13"], [10, 9.4]),
    ("缺席会议每次扣1分;请假不超过3天,每超过1天扣0.5分", "5", 3, ["3", "5"], [5, 4]),
])
def test_a_count_allowed_then_each_past_it(text, weight, allowed, cases, expected):
    p = propose(text, weight, "出勤")
    params = sole(p, "formula")
    assert not p.confident
    assert f"max(0, {params['variables'][-1]['name']} - {allowed})" in params["expression"], params["expression"]
    others = ["0"] * (len(params["variables"]) - 1)
    assert [by_vars(p, *others, n) for n in cases] == D(*expected)


def test_near_misses_of_a_count_allowed():
    # a count allowed said without the one past it (“超过的”): as written
    assert normalize("请假不超过3天,超过的扣2分") == "请假不超过3天,超过的扣2分"
    # a cost per two past it: no step of one
    assert "不超过3天" in normalize("请假不超过3天,每超过2天扣1分")
    # “扣-0.1” is 扣0.1; a range “3-5” stays
    assert normalize("每超出1节扣-0.1分") == "每超出1节扣0.1分"
    assert "3-5" in normalize("发现3-5处扣2分")


# ── a range's dash typed twice ───────────────────────────────────────────────────────────────────────────────────
def test_a_range_with_its_dash_typed_twice_is_one_band():
    p = propose("出勤率100%得满分;95%-100%(含95%)得40分;90%--95%(含90%)得30分;低于90%不得分。", "50", "出勤")
    params = sole(p, "tiers")
    assert all(t["min"] is None or not t["min"].startswith("-") for t in params["tiers"])
    it = p.items[0]
    assert [scored(p, ratio(v)) if it["params"].get("input") == "ratio" else scored(p, {"value": str(v)})
            for v in (100, 97, 92, 80)] == D(50, 40, 30, 0)
    # (a dash before points stays a colon, “≥95%--3分”)
    assert normalize("完成率≥95%--3分") == "完成率≥95%:3分"

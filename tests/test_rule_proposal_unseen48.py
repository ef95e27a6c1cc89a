"""Faults costing points without 每, and the ways of saying one deduction per case a next agency's table is likely
to share:

- faults each costing the whole 分值, set apart by commas rather than stops (“台账不全扣5分,记录缺失扣5分” on 5): any
  of them takes it all, a 全有或全无, as when each has a sentence of its own;
- a fault counted each time it is found, no count written after 每发现 (“每发现不按时参加例会的扣2分”): one case per
  time found, as “每发现1次…” is;
- the base score named in the deduction (“发现一次,扣基准分10分”, “扣基础分2分”): the points taken off the 分值;
- a shortfall counted with 少于 after 每 (“督促检查每少于一次扣1.5分”): each case short, as “每少1次” is;
- the cases counted by a number of things, each in turn costing the same (“按未达标台数依次扣2分”): a deduction per
  thing, to check;
- a rate defined before the written formula that uses it (“批退率=退货批数÷交货总批数得分=30分×(1—批退率)”): the formula
  over the two counts, and faults said after it (“另外:逾期1天,加扣1分;…”) taken off its score, to check;
- a step below a line the indicator's name states for the same quantity (“职工参与面每少5%扣1分” under “…职工参与面不低于
  85%”): the step below that line, alone, beside other faults or under a zeroing condition, to check;
- a completion said as the average points of a case (“算出每人的平均分数,缺1例,扣减1人平均分”): the share done × 分值,
  to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, met_or_not, readings, scored, sole


# ── faults each costing the whole 分值, set apart by commas ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("3、台账资料不齐全扣6分,巡查记录缺失扣6分", "6"),
    ("1、服务态度生硬扣4分,办事效率低下扣4分。", "4"),
    ("值班人员脱岗扣8分,交接班记录不全扣8分,设备故障未及时上报扣8分", "8"),
])
def test_faults_each_taking_the_whole_weight_set_apart_by_commas(text, weight):
    p = propose(text, weight, "管理")
    sole(p, "all_or_nothing")
    assert p.confident, p.unplaced
    assert list(met_or_not(p)) == D(weight, 0)


def test_faults_past_the_weight_set_apart_by_commas_are_to_check():
    p = propose("档案缺失扣10分,记录不全扣10分", "5", "管理")
    sole(p, "all_or_nothing")
    assert not p.confident
    assert any("超过该项分值" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # one fault costing less than the 分值: the faults add up, no yes/no
    ("台账资料不齐全扣6分,巡查记录缺失扣3分", "6"),
    # a fault counted per case beside one taking it all
    ("台账资料不齐全扣6分,每缺1次巡查记录扣1分", "6"),
    # a comma inside a fault's words, before its cost
    ("台账资料不齐全的,扣6分,另酌情扣分", "6"),
])
def test_near_miss_not_faults_each_taking_the_whole_weight(text, weight):
    assert not any(it["type"] == "all_or_nothing" for found in readings(text, weight) for it in found.items)


# ── a fault counted each time found, no count after 每发现 ─────────────────────────────────────────────────────────
def test_each_time_found_without_a_count():
    p = propose("每发现未按规定佩戴工作证的扣0.5分", "3", "纪律")
    params = sole(p, "deduction")
    assert params["per"] == "0.5" and params["unit"] == "次"
    assert [by_count(p, n) for n in ("0", "2", "9")] == D(3, 2, 0)


def test_each_time_found_beside_a_fault_taken_once():
    p = propose("1、每发现值班期间擅自离岗的扣3分。2、交接班记录不规范的扣1分。", "6", "值班")
    params = sole(p, "formula")
    assert params["expression"] == "max - 3 * a - b"
    assert params["variables"][0]["unit"] == "次"
    assert [by_vars(p, *v) for v in (("0", "0"), ("1", "1"), ("3", "0"))] == D(6, 2, 0)
    assert not p.confident  # no stop said


@pytest.mark.parametrize("text", [
    "每发现1处未按规定佩戴工作证的扣0.5分",  # a count written: as before
    "每发现挪用资金1万元扣0.5分",  # a count inside the words: no case of one added
    "每发现问题,由评价组酌情扣分",  # no cost
])
def test_near_miss_each_time_found_with_its_count(text):
    assert "每发现1次" not in propose(text, "3", "纪律").text


# ── the base score named in the deduction ───────────────────────────────────────────────────────────────────────
def test_base_score_named_in_each_deduction():
    text = ("1、接待群众态度冷漠、推诿的,发现一次,扣基准分5分;2、未按规定登记来访信息的,发现一次,扣基准分5分;"
            "3、泄露来访人信息的,发现一次,扣基准分5分。")
    p = propose(text, "50", "服务规范")
    params = sole(p, "deduction")
    assert params["per"] == "5"
    assert [by_count(p, n) for n in ("0", "4", "11")] == D(50, 30, 0)


def test_base_score_named_of_one_fault():
    p = propose("每迟报1次扣基础分2分,扣完为止", "10", "报送")
    params = sole(p, "deduction")
    assert params["per"] == "2"
    assert p.confident, p.unplaced


def test_near_miss_base_score_as_a_score():
    # “得基准分” is the points scored, no deduction
    p = propose("按时报送的得基准分4分", "4", "报送")
    assert p.kind != "deduction"


# ── a shortfall counted with 少于 after 每 ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, counts", [
    ("查台账,专题学习每少于一次扣1.5分。", "6", "1.5", {"0": 6, "2": 3, "5": 0}),
    ("入户走访每少于1户扣0.5分", "5", "0.5", {"0": 5, "4": 3}),
])
def test_each_short_said_with_less_than(text, weight, per, counts):
    p = propose(text, weight, "学习")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert [by_count(p, n) for n in counts] == D(*counts.values())


def test_near_miss_each_short_of_a_rate_step():
    # a step of a rate below a line is no count of cases
    assert all(it["type"] != "deduction" for found in readings("达标率每少于1个百分点扣0.5分", "5") for it in found.items)


# ── the cases counted by a number of things, each in turn ───────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, counts", [
    ("车辆年检逾期的,按未达标台数依次扣2分.", "10", "2", {"0": 10, "2": 6, "6": 0}),
    ("按未完成项数依次扣1分", "5", "1", {"0": 5, "3": 2}),
    ("按不合格户数依次扣0.5分", "4", "0.5", {"0": 4, "4": 2}),
])
def test_cases_counted_by_a_number_of_things(text, weight, per, counts):
    p = propose(text, weight, "设备")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert [by_count(p, n) for n in counts] == D(*counts.values())
    assert not p.confident


@pytest.mark.parametrize("text", [
    "按排名依次扣1分、2分、3分",  # amounts in turn
    "按未完成项数依次扣1分、2分",
])
def test_near_miss_cases_in_turn(text):
    assert all(it["type"] != "deduction" or it["params"]["per"] != "1"
               for found in readings(text, "5") for it in found.items)


def test_each_time_found_of_a_fault_whose_words_hold_a_verb_of_points():
    # “参加” holds 加, no points added
    p = propose("1、每发现不按时参加晨会的扣1分。2、晨会未讲评安全事项的扣1分。", "4", "晨会")
    params = sole(p, "formula")
    assert params["expression"] == "max - a - b"
    assert [by_vars(p, *v) for v in (("0", "0"), ("2", "1"), ("5", "0"))] == D(4, 1, 0)


# ── a rate defined, then used in the formula ────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("以交货延误率考核:延误率=延误批数÷交货总批数得分=15分×(1—延误率)", "15", ("2", "10"), "12"),
    ("差错率=差错件数÷办理总件数;得分=10分×(1-差错率)", "10", ("3", "30"), "9"),
    ("投诉率=投诉次数/服务总次数。本项得分=20×(1—投诉率)", "20", ("5", "50"), "18"),
])
def test_rate_defined_then_used(text, weight, values, score):
    p = propose(text, weight, "质量")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2
    assert by_vars(p, *values) == D(score)[0]
    assert not p.confident
    assert any("代入" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    # the rate defined is not the one the formula uses
    "合格率=合格批数÷来料总批数;得分=25分×(1-退货率)",
    # a definition with words a formula does not hold
    "合格率=合格批数÷来料总批数,以抽检为准;得分=25分×合格率",
])
def test_near_miss_rate_defined_not_used(text):
    assert all(len(it["params"].get("variables", [])) != 2 or it["type"] != "formula"
               for found in readings(text, "25") for it in found.items)


# ── a written formula, then more faults taken off it ────────────────────────────────────────────────────────────
def test_formula_then_more_faults():
    text = "延误率=延误批数÷交货批数。得分=15分×(1—延误率)另外:延误1天,加扣0.5分;延误造成客户投诉1次,扣3分。"
    p = propose(text, "15", "交期")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]][2:] == ["天", "次"]
    assert by_vars(p, "0", "10", "0", "0") == 15
    assert by_vars(p, "2", "10", "4", "1") == 7  # 12 - 2 - 3
    assert by_vars(p, "5", "10", "20", "2") == 0
    assert not p.confident


def test_formula_then_more_faults_without_a_definition():
    p = propose("得分=10分×(1-差错率)此外:每发现1次漏报扣1分", "10", "报送")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2
    assert by_vars(p, "0.1", "2") == 7
    assert not p.confident


def test_near_miss_formula_then_words_of_judgement():
    p = propose("得分=10分×(1-差错率)另外:视情况酌情扣分", "10", "报送")
    assert not p.confident
    assert all(len(it["params"].get("variables", [])) < 2 for it in p.items)


# ── the line stated in the indicator, the step below it in the criteria ─────────────────────────────────────────
def test_step_below_a_line_the_indicator_states():
    p = propose("职工参与面每少5%扣1分", "5", "组织开展劳动竞赛，职工参与面不低于85%")
    params = sole(p, "threshold")
    assert (params["full_at"], params["step"], params["deduct"]) == ("85", "5", "1")
    assert not p.confident
    assert any("指标名称" in u for u in p.unplaced), p.unplaced


def test_step_below_a_line_the_indicator_states_beside_a_fault():
    p = propose("1、志愿者每少3%扣0.5分。2、志愿者未建立台账扣0.5分。", "3",
                "组建志愿服务队伍，志愿者占居民总数20%以上，建立台账")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2 and params["variables"][0]["unit"] == "%"
    assert by_vars(p, "21", "0") == 3
    assert by_vars(p, "14", "1") == D("1.5")[0]
    assert by_vars(p, "0", "0") == 0
    assert not p.confident


@pytest.mark.parametrize("text, name", [
    ("职工参与面每少5%扣1分", "组织开展劳动竞赛"),  # no line in the indicator
    ("职工参与面每少5%扣1分", "城区职工参与面不低于85%，农村职工参与面不低于70%"),  # two lines for it
    ("参训率每少5%扣1分", "持证率不低于90%"),  # the line of another quantity
])
def test_near_miss_no_line_from_the_indicator(text, name):
    for found in readings(text, "5", name):
        for it in found.items:
            assert it["params"].get("full_at") not in ("85", "90"), found.summary


def test_step_below_a_line_the_indicator_states_under_a_zeroing_condition():
    p = propose("1、未开展培训不得分;2、没有培训计划扣1分;3、参训面每少5%扣1分;", "5", "开展岗位培训，有培训计划，参训面不低于90%")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["", "", "%"]
    assert by_vars(p, "1", "0", "95") == 5
    assert by_vars(p, "1", "1", "80") == 2
    assert by_vars(p, "0", "0", "95") == 0
    assert not p.confident


# ── a completion rate said as the average points of a case, a case short costing it ─────────────────────────────
def _done(p, target: str, actual: str):
    return scored(p, {"rows": [{"target": target, "actual": actual}]})


@pytest.mark.parametrize("text, weight, target, actual, score", [
    ("根据下达任务数,算出每例的平均分,少1例扣1例平均分", "6", "20", "15", "4.5"),
    ("按任务量计算每户平均分值,缺1户扣减1户平均分值", "4", "40", "30", "3"),
    ("根据任务数,算出每人的平均分数,少完成1人任务扣减相应的分值", "8", "10", "12", "8"),
])
def test_average_points_per_case(text, weight, target, actual, score):
    p = propose(text, weight, "任务完成")
    sole(p, "completion")
    assert _done(p, target, actual) == D(score)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "根据任务数,算出每人的平均分数",  # no case short said
    "根据任务数,算出每人的平均分数,缺1例扣1分",  # a fixed cost per case
    "根据任务数,算出每人的平均分数,缺1例扣减2例平均分",  # a case costing twice its share
])
def test_near_miss_not_average_points_per_case(text):
    assert all(it["type"] not in ("completion", "rate") for found in readings(text, "6") for it in found.items)

"""Lists of requirements, yes/no requirements and situations: the rule each class of wording is read as, its
parameters, its scores in a few situations, and the near misses that must not be read that way or not confidently.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import picked, scored, types


def ticks(p, *met: bool, gate: bool | None = None):
    """The score of the proposal's one 要点核查 with its points (the key point first, when it has one) met or not."""
    params = p.items[0]["params"]
    points = [pt for pt in params["points"] if pt["key"] != params.get("gate")]
    assert len(points) == len(met)
    answers = {pt["key"]: {"state": "met" if ok else "not_met"} for pt, ok in zip(points, met)}
    if params.get("gate"):
        answers[params["gate"]] = {"state": "met" if gate is not False else "not_met"}
    return scored(p, {"points": answers})


def maxes(p):
    params = p.items[0]["params"]
    return [Decimal(pt["max"]) for pt in params["points"] if pt["key"] != params.get("gate")]


# ── faults that name the requirements of a list by number, each with what its breach costs ─────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("（1）项不符合要求扣2分；（2）项不符合要求扣3分", "5", ["2", "3"]),
    ("(1)项不符合要求扣1分;(2)项不符合要求扣1分;(3)项不符合要求扣2分。", "4", ["1", "1", "2"]),
    ("第1项未达到要求的扣4分,第2项未达到要求的扣2分,第3项未达到要求的扣2分", "8", ["4", "2", "2"]),
    ("（1）项不符合其中任一项要求扣3分；（2）项不符合要求扣1分。", "4", ["3", "1"]),
    ("（一）项不符合要求扣2分；（二）项不符合要求扣1分", "3", ["2", "1"]),
    ("第(1)项未落实扣1.5分，第(2)项未落实扣0.5分", "2", ["1.5", "0.5"]),
])
def test_numbered_requirements_each_breach_costing_its_points_are_a_checklist(text, weight, costs):
    """“(1)项不符合要求扣2分;(2)项不符合要求扣3分”: each requirement of the list the row checks costs its own points
    once when it is not met; the costs add up to the 分值. A 要点核查 to check (the text names faults, not points)."""
    p = propose(text, weight, "设施")
    assert types(p) == ["checklist"] and not p.confident, (text, p.summary, p.unplaced)
    assert maxes(p) == [Decimal(c) for c in costs]
    n = len(costs)
    assert ticks(p, *[True] * n) == Decimal(weight)
    assert ticks(p, *[False] * n) == 0
    # the first requirement broken costs its points, once
    assert ticks(p, False, *[True] * (n - 1)) == Decimal(weight) - Decimal(costs[0])


def test_a_requirement_named_by_number_that_zeroes_the_row_takes_what_the_faults_leave():
    """“未按(1)项要求建立台账的不得分;(2)项…扣2分;(3)项…扣2分” on 10 points: requirement (1) is the key point and
    worth what the faults leave (6); its breach zeroes the row. Always to check."""
    for text in ("未按（1）项要求建立台账的不得分；（2）项不符合要求扣2分；（3）项不符合要求扣2分",
                 "未按第1项要求设置档案室,不得分;第2项不符合要求扣2分;第3项不符合要求扣2分;"):
        p = propose(text, "10", "台账")
        assert types(p) == ["checklist"] and not p.confident, (text, p.summary)
        params = p.items[0]["params"]
        gate = next(pt for pt in params["points"] if pt["key"] == params["gate"])
        assert Decimal(gate["max"]) == 6 and maxes(p) == [2, 2]
        assert ticks(p, True, True, gate=True) == 10
        assert ticks(p, False, True, gate=True) == 8
        assert ticks(p, True, True, gate=False) == 0
    # one fault beside the key point is a list of two
    p = propose("未按(1)项要求设置公共餐厅不得分;(2)项不符合要求扣4分", "10", "餐厅")
    assert types(p) == ["checklist"] and not p.confident
    assert ticks(p, True, gate=True) == 10 and ticks(p, False, gate=True) == 6 and ticks(p, True, gate=False) == 0


def test_a_condition_zeroing_the_row_before_numbered_faults_is_their_key_point():
    """“无档案室不得分,(1)项…扣2分,(2)项…扣3分” on 5 points: the faults take the 分值; the condition is a key point
    of no points of its own."""
    for text in ("无档案室不得分，（1）项不符合要求扣2分，（2）项不符合要求扣3分",
                 "未设置档案室的,不得分;(1)项不符合要求扣2分;(2)项不符合要求扣3分"):
        p = propose(text, "5", "档案")
        assert types(p) == ["checklist"] and not p.confident, (text, p.summary)
        params = p.items[0]["params"]
        assert next(pt for pt in params["points"] if pt["key"] == params["gate"])["max"] == "0"
        assert ticks(p, True, True) == 5 and ticks(p, True, False) == 2
        assert ticks(p, True, True, gate=False) == 0


def test_numbered_faults_near_misses_are_not_read_as_a_checklist():
    # costs that do not add up to the 分值
    p = propose("(1)项不符合要求扣2分;(2)项不符合要求扣2分", "6", "设施")
    assert types(p) != ["checklist"] and not p.confident
    # a step per case found is a deduction per case, not a point met or not
    p = propose("(1)项每缺1处扣1分;(2)项不符合要求扣2分", "3", "设施")
    assert types(p) != ["checklist"] and not p.confident
    # degrees of one requirement are situations, not faults
    p = propose("(1)项执行较差扣2分;(2)项执行一般扣1分", "3", "设施")
    assert types(p) != ["checklist"] and not p.confident
    # the key point named among the faults leaves no share of its own
    p = propose("未按(1)项要求设置不得分;(1)项不符合要求扣3分;(2)项不符合要求扣3分", "12", "设施")
    assert types(p) != ["checklist"] and not p.confident
    # a condition before plain faults (no list named by number) stays the gated reading of the faults
    p = propose("无制度不得分;制度不健全扣1分;执行不到位扣1分", "2", "制度")
    assert types(p) != ["checklist"] and not p.confident


# ── requirements each with its points, with who scores the row, or the 分值 said again after them ──────────
@pytest.mark.parametrize("text, weight, pts", [
    ("建立工作台账,3分;每季度召开1次例会,2分;(由县农业农村局评分)", "5", ["3", "2"]),
    ("制定实施方案（2分）；开展督导检查（2分）。（由市财政局考核）", "4", ["2", "2"]),
    ("按时报送统计报表得1分,数据质量核查合格得2分。(由区统计局提供数据)", "3", ["1", "2"]),
    ("配备专职管理人员，4分（由县教育局评分）；建立管理制度，6分（由县教育局评分）", "10", ["4", "6"]),
])
def test_points_with_who_scores_them_are_a_checklist_to_check(text, weight, pts):
    """“…,3分;…,2分;(由县农业农村局评分)”: who scores the row, or gives its figures, is no point; the points add up to
    the 分值. To check: the remark is not part of the rule."""
    p = propose(text, weight, "基础工作")
    assert types(p) == ["checklist"] and not p.confident, (text, p.summary, p.unplaced)
    assert maxes(p) == [Decimal(x) for x in pts]
    assert ticks(p, True, True) == Decimal(weight)
    assert ticks(p, False, True) == Decimal(weight) - Decimal(pts[0])
    assert not any("由" in pt["label"] for pt in p.items[0]["params"]["points"])


@pytest.mark.parametrize("text, weight, pts", [
    ("1.开展业务培训(1分),建立培训档案(2分);(3分)按分项打分", "3", ["1", "2"]),
    ("开展自查(2分)、整改到位(2分);（4分）分项计分", "4", ["2", "2"]),
    ("2.落实值班制度(1分);开展应急演练(1分);编制应急预案(1分);(3分)按分項打分", "3", ["1", "1", "1"]),
])
def test_points_with_the_weight_said_again_after_them_are_a_checklist(text, weight, pts):
    """“A(1分),B(2分);(3分)按分项打分”: the 分值 said again after the points, and that they are scored one by one."""
    p = propose(text, weight, "组织")
    assert types(p) == ["checklist"] and not p.confident, (text, p.summary, p.unplaced)
    assert maxes(p) == [Decimal(x) for x in pts]
    n = len(pts)
    assert ticks(p, *[True] * n) == Decimal(weight)
    assert ticks(p, *[False] * (n - 1), True) == Decimal(pts[-1])


def test_points_with_remarks_near_misses():
    # points that do not add up to the 分值 are no 要点核查, whoever scores them
    p = propose("建立台账,3分;召开例会,3分;(由区综治办评分)", "5", "台账")
    assert not (types(p) == ["checklist"] and sum(maxes(p)) == 5 and len(maxes(p)) == 2) and not p.confident
    # a figure after the points that is not the 分值 is not read as the 分值 said again
    p = propose("开展培训(1分),建立档案(1分);(3分)按分项打分", "3", "培训")
    assert types(p) != ["checklist"] and not p.confident
    # a last situation scoring the 分值 after others adding up to it is a situation, not the 分值 said again
    p = propose("上门服务3次，得1分；上门服务6次，得2分；上门服务9次，得3分", "3", "服务")
    assert not (types(p) == ["checklist"] and maxes(p) == [1, 2])
    # “按实际情况打分” leaves the points to judgement: not read as “scored one by one”
    p = propose("开展培训(1分),建立档案(2分);(3分)按实际情况打分", "3", "培训")
    assert not p.confident


# ── one breach zeroes the row, with a remark after the zero ───────────────────────────────────────────────
def met_or_not(p):
    assert types(p) == ["all_or_nothing"], (p.summary, p.unplaced)
    return scored(p, {"met": True}), scored(p, {"met": False})


@pytest.mark.parametrize("text, weight", [
    ("少任一种资质证书不得分（实行一票否决）", "3"),
    ("缺任何一项台账的，不得分（无相关业务的除外）", "2"),
    ("不符合要求的不得分，如：消防通道堵塞、灭火器过期等", "5"),
    ("缺少任意一类档案,本项不得分(以现场查看为准)", "4"),
])
def test_one_breach_zeroing_the_row_with_a_remark_is_met_or_not_to_check(text, weight):
    """“少任一种证件不得分(实行“一票否决”)”: one breach scores nothing, so the row is met or not; the remark after
    the zero (an example, an exception, a veto) is the evaluator's to read."""
    p = propose(text, weight, "资质")
    assert not p.confident, (text, p.summary)
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


def test_a_remark_with_a_figure_or_a_deduction_is_not_a_remark():
    # a deduction in the brackets is another rule, not a remark: never the yes/no read above
    p = propose("缺少任意1项制度不得分(有1项缺失扣2分)", "5", "制度")
    assert not p.confident and types(p) != ["all_or_nothing"]
    p = propose("不符合要求不得分,如:有1处不合格扣1分", "5", "设施")
    assert not p.confident and types(p) != ["all_or_nothing"]


# ── one fault that takes (减) the whole 分值 ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("2、未建立应急队伍，减0.5分。", "0.5"),
    ("未按时上报的,减去1分", "1"),
    ("1.未制定年度工作计划,减2分;", "2"),
])
def test_one_fault_taking_the_whole_weight_is_met_or_not(text, weight):
    """“未建立应急队伍,减0.5分” on 0.5 points: 减 is 扣; the one fault takes the 分值, so the row is met or not."""
    p = propose(text, weight, "应急")
    assert p.confident, (text, p.unplaced)
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


def test_a_fault_taking_part_of_the_weight_is_not_met_or_not():
    for text in ("未建立应急队伍，减0.5分", "每缺1人减0.5分"):
        p = propose(text, "1", "应急")
        assert not (p.confident and types(p) == ["all_or_nothing"]), (text, p.summary)


# ── answers lettered A, B, C, each with its score ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("A.制订了管理办法和操作规程0.5分B.既未制订办法又无规程0分", "0.5", ["0.5", "0"]),
    ("A、有年度培训计划并组织实施，得2分；B、有计划未实施，得1分；C、无计划，不得分", "2", ["2", "1", "0"]),
    ("A.全部公开1分,B.部分公开0.5分,C.未公开0分", "1", ["1", "0.5", "0"]),
    ("A:优秀(3分)B:良好(2分)C:一般(1分)", "3", ["3", "2", "1"]),
])
def test_lettered_answers_each_with_a_score_are_situations(text, weight, scores):
    """“A.…0.5分B.…0分”: the letters list every answer; the team picks the one that applies."""
    p = propose(text, weight, "制度")
    assert types(p) == ["choice"], (text, p.summary, p.unplaced)
    opts = p.items[0]["params"]["options"]
    assert [o["score"] for o in opts] == scores  # every answer, none added
    for rank, pts in enumerate(scores):
        assert picked(p, rank) == Decimal(pts)


def test_lettered_answers_near_misses():
    # a range of scores per answer is the team's judgement within it
    p = propose("A.全面完成9.0-10分B.较好完成7.0-8.9分C.存在差距4.0-6.9分", "10", "完成")
    assert types(p) != ["choice"] and not p.confident
    # a deduction per case is no answer
    p = propose("A.每缺1项扣1分B.未建立0分", "2", "制度")
    assert types(p) != ["choice"] and not p.confident
    # letters out of order are not a list of answers
    p = propose("A.有制度1分C.制度健全2分", "2", "制度")
    assert not (types(p) == ["choice"] and p.confident and len(p.items[0]["params"]["options"]) == 2)
    # the best answer short of the 分值 is not these situations
    p = propose("A.有制度1分B.无制度0分", "2", "制度")
    assert not p.confident


# ── the lowest situation takes in everything below it ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("评分:好的得4分;一般的得3分;一般以下的得2分;", "4", ["4", "3", "2"]),
    ("执行好的计3分，执行一般的计2分，一般以下的计1分", "3", ["3", "2", "1"]),
    ("全部完成的得3分;完成80%以上的得2分;其他情况得1分", "3", ["3", "2", "1"]),
    ("按时完成的得3分；延期完成的得2分；其他的得1分", "3", ["3", "2", "1"]),
])
def test_a_lowest_situation_taking_in_all_below_leaves_none_unsaid(text, weight, scores):
    """“…;一般以下的得2分”, “其他情况得1分”: the lowest situation holds every case below the others, so no situation
    “以上情形均不符合” scoring nothing is added."""
    p = propose(text, weight, "执行")
    assert types(p) == ["choice"], (text, p.summary)
    assert [o["score"] for o in p.items[0]["params"]["options"]] == scores
    assert picked(p, 0) == Decimal(weight) and picked(p, len(scores) - 1) == Decimal(scores[-1])


def test_a_lowest_situation_that_is_a_degree_still_leaves_none_to_check():
    """“好的得3分;一般的得2分”: below 一般 is not said: a situation scoring nothing is added, to check."""
    p = propose("好的得3分;一般的得2分", "3", "执行")
    assert types(p) == ["choice"] and not p.confident
    assert [o["score"] for o in p.items[0]["params"]["options"]] == ["3", "2", "0"]


# ── faults each costing its own points, however numbered and worded ───────────────────────────────────────
@pytest.mark.parametrize("text", [
    "1.未建立管理制度的，扣2分；2.未配备专职人员的，扣3分；3.未开展业务培训的，扣5分。",
    "①未建立管理制度扣2分②未配备专职人员扣3分③未开展业务培训扣5分",
    "(1)未建立管理制度扣2分(2)未配备专职人员扣3分(3)未开展业务培训扣5分",
    "未建立管理制度减2分，未配备专职人员减3分，未开展业务培训减5分",
    "建立管理制度、配备专职人员、开展业务培训。未建立制度扣2分，未配备人员扣3分，未开展培训扣5分。",
    "第1条未落实扣2分,第2条未落实扣3分,第3条未落实扣5分",
    "一、未建立管理制度扣2分；二、未配备专职人员扣3分；三、未开展业务培训扣5分",
    "A.未建立管理制度扣2分；B.未配备专职人员扣3分；C.未开展业务培训扣5分",
    "⑴未建立管理制度扣2分；⑵未配备专职人员扣3分；⑶未开展业务培训扣5分",
    "未建立管理制度的扣2分，未配备专职人员的扣3分，未开展业务培训的扣5分（由县财政局评分）",
])
def test_faults_each_with_its_cost_however_numbered_are_a_checklist(text):
    """“1.未建立…的,扣2分;2.…扣3分”, “①…扣2分②…”, “…减2分”, a heading naming what is checked before the faults:
    each fault costs its points once; the costs add up to the 分值 (to check)."""
    p = propose(text, "10", "管理")
    assert types(p) == ["checklist"] and not p.confident, (text, p.summary, p.unplaced)
    assert maxes(p) == [2, 3, 5]
    labels = [pt["label"] for pt in p.items[0]["params"]["points"]]
    # the list marks are no words of a fault, nor is who scores the row
    assert not any(re.match(r"无：(?:\d|[①②③⑴⑵⑶一二三AB]|\()", x) or "由" in x for x in labels), labels
    assert ticks(p, True, False, True) == 7 and ticks(p, False, False, False) == 0


@pytest.mark.parametrize("text", [
    "建立管理制度(2分),配备专职人员(3分),开展业务培训(5分)。缺一项扣除该项分值。",
    "建立管理制度（2分）；配备专职人员（3分）；开展业务培训（5分）。不符合要求的扣除相应分值",
])
def test_points_then_each_not_met_losing_its_points_are_a_checklist(text):
    """“A(2分),B(3分),C(5分);缺一项扣除该项分值”: the closing remark says what a 要点核查 does."""
    p = propose(text, "10", "管理")
    assert types(p) == ["checklist"], (text, p.summary)
    assert maxes(p) == [2, 3, 5]
    assert ticks(p, True, False, True) == 7


def test_fault_lists_near_misses():
    # a heading holding a figure is more than a heading
    p = propose("每年召开2次会议、建立台账;未召开会议扣2分,未建立台账扣3分", "5", "会议")
    assert not p.confident
    # costs that do not add up to the 分值, after a heading
    p = propose("建立管理制度、配备专职人员;未建立制度扣2分,未配备人员扣2分", "5", "管理")
    assert types(p) != ["checklist"] and not p.confident
    # a step per case is a deduction per case, numbered or not
    p = propose("①未建立制度扣2分②每缺1人扣1分", "3", "管理")
    assert types(p) != ["checklist"] and not p.confident
    # a deduction per point missing after the points is another rule than the points' own
    p = propose("建立管理制度(2分),配备专职人员(3分);缺1项扣1分", "5", "管理")
    assert types(p) != ["checklist"] and not p.confident


# ── points each followed by its breach, closed by “each not met scores nothing”, or capped at the 分值 ─────
@pytest.mark.parametrize("text, weight, pts", [
    ("建立制度（2分），未建立扣2分；配备人员（3分），未配备扣3分", "5", ["2", "3"]),
    ("建立制度(1分),未建立的扣1分;配备人员(1分),未配备的扣1分;开展培训(2分),未开展的扣2分", "4", ["1", "1", "2"]),
    ("1、制定方案（1分）；2、开展活动（1分）；3、形成总结（1分）。每项未完成不得分。", "3", ["1", "1", "1"]),
    ("制定方案（1分）、开展活动（1分）、形成总结（1分），各项未落实的该项不得分", "3", ["1", "1", "1"]),
    ("制定方案得1分;开展活动得1分;形成总结得1分,累计不超过3分", "3", ["1", "1", "1"]),
    ("制定方案得1分;开展活动得1分;形成总结得1分(最多3分)", "3", ["1", "1", "1"]),
])
def test_points_with_their_breaches_or_a_closing_remark_are_a_checklist(text, weight, pts):
    """“A(2分),未A扣2分;B(3分),未B扣3分”: each point's breach costs its own points; “每项未完成不得分”: each point
    not met scores nothing; “累计不超过3分” on 3 points: the 分值 said again. The points of one 要点核查 (to check)."""
    p = propose(text, weight, "工作")
    assert types(p) == ["checklist"] and not p.confident, (text, p.summary, p.unplaced)
    assert maxes(p) == [Decimal(x) for x in pts]
    n = len(pts)
    assert ticks(p, *[True] * n) == Decimal(weight)
    assert ticks(p, False, *[True] * (n - 1)) == Decimal(weight) - Decimal(pts[0])


def test_points_with_breaches_near_misses():
    # a breach costing other points than its point's is not its breach
    p = propose("建立制度（2分），未建立扣1分；配备人员（3分），未配备扣3分", "5", "工作")
    assert types(p) != ["checklist"] and not p.confident
    # one point with its breach and the others without: not one way of stating the points
    p = propose("建立制度(2分),未建立扣2分;配备人员(3分);开展培训(1分)", "6", "工作")
    assert types(p) != ["checklist"] and not p.confident
    # a cap below the points' sum is another rule
    p = propose("制定方案得1分;开展活动得1分;形成总结得1分,累计不超过2分", "3", "工作")
    assert types(p) != ["checklist"] and not p.confident
    # “any one not done scores nothing” may zero the whole row: never read confidently as the points alone
    p = propose("制定方案（1分）；开展活动（1分）；形成总结（1分）。任一项未完成不得分。", "3", "工作")
    assert not p.confident


# ── a question with its answers run straight after it ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, yes, no", [
    ("是否按计划完成 是=2分 否=0分", "2", "2", "0"),
    ("是否编制预算 是：1分 否：0分", "1", "1", "0"),
    ("预算是否公开是得1分否得0分", "1", "1", "0"),
    ("是否存在违规 是 0分 否 2分", "2", "0", "2"),
])
def test_a_question_with_its_answers_run_after_it_is_yes_or_no(text, weight, yes, no):
    """“是否按计划完成 是=2分 否=0分” (a cell whose spaces were taken out): the answers 是 and 否 and their scores."""
    p = propose(text, weight, "预算")
    assert types(p) == ["choice"], (text, p.summary, p.unplaced)
    opts = {o["label"]: o for o in p.items[0]["params"]["options"]}
    assert set(opts) == {"是", "否"}
    assert scored(p, {"option": opts["是"]["key"]}) == Decimal(yes)
    assert scored(p, {"option": opts["否"]["key"]}) == Decimal(no)


def test_a_question_with_answers_near_misses():
    # the best answer short of the 分值 is no reading of the row
    p = propose("是否公开 是 1分 否 0分", "2", "公开")
    assert not p.confident
    # an answer that scores above nothing leaves the one none of them holds to check
    p = propose("是否公开 是 2分 否 1分", "2", "公开")
    assert not p.confident


# ── the 分值 in brackets, then points each with its bare number ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, pts", [
    ("卫生状况（6分） 教室 2 宿舍 2 食堂 2", "6", ["2", "2", "2"]),
    ("设施维护情况。(5分)照明设施1.5消防设施2安全标识1.5", "5", ["1.5", "2", "1.5"]),
    ("(4分)台账1档案1公示1报送1", "4", ["1", "1", "1", "1"]),
])
def test_points_with_bare_numbers_after_the_weight_are_a_checklist_to_check(text, weight, pts):
    """“…(6分) 教室 2 宿舍 2 食堂 2” (a 要点|分值 table joined into one cell): the numbers are the points' 分值, adding
    up to the 分值; to check, since no “分” is written."""
    p = propose(text, weight, "卫生")
    assert types(p) == ["checklist"] and not p.confident, (text, p.summary, p.unplaced)
    assert maxes(p) == [Decimal(x) for x in pts]
    assert ticks(p, *[True] * len(pts)) == Decimal(weight)
    assert ticks(p, False, *[True] * (len(pts) - 1)) == Decimal(weight) - Decimal(pts[0])


def test_bare_numbers_near_misses():
    for text, weight in (("卫生状况(6分)教室2宿舍2食堂3", "6"),  # numbers that do not add up to the 分值
                         ("(4分)会议不少于2次培训2", "4"),  # a count the requirement asks
                         ("(6分)前3名2后3名2其余2", "6"),  # ranks
                         ("(6分)教室6宿舍0食堂0", "6")):  # one point taking the whole 分值
        p = propose(text, weight, "卫生")
        assert types(p) != ["checklist"] and not p.confident, (text, p.summary)

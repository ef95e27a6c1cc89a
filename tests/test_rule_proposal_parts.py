"""Composite texts (several scoring items on one row), checklists and choices: classes of wording the proposer reads.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
Each is proposed a rule whose items, parameters and confidence are checked and which is scored in a few
situations; each class has a near miss that must not be read that way or must not be confident.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import region_chosen
from services.scoring.rules import check_item, score_item
from services.scoring.rules.wording import normalize


def scores(p, inputs_list, item=0):
    it = p.items[item]
    assert check_item(it) == []
    return [score_item(it, inputs).score for inputs in inputs_list]


def count(n):
    return {"count": str(n)}


# ── parts that open with their heading and points ───────────────────────────
def test_sentences_opening_with_their_heading_and_points():
    text = "其中会议记录6分,每季度召开1次并记录,每缺1次扣1.5分。档案整理3分,未按要求归档的,每缺1份扣0.5分。"
    p = propose(text, "9", "制度执行")
    assert [(it["type"], it["max"], it["params"]["per"]) for it in p.items] == [
        ("deduction", "6", "1.5"), ("deduction", "3", "0.5")]
    assert scores(p, [count(0), count(2), count(9)], 0) == [Decimal(6), Decimal(3), Decimal(0)]
    assert scores(p, [count(1), count(8)], 1) == [Decimal("2.5"), Decimal(0)]
    assert not p.confident  # neither part says where its deduction stops
    # heads whose points do not add up to the 分值 are not a reading
    q = propose(text, "10", "制度执行")
    assert len(q.items) == 1 and not q.confident
    # one heading, then deductions that are not its own: not parts
    r = propose("会议记录6分,每缺1次扣1.5分。另有档案未归档的,每缺1份扣0.5分。", "6", "制度执行")
    assert len(r.items) != 2 or not r.confident


def test_dots_as_list_marks():
    text = ".村委会设立专门的保洁队伍的,得4分。.村委会制定保洁考核办法并组织检查的,得2分;未制定考核办法的,扣2分。"
    p = propose(text, "6", "村庄保洁")
    assert (p.items[0]["type"], p.items[0]["max"]) == ("all_or_nothing", "4")
    assert [it["max"] for it in p.items] == ["4", "2"]
    assert scores(p, [{"met": True}, {"met": False}], 0) == [Decimal(4), Decimal(0)]
    second = p.items[1]
    met = {"met": True} if second["type"] == "all_or_nothing" else {
        "option": max(second["params"]["options"], key=lambda o: Decimal(o["score"]))["key"]}
    unmet = {"met": False} if second["type"] == "all_or_nothing" else {
        "option": min(second["params"]["options"], key=lambda o: Decimal(o["score"]))["key"]}
    assert scores(p, [met, unmet], 1) == [Decimal(2), Decimal(0)]
    # one leading dot is no list: the text is not cut in two at a dot
    q = propose(".村委会设立专门的保洁队伍的,得4分;村委会制定保洁考核办法的,得2分。", "6", "村庄保洁")
    assert all(not it["label"].startswith(".") for it in q.items)
    # every figure and word placed (the second part not “…办法并组织检查的…;未制定考核办法的…”, a plan made and no
    # check organised left unsaid)
    assert propose(text.replace("并组织检查", ""), "6", "村庄保洁").confident
    # a dot before a number is no list mark: “.5分” stays a number
    r = propose("资料齐全得1.5分;.5分为补充资料得分", "2", "资料")
    assert not r.confident


# ── checklists ──────────────────────────────────────────────────────────────
def points(p, states, item=0):
    keys = [pt["key"] for pt in p.items[item]["params"]["points"]]
    return {"points": {k: {"state": st} for k, st in zip(keys, states)}}


def test_points_that_hold_a_figure_to_reach_and_a_closing_remark():
    text = "(2)设立村级垃圾收集点,得5分;自然村均配备2名以上保洁员,得5分,按实际情况评分(查阅台账,实地查看)"
    p = propose(text, "10", "村庄保洁")
    assert p.kind == "checklist"
    assert [(pt["label"], pt["max"]) for pt in p.items[0]["params"]["points"]] == [
        ("设立村级垃圾收集点", "5"), ("自然村均配备2名以上保洁员", "5")]
    assert scores(p, [points(p, ["met", "met"]), points(p, ["met", "not_met"]),
                      points(p, ["not_met", "not_met"])]) == [Decimal(10), Decimal(5), Decimal(0)]
    assert not p.confident  # whether 2名以上 is reached, and the closing remark, are the team's to check
    q = propose("建有1座以上垃圾中转站,得6分;配有1辆以上压缩式收运车,得4分,没有中转站不得分(实地查看)", "10", "垃圾收运")
    assert q.kind == "checklist" and [pt["max"] for pt in q.items[0]["params"]["points"]] == ["6", "4"]
    assert not q.confident
    # figures that grade one another are bands, not points that add up
    r = propose("建有1座以上垃圾中转站,得5分;建有2座以上垃圾中转站,得10分", "10", "垃圾收运")
    assert r.kind != "checklist"
    # a figure not to reach but to stay under is no point to tick
    s = propose("投诉在3件以下,得5分;设立村级垃圾收集点,得5分", "10", "村庄保洁")
    assert s.kind != "checklist" or not s.confident


def test_requirements_in_one_sentence_each_met_or_not():
    p = propose("建立工作台账得2分,按月报送进度得1分,否则不得分。", "3", "台账管理")
    assert [(it["type"], it["label"], it["max"]) for it in p.items] == [
        ("all_or_nothing", "建立工作台账", "2"), ("all_or_nothing", "按月报送进度", "1")]
    assert scores(p, [{"met": True}, {"met": False}], 0) == [Decimal(2), Decimal(0)]
    assert scores(p, [{"met": True}, {"met": False}], 1) == [Decimal(1), Decimal(0)]
    assert p.confident  # every figure and word placed
    # a list of points closed by “没有不得分” stays one 要点核查
    q = propose("1、单位内控制度1分;2、资产管理制度1分;没有不得分", "2", "制度建设")
    assert q.kind == "checklist" and len(q.items[0]["params"]["points"]) == 2
    # points that do not add up to the 分值 are not read as requirements
    r = propose("建立工作台账得2分,按月报送进度得1分,否则不得分。", "4", "台账管理")
    assert not r.confident and r.kind != "all_or_nothing"


# ── choices ─────────────────────────────────────────────────────────────────
def best_to_worst(p, item=0):
    return sorted(p.items[item]["params"]["options"], key=lambda o: -Decimal(o["score"]))


def test_shares_with_a_condition_they_all_need_scored_respectively():
    text = ("1、完成改造的村占比超过90%、75%和50%,且群众满意度调查合格,分别得8分、5分和3分。"
            "2、完成改造的村占比不足50%,或群众满意度调查不合格,不得分。")
    p = propose(text, "8", "改造成效")
    assert p.kind == "choice" and not p.confident  # whether the condition holds is the team's to judge
    opts = best_to_worst(p)
    assert [o["score"] for o in opts] == ["8", "5", "3", "0"]
    assert opts[0]["label"] == "完成改造的村占比超过90%,且群众满意度调查合格"
    assert opts[-1]["label"] == "完成改造的村占比不足50%,或群众满意度调查不合格"
    assert scores(p, [{"option": o["key"]} for o in opts]) == [Decimal(8), Decimal(5), Decimal(3), Decimal(0)]
    # the best score short of the 分值 is not this reading
    q = propose(text, "10", "改造成效")
    assert q.kind != "choice" or not q.confident
    # the share scoring nothing must be the last one listed
    r = propose(text.replace("不足50%", "不足40%"), "8", "改造成效")
    assert r.kind != "choice" or len(r.items[0]["params"]["options"]) != 4


def test_figures_of_grain_producing_and_other_areas_taken_by_the_points():
    text = "粮食播种面积不低于上年的,产区得3分,非产区得2分,否则不得分。"
    p = propose(text, "3", "粮食播种面积")
    assert (p.kind, p.items[0]["max"]) == ("all_or_nothing", "3")
    assert scores(p, [{"met": True}, {"met": False}]) == [Decimal(3), Decimal(0)]
    assert not p.confident  # which kind of area the row is, is the evaluator's to check
    assert any("产区" in u for u in p.unplaced)
    q = propose(text, "2", "粮食播种面积")
    assert (q.kind, q.items[0]["max"]) == ("all_or_nothing", "2") and not q.confident
    # a 分值 that is neither area's figure takes neither
    r = propose(text, "2.5", "粮食播种面积")
    assert r.kind != "all_or_nothing" and not r.confident
    # deductions follow the area the full score chose
    both = normalize("按要求完成高标准农田建设任务的,产区得2分、非产区得1分;完成率每减少10个百分点,产区扣0.4分、非产区扣0.2分,"
                     "扣完为止。")
    assert region_chosen(both, Decimal(1)) == (
        "按要求完成高标准农田建设任务的,得1分;完成率每减少10个百分点,扣0.2分,扣完为止;", "非产区")
    assert region_chosen(both, Decimal(2))[1] == "产区"
    assert region_chosen(both, Decimal(3)) == (both, "")


def test_a_parts_points_split_among_what_it_names_and_a_closing_zeroing_part():
    text = ("1、建立内控制度(3分,其中收支管理制度2分,采购管理制度1分,新设单位另行认定)2、制度执行有效(1分)"
            "3、制度按年修订(1分)4、未建立内控制度,该栏不得分")
    p = propose(text, "5", "内控制度")
    assert p.kind == "checklist"
    assert [(pt["label"], pt["max"]) for pt in p.items[0]["params"]["points"]] == [
        ("收支管理制度", "2"), ("采购管理制度", "1"), ("制度执行有效", "1"), ("制度按年修订", "1")]
    assert scores(p, [points(p, ["met", "not_met", "met", "met"]), points(p, ["not_met"] * 4)]) == [
        Decimal(4), Decimal(0)]
    assert not p.confident  # the exception beside the split and the zeroing part are the team's to check
    assert any("该栏不得分" in u for u in p.unplaced) and any("新设单位另行认定" in u for u in p.unplaced)
    # a split that does not add up to the part's points is not taken as its points
    q = propose(text.replace("采购管理制度1分", "采购管理制度2分"), "5", "内控制度")
    assert [pt["label"] for pt in (q.items[0]["params"].get("points") or [])][:2] != ["收支管理制度", "采购管理制度"]
    assert not q.confident


def test_a_full_situation_of_several_clauses_with_its_points_in_brackets_then_a_fault():
    p = propose("2、村卫生室设有独立诊室,药品存放规范(4分)。未设独立诊室扣3分。", "4", "卫生室建设")
    assert p.kind == "choice"
    opts = best_to_worst(p)
    assert [(o["label"], o["score"]) for o in opts] == [("村卫生室设有独立诊室,药品存放规范", "4"), ("未设独立诊室", "1")]
    assert scores(p, [{"option": o["key"]} for o in opts]) == [Decimal(4), Decimal(1)]
    assert not p.confident  # meeting only some conditions of the full situation is not scored by the text
    # two faults that may both be found are not situations to pick one of
    q = propose("2、村卫生室设有独立诊室,药品存放规范(4分)。未设独立诊室扣3分;药品存放不规范扣1分。", "4", "卫生室建设")
    assert q.kind != "choice" and not q.confident
    # the points in brackets short of the 分值 are not the full situation
    r = propose("2、村卫生室设有独立诊室,药品存放规范(3分)。未设独立诊室扣3分。", "4", "卫生室建设")
    assert r.kind != "choice" and not r.confident


def test_sentences_each_scoring_on_their_own_their_best_scores_adding_up():
    text = "建立资金管理台账得1分;年初编制项目实施方案,方案经集体研究审定得3分,方案由经办科室自行制定得2分。"
    p = propose(text, "4", "资金管理")
    assert [(it["type"], it["max"]) for it in p.items] == [("all_or_nothing", "1"), ("choice", "3")]
    assert p.items[0]["label"] == "建立资金管理台账"
    opts = best_to_worst(p, 1)
    assert [(o["label"], o["score"]) for o in opts] == [
        ("方案经集体研究审定", "3"), ("方案由经办科室自行制定", "2"), ("以上情形均不符合", "0")]
    assert scores(p, [{"option": o["key"]} for o in opts], 1) == [Decimal(3), Decimal(2), Decimal(0)]
    assert not p.confident  # the situation where none holds is not stated
    # best scores that do not add up to the 分值 are not parts
    q = propose(text, "5", "资金管理")
    assert q.kind != "mixed" and not q.confident
    # one sentence of situations alone is a 情形选择 of the row, the situation where none holds added as in a part
    r = propose("方案经集体研究审定得3分;方案由经办科室自行制定得2分。", "3", "资金管理")
    assert r.kind == "choice" and [o["score"] for o in r.items[0]["params"]["options"]] == ["3", "2", "0"]
    assert not r.confident and any("以上情形均不符合" in u for u in r.unplaced)


def test_a_numbered_part_of_situations_from_best_to_worst():
    text = ("1.按时报送季度统计报表,得4分,每迟报1次扣1分,扣完为止。"
            "2.工作经验被省级以上刊物刊载,得3分;被市级刊物刊载,得2分;被县级刊物刊载,得1分。")
    p = propose(text, "7", "信息报送")
    assert [(it["type"], it["max"]) for it in p.items] == [("deduction", "4"), ("choice", "3")]
    opts = best_to_worst(p, 1)
    assert [(o["label"], o["score"]) for o in opts] == [
        ("工作经验被省级以上刊物刊载", "3"), ("被市级刊物刊载", "2"), ("被县级刊物刊载", "1"), ("以上情形均不符合", "0")]
    assert scores(p, [{"option": o["key"]} for o in opts], 1) == [Decimal(3), Decimal(2), Decimal(1), Decimal(0)]
    assert not p.confident
    # where the sentences' points add up to the 分值 they stay points of a 要点核查
    q = propose(text, "10", "信息报送")
    assert [it["type"] for it in q.items] == ["deduction", "checklist"]
    assert [pt["max"] for pt in q.items[1]["params"]["points"]] == ["3", "2", "1"]


def test_a_level_and_those_above_it_is_a_situation():
    p = propose("获得市级以上表彰得3分,获得县级表彰得2分", "3", "表彰")
    assert p.kind == "choice"
    assert [(o["label"], o["score"]) for o in best_to_worst(p)] == [
        ("获得市级以上表彰", "3"), ("获得县级表彰", "2"), ("以上情形均不符合", "0")]
    assert not p.confident  # no award at all: 0, which the text leaves unsaid
    # a figure and above is a range of a value, not a situation
    q = propose("获得3项以上表彰得3分,获得1项表彰得2分", "3", "表彰")
    assert q.kind != "choice" or not q.confident


# ── a requirement, then the faults against it each with a deduction adding up to its points ─────────────────
@pytest.mark.parametrize("text,weight,faults", [
    # the requirement with its points, the faults after a space (cells joined)
    ("组织健全、专人管理计3分 组织不健全扣2分;无专人管理扣1分", "3", [("组织不健全", "2"), ("无专人管理", "1")]),
    # the requirement with 得, three faults, the dearest in the middle
    ("建立项目台账,按月报送进度,资料归档的得4分;未建立台账扣1分;未按月报送扣2分;资料未归档扣1分", "4",
     [("未建立台账", "1"), ("未按月报送", "2"), ("资料未归档", "1")]),
    # the requirement with no points of its own, the faults in brackets after it
    ("按规定公开项目资金分配结果。(未公开分配结果的扣2分,公开内容不完整的扣1分)", "3",
     [("未公开分配结果", "2"), ("公开内容不完整", "1")]),
    # each fault looked for in a sample the team checks
    ("随机抽查5个项目,未达标扣2分;查阅3份合同,未达标扣1分。", "3", [("5个项目", "2"), ("3份合同", "1")]),
])
def test_faults_against_a_requirement_adding_up_to_its_points_are_points_worth_their_deduction(text, weight, faults):
    """Faults that may all be found, each costing part of the 分值 and together all of it: a 要点核查 whose points
    are worth each fault's deduction, in the text's order; never one situation of several (to check: the text
    names faults, not points)."""
    p = propose(text, weight, "管理")
    assert [it["type"] for it in p.items] == ["checklist"], p.summary
    assert not p.confident
    points = p.items[0]["params"]["points"]
    assert [(word in pt["label"], pt["max"]) for (word, _pts), pt in zip(faults, points)] == [
        (True, pts) for _word, pts in faults]
    met = {pt["key"]: {"state": "met"} for pt in points}
    assert scores(p, [{"points": met}]) == [Decimal(weight)]
    for pt, (_word, pts) in zip(points, faults):  # one fault found: its deduction off
        assert scores(p, [{"points": {**met, pt["key"]: {"state": "not_met"}}}]) == [Decimal(weight) - Decimal(pts)]
    assert scores(p, [{"points": {pt["key"]: {"state": "not_met"} for pt in points}}]) == [Decimal(0)]


@pytest.mark.parametrize("text,weight", [
    # deductions that do not add up to the requirement's points
    ("建立项目台账,按月报送进度计4分;未建立台账扣1分;未按月报送扣1分", "4"),
    # a fault counted per case inside the brackets
    ("按规定公开项目资金分配结果。(每发现1处未公开扣1分,公开内容不完整的扣1分)", "3"),
    # a figure that is a line to reach, not a sample checked
    ("资金到位率低于80%扣2分;查阅3份合同,未达标扣1分。", "3"),
])
def test_faults_that_are_not_points_of_the_requirement(text, weight):
    p = propose(text, weight, "管理")
    assert p.kind != "checklist" and not p.confident, p.summary


def test_a_requirement_then_a_fault_zeroing_it_and_one_deducting_is_a_choice_of_three():
    """“…公开年度报告。(未公开的不得分;未及时公开的扣2分)”: met in full, a fault leaving the 分值 less its deduction,
    or the fault that zeroes it: a 情形选择 of 4 / 2 / 0, the full situation unsaid (to check)."""
    p = propose("按时在门户网站公开年度报告。(未公开的不得分;未及时公开的扣2分。)", "4", "报告公开")
    assert p.kind == "choice" and not p.confident
    opts = best_to_worst(p)
    assert [o["score"] for o in opts] == ["4", "2", "0"]
    assert [o["label"] for o in opts][1:] == ["未及时公开", "未公开"]
    assert scores(p, [{"option": o["key"]} for o in opts]) == [Decimal(4), Decimal(2), Decimal(0)]
    # near miss: two deducting faults that may both be found beside the zeroing one: never sure
    q = propose("按时在门户网站公开年度报告。(未公开的不得分;未及时公开的扣2分;内容不全的扣1分。)", "4", "报告公开")
    assert not q.confident


@pytest.mark.parametrize("text", ["资料完整的得3分,基本完整扣1分,不完整扣2分", "规范的得3分;较规范扣1分;不规范扣2分",
                                  "执行良好计3分;执行一般扣1分;执行较差扣2分"])
def test_degrees_of_one_quality_each_with_a_deduction_are_situations_not_faults(text):
    """Near miss: “基本完整扣1分,不完整扣2分” add up to the 分值 but exclude each other (degrees of one quality): a
    情形选择 of 3 / 2 / 1, never points of a 要点核查."""
    p = propose(text, "3", "资料")
    assert p.kind == "choice" and not p.confident, p.summary
    assert [o["score"] for o in best_to_worst(p)] == ["3", "2", "1"]


# ── a closing condition that zeroes the whole row, run on after the last part ──
@pytest.mark.parametrize("text", [
    "(1)建立制度,得1分;(2)制度上墙,得1分;(3)执行到位,得1分;未建立制度的,本项不得分。",
    "1.建立管理制度的,计1分;2.制度上墙的,计1分;3.执行到位的,计1分;没有建立制度的,该项不得分",
    "①建立制度1分;②制度上墙1分;③执行到位1分;无制度的,此项不得分",
])
def test_a_condition_zeroing_the_whole_row_after_the_last_parts_points_is_never_that_parts_situation(text):
    p = propose(text, "3", "制度建设")
    assert not p.confident  # the condition zeroes every part: the team checks it against the points
    assert any("本项不得分" in u or "该项不得分" in u or "此项不得分" in u for u in p.unplaced)
    for it in p.items:  # the condition is not made one of the last part's situations
        for o in (it.get("params") or {}).get("options", []):
            assert "不得分" not in o["label"] and "本项" not in o["label"] and "该项" not in o["label"]


def test_a_last_parts_own_zero_without_words_naming_the_row_stays_that_parts():
    p = propose("(1)建立制度,得1分;(2)制度上墙,得1分;(3)执行到位,得1分,未执行的不得分", "3", "制度建设")
    assert p.confident
    assert [it["type"] for it in p.items] == ["checklist", "all_or_nothing"]
    assert scores(p, [{"met": True}, {"met": False}], 1) == [Decimal(1), Decimal(0)]

"""Points lists, deductions and situations in more shapes: the wordings of 情形选择, 要点核查 and 逐例扣分 that tables
write without the usual marks.

Each class is tested in several wordings written for these tests in the style of published 评分标准, with the
near misses that must not be read that way.
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from tests.proposals import by_count, picked, scored, sole


# ── a fault costing the whole 分值 in those words (扣全分) beside one costing a part ──────────────
def test_a_whole_fault_and_a_lesser_one_are_three_situations():
    for text, weight, lesser, left in (
            ("无台账扣全分,台账不完整扣1分。", "4", "台账不完整", "3"),
            ("未开展自查的扣全分;自查记录不规范的扣0.5分", "2", "自查记录不规范", "1.5"),
            ("资料报送不及时扣2分,未报送资料扣满分", "5", "资料报送不及时", "3"),
            ("无维护记录扣除全部分值，记录不完整、不清晰扣1分", "3", "记录不完整、不清晰", "2")):
        p = propose(text, weight, "记录")
        options = sole(p, "choice")["options"]
        assert [o["score"] for o in options] == [weight, left, "0"], (text, options)
        assert options[1]["label"] == lesser, options
        assert picked(p, 0) == Decimal(weight) and picked(p, 1) == Decimal(left) and picked(p, 2) == 0
        # the full situation is not said, and the two faults are read as excluding each other: to check
        assert not p.confident and any("择一" in u for u in p.unplaced), p.unplaced


def test_faults_that_may_add_up_or_repeat_are_not_three_situations():
    for text in ("无台账扣全分,台账不完整每处扣1分。",  # a fault counted per case
                 "无台账扣全分,台账不完整扣1分,未及时更新扣1分。",  # two lesser faults that may both be found
                 "无台账扣全分,有1处不完整扣1分。",  # one case of what may happen again
                 "台账不完整扣1分,更新不及时扣1分。"):  # no fault takes the whole 分值
        p = propose(text, "4", "记录")
        assert not (p.kind == "choice" and len(p.items[0]["params"]["options"]) == 3), (text, p.summary)


# ── the lowest grade written “一般一下” (for 一般以下): it takes in every case below the others ─────────────────
def test_the_lowest_grade_taking_in_all_below_leaves_no_situation_unsaid():
    for text, weight, scores in (("评分:好的得5分;一般的得4分;一般一下的得2分;", "5", ["5", "4", "2"]),
                                 ("好的得3分;较好的得2分;一般一下的得1分", "3", ["3", "2", "1"])):
        p = propose(text, weight, "整洁")
        options = sole(p, "choice")["options"]
        assert [o["score"] for o in options] == scores, (text, options)
        assert picked(p, len(scores) - 1) == Decimal(scores[-1])
        assert not any("均不符合" in o["label"] for o in options), (text, options)


def test_a_lowest_grade_that_is_a_degree_still_leaves_none_unsaid():
    for text in ("好的得5分;一般的得4分", "示范村计2分,合格村计1分"):
        p = propose(text, "5" if "好" in text else "2", "创建")
        options = sole(p, "choice")["options"]
        assert options[-1]["label"] == "以上情形均不符合" and options[-1]["score"] == "0", (text, options)


# ── one fault costing the whole 分值 in words (扣除全部分值, 扣全分, 扣掉全部N分) ─────────────────────────
def test_a_lone_fault_costing_the_whole_score_in_words_is_met_or_not():
    for text in ("未建立工作台账的,扣除全部分值", "未建立工作台账的扣全分。", "未建立工作台账的扣除本项全部分值",
                 "未建立工作台账的扣掉全部3分", "未建立工作台账扣满分"):
        p = propose(text, "3", "台账")
        params = sole(p, "all_or_nothing")
        assert "未建立工作台账" in params["condition"], (text, params)
        assert scored(p, {"met": True}) == 3 and scored(p, {"met": False}) == 0
        # that the fault not found scores the 分值 is not said: to check
        assert not p.confident and any("未出现时得满分" in u for u in p.unplaced), (text, p.unplaced)


def test_a_whole_score_in_words_that_is_not_the_items_is_not_met_or_not():
    for text, weight in (("未建立工作台账的扣掉全部3分", "5"),  # the figure is not the 分值
                         ("每发现1处未建立台账的扣全分", "3"),  # a case counted
                         ("未建立工作台账的扣全分,台账不完整扣1分", "3")):  # a lesser fault beside it
        p = propose(text, weight, "台账")
        assert p.kind != "all_or_nothing", (text, p.summary)


# ── the full situation, then “少1项/缺少1项” and what it costs: one thing missing, which may happen again ──────
def test_one_thing_missing_after_the_full_situation_is_a_deduction_per_thing():
    for text, weight, per in (("按时召开,有会议记录和整改方案,记2分;少1项,扣1分。", "2", "1"),
                              ("专题部署,有会议纪要和实施方案,计4分;缺少1项,扣1分。", "4", "1"),
                              ("如期完成,有验收报告和结算资料,得5分;少1项,扣1分", "5", "1")):
        p = propose(text, weight, "会议")
        params = sole(p, "deduction")
        assert params["per"] == per, (text, params)
        assert by_count(p, "1") == Decimal(weight) - Decimal(per) and by_count(p, "5") == 0
        assert not p.confident, (text, p.unplaced)


def test_a_fault_that_is_one_situation_stays_a_situation():
    for text in ("按时报送得2分,逾期扣1分", "按时报送,记2分;逾期报送,扣1分"):
        p = propose(text, "2", "报送")
        options = sole(p, "choice")["options"]
        assert [o["score"] for o in options] == ["2", "1"], (text, options)


# ── faults each costing their points, some listed with one deduction for each, adding up to the 分值 ──────────
def test_listed_faults_beside_a_fault_of_their_own_are_the_points_of_a_checklist():
    for text, weight, maxes in (("机构不健全扣2分,无方案、无台账、无总结,每项扣1分。", "5", ["2", "1", "1", "1"]),
                                ("未成立领导小组扣1分;未制定方案、未开展培训各扣1分", "3", ["1", "1", "1"]),
                                ("制度不健全扣3分;无记录、无检查,每项扣1分", "5", ["3", "1", "1"])):
        p = propose(text, weight, "组织")
        points = sole(p, "checklist")["points"]
        assert [x["max"] for x in points] == maxes, (text, points)
        assert scored(p, {"points": {x["key"]: "met" for x in points}}) == Decimal(weight)
        assert scored(p, {"points": {x["key"]: "not_met" if x is points[1] else "met" for x in points}}) == Decimal(weight) - Decimal(maxes[1])
        assert not p.confident, (text, p.unplaced)


def test_listed_faults_alone_or_not_adding_up_are_no_checklist():
    for text, weight in (("班子不团结、不协调、战斗力不强各扣1分", "3"),  # the list alone: faults counted
                         ("机构不健全扣2分,无方案、无台账,每项扣1分", "6")):  # 2 + 1 + 1 is not the 分值
        p = propose(text, weight, "组织")
        assert p.kind != "checklist", (text, p.summary)


# ── points in sentences, a lesser degree of one of them in the sentence after it, opening with the same words ──────
def test_a_lesser_degree_after_a_point_is_a_situation_of_that_point():
    for text, weight, first, rest in (
            ("由主要领导任组长的,得2分;由分管领导任组长的,得1分;制定实施方案的,得1分;按时报送总结的,得1分", "4",
             ["2", "1"], ["1", "1"]),
            ("建立市级联席会议制度的,得1分。建立县级联席会议制度的,得0.5分。开展联合检查的,得1分。通报检查结果的,得1分。", "3",
             ["1", "0.5"], ["1", "1"])):
        p = propose(text, weight, "组织")
        assert [it["type"] for it in p.items] == ["choice", "checklist"], (text, p.summary)
        options = p.items[0]["params"]["options"]
        assert [o["score"] for o in options] == [*first, "0"], (text, options)
        assert [x["max"] for x in p.items[1]["params"]["points"]] == rest
        assert picked(p, 1) == Decimal(first[1]) and not p.confident


def test_sentences_that_are_not_degrees_of_one_thing_stay_points():
    p = propose("成立领导小组的,得1分;制定方案的,得1分;开展培训的,得1分", "3", "组织")
    assert [x["max"] for x in sole(p, "checklist")["points"]] == ["1", "1", "1"], p.summary
    # the best scores of the degrees do not add up to the 分值: no such reading
    p = propose("由主要领导任组长的,得2分;由分管领导任组长的,得1分;制定实施方案的,得1分", "5", "组织")
    assert [it["type"] for it in p.items] != ["choice", "checklist"], p.summary

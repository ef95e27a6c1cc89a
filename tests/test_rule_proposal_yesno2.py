"""Yes/no and lists of points, read by the shape of the text rather than its exact words: one requirement followed by
its score however the score is marked, a requirement with no scoring words, requirements each followed by their
points, situations each followed by their score, situations listed with their scores respectively — each with the
rule it must give, its scores in a few situations, and the near misses that must not be read that way or must not
be confident.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import picked, scored, types


def met(p, states, item=0):
    """The score of a 要点核查 whose points are met (True) or not (False), in order."""
    keys = [pt["key"] for pt in p.items[item]["params"]["points"]]
    return scored(p, {"points": {k: {"state": "met" if ok else "not_met"} for k, ok in zip(keys, states, strict=True)}},
                  item)


def maxes(p, item=0):
    return [pt["max"] for pt in p.items[item]["params"]["points"]]


# ── one requirement followed by its score on the whole 分值 ─────────────────
@pytest.mark.parametrize("text,weight", [
    ("建立项目管理制度并严格执行,4分;", "4"),                        # no verb, a comma before the score
    ("1.建立项目台账。按月更新台账并报送主管部门,得3分。", "3"),       # a heading sentence first
    ("(二)资金管理。专款专用、单独核算的,计5分。", "5"),              # a Chinese ordinal, 计
    ("三、档案管理。项目资料分类归档、保存完整，记二分。", "2"),       # full-width marks, a Chinese numeral
    ("是否通过竣工验收。是的得10分;", "10"),                          # a question answered “是的”
    ("辖区内建成标准化服务站的加6分;", "6"),                          # the score “added”
])
def test_a_requirement_followed_by_its_score_is_met_or_not(text, weight):
    """However the score is marked, a requirement and its score on the 分值: full marks when met, none otherwise.
    Not met scoring nothing is read, not said, so the proposal is to check."""
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"] and not p.confident, (text, p.summary)
    assert scored(p, {"met": True}) == Decimal(weight) and scored(p, {"met": False}) == 0


def test_the_heading_names_the_requirement_and_the_question_is_its_condition():
    p = propose("(二)资金管理。专款专用、单独核算的,计5分。", "5", "")
    assert p.items[0]["label"] == "资金管理" and p.items[0]["params"]["condition"] == "专款专用、单独核算"
    p = propose("是否通过竣工验收。是的得10分;", "10", "")
    assert p.items[0]["params"]["condition"] == "通过竣工验收"
    assert any("推定" in u for u in p.unplaced)


@pytest.mark.parametrize("text,weight", [
    ("建立项目管理制度,4分;", "5"),                # the score is not the 分值: a part of something else
    ("每完成1个项目得5分", "5"),                   # points per unit, not one requirement
    ("项目资金使用情况,4分", "4"),                 # something weighed, not met or not
    ("项目计划编制科学合理性、执行落实情况,8分。", "8"),
    ("服务中心建立健全。2分。", "2"),              # the points stated apart, nothing said of the requirement failed
    ("按时完成任务得4分,部分完成得2分", "4"),      # two situations
    ("建立管理制度,得3分,制度不健全扣1分", "3"),   # a deduction besides
])
def test_near_misses_are_not_one_requirement(text, weight):
    assert types(propose(text, weight, "")) != ["all_or_nothing"], text


# ── the requirement, its score, then the case that scores nothing ──────────
@pytest.mark.parametrize("text,weight", [
    ("全年无安全事故,得5分,发生1起安全事故不得分", "5"),                 # one case of the fault ruled out
    ("(3)加强日常巡查,未发现违规建设,得2分,有1处违规建设不得分。", "2"),
    ("项目完成率100%计满分;有1户未完成,该项不得分。", "15"),             # a line on a figure: to check
    ("检查中未发现违规占地的,得20分;若出现违规占地的不得分,能及时整改到位的,可不扣分。", "20"),
])
def test_the_requirement_then_the_case_scoring_nothing(text, weight):
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"] and not p.confident, (text, p.summary)
    assert scored(p, {"met": True}) == Decimal(weight) and scored(p, {"met": False}) == 0


@pytest.mark.parametrize("text", ["按规定时限报送报表,得2分,未报送不给分", "达不到要求不给分", "未按时上报统计报表，不给分。"])
def test_a_zero_said_with_give_reads_as_any_zero(text):
    """“不给分” is “不得分”: the same reading, the same confidence."""
    p, q = propose(text, "2", ""), propose(text.replace("不给分", "不得分"), "2", "")
    assert types(p) == ["all_or_nothing"] and p.items == q.items and p.confident == q.confident, (text, p.summary)
    assert scored(p, {"met": True}) == 2 and scored(p, {"met": False}) == 0


def test_words_after_the_case_scoring_nothing_and_figures_are_to_check():
    p = propose("检查中未发现违规占地的,得20分;若出现违规占地的不得分,能及时整改到位的,可不扣分。", "20", "")
    assert any("能及时整改到位的,可不扣分" in u and "未计入" in u for u in p.unplaced)
    p = propose("项目完成率100%计满分;有1户未完成,该项不得分。", "15", "")
    assert p.items[0]["params"]["condition"] == "项目完成率100%" and any("数值" in u for u in p.unplaced)


def test_a_case_scoring_nothing_that_is_not_the_requirement_failed_is_to_check():
    """“…,得2分,资料造假不得分”: incomplete papers that are not forged are not said."""
    p = propose("(1)台账资料齐全,得2分,资料造假不得分", "2", "")
    assert not p.confident


@pytest.mark.parametrize("text,weight", [
    ("全年无安全事故,得5分,发生1起安全事故扣2分", "5"),   # a deduction, not nothing
    ("全年无安全事故,得5分,低于90%不得分", "5"),         # a line on a figure
    ("全年无安全事故,得5分,每发生1起扣1分", "5"),
])
def test_near_misses_of_a_case_scoring_nothing(text, weight):
    p = propose(text, weight, "")
    assert not (types(p) == ["all_or_nothing"] and p.confident), (text, p.summary)


# ── one fault costing the whole 分值, a stop written as a half-width point ──
@pytest.mark.parametrize("text,weight", [
    ("7.按时上报季度报表,未完成的扣2分.", "2"),
    ("10.重大事项不按程序报告扣5分.", "5"),
])
def test_a_fault_costing_the_whole_points_ends_with_a_half_width_stop(text, weight):
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"], (text, p.summary)
    assert scored(p, {"met": True}) == Decimal(weight) and scored(p, {"met": False}) == 0


def test_words_after_the_fault_are_no_requirement_of_it():
    """A sentence after the fault that costs the whole 分值 is not the requirement the fault breaks: not confident."""
    p = propose("7.按时上报季度报表,未完成的扣2分.另附说明材料", "2", "")
    assert not p.confident, p.summary


def test_a_fault_costing_less_than_the_points_is_not_all_or_nothing():
    assert types(propose("7.按时上报季度报表,未完成的扣1分.", "2", "")) != ["all_or_nothing"]


# ── a requirement with no scoring words at all ──────────────────────────────
@pytest.mark.parametrize("text", [
    "将项目资金纳入单位预算统一管理,专款专用、专账核算。",
    "制定结合本单位实际的绩效管理办法，做到目标具体、责任明确、措施得力；",
])
def test_a_requirement_without_scoring_words_is_met_or_not_to_check(text):
    p = propose(text, "3", "")
    assert types(p) == ["all_or_nothing"] and not p.confident
    assert any("未说明计分" in u for u in p.unplaced)
    assert scored(p, {"met": True}) == 3 and scored(p, {"met": False}) == 0


@pytest.mark.parametrize("text", ["资金到位率", "按实际完成情况评分", "资金管理规范",
                                  "项目实施进度情况及质量"])
def test_names_lines_and_judged_words_are_not_bare_requirements(text):
    assert types(propose(text, "3", "")) == ["judgement"], text


# ── requirements each followed by their points ──────────────────────────────
@pytest.mark.parametrize("text", [
    "(1)制定实施方案;(2分)(2)建立工作台账;(2分)(3)按时报送信息。(1分)",   # points after the stop
    "制定实施方案,(2分)建立工作台账,(2分)按时报送信息。(1分)",              # points after the comma
    "1.制定实施方案,2分;2.建立工作台账,2分;3.按时报送信息,1分。",
    "1.制定实施方案,2分2.建立工作台账,2分;3.按时报送信息,1分。",          # no stop before the next number
    "制定实施方案计2分;建立工作台账计2分;按时报送信息计一分",                # 计, a Chinese numeral
    "1、制定实施方案，得2分；2、建立工作台账，得2分；3、按时报送信息，得1分。",  # full-width marks
])
def test_points_each_followed_by_their_score(text):
    p = propose(text, "5", "")
    assert types(p) == ["checklist"] and maxes(p) == ["2", "2", "1"], (text, p.summary)
    assert [pt["label"] for pt in p.items[0]["params"]["points"]] == ["制定实施方案", "建立工作台账", "按时报送信息"]
    assert met(p, [True, True, True]) == 5 and met(p, [True, False, True]) == 3 and met(p, [False, False, True]) == 1


@pytest.mark.parametrize("text", ["有方案得1分;有总结得1分;有台账得2分,满分4分。", "有方案(1分)、有总结(1分)、有台账(2分),共4分"])
def test_the_points_then_the_points_said_again(text):
    p = propose(text, "4", "")
    assert types(p) == ["checklist"] and maxes(p) == ["1", "1", "2"], (text, p.summary)
    assert met(p, [True, False, True]) == 3


@pytest.mark.parametrize("text", [
    "建立项目管理制度,做到制度上墙。(1.5) 明确项目负责人职责。(1.5) 逐级签订目标责任书。(2) 每条缺项,扣除本条分值。",
    "建立项目管理制度(1.5);明确项目负责人职责(1.5);逐级签订目标责任书(2)",
])
def test_points_in_brackets_without_their_unit_are_read_to_check(text):
    p = propose(text, "5", "")
    assert types(p) == ["checklist"] and maxes(p) == ["1.5", "1.5", "2"] and not p.confident, (text, p.summary)
    assert any("未写“分”" in u for u in p.unplaced)
    assert met(p, [True, False, True]) == Decimal("3.5")


def test_numbers_in_brackets_that_number_the_list_are_not_points():
    p = propose("(1)建立项目管理制度;(2)明确项目负责人职责;(3)逐级签订目标责任书", "6", "")
    assert types(p) != ["checklist"] or maxes(p) != ["1", "2", "3"]
    p = propose("建立项目管理制度(1);明确项目负责人职责(2);逐级签订目标责任书(3)", "6", "")
    assert types(p) != ["checklist"] or maxes(p) != ["1", "2", "3"]


def test_a_dropped_list_mark_a_figure_or_a_spaced_decimal_leave_the_points_to_check():
    p = propose("1.制定实施方案,2分;2.建立工作台账,2分;3按时报送信息,1分。", "5", "")
    assert types(p) == ["checklist"] and maxes(p) == ["2", "2", "1"] and not p.confident
    p = propose("应急避难场所人均面积达2平方米得0.5分;建立应急队伍得0. 5分", "1", "")
    assert types(p) == ["checklist"] and maxes(p) == ["0.5", "0.5"] and not p.confident
    assert any("数值" in u for u in p.unplaced)
    assert met(p, [False, True]) == Decimal("0.5")


@pytest.mark.parametrize("text,parts", [
    ("档案管理规范得1分(其中分类清楚得0.5分;装订整齐得0.5分);按时归档得1分", ["0.5", "0.5", "1"]),
    ("组织管理3分,其中成立领导小组1分,明确专人负责2分", ["1", "2"]),
    ("组织管理(3分):成立领导小组,1分;明确专人负责,2分", ["1", "2"]),
    ("一、组织管理(2分):1.成立领导小组,1分;2.明确专人负责,1分。二、制度建设(1分):制度健全,1分。", ["1", "1", "1"]),
])
def test_a_score_split_further_gives_the_parts(text, parts):
    """“…得1分(其中A得0.5分;B得0.5分)”, “组织管理3分,其中A1分,B2分”, “组织管理(3分):A,1分;B,2分”: the parts are the
    points (never situations beside the score they split); the words they split are to check."""
    weight = str(sum(Decimal(x) for x in parts))
    p = propose(text, weight, "")
    assert types(p) == ["checklist"] and maxes(p) == parts and not p.confident, (text, p.summary)
    assert met(p, [True] * len(parts)) == Decimal(weight) and met(p, [False] * len(parts)) == 0


@pytest.mark.parametrize("text", [
    "1.建立资金管理制度,得1分;未建立,不得分2.按月报送资金使用情况,得0.5分;未报送,不得分",
    "1、建立资金管理制度，得1分；未建立，不得分2、按月报送资金使用情况，得0.5分；未报送，不得分。",
])
def test_points_each_with_its_breach_run_straight_into_the_next_number(text):
    """“…,得1分;未建立,不得分2.…”: the next point's number follows the breach with no stop between them."""
    p = propose(text, "1.5", "")
    assert types(p) == ["checklist"] and maxes(p) == ["1", "0.5"], (text, p.summary)
    assert [pt["label"] for pt in p.items[0]["params"]["points"]] == ["建立资金管理制度", "按月报送资金使用情况"]
    assert met(p, [False, True]) == Decimal("0.5")


def test_a_point_followed_by_its_own_breach():
    p = propose("年末耕地保有量不低于下达任务,得6分;低于下达任务的,不得分。耕地保护标志牌设立齐全,得2分。", "8", "")
    assert types(p) == ["checklist"] and maxes(p) == ["6", "2"] and not p.confident
    assert met(p, [False, True]) == 2


def test_points_then_their_breaches_again_with_the_same_deductions():
    """“A,得2分;B,得2分。未设立机构,扣4分;A不到位,扣2分;B不到位,扣2分”: the faults restate the points; the one that
    takes the whole 分值 is a key point that zeroes the row."""
    text = ("项目管理机构职责明确、分工合理,得2分;管理人员配备到位,得2分。项目管理机构未设立,扣4分;职责不明确、分工不合理,扣2分;"
            "管理人员配备不到位的,扣2分。")
    p = propose(text, "4", "")
    assert types(p) == ["checklist"] and not p.confident
    params = p.items[0]["params"]
    assert params["gate"] == "gate" and maxes(p) == ["0", "2", "2"]
    assert met(p, [True, True, False]) == 2 and met(p, [False, True, True]) == 0
    p = propose("项目管理机构职责明确,得2分;管理人员配备到位,得2分。职责不明确,扣2分;管理人员配备不到位的,扣2分。", "4", "")
    assert types(p) == ["checklist"] and maxes(p) == ["2", "2"] and "gate" not in p.items[0]["params"]
    # deductions that do not restate the points are another rule
    p = propose("项目管理机构职责明确,得2分;管理人员配备到位,得2分。职责不明确,扣1分;管理人员配备不到位的,扣1分。", "4", "")
    assert not (types(p) == ["checklist"] and maxes(p) == ["2", "2"])


def test_a_point_with_a_lower_step_in_its_brackets_is_a_choice_of_its_own():
    p = propose("成立项目领导小组(2分),配备专职管理人员(3分,配备兼职管理人员的得1分)。", "5", "")
    assert types(p) == ["all_or_nothing", "choice"] and not p.confident
    assert scored(p, {"met": True}, 0) == 2
    assert [picked(p, k, 1) for k in range(3)] == [3, 1, 0]


@pytest.mark.parametrize("text,weight", [
    ("制定实施方案,2分;建立工作台账,2分", "5"),         # the points do not add up to the 分值
    ("方案完善,3分;方案较完善,2分;方案基本完善,1分", "3"),  # degrees of one quality: situations
    ("开展宣传活动,最高2分;建立台账,3分", "5"),         # a cap, not a point's score
    ("制定实施方案,2分;每缺1项扣1分;建立台账,3分", "5"),  # a deduction among them
    ("由各工作组打分,评价方案的完整性(2分)、措施的有效性(3分);结果按平均值得分", "5"),  # raters' scores averaged
])
def test_near_misses_are_not_points_that_add_up(text, weight):
    p = propose(text, weight, "")
    assert types(p) != ["checklist"] or not p.confident, (text, p.summary)
    if types(p) == ["checklist"]:
        assert sum(Decimal(x) for x in maxes(p)) == Decimal(weight)


# ── a list worth a share for each point met ─────────────────────────────────
@pytest.mark.parametrize("text", [
    "(1)建立管理制度;(2)配备专职人员;(3)按时报送报表。符合以上每项的,得2分,否则不得分。",
    "1.建立管理制度;2.配备专职人员;3.按时报送报表;满足上述每项的,计2分",
])
def test_a_share_for_each_point_of_the_list_before_it(text):
    p = propose(text, "6", "")
    assert types(p) == ["checklist"] and maxes(p) == ["2", "2", "2"], (text, p.summary)
    assert met(p, [True, False, True]) == 4


def test_a_share_that_does_not_add_up_is_not_that_list():
    p = propose("(1)建立管理制度;(2)配备专职人员。符合以上每项的,得2分,否则不得分。", "6", "")
    assert not (types(p) == ["checklist"] and maxes(p) == ["2", "2"])


# ── faults measured against a date ──────────────────────────────────────────
def test_faults_adding_up_after_the_points_may_name_a_date():
    p = propose("编制年度预算,计4分。预算编制不完整,扣2分;未于3月31日前报送备案的,扣2分。", "4", "")
    assert types(p) == ["checklist"] and maxes(p) == ["2", "2"] and not p.confident
    assert met(p, [True, False]) == 2


@pytest.mark.parametrize("text", [
    "未建立项目管理制度的扣除2分；制度执行不到位的扣除1分；未按时报送项目进度的扣除1分。",
    "1.项目管理：建立健全项目管理制度并严格执行，4分；未建立项目管理制度，扣2分；制度执行不到位，扣1分；未按时报送项目进度，扣1分。",
    "建立健全项目管理制度并严格执行（4分）。未建立项目管理制度的，扣2分，制度执行不到位的，扣1分，未按时报送项目进度的，扣1分。",
])
def test_faults_each_with_their_deduction_adding_up_to_the_points(text):
    """Faults each taking their points once (扣/扣除, after the points of what is checked however marked): the points of
    a 要点核查, each a fault absent; to check."""
    p = propose(text, "4", "")
    assert types(p) == ["checklist"] and maxes(p) == ["2", "1", "1"] and not p.confident, (text, p.summary)
    assert met(p, [False, True, False]) == 1 and met(p, [True, True, True]) == 4


# ── situations each followed by their score ─────────────────────────────────
def test_situations_each_followed_by_their_score():
    p = propose("项目纳入省级示范。(6分)项目纳入市级示范。(4分)未纳入示范。(0分)", "6", "")
    assert types(p) == ["choice"] and [picked(p, k) for k in range(3)] == [6, 4, 0]


@pytest.mark.parametrize("text", [
    "纳入国家级示范的，得6分，纳入省级示范的，得4分，纳入市级示范的，得2分，未纳入示范的不得分。",
    "纳入国家级示范。（6分）；纳入省级示范。（4分）；纳入市级示范。（2分）；未纳入示范的不得分。",
    "纳入国家级示范：6分、纳入省级示范：4分、纳入市级示范：2分、未纳入示范的不得分。",
    "纳入国家级示范6分/纳入省级示范4分/纳入市级示范2分/未纳入示范的不得分",
])
def test_situations_then_the_one_that_scores_nothing(text):
    p = propose(text, "6", "")
    assert types(p) == ["choice"], (text, p.summary)
    assert [picked(p, k) for k in range(4)] == [6, 4, 2, 0]
    assert len(p.items[0]["params"]["options"]) == 4


@pytest.mark.parametrize("text", ["纳入国家级示范（6分）；纳入省级示范（4分）；纳入市级示范（2分）。",
                                  "纳入国家级示范6分，纳入省级示范4分，纳入市级示范2分。"])
def test_situations_that_all_score_add_the_one_none_holds_to_check(text):
    p = propose(text, "6", "")
    assert types(p) == ["choice"] and not p.confident, (text, p.summary)
    assert [picked(p, k) for k in range(4)] == [6, 4, 2, 0]
    assert any("以上情形均不符合" in u for u in p.unplaced)


def test_situations_sharing_a_line_on_a_figure_are_to_check():
    p = propose("完成年度目标,且群众满意度达到90%以上(8分);完成年度目标,但满意度未达到90%(5分);未完成年度目标(0分)",
                "8", "")
    assert types(p) == ["choice"] and not p.confident
    assert [picked(p, k) for k in range(3)] == [8, 5, 0]


@pytest.mark.parametrize("text,weight", [
    ("获评省级先进加10分,获评市级先进加6分", "10"),
    ("先进等次。省级加10分;市级加6分;", "10"),
    ("省级10分、市级6分", "10"),                      # situations run together with 、
    ("国家级10分/省级6分", "10"),                     # or with /
])
def test_situations_that_all_score_leave_none_holding_to_check(text, weight):
    p = propose(text, weight, "")
    assert types(p) == ["choice"] and not p.confident, (text, p.summary)
    assert [picked(p, k) for k in range(3)] == [10, 6, 0]
    assert all(not o["label"].endswith("加") for o in p.items[0]["params"]["options"])


def test_bands_of_one_value_are_not_situations():
    """Situations that name different figures are bands of a value: not this reading."""
    p = propose("完成80%以上(6分);完成60%以上(3分)", "6", "")
    assert not (types(p) == ["choice"] and p.confident)


# ── situations listed with their scores respectively ────────────────────────
@pytest.mark.parametrize("text,weight,scores", [
    ("国家级、省级、市级分别得10、6、3分", "10", [10, 6, 3, 0]),
    ("类别(重点类、一般类)。重点、一般分别加8、5分;", "8", [8, 5, 0]),
    ("指每新建、改建1个站点分别计4分、2分", "4", [4, 2, 0]),
])
def test_situations_listed_with_their_scores_respectively(text, weight, scores):
    p = propose(text, weight, "")
    assert types(p) == ["choice"] and not p.confident, (text, p.summary)
    assert [picked(p, k) for k in range(len(scores))] == scores


def test_lines_listed_with_scores_respectively_are_not_situations():
    p = propose("30%以上、20%以上分别得6、4分", "6", "")
    assert not (types(p) == ["choice"] and any("30%" in o["label"] for o in p.items[0]["params"]["options"]))

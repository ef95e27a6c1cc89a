"""Requirements met or not, and points of a 要点核查, in wordings of course, kindergarten, service-hall and school tables:

- a short requirement that a thing can be done or a means is used (“能够打印挂号单”, “使用缓存技术”, “采用节能灯具”), or a
  duty done in its period (“每周一消毒门把手”, “每天开窗通风”): met or not, to check, as a requirement of 有/建立/配备 is
  (``all_or_nothing._DOING``); never a quality weighed (“使用效果良好”, “能够熟练操作”, “定期检查规范”);
- words that hold a character of scoring and score nothing (``all_or_nothing._NO_SCORE_WORD`` and ``_SCORED_SOMEHOW``):
  an instrument named with 计 (“计量器具”, “计数器”, “计算机”), the parts a thing is made of (“成分”, “组分”), where a
  thing is seen from (“视线范围内”), the local conditions a measure is fitted to (“结合本地实际情况制定…”), the guidance
  or the arrangement the work follows (“按照上级部门的部署…”) and how often it is done (“按月登记”); never “按实际情况
  评分”, “酌情”, “按月计分”, nor 充分 (a degree weighed);
- a heading of a few words, a sentence of its own, before a requirement whose points (the 分值) close the cell
  (“建立台账。设立工作台账,按月登记,专人管理。5分”), the heading the item's name (``all_or_nothing._POINTS_APART``); not a
  heading naming what is weighed (“工作开展情况。…”), nor the points a sentence closed by a stop of their own;
- only the breach, after how often the thing is required (“每季度没有召开例会的,不得分”): met or not, to check
  (``all_or_nothing._breach_only``); never a case counted (“每次未上报的不得分”) or a deduction;
- in a numbered point, what each one of a kind is provided with (“每班配备有1台饮水机(1分)”): words of the point, not a
  step (``wording._PROVIDED_EACH``);
- the 分值 said first of each question (“每题的分值为5分,答对得5分,…”): dropped as a lead restating the 分值, the row
  scoring one question (the sum over several is to check; ``reading._STATED_WEIGHT``, ``_EACH_THING_WEIGHT``);
- in a requirement with no scoring words, the staff it asks to be provided (“配备专职心理教师1名或兼职心理教师2名”), a
  share of a whole it asks at least (“队员不少于职工总数的30%”) and a limit on a measure either way, an angle included
  (“坡道坡度小于15度”): met or not, whether reached the team's to check (``all_or_nothing._kept_by_a_date``);
- points in brackets after the things a requirement lists, then the 分值 said again bare in a sentence of its own
  (“做好门窗(1分)、桌椅(1分)、地面(1分)、保洁工作。3分”): the points of one 要点核查 (``checklist._points_of``).

All of them are to check: the score of a requirement not met is inferred, and the words around the points are no point.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, maxes, met_or_not, picked, readings, sole, ticks, types


def _met_or_not_to_check(text: str, weight: str) -> None:
    p = propose(text, weight, "指标")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (D(weight)[0], 0), (text, p.summary)
    assert not p.confident


# ── a short requirement of an ability, a means used or a duty in its period ──────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("能够打印挂号单", "5"),
    ("使用缓存技术", "5"),
    ("采用节能灯具", "3"),
    ("每周一消毒门把手", "2"),
    ("每天开窗通风", "2"),
])
def test_a_short_requirement_of_doing_is_met_or_not(text, weight):
    _met_or_not_to_check(text, weight)
    assert any("未说明计分" in u for u in propose(text, weight, "指标").unplaced)


@pytest.mark.parametrize("text", ["使用效果良好", "能够熟练操作", "定期检查规范", "定期检查", "资金使用情况"])
def test_a_short_quality_weighed_is_no_requirement(text):
    assert types(propose(text, "5", "指标")) == ["judgement"], text


# ── words holding a character of scoring that score nothing ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("检查温度计、计量器具是否在有效期内", "2"),
    ("定期校准电子秤、计量器具", "2"),
    ("提醒顾客电表计数器已归零", "2"),
    ("公示饲料的成分、含量及生产日期", "2"),
    ("收银台视线范围内无杂物堆放,地面整洁", "2"),
    ("结合本地实际情况制定应急预案并组织演练", "4"),
    ("按照上级部门的部署开展安全检查,做好台账记录", "4"),
    ("建立工作台账,按月登记,专人管理", "5"),
])
def test_words_that_score_nothing_leave_a_requirement(text, weight):
    _met_or_not_to_check(text, weight)


@pytest.mark.parametrize("text", ["按实际情况评分", "根据实际情况酌情扣分", "充分利用宣传栏开展宣传", "按月计分",
                                  "按季度考核得分"])
def test_scoring_or_weighing_words_stay_judged(text):
    assert types(propose(text, "3", "指标")) == ["judgement"], text


# ── a heading before the requirement and its points ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, head, requirement", [
    ("2.建立台账。设立工作台账,按月登记,专人管理。5分", "建立台账", "设立工作台账,按月登记,专人管理"),
    ("保障活动经费。有专项活动经费,保证协会日常运行。5分", "保障活动经费", "有专项活动经费,保证协会日常运行"),
])
def test_a_heading_then_a_requirement_and_its_points(text, head, requirement):
    _met_or_not_to_check(text, "5")
    p = propose(text, "5", "")
    assert p.items[0]["label"] == head and p.items[0]["params"]["condition"] == requirement
    assert any("读作本项的标题" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("建立台账。设立工作台账,按月登记,专人管理。5分", "4"),           # the points not the 分值
    ("工作开展情况。设立工作台账,按月登记,专人管理。5分", "5"),       # a heading naming what is weighed
    ("台账管理;设立工作台账,按月登记,专人管理;5分;", "5"),            # the points a sentence closed of their own
])
def test_near_miss_heading_then_points(text, weight):
    assert "all_or_nothing" not in types(propose(text, weight, "指标")), text


# ── only the breach, after how often the thing is required ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text", ["每季度没有召开例会的,不得分。", "每月未上报报表的不得分"])
def test_a_breach_in_its_period_zeroes_the_row(text):
    p = propose(text, "4", "指标")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (4, 0)
    assert p.items[0]["params"]["condition"].startswith("无：每")
    assert not p.confident


@pytest.mark.parametrize("text", ["每次未上报的不得分", "每季度没有召开例会的,扣2分"])
def test_near_miss_breach_counted_or_deducted(text):
    assert "all_or_nothing" not in types(propose(text, "4", "指标")), text


# ── what each one is provided with, in a numbered point ─────────────────────────────────────────────────────────
def test_what_each_one_is_provided_with_is_words_of_the_point():
    p = propose("1、每班配备有1台饮水机(1分);2、教室配备空调(1分);3、每个楼层设有1间卫生间(1分)。", "3", "指标")
    sole(p, "checklist")
    assert maxes(p) == D(1, 1, 1)
    assert ticks(p, True, False, True) == 2 and ticks(p, False, False, False) == 0
    assert not p.confident and any("条件中的数值" in u for u in p.unplaced)


def test_near_miss_each_one_added_is_a_step():
    p = propose("1、每增加1台饮水机得1分(1分);2、教室配备空调(1分);3、楼层设有卫生间(1分)。", "3", "指标")
    assert types(p) != ["checklist"] or len(maxes(p)) != 3


# ── the 分值 said first of each question ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", ["每题的分值为5分,答对得5分,答错不得分。", "每道题满分5分,答对得5分,答错或未作答不得分。"])
def test_the_points_of_each_question_said_first(text):
    p = propose(text, "5", "必答题")
    sole(p, "choice")
    assert [picked(p, k) for k in range(2)] == D(5, 0)
    assert not p.confident and any("每题分别评分" in u or "每道分别评分" in u for u in p.unplaced)


def test_near_miss_the_points_of_each_question_not_the_weight():
    p = propose("每题的分值为5分,答对得5分,答错不得分。", "10", "必答题")
    assert not p.confident
    assert not any(r.items[0]["type"] == "choice" and len(r.items) == 1 for r in readings(
        "每题的分值为5分,答对得5分,答错不得分。", "10"))


# ── staff, a share of a whole and a measure asked, no score said ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, asked", [
    ("设立心理咨询室,配备专职心理教师1名或兼职心理教师2名。", "10", "配备专职心理教师1名或兼职心理教师2名"),
    ("组建志愿服务队,队员不少于职工总数的30%,定期开展活动。", "5", "不少于职工总数的30%"),
    ("入口设置无障碍坡道,坡道坡度小于15度,并设扶手。", "2", "小于15度"),
])
def test_counts_shares_and_measures_asked(text, weight, asked):
    _met_or_not_to_check(text, weight)
    assert any(asked in u and "由评价组核查" in u for u in propose(text, weight, "指标").unplaced)


@pytest.mark.parametrize("text", [
    "组建志愿服务队,队员占职工总数的30%,定期开展活动。",   # a share said, no line asked: may be weighed
    "乡镇配备专职人员2名",                                 # a count with too few words of a requirement: a line
])
def test_near_miss_figures_not_asked(text):
    assert types(propose(text, "5", "指标")) == ["judgement"], text


# ── points after the things listed, the 分值 said again bare ────────────────────────────────────────────────────
@pytest.mark.parametrize("text", ["做好门窗(1分)、桌椅(1分)、地面(1分)、保洁工作。3分", "门窗(1分)、桌椅(1分)、地面(1分)。3分"])
def test_points_after_the_things_then_the_weight_again(text):
    p = propose(text, "3", "指标")
    sole(p, "checklist")
    assert maxes(p) == D(1, 1, 1)
    assert ticks(p, True, True, False) == 2
    assert not p.confident and any("读作该项分值" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("做好门窗(1分)、桌椅(1分)、地面(1分)、保洁工作。3分", "4"),   # the points not the 分值
    ("门窗干净(1分)、桌椅整齐(1分);台账完整3分", "3"),               # a point of its own, not the 分值 again
])
def test_near_miss_weight_again(text, weight):
    assert types(propose(text, weight, "指标")) != ["checklist"], text

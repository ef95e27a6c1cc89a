"""Wordings that fell back to judgement though their rule is plain: situations of several sentences each closed by a
bracketed score, a fault holding a figure or a single case that costs the whole 分值, and a bare requirement asking a
count at least.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import checklist
from services.scoring.rules.base import Wording
from services.scoring.rules.wording import normalize
from tests.proposals import maxes, met_or_not, picked, readings, sole, ticks


# ── situations of several sentences, each closed by its score in brackets: “A,B;C。(3分)A,B;D。(2分)” ───────────
@pytest.mark.parametrize("text, weight, scores", [
    ("设立服务窗口,配备专人;窗口全天开放。(4分)设立服务窗口,配备专人;窗口仅工作日开放。(2分)", "4", ["4", "2"]),
    ("建立台账,分类登记;台账按月更新,资料完整。(5分)建立台账,分类登记;台账更新不及时。(3分)"
     "建立台账;台账内容缺失较多。(1分)", "5", ["5", "3", "1"]),
    ("制定巡查制度;巡查记录齐全,问题整改到位.(3分)制定巡查制度;巡查记录不全.(1分)", "3", ["3", "1"]),
])
def test_situations_of_several_sentences(text, weight, scores):
    p = propose(text, weight, "管理")
    params = sole(p, "choice")
    assert not p.confident  # the team matches each paragraph as a whole
    options = sorted(params["options"], key=lambda o: -Decimal(o["score"]))
    assert [Decimal(o["score"]) for o in options][:len(scores)] == [Decimal(s) for s in scores]
    assert picked(p, 0) == Decimal(weight) and picked(p, 1) == Decimal(scores[1])
    assert any("多句" in u for u in p.unplaced)


def test_situations_of_several_sentences_differing_in_a_figure_are_to_check():
    p = propose("成立工作专班,职责明确;专职人员配备率80%以上。(3分)成立工作专班,职责明确;专职人员配备率50%-80%。(2分)",
                "3", "专班")
    sole(p, "choice")
    assert not p.confident and any("数值" in u for u in p.unplaced)


def test_near_miss_a_heading_then_situations_is_no_paragraph():
    # a heading sentence before the first situation alone: the situations are the sentences after it, as before
    text = "本项考核值班情况;全天有人值班(3分);部分时段有人值班(2分)"
    choices = [it for found in readings(text, "3") for it in found.items if it["type"] == "choice"]
    assert choices  # the situations are read (a test of their labels, never passing on no reading at all)
    for it in choices:
        labels = [o["label"] for o in it["params"]["options"]]
        assert "全天有人值班" in labels and all("本项考核" not in x for x in labels), labels


def test_near_miss_paragraph_points_adding_up_are_no_situations():
    # scores adding up to the 分值 are points of a checklist, never one situation of them
    p = propose("建立制度,明确分工;制度上墙。(2分)建立台账,分类登记;台账按月更新。(1分)", "3", "制度")
    assert p.kind != "choice"


# ── a fault holding a figure, or a single case, that costs the whole 分值: to check ────────────────────────────────
@pytest.mark.parametrize("text, weight, figured", [
    ("抽查新建小区,发现有楼无表现象,视为入户率未达到100%,扣4分", "4", True),
    ("检查2个以上站点,站点无人值守的,扣2分", "2", True),
    ("1.未在30日内完成整改的,扣5分", "5", True),
    # “如发生1次…则扣掉全部10分”: one case found, said in words
    ("如发生一次重大安全责任事故则扣掉全部10分", "10", False),
    ("出现1起信息泄露事件的,扣除本项全部分值", "5", False),
    ("有1例虚报冒领,扣全分", "2", False),
])
def test_a_fault_takes_all(text, weight, figured):
    p = propose(text, weight, "检查")
    sole(p, "all_or_nothing")
    assert not p.confident and (not figured or any("数值" in u for u in p.unplaced))
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


def test_a_fault_in_words_stays_confident():
    # no figure: the reading it had, sure as before
    p = propose("未按要求实现政事分开的,扣1分", "1", "分开")
    sole(p, "all_or_nothing")
    assert p.confident


@pytest.mark.parametrize("text, weight", [
    ("每发现1处未整改的,扣3分", "3"),  # a deduction per case
    ("完成率低于90%的,扣3分;低于80%的,扣3分", "3"),  # lines on a rate: bands, not faults in words
    ("未建立制度的,扣2分", "3"),  # short of the 分值
])
def test_near_miss_faults_with_figures_that_do_not_take_all(text, weight):
    p = propose(text, weight, "检查")
    assert p.kind != "all_or_nothing" or not p.confident


def test_near_miss_a_count_of_cases_takes_nothing_all():
    # three cases is a line on a count, not a fault in words
    p = propose("发生3起安全事故的,扣除本项全部分值", "5", "安全")
    assert p.kind != "all_or_nothing" or not p.confident


# ── a bare requirement asking a count at least: “每年至少举办2次专题讲座” ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight, count", [
    ("各二级学院每年至少举办2次专题讲座。", "2", "至少举办2次"),
    ("1.每季度至少召开1次安全例会,会议资料齐全", "3", "至少召开1次"),
    ("开展政策宣传活动不少于3场,覆盖全部村(社区)", "4", "不少于3场"),
])
def test_a_requirement_asking_a_count(text, weight, count):
    p = propose(text, weight, "宣传")
    sole(p, "all_or_nothing")
    assert not p.confident and any(count in u for u in p.unplaced)
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


@pytest.mark.parametrize("text", [
    "宣传覆盖率至少达到90%",  # a rate, a line: not a count asked
    "每年至少举办2次专题讲座,每少1次扣1分",  # scored per case
    "至少举办2次专题讲座,酌情评分",  # judged
])
def test_near_miss_requirements_not_a_count_asked(text):
    # no reading, proposed or not, is the requirement met or not (a reading that is not sure would pass a test of the
    # proposal alone)
    assert not [r.summary for r in readings(text, "2") if any(it["type"] == "all_or_nothing" for it in r.items)]
    p = propose(text, "2", "宣传")
    assert p.kind != "all_or_nothing" and not p.confident, p.summary


# ── points adding up, one holding a figure to reach on a measure of its own: “…比例不大于2:3,得1分” ─────────────────
@pytest.mark.parametrize("text, weight, maxes_", [
    ("站点布局合理,满足群众就近办理需求,得3分;窗口与人口比例不大于1:5000,得1分。", "4", ["3", "1"]),
    ("管道口径100-150mm,接口严密,得1分;设置检修井,得1分;井盖承重20吨以上,得1分", "3", ["1", "1", "1"]),
    ("照明充足,灯具完好,得2分;室内温度保持在18-26℃,得1分", "3", ["2", "1"]),
])
def test_points_with_a_figure_to_reach(text, weight, maxes_):
    p = propose(text, weight, "设施")
    sole(p, "checklist")
    assert not p.confident and any("数值" in u for u in p.unplaced)
    assert maxes(p) == [Decimal(x) for x in maxes_]
    assert ticks(p, *([True] * len(maxes_))) == Decimal(weight)
    assert ticks(p, *([False] + [True] * (len(maxes_) - 1))) == Decimal(weight) - Decimal(maxes_[0])


@pytest.mark.parametrize("text, weight", [
    ("覆盖率不低于95,得2分;覆盖率不低于90,得1分", "3"),  # one measure at two lines: bands, not points
    ("资料齐全,得2分;每缺1项,得1分", "3"),  # a step
    ("制度健全,得2分;差错率在5%以下,得1分", "3"),  # a band's lower side on a percentage
])
def test_near_miss_points_with_figures_that_are_no_points(text, weight):
    # not read as points that add up (another wording may still offer them, to check); never confident
    assert checklist._additive(Wording(normalize(text), Decimal(weight), "指标")) is None
    assert not propose(text, weight, "设施").confident


# ── a score whose 分 is left out, in a text that opens with its points in 分: “0.4分。配备消防设施…得0.4” ─────────────
@pytest.mark.parametrize("text, weight", [
    ("0.5分。配备应急照明设施(如应急灯、疏散指示)得0.5", "0.5"),
    ("2分。建立值班值守制度,得2", "2"),
])
def test_a_score_without_its_unit_after_the_points_said_first(text, weight):
    p = propose(text, weight, "设施")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


def test_a_score_without_its_unit_split_among_points():
    p = propose("2分。建立值班制度,得1;值班记录完整,得1", "2", "值班")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(1), Decimal(1)]


@pytest.mark.parametrize("text, weight", [
    ("建立值班值守制度,得2", "2"),  # no points said in 分 anywhere: the figure may be anything
    ("共2项。建立值班值守制度,得2", "2"),  # a count opens the text, not points
])
def test_near_miss_a_bare_figure_with_no_points_said(text, weight):
    p = propose(text, weight, "值班")
    assert not (p.kind == "all_or_nothing" and p.confident)


# ── a closing sentence saying how a special case counts: “…,计2分。若某县无此类项目,视为已完成” ────────────────────────
@pytest.mark.parametrize("text, weight, kind", [
    ("各县区建立重点企业名录,及时录入监管平台并动态更新的,计3分。若某县区无此类企业,视为名录已建立。", "3", "all_or_nothing"),
    ("1.建立季度督查制度;1分2.督办上级交办事项.1分;无上级交办事项的,可直接得分.", "2", "checklist"),
    ("按规定建立项目储备库并按季度更新的,得2分;如当年无新申报项目,视同更新。", "2", "all_or_nothing"),
])
def test_a_closing_special_case_is_said_back(text, weight, kind):
    p = propose(text, weight, "储备")
    sole(p, kind)
    assert not p.confident and any("特殊情形" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "按规定建立项目储备库的,得2分;如当年无新申报项目,扣1分。",  # the special case scores: part of the rule
    "按规定建立项目储备库的,得2分;如新申报项目超过3个,视为达标。",  # a figure: a line, not a case in words
])
def test_near_miss_a_closing_sentence_that_scores(text):
    # the proposal always says what it doubts (a judgement names the words it could not read): no special case among them
    p = propose(text, "2", "储备")
    assert p.unplaced or p.confident, p.summary
    assert not any("特殊情形" in x for x in p.unplaced), p.unplaced
    for found in readings(text, "2"):
        assert not any("特殊情形" in x for x in found.doubts or ())


# ── the item's name and its 分值 opening the text before a rule scoring in words: “制度建设2分,建立制度的得满分,…” ──────
@pytest.mark.parametrize("text, weight", [
    ("制度建设2分,建立健全内控制度的得满分,否则不得分", "2"),
    ("档案管理3分;档案资料齐全规范的,得满分,否则不得分", "3"),
])
def test_a_name_and_its_weight_opening_the_text_is_dropped(text, weight):
    p = propose(text, weight, "管理")
    params = sole(p, "all_or_nothing")
    assert not params["condition"].startswith(text[:4])
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


@pytest.mark.parametrize("text, weight", [
    ("优秀4分,良好3分,一般不得分", "4"),  # the first of situations, not a name
    ("制度建设2分,档案管理1分,否则不得分", "3"),  # points of a checklist: the lead is not the 分值
    ("制度建设2分,建立制度的得1分,否则不得分", "2"),  # another score earned: the lead may be a situation
])
def test_near_miss_a_lead_with_points_that_is_no_name(text, weight):
    p = propose(text, weight, "管理")
    assert p.kind != "all_or_nothing" or not p.confident or "制度建设" in p.items[0]["params"]["condition"]

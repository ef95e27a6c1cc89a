"""Choices the proposer left to judgement though the text states its situations: what is asked, no points of its own,
then two faults closing the text, one zeroing the row and one costing part of it (“…无计划不得分,未落实扣1分”: met, the
lesser fault, the whole fault); one list of grades each with its points in brackets among the words that say how
the grades are judged (“…较好为B档…;赋分点:A档(100分)、B档(90分)…”); a requirement met or not whose breach names
again the span of years it is measured over (“近3年…≥近3年全国平均…,得1分;低于近3年全国平均…不得分”); and situations in
falling order whose best is a count or more and a lower one is named in words (“…3个及以上…得3分;…2个…得2分;超额完成
全科专业招收任务,得1分;…不得分”); a requirement failed barring commendation, outside the score (“达到标准的计8分,未达到
标准60%不能被表彰”); and roles scored each period, the first on the 分值 (“擔任…輔導老師每學年加2分，…義務輔導老師加1分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, picked, readings, sole


def _labels(p):
    return [o["label"] for o in p.items[0]["params"]["options"]]


# ── what is asked, then a fault zeroing the row and a fault costing part of it ──────────────────────────────────
@pytest.mark.parametrize("text, weight, want", [
    ("制定年度培训计划,有内容、有课时,并按计划组织实施。无计划不得分,未实施扣2分。", "4", (4, 2, 0)),
    ("建立安全检查台账,记录完整。未建立台账的不得分;记录不完整扣0.5分", "1", (1, "0.5", 0)),
    ("卫生院设置独立的预防接种门诊,并配备冷链设备。有门诊但无冷链设备扣1分;未设置门诊不得分。", "3", (3, 2, 0)),
    ("值班室(2分):设置专门值班室,配备电话、传真等设备;未设置值班室不得分;有值班室但设备不全扣1分;", "2", (2, 1, 0)),
])
def test_a_requirement_then_a_whole_and_a_lesser_fault_are_three_situations(text, weight, want):
    p = propose(text, weight, "制度建设")
    options = sole(p, "choice")["options"]
    assert len(options) == 3
    assert [picked(p, rank) for rank in range(3)] == D(*want)
    assert not p.confident  # the full situation is read, not said
    assert any("满分情形" in u for u in p.unplaced), p.unplaced


def test_the_long_requirement_is_named_shortly():
    p = propose("各乡镇卫生院、社区卫生服务中心设置独立的预防接种门诊,并配备冷链设备、计算机、打印机等相关设备;"
                "有门诊但无冷链设备扣1分;未设置门诊不得分。", "3", "门诊设置")
    assert _labels(p)[0] == "达到上述要求"


@pytest.mark.parametrize("text, weight", [
    ("查资料。无领导机构不得分;无专职人员扣1分", "2"),                      # how it is checked: no requirement
    ("建立台账,记录完整。无台账不得分,每缺1项记录扣0.5分", "2"),             # a deduction per case, not one fault
    ("建立台账得1分,记录完整得1分。无台账不得分,记录不完整扣1分", "2"),     # the requirement's own points
    ("建立台账,记录完整。未建立台账扣1分,记录不完整扣0.5分", "2"),          # no fault takes the whole row
    ("建立台账,记录完整。无台账不得分", "2"),                                 # one fault only
])
def test_near_miss_no_requirement_with_whole_and_lesser_fault(text, weight):
    for found in readings(text, weight):
        assert not (found.summary == "情形选择：3 种情形" and any("按做到所列要求得满分读" in x for x in found.doubts or ())), \
            found.items


# ── one list of grades with their points in brackets, among words of how they are judged ────────────────────────
@pytest.mark.parametrize("text, weight, want, best", [
    ("综合考虑工作的及时性、准确性,完成情况好为A档,一般为B档,差为C档;赋分点:A档(10分)、B档(8分)、C档(5分)。", "10",
     (10, 8, 5), "A档（完成情况好）"),
    ("由考核小组对各单位综合评定,按一档(20分)、二档(15分)、三档(10分)、四档(5分)确定得分", "20", (20, 15, 10, 5), "1档"),
])
def test_grades_with_points_in_brackets_among_words(text, weight, want, best):
    p = propose(text, weight, "常规工作")
    sole(p, "choice")
    assert [picked(p, rank) for rank in range(len(want))] == D(*want)
    assert _labels(p)[0] == best
    assert not p.confident  # the grade is the team's to judge, the words around are not read


@pytest.mark.parametrize("text, weight", [
    ("A档(10分)、B档(8分)、C档(5分);另对信息报送及时的加2分", "10"),          # other points said beside the grades
    ("完成好为A档,差为B档;A档(8分)、B档(10分)", "10"),                       # grades rising: not the list read
    ("A档(10分)、B档(8分);1档(6分)、2档(4分)", "10"),                         # two lists
])
def test_near_miss_grades_in_brackets(text, weight):
    for found in readings(text, weight):
        assert not any("按所列各档择一计分" in x for x in found.doubts or ()), found.items


# ── a span of years the requirement names again in the breach: no figure of the breach ──────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("近5年本单位科研项目结题率≥近5年全省平均结题率,得2分;低于近5年全省平均结题率不得分", "2"),
    ("近3年本专业学生就业率≥近3年全省同专业平均就业率,得1分;低于近3年全省同专业平均就业率不得分(就业率=就业人数/毕业生总数)", "1"),
])
def test_a_span_of_years_said_again_in_the_breach_is_the_requirements(text, weight):
    p = propose(text, weight, "质量")
    assert sole(p, "all_or_nothing")["condition"].startswith("近")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident  # the two rates are the team's to compare


def test_near_miss_another_span_in_the_breach():
    p = propose("近3年本单位结题率≥全省平均结题率,得2分;低于近5年全省平均结题率不得分", "2", "质量")
    assert p.kind != "all_or_nothing"


# ── the best situation a count or more, a lower one named in words ────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, want", [
    ("完成包括脱贫村在内的3个及以上村的改造任务,得4分;完成包括脱贫村在内的2个村的改造任务,得3分;完成脱贫村改造任务,得1分;"
     "未完成脱贫村改造任务,不得分", "4", (4, 3, 1, 0)),
    ("在不突破编制的前提下,引进含学科带头人在内的3名以上高层次人才的,得6分;引进学科带头人,得3分;未引进学科带头人,不得分",
     "6", (6, 3, 0)),
])
def test_a_count_or_more_then_situations_in_words_are_a_choice(text, weight, want):
    p = propose(text, weight, "任务完成")
    sole(p, "choice")
    assert [picked(p, rank) for rank in range(len(want))] == D(*want)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("完成3个及以上村的改造任务,得4分;完成2个村的改造任务,得3分;完成1个村的改造任务,得1分;未完成,不得分", "4"),  # a count's bands
    ("完成3个及以上村的改造任务,得4分;完成脱贫村改造任务,得1分;每少1个扣1分", "4"),                      # a step per one
    ("完成3个及以上村的任务,得4分;完成5个村的任务,得3分;完成脱贫村任务,得1分;未完成,不得分", "4"),         # a larger count below
])
def test_near_miss_a_count_or_more_among_words(text, weight):
    for found in readings(text, weight):
        assert not any("最高一档为" in x for x in found.doubts or ()), found.items


# ── the requirement failed barring commendation: outside the row's score ───────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("达到标准的计6分,未达到标准80%不能被表彰", "6"),
    ("群众满意率达到90%的得5分,未达到的不得评先评优", "5"),
    ("按期完成整改的计3分,未完成整改的取消评优资格", "3"),
])
def test_a_bar_to_commendation_is_outside_the_score(text, weight):
    p = propose(text, weight, "基本条件")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident  # not met scoring nothing is read, not said


@pytest.mark.parametrize("text, weight", [
    ("达到标准的计6分,未达到标准的计3分,不能被表彰", "6"),   # the breach's own points
    ("达到标准的计6分,未达到标准每差1%扣1分,不能被表彰", "6"),  # a step below the line
])
def test_near_miss_a_bar_to_commendation_beside_points(text, weight):
    assert propose(text, weight, "基本条件").kind != "all_or_nothing"


# ── roles scored each period, the first on the 分值 and the others less ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, want", [
    ("擔任社團指導老師每學年加3分，社團協同指導老師加1分。", "3", (3, 1, 0)),
    ("担任班主任每学期加2分,担任副班主任加1分", "2", (2, 1, 0)),
    ("5.担任校级竞赛总教练每年加4分,担任分项教练加2分,担任助理教练加1分", "4", (4, 2, 1, 0)),
])
def test_roles_scored_each_period_are_a_choice(text, weight, want):
    p = propose(text, weight, "服务")
    sole(p, "choice")
    assert [picked(p, rank) for rank in range(len(want))] == D(*want)
    assert "（当" in _labels(p)[0]
    assert not p.confident  # one period scored, holding none scores nothing: both read


@pytest.mark.parametrize("text, weight", [
    ("担任班主任每学期加2分,担任副班主任加3分", "3"),        # the first not the best
    ("担任班主任每学期加2分,每带1个兴趣小组加1分", "2"),      # a count of cases beside the role
    ("担任班主任每学期扣2分,担任副班主任扣1分", "2"),        # deductions, not points earned
])
def test_near_miss_roles_each_period(text, weight):
    for found in readings(text, weight):
        assert not any("内担任其一读" in x for x in found.doubts or ()), found.items

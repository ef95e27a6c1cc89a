"""Wordings of points added and taken per time from a base said last, with the cap of the whole after it (“1.迟到或早退…扣2分/
次;…;3.会上积极发言加2分/次;4.此项基本分为0分,累计不超过8分”, “…,作为活动总负责人,加10分;…;基本分为0分,最高不超过15分”),
and deductions per time closing with a base that is the 分值 said again (“…:一次扣1分;…:一次扣2分。基本分为10分。”); a written
formula after a list mark in words (“五、员工月日常考核分数=(100-所扣分数)*10%”); points per time in numbered sentences with
a closing sentence capping them at the 分值 (“1.主办…者,每次加3分;…;7.校外专业服务,其加分上限为10分”), and a cap said as
the points added's (“每项加1分,加分上限为5分”); situations listed with their scores after 各 (“非常熟悉、较熟悉各加3分、2分”);
situations adding or taking points with no time said, the base and the cap said last (“…作为主负责人,加5分;…辅助…,加2分;
无故不参加…,扣五分;基本分为5分,最高不超过10分”), one of them holding.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, met_or_not, picked, readings, sole


# ── points added and taken per time from a base said last, capped at the 分值 ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("漏签到，一次扣1分；无故缺席一次扣3分；外出学习一次，加2分。基本分为10分", "10",
     [("1", "1", "1"), ("0", "0", "3"), ("0", "4", "0")], [8, 10, 0]),
    ("1.上班迟到扣1分/次。2.会议上主动汇报加2分/次。3.此项基本分为4分，累计不超过10分。", "10",
     [("0", "0"), ("1", "2"), ("0", "5"), ("6", "0")], [4, 7, 10, 0]),
    ("1.参加业务培训加3分/次。2.提交学习心得加1分/次。3.此项基本分为0分，最高不超过9分。", "9",
     [("1", "1"), ("3", "2"), ("0", "0")], [4, 9, 0]),
    ("1.请假扣1分/次，旷工扣3分/次，早退2分/次。2.主动承担加班任务加1分/次。3.此项基本分为6分，累计不超过10分。", "10",
     [("0", "0", "0", "0"), ("1", "0", "1", "2"), ("0", "0", "0", "9"), ("0", "3", "0", "0")], [6, 5, 10, 0]),
    ("组织读书活动，作为总负责人，加6分；协助组织读书活动，加2分；基本分为0分，最高不超过12分", "12",
     [("1", "1"), ("2", "0"), ("0", "0")], [8, 12, 0]),
])
def test_points_per_time_from_a_base_said_last(text, weight, at, expected):
    p = propose(text, weight, "例会")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight, at, expected", [
    ("巡查时发现漏检，一次扣1分；未按时上报者：一次扣2分。基本分为8分。", "8", [("0", "0"), ("1", "1"), ("3", "4")], [8, 5, 0]),
    ("交接班记录不全的，一次扣0.5分；擅自离岗者：一次扣2分。基本分为6分。", "6", [("2", "1"), ("0", "0")], [3, 6]),
])
def test_faults_per_time_closing_with_the_weight_as_base(text, weight, at, expected):
    p = propose(text, weight, "值班")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)


def _read_from_base(text: str, weight: str) -> bool:
    return any(r.summary.startswith("公式计分：基本分") for r in readings(text, weight, "例会"))


@pytest.mark.parametrize("text, weight", [
    ("1.上班迟到扣1分/次。2.会议上主动汇报加2分/次。3.此项基本分为0分，累计不超过8分。", "10"),  # a cap short of the 分值
    ("作为负责人组织活动，加5分；无故缺席活动，扣5分；基本分为5分，最高不超过10分", "10"),  # situations, no time counted
    ("1.上班迟到扣1分/次。2.此项基本分为12分。", "10"),  # a base past the 分值
    ("1.上班迟到2分/次。2.此项基本分为5分，累计不超过10分。", "10"),  # no verb said for the points
    ("参加培训加2分/次;作为讲师,加5分;基本分为0分,最高不超过10分", "10"),  # counted beside uncounted
])
def test_near_miss_not_read_from_a_base_said_last(text, weight):
    assert not _read_from_base(text, weight)
    assert not propose(text, weight, "例会").confident


# ── a written formula after a list mark in words (“五、…分数=(100-所扣分数)*10%”) ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("三、员工季度考核分数=(100-所扣分数)*20%;", "20", ["0", "30", "150"], [20, 14, 0]),
    ("二、部门月度考评得分 =( 100-扣分) *5%", "5", ["0", "40"], [5, 3]),
])
def test_a_written_formula_after_a_list_mark_in_words(text, weight, at, expected):
    p = propose(text, weight, "日常考核")
    sole(p, "formula")
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("五、员工月考核分数由部门负责人评定", "10"),  # no formula after the mark
    ("十一、考核分数=部门评定", "10"),  # a quantity named, no arithmetic
])
def test_near_miss_a_list_mark_in_words_no_formula(text, weight):
    p = propose(text, weight, "日常考核")
    assert p.kind != "formula" and not p.confident


# ── points per time in numbered sentences, a closing sentence capping them at the 分值 ─────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("1.承办区级业务培训，每次加2分。2.发表调研文章，每篇加1分。3.本项加分上限为6分。", "6",
     [("1", "2"), ("3", "2"), ("0", "0")], [4, 6, 0]),
    ("1.指导学生竞赛者，每次加2分。2.担任校外评审，每学年加1分。3.校外服务，其加分上限为8分。", "8",
     [("2", "1"), ("4", "3")], [5, 8]),
    ("担任教研组长、备课组长等，每项加1分，加分上限为5分。", "5", [("3",), ("7",)], [3, 5]),
])
def test_points_per_time_numbered_with_a_closing_cap(text, weight, at, expected):
    p = propose(text, weight, "服务")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("1.承办区级业务培训，每次加2分。2.发表调研文章，每篇加1分。3.本项加分上限为5分。", "6"),  # a cap short of the 分值
    ("1.承办区级业务培训，每次加2分。3.发表调研文章，每篇加1分。", "6"),  # the numbers not in turn
    ("1.承办区级业务培训，每次加2分。2.未按时报送材料，每次扣1分。3.本项加分上限为6分。", "6"),  # a deduction among them
])
def test_near_miss_numbered_sentences_not_cases_of_one_formula(text, weight):
    assert not any(r.summary.startswith("公式计分：承办区级业务培训") for r in readings(text, weight, "服务"))
    assert not propose(text, weight, "服务").confident


# ── situations listed, their scores after 各 (“非常熟悉、较熟悉各加3分、2分”) ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("2、班组长对本班组设备的掌握情况。完全掌握、基本掌握各加4分、2分。", "4", [4, 2, 0]),
    ("档案整理：规范、较规范各得3分、1分", "3", [3, 1, 0]),
])
def test_situations_with_scores_after_ge(text, weight, expected):
    p = propose(text, weight, "掌握情况")
    assert len(sole(p, "choice")["options"]) == len(expected)
    assert [picked(p, k) for k in range(len(expected))] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("市级、县级各得2分", "4"),  # one score for each: points for each, not situations in turn
    ("规范、较规范各得2分、2分", "2"),  # scores alike: not one per situation
])
def test_near_miss_ge_not_scores_in_turn(text, weight):
    p = propose(text, weight, "档案")
    assert not (p.kind == "choice" and p.confident)
    assert not any(r.summary.startswith("情形选择") and any("依次对应" in x for x in r.doubts or ())
                   for r in readings(text, weight, "档案"))


# ── situations adding or taking points, no time said, the base and cap said last ───────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("积极参与科室工作，作为牵头人，加4分；积极参与科室工作，协助开展，加1分；无故不参与科室工作，扣四分；基本分为4分，最高不超过8分",
     "8", [8, 5, 4, 0]),
    ("参加志愿服务，担任组长，加3分；参加志愿服务，加1分；无故缺席，扣2分；基本分为6分，最高不超过9分", "9", [9, 7, 6, 4]),
])
def test_situations_from_a_base_said_last(text, weight, expected):
    p = propose(text, weight, "科室工作")
    assert len(sole(p, "choice")["options"]) == len(expected)
    assert [picked(p, k) for k in range(len(expected))] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("参加志愿服务1次，加1分；无故缺席1次，扣2分；基本分为6分，最高不超过9分", "9"),  # counted per time
    ("参加志愿服务，担任组长，加3分；无故缺席，扣2分；基本分为6分，最高不超过8分", "9"),  # a cap short of the 分值
    ("参加志愿服务，担任组长，加3分；参加志愿服务，加1分；基本分为6分，最高不超过9分", "9"),  # nothing taken off
])
def test_near_miss_not_situations_from_a_base_said_last(text, weight):
    assert not any("各情形择一" in x for r in readings(text, weight, "科室工作") for x in r.doubts or ())


# ── a count's deduction at consecutive times, so on (“迟到三次扣20分;迟到四次扣30分,以此类推”) ─────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("2、早退:① 早退一次内不扣分;② 早退两次扣10分;③ 早退三次扣15分,以此类推。", "50", ["1", "2", "3", "5", "20"],
     [50, 40, 35, 25, 0]),
    ("缺卡3次以内不扣分,缺卡4次扣5分,缺卡5次扣8分,以此类推", "30", ["3", "4", "6", "15"], [30, 25, 19, 0]),
    ("未打卡1次扣1分,未打卡2次扣3分,未打卡3次扣5分,以此类推", "10", ["0", "1", "4", "9"], [10, 9, 3, 0]),
])
def test_a_deduction_at_consecutive_times_so_on(text, weight, at, expected):
    p = propose(text, weight, "出勤")
    sole(p, "formula")
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("早退两次扣10分;早退三次扣15分,以此类推", "50"),  # the first time unsaid
    ("早退一次内不扣分;早退两次扣10分;早退四次扣20分,以此类推", "50"),  # the counts not consecutive
    ("早退一次内不扣分;早退两次扣10分;早退三次扣12分;早退四次扣20分,以此类推", "50"),  # no equal step
    ("早退一次内不扣分;早退两次扣10分;迟到三次扣15分,以此类推", "50"),  # two things counted
])
def test_near_miss_not_a_deduction_at_consecutive_times(text, weight):
    assert not any("以此类推" in r.summary and r.summary.startswith("公式计分：早退：") for r in readings(text, weight, "出勤"))
    assert not propose(text, weight, "出勤").confident


# ── a thing done earning the 分值 for each school year (“…,每学年加2分” on 2 points) ──────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("担任学生社团指导教师，每学年加2分。", "2"),
    ("3.负责本系年度招生宣传工作，每年度加3分", "3"),
])
def test_the_weight_for_each_school_year(text, weight):
    p = propose(text, weight, "社团指导")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == tuple(D(weight, 0))
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("担任学生社团指导教师，每学年加2分。", "6"),  # points short of the 分值: years counted
    ("担任学生社团指导教师，每次加2分。", "2"),  # a time, not a period
])
def test_near_miss_not_the_weight_for_each_school_year(text, weight):
    assert propose(text, weight, "社团指导").kind != "all_or_nothing"

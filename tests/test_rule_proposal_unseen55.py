"""Wordings a proposer found no reading of at all, or read short: situations grouped under headings, a level or a kind
of co-authorship before a colon (“省部级:主持人8分,第二成员6分…;州级:…”, “国家级:一等加10分,二等加9分…”), the roles
of a piece of work one of which shares its points (“主编计6分,第一副主编计4分,其它成员共2分”); points per case of each
kind, the 每 said only for the first kind (“发明专利每项4分,实用新型专利3分,外观设计2分”), or one more kind in brackets
closing the list (“核心期刊每篇4分,公开期刊每篇2分,(内刊、增刊、论文集每篇1分)”); points for a requirement met and points
per case beside them (“制定出台管理办法3分,每体现一项制度1分,最高8分”); points at a line with a step above it, nothing
said below it (“满3个月得5分,每增加1个月,增加0.5分,最高为15分”); kinds of subject each opening their own bands, the kind
not said again (“市级档案馆总建筑用地20亩以上,2分;10亩以上,1分;…;县级档案馆总建筑用地15亩以上,2分;…”); points adding up,
then a fault of its own that zeroes the row, not the last point unmet (“…文书档案规范4分;受举报被查处的不计分”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, picked, sole


# ── situations grouped under headings (“省部级:主持人8分,第二成员6分;州级:主持人6分,…”) ─────────────────────────────
@pytest.mark.parametrize("text, weight, ranked", [
    ("省级:主持人6分,第二成员4分;市级:主持人4分,第二成员2分;县级:主持人2分;其他成员1分", "6", [6, 4, 4, 2, 2, 1]),
    ("国家级：一等奖加10分，二等奖加8分；省级：一等奖加6分，二等奖加4分", "10", [10, 8, 6, 4]),
    ("立项课题:国家级:负责人计5分,参与者计3分;省级:负责人计3分,参与者计1分。", "5", [5, 3, 3, 1]),
    ("独立完成得8分,两人合作:第一完成人得5分,第二完成人得3分;三人以上合作:第一完成人得4分,其他人员共2分", "8",
     [8, 5, 4, 3, 2]),
])
def test_situations_grouped_under_headings(text, weight, ranked):
    p = propose(text, weight, "成果")
    options = sole(p, "choice")["options"]
    assert [picked(p, k) for k in range(len(ranked))] == D(*ranked)
    assert options[-1]["score"] == "0" and len(options) == len(ranked) + 1  # none of them: 0, unsaid
    assert not p.confident


def test_a_heading_is_said_with_each_situation_under_it():
    p = propose("省级:一等6分,二等4分;市级:一等4分,二等2分", "6", "获奖")
    labels = [o["label"] for o in sole(p, "choice")["options"]]
    assert labels[:4] == ["省级 一等", "省级 二等", "市级 一等", "市级 二等"]


@pytest.mark.parametrize("text, weight", [
    ("编著学术书籍:主编计6分,第一副主编计4分,其它成员共2分。", "6"),
    ("参编教材：主编得5分，副主编得3分，其他参编人员合计1分", "5"),
])
def test_roles_of_a_piece_of_work_one_sharing_its_points(text, weight):
    p = propose(text, weight, "教材")
    options = sole(p, "choice")["options"]
    assert len(options) == 4 and options[-1]["score"] == "0"
    assert picked(p, 0) == D(weight)[0]
    assert not p.confident and any("合计得分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("资金管理:资金到位得2分,资金不到位得1分;项目管理:按期完成得3分,未按期完成得1分", "5"),  # points of each group add up
    ("省级:主持人6分;市级:主持人4分", "6"),  # one situation a group: levels, no grouping to read
    ("制度建设:制度健全得3分,制度不健全得1分", "3"),  # one heading, no roles: situations read as before
    ("省级:主持人6分,成员4分;市级:主持人扣2分,成员扣1分", "6"),  # deductions
])
def test_near_miss_not_situations_grouped_under_headings(text, weight):
    p = propose(text, weight, "成果")
    assert not any("只取其一" in u for u in p.unplaced), (p.summary, p.unplaced)


def test_near_miss_roles_without_shared_points_stay_as_before():
    p = propose("主编计6分,第一副主编计4分", "6", "教材")
    assert not any("只取其一" in u for u in p.unplaced), (p.summary, p.unplaced)


# ── points per case of each kind, the 每 said for the first kind only (“发明专利每项4分,实用新型专利3分”) ─────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("发明专利每项4分,实用新型专利3分,外观设计2分。", "20", [("1", "2", "1"), ("3", "2", "1")], [12, 20]),
    ("发明专利每件得4分，实用新型专利得3分，外观设计专利得2分，最高20分", "20", [("1", "1", "1")], [9]),
    ("国家级每篇5分,省级3分,市级1分", "10", [("1", "1", "1"), ("0", "0", "3")], [9, 3]),
    ("国家级媒体每次计3分,省级媒体2分,市级媒体1分", "6", [("1", "1", "0"), ("2", "1", "1")], [5, 6]),
])
def test_points_per_case_the_each_said_for_the_first_kind(text, weight, counts, expected):
    p = propose(text, weight, "专利")
    sole(p, "formula")
    assert [by_vars(p, *c) for c in counts] == D(*expected)
    assert not p.confident and any("只写在第一种" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("建立制度每项1分,落实到位3分", "10"),  # a requirement in words after the first kind
    ("发明专利每项4分,实用新型专利6分", "20"),  # points rising: no kinds from the highest down
    ("每项1分,未建立的2分", "5"),
])
def test_near_miss_not_kinds_with_the_each_left_out(text, weight):
    p = propose(text, weight, "专利")
    assert not any("只写在第一种" in u for u in p.unplaced), (p.summary, p.unplaced)


# ── one more kind in brackets closing the list (“…,公开期刊每篇2分,(内刊、增刊、论文集每篇1分)”) ─────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("第一作者:核心期刊每篇4分,公开期刊每篇2分,(内刊、增刊、论文集每篇1分)。", "20", [("2", "3", "1"), ("5", "3", "2")], [15, 20]),
    ("核心期刊每篇4分,公开期刊每篇2分,(内刊每篇1分)", "10", [("1", "1", "2")], [8]),
    ("省级每篇计3分，市级每篇计2分，（县级每篇0.5分）", "6", [("1", "1", "2")], [6]),
])
def test_one_more_kind_in_brackets_closing_the_list(text, weight, counts, expected):
    p = propose(text, weight, "论文")
    sole(p, "formula")
    assert [by_vars(p, *c) for c in counts] == D(*expected)
    assert not p.confident


def test_near_miss_brackets_of_no_kind_of_their_own():
    # the brackets name what a case is, no points of their own: not read as another kind
    p = propose("核心期刊每篇4分,公开期刊每篇2分,(以第一作者为准)", "10", "论文")
    assert not any("括号内的情形" in u for u in p.unplaced), (p.summary, p.unplaced)


# ── points for a requirement met, points per case beside them (“制定出台管理办法3分,每体现一项制度1分,最高8分”) ─────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("制定出台管理办法3分,每体现一项制度1分,最高8分.", "8", [("1", "5"), ("1", "2"), ("0", "3")], [8, 5, 3]),
    ("建立工作台账得2分，每开展一次专题活动加0.5分，最高5分", "5", [("1", "2"), ("1", "10")], [3, 5]),
    ("成立领导小组计2分;每出台1项配套制度计1分", "6", [("1", "3"), ("0", "1")], [5, 1]),
])
def test_points_for_a_requirement_met_and_per_case_beside_them(text, weight, values, expected):
    p = propose(text, weight, "制度")
    sole(p, "formula")
    assert [by_vars(p, *v) for v in values] == D(*expected)
    assert not p.confident and any("做到按 1" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("未建立台账扣2分,每发现1处问题扣1分", "5"),  # faults taken off
    ("建立台账得2分,每少1项扣0.5分", "5"),  # a shortfall per case
    ("建立台账得5分,每开展1次活动加1分", "5"),  # the requirement on the whole 分值
    ("建立台账得2分,每季度开展1次活动得1分", "5"),  # how often, not a case counted
])
def test_near_miss_not_a_requirement_and_cases_beside_it(text, weight):
    p = propose(text, weight, "制度")
    assert not any("做到按 1" in u for u in p.unplaced), (p.summary, p.unplaced)


# ── points at a line, a step above it, nothing said below it (“满3个月得5分,每增加1个月,增加0.5分,最高为15分”) ─────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("同一名称、执业地点、法人代表的医疗机构,经营时间(计算到申请当月)满3个月得5分,每增加1个月,增加0.5分,最高为15分。", "15",
     ["3", "10", "23", "40"], [5, 8.5, 15, 15]),
    ("服务年限满2年得4分，每增加1年加1分，最高10分", "10", ["2", "5", "9"], [4, 7, 10]),
    ("开展活动达到10次计5分,每多1次加0.5分", "8", ["10", "14", "30"], [5, 7, 8]),
])
def test_points_at_a_line_and_a_step_above_it(text, weight, at, expected):
    p = propose(text, weight, "年限")
    sole(p, "formula")
    assert [by_vars(p, v) for v in at] == D(*expected)
    assert not p.confident and any("评分标准未说明" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("满3个月得5分,满6个月得10分", "10"),  # bands, no step
    ("满3个月得5分,每增加1年加1分,最高10分", "10"),  # the step in another unit than the line
    ("满3个月得10分,每增加1个月加1分", "10"),  # the line on the whole 分值
])
def test_near_miss_not_a_line_and_a_step_above_it(text, weight):
    p = propose(text, weight, "年限")
    assert not any("按每" in u and "少得" in u for u in p.unplaced), (p.summary, p.unplaced)


# ── kinds of subject each opening their own bands (“市级档案馆总建筑用地20亩以上,2分;…;县级档案馆总建筑用地15亩以上,2分;…”) ──
@pytest.mark.parametrize("text, weight, ranked", [
    ("市级档案馆总建筑用地20亩以上,2分;10亩以上,1分;10亩以下,0.5分;县级档案馆总建筑用地15亩以上,2分;7亩以上,1分;7亩以下,0.5分。",
     "2", [2, 2, 1, 1, 0.5, 0.5]),
    ("城市社区覆盖率达到90%以上得5分;80%以上得3分;80%以下不得分;农村社区覆盖率达到70%以上得5分;60%以上得3分;60%以下不得分",
     "5", [5, 5, 3, 3, 0, 0]),
    ("一类学校生均面积≥10平方米得4分；≥8平方米得2分；二类学校生均面积≥8平方米得4分；≥6平方米得2分", "4", [4, 4, 2, 2, 0, 0]),  # (below the bands: 0, unsaid)
])
def test_kinds_of_subject_each_opening_their_own_bands(text, weight, ranked):
    p = propose(text, weight, "用地")
    options = sole(p, "choice")["options"]
    assert len(options) == len(ranked)
    assert [picked(p, k) for k in range(len(ranked))] == D(*ranked)
    assert not p.confident and any("各类对象各有分档" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("资金到位率90%以上得5分;80%以上得3分;项目完成率90%以上得5分;80%以上得3分", "10"),  # two things measured: no kinds
    ("总建筑用地20亩以上,2分;10亩以上,1分;10亩以下,0.5分", "2"),  # one kind: bands, read as before
    ("市级档案馆总建筑用地20亩以上,2分;县级档案馆总建筑用地15亩以上,2分", "2"),  # one band a kind
])
def test_near_miss_not_kinds_opening_their_bands(text, weight):
    p = propose(text, weight, "用地")
    assert not any("各类对象各有分档" in u for u in p.unplaced), (p.summary, p.unplaced)


# ── points adding up, then a fault of its own zeroing the row (“…文书档案规范4分;受举报被查处的不计分”) ─────────────────
@pytest.mark.parametrize("text, weight, fault", [
    ("(1)资金使用规范合理8分;(2)无违规违纪问题8分;(3)文书档案规范4分;受举报被查处的不计分", "20", "受举报被查处"),
    ("1、全面落实主体责任,10分;2、开展示范活动,10分;3、开展宣传教育,6分;4、推进数字渔政,4分。突破安全生产考核指标的,不得分。",
     "30", "突破安全生产考核指标"),
    ("①建立制度2分;②落实到位3分;发生重大安全事故的,本项不得分", "5", "发生重大安全事故"),
])
def test_a_fault_of_its_own_after_the_points_zeroes_the_row(text, weight, fault):
    p = propose(text, weight, "管理")
    params = sole(p, "checklist")
    gate = next(pt for pt in params["points"] if pt["key"] == params["gate"])
    assert gate["label"] == "无：" + fault and gate["max"] == "0"
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("①建立制度2分;②落实到位3分;未落实的不得分", "5"),  # the last point unmet, said again
    ("①建立制度2分;②落实到位3分;超过规定时限未完成的不得分", "5"),  # a point unmet, in words of a lack
])
def test_near_miss_a_point_unmet_is_no_fault_of_its_own(text, weight):
    p = propose(text, weight, "管理")
    assert not any("读作关键要点（出现则本项不得分）" in u for u in p.unplaced), (p.summary, p.unplaced)

"""Forms of bands, choices and lists a next agency's table is likely to share, written without 得 or with the points
in brackets:

- a requirement and “得分” with no figure (“在章程中写入…得分”; “应建已建得分,应建未建不得分”): the whole 分值 when it is
  met, none otherwise; the figureless score alone is to check, the denial sharing the condition's words is said;
- bands by their lower bounds, “达” said once for all (“入会率达80%得3分,70%得2分,60%得1分”): 65% is in the 60% band;
  always to check, with what was read;
- a checklist of things each with its points in brackets, no 分 and no mark between them, and a closing “少一室扣该室分值”
  (“有阅览室(4)档案室(3)会议室(接待室)(3) 缺一间扣该间分值”): a 要点核查 of the things, to check;
- a choice in brackets, then a sentence of the case none of them holds (“…设立联络员(专职3分,兼职1分)。没有达到要求的
  此项不得分”): that case one more situation, scoring nothing, said;
- a requirement in words, then in a sentence of its own a situation lacking part of it with its points (“…制定应急预案,
  并定期组织演练。有预案但未演练的得2分。”): the requirement met on the 分值 (unsaid), the lesser situation, and nothing
  below (said or unsaid), always to check; never faults each costing points, which may come together;
- bands of a count of cases, the points after each with no 得 (after a comma, or straight after the count), the last
  “以上” the count of the band before it (“无事故,10分;发生1起,6分;发生2起,3分;发生2起以上,0分”, “投诉1起6分投诉1起以上0分”):
  that last band above the count, said as read (to check);
- a checklist of questions, each with its points in a cell of its own after the question mark, no 分, a remark cell
  between them or the next cell opening with a figure (“是否建立安全台账? 2 是否按月巡查? 2 20万元以上设备是否建卡? 2”):
  a 要点核查 of the questions, to check;
- a list of points, then a key point's breach voting the row down (“无安全隐患3分,…;如有安全隐患一票否决,限期整改”): that
  point the key point, not met scoring nothing; to check, the words after the vote said as not in the rule.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, maxes, met_or_not, picked, readings, scores, sole, ticks


# ── a requirement and 得分 with no figure ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, condition", [
    ("在村规民约中写入移风易俗内容得分。", "3", "在村规民约中写入移风易俗内容"),
    ("将安全生产纳入年度工作要点得分", "5", "将安全生产纳入年度工作要点"),
    ("按时报送年度统计报表得分。", "2", "按时报送年度统计报表"),
])
def test_a_requirement_scoring_without_a_figure(text, weight, condition):
    p = propose(text, weight, "制度")
    params = sole(p, "all_or_nothing")
    assert params["condition"] == condition
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident  # the score is not written: the 分值 is read
    assert any("未写分数" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight, condition", [
    ("应设已设得分,应设未设不得分。", "4", "应设已设"),
    ("应配已配得分;应配未配不得分", "2", "应配已配"),
    ("台账齐全得分,台账不齐全不得分", "3", "台账齐全"),
])
def test_a_requirement_scoring_and_its_denial(text, weight, condition):
    p = propose(text, weight, "组织")
    params = sole(p, "all_or_nothing")
    assert params["condition"] == condition
    assert list(met_or_not(p)) == D(weight, 0)
    assert p.confident, p.unplaced


@pytest.mark.parametrize("text", [
    "按完成进度得分",  # the score goes by how much is done
    "根据排名先后得分",
    "视工作开展情况得分",
    "年度考核得分",  # whose score it is
    "在章程中写入党建内容的得分",  # the score of something
    "完成率达到90%得分",  # a line on a figure
])
def test_near_miss_not_a_requirement_scoring_without_a_figure(text):
    assert not any(it["type"] == "all_or_nothing" and "得分" in " ".join(found.doubts or ())
                   for found in readings(text, "4") for it in found.items)


def test_near_miss_a_denial_not_sharing_the_condition():
    # the denial names another case: not the one requirement denied
    p = propose("应建已建得分,应建未建扣2分", "4", "组织")
    assert p.kind != "all_or_nothing" or not p.confident


# ── bands by their lower bounds, 达 said once ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("入会率达80%得3分,70%得2分,60%得1分", "3", [85, 80, 75, 70, 65, 60], [3, 3, 2, 2, 1, 1]),
    ("覆盖率达到95%得4分;85%得2分;75%得1分;75%以下不得分", "4", [99, 90, 85, 80, 70], [4, 2, 2, 1, 0]),
    ("知晓率达90%的得5分,80%的得3分", "5", [92, 85, 80], [5, 3, 3]),
])
def test_bands_by_their_lower_bounds(text, weight, values, expected):
    p = propose(text, weight, "宣传")
    params = sole(p, "tiers")
    assert all(tr["max"] is None for tr in params["tiers"] if tr["score"] != "0")
    assert scores(p, values) == D(*expected)
    assert not p.confident  # 达 carried to the bare figures is read
    assert any("下限" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "入会率80%得3分,70%得2分,60%得1分",  # no line reached said: bare figures
    "入会率达80%得3分,70%得1分,60%得2分",  # scores not falling with the figures
    "入会率达80%得3分,90%得2分",  # figures not falling
    "入会率为80%得3分,70%得2分",  # an exact value
])
def test_near_miss_not_bands_by_their_lower_bounds(text):
    assert not any("下限" in " ".join(found.doubts or ()) for found in readings(text, "3"))


# ── a checklist of things with their points in brackets, a missing one costing its points ──────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("场地配套,有阅览室(4)档案室(3)会议室(接待室)(3) 缺一间扣该间分值", "10", [4, 3, 3]),
    ("设施齐全,有消防栓(2)灭火器(2)应急照明(1)疏散标志(1),少一处扣该处分值", "6", [2, 2, 1, 1]),
    ("有卫生室(3)隔离室(3)值班室(2) 少一室扣该室分值", "8", [3, 3, 2]),
])
def test_things_with_their_points_in_brackets(text, weight, points):
    p = propose(text, weight, "设施")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert ticks(p, *[True] * len(points)) == D(weight)[0]
    assert ticks(p, False, *[True] * (len(points) - 1)) == D(weight)[0] - points[0]
    assert not p.confident  # the bare figures are read as points
    assert any("括号中的数字" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "有阅览室(1)档案室(2)会议室(3)",  # the list's own numbers
    "有阅览室(4)档案室(3)会议室(2)",  # not adding up to the 分值
    "(1)有阅览室(2)有档案室(3)有会议室",  # numbers before the things
])
def test_near_miss_not_things_with_their_points_in_brackets(text):
    assert not any(it["type"] == "checklist" for found in readings(text, "10") for it in found.items)


# ── a choice in brackets, then the case none of them holds ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores_", [
    ("单位设立信息联络员,负责日常报送(专职3分,兼职1分)。没有达到要求的此项不得分。", "3", [3, 1, 0]),
    ("配备网格员(专职2分,兼职1分);未配备的不计分", "2", [2, 1, 0]),
    ("建立应急队伍(专业队伍4分,志愿者队伍2分);没有的不得分", "4", [4, 2, 0]),
])
def test_a_choice_in_brackets_and_none_of_them(text, weight, scores_):
    p = propose(text, weight, "队伍")
    params = sole(p, "choice")
    assert len(params["options"]) == 3
    assert [picked(p, k) for k in range(3)] == D(*scores_)
    assert p.confident, p.unplaced


@pytest.mark.parametrize("text", [
    "配备网格员(专职2分,兼职1分);有专职的另加1分",  # points added, not the case none holds
    "配备网格员(专职2分,兼职1分);未配备的扣1分",  # a deduction
])
def test_near_miss_not_a_choice_in_brackets_and_none_of_them(text):
    p = propose(text, "2", "队伍")
    assert not (p.confident and p.kind == "choice" and len(p.items[0]["params"]["options"]) == 3)


# ── a requirement, then a situation lacking part of it ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores_", [
    ("建立工作台账,记录完整;台账记录不完整的得1分;未建立台账的不得分", "3", [3, 1, 0]),
    ("制定应急预案,并定期组织演练。有预案但未演练的得2分。", "4", [4, 2, 0]),
    ("按月召开例会,会议记录齐全。有会议但记录不全的得1分,未召开的不得分。", "2", [2, 1, 0]),
])
def test_a_requirement_then_a_situation_lacking_part_of_it(text, weight, scores_):
    p = propose(text, weight, "管理")
    params = sole(p, "choice")
    assert len(params["options"]) == 3
    assert [picked(p, k) for k in range(3)] == D(*scores_)
    assert not p.confident  # the requirement met on the 分值 is read
    assert any("未明说" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "开展创建工作。未部署的扣1分,未完成目标的扣2分。",  # faults each costing points
    "建立工作台账,记录完整;台账记录完整的得1分",  # no lack named
    "建立工作台账得1分;记录不完整的得1分",  # the requirement with points of its own
    "建立工作台账,记录完整;记录不完整的得3分",  # the lesser situation on the 分值
])
def test_near_miss_not_a_requirement_then_a_situation_lacking_part_of_it(text):
    assert not any(it["type"] == "choice" and "满足要求得满分" in " ".join(found.doubts or ())
                   for found in readings(text, "3") for it in found.items)


# ── bands of a count of cases, the points with no 得 ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("无事故,10分;发生1起,6分;发生2起,3分;发生2起以上,0分", "10", [0, 1, 2, 3, 5], [10, 6, 3, 0, 0]),
    ("无漏报,20分漏报1次,12分漏报2次,5分漏报2次以上,0分", "20", [0, 1, 2, 3], [20, 12, 5, 0]),
    ("资料齐全,无退件8分退件1份4分退件1份以上0分", "8", [0, 1, 2], [8, 4, 0]),
    ("出1次错,6分;出错2次以上,0分", "8", [0, 1, 2], [8, 6, 0]),
])
def test_bands_of_a_count_without_de(text, weight, counts, expected):
    p = propose(text, weight, "质量")
    sole(p, "tiers")
    assert scores(p, counts) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("无事故,10分;发生1起,6分;发生2起,3分;发生2起以上,0分", "10"),
    ("资料齐全,无退件8分退件1份4分退件1份以上0分", "8"),
])
def test_bands_above_the_count_before_are_to_check(text, weight):
    p = propose(text, weight, "质量")
    assert not p.confident
    assert any("已有其档" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "无事故,10分;发生1起,6分;发生3起以上,0分",  # a count skipped
    "无事故,10分;发生1起,6分;发生2起,8分;发生2起以上,0分",  # scores not falling
    "无事故,10分;发生1起,6分;整改2项,3分;整改2项以上,0分",  # other things counted
])
def test_near_miss_not_bands_of_a_count_without_de(text):
    assert not any(it["type"] == "tiers" and any(tr.get("min_inclusive") is False and tr.get("max") is None
                                                 for tr in it["params"]["tiers"])
                   for found in readings(text, "10") for it in found.items)


# ── questions, each with its points in a cell of its own ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("是否建立安全台账? 2 是否按月巡查? 2 20万元以上设备是否建卡? 2", "6", [2, 2, 2]),
    ("是否制定年度计划？ 2 计划须经会议审定 是否按季度报告进度？ 2", "4", [2, 2]),
    ("档案是否及时归档? 1.5 借阅是否登记? 1.5 是否定期清点? 2", "5", [1.5, 1.5, 2]),
])
def test_questions_with_their_points_in_cells(text, weight, points):
    p = propose(text, weight, "管理")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert not p.confident  # the points are read from the layout
    assert any("未写“分”" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "是否建立安全台账? 是 3 否 0",  # the answers' points: a choice
    "是否开展安全培训? 2 次以上的得8分,否则不得分",  # a count after the question, not its points
])
def test_near_miss_not_questions_with_their_points_in_cells(text):
    p = propose(text, "8", "管理")
    assert p.kind != "checklist" or not any("未写“分”" in u for u in p.unplaced)


# ── a key point whose breach votes the row down ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points, key", [
    ("无安全隐患3分,消防器材齐全2分,通道畅通1分;如有安全隐患一票否决,限期整改", "6", [3, 2, 1], 0),
    ("台账完整2分,无违规收费4分,公示规范2分。若有违规收费,实行一票否决。", "8", [2, 4, 2], 1),
])
def test_a_key_point_voting_the_row_down(text, weight, points, key):
    p = propose(text, weight, "安全")
    params = sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert params["gate"] == params["points"][key]["key"]
    met = [True] * len(points)
    assert ticks(p, *met) == D(weight)[0]
    met[key] = False
    assert ticks(p, *met) == 0
    met[key], met[key - 1] = True, False
    assert ticks(p, *met) == D(weight)[0] - points[key - 1]
    assert not p.confident
    assert any("一票否决" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "无安全隐患3分,消防器材齐全2分,通道畅通1分;如有违规用电一票否决",  # no point names what is voted down
    "无安全隐患3分,消防器材齐全2分,通道畅通1分;如有安全隐患扣3分",  # no vote
])
def test_near_miss_not_a_key_point_voting_the_row_down(text):
    assert not any(it["type"] == "checklist" and it["params"].get("gate") == "p1"
                   for found in readings(text, "6") for it in found.items)

"""Pick-one levels and requirements met or not, in wordings first met in tables nobody had tuned the proposer on.

- Levels listed, then their scores in the same order without 分别: a rating's levels after 按/分为 (“评价按好、较好、一般、
  差4档划分,计分标准为4分、3分、2分、1分”), or levels of government or award in the words and their scores in the
  closing brackets (“获得县、市、省表彰。(1、2、3分)”): a 情形选择 by position, always to check.
- A requirement with its score, then the evidence it is checked by in brackets that hold brackets of their own
  (“…记3分(以报送县科协(科普办)的材料为准)”): a 全有或全无, to check.
- A requirement with no scoring words after the row's number, or holding words with a scoring character that score
  nothing (分管、分工、分明、重视、评先评优), one of a thing said as an article (“有一名专职人员”) or a regulation it is kept by
  (“按市政府《…办法》”): a 全有或全无, to check.
- A 达标线 whose full marks are “得总分值”/“计全分”, whose line is “全面完成…任务”, whose stop is “直至扣完为止”.
- A heading with the 分值, then points each followed by its own breach scoring nothing (“…计1分,未签订的计0分”): a 要点核查.
- Situations in cells joined by spaces, each cell's words closed by a full stop (“…更新及时. 3 信息不完整. 1.5 无. 0”).
- Grades of meeting a standard in a run, what is rated left unsaid (“符合2.0,基本符合1.0,不符合0”): a 情形选择, to check.
- A list mark with no stop before a word opening with 分 (“…得4分。2分工明确,…”) is a mark, never points.
- The full situation, its breach scoring nothing, then a fault whose cost stands in a clause of its own (“…未报备的,扣2分”):
  a 情形选择 of the three.

Made-up texts with the rule they must give and the score of a few situations, and near misses that must not be read
so (scores that neither rise nor fall, counts that disagree, the best short of the 分值, two lists of levels, a
requirement that judges or weighs).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import met_or_not, picked, readings, scored, sole, ticks


def _labels(params: dict) -> list[str]:
    return [o["label"] for o in params["options"]]


# ── a rating's levels, then their scores in order ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, labels, scores", [
    ("居民对社区服务的评价按好、较好、一般、差4档划分,计分标准为4分、3分、2分、1分",
     "4", ["好", "较好", "一般", "差"], ["4", "3", "2", "1"]),
    ("1、企业对窗口服务的评价按不满意、基本满意、满意3档划分,计分为1分、2分、3分。",
     "3", ["不满意", "基本满意", "满意"], ["1", "2", "3"]),
    ("服务对象评价分为优秀、良好、合格、不合格四个等次,得分为6、4、2、0分", "6",
     ["优秀", "良好", "合格", "不合格"], ["6", "4", "2", "0"]),
    ("按很满意、满意、不满意划分,赋分为2分、1.5分、0分", "2", ["很满意", "满意", "不满意"], ["2", "1.5", "0"]),
])
def test_levels_of_a_rating_then_their_scores_in_order(text, weight, labels, scores):
    p = propose(text, weight, "满意度")
    params = sole(p, "choice")
    assert not p.confident  # the levels taken by position: the evaluator confirms
    assert _labels(params) == labels  # every case is one of the levels: none added
    assert [o["score"] for o in params["options"]] == scores
    assert picked(p, 0) == Decimal(weight)
    assert picked(p, len(labels) - 1) == Decimal(min(scores, key=Decimal))


# ── levels of government or award in the words, their scores in the closing brackets ───────────────────────────────
@pytest.mark.parametrize("text, weight, labels, best, second", [
    ("先进经验材料获得县、市、省表彰。(1、2、3分)", "3", ["县", "市", "省"], "3", "2"),
    ("调研文章在市级、省级、国家级刊物(含内刊)上刊登。(2、4、6分)", "6", ["市级", "省级", "国家级"], "6", "4"),
    ("志愿服务项目被国家、省、市推广(5分、3分、1分)", "5", ["国家", "省", "市"], "5", "3"),
])
def test_levels_of_award_then_their_scores_in_brackets(text, weight, labels, best, second):
    p = propose(text, weight, "宣传")
    params = sole(p, "choice")
    assert not p.confident
    assert _labels(params)[:len(labels)] == labels
    assert picked(p, 0) == Decimal(best) and picked(p, 1) == Decimal(second)
    assert picked(p, len(params["options"]) - 1) == 0  # none of the levels reached: nothing, unsaid (to check)


@pytest.mark.parametrize("text, weight", [
    ("居民对社区服务的评价按好、较好、一般、差4档划分,计分标准为4分、2分、3分、1分", "4"),  # neither rising nor falling
    ("居民对社区服务的评价按好、较好、一般3档划分,计分标准为4分、3分、2分、1分", "4"),  # 3 levels, 4 scores
    ("居民对社区服务的评价按好、较好、一般、差4档划分,计分标准为3分、2分、1分、0分", "4"),  # the best short of the 分值
    ("先进经验材料获得县、市、省表彰。(1、2、3分)", "5"),  # the best short of the 分值
    ("先进经验材料获得县、市、省表彰,在市、省刊物刊登。(1、2、3分)", "3"),  # two lists of levels: which one?
    ("居民对服务的评价按好、较好、一般划分,每差一档扣1分,计分为3分、2分、1分", "3"),  # a step beside them
])
def test_levels_in_order_near_misses(text, weight):
    assert not any(r.items[0]["type"] == "choice" and len(r.items) == 1
                   and "所列顺序" in " ".join(r.doubts or ()) for r in readings(text, weight))


# ── a requirement met or not: its score and the evidence in nested brackets; bare, after its number or with words of
# 分/视 that score nothing ───────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, said", [
    ("2.将科普工作列入年度计划,按时报送总结记3分(以报送县科协(科普办)的材料为准);", "3", "核查依据"),
    ("开展科普进社区活动得2分(以图片资料报送区科协(学会部)为准)", "2", "核查依据"),
    ("1、单位成立档案工作领导小组,有领导分管", "2", "未说明计分"),
    ("3.街道重视志愿服务工作,明确分工,职责分明。", "1", "未说明计分"),
    ("5、作为教职工评先评优和评职称的条件之一", "2", "未说明计分"),
    ("(2)成立安全生产委员会,主要领导任主任,分管领导具体负责", "3", "未说明计分"),
    # one of a thing said as an article (“一名”, “一项”), a regulation the requirement is kept by (“按市政府《…》”)
    ("档案室有一名专职人员负责日常管理", "2", "1名"),
    ("把消防演练作为员工一项必修内容", "1", "1项"),
    ("严格按市政府《政府采购管理办法》组织采购,手续齐全,档案完整", "3", "未说明计分"),
])
def test_a_requirement_met_or_not(text, weight, said):
    p = propose(text, weight, "组织领导")
    sole(p, "all_or_nothing")
    assert not p.confident  # the evidence left unplaced, or the score unsaid
    assert met_or_not(p) == (Decimal(weight), Decimal(0))
    assert any(said in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("单位重视档案工作,视情况配备专人", "2"),  # 视情况: judged
    ("明确分管领导,工作部分落实", "2"),  # 部分: a degree
    ("档案管理规范化程度,有领导分管", "2"),  # 程度: weighed
    ("分管领导带队检查3次", "2"),  # a count
    ("作为教职工评先评优的依据,由考核组评定等次", "2"),  # 评定: judged
])
def test_bare_requirement_near_misses(text, weight):
    p = propose(text, weight, "组织领导")
    assert p.kind != "all_or_nothing"


def test_evidence_in_nested_brackets_that_holds_a_figure_is_not_read():
    assert propose("开展科普活动得2分(以报送县科协(2份)材料为准)", "2", "科普").kind != "all_or_nothing"


# ── near misses of one of a thing said as an article (“一名”, “一项”) ────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("档案室有2名专职人员负责日常管理", "2"),  # a count other than one, no “至少”: a line
    ("按工作量配备人员,有一名专职人员", "2"),  # 按 weighing, not a regulation kept
])
def test_one_of_a_thing_near_misses(text, weight):
    assert propose(text, weight, "管理").kind != "all_or_nothing"


# ── the whole 分值 said as “总分值”/“全分”, the stop as “直至扣完为止”, all done as “全面完成” ───────────────────────────────
@pytest.mark.parametrize("text, weight, value, score", [
    ("村级档案归档率100%得总分值,每少1个百分点扣0.5分,直至扣完为止", "10", "96", "8"),
    ("全面完成年度植树任务得满分,少1个百分点扣1分,直至扣完为止", "20", "95", "15"),
    ("入户调查完成率100%计全分,每低1个百分点扣2分,扣完为止", "10", "97", "4"),
])
def test_a_line_with_the_whole_points_in_other_words(text, weight, value, score):
    p = propose(text, weight, "工作任务")  # a name that is no rate: the value entered in %
    params = sole(p, "threshold")
    assert (params["full_at"], params["direction"]) == ("100", "higher")
    assert scored(p, {"value": value}) == Decimal(score)
    assert scored(p, {"value": "100"}) == Decimal(weight)
    assert scored(p, {"value": "0"}) == 0


def test_a_share_of_the_whole_points_is_not_the_whole():
    assert "总分值的80%" in normalize("达到90%的得总分值的80%")
    assert "直至扣完为止" not in normalize("每缺1项扣1分,直至扣完为止")


# ── a heading with the 分值, then points each followed by its own breach scoring nothing ──────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("2.落实安全生产主体责任,完成年度安全目标计2分;按规定签订安全责任书计1分,未签订的计0分;建立隐患排查台账计1分,"
     "没有建立的计0分", "2", ["1", "1"]),
    ("加强档案管理,规范归档流程计3分。按时移交年度档案计2分,未按时移交的计0分;档案目录录入系统计1分,未录入的计0分。",
     "3", ["2", "1"]),
])
def test_a_heading_then_points_each_with_its_breach(text, weight, points):
    p = propose(text, weight, "管理")
    params = sole(p, "checklist")
    assert not p.confident
    assert [pt["max"] for pt in params["points"]] == points
    assert ticks(p, True, False) == Decimal(points[0])
    assert ticks(p, True, True) == Decimal(weight) and ticks(p, False, False) == 0


def test_a_heading_then_points_some_without_their_breach_is_not_read_so():
    p = propose("加强档案管理计3分;按时移交年度档案计2分,未按时移交的计0分;档案目录录入系统计1分", "3", "管理")
    assert not any("读作该要点不满足" in u for u in p.unplaced), p.unplaced


# ── situations in cells joined by spaces, each closing its words with a full stop (the scores without 分: to check);
# the full situation, its breach, then a fault whose cost stands in a clause of its own (“…的,扣3分”) ─────────────────
@pytest.mark.parametrize("text, weight, scores, checked", [
    ("公开本单位领导分工、联系方式,信息准确,更新及时. 3 信息不完整或更新不及时. 1.5 无此项内容. 0", "3", ["3", "1.5", "0"],
     True),
    ("设置政策解读专栏,解读材料与政策同步发布。 2 解读滞后的。 1 未设置。 0", "2", ["2", "1", "0"], True),
    ("配备专(兼)职安全员(5分),没有明确安全员不得分;安全员变动未报备的,扣2分", "5", ["5", "3", "0"], False),
    ("建立值班制度得4分,未建立的不得分;值班记录不全的,扣1分", "4", ["4", "3", "0"], False),
])
def test_situations_each_with_its_score(text, weight, scores, checked):
    p = propose(text, weight, "管理")
    params = sole(p, "choice")
    assert not (checked and p.confident)
    assert sorted((o["score"] for o in params["options"]), key=Decimal, reverse=True) == scores
    assert [picked(p, k) for k in range(3)] == [Decimal(x) for x in scores]


def test_a_figure_after_a_full_stop_inside_the_words_is_no_cell():
    for text in ("每季度报送1次. 2 次以上的加分", "会议记录完整. 2 次会议未记录扣1分"):  # a count, not a score
        assert ",2分;" not in normalize(text)


# ── grades of meeting a standard (符合/基本符合/不符合) in a run, each with its score, what is rated left unsaid ───────────
@pytest.mark.parametrize("text, weight, scores", [
    ("符合3.0,基本符合1.5,不符合0", "3", ["3", "1.5", "0"]),
    ("符合4,基本符合2,不符合0", "4", ["4", "2", "0"]),
    ("物业服务合同履行情况:符合2分,基本符合1分,不符合0分", "2", ["2", "1", "0"]),
])
def test_grades_of_meeting_a_standard_in_a_run(text, weight, scores):
    p = propose(text, weight, "合同履行")
    params = sole(p, "choice")
    assert not p.confident  # which grade applies is the evaluator's judgement
    assert [o["score"] for o in params["options"]][:3] == scores
    assert picked(p, 0) == Decimal(weight) and picked(p, 1) == Decimal(scores[1])


@pytest.mark.parametrize("text, weight", [
    ("符合3.0,基本符合3.5,不符合0", "3"),  # the scores do not fall
    ("符合2.0,基本符合1.0,不符合0", "3"),  # the best short of the 分值
])
def test_grades_of_meeting_a_standard_near_misses(text, weight):
    assert propose(text, weight, "合同履行").kind != "choice"


# ── a list mark with no stop before a word opening with 分 (“2分工明确”): never points ───────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("1建立保洁制度,得2分。2分工明确,责任落实,得2分。3有考核细则,得1分。", "5", ["2", "2", "1"]),
    ("1成立领导小组,得1分;2分管领导具体负责,得1分", "2", ["1", "1"]),
])
def test_a_bare_mark_before_a_word_of_fen(text, weight, points):
    p = propose(text, weight, "组织")
    assert [pt["max"] for pt in sole(p, "checklist")["points"]] == points


def test_points_before_a_word_of_fen_stay_points():
    # no stop before it, or no word of 分 after it (分管理, 分工作)
    for text in ("有方案得2分管理到位", "2分管理规范", "组织领导3分;2分工作经费落实"):
        assert "2." not in normalize(text)


# ── near misses of a fault costing part: a fault counted per case ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("建立值班制度得4分,未建立的不得分;值班记录不全的,扣1分,扣完为止", "4"),  # a deduction per case
    ("建立值班制度得4分,未建立的不得分;每缺1次记录的,扣1分", "4"),  # counted
])
def test_a_fault_counted_is_no_situation(text, weight):
    p = propose(text, weight, "安全管理")
    assert not (p.kind == "choice" and p.confident), p.summary

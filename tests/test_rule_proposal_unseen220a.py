"""A teacher's course-assessment wordings, as an evaluator's 评分表 may hold them too:

- a written formula whose result is a 成绩 (“总评成绩=平时成绩×40%+期末成绩×60%”, or before a colon, “最终成绩:…”), a
  name closing on a few words in brackets (“项目实现(代码)×50%”), a cap equal to the 分值 closing it (“(90分封顶)”)
  (``formula._written``);
- the best of several scores: “max(H1,H2,H3)”, “平时成绩=max(学习态度,课堂表现)”, “取…和…两者中的较高者”, what the
  scores are said first perhaps (“满分10分的选做作业:H1,H2,H3”) (``formula._best_of``);
- the two scores a row can take said first, “分值:0或5”, then what earns the whole (numbered requirements, all of them,
  or a sentence) (``all_or_nothing._none_or_all``); a figure closing a cell before a list's first mark is kept apart from
  it (“0 或 5 1. …; 2. …” is “0或5;1.…”, ``wording._FIGURE_SPACE_MARK``);
- sessions counted, each session's points by its kind (“共10次课,每次正常出勤得1分,迟到得0.5分,缺勤不得分”), the sessions
  times the first kind's points the 分值 (``formula._session_kinds``);
- scores (their sum) brought in proportion to the 分值 said (“各次测验得分之和,按满分10分等比例折算”,
  ``rate._sheet_score``);
- each case's points as a bare plus closing its cell (“提交设计文档 +2 提交测试报告 +2”, ``wording._bare_pluses``), to check;
- a requirement with its 分值 in brackets, then its parts each with a share of it in % (“撰写课程报告(20分)格式规范20%,
  内容完整50%,结论正确30%”, ``checklist._head_then_bare_shares``);
- the score as it is, full marks at the 分值 or past it (“积分达到10分的得满分,不足10分的按实际得分计”,
  ``formula._actual_up_to_full``).

Near misses: a cap or a 满分 other than the 分值, a lead that scores, shares not adding up to 100% or a rate's line in %,
a row's two scores other than 0 and the 分值, a requirement that deducts, a lone bare plus, a line other than the 分值.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_vars, maxes, met_or_not, readings, scored, sole, ticks, types


# ── a written formula of 成绩 ──────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("总评成绩=平时成绩×40%+期末成绩×60%", "100", ["80", "90"], "86"),
    ("课程总评分数=项目实现(代码)×50%+答辩汇报×30%+文档×20%", "100", ["90", "80", "70"], "83"),
    ("总成绩 = 作业成绩 系数*30% + 考试成绩 系数*70%", "100", ["60", "100"], "88"),
    ("最终成绩：各项得分累加×80%（90分封顶）", "90", ["110"], "88"),
    ("最终成绩：各项得分累加×80%（90分封顶）", "90", ["120"], "90"),
])
def test_written_formula_of_a_grade(text, weight, values, expected):
    p = propose(text, weight, "总评")
    sole(p, "formula")
    assert by_vars(p, *values) == D(expected)[0]
    assert not p.confident


def test_written_formula_cap_other_than_the_weight_is_no_cap():
    # a cap of 90 on a row of 100: not the 分值, not set aside as one (the formula read among words, the cap named)
    p = propose("最终成绩：上述得分×80%（90分封顶）", "100", "总评")
    assert not p.confident
    assert any("90" in u for u in p.unplaced)


def test_colon_alone_names_no_formula():
    assert "formula" not in types(propose("总成绩：平时成绩与期末成绩", "100", "总评"))


# ── the best of several scores ─────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("满分10分的选做作业：H1, H2, H3。计分规则为 max(H1, H2, H3)", "10", ["6", "9", "0"], "9"),
    ("平时成绩 = max(学习态度, 课堂表现)", "100", ["80", "95"], "95"),
    ("3. 实践成绩=max(实验一,实验二)", "20", ["15", "12"], "15"),
    ("取自评得分和复评得分两者中的较高者", "10", ["7", "8"], "8"),
    ("本项得分取作业1、作业2、作业3中的最高分", "10", ["5", "8", "6"], "8"),
])
def test_best_of(text, weight, values, expected):
    p = propose(text, weight, "作业")
    params = sole(p, "formula")
    assert params["expression"].startswith("max(")
    assert by_vars(p, *values) == D(expected)[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("满分20分的选做作业：H1, H2, H3。计分规则为 max(H1, H2, H3)", "10"),  # a 满分 other than the 分值
    ("选做作业每份得2分；计分规则为 max(H1, H2, H3)", "10"),  # a lead that scores
    ("取自评得分和复评得分的平均分", "10"),  # a mean, no best
])
def test_best_of_near_misses(text, weight):
    assert not any(str(r.items[0]["params"].get("expression", "")).startswith("max(") for r in readings(text, weight))


# ── 0 or the whole, said first ────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("分值：0 或 5 1. 资料齐全； 2. 按时报送； 3. 格式规范", "5"),
    ("分值：0 或 5 1. 脚本可以运行； 2. web 页面不使用外链", "5"),
    ("得分：0 或 10 提交的脚本能成功运行，则获取该部分得分。", "10"),
    ("0分或5分；1.资料齐全；2.按时报送", "5"),
])
def test_none_or_all_said_first(text, weight):
    p = propose(text, weight, "要求")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("分值：0 或 5 提交的脚本可以运行", "10"),  # the figure said is not the 分值
    ("分值：0 或 5 1. 资料齐全，每缺一项扣1分； 2. 按时报送", "5"),  # a requirement that deducts
    ("分值：2 或 5 1. 资料齐全； 2. 按时报送", "5"),  # two scores, neither 0
])
def test_none_or_all_near_misses(text, weight):
    assert "all_or_nothing" not in [r.items[0]["type"] for r in readings(text, weight)]


def test_figure_before_a_list_mark_kept_apart():
    assert normalize("分值：0 或 5 1. 场景设计独立完成； 2. 不含敏感词汇；").startswith("分值:0或5;1.场景")
    assert normalize("分值：0 或 5 1. 场景设计独立完成； 2. web 页面不用外链；").startswith("分值:0或5;1.场景")
    # no second mark: no list, left as written
    assert normalize("得分 3 1. 完成").startswith("得分31.")


# ── points per session by its kind ─────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("共10次课，每次正常出勤得1分，迟到得0.5分，缺勤不得分。", "10", ["8", "1"], "8.5"),
    ("20次考勤，每次正常签到得0.5分，迟到得0.3分，旷课得0分。有假条的病假按正常签到计分。", "10", ["18", "2"], "9.6"),
    ("本学期一共记录考勤12次，每次按时到课计1分，迟到计0.5分", "12", ["12", "0"], "12"),
])
def test_session_kinds(text, weight, values, expected):
    p = propose(text, weight, "考勤")
    sole(p, "formula")
    assert by_vars(p, *values) == D(expected)[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("共10次课，每次正常出勤得1分，迟到得0.5分，缺勤不得分。", "12"),  # sessions × points not the 分值
    ("共10次课，每次正常出勤得1分，迟到得0.5分，缺勤扣1分。", "10"),  # a kind that costs
    ("共10次课，每次正常出勤得1分，迟到得1.5分", "10"),  # the second kind worth more than the first
])
def test_session_kinds_near_misses(text, weight):
    assert not any("次数" in str(r.items) and r.items[0]["type"] == "formula" for r in readings(text, weight))


# ── scores brought in proportion to the 分值 ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, n, den, expected", [
    ("各次测验得分之和，按满分10分等比例折算", "10", "45", "50", "9"),
    ("平台上单元测试成绩之和，按满分100分进行等比例折算。", "100", "30", "40", "75"),
])
def test_scores_scaled(text, weight, n, den, expected):
    p = propose(text, weight, "测验")
    sole(p, "rate")
    assert scored(p, {"numerator": n, "denominator": den}) == D(expected)[0]
    assert not p.confident


def test_scores_scaled_to_another_full_is_not_read():
    assert "rate" not in [r.items[0]["type"] for r in readings("各次测验得分之和，按满分20分等比例折算", "10")]


# ── points as a bare plus closing each cell ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("提交设计文档 +2 提交测试报告 +2 提交演示视频 +2", "6", [2, 2, 2]),
    ("附加分 编写「自动化测试脚本」+10 完成3个或以上实验 +10", "20", [10, 10]),
])
def test_bare_pluses(text, weight, expected):
    p = propose(text, weight, "附加分")
    sole(p, "checklist")
    assert maxes(p) == D(*expected)
    assert ticks(p, *([True] * len(expected))) == D(weight)[0]
    assert not p.confident and any("+" in u for u in p.unplaced)


def test_bare_plus_alone_or_among_points_is_left():
    assert "+2分" not in normalize("提交设计文档 +2")
    assert "+2分" not in normalize("提交设计文档 +2 每份报告得2分 +2")


# ── parts each a share of the 分值 in % ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("撰写课程报告（20分）格式规范20%，内容完整50%，结论正确30%", "20", [4, 10, 6]),
    ("编写实验报告（70分）排版质量10%内容专业性程度20%操作步骤详细程度（截图、代码）60%参考文献标注10%", "70",
     [7, 14, 42, 7]),
])
def test_shares_of_a_heading(text, weight, expected):
    p = propose(text, weight, "报告")
    sole(p, "checklist")
    assert maxes(p) == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text", [
    "撰写课程报告（20分）格式规范20%，内容完整50%，结论正确20%",  # shares not adding up to 100%
    "撰写课程报告（20分）合格率90%，内容完整10%",  # a rate's line, no share
])
def test_shares_of_a_heading_near_misses(text):
    assert "checklist" not in [r.items[0]["type"] for r in readings(text, "20")]


# ── the score as it is, up to the 分值 ─────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("value, expected", [("7", "7"), ("10", "10"), ("12", "10")])
def test_actual_up_to_full(value, expected):
    p = propose("积分达到10分的得满分，不足10分的按实际得分计", "10", "积分")
    sole(p, "formula")
    assert by_vars(p, value) == D(expected)[0]
    assert not p.confident


@pytest.mark.parametrize("text", [
    "积分达到12分的得满分，不足12分的按实际得分计",  # a line other than the 分值
    "积分达到10分的得满分，不足10分的按实际得分计，每少1项扣1分",  # a deduction besides
])
def test_actual_up_to_full_near_misses(text):
    assert not any("实际得分" in str(r.items) for r in readings(text, "10"))

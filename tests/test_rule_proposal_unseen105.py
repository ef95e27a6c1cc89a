"""Wordings of a rule the proposer missed: bands written with the small-form signs of a PDF's text layer (“50㎡≤面积﹤80㎡”);
grades defined first and scored after (“…的为优秀,…的为良好,…;计分:优秀100%,良好85%,…”), each grade's score given to its
definition; the points of each count of items met, in step with the count (“符合上述3项标准为3分;符合2项标准为2分;…”), a
要点核查 of that many items rather than a choice.

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, maxes, picked, readings, scores, sole, ticks


# ── bands written with the small-form signs ﹤ ﹥ (a PDF's text layer, digits spaced by the layout) ───────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("培训场地面积≥ 1 2 0 ㎡的得 4 分,8 0 ㎡≤面积﹤1 2 0 ㎡的得 3 分,4 0 ㎡≤ 面积﹤8 0 ㎡的得 2 分,面积﹤4 0 ㎡的不得分。",
     "4", [150, 120, 100, 80, 50, 10], [4, 4, 3, 3, 2, 0]),
    ("服务人数﹥500人的得6分,300人﹤服务人数≤500人的得4分,服务人数≤300人的得2分",
     "6", [600, 500, 400, 300, 100], [6, 4, 4, 2, 2]),
])
def test_bands_with_small_form_signs(text, weight, values, expected):
    p = propose(text, weight, "场地")
    sole(p, "tiers")
    assert scores(p, values) == D(*expected)


# ── grades defined first, each scored after (“…的为优秀,…;计分:优秀100%,良好85%”) ────────────────────────────────────
def test_grades_defined_then_scored_in_shares_of_the_points():
    text = ("年度考核合格率在98%及以上的为优秀,92%-97%的为良好,85%-91%的为合格,低于85%的为不合格。"
            "计分:优秀100%,良好80%,合格60%,不合格零分。")
    p = propose(text, "20", "合格率")
    sole(p, "tiers")
    assert scores(p, [99, 98, 95, 92, 88, 85, 70]) == D(20, 20, 16, 16, 12, 12, 0)
    assert not p.confident  # which grade each share is of, and what it is a share of, is to check
    assert any("按各等级的定义计分" in u for u in p.unplaced)


def test_grades_defined_then_scored_in_points():
    text = "档案资料齐全规范的为优秀,资料基本齐全的为良好,资料缺失较多的为不合格。计分:优秀10分,良好6分,不合格0分。"
    p = propose(text, "10", "档案")
    sole(p, "choice")
    assert [picked(p, k) for k in range(3)] == D(10, 6, 0)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    # a grade scored that no definition names: not read as scoring the definitions
    ("资料齐全的为优秀,资料基本齐全的为良好。计分:优秀10分,良好6分,合格3分。", "10"),
    # shares with no full marks among them: what they are shares of is unsaid
    ("资料齐全的为优秀,资料基本齐全的为良好。计分:优秀90%,良好60%。", "10"),
    # the best grade's points short of the 分值
    ("资料齐全的为优秀,资料基本齐全的为良好。计分:优秀8分,良好6分。", "10"),
])
def test_grades_defined_then_scored_near_misses(text, weight):
    p = propose(text, weight, "档案")
    assert not any("按各等级的定义计分" in u for u in p.unplaced)
    assert not p.confident


# ── the points of each count of items met, in step with the count: a 要点核查 ───────────────────────────────────────
@pytest.mark.parametrize("text, weight, n", [
    ("符合上述4项要求为4分;符合3项要求为3分;符合2项要求为2分;符合1项要求为1分;4项要求均不符合为0分。", "4", 4),
    ("满足以上3项条件的得6分,满足2项条件的得4分,满足1项条件的得2分,均不满足的不得分", "6", 3),
    ("具备上述2项条件的得3分;具备1项条件的得1.5分;均不具备的不得分", "3", 2),
])
def test_points_of_each_count_of_items_met(text, weight, n):
    p = propose(text, weight, "组织建设")
    sole(p, "checklist")
    each = D(weight)[0] / n
    assert maxes(p) == [each] * n
    assert ticks(p, *([True] * n)) == D(weight)[0]
    assert ticks(p, *([True] + [False] * (n - 1))) == each
    assert ticks(p, *([False] * n)) == 0
    assert not p.confident  # the items are named elsewhere (the row's 测评内容)


@pytest.mark.parametrize("text, weight", [
    # points out of step with the count: situations to choose from
    ("符合上述3项标准为5分;符合2项标准为3分;符合1项标准为1分;3项标准均不符合为0分。", "5"),
    # a count skipped
    ("符合上述3项标准为3分;符合1项标准为1分。", "3"),
])
def test_points_of_counts_met_out_of_step_are_no_checklist(text, weight):
    assert not any(r.items[0]["type"] == "checklist" and "项数计分" in " ".join(r.doubts or ())
                   for r in readings(text, weight))
    p = propose(text, weight, "组织建设")
    assert p.kind != "checklist" or not p.confident


# ── a closing sentence whose only figures are an e-mail or web address scores nothing (set aside, to check) ──────────
def test_a_closing_sentence_naming_an_address_is_set_aside():
    text = ("各县每季度报送工作简报达6篇的,计8分,不足按比例计分。为便于考核,简报以发到市局综合科邮箱(zhk2021@163.com)的为准。")
    p = propose(text, "8", "信息报送")
    sole(p, "rate")
    assert not p.confident
    assert any("邮箱" in u for u in p.unplaced)


@pytest.mark.parametrize("words, nothing", [
    ("为便于考核,材料以发到邮箱(abc12@163.com)的为准", True),
    ("材料以网站www.gov12.cn公布的为准", True),
    ("材料须在10日内发到邮箱(abc@163.com)", False),  # a figure besides the address: a deadline
])
def test_an_address_is_no_figure_of_a_score(words, nothing):
    from services.scoring.rules.wording import normalize, scores_nothing
    assert scores_nothing(normalize(words)) is nothing

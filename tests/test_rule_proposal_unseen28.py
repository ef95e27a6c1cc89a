"""Scoring clauses of unseen tables, read where they are written otherwise than the readings knew: points given with
给 and the full points said in brackets after 满分 (“…的给满分(2分),否则不给分”, “…的给0.5分”); a line on a percentage
said by 以上 after its figure, with no comparison word before it, and its breach said as “未达到的” (“…25%(含25%)以上的
给满分(20分),未达到的不给分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, met_or_not, picked, readings, scores, sole, types


# ── points given with 给, the full points in brackets: “…的给满分(2分),否则不给分” ───────────────────────────────
@pytest.mark.parametrize("text, weight, condition", [
    ("建立项目管理台账的给满分(2分),否则不给分;", "2", "建立项目管理台账"),
    ("领导重视,成立工作专班的给满分(1分),否则不给分。", "1", "领导重视,成立工作专班"),
    ("按时报送年度总结的得满分(1.5分),否则不得分", "1.5", "按时报送年度总结"),
])
def test_full_points_given_in_brackets(text, weight, condition):
    p = propose(text, weight, "管理")
    assert sole(p, "all_or_nothing")["condition"] == condition
    assert p.confident
    assert met_or_not(p) == (Decimal(weight), 0)


def test_full_points_given_with_no_figure():
    p = propose("资金拨付手续完备的,给满分;否则不给分", "3", "管理")
    assert types(p) in (["all_or_nothing"], ["choice"])  # a choice between the 分值 and 0 is the same yes/no
    assert p.confident
    assert ((picked(p, 0), picked(p, 1)) if types(p) == ["choice"] else met_or_not(p)) == (3, 0)


@pytest.mark.parametrize("text, weight, firsts", [
    ("工作方案科学合理的给满分(3分),否则不给分;宣传到位的给满分(2分),否则不给分;", "5", ["3", "2"]),
    ("台账齐全的给满分(1分),否则不给分;档案整洁、分类清楚的给满分(1分),否则不给分", "2", ["1", "1"]),
])
def test_parts_each_given_their_full_points(text, weight, firsts):
    p = propose(text, weight, "管理")
    assert types(p) == ["all_or_nothing"] * len(firsts)
    assert [it["max"] for it in p.items] == firsts
    assert sum(Decimal(it["max"]) for it in p.items) == Decimal(weight)
    assert [met_or_not(p, i) for i in range(len(firsts))] == [(Decimal(x), 0) for x in firsts]


def test_parts_given_points_one_of_them_a_choice():
    p = propose("场地干净的给满分(1分),不干净的不给分;器材齐全的给满分(2分),器材不全的给1分,没有器材的不给分;", "3", "设施")
    assert types(p) == ["choice", "choice"]
    assert [picked(p, r, 1) for r in range(3)] == [2, 1, 0]
    assert [picked(p, r, 0) for r in range(2)] == [1, 0]


def test_points_given_to_a_list_that_adds_up():
    p = propose("有考勤制度和请假制度的给满分(2分),没有的不给分;定期开展业务培训的给满分(1分)。", "3", "制度")
    assert types(p) == ["checklist"]
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["2", "1"]
    assert not p.confident  # the second point has no zero said: to check


def test_given_is_written_as_scored():
    assert normalize("修剪不整齐的给0.5分,没有修剪的不给分") == "修剪不整齐的得0.5分,没有修剪的不得分"
    assert normalize("按时完成的给予2分") == "按时完成的得2分"
    assert normalize("全部完成的给满分(4分),否则不给分") == "全部完成的得4分,否则不得分"
    assert normalize("全部完成的给满分(4分)") == "全部完成的得满分(4分)"  # closing the text: the row's 分值, as written
    assert normalize("物资补给3次") == "物资补给3次"  # 补给 is a supply, not points given


@pytest.mark.parametrize("text, weight", [
    ("视完成情况酌情给2分", "2"),  # judgement: never sure
    ("有管理制度的给满分(5分),否则不给分", "3"),  # the points in brackets are not the 分值: to check
])
def test_given_points_near_misses_are_not_sure(text, weight):
    assert not propose(text, weight, "管理").confident


# ── a line said by 以上 after its figure: “…25%(含25%)以上的给满分(20分),未达到的不给分” ───────────────────────────
@pytest.mark.parametrize("text, weight, line", [
    ("绿地率30%(含30%)以上的给满分(10分),未达到的不给分。", "10", "30"),
    ("档案归档率95%以上的得满分,达不到的不得分", "5", "95"),
    ("群众满意度调查满意率80%及以上的得4分,未达到的不得分", "4", "80"),
    ("合格率达到90%以上得3分,未达到的不得分", "3", "90"),
    ("服务对象占辖区总人口的60%以上的,得2分;否则不得分", "2", "60"),
])
def test_a_line_said_after_its_figure(text, weight, line):
    p = propose(text, weight, "覆盖率")
    sole(p, "tiers")
    x = Decimal(line)
    assert scores(p, [x + 5, x, x - Decimal("0.5")]) == D(weight, weight, 0)  # 以上 and (含) both hold the line


@pytest.mark.parametrize("text, weight", [
    ("覆盖率90%得5分,否则不得分", "5"),  # no side said: a value, not a line
    ("比上年增长10%以上的得5分,未达到的不得分", "5"),  # a growth against last year: not a line on the value
    ("差错率低于2%以上的得2分,未达到的不得分", "2"),  # a side said before and after
    ("覆盖率25%以上的得10分,未达到的不得分", "20"),  # the points are not the 分值
])
def test_line_after_its_figure_near_misses(text, weight):
    assert not any(it["type"] == "tiers" for found in readings(text, weight) for it in found.items)

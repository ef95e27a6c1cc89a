"""Points taken off said with 扣掉 (“若有明显褶皱扣掉5分”): read as 扣 is, the same rule and the same confidence. A list
whose marks are bare figures, the “、” after them lost (“1没签订责任书的扣2分;2与…不齐全的扣2分;3没召开…的扣2分”):
read as the list marked “1.” “2.” “3.” is, always to check. Parts each earning points of their own, then their total
after a comma (“运行成功得1分,返回值正确得1分,输出正确得1分,共计3分”): the total the 分值 said again, read as after a “;”.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import marks_bare, normalize
from tests.proposals import D, by_count, maxes, met_or_not, ticks


# ── 扣掉: points taken off ───────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("每发现一处卫生死角扣掉0.5分,扣完为止", "5"),
    ("未建立值班台账的扣掉3分", "3"),
    ("床铺不整齐扣掉2分;桌面物品摆放杂乱扣掉1分;地面有垃圾扣掉2分", "5"),
    ("迟到一次扣掉0.5分,旷工一次扣掉2分,扣完为止", "10"),
    ("资料不齐全的每缺一项扣掉1分,最多扣掉4分", "4"),
    ("未按时上报扣掉1分,上报内容有误的每处扣掉0.5分", "3"),
])
def test_taken_away_reads_as_deducted(text, weight):
    said = propose(text.replace("扣掉", "扣"), weight, "日常管理")
    p = propose(text, weight, "日常管理")
    assert (p.kind, p.items, p.confident, p.summary) == (said.kind, said.items, said.confident, said.summary)


def test_taken_away_per_case_scores():
    p = propose("每发现一处卫生死角扣掉0.5分,扣完为止", "5", "卫生")
    assert p.kind == "deduction" and p.confident, p.unplaced
    assert [by_count(p, n) for n in ("0", "3", "12")] == D(5, "3.5", 0)


def test_taken_away_once_each_is_a_checklist():
    p = propose("要求被子叠放整齐,不整齐的扣掉4分。毛巾统一挂放,未统一挂放的扣掉2分。", "6", "内务")
    assert p.kind == "checklist", (p.summary, p.unplaced)
    assert maxes(p) == D(4, 2)
    assert ticks(p, True, False) == 4


@pytest.mark.parametrize("text", [
    "着装整齐,纽扣掉一个扣1分",  # a button fallen off, no points taken away
    "发生重大事故的扣掉全部分数",  # no figure after 扣掉
    "扣掉的分数由评价组记录在案",
])
def test_taken_away_without_points_left_as_written(text):
    assert "掉" in normalize(text)


# ── a list's marks written as bare figures ─────────────────────────────────────────────────────────────────
def test_bare_marks_read_as_a_list():
    text = "1没制定年度工作计划的扣2分;2没建立工作台账的扣2分;3没召开年度总结会的扣2分。"
    p = propose(text, "6", "制度建设")
    marked = propose(text.replace("1没", "1.没").replace("2没", "2.没").replace("3没", "3.没"), "6", "制度建设")
    assert p.kind == marked.kind == "checklist", (p.summary, p.unplaced)
    assert p.items == marked.items
    assert maxes(p) == D(2, 2, 2)
    assert ticks(p, True, False, True) == 4
    assert not p.confident
    assert any("按序号读" in u for u in p.unplaced), p.unplaced


def test_bare_marks_of_parts_scored():
    p = propose("1有工作领导小组,分工明确,得2分。2有专项经费保障,得3分。", "5", "组织保障")
    assert p.kind == "checklist", (p.summary, p.unplaced)
    assert maxes(p) == D(2, 3)
    assert ticks(p, False, True) == 3
    assert not p.confident
    assert any("按序号读" in u for u in p.unplaced), p.unplaced


def test_bare_marks_beside_a_dotted_one():
    assert marks_bare("1没签订责任书的扣2分;2签订不齐全的扣2分;3.没召开总结会的扣2分") == "1、2"


def test_bare_marks_with_a_requirement_met_or_not():
    p = propose("1未制定应急预案的扣3分;2未开展应急演练的扣2分。", "5", "应急管理")
    assert not p.confident
    assert any("按序号读" in u for u in p.unplaced), p.unplaced
    if p.kind == "checklist":
        assert ticks(p, True, True) == 5 and ticks(p, False, True) == 2
    else:
        assert p.kind == "formula", (p.summary, p.unplaced)


@pytest.mark.parametrize("text", [
    "1人未到扣1分;2人未到扣2分;3人以上未到不得分",  # counts of people, no marks
    "1至2次扣1分;2至3次扣2分;3次以上不得分",  # ranges of counts
    "1个,1分;2个,1.5分;3个,2分",  # counts and their points
    "1没签订责任书的扣2分;3签订不齐全的扣2分;2没召开总结会的扣2分",  # out of turn
    "2没签订责任书的扣2分;3签订不齐全的扣2分",  # not opening with 1
    "1没签订责任书的扣2分;没召开总结会的扣2分",  # one bare figure only
    "1没签订责任书;2没召开总结会,各扣2分",  # a sentence a mark opens scores nothing
    "1名学生未到扣1分;2名学生未到扣2分",  # counts of pupils
    "1万元以下的扣1分;2万元以上的扣2分",  # sums
])
def test_figures_that_count_are_no_marks(text):
    assert marks_bare(text) == ""
    p = propose(text, "5", "指标")
    assert not any("按序号读" in u for u in p.unplaced), p.unplaced


def test_dotted_marks_need_no_note():
    p = propose("1.没制定年度工作计划的扣2分;2.没建立工作台账的扣2分;3.没召开年度总结会的扣2分。", "6", "制度建设")
    assert marks_bare("1.没制定年度工作计划的扣2分;2.没建立工作台账的扣2分") == ""
    assert not any("按序号读" in u for u in p.unplaced), p.unplaced


def test_a_lone_requirement_is_untouched():
    p = propose("未制定应急预案的扣掉5分", "5", "应急管理")
    assert p.kind in ("all_or_nothing", "choice")
    if p.kind == "all_or_nothing":
        assert met_or_not(p) in ((D(5)[0], D(0)[0]), (D(0)[0], D(5)[0]))


# ── parts earning points, then their total after a comma ──────────────────────────────────────────────────
@pytest.mark.parametrize("total", ["共计3分", "合计3分", "总计3分", "共得3分", "合计得3分"])
def test_parts_then_their_total_after_a_comma(total):
    text = f"样例程序运行成功得1分,返回值正确得1分,输出目录正确得1分,{total}。"
    p = propose(text, "3", "功能测试")
    said = propose(text.replace(f",{total}", f";{total}"), "3", "功能测试")
    assert p.kind == said.kind == "checklist", (p.summary, p.unplaced)
    assert (p.items, p.confident) == (said.items, said.confident)
    assert maxes(p) == D(1, 1, 1)
    assert ticks(p, True, False, True) == 2


@pytest.mark.parametrize("text, weight, parts", [
    ("建立工作台账得2分,台账登记完整得1分,按时归档得2分,共计5分", "5", (2, 1, 2)),
    ("制定实施方案的计1分,召开动员会议的计1分,合计2分", "2", (1, 1)),
    ("有年度计划得0.5分,有总结得0.5分,有考核记录得1分,总计2分", "2", ("0.5", "0.5", 1)),
])
def test_parts_of_unequal_points_then_their_total(text, weight, parts):
    p = propose(text, weight, "工作机制")
    assert p.kind == "checklist", (p.summary, p.unplaced)
    assert maxes(p) == D(*parts)
    assert not any("共计" in u or "合计" in u or "总计" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("每发现一篇优秀稿件得0.5分,共计2分", "2"),  # points per case: the total is their cap
    ("各项资料齐全得1分,共计3分", "3"),  # each of items unnamed
    ("全部完成得3分,部分完成得1分,共计3分", "3"),  # a ladder of situations, not parts adding up
    ("样例运行成功得1分,返回值正确得1分,共计3分", "3"),  # parts short of the total
    ("建立台账得1分,未建立扣1分,资料齐全得2分,共计3分", "3"),  # a part taking points off
])
def test_totals_that_are_no_sum_of_parts_are_kept(text, weight):
    from services.frameworks.reading import stated_weight_dropped
    t = normalize(text)
    assert stated_weight_dropped(t, D(weight)[0]) == t

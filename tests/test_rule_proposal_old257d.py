"""Faults and shares a score sheet writes in its own cells, which the proposer left to 酌情评分.

- A share per thing in the brackets of the 分数 cell, set before the 评分细节 words (“(每组0.1)双手拉椅、椅距均等”,
  “(每组1分)竖放在主人面前”), its 分 perhaps left out: each thing (组、个、套…) not laid or served so loses its share, down
  to 0 — a deduction per thing, to check. A thing done, had or counted (“(每次1分)参加业务培训”) earns per time and is no
  such share; a length in 公分 (“间隔一公分”) is a placing, no points.
- A fault's cost as a bare minus in the next cell, joined after a space (“着装不正 -1”): taken off as “着装不正-1” is,
  to check; a range of costs (“-5~20”) is the team's to pick and is no cost read.
- A censure suffered standing alone in a table of 扣分项目 (“因实验室安全等问题,被学院通报批评”, “被上级部门约谈”): the
  row's 分值 taken when it is found, the 分值 kept when not (全有或全无 on “无：…”), to check — never a requirement met
  (“满足‘…被约谈’得满分” would score the fault).

Each class has made-up texts in the style of published 评分标准, with the score of each situation, and near misses that
must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, met_or_not, sole, types


# ── a share per thing in the brackets before the words (“(每组0.1)…”) ──────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, counts, expected", [
    ("(每组0.1)刀叉摆放对齐、间距均等", "1", "0.1", ["0", "4", "10"], [1, 0.6, 0]),
    ("(每个0.5)杯口朝上,与骨碟成一直线", "2", "0.5", ["0", "1", "4"], [2, 1.5, 0]),
    ("(每套1分)摆放在主宾面前餐碟右侧", "3", "1", ["0", "2", "3"], [3, 1, 0]),
    ("(每组0.2)毛巾折叠整齐、花型美观", "2", "0.2", ["0", "5", "12"], [2, 1, 0]),
    ("(每组0.5)茶水按规定量斟倒", "5", "0.5", ["0", "3", "10"], [5, 3.5, 0]),
    ("(每组0.1)与杯垫正对,与桌边间隔一公分", "1", "0.1", ["0", "3", "10"], [1, 0.7, 0]),
])
def test_a_share_per_thing_before_the_words_is_a_deduction_per_thing(text, weight, per, counts, expected):
    p = propose(text, weight, "摆台")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert [by_count(p, c) for c in counts] == D(*expected)
    assert not p.confident  # that the share is lost, not earned, is read: to check


def test_a_share_before_the_words_with_its_fen_unsaid_is_noted():
    p = propose("(每组0.2)口布折叠一次成型", "2", "口布")
    sole(p, "deduction")
    assert any("未写“分”" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("(每次1分)参加业务培训", "5"),  # a thing done, earned per time: no share of things laid
    ("(每篇2分)在市级以上刊物发表文章", "6"),  # a thing counted, in a unit of no thing laid
    ("(每组0.5)摆放3套餐具", "2"),  # a count to reach in the words
])
def test_near_miss_a_thing_done_or_counted_is_no_share_per_thing(text, weight):
    p = propose(text, weight, "指标")
    assert types(p) != ["deduction"], p.summary


# ── a bare minus after a space (“着装不正 -1”) ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("仪表不整洁 -2", "2"),
    ("未核对患者信息 -3", "3"),
])
def test_a_bare_minus_after_a_space_is_the_faults_cost(text, weight):
    p = propose(text, weight, "操作")
    assert types(p) == ["all_or_nothing"], p.summary
    assert met_or_not(p) == (D(weight)[0], 0)
    assert not p.confident
    assert any("负数按扣分读" in u for u in p.unplaced), p.unplaced


def test_near_miss_a_range_of_costs_after_a_space_is_not_read():
    p = propose("按时完成 0 延误1天以内 -5 无故拖延交办事项 -5~15", "20", "工作完成")
    assert types(p) == ["judgement"], p.summary


# ── a censure suffered standing alone (“被学院通报批评”) ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("因消防安全等问题,被学校通报批评", "2"),
    ("被区教育局及以上部门通报批评", "3"),
    ("因食品卫生问题被上级部门约谈", "5"),
])
def test_a_censure_alone_takes_the_whole_row(text, weight):
    p = propose(text, weight, "安全")
    assert types(p) == ["all_or_nothing"], p.summary
    assert p.items[0]["params"]["condition"].startswith("无：")  # the fault absent, never the censure as a requirement
    assert met_or_not(p) == (D(weight)[0], 0)
    assert not p.confident  # the score is not said
    assert "即扣完" in p.summary


@pytest.mark.parametrize("text, weight", [
    ("被市级通报表扬", "2"),  # a commendation, no fault
    ("被县级通报批评1次", "2"),  # a count: how the cases count is unsaid
])
def test_near_miss_a_commendation_or_a_count_is_no_censure_alone(text, weight):
    p = propose(text, weight, "指标")
    assert not (types(p) == ["all_or_nothing"] and "即扣完" in p.summary), p.summary

"""Faults listed with commas, each costing the same (“未建立安全管理机构,无明确分管领导,无检查记录,各扣2分”): a deduction
per fault found. A score closing a part, then a space and the next scored part (a spreadsheet's text layer printing its
commas as spaces: “制定方案2分 开展培训的得1分 组织演练的得2分”): parts of their own. A heading's points in brackets, then
requirements each closing with a bare share in brackets (“…布局合理(1分)远离噪声源(0.5)设置围墙(0.5)”): a 要点核查 of
them. A fault's one case and its points, no 扣 said (“…无资格证书,1例2分”): a deduction per case. A clause holding
someone to account after the deduction (“…,发生失窃的追究值班人员责任”): set aside.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, maxes, readings, sole, ticks


# ── faults listed with commas, each costing the same ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("未建立安全管理机构,无明确分管领导,无安全检查记录,各扣2分", "6", "2"),
    ("无档案管理制度,档案分类不规范,未配备专人管理,各扣1分", "3", "1"),
])
def test_faults_listed_with_commas_each_costing_the_same(text, weight, per):
    p = propose(text, weight, "安全管理")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert by_count(p, "1") == D(weight)[0] - D(per)[0]
    assert by_count(p, "3") == D(weight)[0] - 3 * D(per)[0]
    assert not p.confident


def test_words_leading_the_faults_are_no_fault_of_their_own():
    # “查阅资料” states no fault: it is not counted among the faults listed
    for r in readings("查阅有关资料,无管理制度,无台账,各扣2分", "6"):
        assert "所列 3 项" not in r.summary


# ── scored parts joined by spaces ────────────────────────────────────────────────────────────────────────────
def test_scored_parts_joined_by_spaces():
    p = propose("制定应急预案2分 开展应急培训的得1分 组织应急演练的得2分", "5", "应急准备")
    sole(p, "checklist")
    assert maxes(p) == [D("2")[0], D("1")[0], D("2")[0]]
    assert ticks(p, True, False, True) == 4
    assert ticks(p, False, True, False) == 1


def test_spaces_inside_a_scored_part_stay_inside_it():
    p = propose("建立以县 乡 村为网络的报告体系并明确专人负责的得1分 建立登记制度并按月 按季报送的得1分 设立监测点 并挂牌的得1分",
                "3", "报告网络")
    sole(p, "checklist")
    assert maxes(p) == [D("1")[0]] * 3
    assert ticks(p, True, False, True) == 2


def test_a_space_before_a_deduction_without_a_score_after_is_not_a_part():
    # one score only: nothing to split
    p = propose("建立健全管理制度得5分 否则不得分", "5", "制度")
    assert p.items[0]["type"] != "checklist" or len(p.items[0]["params"]["points"]) == 1


# ── a heading's points in brackets, then requirements with bare shares ──────────────────────────────────────
def test_heading_then_requirements_with_bare_shares():
    p = propose("活动场地布局合理,功能分区明确(1分)远离噪声源(0.3)设置围墙及大门(0.3)场地地面平整防滑(0.2)"
                "配备遮阳设施(含凉棚)(0.2)", "1", "场地布局")
    sole(p, "checklist")
    assert maxes(p) == [D("0.3")[0], D("0.3")[0], D("0.2")[0], D("0.2")[0]]
    assert ticks(p, True, False, True, False) == D("0.5")[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("活动场地布局合理(1分)远离噪声源(0.3)设置围墙(0.3)", "1"),  # the shares fall short of the heading's points
    ("活动场地布局合理(2分)远离噪声源(0.5)设置围墙(0.5)", "1"),  # the heading's points are not the 分值
    ("活动场地布局合理(1分)远离噪声源扣0.5分(0.5)设置围墙(0.5)", "1"),  # a requirement scored in words of its own
])
def test_near_misses_of_bare_shares(text, weight):
    assert not any("其后括号中的数字" in str(r.doubts) for r in readings(text, weight))


# ── one case of a fault and its points, no 扣 said ───────────────────────────────────────────────────────────
def test_one_case_of_a_fault_and_its_points_unsaid():
    p = propose("特种作业人员无资格证书,1例2分", "6", "持证上岗")
    params = sole(p, "deduction")
    assert params["per"] == "2" and params["unit"] == "例"
    assert by_count(p, "2") == 2 and by_count(p, "5") == 0
    assert not p.confident


def test_one_case_of_a_requirement_met_is_no_deduction():
    # no fault said (不、未、没、无): a case earning points, not costing them
    assert not any(r.items[0]["type"] == "deduction" for r in readings("开展志愿服务活动,1次2分", "6"))


# ── who is held to account, after the deduction ─────────────────────────────────────────────────────────────
def test_held_to_account_after_the_deduction_set_aside():
    p = propose("做好仓库安全管理。检查时发现物品堆放混乱1次扣1分,发生失窃的追究值班人员责任。", "10", "仓库管理")
    params = sole(p, "deduction")
    assert params["per"] == "1"
    assert by_count(p, "3") == 7
    assert not p.confident
    assert any("追究值班人员责任" in u for u in p.unplaced)


def test_two_faults_opened_apart_are_not_read_as_a_comma_list():
    # two clauses opened apart: the first may be the second's circumstance (tests/test_rule_proposal_unseen18.py)
    assert not any("所列" in r.summary for r in readings("未建立值班制度,无交接记录的,各扣2分", "6"))

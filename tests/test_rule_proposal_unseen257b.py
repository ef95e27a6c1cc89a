"""Wordings of tables nobody tuned the proposer on (the former hold-out set's texts that fell back to judgement).

Classes taught: options in tick boxes each closed by its points (“□…,得2分□…,得0分”); points per case capped by
“总分值”, after the case of none scoring 0 (“无…的得0分,每配备1名…得0.5分”), earned with 获得 after a clause (“…1次,获得5
分,最高得分10分”), or a lone count of one capped by a sentence of its own (“1个得2分。此项最多6分。”); the 分值 said again
as the most the row scores, closing the text (“…承诺5分。此项最高得5分。”); short steps of a practical exam done right
(“计算正确”, “溶解操作规范”, “得出正确结论”, “按一定顺序连接电路”) as a requirement met or not; a fault's cost in
brackets after a stop (“有堆积垃圾。(-3分)”); a quotient times the 分值 with its 乘 sign lost (“得分=(评标基准价/投标报
价)权重分值”), to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_vars, met_or_not, picked, point_labels, scored, sole


# ── options in tick boxes, each closed by its points: “□…,得2分□…,得1分□…,得0分” ─────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("□建立会员大会制度并按期召开,得2分□建立制度但未按期召开,得1分□未建立会员大会制度,得0分", "2", ["2", "1", "0"]),
    ("☐按章程规定设立监事会,得1分☐未设立监事会,得0分", "1", ["1", "0"]),
])
def test_options_in_tick_boxes_each_closed_by_its_points(text, weight, scores):
    p = propose(text, weight, "组织建设")
    params = sole(p, "choice")
    assert len(params["options"]) == len(scores)
    assert [picked(p, i) for i in range(len(scores))] == [Decimal(s) for s in scores]


def test_near_miss_the_character_kou_is_no_tick_box():
    # 口 is a word of its own here (出入口, 口罩), not a box: both points keep it
    p = propose("设置出入口,得2分口罩佩戴规范,得1分", "3", "卫生")
    assert sole(p, "checklist")
    assert point_labels(p) == ["设置出入口", "口罩佩戴规范"]


def test_near_miss_grades_in_boxes_without_a_verb_of_points_keep_their_boxes():
    # “□优20分 □良15分”: a grade ticked, no 得 before its points; the boxes are not read as clauses opened (the grades'
    # own reading holds)
    assert "□" in normalize("□优20分□良15分□中10分□差0分")
    assert "□" not in normalize("□建立制度,得2分□未建立制度,得0分")


# ── points per case, their cap said as 总分值, or after none of them scoring 0 ─────────────────────────────────
@pytest.mark.parametrize("text, weight, n, score", [
    ("项目负责人近三年内主持过同类咨询项目,每主持一项得5分,总分值15分。", "15", "2", 10),
    ("项目负责人近三年内主持过同类咨询项目,每主持一项得5分,总分值15分。", "15", "4", 15),
    ("没有发明专利的不得分;每拥有1项发明专利得2分,最高8分", "8", "5", 8),
])
def test_points_per_case_capped_by_total_or_after_none_scoring_zero(text, weight, n, score):
    p = propose(text, weight, "业绩")
    sole(p, "formula")
    assert by_vars(p, n) == score
    assert not p.confident


@pytest.mark.parametrize("n, score", [("0", 0), ("4", 4), ("9", 6)])
def test_points_per_case_after_none_scoring_zero_up_to_the_points_are_sure(n, score):
    # (to check until test_rule_proposal_cov257.py read one kind of case counted in whole things up to the 分值 as sure)
    p = propose("无驻场服务人员的得0分,每配备1名驻场服务人员得1分,最高得分为6分。", "6", "业绩")
    sole(p, "formula")
    assert by_vars(p, n) == score
    assert p.confident


def test_near_miss_none_of_another_thing_first_is_not_the_count_of_zero():
    # the zero opening the text names something else than the cases counted (a licence, not the staff): never dropped
    p = propose("无安全生产许可证的不得分,每配备1名专职安全员得1分,最高得分为6分。", "6", "安全")
    assert not p.confident
    assert p.kind != "formula" or len(p.items[0]["params"]["variables"]) == 2


@pytest.mark.parametrize("text, weight, n, score", [
    ("拟派律师近三年参与市级以上立法调研1次,获得3分,最高得分9分。", "9", "2", 6),
    ("拟派律师近三年参与市级以上立法调研1次,获得3分,最高得分9分。", "9", "5", 9),
])
def test_points_earned_with_huode_after_a_clause(text, weight, n, score):
    p = propose(text, weight, "法律实践")
    sole(p, "formula")
    assert by_vars(p, n) == score
    assert not p.confident


def test_near_miss_huode_opening_the_text_is_what_is_obtained():
    # “获得2分” alone: 获 is the requirement (the certificate obtained), not a case counted
    p = propose("获得 2 分", "2", "国际认证")
    assert p.kind == "all_or_nothing"


@pytest.mark.parametrize("text, weight, n, score", [
    ("一张得2分。此项最多6分。", "6", "2", 4),
    ("一张得2分。此项最多6分。", "6", "4", 6),
    ("1项得1.5分;本项最高得3分", "3", "1", Decimal("1.5")),
])
def test_a_lone_count_of_one_capped_by_a_sentence_of_its_own(text, weight, n, score):
    p = propose(text, weight, "资质证书")
    sole(p, "formula")
    assert by_vars(p, n) == score
    assert not p.confident


def test_near_miss_a_lone_count_capped_past_the_weight_is_not_read():
    p = propose("一张得2分。此项最多8分。", "6", "资质证书")
    assert p.kind != "formula" or not p.confident


# ── the 分值 said again as the most the row scores: “…承诺5分。此项最高得5分。” ───────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("投标人提供售后服务承诺书3分。此项最高得3分。", "3"),
    ("供应商具有质量管理体系认证的2分;本项最多2分", "2"),
])
def test_the_weight_said_again_as_the_most_scored(text, weight):
    p = propose(text, weight, "承诺")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(weight), 0)
    assert not p.confident


def test_near_miss_a_most_scored_short_of_the_weight_is_not_the_weight():
    p = propose("投标人提供售后服务承诺书3分。此项最高得2分。", "3", "承诺")
    assert p.kind != "all_or_nothing" or not p.confident


# ── short steps of a practical exam done right or not ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "读数正确", "计算正确", "称量操作规范", "过滤操作正确", "得出正确结论", "选择合适仪器",
    "按一定顺序连接电路,闭合开关前将滑片移到阻值最大处",
])
def test_a_short_step_of_a_practical_exam_done_right(text):
    p = propose(text, "1", "评分点")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (1, 0)
    assert not p.confident


@pytest.mark.parametrize("text", ["管理规范", "财务管理规范", "工作正常", "按顺序计算得分"])
def test_near_miss_a_quality_or_a_scoring_word_is_no_step_done_right(text):
    p = propose(text, "2", "管理")
    assert p.kind == "judgement"


# ── a fault's cost in brackets after a stop: “有堆积垃圾。(-3分)” ────────────────────────────────────────────────
def test_a_cost_in_brackets_after_a_stop():
    p = propose("桌面不整洁(-2分),有灰尘(-2分),物品乱放。(-1分)。", "10", "桌面")
    params = sole(p, "formula")
    assert len(params["variables"]) == 3
    assert by_vars(p, "0", "0", "0") == 10 and by_vars(p, "1", "1", "1") == 5 and by_vars(p, "0", "0", "1") == 9
    assert not p.confident


def test_near_miss_a_figure_of_measure_after_a_stop_is_no_cost():
    p = propose("室温保持。(-5)℃以上", "2", "室温")
    assert p.kind != "formula" or not p.confident


# ── a quotient times the 分值, the 乘 sign lost: “得分=(评标基准价/投标报价)权重分值” ───────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("价格得分=(评标基准价/投标报价)权重分值", "20"),
    ("得分=(评审基准价/有效报价)分值", "30"),
])
def test_a_quotient_times_the_weight_its_sign_lost(text, weight):
    p = propose(text, weight, "价格")
    sole(p, "rate")
    assert scored(p, {"numerator": "80", "denominator": "100"}) == Decimal(weight) * Decimal("0.8")
    assert scored(p, {"numerator": "100", "denominator": "100"}) == Decimal(weight)
    assert not p.confident and any("乘号" in u for u in p.unplaced)


def test_the_sign_written_is_read_with_confidence():
    p = propose("得分=(评审基准价/有效报价)*分值", "30", "价格")
    sole(p, "rate")
    assert not any("乘号" in u for u in p.unplaced)

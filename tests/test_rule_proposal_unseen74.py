"""Deductions and situations said without their verb or with a severity: a cost per fault with no 扣 (“每处错误1分”),
and a greater one per grave fault (“…,严重错误(如…)5分”); one fault taking the whole item (“每处错误扣除所在项所有分值”,
“…的,每发现一起,此项不得分”); deductions of set grades (“按3分、5分、8分三个档次扣分”); a requirement with a case exempt
from it (“…,得1分。非试点地区,本项不扣分”); points whose first one, missing, zeroes the row (“…1分,…1分。无制度0分”);
and yes/no questions each worth a point, their answers parted by 、 or the question of two clauses.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way. Every reading here is read, not said: never confident.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, maxes, met_or_not, picked, readings, sole, ticks


# ── a cost per fault with no 扣 said: a deduction per case ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("每处错误1分。", "6", "1"),
    ("每处差错0.5分", "4", "0.5"),
    ("每条错漏2分。", "10", "2"),
])
def test_a_cost_per_fault_unsaid_is_a_deduction(text, weight, per):
    p = propose(text, weight, "行文格式")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, "1") == D(weight)[0] - D(per)[0]
    assert by_count(p, "99") == 0
    assert not p.confident


@pytest.mark.parametrize("text", [
    "每处亮点1分",         # a merit earned, not a fault
    "每篇信息1分,最多5分",  # points earned per piece
])
def test_near_miss_points_earned_are_no_deduction(text):
    assert not any(it["type"] == "deduction" for found in readings(text, "5") for it in found.items)


# ── a cost per fault and a greater one per grave fault ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, grave, situations", [
    ("每处错误1分,严重错误(如主送机关错误)4分。", "6", "4", [(("0", "0"), 6), (("2", "0"), 4), (("1", "1"), 1), (("0", "2"), 0)]),
    ("每处差错0.5分,重大差错2分", "5", "2", [(("0", "0"), 5), (("2", "1"), 2), (("9", "0"), 0.5)]),
])
def test_a_grave_fault_costs_more_per_case(text, weight, grave, situations):
    p = propose(text, weight, "签发程序")
    sole(p, "formula")
    for values, want in situations:
        assert by_vars(p, *values) == D(want)[0], values
    assert not p.confident


def test_near_miss_a_grave_fault_costing_less_is_not_read():
    found = readings("每处错误3分,严重错误1分", "6")
    assert not any(f.summary.startswith("公式计分：每处错误扣") for f in found)


# ── one fault takes the whole item: met or not ───────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("每处错误扣除所在项所有分值。", "3"),
    ("出现差错的,扣除本项全部分值", "4"),
    ("辖区内发生违规占用耕地行为未及时制止上报的,每发现一起,此项不得分。", "20"),
    ("消防安全(10分)。辖区内出现消防隐患未及时整改的,每发现一起,本项不得分。(消防隐患包括:堵塞通道,私拉电线等)", "10"),
])
def test_one_fault_takes_the_whole_item(text, weight):
    p = propose(text, weight, "安全生产")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (D(weight)[0], 0)
    assert not p.confident


def test_near_miss_one_case_costing_points_is_no_all_or_nothing():
    p = propose("辖区内出现消防隐患未及时整改的,每发现一起,扣2分。", "10", "安全生产")
    assert p.kind != "all_or_nothing"


# ── deductions of set grades: the 分值, or the 分值 less one grade ────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, grades", [
    ("计15分,根据公文实际按3分、5分、8分三个档次扣分。", "15", (3, 5, 8)),
    ("材料完整规范。根据实际情况按2分、4分两个档次扣分", "10", (2, 4)),
])
def test_deductions_of_set_grades_are_situations(text, weight, grades):
    p = propose(text, weight, "公文质量")
    options = sole(p, "choice")["options"]
    assert len(options) == len(grades) + 1
    for rank, g in enumerate((0, *grades)):
        assert picked(p, rank) == D(weight)[0] - g
    assert not p.confident


@pytest.mark.parametrize("text", [
    "计15分,根据公文实际按8分、5分、3分三个档次扣分。",  # grades not rising: not a ladder of deductions
    "计15分,按3分、5分、8分两个档次扣分。",               # the count said disagrees with the grades listed
])
def test_near_miss_grades_out_of_order_are_not_read(text):
    assert not any(f.summary.startswith("情形选择：4 种情形") for f in readings(text, "15"))


# ── a requirement, and a case exempt from it ─────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("开展垃圾分类试点的社区建立分类台账,得2分。非试点社区,本项不扣分。", "2"),
    ("列入重点用能单位的企业按期报送能源利用状况报告,得3分;非重点用能单位,本项不扣分;查看报送记录", "3"),
])
def test_a_case_exempt_from_the_requirement_scores_in_full(text, weight):
    p = propose(text, weight, "节能管理")
    options = sole(p, "choice")["options"]
    assert [o["score"] for o in options] == [weight, "0", weight]
    assert not p.confident


def test_near_miss_an_exempt_case_with_points_of_its_own_is_not_read():
    found = readings("试点社区建立分类台账,得2分。非试点社区,得1分。", "2")
    assert not any(o["label"].startswith("非试点") and o["score"] == "2"
                   for f in found for it in f.items for o in it["params"].get("options", ()))


# ── points whose first, missing, zeroes the row ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("建立了志愿服务管理制度1分,制度上墙公示1分。无制度0分。", "2", (1, 1)),
    ("制定了应急预案2分,每年组织演练1分;没有预案的不得分", "3", (2, 1)),
])
def test_the_first_point_missing_zeroes_the_row(text, weight, points):
    p = propose(text, weight, "制度建设")
    params = sole(p, "checklist")
    assert maxes(p) == D(*points) and params["gate"] == "p1"
    assert ticks(p, True, True) == D(weight)[0]
    assert ticks(p, True, False) == points[0]
    assert ticks(p, False, True) == 0
    assert not p.confident


def test_near_miss_a_zero_naming_another_thing_sets_no_key_point():
    for f in readings("建立了志愿服务管理制度1分,制度上墙公示1分。无台账0分。", "2"):
        assert all("gate" not in it["params"] for it in f.items)


# ── yes/no questions each worth a point ──────────────────────────────────────────────────────────────────────────────
def test_yes_no_questions_with_answers_parted_by_a_pause_mark():
    text = ("1.是否有专职档案员:有1分、没有0分;2.是否建立借阅登记:建立1分,未建立0分;"
            "3.是否有档案库房,有防火防潮措施:有2分,没有0分.")
    p = propose(text, "4", "档案管理")
    sole(p, "checklist")
    assert maxes(p) == D(1, 1, 2)
    assert ticks(p, True, True, True) == 4
    assert ticks(p, True, False, True) == 3
    assert not p.confident
    assert p.items[0]["params"]["points"][0]["label"] == "有专职档案员"


# ── a situation of a range of scores, split by kind in brackets: one situation per kind ─────────────────────────────
@pytest.mark.parametrize("text, weight, want", [
    ("1.能提供完整的培训签到材料6-4分(电子签到记录6分、纸质签到表5分、现场照片4分等);2.有培训但无材料2分;3.未开展培训0分.",
     "6", (6, 5, 4, 2, 0)),
    ("建立值班制度.1.可提供值班记录8-6分(系统记录8分、纸质记录7分、电话抽查记录6分、微信截图6分);2.有制度无记录3分;"
     "3.无值班制度0分.", "8", (8, 7, 6, 6, 3, 0)),
])
def test_a_range_split_by_kind_is_one_situation_per_kind(text, weight, want):
    p = propose(text, weight, "培训管理")
    options = sole(p, "choice")["options"]
    assert [D(o["score"])[0] for o in options] == D(*want)
    assert not p.confident


@pytest.mark.parametrize("text", [
    # a kind outside the range: not a split of it
    "1.能提供完整的培训签到材料6-4分(电子签到记录6分、纸质签到表5分、现场照片3分);2.有培训但无材料2分;3.未开展培训0分.",
    # the kinds not falling in order
    "1.能提供完整的培训签到材料6-4分(纸质签到表5分、电子签到记录6分、现场照片4分);2.有培训但无材料2分;3.未开展培训0分.",
])
def test_near_miss_kinds_not_filling_the_range_are_not_split(text):
    assert not any(len(it["params"].get("options", ())) >= 5 for f in readings(text, "6") for it in f.items)

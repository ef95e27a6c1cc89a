"""Deductions written the way inspection tables and school rules set them down:

- the case counted after the points, with 每 (“学生上课迟到扣1分每人次”): a deduction per 人次;
- a deduction whose 分 is left out after 扣除 (“未提交检测报告,扣除1;”): those points taken off;
- a fault that takes everything, said as “…全部扣除” (“重大事故全部扣除”): the row's zero;
- a fault ending in a distance it falls short of or goes past (“护栏高度小于1.2米”, “离地大于20cm以上”): the fault's
  words, its figure no count;
- faults run on with no stop between them, a table's line breaks lost (“…的,扣20分栏杆高度不符合要求的,扣20分”): each
  its own clause;
- a thing there but lacking, then the thing not there (“有应急预案,但未组织演练,扣2分;无应急预案,不得分”): situations
  of which one holds (the full one unsaid: to check).

Near misses keep their old readings: words closing a deduction (“扣2分并通报批评”, “扣0.5分类推计算”), a count before
the trailing unit (“缺课2次扣1分每人次”), 扣除 before a count (“扣除2项”), faults of two things that may both be found.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, by_vars, picked, scored, sole, ticks, types


@pytest.mark.parametrize("text, weight, cases, score", [
    ("3.学生上课迟到扣1分每人次。", "6", "2", "4"),
    ("教职工无故缺席例会扣2分每人次", "10", "3", "4"),
    ("车辆未按规定停放扣0.5分每次;", "2", "5", "0"),
])
def test_the_unit_after_the_points_with_each_counts_cases(text, weight, cases, score):
    p = propose(text, weight, "常规管理")
    sole(p, "deduction")
    assert by_count(p, cases) == Decimal(score)


@pytest.mark.parametrize("text", ["缺课2次扣1分每人次", "每次检查扣2分每人次"])
def test_a_count_said_before_the_trailing_unit_is_left_as_written(text):
    assert normalize(text) == text


def test_points_taken_off_with_their_fen_left_out():
    p = propose("未提交检测报告,扣除1;未配备灭火器,扣除0.5;", "3", "设备检查")
    assert types(p) == ["formula"]
    assert not p.confident
    assert by_vars(p, "1", "1") == Decimal("1.5")
    assert by_vars(p, "0", "1") == Decimal("2.5")


@pytest.mark.parametrize("text", ["扣除2项内容", "对未完成的扣除2个名额"])
def test_deducted_before_a_count_is_no_points(text):
    assert "分" not in normalize(text)


def test_a_fault_taking_everything_said_as_all_deducted():
    p = propose("一般事故扣1分,较大事故扣3分,重大事故全部扣除", "5", "安全生产")
    assert types(p) == ["formula"]
    assert not p.confident
    names = {v["label"][:4]: v["name"] for v in p.items[0]["params"]["variables"]}
    gate, light, heavy = names["重大事故"], names["是否一般"], names["是否较大"]
    assert scored(p, {"vars": {gate: "1", light: "1", heavy: "0"}}) == Decimal(4)
    assert scored(p, {"vars": {gate: "1", light: "0", heavy: "1"}}) == Decimal(2)
    assert scored(p, {"vars": {gate: "0", light: "0", heavy: "0"}}) == Decimal(0)


def test_all_deducted_of_something_else_is_left():
    assert normalize("事故全部扣除责任人奖金") == "事故全部扣除责任人奖金"


@pytest.mark.parametrize("text, weight, first_found", [
    ("护栏高度小于1.2米,扣2分;未设警示标志,扣2分;", "4", "2"),
    ("踢脚板离地大于20cm以上的扣3分;挡脚板未刷警示色的扣3分;", "6", "3"),
])
def test_a_distance_ending_a_fault_is_its_words(text, weight, first_found):
    p = propose(text, weight, "临边防护")
    sole(p, "checklist")
    assert not p.confident
    assert ticks(p, False, True) == Decimal(first_found)
    assert ticks(p, True, True) == Decimal(weight)


def test_a_step_per_metre_is_no_fault_of_fixed_cost():
    p = propose("护栏高度每低于1米扣1分;未设警示标志扣2分", "4", "临边防护")
    assert types(p) != ["checklist"]


@pytest.mark.parametrize("text, weight", [
    ("基坑周边未设防护栏杆的,扣20分栏杆高度不符合要求的,扣20分", "20"),
    ("未设置限位装置的,扣10分限位装置失灵的,扣10分未经验收使用的,扣10分", "10"),
])
def test_faults_run_on_taking_the_whole_row(text, weight):
    p = propose(text, weight, "基坑支护")
    assert types(p) == ["all_or_nothing"]
    assert scored(p, {"met": True}) == Decimal(weight)
    assert scored(p, {"met": False}) == 0


def test_faults_run_on_each_costing_its_own():
    p = propose("未设防护栏杆扣2分安全网破损扣1分", "5", "安全防护")
    assert types(p) == ["formula"]
    assert by_vars(p, "1", "1") == Decimal(2)
    assert by_vars(p, "0", "1") == Decimal(4)


@pytest.mark.parametrize("text", [
    "未设防护栏杆扣2分并通报批评",
    "缺1项扣0.5分类推计算;",
    "未设防护栏杆的,扣2分栏杆高度不足",  # no deduction of its own after the words
])
def test_words_after_a_deduction_that_close_it_are_no_new_clause(text):
    assert normalize(text) == text


@pytest.mark.parametrize("text, weight, lesser", [
    ("有应急预案,但未组织演练,扣2分;无应急预案,不得分", "4", "2"),
    ("现场检查;办公区有消防器材,但缺少检验记录,扣1分;办公区无消防器材,不得分。", "3", "2"),
    ("配备了专职保洁员,但缺少聘用合同,扣3分;未配备不得分;", "5", "2"),
])
def test_a_thing_there_but_lacking_then_not_there_are_situations(text, weight, lesser):
    p = propose(text, weight, "人员配备")
    sole(p, "choice")
    assert not p.confident
    assert picked(p, 0) == Decimal(weight)
    assert picked(p, 1) == Decimal(lesser)
    assert picked(p, 2) == 0


def test_faults_of_two_things_costing_part_are_no_situations():
    p = propose("有台账,但记录不全,扣1分;未开展培训,扣2分", "5", "台账管理")
    assert types(p) == ["formula"]
    assert by_vars(p, "1", "1") == Decimal(2)

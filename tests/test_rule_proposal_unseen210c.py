"""Requirements stated with no score, deductions per pupil, and ladders of the count of listed requirements met:

- a requirement with no scoring words at all is met or not (``all_or_nothing._bare_requirement``, always to check), now
  also where its words hold what only looked like scoring: the audit (审计) that an article of a standard governs
  (“内部审计机构应当…”, “…不得负责…”: ``_ARTICLE``; a requirement on audit work without such an article, “及时完成…审计
  任务”, may be weighed by the team and stays unread), things told apart (“区分工作日和节假日”), round the clock
  (“24小时开机”), what a rule is drawn up from (“根据…制定”) and a plan of a rate kept (“完成…达标率年度计划”);
- 每生 (each pupil) before a deduction counts persons in the faults' formula too (“不唱每生扣1分,走调每生扣0.5分”:
  ``deduction.EACH_PUPIL``), and in the words a reading places;
- requirements listed for the 分值, then the points of each count of them met (“A、B、C,给10分;达2项的给9分;达1项的给8分;
  1项不达给7分”: ``wording.met_count_ladder``): even steps down to none met said are ``7 + a``
  (``formula._met_count_steps``), uneven steps or none met unsaid bands of the count met (``tiers._met_count_ladder``);
  a list that splits into another number of requirements than the ladder counts is to check.

Also the score by a rate named (“按知晓率打分”), perhaps after a random check and after the requirement the rate
measures, scored the 分值 in full (“职工掌握应急处置流程,得4分;随机抽查,按知晓率打分”: ``rate._by_the_rate``), to check.

Near misses: a requirement weighed in words or with a scoring word (“根据考核情况”, “按均值评价”), a rate to reach, a
deadline in hours that scores; 每生 not before a deduction; ladders whose points do not fall, whose counts skip, or
with no list of requirements for the 分值 first.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, readings, scored, sole, types


# ── requirements with no score ─────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "审计委员会应当定期听取内部审计机构的工作汇报。",
    "内部审计人员不得参与被审计部门的日常经营决策。",
    "公告栏应张贴开放时间,并区分夏季和冬季作息。",
    "设立服务热线,值班电话24小时有人接听。",
    "根据考核办法制定相应的奖惩细则并组织实施。",
    "完成森林覆盖率年度计划。",
])
def test_requirement_without_score_read_met_or_not(text):
    p = propose(text, "2", "要求")
    sole(p, "all_or_nothing")
    assert not p.confident
    assert scored(p, {"met": True}) == D(2)[0] and scored(p, {"met": False}) == D(0)[0]


@pytest.mark.parametrize("text", [
    "及时完成上级交办的审计任务。",  # audit work with no article of a standard: may be weighed
    "根据考核情况评定等次。",  # a scoring said
    "每个站点单独评价,多点的按均值评价。",  # how it is evaluated
    "接到报告后24小时内处置,超时扣1分。",  # the hours a deduction is scored by
])
def test_requirement_near_misses_not_read_bare(text):
    assert not any("只写了要求" in " ".join(r.doubts or ()) for r in readings(text, "2"))


# ── deductions per pupil ───────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, a, b, expected", [
    ("做操不认真每生扣1分,动作不到位每生扣0.5分,扣完为止。", "10", "2", "3", 6.5),
    ("迟到每生扣0.5分,早退每生扣1分,扣完为止", "8", "4", "1", 5),
])
def test_two_faults_per_pupil_a_formula(text, weight, a, b, expected):
    p = propose(text, weight, "纪律")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["人", "人"]
    assert scored(p, {"vars": {"a": a, "b": b}}) == D(expected)[0]
    assert p.confident


def test_one_fault_per_pupil_a_deduction():
    p = propose("课间追逐打闹每生扣1分,扣完为止。", "5", "纪律")
    assert sole(p, "deduction")["unit"] == "人"
    assert p.confident


def test_pupil_not_before_a_deduction_is_no_person():
    # 每生 with no 扣 after it (a cost per pupil earned): no per-person deduction read
    p = propose("生均经费每生达到500元得5分。", "5", "经费")
    assert not (p.kind == "formula" and any(v.get("unit") == "人" for v in p.items[0]["params"].get("variables", [])))


# ── ladders of the count of listed requirements met ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, n, at", [
    ("地面无纸屑、桌椅摆放整齐、窗户明亮,给8分。以上达2项的给7分;达1项的给6分;1项不达给5分。", "8", 3,
     {3: 8, 2: 7, 1: 6, 0: 5}),
    ("门窗完好、灯具完好、黑板完好、桌椅完好,得满分;达到3项的得10分;达到2项的得8分;达到1项的得6分;均未达到的得4分", "12", 4,
     {4: 12, 3: 10, 1: 6, 0: 4}),
])
def test_even_steps_down_to_none_met_a_formula(text, weight, n, at):
    p = propose(text, weight, "卫生")
    params = sole(p, "formula")
    assert params["variables"][0]["label"].endswith(f"（共{n}项）")
    assert [scored(p, {"vars": {"a": str(k)}}) for k in at] == D(*at.values())
    assert p.confident


@pytest.mark.parametrize("text, weight, at", [
    ("讲台整洁、门后无杂物、墙角无蛛网,给6分。达2项的给5分;达1项的给3分。", "6", {3: 6, 2: 5, 1: 3, 0: 0}),
    ("书架整齐、图书归位、借阅登记完整,给9分;达2项的给7分;达1项的给4分;1项不达给1分", "9", {3: 9, 2: 7, 1: 4, 0: 1}),
])
def test_uneven_steps_or_none_unsaid_bands_of_the_count(text, weight, at):
    p = propose(text, weight, "卫生")
    sole(p, "tiers")
    assert [scored(p, {"value": str(k)}) for k in at] == D(*at.values())


def test_none_met_unsaid_is_to_check():
    p = propose("讲台整洁、门后无杂物、墙角无蛛网,给6分。达2项的给5分;达1项的给3分。", "6", "卫生")
    assert not p.confident


def test_list_splitting_otherwise_than_the_ladder_is_to_check():
    # the list splits into 4 at its commas and 、, the ladder counts 3 (达2项 below all)
    p = propose("桌面、地面干净,窗台无灰尘,门后无杂物给6分。达2项的给5分;达1项的给4分;1项不达给3分。", "6", "卫生")
    assert types(p) == ["formula"]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("地面无纸屑、桌椅整齐、窗户明亮,给8分。达2项的给8分;达1项的给6分。", "8"),  # points not falling
    ("地面无纸屑、桌椅整齐、窗户明亮、门窗完好,给8分。达3项的给7分;达1项的给5分。", "8"),  # a count skipped
    ("达3项的给8分;达2项的给7分;达1项的给6分。", "8"),  # no list of requirements first
])
def test_ladder_near_misses(text, weight):
    assert not any("达到要求的项数" in str(r.items) for r in readings(text, weight))


# ── the score by a rate, after the requirement it measures ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "职工掌握应急处置流程,得4分;随机抽查,按知晓率打分。",
    "随机抽查,按正确率打分",
    "住户掌握分类方法,得满分;抽查,按知晓率计分。",
])
def test_rate_after_the_requirement_it_measures(text):
    p = propose(text, "4", "知晓")
    sole(p, "rate")
    assert scored(p, {"numerator": "3", "denominator": "4"}) == D(3)[0]
    assert not p.confident


def test_rate_after_a_requirement_of_other_points_is_not_read_so():
    # the requirement scored 5 on a row of 4: not the 分值 the rate takes
    assert not any(r.items[0]["type"] == "rate" for r in readings("职工掌握应急处置流程,得5分;随机抽查,按知晓率打分。", "4"))

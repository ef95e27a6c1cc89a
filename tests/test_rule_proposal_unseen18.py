"""Made-up texts of wordings the proposer left to 酌情评分 though they state a rule: faults listed with commas and one
deduction for each (“无A,无B,无C的,各扣2分”), the deduction each costs said 分别 (“…的,分别扣2分”) or with 减
(“…各减5分”), situations numbered with circled marks straight after the last one's score (“①有方案5分②无方案0分”),
and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, picked, readings, types


def _each_deducted(text: str, weight: str, per: str, n: int) -> None:
    """The text's proposal is one deduction of ``per`` for each case: none found scores the 分值, ``n`` found that
    less ``n`` × ``per`` (down to 0)."""
    p = propose(text, weight, "指标")
    assert types(p) == ["deduction"], (p.summary, p.unplaced)
    assert p.items[0]["params"]["per"] == per
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, str(n)) == max(D(weight)[0] - n * D(per)[0], D(0)[0])


# ── faults listed with commas, each opening with the same 无/未/没有, closed by the one deduction each costs ─────────
# ── (“无年度计划,无季度小结,无年度总结的,各扣2分”): the commas are the list's marks, a deduction per fault found; ───────
# ── one amount said 分别 (“…的,分别扣2分”) is each fault's, as 各扣 says ────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, n, per", [
    ("未建立巡查台账,未建立维修台账,未建立考勤台账的,各扣2分。", "6", 3, "2"),
    ("无年度工作计划,无季度工作小结,无年度总结的,分别扣2分", "8", 3, "2"),
    ("没有应急预案,没有演练记录,各扣1分,扣完为止", "5", 2, "1"),
    ("2、无值班制度,无交接班记录,无巡查日志,无隐患台账的,各扣1.5分;", "6", 4, "1.5"),
    # one amount said 分别 after faults listed with 、 (“…的,分别扣2分”): each fault costs it, as 各扣 says
    ("未建立巡查台账、未建立维修台账、未建立考勤台账的,分别扣2分。", "6", 3, "2"),
    ("字号不清晰、营业时间未公示的,分别扣1.5分", "3", 2, "1.5"),
    ("缺少会议记录、学习记录、活动记录的,分别减3分", "9", 3, "3"),
])
def test_faults_listed_are_each_deducted(text, weight, n, per):
    _each_deducted(text, weight, per, n)


@pytest.mark.parametrize("text, weight", [
    ("未建立巡查台账,无维修记录的,各扣2分", "6"),  # two faults, not the one 无/未 opening each: not read as a list
    ("工作开展较好,未发现问题的,各扣2分", "6"),  # a clause that is no fault before the one that is
    ("未建立巡查台账,未按时上报,分别扣1分、2分", "6"),  # amounts in turn, not one amount for each
])
def test_near_misses_of_the_comma_list_are_not_read_as_one(text, weight):
    assert not any("所列" in r.summary for r in readings(text, weight)), [r.summary for r in readings(text, weight)]


# ── the amount each costs said with 减 (“…率、…率低于目标值各减5分”): as 各扣 ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("服务满意率、投诉办结率低于目标值各减5分。", "10", "5"),
    ("班子不团结、制度不落实各减2分", "4", "2"),
])
def test_each_less_is_each_deducted(text, weight, per):
    _each_deducted(text, weight, per, 1)


def test_a_figure_reduced_is_no_deduction():
    # “各减少2人”: 减 before a figure of something else than points stays as written
    assert not any(r.items and r.items[0]["type"] == "deduction" for r in readings("编制各减少2人的,得满分", "3"))


# ── situations numbered with circled marks, each mark straight after the last one's score (“①有方案5分②无方案0分”): ──
# ── the marks part the situations as “(1)…5分(2)…0分” does ───────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, options", [
    ("①有应急预案5分②无应急预案0分", "5", ["5", "0"]),
    ("①制度健全且执行到位6分②制度基本健全3分③无制度0分", "6", ["6", "3", "0"]),
    ("①按时报送4分②延迟报送2分③未报送0分", "4", ["4", "2", "0"]),
])
def test_circled_situations_after_scores_are_a_choice(text, weight, options):
    p = propose(text, weight, "情形")
    assert types(p) == ["choice"], (p.summary, p.unplaced)
    assert [picked(p, k) for k in range(len(options))] == D(*options)


@pytest.mark.parametrize("text, weight", [
    ("①会议记录完整4分②会议记录不完整扣2分", "4"),  # a deduction after the mark: no situation scored by it
    ("①按时上报5分②迟报每次扣1分", "5"),  # a step after the mark
])
def test_circled_marks_before_a_deduction_are_no_choice(text, weight):
    p = propose(text, weight, "情形")
    assert not (p.confident and p.kind == "choice"), p.summary


# ── a homophone typed in the scoring words (one pinyin): 份 for 分 after a verb of points (“扣0.5份”), 乙 for 一 after a ─
# ── word of a case short (“每缺乙个”): read as the words meant ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("台账不全的,每缺1本,扣0.5份。", "4", "0.5"),
    ("每缺乙个村级服务站扣1分,扣完为止", "5", "1"),
    ("宣传栏未更新的,每少乙次扣0.5份,扣完为止", "3", "0.5"),
])
def test_homophones_in_the_scoring_words_are_read_as_meant(text, weight, per):
    _each_deducted(text, weight, per, 2)


@pytest.mark.parametrize("text", [
    "每缺1份材料扣1份材料",  # 份 of a thing, not points
    "乙方人员不足的,每缺1人扣1分",  # 乙方: a party, no numeral
    "评为乙等的,得3份;",  # 乙 after no word of a case short; 份 after 得 is read as 分 only
])
def test_near_misses_of_the_homophones_stay_as_written(text):
    assert ("乙" in normalize(text)) == ("乙" in text)
    assert "份材料" not in text or normalize(text) == text

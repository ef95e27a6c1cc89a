"""Rows of bands then their scores, situations of words run together after a lead, sums in 万 of money, points after a
semicolon, a case in a drawing's lines and a cap of a 小项:

- a table row of a measure's band cells, then the word heading its scores and as many bare scores (a skills contest's
  外观评分标准: “标准(mm) 0~1 >1,≤2 >2,≤3 >3 分数 16 12 8 0”, “标准(mm) 0 ≤0.7 >0.7,≤1.2 >1.2 分数 10 6 2 0”): bands
  rising from the first, each starting where the one before ends (a cell with no start of its own starts there), the
  scores strictly falling, a last “>3,<0” holding the values on both sides (``wording._bands_row_then_scores``), to
  check (no 分 is said); never bands with a gap, a count of scores other than the bands', or scores that do not fall;
- situations of words alone, each closed by its points and the next run straight on (“全部满足10分大部分满足7分部分满足4分
  少部分满足1分”), three or more of a few words with their points falling, and such a run or one of grades after a lead
  sentence that scores nothing (“评标专家…横向比较,进行打分。优18分良12分中6分差1分”): a 情形选择, to check
  (``wording._chained_cases_read``, ``_words_chain``); never a run whose points do not fall, nor after a lead that scores;
- figures in 万 with no 元 under a sum of money named (“根据投标人注册资金情况:8000万(含)以上,得10分;…”): 万元
  (``wording._MONEY_NAMED``); never a count in 万 of people or things;
- a line's points in a clause of their own after a semicolon (“注册资金在1000万元(包括1000万元)-5000万元(不包括5000万元);得
  0.5分;…”): the condition's own (``wording._POINTS_AFTER_SEMICOLON``);
- a deduction per wrong line of a drawing (“每线错扣0.5分”): a case in a measure word of its own, entered as 个, to check
  (``deduction.THING_UNITS``); never 线路、线上;
- points per case up to a most said of the 小项 (“每个得5分,此小项最多得20分”, ``formula._CAP_SAID``), to check; a note
  closing the text with a zeroing line (“…;注:须提供合同复印件,否则不得分”) is never dropped as a remark: it is the row's
  gate where read, else the row is left to judgement (read as a remark it lost two unseen texts, whose labels gate on it).

Left as they were: a price formula on either side of a base price written out with its own letters (“F=30-[(q-Q)/Q]*
100*0.2”), cells whose list marks the page broke (“1项目负责人…;2 .项目…”), a grade of two measures (“深度≤0.5且长度≤15”),
OCR damage (“8000份一10000份”, “【).” for “D.”), 1 point per hospital said as “满分20分,1家4分”, faults each taken once
proposed as a formula where the label counts them per case, a fault's cost as a bare minus after its requirement's
points in brackets (“…(5分)放置过重-3分”), a requirement's breach at “0分” after its points in brackets, a rank ladder
with a floor (“第二低的得8分,以此类推,最低分为2分”), a situation unsaid (引弧 not correct), and one sub-item's points
relative to the best bidder's count.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, picked, readings, scored, sole


def _valued(p, value: str) -> Decimal:
    return scored(p, {"value": value})


# ── a row of band cells, then 分数 and the scores ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("标准(mm) 0~2 >2,≤4 >4,≤6 >6 分数 12 8 4 0", "12", [("1", 12), ("2", 12), ("3", 8), ("6", 4), ("7", 0)]),
    ("标准(mm) ≤0.5 >0.5,≤1 >1,≤2 >2 分数 8 5 2 0", "8", [("0.5", 8), ("0.8", 5), ("1.5", 2), ("3", 0)]),
    ("标准(mm) 0 ≤1 >1,≤1.5 >1.5 分数 6 4 2 0", "6", [("0", 6), ("0.5", 4), ("1.2", 2), ("2", 0)]),
    ("偏差(mm) 0~1 >1,≤2 >2,<0 得分 10 6 0", "10", [("0.5", 10), ("1.5", 6), ("2.5", 0)]),
    ("标准 0~5 >5,≤10 >10 分数: 9 5 1", "9", [("3", 9), ("8", 5), ("12", 1)]),
])
def test_a_row_of_bands_then_its_scores_is_read_as_bands_to_check(text, weight, cases):
    p = propose(text, weight, "焊缝余高")
    sole(p, "tiers")
    assert not p.confident
    for value, score in cases:
        assert _valued(p, value) == Decimal(score), (text, value)


@pytest.mark.parametrize("text", [
    "标准(mm) 0~1 >2,≤3 >3 分数 10 6 0",        # a gap between the first two bands
    "标准(mm) 0~1 >1,≤2 >2 分数 10 6",           # fewer scores than bands
    "标准(mm) 0~1 >1,≤2 >2 分数 6 10 0",         # scores that do not fall
    "标准(mm) 0~1 ≥1,≤2 >2 分数 10 6 0",         # 1 claimed by two bands
    "标准(mm) 0 深度≤0.5 深度>0.5 分数 10 6 0",   # bands in words of two measures
])
def test_a_near_miss_of_a_row_of_bands_is_not_read_so(text):
    assert all(r.items[0]["type"] != "tiers" for r in readings(text, "10")), text


# ── situations of words run together, perhaps after a lead ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("全部符合8分大部分符合5分少部分符合2分", "8", [8, 5, 2]),
    ("专家组对各投标人进行横向比较,进行打分。完全满足12分基本满足8分部分满足4分", "12", [12, 8, 4]),
    ("评委横向比较后打分。优10分良7分中4分差1分", "10", [10, 7, 4, 1]),
])
def test_situations_of_words_run_together_are_a_choice_to_check(text, weight, scores):
    p = propose(text, weight, "产品质量")
    sole(p, "choice")
    assert not p.confident
    assert [picked(p, i) for i in range(len(scores))] == D(*scores)


@pytest.mark.parametrize("text, run", [
    ("全部符合5分大部分符合8分少部分符合2分", "全部符合5分大部分符合8分少部分符合2分"),  # points that do not fall
    ("得分低于60分的不予推荐。优10分良7分中4分", "优10分良7分中4分"),            # a lead that scores
])
def test_a_near_miss_of_situations_run_together_is_not_split(text, run):
    assert run in normalize(text), normalize(text)
    assert not propose(text, "10", "产品质量").confident


# ── sums in 万 under money named; points after a semicolon ─────────────────────────────────────────────────────
def test_figures_in_wan_under_money_named_are_wan_yuan():
    p = propose("根据投标人注册资本情况:5000万(含)以上,得6分;2000万-5000万(不含),得4分;2000万(不含)以下,得2分",
                "6", "注册资本")
    params = sole(p, "tiers")
    assert params["unit"] == "万元"
    assert [_valued(p, x) for x in ("6000", "5000", "3000", "1000")] == D(6, 6, 4, 2)


def test_figures_in_wan_of_people_are_no_money():
    p = propose("服务人口5万(含)以上,得6分;2万-5万(不含),得4分;2万(不含)以下,得2分", "6", "服务人口")
    assert all(it["params"].get("unit") != "万元" for it in p.items)


def test_a_lines_points_after_a_semicolon_are_its_own():
    p = propose("营业收入在500万元(包括500万元)-2000万元(不包括2000万元);得1分;营业收入在2000万元以上(包括2000万元);"
                "得2分;", "2", "营业收入")
    sole(p, "tiers")
    assert [_valued(p, x) for x in ("500", "1999", "2000")] == D(1, 1, 2)


# ── a line of a drawing; a 小项's cap; a closing note ─────────────────────────────────────────────────────────
def test_a_deduction_per_wrong_line_is_per_case_to_check():
    p = propose("每线错扣1分", "3", "标题栏")
    assert sole(p, "deduction")["per"] == "1"
    assert not p.confident
    assert [by_count(p, n) for n in ("0", "2", "4")] == D(3, 1, 0)


@pytest.mark.parametrize("text", ["每线路故障扣1分", "每线上平台未更新扣1分"])
def test_a_line_of_a_network_or_online_is_no_case_in_lines(text):
    assert "每线扣" not in propose(text, "3", "指标").summary


@pytest.mark.parametrize("text", ["投标人近三年承接过类似项目的,每个得4分,此小项最多得12分。"])
def test_points_per_case_up_to_a_most_of_the_sub_item_are_read_to_check(text):
    p = propose(text, "12", "业绩")
    sole(p, "formula")
    assert not p.confident
    assert [by_vars(p, n) for n in ("0", "2", "5")] == D(0, 8, 12)


@pytest.mark.parametrize("text", [
    "投标人近三年承接过类似项目的,每个得4分,最多得12分。注:须提供合同复印件加盖公章作为证明材料,否则不得分。",
    "投标人近三年承接过类似项目的,每个得4分,此小项最多得12分;注:须提供合同复印件加盖公章作为证明材料,否则不得分",
])
def test_a_closing_note_with_a_zeroing_line_is_never_dropped(text):
    p = propose(text, "12", "业绩")
    assert not p.confident
    if p.kind != "judgement":  # read: the note's zero is kept, so no proof scores 0 however many projects
        assert "否则" in p.summary or "不得分" in p.summary or "g=0" in p.summary, p.summary

"""Texts no reading reads whole for the words around their scoring that score nothing: how the row is checked (“查阅台账。”,
“核对原始凭证和登记簿。”), who finds the fault (“由监事会核实认定…;”), a remark after the scoring (“以年终抽查为准。”), a
label with its colon before the scoring (“本项得分为:”). The scoring is read without them, and the proposal stays to
check with those words first among the unplaced (``set_aside``).

Each house style has made-up texts with the rule they must give and the score of a few situations, and near misses that
must stay a judgement: a title with its points, a scoring with no figure, words of judgement, a sentence that scores.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import set_aside
from services.scoring.rules.wording import normalize
from tests.proposals import by_count, by_vars, met_or_not, scored, sole

_ASIDE = "：未计入规则"


def _aside(p) -> list[str]:
    return [u.removeprefix("“").removesuffix("”" + _ASIDE) for u in p.unplaced if u.endswith(_ASIDE)]


# ── how it is checked, before the scoring ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, aside, faults", [
    ("查阅台账。缺少月度巡检记录、缺少年度总结、缺少整改台账分别扣1分。", "3", ["查阅台账"], 3),
    ("核对原始凭证和登记簿。缺少月度巡检记录、缺少年度总结、缺少整改台账分别扣1分。", "3", ["核对原始凭证和登记簿"], 3),
    ("现场查看。无专人、无实施方案分别扣1分。", "2", ["现场查看"], 2),
    ("1.查看文件资料。无专人、无实施方案、无工作总结分别扣1分。", "3", ["查看文件资料"], 3),
    ("查看会议记录和值班登记。 无专人、无实施方案分别扣1分", "2", ["查看会议记录和值班登记"], 2),
])
def test_how_it_is_checked_set_aside(text, weight, aside, faults):
    p = propose(text, weight, "制度建设")
    sole(p, "deduction")
    # set aside, or read by the faults-after-what-is-checked wording (查…), the checking words stay among the unplaced
    assert not p.confident and p.unplaced[0].startswith(f"“{aside[0]}")
    assert _aside(p) in ([], aside)
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "1") == Decimal(weight) - 1
    assert by_count(p, str(faults)) == 0


# ── who finds the fault, and a label before the scoring ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, aside", [
    ("由监事会核实认定重大失职行为;本项计分为:如出现一次重大失职行为则扣掉全部8分,扣完为止", "8",
     ["由监事会核实认定重大失职行为", "本项计分为:"]),
    ("由审计科查实认定。本项得分为:如发生一起重大差错则扣掉全部6分。", "6", ["由审计科查实认定", "本项得分为:"]),
    ("如出现一次重大失职行为则扣掉全部8分,扣完为止。由纪检组认定。", "8", ["由纪检组认定"]),
])
def test_who_finds_it_and_a_label_set_aside(text, weight, aside):
    p = propose(text, weight, "廉洁履职")
    sole(p, "all_or_nothing")
    assert not p.confident and _aside(p) == aside
    assert met_or_not(p) == (Decimal(weight), Decimal(0))  # no such fault: the 分值; one found: nothing


# ── a remark after the scoring ───────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, aside", [
    ("缺少月度巡检记录、缺少年度总结、缺少整改台账分别扣1分。以年终抽查为准。", "3", ["以年终抽查为准"]),
    ("由安监科认定。本项得分为:未建立巡检台账扣2分,未开展年度总结扣1分。", "3", ["由安监科认定", "本项得分为:"]),
])
def test_a_remark_after_the_scoring_set_aside(text, weight, aside):
    p = propose(text, weight, "巡检")
    assert not p.confident and _aside(p) == aside
    assert p.kind in ("deduction", "checklist") and len(p.items) == 1
    if p.kind == "deduction":
        assert by_count(p, "0") == Decimal(weight) and by_count(p, "3") == 0
    else:
        assert scored(p, {"points": {pt["key"]: {"state": "not_met"} for pt in p.items[0]["params"]["points"]}}) == 0


# ── what is set aside, and what is not ───────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, rest, aside", [
    ("查阅台账。缺少记录扣1分。", "缺少记录扣1分", ["查阅台账"]),
    ("查看会议记录和登记簿。缺少记录扣1分。", "缺少记录扣1分", ["查看会议记录和登记簿"]),  # words of record score nothing
    ("缺少记录扣1分。以年终抽查为准。", "缺少记录扣1分", ["以年终抽查为准"]),
    ("由科室核定;评分办法:缺少记录扣1分", "缺少记录扣1分", ["由科室核定", "评分办法:"]),
])
def test_set_aside(text, rest, aside):
    assert set_aside(normalize(text)) == (rest, aside)


@pytest.mark.parametrize("text", [
    "查阅台账,未建立的不得分。缺少记录扣1分。",  # the first sentence scores
    "按时报送率达到95%。未按时报送每次扣1分。",  # a figure of what is asked
    "班容班貌。(10分)按班级文化建设观摩评分为准。",  # a title and its points
    "深入开展宣传教育活动,营造氛围。以年终检查资料评分。",  # no figure left to score
    "缺少记录扣1分",  # nothing around the scoring
    "未按规定:缺少记录扣1分",  # a condition before a colon is no label
])
def test_near_miss_nothing_set_aside(text):
    assert set_aside(normalize(text))[1] == []


@pytest.mark.parametrize("text, weight", [
    ("班容班貌。(10分)按班级文化建设观摩评分为准。", "10"),  # the score comes from elsewhere
    ("深入开展宣传教育活动,营造氛围。以年终检查资料评分。", "10"),
    ("查阅台账", "3"),
    ("查阅台账。台账不全的酌情扣分。", "3"),  # words of judgement
    ("由纪检组认定。无专人、无实施方案的,视情况扣分。", "2"),
])
def test_near_miss_stays_a_judgement(text, weight):
    p = propose(text, weight, "指标")
    assert p.kind == "judgement" and not p.confident


# ── a mark typed between 扣 and its points: “…的部门扣,1分”, “每次扣:0.5分” ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("每迟报一次扣,0.5分,扣完为止。", "2"),
    ("每迟报一次扣：0.5分，扣完为止", "2"),
    ("每迟报一次扣， 0.5分，扣完为止。", "2"),
])
def test_a_mark_between_the_deduction_and_its_points(text, weight):
    p = propose(text, weight, "信息报送")
    assert sole(p, "deduction") and p.confident
    assert by_count(p, "1") == Decimal("1.5") and by_count(p, "5") == 0


def test_a_mark_between_the_deduction_and_its_points_with_a_zeroing_fault():
    p = propose("未指定负责统计工作的人员扣,1分,无统计台账的不得分。", "3", "机构人员")
    sole(p, "formula")
    assert not p.confident  # a fault zeroing the row read as a condition before the deduction is to check
    assert by_vars(p, "1", "0") == 3  # a 台账 kept, the staff named: the 分值
    assert by_vars(p, "1", "1") == 2  # no one named: 1 off
    assert by_vars(p, "0", "0") == 0  # no 台账: nothing


@pytest.mark.parametrize("text", ["折扣,5分以上", "内容紧扣,2分", "每次扣,1次", "扣,另加1分"])
def test_near_miss_no_deduction_joined_to_its_points(text):
    assert normalize(text) == text.replace("，", ",")

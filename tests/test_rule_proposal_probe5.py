"""Made-up texts of the last hour's wordings that were read confidently and wrong, and the near misses beside them.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus). Each asks that
the proposal be unsure or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scored, scores


# ── parts of equal points (“各占/分别为N分”): the one rule for each only where the rule names no part and the ──
# ── parts add up to the item ────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("市级、县级分别为4分。市级每发现1处问题扣1分,县级每发现1处问题扣0.5分,扣完为止", "8"),
    ("市级、县级各占4分。市级每发现1处问题扣1分,县级每发现1处问题扣0.5分,扣完为止", "8"),
    ("上半年、下半年各占5分。上半年每迟报1天扣0.5分,下半年每迟报1天扣1分,扣完为止", "10"),
    # the rule names one part only: what the other is scored by is not said
    ("化学需氧量、氨氮各占5分。化学需氧量达标率≥90%得满分,每降低1个百分点扣0.5分,扣完为止", "10"),
    # two parts of 3 points each on an item of 3: one rule on the 3 points is not what the text says
    ("市级、县级各占3分。每发现1处问题扣0.5分,扣完为止", "3"),
    ("市级、县级分别为3分。每发现1处问题扣0.5分,扣完为止", "3"),
    ("其中城区、乡镇分别为3分。达标率≥90%得满分,每降低1个百分点扣0.5分,扣完为止", "3"),
    # the rule may take the parts together: one count, one rate, one stop for the item
    ("城区、乡镇分别为5分,合计每发现1处问题扣1分,扣完为止", "10"),
    ("城区、乡镇分别为5分,每发现1处问题扣1分,总分扣完为止", "10"),
    ("城区、乡镇各占5分,每发现1处问题扣1分,本项扣完为止", "10"),
    ("城区、乡镇分别为5分,综合达标率达到90%得满分,每降低1个百分点扣0.5分,扣完为止", "10"),
])
def test_parts_not_given_the_one_rule_each(text, weight):
    p = propose(text, weight, "问题整改")
    assert not p.confident, p.summary
    assert not (len(p.items) == 2 and p.items[0]["params"] == p.items[1]["params"]), p.summary


def test_parts_given_one_rule_each_are_labelled_with_their_own_names():
    p = propose("化学需氧量、氨氮分别为5分。达标率≥90%得满分,每降低1个百分点扣0.5分,扣完为止", "10", "水质")
    assert p.confident
    assert [it["params"]["value_label"] for it in p.items] == ["化学需氧量", "氨氮"]
    assert scores(p, [95, 88, 70], item=1) == D(5, 4, 0)


@pytest.mark.parametrize("text", [
    "城区、乡镇分别为5分,每发现1处问题扣1分,每项扣完为止",
    "城区、乡镇分别为5分,达标率均达到90%得满分,每降低1个百分点扣0.5分,扣完为止",
])
def test_parts_each_under_the_rule_are_still_read_so(text):
    p = propose(text, "10", "问题整改")
    assert p.confident and [it["max"] for it in p.items] == ["5", "5"], p.unplaced


def test_parts_adding_up_to_the_item_are_still_read_one_rule_each():
    p = propose("城区、乡镇分别为4分。每发现1处问题扣1分,扣完为止", "8", "问题整改")
    assert p.confident and [it["max"] for it in p.items] == ["4", "4"]
    assert scored(p, {"count": "3"}, item=1) == D(1)[0]


# ── a step below a line with a stop short of the 分值 (“最多扣5分” on 6 points): the rule goes on to 0 ─────────
@pytest.mark.parametrize("text", [
    "达标率≥90%得满分,每降低1个百分点扣0.5分,扣完为止,最多扣5分",
    "达标率≥90%得满分,每降低1个百分点扣1分,扣完为止,最多扣1分",
    "排名前3名得满分,其余依次递减0.5分,扣完为止,最多扣3分",
    "排名前3名得满分,其余依次递减0.5分,扣完为止,扣分不超过3分",
    "排名前3名得满分,其余依次递减0.5分,扣完为止,最高扣5分",
])
def test_a_stop_short_of_the_weight_after_a_step_below_a_line_is_not_dropped(text):
    p = propose(text, "6", "达标情况")
    assert not p.confident, p.summary


@pytest.mark.parametrize("text, at, expected", [
    # the stop at the 分值 itself is where the rule stops already
    ("达标率≥90%得满分,每降低1个百分点扣0.5分,最多扣6分", [90, 86, 70], [6, 4, 0]),
    ("排名前3名得满分,其余依次递减0.5分,扣完为止", [3, 5, 30], [6, 5, 0]),
])
def test_a_stop_at_the_weight_after_a_step_below_a_line_is_read(text, at, expected):
    p = propose(text, "6", "达标情况")
    assert p.confident, p.unplaced
    assert scores(p, at) == D(*expected)


# ── a rank counted from the last, “倒数” said before the word for the rank: the place entered is counted so ────
@pytest.mark.parametrize("text", [
    "倒数排名前3名得满分,其余依次递减0.5分,扣完为止",
    "倒数排序前3名得满分,其余依次递减0.5分,扣完为止",
    "排名倒数前3名得满分,其余依次递减0.5分,扣完为止",
])
def test_a_rank_counted_from_the_last_is_labelled_so(text):
    p = propose(text, "5", "排名")
    assert p.items[0]["params"]["value_label"] == "倒数名次", p.summary
    assert "倒数" in p.summary
    assert scores(p, [3, 5]) == D(5, 4)


def test_a_rank_from_the_top_is_no_rank_from_the_last():
    p = propose("排名前3名得满分,其余依次递减0.5分,扣完为止;倒数后3名的另行通报", "5", "排名")
    assert not (p.confident and p.items[0]["params"].get("value_label") == "倒数名次"), p.summary

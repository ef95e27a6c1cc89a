"""Wordings of tender (招标/采购/评标) 评分标准 a proposer read short: a price scored by its steps above a base
(“每高于评标基准价1%扣0.5分”) that names how far the steps may go, as the most they take off (“最多扣20分”: the score
then never below the 分值 less it) or as the lowest score a price gets (“报价得分最低为30分”), either when only the steps
above the base are said or when those below it are too; a price set above or below the “评标价” as its base (“有效报价高于
评标价时,每高于1%扣0.2分;…每低于1%扣0.1分”), never the bid's own 评标价 (“评标价等于评标基准价的得满分”); the last of a
numbered list of bands saying that nothing provided scores nothing (“…;5.200平方米以下得1分;6.不提供的,不得分”), read as
the same sentence unnumbered is; and a closing 注 on what counts as a case holding a line on an amount, a time or a count
(“注:证书须在有效期内,注册资本≥500万元”), set aside as a note is, where a line on a share or points (“注:完成率≥90%的方可
得分”) is still part of the scoring; and bands on a volume in cubic metres (“冷库容积500立方米(含)以上的得6分;300立方米(含)-
500立方米以下的得4分;…”), read as bands on an area in square metres are.

Made-up texts in the style of tender scoring tables, with the scores of a few cases, and near misses that must not be
read that way. Every reading here stays to check: below the base the price's score is unsaid, a cap short of the 分值
leaves unsaid where the deducting stops, and a note is said back.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from tests.proposals import D, readings, sole


def _price(p, price: str, base: str) -> Decimal:
    """The score of a price ``price`` against the base ``base`` under the proposal's one formula."""
    params = sole(p, "formula")
    names = {("b" if v["name"] == "b" else "p"): v["name"] for v in params["variables"]}
    assert set(names.values()) == {"b", "p"}, params["variables"]
    res = score_item(p.items[0], {"vars": {"b": base, "p": price}})
    assert res.score is not None, res.text
    return res.score


def _base_label(p) -> str:
    return next(v["label"] for v in p.items[0]["params"]["variables"] if v["name"] == "b")


# ── a price's steps above its base, the most they take off or the lowest score said ─────────────────────────────
@pytest.mark.parametrize("text, weight, prices, expected", [
    # the most the steps take off: 20 of 30, a price twice the base keeps 10
    ("以有效投标报价的最低价为评标基准价,报价等于评标基准价的得满分,每高于评标基准价1%扣0.5分,最多扣20分。", "30",
     ["100", "110", "200"], D(30, 25, 10)),
    ("投标报价等于评审基准价的得40分,投标报价每高出评审基准价1%扣1分,最高扣15分。", "40",
     ["100", "105", "150"], D(40, 35, 25)),
    # the lowest score said, after the steps
    ("报价等于评标基准价的得满分,每高于评标基准价1%扣1分,报价得分最低为10分。", "30",
     ["100", "110", "150"], D(30, 20, 10)),
    ("评标价等于评标基准值的,得基础分20分;评标价每高于评标基准值1%,扣0.5分;最低得分为12分。", "20",
     ["100", "104", "130"], D(20, 18, 12)),
])
def test_steps_above_the_base_within_a_cap_or_floor(text, weight, prices, expected):
    p = propose(text, weight, "价格")
    assert [_price(p, x, "100") for x in prices] == expected
    assert not p.confident


@pytest.mark.parametrize("text, weight, prices, expected", [
    # both sides' steps taken together under the cap
    ("报价等于评标基准价的得满分;每高于评标基准价1%扣1分,每低于评标基准价1%扣0.5分,最多扣20分。", "30",
     ["100", "110", "80", "150", "10"], D(30, 20, 20, 10, 10)),
    # both sides within the lowest score
    ("有效报价与评审基准价一致的得满分,每高于评审基准价1%扣2分,每低于评审基准价1%扣1分,本项最低得分为15分。", "30",
     ["100", "105", "90", "150"], D(30, 20, 20, 15)),
])
def test_steps_either_side_within_a_cap_or_floor(text, weight, prices, expected):
    p = propose(text, weight, "价格")
    assert [_price(p, x, "100") for x in prices] == expected
    assert not p.confident


@pytest.mark.parametrize("text, weight, prices, expected", [
    # a cap of the whole 分值 or more: the score is kept within 0 anyway
    ("报价等于评标基准价的得满分,每高于评标基准价1%扣1分,每低于评标基准价1%扣0.5分,最多扣30分。", "30",
     ["100", "140"], D(30, 0)),
    # no cap nor floor: on to 0
    ("报价等于评标基准价的得满分,每高于评标基准价1%扣1分,扣完为止。", "30", ["100", "140"], D(30, 0)),
])
def test_near_misses_of_a_cap_or_floor(text, weight, prices, expected):
    p = propose(text, weight, "价格")
    assert [_price(p, x, "100") for x in prices] == expected
    assert "min(" not in p.items[0]["params"]["expression"]


@pytest.mark.parametrize("text", [
    # two caps, or a cap and a floor both: which holds is not read
    "报价等于评标基准价的得满分,每高于评标基准价1%扣1分,最多扣20分;每低于评标基准价1%扣0.5分,最多扣10分。",
    "报价等于评标基准价的得满分,每高于评标基准价1%扣1分,最多扣20分,报价得分最低为5分。",
])
def test_near_misses_of_two_bounds(text):
    for r in readings(text, "30", "价格"):
        for it in r.items:
            expression = str(it["params"].get("expression") or "")
            assert not ("(p - b) / b" in expression and ("min(" in expression or "max(5," in expression)), expression


# ── the 评标价 as the base a price is set above or below ──────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, prices, expected", [
    ("(1)有效报价高于评标价时,每高于1%扣0.2分;(2)有效报价低于评标价时,每低于1%扣0.1分。", "30",
     ["100", "110", "90"], D(30, 28, 29)),
    ("投标报价每高于评标价1%扣0.5分,每低于评标价1%扣0.2分,扣完为止。", "20", ["100", "104", "95"], D(20, 18, 19)),
])
def test_the_evaluated_price_as_the_base(text, weight, prices, expected):
    p = propose(text, weight, "价格")
    assert _base_label(p) == "评标价"
    assert [_price(p, x, "100") for x in prices] == expected
    assert not p.confident  # (“评标价” is most often the bid's own price: to check)


def test_near_miss_the_bid_own_evaluated_price():
    # the bid's 评标价 set against the 评标基准价: the base is the 评标基准价
    p = propose("评标价等于评标基准价的得满分,每高于评标基准价1%扣1分,每低于评标基准价1%扣0.5分。", "30", "价格")
    assert _base_label(p) == "评标基准价"
    assert [_price(p, x, "100") for x in ("100", "110", "90")] == D(30, 20, 25)


# ── a numbered last band: nothing provided scores nothing ───────────────────────────────────────────────────────
def _band_score(p, value: str) -> Decimal:
    it = p.items[0]
    assert check_item(it) == []
    return score_item(it, {"value": value}).score


@pytest.mark.parametrize("text, weight, values, expected", [
    ("根据投标人的仓储场地评审:1.1000平方米(含)以上的得6分;2.500平方米(含)-1000平方米的得4分;3.500平方米以下的得2分;"
     "4.不提供的,不得分。", "6", ["0", "300", "700", "1200"], D(0, 2, 4, 6)),
    ("1.专职服务人员50人(含)以上的得5分;2.20人(含)-50人以下的得3分;3.20人以下得1分;4.未提供的不得分。", "5",
     ["0", "10", "30", "60"], D(0, 1, 3, 5)),
])
def test_a_numbered_last_band_of_nothing_provided(text, weight, values, expected):
    p = propose(text, weight, "指标")
    assert p.kind == "tiers" and not p.confident, (p.kind, p.unplaced)
    assert [_band_score(p, v) for v in values] == expected


def test_a_numbered_last_band_on_a_count():
    p = propose("每提供1个类似项目业绩得2分,最多得6分;2.不提供的,不得分。", "6", "指标")
    assert p.kind == "formula" and not p.confident
    assert "证明材料" in p.summary


def test_near_miss_a_numbered_band_that_scores():
    # the numbered last band scores points of its own: a band, never a rule of evidence
    p = propose("1.1000平方米(含)以上的得6分;2.500平方米(含)-1000平方米的得4分;3.不提供的,得1分。", "6", "指标")
    assert "证明材料" not in p.summary


# ── a closing 注 holding a line on what counts as a case ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("具有ISO9001质量管理体系认证证书得3分,具有ISO14001环境管理体系认证证书得3分。注:证书须在有效期内,投标人注册资本≥500万元。",
     "6", 3),
    ("具有ISO27001信息安全管理体系认证证书得2分,具有ISO20000信息技术服务管理体系认证证书得2分;注:证书持有单位成立≥3年。", "4", 2),
])
def test_a_line_in_a_closing_note(text, weight, per):
    p = propose(text, weight, "指标")
    assert p.kind == "checklist" and not p.confident, (p.kind, p.unplaced)
    assert [Decimal(pt["max"]) for pt in p.items[0]["params"]["points"]] == D(per, per)
    assert any("注:" in u and "说明" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    # a line on a share, or points: the note scores, never set aside as one
    ("具有ISO9001质量管理体系认证证书得3分,具有ISO14001环境管理体系认证证书得3分。注:证书覆盖率≥90%的方可得分。", "6"),
    ("具有ISO9001质量管理体系认证证书得3分,具有ISO14001环境管理体系认证证书得3分。注:注册资本≥500万元的另加1分。", "6"),
])
def test_near_misses_of_a_line_in_a_note(text, weight):
    p = propose(text, weight, "指标")
    assert not any("说明（证明材料、认定范围）" in u for u in p.unplaced), p.unplaced
    assert not p.confident


# ── bands on a volume in cubic metres ───────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("冷库容积500立方米(含)以上的得6分;300立方米(含)-500立方米以下的得4分;300立方米以下的得2分。", "6",
     ["100", "300", "400", "800"], D(2, 4, 4, 6)),
    ("1.冷藏库容积300立方米(含)以上的得5分;2.100立方米(含)-300立方米以下的得3分;3.100立方米以下得1分;4.未提供的不得分。", "5",
     ["0", "50", "200", "400"], D(0, 1, 3, 5)),
])
def test_bands_on_cubic_metres(text, weight, values, expected):
    p = propose(text, weight, "指标")
    assert p.kind == "tiers" and p.items[0]["params"]["unit"] == "立方米", (p.kind, p.unplaced)
    assert [_band_score(p, v) for v in values] == expected


def test_near_miss_a_step_per_cubic_metre():
    # points per cubic metre, no band: never bands on the volume
    p = propose("冷库容积每增加100立方米得1分,最高得5分。", "5", "指标")
    assert p.kind != "tiers"

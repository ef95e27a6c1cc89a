"""Wordings of 评分标准 a proposer missed on tables it had not seen (tenders from bid tools): a case earning its points
that the words naming it qualify with a figure (“每具备1个金额在20万元及以上合同得2分,满分10分”, “每具有1个在6家…总行
的有效案例得3分”: only the cases that meet it are counted, to check); and the 低价优先法's quotient times the 分值 named
otherwise: by the part of the table the row is (“×价格部分分值”), as a weight the row's heading gives (“报价(权重10%)…
×价格权值×100”), or with a note run on after the points, its stop lost (“…×20备注:计算分数时四舍五入…”); a lead
saying the state of things the row is scored on (“根据响应文件中的商务条款偏离情况打分,包括…”) before its situations; and
cases earning points said as a count of one held (“具备一项得1分,最多得5分”), with nothing for none said “无则不得分”, or
the proof a case needs in brackets closing the text (“…最多得5分。(复印件加盖公章)”); bands rising with an amount whose
lowest band is open below, closed by “不提供不得分” (nothing provided, entered as 0, scores nothing: a band at 0); and
a list's numbers run into the figures after them (“1.800平方米(含)以上的得8分;2.600平方米…”: 1、800, not 1.8); and a
Latin x for the sign × between the points and the rate they are multiplied by (“审核通过率: 30分 x 审核通过率”); and a
part's points summed again in brackets after them (“1.练习部分3分,代码运行检查2分(共5分)2.…”), the next part's number
perhaps run on after the sum.

Made-up texts in the style of tender scoring tables, with the scores of a few cases, and near misses that must not be
read that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from tests.proposals import D, by_vars, picked, readings, sole


# ── a case earning its points, qualified by a figure in the words naming it ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, label", [
    ("提供近三年承担的同类项目业绩,每具备1个金额在50万元及以上合同得2分,满分10分。", "10", 2, "50万元及以上"),
    ("每提供1个合同金额达到100万元以上的类似项目得3分,最高得12分。", "12", 3, "100万元以上"),
    ("投标人每具有一个在三家省级以上医院的有效服务案例得1分,最高得5分。", "5", 1, "3家"),
])
def test_a_case_qualified_by_a_figure(text, weight, per, label):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert label in params["variables"][0]["label"]
    assert params["variables"][0]["unit"] == "个"
    assert [by_vars(p, n) for n in ("0", "1", "2")] == D(0, per, 2 * per)
    assert by_vars(p, "20") == Decimal(weight)  # more cases than the cap: the 分值
    assert not p.confident  # whether a case meets the figure is the team's to check


@pytest.mark.parametrize("text, weight", [
    # a step of an amount, no case counted: never a count of contracts of that amount
    ("合同金额每增加100万元得1分,最高得10分。", "10"),
    # the figure a band of the cases, then points per case past it: not one kind of case
    ("每提供1个类似项目得2分,满分10分;合同金额在100万元以上的每个另加1分。", "10"),
])
def test_near_misses_of_a_qualified_case(text, weight):
    for r in readings(text, weight):
        for it in r.items:
            labels = [v.get("label", "") for v in it["params"].get("variables") or []]
            assert not (it["type"] == "formula" and len(labels) == 1 and "万元" in labels[0]
                        and it["params"]["variables"][0].get("unit") == "个"), labels


# ── the 低价优先法's quotient times the 分值, the 分值 named otherwise ──────────────────────────────────────────────
def _rate_or_quotient(text: str, weight: str) -> list[Decimal]:
    """The scores of bids of 100, 125 and 200 against a base (the lowest bid) of 100."""
    p = propose(text, weight, "报价")
    assert len(p.items) == 1 and check_item(p.items[0]) == []
    it = p.items[0]
    if it["type"] == "rate":
        return [score_item(it, {"numerator": "100", "denominator": bid}).score for bid in ("100", "125", "200")]
    assert it["type"] == "formula", p.summary
    names = [v["name"] for v in it["params"]["variables"]]
    return [score_item(it, {"vars": dict(zip(names, ("100", bid)))}).score for bid in ("100", "125", "200")]


@pytest.mark.parametrize("text, weight", [
    ("价格分采用低价优先法计算,即满足招标文件要求且投标报价最低的投标人的价格为评标基准价,其价格分为满分。其他投标人的价格分"
     "统一按照下列公式计算:报价得分=评标基准价/投标报价×价格部分分值。", "20"),
    ("报价(权重20%)得分计算公式如下:满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分。其他投标单位的价格分"
     "统一按照下列公式计算:报价得分=(评标基准价/投标报价)×价格权值×100", "20"),
    ("以满足磋商文件要求且最终报价最低的供应商的价格为磋商基准价,其价格分为满分,其他供应商的价格分统一按照下列公式计算:"
     "磋商报价得分=(磋商基准价/最终磋商报价)×20备注:计算分数时四舍五入取小数点后两位。", "20"),
])
def test_lowest_bid_quotient_times_the_points_named_otherwise(text, weight):
    assert _rate_or_quotient(text, weight) == D(20, 16, 10)


@pytest.mark.parametrize("text, weight", [
    # the weight the heading gives is not the row's 分值
    ("报价(权重10%)得分计算公式如下:满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分。报价得分="
     "(评标基准价/投标报价)×价格权值×100", "20"),
    # two weights said: which is the 价格权值 is unsaid
    ("报价(权重20%)得分计算公式如下:商务(权重30%)另计;报价得分=(评标基准价/投标报价)×价格权值×100", "20"),
    # a figure after the quotient that is not the 分值, a note run on after it
    ("磋商报价得分=(磋商基准价/最终磋商报价)×30备注:计算分数时四舍五入取小数点后两位。", "20"),
])
def test_near_misses_of_the_points_named_otherwise(text, weight):
    assert not any(it["type"] in ("rate", "formula") for r in readings(text, weight) for it in r.items)


# ── a lead saying the state of things the row is scored on ───────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("根据投标文件中的技术参数偏离情况打分,包括性能指标、配置清单等。完全响应3分;有负偏离0分。", "3", D(3, 0)),
    ("依据供应商的售后服务承诺情况评分。承诺专人驻场4分;承诺定期巡检2分;未承诺0分。", "4", D(4, 2, 0)),
])
def test_a_lead_saying_what_state_is_scored(text, weight, expected):
    p = propose(text, weight, "指标")
    options = sole(p, "choice")["options"]
    assert [picked(p, r) for r in range(len(options))] == expected
    assert not p.confident  # the lead is left to check


@pytest.mark.parametrize("text, weight", [
    # the state weighed by the team: no situations to pick
    ("根据投标文件中的技术参数偏离情况酌情打分,最高3分。", "3"),
])
def test_near_misses_of_a_lead_saying_what_is_scored(text, weight):
    assert not any(it["type"] == "choice" for r in readings(text, weight) for it in r.items)


# ── a count of one held, earning its points; nothing for none, or the proof in brackets, closing it ──────────────
@pytest.mark.parametrize("text, weight, per", [
    ("供应商须具备有效的ISO9001、ISO14001认证证书,具备一项得1分,最多得2分。", "2", 1),
    ("投标人提供的优于采购需求的增值服务,每一项得0.5分,最高得2分,无则不得分。", "2", D(0.5)[0]),
    ("投标人每具备一项相关专利得1分,最多得3分。(提供专利证书复印件并加盖公章)", "3", 1),
])
def test_a_count_of_one_held_then_its_cap(text, weight, per):
    p = propose(text, weight, "指标")
    sole(p, "formula")
    assert [by_vars(p, n) for n in ("0", "1", "2")] == [Decimal(0), Decimal(per), min(Decimal(weight), 2 * Decimal(per))]
    assert by_vars(p, "10") == Decimal(weight)


@pytest.mark.parametrize("text, weight", [
    # a closing aside that scores: not the proof of a case
    ("投标人每具备一项相关专利得1分,最多得3分。(发明专利另加1分)", "3"),
])
def test_near_misses_of_a_count_closing_with_an_aside(text, weight):
    p = propose(text, weight, "指标")
    assert not (p.kind == "formula" and p.confident)


# ── bands rising with an amount, nothing provided scoring nothing ────────────────────────────────────────────────
def _band_score(p, value: str) -> Decimal:
    it = p.items[0]
    assert check_item(it) == []
    return score_item(it, {"value": value}).score


@pytest.mark.parametrize("text, weight, values, expected", [
    ("累计服务金额＜30万元,得1分;30万元≤累计服务金额＜80万元,得2分;累计服务金额≥80万元,得3分。不提供不得分。", "3",
     ["0", "10", "50", "100"], D(0, 1, 2, 3)),
    ("仓库面积100平方米(含)以上的得4分;50平方米(含)-100平方米以下的得2分;50平方米以下的得1分;未提供的不得分。", "4",
     ["0", "30", "60", "150"], D(0, 1, 2, 4)),
])
def test_nothing_provided_below_the_lowest_band(text, weight, values, expected):
    p = propose(text, weight, "指标")
    assert p.kind == "tiers" and not p.confident
    assert [_band_score(p, v) for v in values] == expected


@pytest.mark.parametrize("text, weight, values, expected", [
    # bands falling with the value: 0 is the best, nothing is added at 0
    ("故障率＜1%,得3分;1%≤故障率＜3%,得2分;故障率≥3%,得1分。不提供不得分。", "3", ["0", "2", "5"], D(3, 2, 1)),
])
def test_near_misses_of_nothing_provided(text, weight, values, expected):
    p = propose(text, weight, "指标")
    if p.kind == "tiers":
        assert [_band_score(p, v) for v in values] == expected


# ── a list's numbers run into the figures after them ────────────────────────────────────────────────────────────
def test_list_numbers_run_into_the_figures():
    p = propose("1.500平方米(含)以上的得6分;2.300平方米(含)-500平方米以下的得4分;3.300平方米以下的得1分。", "6", "指标")
    assert p.kind == "tiers"
    assert [_band_score(p, v) for v in ("600", "400", "100")] == D(6, 4, 1)


@pytest.mark.parametrize("text", [
    # decimals, not a list: the numbers do not run 1, 2, 3
    "得分率1.50以上的得6分;1.20-1.50的得4分;1.20以下的得1分。",
    # two sentences only: a list of two may be decimals
    "1.500立方米以上的得6分;2.300立方米以下的得1分。",
])
def test_near_misses_of_numbers_run_into_figures(text):
    from services.scoring.rules.wording import normalize
    assert "、" not in normalize(text)


# ── a Latin x for ×, between the points and the rate ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("代码覆盖率: 20分 x 代码覆盖率", "20"),
    ("单元测试通过率：10分 X 通过率", "10"),
])
def test_points_times_a_rate_with_a_latin_x(text, weight):
    p = propose(text, weight, "指标")
    assert p.kind == "rate"
    it = p.items[0]
    assert score_item(it, {"numerator": "80", "denominator": "100"}).score == Decimal(weight) * Decimal("0.8")


@pytest.mark.parametrize("text", [
    # an x naming a thing, not a sign: no rate after it
    "提供5分xlsx格式的统计表",
    "每项5分x项数,最高10分",
])
def test_near_misses_of_a_latin_x(text):
    from services.scoring.rules.wording import normalize
    assert "*" not in normalize(text)


# ── a part's points summed again in brackets ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("1.需求分析文档2分,设计文档3分(共5分)2.代码实现4分,单元测试1分(共5分)", "10", D(2, 3, 4, 1)),
    ("1、实验报告格式规范1分,数据记录完整2分(小计3分);2、结论正确2分(小计2分)", "5", None),
])
def test_part_points_summed_again(text, weight, points):
    if points is None:  # a sum of one point is no sum of parts: the text is left as it is
        from services.scoring.rules.wording import normalize
        assert "小计" in normalize(text)
        return
    p = propose(text, weight, "指标")
    assert p.kind == "checklist"
    assert [Decimal(pt["max"]) for pt in p.items[0]["params"]["points"]] == points


@pytest.mark.parametrize("text", [
    # the sum is not that of the points before it: left to check
    "1.需求分析文档2分,设计文档3分(共6分)2.代码实现4分,单元测试1分(共5分)",
    # deductions before it: a cap, not a sum of parts
    "1.每缺1份文档扣1分,格式错误扣1分(共2分)",
])
def test_near_misses_of_part_sums(text):
    from services.scoring.rules.wording import normalize
    assert "(共" in normalize(text)


def test_the_proof_said_as_what_counts_stays_sure():
    # “(以有效证书复印件为准)”: what proves a case, read with the text whole, no doubt added for it
    p = propose("具有ISO9001、ISO14001、ISO45001、ISO20000、ISO27001认证证书,每项得1分,最高3分(以有效证书复印件为准)", "3",
                "指标")
    assert p.kind == "formula" and p.confident
    assert [by_vars(p, n) for n in ("0", "2", "5")] == D(0, 2, 3)

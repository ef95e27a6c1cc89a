"""A bid's points per case, in the words a tender's 评审细则 puts around them: a count of one said without 每 before a cap
(“有1个得2分,最多不超过10分”, “符合1个得2分,最高不超过10分”), read as each case, its “1” no figure of the rule; every case
met scoring the cap (“每满足1个岗位需求的,得0.5分,全部满足得21.5分”); none of the cases named again scoring nothing
(“…,没有有效的类似项目业绩的得0分”: a count of 0, never a condition naming another thing); a level named twice (“省级
(直辖市级)及以上”); lead sentences saying what is assessed and what proves a case (“投标人近三年完成的类似项目业绩进行评分
(需提供合同复印件…;未提供的不算业绩)”, “根据合同(…)复印件给分,”, “于开标当日倒推三年内类似业绩,…由评标委员会…进行认定;
投标人须提供…,否则不算有效的类似项目业绩”), a bracket's own stop no sentence's end; a closing note (“注:①须提供…;②同类业绩指…”);
the first case's points then each more “在此基础上每多1个项目加1分,加至5分”. The words around the count are read as what
the case is and left to check.

A price score's formula beside the procurement policy on the price (“有效最低报价/投标报价*10;根据财库〔2022〕19号…小型和
微型企业产品的价格给予10%的扣除…”, “…×10分本项目为专门面向小微企业,无价格优惠扣除”): the formula alone, the policy said
back, to check.

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, ratio, scored, sole


def _per_case(text: str, weight: str) -> tuple[object, list]:
    p = propose(text, weight, "类似业绩")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1, params
    return p, [by_vars(p, n) for n in ("0", "1", "3", "9")]


# ── a count of one before a cap ────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("有1个得2分,最多不超过10分。", "10", ["0", "2", "6", "10"]),
    ("符合1项得1.5分,最高不超过6分。", "6", ["0", "1.5", "4.5", "6"]),
    ("提供1份得1分,最多得4分。", "4", ["0", "1", "3", "4"]),
])
def test_count_of_one_before_a_cap(text, weight, expected):
    p, got = _per_case(text, weight)
    assert got == D(*expected)
    assert p.confident, p.unplaced


def test_count_of_one_without_a_cap_is_to_check():
    p = propose("有1项得2分。", "10", "类似业绩")
    assert not p.confident


# ── every case met scoring the cap ────────────────────────────────────────────────────────────────────────
def test_all_met_scores_the_cap():
    p, got = _per_case("每满足1个岗位配置要求的,得0.5分,全部满足得12分。", "12")
    assert got == D(0, "0.5", "1.5", "4.5")
    assert by_vars(p, "30") == 12
    assert p.confident, p.unplaced


# ── none of the cases named again ─────────────────────────────────────────────────────────────────────────
def test_none_of_the_cases_named_again_scores_nothing():
    p, got = _per_case("有1个有效业绩得1分,最高得分为5分,没有有效的同类项目业绩的得0分。", "5")
    assert got == D(0, 1, 3, 5)
    assert p.confident, p.unplaced


def test_none_of_another_thing_is_no_count_of_zero():
    p = propose("有1个同类业绩得1分,最高得分为5分,没有资质证书的得0分。", "5", "类似业绩")
    assert not (p.kind == "formula" and p.confident)


# ── a level named twice ───────────────────────────────────────────────────────────────────────────────────
def test_level_named_twice():
    _p, got = _per_case("投标人获得省级(直辖市级)及以上服务质量奖项的,有1项得1分,最多得5分。", "5")
    assert got == D(0, 1, 3, 5)


# ── lead sentences saying what is assessed, what proves a case ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("投标人近三年承接的同类项目业绩进行评分(需提供合同关键页复印件,否则不算有效业绩。未提供合同的不算业绩)。有1个得2分,"
     "最多不超过10分。", "10", ["0", "2", "6", "10"]),
    ("根据提供近3年的同类业绩(2022年1月起),根据合同(明确签约主体、签约时间)复印件给分,有1个得1分,最多不超过5分。", "5",
     ["0", "1", "3", "5"]),
    ("于开标当日倒推三年内同类业绩,是否属于有效业绩由评标委员会根据投标人提供的业绩进行认定。投标人须提供合同扫描件,合同中须"
     "体现签约主体、服务内容等要素,否则不算有效业绩。有一个有效业绩得1分,最高得分为5分,没有有效业绩的得0分。", "5",
     ["0", "1", "3", "5"]),
])
def test_lead_sentences_of_what_is_assessed(text, weight, expected):
    p, got = _per_case(text, weight)
    assert got == D(*expected)
    assert not p.confident  # the words around the count say what a case is: the team's to confirm


def test_lead_that_weighs_is_not_set_aside():
    p = propose("根据投标人业绩情况综合评分。有1个得2分,最多不超过10分。", "10", "类似业绩")
    assert not p.confident


# ── a closing note ────────────────────────────────────────────────────────────────────────────────────────
def test_closing_note_on_what_proves_a_case():
    text = ("根据投标人近三年承接的同类项目业绩进行评审,每提供一个业绩得1分,最高得5分。注:①须提供合同关键页复印件,证明材料"
            "不全的,不予认可。没有提供的不得分。②同类业绩指同时包含保洁、绿化服务的合同。")
    p, got = _per_case(text, "5")
    assert got == D(0, 1, 3, 5)
    assert not p.confident
    assert any("注:" in u for u in p.unplaced), p.unplaced


def test_note_that_deducts_is_not_set_aside():
    p = propose("每提供一个业绩得1分,最高得5分。注:每缺1份证明材料扣1分。", "5", "类似业绩")
    assert not (p.kind == "formula" and p.items[0]["params"]["expression"] == "1 * a")


# ── the first case, then each more ─────────────────────────────────────────────────────────────────────────
def test_first_case_then_each_more_up_to():
    p = propose("投标人自2023年1月1日起具有1个同类项目业绩的得1分,在此基础上每多1个项目加1分,加至5分。", "5", "类似业绩")
    assert p.kind == "formula"
    assert [by_vars(p, n) for n in ("0", "1", "3", "9")] == D(0, 1, 3, 5)
    assert not p.confident


# ── a price score beside the price policy ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, said", [
    ("有效最低报价/投标报价*10。根据财库〔2022〕19号文对符合规定的小型和微型企业产品的价格给予10%的扣除,用扣除后的价格参与"
     "评审。", "扣除"),
    ("有效最低报价/投标报价*10根据财库〔2020〕46号《政府采购促进中小企业发展管理办法》对小型和微型企业产品的价格给予扣除,"
     "投标人提供监狱企业证明资料的视为小、微型企业。", "价格政策"),
    ("报价分=(满足招标文件要求且投标价格最低的投标报价/被评审单位投标报价)×10分本项目为专门面向小微企业,无价格优惠扣除。",
     "价格政策"),
])
def test_price_score_beside_the_price_policy(text, said):
    p = propose(text, "10", "报价分")
    assert p.kind == "rate", (p.summary, p.unplaced)
    assert scored(p, ratio("400", "400")) == 10
    assert scored(p, ratio("400", "500")) == 8
    assert not p.confident
    assert any(said in u for u in p.unplaced), p.unplaced


def test_price_score_beside_other_scoring_is_not_read_so():
    p = propose("有效最低报价/投标报价*10。小微企业每提供1份声明函得1分。", "10", "报价分")
    assert not any("价格政策" in u for u in p.unplaced)


# ── a rank, each place after the first losing a share of the 分值 ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("根据投标人近三年平均营业收入由大至小排序,排名第一的得标准分值,其余依次按标准分值的10%递减,最低分为0分。", "2", "0.2"),
    ("按近三年纳税总额排序,排名第1的得满分,其余依次按分值的20%递减,最低分为0分。", "5", "1"),
])
def test_rank_losing_a_share_of_the_points_each_place(text, weight, per):
    p = propose(text, weight, "企业规模")
    assert p.kind == "formula", (p.summary, p.unplaced)
    w, step = D(weight)[0], D(per)[0]
    assert [by_vars(p, r) for r in ("1", "2", "4")] == [w, w - step, w - 3 * step]
    assert by_vars(p, "30") == 0


def test_rank_stepping_down_with_its_floor_said_as_lowest_points():
    p = propose("第一名得满分,其余依次递减0.5分,最低分为0分。", "3", "名次")
    assert p.kind == "formula" and p.confident, p.unplaced
    assert [by_vars(p, r) for r in ("1", "3", "9")] == D(3, 2, 0)


def test_rank_share_not_of_the_points_is_not_read():
    p = propose("排名第一的得满分,其余依次按上一名得分的90%递减。", "5", "名次")
    assert not (p.kind == "formula" and p.confident)


# ── a share of the 分值 said as 标准分值 ──────────────────────────────────────────────────────────────────────
def test_share_of_standard_points_is_a_share_of_the_points():
    p = propose("资产负债率≤60%得标准分值,60%-70%(含)得标准分值的50%,>70%得0分。", "4", "资产负债率")
    assert p.kind == "tiers", (p.summary, p.unplaced)
    assert [s["score"] for s in p.items[0]["params"]["tiers"]] == ["4", "2", "0"]

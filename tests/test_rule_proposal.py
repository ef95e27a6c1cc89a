"""Rule proposal from 评分标准 words: every distinct criteria text of the seed gives the rule the seed framework uses."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from models.paths import resource_path
from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item


def _leaves(nodes):
    for n in nodes:
        if "items" in n:
            yield n
        yield from _leaves(n.get("children") or [])


SEED = json.loads(resource_path("templates", "shuzi_hengyang_2024.json").read_text(encoding="utf-8"))
SEED_LEAVES = list(_leaves(SEED["nodes"]))


def shape(items):
    """Type, max and params of each item — labels are words the evaluator may rephrase, so they are left out."""
    out = []
    for it in items:
        params = {k: v for k, v in (it.get("params") or {}).items() if not k.endswith("_label")}
        if "points" in params:
            params["points"] = [{k: v for k, v in p.items() if k != "label"} for p in params["points"]]
        out.append((it["key"], it["type"], Decimal(it["max"]), json.dumps(params, sort_keys=True, ensure_ascii=False)))
    return out


def test_every_distinct_seed_criteria_is_covered():
    distinct = {n["criteria"] for n in SEED_LEAVES}
    assert len(distinct) >= 15  # the seed really has this many different wordings


@pytest.mark.parametrize("leaf", SEED_LEAVES, ids=[n["code"] for n in SEED_LEAVES])
def test_seed_criteria_yield_the_seed_rule(leaf):
    p = propose(leaf["criteria"], leaf["weight"], leaf["name"], leaf.get("points", ""), leaf.get("explanation", ""))
    # words of judgement (“否则，酌情扣分”) leave the proposal to be checked, with the words named
    judged = "酌情" in leaf["criteria"]
    assert p.confident is not judged, p.notes
    assert not judged or "“酌情”" in p.unplaced
    assert shape(p.items) == shape(leaf["items"])
    for it in p.items:
        assert check_item(it) == []


def test_checklist_labels_come_from_the_evaluation_points():
    leaf = next(n for n in SEED_LEAVES if n["code"] == "1.1.2")
    p = propose(leaf["criteria"], leaf["weight"], leaf["name"], leaf["points"])
    labels = [pt["label"] for pt in p.items[0]["params"]["points"]]
    assert labels[0].startswith("①") and "按照规定的程序申请设立" in labels[0]
    assert "是否" not in "".join(labels)


@pytest.mark.parametrize("criteria,weight,name,rtype,params", [
    ("有指标文得4分，否则不得分", "4", "资金到位率", "all_or_nothing", {"condition": "有指标文"}),
    ("每发现1例不符合扣0.2分，扣完为止", "2", "资金使用合规性", "deduction", {"per": "0.2", "unit": "例"}),
    ("每延迟10天扣1分，扣完为止", "2", "完成及时性", "delay", {"per": "0.1", "unit": "天", "grace": "0"}),
    ("预算调整率≤5%计满分，每高于1%扣0.5分，扣完为止", "3", "预算调整率", "threshold",
     {"full_at": "5", "inclusive": True, "direction": "lower", "step": "1", "deduct": "0.5", "deduct_mode": "points",
      "stepwise": False, "input": "ratio", "unit": "%", "value_label": "预算调整率"}),
    ("得分=资金到位率×分值，到位率超过100%的按100%计。", "4", "资金到位率", "rate", {"cap": True}),
])
def test_other_patterns(criteria, weight, name, rtype, params):
    p = propose(criteria, weight, name)
    assert [it["type"] for it in p.items] == [rtype]
    assert p.items[0]["params"] == params


def test_ratio_inputs_are_labelled_from_the_formula():
    p = propose("≥90%计满分，每低于1%扣0.5分，扣完为止。", "5", "预算执行率", "",
                "预算执行率=（实际支出资金/实际到位资金）×100%。")
    params = p.items[0]["params"]
    assert (params["value_label"], params["numerator_label"], params["denominator_label"]) == (
        "预算执行率", "实际支出资金", "实际到位资金")


def test_tier_table():
    p = propose("执行率≥95%得5分；90%（含）～95%得3分；低于90%不得分。", "5", "预算执行率")
    item = p.items[0]
    assert item["type"] == "tiers" and len(item["params"]["tiers"]) == 3
    assert item["params"]["input"] == "ratio"  # an 执行率 is computed from 支出 and 到位
    assert score_item(item, {"numerator": "96", "denominator": "100"}).score == 5
    assert score_item(item, {"numerator": "90", "denominator": "100"}).score == 3
    assert score_item(item, {"numerator": "89.9", "denominator": "100"}).score == 0


def test_plain_checklist_and_scale():
    p = propose("建立制度、落实责任各1分", "2", "制度建设")
    assert p.items[0]["type"] == "checklist"
    assert [pt["label"] for pt in p.items[0]["params"]["points"]] == ["建立制度", "落实责任"]
    p = propose("优得满分，良得分值的80%，中得分值的60%，差不得分。", "5", "可持续影响")
    assert p.items[0]["type"] == "scale"
    assert [lv["share"] for lv in p.items[0]["params"]["levels"]] == ["1", "0.8", "0.6", "0"]


def test_unrecognised_or_inconsistent_text_becomes_judgement_with_a_reason():
    p = propose("由评价组综合判断", "3", "经济效益")
    assert p.items[0]["type"] == "judgement" and not p.confident and p.notes
    # ①② each 1 point but the indicator is worth 3: not silently accepted — whatever is proposed is
    # left for the evaluator to check, with the words that do not fit
    p = propose("①、②各1分，每发现1例扣0.5分", "3", "x")
    assert not p.confident
    assert p.unplaced[0] == "“①、②各1分,每发现1例扣0.5分”" and "请核对" in p.notes[0]
    assert "“未说明扣分到何时为止（如“扣完为止”）”" in p.unplaced  # a deduction with no floor stated
    p = propose("①、②各1分", "3", "x")
    assert p.items[0]["type"] == "judgement" and "不一致" in p.notes[0]
    assert propose("", "2", "x").items[0]["type"] == "judgement"


def test_named_parts_with_a_deduction_each():
    p = propose("制度健全、执行有效各1分，每发现1例不符合扣0.5分，扣完为止。", "2", "制度")
    assert [(it["type"], it["label"], it["params"]["per"]) for it in p.items] == [
        ("deduction", "制度健全", "0.5"), ("deduction", "执行有效", "0.5")]

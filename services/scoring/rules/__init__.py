"""The scoring rule types (评分标准 as data): one module per type, collected here.

Each module declares ``RULE``, a ``RuleType`` (see ``base``): its parameters, its inputs, ``check``
used when a framework is loaded, ``score`` used when an indicator is scored (every result carries
the calculation written out in words for the 评分说明 and the 工作底稿), and the 评分标准 wordings
it recognises. ``MODULES`` below is the one list of rule types: adding a type is adding its module
there (docs/rule-types.md).

Inputs are the JSON object the evaluator's entries produce (see docs/framework-format.md). An
empty input means "not yet scored" and gives ``score=None``. An input a rule cannot use raises
``RuleInputError`` with a message for the evaluator, so nothing half-valid is ever saved.
"""
from __future__ import annotations

from collections.abc import Mapping
from decimal import InvalidOperation
from typing import Any

from models.messages import joined, said as refusal
from services.core.numbers import RuleInputError, to_decimal
from services.scoring.rules import (
    all_or_nothing,
    checklist,
    choice,
    completion,
    deduction,
    delay,
    formula,
    judgement,
    rate,
    scale,
    threshold,
    tiers,
    upper_bound,
)
from services.scoring.rules.base import CONTEXT, Inputs, ItemResult, Recogniser, RuleType, clamp

#: the rule types, in the order the window lists them
MODULES = (checklist, deduction, threshold, rate, upper_bound, delay, completion, tiers, choice, scale,
           all_or_nothing, judgement, formula)

RULES: dict[str, RuleType] = {m.RULE.type: m.RULE for m in MODULES}

#: the rule an indicator gets when nothing better is known (the team scores it and says why)
FALLBACK: RuleType = judgement.RULE


def recognisers() -> list[tuple[RuleType, Recogniser]]:
    """Every registered wording of 评分标准, in the order they are tried (sorted once per set of rule types)."""
    key = tuple(RULES.values())
    if _ORDERED[0] != key:
        found = [(rule, r) for rule in RULES.values() for r in rule.proposals]
        _ORDERED[:] = [key, sorted(found, key=lambda pair: pair[1].order)]
    return list(_ORDERED[1])


_ORDERED: list = [(), []]


def check_item(item: Mapping[str, Any]) -> list[str]:
    """Problems with one scoring item's declaration (empty when it is sound). What is wrong with the item
    itself (its type, its max, params that cannot be checked at all) is said (models/messages.py), and so
    is what ``need`` finds; the problems a rule type's own check finds come as it gives them."""
    rtype = item.get("type")
    if rtype not in RULES:
        return [refusal("未知的评分规则类型 type “{type}”（可用：{types}）", type=rtype, types=joined(list(RULES), "、"))]
    try:
        item_max = to_decimal(item.get("max"), "max")
    except RuleInputError as exc:
        return [refusal("max：{problem}", problem=exc)]
    try:
        return RULES[rtype].check(item.get("params") or {}, item_max)
    except (RuleInputError, InvalidOperation, TypeError, KeyError, AttributeError) as exc:
        return [refusal("参数有误：{problem}", problem=exc)]


def score_item(item: Mapping[str, Any], inputs: Inputs | None) -> ItemResult:
    """Score one item; ``RuleInputError`` when the inputs cannot be used."""
    inputs = inputs or {}
    if not isinstance(inputs, Mapping):
        raise RuleInputError(refusal("输入格式不正确"))
    item_max = to_decimal(item["max"], "max")
    return RULES[item["type"]].score(item.get("params") or {}, inputs, item_max)


__all__ = ["CONTEXT", "FALLBACK", "MODULES", "RULES", "ItemResult", "RuleType", "check_item", "clamp",
           "recognisers", "score_item"]

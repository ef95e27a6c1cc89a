"""酌情评分: the team scores within 0～分值 and writes down why. Also the rule of last resort."""
from __future__ import annotations

from decimal import Decimal

from models.messages import said as refusal
from services.core.numbers import RuleInputError, fmt, to_decimal
from services.scoring.rules.base import Input, Inputs, ItemResult, Look, Params, Phrase, RuleType, T, msg, said


def check(params: Params, item_max: Decimal) -> list[str]:
    return []


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    if inputs.get("score") in (None, ""):
        return ItemResult(None, msg(T("尚未评分")))
    s = to_decimal(inputs["score"], refusal("评分"))
    if s > item_max:
        raise RuleInputError(refusal("评分 {s} 超过该项分值 {item_max}", s=fmt(s), item_max=fmt(item_max)))
    reason = (inputs.get("reason") or "").strip()
    if not reason:
        raise RuleInputError(refusal("酌情评分必须填写理由"))
    return ItemResult(s, msg(T("评价组在 0～%1 分内评定 %2 分，理由：%3"), fmt(item_max), fmt(s), reason), s)


def looks(params: Params, item_max: Decimal) -> dict[str, Look]:
    return {"score": Look(placeholder=msg(T("0～%1"), fmt(item_max)))}


def describe(params: Params, item_max: Decimal) -> Phrase:
    return said(msg(T("由评价组酌情评分，并写明理由")))


RULE = RuleType(
    type="judgement",
    name=T("酌情评分"),
    params=(),
    inputs=(Input("score", T("评定得分"), "number", T("分")),
            Input("reason", T("理由"), "text", placeholder=T("酌情评分的理由（必填）"), required=True)),
    check=check,
    score=score,
    looks=looks,
    describe=describe,
)

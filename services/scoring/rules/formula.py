"""公式计分: a safe arithmetic formula over declared variables (and ``max``, the item's 分值)."""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from services.core.numbers import fmt, to_decimal
from services.scoring import formula as expressions
from services.scoring.rules.base import (
    Column,
    Input,
    Inputs,
    ItemResult,
    Note,
    Param,
    Params,
    RuleType,
    T,
    clamp,
    joined,
    msg,
    said,
)


def check(params: Params, item_max: Decimal) -> list[str]:
    expr = params.get("expression")
    if not isinstance(expr, str) or not expr.strip():
        return ["缺少公式 expression"]
    try:
        used = expressions.names(expr)
    except expressions.FormulaError as exc:
        return [str(exc)]
    declared = {v.get("name") for v in params.get("variables", []) if isinstance(v, Mapping)}
    unknown = used - declared - {"max"}
    return [f"公式使用了未声明的变量：{'、'.join(sorted(unknown))}"] if unknown else []


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    given = inputs.get("vars") or {}
    variables = params.get("variables", [])
    if not given or all(given.get(v["name"]) in (None, "") for v in variables):
        return ItemResult(None, msg(T("尚未填写")))
    values: dict[str, Decimal] = {"max": item_max}
    parts = []
    for v in variables:
        label = v.get("label") or v["name"]
        d = to_decimal(given.get(v["name"]), label, allow_negative=True)
        values[v["name"]] = d
        parts.append(msg(T("%1 %2%3"), label, fmt(d), v.get("unit", "")))
    raw = expressions.evaluate(params["expression"], values)
    return clamp(raw, item_max, joined(parts, T("；")) + said(msg(T("，得分 = %1 = %2"), params["expression"], fmt(raw))))


def notes(params: Params, item_max: Decimal) -> list[Note]:
    return [Note((msg(T("公式：")), msg("%1", params.get("expression", ""))))]


RULE = RuleType(
    type="formula",
    name=T("公式计分"),
    params=(
        Param("expression", T("公式"), "text", default="max", required=True),
        Param("variables", T("变量"), "table", default=[],
              columns=(Column("name", T("名称"), "text"), Column("label", T("说明"), "text"),
                       Column("unit", T("单位"), "text"))),
    ),
    inputs=(Input("vars", T("变量的值"), "vars"),),
    check=check,
    score=score,
    notes=notes,
)

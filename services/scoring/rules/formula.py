"""公式计分: a safe arithmetic formula over declared variables (and ``max``, the item's 分值)."""
from __future__ import annotations

import re
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
    Proposed,
    Recogniser,
    RuleType,
    T,
    Wording,
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


# ── wordings ────────────────────────────────────────────────────────────────
_N = r"\d+(?:\.\d+)?"
#: “得分=70×实际达标率-63”: a straight line of a rate (the rate a fraction: 70 × 100% − 63 = 7)
_LINEAR = re.compile(r"得分=(?P<a>" + _N + r")\*(?P<what>[^*+\-/=,;()\d]{1,12}?率)(?P<op>[-+])(?P<b>" + _N + r")(?![\d.*/])")
#: “得分=(1-预算调整率)×分值”: the share left after a rate
_ONE_LESS = re.compile(r"得分=\(1-(?P<what>[^*+\-/=,;()\d]{1,12}?率)\)\*(?:本项|该项|此项)?(?:本指标|该指标|指标)?(?:分值|权重|满分)")


def _rate_variable(rate: str) -> list[dict[str, str]]:
    return [{"name": "r", "label": f"{rate}（按小数录入，如 95% 录 0.95）", "unit": ""}]


def _linear(w: Wording) -> Proposed | None:
    """A formula of one rate, never sure: whether the rate is a fraction or a percentage is the evaluator's to confirm."""
    m = _LINEAR.search(w.text)
    if m:
        expr = f"{m.group('a')} * r {m.group('op')} {m.group('b')}"
        return Proposed([RULE.item(w.name or m.group("what"), w.weight, {"expression": expr,
                                                                      "variables": _rate_variable(m.group("what"))})],
                        f"公式计分：得分 = {expr}（r 为{m.group('what')}，按小数录入，请核对），结果限于 0～分值")
    m = _ONE_LESS.search(w.text)
    if m:
        return Proposed([RULE.item(w.name or m.group("what"), w.weight, {"expression": "(1 - r) * max",
                                                                      "variables": _rate_variable(m.group("what"))})],
                        f"公式计分：得分 = (1 − r) × 分值（r 为{m.group('what')}，按小数录入，请核对）")
    return None


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
    proposals=(Recogniser(58, _linear),),
)

"""全有或全无: full marks when the condition is met, none otherwise."""
from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from models.messages import said as refusal
from services.core.numbers import ZERO, RuleInputError, fmt, to_decimal
from services.scoring.rules.base import (
    Input,
    Inputs,
    ItemResult,
    Msg,
    Note,
    Param,
    Params,
    Proposed,
    Recogniser,
    RuleType,
    T,
    Wording,
    msg,
)
from services.scoring.rules.wording import d


def check(params: Params, item_max: Decimal) -> list[str]:
    return []


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    met = inputs.get("met")
    if met is None:
        return ItemResult(None, msg(T("尚未判断")))
    if not isinstance(met, bool):
        raise RuleInputError(refusal("“是否满足”只能是“是”或“否”"))
    cond = params.get("condition") or msg(T("条件"))
    if met:
        return ItemResult(item_max, msg(T("满足“%1”，得满分 %2"), cond, fmt(item_max)), item_max)
    return ItemResult(ZERO, msg(T("不满足“%1”，不得分"), cond), ZERO)


def options(params: Params, item_max: Decimal) -> list[tuple[str, Any, Msg]]:
    return [("yes", True, msg(T("满足（得 %1 分）"), fmt(item_max))), ("no", False, msg(T("不满足（不得分）")))]


def notes(params: Params, item_max: Decimal) -> list[Note]:
    cond = params.get("condition")
    return [Note((msg(T("条件：")), msg("%1", cond)), above=True)] if cond else []


def from_figure(params: Params, fig: Any, binding: Mapping[str, Any]) -> dict[str, Any]:
    """Met when the figure reaches the binding's level (100% unless it says otherwise)."""
    return {"met": fig.value >= to_decimal(binding.get("at_least", "100"), "达标线")}


# ── wordings ────────────────────────────────────────────────────────────────
_MET_OR_NOT = re.compile(r"(?:(?:得|计|记)?(?P<pts>\d+(?:\.\d+)?)分|得满分|计满分),?否则(?:不得分|得0分|不计分|计0分|0分)")


def _else_nothing(w: Wording) -> Proposed | None:
    """"…的得2分，否则不得分"."""
    t, weight, name = w.text, w.weight, w.name
    m = _MET_OR_NOT.search(t)
    if not m or (m.group("pts") and d(m.group("pts")) != weight):
        return None
    cond = t[:m.start()].strip(",;")
    cond = cond.split(",")[0] if "," in cond else cond
    cond = re.sub(r"(后|的|时)$", "", re.sub(r"(?:得|计|记)$", "", cond)).strip() or name
    return Proposed([RULE.item(name if len(name) <= 12 else cond, weight, {"condition": cond})],
                    f"全有或全无：满足“{cond}”得 {fmt(weight)} 分，否则不得分")


#: “有,得1分”、“资料齐全,得满分”: the one situation that scores, on the whole 分值
_ONLY_WHEN = re.compile(r"^(?P<cond>[^;]+?),?(?:的)?(?:得|计|记)(?:满分|(?P<pts>\d+(?:\.\d+)?)分);?$")
#: “财政专户的开设符合规定;违规私自开设财政专户的,不得分”: a rule stated, and its breach scoring 0
_BREACH = re.compile(r"^(?P<cond>[^;,]+);(?P<breach>[^;]+?)的?,?(?:本项)?(?:不得分|得0分|不计分|计0分);?$")


def _only_when(w: Wording) -> Proposed | None:
    """"有,得1分" on a 1-point item: full marks when it holds, none otherwise; "…符合规定;违规…的,不得分": full
    marks when the rule is kept (the text does not say so in words, so it is to check)."""
    t, weight, name = w.text, w.weight, w.name
    m = _ONLY_WHEN.match(t)
    if m and (m.group("pts") is None or d(m.group("pts")) == weight) and not re.search(r"扣|每|不足|以下|低于", m.group("cond")):
        cond = m.group("cond").strip(",")
        figure = re.search(r"\d", cond)
        # a figure in the condition (“排名前5位”, “达到90%”) is a line the team checks, not a rule the proposal holds
        return Proposed([RULE.item(name if len(name) <= 12 else cond, weight, {"condition": cond})],
                        f"全有或全无：满足“{cond}”得 {fmt(weight)} 分，否则不得分",
                        (f"“{cond}”：条件中的数值由评价组判断是否达到",) if figure else None)
    m = _BREACH.match(t)
    if m and not re.search(r"\d|扣|每|[≥≤<>]", t):
        cond = m.group("cond")
        return Proposed([RULE.item(name if len(name) <= 12 else cond, weight, {"condition": cond})],
                        f"全有或全无：满足“{cond}”得 {fmt(weight)} 分，否则不得分",
                        (f"“{cond}”：满足时得满分，评分标准未明说",))
    return None


RULE = RuleType(
    type="all_or_nothing",
    name=T("全有或全无"),
    params=(Param("condition", T("条件"), "text", default=""),),
    inputs=(Input("met", T("是否满足"), "option"),),
    check=check,
    score=score,
    options=options,
    notes=notes,
    binds=frozenset({"percent"}),
    from_figure=from_figure,
    bind_at_least=True,
    proposals=(Recogniser(70, _else_nothing), Recogniser(120, _only_when)),
)

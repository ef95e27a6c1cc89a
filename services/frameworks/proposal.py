"""Propose a scoring rule (type + params, see docs/framework-format.md) from a 评分标准 text.

Used when an indicator system is imported from Excel: where the words match a pattern real scoring
sheets use (每…扣…分，扣完为止; ≥X%计满分，每低于1%扣Y分; …各N分; 每延迟1个月扣N分; 分档 …),
the rule is proposed with its parameters for the evaluator to confirm; otherwise the indicator
gets the fallback rule (酌情评分). Nothing here is ever executed: the result is plain data that
``services.scoring.rules.check_item`` validates like any hand-written framework.

The wordings themselves live with their rule types (the ``proposals`` each module in
``services.scoring.rules`` declares); this module normalises the text, tries them in order and checks what
they found.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from services.core.numbers import fmt
from services.scoring.rules import FALLBACK, RULES, check_item, recognisers
from services.scoring.rules.base import Wording
from services.scoring.rules.wording import normalize


@dataclass
class Proposal:
    """A proposed list of scoring items for one indicator."""

    items: list[dict[str, Any]]
    kind: str  # the rule type of its items, or "mixed" when they differ
    summary: str  # what was recognised, in words, for the confirmation step
    confident: bool  # False when nothing matched and a judgement rule was used
    notes: list[str] = field(default_factory=list)


def judgement(weight: Decimal, name: str, note: str = "") -> Proposal:
    """The fallback proposal: the team scores within 0～分值 and says why."""
    return Proposal([FALLBACK.item(name or "酌情评分", weight, {})], FALLBACK.type,
                    "酌情评分：评价组在 0～分值内评分并写明理由", False, [note] if note else [])


# ── entry point ─────────────────────────────────────────────────────────────
def propose(criteria: str, weight: Any, name: str = "", points: str = "", explanation: str = "") -> Proposal:
    """The rule proposed for one indicator from its 评分标准 words and 分值.

    ``points`` (指标说明 / 评价要点) supplies the labels of ①②③ points; ``explanation`` (指标解释) may
    state a rate's formula. The proposal always passes ``check_item`` and its items sum to ``weight``;
    otherwise a judgement rule is proposed with a note saying why.
    """
    try:
        w = weight if isinstance(weight, Decimal) else Decimal(str(weight).strip().rstrip("分"))
    except InvalidOperation:
        w = Decimal(0)
    t = normalize(criteria)
    if not t:
        return judgement(w, name, "评分标准为空，已设为酌情评分")
    wording = Wording(t, w, name, points, explanation)
    for _rule, recogniser in recognisers():
        found = recogniser.recognise(wording)
        if found is None:
            continue
        kinds = {it["type"] for it in found.items}
        p = Proposal(found.items, kinds.pop() if len(kinds) == 1 else "mixed", found.summary, True)
        total = sum((Decimal(it["max"]) for it in p.items), Decimal(0))
        if total != w:
            return judgement(w, name, f"评分标准中各项分值之和 {fmt(total)} 与指标分值 {fmt(w)} 不一致，"
                                      f"已设为酌情评分（识别到：{p.summary}），请核对")
        problems = [m for it in p.items for m in check_item(it)]
        if problems:
            return judgement(w, name, f"识别到的规则参数有误（{'；'.join(problems)}），已设为酌情评分")
        return p
    return judgement(w, name, "未识别出常见的评分标准句式，已设为酌情评分")


def rule_name(rtype: str) -> str:
    return RULES[rtype].name if rtype in RULES else ("组合" if rtype == "mixed" else rtype)

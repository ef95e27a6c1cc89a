"""评分说明 for every scored indicator: the evaluator's own text, or one generated in the seed's style.

The generated sentence states why points were lost and what is left ("…，扣0.5分，得2.0分。"):
the written reasons of items the team judged (酌情评分) first, then the titles of the findings linked to the
indicator, otherwise the rule's own calculation (only the parts that lost points, without the
arithmetic's last "得分 = x"). An overridden score is never explained by the calculation it
replaced: without a reason the client can read, the text says the evaluation team assessed it.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from services.scoring import ScoredNode, fmt

if TYPE_CHECKING:
    from services.reports.data import ReportData

ZERO = Decimal(0)
#: the arithmetic's last clause ("，得分 = 2", "。合计 1.5 分", "，得满分 5"): the sentence's tail says it
_TAIL = re.compile(r"[，,；;。]?\s*(?:得分\s*=\s*[^，；。]*|得满分\s*[\d.]+|合计\s*[\d.]+\s*分|不得分|计\s*[\d.]+\s*分)\s*$")
#: "满足 0.5/0.5" in a checklist's words: the points per 要点 (the tail gives the total)
_RATIO = re.compile(r"\s*[\d.]+/[\d.]+")


def _clean(text: str) -> str:
    text = (text or "").strip()
    while True:
        cut = _TAIL.sub("", text).strip()
        if cut == text:
            break
        text = cut
    return text.rstrip("，,；;。 ")


def _reason_keys(rule_type: str) -> tuple[str, ...]:
    """The inputs of a rule type that are the evaluator's written reason (a required text entry,
    as 酌情评分's 理由): such an item is explained by that reason, not by its arithmetic."""
    from services.scoring.rules import RULES

    rule = RULES.get(rule_type)
    return tuple(i.name for i in rule.inputs if i.kind == "text" and i.required) if rule else ()


def _item_basis(leaf: ScoredNode, lost: Decimal) -> list[str]:
    out: list[str] = []
    several = len(leaf.items) > 1
    for it in leaf.items:
        if it.score is None or _reason_keys(it.type):
            continue  # an item scored by judgement is explained by its reason
        if lost > 0 and several and it.score >= it.max:
            continue  # an item at full marks does not explain a deduction
        text = it.text or ""
        parts = [p for p in re.split(r"[；;]", text) if p.strip()]
        if lost > 0 and any("不满足" in p for p in parts):  # a checklist: the 要点 not met
            parts = [p for p in parts if "不满足" in p]
        text = "；".join(_clean(_RATIO.sub("", p)) for p in parts)
        text = _clean(text)
        if not text:
            continue
        label = (it.label or "").strip()
        out.append(f"{label}：{text}" if several and label and not text.startswith(label[:2]) else text)
    return out


def generated(data: ReportData, leaf: ScoredNode) -> str:
    """The 评分说明 the program writes for a scored 三级指标 ("" while it is not yet scored)."""
    titles = [f.title for f in data.findings_of(leaf.id)]
    return generated_text(leaf, data.inputs.get(leaf.id, {}), titles)


def generated_text(leaf: ScoredNode, inputs: dict, finding_titles: list[str]) -> str:
    """The same from the leaf's inputs and the titles of its findings (the walk page shows it as
    the 评分说明 field's default)."""
    if leaf.not_applicable:
        return f"本指标不适用（{leaf.na_reason or '未说明理由'}），不计分。"
    if leaf.score is None:
        return ""
    lost = leaf.max - leaf.score
    basis: list[str] = []
    for it in leaf.items:
        raw = (inputs or {}).get(it.key)
        for key in _reason_keys(it.type):  # the reason the team wrote for a score it judged
            reason = str(raw.get(key) or "").strip() if isinstance(raw, dict) else ""
            if reason:
                basis.append(reason.rstrip("。；; "))
    if lost > 0:
        basis += [t.rstrip("。；; ") for t in finding_titles if t]
    if not basis and leaf.override_score is None:
        basis = _item_basis(leaf, lost)
    if not basis and lost > 0:
        basis = ["经评价组综合评定"]
    if lost > 0:
        tail = f"扣{fmt(lost)}分，得{fmt(leaf.score)}分。"
    else:
        tail = f"不扣分，得{fmt(leaf.score)}分。" if basis else f"符合评分标准，不扣分，得{fmt(leaf.score)}分。"
    return "；".join(basis) + "，" + tail if basis else tail


def comment(data: ReportData, leaf: ScoredNode) -> str:
    """What the 评分说明 column prints: the evaluator's text when there is one, else the generated."""
    own = (leaf.comment or "").strip()
    text = own or generated(data, leaf)
    if own and leaf.not_applicable and leaf.na_reason:
        text += f"；不适用：{leaf.na_reason}"
    return text

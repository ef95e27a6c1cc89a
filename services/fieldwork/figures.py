"""The figures a rule input can be bound to, computed from plain data (no file access).

``services.fieldwork.bindings`` reads the funds, the 绩效目标表 and the surveys of an open evaluation
and hands them to these functions; the light print path (``services.reports.snapshot``) hands them
the rows it read itself. Either way a figure, and the rule inputs it gives, are computed here once.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Protocol

from models.messages import said
from services.core.errors import EditRefused
from services.core.numbers import HUNDRED, ZERO, fmt_money, pct
from services.scoring.rules import RULES

FIGURES: dict[tuple[str, str], str] = {
    ("funds", "arrival_rate"): "资金到位率",
    ("funds", "execution_rate"): "预算执行率",
    ("funds", "paid_share"): "合同支付比例",
    ("funds", "paid_vs_contract"): "实际支付与合同额",
    ("targets", "completion"): "绩效目标完成情况",
    ("survey", "satisfaction"): "满意度",
}
SOURCE_NAMES = {"funds": "资金表", "targets": "绩效目标表", "survey": "满意度调查"}
#: what each figure can give a rule: a percentage ("percent"), the two numbers of a ratio with a
#: target/actual row ("ratio"), or an amount against its limit ("amounts"); a rule type declares the
#: shapes it takes (``RuleType.binds``)
FIGURE_SHAPES: dict[str, frozenset[str]] = {
    "arrival_rate": frozenset({"percent", "ratio"}),
    "execution_rate": frozenset({"percent", "ratio"}),
    "paid_share": frozenset({"percent", "ratio"}),
    "completion": frozenset({"percent", "ratio"}),
    "satisfaction": frozenset({"percent"}),
    "paid_vs_contract": frozenset({"amounts"}),
}
#: which rule types can take which figure
BINDABLE: dict[str, set[str]] = {
    rtype: {fig for fig, shapes in FIGURE_SHAPES.items() if shapes & rule.binds}
    for rtype, rule in RULES.items() if rule.binds and rule.from_figure is not None
}


@dataclass
class Figure:
    """One figure: a percent ``value`` and what it was computed from, in words."""

    source: str
    figure: str
    value: Decimal | None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)  # completion rows (target/actual/label)
    words: str = ""

    @property
    def name(self) -> str:
        return FIGURES.get((self.source, self.figure), self.figure)


class FigureData(Protocol):
    """Where the figures come from: an open evaluation, or rows read for printing."""

    def funds(self) -> Sequence[Any]: ...  # fund lines in table order (year, source and the amounts)

    def targets(self) -> Sequence[Any]: ...  # 绩效目标表 rows in table order, with ``completion``

    def surveys(self) -> Sequence[Any]: ...  # surveys ordered by title

    def survey_result(self, survey_id: str | None) -> Any: ...  # the survey's SurveyResult, or None


# ── funds ───────────────────────────────────────────────────────────────────
def filter_funds(lines: Sequence[Any], flt: Mapping[str, Any] | None) -> list[Any]:
    lines = list(lines)
    flt = flt or {}
    if flt.get("source_contains"):
        lines = [f for f in lines if str(flt["source_contains"]) in (f.source or "")]
    if flt.get("years"):
        years = {int(y) for y in flt["years"]}
        lines = [f for f in lines if f.year in years]
    return lines


#: the two amounts of each fund figure, in the 资金 page's words: (numerator, its column), (denominator, its column)
FUND_AMOUNTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "arrival_rate": (("实际到位资金", "arrived"), ("预算资金", "budget")),
    "execution_rate": (("实际支出资金", "spent"), ("实际到位资金", "arrived")),
    "paid_share": (("已支付金额", "paid"), ("合同金额", "contract_amount")),
    "paid_vs_contract": (("已支付金额", "paid"), ("合同金额", "contract_amount")),
}


def fund_scope(lines: Sequence[Any], figure: str) -> list[Any]:
    """The lines a figure is computed over: 到位率 over the lines that state a 预算, the contract
    shares over the lines with a contract, 执行率 over all."""
    if figure == "arrival_rate":
        return [f for f in lines if f.budget is not None]
    if figure in ("paid_share", "paid_vs_contract"):
        return [f for f in lines if f.contract_amount is not None]
    return list(lines)


def fund_figure_of(lines: Sequence[Any], figure: str, flt: Mapping[str, Any] | None = None) -> Figure:
    """A fund figure of the fund ``lines`` (all of them; ``flt`` picks some) from their 合计
    (``fund_math.totals_of``: each amount rounded once to 0.01 万元, the rate from those sums rounded
    once to two decimals), so a bound indicator, the 资金 page and the printed table always agree."""
    from services.evaluation import fund_math

    if figure not in FUND_AMOUNTS:
        raise EditRefused(said("资金表没有“{figure}”这个数据", figure=figure))
    lines = fund_scope(filter_funds(lines, flt), figure)
    scope = f"（{flt['source_contains']}）" if flt and flt.get("source_contains") else ""
    (_n, n_key), (_d, d_key) = FUND_AMOUNTS[figure]
    total = fund_math.totals_of(lines)
    n, d = getattr(total, n_key) or ZERO, getattr(total, d_key) or ZERO
    value = fund_math.fund_rate(n, d)
    if figure in ("paid_share", "paid_vs_contract"):
        words = said("已付 {paid} 万元，合同额 {contract} 万元", paid=fmt_money(n), contract=fmt_money(d))
    elif figure == "arrival_rate":  # the 资金 page's column names, as the 工作底稿 prints them
        words = said("到位 {arrived} 万元 ÷ 预算 {budget} 万元", arrived=fmt_money(n), budget=fmt_money(d))
    else:
        words = said("支出 {spent} 万元 ÷ 到位 {arrived} 万元", spent=fmt_money(n), arrived=fmt_money(d))
    name = said(FIGURES[("funds", figure)])
    if value is not None:
        words = said("{name}{scope} = {words} = {value}", name=name, scope=scope, words=words, value=pct(value))
    else:
        words = said("{name}{scope} = {words}（无数据）", name=name, scope=scope, words=words)
    return Figure("funds", figure, value, n if d else None, d if d else None,
                  [{"label": "资金", "target": format(d, "f"), "actual": format(n, "f")}] if d else [], words)


# ── targets ─────────────────────────────────────────────────────────────────
def filter_targets(rows: Sequence[Any], flt: Mapping[str, Any] | None) -> list[Any]:
    rows = list(rows)
    flt = flt or {}
    if flt.get("table"):
        rows = [t for t in rows if t.table == flt["table"]]
    for key in ("level1", "level2", "name"):
        if flt.get(f"{key}_contains"):
            rows = [t for t in rows if str(flt[f"{key}_contains"]) in (getattr(t, key) or "")]
    return rows


def target_figure_of(rows: Sequence[Any], flt: Mapping[str, Any] | None = None) -> Figure:
    """Completion of the (filtered) 绩效目标表 rows that have numbers on both sides."""
    rows = [t for t in filter_targets(rows, flt) if t.target_value is not None and t.actual_value is not None
            and t.target_value != 0]
    comp_rows = []
    shares = []
    for t in rows:
        completion = t.completion if t.completion is not None else ZERO
        shares.append(min(completion, HUNDRED))
        if t.comparator in ("≤", "<"):
            comp_rows.append({"label": t.name, "target": "1", "actual": format(min(completion, HUNDRED) / HUNDRED, "f")})
        else:
            comp_rows.append({"label": t.name, "target": format(t.target_value, "f"), "actual": format(t.actual_value, "f")})
    value = sum(shares, ZERO) / len(shares) if shares else None
    words = (said("绩效目标 {count} 项（有目标值和实际值的），平均完成率 {value}", count=len(rows), value=pct(value))
             if value is not None else said("绩效目标表中没有同时填写目标值和实际值的行（无数据）"))
    return Figure("targets", "completion", value, None, None, comp_rows, words)


# ── surveys ─────────────────────────────────────────────────────────────────
def survey_figure_of(surveys: Sequence[Any], result_of: Callable[[str | None], Any], survey: str | None = None,
                     question: str | None = None) -> Figure:
    """The satisfaction figure; ``result_of(survey id or None)`` gives a survey's SurveyResult."""
    sid = None
    if survey:
        sid = next((x.id for x in surveys if survey in (x.id, x.title)), None)
        if sid is None:
            return Figure("survey", "satisfaction", None, words=said("找不到满意度调查“{survey}”（无数据）", survey=survey))
    res = result_of(sid)
    if res is None or res.rate is None:
        return Figure("survey", "satisfaction", None, words=said("尚无满意度调查数据（无数据）"))
    if question:
        q = next((q for q in res.questions if q.key == question), None)
        if q is None or q.rate is None:
            return Figure("survey", "satisfaction", None, words=said("问卷中没有问题“{question}”的回答（无数据）", question=question))
        return Figure("survey", "satisfaction", q.rate, words=said("{title}·{question}：{answers} 份回答，满意度 {rate}", title=res.title,
                                                                    question=q.text, answers=q.answers, rate=pct(q.rate)))
    return Figure("survey", "satisfaction", res.rate, words=res.words())


# ── bindings ────────────────────────────────────────────────────────────────
def figure_from(data: FigureData, binding: Mapping[str, Any]) -> Figure:
    """The figure a binding names, computed from ``data``."""
    source, figure = binding.get("source"), binding.get("figure")
    if (source, figure) not in FIGURES:
        raise EditRefused(said("未知的数据来源：{source}/{figure}", source=source, figure=figure))
    if source == "funds":
        return fund_figure_of(data.funds(), str(figure), binding.get("filter"))
    if source == "targets":
        return target_figure_of(data.targets(), binding.get("filter"))
    return survey_figure_of(data.surveys(), data.survey_result, binding.get("survey"), binding.get("question"))


def concrete_inputs(item: Mapping[str, Any], binding: Mapping[str, Any], fig: Figure) -> dict[str, Any]:
    """The rule inputs a figure gives one scoring item ({} while the figure has no data)."""
    if fig.value is None:
        return {}
    rule = RULES.get(item.get("type", ""))
    if rule is None or rule.from_figure is None:
        return {}
    return rule.from_figure(item.get("params") or {}, fig, binding)


def is_bound(value: Any) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("bind"), Mapping)


def resolve(specs, states: dict[str, Any], figure_of: Callable[[Mapping[str, Any]], Figure]) -> dict[str, Any]:
    """States with every bound input replaced by the figure's concrete inputs (``figure_of(binding)``)."""
    if not any(is_bound(v) for st in states.values() for v in (st.inputs or {}).values()):
        return states
    items_of = {sp.id: {it["key"]: it for it in (sp.items or [])} for sp in specs}
    cache: dict[str, Figure] = {}
    out = dict(states)
    for iid, st in states.items():
        inputs = st.inputs or {}
        if not any(is_bound(v) for v in inputs.values()):
            continue
        new_inputs = dict(inputs)
        for key, v in inputs.items():
            item = items_of.get(iid, {}).get(key)
            if not is_bound(v) or item is None:
                continue
            b = v["bind"]
            ck = repr(sorted((k, repr(x)) for k, x in b.items() if k != "at_least"))
            try:
                fig = cache.get(ck) or figure_of(b)
            except EditRefused:
                continue
            cache[ck] = fig
            # the binding stays beside the concrete values, so an undo of a typed edit restores it
            new_inputs[key] = {**v, **concrete_inputs(item, b, fig)}
        out[iid] = replace(st, inputs=new_inputs)
    return out

"""Figures the team collects that feed the scoring rules: funds, 绩效目标表 and satisfaction surveys.

- Funds (资金): 到位率 = Σ到位 ÷ Σ预算 over the lines that state a 预算; 执行率 = Σ支出 ÷ Σ到位;
  share paid of contract = Σ已付 ÷ Σ合同额 over the lines with a contract; payments above a cap
  (``Evaluation.settings["payment_cap"]``, default 85%, "before the final audit") are flagged.
- Targets (绩效目标表): completion per row (``services.evaluation.project.target_completion``).
- Surveys (满意度调查): questions, a response scale, respondent groups, responses typed in or imported
  from CSV/XLSX, distributed / returned / valid counts; the satisfaction rate overall and per
  question by the survey's method — ``share`` (satisfied answers ÷ answers) or ``weighted`` (the
  mean of the scale's weights).

Bindings: a rule input may be bound to one of these figures. The binding lives in the assessment's
inputs JSON — ``inputs[item_key] = {"bind": {"source": "funds", "figure": "execution_rate"}, …}`` —
and ``resolve_bindings`` (called by ``services.evaluation.assessments.load_tree``) turns it into the rule's
concrete inputs every time the tree is scored, so the indicator follows the figure.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from models.entities import Assessment, Evaluation, Indicator
from models.store import Store
from services.core.errors import EditRefused
from services.core.numbers import (
    HUNDRED,
    ZERO,
    RuleInputError,
    fmt,
    fmt_money,
    pct,
    to_decimal,
)
from services.evaluation import project
from services.fieldwork.surveys import list_surveys, survey_result
from services.scoring.rules import RULES, score_item

DEFAULT_PAYMENT_CAP = Decimal(85)
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


# ── funds ───────────────────────────────────────────────────────────────────
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


def _fund_lines(store: Store, flt: Mapping[str, Any] | None) -> list[project.FundData]:
    lines = project.list_funds(store)
    flt = flt or {}
    if flt.get("source_contains"):
        lines = [f for f in lines if str(flt["source_contains"]) in (f.source or "")]
    if flt.get("years"):
        years = {int(y) for y in flt["years"]}
        lines = [f for f in lines if f.year in years]
    return lines


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), ZERO)


def fund_figure(store: Store, figure: str, flt: Mapping[str, Any] | None = None) -> Figure:
    lines = _fund_lines(store, flt)
    scope = f"（{flt['source_contains']}）" if flt and flt.get("source_contains") else ""
    if figure == "arrival_rate":
        with_budget = [f for f in lines if f.budget is not None]
        n, d = _sum(f.arrived for f in with_budget), _sum(f.budget for f in with_budget)
        words = f"到位 {fmt_money(n)} 万元 ÷ 预算 {fmt_money(d)} 万元"
    elif figure == "execution_rate":
        n, d = _sum(f.spent for f in lines), _sum(f.arrived for f in lines)
        words = f"支出 {fmt_money(n)} 万元 ÷ 到位 {fmt_money(d)} 万元"
    elif figure in ("paid_share", "paid_vs_contract"):
        with_contract = [f for f in lines if f.contract_amount is not None]
        n, d = _sum(f.paid for f in with_contract), _sum(f.contract_amount for f in with_contract)
        words = f"已付 {fmt_money(n)} 万元，合同额 {fmt_money(d)} 万元"
    else:
        raise EditRefused(f"资金表没有“{figure}”这个数据")
    value = n / d * HUNDRED if d else None
    words = f"{FIGURES[('funds', figure)]}{scope} = {words}" + (f" = {pct(value)}" if value is not None else "（无数据）")
    return Figure("funds", figure, value, n if d else None, d if d else None,
                  [{"label": "资金", "target": format(d, "f"), "actual": format(n, "f")}] if d else [], words)


def payment_cap(store: Store) -> Decimal:
    with store.read() as s:
        settings = s.execute(select(Evaluation.settings)).scalar_one() or {}
    try:
        return to_decimal(settings.get("payment_cap", DEFAULT_PAYMENT_CAP), "支付比例上限")
    except RuleInputError:
        return DEFAULT_PAYMENT_CAP


def set_payment_cap(store: Store, value: Any) -> Decimal:
    """The share of a contract that may be paid before the final audit (percent). Returns the old."""
    try:
        cap = to_decimal(value, "支付比例上限")
    except RuleInputError as exc:
        raise EditRefused(str(exc)) from None
    if cap > HUNDRED:
        raise EditRefused("支付比例上限不能超过 100%")
    old = payment_cap(store)
    with store.session("设置支付比例上限") as s:
        ev = s.execute(select(Evaluation)).scalar_one()
        ev.settings = {**(ev.settings or {}), "payment_cap": format(cap, "f")}
    return old


@dataclass
class PaymentFlag:
    fund_id: str
    payee: str
    source: str
    contract: Decimal
    paid: Decimal
    share: Decimal
    cap: Decimal

    def text(self) -> str:
        return (f"{self.payee or self.source}：合同额 {fmt_money(self.contract)} 万元，已付 {fmt_money(self.paid)} 万元，"
                f"支付比例 {pct(self.share)}，超过竣工结算审计前 {fmt(self.cap)}% 的支付上限")


def payment_flags(store: Store) -> list[PaymentFlag]:
    """Contract lines paid above the cap (e.g. 85% before the final audit)."""
    cap = payment_cap(store)
    out = []
    for f in project.list_funds(store):
        if f.contract_amount and f.paid is not None:
            share = f.paid / f.contract_amount * HUNDRED
            if share > cap:
                out.append(PaymentFlag(f.id or "", f.payee, f.source, f.contract_amount, f.paid, share, cap))
    return out


# ── targets ─────────────────────────────────────────────────────────────────
def _targets(store: Store, flt: Mapping[str, Any] | None) -> list[project.TargetData]:
    rows = project.list_targets(store)
    flt = flt or {}
    if flt.get("table"):
        rows = [t for t in rows if t.table == flt["table"]]
    for key in ("level1", "level2", "name"):
        if flt.get(f"{key}_contains"):
            rows = [t for t in rows if str(flt[f"{key}_contains"]) in (getattr(t, key) or "")]
    return rows


def target_figure(store: Store, flt: Mapping[str, Any] | None = None) -> Figure:
    """Completion of the (filtered) 绩效目标表 rows that have numbers on both sides."""
    rows = [t for t in _targets(store, flt) if t.target_value is not None and t.actual_value is not None
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
    words = (f"绩效目标 {len(rows)} 项（有目标值和实际值的），平均完成率 {pct(value)}" if value is not None
             else "绩效目标表中没有同时填写目标值和实际值的行（无数据）")
    return Figure("targets", "completion", value, None, None, comp_rows, words)


# ── surveys ─────────────────────────────────────────────────────────────────
def survey_figure(store: Store, survey: str | None = None, question: str | None = None) -> Figure:
    sid = None
    if survey:
        sid = next((x.id for x in list_surveys(store) if survey in (x.id, x.title)), None)
        if sid is None:
            return Figure("survey", "satisfaction", None, words=f"找不到满意度调查“{survey}”（无数据）")
    res = survey_result(store, sid)
    if res is None or res.rate is None:
        return Figure("survey", "satisfaction", None, words="尚无满意度调查数据（无数据）")
    if question:
        q = next((q for q in res.questions if q.key == question), None)
        if q is None or q.rate is None:
            return Figure("survey", "satisfaction", None, words=f"问卷中没有问题“{question}”的回答（无数据）")
        return Figure("survey", "satisfaction", q.rate, words=f"{res.title}·{q.text}：{q.answers} 份回答，满意度 {pct(q.rate)}")
    return Figure("survey", "satisfaction", res.rate, words=res.words())


# ── bindings ────────────────────────────────────────────────────────────────
def figure_for(store: Store, binding: Mapping[str, Any]) -> Figure:
    source, figure = binding.get("source"), binding.get("figure")
    if (source, figure) not in FIGURES:
        raise EditRefused(f"未知的数据来源：{source}/{figure}")
    if source == "funds":
        return fund_figure(store, figure, binding.get("filter"))
    if source == "targets":
        return target_figure(store, binding.get("filter"))
    return survey_figure(store, binding.get("survey"), binding.get("question"))


def concrete_inputs(item: Mapping[str, Any], binding: Mapping[str, Any], fig: Figure) -> dict[str, Any]:
    """The rule inputs a figure gives one scoring item ({} while the figure has no data)."""
    if fig.value is None:
        return {}
    rule = RULES.get(item.get("type"))
    if rule is None or rule.from_figure is None:
        return {}
    return rule.from_figure(item.get("params") or {}, fig, binding)


def is_bound(value: Any) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("bind"), Mapping)


def resolve_bindings(store: Store, specs, states: dict[str, Any]) -> dict[str, Any]:
    """States with every bound input replaced by the figure's concrete inputs (the hook in load_tree)."""
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
                fig = cache.get(ck) or figure_for(store, b)
            except EditRefused:
                continue
            cache[ck] = fig
            # the binding stays beside the concrete values, so an undo of a typed edit restores it
            new_inputs[key] = {**v, **concrete_inputs(item, b, fig)}
        out[iid] = replace(st, inputs=new_inputs)
    return out


def _item_of(store: Store, indicator_id: str, item_key: str) -> tuple[Indicator, dict[str, Any], Assessment]:
    with store.read() as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused("该指标已不存在")
        item = next((it for it in (ind.items or []) if it["key"] == item_key), None)
        if item is None:
            raise EditRefused(f"指标“{ind.name}”没有评分项“{item_key}”")
        a = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one_or_none()
        s.expunge_all()
        return ind, item, a


def bind_input(store: Store, indicator_id: str, item_key: str, binding: Mapping[str, Any]) -> Any:
    """Bind one scoring item's input to a figure. Returns the previous inputs of that item (for undo)."""
    ind, item, a = _item_of(store, indicator_id, item_key)
    b = {k: v for k, v in dict(binding).items() if v not in (None, "", {})}
    if (b.get("source"), b.get("figure")) not in FIGURES:
        raise EditRefused("请选择要引用的数据（资金、绩效目标或满意度）")
    allowed = BINDABLE.get(item["type"], set())
    if b["figure"] not in allowed:
        raise EditRefused(f"“{ind.name}”的评分规则（{item['type']}）不能引用“{FIGURES[(b['source'], b['figure'])]}”")
    if "at_least" in b:
        try:
            to_decimal(b["at_least"], "达标线")
        except RuleInputError as exc:
            raise EditRefused(str(exc)) from None
    fig = figure_for(store, b)
    try:
        score_item(item, concrete_inputs(item, b, fig))
    except RuleInputError as exc:
        raise EditRefused(f"“{ind.name}”：引用的数据无法用于该规则：{exc}") from None
    old = (a.inputs or {}).get(item_key) if a else None
    with store.session("引用数据") as s:
        row = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one()
        note = (old or {}).get("note") if isinstance(old, Mapping) else None
        row.inputs = {**(row.inputs or {}), item_key: {"bind": b, **({"note": note} if note else {})}}
        if fig.value is not None and row.status in ("未开始", "进行中"):
            row.status = "已评分"
    return old


def unbind_input(store: Store, indicator_id: str, item_key: str, keep_values: bool = True) -> Any:
    """Remove a binding; with ``keep_values`` the figure's current values stay as typed inputs."""
    ind, item, a = _item_of(store, indicator_id, item_key)
    old = (a.inputs or {}).get(item_key) if a else None
    if not is_bound(old):
        raise EditRefused(f"“{ind.name}”的该评分项没有引用数据")
    concrete = concrete_inputs(item, old["bind"], figure_for(store, old["bind"])) if keep_values else {}
    restore_item_inputs(store, indicator_id, item_key,
                        {**{k: v for k, v in old.items() if k != "bind"}, **concrete} or None)
    return old


def restore_item_inputs(store: Store, indicator_id: str, item_key: str, value: Any) -> None:
    """Put one item's inputs back exactly as they were (undo of bind / unbind)."""
    with store.session("恢复录入") as s:
        row = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one()
        inputs = dict(row.inputs or {})
        if value is None:
            inputs.pop(item_key, None)
        else:
            inputs[item_key] = value
        row.inputs = inputs


def describe_binding(store: Store, binding: Mapping[str, Any], item: Mapping[str, Any] | None = None) -> str:
    """The binding in words, for the window and the 工作底稿, e.g.
    "取自资金表：预算执行率 = 支出 30,295.87 万元 ÷ 到位 30,661.25 万元 = 98.81%"."""
    try:
        fig = figure_for(store, binding)
    except EditRefused as exc:
        return f"引用的数据无效：{exc}"
    text = f"取自{SOURCE_NAMES.get(binding.get('source'), '')}：{fig.words}"
    rule = RULES.get(item.get("type")) if item is not None else None
    if rule is not None and rule.bind_at_least and fig.value is not None:
        line = to_decimal(binding.get("at_least", "100"))
        text += f"；{'达到' if fig.value >= line else '未达到'} {fmt(line)}%，{'视为满足' if fig.value >= line else '视为不满足'}"
    return text


@dataclass
class BoundInput:
    indicator_id: str
    code: str
    name: str
    item_key: str
    item_label: str
    binding: dict[str, Any]
    text: str


def bindings(store: Store) -> list[BoundInput]:
    """Every bound input of the evaluation, with its description (for the tree, the 工作底稿, the charts)."""
    out = []
    with store.read() as s:
        inds = {i.id: i for i in s.execute(select(Indicator)).scalars()}
        rows = [(a.indicator_id, dict(a.inputs or {})) for a in s.execute(select(Assessment)).scalars()]
        items = {iid: {it["key"]: it for it in (ind.items or [])} for iid, ind in inds.items()}
        names = {iid: (ind.code, ind.name) for iid, ind in inds.items()}
    for iid, inputs in rows:
        for key, v in inputs.items():
            if is_bound(v) and iid in names:
                item = items[iid].get(key) or {}
                out.append(BoundInput(iid, names[iid][0], names[iid][1], key, item.get("label", key), dict(v["bind"]),
                                      describe_binding(store, v["bind"], item)))
    return sorted(out, key=lambda b: b.code)


def binding_text_for(store: Store, indicator_id: str) -> str:
    """One line per bound item of an indicator ("" when none) — what the 工作底稿 prints."""
    return "\n".join(f"{b.item_label}：{b.text}" for b in bindings(store) if b.indicator_id == indicator_id)



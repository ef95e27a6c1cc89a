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

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from models.entities import Assessment, Evaluation, FundLine, Indicator
from models.messages import joined, message_of, said
from models.store import Store
from services.core.errors import EditRefused
from services.core.numbers import (
    HUNDRED,
    RuleInputError,
    fmt,
    fmt_money,
    pct,
    to_decimal,
)
from services.evaluation import fund_math, project
from services.fieldwork.figures import (
    BINDABLE,
    FIGURES,
    FUND_AMOUNTS,
    SOURCE_NAMES,
    Figure,
    concrete_inputs,
    figure_from,
    filter_funds,
    fund_figure_of,
    fund_scope,
    is_bound,
    resolve,
    survey_figure_of,
    target_figure_of,
)
from services.fieldwork.surveys import list_surveys, survey_result
from services.scoring.rules import RULES, score_item

DEFAULT_PAYMENT_CAP = Decimal(85)


# ── funds ───────────────────────────────────────────────────────────────────
class _StoreFigures:
    """The figures' data read from an open evaluation (each kind once, when a binding first needs it)."""

    def __init__(self, store: Store):
        self.store = store
        self._read: dict[str, Any] = {}

    def _once(self, key: str, read):
        if key not in self._read:
            self._read[key] = read()
        return self._read[key]

    def funds(self):
        return self._once("funds", lambda: project.list_funds(self.store))

    def targets(self):
        return self._once("targets", lambda: project.list_targets(self.store))

    def surveys(self):
        return self._once("surveys", lambda: list_surveys(self.store))

    def survey_result(self, survey_id: str | None):
        return survey_result(self.store, survey_id)


def _fund_lines(store: Store, flt: Mapping[str, Any] | None) -> list[project.FundData]:
    return filter_funds(project.list_funds(store), flt)


_fund_scope = fund_scope


def fund_figure(store: Store, figure: str, flt: Mapping[str, Any] | None = None) -> Figure:
    """A fund figure from the 资金 page's 合计 (``services.fieldwork.figures.fund_figure_of``)."""
    return fund_figure_of(project.list_funds(store), figure, flt)


def payment_cap(store: Store) -> Decimal:
    with store.read() as s:
        settings = s.execute(select(Evaluation.settings)).scalar_one() or {}
    try:
        return to_decimal(settings.get("payment_cap", DEFAULT_PAYMENT_CAP), said("支付比例上限"))
    except RuleInputError:
        return DEFAULT_PAYMENT_CAP


def set_payment_cap(store: Store, value: Any) -> Decimal:
    """The share of a contract that may be paid before the final audit (percent). Returns the old."""
    try:
        cap = to_decimal(value, said("支付比例上限"))
    except RuleInputError as exc:
        raise EditRefused(message_of(exc)) from None
    if cap > HUNDRED:
        raise EditRefused(said("支付比例上限不能超过 100%"))
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
        return said("{payee}：合同额 {contract} 万元，已付 {paid} 万元，支付比例 {share}，超过竣工结算审计前 {cap}% 的支付上限",
                    payee=self.payee or self.source, contract=fmt_money(self.contract), paid=fmt_money(self.paid),
                    share=pct(self.share), cap=fmt(self.cap))


def payment_flags(store: Store) -> list[PaymentFlag]:
    """Contract lines paid above the cap (e.g. 85% before the final audit)."""
    cap = payment_cap(store)
    out = []
    for f in project.list_funds(store):
        if f.contract_amount and f.paid is not None:
            share = fund_math.rate(f.paid, f.contract_amount)
            if share is not None and share > cap:
                out.append(PaymentFlag(f.id or "", f.payee, f.source, f.contract_amount, f.paid, share, cap))
    return out


# ── targets ─────────────────────────────────────────────────────────────────
def target_figure(store: Store, flt: Mapping[str, Any] | None = None) -> Figure:
    """Completion of the (filtered) 绩效目标表 rows that have numbers on both sides."""
    return target_figure_of(project.list_targets(store), flt)


# ── surveys ─────────────────────────────────────────────────────────────────
def survey_figure(store: Store, survey: str | None = None, question: str | None = None) -> Figure:
    return survey_figure_of(list_surveys(store), lambda sid: survey_result(store, sid), survey, question)


# ── bindings ────────────────────────────────────────────────────────────────
def figure_for(store: Store, binding: Mapping[str, Any]) -> Figure:
    return figure_from(_StoreFigures(store), binding)


def resolve_bindings(store: Store, specs, states: dict[str, Any]) -> dict[str, Any]:
    """States with every bound input replaced by the figure's concrete inputs (the hook in load_tree)."""
    data = _StoreFigures(store)
    return resolve(specs, states, lambda b: figure_from(data, b))


def _item_of(store: Store, indicator_id: str, item_key: str) -> tuple[Indicator, dict[str, Any], Assessment]:
    with store.read() as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused(said("该指标已不存在"))
        item = next((it for it in (ind.items or []) if it["key"] == item_key), None)
        if item is None:
            raise EditRefused(said("指标“{name}”没有评分项“{item_key}”", name=ind.name, item_key=item_key))
        a = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one_or_none()
        s.expunge_all()
        return ind, item, a


def bind_input(store: Store, indicator_id: str, item_key: str, binding: Mapping[str, Any]) -> Any:
    """Bind one scoring item's input to a figure. Returns the previous inputs of that item (for undo)."""
    ind, item, a = _item_of(store, indicator_id, item_key)
    b = {k: v for k, v in dict(binding).items() if v not in (None, "", {})}
    if (b.get("source"), b.get("figure")) not in FIGURES:
        raise EditRefused(said("请选择要引用的数据（资金、绩效目标或满意度）"))
    allowed = BINDABLE.get(item["type"], set())
    if b["figure"] not in allowed:
        raise EditRefused(said("“{name}”的评分规则（{type}）不能引用“{FIGURES}”", name=ind.name, type=item['type'], FIGURES=FIGURES[(b['source'], b['figure'])]))
    if "at_least" in b:
        try:
            to_decimal(b["at_least"], said("达标线"))
        except RuleInputError as exc:
            raise EditRefused(message_of(exc)) from None
    fig = figure_for(store, b)
    try:
        score_item(item, concrete_inputs(item, b, fig))
    except RuleInputError as exc:
        raise EditRefused(said("“{name}”：引用的数据无法用于该规则：{exc}", name=ind.name, exc=exc)) from None
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
        raise EditRefused(said("“{name}”的该评分项没有引用数据", name=ind.name))
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
        return said("引用的数据无效：{reason}", reason=message_of(exc))
    source = SOURCE_NAMES.get(binding.get("source"))
    text = said("取自{source}：{words}", source=said(source) if source else "", words=fig.words)
    rule = RULES.get(item.get("type")) if item is not None else None
    if rule is not None and rule.bind_at_least and fig.value is not None:
        line = to_decimal(binding.get("at_least", "100"))
        if fig.value >= line:
            text = said("{text}；达到 {line}%，视为满足", text=text, line=fmt(line))
        else:
            text = said("{text}；未达到 {line}%，视为不满足", text=text, line=fmt(line))
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


# ── figures typed once ──────────────────────────────────────────────────────
# An amount typed on the 资金 page (or a 绩效目标表 / survey figure) feeds every indicator that uses it.
# When a file is opened, ``auto_bind`` binds each scoring item whose rule inputs name a known figure
# (``KNOWN_FIGURES``: the ratio's two labels, or failing those the indicator's and the item's names)
# unless the evaluator typed a different value there: then ``proposal_for`` asks which one to take,
# and nothing is overwritten. An item the evaluator chose to type by hand (改为手填, 保留此处) is
# remembered in ``Evaluation.settings["typed_by_hand"]`` and never bound again on its own. An amount
# typed in a bound indicator is written to the 资金 page (``write_through``), so both sides show it.

#: where a figure is typed, as the window names it: the sources' names, the funds' being their page
SOURCE_PAGES = {**{k: said(v) for k, v in SOURCE_NAMES.items()}, "funds": said("资金页")}
TYPED_BY_HAND = "typed_by_hand"


@dataclass(frozen=True)
class KnownFigure:
    source: str
    figure: str
    names: tuple[str, ...]  # words of the indicator's name or the item's labels
    numerator: tuple[str, ...] = ()  # words of a ratio's numerator label …
    denominator: tuple[str, ...] = ()  # … and of its denominator label


#: the figures an indicator is recognised to take, most specific first
KNOWN_FIGURES: tuple[KnownFigure, ...] = (
    KnownFigure("funds", "arrival_rate", ("资金到位率", "到位率"), ("到位",), ("预算",)),
    KnownFigure("funds", "execution_rate", ("预算执行率", "资金执行率", "执行率"), ("支出",), ("到位",)),
    KnownFigure("targets", "completion", ("目标完成率", "绩效目标完成", "实际完成率")),
    KnownFigure("survey", "satisfaction", ("满意度",)),
)


def known_binding(indicator_name: str, item: Mapping[str, Any]) -> dict[str, Any] | None:
    """The binding an item is recognised to take, or None. A ratio whose two labels are given must
    name the figure's two amounts (实际支出 ÷ 预算 is not 预算执行率 as the 资金 page computes it)."""
    rule = RULES.get(item.get("type"))
    if rule is None or rule.bind_at_least:  # met / not met at a level: the evaluator states the level
        return None
    allowed = BINDABLE.get(item.get("type"), set())
    params = item.get("params") or {}
    n_label, d_label = str(params.get("numerator_label") or ""), str(params.get("denominator_label") or "")
    words = " ".join(str(x or "") for x in (indicator_name, item.get("label"), params.get("value_label")))
    for k in KNOWN_FIGURES:
        if k.figure not in allowed:
            continue
        if k.numerator and n_label and d_label:
            if any(w in n_label for w in k.numerator) and any(w in d_label for w in k.denominator):
                return {"source": k.source, "figure": k.figure}
            continue
        if any(w in words for w in k.names):
            return {"source": k.source, "figure": k.figure}
    return None


def typed_by_hand(store: Store) -> set[str]:
    """The items ("indicator id/item key") the evaluator keeps typed by hand."""
    with store.read() as s:
        settings = s.execute(select(Evaluation.settings)).scalar_one() or {}
    return set(settings.get(TYPED_BY_HAND) or [])


def set_typed_by_hand(store: Store, indicator_id: str, item_key: str, on: bool) -> bool:
    """Keep (or no longer keep) an item typed by hand. Returns the previous state (for undo)."""
    mark = f"{indicator_id}/{item_key}"
    old = mark in typed_by_hand(store)
    if old == on:
        return old
    with store.session("保留手工录入" if on else "取消保留手工录入") as s:
        ev = s.execute(select(Evaluation)).scalar_one()
        settings = dict(ev.settings or {})
        marks = set(settings.get(TYPED_BY_HAND) or [])
        (marks.add if on else marks.discard)(mark)
        settings[TYPED_BY_HAND] = sorted(marks)
        ev.settings = settings
    return old


def _typed(value: Any) -> dict[str, Any]:
    """What the evaluator typed in an item (its note and binding left out)."""
    if not isinstance(value, Mapping):
        return {}
    return {k: v for k, v in value.items() if k not in ("note", "bind") and v not in (None, "", [])}


def _number(v: Any) -> Decimal | None:
    try:
        return to_decimal(v, allow_negative=True)
    except RuleInputError:
        return None


def _same(typed: Mapping[str, Any], concrete: Mapping[str, Any]) -> bool:
    """Whether typed inputs say what the figure says (numbers compared as numbers)."""
    if set(typed) != set(concrete):
        return False
    for k, v in concrete.items():
        if k == "rows":
            rows = typed.get(k) or []
            if len(rows) != len(v) or any(_number(a.get(f)) != _number(b.get(f))
                                          for a, b in zip(rows, v) for f in ("target", "actual")):
                return False
        elif _number(typed.get(k)) != _number(v):
            return False
    return True


def _figure(store: Store, binding: Mapping[str, Any], cache: dict[str, Figure]) -> Figure:
    key = repr(sorted((k, repr(x)) for k, x in binding.items()))
    if key not in cache:
        cache[key] = figure_for(store, binding)
    return cache[key]


@dataclass
class AutoBound:
    indicator_id: str
    code: str
    name: str
    item_key: str
    binding: dict[str, Any]


def auto_bind(store: Store) -> list[AutoBound]:
    """Bind every item that names a known figure and holds nothing else (nothing typed, or what was
    typed equals the figure). A read-only file is left as it is. Returns what was bound."""
    if getattr(store, "readonly", False):
        return []
    by_hand = typed_by_hand(store)
    with store.read() as s:
        inds = [i for i in s.execute(select(Indicator)).scalars() if i.items]
        rows = {a.indicator_id: dict(a.inputs or {}) for a in s.execute(select(Assessment)).scalars()}
        s.expunge_all()
    cache: dict[str, Figure] = {}
    found: list[AutoBound] = []
    for ind in sorted(inds, key=lambda i: i.code or ""):
        if ind.id not in rows:
            continue
        for item in ind.items:
            key = item["key"]
            current = rows[ind.id].get(key)
            if is_bound(current) or f"{ind.id}/{key}" in by_hand:
                continue
            b = known_binding(ind.name, item)
            if b is None:
                continue
            try:
                fig = _figure(store, b, cache)
                concrete = concrete_inputs(item, b, fig)
                if concrete:
                    score_item(item, concrete)
            except (EditRefused, RuleInputError):
                continue
            typed = _typed(current)
            if typed and not (concrete and _same(typed, concrete)):
                continue  # the evaluator typed something else: asked, never overwritten
            found.append(AutoBound(ind.id, ind.code, ind.name, key, b))
    if not found:
        return []
    with store.session("自动引用资金、绩效目标和满意度数据") as s:
        for f in found:
            row = s.execute(select(Assessment).where(Assessment.indicator_id == f.indicator_id)).scalar_one()
            old = (row.inputs or {}).get(f.item_key)
            note = old.get("note") if isinstance(old, Mapping) else None
            row.inputs = {**(row.inputs or {}), f.item_key: {"bind": f.binding, **({"note": note} if note else {})}}
            if _figure(store, f.binding, cache).value is not None and row.status in ("未开始", "进行中"):
                row.status = "已评分"
    return found


@dataclass
class Proposal:
    """The figure an item could take where the evaluator typed something else."""

    binding: dict[str, Any]
    text: str  # e.g. "实际到位资金：资金页为 120.00 万元，此处为 100.00 万元 — 采用哪个？"
    can_take: bool  # the page has the figure: 采用资金页 binds the item to it
    can_write: bool  # what was typed can go to the page (``adopt_typed``): 采用此处 writes it there and binds
    page: str  # where the figure is typed ("资金页")


def proposal_for(store: Store, indicator_id: str, indicator_name: str, item: Mapping[str, Any],
                 inputs: Mapping[str, Any] | None) -> Proposal | None:
    """What to ask about an item typed by hand that names a known figure saying something else (or
    that the page does not have yet)."""
    typed = _typed(inputs)
    b = known_binding(indicator_name, item)
    if b is None or not typed or is_bound(inputs) or f"{indicator_id}/{item['key']}" in typed_by_hand(store):
        return None
    try:
        fig = figure_for(store, b)
    except EditRefused:
        return None
    concrete = concrete_inputs(item, b, fig)
    if concrete and _same(typed, concrete):
        return None
    amounts = writes_through(b) and all(_number(typed.get(k)) is not None for k in ("numerator", "denominator"))
    if not concrete and not amounts:
        return None
    page = SOURCE_PAGES[b["source"]]
    parts = []
    if amounts:
        (n_name, _), (d_name, _) = FUND_AMOUNTS[b["figure"]]
        for key, name in (("numerator", n_name), ("denominator", d_name)):
            here, there = _number(typed.get(key)), _number(concrete.get(key)) if concrete else None
            if here != there:
                parts.append(said("{name}：{page}为 {there} 万元，此处为 {here} 万元", name=said(name), page=page,
                                  there=fmt_money(there), here=fmt_money(here)) if there is not None
                             else said("{name}：{page}尚无，此处为 {here} 万元", name=said(name), page=page,
                                       here=fmt_money(here)))
    elif "value" in concrete:
        here = _number(typed.get("value"))
        parts.append(said("{page}为 {there}，此处为 {here}%", page=page, there=pct(fig.value), here=fmt(here))
                     if here is not None else said("{page}为 {there}，此处为空", page=page, there=pct(fig.value)))
    else:
        parts.append(said("{page}算得{figure} {there}，此处录入的不同", page=page,
                          figure=said(FIGURES[(b["source"], b["figure"])]), there=pct(fig.value)))
    return Proposal(b, said("{parts} — 采用哪个？", parts=joined(parts, "；")), bool(concrete), amounts, page)


def adopt_typed(store: Store, indicator_id: str, item_key: str, binding: Mapping[str, Any]) -> tuple[Any, FundEdit]:
    """采用此处: the amounts typed in the item go to the 资金 page (``write_through``) and the item is
    bound to them. Returns (the item's inputs before, the page's edit) for undo; refused (nothing
    changed) as ``write_through`` refuses."""
    _ind, _item, a = _item_of(store, indicator_id, item_key)
    typed = _typed((a.inputs or {}).get(item_key) if a else None)
    old = bind_input(store, indicator_id, item_key, binding)
    try:
        edit = write_through(store, indicator_id, item_key, typed)
    except EditRefused:
        restore_item_inputs(store, indicator_id, item_key, old)
        raise
    return old, edit


def undo_adopt_typed(store: Store, indicator_id: str, item_key: str, done: tuple[Any, FundEdit]) -> None:
    old, edit = done
    undo_write_through(store, edit)
    restore_item_inputs(store, indicator_id, item_key, old)


def binding_words(item: Mapping[str, Any], binding: Mapping[str, Any], inputs: Mapping[str, Any] | None) -> str:
    """Where a bound input comes from, with the figure it gives, from the item's resolved inputs:
    "来自 资金页：实际到位资金 120.00 万元，预算资金 150.00 万元"."""
    source, figure = binding.get("source"), binding.get("figure")
    page = SOURCE_PAGES.get(source, str(source))
    name = said(FIGURES[(source, figure)]) if (source, figure) in FIGURES else str(figure)
    flt = binding.get("filter") or {}
    scope = "".join(f"（{v}）" for v in (flt.get("source_contains"), flt.get("table")) if v)
    inputs = inputs or {}
    if source == "funds" and figure in FUND_AMOUNTS and inputs.get("numerator") not in (None, ""):
        (n_name, _), (d_name, _) = FUND_AMOUNTS[figure]
        words = said("{n_name} {n} 万元，{d_name} {d} 万元", n_name=said(n_name), n=fmt_money(_number(inputs["numerator"])),
                     d_name=said(d_name), d=fmt_money(_number(inputs["denominator"])))
    elif inputs.get("value") not in (None, ""):
        words = said("{name} {value}", name=name, value=pct(_number(inputs["value"])))
    elif inputs.get("rows"):
        words = said("{name}，{count} 项计划数与完成数", name=name, count=len(inputs["rows"]))
    elif source == "funds" and figure == "paid_vs_contract" and inputs.get("actual") not in (None, ""):
        words = said("已支付金额 {paid} 万元，合同金额 {contract} 万元", paid=fmt_money(_number(inputs["actual"])),
                     contract=fmt_money(_number(inputs.get("limit"))))
    else:
        words = said("{name}（{page}尚无数据，录入后自动计入）", name=name, page=page)
    return said("来自 {page}{scope}：{words}", page=page, scope=scope, words=words)


def writes_through(binding: Mapping[str, Any] | None) -> bool:
    """Whether the amounts of a bound item may be typed in the indicator (and go to the 资金 page)."""
    return binding is not None and binding.get("source") == "funds" and binding.get("figure") in (
        "arrival_rate", "execution_rate", "paid_share")


@dataclass
class FundEdit:
    """What ``write_through`` changed, for its undo: the lines' old amounts, the lines it added and
    the indicator's status before."""

    indicator_id: str
    updated: list[tuple[str, str, Decimal | None]] = field(default_factory=list)  # (line id, column, old)
    added: list[str] = field(default_factory=list)
    status: str | None = None


def write_through(store: Store, indicator_id: str, item_key: str, inputs: Mapping[str, Any]) -> FundEdit:
    """Amounts typed in an indicator bound to a fund figure, written where the figure comes from: the
    one 资金 line that holds the amount (or, with no line yet, a new line). Refused, with nothing
    written, when several lines add up to it: the evaluator changes them on the 资金 page."""
    ind, item, a = _item_of(store, indicator_id, item_key)
    current = (a.inputs or {}).get(item_key) if a else None
    if not is_bound(current) or not writes_through(current["bind"]):
        raise EditRefused(said("“{name}”的该评分项没有引用资金页的金额", name=ind.name))
    b = current["bind"]
    (n_name, n_col), (d_name, d_col) = FUND_AMOUNTS[b["figure"]]
    labels = item.get("params") or {}
    wanted: list[tuple[str, str, Decimal]] = []
    for key, name, col, label in (("numerator", n_name, n_col, labels.get("numerator_label")),
                                  ("denominator", d_name, d_col, labels.get("denominator_label"))):
        if inputs.get(key) in (None, ""):
            raise EditRefused(said("请填写{value}", value=label or name))
        try:
            wanted.append((name, col, to_decimal(inputs[key], label or name)))
        except RuleInputError as exc:
            raise EditRefused(message_of(exc)) from None
    flt = b.get("filter") or {}
    scope = _fund_scope(_fund_lines(store, flt), b["figure"])
    edit = FundEdit(indicator_id)
    updates: list[tuple[str, str, Decimal]] = []
    new_line: dict[str, Decimal] = {}
    for name, col, value in wanted:
        holders = [f for f in scope if getattr(f, col) is not None]
        now = fund_math.fund_sum(getattr(f, col) for f in scope)
        if now is not None and fund_math.cents(value) == now:
            continue
        if len(holders) == 1:
            updates.append((holders[0].id, col, value))
        elif not holders and len(scope) == 1:
            updates.append((scope[0].id, col, value))
        elif not scope:
            new_line[col] = value
        else:
            raise EditRefused(said("资金页有 {value} 行{name}（合计 {now} 万元），请在资金页逐行修改", value=len(holders or scope), name=name, now=fmt_money(now)))
    if not updates and not new_line:
        return edit
    with store.session("在指标中修改资金数据") as s:
        for line_id, col, value in updates:
            row = s.get(FundLine, line_id)
            edit.updated.append((line_id, col, getattr(row, col)))
            setattr(row, col, value)
        if new_line:
            year = s.execute(select(Evaluation.year)).scalar_one_or_none()
            position = s.execute(select(func.coalesce(func.max(FundLine.position), -1))).scalar_one() + 1
            years = [int(y) for y in flt.get("years") or []]
            row = FundLine(position=position, year=years[0] if years else year,
                           source=str(flt.get("source_contains") or ""), note=f"在指标“{ind.code} {ind.name}”中录入",
                           **new_line)
            s.add(row)
            s.flush()
            edit.added.append(row.id)
        arow = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one()
        if arow.status in ("未开始", "进行中"):
            edit.status = arow.status
            arow.status = "已评分"
    return edit


def undo_write_through(store: Store, edit: FundEdit) -> None:
    """Put the 资金 lines (and the indicator's status) back as they were before ``write_through``."""
    if not edit.updated and not edit.added and edit.status is None:
        return
    with store.session("撤销在指标中修改的资金数据") as s:
        for line_id, col, old in reversed(edit.updated):
            row = s.get(FundLine, line_id)
            if row is not None:
                setattr(row, col, old)
        for line_id in edit.added:
            row = s.get(FundLine, line_id)
            if row is not None:
                s.delete(row)
        if edit.status is not None:
            arow = s.execute(select(Assessment).where(Assessment.indicator_id == edit.indicator_id)).scalar_one()
            arow.status = edit.status


def settle_status(store: Store) -> list[str]:
    """The 进度 of every leaf with a bound input, as typing its inputs would set it: 已评分 once every
    item scores (the page now gives the figure), back to 进行中 when one no longer does (a leaf not
    started stays 未开始 while its page has nothing); 已复核 is left alone. Called
    after a figure's page changes, so a bound indicator never shows 未开始 beside its score. Returns the
    ids whose 进度 changed."""
    if getattr(store, "readonly", False):
        return []
    with store.read() as s:
        inds = {i.id: list(i.items or []) for i in s.execute(select(Indicator)).scalars()}
        rows = [(a.indicator_id, a.status, dict(a.inputs or {}), a.override_score)
                for a in s.execute(select(Assessment)).scalars()]
    cache: dict[str, Figure] = {}
    changes: dict[str, str] = {}
    for iid, status, inputs, override in rows:
        items = inds.get(iid) or []
        if status == "已复核" or not items or not any(is_bound(v) for v in inputs.values()):
            continue
        done = override is not None
        if not done:
            done = True
            for it in items:
                v: Any = inputs.get(it["key"])
                if is_bound(v):
                    try:
                        v = {**v, **concrete_inputs(it, v["bind"], _figure(store, v["bind"], cache))}
                    except EditRefused:
                        pass
                try:
                    done = done and score_item(it, v).score is not None
                except RuleInputError:
                    done = False
        new = "已评分" if done else ("进行中" if status == "已评分" else status)
        if new != status:
            changes[iid] = new
    if changes:
        with store.session("更新引用数据指标的进度") as s:
            for a in s.execute(select(Assessment).where(Assessment.indicator_id.in_(list(changes)))).scalars():
                a.status = changes[a.indicator_id]
    return list(changes)

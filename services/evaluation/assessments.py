"""Use cases on one evaluation file: create, open, read the tree, score, and every scoring edit.

Each function is one unit of work: it validates first, then writes and commits, so an edit is
saved the moment it is made and a refused edit changes nothing. Functions return plain data.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from models.entities import Assessment, Evaluation, Indicator
from models.messages import message_of, said
from models.store import Store, create_store, open_store
from services.core.dates import parse_date
from services.core.errors import EditRefused
from services.core.filenames import check_target
from services.core.numbers import fmt, to_decimal
from services.evaluation.info import (
    DATE_FIELDS,
    INFO_FIELDS,
    MONEY_FIELDS,
    EvaluationInfo,
    score_sheet,
)
from services.frameworks import catalog
from services.scoring import (
    AssessmentState,
    GradeScheme,
    IndicatorSpec,
    RuleInputError,
    ScoreSheet,
)
from services.scoring.grades import resolve
from services.scoring.rules import score_item

STATUSES = ("未开始", "进行中", "已评分", "已复核")


def _coerce_fact(name: str, value: Any) -> Any:
    if name in MONEY_FIELDS:
        if value in (None, ""):
            return None
        try:
            return to_decimal(value, {"fund_total": "资金总额", "onsite_amount": "现场评价金额"}[name])
        except RuleInputError as exc:
            raise EditRefused(message_of(exc)) from None
    if name in DATE_FIELDS:
        return parse_date(value)
    if name == "year":
        if value in (None, ""):
            return None
        try:
            y = int(value)
        except (TypeError, ValueError):
            raise EditRefused(said("年度“{value}”必须是整数", value=value)) from None
        if not 1949 <= y <= 2200:
            raise EditRefused(said("年度 {y} 不在合理范围内", y=y))
        return y
    return value


def get_info(store: Store) -> EvaluationInfo:
    with store.read() as s:
        ev = s.execute(select(Evaluation)).scalar_one()
        return EvaluationInfo(**{k: getattr(ev, k) for k in INFO_FIELDS})


def update_info(store: Store, **changes: Any) -> EvaluationInfo:
    unknown = set(changes) - set(INFO_FIELDS)
    if unknown:
        raise EditRefused(said("未知的项目信息字段：{unknown}", unknown='、'.join(sorted(unknown))))
    coerced = {k: _coerce_fact(k, v) for k, v in changes.items()}
    with store.session("修改项目信息") as s:
        ev = s.execute(select(Evaluation)).scalar_one()
        for k, v in coerced.items():
            setattr(ev, k, v)
    return get_info(store)


# ── create / open ───────────────────────────────────────────────────────────
def _insert_framework(s, fw: catalog.Framework) -> dict[str, str]:
    ids: dict[str, str] = {}
    for node, parent, _level in fw.walk():
        ind = Indicator(code=str(node["code"]), name=node["name"], max_points=to_decimal(node["weight"]),
                        parent_id=ids[str(parent["code"])] if parent else None,
                        position=(parent["children"] if parent else fw.nodes).index(node),
                        definition=node.get("explanation", ""), key_points=node.get("points", ""),
                        criteria=node.get("criteria", ""), items=node.get("items"))
        s.add(ind)
        s.flush()
        ids[ind.code] = ind.id
        s.add(Assessment(indicator_id=ind.id, inputs={}))
    return ids


def create(path: Path | str, framework: catalog.Framework, info: Mapping[str, Any] | None = None,
           actor: str = "") -> Store:
    """A new evaluation file holding a copy of the framework and one empty assessment per node."""
    check_target(path)  # a name Windows accepts (files travel to Windows laptops)
    info = dict(info or {})
    coerced = {k: _coerce_fact(k, v) for k, v in info.items() if k in INFO_FIELDS}
    store = create_store(path, actor=actor)
    try:
        with store.session("新建评价") as s:
            scheme = framework.scheme()
            s.add(Evaluation(framework_id=framework.id, framework_name=framework.name, full_marks=framework.full_marks,
                             grade_scheme=scheme.to_dict(), finding_categories=framework.finding_categories,
                             na_policy=framework.na_policy,
                             settings={"precision": format(framework.precision, "f")}, **coerced))
            _insert_framework(s, framework)
    except BaseException:
        store.close()
        Path(path).unlink(missing_ok=True)
        raise
    return store


def open_evaluation(path: Path | str, actor: str = "", **options: Any) -> Store:
    return open_store(path, actor=actor, **options)


# ── the tree and its scores ─────────────────────────────────────────────────
def load_tree(store: Store) -> tuple[list[IndicatorSpec], dict[str, AssessmentState]]:
    with store.read() as s:
        specs = [IndicatorSpec(i.id, i.code, i.name, i.max_points, i.parent_id, i.position, i.items,
                               i.definition, i.key_points, i.criteria)
                 for i in s.execute(select(Indicator)).scalars()]
        states = {a.indicator_id: AssessmentState(a.inputs or {}, a.override_score, a.override_reason,
                                                  a.not_applicable, a.na_reason, a.comment, a.status, a.assignee)
                  for a in s.execute(select(Assessment)).scalars()}
    from services.fieldwork.bindings import resolve_bindings

    return specs, resolve_bindings(store, specs, states)


def load_states(store: Store, specs: list[IndicatorSpec], since: datetime | None = None) -> dict[str, AssessmentState]:
    """The assessments alone (after an edit the tree itself is unchanged): half of ``load_tree``'s work.

    With ``since`` (see ``assessments_changed_at``), only the assessments written at or after that
    moment: after one edit, one row instead of all of them.
    """
    cols = (Assessment.indicator_id, Assessment.inputs, Assessment.override_score, Assessment.override_reason,
            Assessment.not_applicable, Assessment.na_reason, Assessment.comment, Assessment.status,
            Assessment.assignee)
    query = select(*cols) if since is None else select(*cols).where(Assessment.updated_at >= since)
    with store.read() as s:  # plain column rows, not ORM objects: this runs after every score edit
        states = {r[0]: AssessmentState(r[1] or {}, *r[2:]) for r in s.execute(query)}
    from services.fieldwork.bindings import resolve_bindings

    return resolve_bindings(store, specs, states)


def assessments_changed_at(store: Store) -> datetime | None:
    """When an assessment was last written (for ``load_states(since=…)``)."""
    with store.read() as s:
        return s.execute(select(func.max(Assessment.updated_at))).scalar()


def grade_scheme(store: Store) -> GradeScheme:
    return resolve(get_info(store).grade_scheme)


def score(store: Store) -> ScoreSheet:
    info = get_info(store)
    specs, states = load_tree(store)
    return score_sheet(info, specs, states)


def indicator_ids(store: Store) -> dict[str, str]:
    """code → indicator id."""
    with store.read() as s:
        return dict(s.execute(select(Indicator.code, Indicator.id)).all())


def _leaf(s, indicator_id: str) -> tuple[Indicator, Assessment]:
    ind = s.get(Indicator, indicator_id)
    if ind is None:
        raise EditRefused(said("该指标已不存在"))
    a = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one_or_none()
    if a is None:
        a = Assessment(indicator_id=indicator_id, inputs={})
        s.add(a)
    return ind, a


def _auto_status(ind: Indicator, a: Assessment) -> None:
    if a.status == "已复核" or not ind.items:
        return
    done = all(score_item(it, (a.inputs or {}).get(it["key"])).score is not None for it in ind.items)
    if a.override_score is not None or done:
        a.status = "已评分"
    elif a.inputs:
        a.status = "进行中"
    else:
        a.status = "未开始"


def set_item_inputs(store: Store, indicator_id: str, item_key: str, inputs: Mapping[str, Any] | None) -> None:
    """Record the evaluator's entries for one scoring item. Refused (nothing saved) if the rule cannot use them."""
    with store.session("录入评分") as s:
        ind, a = _leaf(s, indicator_id)
        item = next((it for it in (ind.items or []) if it["key"] == item_key), None)
        if item is None:
            raise EditRefused(said("指标“{name}”没有评分项“{item_key}”", name=ind.name, item_key=item_key))
        clean = {k: v for k, v in dict(inputs or {}).items() if v not in (None, "")}
        try:
            score_item(item, clean)
        except RuleInputError as exc:
            raise EditRefused(said("“{name}”：{reason}", name=ind.name, reason=message_of(exc))) from None
        new_inputs = dict(a.inputs or {})
        if clean:
            new_inputs[item_key] = clean
        else:
            new_inputs.pop(item_key, None)
        a.inputs = new_inputs
        _auto_status(ind, a)


def set_inputs(store: Store, indicator_id: str, inputs: Mapping[str, Any]) -> None:
    """Replace all inputs of a leaf at once (used by undo and by imports)."""
    with store.session("录入评分") as s:
        ind, a = _leaf(s, indicator_id)
        keys = {it["key"] for it in ind.items or []}
        for k, v in inputs.items():
            if k not in keys:
                raise EditRefused(said("指标“{name}”没有评分项“{k}”", name=ind.name, k=k))
            try:
                score_item(next(it for it in ind.items if it["key"] == k), v)
            except RuleInputError as exc:
                raise EditRefused(said("“{name}”：{reason}", name=ind.name, reason=message_of(exc))) from None
        a.inputs = dict(inputs)
        _auto_status(ind, a)


def set_override(store: Store, indicator_id: str, value: Any, reason: str = "") -> None:
    """Override the computed score (``value`` None clears it). An override needs a reason."""
    with store.session("调整得分") as s:
        ind, a = _leaf(s, indicator_id)
        if value in (None, ""):
            a.override_score, a.override_reason = None, ""
        else:
            try:
                v = to_decimal(value, said("调整后得分"))
            except RuleInputError as exc:
                raise EditRefused(message_of(exc)) from None
            if v > ind.max_points:
                raise EditRefused(said("调整后得分 {v} 超过“{name}”的分值 {max_points}", v=fmt(v), name=ind.name, max_points=fmt(ind.max_points)))
            if not (reason or "").strip():
                raise EditRefused(said("调整得分必须填写理由"))
            a.override_score, a.override_reason = v, reason.strip()
        _auto_status(ind, a)


def set_not_applicable(store: Store, indicator_id: str, flag: bool, reason: str = "") -> None:
    with store.session("标记不适用") as s:
        _ind, a = _leaf(s, indicator_id)
        if flag and not (reason or "").strip():
            raise EditRefused(said("标记“不适用”必须说明理由"))
        a.not_applicable, a.na_reason = bool(flag), (reason or "").strip() if flag else ""


def set_comment(store: Store, indicator_id: str, text: str) -> None:
    """评分说明 (leaves) or 主要扣分理由 (upper levels)."""
    with store.session("修改评分说明") as s:
        _ind, a = _leaf(s, indicator_id)
        a.comment = text or ""


def set_status(store: Store, indicator_id: str, status: str) -> None:
    if status not in STATUSES:
        raise EditRefused(said("状态只能是：{STATUSES}", STATUSES='、'.join(STATUSES)))
    with store.session("修改状态") as s:
        _ind, a = _leaf(s, indicator_id)
        a.status = status


def set_assignee(store: Store, indicator_id: str, assignee: str) -> None:
    with store.session("分配指标") as s:
        _ind, a = _leaf(s, indicator_id)
        a.assignee = assignee or ""


# ── findings (问题清单) ───────────────────────────────────────────────────────
def now_text() -> str:
    return datetime.now().strftime("%H:%M:%S")

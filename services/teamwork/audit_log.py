"""The audit trail as the evaluator reads it (审计轨迹): who changed what, when, from what to what,
and why — with the changed thing named in words (指标 2.1.3 资金到位率, 问题“…”) and filters."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from models.entities import (
    Assessment,
    AuditEvent,
    Evidence,
    Finding,
    Indicator,
    RaterScore,
)
from models.messages import joined, said, word
from models.store import Store
from services.core.numbers import fmt
from services.scoring.rules import RULES
from services.scoring.rules.checklist import STATES
from services.teamwork.integrity import ENTITY_NAMES
from services.teamwork.merge import FIELD_NAMES

ACTIONS = {"insert": "新增", "update": "修改", "delete": "删除", "merge": "合并"}


@dataclass
class AuditRow:
    seq: int
    at: datetime  # UTC, as stored
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None
    reason: str
    target: str  # what was changed, in words
    old_words: str = ""  # the old value in words, whole (see ``value_words``)
    new_words: str = ""

    @property
    def action_text(self) -> str:
        return ACTIONS.get(self.action, self.action)

    @property
    def entity_text(self) -> str:
        return ENTITY_NAMES.get(self.entity, self.entity)

    @property
    def field_text(self) -> str:
        return FIELD_NAMES.get(self.field, self.field)

    @property
    def local_time(self) -> datetime:
        return self.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)

    def haystack(self) -> str:
        return " ".join(str(x) for x in (self.actor, self.action_text, self.entity_text, self.field, self.field_text,
                                         self.old or "", self.new or "", self.old_words, self.new_words,
                                         self.reason, self.target)).lower()


# ── old/new values in words ─────────────────────────────────────────────────
EMPTY = "—"
CELL_CHARS = 80  # a value longer than this is cut in the table; the tooltip shows it whole

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: keys of stored rows that FIELD_NAMES does not name
KEY_NAMES = {
    "indicator_id": "指标", "finding_id": "问题", "evidence_id": "证据", "survey_id": "问卷", "assessment_id": "评分",
    "parent_id": "上级指标", "code": "编号", "filename": "文件名", "note": "备注", "items": "评分项",
    "criteria": "评分标准", "answers": "回答", "group": "群体", "deadline": "整改期限", "deduction": "扣分",
}
#: fields whose stored value is a score or an amount (shown as services.core.numbers.fmt writes them)
NUMBER_FIELDS = {"override_score", "self_score", "score", "amount", "weight", "max_points", "full_marks", "total",
                 "deduction"}


@dataclass
class Names:
    """What the values of the trail refer to, looked up once per reading of the trail."""

    ids: dict[str, str] = field(default_factory=dict)  # row id → its name in words
    items: dict[str, list] = field(default_factory=dict)  # assessment / rater score / indicator id → scoring items


def load_names(s) -> Names:
    names = Names(ids=_labels(s))
    items = {i_id: list(its or []) for i_id, its in s.execute(select(Indicator.id, Indicator.items))}
    names.items.update(items)
    for a_id, ind_id in s.execute(select(Assessment.id, Assessment.indicator_id)):
        names.items[a_id] = items.get(ind_id, [])
    for r_id, ind_id in s.execute(select(RaterScore.id, RaterScore.indicator_id)):
        names.items[r_id] = items.get(ind_id, [])
    return names


def cut(text: str, limit: int = CELL_CHARS) -> str:
    """``text`` on one line, at most ``limit`` characters (the last one “…” when cut)."""
    one = " ".join((text or "").split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def value_words(value: str | None, field_name: str = "", owner: str = "", names: Names | None = None) -> str:
    """A stored old/new value (JSON text) as the evaluator reads it: rule inputs with the rule's own labels,
    ids as the indicator / finding / evidence they name, 是/否, numbers as the project writes them, — when empty.
    ``owner`` is the id of the changed row (an assessment's id finds its indicator's scoring items)."""
    names = names or Names()
    if value is None:
        return EMPTY
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value
    if field_name == "inputs" and isinstance(parsed, Mapping):
        return _inputs_words(parsed, names.items.get(owner, []), names)
    if field_name in NUMBER_FIELDS:
        return _number_words(parsed)
    if isinstance(parsed, Mapping) and not field_name:  # a whole row (inserted or deleted)
        return _row_words(parsed, owner, names)
    return _words(parsed, names)


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, (str, list, dict)) and not v)


def _number_words(v: Any) -> str:
    if _empty(v):
        return EMPTY
    if isinstance(v, bool):
        return said("是") if v else said("否")
    try:
        return fmt(Decimal(str(v)))
    except (InvalidOperation, ValueError):
        return str(v)


def _words(v: Any, names: Names) -> str:
    """Any JSON value in words, never braces."""
    if _empty(v):
        return EMPTY
    if isinstance(v, bool):
        return said("是") if v else said("否")
    if isinstance(v, (int, float)):
        return _number_words(v)
    if isinstance(v, str):
        if _UUID.match(v):
            return _id_words(v, names)
        return v
    if isinstance(v, list):
        return joined([_words(x, names) for x in v if not _empty(x)], "、") or EMPTY
    if isinstance(v, Mapping):
        if "label" in v or "name" in v or "text" in v:  # a row of a list (an item, a question, a category)
            head = v.get("label") or v.get("name") or v.get("text")
            if isinstance(head, str) and head:
                return f"{v['code']} {head}" if isinstance(v.get("code"), str) else head
        parts = [said("{key}：{value}", key=_key_words(k), value=_words(x, names))
                 for k, x in v.items() if k != "id" and not _empty(x)]
        return joined(parts, "，") or EMPTY
    return str(v)


def _key_words(k: str) -> str:
    if k in FIELD_NAMES:  # a word of the closed vocabulary (ui/i18n.py stored_vocabulary)
        return word(FIELD_NAMES[k])
    return said(KEY_NAMES[k]) if k in KEY_NAMES else str(k)


def _id_words(v: str, names: Names) -> str:
    return names.ids.get(v) or said("记录 {id}", id=v[:8])


def _row_words(row: Mapping[str, Any], owner: str, names: Names) -> str:
    parts = []
    for k, v in row.items():
        if k == "id" or _empty(v):
            continue
        if k == "inputs" and isinstance(v, Mapping):
            text = _inputs_words(v, names.items.get(owner, []), names)
        elif k in NUMBER_FIELDS:
            text = _number_words(v)
        else:
            text = _words(v, names)
            if isinstance(v, (Mapping, list)) and len(text) > 1 and "：" in text:
                text = said("（{text}）", text=text)
        key = _key_words(k)
        for lead in (f"{key}：", f"{key} "):  # 问题：问题：… reads 问题：…
            if text.startswith(lead):
                rest = text[len(lead):]  # the named thing itself, as a message says it when it can
                text = next((x for x in getattr(text, "values", {}).values() if str(x) == rest), rest)
        parts.append(said("{key}：{value}", key=key, value=text))
    return joined(parts, "；") or EMPTY


def _inputs_words(inputs: Mapping[str, Any], items: list, names: Names) -> str:
    """An assessment's inputs ({item key: {input: value}}) in words, with each item's label and the labels
    its rule declares for its inputs."""
    by_key = {it.get("key"): it for it in items if isinstance(it, Mapping)}
    parts = []
    for key, entries in inputs.items():
        item = by_key.get(key) or {}
        label = item.get("label") or str(key)
        if isinstance(entries, Mapping):
            text = _item_inputs_words(item, entries, names)
        else:
            text = _words(entries, names)
        parts.append(said("{label}：{value}", label=label, value=text))
    return joined(parts, "；") or EMPTY


def _item_inputs_words(item: Mapping[str, Any], entries: Mapping[str, Any], names: Names) -> str:
    raw = item.get("params")
    params: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    declared = {}
    rule = RULES.get(str(item.get("type")))
    if rule is not None:
        try:
            declared = {i.name: i for i in rule.shown_inputs(params)}
        except (KeyError, TypeError, ValueError, AttributeError):
            declared = {i.name: i for i in rule.inputs}
    parts = []
    for name, v in entries.items():
        if _empty(v):
            continue
        spec = declared.get(name)
        if spec is None:
            parts.append(said("{label} {value}", label=_key_words(name), value=_words(v, names)))
            continue
        label = str(params.get(spec.label_param) or spec.label) if spec.label_param else spec.label
        unit = str(params.get(spec.unit_param) or spec.unit) if spec.unit_param else spec.unit
        if spec.kind == "points" and isinstance(v, Mapping):
            text = _points_words(v, params)
        elif spec.kind == "option":
            text = _option_words(v, params)
        elif spec.kind in ("number", "count", "numerator", "denominator"):
            text = _number_words(v) + ("" if unit in ("分",) else unit)
        else:
            text = _words(v, names)
        parts.append(said("{label} {value}", label=label, value=text))
    return joined(parts, "，") or EMPTY


def _points_words(answers: Mapping[str, Any], params: Mapping[str, Any]) -> str:
    """要点判断 as ①满足 ②不满足 (the point's place in the list, the judgement in words)."""
    order = [p.get("key") for p in params.get("points") or [] if isinstance(p, Mapping)]
    parts = []
    for key, ans in answers.items():
        state = ans.get("state") if isinstance(ans, Mapping) else ans
        place = order.index(key) if key in order else -1
        mark = _CIRCLED[place] if 0 <= place < len(_CIRCLED) else f"{key} "
        text = f"{mark}{STATES.get(str(state), str(state))}"
        if isinstance(ans, Mapping) and not _empty(ans.get("value")):
            text += f" {_number_words(ans['value'])}分"
        parts.append(text)
    return " ".join(parts) or EMPTY


def _option_words(v: Any, params: Mapping[str, Any]) -> str:
    for o in params.get("options") or []:
        if isinstance(o, Mapping) and o.get("key") == v:
            return str(o.get("label") or v)
    return _words(v, Names())


def _labels(s) -> dict[str, str]:
    labels: dict[str, str] = {}
    inds = {i.id: f"{i.code} {i.name}" for i in s.execute(select(Indicator)).scalars()}
    labels.update({k: said("指标 {indicator}", indicator=v) for k, v in inds.items()})
    for a_id, ind_id in s.execute(select(Assessment.id, Assessment.indicator_id)):
        labels[a_id] = said("指标 {indicator}", indicator=inds[ind_id]) if ind_id in inds else said("指标")
    for r_id, ind_id, rater in s.execute(select(RaterScore.id, RaterScore.indicator_id, RaterScore.rater)):
        labels[r_id] = said("{rater}：指标 {indicator}", rater=rater, indicator=inds.get(ind_id, ""))
    for f_id, title in s.execute(select(Finding.id, Finding.title)):
        labels[f_id] = said("问题：{title}", title=title)
    for e_id, name in s.execute(select(Evidence.id, Evidence.filename)):
        labels[e_id] = said("证据：{name}", name=name)
    return labels


def _deleted_label(ev: AuditEvent) -> str:
    """A deleted row's name, from the event that recorded its content."""
    try:
        row = json.loads(ev.old or ev.new or "{}")
    except ValueError:
        return ""
    if not isinstance(row, dict):
        return ""
    for key in ("title", "name", "filename", "code", "stage", "rater"):
        if row.get(key):
            return said("{entity}：{name}", entity=word(ENTITY_NAMES.get(ev.entity, ev.entity)), name=row[key])
    return ""


def list_events(store: Store) -> list[AuditRow]:
    """Every event, newest first, with the changed thing named."""
    with store.read() as s:
        known = load_names(s)
        labels = known.ids
        rows = []
        names: dict[str, str] = {}
        for ev in s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
            if ev.action in ("insert", "delete"):
                names.setdefault(ev.entity_id, _deleted_label(ev))
            target = labels.get(ev.entity_id) or names.get(ev.entity_id) or \
                said("{entity} {id}", entity=word(ENTITY_NAMES.get(ev.entity, ev.entity)), id=ev.entity_id[:8])
            if ev.action == "merge":
                target = said("合并副本")
            rows.append(AuditRow(ev.seq, ev.at, ev.actor, ev.action, ev.entity, ev.entity_id, ev.field, ev.old,
                                 ev.new, ev.reason, target))
    for k, v in names.items():  # rows since deleted are still named by the values that point at them
        if v:
            labels.setdefault(k, v)
    for r in rows:
        r.old_words = value_words(r.old, r.field, r.entity_id, known) if r.old is not None else ""
        r.new_words = value_words(r.new, r.field, r.entity_id, known) if r.new is not None else ""
    rows.reverse()
    return rows


def filter_events(rows: Iterable[AuditRow], who: str | None = None, entity: str | None = None,
                  start: date | None = None, end: date | None = None, text: str = "") -> list[AuditRow]:
    """Rows by one person, of one kind of record, between two dates (local, inclusive), containing
    the text (in any column)."""
    needle = (text or "").strip().lower()
    out = []
    for r in rows:
        if who and r.actor != who:
            continue
        if entity and r.entity != entity:
            continue
        day = r.local_time.date()
        if start and day < start:
            continue
        if end and day > end:
            continue
        if needle and needle not in r.haystack():
            continue
        out.append(r)
    return out


def actors(rows: Iterable[AuditRow]) -> list[str]:
    return sorted({r.actor for r in rows})


def entities(rows: Iterable[AuditRow]) -> list[tuple[str, str]]:
    """(entity, name in words) present in the trail."""
    return sorted({(r.entity, r.entity_text) for r in rows}, key=lambda x: x[1])


def date_range(rows: list[AuditRow]) -> tuple[date, date]:
    if not rows:
        today = date.today()
        return today - timedelta(days=1), today
    days = [r.local_time.date() for r in rows]
    return min(days), max(days)

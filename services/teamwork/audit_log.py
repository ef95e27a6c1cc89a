"""The audit trail as the evaluator reads it (审计轨迹): who changed what, when, from what to what,
and why — with the changed thing named in words (指标 2.1.3 资金到位率, 问题“…”) and filters."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from models.entities import (
    Assessment,
    AuditEvent,
    Evidence,
    Finding,
    Indicator,
    RaterScore,
)
from models.store import Store
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
                                         self.old or "", self.new or "", self.reason, self.target)).lower()


def value_text(v: str | None, limit: int = 200) -> str:
    """An event's old/new value for reading: JSON strings unquoted, whole rows summarised."""
    if v is None:
        return ""
    try:
        parsed = json.loads(v)
    except ValueError:
        parsed = v
    if isinstance(parsed, str):
        text = parsed
    elif isinstance(parsed, dict):
        text = "；".join(f"{FIELD_NAMES.get(k, k)}={_short(val)}" for k, val in sorted(parsed.items())
                        if val not in (None, "", [], {}) and k != "id")
    else:
        text = json.dumps(parsed, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(v) -> str:
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)[:60]
    return str(v)[:60]


def _labels(s) -> dict[str, str]:
    labels: dict[str, str] = {}
    inds = {i.id: f"{i.code} {i.name}" for i in s.execute(select(Indicator)).scalars()}
    labels.update({k: f"指标 {v}" for k, v in inds.items()})
    for a_id, ind_id in s.execute(select(Assessment.id, Assessment.indicator_id)):
        labels[a_id] = f"指标 {inds.get(ind_id, '')}".strip()
    for r_id, ind_id, rater in s.execute(select(RaterScore.id, RaterScore.indicator_id, RaterScore.rater)):
        labels[r_id] = f"{rater}：指标 {inds.get(ind_id, '')}"
    for f_id, title in s.execute(select(Finding.id, Finding.title)):
        labels[f_id] = f"问题：{title}"
    for e_id, name in s.execute(select(Evidence.id, Evidence.filename)):
        labels[e_id] = f"证据：{name}"
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
            return f"{ENTITY_NAMES.get(ev.entity, ev.entity)}：{row[key]}"
    return ""


def list_events(store: Store) -> list[AuditRow]:
    """Every event, newest first, with the changed thing named."""
    with store.read() as s:
        labels = _labels(s)
        rows = []
        names: dict[str, str] = {}
        for ev in s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
            if ev.action in ("insert", "delete"):
                names.setdefault(ev.entity_id, _deleted_label(ev))
            target = labels.get(ev.entity_id) or names.get(ev.entity_id) or \
                f"{ENTITY_NAMES.get(ev.entity, ev.entity)} {ev.entity_id[:8]}"
            if ev.action == "merge":
                target = "合并副本"
            rows.append(AuditRow(ev.seq, ev.at, ev.actor, ev.action, ev.entity, ev.entity_id, ev.field, ev.old,
                                 ev.new, ev.reason, target))
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

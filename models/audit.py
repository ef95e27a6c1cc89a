"""The audit trail (审计轨迹): every change to a row is recorded as it is flushed.

One event per changed field (insert and delete: one event with the whole row), with who, when,
the old and the new value and the reason given for the unit of work. Events form a hash chain:
each event's hash covers its content and the previous event's hash, so a row edited behind the
application's back (or an event removed) breaks the chain.
"""
from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from models.messages import said

from .base import Row, dumps, new_id, utcnow

GENESIS = "0" * 64
_installed = False


def _value(v: Any) -> str | None:
    if v is None:
        return None
    return dumps(v) if not isinstance(v, str) else v


def row_dict(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {c.key: getattr(obj, c.key) for c in mapper.column_attrs if c.key not in ("updated_at", "updated_by")}


def event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = dumps({k: fields[k] for k in sorted(fields)})
    return hashlib.sha256((prev_hash + "|" + payload).encode("utf-8")).hexdigest()


HASHED_FIELDS = ("id", "at", "actor", "action", "entity", "entity_id", "field", "old", "new", "reason")


def _before_flush(session: Session, _ctx, _instances) -> None:
    from .entities import AuditEvent  # local: entities import this module's siblings

    actor = session.info.get("actor", "")
    reason = session.info.get("reason", "")
    if session.info.get("no_audit"):
        return
    now = utcnow()
    pending: list[dict[str, Any]] = []
    for obj in list(session.new):
        if isinstance(obj, Row):
            obj.updated_by = actor
            if obj.id is None:
                obj.id = new_id()
            pending.append(dict(action="insert", entity=obj.__tablename__, entity_id=obj.id, field="",
                                old=None, new=_value(row_dict(obj))))
    for obj in list(session.dirty):
        if not isinstance(obj, Row) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changed = False
        for attr in state.mapper.column_attrs:
            if attr.key in ("updated_at", "updated_by"):
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            changed = True
            pending.append(dict(action="update", entity=obj.__tablename__, entity_id=obj.id, field=attr.key,
                                old=_value(old), new=_value(new)))
        if changed:
            obj.updated_by = actor
            obj.updated_at = now
    for obj in list(session.deleted):
        if isinstance(obj, Row):
            pending.append(dict(action="delete", entity=obj.__tablename__, entity_id=obj.id, field="",
                                old=_value(row_dict(obj)), new=None))
    if not pending:
        return
    with session.no_autoflush:
        prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    for p in pending:
        fields = dict(id=new_id(), at=now.isoformat(), actor=actor, reason=reason, **p)
        h = event_hash(prev, fields)
        session.add(AuditEvent(id=fields["id"], at=now, actor=actor, action=p["action"], entity=p["entity"],
                               entity_id=p["entity_id"], field=p["field"], old=p["old"], new=p["new"],
                               reason=reason, prev_hash=prev, hash=h))
        prev = h


def verify_chain(session: Session) -> list[str]:
    """Problems in the audit chain (an empty list when every event links and hashes correctly)."""
    from .entities import AuditEvent

    problems: list[str] = []
    prev = GENESIS
    for ev in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        fields = {k: getattr(ev, k) for k in HASHED_FIELDS}
        fields["at"] = ev.at.isoformat()
        if ev.prev_hash != prev:
            problems.append(said("审计记录 #{seq} 与前一条记录不衔接（记录被删除或改动）", seq=ev.seq))
        elif event_hash(prev, fields) != ev.hash:
            problems.append(said("审计记录 #{seq}（{entity}.{field}）内容与其校验值不符（被改动）",
                                 seq=ev.seq, entity=ev.entity, field=ev.field))
        prev = ev.hash
    return problems


def install() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True

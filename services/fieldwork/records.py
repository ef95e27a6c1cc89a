"""现场记录 (field records): 访谈 / 实地勘察 / 资料核查 — when, where, who, notes, recorder.

Evidence gathered during a visit points at its record through ``Evidence.field_record_id``.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select

from models.entities import Evidence, FieldRecord
from models.messages import said
from models.store import Store
from services.core.dates import parse_when
from services.core.errors import EditRefused

KINDS = ("访谈", "实地勘察", "资料核查")


@dataclass
class FieldRecordData:
    id: str | None = None
    kind: str = "访谈"
    happened_at: datetime | None = None
    place: str = ""
    people: str = ""
    notes: str = ""
    recorder: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


RECORD_FIELDS = [f.name for f in fields(FieldRecordData) if f.name != "id"]


def _values(data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        if k not in RECORD_FIELDS:
            continue
        if k == "kind":
            if v not in KINDS:
                raise EditRefused(said("现场记录类型只能是：{KINDS}", KINDS='、'.join(KINDS)))
        elif k == "happened_at":
            v = parse_when(v)
        else:
            v = str(v or "")
            if k in ("place", "recorder") and len(v) > (300 if k == "place" else 100):
                raise EditRefused(said("地点或记录人过长"))
        out[k] = v
    return out


def _data(r: FieldRecord) -> FieldRecordData:
    return FieldRecordData(id=r.id, **{k: getattr(r, k) for k in RECORD_FIELDS})


def list_records(store: Store) -> list[FieldRecordData]:
    with store.read() as s:
        rows = s.execute(select(FieldRecord)).scalars().all()
        out = [_data(r) for r in rows]
    return sorted(out, key=lambda r: (r.happened_at is None, r.happened_at or datetime.min, r.kind, r.place))


def get_record(store: Store, record_id: str) -> FieldRecordData:
    with store.read() as s:
        r = s.get(FieldRecord, record_id)
        if r is None:
            raise EditRefused(said("该现场记录已被删除"))
        return _data(r)


def add_record(store: Store, data: Mapping[str, Any] | None = None) -> FieldRecordData:
    """A new 现场记录 (``data`` may carry ``id`` to put one back)."""
    data = dict(data or {})
    values = _values(data)
    with store.session("新增现场记录") as s:
        r = FieldRecord(**values)
        if data.get("id"):
            r.id = data["id"]
        s.add(r)
        s.flush()
        rid = r.id
    return get_record(store, rid)


def update_record(store: Store, record_id: str, **changes: Any) -> FieldRecordData:
    """Change a record; returns the old values (for undo)."""
    values = _values(changes)
    before = get_record(store, record_id)
    with store.session("修改现场记录") as s:
        r = s.get(FieldRecord, record_id)
        if r is None:
            raise EditRefused(said("该现场记录已被删除"))
        for k, v in values.items():
            setattr(r, k, v)
    return before


def delete_record(store: Store, record_id: str) -> tuple[FieldRecordData, tuple[str, ...]]:
    """Delete a record; its evidence stays (unattached). Returns the record and the evidence ids
    that were attached, for ``restore_record``."""
    before = get_record(store, record_id)
    with store.session("删除现场记录") as s:
        attached = tuple(s.execute(select(Evidence.id).where(Evidence.field_record_id == record_id)).scalars())
        for ev in s.execute(select(Evidence).where(Evidence.field_record_id == record_id)).scalars():
            ev.field_record_id = None
        s.delete(s.get(FieldRecord, record_id))
    return before, attached


def restore_record(store: Store, data: FieldRecordData, evidence_ids: tuple[str, ...] = ()) -> FieldRecordData:
    """Undo of ``delete_record``: the record with its id, and its evidence re-attached."""
    d = data.as_dict()
    with store.session("恢复现场记录") as s:
        if s.get(FieldRecord, d["id"]) is not None:
            raise EditRefused(said("该现场记录已存在，无需恢复"))
        s.add(FieldRecord(id=d["id"], **_values(d)))
        s.flush()
        for ev in s.execute(select(Evidence).where(Evidence.id.in_(evidence_ids))).scalars():
            ev.field_record_id = d["id"]
    return get_record(store, d["id"])

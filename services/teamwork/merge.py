"""Merging team members' copies back into the lead's file (合并副本).

Three-way merge, row by row and field by field, of evaluation files that share one origin:

- Rows are matched by their UUID. The *base* is the lead's file (the output starts as a copy of it);
  each *copy* is a file handed out earlier and worked on elsewhere.
- **Who changed what is read from the audit trail**, not guessed from values. Every event has a UUID;
  an event present in a copy but not in the base is a change made in that copy since it was handed
  out ("theirs"), and an event present in the base but not in the copy is a change made here
  ("ours"). A field counts as changed by a copy when the copy has such events for it *and* its value
  now differs from the base's; it counts as changed here as well when the base's value differs from
  the common ancestor's — the value the copy's first such event replaced (its ``old``). This is what makes merging the same copy twice change nothing: the
  first merge carries the copy's events into the output, so the second finds nothing new — even when
  other copies were merged in between.
- A field changed on one side only is taken. Changed on two sides to different values is a conflict
  with both values, who and when; the base value stays unless the lead chooses otherwise (headless:
  always the base value, and the conflict is listed). Changed to the same value on both sides is not
  a conflict.
- Deletions are explicit: a row deleted in a copy (a delete event) is deleted; deleted on one side
  and modified on the other is a conflict. Rows added in a copy are added.
- Evidence content (blobs) is copied only when the output lacks that SHA-256; it is re-hashed first.
- The result does not depend on the order in which copies are given.

Audit trail of the output (our documented choice): the copies' events that the base lacks are
carried over verbatim (same id, time, actor, old/new value, reason) and **re-chained** after the
base's events in a deterministic order (time, then original sequence, then id), so the output's
hash chain verifies end to end. Where the carried events alone would not explain the merged value
(a conflict kept at the base value, a lead's choice, a deletion that lost), one extra event by the
merging user records the value actually kept, so replaying the trail gives the file's contents.
One ``merge`` event at the end names the copies and counts the changes and conflicts.

The output is built in a temporary file beside it, checked with ``services.teamwork.integrity.verify``, and
moved in with ``os.replace``; the base and any existing output are backed up first.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import sqlite as sqlite_dialect

import models.entities  # noqa: F401 - registers every table with the metadata
from models import anchors, locks
from models.audit import GENESIS, event_hash
from models.base import Base, dumps, new_id, utcnow
from models.errors import FileLockedError
from models.messages import joined, said
from models.readonly import connect_readonly
from models.store import clean_leftovers, connect_current
from services.core.errors import EditRefused
from services.core.filenames import check_target
from services.core.files import atomic_write_text
from services.teamwork import integrity
from services.teamwork.backups import keep_current, make_backup

KEEP_BASE = 0
BASE_SOURCE = "本文件"
DELETED = "（已删除）"

FIELD_NAMES = {
    "inputs": "评分录入", "override_score": "调整后得分", "override_reason": "调整理由", "not_applicable": "不适用",
    "na_reason": "不适用理由", "comment": "评分说明", "status": "状态", "assignee": "负责人", "reviewer": "复核人",
    "reviewed_at": "复核时间", "review_comment": "复核意见", "self_score": "自评分", "score": "得分",
    "title": "问题", "detail": "存在具体问题", "amount": "涉及金额", "cause": "原因分析", "suggestion": "建议",
    "category": "问题类别", "remark": "备注", "name": "名称", "weight": "分值", "max_points": "分值", "full_marks": "满分", "total": "满分", "definition": "指标解释", "key_points": "评价要点", "explanation": "指标解释", "body": "正文", "settings": "设置",
    "description": "说明", "notes": "记录", "position": "顺序", "rater": "专家",
}


class MergeRefused(EditRefused):
    """The merge cannot be done; nothing was written."""


# ── plain data handed to the CLI and the window ─────────────────────────────
@dataclass
class Side:
    source: str  # "本文件" or the copy's file name
    value: str  # for display
    who: str = ""
    when: str = ""


@dataclass
class Conflict:
    key: str  # "table/row id/field" (field "" for a whole row)
    table: str
    row_id: str
    field: str
    kind: str  # "field" | "deleted_there" (a copy deleted it, changed elsewhere) | "deleted_here"
    label: str  # what it is, in words
    base: Side
    copies: list[Side]
    choice: int = KEEP_BASE  # 0 = the base's value, n = copies[n - 1]

    @property
    def field_label(self) -> str:
        return FIELD_NAMES.get(self.field, self.field) if self.field else "整条记录"

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["field_label"] = self.field_label
        d["decision"] = BASE_SOURCE if self.choice == KEEP_BASE else self.copies[self.choice - 1].source
        return d


@dataclass
class Change:
    kind: str  # "insert" | "update" | "delete"
    table: str
    row_id: str
    field: str
    source: str
    label: str = ""


@dataclass
class MergePlan:
    base: Path
    copies: list[Path]
    changes: list[Change]
    conflicts: list[Conflict]
    # internal, for apply(): decided row writes and the per-copy data needed for conflict choices
    _writes: dict = field(default_factory=dict, repr=False)
    _copy_rows: list = field(default_factory=list, repr=False)
    _events: list = field(default_factory=list, repr=False)
    _base_rows: dict = field(default_factory=dict, repr=False)

    @property
    def copy_names(self) -> list[str]:
        return [C.name for C in self._copy_rows] or [p.name for p in self.copies]

    def summary(self) -> str:
        n = {k: sum(1 for c in self.changes if c.kind == k) for k in ("insert", "update", "delete")}
        return (f"新增 {n['insert']} 条、修改 {n['update']} 处、删除 {n['delete']} 条，"
                f"冲突 {len(self.conflicts)} 处")


@dataclass
class MergeResult:
    out: Path
    changes: list[Change]
    conflicts: list[Conflict]
    dropped: list[str]
    events_carried: int
    backups: list[Path]

    def summary(self) -> str:
        n = {k: sum(1 for c in self.changes if c.kind == k) for k in ("insert", "update", "delete")}
        text = (f"新增 {n['insert']} 条、修改 {n['update']} 处、删除 {n['delete']} 条，"
                f"冲突 {len(self.conflicts)} 处，带入修改记录 {self.events_carried} 条")
        if self.dropped:
            text += f"，未能并入 {len(self.dropped)} 条"
        return text


# ── reading a file ──────────────────────────────────────────────────────────
@dataclass
class _File:
    path: Path
    name: str
    rows: dict[str, dict[str, dict[str, Any]]]  # table → id → column → raw value
    events: list[tuple]  # full audit_event rows, in seq order
    event_ids: set[str]
    evaluation_id: str | None


EVENT_COLUMNS = ("seq", "id", "at", "actor", "action", "entity", "entity_id", "field", "old", "new", "reason",
                 "prev_hash", "hash")


def _tables() -> list[str]:
    names = set(integrity.row_tables())
    return [t.name for t in Base.metadata.sorted_tables if t.name in names]


def _columns(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].columns]


def _data_columns(table: str) -> list[str]:
    return [c for c in _columns(table) if c not in ("id", "updated_at", "updated_by")]


_sound: dict[tuple, bool] = {}  # files found sound in this process, by (path, size, mtime) of file and WAL


def _stamp(path: Path) -> tuple:
    out: list = [str(path.resolve())]
    for p in (path, Path(str(path) + "-wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [None, None]
    return tuple(out)


def _read(path: Path) -> _File:
    stamp = _stamp(path)
    problems = [] if _sound.get(stamp) else integrity.verify(path)
    if not problems:
        _sound[stamp] = True
    if problems:
        raise MergeRefused(said("“{name}”未通过完整性校验，不能合并：{problems}", name=path.name, problems=problems[0]))
    con = connect_current(path)  # an older file is read as upgraded (in memory only)
    try:
        rows: dict[str, dict[str, dict[str, Any]]] = {}
        for t in _tables():
            cols = ["id"] + [c for c in _columns(t) if c != "id"]
            rows[t] = {r[0]: dict(zip(cols, r)) for r in con.execute(
                f'SELECT {", ".join(_q(c) for c in cols)} FROM {_q(t)} ORDER BY id')}
            for r in rows[t].values():
                r.pop("id", None)
        events = con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM audit_event ORDER BY seq").fetchall()
    finally:
        con.close()
    ev_ids = {e[1] for e in events}
    evaluation_id = next(iter(rows.get("evaluation", {})), None)
    return _File(path, path.name, rows, events, ev_ids, evaluation_id)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class _Delta:
    """Events of one file that the other lacks, indexed."""

    fields: dict[tuple[str, str, str], tuple]  # (table, id, field) → the last such event
    first: dict[tuple[str, str, str], tuple]  # (table, id, field) → the first such event
    inserts: set[tuple[str, str]]
    deletes: set[tuple[str, str]]
    touched: dict[tuple[str, str], tuple]  # (table, id) → the last update event


def _delta(events: Iterable[tuple], exclude: set[str]) -> _Delta:
    d = _Delta({}, {}, set(), set(), {})
    for e in events:
        if e[1] in exclude:
            continue
        action, entity, eid, fld = e[4], e[5], e[6], e[7]
        if action == "insert":
            d.inserts.add((entity, eid))
        elif action == "delete":
            d.deletes.add((entity, eid))
        elif action == "update":
            d.fields[(entity, eid, fld)] = e
            d.first.setdefault((entity, eid, fld), e)
            d.touched[(entity, eid)] = e
    return d


# ── planning ────────────────────────────────────────────────────────────────
def plan(base: Path | str, copies: Iterable[Path | str]) -> MergePlan:
    """Compare the copies with the base: what would be taken, and what conflicts. Writes nothing."""
    base = Path(base)
    copies = [Path(c) for c in copies]
    if not copies:
        raise MergeRefused(said("请至少选择一个要合并的副本"))
    for c in copies:
        if not c.exists():
            raise MergeRefused(said("找不到副本文件：{c}", c=c))
    O = _read(base)
    Cs = []
    seen: dict[Path, int] = {}
    for c in copies:
        key = c.resolve()
        if key == base.resolve():
            raise MergeRefused(said("“{name}”就是要合并进去的文件本身", name=c.name))
        if key in seen:
            continue  # the same copy named twice: once is enough
        seen[key] = len(Cs)
        f = _read(c)
        if f.evaluation_id != O.evaluation_id:
            raise MergeRefused(said("“{name}”不是同一个评价的副本（评价编号不同），不能合并", name=c.name))
        Cs.append(f)
    names = [C.name for C in Cs]
    for C in Cs:  # copies handed back under the same file name (from different folders) stay apart
        if names.count(C.name) > 1:
            C.name = f"{C.path.name}（{C.path.parent}）"
    theirs = [_delta(C.events, O.event_ids) for C in Cs]
    ours = [_delta(O.events, C.event_ids) for C in Cs]

    p = MergePlan(base, [C.path for C in Cs], [], [])
    writes: dict[tuple[str, str], dict[str, Any] | None] = {}  # row → new full row (None: delete)
    labels = _Labeller(O, Cs)
    for t in _tables():
        ids = set(O.rows[t])
        for C in Cs:
            ids |= set(C.rows[t])
        for rid in sorted(ids):
            _plan_row(p, writes, labels, O, Cs, theirs, ours, t, rid)
    p._writes = writes
    p._copy_rows = Cs
    p._events = _events_to_carry(O, Cs)
    p._base_rows = O.rows
    p.changes.sort(key=lambda c: (_tables().index(c.table), c.row_id, c.field, c.kind))
    p.conflicts.sort(key=lambda c: (_tables().index(c.table), c.row_id, c.field))
    return p


def _who_when(ev: tuple | None, row: Mapping[str, Any] | None) -> tuple[str, str]:
    if ev is not None:
        return ev[3] or "", _when(ev[2])
    if row:
        return row.get("updated_by") or "", _when(row.get("updated_at"))
    return "", ""


def _when(raw: Any) -> str:
    if not raw:
        return ""
    try:
        return datetime.fromisoformat(str(raw)).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return str(raw)


def _show(v: Any) -> str:
    if v is None:
        return "（空）"
    if isinstance(v, bytes):
        return f"（{len(v)} 字节）"
    return str(v)


def _row_text(row: Mapping[str, Any] | None, table: str) -> str:
    if row is None:
        return DELETED
    cols = _data_columns(table)
    return "；".join(f"{FIELD_NAMES.get(c, c)}={_show(row.get(c))}" for c in cols if row.get(c) not in (None, ""))[:300]


def _plan_row(p, writes, labels, O, Cs, theirs, ours, t, rid) -> None:
    key = (t, rid)
    orow = O.rows[t].get(rid)
    cols = _data_columns(t)
    label = labels(t, rid)
    if orow is None:
        # new in one or more copies — or deleted here and still present there
        present = [(i, C) for i, C in enumerate(Cs) if rid in C.rows[t]]
        deleted_here = [i for i, C in present if key in ours[i].deletes]
        if deleted_here:
            changed = [(i, C) for i, C in present if key in theirs[i].touched and key in ours[i].deletes]
            if changed:
                p.conflicts.append(Conflict(
                    f"{t}/{rid}/", t, rid, "", "deleted_here", label,
                    Side(BASE_SOURCE, DELETED, *_who_when(None, None)),
                    [Side(C.name, _row_text(C.rows[t][rid], t), *_who_when(theirs[i].touched[key], C.rows[t][rid]))
                     for i, C in changed]))
            return
        # added in a copy (an insert event the base lacks); a row without one was there when the copy
        # was handed out and has gone here since (e.g. with the row it belonged to)
        present = [(i, C) for i, C in present if key in theirs[i].inserts]
        if not present:
            return
        versions = sorted((dumps({c: C.rows[t][rid].get(c) for c in _columns(t) if c != "id"}), i)
                          for i, C in present)
        chosen = Cs[versions[-1][1]]
        writes[key] = dict(chosen.rows[t][rid])
        p.changes.append(Change("insert", t, rid, "", chosen.name, label))
        return
    # present in the base
    deleting = [i for i, C in enumerate(Cs) if rid not in C.rows[t] and key in theirs[i].deletes]
    field_changes: dict[str, dict[Any, list[int]]] = {}
    forced: set[str] = set()
    for i, C in enumerate(Cs):
        crow = C.rows[t].get(rid)
        if crow is None:
            continue
        for c in cols:
            if crow.get(c) == orow.get(c):
                continue
            first = theirs[i].first.get((t, rid, c))
            if first is None:
                continue  # not changed there (changed here, or by the database, e.g. SET NULL): ours stands
            field_changes.setdefault(c, {}).setdefault(_hashable(crow.get(c)), []).append(i)
            # the common ancestor's value is what the copy's first change of the field replaced
            if _changed_since(t, c, orow.get(c), first[8]):
                forced.add(c)
    modified_here = [i for i in deleting if key in ours[i].touched]
    if deleting and (field_changes or modified_here):
        modifiers = sorted({i for vals in field_changes.values() for idx in vals.values() for i in idx})
        sides = [Side(Cs[i].name, DELETED, *_who_when(None, None)) for i in deleting]
        sides += [Side(Cs[i].name, _row_text(Cs[i].rows[t][rid], t),
                       *_who_when(theirs[i].touched.get(key), Cs[i].rows[t][rid])) for i in modifiers]
        p.conflicts.append(Conflict(f"{t}/{rid}/", t, rid, "", "deleted_there", label,
                                    Side(BASE_SOURCE, _row_text(orow, t), *_who_when(None, orow)), sides))
        return
    if deleting:
        writes[key] = None
        p.changes.append(Change("delete", t, rid, "", Cs[deleting[0]].name, label))
        return
    new_row = None
    for c in sorted(field_changes):
        values = field_changes[c]
        if len(values) == 1 and c not in forced:
            (value, idx), = values.items()
            new_row = new_row or dict(orow)
            new_row[c] = _unhashable(value)
            stamp = max((Cs[i].rows[t][rid].get("updated_at") or "", Cs[i].rows[t][rid].get("updated_by") or "")
                        for i in idx)
            if (stamp[0] or "") >= str(new_row.get("updated_at") or ""):
                new_row["updated_at"], new_row["updated_by"] = stamp
            p.changes.append(Change("update", t, rid, c, "、".join(Cs[i].name for i in sorted(idx)), label))
            continue
        base_ev = None
        for i in range(len(Cs)):
            base_ev = ours[i].fields.get((t, rid, c)) or base_ev
        sides = []
        for value, idx in sorted(values.items(), key=lambda kv: min(kv[1])):
            for i in sorted(idx):
                sides.append(Side(Cs[i].name, _show(_unhashable(value)),
                                  *_who_when(theirs[i].fields.get((t, rid, c)), Cs[i].rows[t][rid])))
        p.conflicts.append(Conflict(f"{t}/{rid}/{c}", t, rid, c, "field", label,
                                    Side(BASE_SOURCE, _show(orow.get(c)), *_who_when(base_ev, orow)), sides))
    if new_row is not None:
        writes[key] = new_row


_DIALECT = sqlite_dialect.dialect()


def _changed_since(table: str, column: str, raw: Any, ancestor_stored: str | None) -> bool:
    """Whether a raw column value differs from an audit event's stored value (the ancestor's)."""
    col = Base.metadata.tables[table].c[column]
    proc = col.type.result_processor(_DIALECT, None)
    try:
        typed = proc(raw) if proc is not None and raw is not None else raw
    except (TypeError, ValueError):
        return True
    return not integrity._same(col, integrity.canonical(typed), integrity.canonical_from_event(col, ancestor_stored))


def _hashable(v: Any) -> Any:
    return ("__bytes__", bytes(v)) if isinstance(v, (bytes, bytearray, memoryview)) else v


def _unhashable(v: Any) -> Any:
    return v[1] if isinstance(v, tuple) and len(v) == 2 and v[0] == "__bytes__" else v


class _Labeller:
    """What a row is, in the evaluator's words (指标 2.1.3 资金到位率 …)."""

    def __init__(self, O: _File, Cs: list[_File]):
        self.files = [O, *Cs]

    def _row(self, table: str, rid: str | None) -> dict | None:
        for f in self.files:
            r = f.rows.get(table, {}).get(rid) if rid else None
            if r is not None:
                return r
        return None

    def __call__(self, table: str, rid: str) -> str:
        row = self._row(table, rid) or {}
        name = integrity.ENTITY_NAMES.get(table, table)
        if table == "indicator":
            return f"指标 {row.get('code', '')} {row.get('name', '')}".strip()
        if table in ("assessment", "rater_score"):
            ind = self._row("indicator", row.get("indicator_id")) or {}
            extra = f"（{row.get('rater')}）" if table == "rater_score" else ""
            return f"{name}：指标 {ind.get('code', '')} {ind.get('name', '')}{extra}".strip()
        for key in ("title", "name", "filename", "stage", "area", "key"):
            if row.get(key):
                return f"{name}：{row[key]}"
        return f"{name} {rid[:8]}"


def _events_to_carry(O: _File, Cs: list[_File]) -> list[tuple]:
    found: dict[str, tuple] = {}
    for C in Cs:
        for e in C.events:
            if e[1] in O.event_ids:
                continue
            prev = found.get(e[1])
            if prev is None or e[0] < prev[0]:
                found[e[1]] = e
    return sorted(found.values(), key=lambda e: (str(e[2]), e[0], e[1]))


# ── applying ────────────────────────────────────────────────────────────────
def apply(p: MergePlan, out: Path | str, actor: str = "",
          progress: Callable[[int, str], None] | None = None) -> MergeResult:
    """Write the merge of ``p`` (with each conflict's ``choice``) to ``out``.

    ``out`` may be the base itself. The base, and ``out`` if it exists, are backed up first; the
    result is built in a temporary file, verified, and moved in with ``os.replace``.
    """
    out = check_target(out)
    say = progress or (lambda _p, _t="": None)
    Cs: list[_File] = p._copy_rows
    writes = dict(p._writes)
    changes = list(p.changes)
    reasons: dict[tuple[str, str, str], str] = {}
    for c in p.conflicts:
        if not 0 <= c.choice <= len(c.copies):
            raise MergeRefused(said("冲突“{label}”的选择无效", label=c.label))
        _apply_choice(c, writes, changes, reasons, Cs, p._base_rows)
    say(10, "复制本文件")
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(out)  # what a merge killed earlier left behind
    try:
        locks.acquire(out, actor=actor)  # nobody may have the output open while it is replaced
    except FileLockedError as exc:
        raise MergeRefused(said("不能合并到“{name}”：{exc}请先在那里关闭文件。", name=out.name, exc=exc)) from exc
    try:
        return _apply_locked(p, out, actor, say, Cs, writes, changes, reasons)
    except (sqlite3.Error, OSError) as exc:
        if _disk_full(exc):
            raise MergeRefused(said("输出位置“{parent}”磁盘已满，未写出合并结果（原文件未改动）。", parent=out.parent)) from exc
        raise
    finally:
        locks.release(out)


def _disk_full(exc: BaseException) -> bool:
    return getattr(exc, "errno", None) == 28 or "full" in str(exc).lower()


def _apply_locked(p: MergePlan, out: Path, actor: str, say, Cs, writes, changes, reasons) -> MergeResult:
    tmp = out.with_name(f".{out.name}.merge-{os.getpid()}.tmp")
    _remove_db(tmp)
    backups: list[Path] = []
    try:
        _copy_with_backup_api(p.base, tmp)
        say(30, "写入合并结果")
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            dropped = _write_rows(con, writes, Cs)
            carried = _carry_events(con, p._events)
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        say(60, "核对修改记录")
        recon = _reconcile(tmp, actor, reasons, p, changes, carried, dropped)
        say(80, "校验合并结果")
        problems = integrity.verify(tmp)
        if problems:
            raise MergeRefused(said("合并结果未通过校验，未写出任何文件：{problems}", problems=joined(problems[:3], "；")))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        say(90, "备份并写出")
        backups.append(make_backup(p.base, "before-merge"))
        if out.exists() and out.resolve() != p.base.resolve():
            saved = keep_current(out, "before-merge")
            if saved:
                backups.append(saved)
        for side in (Path(str(out) + "-wal"), Path(str(out) + "-shm")):
            side.unlink(missing_ok=True)
        os.replace(tmp, out)
        anchors.restart(out, anchors.head_of_file(out), said("合并"))  # the base's chain is kept, the rest re-chained
    finally:
        _remove_db(tmp)
    say(100, "完成")
    return MergeResult(out, changes, p.conflicts, dropped, carried + recon, backups)


def _remove_db(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")):
        p.unlink(missing_ok=True)


def _copy_with_backup_api(src: Path, dst: Path) -> None:
    s = connect_current(src)  # the result is written at the current schema
    try:
        d = sqlite3.connect(dst)
        try:
            s.backup(d)
        finally:
            d.close()
    finally:
        s.close()


def _apply_choice(c: Conflict, writes, changes, reasons, Cs: list[_File], base_rows) -> None:
    key = (c.table, c.row_id)
    if c.choice == KEEP_BASE:
        reasons[(c.table, c.row_id, c.field)] = "合并副本：冲突，保留本文件的值"
        return
    side = c.copies[c.choice - 1]
    C = next(f for f in Cs if f.name == side.source)
    crow = C.rows[c.table].get(c.row_id)
    reasons[(c.table, c.row_id, c.field)] = f"合并副本：冲突，采用“{side.source}”的值"
    if c.kind == "field":
        row = writes.get(key)
        if row is None:
            row = dict(base_rows[c.table][c.row_id])
        row[c.field] = crow.get(c.field)
        row["updated_at"], row["updated_by"] = crow.get("updated_at"), crow.get("updated_by")
        writes[key] = row
        changes.append(Change("update", c.table, c.row_id, c.field, side.source, c.label))
    elif side.value == DELETED or crow is None:
        writes[key] = None
        changes.append(Change("delete", c.table, c.row_id, "", side.source, c.label))
    else:
        writes[key] = dict(crow)
        changes.append(Change("insert" if c.kind == "deleted_here" else "update", c.table, c.row_id, "",
                              side.source, c.label))


def _write_rows(con: sqlite3.Connection, writes, Cs: list[_File]) -> list[str]:
    """Deletes (children first), then inserts and updates (parents first), in one transaction."""
    dropped: list[str] = []
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute("PRAGMA defer_foreign_keys=ON")
        order = _tables()
        for t in reversed(order):
            for (tt, rid), row in sorted(writes.items()):
                if tt == t and row is None:
                    con.execute(f"DELETE FROM {_q(t)} WHERE id = ?", (rid,))
        for t in order:
            cols = _columns(t)
            for (tt, rid), row in sorted(writes.items()):
                if tt != t or row is None:
                    continue
                values = [rid if c == "id" else row.get(c) for c in cols]
                exists = con.execute(f"SELECT 1 FROM {_q(t)} WHERE id = ?", (rid,)).fetchone()
                try:
                    if exists:
                        con.execute(f"UPDATE {_q(t)} SET {', '.join(f'{_q(c)} = ?' for c in cols if c != 'id')} "
                                    "WHERE id = ?", [v for c, v in zip(cols, values) if c != "id"] + [rid])
                    else:
                        con.execute(f"INSERT INTO {_q(t)} ({', '.join(_q(c) for c in cols)}) "
                                    f"VALUES ({', '.join('?' for _ in cols)})", values)
                except sqlite3.IntegrityError:
                    dropped.append(f"{integrity.ENTITY_NAMES.get(t, t)} {rid[:8]}：与本文件中已有的记录重复，未并入")
        _copy_blobs(con, Cs)
        for _ in range(20):  # a row whose parent was deleted elsewhere cannot stay
            bad = con.execute("PRAGMA foreign_key_check").fetchall()
            if not bad:
                break
            for table, rowid, parent, _fk in bad:
                rid = con.execute(f"SELECT id FROM {_q(table)} WHERE rowid = ?", (rowid,)).fetchone()
                con.execute(f"DELETE FROM {_q(table)} WHERE rowid = ?", (rowid,))
                dropped.append(f"{integrity.ENTITY_NAMES.get(table, table)} {(rid[0] if rid else '')[:8]}："
                               f"所属的{integrity.ENTITY_NAMES.get(parent, parent)}已被删除，未并入")
        con.execute("DELETE FROM blob WHERE sha256 NOT IN (SELECT sha256 FROM evidence)")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return sorted(set(dropped))


def _copy_blobs(con: sqlite3.Connection, Cs: list[_File]) -> None:
    missing = [r[0] for r in con.execute(
        "SELECT DISTINCT e.sha256 FROM evidence e LEFT JOIN blob b ON b.sha256 = e.sha256 "
        "WHERE b.sha256 IS NULL ORDER BY e.sha256")]
    for sha in missing:
        for C in Cs:
            src = connect_readonly(C.path)
            try:
                row = src.execute("SELECT size, data FROM blob WHERE sha256 = ?", (sha,)).fetchone()
            finally:
                src.close()
            if row is None:
                continue
            data = bytes(row[1])
            if hashlib.sha256(data).hexdigest() != sha:
                raise MergeRefused(said("副本“{name}”中的证据文件 {sha}… 内容与校验值不符，不能合并", name=C.name, sha=sha[:12]))
            con.execute("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?)", (sha, len(data), data))
            break


def _last_hash(con: sqlite3.Connection) -> str:
    row = con.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def _insert_event(con: sqlite3.Connection, prev: str, ev_id: str, at_raw: str, actor: str, action: str,
                  entity: str, entity_id: str, fld: str, old, new, reason: str) -> str:
    at_iso = datetime.fromisoformat(str(at_raw)).isoformat()
    fields = dict(id=ev_id, at=at_iso, actor=actor or "", action=action, entity=entity, entity_id=entity_id,
                  field=fld or "", old=old, new=new, reason=reason or "")
    h = event_hash(prev, fields)
    con.execute("INSERT INTO audit_event (id, at, actor, action, entity, entity_id, field, old, new, reason, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ev_id, at_raw, actor or "", action, entity, entity_id, fld or "", old, new, reason or "", prev, h))
    return h


def _carry_events(con: sqlite3.Connection, events: list[tuple]) -> int:
    con.execute("BEGIN IMMEDIATE")
    try:
        prev = _last_hash(con)
        for e in events:
            _seq, ev_id, at, actor, action, entity, eid, fld, old, new, reason, _p, _h = e
            prev = _insert_event(con, prev, ev_id, at, actor, action, entity, eid, fld, old, new, reason)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(events)


def _now_raw() -> str:
    return utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")


def _reconcile(tmp: Path, actor: str, reasons, p: MergePlan, changes, carried: int, dropped) -> int:
    """Events by the merging user for every value the carried events alone do not explain, one for
    every decision on a field conflict, then one ``merge`` event."""
    from sqlalchemy import select

    from models.audit import _value, row_dict

    tables = Base.metadata.tables
    classes = integrity.row_tables()
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        pending: list[tuple] = []  # (action, entity, id, field, old, new, reason)
        # read everything first: the ORM session must not share the writing transaction
        with integrity.orm_session(con) as s:
            mismatches = integrity.replay_mismatches(s)
            for m in mismatches:
                reason = reasons.get((m.entity, m.entity_id, m.field), "合并副本：合并结果")
                if m.kind == "value":
                    col = tables[m.entity].c[m.field]
                    pending.append(("update", m.entity, m.entity_id, m.field,
                                    integrity.stored_from_canonical(col, m.expected),
                                    integrity.stored_from_canonical(col, m.current), reason))
                elif m.kind == "unrecorded":
                    cls = classes[m.entity]
                    obj = s.execute(select(cls).where(cls.id == m.entity_id)).scalar_one()
                    pending.append(("insert", m.entity, m.entity_id, "", None, dumps(row_dict(obj)), reason))
                else:
                    pending.append(("delete", m.entity, m.entity_id, "", None, None, reason))
            covered = {(m.entity, m.entity_id, m.field) for m in mismatches}
            for c in p.conflicts:  # every decision on a field conflict is on the record
                if c.kind != "field" or (c.table, c.row_id, c.field) in covered:
                    continue
                cls = classes[c.table]
                obj = s.execute(select(cls).where(cls.id == c.row_id)).scalar_one_or_none()
                value = None if obj is None else _value(getattr(obj, c.field))
                pending.append(("update", c.table, c.row_id, c.field, value, value,
                                reasons[(c.table, c.row_id, c.field)]))
        if carried or pending or changes:
            evaluation_id = con.execute("SELECT id FROM evaluation LIMIT 1").fetchone()[0]
            summary = {"copies": p.copy_names, "inserted": sum(1 for c in changes if c.kind == "insert"),
                       "updated": sum(1 for c in changes if c.kind == "update"),
                       "deleted": sum(1 for c in changes if c.kind == "delete"),
                       "conflicts": [{"key": c.key, "label": c.label, "field": c.field,
                                      "decision": BASE_SOURCE if c.choice == KEEP_BASE else c.copies[c.choice - 1].source}
                                     for c in p.conflicts],
                       "dropped": dropped}
            pending.append(("merge", "evaluation", evaluation_id, "", None, dumps(summary),
                            "合并副本：" + "、".join(p.copy_names)))
        con.execute("BEGIN IMMEDIATE")
        try:
            prev = _last_hash(con)
            now = _now_raw()
            for action, entity, eid, fld, old, new, reason in pending:
                prev = _insert_event(con, prev, new_id(), now, actor, action, entity, eid, fld, old, new, reason)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return len(pending)


# ── one call for the CLI ────────────────────────────────────────────────────
def merge(base: Path | str, copies: Iterable[Path | str], out: Path | str, actor: str = "",
          choices: Mapping[str, int] | None = None,
          progress: Callable[[int, str], None] | None = None) -> MergeResult:
    """Plan and apply in one go. ``choices`` maps a conflict key to its choice (default: base)."""
    p = plan(base, copies)
    for c in p.conflicts:
        if choices and c.key in choices:
            c.choice = int(choices[c.key])
    return apply(p, out, actor=actor, progress=progress)


def write_conflicts(conflicts: list[Conflict], path: Path | str) -> None:
    """The conflicts as JSON (for the headless merge's ``--conflicts``), written atomically."""
    path = check_target(path)
    atomic_write_text(path, json.dumps([c.to_json() for c in conflicts], ensure_ascii=False, indent=2))

"""Is this evaluation file sound? (完整性校验)

``verify(path)`` reads a file without changing a byte of it and lists, in words for the evaluator,
everything wrong with it:

- not a FieldEval file, or cut short (truncated: the size the SQLite header promises is missing);
- SQLite's own ``PRAGMA integrity_check`` and ``foreign_key_check``;
- evidence blobs whose content no longer matches their SHA-256 (and evidence without its blob);
- the audit chain (``models.audit.verify_chain``): an event removed or edited;
- rows edited behind the application's back: replaying the audit trail gives, for every row and
  field, the value the application last wrote; a current value that differs was written by
  something else (e.g. a raw ``sqlite3`` UPDATE), which the chain alone cannot see.

``newest_good_backup(path)`` finds the most recent backup of a file that passes all of it, so the
window can offer it when a damaged file is opened.

Every problem is said (models/messages.py): ``str()`` of it is the Chinese the command line, the log and
the printed documents read, and the window shows it in its own language (ui/i18n.py ``message_text``).
The kinds of record are words of a closed vocabulary (``ENTITY_NAMES``, shown translated).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import struct
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from models import audit
from models.base import Base, dumps
from models.entities import AuditEvent
from models.messages import LINE_BREAK, RUN_ON, Said, joined, said, word
from models.readonly import APPLICATION_ID, SQLITE_HEADER, connect_readonly, truncation
from models.store import (
    connect_current,
    head_revision,
    known_revisions,
    list_backups,
)

#: shown in place of a long list
MAX_PROBLEMS = 50


# ── connections that never write ────────────────────────────────────────────
class _Borrowed:
    """A caller's sqlite3 connection lent to SQLAlchemy: closing it is the caller's business."""

    def __init__(self, con: sqlite3.Connection):
        self._con = con

    def close(self) -> None:
        pass

    def __getattr__(self, name: str):
        return getattr(self._con, name)


_lent = threading.local()
_engine = None


def _shared_engine():
    """One engine for every borrowed connection, so statements are compiled once per process."""
    global _engine
    if _engine is None:
        _engine = create_engine("sqlite://", creator=lambda: _Borrowed(_lent.con), poolclass=NullPool)
    return _engine


@contextlib.contextmanager
def orm_session(con: sqlite3.Connection) -> Iterator[Session]:
    """An ORM session over an existing sqlite3 connection (for reading)."""
    _lent.con = con
    try:
        bound = _shared_engine().connect()
    finally:
        _lent.con = None
    s = Session(bind=bound)
    s.info["no_audit"] = True
    try:
        yield s
    finally:
        s.close()
        bound.close()


# ── header ──────────────────────────────────────────────────────────────────
def header_problems(path: Path) -> list[Said]:
    """Problems visible from the file's first 100 bytes and its size."""
    path = Path(path)
    if not path.exists():
        return [said("找不到文件：{path}", path=str(path))]
    if path.is_dir():
        return [said("“{name}”是文件夹，不是评价文件", name=path.name)]
    size = path.stat().st_size
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        if size == 0:
            return [said("“{name}”是空文件（0 字节），不是评价文件", name=path.name)]
        return [said("“{name}”不是 FieldEval 评价文件（文件格式无法识别，可能已严重损坏）", name=path.name)]
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        return [said("“{name}”是 SQLite 数据库，但不是 FieldEval 评价文件（或文件头已损坏）", name=path.name)]
    truncated = truncation(path, header)  # a page size no SQLite file has, or fewer bytes than the header promises
    return [truncated] if isinstance(truncated, Said) else []


# ── the audit trail replayed ────────────────────────────────────────────────
@dataclass
class Mismatch:
    """A row or field whose current value is not the one the audit trail says was last written."""

    entity: str
    entity_id: str
    field: str  # "" for a whole row
    kind: str  # "value" | "missing" | "unrecorded"
    expected: str | None  # canonical (JSON) form
    current: str | None

    def message(self) -> Said:
        entity, rid = entity_word(self.entity), self.entity_id[:8]
        if self.kind == "missing":
            return said("{entity}记录 {id} 被删除，但审计轨迹中没有删除记录（文件在程序之外被改动）", entity=entity, id=rid)
        if self.kind == "unrecorded":
            return said("{entity}记录 {id} 不是由本程序写入的（审计轨迹中没有它的新增记录）", entity=entity, id=rid)
        return said("{entity}记录 {id} 的字段“{field}”在程序之外被改动：审计轨迹中最后的值为 {expected}，现在为 {current}",
                    entity=entity, id=rid, field=self.field, expected=_short(self.expected), current=_short(self.current))


ENTITY_NAMES = {
    "evaluation": "评价项目", "evaluator": "评价组成员", "indicator": "指标", "assessment": "评分",
    "rater_score": "专家评分", "finding": "问题", "finding_indicator": "问题与指标的关联", "evidence": "证据",
    "evidence_link": "证据关联", "field_record": "现场记录", "performance_target": "绩效目标",
    "fund_line": "资金", "survey": "满意度调查", "survey_response": "问卷", "report_section": "报告章节",
    "summary_row": "简要情况表", "sign_off": "签署",
}
SKIP_COLUMNS = ("updated_at", "updated_by")


def entity_word(table: str) -> Any:
    """The kind of record a table holds, as a word the window shows in its language (the table's own
    name when it has none)."""
    return word(ENTITY_NAMES.get(table, table))


def _short(v: str | None) -> str:
    if v is None:
        return said("（空）")
    try:
        decoded = json.loads(v)
        v = decoded if isinstance(decoded, str) else v
    except ValueError:
        pass
    v = v if len(v) <= 40 else v[:37] + "…"
    return f"“{v}”"


def row_tables() -> dict[str, Any]:
    """Table name → mapped class, for every table whose rows carry a UUID (merge- and audit-able)."""
    out = {}
    for m in Base.registry.mappers:
        cls = m.class_
        table = m.local_table
        if "id" in table.c and "updated_at" in table.c:
            out[table.name] = cls
    return out


def is_text_column(col) -> bool:
    return isinstance(col.type, String)


def canonical(value: Any) -> str | None:
    return None if value is None else dumps(value)


def canonical_from_event(col, stored: str | None) -> str | None:
    """An update event's old/new (``models.audit._value`` form) in canonical form."""
    if stored is None:
        return None
    return dumps(stored) if is_text_column(col) else stored


def stored_from_canonical(col, canon: str | None) -> str | None:
    """The inverse: how ``models.audit`` stores a value in an event's old/new."""
    if canon is None:
        return None
    return json.loads(canon) if is_text_column(col) else canon


def _default(col) -> Any:
    d = col.default
    if d is None:
        return None
    if getattr(d, "is_callable", False):
        try:
            return d.arg(None)
        except TypeError:
            return None
    return getattr(d, "arg", None)


@dataclass
class Replay:
    """The audit trail replayed: each row's values as last written, and when (event sequence)."""

    state: dict[tuple[str, str], dict[str, str | None] | None]
    last_write: dict[tuple, int]  # (entity, id) and (entity, id, field) → seq of the last write
    deletions: dict[tuple[str, str], list[int]]  # (entity, id) → seqs of its delete events


def replay_trail(session: Session) -> Replay:
    tables = {name: cls.__table__ for name, cls in row_tables().items()}
    r = Replay({}, {}, {})
    q = select(AuditEvent.seq, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.field,
               AuditEvent.new).order_by(AuditEvent.seq)
    for seq, action, entity, eid, field, new in session.execute(q):
        table = tables.get(entity)
        if table is None:
            continue
        key = (entity, eid)
        if action == "insert":
            try:
                values = json.loads(new) if new else {}
            except ValueError:
                values = {}
            row: dict[str, str | None] = {}
            for col in table.columns:
                if col.name in SKIP_COLUMNS or col.name not in values:
                    continue
                v = values[col.name]
                if v is None:
                    v = _default(col)
                row[col.name] = canonical(v)
                r.last_write[(entity, eid, col.name)] = seq
            r.state[key] = row
            r.last_write[key] = seq
        elif action == "update":
            if field in table.c and field not in SKIP_COLUMNS:
                row = r.state.get(key)
                if row is None:
                    row = r.state[key] = {}
                row[field] = canonical_from_event(table.c[field], new)
                r.last_write[key] = r.last_write[(entity, eid, field)] = seq
        elif action == "delete":
            r.state[key] = None
            r.last_write[key] = seq
            r.deletions.setdefault(key, []).append(seq)
    return r


def _same(col, a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    if a is None or b is None:
        return False
    try:  # Decimals compare by value ("4.40" is 4.4)
        from decimal import Decimal

        return Decimal(json.loads(a)) == Decimal(json.loads(b))
    except Exception:  # noqa: BLE001 - not numbers: they differ
        return False


def replay_mismatches(session: Session) -> list[Mismatch]:
    """Every row/field whose current value differs from what the audit trail says was written.

    The database itself changes rows without the program writing them in one case: a foreign key's
    ``ON DELETE CASCADE`` / ``SET NULL``. A row gone (or a reference emptied) is therefore accepted
    when the row it pointed to was deleted after the row was last written.
    """
    classes = row_tables()
    trail = replay_trail(session)
    state = trail.state
    current: dict[tuple[str, str], dict[str, str | None]] = {}
    for name, cls in classes.items():
        table = cls.__table__
        cols = [c for c in table.columns if c.name not in SKIP_COLUMNS]
        for obj in session.execute(select(cls)).scalars():
            current[(name, obj.id)] = {c.name: canonical(getattr(obj, c.key)) for c in cols}
    out: list[Mismatch] = []
    for key in sorted(set(state) | set(current)):
        entity, eid = key
        table = classes[entity].__table__
        want = state.get(key, "absent")
        have = current.get(key)
        if want == "absent":
            if state:  # a file with a trail: every row the program wrote has an insert event
                out.append(Mismatch(entity, eid, "", "unrecorded", None, None))
            continue
        if want is None:
            if have is not None:
                out.append(Mismatch(entity, eid, "", "unrecorded", None, None))
            continue
        if have is None:
            if not _parent_deleted_after(table, want, trail.last_write.get(key, 0), trail, "CASCADE"):
                out.append(Mismatch(entity, eid, "", "missing", None, None))
            continue
        for field, value in want.items():
            col = table.c[field]
            if _same(col, value, have.get(field)):
                continue
            if have.get(field) is None and _parent_deleted_after(
                    table, {field: value}, trail.last_write.get((entity, eid, field), 0), trail, "SET NULL"):
                continue
            out.append(Mismatch(entity, eid, field, "value", value, have.get(field)))
    return out


def _parent_deleted_after(table, want: dict[str, str | None], since: int, trail: Replay, rule: str) -> bool:
    """Whether a row this one referenced (through an FK with ``rule``) was deleted after ``since``."""
    for col in table.columns:
        if col.name not in want or want[col.name] is None:
            continue
        for fk in col.foreign_keys:
            if (fk.ondelete or "").upper() != rule or fk.column.name != "id":
                continue
            try:
                ref = json.loads(want[col.name])
            except ValueError:
                continue
            if any(seq > since for seq in trail.deletions.get((fk.column.table.name, ref), ())):
                return True
    return False


# ── the whole check ─────────────────────────────────────────────────────────
def verify(path: Path | str) -> list[Said]:
    """Everything wrong with an evaluation file, in words; an empty list means it is sound.

    Reads only: the file (and its WAL) are left exactly as they were.
    """
    path = Path(path)
    problems = header_problems(path)
    if problems:
        return problems
    try:
        con = connect_readonly(path)
    except sqlite3.DatabaseError as exc:
        return [said("“{name}”已损坏，无法打开（{error}）", name=path.name, error=str(exc))]
    try:
        return _verify_open(path, con)
    except sqlite3.DatabaseError as exc:
        return [said("“{name}”已损坏，读取时出错（{error}）", name=path.name, error=str(exc))]
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy wraps sqlite errors; any failure = damaged
        orig = getattr(exc, "orig", None) or exc
        return [said("“{name}”已损坏，读取时出错（{error}）", name=path.name, error=str(orig))]
    finally:
        con.close()


def _verify_open(path: Path, con: sqlite3.Connection) -> list[Said]:
    rows = [r[0] for r in con.execute("PRAGMA integrity_check(100)").fetchall()]
    if rows != ["ok"]:
        return [said("数据库结构损坏：{detail}", detail=r) for r in rows[:MAX_PROBLEMS]]
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        return [said("“{name}”缺少版本信息，不是完整的 FieldEval 评价文件", name=path.name)]
    rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
    if rev is None or rev[0] not in known_revisions():
        return [said("“{name}”的数据结构版本（{revision}）不是本程序认识的版本", name=path.name,
                     revision=rev[0] if rev else said("无"))]
    if rev[0] != head_revision():  # an older file: check it as upgraded (in memory; the file stays)
        current = connect_current(path)
        try:
            return _verify_current(path, current)
        finally:
            current.close()
    return _verify_current(path, con)


def _verify_current(path: Path, con: sqlite3.Connection) -> list[Said]:
    problems: list[Said] = []
    for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check").fetchall()[:MAX_PROBLEMS]:
        problems.append(said("{table}表第 {row} 行引用的{parent}记录不存在",
                             table=entity_word(table), row=rowid, parent=entity_word(parent)))
    problems += blob_problems(con)
    with orm_session(con) as s:
        problems += audit.verify_chain(s)[:MAX_PROBLEMS]
        problems += anchor_problems(path, s)
        problems += [m.message() for m in replay_mismatches(s)[:MAX_PROBLEMS]]
    return problems


# ── anchors ─────────────────────────────────────────────────────────────────
def _chain(session: Session) -> dict[int, str]:
    return dict(session.execute(select(AuditEvent.seq, AuditEvent.hash)).all())


def anchor_problems(path: Path, session: Session) -> list[Said]:
    """The file checked against every anchor known: its sign-offs (and their signatures) and the
    anchors this profile recorded for its path. An anchor whose event is gone or has another hash
    means the trail was cut short, reverted to an older copy, or rewritten."""
    from models import anchors
    from models.entities import SignOff
    from services.teamwork import signing

    chain = _chain(session)
    problems: list[Said] = []
    if not chain and any(session.execute(select(cls).limit(1)).first() for cls in row_tables().values()):
        problems.append(said("审计轨迹为空，但文件中有数据：审计轨迹被整体删除"))
    for so in session.execute(select(SignOff).order_by(SignOff.signed_at)).scalars():
        label = said("“{stage}”的签署（{signer}，{time}）", stage=word(so.stage), signer=so.signer,
                     time=f"{so.signed_at:%Y-%m-%d %H:%M}")
        if so.signature and so.public_key and not signing.verify(signing.signed_fields(so), so.signature, so.public_key):
            problems.append(said("{sign_off}的签名不符：签署记录或其锚点被改动", sign_off=label))
        if so.anchor_seq and chain.get(so.anchor_seq) != so.anchor_hash:
            problems.append(said("{sign_off}锚定的审计记录 #{seq} 已不在文件中或被改写：审计轨迹被截断、回退或重写",
                                 sign_off=label, seq=so.anchor_seq))
    broken = [a for a in anchors.known(path) if chain.get(a.seq) != a.hash]
    if broken:
        a = broken[0]
        more = said("（共 {count} 个锚点不符）", count=len(broken)) if len(broken) > 1 else ""
        problems.append(said("本机记录的审计轨迹锚点 #{seq}（{what}，{at}）在文件中已不存在或被改写："
                             "文件在此之后被截断、回退到较早的副本或被改写{more}",
                             seq=a.seq, what=a.what, at=a.at.replace("T", " "), more=more))
    return problems


def anchor_summary(path: Path | str) -> list[Said]:
    """What ``verify`` checked the file against, and what it cannot know (lines for the evaluator)."""
    from models import anchors
    from models.entities import SignOff
    from services.teamwork import signing

    path = Path(path)
    con = connect_current(path)
    try:
        with orm_session(con) as s:
            chain = _chain(s)
            sign_offs = list(s.execute(select(SignOff).order_by(SignOff.signed_at)).scalars())
    finally:
        con.close()
    known = anchors.known(path)
    signed = [so for so in sign_offs if so.anchor_seq]
    head = max(chain) if chain else 0
    newest = max([a.seq for a in known] + [so.anchor_seq or 0 for so in signed] + [0])
    lines = [said("已核对：审计轨迹 {events} 条，签署锚点 {signed} 个，本机记录的锚点 {known} 个。",
                  events=len(chain), signed=len(signed), known=len(known))]
    for so in signed:
        if so.public_key:
            whose = (said("本机的签名密钥") if signing.is_mine(so.public_key)
                     else said("其他人的密钥，请与工作底稿上打印的公钥核对"))
            lines.append(said("“{stage}”由 {signer} 签署，公钥 {fingerprint}（{whose}）。", stage=word(so.stage),
                              signer=so.signer, fingerprint=signing.fingerprint(so.public_key), whose=whose))
    unknown = [said("无法得知：")]
    if newest < head:
        unknown.append(said("最新锚点（#{newest}）之后的 {count} 条审计记录是否都由评价组写入（它们自身连贯，"
                            "但改写文件的人也能这样追加）；", newest=newest, count=head - newest))
    if not known:
        unknown.append(said("本机没有这个文件的锚点（文件来自别处，或在别的电脑上编辑），截断或回退只能由签署锚点发现；"))
    unknown.append(said("签署的公钥是否属于签署人本人（只能与打印件上的公钥指纹核对）。"))
    return lines + [joined(unknown, RUN_ON)]


def blob_problems(con: sqlite3.Connection) -> list[Said]:
    problems = []
    for sha, size, data in con.execute("SELECT sha256, size, data FROM blob ORDER BY sha256"):
        data = bytes(data or b"")
        if hashlib.sha256(data).hexdigest() != sha:
            problems.append(said("证据文件 {sha}… 的内容与其 SHA-256 校验值不符（已损坏或被改动）", sha=sha[:12]))
        elif size != len(data):
            problems.append(said("证据文件 {sha}… 记录的大小 {recorded} 与实际 {actual} 字节不符",
                                 sha=sha[:12], recorded=size, actual=len(data)))
    for name, sha in con.execute("SELECT e.filename, e.sha256 FROM evidence e LEFT JOIN blob b "
                                 "ON b.sha256 = e.sha256 WHERE b.sha256 IS NULL ORDER BY e.filename"):
        problems.append(said("证据“{name}”的文件内容缺失（{sha}…）", name=name, sha=sha[:12]))
    return problems[:MAX_PROBLEMS]


def quick_problems(path: Path | str) -> list[Said]:
    """A fast check for opening a file: the header and SQLite's ``quick_check`` (no hashing)."""
    path = Path(path)
    problems = header_problems(path)
    if problems:
        return problems
    try:
        con = connect_readonly(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check(20)").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [said("“{name}”已损坏，无法读取（{error}）", name=path.name, error=str(exc))]
    return [] if rows == ["ok"] else [said("数据库结构损坏：{detail}", detail=r) for r in rows]


def is_sound(path: Path | str) -> bool:
    return not verify(path)


# ── backups ─────────────────────────────────────────────────────────────────
def newest_good_backup(path: Path | str, candidates: Iterable[Path] | None = None) -> Path | None:
    """The most recent backup of ``path`` that passes ``verify`` (None when there is none)."""
    path = Path(path)
    for b in (candidates if candidates is not None else list_backups(path.stem)):
        if b.resolve() != path.resolve() and not verify(b):
            return b
    return None


@dataclass
class Diagnosis:
    """What the window shows when a file will not open: what is wrong and the best way back."""

    path: Path
    problems: list[Said]
    backup: Path | None

    @property
    def message(self) -> Said:
        """The explanation, one line each (the problems said in the window's language, like the rest)."""
        lines = [said("“{name}”有问题：", name=self.path.name)]
        lines += [said("· {problem}", problem=p) for p in self.problems[:10]]
        if len(self.problems) > 10:
            lines.append(said("……共 {count} 处问题", count=len(self.problems)))
        if self.backup is not None:
            stamp = os.path.getmtime(self.backup)
            from datetime import datetime

            lines.append(said("最近一份完好的备份：{name}（{time}），可以从它恢复。", name=self.backup.name,
                              time=f"{datetime.fromtimestamp(stamp):%Y-%m-%d %H:%M}"))
        else:
            lines.append(said("没有找到完好的备份。"))
        return joined(lines, LINE_BREAK)


def diagnose(path: Path | str) -> Diagnosis:
    path = Path(path)
    problems = verify(path)
    return Diagnosis(path, problems, newest_good_backup(path) if problems else None)

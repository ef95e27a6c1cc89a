"""The evaluation file: one SQLite file per evaluation (suffix ``.fev``).

Follows SQLite's advice on SQLite as an application file format: WAL journal, full sync, foreign
keys on, an ``application_id`` that marks the file as ours, Alembic migrations applied on open
after a backup, and on close a checkpoint so that the ``.fev`` alone is complete.

One writer per file: opening for writing takes the lock of ``models.locks`` (refused, naming the
holder, while another window or process has it). Every unit of work starts with ``BEGIN IMMEDIATE``,
so the audit chain's head is read inside the write transaction that appends to it and two writers
can never fork the chain. Opening read-only (``readonly=True``) uses a ``mode=ro`` connection that
never writes a byte, switches no journal mode and creates no ``-wal``/``-shm``; an older file is
then upgraded in memory only. On a network folder or a USB stick, where WAL is not safe, the file
is opened with the rollback journal (``DELETE``) and ``Store.note`` says so.
"""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import struct
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool, StaticPool

from models.messages import said

from . import anchors, audit, locks
from .base import Base
from .errors import (
    DamagedFileError,
    DiskFullError,
    FileExistsRefused,
    FileLockedError,
    FileReplacedError,
    NewerFileError,
    NotAnEvaluationFile,
    ReadOnlyError,
)
from .paths import backup_dir
from .readonly import APPLICATION_ID, SQLITE_HEADER, connect_readonly, head_of, revision_graph, truncation

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUP_KEEP = 10


def alembic_config(connection=None):
    from alembic.config import Config  # imported on demand: Alembic costs ~0.1 s at start-up

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _revision_graph() -> dict[str, str | None]:
    """revision → down_revision, read from the migration files without importing Alembic.

    Opening a file only needs to know which revisions exist and which is the head; Alembic
    itself is loaded when a migration actually runs. tests/test_store.py checks that this agrees
    with Alembic's own ScriptDirectory.
    """
    return revision_graph(MIGRATIONS_DIR)


def head_revision() -> str:
    return head_of(_revision_graph())


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _check_header(path: Path) -> None:
    """Refuse anything that is not one of our SQLite files, reading only its first 100 bytes."""
    if not path.exists():
        raise NotAnEvaluationFile(said("找不到文件：{path}", path=path))
    if path.is_dir():
        raise NotAnEvaluationFile(said("“{name}”是文件夹，不是评价文件。", name=path.name))
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAnEvaluationFile(said("“{name}”不是 FieldEval 评价文件（文件格式无法识别）。", name=path.name))
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise NotAnEvaluationFile(said("“{name}”是 SQLite 数据库，但不是 FieldEval 评价文件。", name=path.name))
    truncated = truncation(path, header)
    if truncated:
        raise DamagedFileError(said("{reason}可从备份恢复。", reason=truncated))


def _read_revision(path: Path) -> str | None:
    """The file's schema revision, read without writing anything (immutable, read-only).

    After a crash the WAL may hold the newest pages (even of a checkpoint cut short, which leaves
    the main file inconsistent on its own): then it is read with the WAL, not as immutable.
    """
    try:
        con = connect_readonly(path)
        try:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except UnicodeDecodeError as exc:
        raise DamagedFileError(said("“{name}”已损坏，无法读取（文件结构无法解读）。可从备份恢复。", name=path.name)) from exc
    except sqlite3.DatabaseError as exc:
        mapped = translate_error(path, exc)
        if isinstance(mapped, FileLockedError):
            raise mapped from exc
        if not writable(path):
            raise ReadOnlyError(said("“{name}”位于只读位置，且无法只读读取（{exc}）。", name=path.name, exc=exc)) from exc
        raise DamagedFileError(said("“{name}”已损坏，无法读取（{exc}）。可从备份恢复。", name=path.name, exc=exc)) from exc


def _on_connect(dbapi_con, _record, journal: str = "WAL") -> None:
    dbapi_con.isolation_level = None  # transactions are begun by _on_begin, never implicitly
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute(f"PRAGMA journal_mode={journal}")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _on_begin(conn) -> None:
    """A unit of work takes the write lock when it starts (``BEGIN IMMEDIATE``): whatever it reads —
    the audit chain's head above all — cannot change before it commits."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")


def _make_engine(path: Path, journal: str = "WAL") -> Engine:
    engine = create_engine(f"sqlite:///{path.as_posix()}", future=True)
    event.listen(engine, "connect", lambda con, rec: _on_connect(con, rec, journal))
    event.listen(engine, "begin", _on_begin)
    return engine


def connect_current(path: Path | str) -> sqlite3.Connection:
    """A read-only connection to the file at the current schema: the file itself when it is current,
    otherwise an in-memory copy upgraded by the migrations (the file is never written)."""
    con = connect_readonly(path)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return con  # whoever reads it reports what is wrong
    if row is None or row[0] == head_revision() or row[0] not in known_revisions():
        return con
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        con.backup(memory)
    finally:
        con.close()
    _upgrade(_readonly_engine(Path(path), memory))
    memory.isolation_level = "DEFERRED"  # back to the sqlite3 module's default for plain use
    return memory


def _readonly_engine(path: Path, memory: sqlite3.Connection | None = None) -> Engine:
    """An engine whose connections never write: read-only connections to the file, or the one
    in-memory copy an older file was upgraded in."""
    if memory is not None:
        engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool, future=True)
    else:
        engine = create_engine("sqlite://", creator=lambda: connect_readonly(path), poolclass=QueuePool, future=True)

    def no_implicit_transactions(con, _rec) -> None:
        con.isolation_level = None

    event.listen(engine, "connect", no_implicit_transactions)
    event.listen(engine, "begin", _on_begin)
    return engine


def _raw(engine: Engine, sql: str) -> list:
    """Run a statement outside any transaction (PRAGMAs SQLite ignores or refuses inside one)."""
    with engine.connect() as con:
        return _driver(con).execute(sql).fetchall()


def _driver(con) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy connection."""
    raw = con.connection.driver_connection
    assert raw is not None  # an open connection always has one
    return raw


NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs",
              "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone", "webdav"}
REMOVABLE_FS = {"vfat", "msdos", "exfat", "fuseblk", "fuse.exfat"}


def location_kind(path: Path) -> str:
    """"network", "removable" or "" (a local disk) for the folder holding ``path``."""
    folder = Path(path).resolve().parent
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(str(folder))[0]
        if drive.startswith("\\\\"):
            return "network"
        kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
        return {2: "removable", 4: "network"}.get(kind, "")
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    text = str(folder)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (text == point or text.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, fstype = point, parts[2]
    if fstype in NETWORK_FS:
        return "network"
    if fstype in REMOVABLE_FS:
        return "removable"
    return ""


def journal_for(path: Path) -> tuple[str, str]:
    """The journal mode that is safe where the file lies, and a note when it is not WAL."""
    kind = location_kind(path)
    if kind == "network":
        return "DELETE", said("“{name}”位于网络文件夹：WAL 在网络文件夹上不安全，已改用回滚日志方式保存（较慢，但可靠）。", name=path.name)
    if kind == "removable":
        return "DELETE", said("“{name}”位于 U 盘等移动存储上：已改用回滚日志方式保存；拔出前请先关闭文件。", name=path.name)
    return "WAL", ""


def writable(path: Path) -> bool:
    """Whether the file and its folder can be written (the folder holds the lock and the journal)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def file_identity(path: Path) -> tuple:
    st = path.stat()
    return (st.st_dev, st.st_ino)


#: leftovers of work cut short (a killed merge, restore, export or a file being created)
_LEFTOVER_PATTERNS = (".{name}.merge-*.tmp", ".{name}.*.tmp", "{name}.creating", "{name}.creating-wal",
                      "{name}.creating-shm", "{name}.lock.*.tmp", "{name}.lock.stale-*",
                      ".{stem}.*{suffix}.part")  # services.core.files.atomic_write (an import into it)
#: a leftover without a process id in its name is removed once it is this old (seconds)
LEFTOVER_AGE = 600


def clean_leftovers(path: Path | str) -> list[Path]:
    """Remove temporary files that interrupted work left beside ``path`` (only those whose writing
    process is gone). Returns what was removed."""
    path = Path(path)
    removed: list[Path] = []
    folder = path.parent
    if not folder.is_dir():
        return removed
    for pattern in _LEFTOVER_PATTERNS:
        for p in folder.glob(pattern.format(name=glob_escape(path.name), stem=glob_escape(path.stem),
                                            suffix=glob_escape(path.suffix))):
            pid = _pid_in_name(p.name, path.name)
            if pid is not None and pid != os.getpid() and locks._pid_alive(pid):
                continue
            if pid is None and time_since_modified(p) < LEFTOVER_AGE:
                continue
            with contextlib.suppress(OSError):
                p.unlink()
                removed.append(p)
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _pid_in_name(name: str, base: str) -> int | None:
    """The writing process's id in a temporary file's name (what follows the evaluation's name)."""
    rest = name[name.index(base) + len(base):] if base in name else name
    m = re.match(r"^(?:\.lock)?\.(?:merge-|stale-)?(\d+)[.-]", rest)
    return int(m.group(1)) if m else None


def time_since_modified(p: Path) -> float:
    import time

    try:
        return time.time() - p.stat().st_mtime
    except OSError:
        return 0.0


def translate_error(path: Path, exc: BaseException) -> BaseException | None:
    """The evaluator's one-line error for a SQLite failure during a unit of work (None: not ours)."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        other = locks.holder(path)
        who = said("正由 {who} 使用", who=other.who()) if other else said("正被另一个程序使用")
        return FileLockedError(said("“{name}”{who}，等待后仍无法保存，本次修改未保存。请稍后再试。", name=path.name, who=who),
                               holder=other)
    if "full" in text and ("disk" in text or "database" in text):
        return DiskFullError(said("磁盘已满，本次修改未保存（“{name}”未改动）。请腾出空间后再试。", name=path.name))
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(said("“{name}”以只读方式打开（或位于只读位置），不能修改。", name=path.name))
    return None


def backup_file(path: Path, reason: str, keep: int = BACKUP_KEEP) -> Path:
    """Copy an evaluation file aside with SQLite's online backup API; keep the newest ``keep``.

    Returns the backup's path. Safe on an open file (never a raw copy of a live database).
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir() / f"{path.stem}.{stamp}.{reason}.fev"
    src = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _prune_backups(path.stem, keep)
    return target


def list_backups(stem: str | None = None) -> list[Path]:
    files = sorted(backup_dir().glob("*.fev"), key=lambda p: p.stat().st_mtime, reverse=True)
    if stem is not None:
        files = [p for p in files if p.name.startswith(stem + ".")]
    return files


def _prune_backups(stem: str, keep: int) -> None:
    for old in list_backups(stem)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


class Store:
    """An open evaluation file. Every unit of work is one short session, committed at its end."""

    def __init__(self, path: Path, engine: Engine, actor: str = "", readonly: bool = False):
        self.path = path
        self.engine = engine
        self.actor = actor
        self.readonly = readonly
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.backup_made: Path | None = None
        #: a remark for the evaluator about how the file was opened (read-only, safe journal mode)
        self.note = ""
        self.locked = False
        self._identity: tuple | None = None
        self._closed = False
        self._ro_con: sqlite3.Connection | None = None
        self._wrote = False  # a unit of work committed: the chain's head is anchored at close

    @contextlib.contextmanager
    def session(self, reason: str = "") -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back (nothing saved) on error."""
        if self._identity is not None:
            try:
                same = file_identity(self.path) == self._identity
            except OSError:
                same = False
            if not same:
                self.engine.dispose()  # never write into a file that is no longer the one on disk
                raise FileReplacedError(
                    said("“{name}”已被替换（合并或从备份恢复），本次修改未保存。请重新打开文件后再修改。", name=self.path.name))
        s = self._sessions()
        s.info["actor"] = self.actor
        s.info["reason"] = reason
        try:
            s.connection(execution_options={"immediate": not self.readonly})
            yield s
            s.commit()
            self._wrote = self._wrote or not self.readonly
        except SADatabaseError as exc:
            s.rollback()
            mapped = translate_error(self.path, exc)
            if mapped is not None:
                raise mapped from exc
            raise
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()
        if self.locked:
            locks.refresh(self.path)

    def read(self) -> Session:
        """A session for reading only (the caller closes it)."""
        return self._sessions()

    def close(self) -> None:
        """Checkpoint and truncate the WAL so the .fev file alone is complete, then release it."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.readonly:
                with contextlib.suppress(SADatabaseError, sqlite3.Error):
                    _raw(self.engine, "PRAGMA wal_checkpoint(TRUNCATE)")
                if self._wrote:
                    with contextlib.suppress(SADatabaseError, sqlite3.Error, OSError):
                        with self.engine.connect() as con:
                            anchors.record(self.path, anchors.chain_head(_driver(con)),
                                           said("关闭文件"))
            self.engine.dispose()
            if self._ro_con is not None:
                self._ro_con.close()
        finally:
            if self.locked:
                self.locked = False
                locks.release(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def create_store(path: Path | str, actor: str = "") -> Store:
    """Create a new, empty evaluation file. Never overwrites an existing file."""
    path = Path(path)
    if path.exists():
        raise FileExistsRefused(said("文件“{path}”已存在，为保护已有数据不会覆盖。请换一个文件名。", path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyError(said("文件夹“{parent}”是只读的，不能在其中新建评价文件。", parent=path.parent))
    tmp = path.with_name(path.name + ".creating")
    try:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            if leftover.exists():
                leftover.unlink()
        engine = _make_engine(tmp)
        try:
            with engine.begin() as con:
                con.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                Base.metadata.create_all(con)
                from alembic import command

                command.stamp(alembic_config(con), "head")
            _raw(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        os.replace(tmp, path)
        anchors.restart(path, None, said("新建"))  # a new file at this path: anchors of an earlier one no longer apply
    except (SADatabaseError, sqlite3.Error, OSError) as exc:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        mapped = translate_error(path, exc)
        if mapped is None and isinstance(exc, OSError) and exc.errno == 28:
            mapped = DiskFullError(said("磁盘已满，未能新建“{name}”（没有留下任何文件）。", name=path.name))
        if mapped is None and isinstance(exc, PermissionError):
            mapped = ReadOnlyError(said("文件夹“{parent}”不能写入，未能新建“{name}”。", parent=path.parent, name=path.name))
        if mapped is not None:
            raise mapped from exc
        raise
    return open_store(path, actor=actor)


def open_store(path: Path | str, actor: str = "", upgrade: bool = True, readonly: bool = False,
               wait: float = 0.0, lock: bool = True) -> Store:
    """Open an evaluation file, upgrading its schema (after a backup) when it is older than ours.

    Refuses, without modifying a byte, anything that is not an evaluation file, a file written by
    a newer FieldEval, a truncated or damaged file, and — for writing — a file another window or
    process holds (``FileLockedError`` naming the holder; ``wait`` seconds are waited first) or a
    file on read-only media (``ReadOnlyError``: open it with ``readonly=True``).

    ``readonly``: never writes a byte (no lock, no journal switch, no ``-wal``/``-shm``); an older
    file is upgraded in memory. ``lock=False`` skips the one-writer lock (the transaction-level
    guarantee of the audit chain still holds).
    """
    path = Path(path)
    _check_header(path)
    revision = _read_revision(path)
    if revision is None:
        raise NotAnEvaluationFile(said("“{name}”缺少版本信息，不是完整的 FieldEval 评价文件。", name=path.name))
    if revision not in known_revisions():
        raise NewerFileError(
            said("“{name}”由更新版本的 FieldEval 创建（数据结构版本 {revision}），本程序无法安全打开。请升级 FieldEval 后再打开。", name=path.name, revision=revision)
        )
    if readonly:
        return _open_readonly(path, actor, revision)
    if not writable(path):
        raise ReadOnlyError(said("“{name}”是只读文件（或位于只读位置），只能只读打开。", name=path.name))
    if lock:
        locks.acquire(path, actor=actor, wait=wait)
    try:
        clean_leftovers(path)
        journal, note = journal_for(path)
        engine = _make_engine(path, journal)
        store = Store(path, engine, actor=actor)
        store.locked = lock
        store.note = note
    except BaseException:
        if lock:
            locks.release(path)
        raise
    try:
        with engine.connect() as con:
            con.exec_driver_sql("PRAGMA schema_version").fetchone()
        if revision != head_revision():
            if not upgrade:
                raise NewerFileError(said("“{name}”需要升级数据结构后才能打开。", name=path.name))
            store.backup_made = backup_file(path, "before-upgrade")
            _upgrade(engine)
        store._identity = file_identity(path)
    except SADatabaseError as exc:
        store.close()
        mapped = translate_error(path, exc)
        if mapped is not None:
            raise mapped from exc
        raise DamagedFileError(said("“{name}”已损坏，无法打开（{orig}）。可从备份恢复。", name=path.name, orig=exc.orig)) from exc
    except BaseException:
        store.close()
        raise
    return store


def _open_readonly(path: Path, actor: str, revision: str) -> Store:
    memory = None
    try:
        if revision != head_revision():  # upgrade a copy in memory; the file stays as it is
            memory = sqlite3.connect(":memory:", check_same_thread=False)
            con = connect_readonly(path)
            try:
                con.backup(memory)
            finally:
                con.close()
            engine = _readonly_engine(path, memory)
            _upgrade(engine)
        else:
            engine = _readonly_engine(path)
        store = Store(path, engine, actor=actor, readonly=True)
        store._ro_con = memory
        with engine.connect() as c:
            c.exec_driver_sql("PRAGMA schema_version").fetchone()
    except (SADatabaseError, sqlite3.Error) as exc:
        orig = getattr(exc, "orig", None) or exc
        raise DamagedFileError(said("“{name}”已损坏，无法打开（{orig}）。可从备份恢复。", name=path.name, orig=orig)) from exc
    store.note = said("“{name}”以只读方式打开，不能修改。", name=path.name)
    return store


def _upgrade(engine: Engine) -> None:
    """Run the migrations with foreign keys off: SQLite rebuilds a table in batch mode by dropping
    it, and a drop with foreign keys on would cascade into the rows that point at it. The keys are
    checked once the schema is current, before they are turned back on."""
    from alembic import command

    with engine.connect() as con:
        raw = _driver(con)
        raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, or SQLite ignores it
        try:
            with con.begin():
                command.upgrade(alembic_config(con), "head")
                broken = con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"schema upgrade left {len(broken)} dangling references")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def integrity_problems(store: Store) -> list[str]:
    """SQLite's own integrity check; an empty list means the file is sound."""
    with store.engine.connect() as con:
        rows = [r[0] for r in con.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


audit.install()

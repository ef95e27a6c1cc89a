"""The evaluation file: one SQLite file per evaluation (suffix ``.fev``).

Follows SQLite's advice on SQLite as an application file format: WAL journal, full sync, foreign
keys on, an ``application_id`` that marks the file as ours, Alembic migrations applied on open
after a backup, and on close a checkpoint so that the ``.fev`` alone is complete.
"""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import struct
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from . import audit
from .base import Base
from .errors import DamagedFileError, FileExistsRefused, NewerFileError, NotAnEvaluationFile
from .paths import backup_dir

#: PRAGMA application_id of every evaluation file: "FEV1".
APPLICATION_ID = 0x46455631
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUP_KEEP = 10


def alembic_config(connection=None):
    from alembic.config import Config  # imported on demand: Alembic costs ~0.1 s at start-up

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REV = re.compile(r"^(down_revision|revision)\s*=\s*(?:['\"]([^'\"]*)['\"]|None)", re.M)


def _revision_graph() -> dict[str, str | None]:
    """revision → down_revision, read from the migration files without importing Alembic.

    Opening a file only needs to know which revisions exist and which is the head; Alembic
    itself is loaded when a migration actually runs. tests/test_store.py checks that this agrees
    with Alembic's own ScriptDirectory.
    """
    graph: dict[str, str | None] = {}
    for f in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict((k, v or None) for k, v in _REV.findall(f.read_text(encoding="utf-8")))
        if found.get("revision"):
            graph[found["revision"]] = found.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    parents = {d for d in graph.values() if d}
    heads = [r for r in graph if r not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _check_header(path: Path) -> None:
    """Refuse anything that is not one of our SQLite files, reading only its first 100 bytes."""
    if not path.exists():
        raise NotAnEvaluationFile(f"找不到文件：{path}")
    if path.is_dir():
        raise NotAnEvaluationFile(f"“{path.name}”是文件夹，不是评价文件。")
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAnEvaluationFile(f"“{path.name}”不是 FieldEval 评价文件（文件格式无法识别）。")
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise NotAnEvaluationFile(f"“{path.name}”是 SQLite 数据库，但不是 FieldEval 评价文件。")


def _read_revision(path: Path) -> str | None:
    """The file's schema revision, read without writing anything (immutable, read-only).

    After a crash the WAL may hold the newest pages (even of a checkpoint cut short, which leaves
    the main file inconsistent on its own): then it is read with the WAL, not as immutable.
    """
    wal = Path(str(path) + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    uri = f"file:{path.as_posix()}?mode=ro" + ("" if has_wal else "&immutable=1")
    try:
        con = sqlite3.connect(uri, uri=True)
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
    except sqlite3.DatabaseError as exc:
        raise DamagedFileError(f"“{path.name}”已损坏，无法读取（{exc}）。可从备份恢复。") from exc


def _on_connect(dbapi_con, _record) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path.as_posix()}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


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

    def __init__(self, path: Path, engine: Engine, actor: str = ""):
        self.path = path
        self.engine = engine
        self.actor = actor
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.backup_made: Path | None = None

    @contextlib.contextmanager
    def session(self, reason: str = "") -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back (nothing saved) on error."""
        s = self._sessions()
        s.info["actor"] = self.actor
        s.info["reason"] = reason
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def read(self) -> Session:
        """A session for reading only (the caller closes it)."""
        return self._sessions()

    def close(self) -> None:
        """Checkpoint and truncate the WAL so the .fev file alone is complete, then release it."""
        try:
            with self.engine.connect() as con:
                con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except SADatabaseError:
            pass
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def create_store(path: Path | str, actor: str = "") -> Store:
    """Create a new, empty evaluation file. Never overwrites an existing file."""
    path = Path(path)
    if path.exists():
        raise FileExistsRefused(f"文件“{path}”已存在，为保护已有数据不会覆盖。请换一个文件名。")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".creating")
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
        with engine.connect() as con:
            con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    os.replace(tmp, path)
    return open_store(path, actor=actor)


def open_store(path: Path | str, actor: str = "", upgrade: bool = True) -> Store:
    """Open an evaluation file, upgrading its schema (after a backup) when it is older than ours.

    Refuses, without modifying a byte, anything that is not an evaluation file, a file written by
    a newer FieldEval, or a damaged file.
    """
    path = Path(path)
    _check_header(path)
    revision = _read_revision(path)
    if revision is None:
        raise NotAnEvaluationFile(f"“{path.name}”缺少版本信息，不是完整的 FieldEval 评价文件。")
    if revision not in known_revisions():
        raise NewerFileError(
            f"“{path.name}”由更新版本的 FieldEval 创建（数据结构版本 {revision}），"
            "本程序无法安全打开。请升级 FieldEval 后再打开。"
        )
    engine = _make_engine(path)
    store = Store(path, engine, actor=actor)
    try:
        with engine.connect() as con:
            con.exec_driver_sql("PRAGMA schema_version").fetchone()
        if revision != head_revision():
            if not upgrade:
                raise NewerFileError(f"“{path.name}”需要升级数据结构后才能打开。")
            store.backup_made = backup_file(path, "before-upgrade")

            _upgrade(engine)
    except SADatabaseError as exc:
        engine.dispose()
        raise DamagedFileError(f"“{path.name}”已损坏，无法打开（{exc.orig}）。可从备份恢复。") from exc
    except BaseException:
        engine.dispose()
        raise
    return store


def _upgrade(engine: Engine) -> None:
    """Run the migrations with foreign keys off: SQLite rebuilds a table in batch mode by dropping
    it, and a drop with foreign keys on would cascade into the rows that point at it. The keys are
    checked once the schema is current, before they are turned back on."""
    from alembic import command

    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside any transaction, or SQLite ignores it
        con.commit()
        try:
            with con.begin():
                command.upgrade(alembic_config(con), "head")
                broken = con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"schema upgrade left {len(broken)} dangling references")
        finally:
            con.exec_driver_sql("PRAGMA foreign_keys=ON")
            con.commit()


def integrity_problems(store: Store) -> list[str]:
    """SQLite's own integrity check; an empty list means the file is sound."""
    with store.engine.connect() as con:
        rows = [r[0] for r in con.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


audit.install()

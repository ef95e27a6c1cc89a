"""Rolling backups of evaluation files (备份) and restoring from them.

Backups are made with SQLite's online backup API (``models.store.backup_file``) into the user data
folder, named ``<stem>.<YYYYmmdd-HHMMSS-ffffff>.<reason>.fev``; the newest N of each file are kept.
N comes from the evaluation's own ``settings["backup_keep"]``, else the per-user setting
``backup_keep`` in ``<data dir>/settings.json``, else ``models.store.BACKUP_KEEP``.

Nothing here deletes or overwrites a user's file without a backup of it first: restoring backs up
the current file (or, if SQLite cannot read it any more, copies its raw bytes aside) before it is
replaced, and the replacement is written to a temporary file and moved in with ``os.replace``.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models import anchors, locks
from models.errors import FileLockedError
from models.messages import said
from models.paths import backup_dir
from models.store import BACKUP_KEEP, backup_file, clean_leftovers, list_backups as _list_backups
from services import settings as settings_file
from services.core.errors import EditRefused
from services.core.filenames import check_target

#: the default interval of the window's periodic backup (seconds)
PERIODIC_SECONDS = 10 * 60
MIN_KEEP, MAX_KEEP = 1, 500


# ── settings ────────────────────────────────────────────────────────────────
def user_settings() -> dict:
    """The per-user settings file as stored (services/settings.py reads and writes it)."""
    return settings_file.stored()


def set_user_setting(key: str, value) -> None:
    settings_file.set_value(key, value)


def _clean_keep(value) -> int | None:
    try:
        n = int(value)
    except (TypeError, ValueError):
        return None
    return max(MIN_KEEP, min(MAX_KEEP, n))


def keep_count(path: Path | str | None = None) -> int:
    """How many backups to keep for a file: its own setting, the user's, or the default."""
    if path is not None:
        n = _clean_keep(_file_setting(Path(path), "backup_keep"))
        if n is not None:
            return n
    n = _clean_keep(user_settings().get("backup_keep"))
    return n if n is not None else BACKUP_KEEP


def periodic_seconds(path: Path | str | None = None) -> float:
    """The periodic backup's interval: ``periodic_backup_minutes`` of the file, else the user's,
    else 10 minutes (at least 1 minute)."""
    raw = _file_setting(Path(path), "periodic_backup_minutes") if path is not None else None
    if raw is None:
        raw = user_settings().get("periodic_backup_minutes")
    try:
        minutes = float(raw)
    except (TypeError, ValueError):
        return PERIODIC_SECONDS
    return max(60.0, minutes * 60)


def _file_setting(path: Path, key: str):
    """One key of Evaluation.settings, read without opening the file for writing."""
    from models.readonly import connect_readonly

    try:
        con = connect_readonly(path)
        try:
            row = con.execute("SELECT settings FROM evaluation LIMIT 1").fetchone()
        finally:
            con.close()
        settings = json.loads(row[0]) if row and row[0] else {}
        return settings.get(key) if isinstance(settings, dict) else None
    except (sqlite3.Error, ValueError, OSError):
        return None


def set_keep_count(store, n: int) -> None:
    """Store the backup count in the evaluation itself (travels with the file)."""
    from sqlalchemy import select

    from models.entities import Evaluation

    clean = _clean_keep(n)
    if clean is None:
        raise EditRefused(said("备份份数必须是 {MIN_KEEP}–{MAX_KEEP} 之间的整数", MIN_KEEP=MIN_KEEP, MAX_KEEP=MAX_KEEP))
    with store.session("设置备份份数") as s:
        ev = s.execute(select(Evaluation)).scalar_one()
        settings = dict(ev.settings or {})
        settings["backup_keep"] = clean
        ev.settings = settings


# ── making and listing ──────────────────────────────────────────────────────
@dataclass
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


REASONS = {
    "before-upgrade": "升级数据结构前", "before-merge": "合并前", "before-restore": "恢复备份前",
    "periodic": "定时备份", "manual": "手动备份", "before-import": "导入前", "damaged": "损坏的原文件",
}


def make_backup(path: Path | str, reason: str = "manual") -> Path:
    """A backup of ``path`` (safe while it is open), keeping the configured number."""
    path = Path(path)
    before = set(backup_dir().glob(f"{path.stem}.*.fev"))
    try:
        made = backup_file(path, reason, keep=keep_count(path))
        anchors.record(path, anchors.head_of_file(made), said("备份 {name}", name=made.name))  # the chain's head, kept outside the file
        return made
    except BaseException:
        for partial in set(backup_dir().glob(f"{path.stem}.*.fev")) - before:  # never count a half-made backup
            partial.unlink(missing_ok=True)
        raise


def list_backups(path: Path | str) -> list[BackupInfo]:
    """The backups of one file, newest first."""
    stem = Path(path).stem
    out = []
    for p in _list_backups(stem):
        rest = p.name[len(stem) + 1:-len(".fev")]
        stamp, _, reason = rest.partition(".")
        try:
            made = datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
        except ValueError:
            made = datetime.fromtimestamp(p.stat().st_mtime)
        out.append(BackupInfo(p, made, reason, p.stat().st_size))
    return out


class PeriodicBackup:
    """The window's periodic backup: call ``tick()`` from a timer; it backs up only when due and the
    file changed since the last backup (so an idle window does not push out older backups)."""

    def __init__(self, path: Path | str, interval: float = PERIODIC_SECONDS, clock=time.monotonic):
        self.path = Path(path)
        self.interval = interval
        self.clock = clock
        self._last_time = clock()
        self._last_sig = self._signature()

    def _signature(self) -> tuple:
        sig = []
        for p in (self.path, Path(str(self.path) + "-wal")):
            with contextlib.suppress(OSError):
                st = p.stat()
                sig.append((st.st_size, st.st_mtime_ns))
        return tuple(sig)

    def tick(self) -> Path | None:
        """Back up now if due and changed; returns the new backup or None."""
        if self.clock() - self._last_time < self.interval:
            return None
        sig = self._signature()
        self._last_time = self.clock()
        if sig == self._last_sig:
            return None
        made = make_backup(self.path, "periodic")
        self._last_sig = sig
        return made


# ── restoring ───────────────────────────────────────────────────────────────
def _sidecars(path: Path) -> list[Path]:
    return [Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")]


def keep_current(path: Path, reason: str) -> Path | None:
    """Put the current file aside before it is replaced: a backup if SQLite can read it, otherwise a
    raw copy of its bytes (a damaged file is still the evaluator's and is never thrown away)."""
    if not path.exists():
        return None
    try:
        return make_backup(path, reason)
    except (sqlite3.Error, OSError):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = backup_dir() / f"{path.stem}.{stamp}.damaged.fev"
        shutil.copyfile(path, target)
        for side in _sidecars(path):
            if side.exists():
                shutil.copyfile(side, Path(str(target) + side.name[len(path.name):]))
        return target


def copy_database(src: Path, target: Path) -> None:
    """Write ``target`` as a consistent copy of ``src`` (backup API, temp file, os.replace)."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        s = sqlite3.connect(f"file:{src.resolve().as_posix()}?mode=ro", uri=True)
        try:
            d = sqlite3.connect(tmp)
            try:
                s.backup(d)
                d.execute("PRAGMA journal_mode=DELETE")  # the copy stands alone: no -wal beside it
            finally:
                d.close()
        finally:
            s.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for side in _sidecars(target):
            side.unlink(missing_ok=True)
        os.replace(tmp, target)
        anchors.restart(target, anchors.head_of_file(target), said("由 {name} 替换", name=src.name))  # deliberately replaced
    finally:
        tmp.unlink(missing_ok=True)


def restore(backup: Path | str, target: Path | str) -> Path | None:
    """Replace ``target`` with ``backup`` after checking the backup and backing up the target.

    Returns the backup made of the file that was replaced (None when there was no file). The
    target must not be open.
    """
    from services.teamwork.integrity import verify

    backup, target = Path(backup), check_target(target)
    problems = verify(backup)
    if problems:
        raise EditRefused(said("备份“{name}”本身有问题，不能用来恢复：{problems}", name=backup.name, problems=problems[0]))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        locks.acquire(target)  # never replace a file that a window or process has open
    except FileLockedError as exc:
        raise EditRefused(said("不能恢复“{name}”：{exc}请先在那里关闭文件。", name=target.name, exc=exc)) from exc
    try:
        clean_leftovers(target)
        saved = keep_current(target, "before-restore")
        copy_database(backup, target)
    finally:
        locks.release(target)
    return saved

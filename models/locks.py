"""One writer per evaluation file: a lock file beside it that names its holder.

Opening a file for writing creates ``<name>.fev.lock`` next to it holding who has it open (user,
machine, process id, since when). A second window or process that wants to write finds the lock,
reads the holder's name and can tell the evaluator; it may open the file read-only or wait.

A lock left by a session that ended without closing (a crash, a killed process, a pulled plug) is
recognised as stale and taken over:

- on the same machine, when the holding process no longer exists;
- from another machine (a shared network folder), when the holder has not refreshed the lock for
  ``STALE_AFTER`` seconds (the holder refreshes it on every saved edit and at least every
  ``REFRESH_EVERY`` seconds while it is open);
- a lock file with unreadable content (cut short while being written) after ``UNREADABLE_AFTER``
  seconds.

Within one process the lock is shared: opening the same file twice in one process (the window and
a service it calls) is not a conflict, and the file is released when the last holder closes.
"""
from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.messages import said

from .errors import FileLockedError

LOCK_SUFFIX = ".lock"
#: a lock from another machine not refreshed for this long is stale (seconds)
STALE_AFTER = 6 * 3600
#: how often an open file's lock is refreshed at most (seconds)
REFRESH_EVERY = 60
#: a lock file that cannot be read (its writer was killed mid-write) is stale after this long
UNREADABLE_AFTER = 10


def lock_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(path.name + LOCK_SUFFIX)


def this_machine() -> str:
    try:
        return socket.gethostname() or "?"
    except OSError:
        return "?"


def this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service account, container): still lockable
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


@dataclass
class LockInfo:
    """Who holds a file open for writing."""

    user: str
    machine: str
    pid: int
    since: str  # ISO time, local
    token: str
    actor: str = ""  # the name the evaluator gave (--user / the window's 操作人)
    refreshed: float = 0.0  # the lock file's mtime

    def who(self) -> str:
        name = self.actor or self.user
        if self.actor and self.user and self.actor != self.user:
            name = said("{actor}（{user}）", actor=self.actor, user=self.user)
        try:
            since = datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            since = self.since
        return said("{name}，计算机 {machine}，进程 {pid}，自 {since} 起", name=name, machine=self.machine, pid=self.pid,
                    since=since)

    def to_json(self) -> dict:
        return {"user": self.user, "machine": self.machine, "pid": self.pid, "since": self.since,
                "token": self.token, "actor": self.actor}


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return False
    with contextlib.suppress(OSError, IndexError):  # a zombie is a process that has ended
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat[stat.rindex(")") + 2] in "ZX":
            return False
    return True


def read_lock(path: Path | str) -> LockInfo | None:
    """The holder recorded in ``path``'s lock file (None without a lock file or when unreadable)."""
    return _read_lockfile(lock_path(path))


def _read_lockfile(lp: Path) -> LockInfo | None:
    try:
        raw = lp.read_text(encoding="utf-8")
        mtime = lp.stat().st_mtime
        d = json.loads(raw)
        return LockInfo(user=str(d.get("user", "")), machine=str(d.get("machine", "")), pid=int(d.get("pid", 0)),
                        since=str(d.get("since", "")), token=str(d.get("token", "")), actor=str(d.get("actor", "")),
                        refreshed=mtime)
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def is_stale(info: LockInfo | None, lp: Path) -> bool:
    if info is None:
        try:
            return time.time() - lp.stat().st_mtime > UNREADABLE_AFTER
        except OSError:
            return True
    if info.machine == this_machine():
        if info.pid == os.getpid():
            return info.token not in _held_tokens()
        return not _pid_alive(info.pid)
    return time.time() - info.refreshed > STALE_AFTER


def holder(path: Path | str) -> LockInfo | None:
    """Who else holds ``path`` open for writing right now (None: nobody, this process, or a stale lock)."""
    lp = lock_path(path)
    if not lp.exists():
        return None
    info = read_lock(path)
    if is_stale(info, lp):
        return None
    if info is not None and info.token in _held_tokens():
        return None
    return info


# ── the locks this process holds ─────────────────────────────────────────────
_mutex = threading.RLock()
_held: dict[str, _Held] = {}


@dataclass
class _Held:
    token: str
    count: int
    last_refresh: float


def _held_tokens() -> set[str]:
    with _mutex:
        return {h.token for h in _held.values()}


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def _create(lp: Path, info: LockInfo) -> bool:
    """Create the lock file with its content in one step; False if it exists already."""
    data = json.dumps(info.to_json(), ensure_ascii=False).encode("utf-8")
    tmp = lp.with_name(f"{lp.name}.{os.getpid()}.{info.token[:8]}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, lp)  # atomic, and fails when the lock exists
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # a file system without hard links (FAT on a USB stick): exclusive create instead
        try:
            fd = os.open(lp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return True
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _remove_stale(lp: Path, judged: LockInfo | None) -> None:
    """Move a stale lock out of the way — unless someone replaced it meanwhile."""
    aside = lp.with_name(f"{lp.name}.stale-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        os.rename(lp, aside)
    except OSError:
        return
    now = _read_lockfile(aside)
    if judged is not None and (now is None or now.token != judged.token):
        # a fresh lock was taken between our look and the move: give it back
        with contextlib.suppress(OSError):
            os.link(aside, lp)
    with contextlib.suppress(OSError):
        aside.unlink()


def acquire(path: Path | str, actor: str = "", wait: float = 0.0) -> str:
    """Take the write lock of ``path``; returns its token. Raises FileLockedError naming the holder.

    ``wait``: seconds to keep trying while another holder has it.
    """
    path = Path(path)
    key = _key(path)
    with _mutex:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return held.token
    lp = lock_path(path)
    deadline = time.monotonic() + max(0.0, wait)
    token = uuid.uuid4().hex
    stale_tries = 0
    while True:
        info = LockInfo(this_user(), this_machine(), os.getpid(), datetime.now().isoformat(timespec="seconds"),
                        token, actor)
        try:
            if _create(lp, info):
                with _mutex:
                    _held[key] = _Held(token, 1, time.time())
                return token
        except PermissionError as exc:
            raise FileLockedError(said("“{name}”所在的文件夹不能写入，只能以只读方式打开。", name=path.name),
                                  readonly=True) from exc
        other = read_lock(path)
        if is_stale(other, lp):
            stale_tries += 1
            if stale_tries > 50:
                raise FileLockedError(said("“{name}”旁有上次未正常关闭留下的锁文件“{name2}”，无法自动清除；确认没有人在使用该文件后，可手动删除它。", name=path.name, name2=lp.name), holder=other)
            _remove_stale(lp, other)
            continue
        if time.monotonic() >= deadline:
            who = other.who() if other else said("另一个程序")
            raise FileLockedError(said("“{name}”正由 {who} 打开编辑；可以只读打开，或等对方关闭后再试。", name=path.name, who=who),
                                  holder=other)
        time.sleep(0.2)


def refresh(path: Path | str, force: bool = False) -> None:
    """Touch the lock so that other machines see its holder is still there."""
    key = _key(Path(path))
    with _mutex:
        held = _held.get(key)
        if held is None:
            return
        now = time.time()
        if not force and now - held.last_refresh < REFRESH_EVERY:
            return
        held.last_refresh = now
    with contextlib.suppress(OSError):
        os.utime(lock_path(path))


def still_ours(path: Path | str) -> bool:
    """Whether the lock file of ``path`` is still the one this process took."""
    key = _key(Path(path))
    with _mutex:
        held = _held.get(key)
    if held is None:
        return False
    info = read_lock(path)
    return info is not None and info.token == held.token


def release(path: Path | str) -> None:
    key = _key(Path(path))
    with _mutex:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
    info = read_lock(path)
    if info is not None and info.token == held.token:
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


@contextlib.contextmanager
def locked(path: Path | str, actor: str = "", wait: float = 0.0):
    """Hold the write lock of ``path`` for a block (a merge or restore writing into it)."""
    acquire(path, actor, wait)
    try:
        yield
    finally:
        release(path)

"""Never lose an acknowledged edit: one writer per file, reading that never writes, a chain two
writers cannot fork, replaced files noticed, leftovers of interrupted work cleaned."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models import locks
from models.errors import FileLockedError, FileReplacedError, ReadOnlyError
from models.store import clean_leftovers, open_store
from services.evaluation import assessments, findings
from services.teamwork import backups, integrity

ROOT = Path(__file__).resolve().parent.parent

HOLD = r"""
import sys
sys.path.insert(0, sys.argv[1])
from models.store import open_store
store = open_store(sys.argv[2], actor="张三")
print("ready", flush=True)
sys.stdin.readline()
store.close()
print("closed", flush=True)
"""


class Holder:
    """Another process holding a file open for writing, as a window would."""

    def __init__(self, path: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD, str(ROOT), str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env={**os.environ})
        assert self.proc.stdout.readline().strip() == "ready"

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            assert self.proc.stdout.readline().strip() == "closed"
            self.proc.wait(timeout=30)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def cli(*args: str, user: str = "") -> subprocess.CompletedProcess:
    argv = [sys.executable, str(ROOT / "main.py")] + (["--user", user] if user else []) + [str(a) for a in args]
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, env={**os.environ}, timeout=300)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def one_line_error(r: subprocess.CompletedProcess) -> str:
    assert r.returncode != 0, r.stdout
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr
    return lines[0]


# ── one writer per file ─────────────────────────────────────────────────────
def test_a_second_writer_is_refused_naming_the_holder(sample_path):
    with Holder(sample_path):
        info = locks.holder(sample_path)
        assert info is not None and info.actor == "张三" and info.pid != os.getpid()
        with pytest.raises(FileLockedError) as err:
            open_store(sample_path, actor="李四")
        assert "张三" in str(err.value) and str(info.pid) in str(err.value)
        assert err.value.holder.machine == locks.this_machine()
        ro = open_store(sample_path, readonly=True)  # reading is always possible
        try:
            assert assessments.score(ro).total > 0
        finally:
            ro.close()
    store = open_store(sample_path, actor="李四")  # free once the holder closed
    store.close()
    assert not locks.lock_path(sample_path).exists()


def test_waiting_for_the_holder(sample_path):
    holder = Holder(sample_path)
    started = time.monotonic()
    import threading

    threading.Timer(1.0, holder.close).start()
    store = open_store(sample_path, actor="李四", wait=30)
    try:
        assert time.monotonic() - started >= 0.9
        assert locks.read_lock(sample_path).actor == "李四"
    finally:
        store.close()


def test_stale_locks_are_taken_over(sample_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    lp = locks.lock_path(sample_path)
    lp.write_text(json.dumps({"user": "u", "machine": locks.this_machine(), "pid": pid, "since": "2026-01-01T08:00:00",
                              "token": "x" * 32, "actor": "崩溃的窗口"}), encoding="utf-8")
    store = open_store(sample_path)  # the process is gone: the lock is stale
    store.close()
    # another machine's lock: trusted while it is refreshed, stale once it is old
    lp.write_text(json.dumps({"user": "u", "machine": "另一台电脑", "pid": 4242, "since": "2026-01-01T08:00:00",
                              "token": "y" * 32, "actor": "王五"}), encoding="utf-8")
    with pytest.raises(FileLockedError, match="王五.*另一台电脑"):
        open_store(sample_path)
    old = time.time() - locks.STALE_AFTER - 60
    os.utime(lp, (old, old))
    store = open_store(sample_path)
    store.close()
    # a lock file cut short while being written
    lp.write_text('{"user": "u", "mach', encoding="utf-8")
    os.utime(lp, (time.time() - 3600,) * 2)
    open_store(sample_path).close()


def test_merge_and_restore_into_a_file_open_elsewhere_are_refused(sample_path, tmp_path):
    copy = tmp_path / "组员.fev"
    shutil.copyfile(sample_path, copy)
    s = open_store(copy, actor="组员")
    findings.add_finding(s, {"title": "组员发现的问题", "category": "A"})
    s.close()
    made = backups.make_backup(sample_path, "manual")
    with Holder(sample_path):
        before = digest(sample_path)
        line = one_line_error(cli("merge", sample_path, copy, "-o", sample_path))
        assert "张三" in line and "不能合并" in line
        line = one_line_error(cli("backups", sample_path, "--restore", made.name))
        assert "张三" in line and "不能恢复" in line
        assert digest(sample_path) == before
    r = cli("merge", sample_path, copy, "-o", sample_path)  # once closed, it goes through
    assert r.returncode == 0, r.stderr
    s = open_store(sample_path, readonly=True)
    try:
        assert "组员发现的问题" in {f.title for f in findings.list_findings(s)}
    finally:
        s.close()


def test_a_file_replaced_under_an_open_store_refuses_the_edit(sample_path, tmp_path):
    store = open_store(sample_path, actor="测试员", lock=False)
    try:
        findings.add_finding(store, {"title": "替换前", "category": "A"})
        other = tmp_path / "other.fev"
        backups.copy_database(sample_path, other)
        os.replace(other, sample_path)
        replaced = digest(sample_path)
        with pytest.raises(FileReplacedError):
            findings.add_finding(store, {"title": "替换后", "category": "A"})
        assert digest(sample_path) == replaced
    finally:
        store.close()


# ── two writers cannot fork the chain ───────────────────────────────────────
WRITER = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from models.store import open_store
from services.evaluation import findings
path, tag, n, mode, progress = sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]
fd = os.open(progress, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
if mode == "shared":  # both processes keep the file open and write at once
    store = open_store(path, actor=tag, lock=False)
    for k in range(n):
        findings.add_finding(store, {"title": f"{tag}-{k}", "category": "A"})
        os.write(fd, f"{k}\n".encode())
    store.close()
else:  # one writer at a time: each edit opens the file, waiting for the other to close it
    for k in range(n):
        store = open_store(path, actor=tag, wait=60)
        try:
            findings.add_finding(store, {"title": f"{tag}-{k}", "category": "A"})
        finally:
            store.close()
        os.write(fd, f"{k}\n".encode())
"""


@pytest.mark.parametrize("mode,n", [("shared", 120), ("locked", 25)])
def test_two_processes_editing_at_once_leave_a_file_that_verifies(sample_path, tmp_path, mode, n):
    procs = []
    for tag in ("甲", "乙"):
        progress = tmp_path / f"{tag}.progress"
        procs.append((tag, progress, subprocess.Popen(
            [sys.executable, "-c", WRITER, str(ROOT), str(sample_path), tag, str(n), mode, str(progress)],
            stderr=subprocess.PIPE, text=True, env={**os.environ})))
    for _tag, _progress, p in procs:
        _out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    assert integrity.verify(sample_path) == []
    store = open_store(sample_path, readonly=True)
    try:
        titles = {f.title for f in findings.list_findings(store)}
    finally:
        store.close()
    acknowledged = [f"{tag}-{k}" for tag, progress, _p in procs for k in progress.read_text().split()]
    assert len(acknowledged) == 2 * n
    assert set(acknowledged) <= titles


# ── reading never writes ────────────────────────────────────────────────────
READING = [("score",), ("score", "--json"), ("verify",), ("figures",), ("findings",), ("funds",),
           ("evidence", "list")]


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_reading_commands_leave_every_byte_as_it_was(sample_path, tmp_path, journal):
    folder = tmp_path / "only"
    folder.mkdir()
    f = folder / "评价 文件.fev"  # a space and Chinese in the name
    if journal == "wal":
        shutil.copyfile(sample_path, f)
    else:  # as imported from a package: the rollback journal
        backups.copy_database(sample_path, f)
    header = f.read_bytes()[18:20]
    before = folder_state(folder)
    for cmd in READING:
        r = cli(cmd[0], *( [cmd[1], f] if len(cmd) == 2 and cmd[0] == "evidence" else [f, *cmd[1:]]))
        assert r.returncode == 0, (cmd, r.stderr)
        assert folder_state(folder) == before, cmd
    r = cli("report", f, "--kind", "scoring-sheet", "-o", tmp_path / "评分表.pdf")
    assert r.returncode == 0, r.stderr
    assert folder_state(folder) == before
    assert f.read_bytes()[18:20] == header  # no journal-mode switch


def test_reading_on_read_only_media_says_read_only(sample_path, tmp_path, monkeypatch, capsys):
    """A write-protected folder (as on a locked stick): reading works, writing says 只读, not 已损坏."""
    from cli.parser import run

    folder = tmp_path / "stick"
    folder.mkdir()
    f = folder / "评价.fev"
    shutil.copyfile(sample_path, f)
    photo = tmp_path / "photo.txt"
    photo.write_text("x")
    folder.chmod(0o555)
    f.chmod(0o444)
    if os.geteuid() == 0:  # root may write anywhere: make the store see the folder as others do
        import models.store as store_mod

        monkeypatch.setattr(store_mod, "writable", lambda path: False)
    before = folder_state(folder)
    try:
        assert run(["score", str(f)]) == 0
        assert "合计" in capsys.readouterr().out
        assert run(["verify", str(f)]) == 0
        capsys.readouterr()
        assert run(["evidence", "add", str(f), str(photo)]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "只读" in err and "损坏" not in err
        assert folder_state(folder) == before
    finally:
        folder.chmod(0o755)


# ── leftovers and field realities ───────────────────────────────────────────
def test_leftovers_of_killed_work_are_cleaned_on_the_next_open(sample_path):
    folder = sample_path.parent
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    merge_tmp = folder / f".{sample_path.name}.merge-{pid}.tmp"
    copy_tmp = folder / f".{sample_path.name}.{pid}.tmp"
    live_tmp = folder / f".{sample_path.name}.merge-{os.getppid()}.tmp"  # a process that is running
    for p in (merge_tmp, copy_tmp, live_tmp):
        p.write_bytes(b"x" * 4096)
    store = open_store(sample_path)
    store.close()
    assert not merge_tmp.exists() and not copy_tmp.exists()
    assert live_tmp.exists()  # a running process's work is left alone
    live_tmp.unlink()
    assert clean_leftovers(sample_path) == []


def test_network_folders_get_the_rollback_journal_with_a_note(sample_path, monkeypatch):
    import models.store as store_mod

    monkeypatch.setattr(store_mod, "location_kind", lambda path: "network")
    store = open_store(sample_path)
    try:
        assert "网络文件夹" in store.note
        with store.engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA journal_mode").scalar().lower() == "delete"
        findings.add_finding(store, {"title": "网络上保存", "category": "A"})
    finally:
        store.close()
    assert not Path(str(sample_path) + "-wal").exists()
    assert integrity.verify(sample_path) == []


def test_a_read_only_store_refuses_edits_and_writes_nothing(sample_path):
    before = digest(sample_path)
    store = open_store(sample_path, readonly=True)
    try:
        assert store.readonly and "只读" in store.note
        with pytest.raises(ReadOnlyError):
            findings.add_finding(store, {"title": "不应保存", "category": "A"})
        assert assessments.score(store).total > 0
    finally:
        store.close()
    assert digest(sample_path) == before
    assert not locks.lock_path(sample_path).exists()
    assert not Path(str(sample_path) + "-wal").exists() and not Path(str(sample_path) + "-shm").exists()


def test_a_file_truncated_by_one_byte_is_refused(sample_path):
    data = sample_path.read_bytes()
    sample_path.write_bytes(data[:-1])
    line = one_line_error(cli("score", sample_path))
    assert "截断" in line
    assert sample_path.read_bytes() == data[:-1]

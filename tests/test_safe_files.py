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


def cli_in_process(capsys, *args) -> subprocess.CompletedProcess:
    """``main.main`` run here, as ``python main.py`` runs it, its outcome in ``cli``'s form."""
    import main

    code = main.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["main.py", *map(str, args)], code, out, err)


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
    with pytest.raises(FileLockedError, match=r"王五.*另一台电脑"):
        open_store(sample_path)
    old = time.time() - locks.STALE_AFTER - 60
    os.utime(lp, (old, old))
    store = open_store(sample_path)
    store.close()
    # a lock file cut short while being written
    lp.write_text('{"user": "u", "mach', encoding="utf-8")
    os.utime(lp, (time.time() - 3600,) * 2)
    open_store(sample_path).close()


@pytest.mark.slow
def test_merge_and_restore_into_a_file_open_elsewhere_are_refused(sample_path, tmp_path, capsys):
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
    # once closed, it goes through (in this process: the refusals above are the real command lines)
    r = cli_in_process(capsys, "merge", sample_path, copy, "-o", sample_path)
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


@pytest.mark.slow
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


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_reading_commands_leave_every_byte_as_it_was(sample_path, tmp_path, journal, capsys):
    """Each reading command on a file in WAL mode (as the program writes it) is a real command line, exiting as it
    does; on a file in rollback-journal mode (nothing written on closing) the same commands run in this process."""
    run = cli if journal == "wal" else (lambda *args: cli_in_process(capsys, *args))
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
        r = run(cmd[0], *( [cmd[1], f] if len(cmd) == 2 and cmd[0] == "evidence" else [f, *cmd[1:]]))
        assert r.returncode == 0, (cmd, r.stderr)
        assert folder_state(folder) == before, cmd
    r = run("report", f, "--kind", "scoring-sheet", "-o", tmp_path / "评分表.pdf")
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


def test_a_wal_removed_while_the_header_is_checked_is_no_error(sample_path, monkeypatch):
    """Another program closing the file removes its -wal at any moment, even between a look that finds it and a look
    at its size: opening then reads the file as it is, never a traceback."""
    from models import readonly

    wal = Path(str(sample_path) + "-wal")
    assert not wal.exists()
    seen = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self: True if self == wal else seen(self))  # found, then gone
    header = sample_path.read_bytes()[:100]
    assert readonly.truncation(sample_path, header) == ""
    monkeypatch.undo()
    store = open_store(sample_path, readonly=True)
    store.close()


@pytest.mark.slow
def test_a_file_truncated_by_one_byte_is_refused(sample_path):
    data = sample_path.read_bytes()
    sample_path.write_bytes(data[:-1])
    line = one_line_error(cli("score", sample_path))
    assert "截断" in line
    assert sample_path.read_bytes() == data[:-1]


# ── every bad input: one line, a non-zero status, no file changed ──────────
def _sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        for st in statements:
            con.execute(st)
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _garbage_json(p):
    _sql(p, "UPDATE assessment SET inputs='{garbage' WHERE rowid=(SELECT min(rowid) FROM assessment)")


def _bad_decimal(p):
    _sql(p, "UPDATE indicator SET max_points='abc' WHERE rowid=(SELECT min(rowid) FROM indicator)")


def _dropped_table(p):
    _sql(p, "PRAGMA foreign_keys=OFF", "DROP TABLE finding_indicator", "DROP TABLE finding")


def _corrupt_pages(p):
    data = bytearray(p.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(2, len(data) // page, 3):
        data[n * page + 100:n * page + 300] = os.urandom(200)
    p.write_bytes(bytes(data))


def _foreign_with_our_id(p):
    from models.readonly import APPLICATION_ID
    from models.store import head_revision

    p.unlink()
    _sql(p, f"PRAGMA application_id={APPLICATION_ID}", "CREATE TABLE alembic_version (version_num VARCHAR(32))",
         f"INSERT INTO alembic_version VALUES ('{head_revision()}')", "CREATE TABLE notes (x)")


def _truncated(p):
    p.write_bytes(p.read_bytes()[:-1])


DAMAGED = {"garbage-json": (_garbage_json, "score"), "bad-decimal": (_bad_decimal, "score"),
           "dropped-table": (_dropped_table, "findings"), "corrupt-pages": (_corrupt_pages, "score"),
           "foreign-db-with-our-id": (_foreign_with_our_id, "funds"), "truncated": (_truncated, "score"),
           "garbage-json-report": (_garbage_json, "report")}


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_damaged_files_are_one_line_with_the_newest_good_backup(case, sample_path, tmp_path, capsys):
    from cli.parser import run

    good = backups.make_backup(sample_path, "manual")
    damage, command = DAMAGED[case]
    damage(sample_path)
    before = digest(sample_path)
    argv = [command, str(sample_path)]
    if command == "report":
        argv += ["--kind", "scoring-sheet", "-o", str(tmp_path / "x.pdf")]
    assert run(argv) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert "损坏" in err or "不完整" in err or "不是" in err or "截断" in err, err
    if case not in ("truncated", "foreign-db-with-our-id", "corrupt-pages"):  # read far enough to be diagnosed
        assert good.name in err, err
    assert digest(sample_path) == before
    assert not (tmp_path / "x.pdf").exists()


def _full_after_a_few_pages(monkeypatch):
    """A disk that fills up: SQLite's page limit makes every write fail with SQLITE_FULL."""
    import models.store as store_mod

    real = store_mod._on_connect

    def limited(con, rec, journal="WAL"):
        real(con, rec, journal)
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        con.execute(f"PRAGMA max_page_count={max(pages, 1)}")

    monkeypatch.setattr(store_mod, "_on_connect", limited)


def test_bad_inputs_to_writing_commands_are_one_line(sample_path, tmp_path, monkeypatch, capsys):
    from cli.parser import run

    photo = tmp_path / "证据 照片.bin"
    photo.write_bytes(os.urandom(200_000))
    before = digest(sample_path)

    def one_line(argv) -> str:
        assert run([str(a) for a in argv]) != 0
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "Traceback" not in err, err
        return err

    # the file open elsewhere: the holder is named, nothing waits ten seconds
    with Holder(sample_path):
        started = time.monotonic()
        assert "张三" in one_line(["evidence", "add", sample_path, photo])
        assert "张三" in one_line(["figures", sample_path, "--payment-cap", "85"])
        assert time.monotonic() - started < 5
    assert digest(sample_path) == before
    # a missing evidence file is "not found", not "not a file"
    assert "找不到文件" in one_line(["evidence", "add", sample_path, tmp_path / "没有.jpg"])
    # disk full while adding evidence and while writing the sample
    with monkeypatch.context() as m:
        _full_after_a_few_pages(m)
        assert "磁盘已满" in one_line(["evidence", "add", sample_path, photo])
        out = tmp_path / "新示例.fev"
        assert "磁盘已满" in one_line(["sample", out])
        assert not out.exists() and not list(tmp_path.glob("*.creating*"))
    store = open_store(sample_path, readonly=True)
    try:
        from services.fieldwork import evidence

        assert evidence.list_evidence(store) == []
    finally:
        store.close()
    assert integrity.verify(sample_path) == []
    # the sample into a folder that cannot be written
    locked = tmp_path / "只读"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        if os.geteuid() == 0:
            real_access = os.access
            monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == locked else real_access(p, mode, **kw))
        assert "只读" in one_line(["sample", locked / "s.fev"])
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_a_framework_nested_1200_levels_is_refused_with_a_message(tmp_path, capsys):
    from cli.parser import run

    node = {"code": "1", "name": "x", "weight": "10"}
    fw = {"format": "fieldeval-framework/1", "id": "deep", "name": "deep", "total": "10", "nodes": [node]}
    text = json.dumps(fw)
    inner = "".join(f',"children":[{{"code":"1.{i}","name":"x","weight":"10"' for i in range(1200)) + "}]" * 1200
    text = text.replace('"weight": "10"}', '"weight": "10"' + inner + "}", 1)
    f = tmp_path / "deep.json"
    f.write_text(text, encoding="utf-8")
    assert run(["check-framework", str(f)]) == 1
    err = capsys.readouterr().err
    assert "层级过深" in err and "Traceback" not in err


# ── bounded memory for hostile inputs ───────────────────────────────────────
MEASURE = r"""
import sys
sys.path.insert(0, sys.argv[1])
kind, arg = sys.argv[2], sys.argv[3]
result = ""
if kind == "package":
    from services.teamwork import package
    try:
        package.import_package(arg, arg + ".fev")
        result = "imported"
    except package.PackageError as exc:
        result = str(exc)
elif kind == "thumbnail":
    from services.fieldwork import evidence
    result = repr(evidence.thumbnail_of(open(arg, "rb").read()))
print(result)
# the peak of this process's own memory: VmHWM belongs to the address space made at exec, whereas
# ru_maxrss keeps the parent's peak across fork+exec (a large pytest process would count here)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(hwm // 1024)
"""


def _measure(kind: str, arg: Path) -> tuple[str, int]:
    r = subprocess.run([sys.executable, "-c", MEASURE, str(ROOT), kind, str(arg)], capture_output=True, text=True,
                       env={**os.environ}, timeout=600)
    assert r.returncode == 0, r.stderr
    result, mb = r.stdout.strip().rsplit("\n", 1)
    return result, int(mb)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads VmHWM from /proc")
def test_a_package_that_expands_132_times_stays_under_500_mb(tmp_path):
    import zipfile

    size = 400 * 1024 * 1024
    pkg = tmp_path / "bomb.fevpkg"
    manifest = {"format": "fieldeval-package", "version": 1, "encrypted": False, "app": "x", "created": "x",
                "evaluation": "x", "entries": [{"name": "evaluation.fev", "size": size, "sha256": "0" * 64}]}
    chunk = bytearray(1024 * 1024)
    chunk[:4400] = os.urandom(4400)
    with zipfile.ZipFile(pkg, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        with zf.open("evaluation.fev", "w", force_zip64=True) as fh:
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    ratio = size / pkg.stat().st_size
    assert 100 < ratio < 200, ratio
    result, mb = _measure("package", pkg)
    assert "校验值不符" in result
    assert mb < 500, mb
    assert not Path(str(pkg) + ".fev").exists() and not list(tmp_path.glob(".fev-import-*"))


def test_kdf_parameters_beyond_what_the_program_writes_are_refused_at_once(tmp_path):
    import zipfile

    from services.teamwork import package

    for kdf in ({"name": "argon2id", "salt": "A" * 24, "memory_cost": 1024 * 1024, "iterations": 1, "lanes": 1},
                {"name": "scrypt", "salt": "A" * 24, "n": 2 ** 20, "r": 8, "p": 1}):
        header = {"format": "fieldeval-package", "version": 1, "encrypted": True, "cipher": "AES-256-GCM",
                  "nonce": "AAAAAAAAAAAAAAAA", "kdf": kdf, "check": "AAAA"}
        pkg = tmp_path / f"{kdf['name']}.fevpkg"
        with zipfile.ZipFile(pkg, "w") as zf:
            zf.writestr("manifest.json", json.dumps(header))
            zf.writestr("payload.bin", b"x" * 64)
        started = time.monotonic()
        with pytest.raises(package.PackageError, match="超出允许范围"):
            package.import_package(pkg, tmp_path / "out.fev", password="口令")
        assert time.monotonic() - started < 2


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads VmHWM from /proc")
def test_a_12000_pixel_square_png_gets_no_thumbnail_and_little_memory(tmp_path):
    import struct
    import zlib

    w = h = 12000
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    comp = zlib.compressobj(9)
    row = b"\x00" + b"\x00" * (w * 3)
    idat = b"".join(comp.compress(row) for _ in range(h)) + comp.flush()
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    f = tmp_path / "big.png"
    f.write_bytes(png)
    assert f.stat().st_size < 1024 * 1024
    result, mb = _measure("thumbnail", f)
    assert result == "None"
    assert mb < 500, mb


def test_control_characters_in_evidence_names_are_shown_safely(sample_store, tmp_path):
    from services.fieldwork import evidence

    f = tmp_path / "照片\t第一张\x1b[31m.jpg"
    f.write_bytes(b"not really a jpeg")
    ev = evidence.add_evidence(sample_store, f)
    assert "\t" not in ev.filename and "\x1b" not in ev.filename and ev.filename.startswith("照片_第一张")

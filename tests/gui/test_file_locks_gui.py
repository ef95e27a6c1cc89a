"""The window and other processes on one file: the window's saved edits survive a merge or a
restore attempted from elsewhere (refused, naming the window's user), and a second window on a file
held elsewhere opens it read-only with the holder named."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from models import locks
from services.evaluation import findings
from services.teamwork import backups, integrity
from tests.gui.conftest import HOLD
from ui.shell.undo import push_edit

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ}, timeout=300)


def _add(window, title: str) -> None:
    store = window.ctx.store
    assert push_edit(window.ctx, title, lambda: findings.add_finding(store, {"title": title, "category": "A"}),
                     lambda: None, "findings") is None


def test_merge_and_restore_from_another_process_never_lose_the_windows_edits(window, tiny_path, tmp_path):
    copy = tmp_path / "组员.fev"
    shutil.copyfile(tiny_path, copy)
    assert window.open_file(tiny_path)
    made = backups.make_backup(tiny_path, "manual")
    saved = []
    for i in range(3):
        _add(window, f"窗口-{i}")
        saved.append(f"窗口-{i}")
    r = _cli("merge", tiny_path, copy, "-o", tiny_path)
    assert r.returncode != 0 and "测试员" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = _cli("backups", tiny_path, "--restore", made.name)
    assert r.returncode != 0 and "测试员" in r.stderr
    for i in range(3, 6):
        _add(window, f"窗口-{i}")
        saved.append(f"窗口-{i}")
    window.close_file()
    assert integrity.verify(tiny_path) == []
    from models.store import open_store

    store = open_store(tiny_path, readonly=True)
    try:
        titles = {f.title for f in findings.list_findings(store)}
    finally:
        store.close()
    assert set(saved) <= titles


def test_a_second_window_is_read_only_with_the_holder_named(window, tiny_path, monkeypatch):
    from ui.dialogs import lock_dialog

    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(ROOT), str(tiny_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert holder.stdout.readline().strip() == "ready"
        asked = []

        def ask(parent, path, info):
            dlg = lock_dialog.LockDialog(path, info, parent)
            asked.append(dlg.text.text())
            return lock_dialog.READ_ONLY

        monkeypatch.setattr(lock_dialog, "ask", ask)
        before = tiny_path.read_bytes()
        assert window.open_file(tiny_path)
        assert asked and "第一个窗口" in asked[0] and str(holder.pid) in asked[0]
        assert window.ctx.store.readonly and "只读" in window.windowTitle()
        store = window.ctx.store
        failed = push_edit(window.ctx, "x", lambda: findings.add_finding(store, {"title": "不应保存", "category": "A"}),
                           lambda: None, "findings")
        assert failed and "只读" in failed
        window.close_file()
        assert tiny_path.read_bytes() == before
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)


def test_waiting_in_the_lock_dialog_ends_when_the_file_is_free(qtbot, tiny_path):
    from ui.dialogs.lock_dialog import WRITE, LockDialog

    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(ROOT), str(tiny_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ})
    assert holder.stdout.readline().strip() == "ready"
    dlg = LockDialog(tiny_path, locks.holder(tiny_path))
    qtbot.addWidget(dlg)
    dlg.start_waiting()
    assert dlg.choice is None and not dlg.wait_btn.isEnabled()
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=30)
    qtbot.waitUntil(lambda: dlg.choice == WRITE, timeout=10000)


def test_an_idle_window_keeps_its_lock_fresh_for_other_computers(window, tiny_path):
    assert window.open_file(tiny_path)
    lp = locks.lock_path(tiny_path)
    old = lp.stat().st_mtime - 7 * 3600
    os.utime(lp, (old, old))
    window._refresh_lock()  # what the window's timer does every ten minutes
    assert lp.stat().st_mtime > old + 6 * 3600
    window.close_file()
    assert not lp.exists()

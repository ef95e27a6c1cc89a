"""One window per user: a second ``main.py FILE.fev`` hands its file to the window already open."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QMessageBox

from ui.shell import single_instance

ROOT = Path(__file__).resolve().parents[2]


def _start(*args: str, **extra_env: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra_env}
    return subprocess.Popen([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


@pytest.fixture
def listening(window):
    """The test's window, serving requests the way ``run()`` wires it."""
    server = single_instance.InstanceServer()
    assert server.listen(), server.server.errorString()
    server.attach(lambda request: single_instance.serve(window, request))
    yield server
    server.close()


def test_second_start_hands_its_file_to_the_open_window(window, listening, tiny_path, sample_path, qtbot):
    assert window.open_file(tiny_path)
    other = sample_path.parent / "其他 评价.fev"  # a space and Chinese in the name
    sample_path.rename(other)
    proc = _start(os.path.relpath(other, ROOT))  # a relative path: the window gets the absolute one
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    _out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    qtbot.waitUntil(lambda: window.ctx.store is not None and Path(window.ctx.store.path) == other, timeout=10000)
    assert window.live.info.name  # the sample really is open, not just its name remembered


def test_a_file_that_cannot_be_opened_gets_the_usual_message(window, listening, tmp_path, qtbot, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.update(title=title, text=text))
    missing = tmp_path / "不存在.fev"
    proc = _start(str(missing))
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    assert proc.returncode == 0, proc.communicate()[1]
    qtbot.waitUntil(lambda: "title" in shown, timeout=10000)
    assert shown["title"] == "无法打开"
    assert window.ctx.store is None


def test_sub_commands_never_take_part(window, listening, sample_path, qtbot):
    proc = _start("score", str(sample_path))
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "合计 78.8/100" in out  # the command itself ran and printed
    qtbot.wait(200)
    assert window.ctx.store is None  # and the window was left alone


def test_the_name_is_per_user_and_per_data_folder(tmp_path, monkeypatch):
    mine = single_instance.server_name()
    assert mine == single_instance.server_name()  # stable: the second start finds the first
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "另一位组员")
    other_user = single_instance.server_name()
    monkeypatch.setenv("FIELDEVAL_DATA_DIR", str(tmp_path / "portable"))
    other_user_other_folder = single_instance.server_name()
    assert len({mine, other_user, other_user_other_folder}) == 3
    assert all(n.startswith("FieldEval-") and len(n) < 40 for n in (mine, other_user, other_user_other_folder))


def test_a_live_window_is_never_displaced(window, listening, qtbot):
    second = single_instance.InstanceServer()
    assert not second.listen()  # the open window keeps its name ...
    second.close()
    proc = _start("--sample")
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    assert proc.returncode == 0, proc.communicate()[1]
    qtbot.waitUntil(lambda: window.ctx.store is not None, timeout=15000)  # ... and still serves: the sample opened
    assert window.live.info.name


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind after a crash")
def test_a_stale_socket_from_a_crash_is_replaced(qapp):
    name = single_instance.server_name()
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # bound, never listening, then gone: what a killed window leaves behind
    stale.close()
    try:
        assert path.exists() and not single_instance._answers(name)
        server = single_instance.InstanceServer(name)
        assert server.listen(), server.server.errorString()
        try:
            assert single_instance._answers(name)
        finally:
            server.close()
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind after a crash")
def test_a_stale_socket_does_not_block_start_up(qapp, sample_path):
    path = Path(QDir.tempPath()) / single_instance.server_name()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()
    try:
        proc = _start(str(sample_path), FIELDEVAL_QUIT_AFTER_PAINT="1", FIELDEVAL_TIMING="1")
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "first-paint" in err and "window ready" in err  # the window itself started and painted
        assert "Traceback" not in err
    finally:
        path.unlink(missing_ok=True)

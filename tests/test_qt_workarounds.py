"""The binding's reference-count bug (ui/shell/qt_workarounds.py) must not be able to abort the window."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EMIT_MANY = r"""
import sys
sys.path.insert(0, {root!r})
import ui  # applies the work-around
from PySide6.QtCore import QObject, QStringListModel
o = QObject()
m = QStringListModel(["a", "b"])
a, b = m.index(0, 0), m.index(1, 0)
for _ in range(20000):  # far more than True's ordinary reference count (a few hundred)
    o.objectNameChanged.emit("x")
    m.dataChanged.emit(a, b)
print("survived")
"""


def test_many_signal_emits_do_not_abort_python():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-c", EMIT_MANY.format(root=str(ROOT))], env=env, capture_output=True,
                       text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-1500:]
    assert "survived" in p.stdout


WINDOW_STRESS = r"""
import json, os, sys, tempfile
sys.path.insert(0, {root!r})
os.environ["FIELDEVAL_DATA_DIR"] = tempfile.mkdtemp()
import ui  # applies the work-around
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from services.evaluation import assessments
from services.frameworks import catalog
from ui.shell.app import make_app
from ui.shell.context import AppContext
from ui.shell.main_window import MainWindow

folder = tempfile.mkdtemp()
path = os.path.join(folder, "stress.fev")
assessments.create(path, catalog.load("national-project-2020"), {{"name": "压力测试"}}).close()
app = make_app([])
w = MainWindow(AppContext(actor="压力测试"))
w.resize(1366, 768)
w.show()
w.open_file(__import__("pathlib").Path(path))
panel = w.walk.panel
leaf = panel.current
rows = panel.editors["a"].rows
met, not_met = rows[0].buttons["met"], rows[0].buttons["not_met"]
before = sys.getrefcount(None)
for i in range({clicks}):  # alternate 满足 / 不满足 on one indicator: every click is a saved edit
    QTest.mouseClick(met if i % 2 == 0 else not_met, Qt.MouseButton.LeftButton)
app.processEvents()
after_clicks = sys.getrefcount(None)
for _ in range({moves}):  # walk the tree with Ctrl+→ from wherever the focus is
    QTest.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
app.processEvents()
after_moves = sys.getrefcount(None)
state = assessments.load_tree(w.ctx.store)[1][leaf]
print(json.dumps({{"alive": True, "last": state.inputs["a"]["points"]["p1"]["state"] if state.inputs else None,
                  "none_per_click": (before - after_clicks) / {clicks}, "none_per_move": (after_clicks - after_moves) / {moves}}}))
w.close()
"""


def test_window_survives_many_saved_edits_and_moves():
    """1,500 alternate clicks (each a saved edit) and 3,000 moves through the real window: the
    process lives, the last click is what the file holds, and the headroom covers any session."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = WINDOW_STRESS.format(root=str(ROOT), clicks=1500, moves=3000)
    p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr[-2000:]
    import json

    out = json.loads(p.stdout.strip().splitlines()[-1])
    assert out["alive"] and out["last"] == "not_met"  # click 1,500 (an even count) was 不满足
    # without the work-around None would be freed after ~its ordinary count (a few thousand) of
    # leaked references; with 2**40 of headroom a session of a billion edits and moves is safe
    leak = max(out["none_per_click"], out["none_per_move"], 1)
    from ui.shell.qt_workarounds import HEADROOM

    assert HEADROOM / leak > 1e9

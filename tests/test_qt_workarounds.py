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

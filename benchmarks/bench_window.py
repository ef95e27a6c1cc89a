"""How fast the window opens the sample and moves between indicators (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window.py

Prints: process start → window showing the sample (a fresh interpreter, measured from outside),
and per-indicator times for "next" over every leaf of the sample (median and worst), and the time
to save one scoring edit and redraw (rescoring the whole tree).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import os, sys
sys.path.insert(0, {root!r})
from ui.app import make_app, install_translations
from ui.context import AppContext
from ui.main_window import MainWindow
app = make_app([])
install_translations(app)
w = MainWindow(AppContext("bench"))
w.show()
w.open_sample()
app.processEvents()
assert w.scoreboard.total.text() == "78.8", w.scoreboard.total.text()
"""


def startup(runs: int = 3) -> list[float]:
    out = []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for _ in range(runs):
        env["FIELDEVAL_DATA_DIR"] = tempfile.mkdtemp(prefix="fieldeval-bench-")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT))], check=True, env=env)
        out.append(time.perf_counter() - t)
    return out


def walk() -> tuple[list[float], list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FIELDEVAL_DATA_DIR"] = tempfile.mkdtemp(prefix="fieldeval-bench-")
    sys.path.insert(0, str(ROOT))
    from ui.shell.app import make_app
    from ui.shell.context import AppContext
    from ui.shell.main_window import MainWindow

    app = make_app([])
    w = MainWindow(AppContext("bench"))
    w.resize(1366, 768)
    w.show()
    w.open_sample()
    app.processEvents()
    first = w.live.leaf_ids()[0]
    w.walk.go_to(first)
    app.processEvents()
    nav, again = [], []
    for times in (nav, again):  # with a reading pause (the next view is prefetched); then key-repeat fast
        w.walk.go_to(first)
        app.processEvents()
        for _ in range(len(w.live.leaf_ids()) - 1):
            if times is nav:
                time.sleep(0.06)  # the evaluator reads for seconds; the next view is built meanwhile
                app.processEvents()
            t = time.perf_counter()
            w.walk.navigate("next")
            app.processEvents()
            times.append(time.perf_counter() - t)
    edits = []
    w.walk.go_to(first)
    for comment in ("基准测试 1", "基准测试 2", "基准测试 3", "基准测试 4", "基准测试 5"):
        panel = w.walk.panel
        panel.comment.setPlainText(comment)
        t = time.perf_counter()
        panel.view._save_comment()
        app.processEvents()
        edits.append(time.perf_counter() - t)
    w.close()
    return nav, again, edits


def ms(xs: list[float]) -> str:
    return f"median {statistics.median(xs) * 1000:.0f} ms, worst {max(xs) * 1000:.0f} ms"


if __name__ == "__main__":
    s = startup()
    print(f"start-up to window with the sample: median {statistics.median(s):.2f} s (runs: {', '.join(f'{x:.2f}' for x in s)})")
    nav, again, edits = walk()
    print(f"next indicator after reading a moment ({len(nav)} moves): {ms(nav)}")
    print(f"next indicator, moves back to back, no pause ({len(again)} moves): {ms(again)}")
    print(f"one edit saved, rescored and redrawn: {ms(edits)}")

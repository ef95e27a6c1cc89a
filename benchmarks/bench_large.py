"""A large evaluation in the real window: 1,000 三级指标, 10,000 findings, 5,000 evidence items.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_large.py [--moves 300] [--edits 40]

Measured through the real main window (offscreen), on a copy of benchmarks/large.py's master file:

  open             MainWindow.open_file → first paint of the populated window      goal < 1 s
  next indicator   WalkPage.navigate("next") → events processed (tree model + panel)  goal < 16 ms
  edit → total     an input panel edit (undo command → service → commit → rescore →
                   scoreboard) until the total label shows the new total             goal < 10 ms
                   (then also until every page's deferred refresh has run)
                   (also: the rescore and redraw alone, ctx.notify → label)
  autosave         services.evaluation.assessments.set_item_inputs: one edit committed to disk    goal < 20 ms median
  peak memory      the process's peak RSS with the evaluation open and walked         goal < 300 MB

Wall times (perf_counter) and CPU times (process_time) are both given: on a busy machine the CPU
figure is the one that says what the code costs.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def stats(xs: list[float]) -> str:
    xs = sorted(xs)
    p95 = xs[min(len(xs) - 1, int(len(xs) * 0.95))]
    return f"median {statistics.median(xs) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, worst {xs[-1] * 1000:.1f} ms"


class Clock:
    """Wall and CPU time of a block."""

    def __enter__(self):
        self.w, self.c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.w, time.process_time() - self.c


def peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:
        return float("nan")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--moves", type=int, default=300)
    ap.add_argument("--edits", type=int, default=40)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="fieldeval-large-"))
    os.environ["FIELDEVAL_DATA_DIR"] = str(work / "data")

    from benchmarks.large import large_copy

    t = time.perf_counter()
    path = large_copy(work / "large.fev")
    print(f"large evaluation ready ({path.stat().st_size / 1e6:.0f} MB file, {time.perf_counter() - t:.1f} s)")

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from services.evaluation import assessments
    from services.scoring import fmt
    from ui.shell.app import make_app
    from ui.shell.context import SCORES, AppContext
    from ui.shell.main_window import MainWindow

    app = make_app([])
    base_rss = peak_rss_mb()
    w = MainWindow(AppContext("基准测试"))
    w.resize(1366, 768)
    w.show()
    app.processEvents()

    class Painted(QObject):
        hit = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is w:
                Painted.hit = True
            return False

    probe = Painted()
    app.installEventFilter(probe)
    results: dict[str, str] = {}

    # -- open ----------------------------------------------------------------------
    with Clock() as c:
        Painted.hit = False
        w.open_file(path)
        while not Painted.hit:
            app.processEvents()
    app.removeEventFilter(probe)
    leaves = w.live.leaf_ids()
    results["open"] = f"{c.wall:.3f} s wall, {c.cpu:.3f} s CPU ({len(leaves)} leaves, total {w.scoreboard.total.text()})"
    print("open (window, to first paint):", results["open"])
    with Clock() as c2:
        store = assessments.open_evaluation(path.with_name("large.fev"), actor="基准测试")  # same file, second handle
        sheet = assessments.score(store)
        store.close()
    print(f"open (services: open_evaluation + score): {c2.wall:.3f} s wall, {c2.cpu:.3f} s CPU, total {fmt(sheet.total)}")

    # -- next indicator --------------------------------------------------------------
    moves = min(args.moves, len(leaves) - 1)
    for label in ("first visit", "revisit"):
        w.walk.go_to(leaves[0])
        app.processEvents()
        wall, cpu = [], []
        for _ in range(moves):
            with Clock() as c:
                w.walk.navigate("next")
                app.processEvents()
            wall.append(c.wall)
            cpu.append(c.cpu)
        print(f"next indicator, {label} ({moves} moves): wall {stats(wall)}; CPU {stats(cpu)}")
        results[f"next {label}"] = stats(wall)

    # -- edit → updated total ----------------------------------------------------------
    view = w.walk.panel.view
    w.walk.go_to(leaves[5])
    app.processEvents()
    iid = leaves[5]
    chain_w, chain_c, redraw_w, redraw_c, sync_w = [], [], [], [], []
    for n in range(args.edits):
        count = str(n % 5 + 1)
        with Clock() as c:
            view._submit_item("a", {"count": count})  # what the input panel does on an edit
            with Clock() as s:
                pass
            sync_w.append(s.w - c.w)  # the total label is set synchronously inside the edit
            app.processEvents()
        shown = w.scoreboard.total.text()
        if shown != fmt(w.live.sheet.total, 2):
            raise SystemExit(f"the scoreboard shows {shown}, the tree says {fmt(w.live.sheet.total, 2)}")
        chain_w.append(c.wall)
        chain_c.append(c.cpu)
        with Clock() as c:
            w.ctx.notify(SCORES)  # rescore + redraw only, no write
            app.processEvents()
        redraw_w.append(c.wall)
        redraw_c.append(c.cpu)
    print(f"edit → total label updated (commit, rescore, scoreboard; synchronous): wall {stats(sync_w)}")
    print(f"edit → all pages redrawn (incl. deferred refreshes): wall {stats(chain_w)}; CPU {stats(chain_c)}")
    print(f"rescore + redraw only (notify → label): wall {stats(redraw_w)}; CPU {stats(redraw_c)}")

    # -- autosave ------------------------------------------------------------------------
    store = w.ctx.store
    save_w = []
    for n in range(args.edits):
        with Clock() as c:
            assessments.set_item_inputs(store, iid, "a", {"count": str(n % 5 + 1)})
        save_w.append(c.wall)
    print(f"autosave of one edit (set_item_inputs, committed, synchronous=FULL): {stats(save_w)}")

    print(f"peak memory: {peak_rss_mb():.0f} MB RSS with the large evaluation open and walked "
          f"(Qt application alone: {base_rss:.0f} MB)")
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up: process start → first painted main window with the sample open, against a bare PySide6
window started the same way in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--bundle dist/FieldEval]
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/bench_startup.py --platform xcb

Both are fresh processes launched the same way (``python SCRIPT``); each prints the monotonic clock at
its first paint and quits (``ui/shell/startup_probe.py``); the figure is launch → first paint. FieldEval
is started exactly as the evaluator starts it, ``python main.py FILE.fev`` on a copy of the sample;
runs alternate between the two so machine noise hits both alike. With ``--bundle`` the bundled
executable is timed too (no bare bundled window exists, so that figure has no ratio). Goal: ≤ 1.5×
the bare window, and under 1.5 s.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = r"""
import sys
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication, QMainWindow
from ui.shell.startup_probe import arm
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1366, 768)
arm(w)
w.show()
sys.exit(app.exec())
"""


EAGER = r"""
import runpy, sys
sys.path.insert(0, {root!r})
import matplotlib
matplotlib.use("Agg", force=False)
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
sys.argv = [{root!r} + "/main.py", sys.argv[1]]
runpy.run_path({root!r} + "/main.py", run_name="__main__")
"""


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from launching ``cmd`` to its first paint. The child prints ``time.perf_counter()`` at
    that moment; on Linux and Windows it is a system-wide monotonic clock, comparable across processes."""
    before = _children_cpu()
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    stamp = re.search(r"first-paint ([0-9.]+)", p.stderr)
    if p.returncode != 0 or not stamp:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    CPU.append(_children_cpu() - before)
    return float(stamp.group(1)) - t


CPU: list[float] = []  # CPU seconds (user + system) of each run, start to exit: robust on a busy machine


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    ap.add_argument("--bundle", type=Path, help="a built bundle folder (dist/FieldEval) to time as well")
    ap.add_argument("--eager-matplotlib", action="store_true",
                    help="also time FieldEval with matplotlib imported before the window (the charts page did "
                         "that until it built its canvases on first show): the before/after of that fix")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="fieldeval-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, FIELDEVAL_QUIT_AFTER_PAINT="1",
               FIELDEVAL_DATA_DIR=str(work / "data"))
    sample = work / "sample.fev"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "sample", str(sample)], env=env, check=True,
                   capture_output=True)
    bare_script = work / "bare_window.py"
    bare_script.write_text(BARE.format(root=str(ROOT)), encoding="utf-8")

    def fieldeval_cmd(i: int) -> list[str]:
        copy = work / f"run{i}.fev"
        shutil.copyfile(sample, copy)
        return [sys.executable, str(ROOT / "main.py"), str(copy)]

    # one warm-up of each (disk cache, font cache), then alternate
    run_once([sys.executable, str(bare_script)], env)
    run_once(fieldeval_cmd(0), env)
    bare, app, bare_cpu, app_cpu = [], [], [], []
    for i in range(args.runs):
        bare.append(run_once([sys.executable, str(bare_script)], env))
        bare_cpu.append(CPU[-1])
        app.append(run_once(fieldeval_cmd(i + 1), env))
        app_cpu.append(CPU[-1])
    b, a = statistics.median(bare), statistics.median(app)
    bc, ac = statistics.median(bare_cpu), statistics.median(app_cpu)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"platform {args.platform}, {args.runs} runs each, medians (load average at the end: {load:.1f} "
          f"on {os.cpu_count()} CPUs):")
    print(f"  bare PySide6 window:              {b:.3f} s to first paint, {bc:.3f} s CPU (runs {', '.join(f'{x:.2f}' for x in bare)})")
    print(f"  FieldEval with the sample open:   {a:.3f} s to first paint, {ac:.3f} s CPU (runs {', '.join(f'{x:.2f}' for x in app)})")
    print(f"  ratio: {a / b:.2f}× wall, {ac / bc:.2f}× CPU   (goal ≤ 1.5× and < 1.5 s: "
          f"{'met' if a / b <= 1.5 and a < 1.5 else 'MISSED'})")
    if args.eager_matplotlib:
        eager = work / "eager.py"
        eager.write_text(EAGER.format(root=str(ROOT)), encoding="utf-8")
        before, before_cpu = [], []
        for i in range(args.runs):
            before.append(run_once([sys.executable, str(eager), str(fieldeval_cmd(100 + i)[-1])], env))
            before_cpu.append(CPU[-1])
        print(f"  FieldEval, matplotlib imported eagerly (before the fix): {statistics.median(before):.3f} s to first "
              f"paint, {statistics.median(before_cpu):.3f} s CPU (runs {', '.join(f'{x:.2f}' for x in before)})")
    if args.bundle:
        exe = args.bundle / ("FieldEval.exe" if os.name == "nt" else "FieldEval")
        cmd = lambda i: [str(exe), str(shutil.copyfile(sample, work / f"bundle{i}.fev"))]  # noqa: E731
        run_once(cmd(0), env)
        bundled, bundled_cpu = [], []
        for i in range(args.runs):
            bundled.append(run_once(cmd(i + 1), env))
            bundled_cpu.append(CPU[-1])
        print(f"  bundled FieldEval, sample open:   {statistics.median(bundled):.3f} s to first paint, "
              f"{statistics.median(bundled_cpu):.3f} s CPU (runs {', '.join(f'{x:.2f}' for x in bundled)})")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The report timings repeated against the bundle: each document of the sample (and of a large
synthetic evaluation), written by the bundled executable and by ``python main.py`` from the
source tree, each a fresh process as an evaluator's export would be.

    .venv/bin/python benchmarks/bench_bundle.py dist/FieldEval [--runs 3] [--large]

Wall time is launch → exit of the command; CPU is the child's user + system time (the figure to
trust on a busy machine). ``--large`` adds the 500-三级指标 / 1,000-finding evaluation of
benchmarks/synthetic.py (the reports issue's large case).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DOCS = [("scoring-sheet", "pdf"), ("scoring-sheet", "xlsx"), ("issue-list", "pdf"), ("summary", "pdf"),
        ("report", "pdf"), ("report", "docx"), ("working-papers", "pdf")]


def child_cpu() -> float:
    try:
        import resource
    except ImportError:
        return 0.0
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    c, t = child_cpu(), time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    wall, cpu = time.perf_counter() - t, child_cpu() - c
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)}: {p.stderr.strip()[-500:]}")
    return wall, cpu


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("bundle", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--large", action="store_true")
    args = ap.parse_args()
    exe = (args.bundle / ("fieldeval-cli.exe" if os.name == "nt" else "FieldEval")).resolve()
    work = Path(tempfile.mkdtemp(prefix="fieldeval-bundle-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDEVAL_DATA_DIR=str(work / "data"))
    runners = {"bundle": [str(exe)], "source": [sys.executable, str(ROOT / "main.py")]}

    files = {"sample": work / "sample.fev"}
    timed(runners["bundle"] + ["sample", str(files["sample"])], env)
    if args.large:
        from benchmarks.synthetic import make_evaluation

        os.environ["FIELDEVAL_DATA_DIR"] = env["FIELDEVAL_DATA_DIR"]
        files["large (500/1000)"] = work / "large.fev"
        make_evaluation(files["large (500/1000)"], leaves=500, findings=1000).close()

    print(f"{'file':<18} {'document':<22} {'bundle wall':>11} {'bundle CPU':>10} {'source wall':>11} {'source CPU':>10}")
    cold = {}
    for who, base in runners.items():  # cold start of the command line itself
        cold[who] = timed(base + ["--version"], env)
    print(f"{'—':<18} {'--version (start-up)':<22} {cold['bundle'][0]:>10.2f}s {cold['bundle'][1]:>9.2f}s "
          f"{cold['source'][0]:>10.2f}s {cold['source'][1]:>9.2f}s")
    for label, fev in files.items():
        for kind, fmt in DOCS:
            row = {}
            for who, base in runners.items():
                out = work / f"{who}-{kind}.{fmt}"
                runs = [timed(base + ["report", str(fev), "--kind", kind, "--format", fmt, "-o", str(out)], env)
                        for _ in range(args.runs)]
                row[who] = (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
            print(f"{label:<18} {kind + ' ' + fmt:<22} {row['bundle'][0]:>10.2f}s {row['bundle'][1]:>9.2f}s "
                  f"{row['source'][0]:>10.2f}s {row['source'][1]:>9.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

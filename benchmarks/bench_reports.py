"""Time every printed document for the sample and a large synthetic evaluation, and compare the
评分表 with the route evaluators use today (an XLSX turned into a PDF by LibreOffice, headless).

    .venv/bin/python benchmarks/bench_reports.py [--out docs/benchmarks-reports.md] [--leaves 500 --findings 1000]
    .venv/bin/python benchmarks/bench_reports.py --side-by-side [--runs 10]

Goals: the full 评价报告 PDF of the sample in under 2 s; the 评分表 PDF at least 10×
faster than LibreOffice converting the same 评分表 XLSX.

``--side-by-side`` times only the cold command ``python main.py report sample.fev --kind scoring-sheet``
against LibreOffice headless converting the same 评分表 XLSX, in one hyperfine call (warm-ups, the
commands interleaved by hyperfine's own order, wall and CPU of each), and prints a Markdown table
(goal: the cold command at least twice as fast). Needs ``hyperfine`` and ``soffice``.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def timed(fn, repeat: int = 1) -> float:
    """Best wall-clock time of ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def cpu_timed(fn) -> float:
    """CPU seconds (user + system) of one in-process run: steadier than wall time on a shared machine."""
    t = time.process_time()
    fn()
    return time.process_time() - t


def child_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_convert(xlsx: Path, outdir: Path, profile: Path) -> float | None:
    exe = soffice()
    if not exe:
        return None
    cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir",
           str(outdir), str(xlsx)]
    c0, t = child_cpu(), time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, timeout=600)
    elapsed, cpu = time.perf_counter() - t, child_cpu() - c0
    if r.returncode != 0 or not (outdir / (xlsx.stem + ".pdf")).exists():
        return None
    return elapsed, cpu


def cli_cold(fev: Path, kind: str, out: Path) -> tuple[float, float]:
    """The whole command, Python start-up included (what an evaluator waits for at the prompt):
    (wall seconds, CPU seconds)."""
    c0, t = child_cpu(), time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "report", str(fev), "--kind", kind, "--format", "pdf",
                    "-o", str(out)], check=True, capture_output=True)
    return time.perf_counter() - t, child_cpu() - c0


def run_cpu(cmd: list[str]) -> tuple[float, float]:
    c0, t = child_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t, child_cpu() - c0


def side_by_side(work: Path, runs: int = 10, warmup: int = 2) -> str:
    """The cold 评分表 command against LibreOffice, in one hyperfine call; a Markdown report."""
    import json
    import shlex

    from services.evaluation.sample import write_sample

    exe, hf = soffice(), shutil.which("hyperfine")
    if not exe or not hf:
        return "hyperfine or LibreOffice (soffice) is not installed here: no side-by-side comparison made."
    data = Path(os.environ["FIELDEVAL_DATA_DIR"])
    sample, out_dir, profile = work / "sample.fev", work / "lo-out", work / "lo-profile"
    write_sample(sample).close()
    out_dir.mkdir(exist_ok=True)
    xlsx = work / "评分表.xlsx"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "report", str(sample), "--kind", "scoring-sheet",
                    "--format", "xlsx", "-o", str(xlsx)], check=True, capture_output=True, cwd=ROOT)
    fe = shlex.join([sys.executable, "main.py", "report", str(sample), "--kind", "scoring-sheet", "--format", "pdf",
                     "-o", str(work / "评分表.pdf")])
    lo = shlex.join([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}", "--convert-to",
                     "pdf", "--outdir", str(out_dir), str(xlsx)])
    report = work / "hyperfine.json"
    cmd = [hf, "-w", str(warmup), "-r", str(runs), "-N", "--export-json", str(report),
           "-n", "FieldEval 评分表 PDF, cold", fe,
           "-n", "FieldEval, font cache emptied before each run", "--prepare",
           f"rm -rf {shlex.quote(str(data / 'cache'))}", fe,
           "-n", "LibreOffice, the same 评分表 XLSX → PDF", lo]
    load_before = os.getloadavg()[0]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    load_after = os.getloadavg()[0]
    results = json.loads(report.read_text(encoding="utf-8"))["results"]
    lines = [f"Run {datetime.now():%Y-%m-%d %H:%M} on {cpu_name()}, {os.cpu_count()} cores, {platform.system()} "
             f"{platform.release()}, Python {platform.python_version()}; load average {load_before:.1f} before, "
             f"{load_after:.1f} after; {runs} runs each after {warmup} warm-ups, in one hyperfine call:", "",
             "| command | wall mean (s) | wall min (s) | user CPU (s) | system CPU (s) |", "|---|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['command']} | {r['mean']:.2f} ± {r['stddev']:.2f} | {min(r['times']):.2f} | "
                     f"{r['user']:.2f} | {r['system']:.2f} |")
    fe_r, lo_r = results[0], results[-1]
    cpu = (lo_r["user"] + lo_r["system"]) / (fe_r["user"] + fe_r["system"])
    lines += ["", f"Ratio LibreOffice ÷ FieldEval cold: **{lo_r['mean'] / fe_r['mean']:.1f}×** wall (mean), "
              f"{min(lo_r['times']) / min(fe_r['times']):.1f}× wall (min), **{cpu:.1f}×** CPU (goal: ≥ 2×)."]
    return "\n".join(lines)


def bench(fev: Path, work: Path, label: str, repeat: int) -> tuple[list[tuple[str, str, float, int]], dict]:
    from services.reports import DOCUMENTS, export

    rows = []
    for kind, doc in DOCUMENTS.items():
        for fmt in doc.formats:
            out = work / f"{label}-{kind}.{fmt}"
            secs = timed(lambda kind=kind, fmt=fmt, out=out: export(fev, kind, fmt, out), repeat)
            cpu = cpu_timed(lambda kind=kind, fmt=fmt, out=out: export(fev, kind, fmt, out))
            pages = 0
            if fmt == "pdf":
                import pypdf

                pages = len(pypdf.PdfReader(str(out)).pages)
            rows.append((doc.title, fmt, secs, pages, cpu))
            print(f"  {label} {doc.title} {fmt}: {secs:.2f} s (CPU {cpu:.2f} s)" + (f", {pages} 页" if pages else ""),
                  flush=True)
    extra = {"cold_report": cli_cold(fev, "report", work / f"{label}-cold-report.pdf"),
             "cold_help": run_cpu([sys.executable, str(ROOT / "main.py"), "--help"]),
             "cold_mpl": run_cpu([sys.executable, "-c", "import matplotlib.figure, matplotlib.backends.backend_agg"]),
             "cold_sheet": cli_cold(fev, "scoring-sheet", work / f"{label}-cold-sheet.pdf")}
    profile = work / "lo-profile"
    xlsx = work / f"{label}-scoring-sheet.xlsx"
    lo_dir = work / f"lo-{label}"
    lo_dir.mkdir(exist_ok=True)
    extra["lo_first"] = libreoffice_convert(xlsx, lo_dir, profile)  # includes creating the LO profile
    extra["lo"] = libreoffice_convert(xlsx, lo_dir, profile)
    return rows, extra


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks-reports.md")
    p.add_argument("--leaves", type=int, default=500)
    p.add_argument("--findings", type=int, default=1000)
    p.add_argument("--repeat", type=int, default=2, help="best of N runs in-process")
    p.add_argument("--side-by-side", action="store_true",
                   help="only the cold 评分表 command against LibreOffice (hyperfine); prints Markdown")
    p.add_argument("--runs", type=int, default=10, help="hyperfine runs per command (--side-by-side)")
    a = p.parse_args()
    if a.side_by_side:
        work = Path(tempfile.mkdtemp(prefix="fieldeval-bench-"))
        os.environ.setdefault("FIELDEVAL_DATA_DIR", str(work / "data"))
        try:
            print(side_by_side(work, a.runs))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0

    from benchmarks.synthetic import make_evaluation
    from services.evaluation.sample import write_sample

    work = Path(tempfile.mkdtemp(prefix="fieldeval-bench-"))
    os.environ.setdefault("FIELDEVAL_DATA_DIR", str(work / "data"))
    try:
        sample = work / "sample.fev"
        write_sample(sample).close()
        t = time.perf_counter()
        make_evaluation(work / "large.fev", a.leaves, a.findings).close()
        gen = time.perf_counter() - t
        print("sample:", flush=True)
        s_rows, s_extra = bench(sample, work, "sample", a.repeat)
        print("large:", flush=True)
        l_rows, l_extra = bench(work / "large.fev", work, "large", 1)
    finally:
        pass

    def sheet(rows, col):
        return next(r[col] for r in rows if r[0] == "评分表" and r[1] == "pdf")

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    lines = [
        "# Benchmarks: printed documents",
        "",
        f"`benchmarks/bench_reports.py`, run {datetime.now():%Y-%m-%d %H:%M} on {cpu_name()}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}; load average at the end "
        f"{load:.1f} (the machine is shared: wall times vary with load, CPU times much less).",
        "",
        f"In-process: wall time best of {a.repeat} runs for the sample (1 for the large evaluation) and the CPU time "
        "of one run, from opening the evaluation file to the renamed output file, fonts already loaded. *Cold*: the "
        "whole command `python main.py report …`, Python start-up, imports and font loading included.",
        "",
        f"Large synthetic evaluation: {a.leaves} 三级指标, {a.findings} findings, generated through the services "
        f"(`benchmarks/synthetic.py`) in {gen:.1f} s.",
        "",
        "| document | format | sample wall (s) | sample CPU (s) | pages | large wall (s) | large CPU (s) | pages |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s_r, l_r in zip(s_rows, l_rows):
        lines.append(f"| {s_r[0]} | {s_r[1].upper()} | {s_r[2]:.2f} | {s_r[4]:.2f} | {s_r[3] or ''} | {l_r[2]:.2f} | "
                     f"{l_r[4]:.2f} | {l_r[3] or ''} |")
    lines += ["", "## Goals", ""]
    rep = next(r for r in s_rows if r[0] == "评价报告" and r[1] == "pdf")
    cw, cc = s_extra["cold_report"]
    lines.append(f"- Full 评价报告 PDF of the sample ({rep[3]} pages, charts included): **{rep[2]:.2f} s** wall / "
                 f"{rep[4]:.2f} s CPU in-process; cold command {cw:.2f} s wall / {cc:.2f} s CPU (goal: under 2 s). "
                 f"Of the cold command's CPU, {s_extra['cold_help'][1]:.2f} s is `python main.py --help` alone (Python "
                 f"start-up and the argument parser, which imports the services of every sub-command) and "
                 f"{s_extra['cold_mpl'][1]:.2f} s is importing matplotlib for the two charts.")
    for label, rows, extra in (("sample", s_rows, s_extra), (f"large evaluation ({a.leaves} 三级指标)", l_rows, l_extra)):
        wall, cpu = sheet(rows, 2), sheet(rows, 4)
        cw, cc = extra["cold_sheet"]
        if extra["lo"] is None:
            lines.append(f"- 评分表 PDF of the {label}: {wall:.2f} s in-process, {cw:.2f} s cold; LibreOffice is not "
                         "installed here (`apt-get install libreoffice-calc-nogui`): no comparison made.")
            continue
        lw, lc = extra["lo"]
        fw, _fc = extra["lo_first"] if extra["lo_first"] else (float("nan"), float("nan"))
        lines.append(f"- 评分表 PDF of the {label}: FieldEval {wall:.2f} s wall / {cpu:.2f} s CPU in-process, "
                     f"{cw:.2f} s wall / {cc:.2f} s CPU as a cold command. LibreOffice headless, same 评分表 XLSX → PDF: "
                     f"{lw:.2f} s wall / {lc:.2f} s CPU (its very first run, creating a profile: {fw:.2f} s). "
                     f"Ratio LibreOffice ÷ FieldEval in-process: **{lw / wall:.1f}×** wall, **{lc / cpu:.1f}×** CPU; "
                     f"against the cold command: {lw / cw:.1f}× wall, {lc / cc:.1f}× CPU (goal: ≥ 10×).")
    lines += ["", "LibreOffice converts the very 评分表 XLSX FieldEval writes (same rows, merged cells, formulas); its "
              "PDF is timed, not checked for layout. Most of LibreOffice's time is its own start-up, so its time "
              "grows little with the number of rows while FieldEval's grows with the pages it lays out.", ""]
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

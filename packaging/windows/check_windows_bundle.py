"""Prove a built one-folder bundle works with nothing but the bundle: packaging/check_bundle.sh in Python,
so that it runs on Windows (no pdftotext there: the PDFs are read with pypdf).

    python packaging/windows/check_windows_bundle.py dist/FieldEval       (.github/workflows/windows.yml)

Runs the bundled executables headless (QT_QPA_PLATFORM=offscreen) with a private data folder, in a
temporary folder, without the source tree on the path:

1. ``--version`` names FieldEval;
2. ``FieldEval.exe sample OUT.fev`` writes the sample (the windowed executable, as a double-click
   on a .fev file would start it);
3. ``fieldeval-cli.exe score OUT.fev`` prints 合计 78.8 and 较差, and ``score --json`` gives exactly 78.8;
4. ``FieldEval.exe report OUT.fev --kind scoring-sheet --format pdf`` writes a PDF whose text holds
   Chinese (决策) and 78.8; the full 评价报告 as PDF (title, chart images) and DOCX;
5. the window starts on the sample and stays up for 8 s without a Python error;
6. the size: unpacked under BUDGET_MB (186, as on Linux).

On Linux the one executable FieldEval plays both parts, so the script can be tried on the Linux bundle.
Needs pypdf and python-docx in the Python that runs it (not in the bundle). Exit status 1 on the first
failure.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_MB = int(os.environ.get("BUDGET_MB", "186"))


def fail(msg: str) -> None:
    print(f"check_windows_bundle: FAILED: {msg}", file=sys.stderr)
    sys.exit(1)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    bundle = Path(sys.argv[1]).resolve()
    if sys.platform == "win32":
        gui, cli = bundle / "FieldEval.exe", bundle / "fieldeval-cli.exe"
    else:
        gui = cli = bundle / "FieldEval"
    for exe in (gui, cli):
        if not exe.is_file():
            fail(f"no {exe}")

    work = Path(tempfile.mkdtemp(prefix="fieldeval-check-"))
    # a private data folder; the bundle must not lean on the source tree or a Python installation
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDEVAL_DATA_DIR=str(work / "data"), PYTHONUTF8="1")
    for name in ("PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)

    def run(exe: Path, *args: str, what: str) -> str:
        t0 = time.perf_counter()
        p = subprocess.run([str(exe), *args], cwd=work, env=env, capture_output=True, timeout=300)
        out = p.stdout.decode("utf-8", "replace")
        if p.returncode != 0:
            print(out, p.stderr.decode("utf-8", "replace"), sep="\n", file=sys.stderr)
            fail(f"{what}: exit status {p.returncode}")
        print(f"ok   {what} ({time.perf_counter() - t0:.2f} s)")
        return out

    out = run(cli, "--version", what="--version")
    if "FieldEval" not in out:
        fail(f"--version printed {out!r}")
    fev = work / "sample.fev"
    run(gui, "sample", str(fev), what=f"{gui.name} sample")
    if not fev.is_file() or fev.stat().st_size == 0:
        fail("sample wrote no file")

    out = run(cli, "score", str(fev), what=f"{cli.name} score")
    total_line = next((line for line in out.splitlines() if line.startswith("合计")), "")
    if "78.8" not in total_line or "较差" not in total_line:
        fail(f"score: expected 合计 78.8 … 较差, got {total_line!r}")
    print(f"     {total_line.strip()}")
    d = json.loads(run(cli, "score", str(fev), "--json", what=f"{cli.name} score --json"))
    if abs(float(d["total"]) - 78.8) > 1e-9 or d["grade"] != "较差":
        fail(f"score --json: total {d['total']} grade {d['grade']}, expected 78.8 较差")

    from pypdf import PdfReader

    sheet = work / "sheet.pdf"
    run(gui, "report", str(fev), "--kind", "scoring-sheet", "--format", "pdf", "-o", str(sheet),
        what=f"{gui.name} report --kind scoring-sheet --format pdf")
    if sheet.read_bytes()[:5] != b"%PDF-":
        fail("the scoring sheet is not a PDF")
    reader = PdfReader(sheet)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if "决策" not in text:
        fail("the scoring sheet PDF has no Chinese text (决策)")
    if "78.8" not in text:
        fail("the scoring sheet PDF does not show the total 78.8")
    print(f"     scoring sheet: {len(reader.pages)} pages, {sheet.stat().st_size} bytes, Chinese text and 78.8 found")

    report = work / "report.pdf"
    run(gui, "report", str(fev), "--kind", "report", "--format", "pdf", "-o", str(report),
        what=f"{gui.name} report --kind report --format pdf")
    reader = PdfReader(report)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if "绩效评价报告" not in text:
        fail("the report PDF lacks its Chinese title")
    charts = sum(len(page.images) for page in reader.pages)
    if charts == 0:
        fail("the report PDF has no chart images (matplotlib in the bundle?)")
    print(f"     report: {len(reader.pages)} pages, {charts} images")
    docx_file = work / "report.docx"
    run(gui, "report", str(fev), "--kind", "report", "--format", "docx", "-o", str(docx_file),
        what=f"{gui.name} report --kind report --format docx")
    import docx

    if "绩效评价报告" not in "\n".join(p.text for p in docx.Document(str(docx_file)).paragraphs):
        fail("the report DOCX lacks its Chinese title")

    log = work / "gui.log"
    with log.open("wb") as f:
        p = subprocess.Popen([str(gui), "--sample"], cwd=work, env=env, stdout=f, stderr=subprocess.STDOUT)
        try:
            rc = p.wait(timeout=8)
        except subprocess.TimeoutExpired:
            rc = None
            p.kill()
            p.wait()
    text = log.read_text("utf-8", "replace")
    if rc is not None:
        print(text, file=sys.stderr)
        fail(f"the window exited by itself (status {rc}) instead of staying open")
    if "Traceback" in text or "Qt platform plugin" in text:
        print(text, file=sys.stderr)
        fail("the window logged an error")
    print("ok   the window stayed open for 8 s (offscreen); no errors logged")

    # (a Linux bundle links some libraries by symbolic links: count each file once)
    size_mb = sum(f.lstat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()) / 1048576
    if size_mb >= BUDGET_MB:
        fail(f"the bundle is {size_mb:.0f} MB, over the {BUDGET_MB} MB budget")
    print(f"ok   size: unpacked {size_mb:.0f} MB (budget {BUDGET_MB})")
    print("check_windows_bundle: OK")


if __name__ == "__main__":
    main()

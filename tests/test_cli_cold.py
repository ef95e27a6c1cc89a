"""A cold command line loads only what the command needs: building the parser imports no service."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("services.", "sqlalchemy", "reportlab", "PySide6", "matplotlib", "openpyxl", "docx")


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=True)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def test_building_the_parser_imports_nothing_heavy():
    assert _loaded_after("from cli.parser import build_parser; build_parser()") == []


def test_the_window_test_in_main_imports_nothing_heavy():
    assert _loaded_after("import main; assert not main.wants_window(['score', 'x.fev'])") == []


def test_report_kinds_in_the_help_agree_with_the_document_registry():
    from cli.reports import KINDS
    from services.reports import DOCUMENTS

    assert [(d.kind, d.title, d.formats) for d in DOCUMENTS.values()] == list(KINDS)


def _imported_by(argv: list[str]) -> set[str]:
    run = subprocess.run([sys.executable, "-X", "importtime", "main.py", *argv], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return {line.rsplit("|", 1)[1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}


@pytest.mark.slow
def test_score_and_a_pdf_report_load_only_what_they_use(tmp_path):
    fev = tmp_path / "s.fev"
    subprocess.run([sys.executable, "main.py", "sample", str(fev)], cwd=ROOT, check=True, capture_output=True,
                   timeout=300)
    score = _imported_by(["score", str(fev)])
    assert "services.scoring" in score and "models.store" in score
    assert not {m for m in score if m.split(".")[0] in ("reportlab", "PySide6", "matplotlib", "openpyxl", "docx")}
    assert "services.reports" not in score

    report = _imported_by(["report", str(fev), "--kind", "scoring-sheet", "--format", "pdf",
                           "-o", str(tmp_path / "x.pdf")])
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    assert "reportlab" in report
    assert not {m for m in report if m.split(".")[0] in ("PySide6", "matplotlib", "openpyxl", "docx")}


def test_version_and_help_still_name_the_application():
    version = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True,
                             timeout=60)
    from services.appinfo import APP_NAME, APP_NAME_ZH, VERSION

    assert version.returncode == 0 and version.stdout.strip() == f"{APP_NAME} {VERSION}"
    helptext = subprocess.run([sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True, text=True,
                              timeout=60)
    assert f"{APP_NAME_ZH}（{APP_NAME} {VERSION}）" in helptext.stdout
    report_help = subprocess.run([sys.executable, "main.py", "report", "--help"], cwd=ROOT, capture_output=True,
                                 text=True, timeout=60)
    assert "working-papers（工作底稿：pdf）" in "".join(report_help.stdout.split())  # argparse wraps the text

"""The light print path (services/reports/snapshot.py) reads exactly what the ORM path reads, prints
the same documents, declines what it cannot read exactly, and imports no SQLAlchemy."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from services.reports import export, snapshot
from services.reports.data import gather

ROOT = Path(__file__).resolve().parents[2]


def orm_data(path: Path):
    from services.evaluation.assessments import open_evaluation

    store = open_evaluation(path, readonly=True)
    try:
        return gather(store)
    finally:
        store.close()


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def content(path: Path) -> list:
    """What a printed file says: the text of each PDF page, the cells of each sheet, the paragraphs and
    table cells of a DOCX."""
    if path.suffix == ".pdf":
        return pdf_text(path)
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        return [[[c.value for c in row] for row in ws.iter_rows()] for ws in book.worksheets]
    import docx

    doc = docx.Document(str(path))
    return [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for row in t.rows for c in row.cells]


def assert_same_as_orm(path: Path, tmp_path: Path) -> None:
    light = snapshot.read(path)
    assert light is not None, "the light path declined a file at the current schema"
    full = orm_data(path)
    for name in snapshot.READ_FIELDS:
        assert getattr(light, name) == getattr(full, name), name
    from services.evaluation.assessments import open_evaluation

    for kind, copy in (("scoring-sheet", "client"), ("scoring-sheet", "internal"), ("blank-sheet", "client")):
        a, b = tmp_path / f"light-{kind}-{copy}.pdf", tmp_path / f"orm-{kind}-{copy}.pdf"
        export(path, kind, "pdf", a, options={"copy": copy}, readonly=True)
        store = open_evaluation(path, readonly=True)
        try:
            export(store, kind, "pdf", b, options={"copy": copy})
        finally:
            store.close()
        text = pdf_text(a)
        assert text == pdf_text(b), (kind, copy)
        assert "评分表" in text[0]
    for kind, fmt in (("scoring-sheet", "xlsx"), ("scoring-sheet", "docx"), ("blank-sheet", "xlsx")):
        a, b = tmp_path / f"light-{kind}.{fmt}", tmp_path / f"orm-{kind}.{fmt}"
        export(path, kind, fmt, a, options={"copy": "internal"}, readonly=True)
        store = open_evaluation(path, readonly=True)
        try:
            export(store, kind, fmt, b, options={"copy": "internal"})
        finally:
            store.close()
        assert content(a) == content(b), (kind, fmt)
        assert "评分表" in str(content(a)[:3])


@pytest.fixture(scope="module")
def worked_master(tmp_path_factory) -> Path:
    """The sample with the situations the 评分表 prints: N/A items, overrides with reasons, a review
    that changed a score, findings cited on indicators, evidence on indicators and findings, and
    rule inputs bound to the funds table and to the survey (the sample's own)."""
    import os

    from services.evaluation import assessments, findings
    from services.evaluation.sample import write_sample
    from services.fieldwork import evidence
    from services.teamwork import assignments

    os.environ["FIELDEVAL_DATA_DIR"] = str(tmp_path_factory.mktemp("light-data"))
    path = tmp_path_factory.mktemp("light") / "worked.fev"
    store = write_sample(path)
    try:
        sheet = assessments.score(store)
        leaves = [n for n in sheet.leaves() if not n.not_applicable]
        assessments.set_not_applicable(store, leaves[0].id, True, "本年度未发生此类业务")
        assessments.set_override(store, leaves[1].id, leaves[1].declared_max / 2, "现场核查发现台账不全")
        assignments.review_score(store, leaves[2].id, Decimal(0), "复核认为依据不足", "复核人甲")
        files = tmp_path_factory.mktemp("files")
        photo, ledger = files / "现场照片.txt", files / "台账.txt"
        photo.write_text("现场核查记录", encoding="utf-8")
        ledger.write_text("台账", encoding="utf-8")
        fid = findings.add_finding(store, {"title": "资金拨付滞后", "category": "B", "amount": "12.5",
                                           "detail": "部分资金晚于计划拨付", "suggestion": "加快拨付"},
                                   [leaves[1].id, leaves[3].id])
        evidence.add_evidence(store, photo, "现场照片", links=[("indicator", leaves[1].id), ("finding", fid)])
        evidence.add_evidence(store, ledger, "台账", links=[("indicator", leaves[3].id)])
    finally:
        store.close()
    return path


def test_the_sample_reads_and_prints_the_same(sample_path, tmp_path):
    assert_same_as_orm(sample_path, tmp_path)


def test_na_items_overrides_reviews_findings_and_evidence_read_the_same(worked_master, tmp_path):
    path = tmp_path / "worked.fev"
    shutil.copyfile(worked_master, path)
    light = snapshot.read(path)
    assert any(n.not_applicable for n in light.leaves())
    assert light.overrides() and any(w.self_score is not None for w in light.work.values())
    assert any(f.paper_refs and f.evidence_refs for f in light.findings)
    assert any(e.indicator_ids and e.finding_ids for e in light.evidence)
    assert_same_as_orm(path, tmp_path)


def test_a_synthetic_evaluation_reads_and_prints_the_same(tmp_path):
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import make_evaluation

    path = tmp_path / "synthetic.fev"
    make_evaluation(path, leaves=60, findings=40).close()
    assert_same_as_orm(path, tmp_path)


def test_the_parts_it_does_not_read_refuse_any_use(sample_path):
    data = snapshot.read(sample_path)
    for name in ("targets", "funds", "sections", "team", "sign_offs", "sources"):
        with pytest.raises(RuntimeError, match=name):
            list(getattr(data, name))
    with pytest.raises(RuntimeError, match="fund_table"):
        data.fund_table.conflicts


def test_it_declines_what_it_cannot_read_exactly(sample_path, tmp_path):
    from services.evaluation import assessments
    from services.fieldwork import bindings, figures

    older = tmp_path / "older.fev"  # written by the first version of the schema
    shutil.copyfile(ROOT / "tests" / "data" / "sample-schema-0001.fev", older)
    before = older.read_bytes()
    assert snapshot.read(older) is None
    export(older, "scoring-sheet", "pdf", tmp_path / "older.pdf", readonly=True)  # upgraded in memory only
    assert "评分表" in pdf_text(tmp_path / "older.pdf")[0] and older.read_bytes() == before

    unknown = tmp_path / "unknown.fev"
    shutil.copyfile(sample_path, unknown)
    con = sqlite3.connect(unknown)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_a_newer_program'")
    con.commit()
    con.close()
    assert snapshot.read(unknown) is None

    cut = tmp_path / "cut.fev"
    cut.write_bytes(sample_path.read_bytes()[: 40 * 4096])
    assert snapshot.read(cut) is None
    assert snapshot.read(tmp_path / "missing.fev") is None
    (tmp_path / "note.fev").write_text("not an evaluation", encoding="utf-8")
    assert snapshot.read(tmp_path / "note.fev") is None

    store = assessments.open_evaluation(sample_path)
    try:
        leaf = next(sp for sp in assessments.load_tree(store)[0]
                    if sp.items and any("completion" in figures.BINDABLE.get(it["type"], ()) for it in sp.items))
        item = next(it for it in leaf.items if "completion" in figures.BINDABLE.get(it["type"], ()))
        bindings.bind_input(store, leaf.id, item["key"], {"source": "targets", "figure": "completion"})
    finally:
        store.close()
    assert snapshot.read(sample_path) is None  # the 绩效目标表's completion is computed by its own service
    out = tmp_path / "targets.pdf"
    export(sample_path, "scoring-sheet", "pdf", out, readonly=True)  # the full path prints it
    assert "评分表" in pdf_text(out)[0]


def test_a_damaged_file_gets_the_usual_one_line_message(sample_path, tmp_path):
    cut = tmp_path / "cut.fev"
    cut.write_bytes(sample_path.read_bytes()[: 40 * 4096])
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", str(cut), "--kind", "scoring-sheet",
                        "-o", str(tmp_path / "x.pdf")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "不完整" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_the_cold_command_prints_without_sqlalchemy(sample_path, tmp_path):
    out = tmp_path / "评分表.pdf"
    code = ("import sys, runpy; sys.argv = ['main.py', 'report', sys.argv[1], '--kind', 'scoring-sheet', '-o', "
            "sys.argv[2]]\ntry:\n    runpy.run_path('main.py', run_name='__main__')\nexcept SystemExit as e:\n"
            "    assert not e.code, e.code\nprint(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic') "
            "or m in ('models.entities', 'models.store', 'models.base')))")
    r = subprocess.run([sys.executable, "-c", code, str(sample_path), str(out)], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"
    assert out.stat().st_size > 10_000 and "评分表" in pdf_text(out)[0]

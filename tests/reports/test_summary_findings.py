"""The printed 简要情况表 lists the 问题清单 by category while no 发现的主要问题 is written."""
from __future__ import annotations

import re

import pytest

from services.evaluation import findings, project
from services.reports import export

pypdf = pytest.importorskip("pypdf")
docx = pytest.importorskip("docx")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> str:
    return squash("".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages))


def docx_rows(path) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in docx.Document(str(path)).tables[0].rows]


def by_category(store) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in findings.list_findings(store):
        out.setdefault(f.category, []).append(f)
    return out


def test_no_rows_typed_one_row_per_category(sample_store, tmp_path):
    for r in project.list_summary_rows(sample_store):
        project.delete_summary_row(sample_store, r.id)
    groups = by_category(sample_store)
    assert len(groups) >= 2  # the sample has findings in several categories
    pdf = export(sample_store, "summary", "pdf", tmp_path / "s.pdf")
    docx_path = export(sample_store, "summary", "docx", tmp_path / "s.docx")

    text = pdf_text(pdf)
    assert "评价主要内容发现的主要问题原因分析及工作建议" in text
    rows = docx_rows(docx_path)
    head = next(i for i, r in enumerate(rows) if r[0] == "评价主要内容")
    body = rows[head + 1:]
    assert len(body) == len(groups)  # one row per category with findings
    for row, (code, found) in zip(body, sorted(groups.items())):
        assert row[0].startswith(f"{code}类") and f"（{len(found)} 个）" in row[0]
        assert row[1] == row[2] == row[3]  # one merged 问题 cell
        for f in found:
            assert f.title in row[1]
            assert squash(f.title) in text
        assert row[1].strip()  # never an empty box


def test_rows_typed_without_problems_get_the_findings_down_the_column(sample_store, tmp_path):
    rows = project.list_summary_rows(sample_store)
    assert len(rows) >= 2
    for r in rows:
        project.update_summary_row(sample_store, r.id, problems="")
    titles = [f.title for f in findings.list_findings(sample_store)]
    docx_path = export(sample_store, "summary", "docx", tmp_path / "s.docx")
    pdf = export(sample_store, "summary", "pdf", tmp_path / "s.pdf")

    table = docx_rows(docx_path)
    head = next(i for i, r in enumerate(table) if r[0] == "评价主要内容")
    body = table[head + 1:]
    assert [r[0] for r in body] == [r.area for r in rows]  # the typed 评价主要内容 stay
    cell = body[0][1]
    assert all(r[1] == cell for r in body)  # one cell down the whole column
    assert all(t in cell for t in titles)
    assert "A类" in cell
    text = pdf_text(pdf)
    assert all(squash(t) in text for t in titles)
    assert squash(rows[0].advice)[:20] in text  # the typed 建议 stay


def test_typed_problems_are_printed_as_written(sample_store, tmp_path):
    rows = project.list_summary_rows(sample_store)
    project.update_summary_row(sample_store, rows[0].id, problems="只写了这一条问题。")
    for r in rows[1:]:
        project.update_summary_row(sample_store, r.id, problems="")
    table = docx_rows(export(sample_store, "summary", "docx", tmp_path / "s.docx"))
    head = next(i for i, r in enumerate(table) if r[0] == "评价主要内容")
    assert table[head + 1][1] == "只写了这一条问题。"
    assert table[head + 2][1] == ""  # what the evaluator wrote is the sheet: no findings mixed in
